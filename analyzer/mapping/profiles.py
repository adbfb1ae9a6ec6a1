"""The text each clause is matched on: richer than a title.

A clause's profile joins its title, its ancestors' titles, its requirement and review text, its
guidance points, and — when a crosswalk is given — the titles and texts of the equivalent
clauses of the other standards (so wording from another award's standard still finds it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..model import Clause, Standard
from .backends import ClauseProfileText


class Equivalents(Protocol):
    """What :func:`clause_profiles` needs from a crosswalk: the clauses equivalent to one clause."""

    def equivalent_texts(self, standard_id: str, clause_id: str) -> Sequence[str]: ...


class CrosswalkTexts:
    """:class:`Equivalents` from the crosswalk: title, text and guidance titles of equivalent clauses."""

    def __init__(self, crosswalk: object) -> None:
        from ..standards.crosswalk import Crosswalk

        assert isinstance(crosswalk, Crosswalk)
        self.crosswalk = crosswalk

    def equivalent_texts(self, standard_id: str, clause_id: str) -> Sequence[str]:
        from ..errors import StandardError
        from ..standards import load_standard

        if standard_id not in self.crosswalk.standards:
            return ()
        out: list[str] = []
        for ref in self.crosswalk.equivalents(standard_id, clause_id):
            try:
                other = load_standard(ref.standard).clause(ref.clause)
            except (StandardError, KeyError):
                continue
            guidance = " ".join(g.title for g in other.guidance if g.title)
            out.append(" ".join(p for p in (other.title, other.text, guidance) if p))
        return tuple(out)


def mapping_targets(standard: Standard) -> tuple[Clause, ...]:
    """Clauses a paragraph can be credited to by content: answerable leaves, profile parts included."""
    return tuple(c for c in standard.clauses if not c.children and c.expects_answer)


def clause_text(standard: Standard, clause: Clause) -> str:
    """Title, ancestors' titles, requirement/review text and guidance of one clause."""
    parts = [clause.title, *(a.title for a in standard.ancestors(clause.id)), clause.text]
    if clause.review_text:
        parts.append(clause.review_text)
    parts.extend(f"{g.title or ''} {g.text}".strip() for g in clause.guidance)
    return "\n".join(p for p in parts if p)


def clause_profiles(standard: Standard, equivalents: Equivalents | None = None) -> list[ClauseProfileText]:
    """One profile text per mapping target of ``standard``, in the standard's order."""
    out: list[ClauseProfileText] = []
    for c in mapping_targets(standard):
        text = clause_text(standard, c)
        if equivalents is not None:
            extra = equivalents.equivalent_texts(standard.id, c.id)
            if extra:
                text = text + "\n" + "\n".join(extra)
        out.append(ClauseProfileText(c.id, text))
    return out
