"""Result evidence of one answered result clause: Le-T-C-I from the extracted indicators, the
unexplained-decline penalty and the standard's rule cap."""

from __future__ import annotations

from ..mapping.types import ClauseCoverage
from ..model import (
    Clause,
    Standard,
)
from ..results import Indicator, ResultsEvidence
from ..results.assess import assess_years
from ..results.numbers import fold
from .evidence import Dimension, LeafEvidence, _cap_score, _found_en, _found_zh, _Inputs, _missing_leaf


def _better_or_equal(direction: str, a: float, b: float) -> bool:
    return a >= b if direction == "up" else a <= b


def _direction(inp: _Inputs, ind: Indicator) -> str | None:
    d = inp.polarity.of(ind.name)
    if d is None and ind.group:
        d = inp.polarity.of(ind.group)
    return d if d in ("up", "down") else None


def _good_level(inp: _Inputs, ind: Indicator) -> bool | None:
    """Whether the latest figure is at least as good as what it is compared with (competitors, averages,
    peers; else a benchmark it reaches), or meets its targets; None when that cannot be said."""
    direction = _direction(inp, ind)
    latest = ind.latest
    if direction is None or latest is None or latest.value is None:
        return None
    value = latest.value
    peers = [c.value for c in ind.comparisons if c.value is not None and c.kind != "benchmark"]
    if peers:
        return all(_better_or_equal(direction, value, v) for v in peers)
    marks = [c.value for c in ind.comparisons if c.value is not None]
    if marks:  # trailing a benchmark is normal; reaching one is good
        return True if any(_better_or_equal(direction, value, v) for v in marks) else None
    targets = [t.value for t in ind.targets if t.value is not None]
    if targets:
        return all(_better_or_equal(direction, value, v) for v in targets)
    return None


def _favourable_trend(inp: _Inputs, ind: Indicator) -> bool | None:
    """Whether the last figure is at least as good as the first; None without a direction or a series."""
    direction = _direction(inp, ind)
    nums = ind.numeric
    if direction is None or len(nums) < 2:
        return None
    first, last = nums[0].value, nums[-1].value
    assert first is not None and last is not None
    return _better_or_equal(direction, last, first)


def _named_elsewhere(inp: _Inputs, name: str) -> bool:
    base = fold(name).casefold()
    variants = {base}
    for prefix in inp.signals.name_prefixes:
        if base.startswith(prefix.casefold()):
            variants.add(base[len(prefix) :])
    return any(len(v) >= 2 and v in inp.elsewhere for v in variants)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _unexplained(inp: _Inputs, clause_id: str) -> tuple[str, ...]:
    """Indicators the results-unexplained-decline check reports for the item."""
    names: list[str] = []
    for f in inp.findings:
        if f.check == "results-unexplained-decline" and f.clause == clause_id:
            names.extend(d.subject for d in f.details)
    return tuple(dict.fromkeys(names))


def _levels_dimension(inp: _Inputs, ev: ResultsEvidence) -> Dimension:
    """Le: half for how many indicators have data, half for the share of judgeable ones that are good."""
    sig = inp.signals
    data = ev.with_data
    names = [i.name for i in data]
    judged = [g for i in data if (g := _good_level(inp, i)) is not None]
    good = sum(1 for g in judged if g)
    count_part = min(1.0, len(data) / max(sig.indicators_saturate, 1))
    good_part = _share(good, len(judged)) if judged else 0.5 * count_part
    value = 0.5 * count_part + 0.5 * good_part if data else (0.1 if ev.quantities else 0.0)
    zh = f"水平（Le）：有数据的指标{len(data)}项{_found_zh(names)}"
    en = f"levels (Le): {len(data)} indicators with data{_found_en(names)}"
    if judged:
        zh += f"；可判断优劣的{len(judged)}项中{good}项不劣于对比值或达到目标"
        en += f"; {good} of {len(judged)} judgeable ones at or better than their comparison or target"
    elif not data and ev.quantities:
        zh += f"；只有零散数字{ev.quantities}处"
        en += f"; only {ev.quantities} scattered figures"
    return Dimension("levels", "水平（Le）", "levels (Le)", value, sig.result_weight("levels"), zh, en)


def _trends_dimension(inp: _Inputs, ev: ResultsEvidence, required: int) -> Dimension:
    """T over the indicators with a series (as results-three-years judges them): the share reaching the
    required years, half for having them and half for their direction, plus 0.15 for shorter series;
    scaled by breadth (``series_saturate`` series make it full)."""
    sig = inp.signals
    series = assess_years(ev, required).trends
    enough = sum(1 for i in series if i.longest_run >= required)
    short = len(series) - enough
    directional = [t for i in series if (t := _favourable_trend(inp, i)) is not None]
    favourable = sum(1 for t in directional if t)
    fav_share = _share(favourable, len(directional)) if directional else 0.5
    breadth = min(1.0, len(series) / max(sig.series_saturate, 1))
    value = breadth * (_share(enough, len(series)) * (0.5 + 0.5 * fav_share) + 0.15 * _share(short, len(series)))
    best = max((i.longest_run for i in ev.with_data), default=0)
    zh = f"趋势（T）：有多年数据的{len(series)}项指标中{enough}项连续{required}年及以上（最长连续{best}年）"
    en = f"trends (T): {enough} of {len(series)} indicators with a series have {required}+ consecutive years"
    en += f" (longest run {best})"
    if directional:
        zh += f"；可判断方向的{len(directional)}项中{favourable}项趋势有利"
        en += f"; {favourable} of {len(directional)} directional ones trend favourably"
    return Dimension("trends", "趋势（T）", "trends (T)", value, sig.result_weight("trends"), zh, en)


def _comparisons_dimension(inp: _Inputs, ev: ResultsEvidence) -> Dimension:
    """C: 0.7 × the share of indicators compared (each comparison in a sentence or a ranking adds 0.1, at
    most 0.3) + 0.3 × the share of judgeable compared indicators at or ahead of their comparison."""
    sig = inp.signals
    data = ev.with_data
    compared = [i for i in data if i.comparisons]
    judged = [
        g
        for i in compared
        if any(c.value is not None for c in i.comparisons) and (g := _good_level(inp, i)) is not None
    ]
    ahead = sum(1 for g in judged if g)
    in_text = [c for c in ev.comparisons if c.indicator is None]
    share = min(1.0, _share(len(compared), len(data)) + min(0.3, 0.1 * len(in_text)))
    value = 0.7 * share + 0.3 * (_share(ahead, len(judged)) if judged else 0.5 * share)
    labels = list(dict.fromkeys(c.label for c in ev.comparisons if c.label))
    zh = f"对比（C）：有对比数据的指标{len(compared)}/{len(data)}项，文字对比或排名{len(in_text)}处"
    zh += _found_zh(labels, 4)
    en = f"comparisons (C): {len(compared)} of {len(data)} indicators compared, {len(in_text)} in sentences or rankings"
    en += _found_en(labels, 4)
    if judged:
        zh += f"；可判断的{len(judged)}项中{ahead}项不劣于对比对象"
        en += f"; {ahead} of {len(judged)} judgeable ones at or ahead of their comparison"
    targets_only = [i for i in data if i.targets and not i.comparisons]
    if targets_only and not ev.comparisons:
        zh += f"；{len(targets_only)}项只有目标值（目标值不是对比）"
        en += f"; {len(targets_only)} show targets only (a target is not a comparison)"
    return Dimension("comparisons", "对比（C）", "comparisons (C)", value, sig.result_weight("comparisons"), zh, en)


def _result_integration_dimension(inp: _Inputs, ev: ResultsEvidence, cov: ClauseCoverage) -> Dimension:
    """I: the share of indicators the profile or the process chapters also name; half of it is the
    share of the clause's guidance points addressed, where the clause has any."""
    data = ev.with_data
    named = [i.name for i in data if _named_elsewhere(inp, i.name)]
    value = _share(len(named), len(data))
    zh = f"整合（I）：{len(named)}/{len(data)}项指标在组织概述或过程章节中也出现{_found_zh(named)}"
    en = f"integration (I): {len(named)} of {len(data)} indicators also named in the profile or process chapters"
    en += _found_en(named)
    if cov.points:
        done = sum(1 for p in cov.points if p.addressed)
        value = 0.5 * value + 0.5 * done / len(cov.points)
        zh += f"；要点覆盖{done}/{len(cov.points)}项"
        en += f"; {done} of {len(cov.points)} guidance points addressed"
    return Dimension(
        "integration", "整合（I）", "integration (I)", value, inp.signals.result_weight("integration"), zh, en
    )


def _result_cap(std: Standard, leaf: Clause, ev: ResultsEvidence) -> tuple[str | None, str, str]:
    """The band the standard's results rule caps the item at (Shenzhen economic: fewer than
    ``min_indicators`` indicators or under ``min_consecutive_years`` years ⇒ 10–25%), and why."""
    rule = std.results
    if rule.cap_band is None:
        return None, "", ""
    n = len(ev.with_data)
    few = rule.min_indicators is not None and n < rule.min_indicators
    short = not assess_years(ev, rule.min_consecutive_years).complete
    if not (few or short):
        return None, "", ""
    level = std.bands.level(rule.cap_band)
    why_zh, why_en = [], []
    if few:
        why_zh.append(f"有数据的指标{n}项，少于{rule.min_indicators}项")
        why_en.append(f"{n} indicators with data, fewer than {rule.min_indicators}")
    if short:
        why_zh.append(f"趋势数据不足连续{rule.min_consecutive_years}年")
        why_en.append(f"trend data shorter than {rule.min_consecutive_years} consecutive years")
    return (
        rule.cap_band,
        f"{leaf.label}：{'，'.join(why_zh)}，按评分规则最高为{level.low}–{level.high}%档",
        f"{leaf.label}: {'; '.join(why_en)}: the scoring rule caps it at {level.low}–{level.high}%",
    )


def _result_leaf(inp: _Inputs, leaf: Clause, cov: ClauseCoverage, weight: float) -> LeafEvidence:
    sig = inp.signals
    std = inp.standard
    credited = tuple(inp.paragraphs[pid] for pid in cov.paragraphs if pid in inp.paragraphs)
    paras, ev = inp.results.item(leaf.id, credited)
    if cov.status == "missing" or not paras:
        return _missing_leaf(leaf, "result", weight)
    dims = (
        _levels_dimension(inp, ev),
        _trends_dimension(inp, ev, std.results.min_consecutive_years),
        _comparisons_dimension(inp, ev),
        _result_integration_dimension(inp, ev, cov),
    )
    raw = sum(d.value * d.weight for d in dims)
    notes_zh: list[str] = []
    notes_en: list[str] = []
    # the weaker of trends and comparisons holds the item back (the guides' low bands)
    weakest = min(dims[1].value, dims[2].value)
    factor = (1 - sig.weakest_link) + sig.weakest_link * weakest
    if factor < 1.0:
        notes_zh.append(f"{leaf.label}：趋势与对比中较弱者为{weakest:.2f}，Le-T-C-I加权{raw:.2f}乘以{factor:.2f}")
        notes_en.append(
            f"{leaf.label}: the weaker of trends and comparisons is {weakest:.2f}; "
            f"the Le-T-C-I mean {raw:.2f} is multiplied by {factor:.2f}"
        )
    unexplained = _unexplained(inp, leaf.id)
    penalty = min(sig.unexplained_max, sig.unexplained_penalty * len(unexplained))
    if unexplained:
        notes_zh.append(
            f"{leaf.label}：不利结果未说明原因{len(unexplained)}项{_found_zh(unexplained)}，扣减{penalty:.2f}"
        )
        notes_en.append(
            f"{leaf.label}: {len(unexplained)} unfavourable results left unexplained{_found_en(unexplained)}, "
            f"minus {penalty:.2f}"
        )
    if ev.has_data:
        score = sig.score(raw * factor - penalty)
    else:
        score = 0.0
        notes_zh.append(f"{leaf.label}：没有量化的结果数据，按评分指南为最低档")
        notes_en.append(f"{leaf.label}: no quantified results: lowest band")
    cap, cap_zh, cap_en = _result_cap(std, leaf, ev)
    if cap is not None:
        score = min(score, _cap_score(std.bands, std.bands.level(cap)))
        notes_zh.append(cap_zh)
        notes_en.append(cap_en)
    return LeafEvidence(
        leaf.id,
        "result",
        cov.status,
        score,
        weight,
        dims,
        ev.paragraphs,
        tuple(i.name for i in ev.with_data),
        cap,
        tuple(notes_zh),
        tuple(notes_en),
    )
