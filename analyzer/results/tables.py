"""Indicators from a result table: row label × year columns, with target and comparison columns.

Three layouts are read:

- **years as columns** (the usual one): ``指标 | 2021年 | 2022年 | 2023年 | 2023年目标值 | 行业平均``;
- **years as rows** (transposed): ``年份 | 满意度（%） | 投诉（件）`` / ``2021 | 90.2 | 31`` …, where rows
  labelled ``目标值`` or ``行业平均`` hold targets and comparisons;
- **one year** (a snapshot): no year column; the year, if any, comes from the caption
  (``表3-3a 三级政务服务体系服务水平（2023年）``).

A column is a *target* when its header says 目标/规划/计划/预算/预计 (``2025年规划目标``): targets are
never comparisons. It is a *comparison* when it names a benchmark (标杆/对标/领先/先进), competitor
(竞争对手), average (平均), peer group (同行/同业/行业/全市/省内…) or ranking (排名). Headers naming a
standard or requirement (国家标准/限值) are neither. A header that names another organisation for a year
the table already has a plain column for (``2023年 | 瑜泊酒店集团（2023年）``) compares with that
organisation (:func:`names_other_organisation`); the same holds for a row label in the transposed
layout. The words are the ``header-*``, ``target``,
``requirement`` and ``source-column`` patterns of ``patterns.yaml``; year headers (``2021年度``,
``FY2022``, ``２０２３年``) are its year token patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from ..model import Paragraph, Table
from .figures import names_another_party
from .lexicon import default_patterns
from .mentions import ends_like_an_indicator
from .model import ComparisonEvidence, ComparisonKind, Indicator, TargetValue, YearValue
from .numbers import clean_name, fold, parse_cell, split_unit, year_of_cell, years_inside

ColumnKind = Literal["year", "target", "comparison", "label", "unit", "other"]

_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_UNIT_NOTE = re.compile(r"[（(]\s*单位\s*[:：]\s*([^）)]+)[)）]|单位\s*[:：]\s*(\S+)")
_UNIT_ROW = re.compile(r"^[（(]?\s*(?:计量)?单位(?:\s*[:：]\s*([^）)]*))?\s*[)）]?$")
_CAPTION_NUMBER = re.compile(r"^\s*(?:表|图)\s*[\dA-Za-z.\-—–a-z]*\s*")


def kind_of(text: str) -> ComparisonKind | None:
    """Whom ``text`` names for comparison (``header-*`` words of ``patterns.yaml``), targets not considered."""
    p = default_patterns()
    for label, kind in _KINDS:
        if p.has(text, label):
            return kind
    return None


_KINDS: tuple[tuple[str, ComparisonKind], ...] = (
    ("header-average", "average"),
    ("header-benchmark", "benchmark"),
    ("header-competitor", "competitor"),
    ("header-ranking", "ranking"),
    ("header-peer", "peer"),
)


def comparison_kind(header: str) -> ComparisonKind | None:
    """What a column header or row label compares with, if it is a comparison at all.

    A target (目标值, 2025年规划目标) is none unless it names a benchmark or competitor; a
    requirement (国家标准要求, 限值) is none unless it names a benchmark or an average.
    """
    p = default_patterns()
    text = fold(header)
    if p.has(text, "target") and not p.has(text, "header-benchmark", "header-competitor"):
        return None
    if p.has(text, "requirement") and not p.has(text, "header-benchmark", "header-average"):
        return None
    return kind_of(text)


BRACKETED = re.compile(r"[（(][^）)]*[）)]")
"""Anything in brackets in a header or label (``溙屺报关（2023年）``): the name is what is left."""


def names_other_organisation(label: str, plain_years: set[int | None]) -> bool:
    """Whether a header or row label gives another organisation's figure for a year the table
    already has its own plain column or row for: ``瑜泊酒店集团（2023年）`` beside ``2023年``.

    The own figure for that year is in the plain column, so a second, named one is someone else's
    (``岚栖课堂（2023年）``) when the name is another party's (:func:`names_another_party`).
    """
    years = years_inside(label)
    if len(years) != 1 or years[0] not in plain_years:
        return False
    return names_another_party(BRACKETED.sub("", fold(label)))


def _comparison_kind_of(label: str) -> ComparisonKind:
    """The kind of a column or row already known to compare: its header words, else a named competitor."""
    return comparison_kind(label) or "competitor"


def _is_target(text: str) -> bool:
    p = default_patterns()
    return p.has(text, "target") or "year-estimate" in p.token_labels(text)  # (2024E, 2025E（目标）)


def _is_source(text: str) -> bool:
    return default_patterns().has(text, "source-column")


def _is_ranking(name: str) -> bool:
    return default_patterns().has(name, "header-ranking")


def classify_header(header: str) -> ColumnKind:
    """The kind of a column from its header (the first column is the row label)."""
    text = fold(header).strip()
    if not text:
        return "other"
    if _UNIT_HEADER.match(text):
        return "unit"
    if _is_source(text):
        return "other"
    if comparison_kind(text) is not None:
        return "comparison"
    if _is_target(text):
        return "target"
    if year_of_cell(text) is not None:
        return "year"
    return "other"


@dataclass(frozen=True, slots=True)
class TableReading:
    """What one table gave: its indicators and the comparisons not tied to one indicator."""

    indicators: tuple[Indicator, ...]
    comparisons: tuple[ComparisonEvidence, ...]
    quantities: int


def caption_text(table: Table) -> str | None:
    """The caption without its number: ``表7.3-2 分产品线毛利率（%）`` → ``分产品线毛利率（%）``."""
    if not table.caption:
        return None
    return _CAPTION_NUMBER.sub("", fold(table.caption)).strip() or None


def read_table(paragraph: Paragraph, anchor: int | None = None) -> TableReading:
    """The indicators of one table paragraph; ``anchor``: the year that 本年度 / 上年度 / 前年度 headers
    count from (the item's latest year), when the table writes its years so."""
    table = paragraph.table
    if table is None or not table.rows:
        return TableReading((), (), 0)
    rows = [tuple(fold(c).strip() for c in r) for r in table.rows if any(c.strip() for c in r)]
    if anchor is not None:
        rows = _relative_years(rows, anchor)
    if len(rows) < 2:
        return TableReading((), (), 0)
    caption = caption_text(table)
    unit_note = _UNIT_ROW.match(rows[0][0]) if sum(1 for c in rows[0] if c) == 1 else None
    if unit_note:  # a first row "单位：万元" above the header
        caption = f"{caption or ''}（单位：{(unit_note.group(1) or '').strip()}）"
        rows = rows[1:]
        if len(rows) < 2:
            return TableReading((), (), 0)
    rows = _merged_header(rows)
    header = rows[0]
    kinds = [classify_header(h) for h in header]
    plain_years = {year_of_cell(h) for h, k in zip(header, kinds, strict=True) if k == "year"}
    kinds = [
        "comparison" if k == "other" and j > 0 and names_other_organisation(h, plain_years) else k
        for j, (h, k) in enumerate(zip(header, kinds, strict=True))
    ]
    if any(k == "year" for k in kinds[1:]):
        return _differences_as_levels(_by_columns(paragraph.id, rows, kinds, caption))
    first_col_years = [year_of_cell(r[0]) for r in rows[1:] if r]
    if sum(1 for y in first_col_years if y is not None) >= 2:
        return _differences_as_levels(_by_rows(paragraph.id, rows, caption))
    return _snapshot(paragraph.id, rows, kinds, caption)


def _relative_years(rows: list[tuple[str, ...]], anchor: int) -> list[tuple[str, ...]]:
    """Header cells and row labels that name a year relative to ``anchor`` (``本年度``, ``上年度``,
    ``前年``) written as that year (``上年度（2022年）`` keeps the year it names)."""
    from .prose import header_years_back

    def cell(c: str) -> str:
        if year_of_cell(c) is not None:
            return c
        inner = years_inside(c)
        back = header_years_back(BRACKETED.sub("", c))
        if back is None:
            return c
        return f"{inner[0]}年" if len(inner) == 1 else f"{anchor - back}年"

    if not rows:
        return rows
    header = tuple(cell(c) for c in rows[0])
    body = [(cell(r[0]), *r[1:]) if r else r for r in rows[1:]]
    return [header, *body]


def is_difference_column(label: str) -> bool:
    """Whether a comparison header gives the organisation's lead over the other rather than the
    other's figure: ``较行业平均``, ``比对手甲``, ``与对手甲差值``, ``高于行业平均（百分点）``."""
    p = default_patterns()
    text = fold(label).strip()
    lead = any(h.start == 0 for h in p.find(text, "difference-lead"))
    if lead and any(h.start == 0 for h in p.find(text, "no-difference-lead")):
        lead = False  # 比较对象, 比重: words, not 比 + whom
    return lead or p.has(text, "difference-column")


_SIGNED = re.compile(r"^\s*[+＋\-−–﹣]")


def _differences_as_levels(reading: TableReading) -> TableReading:
    """Difference columns (:func:`is_difference_column`) turned into the other's level: the
    organisation's figure for the comparison's year (the latest when it names none) minus the lead,
    when the cell carries its sign (``+3.2``, ``−17``: ours minus theirs, as 较 says); an unsigned
    difference (``差距 2.1``) gives no level (still a comparison, with no figure to judge by)."""

    def level(ind: Indicator, c: ComparisonEvidence) -> ComparisonEvidence:
        if c.value is None or not is_difference_column(c.label):
            return c
        own = {v.year: v.value for v in ind.values}
        year = c.year if c.year is not None else max(own, default=None)
        ours = own.get(year) if year is not None else None
        if ours is None or not _SIGNED.match(c.text):
            return replace(c, value=None)
        return replace(c, value=round(ours - c.value, 6))

    indicators = tuple(
        replace(ind, comparisons=tuple(level(ind, c) for c in ind.comparisons))
        if any(is_difference_column(c.label) for c in ind.comparisons)
        else ind
        for ind in reading.indicators
    )
    return replace(reading, indicators=indicators)


def _merged_header(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """One header row from a two-row header: who the column is about above, the year below.

    ``指标 | 本公司 | 本公司 | 本公司 | 行业标杆 | 竞争对手A`` over ``（年度） | 2021 | 2022 | 2023 | 2023 |
    2023`` (a merged cell is repeated or left blank in the rows). A top label that spans two or more
    year columns is the organisation's own series: those columns are its years. Any other column is
    that label for its year (``行业标杆（2023年）``), read like any header that names a year. Rows are
    returned unchanged when the first row holds a year or the second row is not a row of years.
    """
    if len(rows) < 3:
        return rows
    top, below = rows[0], rows[1]
    if any(year_of_cell(c) is not None for c in top[1:]):
        return rows
    years = [year_of_cell(c) for c in below[1:]]
    if sum(1 for y in years if y is not None) < 2 or any(
        y is None and parse_cell(c).value is not None for y, c in zip(years, below[1:], strict=True)
    ):
        return rows
    spans: list[str] = []
    for j in range(1, max(len(top), len(below))):
        label = _cell(top, j) or (spans[-1] if spans else "")  # a merged cell left blank
        spans.append(label)
    years += [None] * (len(spans) - len(years))
    counts = {label: sum(1 for j, x in enumerate(spans) if x == label and years[j] is not None) for label in spans}
    merged = [_cell(top, 0) or _cell(below, 0)]
    for j, label in enumerate(spans):
        year_cell = _cell(below, j + 1)
        y = years[j]
        if y is None:
            merged.append(f"{label}{year_cell}")
        elif not label or counts[label] >= 2:
            merged.append(year_cell)
        else:
            merged.append(f"{label}（{y}年）")
    return [tuple(merged), *rows[2:]]


def _default_unit(caption: str | None) -> str | None:
    if not caption:
        return None
    m = _UNIT_NOTE.search(caption)
    if m:
        return (m.group(1) or m.group(2)).strip()
    _, unit = split_unit(caption)
    if unit and not years_inside(unit):
        return unit
    return None


def _cell(row: tuple[str, ...], j: int) -> str:
    return row[j] if j < len(row) else ""


def _by_columns(pid: str, rows: list[tuple[str, ...]], kinds: list[ColumnKind], caption: str | None) -> TableReading:
    header = rows[0]
    default_unit = _default_unit(caption)
    indicators: list[Indicator] = []
    loose: list[ComparisonEvidence] = []
    quantities = 0
    unit_col = next((j for j, k in enumerate(kinds) if k == "unit"), None)
    first_year = next((j for j, k in enumerate(kinds) if k == "year"), None)
    label_col = _label_column(rows, first_year)
    named_by = _comparators(rows, kinds)
    for row in rows[1:]:
        row = _unglue(row, first_year)
        label = clean_name(_cell(row, label_col)) if row else ""
        if not label:
            continue
        unit_row = _UNIT_ROW.match(label)
        if unit_row:
            default_unit = (unit_row.group(1) or "").strip() or next((c for c in row[1:] if c), None) or default_unit
            continue
        name, unit = split_unit(label)
        if unit is None and unit_col is not None:
            unit = _cell(row, unit_col) or None
        unit = unit or default_unit
        values: list[YearValue] = []
        targets: list[TargetValue] = []
        comparisons: list[ComparisonEvidence] = []
        seen_years: set[int] = set()
        for j in range(1, len(header)):
            kind = kinds[j]
            if j == label_col or j in named_by.values():
                continue
            cv = parse_cell(_cell(row, j))
            if not cv.present:
                continue
            if cv.value is not None:
                quantities += 1
            if kind == "year":
                y = year_of_cell(header[j])
                if y is not None and y not in seen_years:
                    seen_years.add(y)
                    values.append(YearValue(y, cv.value, cv.text))
            elif kind == "target":
                years = years_inside(header[j])
                targets.append(TargetValue(header[j], cv.value, cv.text, years[0] if years else None))
            elif kind == "comparison":
                years = years_inside(header[j])
                # 对标值 | 对标对象: whom the figure is compared with is written in the row's own cell
                whom = _cell(row, named_by[j]) if j in named_by else ""
                named = parse_cell(whom).present
                label = whom if named else header[j]
                comparisons.append(
                    ComparisonEvidence(
                        kind=_comparison_kind_of(label),
                        label=label,
                        paragraph=pid,
                        source="table",
                        indicator=name,
                        value=cv.value,
                        text=cv.text,
                        year=years[0] if years else None,
                    )
                )
        if _is_ranking(name) and values:
            loose.append(ComparisonEvidence("ranking", name, pid, "table", indicator=name, text=values[-1].text))
        indicators.append(
            Indicator(
                name=name,
                unit=unit,
                values=tuple(sorted(values, key=lambda v: v.year)),
                comparisons=tuple(comparisons),
                targets=tuple(targets),
                paragraphs=(pid,),
                source="table",
                group=caption,
            )
        )
    return TableReading(tuple(indicators), tuple(loose), quantities)


_SERIAL = re.compile(r"^(?:序号|序|编号|No\.?|NO\.?|#)$")


def _label_column(rows: list[tuple[str, ...]], first_year: int | None) -> int:
    """The column naming the indicators: the first, unless it only numbers the rows (``序号`` with 1, 2,
    3 …) and a column before the years follows it."""
    if first_year is not None and first_year > 1:
        cells = [_cell(r, 0) for r in rows[1:]]
        if _SERIAL.match(_cell(rows[0], 0)) or (cells and all(c.isdigit() for c in cells if c)):
            return 1
    return 0


def _comparators(rows: list[tuple[str, ...]], kinds: list[ColumnKind]) -> dict[int, int]:
    """Comparison columns whose figures are named in a column of names after them (``对标值 | 对标单位``:
    行业平均, 咸宁棽澜玻璃 …): figure column → names column. A names column holds no figure at all."""
    out: dict[int, int] = {}
    for j, k in enumerate(kinds):
        if k != "comparison" or j + 1 >= len(kinds) or kinds[j + 1] != "comparison":
            continue
        names = [parse_cell(_cell(r, j + 1)) for r in rows[1:]]
        if any(c.present for c in names) and all(c.value is None for c in names):
            out[j] = j + 1
    return out


_GLUED = re.compile(r"^(.*[）)])\s*([-+]?\d[\d,]*(?:\.\d+)?%?)$")


def _unglue(row: tuple[str, ...], first_year: int | None) -> tuple[str, ...]:
    """Repair a row whose first figure was glued to its label by PDF extraction: a wrapped label
    cell ``品牌知名度（客户调研，%）61`` followed by an empty first year cell becomes the label and 61."""
    if first_year != 1 or len(row) < 3 or _cell(row, 1).strip():
        return row
    m = _GLUED.match(row[0].strip())
    if m is None or not any(c.strip() for c in row[2:]):
        return row
    return (m.group(1), m.group(2), *row[2:])


PAIRED_QUANTITY = 2
"""Characters a column's quantity (占有率, 满意度) must have for another party's column to pair with it."""


def _paired_columns(header: tuple[str, ...]) -> dict[int, int]:
    """Years as rows: columns that give another party's figures of a quantity another column gives
    as the organisation's own (``瓅淇医疗占有率（%）`` beside ``本公司配送市场占有率（%）``), each with
    that own column. The names share their quantity (a common ending of at least
    :data:`PAIRED_QUANTITY` characters, the unit aside); what precedes it names another party in the
    one (:func:`names_another_party`, or an average, benchmark … of ``patterns.yaml``) and nothing
    or the organisation itself (本公司, 我院) in the other. Unsure — no own column, or two — no pair."""
    names = {j: split_unit(clean_name(header[j]))[0] for j in range(1, len(header))}
    p = default_patterns()
    out: dict[int, int] = {}
    for j, name in names.items():
        own: list[int] = []
        for i, other in names.items():
            if i == j:
                continue
            k = 0
            while k < min(len(name), len(other)) and name[-1 - k] == other[-1 - k]:
                k += 1
            if k < PAIRED_QUANTITY:
                continue
            party, mine = name[:-k], other[:-k]
            if not party or not (names_another_party(party) or kind_of(party) is not None):
                continue
            if mine and not p.has(mine, "own-or-past"):
                continue
            own.append(i)
        if len(own) == 1:
            out[j] = own[0]
    return out


def _compared_columns(header: tuple[str, ...], paired: dict[int, int]) -> dict[int, int]:
    """Years as rows: columns named only by whom they give (``行业平均（%）``, ``标杆（%）``, ``瓗湝集团（%）``:
    a comparison word, or another organisation's name ending in an organisation word), each with the
    one other column of the same unit that is the organisation's own; none when that is not one column."""
    p = default_patterns()
    parts = {j: split_unit(clean_name(header[j])) for j in range(1, len(header)) if j not in paired}

    def whom(name: str) -> bool:
        if comparison_kind(name) is not None and not ends_like_an_indicator(name):
            return True
        org = any(h.end == len(name) for h in p.find(name, "organisation"))
        return org and names_another_party(name)

    others = {j for j, (name, _) in parts.items() if name and whom(name)}
    out: dict[int, int] = {}
    for j in others:
        unit = parts[j][1]
        mine = (i for i in parts if i not in others and i not in paired.values())
        own = [i for i in mine if unit and parts[i][1] == unit]
        if len(own) == 1:
            out[j] = own[0]
    return out


def _by_rows(pid: str, rows: list[tuple[str, ...]], caption: str | None) -> TableReading:
    """Years as rows: every column is an indicator; 目标/平均/标杆 rows are targets and comparisons,
    and so are columns of another party's figures beside the organisation's own (:func:`_paired_columns`,
    :func:`_compared_columns`)."""
    header = rows[0]
    paired = _paired_columns(header)
    paired |= _compared_columns(header, paired)
    default_unit = _default_unit(caption)
    quantities = 0
    loose: list[ComparisonEvidence] = []
    indicators: list[Indicator] = []
    unit_rows = [r for r in rows[1:] if r and (m := _UNIT_ROW.match(r[0])) is not None and not m.group(1)]
    rows = [r for r in rows if not any(r is u for u in unit_rows)]
    plain_years = {year_of_cell(r[0]) for r in rows[1:] if r}
    plain_years.discard(None)
    theirs: dict[int, list[ComparisonEvidence]] = {}
    for j, i in paired.items():
        label = clean_name(header[j])
        kind = comparison_kind(label) or "competitor"
        for row in rows[1:]:
            cv = parse_cell(_cell(row, j))
            y = year_of_cell(row[0]) if row else None
            if cv.present and y is not None:
                own_name = split_unit(clean_name(header[i]))[0]
                theirs.setdefault(i, []).append(
                    ComparisonEvidence(kind, label, pid, "table", own_name, cv.value, cv.text, y)
                )
    for j in range(1, len(header)):
        label = clean_name(header[j])
        if not label or _is_source(label) or j in paired:
            continue
        name, unit = split_unit(label)
        values: list[YearValue] = []
        targets: list[TargetValue] = []
        comparisons: list[ComparisonEvidence] = []
        seen: set[int] = set()
        comparisons.extend(theirs.get(j, ()))
        for row in rows[1:]:
            row_label = row[0] if row else ""
            cv = parse_cell(_cell(row, j))
            if not cv.present:
                continue
            if cv.value is not None:
                quantities += 1
            y = year_of_cell(row_label)
            kind = comparison_kind(row_label)
            if kind is None and y is None and names_other_organisation(row_label, plain_years):
                kind = "competitor"
            if kind is not None:
                years = years_inside(row_label)
                year = years[0] if years else None
                comparisons.append(ComparisonEvidence(kind, row_label, pid, "table", name, cv.value, cv.text, year))
            elif _is_target(row_label):
                years = years_inside(row_label)
                targets.append(TargetValue(row_label, cv.value, cv.text, years[0] if years else None))
            elif y is not None and y not in seen:
                seen.add(y)
                values.append(YearValue(y, cv.value, cv.text))
        if _is_ranking(name) and values:
            loose.append(ComparisonEvidence("ranking", name, pid, "table", indicator=name, text=values[-1].text))
        column_unit = next((_cell(u, j) for u in unit_rows if _cell(u, j)), None)
        indicators.append(
            Indicator(
                name=name,
                unit=unit or column_unit or default_unit,
                values=tuple(sorted(values, key=lambda v: v.year)),
                comparisons=tuple(comparisons),
                targets=tuple(targets),
                paragraphs=(pid,),
                source="table",
                group=caption,
            )
        )
    return TableReading(tuple(indicators), tuple(loose), quantities)


def _snapshot(pid: str, rows: list[tuple[str, ...]], kinds: list[ColumnKind], caption: str | None) -> TableReading:
    """No year column: one figure per cell, dated by the caption's year if it names one.

    With exactly one column of own figures (``指标 | 本公司 | 国内标杆产品 | 国际领先产品``) each row
    is an indicator and the comparison columns compare it; with several (``层级 | 可办事项 |
    按时办结率 | 好评率``) each cell is an indicator and comparison columns count for the item only.
    """
    header = rows[0]
    cap_years = years_inside(caption or "") or tuple(y for h in header for y in years_inside(h))
    year = cap_years[-1] if cap_years else None
    default_unit = _default_unit(caption)
    own = [j for j in range(1, len(header)) if kinds[j] in ("other", "year") and not _is_source(header[j])]
    comp_cols = [j for j in range(1, len(header)) if kinds[j] == "comparison"]
    quantities = 0
    indicators: list[Indicator] = []
    loose: list[ComparisonEvidence] = []
    for row in rows[1:]:
        label = clean_name(row[0]) if row else ""
        if not label:
            continue
        row_name, row_unit = split_unit(label)
        comps: list[ComparisonEvidence] = []
        for j in comp_cols:
            cv = parse_cell(_cell(row, j))
            if cv.present:
                quantities += cv.value is not None
                comps.append(
                    ComparisonEvidence(
                        comparison_kind(header[j]) or "peer", header[j], pid, "table", row_name, cv.value, cv.text, year
                    )
                )
        cells = [(j, parse_cell(_cell(row, j))) for j in own]
        cells = [(j, cv) for j, cv in cells if cv.value is not None]  # words in a snapshot are no data
        quantities += sum(1 for _, cv in cells if cv.value is not None)
        if len(own) == 1:
            if not cells:
                continue
            cv = cells[0][1]
            indicators.append(_single(row_name, row_unit or default_unit, cv.value, cv.text, year, pid, caption, comps))
        else:
            loose.extend(comps)
            for j, cv in cells:
                name, unit = split_unit(clean_name(header[j]))
                full = f"{row_name}·{name}" if name else row_name
                unit = unit or row_unit or default_unit
                indicators.append(_single(full, unit, cv.value, cv.text, year, pid, caption, []))
    return TableReading(tuple(indicators), tuple(loose), quantities)


def _single(
    name: str,
    unit: str | None,
    value: float | None,
    text: str,
    year: int | None,
    pid: str,
    caption: str | None,
    comparisons: list[ComparisonEvidence],
) -> Indicator:
    values = (YearValue(year, value, text),) if year is not None else ()
    undated = (value,) if year is None and value is not None else ()
    return Indicator(
        name=name,
        unit=unit,
        values=values,
        comparisons=tuple(comparisons),
        undated=undated,
        paragraphs=(pid,),
        source="table",
        group=caption,
    )
