"""秘书处筛查: screen many submissions at once — upload files (or pick a folder on the server when
``SARA_SCREEN_ROOT`` is set), choose the standard, watch the progress, read one row per file and a
submissions × clauses heatmap, download the Excel workbook.

Thin: :func:`analyzer.batch.runner.screen_folder` does the work; the results go into the shared store,
so every screened report is also a submission in the reviewers' workspace.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from analyzer.batch.secretariat import (
    COLUMNS,
    SECRETARIAT_FLOW,
    STATUS_ZH,
    UPLOAD_FORMATS_ZH,
    ScreenProgress,
    ScreenResult,
    chart_layout,
    display_rows,
    group_by_standard,
    load_all,
    load_flow,
    load_run,
    recent_runs,
    save_run,
    screen_folder,
    screening_xlsx,
    submissions_matrix,
    unique_names,
    worker_choice,
)
from analyzer.errors import SaraError
from app_pages import common

ROOT_ENV = "SARA_SCREEN_ROOT"
CJK_FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
VERDICT_STYLE = {
    "完整": "background-color: #C6EFCE; color: #006100",
    "需补充": "background-color: #FFEB9C; color: #9C5700",
    "无法读取": "background-color: #FFC7CE; color: #9C0006",
    "非自评报告": "background-color: #D9D9D9; color: #3F3F3F",
}
SCROLL_CSS = """<style>
[class*="st-key-screen_heatmap_"] { overflow-x: auto; }
[class*="st-key-screen_heatmap_"] [data-testid="stVegaLiteChart"] { width: max-content; }
</style>"""
STATUS_COLOURS = {"已覆盖": "#63be7b", "薄弱": "#ffd966", "缺失": "#f8696b", "—": "#eeeeee"}
TABLE_COLUMNS = (
    "文件",
    "结论",
    "原因",
    "评价标准",
    "识别置信度",
    "页数",
    "字数",
    "字数上限",
    "超出字数",
    "概述超出",
    "缺失条款",
    "薄弱条款数",
    "缺三年数据",
    "缺对比数据",
    "无量化数据",
    "提取提示",
    "预估得分",
    "来自缓存",
    "送审编号",
)


# --------------------------------------------------------------------------- where the files are


def _server_root() -> Path | None:
    value = os.environ.get(ROOT_ENV, "").strip()
    if not value:
        return None
    root = Path(value).expanduser()
    return root if root.is_dir() else None


def _server_folders(root: Path) -> list[str]:
    """The root and its subfolders (two levels, hidden ones left out), as paths relative to the root."""
    found = ["."]
    for first in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        found.append(first.name)
        found.extend(
            f"{first.name}/{second.name}"
            for second in sorted(first.iterdir())
            if second.is_dir() and not second.name.startswith(".")
        )
    return found


def _upload_folder(files: list[object]) -> Path:
    """This session's upload folder, holding exactly the files now chosen."""
    folder = st.session_state.get("screen_upload_dir")
    if folder is None or not Path(folder).is_dir():
        folder = tempfile.mkdtemp(prefix="sara-screen-")
        st.session_state["screen_upload_dir"] = folder
    target = Path(folder)
    for old in target.iterdir():
        # a statement, not a conditional expression: Streamlit's "magic" would write its None on the page
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    # Submissions are routinely all called 自评报告.docx: each upload gets its own name.
    names = unique_names(str(getattr(f, "name", "upload")) for f in files)
    for f, name in zip(files, names, strict=True):
        (target / name).write_bytes(f.getvalue())  # type: ignore[attr-defined]
    return target


# --------------------------------------------------------------------------- rendering


def _table(result: ScreenResult) -> pd.DataFrame:
    headers = [c.header for c in COLUMNS]
    # Display text (no "None", no 16.000000): the Excel download keeps the typed values.
    df = pd.DataFrame(list(display_rows(result)), columns=headers)
    return df[list(TABLE_COLUMNS)]


def _verdict_style(value: object) -> str:
    return VERDICT_STYLE.get(str(value), "")


def _heatmap(result: ScreenResult) -> list[tuple[str, alt.Chart]]:
    """One chart per standard: files (rows) × answerable clauses (columns), coloured by status."""
    analysed = [r for r in result.rows if r.record is not None]
    names = {id(r.record): r.file for r in analysed}
    titles = {r.standard: r.standard_title for r in analysed}
    charts = []
    for standard_id, records in group_by_standard([r.record for r in analysed if r.record is not None]).items():
        m = submissions_matrix(records, names=[names[id(rec)] for rec in records])
        df = pd.DataFrame(
            [
                {
                    "文件": name,
                    "条款": m.clause_labels[j],
                    "状态": STATUS_ZH.get(status, status) if status else "—",
                    "字数": m.chars[i][j],
                }
                for i, name in enumerate(m.names)
                for j, status in enumerate(m.status[i])
            ]
        )
        layout = chart_layout(m.names, m.clause_labels)
        df["列"] = df["条款"].map(dict(zip(m.clause_labels, layout.x_labels, strict=True)))
        chart = (
            alt.Chart(df)
            .mark_rect(stroke="#ffffff", strokeWidth=1)
            .encode(
                x=alt.X(
                    "列:N",
                    sort=list(layout.x_labels),
                    title="评定标准条款",
                    axis=alt.Axis(
                        labelAngle=layout.x_label_angle,
                        labelAlign="center" if layout.x_label_angle == 0 else "right",
                        labelLimit=layout.x_label_limit,
                        labelOverlap=False,
                        labelExpr="split(datum.label, '\\n')",
                    ),
                ),
                y=alt.Y(
                    "文件:N",
                    sort=list(m.names),
                    title="送审材料",
                    axis=alt.Axis(labelLimit=layout.y_label_limit, labelOverlap=False),
                ),
                color=alt.Color(
                    "状态:N",
                    scale=alt.Scale(domain=list(STATUS_COLOURS), range=list(STATUS_COLOURS.values())),
                    legend=alt.Legend(title="覆盖状态", orient="top"),
                ),
                tooltip=["文件:N", "条款:N", "状态:N", alt.Tooltip("字数:Q", format=",")],
            )
            .properties(width=alt.Step(layout.cell_width), height=alt.Step(layout.cell_height))
            .configure(font=CJK_FONT)
            .configure_axis(labelFont=CJK_FONT, titleFont=CJK_FONT, labelFontSize=11)
            .configure_legend(labelFont=CJK_FONT, titleFont=CJK_FONT)
        )
        charts.append((f"{titles.get(standard_id) or standard_id}（{standard_id}）", chart))
    return charts


def _results(result: ScreenResult, run_id: int | None = None) -> None:
    c = st.columns(6)
    c[0].metric("文件 / files", len(result.rows))
    c[1].metric("完整", result.count("完整"))
    c[2].metric("需补充", result.count("需补充"))
    c[3].metric("非自评报告", result.count("非自评报告"))
    c[4].metric("无法读取", result.count("无法读取"))
    c[5].metric("新分析 / 缓存", f"{result.analysed} / {result.cached}")
    st.caption(
        f"用时 {result.elapsed:.1f} 秒，{result.jobs} 个工作进程。结论：完整＝在字数限制内且没有错误级问题；"
        "需补充＝超出字数或有错误级问题（缺失条款、结果缺三年数据/对比/数据等）；"
        "非自评报告＝文档不是质量奖自评报告（如学位论文、招标文件、项目支出绩效自评报告），不作条款检查和评分；"
        "无法读取＝文件无法读取或分析。"
    )
    df = _table(result)
    st.dataframe(df.style.map(_verdict_style, subset=["结论"]), hide_index=True, width="stretch", key="screen_table")
    st.download_button(
        "下载 Excel（筛查结果、覆盖矩阵、问题清单）",
        icon=common.ICON["download"],
        data=screening_xlsx(result),
        file_name=f"sara-筛查{run_id}.xlsx" if run_id is not None else "sara-screening.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="screen_download",
    )
    charts = _heatmap(result)
    if charts:
        st.subheader("覆盖热力图 / submissions × clauses")
        st.html(SCROLL_CSS)
        for i, (title, chart) in enumerate(charts):
            st.markdown(f"**{title}**")
            with st.container(key=f"screen_heatmap_{i}"):  # many clauses: scrolls sideways
                st.altair_chart(chart, width="content")
    opened = {r.submission_id: r.file for r in result.rows if r.submission_id is not None}
    if opened:
        st.subheader("在评审工作台中打开 / open for review")
        left, right = st.columns([4, 1], vertical_alignment="bottom")
        sid = left.selectbox("送审报告", list(opened), format_func=lambda s: f"#{s} {opened[s]}", key="screen_open")
        if right.button("打开", key="screen_open_go"):
            common.open_submission(int(sid))
            st.switch_page(common.PAGES["overview"])


def render() -> None:
    st.title("秘书处筛查")
    common.show_flash()
    st.caption(
        "批量检查送审材料是否齐全：能否读取、字数、条款是否都有回答、结果是否有连续三年数据和对比。"
        "结果保存到评审数据库，已分析过的文件（内容相同）不会重复分析。"
    )
    root = _server_root()
    source = "upload"
    if root is not None:
        source = st.radio(
            "材料来源 / source",
            ["server", "upload"],
            format_func={"server": f"服务器文件夹（{root}）", "upload": "上传文件"}.get,
            horizontal=True,
            key="screen_source",
        )
    folder: Path | None = None
    if source == "server" and root is not None:
        sub = st.selectbox("文件夹 / folder", _server_folders(root), key="screen_folder")
        folder = (root / sub).resolve()
        if not folder.is_relative_to(root.resolve()):
            st.error("只能选择筛查根目录下的文件夹。 / Only folders under the screening root can be chosen.")
            folder = None
    else:
        files = st.file_uploader(
            f"送审材料（可多选；{UPLOAD_FORMATS_ZH}，其他格式会列为无法读取）",
            accept_multiple_files=True,
            key="screen_files",
        )
        if files:
            folder = _upload_folder(list(files))
    try:
        flow = load_flow(SECRETARIAT_FLOW)
    except SaraError as exc:
        common.show_error(exc)
        return
    standards = {s.id: s.title for s in load_all()}
    choices = ["auto", *standards]
    left, right = st.columns([3, 1])
    standard = left.selectbox(
        "评定标准 / standard",
        choices,
        index=choices.index(flow.standard) if flow.standard in choices else 0,
        format_func=lambda s: "自动识别 / auto" if s == "auto" else f"{standards[s]}（{s}）",
        key="screen_standard",
    )
    workers = worker_choice(flow.jobs)
    jobs = right.number_input("工作进程 / workers", 1, workers.most, workers.default, key="screen_jobs")
    st.caption(
        f"设置来自流程配置 {flow.name}（{flow.title_zh}）：匹配方式 {flow.backend}，单个文件不超过 {flow.max_mb:g} MB。"
    )
    if st.button("开始筛查 / screen", type="primary", disabled=folder is None, key="screen_run"):
        assert folder is not None
        bar = st.progress(0.0, text="准备中… / starting…")

        def show(p: ScreenProgress) -> None:
            current = p.running[0] if p.running else p.file
            eta = "" if p.eta is None else f" · 剩余约 {p.eta:.0f} 秒"
            bar.progress(p.done / max(p.total, 1), text=f"{p.done}/{p.total} · 当前：{current}{eta}")

        try:
            result = screen_folder(
                folder,
                standard,
                jobs=int(jobs),
                store=common.get_store(),
                options=flow.analyze_options(),
                ingest=flow.ingest_config(),
                progress=show,
            )
        except SaraError as exc:
            common.show_error(exc)
            return
        uploaded = "、".join(p.name for p in sorted(folder.iterdir()))
        label = folder.name if source == "server" else f"上传 / upload: {uploaded}"
        run_id = save_run(common.get_store(), result, label[:200], actor=common.current_reviewer() or "sara")
        st.query_params["screening"] = str(run_id)
        common.flash(f"筛查完成：{len(result.rows)} 个文件，新分析 {result.analysed}，缓存 {result.cached}。")
        st.rerun()  # the sidebar then lists the new submissions
    _saved_runs()


def _saved_runs() -> None:
    """The latest screenings from the database: they survive a reload and a new session."""
    store = common.get_store()
    runs = recent_runs(store)
    if not runs:
        return
    wanted = st.query_params.get("screening")
    ids = [r.id for r in runs]
    start = ids.index(int(wanted)) if wanted and wanted.isdigit() and int(wanted) in ids else 0
    names = {r.id: f"#{r.id} · {r.created_at[:16].replace('T', ' ')} · {r.label} · {r.files} 个文件" for r in runs}
    st.subheader("筛查结果 / screening results")
    chosen = st.selectbox(
        "最近的筛查 / recent screenings", ids, index=start, format_func=names.get, key="screen_run_pick"
    )
    if str(chosen) != wanted:
        st.query_params["screening"] = str(chosen)
    _results(load_run(store, int(chosen)), int(chosen))


render()
