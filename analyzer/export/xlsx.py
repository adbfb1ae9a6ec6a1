"""The Excel scoresheet (openpyxl): per scoring unit, the machine's draft, each reviewer, consensus.

Sheets (Chinese headers):

- ``评分表`` — one row per scoring unit: 条款, 名称, 类型, 分值, 覆盖状态, 机器建议档,
  机器建议得分 (low–high points), one 档 + 评语 column pair per reviewer, 共识档, 共识理由,
  得分 (the consensus band's midpoint × points, else empty), 依据 (the machine's first reasons);
- ``汇总`` — standard, file, machine estimate (low–high), consensus total where every unit has a
  consensus, the award thresholds and their status;
- ``问题清单`` — every finding: severity, check, clause, message (zh), message (en).

Machine and human provenance stay apart: machine columns are labelled 机器建议 and never filled
from decisions, human columns never from the machine.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..pipeline import Analysis
from ..store import Decision
from .labels import KIND_ZH, SEVERITY_ZH, STATUS_ZH


def scoresheet(
    a: Analysis,
    decisions: Sequence[Decision] = (),
    *,
    source_name: str | None = None,
) -> bytes:
    """The workbook as bytes. ``decisions``: current reviewer decisions and consensus rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    std = a.standard
    reviews = [d for d in decisions if d.kind == "reviewer"]
    consensus = {d.clause: d for d in decisions if d.kind == "consensus"}
    reviewers = sorted({d.reviewer for d in reviews})
    by = {(d.clause, d.reviewer): d for d in reviews}
    suggestions = {s.clause: s for s in a.suggestions}
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    header = ["条款", "名称", "类型", "分值", "覆盖状态", "机器建议档(%)", "机器建议得分"]
    for r in reviewers:
        header += [f"{r} 档(%)", f"{r} 评语"]
    header += ["共识档(%)", "共识理由", "得分", "机器建议依据"]
    ws.append(header)
    consensus_total = 0.0
    all_consensus = True
    for unit in std.scoring_units:
        s = suggestions.get(unit.id)
        pts = unit.points or 0
        row: list[object] = [
            unit.number or unit.id,
            unit.title,
            KIND_ZH.get(unit.kind, unit.kind),
            pts,
            STATUS_ZH.get(a.coverage.of(unit.id).status, ""),
            s.band_id if s else "",
            f"{pts * s.low / 100:g}–{pts * s.high / 100:g}" if s else "",
        ]
        for r in reviewers:
            d = by.get((unit.id, r))
            row += [d.band_id if d else "", d.comment if d else ""]
        c = consensus.get(unit.id)
        score: float | str = ""
        if c is not None:
            score = round(pts * (c.low + c.high) / 200, 1)
            consensus_total += score
        else:
            all_consensus = False
        row += [c.band_id if c else "", (c.rationale or "") if c else "", score]
        row.append("；".join(s.reasons_zh[:3]) if s else "")
        ws.append(row)
    for cell in ws[1]:
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "C2"
    for i, title in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 40 if ("依据" in title or "评语" in title) else 14

    summary = wb.create_sheet("汇总")
    summary.append(["项目", "内容"])
    summary.append(["评价标准", f"{std.title}（{std.id}）"])
    summary.append(["报告文件", source_name or a.document.source])
    summary.append(["总分", std.total_points])
    if a.estimate is not None:
        e = a.estimate
        summary.append(["机器预估得分（草稿）", f"{e.low:g}–{e.high:g}"])
        summary.append(["机器预估得分率", f"{e.percent_low:g}%–{e.percent_high:g}%"])
        for t in e.thresholds:
            summary.append([f"门槛：{t.label_zh}（{t.percent:g}%）", t.message_zh])
    summary.append(
        ["共识得分", round(consensus_total, 1) if all_consensus and std.scoring_units else "（尚未全部形成共识）"]
    )
    summary.append(["评审员", "、".join(reviewers) or "（无）"])
    for cell in summary[1]:
        cell.font = bold
        cell.fill = head_fill
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 60

    issues = wb.create_sheet("问题清单")
    issues.append(["严重程度", "检查项", "条款", "说明", "Message"])
    for f in a.findings:
        issues.append([SEVERITY_ZH[f.severity], f.check, f.clause or "", f.message_zh, f.message_en])
    for cell in issues[1]:
        cell.font = bold
        cell.fill = head_fill
    issues.freeze_panes = "A2"
    issues.column_dimensions["D"].width = 80
    issues.column_dimensions["E"].width = 80

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
