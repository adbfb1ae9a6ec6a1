"""导出: the Excel scoresheet, the JSON (analysis plus decisions), the HTML and Markdown reports."""

from __future__ import annotations

import streamlit as st

from analyzer.errors import SaraError
from analyzer.review import workspace as ws
from app_pages import common

DESCRIPTION = {
    ".xlsx": "评分表：每个评分项的机器建议、各评审员的分数段与评语、共识与得分；汇总表含总分与奖项门槛。",
    ".json": "sara.analysis/1 分析结果，另附当前评分（decisions）和全部评分记录（decision_history）。",
    ".html": "给申报组织的报告：问题清单及其在报告中的位置，可在浏览器中打开或打印。",
    ".md": "同一报告的 Markdown 版本。",
}


def render() -> None:
    opened = common.begin("导出")
    if opened is None:
        return
    sid = opened.submission.id
    store = common.get_store()
    reviewer = common.current_reviewer()
    state = ws.review_state(store, sid, reviewer)
    if not state.sees_others:
        st.info(
            "独立评审模式：导出文件包含全体评审员的评分，请先选择评审员并提交自己的评审。 / "
            "Independent review: the exports show every reviewer's bands; submit your own review first.",
            icon=common.ICON["hidden"],
        )
        if reviewer is not None:
            common.submit_button(sid, reviewer, key=f"export_submit_{sid}")
        return
    counts = ws.review_counts(store, sid)
    # Built once per state of the review (new decisions change the fingerprint), kept in the session.
    fingerprint = ws.exports_fingerprint(store, sid, opened.analysis_id, counts.version)
    cached = st.session_state.get("sara_exports")
    if cached is None or cached[0] != fingerprint:
        try:
            with st.spinner("正在生成导出文件… / building the exports…"):
                files = ws.exports_for(store, sid, reviewer)
        except SaraError as exc:
            common.show_error(exc)
            return
        cached = (fingerprint, {f.name: f for f in files})
        st.session_state["sara_exports"] = cached
    files = cached[1]
    k, n = counts.progress
    st.caption(
        f"评审组 {len(state.panel)} 人 · 当前评分 {counts.decisions} 条 · 共识 {counts.consensus} 项"
        f"（相差超过一档的 {n} 项中已形成共识 {k} 项）"
    )
    st.info(common.DRAFT_NOTE + " 导出文件中机器建议与评审员、共识分列，来源清楚标明。", icon=common.MACHINE_ICON)
    for i, f in enumerate(files.values()):
        with st.container(border=True):
            c1, c2 = st.columns([3, 1], vertical_alignment="center")
            suffix = "." + f.name.rsplit(".", 1)[-1]
            c1.markdown(f"**{f.label}** · `{f.name}`")
            c1.caption(DESCRIPTION.get(suffix, ""))
            c2.download_button(
                "下载 / download", f.data, file_name=f.name, mime=f.mime, key=f"download_{i}", on_click="ignore"
            )


render()
