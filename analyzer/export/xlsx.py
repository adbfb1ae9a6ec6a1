"""The Excel scoresheet (openpyxl) of a stored analysis: the machine's draft, each reviewer, consensus.

Built from an :class:`~analyzer.record.AnalysisRecord`, so a report analysed earlier can be
exported without the file. Sheets (Chinese headers, frozen header row, wrapped text):

- ``评分表`` — one row per scoring unit: 条款, 名称, 类型, 分值, 覆盖状态, 机器建议档(%),
  机器建议得分 (low–high points), one ``档(%)`` + ``评语`` column pair per reviewer (every name in
  ``reviewers`` even before they decide, then anyone else who decided), 共识档(%), 共识理由,
  得分 (the consensus band's midpoint × points, else empty), 机器建议依据 (the machine's reasons);
- ``汇总`` — standard, file, total points, machine estimate (low–high, marked 草稿), each award
  threshold with the machine estimate's status and the consensus total's, the consensus total once
  every unit has a consensus, reviewers;
- ``问题清单`` — every finding: severity, check, clause, message (zh), message (en), location, details;
- ``决策记录`` — the decision history (``history``; the current ``decisions`` when none is given):
  time, 评审员/共识, who, clause, band, comment or rationale, the machine band shown at the time,
  whether the human band agrees with it.

Machine and human provenance stay apart: machine columns are labelled 机器建议 and never filled
from decisions, human columns never from the machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Decision
from ..record import AnalysisRecord
from ..wording import percent, points, points_range
from .cells import workbook_bytes
from .common import (
    clause_label,
    consensus_score,
    consensus_total,
    current_decisions,
    file_name,
    finding_locations,
    meets,
)
from .labels import AGREES_ZH, KIND_ZH, PROVENANCE_ZH, SEVERITY_ZH, STATUS_ZH, THRESHOLD_STATE_ZH

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEETS = ("评分表", "汇总", "问题清单", "决策记录")
WIDE = 48


def _style(ws: Worksheet, widths: Sequence[float], freeze: str = "A2") -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    ws.freeze_panes = freeze
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def scoresheet(
    record: AnalysisRecord,
    decisions: Sequence[Decision] = (),
    *,
    source_name: str | None = None,
    reviewers: Sequence[str] | None = None,
    history: Sequence[Decision] = (),
) -> bytes:
    """The workbook as bytes. ``decisions``: current reviewer decisions and consensus rows (the
    latest per reviewer and item wins if several are given); ``history``: every decision, in order."""
    from openpyxl import Workbook

    table = current_decisions(decisions, reviewers)
    bands = {u.id: u.band for u in record.scoring_units}

    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS[0]
    header = ["条款", "名称", "类型", "分值", "覆盖状态", "机器建议档(%)", "机器建议得分"]
    for r in table.reviewers:
        header += [f"{r} 档(%)", f"{r} 评语"]
    header += ["共识档(%)", "共识理由", "得分", "机器建议依据"]
    ws.append(header)
    for unit in record.scoring_units:
        b = bands[unit.id]
        pts = unit.points or 0
        row: list[object] = [
            unit.number or unit.id,
            unit.title,
            KIND_ZH.get(unit.kind, unit.kind),
            pts,
            STATUS_ZH.get(unit.status, unit.status),
            b.band_id if b else "",
            points_range(pts * b.low / 100, pts * b.high / 100) if b else "",
        ]
        for r in table.reviewers:
            d = table.reviewer.get((unit.id, r))
            row += [d.band_id if d else "", d.comment if d else ""]
        c = table.consensus.get(unit.id)
        row += [c.band_id if c else "", (c.rationale or "") if c else "", consensus_score(unit.points, c) if c else ""]
        row.append("；".join(b.reasons) if b else "")
        ws.append(row)
    widths = [9, 22, 9, 7, 9, 12, 12]
    widths += [12, WIDE] * len(table.reviewers)
    widths += [12, WIDE, 8, 60]
    _style(ws, widths, freeze="C2")

    total = consensus_total(record, table)
    summary = wb.create_sheet(SHEETS[1])
    summary.append(["项目", "内容", "共识得分对照"])
    summary.append(["评价标准", f"{record.standard.title}（{record.standard.id}）", ""])
    summary.append(["报告文件", source_name or file_name(record), ""])
    summary.append(["总分", record.standard.total_points, ""])
    summary.append(["评分单元数", len(record.scoring_units), ""])
    e = record.estimate
    if e is not None:
        summary.append(["机器预估得分（草稿）", points_range(e.low, e.high), ""])
        summary.append(["机器预估得分率（草稿）", f"{percent(e.percent_low)}%–{percent(e.percent_high)}%", ""])
    summary.append(
        [
            "共识得分",
            total.total if total.complete else "（尚未全部形成共识）",
            f"已形成共识 {total.decided}/{total.units} 个评分单元",
        ]
    )
    if e is not None:
        for t in e.thresholds:
            versus = ("已达到" if meets(total.total, t) else "未达到") if total.complete else ""
            state = THRESHOLD_STATE_ZH.get(t.status, t.status)
            summary.append(
                [
                    f"门槛：{t.label_zh}（{percent(t.percent)}%，{points(t.points)}分）",
                    f"机器预估{state}：{t.message_zh}",
                    versus,
                ]
            )
    summary.append(["评审员", "、".join(table.reviewers) or "（无）", ""])
    _style(summary, [30, 70, 28])

    issues = wb.create_sheet(SHEETS[2])
    issues.append(["严重程度", "检查项", "条款", "说明", "Message", "位置", "明细"])
    for f in record.findings:
        where = "；".join(
            "，".join(x for x in (loc.label_zh, loc.section) if x) for loc in finding_locations(record, f)[:5]
        )
        issues.append(
            [
                SEVERITY_ZH.get(f.severity, f.severity),
                f.check,
                clause_label(record, f.clause),
                f.message_zh,
                f.message_en,
                where,
                "\n".join(d.message_zh for d in f.details),  # what “（见明细）” points to
            ]
        )
    _style(issues, [9, 22, 20, 70, 70, 40, 60])

    log = wb.create_sheet(SHEETS[3])
    log.append(["时间", "类型", "评审员/决定人", "条款", "档(%)", "评语/共识理由", "当时机器建议档(%)", "与机器建议"])
    for d in sorted(history or decisions, key=lambda d: (d.created_at, d.id)):
        log.append(
            [
                d.created_at,
                PROVENANCE_ZH[d.kind],
                d.reviewer,
                clause_label(record, d.clause),
                d.band_id,
                (d.rationale or "") if d.kind == "consensus" else d.comment,
                d.machine_band_id or "",
                AGREES_ZH[d.agrees_with_machine],
            ]
        )
    _style(log, [22, 8, 14, 22, 10, WIDE, 16, 14])

    return workbook_bytes(wb)
