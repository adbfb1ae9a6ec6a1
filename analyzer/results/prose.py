"""Indicators and comparisons from the sentences of a result item.

Recognised ways of writing a figure with its year (after :func:`~analyzer.results.numbers.fold`):

- ``2021年平均接通率为92.1%，2022年提升至94.5%，2023年达到96.0%`` — a year and one figure per clause;
  a clause without a name takes the name of the clause before it;
- ``响应率2021—2023年分别为95.8%、97.3%和98.6%`` and ``2021年、2022年和2023年，研发投入分别为…`` — a
  list of years and ``分别为`` with as many figures; a later ``分别为`` or ``由A增加到B和C`` with as many
  figures as the last list of years in the paragraph takes those years;
- ``由2021年的48学时增加到2023年的72学时`` — two dated figures; ``由98项增加到215项`` — undated ones;
- a year before each figure (``FY2021 95.2% → FY2022 96.8% → FY2023 98.1%``, ``2021年6.8、2022年6.1…``) or
  figures joined by arrows after a span of years (``2021—2023年：92.1%→94.0%→95.6%``);
- list lines (issue 12 §C): a name and a colon naming the figures after it (``客户投诉率：2021年0.35%，…``);
  one line per year (``FY2021：客户满意度92.1%，客户流失率3.2%``, ``- 2022年度：…``, ``· 2023财年 98.1%``),
  where a line that names nothing takes the indicator of the lead line before it (``退货率（%）：`` — see
  :attr:`ProseReading.lead`, carried by :func:`analyzer.results.extract.extract_results`); and the
  comparison or target lines of such a list (``行业平均：营业收入增长率12.4%，…``, ``· 标杆值：8.7``,
  ``…；2023年目标值：99.30%，竞争对手甲：99.40%``), recorded on the indicators they name.

A year counts only with a figure in the same clause: ``近三年`` has no year, ``成立于2008年`` and
``2016年获得…称号`` have no figure, and a clause about plans (``到2025年``, 目标, 规划, 计划, 力争, 预计)
is skipped. Differences (``提高2.5个百分点``, ``增长近两倍``) are not levels and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Paragraph
from ..text.sentences import paragraph_sentences
from .figures import (
    ASIDE,
    NUM,
    clean_name,
    figure_value,
    find_figures,
    follows_figure,
    good_name,
    in_figure_aside,
    is_difference,
    names_another_party,
    only_a_unit,
    relative_span,
    unit_after,
    year_mentions,
)
from .lexicon import YearMention, default_patterns
from .model import ComparisonEvidence, ComparisonKind, Indicator, TargetValue, YearValue
from .numbers import fold, rescaled

# --------------------------------------------------------------------------- sentences

_CLAUSE_SPLIT = re.compile(r"[，；：;:]|,(?!\d{3})")


def sentences(paragraph: Paragraph) -> tuple[str, ...]:
    """Sentences of a paragraph (SARA's one splitter, :mod:`analyzer.text.sentences`), folded and stripped;
    a bullet mark opening the paragraph (``· 2023年 98.1%``, ``- FY2021：…``) is left out."""
    out = tuple(t for t in (_fiscal_years(fold(x)).strip() for x in paragraph_sentences(paragraph)) if t)
    if out:
        first = without_list_marker(out[0])
        out = ((first,) if first else ()) + out[1:]
    return out


# FY and four digits are a year: FY202195.2% (a space lost between full-width digits) is FY2021 95.2%.
_FY_GLUED = re.compile(r"(?<![A-Za-z])(FY|fy)\s*(20[0-3]\d)(?=\d)")
# FY and two digits are one too (FY22为68%): unlike 22年, never a duration.
_FY_SHORT = re.compile(r"(?<![A-Za-z])(FY|fy)\s*([0-3]\d)(?![\d.])")


def _fiscal_years(text: str) -> str:
    """``text`` with fiscal years written out: FY22 → FY2022, FY202195.2% → FY2021 95.2%."""
    return _FY_SHORT.sub(r"\g<1>20\2", _FY_GLUED.sub(r"\1\2 ", text))


def without_list_marker(text: str) -> str:
    """``text`` without the bullet marks it starts with (``list-marker`` patterns); a minus sign
    right before a figure (``-3.2%``) is no bullet, but one right before a year is (``-2021年：…``)."""
    p = default_patterns()
    while True:
        hits = [h for h in p.find(text, "list-marker") if h.start == 0]
        if not hits:
            return text
        end = max(h.end for h in hits)
        if text[:end] in _MINUS and text[end : end + 1].isdigit() and not _YEAR_AHEAD.match(text, end):
            return text
        text = text[end:].lstrip()


_MINUS = frozenset({"-", "－", "–", "—", "+"})
_YEAR_AHEAD = re.compile(r"20[0-3]\d(?!\d)")


def clauses(sentence: str) -> tuple[str, ...]:
    """Clauses of a sentence (split at ，；：, and at half-width commas not inside ``1,830``)."""
    return tuple(c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip())


# --------------------------------------------------------------------------- years and plans

# Years (2021年, 2021年度, FY2021, spans 2021—2023年, lists 2021年、2022年和2023年), plans and
# comparison words are patterns in patterns.yaml, applied by analyzer.results.lexicon.


def _is_plan(clause: str) -> bool:
    """A clause about plans or targets (目标, 规划, 力争, 到2025年 …); 计划达成率 names an indicator.
    A target in brackets right after a figure (``2023年7项（2023年目标值6项）``) is an aside on that
    figure: the clause still reports it."""
    if "（" in clause or "(" in clause:
        clause = ASIDE.sub(lambda m: "" if follows_figure(clause, m.start()) else m.group(0), clause)
    p = default_patterns()
    rates = p.find(clause, "rate-of-plan")
    if any(not any(r.start <= h.start and h.end <= r.end for r in rates) for h in p.find(clause, "plan")):
        return True
    return "plan-year" in p.token_labels(clause)


# --------------------------------------------------------------------------- figures

# After a figure: what makes it no figure of a result (dates, durations, list numbers, names).
# A year in a from-to chain is a year mention (patterns.yaml), masked as Ⓨ… of the same length.
_Y = "Ⓨ"


@lru_cache(maxsize=1)
def _from_to() -> re.Pattern[str]:
    """由A(的)X变到B(、C…): the change verbs are the ``value-up`` / ``value-down`` words of patterns.yaml."""
    p = default_patterns()
    verbs = sorted({*p.words("value-up"), *p.words("value-down")}, key=len, reverse=True)
    return re.compile(
        rf"由\s*(?:(?P<y1>{_Y}+)(?:的)?)?\s*(?:约)?(?P<v1>{NUM})(?P<u1>[^\d，。；、和及]{{0,6}}?)\s*"
        rf"(?:{'|'.join(map(re.escape, verbs))})\s*"
        rf"(?:(?P<y2>{_Y}+)(?:的)?)?\s*(?:约)?(?P<v2>{NUM})(?P<rest>(?:[^，。；]*?(?:和|、)\s*(?:{_Y}+(?:的)?)?\s*{NUM}[^\d，。；、和]*)*)"
    )

_REST_ITEM = re.compile(rf"(?:和|、|及)\s*(?:(?P<y>{_Y}+)(?:的)?)?\s*(?:约)?(?P<v>{NUM})")


def _unit_at(clause: str, end: int, default: str | None) -> str | None:
    """The unit written right after a figure ending at ``end``, or the chain's ``default``."""
    return unit_after(clause[end:]) or default


def _masked_years(clause: str) -> tuple[str, dict[int, int]]:
    """``clause`` with every single year written (2021年, 2021年度, FY2021) replaced by Ⓨ of the same
    length, and the year starting at each masked position."""
    text = clause
    at: dict[int, int] = {}
    for m in year_mentions(clause):
        if not m.is_list:
            text = text[: m.start] + _Y * (m.end - m.start) + text[m.end :]
            at[m.start] = m.years[0]
    return text, at


# A year and its figure (the year masked by _masked_years), joined to the next pair by an arrow, a slash,
# 、 or a space: FY2021 95.2% → FY2022 96.8%
_PAIR = re.compile(rf"(?P<y>{_Y}+)\s*(?:为|是|:|：)?\s*(?:约|近)?(?P<v>{NUM})")
_ARROW = r"\s*(?:→|->|—>|=>|⟶|➝|➔)\s*"
_ARROWS = re.compile(rf"(?:约)?{NUM}[^\d→\-—=⟶➝➔，。；]{{0,6}}(?:{_ARROW}(?:约)?{NUM}[^\d→\-—=⟶➝➔，。；]{{0,6}})+")
_ARROW_VALUE = re.compile(rf"(?<![\d.]){NUM}")
_RESPECTIVELY = re.compile(r"(?:分别|依次)(?:为|是|达到|达|有)")
_LIST_VALUES = re.compile(rf"(?:约|近)?({NUM})\s*(%|‰|[^\d\s，。；、,和及与]{{0,5}})")
_CHANGE_AFTER = re.compile(r"^(?:增长|提高|提升|下降|降低|减少|增加|上升)")
# A topic clause naming what the next clauses give figures for: 净资产收益率方面 / 就顾客满意度而言.
_TOPIC = re.compile(r"^(?:在|就|从)?([^，。；、]{2,24}?)(?:方面|而言|来看|看)$")


def _names_others(name: str) -> bool:
    """Whether a would-be indicator name is whom the report compares with (行业平均, 竞争对手)."""
    return default_patterns().has(name, "comparison-noun")


def _about_others(text: str, after: str = "") -> bool:
    """A would-be name that opens by comparing (``高于椒澜食堂公布的80.2分``, ``与椒澜食堂公开的97.0%相当``,
    ``after`` holding the rest of the clause) or with another organisation's figures for the same period
    (``同期椒澜食堂累计5项``; not ``同期公司…`` or ``同期净利润``, a name of the report's own): the figure
    after it is someone else's, not an indicator of the report's own."""
    p = default_patterns()
    t = text.strip()
    if t.startswith(("与", "和", "跟")) and p.has(t + after, "compare-verb"):
        return True  # 与椒澜食堂公开的97.0%大体相当 (not 和解率)
    if any(h.start == 0 for h in p.find(t, "compare-statement")) or any(h.start == 0 for h in p.find(t, "peer-verb")):
        return True
    period = [h for h in p.find(t, "same-period") if h.start == 0]
    if period:
        rest = t[period[0].end :].lstrip("，, ")
        if not rest or any(h.start == 0 for label in ("own-or-past", "subject") for h in p.find(rest, label)):
            return False
        # 同期净利润 is the report's own figure for the same period; 同期椒澜食堂累计 another's
        return not any(h.end == len(rest) for h in p.find(rest, "kpi-suffix"))
    return False


def _verb(before: str) -> int | None:
    """Where the verb right before a figure starts (为, 达到, 提升至, 降至 …, then 约/近 allowed), or None."""
    p = default_patterns()
    text = before.rstrip()
    qualifier = [h for h in p.find(text, "value-qualifier") if h.end == len(text)]
    if qualifier:
        text = text[: min(h.start for h in qualifier)].rstrip()
    ends = [h for label in ("value-level", "value-up", "value-down") for h in p.find(text, label) if h.end == len(text)]
    return min(h.start for h in ends) if ends else None


@dataclass
class _Series:
    name: str
    unit: str | None
    values: dict[int, YearValue]
    undated: list[float]
    paragraph: str
    comparisons: list[ComparisonEvidence] = field(default_factory=list)
    targets: list[TargetValue] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ProseReading:
    """What the sentences of one paragraph gave."""

    indicators: tuple[Indicator, ...]
    quantities: int
    lead: str = ""
    """The indicator the lines after this paragraph give figures for, when it names one for a list
    (``退货率（%）：`` before ``2021年度：0.82`` / ``2022年度：0.95`` …), or ''."""


_UNIT_PAREN = re.compile(r"^(.+?)\s*[（(]([^（）()]{1,10})[）)]$")


def _named(text: str) -> tuple[str, str | None] | None:
    """``text`` as the name (and unit) of an indicator when it is one and holds no figure or year:
    ``退货率（%）`` → (退货率, %), ``客户满意度`` → (客户满意度, None)."""
    text = text.strip().rstrip("：:").strip()
    # a span of years may come with the name (客户满意度2021—2023年：…), a single year may not (2021年度：…)
    if not text or find_figures(text) or any(not m.is_list for m in year_mentions(text)) or _is_plan(text):
        return None
    unit = None
    m = _UNIT_PAREN.match(text)
    if m:
        text, unit = m.group(1), m.group(2).strip()
    name = clean_name(_LIST_INTRO.sub("", text))
    if not good_name(name) or _names_others(name) or re.search(r"[，。；,;！？]", name):
        return None
    return name, unit


# 顾客满意度情况如下 / 退货率变化见下: the name without the words that introduce its list
_LIST_INTRO = re.compile(r"(?:的)?(?:情况|数据|统计|变化|趋势|指标值|结果)?(?:如下|见下|分别为)$")


def _lead_of(text: str) -> str:
    """The lead a paragraph gives to the list lines after it (:attr:`ProseReading.lead`): a name
    followed by a colon (``客户流失率（%）：``), or a short line that is only an indicator's name
    (``准时交付率``, ending like an indicator: the ``kpi-suffix`` patterns)."""
    body = without_list_marker(fold(text).strip())
    if body.endswith(("：", ":")) and _named(body) is not None:
        return body
    named = _named(body)
    if named is not None and len(body) <= 16 and default_patterns().has(named[0], "kpi-suffix"):
        return body
    return ""


def starts_with_year(text: str) -> bool:
    """A list line that opens with a year (``2021年度：0.82``, ``FY2022 …``, ``· 2023财年 98.1%``)."""
    body = without_list_marker(fold(text).strip())
    mentions = year_mentions(body[:12])
    return bool(mentions) and mentions[0].start == 0


def heading_year(text: str) -> int | None:
    """The one year a heading names as its subject (``2021年``, ``2021年：打基础``, ``【2022年】``,
    ``FY2023``): a chronicle's sub-heading, under which the paragraphs tell that year. None for any
    other heading (``2021—2023年主要指标``, ``2025年目标``, ``与目标对照``)."""
    body = re.sub(r"^[【\[〔（(]", "", without_list_marker(fold(text).strip()))
    found = year_mentions(body[:12])
    if len(found) != 1 or found[0].start != 0 or found[0].is_list or len(found[0].years) != 1:
        return None
    rest = body[found[0].end :]
    if _is_plan(body) or any(h.start <= 1 for h in default_patterns().find(rest, "year-since")):
        return None
    return found[0].years[0] if not re.search(r"\d", rest) else None


def latest_year(paragraphs: Iterable[Paragraph]) -> int | None:
    """The latest year the sentences of ``texts`` report (plans and 到2025年 left out): the end of
    a relative span such as ``三年分别为…`` or ``近三年``."""
    best: int | None = None
    for p in paragraphs:
        for sentence in sentences(p):
            for clause in clauses(sentence):
                if _is_plan(clause):
                    continue
                for m in year_mentions(clause):
                    best = max(best or 0, *m.years)
    return best


def read_prose(
    paragraph: Paragraph, latest: int | None = None, lead: str = "", year: int | None = None
) -> ProseReading:
    """Dated figures named in the sentences of one text paragraph.

    ``latest`` is the latest year the whole result item reports (:func:`latest_year`): a relative
    span (``三年分别为A、B和C``, ``近三年…由A提升至B、C``) with one figure per year ends there.
    ``lead`` is the :attr:`ProseReading.lead` of the paragraph before: a line that opens with a
    year (``2022年度：0.95``) and names nothing gives its figure to that indicator. A sentence that
    opens with a name and a colon (``客户投诉率：2021年0.35%，2022年…``) names the figures after it.
    A paragraph that opens with a bare year (``2022年，门店多次临时停业……``) dates its sentences
    that have no year of their own (not those in the present: 目前, 截至 …), and ``这一年`` / ``当年``
    name the year last written (``year-anaphor``). ``year``: the year of the heading the paragraph
    stands under (``#### 2021年`` in a result item told year by year), which dates it the same way.
    """
    text = fold(paragraph.text)
    series: dict[str, _Series] = {}
    years_context: tuple[int, ...] = ()
    units: dict[str, str] = {}  # the unit a lead or topic gives its name: 退货率（%）
    year_line = starts_with_year(paragraph.text) or _column_head(paragraph.text) is not None
    lead_name = ""
    if lead and year_line and (named_lead := _named(lead)) is not None:
        lead_name = named_lead[0]
        if named_lead[1]:
            units[lead_name] = named_lead[1]

    def add(name: str, unit: str | None, year: int | None, value: float, raw: str) -> None:
        if _about_others(name):
            return
        name = clean_name(name)
        if not good_name(name) or _names_others(name):
            return
        unit = unit or units.get(name)
        s = series.setdefault(name, _Series(name, unit, {}, [], paragraph.id))
        s.unit = s.unit or unit
        if year is None:
            s.undated.append(value)
        elif year not in s.values:
            # a unit other than the series' own stays with its figure (研发投入2021年为4,380万元，
            # 2022年为0.52亿元: the figures are compared on one scale, :func:`~analyzer.results.numbers.on_one_scale`)
            written = f"{raw}{unit}" if unit and rescaled(unit, s.unit) and not raw.endswith(unit) else raw
            s.values[year] = YearValue(year, value, written)

    last_name = ""
    sentence_year: int | None = None
    # A paragraph that opens with a bare year (2022年，门店多次临时停业……) is that year's: its sentences
    # without a year of their own are dated by it. 这一年 / 当年 / 同年 name the last year written.
    paragraph_year: int | None = year
    last_year: int | None = None
    joined = False
    first_clause = True
    for sentence in sentences(paragraph):
        if not joined:  # after a ；the statement goes on: its name and year carry over
            last_name = lead_name
            # (目前 / 截至 / 累计 put a sentence in the present, not in the paragraph's year)
            present = any(h.start == 0 for h in default_patterns().find(sentence, "present-time"))
            sentence_year = None if present else paragraph_year
        joined = sentence.endswith(("；", ";"))
        sentence = _colon_as_copula(sentence)
        # 客户投诉率（%）：2021年0.35%，2022年…: the name before the colon names the figures after it
        colon = re.search(r"[：:]", sentence)
        head = sentence[: colon.start()] if colon else ""
        topic_named = _named(head) if head and not re.search(r"[，；,;]", head) else None
        # 行业平均：营业收入增长率12.4%，净资产收益率9.7% / · 标杆值：8.7 — a comparison or target line of a list
        column = _column_head(sentence) if colon and topic_named is None else None
        if column is not None and _column_line(column, sentence[colon.end() :], last_name, series, paragraph.id):
            continue
        for k, clause in enumerate(clauses(sentence)):
            opening, first_clause = first_clause, False
            if k == 0 and topic_named is not None:
                last_name = topic_named[0]
                if topic_named[1]:
                    units.setdefault(last_name, topic_named[1])
                if spans := [m for m in year_mentions(clause) if m.is_list]:
                    years_context = spans[-1].years
                continue
            # (a year inside an aside on a figure, 7项（2023年目标值6项）, dates the aside only)
            mentions = [m for m in year_mentions(clause) if not in_figure_aside(clause, m.start)]
            lists = [m for m in mentions if m.is_list]
            if len(mentions) == 1 and not mentions[0].is_list:
                last_year = mentions[0].years[0]
            elif not mentions and last_year is not None and _names_last_year(clause):
                sentence_year = last_year
            elif not mentions and (base := last_year or latest) and (rel := relative_year(clause)) is not None:
                # 2023年为92.4%，上年为91.1%，前年为89.6%; 品牌认知度前年为31.8% (or counted from the
                # item's latest year): the clause is that year's, its relative word no part of a name
                back, start, end = rel
                sentence_year = base - back
                clause = clause[:start] + clause[end:]
            if lists:
                years_context = lists[-1].years
            elif latest is not None and (n := relative_span(clause)):
                years_context = tuple(range(latest - n + 1, latest + 1))
            topic = _TOPIC.match(clause)
            # 净资产收益率方面，2021年为13.2%…: the name of what follows (投诉24小时响应率方面: 24 is part of it)
            if topic and not any(_verb(clause[: f.start()]) is not None for f in find_figures(clause)):
                named_topic = clean_name(topic.group(1))
                # a new topic ends the one before, even when its own name is not usable
                good = good_name(named_topic) and not _names_others(named_topic)
                last_name = named_topic if good else ""
                continue
            if last_name in series and _side_figure(clause, mentions, series[last_name], paragraph.id, sentence):
                continue  # 2023年目标值为70天 / 同期行业平均为90天: the target or comparison of the series
            if _is_plan(clause):
                continue
            # a clause that is only a year ("2023年，…") dates the clauses after it
            if len(mentions) == 1 and not mentions[0].is_list:
                rest = clause[: mentions[0].start] + clause[mentions[0].end :]
                if not find_figures(rest) and not re.search(r"[\u4e00-\u9fff]{3,}", rest):
                    since = clause[mentions[0].end :].lstrip()
                    if any(h.start == 0 for h in default_patterns().find(since, "year-since")):
                        continue  # 2021年以来，… / 2022年起，…: no one year for the clauses after it
                    sentence_year = mentions[0].years[0]
                    if opening and not re.search(r"[\u4e00-\u9fff]", rest):
                        # only a bare 2022年， opens a year's paragraph (not 2020年以来, 2021年起)
                        paragraph_year = sentence_year
                    continue
            named = _read_clause(clause, mentions, years_context, sentence_year, last_name, add)
            if named:
                last_name = named
    indicators = tuple(
        Indicator(
            name=s.name,
            unit=s.unit,
            values=tuple(s.values[y] for y in sorted(s.values)),
            undated=tuple(s.undated),
            paragraphs=(s.paragraph,),
            source="prose",
            comparisons=tuple(s.comparisons),
            targets=tuple(s.targets),
        )
        for s in series.values()
        if s.values or s.undated or s.comparisons or s.targets
    )
    own_lead = _lead_of(paragraph.text)
    carried = lead if lead_name and not own_lead and lead_name in series else ""
    return ProseReading(indicators, len(find_figures(text)), own_lead or carried)


_LABEL_COLON = re.compile(r"(?<=[，；,;])\s*([^，；,;：:]{2,24}?)\s*[：:](?=\s*(?:≥|≤|约|近)?\s*\d)")


def _colon_as_copula(sentence: str) -> str:
    """``…；2023年目标值：99.30%，竞争对手甲：99.40%`` → ``…；2023年目标值为99.30%，竞争对手甲为99.40%``: after
    a series, a comparison or target label and a colon give that label's figure (the colon that opens
    the sentence is left alone)."""
    if "：" not in sentence and ":" not in sentence:
        return sentence

    out = []
    at = 0
    for m in _LABEL_COLON.finditer(sentence):
        out.append(sentence[at : m.start()])
        text = m.group(0)
        out.append(text[: m.end(1) - m.start()] + "为" if _column_head(m.group(1) + "：") is not None else text)
        at = m.end()
    out.append(sentence[at:])
    return "".join(out)


def _column_head(text: str) -> tuple[str, ComparisonKind | None] | None:
    """The label of a list line that gives a comparison or a target for the indicators of a list,
    when ``text`` starts with one followed by a colon: ``行业平均：…``, ``标杆值（竞争对手A）：…``,
    ``· 2023年目标值：10.0`` → (label, kind), kind None for a target. A requirement (国家标准) is neither."""
    from .tables import comparison_kind

    body = without_list_marker(fold(text).strip())
    colon = re.search(r"[：:]", body)
    if colon is None or colon.start() > 24:
        return None
    head = body[: colon.start()].strip()
    if not head or re.search(r"[，；,;。]", head):
        return None
    p = default_patterns()
    kind = comparison_kind(head)
    if kind is not None:
        return head, kind
    if p.has(head, "target") and not p.has(head, "rate-of-plan"):
        return head, None
    return None


_COLUMN_ITEM = re.compile(
    rf"^(?P<name>.*?)\s*(?:为|是|达到|达)?\s*(?P<bound>≥|≤|>|<|＞|＜|不低于|不高于|不少于|不超过|不大于|不小于)?\s*"
    rf"(?:约|近)?(?P<v>{NUM})$"
)


def _column_line(
    column: tuple[str, ComparisonKind | None], tail: str, lead_name: str, series: dict[str, _Series], pid: str
) -> bool:
    """Record the figures of a comparison or target line (:func:`_column_head`) on the indicators
    they name (``营业收入增长率12.4%``), or on the list's indicator when a figure stands alone
    (``· 标杆值：8.7`` under ``研发投入强度（%）：``). True when any was recorded."""
    p = default_patterns()
    found = False
    for segment in re.split(r"[，；;]|,(?!\d{3})", tail):
        label, kind = column
        clause = segment.strip()
        # …，竞争对手甲：99.40% / 竞争对手甲为99.40%: a segment with a label of its own
        inner = re.match(r"^([^：:]{2,24}?)\s*[：:]\s*(.*)$", clause)
        if inner and (own := _column_head(inner.group(1) + "：")) is not None:
            (label, kind), clause = own, inner.group(2)
        figs = find_figures(clause)
        if len(figs) != 1 or is_difference(clause[figs[0].end() :]):
            continue
        m = _COLUMN_ITEM.match(clause[: figs[0].end()])
        if m is None:
            continue
        name_part = m.group("name")
        if name_part.strip() and (own := _column_head(name_part.strip() + "：")) is not None:
            (label, kind), name_part = own, ""
        name = clean_name(name_part) or lead_name
        if not name or not good_name(name) or _names_others(name) or p.has(name, "compare-statement"):
            continue
        years = p.years_inside(label)
        year = years[-1] if years else None
        value = figure_value(figs[0].group(0))
        s = series.setdefault(name, _Series(name, unit_after(clause[figs[0].end() :]), {}, [], pid))
        if kind is None:  # a bound (≥1.0) stays in the target's text
            s.targets.append(TargetValue(label, value, (m.group("bound") or "") + figs[0].group(0), year))
        else:
            s.comparisons.append(ComparisonEvidence(kind, label, pid, "prose", name, value, figs[0].group(0), year))
        found = True
    return found


def _side_figure(clause: str, mentions: Sequence[YearMention], s: _Series, pid: str, sentence: str) -> bool:
    """A clause right after a series that gives its target (``2023年目标值为70天``) or another's figure
    for comparison (``同期竞争对手甲为82天``, ``同期行业平均为90天``): recorded on the series.

    One figure after a copula, and the words before it name a target or whom the report compares
    with (the ``target`` and comparison patterns); a difference (``高出3个百分点``) is no figure."""
    figs = find_figures(clause)
    if len(figs) != 1 or not s.values:
        return False
    f = figs[0]
    if is_difference(clause[f.end() :]):
        return False
    before = clause[: f.start()]
    verb = _verb(before)
    if verb is None:
        return False
    label = before[:verb]
    for m in reversed([m for m in mentions if m.end <= verb]):
        label = label[: m.start] + label[m.end :]
    label = label.strip(" 的，")
    if not label:
        return False
    years = [y for m in mentions for y in m.years]
    year = years[-1] if len(years) == 1 else max(s.values)
    value = figure_value(f.group(0))
    p = default_patterns()
    kind = None
    if not p.has(label, "target"):
        hit = p.first(label, "compare-target") or p.first(label, "compare-other") or p.first(label, "competitor-letter")
        if hit is not None:
            kind = _kind_of(label)
        elif p.first(clause, "same-period-peer") is not None:
            kind = "peer"
    if kind is not None:
        s.comparisons.append(ComparisonEvidence(kind, label, pid, "prose", s.name, value, f.group(0), year))
        return True
    if p.has(label, "target") and not p.has(label, "rate-of-plan"):
        s.targets.append(TargetValue(label, value, f.group(0), year))
        return True
    return False


def _in_aside(clause: str, at: int) -> bool:
    """The figure at ``at`` sits in brackets that name whom the report compares with
    (``79.1分（行业平均76.3分）``), or in brackets written right after a figure of the clause
    (``2023年9个（鹭栎颐康5个）``, ``4项（含团体标准2项）``): someone else's figure or a part of the one
    before it, not a further figure of the clause."""
    for m in ASIDE.finditer(clause):
        if not m.start() < at < m.end():
            continue
        compared = default_patterns().has(m.group(0), "compare-other", "compare-scope")
        return compared or follows_figure(clause, m.start())
    return False


def _own_figures(clause: str) -> list[re.Match[str]]:
    """The clause's figures less those in asides (:func:`_in_aside`)."""
    return [f for f in find_figures(clause) if not _in_aside(clause, f.start())]


def _aside_party(aside: str) -> str | None:
    """Who gives the one figure of a bracketed aside written right after a figure, when that is
    another party (``（鹭栎颐康5个）``, ``（沐芑长者之家：3件）``; not ``（含团体标准2项）`` or
    ``（上年4个）``): :func:`names_another_party` on the words before the figure."""
    inner = aside[1:-1]
    figs = find_figures(inner)
    if len(figs) != 1:
        return None
    if not only_a_unit(inner[figs[0].end() :]):
        return None  # more words after the figure than its unit
    name = inner[: figs[0].start()].strip().rstrip("：:为约近达").strip()
    return name if names_another_party(name) and not year_mentions(name) else None


def _party_after_figure(sentence: str) -> str | None:
    """Another party named in an aside right after a figure (``9个（鹭栎颐康5个）``), if any."""
    for m in ASIDE.finditer(sentence):
        if follows_figure(sentence, m.start()) and (party := _aside_party(m.group(0))):
            return party
    return None


_RELATIVE_LABELS = (("year-before-last", 2), ("year-before", 1), ("year-this", 0))


def relative_year(clause: str) -> tuple[int, int, int] | None:
    """A relative year a clause is dated by (years back, and where its word is): at the clause's
    start (``上年为91.1%``) or right before the verb of its figure (``品牌认知度前年为31.8%``);
    not 上年同期 (the same period of the year before)."""
    p = default_patterns()
    t = clause
    for label, back in _RELATIVE_LABELS:
        for h in p.find(t, label):
            after = t[h.end :]
            if after.startswith("同期"):
                continue
            if h.start == 0 or re.match(r"\s*(?:为|是|达到|达|降至|升至|增至)", after):
                return back, h.start, h.end
    return None


def header_years_back(cell: str) -> int | None:
    """How many years before the table's year a header cell that is only a relative year names
    (``上年度`` 1, ``前年`` 2, ``本年度`` 0: the ``year-before`` / ``year-before-last`` / ``year-this``
    words); None for any other cell."""
    p = default_patterns()
    t = cell.strip()
    return next((back for label, back in _RELATIVE_LABELS if t in p.words(label)), None)


def _names_last_year(clause: str) -> bool:
    """The clause opens with a word for the year last written (这一年, 当年, 同年: ``year-anaphor``)."""
    return any(h.start <= 1 for h in default_patterns().find(clause, "year-anaphor"))


def _year_of_change(before: str, mentions: Sequence[YearMention], sentence_year: int | None) -> int | None:
    """The one year a from-to change (由A降到B) happened in: the single year written before it in the
    clause (``FTY在FY2022由…``, not ``2021年以来由…``), else the year its sentence opens with."""
    here = year_mentions(before)
    if len(here) > 1 or any(m.is_list or len(m.years) != 1 for m in here):
        return None
    if here:
        after = before[here[0].end :].lstrip()
        if any(h.start == 0 for h in default_patterns().find(after, "year-since")):
            return None
        return here[0].years[0]
    return sentence_year if not mentions else None


def _read_clause(
    clause: str,
    mentions: Sequence[YearMention],
    years_context: tuple[int, ...],
    sentence_year: int | None,
    last_name: str,
    add: Callable[[str, str | None, int | None, float, str], None],
) -> str:
    """Read one clause; returns the indicator name it used (for the clauses after it) or ''."""
    # 由A增加到B(和C): two dated figures, or a series matching the paragraph's list of years
    masked, year_at = _masked_years(clause)
    m = _from_to().search(masked)
    if m:
        name = clause[: m.start()]
        v1, v2 = m.group("v1"), m.group("v2")
        unit = (m.group("u1") or "").strip() or unit_after(clause[m.end("v2") :])
        # each figure with the unit written after it (由2021年的6.5天缩短到2022年的118小时…)
        unit2 = _unit_at(clause, m.end("v2"), unit)
        rest_items = [
            (year_at.get(r.start("y")) if r.group("y") else None, r.group("v"), _unit_at(clause, r.end("v"), unit))
            for r in _REST_ITEM.finditer(masked, m.start("rest"), m.end("rest"))
            if r.group("v")
        ]
        more = [v for _, v, _ in rest_items]
        if is_difference(clause[m.end("v2") :]):
            return ""
        y1 = year_at.get(m.start("y1")) if m.group("y1") else None
        y2 = year_at.get(m.start("y2")) if m.group("y2") else None
        if y1 is not None and y2 is None and not more and sentence_year is not None and sentence_year > y1:
            y2 = sentence_year
        if y1 is None and y2 is None and not more:
            # 2022年（净利润率）由8.6%降到6.9%: the change of that year, from the year before's level
            y2 = _year_of_change(clause[: m.start()], mentions, sentence_year)
            y1 = y2 - 1 if y2 is not None else None
        if y1 is not None and y2 is not None:
            add(name, unit, y1, figure_value(v1), v1)
            add(name, unit2, y2, figure_value(v2), v2)
            # 由2021年的0.98%提升至2022年的1.08%、2023年的1.17%: every further figure with its year
            for y, v, u in rest_items:
                if y is not None:
                    add(name, u, y, figure_value(v), v)
        else:
            figures = [(v1, unit), (v2, unit2), *((v, u) for _, v, u in rest_items)]
            if years_context and len(figures) == len(years_context):
                for y, (v, u) in zip(years_context, figures, strict=True):
                    add(name, u, y, figure_value(v), v)
            else:
                for v, u in figures:
                    add(name, u, None, figure_value(v), v)
        return clean_name(name)
    # …分别为A、B和C
    r = _RESPECTIVELY.search(clause)
    if r:
        after = clause[r.end() :]
        if _CHANGE_AFTER.match(after):
            return ""
        head = clause[: r.start()]
        dated = [(m.start, m.end) for m in year_mentions(after)]  # 分别为A、B和C（2021—2023年）: no figures
        values = [
            (m.group(1), m.group(2))
            for m in _LIST_VALUES.finditer(after)
            if not is_difference(m.group(2)) and not any(a <= m.start(1) < b for a, b in dated)
        ]
        first = re.search(r"\d", after)
        lead = after[: first.start()] if first else ""
        name = clean_name(head) or clean_name(re.sub(r"(?:约|近)$", "", lead)) or last_name
        lists = [x for x in mentions if x.is_list]
        years = lists[-1].years if lists else years_context
        if years and len(values) == len(years):
            for y, (v, u) in zip(years, values, strict=True):
                add(name, u or None, y, figure_value(v), v)
        else:
            for v, u in values:
                add(name, u or None, None, figure_value(v), v)
        return clean_name(name)
    # FY2021 95.2% → FY2022 96.8% → FY2023 98.1% / 2021年6.8、2022年6.1、2023年5.7: a year before each figure
    pairs = list(_PAIR.finditer(masked))
    if len(pairs) >= 2 and len(pairs) == len(_own_figures(clause)):
        name = clean_name(clause[: pairs[0].start()]) or last_name
        if name:
            for m in pairs:
                v = m.group("v")
                add(name, unit_after(clause[m.end("v") :]), year_at[m.start("y")], figure_value(v), v)
            return clean_name(name)
    # 2021—2023年：92.1%→94.0%→95.6%: as many figures joined by arrows as the clause's (or paragraph's) years
    arrows = _ARROWS.search(clause)
    if arrows:
        lists = [x for x in mentions if x.is_list]
        years = lists[-1].years if lists else years_context
        values = _ARROW_VALUE.findall(arrows.group(0))
        if years and len(values) == len(years) and len(values) == len(_own_figures(clause)):
            head = clause[: arrows.start()]
            for x in reversed([x for x in mentions if x.end <= arrows.start()]):
                head = head[: x.start] + head[x.end :]
            name = clean_name(head) or last_name
            if name:
                for y, v in zip(years, values, strict=True):
                    add(name, unit_after(clause[arrows.start() :].split(v, 1)[1]), y, figure_value(v), v)
                return clean_name(name)
    # 2021年平均接通率为92.1% / 2022年提升至94.5% (name from the clause before)
    singles = [x for x in mentions if not x.is_list]
    year = singles[0].years[0] if len(singles) == 1 and len(mentions) == 1 else None
    if year is None and not mentions and sentence_year is not None:
        year = sentence_year
    if year is None:
        return ""
    figs = _own_figures(clause)
    if len(figs) != 1:
        return ""
    f = figs[0]
    after = clause[f.end() :]
    if is_difference(after):
        return ""
    before = clause[: f.start()]
    verb = _verb(before)
    bare = not (before[: mentions[0].start] + before[mentions[0].end :] if mentions else before).strip()
    if verb is None and not re.search(r"[\u4e00-\u9fff]$", before.rstrip()) and not (bare and last_name):
        return ""
    name_part = before[:verb] if verb is not None else before
    if mentions:
        name_part = name_part.replace(clause[mentions[0].start : mentions[0].end], "")
    if _about_others(name_part, after):
        return ""
    name = clean_name(name_part) or last_name
    if not name:
        return ""
    add(name, unit_after(after), year, figure_value(f.group(0)), f.group(0))
    return clean_name(name)


# --------------------------------------------------------------------------- comparisons


def _without(text: str, label: str) -> str:
    """``text`` with the hits of ``label`` cut out (国家和行业标准 is no comparison)."""
    hits = default_patterns().find(text, label)
    for h in reversed(hits):
        text = text[: h.start] + text[h.end :]
    return text


def prose_comparisons(paragraph: Paragraph, parties: frozenset[str] = frozenset()) -> tuple[ComparisonEvidence, ...]:
    """Sentences comparing with others: 高于行业平均, 与标杆的差距, 位列第二, 优于竞争对手甲 …, and a
    sentence that names one of the report's own comparison ``parties``
    (:func:`~analyzer.results.parties.report_parties`) with a figure or a comparing word
    (``约为溙屺报关（520人次）的2.5倍``).

    ``国家和行业标准``, ``符合国家标准`` and trend figures (``降幅47.8%``, ``较上年提高``) are no comparisons;
    nor is a note on a table (``注：“—”表示无可比的行业统计或标杆公开数据``, the ``note-label`` patterns).
    The words are the ``compare-*``, ``ranking``, ``named-peer`` and ``same-period-peer`` patterns
    of ``patterns.yaml``.
    """
    p = default_patterns()
    opening = fold(paragraph.text).lstrip()
    label = next((h for h in p.find(opening[:6], "note-label") if h.start == 0), None)
    if label is not None and opening[label.end : label.end + 1] in ("：", ":"):
        return ()  # a note on a table: what its symbols mean, where its figures come from
    found: list[ComparisonEvidence] = []
    ordered_parties = sorted(parties)  # (the first a clause names, the same whatever the set's order)
    for sentence in sentences(paragraph):
        for clause in clauses(sentence) or (sentence,):
            text = _without(clause, "not-comparison")
            kind: ComparisonKind | None = None
            label = ""
            rank = p.first(text, "ranking")
            if rank:
                kind, label = "ranking", rank.text
            else:
                targets = sorted(
                    p.find(text, "compare-target") + p.find(text, "compare-other") + p.find(text, "competitor-letter"),
                    key=lambda h: (h.start, -h.end),
                )
                averages = [t for t in targets if p.has(t.text, "average-word")]
                if averages:  # "…的平均水平为18天" compares by itself
                    label = averages[0].text
                    kind = _kind_of(label)
                elif targets and p.has(text, "compare-verb"):
                    label = targets[0].text
                    kind = _kind_of(label)
                else:
                    peer = p.first(text, "named-peer")
                    if peer and not p.has(peer.text, "own-or-past"):
                        kind, label = "peer", peer.text
                    elif same := p.first(text, "same-period-peer"):
                        kind, label = "peer", same.text
                    elif party := _party_after_figure(sentence):
                        kind, label = _kind_of(party), party  # 2023年9个（鹭栎颐康5个）
                    elif (named := next((n for n in ordered_parties if n in text), None)) and (
                        p.has(text, "compare-verb") or re.search(r"\d", text)
                    ):
                        kind, label = "competitor", named
            if kind is not None:
                found.append(ComparisonEvidence(kind, label, paragraph.id, "prose", text=sentence))
                break
    return tuple(found)


def _kind_of(label: str) -> ComparisonKind:
    from .tables import kind_of

    kind = kind_of(label)
    return kind if kind is not None and kind != "ranking" else "peer"
