"""results-unexplained-decline (SARA-C205, warning): an unfavourable result is left unexplained.

Why: award guides require unfavourable results to be explained, and secretariats list "bad results
left unexplained" among the common defects; examiners read an unexplained drop as a weakness the
organisation has not analysed. An indicator's result is unfavourable when

- it moved the wrong way from one year to the next (down for 满意度/增长率/合格率…, up for
  流失率/投诉/差错/事故/能耗/成本/候诊时间… — the direction comes from the indicator's name, see
  ``analyzer/results/polarity.yaml``), unless its latest figure still beats every comparison and the
  report says so or the figure meets its target — and never when the latest figure misses a target
  for its year, in its table or stated in words anywhere in the report (``生鲜损耗率控制在4%以内``);
- its latest figure is worse than an average it is compared with (行业平均, 全市平均, 同业平均 …);
- or the report itself says it trails a benchmark or competitor (``与行业标杆仍有差距``), unless the
  gap is said to be narrowing.

It is explained when a sentence naming it, or the sentence before or after in the same paragraph,
gives a reason (原因, 由于, 受…影响, 主要是, 主要与…有关, 导致 …); for a decline, a reason given for
that year without naming another indicator counts too. A plan alone (``下一步将重点突破``) is no
explanation. A series repeated under a later item (the same name and figures) is judged once.

Example (Beijing 7.2): ``海外收入占比 6.9% → 5.8% → 7.6%`` and "2022年海外收入占比由6.9%下降到5.8%，
2023年回升至7.6%，与竞争对手甲仍有较大差距。" with no reason → "7.2 顾客与市场结果 has 1 unfavourable
result left unexplained: 海外收入占比".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from ..results import default_polarity
from ..results.assess import Unfavourable, find_unfavourable
from ..results.model import YearValue
from ..results.numbers import split_unit
from ..results.polarity import Direction, Polarity
from ..results.targets import StatedTarget, stated_targets
from .base import CheckContext, CheckSpec
from .results_common import joined, result_items

SPEC = CheckSpec(
    code="SARA-C205",
    slug="results-unexplained-decline",
    severity="warning",
    summary="A result moved the wrong way or trails its comparison, and the report gives no reason.",
    message_zh="结果条款 {label} 有{count}项不利结果未说明原因：{names}。请分析原因并说明改进措施。",
    message_en=(
        "Result item {label} has {count} unfavourable results left unexplained: {names}. "
        "Explain the causes and what is being done about them."
    ),
)


def _polarity(ctx: CheckContext) -> Polarity:
    """The packaged polarity data, with the run's own name → direction settings if the config has any."""
    overrides: tuple[tuple[str, Direction], ...] = ctx.config.polarity_overrides
    base = default_polarity()
    return base.with_overrides(overrides) if overrides else base


def _series(values: tuple[YearValue, ...]) -> str:
    return "; ".join(f"{v.year}: {v.text}" for v in values)


def _display(u: Unfavourable, polarity: Polarity) -> str:
    """The indicator's name, with its table's caption when the name alone says little.

    ``华南`` in a table captioned ``分区域销售收入增长率（%）`` → ``华南（分区域销售收入增长率）``.
    """
    ind = u.indicator
    if ind.group and polarity.of(ind.name) is None:
        return f"{ind.name}（{split_unit(ind.group)[0]}）"
    return ind.name


def _reason(u: Unfavourable) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """What is unfavourable, in Chinese and English, with its facts."""
    ind = u.indicator
    if u.kind == "decline":
        nums = {v.year: v for v in ind.values}
        years = sorted(nums)
        moves_zh, moves_en = [], []
        for y in u.years:
            prev = max((p for p in years if p < y), default=None)
            before = nums[prev].text if prev is not None else "?"
            moves_zh.append(f"{y}年 {before}→{nums[y].text}")
            moves_en.append(f"{y}: {before} → {nums[y].text}")
        word_zh = "下降" if u.direction == "up" else "上升"
        word_en = "fell" if u.direction == "up" else "rose"
        facts: tuple[tuple[str, str], ...] = (("years", ", ".join(str(y) for y in u.years)),)
        missed_zh = missed_en = ""
        if u.missed_target is not None:
            t = u.missed_target
            missed_zh = f"，且未达到目标（{t.label}）"
            missed_en = f", and it misses its target ({t.label})"
            facts += (("target", t.label),)
        return (
            f"{'，'.join(moves_zh)}，{word_zh}{missed_zh}",
            f"{word_en} ({'; '.join(moves_en)}){missed_en}",
            facts,
        )
    if u.kind == "below-average":
        assert u.comparison is not None
        latest = ind.latest
        value = latest.text if latest else "?"
        year = latest.year if latest else "?"
        return (
            f"{year}年为{value}，劣于{u.comparison.label}（{u.comparison.text}）",
            f"{value} in {year}, worse than {u.comparison.label} ({u.comparison.text})",
            (("comparison", f"{u.comparison.label}: {u.comparison.text}"),),
        )
    statement = u.statement or ""
    quote = statement if len(statement) <= 40 else "…" + statement[-40:]
    return (
        f"报告称其落后于对比对象（“{quote}”）",
        f"the report says it trails others (“{quote}”)",
        (("statement", u.statement or ""),),
    )


def _detail(issues: list[Unfavourable], name: str) -> FindingDetail:
    """One line per indicator: everything unfavourable about it."""
    ind = issues[0].indicator
    parts = [_reason(u) for u in issues]
    facts: list[tuple[str, str]] = [
        ("kind", ", ".join(u.kind for u in issues)),
        ("direction", issues[0].direction),
        ("values", _series(ind.values)),
    ]
    for _, _, more in parts:
        facts.extend(more)
    label = f"{name}（{ind.unit}）" if ind.unit else name
    return FindingDetail(
        subject=name,
        message_zh=f"{label}：{'；'.join(p[0] for p in parts)}；未说明原因",
        message_en=f"{label}: {'; '.join(p[1] for p in parts)}; no reason given",
        facts=tuple(facts),
    )


def run(ctx: CheckContext) -> Iterator[Finding]:
    polarity = _polarity(ctx)
    seen: list[tuple[str, tuple[YearValue, ...]]] = []
    stated: tuple[StatedTarget, ...] | None = None
    for item in result_items(ctx):
        ev = item.evidence
        if stated is None:  # read once, only for a report with result items
            stated = stated_targets(ctx.document.paragraphs)
        found = find_unfavourable(ev, item.paragraphs, polarity, skip=seen, stated=stated)
        seen.extend((i.name, i.values) for i in ev.indicators)
        open_ = [u for u in found if not u.explained]
        if not open_:
            continue
        by_indicator: dict[str, list[Unfavourable]] = {}
        for u in open_:
            by_indicator.setdefault(_display(u, polarity), []).append(u)
        names = list(by_indicator)
        paragraphs = tuple(dict.fromkeys(p for u in open_ for p in u.indicator.paragraphs))
        yield SPEC.finding(
            clause=item.clause.id,
            paragraphs=paragraphs,
            details=tuple(_detail(issues, name) for name, issues in by_indicator.items()),
            label=item.clause.label,
            count=len(names),
            names=joined(names),
        )
