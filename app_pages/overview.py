"""总览: extraction diagnostics first, 字数 against the limits, detection, findings by severity,
the machine's draft score range against the award thresholds."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from analyzer import reading
from analyzer.review import workspace as ws
from analyzer.review.workspace import AnalysisRecord, LengthInfo
from analyzer.wording import percent, points, points_range
from app_pages import common

DIAGNOSTIC_BOX = {"error": st.error, "warning": st.warning, "info": st.info}


def _diagnostics(record: AnalysisRecord) -> None:
    st.subheader("① 读取诊断 / extraction")
    shown = False
    for d in record.diagnostics:
        box = DIAGNOSTIC_BOX.get(d.severity, st.info)
        count = f"（{d.count} 处）" if d.count else ""
        box(f"{d.message_zh}{count}\n\n{d.message_en}", icon=common.SEVERITY_ICON.get(d.severity, common.ICON["info"]))
        shown = True
    # The matching backend is a property of the installation, shown once in the start page's
    # settings and recorded in the JSON; it is not a warning about this report.
    if not shown:
        st.success("文件读取正常，没有诊断警告。 / The file was read without warnings.", icon=common.ICON["ok"])
    pages = f" · {record.source.pages} 页" if record.source.pages else ""
    matching = ws.backend_text(record.backend)
    st.caption(f"格式 {record.source.format or '—'}{pages} · 段落 {len(record.paragraphs)} · 匹配方式 {matching}")


def _length(column: DeltaGenerator, title: str, info: LengthInfo | None) -> None:
    with column:
        if info is None or info.count is None:
            st.metric(title, "—")
            st.caption("无数据")
            return
        if info.limit:
            over = info.count - info.limit
            # a remainder is not a rise: no arrow; only a count over the limit is red
            st.metric(
                title,
                f"{info.count:,} / {info.limit:,} 字",
                delta=f"超出 {over:,} 字" if over > 0 else f"余 {-over:,} 字",
                delta_color="red" if over > 0 else "gray",
                delta_arrow="up" if over > 0 else "off",
            )
            state = ws.length_state(info)
            common.limit_bar(info.count, info.limit, state)
            words = {
                "over": ":red[:material/error: 超出上限]",
                "near": ":orange[:material/warning: 接近上限]",
                "ok": ":green[:material/check_circle: 未超出]",
            }
            st.caption(f"{words[state]} · 按 Word 字数统计（{info.convention}）")
        else:
            st.metric(title, f"{info.count:,} 字")
            st.caption("该标准未规定字数上限")


def _findings(record: AnalysisRecord) -> None:
    st.subheader("④ 发现的问题 / findings")
    counts = record.severity_counts()
    cols = st.columns(3)
    for col, sev in zip(cols, ("error", "warning", "info"), strict=True):
        col.metric(ws.SEVERITY_ZH[sev], counts.get(sev, 0), icon=common.SEVERITY_ICON[sev])
    for sev in ("error", "warning", "info"):
        items = [f for f in record.findings if f.severity == sev]
        if not items:
            continue
        with st.expander(
            f"{ws.SEVERITY_ZH[sev]}（{len(items)}）", icon=common.SEVERITY_ICON[sev], expanded=sev == "error"
        ):
            for i, f in enumerate(items):
                where = record.clause(f.clause).label if f.clause and record.has_clause(f.clause) else "全文"
                left, right = st.columns([6, 1], vertical_alignment="center")
                left.markdown(f"**{where}** · `{f.check}`  \n{f.message_zh}")
                left.caption(f.message_en)
                if f.details:  # what “（见明细）” points to
                    left.markdown("\n".join(f"- {d.message_zh}" for d in f.details))
                target = reading.finding_target(record, f)
                if (
                    f.clause
                    and record.has_clause(f.clause)
                    and right.button(
                        "定位原文" if target else "打开条款",
                        key=f"finding_{sev}_{i}",
                        icon=common.ICON["locate"] if target else None,
                        help="打开该条款，并在报告全文中定位到相关段落" if target else "打开该条款",
                    )
                ):
                    common.go_to_clause(f.clause, target)


def _estimate(record: AnalysisRecord) -> None:
    st.subheader("⑤ 预估得分（机器草稿） / estimated score (machine draft)")
    e = record.estimate
    if e is None:
        st.caption("本次分析没有评分建议。")
        return
    st.info(common.DRAFT_NOTE, icon=common.MACHINE_ICON)
    c1, c2, c3 = st.columns(3)
    c1.metric(
        f"{common.MACHINE_ICON} 预估得分区间", f"{points_range(e.low, e.high)} 分", help=f"满分 {e.total_points} 分"
    )
    c2.metric(f"{common.MACHINE_ICON} 预估得分率", f"{percent(e.percent_low)}%–{percent(e.percent_high)}%")
    c3.metric(f"{common.MACHINE_ICON} 点估计", f"{points(e.point)} 分")
    if e.thresholds:
        st.dataframe(
            [
                {
                    "门槛": t.label_zh,
                    "要求": f"{percent(t.percent)}%（{points(t.points)} 分）",
                    "机器预估": common.THRESHOLD_MD.get(t.status, t.status),
                    "说明": t.message_zh,
                }
                for t in e.thresholds
            ],
            hide_index=True,
        )
    else:
        st.caption("该标准未规定奖项门槛分数。")


def render() -> None:
    opened = common.begin("总览")
    if opened is None:
        return
    record = opened.record
    _diagnostics(record)

    st.subheader("② 字数 / length")
    c1, c2 = st.columns(2)
    _length(c1, "自评报告字数", record.length)
    _length(c2, "组织概述（简介）字数", record.profile_length)

    st.subheader("③ 评定标准 / standard")
    d = record.detection
    if record.not_a_report:
        st.error(
            "文档不是质量奖自评报告，没有适用的评定标准：不作条款检查，不给出建议分数段和预估得分。"
            " / Not a self-assessment report: no standard fits.",
            icon=common.ICON["blocked"],
        )
    if d is None:
        st.caption(f"由用户指定：{record.standard.title}（{record.standard.id}）")
    elif not d.fits:
        st.caption(f"没有适用的标准（条款列表按最接近的 {d.closest or record.standard.id} 列出）")
        with st.expander("识别依据"):
            for reason in d.reasons_zh:
                st.markdown(f"- {reason}")
    else:
        c1, c2 = st.columns([3, 1])
        c1.markdown(f"自动识别为 **{record.standard.title}**（`{d.standard}`）")
        c2.metric("识别置信度", f"{d.confidence:.0%}")
        if ws.detection_uncertain(d.confidence):
            st.warning("识别置信度较低，请核对评定标准；可在“开始”页指定标准后重新分析。", icon=common.ICON["warning"])
        with st.expander("识别依据"):
            for reason in d.reasons_zh:
                st.markdown(f"- {reason}")

    _findings(record)
    _estimate(record)
    st.caption(
        f"分析编号 {opened.analysis_id} · {opened.analysed_at[:19].replace('T', ' ')} UTC · SARA {record.sara_version}"
    )


render()
