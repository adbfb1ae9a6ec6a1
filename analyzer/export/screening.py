"""The screening table (``sara screen``) as an Excel workbook or a CSV file.

Workbook (openpyxl, Chinese headers):

- ``筛查结果`` — one row per file (:data:`COLUMNS`): header row and file column frozen, autofilter,
  conditional formatting (结论 red 无法读取 and 非自评报告 / amber 需补充 / green 完整; 超出字数 and 概述超出 red
  when above 0; 缺失条款数 amber when above 0), column widths;
- ``覆盖矩阵`` — per standard (a title row, then a header row of clauses), one row per analysed
  file, one cell per answerable clause: 已覆盖 / 薄弱 / 缺失, coloured by conditional formatting
  (green / amber / red); several standards are stacked one block under the other;
- ``问题清单`` — every finding of every file (file, severity, check, clause, message zh/en), and one
  row per unreadable file (check ``unreadable``); 错误 red, 警告 amber.

The CSV has exactly the columns of ``筛查结果`` and starts with a UTF-8 byte-order mark, so Excel
opens the Chinese text correctly by double-click.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..batch.verdict import ScreenResult, ScreenRow
from ..wording import integer, ratio_percent
from .cells import csv_cell, workbook_bytes
from .labels import SEVERITY_ZH, STATUS_ZH

if TYPE_CHECKING:
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles.differential import DifferentialStyle
    from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | float | None

RED = "FFC7CE"
RED_TEXT = "9C0006"
AMBER = "FFEB9C"
AMBER_TEXT = "9C5700"
GREEN = "C6EFCE"
GREEN_TEXT = "006100"
HEAD = "DDEBF7"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    value: Callable[[ScreenRow], Cell]
    width: float = 12


def _ids(row: ScreenRow, ids: tuple[str, ...]) -> str:
    return "；".join(row.labels(ids))


def _range(low: float | None, high: float | None, suffix: str = "") -> str:
    if low is None or high is None:
        return ""
    return f"{low:g}–{high:g}{suffix}"


COLUMNS: tuple[Column, ...] = (
    Column("文件", lambda r: r.file, 36),
    Column("结论", lambda r: r.verdict, 10),
    Column("原因", lambda r: "；".join(r.reasons_zh), 60),
    Column("评价标准", lambda r: r.standard or "", 24),
    Column("识别置信度", lambda r: None if r.confidence is None else round(r.confidence, 3), 10),
    Column("格式", lambda r: r.format or "", 7),
    Column("页数", lambda r: r.pages, 7),
    Column("字数", lambda r: r.chars, 9),
    Column("字数上限", lambda r: r.chars_limit, 9),
    Column("超出字数", lambda r: r.chars_over if r.ok else None, 9),
    Column("概述字数", lambda r: r.profile_chars, 9),
    Column("概述上限", lambda r: r.profile_limit, 9),
    Column("概述超出", lambda r: r.profile_over if r.ok and r.profile_limit is not None else None, 9),
    Column("缺失条款数", lambda r: len(r.missing) if r.ok else None, 10),
    Column("缺失条款", lambda r: _ids(r, r.missing), 30),
    Column("薄弱条款数", lambda r: len(r.weak) if r.ok else None, 10),
    Column("薄弱条款", lambda r: _ids(r, r.weak), 30),
    Column("缺三年数据", lambda r: _ids(r, r.no_three_years), 24),
    Column("缺对比数据", lambda r: _ids(r, r.no_comparison), 24),
    Column("无量化数据", lambda r: _ids(r, r.no_data), 24),
    Column("提取提示", lambda r: "；".join(r.diagnostics_zh), 30),
    Column("预估得分", lambda r: _range(r.score_low, r.score_high), 12),
    Column("总分", lambda r: r.total_points, 7),
    Column("预估得分率", lambda r: _range(r.percent_low, r.percent_high, "%"), 12),
    Column("错误数", lambda r: r.errors if r.ok else None, 8),
    Column("警告数", lambda r: r.warnings if r.ok else None, 8),
    Column("来自缓存", lambda r: "是" if r.from_cache else "否", 8),
    Column("送审编号", lambda r: r.submission_id, 9),
    Column("错误信息", lambda r: r.error_zh or "", 40),
    Column("Error", lambda r: r.error_en or "", 40),
)
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)


def row_values(row: ScreenRow) -> list[Cell]:
    """The cells of ``row`` in :data:`COLUMNS` order."""
    return [c.value(row) for c in COLUMNS]


PERCENT_COLUMNS = frozenset({"识别置信度"})
"""Columns holding a 0–1 ratio, shown as a whole percentage on screen."""


def display_cell(header: str, value: Cell) -> str:
    """A cell as people read it on screen: empty for None (never ``None``), whole numbers without
    decimals (never ``16.000000``), ratios as percentages (``90%``, never ``0.903000``).

    The Excel and CSV files keep the typed values of :func:`row_values` (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return ratio_percent(float(value)) if header in PERCENT_COLUMNS else integer(value)
    return str(value)


def display_rows(result: ScreenResult) -> tuple[tuple[str, ...], ...]:
    """Every row of the ``筛查结果`` table as display text, in :data:`COLUMNS` order (see :func:`display_cell`)."""
    return tuple(
        tuple(display_cell(c.header, v) for c, v in zip(COLUMNS, row_values(r), strict=True)) for r in result.rows
    )


def screening_csv(result: ScreenResult) -> str:
    """One line per file, the columns of the ``筛查结果`` sheet; starts with a BOM for Excel."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in result.rows:
        writer.writerow([csv_cell(v) for v in row_values(row)])
    return "\ufeff" + buf.getvalue()


def screening_xlsx(result: ScreenResult) -> bytes:
    """The workbook as bytes: ``筛查结果``, ``覆盖矩阵``, ``问题清单``."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    _results_sheet(first, result)
    _matrix_sheet(wb.create_sheet("覆盖矩阵"), result)
    _findings_sheet(wb.create_sheet("问题清单"), result)
    return workbook_bytes(wb)


# --------------------------------------------------------------------------- sheets


def _style_header(ws: Worksheet, row: int = 1) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for cell in ws[row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _fills() -> tuple[DifferentialStyle, DifferentialStyle, DifferentialStyle]:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.styles.differential import DifferentialStyle

    def style(fill: str, text: str) -> DifferentialStyle:
        return DifferentialStyle(fill=PatternFill(bgColor=fill), font=Font(color=text))

    return style(RED, RED_TEXT), style(AMBER, AMBER_TEXT), style(GREEN, GREEN_TEXT)


def _rule(operator: str, formula: str, style: DifferentialStyle) -> Rule:
    from openpyxl.formatting.rule import Rule

    return Rule(type="cellIs", operator=operator, formula=[formula], dxf=style)


def _results_sheet(ws: Worksheet, result: ScreenResult) -> None:
    from openpyxl.utils import get_column_letter

    ws.title = "筛查结果"
    ws.append(list(HEADERS))
    for row in result.rows:
        ws.append(row_values(row))
    _style_header(ws)
    last = max(2, len(result.rows) + 1)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    for i, col in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    red, amber, green = _fills()

    def where(header: str) -> str:
        letter = get_column_letter(HEADERS.index(header) + 1)
        return f"{letter}2:{letter}{last}"

    confidence = HEADERS.index("识别置信度") + 1
    for r in range(2, len(result.rows) + 2):
        ws.cell(row=r, column=confidence).number_format = "0.0%"
    cf = ws.conditional_formatting
    cf.add(where("结论"), _rule("equal", '"无法读取"', red))
    cf.add(where("结论"), _rule("equal", '"非自评报告"', red))
    cf.add(where("结论"), _rule("equal", '"需补充"', amber))
    cf.add(where("结论"), _rule("equal", '"完整"', green))
    cf.add(where("超出字数"), _rule("greaterThan", "0", red))
    cf.add(where("概述超出"), _rule("greaterThan", "0", red))
    cf.add(where("缺失条款数"), _rule("greaterThan", "0", amber))


def _matrix_sheet(ws: Worksheet, result: ScreenResult) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from ..heatmap import group_by_standard, submissions_matrix

    analysed = [r for r in result.rows if r.record is not None]
    names = {id(r.record): r.file for r in analysed}
    titles = {r.standard: r.standard_title for r in analysed}
    groups = group_by_standard([r.record for r in analysed if r.record is not None])
    widest = 1
    line = 1
    for standard_id, records in groups.items():
        m = submissions_matrix(records, names=[names[id(rec)] for rec in records])
        ws.cell(row=line, column=1, value=f"评价标准：{titles.get(standard_id) or standard_id}（{standard_id}）")
        ws.cell(row=line, column=1).font = Font(bold=True, size=12)
        head = line + 1
        ws.cell(row=head, column=1, value="文件")
        for j, label in enumerate(m.clause_labels, start=2):
            ws.cell(row=head, column=j, value=label)
        _style_header(ws, head)
        for j in range(2, len(m.clauses) + 2):
            ws.cell(row=head, column=j).alignment = Alignment(wrap_text=True, vertical="bottom", text_rotation=90)
        for i, name in enumerate(m.names):
            r = head + 1 + i
            ws.cell(row=r, column=1, value=name)
            for j, status in enumerate(m.status[i], start=2):
                ws.cell(row=r, column=j, value=STATUS_ZH.get(status, status) if status else "—")
        if m.names and m.clauses:
            red, amber, green = _fills()
            cells = f"B{head + 1}:{get_column_letter(len(m.clauses) + 1)}{head + len(m.names)}"
            cf = ws.conditional_formatting
            cf.add(cells, _rule("equal", f'"{STATUS_ZH["missing"]}"', red))
            cf.add(cells, _rule("equal", f'"{STATUS_ZH["weak"]}"', amber))
            cf.add(cells, _rule("equal", f'"{STATUS_ZH["covered"]}"', green))
        widest = max(widest, len(m.clauses) + 1)
        line = head + len(m.names) + 2
    if not groups:
        ws.cell(row=1, column=1, value="（没有可读取的报告）")
    ws.column_dimensions["A"].width = 36
    for j in range(2, widest + 1):
        ws.column_dimensions[get_column_letter(j)].width = 6
    ws.freeze_panes = "B3" if len(groups) == 1 else "B1"


def _findings_sheet(ws: Worksheet, result: ScreenResult) -> None:
    from openpyxl.utils import get_column_letter

    headers = ["文件", "严重程度", "检查项", "条款", "说明", "Message"]
    ws.append(headers)
    for row in result.rows:
        if row.record is None:
            ws.append([row.file, SEVERITY_ZH["error"], "unreadable", "", row.error_zh or "", row.error_en or ""])
            continue
        for f in row.record.findings:
            clause = row.label(f.clause) if f.clause else ""
            if f.clause and clause == f.clause and row.record.has_clause(f.clause):
                clause = row.record.clause(f.clause).label
            ws.append([row.file, SEVERITY_ZH.get(f.severity, f.severity), f.check, clause, f.message_zh, f.message_en])
    _style_header(ws)
    ws.freeze_panes = "B2"
    last = max(2, ws.max_row)
    ws.auto_filter.ref = f"A1:F{last}"
    red, amber, _ = _fills()
    ws.conditional_formatting.add(f"B2:B{last}", _rule("equal", f'"{SEVERITY_ZH["error"]}"', red))
    ws.conditional_formatting.add(f"B2:B{last}", _rule("equal", f'"{SEVERITY_ZH["warning"]}"', amber))
    for i, width in enumerate((36, 9, 24, 24, 80, 80), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
