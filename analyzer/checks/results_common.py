"""What the ``results-*`` checks share: the result items to look at and their evidence.

Not a check (it has no ``SPEC``). A result item that is missing altogether (coverage status
``missing``) is reported by ``missing-clause`` and skipped here, so the applicant gets one finding
for it instead of five.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Clause, Paragraph
from ..results import ResultsEvidence
from ..results.model import Indicator
from .base import Bi, CheckContext


@dataclass(frozen=True, slots=True)
class ResultItem:
    clause: Clause
    paragraphs: tuple[Paragraph, ...]
    evidence: ResultsEvidence


def result_items(ctx: CheckContext) -> Iterator[ResultItem]:
    """The answered result items of the report, in the standard's order, with their evidence."""
    report = ctx.report_results
    for c in ctx.result_clauses:
        if ctx.coverage.of(c.id).status in ("missing", "not-applicable"):
            continue
        paragraphs, evidence = report.item(c.id, ctx.paragraphs_of(c.id))
        if paragraphs:
            yield ResultItem(c, paragraphs, evidence)


def years_text(ind: Indicator) -> str:
    """``2022, 2023`` — the years an indicator has figures for."""
    return ", ".join(str(y) for y in ind.years)


def joined(names: list[str], limit: int = 6) -> Bi:
    """``A、B、C等5项`` / ``A, B, C and 2 more``."""
    shown = names[:limit]
    more = len(names) - len(shown)
    zh = "、".join(shown) + (f"等{len(names)}项" if more else "")
    en = ", ".join(shown) + (f" and {more} more" if more else "")
    return Bi(zh, en)
