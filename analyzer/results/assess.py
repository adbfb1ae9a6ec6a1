"""Judgements over a result item's evidence: enough years? compared with others? unfavourable results explained?

- :func:`assess_years` — the item as a whole reports its indicators for at least N consecutive
  years when at least half of its indicators with figures for two or more years reach N (one
  indicator that started in 2022 inside an otherwise complete item is fine).
- :func:`find_unfavourable` — indicators that moved the wrong way (by :mod:`polarity`), sit below
  an average they are compared with, or that the text itself says trail a benchmark or competitor
  (``与行业标杆仍有差距``); each with whether the report explains it nearby.
- which sentences name which indicator comes from :class:`~analyzer.results.mentions.MentionIndex`
  (built once per item, linear in its text); :func:`mentions` is re-exported from there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..model import Paragraph
from .figures import figure_value, find_figures
from .lexicon import default_patterns
from .mentions import MentionIndex, ends_like_an_indicator, mentions, unique_tails
from .model import ComparisonEvidence, Indicator, ResultsEvidence, TargetValue, YearValue
from .numbers import on_one_scale, written_unit
from .polarity import Direction, Polarity
from .prose import clauses, sentences
from .tables import kind_of
from .targets import StatedTarget

__all__ = ["Unfavourable", "YearsAssessment", "assess_years", "find_unfavourable", "mentions"]

# --------------------------------------------------------------------------- years


@dataclass(frozen=True, slots=True)
class YearsAssessment:
    """Whether an item reports its indicators for enough consecutive years, and which fall short."""

    complete: bool
    required: int
    trends: tuple[Indicator, ...]
    """Indicators with figures for two or more years."""
    lacking: tuple[Indicator, ...]
    """Indicators with figures but fewer than ``required`` consecutive years, in item order."""


def assess_years(evidence: ResultsEvidence, required: int) -> YearsAssessment:
    trends = evidence.trends
    enough = sum(1 for i in trends if i.longest_run >= required)
    complete = bool(trends) and enough * 2 >= len(trends)
    lacking = tuple(i for i in evidence.with_data if i.longest_run < required)
    return YearsAssessment(complete, required, trends, lacking)


# --------------------------------------------------------------------------- unfavourable results

UnfavourableKind = Literal["decline", "below-average", "gap"]

# Reasons (原因, 由于, 受…影响 …), gaps (差距, 落后 …), narrowing gaps and comparison words are the
# ``explanation``, ``gap``, ``narrowing``, ``gap-narrowing``, ``compare-noun``, ``lower`` and
# ``higher`` patterns of patterns.yaml.


def _explains(text: str) -> bool:
    return default_patterns().has(text, "explanation")


def _has(text: str, *labels: str) -> bool:
    return default_patterns().has(text, *labels)


_AVERAGE_KINDS = frozenset({"average"})


@dataclass(frozen=True, slots=True)
class Unfavourable:
    """An unfavourable result of an item and whether the report explains it."""

    indicator: Indicator
    kind: UnfavourableKind
    direction: Direction
    years: tuple[int, ...] = ()
    """For a decline: the years whose figure moved the wrong way (from the year before)."""
    comparison: ComparisonEvidence | None = None
    """For ``below-average``: the average it is worse than."""
    statement: str | None = None
    """For ``gap``: the words saying the indicator trails others (``品牌知名度…与行业标杆仍有13个百分点的差距``)."""
    explained: bool = False
    explanation: str | None = None
    missed_target: TargetValue | None = None
    """For a decline: a target for the latest year that the latest figure misses, if any."""


@dataclass(frozen=True, slots=True)
class _Sentence:
    paragraph: str
    index: int
    text: str


def _item_sentences(paragraphs: Iterable[Paragraph]) -> list[_Sentence]:
    out: list[_Sentence] = []
    for p in paragraphs:
        if p.table is not None or p.kind == "heading":
            continue
        for i, s in enumerate(sentences(p)):
            out.append(_Sentence(p.id, i, s))
    return out


def _better(direction: Direction, a: float, b: float) -> bool:
    """``a`` is strictly better than ``b``."""
    return a > b if direction == "up" else a < b


def _declines(ind: Indicator, direction: Direction) -> tuple[int, ...]:
    """The years whose figure moved the wrong way from the year before, the figures compared on one
    scale (:func:`~analyzer.results.numbers.on_one_scale`: 98,600万元 → 11.2亿元 is a rise); none
    when their units cannot be compared."""
    levels = on_one_scale(ind.values, ind.unit)
    if levels is None:
        return ()
    nums = [(v.year, x) for v, x in zip(ind.values, levels, strict=True) if x is not None]
    return tuple(cur for (_, a), (cur, b) in itertools.pairwise(nums) if _better(direction, a, b))


def _direction(ind: Indicator, polarity: Polarity) -> Direction | None:
    """The good direction of ``ind``: its name's, else its table's caption's when the row names no
    indicator of its own (``产品A`` under 分产品线毛利率; not 余热发电量 under 能耗与排放指标)."""
    found = polarity.of(ind.name)
    if found is None and ind.group and not ends_like_an_indicator(ind.name):
        found = polarity.of(ind.group)
    return found


def find_unfavourable(
    evidence: ResultsEvidence,
    paragraphs: Sequence[Paragraph],
    polarity: Polarity,
    *,
    skip: Iterable[tuple[str, tuple[YearValue, ...]]] = (),
    stated: Sequence[StatedTarget] = (),
) -> tuple[Unfavourable, ...]:
    """Unfavourable results of one item, explained or not, in indicator order.

    ``skip`` holds (name, values) of indicators already judged in an earlier item: the same
    series repeated under another item (北京 7.2 and 7.6 both list 海外收入占比) is judged once.
    ``stated`` are targets written in words anywhere in the report (:func:`~analyzer.results.targets.stated_targets`).
    """
    skipped = set(skip)
    sents = _item_sentences(paragraphs)
    index = MentionIndex([s.text for s in sents])
    names = [(i.name, i.unit) for i in evidence.indicators]
    tails = unique_tails([i.name for i in evidence.indicators])
    named_in: dict[int, list[tuple[str, str | None]]] = {}
    for n in dict.fromkeys(names):
        for k, _ in index.where(*n):
            named_in.setdefault(k, []).append(n)
    found: list[Unfavourable] = []
    # the indicators that fall in each year (by their own direction): a sentence about that year's
    # downturn may name several of them
    falling: dict[int, set[str]] = {}
    # the item's indicators with a figure for some year: a figure for no year named in the sentence
    # about a year's downturn (两类产品的流通加价率由约6%降到约2%) is part of its reasons
    series: dict[str, Indicator] = {}
    for i in evidence.indicators:
        if i.values:
            series.setdefault(i.name, i)
    judged: set[str] = set()  # (the indicators with a known direction)
    declined: dict[int, tuple[int, ...]] = {}  # indicator's position → the years it fell (found once)
    for n, other in enumerate(evidence.indicators):
        d = _direction(other, polarity)
        if d in ("up", "down"):
            judged.add(other.name)
            declined[n] = _declines(other, d)
            for y in declined[n]:
                falling.setdefault(y, set()).add(other.name)
    for n, ind in enumerate(evidence.indicators):
        if (ind.name, ind.values) in skipped:
            continue
        direction = _direction(ind, polarity)
        if direction not in ("up", "down"):
            continue
        hits = set(index.where(ind.name, ind.unit))
        if ind.name in tails:
            hits |= set(index.where_by_tail(tails[ind.name], [v.text for v in ind.values]))
        where = [(k, sents[k], at) for k, at in sorted(hits)]
        latest = ind.latest
        comps = [c for c in ind.comparisons if c.value is not None]
        issues: list[Unfavourable] = []
        dips = declined[n]
        targets = _targets_of(ind, stated)
        if dips and not _still_ahead(ind, direction, latest, comps, where, targets):
            missed = _missed(targets, direction, latest)
            issues.append(Unfavourable(ind, "decline", direction, years=dips, missed_target=missed))
        if latest is not None and latest.value is not None:
            worse = [
                c for c in comps if c.kind in _AVERAGE_KINDS and _compared(direction, c, latest, ind.unit) == 1
            ]
            if worse:
                issues.append(Unfavourable(ind, "below-average", direction, comparison=worse[0]))
        gap = _stated_gap(ind, direction, where, named_in)
        if gap is not None:
            issues.append(Unfavourable(ind, "gap", direction, statement=gap))
        if not issues:
            continue
        explanation = _explanation(ind, sents, where, named_in, issues, falling, series, judged)
        for u in issues:
            found.append(
                Unfavourable(
                    u.indicator,
                    u.kind,
                    u.direction,
                    u.years,
                    u.comparison,
                    u.statement,
                    explained=explanation is not None,
                    explanation=explanation,
                    missed_target=u.missed_target,
                )
            )
    return _explained_by_base(found)


def _explained_by_base(found: list[Unfavourable]) -> tuple[Unfavourable, ...]:
    """A ratio's fall is explained where the fall of the figure it is computed from is explained in
    the same years (:func:`_derived`: 净利润率 ← 净利润, whose fall the next statement gives reasons
    for, ``2022年，营业收入…下降7.5%；净利润…下降24.7%。下降原因有两条：…``)."""
    reasons = [u for u in found if u.kind == "decline" and u.explained and u.explanation]
    out: list[Unfavourable] = []
    for u in found:
        if u.kind == "decline" and not u.explained:
            base = next(
                (
                    b
                    for b in reasons
                    if b.indicator.name != u.indicator.name
                    and _derived(u.indicator.name, b.indicator.name)
                    and set(u.years) <= set(b.years)
                ),
                None,
            )
            if base is not None:
                u = replace(u, explained=True, explanation=base.explanation)
        out.append(u)
    return tuple(out)


def _compared(direction: Direction, c: ComparisonEvidence, latest: YearValue, unit: str | None) -> int | None:
    """1 when the compared figure is better than the latest own one, -1 when it is not, both on one
    scale (0.025% against 110ppm, 0.74亿元 against 9,760万元); None when their units cannot be compared."""
    if c.value is None:
        return None
    if not written_unit(c.text) and written_unit(latest.text) not in ("", unit or ""):
        return None  # (the series changed its unit, 0.42‰ → 0.029%: a bare 0.05 could be either)
    levels = on_one_scale((latest, YearValue(latest.year, c.value, c.text)), unit)
    if levels is None or levels[0] is None or levels[1] is None:
        return None
    return 1 if _better(direction, levels[1], levels[0]) else -1


def _still_ahead(
    ind: Indicator,
    direction: Direction,
    latest: YearValue | None,
    comps: list[ComparisonEvidence],
    where: list[tuple[int, _Sentence, int]],
    targets: Sequence[TargetValue] = (),
) -> bool:
    """A dip is no unfavourable result when the latest figure still beats every comparison and the
    report says so (a sentence naming it compares favourably after naming it, with no word of a
    gap) or the latest figure meets its targets — never when it misses a target for its year
    (its table's, or one stated in words: 生鲜损耗率控制在4%以内)."""
    if latest is None or latest.value is None or not comps:
        return False
    value = latest.value
    if not all(_compared(direction, c, latest, ind.unit) == -1 for c in comps):
        return False
    if _missed(targets, direction, latest) is not None:
        return False
    # the rest of a sentence naming it; group statements count (各产品线毛利率均高于竞争对手甲同类产品)
    said = any(
        _has(s.text[at:], "compare-noun") and _has(s.text[at:], "compare-statement") and not _has(s.text[at:], "gap")
        for _, s, at in where
    )
    targets = [t for t in ind.targets if t.value is not None]
    meets = bool(targets) and all(t.value is not None and not _better(direction, t.value, value) for t in targets)
    return said or meets


def _missed(targets: Sequence[TargetValue], direction: Direction, latest: YearValue | None) -> TargetValue | None:
    """The first target for the latest year (or undated) that the latest figure misses."""
    if latest is None or latest.value is None:
        return None
    for t in targets:
        if t.value is not None and t.year in (None, latest.year) and _better(direction, t.value, latest.value):
            return t
    return None


def _targets_of(ind: Indicator, stated: Sequence[StatedTarget]) -> tuple[TargetValue, ...]:
    """The indicator's own targets and those stated in words for it (same name, same unit if both given)."""
    own = tuple(ind.targets)
    more = tuple(
        s.target
        for s in stated
        if mentions(s.name, ind.name, ind.unit) >= 0 and (s.unit is None or ind.unit is None or s.unit == ind.unit)
    )
    return own + more


def _span_after(text: str, at: int, names: Sequence[tuple[str, str | None]], own: str) -> str:
    """The part of ``text`` from a mention of ``own`` up to the next mention of another indicator."""
    rest = text[at:]
    cut = len(rest)
    for name, unit in names:
        if name == own or own in name or name in own:
            continue
        k = mentions(rest[1:], name, unit)
        if k >= 0:
            cut = min(cut, k + 1)
    return rest[:cut]


def _stated_gap(
    ind: Indicator,
    direction: Direction,
    where: list[tuple[int, _Sentence, int]],
    named_in: dict[int, list[tuple[str, str | None]]],
) -> str | None:
    """Where the report says the indicator trails a benchmark, competitor or average (from the mention
    of the indicator to the end of the clause saying so), if it does."""
    worse = "lower" if direction == "up" else "higher"
    better = "higher" if direction == "up" else "lower"
    for k, s, at in where:
        span = _span_after(s.text, at, named_in.get(k, ()), ind.name)
        if _has(span, "narrowing", "gap-narrowing"):
            continue
        parts = clauses(span)
        # ahead of competitors or the average in the same statement: trailing the benchmark (the
        # best of the trade) is then no unfavourable result (高于A的7.9%和B的8.1%，低于标杆C的10.4%)
        ahead = any(_has(c, better) and not _has(c, "own-or-past") and kind_of(c) != "benchmark" for c in parts)
        for clause in parts:
            if not _has(clause, "compare-noun"):
                continue
            if _has(clause, "gap", worse):
                if ahead and kind_of(clause) == "benchmark":
                    continue
                end = span.find(clause) + len(clause)
                return span[:end]
    return None


def _explanation(
    ind: Indicator,
    sents: list[_Sentence],
    where: list[tuple[int, _Sentence, int]],
    named_in: dict[int, list[tuple[str, str | None]]],
    issues: list[Unfavourable],
    falling: dict[int, set[str]] | None = None,
    series: dict[str, Indicator] | None = None,
    judged: set[str] | None = None,
) -> str | None:
    """A sentence explaining the indicator: one naming it or next to one naming it (same paragraph)
    that gives a reason (原因/由于/受…影响/主要是/导致…) or says what was done (为此, 随后推出…);
    one naming it in the year of its decline after the circumstances of that year
    (``2022年北京堂食多次暂停，…，营业收入比上年下降4.8%``, :func:`_circumstance`); or, for a
    decline, a sentence about the year of the decline that gives a reason or the circumstances and
    names no other indicator of the item, or several that fall that year too (``falling``); figures
    for no year (not in ``series``) are part of the reasons, not other indicators, and in a sentence
    that names the indicator (or the one it is computed from) neither are indicators of unknown
    direction (not in ``judged``); a name that begins a falling indicator's name, with that
    indicator's figure after it, is that indicator (:func:`_meant`). The year of the circumstances
    may be written in the statement's earlier ``；``-parts."""
    years = {y for u in issues for y in u.years}
    ids = _statements(sents)
    whole = _whole_sentences(sents, ids)
    for k, s, at in where:
        for j in (k, _beside(ids, k, -1), _beside(ids, k, 1)):
            if 0 <= j < len(sents) and sents[j].paragraph == s.paragraph and _explains(whole[j]):
                return whole[j]
        # (the year may be written in the statement's earlier ；-parts: 2022年…两轮疫情管控，…；停诊期间
        # 房租和人工照付，净利润率由9.8%降到6.1%)
        lead = "".join(sents[i].text for i in range(k) if ids[i] == ids[k])
        if years and _circumstance(s.text, at, years, dated=lead + s.text):
            return whole[k]
    if years:
        shared = set.intersection(*((falling or {}).get(y, set()) for y in years)) | {ind.name}
        for k, s in enumerate(sents):
            if not any(f"{y}年" in s.text for y in years):
                continue
            named = named_in.get(k, ())
            meant = {_meant(s.text, n, shared, series, years) for n, _ in named if series is None or n in series}
            others = meant - {ind.name}
            speaks = ind.name in meant or any(_derived(ind.name, n) for n in others)
            # the year's downturn told once for several falling indicators explains them all; a
            # sentence about one other indicator explains that one only, unless it is the same
            # quantity (净利润 for 净利润率) or the one it is computed from (净利润 for 销售净利率)
            # (in a sentence that speaks of this indicator, or of the one it is computed from, another
            # of unknown direction, 资产负债率升至44.8%, does not say the year went well)
            if any(n not in shared and (not speaks or judged is None or n in judged) for n in others):
                continue
            if (
                len(others) == 1
                and not any(n in ind.name or ind.name in n or _derived(ind.name, n) for n in others)
                and not _speaks_of(s.text, ind.name, others)
            ):
                continue
            spots = [s.text.find(n) for n, _ in named_in.get(k, ()) if n in s.text]
            # (an aside defines a name here: 准点率（因地面保障原因未造成延误的航班占比） gives no reason)
            if _explains(_ASIDE.sub("", s.text)) or (spots and _circumstance(s.text, min(spots), years)):
                return s.text
            # 2022年利润下滑是…最大的不利变化。原因两条：一是…: the year's fall told in general
            # words (no indicator named but this one), then its reasons
            after = k + 1
            if (
                not others
                and _CHANGED.search(s.text)
                and after < len(sents)
                and sents[after].paragraph == s.paragraph
                and _explains(_ASIDE.sub("", whole[after]))
            ):
                return f"{s.text}{whole[after]}"
    return None


def _meant(
    sentence: str, name: str, shared: set[str], series: dict[str, Indicator] | None, years: set[int]
) -> str:
    """The indicator ``name`` stands for in ``sentence``: itself, or a longer name that starts with it
    among the year's falling indicators (``shared``) when the figure written after it is that
    indicator's figure for the year — ``2022年营业收入仅增长1.9%`` speaks of 营业收入增长率 (1.9 in 2022),
    not of 营业收入, which rose."""
    if series is None:
        return name
    at = sentence.find(name)
    if at < 0:
        return name
    figs = find_figures(_CLAUSE.split(sentence[at + len(name) :])[0])
    if not figs:
        return name
    value = figure_value(figs[0].group(0))
    for other in sorted(shared):
        ind = series.get(other)
        if (
            other != name
            and other.startswith(name)
            and ind is not None
            and any(v.year in years and v.value == value for v in ind.values)
        ):
            return other
    return name


_DERIVED = (("profit-ratio", "profit"),)
"""(derived, base) pattern labels: an indicator computed from another (``patterns.yaml``)."""


def _derived(name: str, base: str) -> bool:
    """Whether the indicator ``name`` is computed from ``base`` (销售净利率 from 净利润)."""
    p = default_patterns()
    return any(p.find(name, d) and p.find(base, b) and not p.find(base, d) for d, b in _DERIVED)


def _speaks_of(sentence: str, name: str, others: set[str]) -> bool:
    """Whether ``sentence`` speaks of the indicator in general words besides naming another one:
    ``2022年营业收入和利润下滑，原因是…`` for 利润总额 — a word of two characters or more that ends an
    indicator's name (``kpi-suffix``: 利润, 收入, 成本 …) in ``name``, written outside the others' names."""
    rest = sentence
    for n in others:
        rest = rest.replace(n, "")
    words = {h.text for h in default_patterns().find(name, "kpi-suffix") if len(h.text) >= 2}
    return any(w in rest for w in words)


def _beside(ids: list[int], k: int, step: int) -> int:
    """The sentence before (``step`` -1) or after (1) the statement that sentence ``k`` is part of
    (``ids``, :func:`_statements`): after ``2022年，营业收入…下降7.5%；净利润…下降24.7%；纳税总额…。`` the next
    statement is ``下降原因有两条：……``, however many parts the first one has."""
    j = k + step
    while 0 <= j < len(ids) and ids[j] == ids[k]:
        j += step
    return j


def _statements(sents: list[_Sentence]) -> list[int]:
    """The statement each sentence is part of: parts split at ；in one paragraph are one statement
    (``原因两条：一是…；二是…。``)."""
    ids = [0] * len(sents)
    for k in range(1, len(sents)):
        joined = sents[k].paragraph == sents[k - 1].paragraph and sents[k - 1].text.rstrip().endswith(("；", ";"))
        ids[k] = ids[k - 1] if joined else ids[k - 1] + 1
    return ids


def _whole_sentences(sents: list[_Sentence], ids: list[int]) -> list[str]:
    """Each sentence with the sentences of its statement (``ids``, :func:`_statements`), so the part
    after ``；`` gives the reason too."""
    texts: dict[int, list[str]] = {}
    for s, i in zip(sents, ids, strict=True):
        texts.setdefault(i, []).append(s.text)
    joined = {i: "".join(parts) for i, parts in texts.items()}
    return [joined[i] for i in ids]


_CLAUSE = re.compile(r"[，；,;]")
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")
_CHANGED = re.compile(r"降|升|减|增|回落|延长|缩短|下滑|跌")
"""A change told before a colon (满意率由91.2%降到89.7%：…): what follows the colon tells why."""
CIRCUMSTANCE_CHARS = 6
"""Chinese characters a clause needs to narrate a circumstance (北京堂食多次暂停) rather than lead in (2022年)."""


def _circumstance(text: str, at: int, years: set[int], dated: str | None = None) -> bool:
    """A sentence that reports the indicator (at ``at``) in a year of its decline after clauses
    that narrate that year's circumstances without figures: ``2022年北京堂食多次暂停，我们的门店…，
    营业收入比上年下降4.8%`` — the writer gives the cause as the story of the year; or that tells
    the story after a colon (``满意率由91.2%降到89.7%：那一年租金减免类工单大幅增加…``)."""
    after = text[at:]
    colon = re.search(r"[：:]", after)
    if colon is not None and _CHANGED.search(after[: colon.start()]):
        # 12345转办件满意率由91.2%降到89.7%：那一年租金减免类工单大幅增加…: the fall, then its story
        told = _CLAUSE.split(after[colon.end() :])[0]
        if len(re.findall(r"[\u4e00-\u9fff]", told)) >= CIRCUMSTANCE_CHARS and not re.search(r"\d", told):
            return True
    if not any(f"{y}年" in (text if dated is None else dated) for y in years):
        return False  # (``dated``: the whole statement, when the year opens an earlier ；-part)
    before = text[:at]
    for part in _CLAUSE.split(before)[:-1]:
        words = part
        for y in years:
            words = words.replace(f"{y}年", "")
        if len(re.findall(r"[\u4e00-\u9fff]", words)) >= CIRCUMSTANCE_CHARS and not re.search(r"\d", words):
            return True
    return False
