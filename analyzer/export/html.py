"""The HTML report for applicants (``sara analyze --format html``): one self-contained page.

Built from a stored analysis (:class:`~analyzer.record.AnalysisRecord`). UTF-8,
``<html lang="zh-CN">``, inline CSS, no scripts and no external assets (it opens offline and can be
mailed as one file); every piece of report text is HTML-escaped. Sections:

- 概要 — standard, file, 字数 against the report limit and the profile limit, the machine's
  estimated score range against the award thresholds, findings by severity; marked throughout as
  a machine draft (机器检查草稿);
- 问题清单 — findings grouped by severity, each with its location (clause number and title,
  section heading, page if known, paragraph number) and the evidence excerpt;
- 条款覆盖 — per clause: points, kind, status, 字数, paragraphs, guidance points addressed, the
  machine's draft band;
- 评审意见 (only when decisions are given) — per scoring unit the machine suggestion, each
  reviewer's band and comment and the consensus with its rationale, each labelled with its
  provenance (机器建议 / 评审员 / 共识), and the consensus total.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..model import Decision
from ..record import AnalysisRecord, BandInfo, FindingInfo, LengthInfo
from ..wording import band_range, percent, points, points_range
from .common import (
    backend_text,
    clause_label,
    consensus_score,
    consensus_total,
    current_decisions,
    file_name,
    finding_locations,
    when,
)
from .labels import (
    CONVENTION_ZH,
    KIND_ZH,
    LENGTH_STATE_ZH,
    MACHINE_DRAFT_EN,
    MACHINE_DRAFT_ZH,
    PROVENANCE_ZH,
    SEVERITY_ZH,
    STATUS_ZH,
    THRESHOLD_STATE_ZH,
)
from .markdown import length_state

MAX_LOCATIONS = 5

CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
margin:0;color:#1f2328;background:#f6f8fa;line-height:1.6}
main{max-width:1100px;margin:0 auto;padding:24px 32px;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:1.6em}
h3{margin-bottom:.3em}
.en{color:#57606a;font-size:.9em}
.draft{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;margin:12px 0}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92em}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eaeef2}td.num{text-align:right;white-space:nowrap}
.summary th{width:12em}
.finding{border-left:4px solid #8c959f;padding:6px 12px;margin:10px 0;background:#f6f8fa}
.sev-error{border-color:#cf222e}.sev-warning{border-color:#bf8700}.sev-info{border-color:#0969da}
.check{font-family:ui-monospace,monospace;font-size:.85em;color:#57606a}
.loc{margin:4px 0}.loc .where{font-weight:600}
blockquote{margin:2px 0 6px 0;padding:2px 10px;border-left:3px solid #d0d7de;color:#424a53;background:#fff}
.st-covered{background:#dafbe1}.st-weak{background:#fff8c5}.st-missing{background:#ffebe9}
.st-not-applicable{color:#8c959f}
.tag{display:inline-block;border-radius:4px;padding:0 6px;font-size:.82em;margin-right:4px}
.len-ok{background:#dafbe1}.len-near{background:#fff8c5}.len-over{background:#ffebe9}
.tag-machine{background:#eaeef2}.tag-reviewer{background:#ddf4ff}.tag-consensus{background:#dafbe1}
.th-reached{color:#1a7f37}.th-possible{color:#9a6700}.th-not-reached{color:#cf222e}
footer{margin-top:2em;color:#57606a;font-size:.85em}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


LENGTH_TAG = {"within": "len-ok", "near": "len-near", "over": "len-over"}
"""Colour of the length tag: green only well within the limit, amber near it, red over it."""


def _length(info: LengthInfo) -> str:
    conv = CONVENTION_ZH.get(info.convention, info.convention)
    state = length_state(info)
    return (
        f"{_e(conv)} {info.count:,} / 限额 {info.limit:,}"
        f'<span class="tag {LENGTH_TAG.get(state, "len-ok")}">{_e(LENGTH_STATE_ZH[state])}</span>'
    )


def _tag(provenance: str) -> str:
    return f'<span class="tag tag-{_e(provenance)}">{_e(PROVENANCE_ZH[provenance])}</span>'


def _band(b: BandInfo | None) -> str:
    if b is None:
        return ""
    return _e(band_range(b.low, b.high, b.label_zh))


def _summary(record: AnalysisRecord) -> list[str]:
    std = record.standard
    rows = [
        ("评价标准", f"{_e(std.title)}（<code>{_e(std.id)}</code>，总分 {std.total_points}）"),
        ("报告文件", _e(file_name(record)) + (f"（{record.source.pages} 页）" if record.source.pages else "")),
    ]
    if record.detection is not None:
        d = record.detection
        rows.append(("自动识别", f"置信度 {d.confidence:.0%}；" + _e("；".join(d.reasons_zh))))
    if record.not_a_report:
        rows.append(("非自评报告", "文档不是质量奖自评报告：不给出建议分数段和预估得分（见下方问题清单）"))
    rows.append(("匹配方式", _e(backend_text(record.backend))))
    m = record.length
    if m.count is not None and m.limit is not None:
        rows.append(("报告篇幅", _length(m)))
    elif m.count is not None:
        rows.append(("报告篇幅", f"字数 {m.count:,}"))
    pm = record.profile_length
    if pm is not None and pm.count is not None and pm.limit is not None:
        rows.append(("组织概述篇幅", _length(pm)))
    e = record.estimate
    if e is not None:
        est = (
            f"{_tag('machine')}{points_range(e.low, e.high)} 分 / 总分 {e.total_points}"
            f"（{percent(e.percent_low)}%–{percent(e.percent_high)}%），机器草稿，不代表评审结论"
        )
        if e.thresholds:
            items = "".join(
                f'<li class="th-{_e(t.status)}">{_e(THRESHOLD_STATE_ZH.get(t.status, t.status))}：'
                f"{_e(t.message_zh)}</li>"
                for t in e.thresholds
            )
            est += f"<ul>{items}</ul>"
        rows.append(("预估得分", est))
    by = record.severity_counts()
    rows.append(("发现", f"错误 {by['error']}，警告 {by['warning']}，提示 {by['info']}"))
    for diag in record.diagnostics:
        rows.append(("读取提示", f'{_e(diag.message_zh)}<br><span class="en">{_e(diag.message_en)}</span>'))
    body = "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return [
        '<section id="summary"><h2>概要 <span class="en">Summary</span></h2>',
        f'<table class="summary">{body}</table></section>',
    ]


def _finding(record: AnalysisRecord, f: FindingInfo) -> str:
    parts = [
        f'<article class="finding sev-{_e(f.severity)}" data-check="{_e(f.check)}" data-clause="{_e(f.clause or "")}">',
        f'<div><span class="check">[{_e(f.check)}]</span> {_e(f.message_zh)}</div>',
        f'<div class="en">{_e(f.message_en)}</div>',
    ]
    if f.clause is not None:
        parts.append(f'<div class="loc">条款：<span class="where">{_e(clause_label(record, f.clause))}</span></div>')
    locations = finding_locations(record, f)
    for loc in locations[:MAX_LOCATIONS]:
        where = [f"第{loc.index + 1}段"]
        if loc.page:
            where.append(f"第{loc.page}页")
        if loc.section:
            where.append(f"章节：{loc.section}")
        if loc.clause and loc.clause != clause_label(record, f.clause):
            where.append(f"已归入条款：{loc.clause}")
        parts.append(
            f'<div class="loc" data-paragraph="{_e(loc.paragraph)}"><span class="where">{_e(" · ".join(where))}</span>'
            f"<blockquote>{_e(loc.excerpt)}</blockquote></div>"
        )
    if len(locations) > MAX_LOCATIONS:
        parts.append(f'<div class="loc">…… 另有 {len(locations) - MAX_LOCATIONS} 段</div>')
    if f.details:
        items = "".join(f'<li>{_e(d.message_zh)} <span class="en">{_e(d.message_en)}</span></li>' for d in f.details)
        parts.append(f"<ul>{items}</ul>")
    parts.append("</article>")
    return "".join(parts)


def _findings(record: AnalysisRecord) -> list[str]:
    out = ['<section id="findings"><h2>问题清单 <span class="en">Findings</span></h2>']
    if not record.findings:
        out.append('<p>未发现问题。<span class="en">No findings.</span></p>')
    for sev in ("error", "warning", "info"):
        fs = [f for f in record.findings if f.severity == sev]
        if fs:
            out.append(f'<h3 id="sev-{sev}">{_e(SEVERITY_ZH[sev])} <span class="en">{sev}</span>（{len(fs)}）</h3>')
            out += [_finding(record, f) for f in fs]
    out.append("</section>")
    return out


def _coverage(record: AnalysisRecord) -> list[str]:
    head = "".join(f"<th>{h}</th>" for h in ("条款", "分值", "类型", "状态", "字数", "段落", "要点", "机器建议档"))
    rows = []
    for c in record.clauses:
        indent = "　" * (c.level - 1)
        pts = points(c.weight)
        rows.append(
            f'<tr data-clause="{_e(c.id)}"><td>{_e(indent + c.label)}</td><td class="num">{pts}</td>'
            f"<td>{_e(KIND_ZH.get(c.kind, c.kind))}</td>"
            f'<td class="st-{_e(c.status)}">{_e(STATUS_ZH.get(c.status, c.status))}</td>'
            f'<td class="num">{c.chars:,}</td><td class="num">{len(c.paragraphs)}</td>'
            f'<td class="num">{c.guidance_tally}</td><td>{_band(c.band)}</td></tr>'
        )
    return [
        '<section id="coverage"><h2>条款覆盖 <span class="en">Coverage by clause</span></h2>',
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>",
    ]


def _decisions(record: AnalysisRecord, decisions: Sequence[Decision]) -> list[str]:
    table = current_decisions(decisions)
    head = "".join(f"<th>{h}</th>" for h in ("条款", "分值", "机器建议", "评审员", "共识", "得分"))
    rows = []
    for u in record.scoring_units:
        machine = f"{_tag('machine')}{_e(u.band.band_id)}%" if u.band and u.band.band_id else ""
        reviews = "<br>".join(
            f"{_tag('reviewer')}{_e(d.reviewer)}：{_e(d.band_id)}%" + (f"（{_e(d.comment)}）" if d.comment else "")
            for d in table.of(u.id)
        )
        c = table.consensus.get(u.id)
        agreed = (
            f"{_tag('consensus')}{_e(c.band_id)}%：{_e(c.rationale or '')}"
            f'<br><span class="en">记录人：{_e(c.reviewer)}，{_e(when(c.created_at))} UTC</span>'
            if c
            else ""
        )
        score = points(consensus_score(u.points, c)) if c else ""
        rows.append(
            f'<tr data-clause="{_e(u.id)}"><td>{_e(u.label)}</td><td class="num">{u.points or 0}</td>'
            f'<td>{machine}</td><td>{reviews}</td><td>{agreed}</td><td class="num">{score}</td></tr>'
        )
    total = consensus_total(record, table)
    if total.complete:
        line = f"共识总分：<strong>{points(total.total)}</strong> / {record.standard.total_points}"
    else:
        line = f"已形成共识 {total.decided}/{total.units} 个评分单元（{points(total.total)} 分）"
    return [
        '<section id="decisions"><h2>评审意见 <span class="en">Review</span></h2>',
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
        f'<p id="consensus-total">{line}</p></section>',
    ]


def html_report(record: AnalysisRecord, decisions: Sequence[Decision] = ()) -> str:
    """The page as a string (write it as UTF-8)."""
    name = file_name(record)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>SARA 自评报告检查结果 – {_e(name)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f'<h1>SARA 自评报告检查结果：{_e(name)}</h1><div class="en">Self-assessment check</div>',
        f'<p class="draft">{_e(MACHINE_DRAFT_ZH)}。<span class="en">{_e(MACHINE_DRAFT_EN)}.</span></p>',
        *_summary(record),
        *_findings(record),
        *_coverage(record),
    ]
    if decisions:
        parts += _decisions(record, decisions)
    parts.append(
        f"<footer>SARA {_e(record.sara_version)} · {_e(record.standard.id)} {_e(record.standard.version)} · "
        f"{_e(MACHINE_DRAFT_ZH)}</footer></main></body></html>"
    )
    return "\n".join(parts) + "\n"
