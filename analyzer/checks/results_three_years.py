"""results-three-years (SARA-C201, error): a result item does not report its indicators for enough consecutive years.

Why: every award guide asks for results "quantified with at least three consecutive years of data"
so the trend shows; the Shenzhen economic scoring caps an item whose trend data is shorter than
three years at the 10–25% band. The number of years comes from the standard
(``results.min_consecutive_years``). The item is judged as a whole: it passes when at least half of
its indicators with figures for two or more years reach the minimum, so one indicator that started
in 2022 inside an otherwise complete item is fine. Years count only with a figure (``近三年`` alone,
targets for 2025 and history such as ``成立于2008年`` do not). The finding lists every indicator with
the years it has, so the applicant knows what to add.

Example (Shenzhen economic 3.3): a table with only 2022年 and 2023年 columns (the survey method
changed in 2022) → "3.3 聚焦顾客的结果 does not report 3 consecutive years of data: 0 of 10
indicators have 3 consecutive years"; details ``顾客满意度: 2022, 2023`` ….
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from ..results.assess import assess_years
from .base import Bi, CheckContext, CheckSpec
from .results_common import result_items, years_text

SPEC = CheckSpec(
    code="SARA-C201",
    slug="results-three-years",
    severity="error",
    summary="A result item does not report its indicators for the required number of consecutive years.",
    message_zh="结果条款 {label} 未提供连续{required}年的数据：{summary}。请补充连续{required}年的数据以反映趋势。",
    message_en=(
        "Result item {label} does not report {required} consecutive years of data: {summary}. "
        "Add figures for {required} consecutive years so the trend shows."
    ),
)

_MAX_DETAILS = 30


def run(ctx: CheckContext) -> Iterator[Finding]:
    required = ctx.standard.results.min_consecutive_years
    for item in result_items(ctx):
        ev = item.evidence
        years = assess_years(ev, required)
        if years.complete:
            continue
        if not years.trends:
            longest = max((i.longest_run for i in ev.indicators), default=0)
            if longest:
                summary = Bi(
                    f"各项指标均只有单一年份的数据（共{len(ev.with_data)}项）",
                    f"every indicator has figures for a single year only ({len(ev.with_data)} indicators)",
                )
            else:
                summary = Bi("未找到注明年份的数据", "no figures with years were found")
        else:
            enough = sum(1 for i in years.trends if i.longest_run >= required)
            best = max(i.longest_run for i in years.trends)
            summary = _trend_summary(len(years.trends), enough, required, best)
        details = tuple(
            FindingDetail(
                subject=i.name,
                message_zh=f"{i.label}：{years_text(i) + '年' if i.years else '无年份'}（连续{i.longest_run}年）",
                message_en=f"{i.label}: {years_text(i) or 'no years'} ({i.longest_run} consecutive)",
                facts=(("years", years_text(i)), ("consecutive", str(i.longest_run)), ("required", str(required))),
            )
            for i in years.lacking[:_MAX_DETAILS]
        )
        yield SPEC.finding(
            clause=item.clause.id,
            paragraphs=ev.paragraphs,
            details=details,
            label=item.clause.label,
            required=required,
            summary=summary,
        )


def _trend_summary(trends: int, enough: int, required: int, best: int) -> Bi:
    """How many indicators with several years reach ``required`` consecutive years, worded for the
    count (one indicator, none of several, some of several)."""
    if trends == 1 and enough == 0:
        return Bi(
            f"唯一一项有多年数据的指标只有连续{best}年数据，不足{required}年",
            f"the only indicator with several years has {best} consecutive years, fewer than {required}",
        )
    if enough == 0:
        return Bi(
            f"{trends}项有多年数据的指标均不足连续{required}年（最长连续{best}年）",
            f"none of the {trends} indicators with several years has {required} consecutive years "
            f"(longest run: {best} years)",
        )
    return Bi(
        f"{trends}项有多年数据的指标中仅{enough}项有连续{required}年数据（最长连续{best}年）",
        f"only {enough} of {trends} indicators with several years "
        f"{'has' if enough == 1 else 'have'} {required} consecutive years (longest run: {best} years)",
    )
