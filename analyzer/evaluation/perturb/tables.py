"""Table variants: year-column tables transposed, rewritten as prose series or as list lines."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import zip_longest

from ...text.plain import drawn_table, html_table, opens_html_table, pipe_table, spaced_table
from .headings import _FULLWIDTH
from .labelled import Block, Context, LabelledDoc

# --------------------------------------------------------------------------- tables

_YEAR_CELL = re.compile(r"^(?:FY)?\s*((?:19|20)\d\d)\s*年?度?\s*(?:[（(][^）)]*[）)])?$")
_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]\s*$")
_TARGET = re.compile(r"目标|规划|预算|计划")
_EMPTY = {"", "—", "-", "－", "/", "——", "…"}


@dataclass(frozen=True, slots=True)
class Table:
    caption: str | None
    rows: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Table:
        """A table block: an HTML ``<table>``, tab-separated rows, rows drawn with characters, a
        Markdown pipe table or columns separated by spaces (the reader's :func:`~analyzer.text.plain.drawn_table`,
        :func:`~analyzer.text.plain.pipe_table`, :func:`~analyzer.text.plain.spaced_table`), under an
        optional caption line."""
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if lines and opens_html_table(lines[0]) and (html := html_table(lines)) is not None:
            return cls(*html)
        if any("\t" in ln for ln in lines):
            caption = lines[0].strip() if lines and "\t" not in lines[0] else None
            body = lines[1:] if caption is not None else lines
            return cls(caption, tuple(tuple(c.strip() for c in ln.split("\t")) for ln in body))
        for read in (drawn_table, pipe_table, spaced_table):
            rows = read(lines)
            if rows is not None:
                return cls(None, rows)
            rows = read(lines[1:])
            if rows is not None:
                return cls(lines[0].strip(), rows)
        caption = None
        if lines and "\t" not in lines[0]:
            caption, lines = lines[0].strip(), lines[1:]
        return cls(caption, tuple(tuple(c.strip() for c in ln.split("\t")) for ln in lines))

    def render(self) -> str:
        body = "\n".join("\t".join(r) for r in self.rows)
        return f"{self.caption}\n{body}" if self.caption else body

    def year_columns(self) -> bool:
        return bool(self.rows) and sum(bool(_YEAR_CELL.match(c)) for c in self.rows[0][1:]) >= 2

    def year_rows(self) -> bool:
        return len(self.rows) > 2 and sum(bool(_YEAR_CELL.match(r[0])) for r in self.rows[1:] if r) >= 2

    def transposed(self, corner: str | None = None) -> Table:
        cols = list(zip_longest(*self.rows, fillvalue=""))
        rows = [tuple(c) for c in cols]
        if corner is not None and rows:
            rows[0] = (corner, *rows[0][1:])
        return Table(self.caption, tuple(rows))


def _table_rows(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    out = []
    for b in doc.blocks:
        if b.kind == "table":
            t = Table.parse(b.text)
            if t.year_columns():
                b = replace(b, text=t.transposed(corner="年份").render())
        out.append(b)
    return tuple(out)


def _number(value: str) -> float | None:
    m = re.search(r"-?\d+(?:,\d{3})*(?:\.\d+)?", value.translate({0xFF10 + i: 48 + i for i in range(10)}))
    return float(m[0].replace(",", "")) if m else None


def _with_unit(value: str, unit: str) -> str:
    if not unit or unit in value or not re.search(r"\d$", value):
        return value
    return value + unit


def _series_sentence(name: str, header: Sequence[str], row: Sequence[str], rng: random.Random) -> str | None:
    unit = ""
    m = _UNIT.search(name)
    if m:
        unit, name = m[1], name[: m.start()].strip()
        if unit in {"个", "项", "次"} or len(unit) > 4:
            unit = unit if len(unit) <= 4 else ""
    years: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    for h, v in zip(header[1:], row[1:], strict=False):
        if v.strip() in _EMPTY:
            continue
        ym = _YEAR_CELL.match(h)
        if ym:
            years.append((ym[1], v))
        else:
            others.append((h, v))
    if not years:
        return None
    parts: list[str] = []
    prev: float | None = None
    for k, (y, v) in enumerate(years):
        cur = _number(v)
        vv = _with_unit(v, unit)
        if k == 0 or cur is None or prev is None:
            parts.append(f"{y}年为{vv}")
        elif cur > prev:
            verb = rng.choice(("达到", "提升至")) if k == len(years) - 1 else rng.choice(("提升至", "上升至", "增至"))
            parts.append(f"{y}年{verb}{vv}")
        elif cur < prev:
            parts.append(f"{y}年{rng.choice(('下降至', '降至'))}{vv}")
        else:
            parts.append(f"{y}年与上年持平，为{vv}")
        prev = cur if cur is not None else prev
    text = f"{name}{rng.choice(('', '方面，'))}" + "，".join(parts)
    for h, v in others:
        h_unitless = _UNIT.sub("", h).strip() or h
        if _TARGET.search(h):
            text += f"，{h_unitless}为{_with_unit(v, unit)}"
        else:
            text += f"，同期{h_unitless}为{_with_unit(v, unit)}"
    return text


def table_to_prose(table: Table, rng: random.Random) -> str | None:
    """A result table as one paragraph of prose series, or None when it has no year structure."""
    if table.year_rows() and not table.year_columns():
        table = table.transposed()
    if not table.year_columns():
        return None
    header = table.rows[0]
    sentences = [s for row in table.rows[1:] if row and (s := _series_sentence(row[0], header, row, rng))]
    if not sentences:
        return None
    lead = ""
    if table.caption:
        topic = re.sub(r"^[表图][\d０-９.．\-—－]+\s*", "", table.caption).strip()
        if topic:
            lead = f"{topic}：" if rng.random() < 0.5 else f"从{topic}看，"
    return lead + "；".join(sentences) + "。"


def _table_prose(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    results = {c.id for c in ctx.standard.clauses if c.kind == "result"}
    out = []
    for b in doc.blocks:
        if b.kind == "table" and b.clause in results:
            prose = table_to_prose(Table.parse(b.text), ctx.rng)
            if prose is not None:
                b = replace(b, kind="text", text=prose)
        out.append(b)
    return tuple(out)


_YEAR_FORMS = ("FY{y}", "{y}财年", "{y}年度", "{y}年", "{fy}年")
_MARKERS = ("", "· ", "- ", "• ", "● ")


def _split_name(label: str) -> tuple[str, str]:
    """A row label as (name, unit): ``客户满意度（%）`` → (客户满意度, %)."""
    m = _UNIT.search(label)
    return (label[: m.start()].strip(), m[1]) if m else (label.strip(), "")


def table_to_bullets(table: Table, rng: random.Random) -> list[str] | None:
    """A result table as list lines, one value per year per indicator, in one of three forms:

    - one line per year holding every indicator (``FY2021：客户满意度92.1%，客户流失率3.2%``), then one
      line per other column (``行业平均（2023年）：客户满意度90.0%``);
    - one line per indicator (``客户满意度（%）：2021年度92.1，2022年度94.0，2023年度95.6；行业平均为90.0``);
    - a lead line per indicator (``退货率（%）：``) and one bullet per year (``· 2021财年 0.82``) and per
      other column (``· 行业平均（2023年）：0.90``);
    - one line per indicator with arrows (``- 客户满意度：FY2021 92.1% → FY2022 94.0% → FY2023 95.6%``).

    Years are written FY2021, 2021财年, 2021年度, 2021年 or ２０２１年 (one form per table). None when the
    table has no year structure."""
    if table.year_rows() and not table.year_columns():
        table = table.transposed()
    if not table.year_columns():
        return None
    header = table.rows[0]
    rows = [r for r in table.rows[1:] if r and r[0].strip()]
    if not rows:
        return None
    form = rng.choice(_YEAR_FORMS)
    marker = rng.choice(_MARKERS)

    def year_text(cell: str) -> str:
        ym = _YEAR_CELL.match(cell)
        y = ym[1] if ym else cell
        return form.format(y=y, fy=y.translate(_FULLWIDTH))

    columns = list(enumerate(header))[1:]
    shape = rng.randrange(4)
    lines: list[str] = []
    if shape == 0:
        for k, h in columns:
            parts = []
            for r in rows:
                v = r[k].strip() if k < len(r) else ""
                if v in _EMPTY:
                    continue
                name, unit = _split_name(r[0])
                parts.append(f"{name}{_with_unit(v, unit)}")
            if not parts:
                continue
            label = year_text(h) if _YEAR_CELL.match(h) else h
            lines.append(f"{marker}{label}：" + "，".join(parts))
        return lines or None
    for r in rows:
        name, unit = _split_name(r[0])
        years = [(h, r[k].strip()) for k, h in columns if k < len(r) and r[k].strip() not in _EMPTY]
        dated = [(year_text(h), v) for h, v in years if _YEAR_CELL.match(h)]
        others = [(_UNIT.sub("", h).strip() or h, v) for h, v in years if not _YEAR_CELL.match(h)]
        if not dated:
            continue
        if shape == 3:  # - 客户满意度：FY2021 92.1% → FY2022 94.0% → FY2023 95.6%；行业平均（2023年）：90.0%
            line = f"{marker}{name}：" + " → ".join(f"{y} {_with_unit(v, unit)}" for y, v in dated)
            if others:
                line += "；" + "，".join(f"{h}：{_with_unit(v, unit)}" for h, v in others)
            lines.append(line)
        elif shape == 1:
            line = f"{r[0].strip()}：" + "，".join(f"{y}{'' if y.endswith(('年', '度')) else ' '}{v}" for y, v in dated)
            if others:
                line += "；" + "，".join(f"{h}为{v}" for h, v in others)
            lines.append(line + "。")
        else:
            lines.append(f"{name}（{unit}）：" if unit else f"{name}：")
            lines.extend(f"{marker or '· '}{y} {v}" for y, v in dated)
            lines.extend(f"{marker or '· '}{h}：{v}" for h, v in others)
    return lines or None


def _table_bullets(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    results = {c.id for c in ctx.standard.clauses if c.kind == "result"}
    out: list[Block] = []
    for b in doc.blocks:
        if b.kind == "table" and b.clause in results:
            lines = table_to_bullets(Table.parse(b.text), ctx.rng)
            if lines is not None:
                out.extend(
                    replace(b, kind="text", text=line, origin=b.origin if k == 0 else "")
                    for k, line in enumerate(lines)
                )
                continue
        out.append(b)
    return tuple(out)
