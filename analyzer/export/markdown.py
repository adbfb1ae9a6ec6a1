"""The Markdown report for applicants (``sara analyze --format md``): Chinese first, English after.

Sections: summary (standard, detection, backend, 字数 against the limits, findings by severity);
findings grouped by severity with their locations (clause, paragraph number, page); a coverage
table per clause (status, 字数, paragraphs, guidance points addressed); and the clauses' mapped
paragraphs are referred to by number so the applicant can find them in the report.
"""

from __future__ import annotations

from collections import Counter

from ..checks.base import CheckContext
from ..checks.length_limit import report_measure
from ..checks.profile_length_limit import profile_measure
from ..model import Finding
from ..pipeline import Analysis
from ..scoring import BandSuggestion
from .labels import LENGTH_STATE_ZH, SEVERITY_ZH, STATUS_ZH

_CONVENTION_ZH = {
    "word_count": "字数",
    "chars_no_spaces": "字符数（不计空格）",
    "chars_with_spaces": "字符数（计空格）",
}


def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def _where(a: Analysis, f: Finding) -> str:
    paras = {p.id: p for p in a.document.paragraphs}
    spots = []
    for pid in f.paragraphs[:3]:
        p = paras[pid]
        spots.append(f"第{p.index + 1}段" + (f"（第{p.page}页）" if p.page else ""))
    more = f"等{len(f.paragraphs)}段" if len(f.paragraphs) > 3 else ""
    return "、".join(spots) + more


def _band_cell(s: BandSuggestion | None) -> str:
    if s is None:
        return ""
    return f"{s.low}–{s.high}%" + (f" {s.label_zh}" if s.label_zh else "")


def analysis_to_markdown(a: Analysis) -> str:
    doc, std = a.document, a.standard
    ctx = CheckContext(doc, std, a.mapping, a.coverage, a.config)
    lines: list[str] = [f"# SARA 自评报告检查结果 / Self-assessment check: {_cell(doc.source.split('/')[-1])}", ""]
    lines.append(f"- 评价标准 / Standard: **{std.title}** (`{std.id}`, 总分 {std.total_points})")
    if a.detection is not None:
        lines.append(
            f"- 自动识别 / Detected: 置信度 {a.detection.confidence:.0%}；" + "；".join(a.detection.reasons_zh)
        )
    info = a.mapping.scorer
    backend = f"{info.name}" + (f"（{info.model}）" if info.model else "")
    lines.append(f"- 匹配方式 / Matching backend: {backend}")
    if info.fallback is not None:
        lines.append(f"  - {info.fallback.reason_zh} / {info.fallback.reason_en}")
    if a.mapping.mode == "content":
        lines.append(
            "- 报告未识别到可用标题，段落按内容和顺序对应条款 / No usable headings: mapped by content and order"
        )
    if std.report_limit is not None:
        m = report_measure(doc, std.report_limit, a.config)
        state = LENGTH_STATE_ZH[m.state]
        lines.append(f"- 篇幅 / Length: {_CONVENTION_ZH[m.convention]} {m.count:,}，限额 {m.limit.max:,}（{state}）")
    pm = profile_measure(ctx)
    if pm is not None:
        state = LENGTH_STATE_ZH[pm.state]
        lines.append(f"- 组织概述篇幅 / Profile: {pm.count:,}，限额 {pm.limit.max:,}（{state}）")
    if a.estimate is not None:
        e = a.estimate
        lines.append(
            f"- 预估得分 / Score estimate (machine draft): {e.low:g}–{e.high:g} / {e.total_points} "
            f"（{e.percent_low:g}%–{e.percent_high:g}%）"
        )
        for t in e.thresholds:
            lines.append(f"  - {t.message_zh} / {t.message_en}")
    by = Counter(f.severity for f in a.findings)
    lines.append(f"- 发现 / Findings: 错误 {by['error']}，警告 {by['warning']}，提示 {by['info']}")
    for d in doc.diagnostics:
        lines.append(f"- 读取提示 / Extraction: {d.message_zh} / {d.message_en}")
    lines.append("")

    lines += ["## 问题清单 / Findings", ""]
    if not a.findings:
        lines += ["未发现问题。/ No findings.", ""]
    for sev in ("error", "warning", "info"):
        fs = [f for f in a.findings if f.severity == sev]
        if not fs:
            continue
        lines += [f"### {SEVERITY_ZH[sev]} / {sev} ({len(fs)})", ""]
        for f in fs:
            where = _where(a, f)
            loc = f"（位置：{where}）" if where else ""
            lines.append(f"- **[{f.check}]** {f.message_zh}{loc}")
            lines.append(f"  <br>{f.message_en}")
            for d in f.details[:8]:
                lines.append(f"  - {d.message_zh} / {d.message_en}")
        lines.append("")

    lines += ["## 条款覆盖 / Coverage by clause", ""]
    lines += [
        "| 条款 Clause | 分值 Points | 状态 Status | 字数 | 段落 Paragraphs | 要点 Guidance | 建议档 Draft band |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    bands = {s.clause: s for s in a.suggestions}
    for c in std.clauses:
        cov = a.coverage.of(c.id)
        indent = "　" * (c.level - 1)
        pts = "" if cov.weight is None else f"{cov.weight:g}"
        guidance = f"{cov.points_addressed}/{len(cov.points)}" if cov.points else ""
        lines.append(
            f"| {indent}{_cell(c.label)} | {pts} | {STATUS_ZH[cov.status]} | {cov.chars:,} | "
            f"{len(cov.paragraphs)} | {guidance} | {_band_cell(bands.get(c.id))} |"
        )
    lines.append("")
    lines.append(
        f"_SARA {a.sara_version} 生成的机器检查结果，供申报组织自查参考，不代表评审结论。"
        " Machine-generated draft for self-checking; not a review decision._"
    )
    return "\n".join(lines) + "\n"
