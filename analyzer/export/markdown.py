"""The Markdown report for applicants (``sara analyze --format md``): Chinese first, English after.

Built from a stored analysis (:class:`~analyzer.record.AnalysisRecord`). Sections: summary
(standard, detection, backend, 字数 against the limits, the machine's score estimate against the
thresholds, findings by severity); findings grouped by severity with their locations (paragraph
number, page); a coverage table per clause (status, 字数, paragraphs, guidance points addressed,
the machine's draft band); and, when decisions are given, the reviewers' bands and the consensus
per scoring unit, each marked with its provenance (机器建议 / 评审员 / 共识).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Decision
from ..record import AnalysisRecord, BandInfo, FindingInfo, LengthInfo
from ..wording import band_range, percent, points, points_range
from .common import (
    backend_text,
    consensus_score,
    consensus_total,
    current_decisions,
    file_name,
    finding_locations,
)
from .labels import CONVENTION_ZH, LENGTH_STATE_ZH, SEVERITY_ZH, STATUS_ZH

_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>&"})


def _md(text: str) -> str:
    """Report text, names and comments as literal Markdown: no raw HTML, no links, no emphasis.

    Backslash escapes (CommonMark) keep ``<script>``, ``[x](javascript:…)``, ``<javascript:…>`` and
    entities such as ``&lt;`` as the characters they are; only SARA's own markup stays live."""
    return text.translate(_MD_SPECIAL)


def _cell(text: str) -> str:
    return _md(text).replace("|", "｜").replace("\n", " ")


def _where(record: AnalysisRecord, f: FindingInfo) -> str:
    spots = [loc.label_zh for loc in finding_locations(record, f)[:3]]
    more = f"等{len(f.paragraphs)}段" if len(f.paragraphs) > 3 else ""
    return "、".join(spots) + more


def _band_cell(b: BandInfo | None) -> str:
    if b is None:
        return ""
    return band_range(b.low, b.high, b.label_zh)


def length_state(info: LengthInfo) -> str:
    """The limit state (``over``/``near``/``within``); records without it fall back on ``over``."""
    return info.state or ("over" if info.over else "within")


def content_mode(record: AnalysisRecord) -> bool:
    """True when paragraphs were mapped by content (no usable headings); older records without
    ``mapping.mode`` fall back on "no heading aligned to a clause"."""
    if record.mapping_mode:
        return record.mapping_mode == "content"
    return not any(s.clause for s in record.sections)


def record_to_markdown(record: AnalysisRecord, decisions: Sequence[Decision] = ()) -> str:
    std = record.standard
    lines: list[str] = [f"# SARA 自评报告检查结果 / Self-assessment check: {_cell(file_name(record))}", ""]
    lines.append(f"- 评价标准 / Standard: **{std.title}** (`{std.id}`, 总分 {std.total_points})")
    if record.detection is not None:
        d = record.detection
        lines.append(f"- 自动识别 / Detected: 置信度 {d.confidence:.0%}；" + _md("；".join(d.reasons_zh)))
    if record.not_a_report:
        lines.append(
            "- **非自评报告 / Not a self-assessment report**: 不给出建议分数段和预估得分 / "
            "no draft bands or score estimate"
        )
    lines.append(f"- 匹配方式 / Matching backend: {_md(backend_text(record.backend))}")
    if content_mode(record):
        lines.append(
            "- 报告未识别到可用标题，段落按内容和顺序对应条款 / No usable headings: mapped by content and order"
        )
    m = record.length
    if m.limit is not None and m.count is not None:
        conv = CONVENTION_ZH.get(m.convention, m.convention)
        state = LENGTH_STATE_ZH[length_state(m)]
        lines.append(f"- 篇幅 / Length: {conv} {m.count:,}，限额 {m.limit:,}（{state}）")
    pm = record.profile_length
    if pm is not None and pm.count is not None and pm.limit is not None:
        lines.append(
            f"- 组织概述篇幅 / Profile: {pm.count:,}，限额 {pm.limit:,}（{LENGTH_STATE_ZH[length_state(pm)]}）"
        )
    if record.estimate is not None:
        e = record.estimate
        lines.append(
            f"- 预估得分 / Score estimate (machine draft): {points_range(e.low, e.high)} / {e.total_points} "
            f"（{percent(e.percent_low)}%–{percent(e.percent_high)}%）"
        )
        for t in e.thresholds:
            lines.append(f"  - {t.message_zh} / {t.message_en}")  # SARA's own wording
    by = record.severity_counts()
    lines.append(f"- 发现 / Findings: 错误 {by['error']}，警告 {by['warning']}，提示 {by['info']}")
    for diag in record.diagnostics:
        lines.append(f"- 读取提示 / Extraction: {_md(diag.message_zh)} / {_md(diag.message_en)}")
    lines.append("")

    lines += ["## 问题清单 / Findings", ""]
    if not record.findings:
        lines += ["未发现问题。/ No findings.", ""]
    for sev in ("error", "warning", "info"):
        fs = [f for f in record.findings if f.severity == sev]
        if not fs:
            continue
        lines += [f"### {SEVERITY_ZH[sev]} / {sev} ({len(fs)})", ""]
        for f in fs:
            where = _where(record, f)
            loc = f"（位置：{where}）" if where else ""
            lines.append(f"- **[{f.check}]** {_md(f.message_zh)}{_md(loc)}")
            lines.append(f"  <br>{_md(f.message_en)}")
            for detail in f.details[:8]:
                lines.append(f"  - {_md(detail.message_zh)} / {_md(detail.message_en)}")
            if len(f.details) > 8:
                more = len(f.details) - 8
                lines.append(
                    f"  - 另有 {more} 条明细见 JSON / Excel 导出 / {more} more details in the JSON and Excel exports"
                )
        lines.append("")

    lines += ["## 条款覆盖 / Coverage by clause", ""]
    lines += [
        "| 条款 Clause | 分值 Points | 状态 Status | 字数 | 段落 Paragraphs | 要点 Guidance | 建议档 Draft band |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    for c in record.clauses:
        indent = "　" * (c.level - 1)
        pts = points(c.weight)
        lines.append(
            f"| {indent}{_cell(c.label)} | {pts} | {STATUS_ZH.get(c.status, c.status)} | {c.chars:,} | "
            f"{len(c.paragraphs)} | {c.guidance_tally} | {_band_cell(c.band)} |"
        )
    lines.append("")
    if decisions:
        lines += _decisions(record, decisions)
    lines.append(
        f"_SARA {record.sara_version} 生成的机器检查结果，供申报组织自查参考，不代表评审结论。"
        " Machine-generated draft for self-checking; not a review decision._"
    )
    return "\n".join(lines) + "\n"


def _decisions(record: AnalysisRecord, decisions: Sequence[Decision]) -> list[str]:
    table = current_decisions(decisions)
    lines = [
        "## 评审意见 / Review",
        "",
        "| 条款 Clause | 分值 | 机器建议 Machine | 评审员 Reviewers | 共识 Consensus | 得分 Score |",
        "|---|---:|---|---|---|---:|",
    ]
    for u in record.scoring_units:
        reviews = "<br>".join(
            _cell(f"{d.reviewer}：{d.band_id}%" + (f"（{d.comment}）" if d.comment else "")) for d in table.of(u.id)
        )
        c = table.consensus.get(u.id)
        agreed = _cell(f"{c.band_id}%：{c.rationale}") if c else ""
        score = points(consensus_score(u.points, c)) if c else ""
        machine = u.band.band_id + "%" if u.band and u.band.band_id else ""
        lines.append(f"| {_cell(u.label)} | {u.points or 0} | {machine} | {reviews} | {agreed} | {score} |")
    total = consensus_total(record, table)
    lines.append("")
    if total.complete:
        lines.append(f"共识总分 / Consensus total: **{points(total.total)}** / {record.standard.total_points}")
    else:
        lines.append(
            f"已形成共识 / Consensus so far: {total.decided}/{total.units} 个评分单元（{points(total.total)} 分）"
        )
    lines.append("")
    return lines
