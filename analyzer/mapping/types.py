"""What the mapper produces: one :class:`~analyzer.model.ClauseMatch` per paragraph, and coverage per clause.

These classes are the contract between mapping (:mod:`analyzer.mapping.content`,
:mod:`analyzer.mapping.coverage`) and everything downstream (checks, bands, exports, the UI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..model import ClauseMatch
from .align import Alignment
from .backends import ScorerInfo

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

CoverageStatus = Literal["covered", "weak", "missing", "not-applicable"]


@dataclass(frozen=True, slots=True)
class Misplaced:
    """A paragraph under one clause's heading that clearly answers another clause."""

    paragraph: str
    under_clause: str
    answers_clause: str
    score: float
    """Similarity to the clause it answers."""
    heading_score: float
    """Similarity to the clause of the heading it sits under."""


@dataclass(frozen=True, slots=True)
class Mapping:
    """Every paragraph of a document credited to the most specific clause it answers (or none)."""

    standard: str
    matches: tuple[ClauseMatch, ...]
    """One per paragraph of the document, in document order (headings included)."""
    alignment: Alignment
    scorer: ScorerInfo
    targets: tuple[str, ...]
    """The clause ids a paragraph may be credited to (answerable leaves, profile parts, categories)."""
    misplaced: tuple[Misplaced, ...] = ()
    mode: Literal["headings", "content"] = "headings"
    """``content`` when the report has no usable headings and order + content decided everything."""
    scored: tuple[str, ...] = ()
    """Ids of the body paragraphs (not headings) in the row order of :attr:`similarity`."""
    similarity: npt.NDArray[np.float32] | None = field(default=None, repr=False, compare=False)
    """Content similarity of every body paragraph (rows) to every target (columns), ≥ 0."""
    _by_paragraph: dict[str, ClauseMatch] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_paragraph.update({m.paragraph: m for m in self.matches})

    def of(self, paragraph_id: str) -> ClauseMatch:
        return self._by_paragraph[paragraph_id]

    def credited(self, clause_ids: set[str] | frozenset[str]) -> tuple[str, ...]:
        """Ids of paragraphs credited to any of ``clause_ids``, in document order."""
        return tuple(m.paragraph for m in self.matches if m.clause in clause_ids)


@dataclass(frozen=True, slots=True)
class PointCoverage:
    """Whether one guidance point of a clause is addressed, and by which sentence."""

    point: str
    """Guidance point id."""
    label: str
    """Its number/title or the start of its text, for messages."""
    addressed: bool
    score: float
    paragraph: str | None = None
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class NearestText:
    """Where the text closest to a missing or thin clause is (it was credited elsewhere)."""

    paragraph: str
    clause: str | None
    score: float
    page: int | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class AnsweredElsewhere:
    """A section of the report whose text answers a clause it is not credited to."""

    clause: str
    section: str | None
    paragraphs: tuple[str, ...]
    """The section's body paragraphs, in document order."""
    credited_to: str | None
    """The clause most of those paragraphs are credited to (None: to no clause)."""
    score: float
    """Length-weighted similarity of the section's text to the clause."""
    margin: float
    """That similarity over the best similarity to any other target (≥ ``elsewhere.SECTION_MARGIN``)."""


@dataclass(frozen=True, slots=True)
class ClauseCoverage:
    """How much of the report answers one clause (its descendants included)."""

    clause: str
    status: CoverageStatus
    chars: int
    """Word-style 字数 of the paragraphs credited to the clause and its descendants."""
    paragraphs: tuple[str, ...]
    points: tuple[PointCoverage, ...] = ()
    expected_chars: int | None = None
    """The 字数 below which an answer of this weight counts as thin (None: no weight known)."""
    weight: float | None = None
    """Points this clause carries (Wuhan 条款 share their 条目's points)."""
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    nearest: NearestText | None = None
    elsewhere: AnsweredElsewhere | None = None
    """No paragraph is credited to the clause, but a section's text answers it (status ``weak``)."""

    @property
    def points_addressed(self) -> int:
        return sum(1 for p in self.points if p.addressed)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage of every clause of a standard by one report."""

    standard: str
    clauses: tuple[ClauseCoverage, ...]
    _by_id: dict[str, ClauseCoverage] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({c.clause: c for c in self.clauses})

    def of(self, clause_id: str) -> ClauseCoverage:
        return self._by_id[clause_id]
