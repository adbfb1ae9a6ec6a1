"""What every page shares: the store, the current submission and reviewer, cached records, the sidebar.

State lives in ``st.session_state`` under plain keys (``sid``, ``reviewer``, ``clause``) and is
mirrored in the query string (``?sid=3&reviewer=张三``) so a reload keeps it. Widgets use their own
``*_pick`` keys and copy into the plain keys in their callbacks, so a page can change the current
clause or submission (e.g. the heatmap) before switching pages.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import streamlit as st

from analyzer.errors import SaraError
from analyzer.review import workspace as ws
from analyzer.review.workspace import AnalysisRecord

PAGES = {
    "start": "app_pages/start.py",
    "overview": "app_pages/overview.py",
    "heatmap": "app_pages/heatmap.py",
    "clause": "app_pages/clause.py",
    "consensus": "app_pages/consensus.py",
    "export": "app_pages/export.py",
}
# Material icons ship with Streamlit, so they draw the same everywhere (an emoji such as 🤖 needs a
# colour-emoji font and shrinks to a speck without one).
MACHINE_ICON = ":material/smart_toy:"
REVIEWER_ICON = ":material/person:"
CONSENSUS_ICON = ":material/handshake:"
BADGE = {
    "machine": f":blue-badge[{MACHINE_ICON} 机器]",
    "reviewer": f":green-badge[{REVIEWER_ICON} 评审员]",
    "consensus": f":orange-badge[{CONSENSUS_ICON} 共识]",
}
MACHINE_BADGE = BADGE["machine"]
# Status marks without emoji (an emoji renders as an empty box with only Noto CJK installed):
# Material icons where Streamlit renders Markdown, geometric shapes Noto CJK has where it does not
# (select boxes, chart tooltips).
ICON = {
    "warning": ":material/warning:",
    "error": ":material/error:",
    "info": ":material/info:",
    "ok": ":material/check_circle:",
    "start": ":material/home:",
    "file": ":material/description:",
    "send": ":material/send:",
    "hidden": ":material/visibility_off:",
    "blocked": ":material/block:",
    "download": ":material/download:",
    "locate": ":material/my_location:",
    "search": ":material/search:",
}
STATUS_SHAPE = {"covered": "●", "weak": "◐", "missing": "○", "not-applicable": "－"}
STATUS_MD = {
    "covered": ":green[:material/check_circle: 已覆盖]",
    "weak": ":orange[:material/contrast: 薄弱]",
    "missing": ":red[:material/radio_button_unchecked: 缺失]",
    "not-applicable": ":gray[:material/remove: 不适用]",
}
SEVERITY_MD = {
    "error": ":red[:material/error: 错误]",
    "warning": ":orange[:material/warning: 警告]",
    "info": ":blue[:material/info: 提示]",
}
SEVERITY_ICON = {"error": ICON["error"], "warning": ICON["warning"], "info": ICON["info"]}
THRESHOLD_MD = {
    "reached": "✓ 达到",
    "possible": "？ 不确定（区间跨越门槛）",
    "not-reached": "× 未达到",
}


def status_text(status: str) -> str:
    """``● 已覆盖`` style, for plain-text places (select boxes, tooltips)."""
    return f"{STATUS_SHAPE.get(status, '－')} {ws.STATUS_ZH.get(status, status)}"


def choice_label(choice: ws.ClauseChoice) -> str:
    """A clause in a select box: indented by level, its status as a shape Noto CJK draws."""
    return f"{'　' * (choice.level - 1)}{STATUS_SHAPE.get(choice.status, '－')} {choice.label}"


DRAFT_NOTE = "机器草稿：以下内容由 SARA 自动生成，仅供评审参考，须由评审员确认或修改。"

# Streamlit serves its index.html with <html lang="en">, so Chromium would draw Chinese with the
# Japanese CJK face; :data:`SET_LANG` corrects the attribute once the page runs, and the CSS names
# the Simplified Chinese faces first for Chinese text (Latin text keeps Streamlit's Source Sans).
# .streamlit/config.toml sets the same list as theme.font; this also covers a wheel install.
CJK_FONTS = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"'
UPLOAD_BUTTON = "选择文件 / Browse"
UPLOAD_HINT = f"或拖放到此处，每个文件不超过 {ws.UPLOAD_MAX_MB:g} MB / or drop here, {ws.UPLOAD_MAX_MB:g} MB per file"
STYLE = f"""<style>
html, body, .stApp, .stMarkdown, .stCaption, button, input, textarea, label,
[data-testid="stSidebar"], [data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3,
[data-testid="stMain"] h4, [data-testid="stMetricValue"], [data-baseweb="select"] {{
  font-family: "Source Sans", {CJK_FONTS}, sans-serif;
}}
/* The file uploader's own words are English and cannot be configured: draw ours over them. */
[data-testid="stFileUploaderDropzone"] button[kind="secondary"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button[kind="secondary"] p::after {{
  content: "{UPLOAD_BUTTON}"; font-size: 0.875rem;
}}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "{UPLOAD_HINT}"; font-size: 0.8rem;
}}
/* A coloured bar for counts against a limit (see :func:`limit_bar`). */
.sara-bar {{ height: 0.5rem; border-radius: 0.25rem; background: #e6e9ef; overflow: hidden; margin: 0.2rem 0; }}
.sara-bar > div {{ height: 100%; border-radius: 0.25rem; }}
</style>"""
SET_LANG = """<script>
(() => {
  const root = (window.parent && window.parent.document ? window.parent.document : document).documentElement;
  if (root.lang !== "zh-CN") root.lang = "zh-CN";
})();
</script>"""
BAR_COLOURS = {"ok": "#2e9d5b", "near": "#d9a400", "over": "#d93a3a", "none": "#9aa4b2"}


def style() -> None:
    """The app-wide CSS (Simplified Chinese fonts, the uploader's words) and ``<html lang="zh-CN">``."""
    st.html(STYLE)
    st.html(SET_LANG, unsafe_allow_javascript=True)


def limit_bar(value: float, limit: float, state: str) -> None:
    """A bar of ``value / limit`` coloured by ``state`` (``ok`` green, ``near`` amber, ``over`` red,
    ``none`` grey): ``st.progress`` draws everything in the theme's red."""
    share = 0.0 if limit <= 0 else min(max(value / limit, 0.0), 1.0)
    colour = BAR_COLOURS.get(state, BAR_COLOURS["none"])
    st.html(
        f'<div class="sara-bar" role="progressbar" aria-valuenow="{share * 100:.0f}" aria-valuemin="0" '
        f'aria-valuemax="100" data-state="{state}"><div style="width:{share * 100:.1f}%;background:{colour}">'
        "</div></div>"
    )


@st.cache_resource(show_spinner=False)
def _store(path: str) -> ws.Store:
    return ws.open_store(path)


def get_store() -> ws.Store:
    """The review database (``SARA_DB`` or the per-user default), opened once per process."""
    return _store(ws.store_location())


@st.cache_resource(show_spinner=False)
def resources() -> ws.Resources:
    """The app's tokenizer, data files and fitted scorers: built once per process, shared by sessions."""
    return ws.Resources()


@st.cache_resource(show_spinner="正在准备匹配模型… / preparing the scorer…")
def warm_scorer(standard_id: str, backend: str) -> str:
    """Fit the scorer for a standard once per process (the first analysis is then quicker)."""
    return ws.warm(standard_id, backend, resources())  # type: ignore[arg-type]


# --------------------------------------------------------------------------- current state


def init_state() -> None:
    """On a new session, take submission and reviewer from the query string."""
    if st.session_state.get("_init"):
        return
    st.session_state["_init"] = True
    qp = st.query_params
    if "sid" in qp and "sid" not in st.session_state:
        with contextlib.suppress(ValueError):
            st.session_state["sid"] = int(qp["sid"])
    if "reviewer" in qp and "reviewer" not in st.session_state:
        st.session_state["reviewer"] = qp["reviewer"].strip() or None
    if "clause" in qp and "clause" not in st.session_state:
        st.session_state["clause"] = qp["clause"].strip() or None


def current_sid() -> int | None:
    sid = st.session_state.get("sid")
    return sid if isinstance(sid, int) else None


def current_reviewer() -> str | None:
    name = st.session_state.get("reviewer")
    return name if isinstance(name, str) and name.strip() else None


def open_submission(sid: int) -> None:
    st.session_state["sid"] = sid
    st.session_state.pop("clause", None)
    st.session_state.pop("focus_paragraph", None)


def go_to_clause(clause_id: str, paragraph: str | None = None) -> None:
    """Open a clause in the clause view (switches page); with ``paragraph``, the report pane there
    scrolls to that paragraph and highlights it."""
    st.session_state["clause"] = clause_id
    focus_paragraph(paragraph)
    st.switch_page(PAGES["clause"])


def focus_paragraph(paragraph: str | None) -> None:
    """Ask the clause page's report pane to scroll to ``paragraph`` (None: its own default)."""
    if paragraph is None:
        st.session_state.pop("focus_paragraph", None)
    else:
        st.session_state["focus_paragraph"] = paragraph
    st.session_state["focus_nonce"] = st.session_state.get("focus_nonce", 0) + 1


def scroll_to_top() -> None:
    """Scroll the page to its top after this run (e.g. after 确认并下一项)."""
    st.session_state["_scroll_top"] = st.session_state.get("_scroll_top", 0) + 1


def apply_scroll() -> None:
    """Carry out a :func:`scroll_to_top` asked for in the previous run."""
    nonce = st.session_state.pop("_scroll_top", None)
    if nonce is None:
        return
    st.html(
        f"""<script>/* {nonce} */
(() => {{
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  const go = () => {{
    // whichever element scrolls the page (it differs between Streamlit versions); not the report pane
    doc.querySelectorAll('*').forEach((el) => {{
      if (el.scrollTop > 0 && !el.closest('#sara-pane')) el.scrollTop = 0;
    }});
    (doc.defaultView || window).scrollTo(0, 0);
  }};
  go(); setTimeout(go, 150);
}})();
</script>""",
        unsafe_allow_javascript=True,
    )


def flash(message: str, kind: str = "success") -> None:
    """Show ``message`` at the top of the next run (survives ``st.rerun``)."""
    st.session_state.setdefault("_flash", []).append((kind, message))


def show_flash() -> None:
    for kind, message in st.session_state.pop("_flash", []):
        getattr(st, kind)(message)


def show_error(exc: BaseException) -> None:
    """A bilingual message, never a traceback."""
    if isinstance(exc, SaraError):
        st.error(f"{exc.message_zh}\n\n{exc.message_en}", icon=ICON["warning"])
    else:
        st.error(
            f"内部错误，操作未完成：{type(exc).__name__}: {exc}\n\n"
            f"Internal error, nothing was done: {type(exc).__name__}: {exc}",
            icon=ICON["warning"],
        )


def opened() -> ws.OpenRecord | None:
    """The current submission with its latest record, or None (with a hint) if none is open."""
    sid = current_sid()
    if sid is None:
        st.info("请先在“开始”页上传或打开一份自评报告。 / Open or upload a report on the start page first.")
        st.page_link(PAGES["start"], label="前往 开始", icon=ICON["start"])
        return None
    try:
        return ws.latest_record(get_store(), sid)
    except ws.NoAnalysis:
        st.warning(f"送审报告 #{sid} 不存在或尚未分析。 / Submission #{sid} is missing or not analysed.")
        st.page_link(PAGES["start"], label="前往 开始", icon=ICON["start"])
        return None


def need_reviewer() -> str | None:
    name = current_reviewer()
    if name is None:
        st.info("请先在左侧栏选择或新增评审员。 / Choose or add a reviewer in the sidebar first.")
    return name


def header(record: AnalysisRecord, title: str) -> None:
    st.title(title)
    st.caption(f"{ICON['file']} {record.source.file} · {record.standard.title}（{record.standard.total_points} 分）")


def begin(title: str) -> ws.OpenRecord | None:
    """A submission page's start: pending messages, the open submission (None, with a hint, when
    there is none) and the page heading naming the report and its standard."""
    show_flash()
    current = opened()
    if current is not None:
        header(current.record, title)
    return current


def band_text(standard_id: str, band_id: str | None) -> str:
    return ws.band_label(standard_id, band_id)


def submit_button(sid: int, reviewer: str, key: str) -> None:
    """“提交我的评审”: in independent mode the reviewer then sees the others' bands."""
    st.button(
        "提交我的评审 / submit my review",
        icon=ICON["send"],
        key=key,
        on_click=_submit,
        args=(sid, reviewer),
        help="提交后可查看其他评审员的评分并参与共识；之后仍可修改自己的评分。",
    )


def _submit(sid: int, reviewer: str) -> None:
    try:
        done = ws.submit_review(get_store(), sid, reviewer)
        flash(f"{reviewer} 已提交评审，现在可以查看其他评审员的评分。")
        if done.warning_zh:
            flash(f"{done.warning_zh}\n\n{done.warning_en}", "warning")
    except SaraError as exc:
        flash(exc.bilingual(), "error")


# --------------------------------------------------------------------------- sidebar


def _sync(pick_key: str, value: object, options: list[object]) -> None:
    """Point the widget ``pick_key`` at ``value`` before it is drawn (a page may have changed it)."""
    if value in options and st.session_state.get(pick_key) != value:
        st.session_state[pick_key] = value


def _copy(pick_key: str, key: str) -> Callable[[], None]:
    def copy() -> None:
        st.session_state[key] = st.session_state.get(pick_key)
        if key == "sid":
            st.session_state.pop("clause", None)
            st.session_state.pop("focus_paragraph", None)

    return copy


def _add_reviewer() -> None:
    name = (st.session_state.get("new_reviewer") or "").strip()
    if not name:
        return
    store = get_store()
    try:
        ws.add_reviewer(store, name, current_sid())
    except SaraError as exc:
        flash(exc.bilingual(), "error")
        return
    st.session_state["reviewer"] = name
    st.session_state["new_reviewer"] = ""


def sidebar() -> None:
    store = get_store()
    subs = ws.list_submissions(store)
    labels = {s.id: s.label for s in subs}
    sid = current_sid()
    with st.sidebar:
        st.subheader("当前送审报告")
        options: list[object] = [None, *labels]
        _sync("sid_pick", sid, options)
        st.selectbox(
            "送审报告 / submission",
            options,
            key="sid_pick",
            format_func=lambda v: "（未选择）" if v is None else labels.get(v, str(v)),  # type: ignore[arg-type]
            on_change=_copy("sid_pick", "sid"),
            label_visibility="collapsed",
        )
        st.subheader("当前评审员")
        choices = ws.reviewer_choices(store, sid)
        panel = choices.panel
        names: list[object] = [None, *panel, *choices.others]
        reviewer = current_reviewer()
        if reviewer is not None and reviewer not in names:
            names.append(reviewer)
        _sync("reviewer_pick", reviewer, names)
        st.selectbox(
            "评审员 / reviewer",
            names,
            key="reviewer_pick",
            format_func=lambda v: "（请选择）" if v is None else f"{v}{'（本报告评审组）' if v in panel else ''}",
            on_change=_copy("reviewer_pick", "reviewer"),
            label_visibility="collapsed",
        )
        st.text_input("新增评审员 / add a reviewer", key="new_reviewer", placeholder="姓名")
        st.button("添加评审员", key="add_reviewer", on_click=_add_reviewer)
        if ws.has_submission(store, sid):
            state = ws.review_state(store, sid, reviewer)
            mode = "开启：提交前只看自己的评分" if state.independent else "关闭：评审员互相可见"
            st.caption(f"独立评审模式 {mode}")
            if state.panel:
                done = set(state.submitted)
                st.caption("评审组：" + "、".join(f"{n}{'（已提交）' if n in done else ''}" for n in state.panel))
        st.divider()
        st.caption("来源标识 / provenance")
        for kind, text in ws.PROVENANCE_LEGEND:
            st.caption(f"{BADGE[kind]} {text}")
    # Remember the choice in the address, so a reload (or a shared link) opens the same report.
    if sid is not None:
        st.query_params["sid"] = str(sid)
    elif "sid" in st.query_params:
        del st.query_params["sid"]
    if reviewer is not None:
        st.query_params["reviewer"] = reviewer
    elif "reviewer" in st.query_params:
        del st.query_params["reviewer"]
