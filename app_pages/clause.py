"""条款评审: one clause at a time — requirement and guidance, the report's paragraphs with the evidence
marked, findings, the machine's draft band (labelled as such), and the reviewer's band, comment and
confirmation."""

from __future__ import annotations

import json

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from analyzer import reading
from analyzer.errors import SaraError
from analyzer.review import workspace as ws
from analyzer.review.workspace import AnalysisRecord
from analyzer.wording import points_range
from app_pages import common

KIND_ZH = {"process": "过程", "result": "结果", "profile": "概述", "mixed": "过程+结果"}
PARAGRAPH_STYLE = (
    "border-left:3px solid #9ab; padding:0.3em 0.8em; margin:0.2em 0 0.8em 0; line-height:1.7; background:#fafbfc"
)
ADDRESSED_MD = ":green[:material/check_circle: **已涉及**]"
UNADDRESSED_MD = ":red[:material/cancel: **未涉及**]"
PANE_HEIGHT = 560  # px: the report pane scrolls inside itself, beside the clause
# inline, so the pane scrolls from its first paint (the stylesheet below may arrive later)
PANE_STYLE = f"position:relative;max-height:{PANE_HEIGHT}px;overflow-y:auto"
# The report pane (paragraph roles from analyzer.reading) and the scoring panel kept in view: the
# right column sticks below Streamlit's header and scrolls on its own when it is taller than the window.
CLAUSE_CSS = f"""<style>
#sara-pane {{ position: relative; max-height: {PANE_HEIGHT}px; overflow-y: auto; border: 1px solid #d5dae1;
  border-radius: 0.5rem; padding: 0.4rem 0.8rem; line-height: 1.75; background: #fff; }}
#sara-pane .sara-par {{ margin: 0.15rem 0 0.55rem 0; padding: 0.1rem 0.5rem; border-left: 3px solid transparent; }}
#sara-pane .sara-heading {{ font-weight: 600; margin-top: 0.8rem; }}
#sara-pane .sara-clause {{ background: #eef5ff; border-left-color: #7aa7e0; }}
#sara-pane .sara-target {{ background: #fff4d6; border-left-color: #e0a200; outline: 2px solid #e0a200;
  outline-offset: 1px; }}
#sara-pane .sara-no {{ color: #8a94a3; font-size: 0.75rem; margin-right: 0.4rem; user-select: none; }}
#sara-pane mark.sara-hit {{ background: #ffd54a; padding: 0 1px; }}
#sara-pane mark.sara-evidence {{ background: #c9f0d3; padding: 0 1px; }}
[data-testid="stColumn"]:has(.st-key-score_panel) {{ position: sticky; top: 3.75rem; align-self: flex-start;
  max-height: calc(100vh - 4.5rem); overflow-y: auto; }}
</style>"""


def _pick_clause(record: AnalysisRecord) -> str:
    choices = ws.clause_choices(record)
    by_id = {c.id: c for c in choices}
    ids = list(by_id)
    current = st.session_state.get("clause")
    if current not in by_id:
        units = [c.id for c in choices if c.unit == c.id]
        current = units[0] if units else ids[0]
        st.session_state["clause"] = current
    common._sync("clause_pick", current, list(ids))

    def copy() -> None:
        st.session_state["clause"] = st.session_state["clause_pick"]
        common.focus_paragraph(None)

    units = [c.id for c in choices if c.unit == c.id]
    pick, back, forward = st.columns([6, 1, 1], vertical_alignment="bottom")
    pick.selectbox(
        "条款（按标准顺序；● 已覆盖 ◐ 薄弱 ○ 缺失） / clause",
        ids,
        key="clause_pick",
        format_func=lambda i: common.choice_label(by_id[i]),
        on_change=copy,
    )
    unit = by_id[current].unit
    at = units.index(unit) if unit in units else -1
    previous_unit = units[at - 1] if at > 0 else None
    if at >= 0:
        next_unit = units[at + 1] if at + 1 < len(units) else None
    else:  # a heading above the scoring units: the first unit after it
        next_unit = next((i for i in ids[ids.index(current) :] if i in units), None)
    back.button(
        "← 上一项",
        key="clause_prev",
        disabled=previous_unit is None,
        on_click=_goto,
        args=(previous_unit,),
        help="上一个评分项",
        width="stretch",
    )
    forward.button(
        "下一项 →",
        key="clause_next",
        disabled=next_unit is None,
        on_click=_goto,
        args=(next_unit,),
        help="下一个评分项",
        width="stretch",
    )
    st.session_state["_next_unit"] = next_unit
    return str(current)


def _goto(clause_id: str | None) -> None:
    if clause_id:
        st.session_state["clause"] = clause_id
        common.focus_paragraph(None)
        common.scroll_to_top()


def _guidance(view: ws.ClauseView) -> None:
    if not view.guidance:
        return
    st.markdown("**要点指引 / guidance points**")
    for group in view.guidance:
        if len(view.guidance) > 1 or group.clause != view.clause.id:
            st.markdown(f"*{group.label}*")
        for row in group.rows:
            # addressed and not addressed differ in icon, colour and word (no emoji: see common.ICON)
            mark = ADDRESSED_MD if row.addressed else UNADDRESSED_MD
            title = f"{row.label} " if row.label and row.label not in row.text else ""
            st.markdown(f"{mark} {title}{row.text}")
            if row.addressed and row.sentence:
                st.caption(f"　找到：“{row.sentence}”")


def _paragraphs(view: ws.ClauseView) -> None:
    st.subheader(f"报告原文（{len(view.paragraphs)} 段） / the report's text")
    if not view.paragraphs:
        st.warning(
            "报告中没有归入本条款的段落。 / No paragraph of the report is credited to this clause.",
            icon=common.ICON["warning"],
        )
    for p in view.paragraphs:
        extra = f" · {common.MACHINE_ICON} 机器建议引用" if p.cited else ""
        uncertain = " · :material/help: 归属不确定" if p.uncertain else ""
        info, locate = st.columns([6, 1], vertical_alignment="center")
        info.caption(f"{p.where} · 归入 {p.clause_label}{extra}{uncertain}")
        _locate_button(locate, p.paragraph.id, f"para_{p.paragraph.id}")
        st.markdown(f"<div style='{PARAGRAPH_STYLE}'>{p.html}</div>", unsafe_allow_html=True)


def _locate_button(where: DeltaGenerator, paragraph: str, key: str) -> None:
    """“定位 / show”: scroll the report pane to ``paragraph`` and highlight it."""
    where.button(
        "定位",
        key=f"locate_{key}",
        icon=common.ICON["locate"],
        type="tertiary",
        on_click=common.focus_paragraph,
        args=(paragraph,),
        help="在报告全文中定位到该段落 / show it in the full report",
    )


def _report_pane(record: AnalysisRecord, view: ws.ClauseView, clause_id: str) -> None:
    """The whole report beside the clause, with search; see :mod:`analyzer.reading`."""
    st.subheader("报告全文 / the full report")

    def searched() -> None:  # a new search goes to its first hit
        st.session_state.pop("focus_paragraph", None)

    left, right = st.columns([3, 2], vertical_alignment="bottom")
    query = left.text_input(
        "在报告全文中搜索 / search the report",
        key="report_query",
        placeholder="例如：顾客满意度、标杆、2023",
        on_change=searched,
        icon=common.ICON["search"],
    )
    focus = st.session_state.get("focus_paragraph")
    evidence: dict[str, list[str]] = {}
    for group in view.guidance:
        for row in group.rows:
            if row.addressed and row.paragraph and row.sentence:
                evidence.setdefault(row.paragraph, []).append(row.sentence)
    pane = reading.reading_view(record, clause=clause_id, query=query or "", target=focus, evidence=evidence)
    if pane.query:
        hit_ids = pane.hit_paragraphs
        if hit_ids:
            by_id = {p.id: p for p in pane.paragraphs}
            picked = right.selectbox(
                f"找到 {len(pane.hits)} 处，在 {len(hit_ids)} 段 / hits",
                hit_ids,
                format_func=lambda i: f"第 {by_id[i].index + 1} 段 · {by_id[i].hits} 处 · {by_id[i].section}",
                key=f"report_hit_{pane.query}",
                on_change=common.focus_paragraph,
                args=(None,),
            )
            if focus is None and picked in by_id:
                pane = reading.reading_view(
                    record, clause=clause_id, query=pane.query, target=picked, evidence=evidence
                )
        else:
            right.caption(f"没有找到“{pane.query}” / no match")
    st.caption(
        "蓝底：归入本条款的段落；黄框：定位的段落；:orange-background[黄色]：搜索结果；:green-background[绿色]：要点指引的证据。"
    )
    rows = []
    for p in pane.paragraphs:
        role = f" sara-{p.role}" if p.role != "other" else ""
        if p.role == "target" and p.id in pane.clause_paragraphs:
            role += " sara-clause"
        kind = " sara-heading" if p.heading else ""
        number = f'<span class="sara-no">{p.index + 1}</span>'
        rows.append(f'<div class="sara-par{role}{kind}" id="{p.anchor}">{number}{p.html}</div>')
    target = reading.anchor(pane.target) if pane.target else ""
    nonce = st.session_state.get("focus_nonce", 0)
    jumped = st.session_state.get("_focus_shown") != nonce and focus is not None
    st.session_state["_focus_shown"] = nonce
    # Scroll the pane (not the page) to the target once it is laid out; after a jump, bring the
    # pane itself into view. Watches for ~12 s: on a (re)load the layout shifts after the script runs.
    script = f"""<script>/* {nonce} {target} */
(() => {{
  const target = {json.dumps(target)}, jumped = {"true" if jumped else "false"};
  // Keep watching for a few seconds: Streamlit may lay out or replace the pane after this runs
  // (a first load, a reload); a pane already scrolled for this target is left to the reader.
  const key = target + ":" + {json.dumps(str(nonce))} + ":" + {json.dumps(pane.query)};
  window.__saraPaneKey = key;  // an older script still watching stops: only the latest target counts
  let tries = 0;
  const go = () => {{
    if (window.__saraPaneKey !== key) return;
    const pane = document.getElementById("sara-pane");
    const el = target ? document.getElementById(target) : null;
    const ready = pane && pane.clientHeight > 0 && getComputedStyle(pane).overflowY === "auto";
    if (ready && (!target || el)) {{
      // re-align while the layout settles (fonts, widths), unless the reader has scrolled the pane
      const want = el ? Math.max(el.offsetTop - 24, 0) : 0;
      const mine = pane.dataset.scrolled === key;
      const untouched = !mine || Math.abs(pane.scrollTop - Number(pane.dataset.at)) < 2;
      if (el && untouched && Math.abs(pane.scrollTop - want) >= 2) pane.scrollTop = want;
      if (!mine) {{
        pane.dataset.scrolled = key;
        if (jumped) pane.scrollIntoView({{block: "start"}});
      }}
      pane.dataset.at = String(pane.scrollTop);
    }}
    if (++tries < 80) setTimeout(go, 150);
  }};
  go();
}})();
</script>"""
    st.html(
        f'<div id="sara-pane" style="{PANE_STYLE}" data-target="{target}" data-hits="{len(pane.hits)}">'
        f"{''.join(rows)}</div>{script}",
        unsafe_allow_javascript=True,
    )


def _findings(view: ws.ClauseView, record: AnalysisRecord) -> None:
    if not view.findings:
        return
    st.subheader(f"问题（{len(view.findings)}） / findings")
    for i, f in enumerate(view.findings):
        box = {"error": st.error, "warning": st.warning}.get(f.severity, st.info)
        where = record.clause(f.clause).label if f.clause and record.has_clause(f.clause) else ""
        box(
            f"**{ws.SEVERITY_ZH.get(f.severity, f.severity)} · {where}** `{f.check}`\n\n{f.message_zh}",
            icon=common.SEVERITY_ICON.get(f.severity, common.ICON["info"]),
        )
        for detail in f.details:
            st.caption(f"　· {detail.subject}：{detail.message_zh}")
        target = reading.finding_target(record, f)
        if target is not None:
            _locate_button(st, target, f"finding_{i}")


def _machine(view: ws.ClauseView, record: AnalysisRecord) -> None:
    unit, band = view.unit, view.machine
    if unit is None:
        return
    with st.container(border=True):
        st.markdown(f"#### {common.MACHINE_ICON} 机器建议（草稿，不是评审结论） · {unit.label}")
        if band is None:
            st.caption("本评分项没有机器建议。")
            return
        pts = unit.points or 0
        st.metric("建议分数段", common.band_text(record.standard.id, band.band_id), help="机器建议，须由评审员确认")
        st.caption(f"约合 {points_range(*ws.band_points(pts, band))} 分（本评分项共 {pts} 分）")
        if band.cap:
            st.warning(f"封顶规则：{band.cap}", icon=common.ICON["blocked"])
        st.markdown("**理由 / reasons**")
        for reason in band.reasons[:3]:
            st.markdown(f"- {reason}")
        if len(band.reasons) > 3:
            with st.expander(f"全部理由（{len(band.reasons)}）"):
                for reason in band.reasons[3:]:
                    st.markdown(f"- {reason}")
        if band.wording:
            with st.expander("对应的评分指南措辞 / band wording"):
                st.markdown("\n".join(f"> {line}  " for line in band.wording))
        if band.indicators:
            st.caption("依据的指标：" + "、".join(band.indicators))
        if view.machine_paragraphs:
            with st.expander(f"机器建议引用的其他段落（{len(view.machine_paragraphs)}）"):
                for p in view.machine_paragraphs:
                    info, locate = st.columns([5, 1], vertical_alignment="center")
                    info.caption(f"{p.where} · 归入 {p.clause_label}")
                    _locate_button(locate, p.paragraph.id, f"machine_{p.paragraph.id}")
                    st.markdown(f"<div style='{PARAGRAPH_STYLE}'>{p.html}</div>", unsafe_allow_html=True)


def _first_line(wording: str, limit: int = 48) -> str:
    line = wording.splitlines()[0].removeprefix("过程：") if wording else ""
    return line if len(line) <= limit else line[:limit] + "…"


def _review(sid: int, record: AnalysisRecord, view: ws.ClauseView) -> None:
    unit = view.unit
    if unit is None:
        if view.sub_units:
            st.info("本条款下设评分项：" + "、".join(u.label for u in view.sub_units) + "。请选择评分项评分。")
        return
    st.subheader(f"{common.REVIEWER_ICON} 我的评分 · {unit.label}")
    reviewer = common.need_reviewer()
    if reviewer is None:
        return
    store = common.get_store()
    options = ws.band_options(record.standard.id, unit.kind)
    by_id = {o.id: o for o in options}
    machine_id = view.machine.band_id if view.machine is not None else None
    current = ws.current_decision(store, sid, unit.id, reviewer)
    default = ws.default_band(options, current, machine_id)
    if current is not None:
        shown = common.band_text(record.standard.id, current.band_id)
        comment = f" — {current.comment}" if current.comment else ""
        st.success(f"你的当前评分（{ws.provenance(current)}）：{shown}{comment}", icon=common.REVIEWER_ICON)
    else:
        st.caption("你还没有给本评分项评分；默认选中的是机器建议，确认前请自行判断。")

    def label(band_id: str) -> str:
        tag = " · 机器建议" if band_id == machine_id else ""
        return f"{by_id[band_id].label}{tag}"

    key = f"{sid}_{unit.id}_{reviewer}"
    with st.form(f"review_{key}"):
        band = st.radio(
            "你的评分档 / your band",
            list(by_id),
            index=list(by_id).index(default),
            format_func=label,
            captions=[_first_line(o.wording) for o in options],
            key=f"band_{key}",
        )
        comment = st.text_area(
            "评语 / comment",
            value=current.comment if current else "",
            key=f"comment_{key}",
            placeholder="评分依据、优势与改进机会（所选分数段与机器建议不同时必填）",
        )
        b1, b2 = st.columns(2)
        confirmed = b1.form_submit_button("确认 / confirm", type="primary", width="stretch")
        next_unit = st.session_state.get("_next_unit")
        onward = b2.form_submit_button("确认并下一项 →", disabled=next_unit is None, width="stretch")
    with st.expander("各分数段的评分指南措辞 / band wording"):
        for o in options:
            st.markdown(f"**{o.label}**")
            st.markdown(o.wording.replace("\n", "  \n"))
    _definitions(record.standard.id, unit.kind)
    if (confirmed or onward) and band is not None:
        try:
            d = ws.record_decision(store, sid, unit.id, reviewer, band, comment or "")
        except SaraError as exc:
            common.show_error(exc)
        else:
            agree = "与机器建议一致" if d.agrees_with_machine else "与机器建议不同"
            common.flash(f"已保存：{reviewer} 给 {unit.label} 评 {by_id[d.band_id].label}（{agree}）。")
            if onward and next_unit:
                st.session_state["clause"] = next_unit
                common.focus_paragraph(None)
                common.scroll_to_top()  # the next item from its top, not where this one's form was
            st.rerun()

    state = ws.review_state(store, sid, reviewer)
    items = {i.clause.id: i for i in ws.item_reviews(store, sid)}
    item = items.get(unit.id)
    if state.sees_others:
        others = [d for d in (item.decisions if item else ()) if d.reviewer != reviewer]
        if others or (item and item.consensus):
            st.markdown("**评审组的评分 / the panel**")
            rows = [
                {
                    "来源": ws.provenance(d),
                    "分数段": common.band_text(record.standard.id, d.band_id),
                    "评语 / 理由": d.comment if d.kind == "reviewer" else (d.rationale or ""),
                    "时间": d.created_at[:19].replace("T", " "),
                }
                for d in [*others, *([item.consensus] if item and item.consensus else [])]
            ]
            st.dataframe(rows, hide_index=True)
    else:
        st.info(
            "独立评审模式：提交自己的评审之前，看不到其他评审员的评分。 / "
            "Independent review: the others' bands appear after you submit your review.",
            icon=common.ICON["hidden"],
        )
    if not state.viewer_submitted:
        unscored = ws.unscored_items(store, sid, reviewer)
        if unscored:
            names = "、".join(u.label for u in unscored[:8]) + ("等" if len(unscored) > 8 else "")
            st.caption(f"提交前请注意：还有 {len(unscored)} 个评分项未评分（{names}）。")
        common.submit_button(sid, reviewer, key=f"submit_{key}")

    history = ws.own_history(store, sid, unit.id, reviewer)
    if history:
        with st.expander(f"我的评分记录（{len(history)}）/ my history", expanded=False):
            st.dataframe(
                [
                    {
                        "时间": d.created_at[:19].replace("T", " "),
                        "分数段": common.band_text(record.standard.id, d.band_id),
                        "评语": d.comment,
                        "当时的机器建议": common.band_text(record.standard.id, d.machine_band_id),
                    }
                    for d in reversed(history)
                ],
                hide_index=True,
            )


def _definitions(standard_id: str, kind: str) -> None:
    """The standard's own scoring definitions beside the band choice (A-D-L-I / Le-T-C-I, terms,
    results rules, principles), from ``scoring_guide`` in the standard file."""
    guide = ws.scoring_guide_view(standard_id, kind)
    if guide is None:
        return
    with st.expander("评分因素与评分原则 / how the standard scores"):
        if guide.factors:
            st.markdown("**评分因素**  \n" + "  \n".join(guide.factor_lines))
        if guide.results_rules:
            st.markdown("**结果要求**  \n" + "  \n".join(guide.rule_lines))
        if guide.terms:
            st.markdown("**术语**  \n" + "  \n".join(f"{t.term}：{t.text}" for t in guide.terms))
        if guide.considerations:
            st.markdown("**评价时考虑**  \n" + "  \n".join(guide.considerations))
        if guide.principles:
            st.markdown(f"**评分原则**  \n{guide.principles}")
        st.caption(f"出处：{guide.source}")


def _progress(sid: int, record: AnalysisRecord) -> None:
    reviewer = common.current_reviewer()
    if reviewer is None:
        return
    progress = ws.review_progress(common.get_store(), sid, record, reviewer)
    common.limit_bar(progress.done, progress.total, "ok" if progress.total else "none")
    st.caption(f"{reviewer} 已评 {progress.done} / {progress.total} 个评分项")


def render() -> None:
    common.apply_scroll()
    opened = common.begin("条款评审")
    if opened is None:
        return
    st.html(CLAUSE_CSS)
    record = opened.record
    clause_id = _pick_clause(record)
    st.query_params["clause"] = clause_id  # a reload or a shared link opens the same clause
    view = ws.clause_view(record, clause_id)
    c = view.clause
    facts = [KIND_ZH.get(c.kind, c.kind)]
    if c.points is not None:
        facts.append(f"{c.points} 分")
    facts.append(f"{common.STATUS_MD.get(c.status, c.status)}（{c.chars:,} 字）")
    st.header(c.label)
    st.caption(" · ".join(facts))
    if view.unit is not None and view.unit.id != c.id:
        st.caption(f"本条款在评分项 **{view.unit.label}** 下评分。")

    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader("标准要求 / requirement")
        st.markdown(view.requirement or "（标准未列出本条款的文字要求）")
        if view.review_text:
            with st.expander("评审要点"):
                st.markdown(view.review_text)
        _guidance(view)
        _findings(view, record)
        _report_pane(record, view, clause_id)
        _paragraphs(view)
    with right, st.container(key="score_panel"):  # kept in view on long clauses (CLAUSE_CSS)
        _progress(opened.submission.id, record)
        _review(opened.submission.id, record, view)
        _machine(view, record)


render()
