"""weak-clause (SARA-C102, warning): a clause is answered, but thinly for its weight.

Why: an item answered in a few lines cannot reach the upper bands however good the practice is;
examiners score what is written. A leaf clause is weak (:mod:`analyzer.mapping.coverage`) when its
字数 is under what its share of the points calls for (a 40-point item of a 500-point standard
answered in under 240 字) or when it addresses fewer than half of its guidance points. The
finding says which: the count against the expectation and the guidance points not addressed.
A clause with no paragraph of its own whose text a section credited elsewhere answers
(:mod:`analyzer.mapping.elsewhere`) is weak in the coverage, with that reason, but raises no
finding: SARA is unsure whether the heading or the mapping is wrong.

Example (Beijing 1.1 高层领导的作用, 40 points): two short paragraphs on 使命愿景 only → weak,
"addresses 1 of 4 guidance points; not addressed: 组织文化、…".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from .base import Bi, CheckContext, CheckSpec

SPEC = CheckSpec(
    code="SARA-C102",
    slug="weak-clause",
    severity="warning",
    summary="A clause is answered thinly for its weight or leaves most guidance points unanswered.",
    message_zh="条款 {label} 回答薄弱：{reasons}。",
    message_en="Clause {label} is answered thinly: {reasons}.",
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    for c in ctx.standard.clauses:
        if c.children:
            continue
        cov = ctx.coverage.of(c.id)
        if cov.status != "weak" or cov.elsewhere is not None:
            continue  # no section of its own but answered by another's text: uncertain, no finding
        details = tuple(
            FindingDetail(
                subject=p.label,
                message_zh=f"未涉及要点：{p.label}",
                message_en=f"guidance point not addressed: {p.label}",
                facts=(("point", p.point), ("best_score", f"{p.score:.2f}")),
            )
            for p in cov.points
            if not p.addressed
        )
        yield SPEC.finding(
            clause=c.id,
            paragraphs=cov.paragraphs,
            details=details,
            label=c.label,
            reasons=Bi("；".join(cov.reasons_zh), "; ".join(cov.reasons_en)),
        )
