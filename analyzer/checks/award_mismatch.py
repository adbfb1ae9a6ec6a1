"""award-mismatch (SARA-C002, warning): the report applies for another award than the standard it is checked against.

Why: a report written for an award SARA has no standard for (上海市质量金奖, 全国质量奖 with its GB/T
19580-2012 numbering …), or for another city's award, is still analysed against the closest standard
— but its clause numbers, categories and points differ, so missing clauses, bands and the score
estimate are approximate. The reviewer must know that before reading them. The award is the one
the report's title or cover names (:func:`analyzer.mapping.detect.named_award`); honours named in
the prose (“先后荣获全国质量奖”) do not count, and a report whose title names no award raises nothing.

Example: a report titled ``上海澄屿精密机械有限公司 上海市质量金奖自评报告`` analysed against
``beijing-2020`` → “报告申报的是“上海市质量金奖”，而本次分析所用的标准是…”.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mapping.detect import award_is, named_award
from ..model import Finding
from .base import CheckContext, CheckSpec

SPEC = CheckSpec(
    code="SARA-C002",
    slug="award-mismatch",
    severity="warning",
    summary="The report's title names another award than the standard it is analysed against.",
    message_zh=(
        "报告申报的是“{award}”，而本次分析所用的标准是“{standard}”（{standard_award}）。"
        "已按该标准分析，条款对应、缺失条款、建议分数段和预估得分可信度较低，仅供参考。"
    ),
    message_en=(
        "The report applies for “{award}”, but it was analysed against “{standard}” ({standard_award}). "
        "Clause mapping, missing clauses, draft bands and the score estimate are low-confidence approximations."
    ),
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    award = named_award(ctx.document)
    std = ctx.standard
    if award is None or not std.award or award_is(award, std):
        return
    yield SPEC.finding(award=award, standard=std.title, standard_award=std.award)
