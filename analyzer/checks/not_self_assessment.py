"""not-self-assessment (SARA-C001, error): the document is not a quality-award self-assessment report.

Why: SARA's clause findings, draft bands and score estimate only mean something for a 自评报告
written against an award standard. A 项目支出绩效自评报告, a thesis about the excellence model, a
tender, a 工作总结, a feasibility study or a CSR report analysed as one gets 50 "missing" clauses
and a score estimate that nobody should read. The document's genre is recognised from its own
vocabulary and structure against genre profiles kept as data
(:mod:`analyzer.mapping.genre`, ``genres.yaml``); the finding names the genre it resembles and
the cues that decided. Only positive evidence of another genre raises it: a real report without
headings, in its own words or with a chapter missing does not. When it is raised, the pipeline
runs no other check and suggests no bands.

Example: a document headed ``一、项目基本情况 … 四、项目绩效目标实现情况（一）产出指标（二）效益指标
（三）满意度指标 五、偏差分析`` with “预算执行率为96.36%” → “文档更像项目支出绩效自评报告（出现“预算执行率”
“绩效目标”等）…”.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mapping.genre import GenreGuess, recognise_genre
from ..model import Finding
from .base import Bi, CheckContext, CheckSpec

SPEC = CheckSpec(
    code="SARA-C001",
    slug="not-self-assessment",
    severity="error",
    summary="The document is not a quality-award self-assessment report; no clause findings or bands are given.",
    message_zh=(
        "文档更像{genre}（出现{cues}等），不是质量奖自评报告：{evidence}。"
        "没有适用的评定标准，因此不给出条款检查、建议分数段和预估得分。"
    ),
    message_en=(
        "The document reads like a {genre} (it contains {cues}), not a quality-award self-assessment "
        "report: {evidence}. No award standard fits, so no clause checks, draft bands or score estimate are given."
    ),
)


def finding_for(guess: GenreGuess) -> Finding | None:
    """The finding for a recognised non-report (None for a report)."""
    if guess.is_report or guess.other is None:
        return None
    other = guess.other
    cues = list(other.terms[:4] or other.headings[:4])
    report = guess.report
    return SPEC.finding(
        genre=Bi(other.name_zh, other.name_en),
        cues=Bi("".join(f"“{c}”" for c in cues), ", ".join(f"“{c}”" for c in cues)),
        evidence=Bi(
            f"{other.name_zh}的特征覆盖{other.strength:.0%}，标题中有{len(other.headings)}处该文体的结构；"
            f"自评报告类目只覆盖{report.strength:.0%}",
            f"{other.strength:.0%} of the {other.name_en} profile matches, {len(other.headings)} of its headings "
            f"occur; the self-assessment categories are covered {report.strength:.0%}",
        ),
    )


def run(ctx: CheckContext) -> Iterator[Finding]:
    found = finding_for(recognise_genre(ctx.document))
    if found is not None:
        yield found
