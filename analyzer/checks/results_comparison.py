"""results-comparison (SARA-C202, error): a result item compares its results with nobody.

Why: award guides ask for results compared "with competitors, industry benchmarks (标杆) or the
industry average"; comparisons are one of the four result dimensions examiners score (Le-T-C-I),
and secretariats list "results without competitor or benchmark data" among the common defects. A
comparison is a table column or row for a benchmark, competitor, peer, industry/city/province
average or ranking (``标杆值``, ``竞争对手A``, ``行业平均``, ``全市各区平均``, ``省内同行``, ``排名``), or a
sentence comparing with them or with a named organisation (``高于行业平均``, ``与标杆的差距``,
``位列全市第二``, ``优于某某公司``). A target (目标值, 规划目标) is not a comparison; neither are
``符合国家标准`` / ``国家和行业标准`` or trend figures such as ``降幅47.8%``.

Example (Beijing 7.4 资源结果): tables with 2021–2023 and a 2023年目标值 column, sentences on
growth only → "7.4 资源结果 has no comparison with competitors, benchmarks or the industry
average (a target is not a comparison)".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from .base import Bi, CheckContext, CheckSpec
from .results_common import result_items, years_text

_MAX_DETAILS = 30

SPEC = CheckSpec(
    code="SARA-C202",
    slug="results-comparison",
    severity="error",
    summary="A result item has no comparison with competitors, benchmarks, peers or averages.",
    message_zh="结果条款 {label} 没有与竞争对手、标杆、同行或行业平均水平的对比{note}。请补充对比数据并注明来源。",
    message_en=(
        "Result item {label} has no comparison with competitors, benchmarks, peers or the industry average{note}. "
        "Add comparative figures and name their sources."
    ),
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    for item in result_items(ctx):
        ev = item.evidence
        if ev.comparisons:
            continue
        targets = [i for i in ev.indicators if i.targets]
        note = (
            Bi(
                f"（{len(targets)}项指标只列了目标值，目标值不是对比）",
                f" ({len(targets)} indicators show targets only; a target is not a comparison)",
            )
            if targets
            else Bi("", "")
        )
        # what was looked at: every indicator with its years; a target where there is one
        details = tuple(
            FindingDetail(
                subject=i.name,
                message_zh=f"{i.label}：只有目标值 {i.targets[0].text}（{i.targets[0].label}）",
                message_en=f"{i.label}: target only, {i.targets[0].text} ({i.targets[0].label})",
                facts=(
                    ("years", years_text(i)),
                    ("comparison", "none"),
                    ("target", i.targets[0].text),
                    ("target_label", i.targets[0].label),
                ),
            )
            if i.targets
            else FindingDetail(
                subject=i.name,
                message_zh=f"{i.label}：{years_text(i) + '年' if i.years else '无年份'}，未找到对比",
                message_en=f"{i.label}: {years_text(i) or 'no years'}, no comparison found",
                facts=(("years", years_text(i)), ("comparison", "none")),
            )
            for i in ev.with_data[:_MAX_DETAILS]
        )
        yield SPEC.finding(
            clause=item.clause.id, paragraphs=ev.paragraphs, details=details, label=item.clause.label, note=note
        )
