"""misplaced-content (SARA-C103, info): a paragraph answers another clause than its heading's.

Why: examiners must "pull information from other sections"; SARA credits such a paragraph to the
clause it answers (so that clause is not reported missing) and says so, so the applicant can move
it and the reviewer knows where the evidence came from. Decided in
:mod:`analyzer.mapping.content`: the paragraph is at least twice as close by content to another
clause as to its heading's clause.

Example (Wuhan service): a paragraph on 供应商准入与评价 under ``（二）客户服务`` (5.4.2) →
credited to 5.7.2 运营管理, reported here.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import CheckContext, CheckSpec

SPEC = CheckSpec(
    code="SARA-C103",
    slug="misplaced-content",
    severity="info",
    summary="A paragraph under one clause's heading answers another clause; it is credited there.",
    message_zh="第{index}段位于 {under} 标题下，但内容回答的是 {answers}，已计入 {answers}：“{excerpt}…”",
    message_en="Paragraph {index} sits under {under} but answers {answers}; it is credited to {answers}: “{excerpt}…”",
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    for m in ctx.mapping.misplaced:
        p = ctx.paragraph(m.paragraph)
        yield SPEC.finding(
            clause=m.answers_clause,
            paragraphs=(m.paragraph,),
            index=p.index + 1,
            under=ctx.standard.clause(m.under_clause).label,
            answers=ctx.standard.clause(m.answers_clause).label,
            excerpt=p.text[:30],
        )
