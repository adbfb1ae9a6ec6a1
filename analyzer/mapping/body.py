"""Body evidence: which clause a section's own text answers, whatever its heading says.

A heading in the organisation's own words (``把战略落到每一家店``, ``掌舵与担当``) says little about
the clause it answers, and its number may belong to the document's own sequence (a numbered
profile part first, a skipped clause). The paragraphs below it say more. :func:`body_evidence`
turns the content scorer's paragraph × clause similarities into one number per (section, clause):
the share of the section's text (its own paragraphs and its subsections') that is closer to that
clause than to the clause's siblings in the standard.

Per paragraph, a clause's similarity is the best similarity of any answerable leaf below it (a
category is as close as its closest item). It is compared with the clause's siblings only (the
clauses with the same parent), so the evidence for a category and for one of its items are both
near 1 when a section answers that item: the level is left to the aligner's level evidence. The
ratio to the best sibling is sharpened (:data:`SHARPNESS`) so that a near miss counts little, and
paragraphs are weighted by their length (capped at :data:`WEIGHT_CAP` characters, so one long
table does not outvote the rest). Front matter and headings are not evidence.

The result is data for :func:`analyzer.mapping.align.align_sections`; nothing here decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ..model import Document, Paragraph, Standard

SHARPNESS = 4.0
"""Exponent on a clause's similarity relative to its best sibling (0.9 → 0.66, 0.7 → 0.24)."""
WEIGHT_CAP = 400
"""A paragraph weighs its length in characters, at most this many."""
MIN_CHARS = 20
"""Sections with less body text than this give no evidence (a lead-in line is not an answer)."""


@dataclass(frozen=True, slots=True)
class BodyEvidence:
    """Per section: how much of its text answers each clause, relative to the clause's siblings."""

    standard: str
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    """section id → clause id → lead in [0, 1] of the clause over its best sibling (only clauses that lead)."""
    chars: dict[str, int] = field(default_factory=dict)
    """section id → characters of body text below it (its subsections included)."""

    def of(self, section_id: str, clause_id: str) -> float | None:
        """The share of ``section_id``'s text answering ``clause_id``; None when the section has no text."""
        row = self.scores.get(section_id)
        if row is None:
            return None
        return row.get(clause_id, 0.0)

    def best(self, section_id: str, clause_ids: Sequence[str]) -> float:
        row = self.scores.get(section_id)
        if row is None:
            return 0.0
        return max((row.get(c, 0.0) for c in clause_ids), default=0.0)


def body_evidence(
    doc: Document,
    standard: Standard,
    body: Sequence[Paragraph],
    sims: npt.NDArray[np.float32],
    targets: Sequence[str],
) -> BodyEvidence:
    """Body evidence of every section of ``doc`` (see the module docstring).

    ``body`` are the scored paragraphs, ``sims`` their similarities (rows) to ``targets`` (columns,
    the mapping targets of ``standard``).
    """
    if len(body) == 0 or sims.size == 0:
        return BodyEvidence(standard.id)
    col = {cid: j for j, cid in enumerate(targets)}
    clauses = [c for c in standard.clauses if c.expects_answer or c.children]
    leaves: list[list[int]] = []
    keep: list[str] = []
    for c in clauses:
        cols = [col[d.id] for d in (c, *standard.descendants(c.id)) if d.id in col]
        if cols:
            leaves.append(cols)
            keep.append(c.id)
    peak = sims.max(axis=1, keepdims=True)
    norm = np.divide(sims, peak, out=np.zeros(sims.shape, dtype=np.float64), where=peak > 0)
    per_clause = np.stack([norm[:, cols].max(axis=1) for cols in leaves], axis=1)  # paragraphs × clauses
    position = {cid: k for k, cid in enumerate(keep)}
    groups: dict[str | None, list[int]] = {}
    for cid in keep:
        groups.setdefault(standard.clause(cid).parent, []).append(position[cid])
    share = np.zeros_like(per_clause)
    for members in groups.values():
        block = per_clause[:, members]
        top = block.max(axis=1, keepdims=True)
        share[:, members] = np.divide(block, top, out=np.zeros_like(block), where=top > 0) ** SHARPNESS
    ancestors = {cid: tuple(a for a in standard.ancestors(cid) if a.id in position) for cid in keep}
    weights = np.array([min(len(p.text), WEIGHT_CAP) for p in body], dtype=np.float64)

    parent_of = {s.id: s.parent for s in doc.sections}
    rows_of: dict[str, list[int]] = {}
    for i, p in enumerate(body):
        sid = p.section
        seen: set[str] = set()
        while sid is not None and sid not in seen:
            seen.add(sid)
            rows_of.setdefault(sid, []).append(i)
            sid = parent_of.get(sid)
    scores: dict[str, dict[str, float]] = {}
    chars: dict[str, int] = {}
    for sid, rows in rows_of.items():
        w = weights[rows]
        total = float(w.sum())
        chars[sid] = int(sum(len(body[i].text) for i in rows))
        if total <= 0 or chars[sid] < MIN_CHARS:
            continue
        mean = (share[rows] * w[:, None]).sum(axis=0) / total
        contrast = np.zeros_like(mean)
        for members in groups.values():
            block = mean[members]
            if len(members) == 1:
                contrast[members] = block
                continue
            order = np.argsort(block)
            top, second = order[-1], order[-2]
            contrast[members[top]] = block[top] - block[second]
        leads = {cid for cid in keep if contrast[position[cid]] > 0}
        # A clause leads only where its parent leads too: the profile's 0.1 beats 0.2 in any text,
        # which says nothing unless the text is the profile's at all.
        scores[sid] = {
            cid: round(float(contrast[position[cid]]), 4) for cid in leads if all(a.id in leads for a in ancestors[cid])
        }
    return BodyEvidence(standard.id, scores, chars)
