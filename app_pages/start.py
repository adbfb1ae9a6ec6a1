"""开始: upload a report or open a bundled sample, choose the standard, analyse (progress per step);
earlier submissions to re-open."""

from __future__ import annotations

import streamlit as st

from analyzer.errors import SaraError
from analyzer.review import workspace as ws
from app_pages import common

BACKEND_ZH = {
    "auto": "自动（有本地语义模型时使用，否则词汇匹配）",
    "lexical": "词汇匹配（快，无需模型）",
    "embedding": "语义模型（需本地模型）",
}


def _analyse(source: str) -> None:
    store = common.get_store()
    standard: str = st.session_state.get("standard_pick") or "auto"
    backend: ws.Backend | None = st.session_state.get("backend_pick")
    reanalyse = bool(st.session_state.get("reanalyse"))
    if source == "upload":
        upload = st.session_state.get("upload")
        if upload is None:
            st.warning("请先选择要上传的文件。 / Choose a file to upload first.")
            return
        data, name = upload.getvalue(), upload.name
    else:
        samples = {s.name: s for s in ws.bundled_samples()}
        sample = samples.get(st.session_state.get("sample_pick") or "")
        if sample is None:
            st.warning("请选择一份示例报告。 / Choose a sample report.")
            return
        data, name = sample.path.read_bytes(), f"{sample.name}.md"
    done: list[str] = []
    failure: BaseException | None = None
    with st.status(f"正在分析 {name} … / analysing", expanded=True) as status:

        def progress(step: str, label: str) -> None:
            done.append(label)
            status.write(f":material/check: {label}")
            status.update(label=f"正在分析 {name}：{label} 完成")

        try:
            if standard != "auto":
                common.warm_scorer(standard, backend)
            result = ws.analyze_upload(
                store,
                data,
                name,
                standard,
                backend=backend,
                progress=progress,
                reanalyse=reanalyse,
                resources=common.resources(),
            )
        except Exception as exc:  # never a traceback on the page
            failure = exc
            status.update(label=f"未完成：{name} / not analysed", state="error", expanded=False)
        else:
            status.update(label=f"分析完成：{name}", state="complete", expanded=False)
    if failure is not None:
        # the reason in both languages at once, not folded away in the status box
        common.show_error(failure)
        return
    common.open_submission(result.submission.id)
    steps = " → ".join(done) if done else "（未重新分析）"
    common.flash(f"{result.message_zh}  步骤：{steps}", "info" if result.reused else "success")
    st.rerun()


def _backend_check() -> None:
    """What the chosen backend resolves to on this installation, with the reason when ``auto``
    falls back (shown here once, never as a warning on every analysis)."""
    chosen = st.session_state.get("backend_pick")
    standard = st.session_state.get("standard_pick") or "auto"
    if standard == "auto":
        standard = ws.standard_choices()[0].id
    try:
        status = ws.backend_status(standard, chosen, common.resources())
    except SaraError as exc:
        common.show_error(exc)
        return
    st.info(f"{status.text_zh}\n\n{status.fallback_en or status.detail}")


def render() -> None:
    st.title("SARA 自评报告分析")
    st.caption("上传自评报告或打开示例报告，选择评定标准（默认自动识别），然后开始分析。 / Upload or open a report.")
    common.show_flash()
    sid = common.current_sid()
    if sid is not None:
        st.page_link(common.PAGES["overview"], label="查看总览 →", icon=":material/dashboard:")
        st.page_link(common.PAGES["clause"], label="开始逐条评审 →", icon=":material/rate_review:")

    source = st.radio(
        "报告来源 / source",
        ["upload", "sample"],
        format_func=lambda v: "上传文件" if v == "upload" else "打开示例报告",
        horizontal=True,
        key="source_pick",
    )
    if source == "upload":
        st.file_uploader(
            f"自评报告（{ws.UPLOAD_FORMATS_ZH}，不超过 {ws.UPLOAD_MAX_MB:g} MB） / report file",
            type=list(ws.UPLOAD_TYPES),
            key="upload",
        )
    else:
        samples = ws.bundled_samples()
        titles = {s.name: s.title for s in samples}
        st.selectbox(
            "示例报告（虚构单位） / bundled sample",
            list(titles),
            format_func=lambda n: f"{titles[n]}（{n}）",
            key="sample_pick",
        )
    choices = ws.standard_choices()
    labels = {c.id: c.label for c in choices}
    st.selectbox(
        "评定标准 / standard",
        ["auto", *labels],
        format_func=lambda v: "自动识别（推荐）" if v == "auto" else labels[v],
        key="standard_pick",
    )
    with st.expander("高级设置 / advanced"):
        flow = ws.reviewer_flow()
        st.selectbox(
            "段落匹配方式 / backend",
            list(ws.BACKENDS),
            index=list(ws.BACKENDS).index(flow.backend),
            format_func=BACKEND_ZH.get,
            key="backend_pick",
        )
        st.caption(
            f"默认设置来自流程配置 {flow.name}（{flow.title_zh}）：匹配方式 {flow.backend}。"
            "每次分析实际使用的匹配方式见总览页底部和 JSON 的 backend 字段。"
        )
        if st.button("检测本机的匹配方式 / check the backend", key="backend_check"):
            _backend_check()
        st.checkbox("即使已分析过也重新分析 / analyse again", key="reanalyse")
    if st.button("开始分析 / analyse", type="primary", key="analyse"):
        _analyse(source)

    st.divider()
    st.subheader("已有的送审报告 / earlier submissions")
    subs = ws.list_submissions(common.get_store())
    if not subs:
        st.caption("还没有送审报告。")
        return
    st.dataframe(
        [
            {
                "编号": s.id,
                "文件": s.name,
                "评定标准": s.standard_title,
                "最近分析": (s.analysed_at or "")[:19].replace("T", " "),
                "评审组": "、".join(s.reviewers),
            }
            for s in subs
        ],
        hide_index=True,
    )
    by_id = {s.id: s for s in subs}
    pick = st.selectbox("打开送审报告", list(by_id), format_func=lambda i: by_id[i].label, key="open_pick")
    if st.button("打开 / open", key="open_submission"):
        common.open_submission(pick)
        common.flash(f"已打开 {by_id[pick].label}")
        st.rerun()


render()
