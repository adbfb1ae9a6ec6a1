"""Evidence of one result item: its indicators (tables and prose), comparisons and figures."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ..model import Document, Paragraph
from .cards import card_table
from .lexicon import ResultsPatterns, default_patterns
from .mentions import HELD_NAME, TAIL, abbreviation, ends_like_an_indicator
from .model import ComparisonEvidence, Indicator, ResultsEvidence, YearValue
from .prose import heading_year, latest_year, prose_comparisons, read_prose
from .tables import read_table


def extract_results(
    clause_id: str,
    paragraphs: Iterable[Paragraph],
    parties: frozenset[str] = frozenset(),
    dated: frozenset[tuple[str, int]] = frozenset(),
    report_year: int | None = None,
) -> ResultsEvidence:
    """Read the paragraphs credited to a result item (``ctx.paragraphs_of(clause.id)``); ``parties``:
    the organisations the report compares itself with (:func:`~analyzer.results.parties.report_parties`);
    ``dated``: (paragraph id, year) of the paragraphs under a heading that names one year
    (:func:`chronicle_years`); ``report_year``: the year the report's results end in
    (:func:`report_year`), which 本年度 / 上年 / 近三年 count from in an item that writes no year itself."""
    body = tuple(p for p in paragraphs if p.kind != "heading")
    return _extract(clause_id, body, default_patterns(), parties, dated, report_year)


def report_year(document: Document) -> int | None:
    """The year the report's results end in: the latest year most paragraphs give figures for (plans
    and dates left out; a plan written without a plan word in its own clause, 开放床位前年1,980张、
    2025年3,000张, is one paragraph's latest year, not most paragraphs')."""
    years = Counter(
        y
        for p in document.paragraphs
        if p.table is None and not p.front_matter and p.kind != "heading"
        if (y := latest_year([p])) is not None
    )
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)


def chronicle_years(document: Document) -> frozenset[tuple[str, int]]:
    """(paragraph id, year) for each body paragraph of a section whose heading names one year
    (``#### 2021年``, ``2021年：打基础``, :func:`~analyzer.results.prose.heading_year`): a result item
    told year by year, whose paragraphs give that year's figures without writing the year."""
    years = {s.id: y for s in document.sections if (y := heading_year(s.title)) is not None}
    if not years:
        return frozenset()
    body = (p for p in document.paragraphs if p.kind != "heading" and p.section in years)
    return frozenset((p.id, years[p.section]) for p in body if p.section is not None)


_CONTINUED = re.compile(r"^\s*续\s*(表\s*[\dA-Za-z.．\-－—]+)|^\s*(表\s*[\dA-Za-z.．\-－—]+)\s*[（(]\s*续\s*[）)]")
_NUMBER = re.compile(r"^\s*(表\s*[\dA-Za-z.．\-－—]+)")


def _continued_tables(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """A table split across pages read as one: ``续表4-1`` or ``表4-1（续）`` after ``表4-1`` of the same
    item adds its rows to it (its header, where it repeats the first part's, left out)."""
    out: list[Paragraph] = []
    first: dict[str, int] = {}  # caption number → index in out
    for p in paragraphs:
        t = p.table
        m = _CONTINUED.match(t.caption) if t is not None and t.caption else None
        key = re.sub(r"\s", "", (m.group(1) or m.group(2))) if m else None
        if t is not None and key is not None and key in first:
            k = first[key]
            head = out[k].table
            assert head is not None
            rows = t.rows[1:] if t.rows and head.rows and t.rows[0] == head.rows[0] else t.rows
            out[k] = replace(out[k], table=replace(head, rows=head.rows + rows))
            continue
        if t is not None and t.caption and (n := _NUMBER.match(t.caption)):
            first.setdefault(re.sub(r"\s", "", n.group(1)), len(out))
        out.append(p)
    return tuple(out)


# A bounded memo of immutable paragraphs, keyed by the patterns too: the readers below use the
# current Resources' patterns (``patterns`` is that object, passed only to be part of the key), so
# another Resources gets its own entries. It keeps a reference to the few patterns objects among its keys.
@lru_cache(maxsize=512)
def _extract(
    clause_id: str,
    paragraphs: tuple[Paragraph, ...],
    patterns: ResultsPatterns,
    parties: frozenset[str],
    dated: frozenset[tuple[str, int]],
    report_year: int | None = None,
) -> ResultsEvidence:
    years_of = dict(dated)  # a chronicle's sub-heading (#### 2021年) dates the text under it
    paragraphs = _continued_tables(paragraphs)
    indicators: list[Indicator] = []
    comparisons: list[ComparisonEvidence] = []
    quantities = 0
    latest = latest_year(p for p in paragraphs if p.table is None) or report_year
    lead = ""  # a list's indicator (退货率（%）：) for the year lines after it
    for p in paragraphs:
        card = card_table(p) if p.table is None else None
        if card is not None:  # 【营业收入（亿元）】2021：18.6｜2022：20.3｜…: a dashboard card, a table of one row
            p = replace(p, table=card)
        if p.table is not None:
            lead = ""
            reading = read_table(p, latest)
            indicators.extend(reading.indicators)
            comparisons.extend(reading.comparisons)
            quantities += reading.quantities
        else:
            prose = read_prose(p, latest, lead, years_of.get(p.id))
            lead = prose.lead
            indicators.extend(prose.indicators)
            quantities += prose.quantities
            comparisons.extend(prose_comparisons(p, parties))
    merged = _merge(indicators)
    all_comparisons = tuple(c for i in merged for c in i.comparisons if c.value is not None or c.text) + tuple(
        comparisons
    )
    return ResultsEvidence(
        clause=clause_id,
        indicators=merged,
        comparisons=all_comparisons,
        quantities=quantities,
        paragraphs=tuple(p.id for p in paragraphs),
    )


NAME_SLACK = 2
"""Characters a qualifier may add to an indicator's name (中央厨房关键设备完好率 / 中央厨房设备完好率)."""


def _same_series(a: Indicator, b: Indicator) -> bool:
    """``a`` and ``b`` are one indicator written two ways: one name is the other with a qualifier
    that does not change what is measured left out (``name-qualifier`` in patterns.yaml: 关键, 主要,
    年度 … — 中央厨房关键设备完好率 / 中央厨房设备完好率; never 一次 or 新员工, which name another
    indicator), their units agree and their years do not overlap (each year's figure written once).
    A name with its abbreviation set apart (``一次交检合格率 FTY``) is one series with either part alone,
    and so is a name with its tail (:data:`~analyzer.results.mentions.TAIL` characters or more, ending
    like an indicator) that repeats the name's own figures for the years both give, or gives the
    years next to the name's (a year-by-year account names it in full once)."""
    if a.unit and b.unit and a.unit != b.unit:
        return False
    for x, y in ((a, b), (b, a)):
        if (split := abbreviation(x.name)) is not None and y.name in split:
            return True  # 一次交检合格率 FTY is FTY and 一次交检合格率
    short, long = sorted((a.name, b.name), key=len)
    if long != short and long.endswith(short) and len(short) >= TAIL and ends_like_an_indicator(short):
        # 流失率2022年升到29.5% below a table's 护理员年流失率 … 29.5: the name's tail, and the figures it
        # gives are the table's own for those years (the same figure written again, not another series)
        x, y = ({v.year: v.value for v in i.values} for i in (a, b))
        shared = x.keys() & y.keys()
        if shared and all(x[k] == y[k] for k in shared):
            return True
        # a chronicle (#### 2021年 谐波减速器装配一次合格率98.6% / #### 2022年 装配一次合格率98.9%): the
        # name in full once, its tail in the years after; together the years run on without a gap
        years = sorted(x.keys() | y.keys())
        if x and y and not shared and len(short) >= HELD_NAME and years[-1] - years[0] + 1 == len(years):
            return True
    if len(short) < 4 or not 0 < len(long) - len(short) <= NAME_SLACK:
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if not a.values or not b.values or {v.year for v in a.values} & {v.year for v in b.values}:
        return False
    return any(long[: h.start] + long[h.end :] == short for h in default_patterns().find(long, "name-qualifier"))


def _merge(indicators: list[Indicator]) -> tuple[Indicator, ...]:
    """One indicator per name: figures of the same name from several tables or sentences are joined,
    and so are the figures of a name written two ways (:func:`_same_series`), under the first name."""
    order: list[str] = []
    by_name: dict[str, Indicator] = {}
    for ind in indicators:
        key = ind.name
        if key not in by_name:
            key = next((k for k in order if _same_series(by_name[k], ind)), key)
        old = by_name.get(key)
        if old is None:
            order.append(key)
            by_name[key] = ind
            continue
        years = {v.year: v for v in old.values}
        for v in ind.values:
            years.setdefault(v.year, v)
        values: tuple[YearValue, ...] = tuple(years[y] for y in sorted(years))
        by_name[key] = Indicator(
            name=old.name,
            unit=old.unit or ind.unit,
            values=values,
            comparisons=old.comparisons + ind.comparisons,
            targets=old.targets + ind.targets,
            undated=old.undated + ind.undated,
            paragraphs=old.paragraphs + tuple(p for p in ind.paragraphs if p not in old.paragraphs),
            source="table" if "table" in (old.source, ind.source) else "prose",
            group=old.group or ind.group,
        )
    return tuple(by_name[k] for k in order)
