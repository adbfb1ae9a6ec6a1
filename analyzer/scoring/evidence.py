"""What every scoring step shares: a leaf's evidence and its dimensions, the run's inputs, the band
scheme arithmetic and the wording helpers of the reasons."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..mapping.types import Coverage, CoverageStatus
from ..mapping.types import Mapping as ClauseMapping
from ..model import (
    BandLevel,
    BandScheme,
    Clause,
    Document,
    Finding,
    Paragraph,
    Standard,
)
from ..results.numbers import fold
from ..results.polarity import Polarity
from ..results.report import ReportResults
from .signals import Signals

LeafKind = Literal["process", "result"]


@dataclass(frozen=True, slots=True)
class Dimension:
    """One dimension of a leaf's evidence (A, D, L, I, Le, T, C …), its value in [0, 1] and what it counted."""

    id: str
    label_zh: str
    label_en: str
    value: float
    weight: float
    detail_zh: str
    detail_en: str


@dataclass(frozen=True, slots=True)
class LeafEvidence:
    """The evidence of one answerable clause of a scoring unit (the unit itself when it is a leaf)."""

    clause: str
    kind: LeafKind
    status: CoverageStatus
    score: float
    """Evidence score in [0, 1] after the length gate, the scale and any rule cap."""
    weight: float
    """Share of the unit this leaf stands for (Wuhan 条款 share their 条目 equally)."""
    dimensions: tuple[Dimension, ...] = ()
    paragraphs: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    cap: str | None = None
    """Band id the standard's results rule caps this leaf at, when it applies."""
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()

    @property
    def missing(self) -> bool:
        return self.status == "missing"


# --------------------------------------------------------------------------- band scheme


def band_for_score(scheme: BandScheme, score: float) -> BandLevel:
    """The band a score in [0, 1] falls in; a percent in the gap between two bands goes to the nearer."""
    p = 100 * min(max(score, 0.0), 1.0)
    for lower, upper in itertools.pairwise(scheme.levels):
        if p < (lower.high + upper.low) / 2:
            return lower
    return scheme.levels[-1]


def _percent_in(level: BandLevel, score: float, step: int) -> int:
    p = step * round(100 * score / step)
    return int(min(max(p, level.low), level.high))


def _joined_wording(lines: Sequence[str]) -> str:
    """Wording lines as one sentence: ``；`` between lines that do not end in 。 or ；already."""
    return "".join(ln if ln.endswith(("。", "；")) else ln + "；" for ln in lines).rstrip("；")


def _wording_lines(text: str) -> tuple[str, ...]:
    lines = [ln.strip().lstrip("•").strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in lines[0].split("；") if part.strip()]
    return tuple(ln.rstrip("；;") for ln in lines)


def _cap_score(scheme: BandScheme, level: BandLevel) -> float:
    """The highest score that still maps to ``level`` (just under the boundary with the next band)."""
    i = scheme.levels.index(level)
    if i + 1 == len(scheme.levels):
        return 1.0
    edge = (level.high + scheme.levels[i + 1].low) / 2
    return min(level.high, edge - 0.5) / 100


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Inputs:
    document: Document
    standard: Standard
    mapping: ClauseMapping
    coverage: Coverage
    findings: tuple[Finding, ...]
    signals: Signals
    polarity: Polarity
    paragraphs: dict[str, Paragraph]
    elsewhere: str
    """Folded text of the profile and process paragraphs (where result indicators should be named)."""
    results: ReportResults
    """What the result items are read with from the whole report, found once."""


def _inputs(
    document: Document,
    standard: Standard,
    mapping: ClauseMapping,
    coverage: Coverage,
    findings: Sequence[Finding],
    signals: Signals,
    polarity: Polarity,
) -> _Inputs:
    paragraphs = {p.id: p for p in document.paragraphs}
    other: list[str] = []
    for m in mapping.matches:
        p = paragraphs.get(m.paragraph)
        if p is None or p.kind == "heading" or m.clause is None:
            continue
        if standard.clause(m.clause).kind != "result":
            other.append(_text_of(p))
    elsewhere = fold("\n".join(other)).casefold()
    results = ReportResults.of(document)
    return _Inputs(
        document, standard, mapping, coverage, tuple(findings), signals, polarity, paragraphs, elsewhere, results
    )


def _text_of(p: Paragraph) -> str:
    if p.table is not None:
        return "\n".join("\t".join(row) for row in p.table.rows)
    return p.text


def _leaves(standard: Standard, unit: Clause) -> tuple[Clause, ...]:
    """The clauses whose answers are the unit's evidence: the unit itself, or its answerable leaves."""
    if not unit.children:
        return (unit,)
    return tuple(
        d for d in standard.descendants(unit.id) if not d.children and d.expects_answer and d.kind != "profile"
    )


def _leaf_kind(c: Clause) -> LeafKind:
    return "result" if c.kind == "result" else "process"


def _listed(terms: Sequence[str], limit: int = 5) -> str:
    """``A、B、C等`` — the first ``limit`` terms."""
    shown = "、".join(terms[:limit])
    return shown + ("等" if len(terms) > limit else "")


def _listed_en(terms: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(terms[:limit])
    return shown + (" …" if len(terms) > limit else "")


def _found_zh(found: Sequence[str], limit: int = 5) -> str:
    return f"（{_listed(found, limit)}）" if found else ""


def _found_en(found: Sequence[str], limit: int = 5) -> str:
    return f" ({_listed_en(found, limit)})" if found else ""


def _missing_leaf(leaf: Clause, kind: LeafKind, weight: float) -> LeafEvidence:
    return LeafEvidence(
        leaf.id,
        kind,
        "missing",
        0.0,
        weight,
        notes_zh=(f"{leaf.label}：报告中没有回答该条款的内容",),
        notes_en=(f"{leaf.label}: the report does not answer this clause",),
    )
