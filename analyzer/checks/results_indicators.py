"""results-indicators (SARA-C203, warning): a result item reports too few indicators with figures.

Why: a result item is expected to show several indicators, not one headline figure; the Shenzhen
economic scoring caps an item with fewer than 3 basic indicators at the 10–25% band. The minimum
comes from the standard (``results.min_indicators``, 3 when it sets none) and the finding names the
capped band when the standard has one (``results.cap_band``). An indicator counts when it has at
least one figure, in a table or a sentence. An item with no figures at all is reported by
``results-no-data`` instead.

Example (Shenzhen economic 4.3): only ``员工满意度2021—2023年分别为80.2分、82.6分和84.9分`` and
``人均培训时长由46小时增加到61小时`` → "4.3 以人为本的结果 has only 2 indicators with figures, fewer
than 3; the scoring rules cap such an item at the 10–25% band".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from .base import Bi, CheckContext, CheckSpec
from .results_common import result_items, years_text

SPEC = CheckSpec(
    code="SARA-C203",
    slug="results-indicators",
    severity="warning",
    summary="A result item reports fewer indicators with figures than the standard expects.",
    message_zh="结果条款 {label} 仅有{count}项有数据的指标，少于{required}项{cap}。",
    message_en="Result item {label} has only {count} indicators with figures, fewer than {required}{cap}.",
)

DEFAULT_MIN_INDICATORS = 3


def _cap(band: str | None) -> Bi:
    if not band:
        return Bi("", "")
    low, _, high = band.partition("-")
    span_zh = f"{low}%–{high}%" if high else f"{low}%"
    span_en = f"{low}–{high}%" if high else f"{low}%"
    return Bi(f"，按评分规则最高只能得到{span_zh}档", f"; the scoring rules cap such an item at the {span_en} band")


def run(ctx: CheckContext) -> Iterator[Finding]:
    rule = ctx.standard.results
    required = rule.min_indicators if rule.min_indicators is not None else DEFAULT_MIN_INDICATORS
    for item in result_items(ctx):
        ev = item.evidence
        if not ev.has_data:
            continue  # results-no-data
        found = ev.with_data
        if len(found) >= required:
            continue
        details = tuple(
            FindingDetail(
                subject=i.name,
                message_zh=f"{i.label}：{years_text(i) or '无年份'}",
                message_en=f"{i.label}: {years_text(i) or 'no years'}",
                facts=(("years", years_text(i)),),
            )
            for i in found
        )
        yield SPEC.finding(
            clause=item.clause.id,
            paragraphs=ev.paragraphs,
            details=details,
            label=item.clause.label,
            count=len(found),
            required=required,
            cap=_cap(rule.cap_band),
        )
