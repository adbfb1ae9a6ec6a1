"""SARA 自评报告分析 — the reviewers' workspace (Streamlit). Start with ``sara app``.

This file only routes: the pages under ``app_pages/`` render what :mod:`analyzer.review.workspace`
returns; no analysis, scoring or review logic lives in the UI.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # app_pages is imported from beside this file (checkout or wheel)
    sys.path.insert(0, str(HERE))

from app_pages import common  # noqa: E402

st.set_page_config(page_title="SARA 自评报告分析", page_icon=":material/fact_check:", layout="wide")
common.init_state()
common.style()

pages = [
    st.Page(common.PAGES["start"], title="开始", icon=":material/home:", default=True),
    st.Page(common.PAGES["overview"], title="总览", icon=":material/dashboard:"),
    st.Page(common.PAGES["heatmap"], title="覆盖热力图", icon=":material/grid_on:"),
    st.Page(common.PAGES["clause"], title="条款评审", icon=":material/rate_review:"),
    st.Page(common.PAGES["consensus"], title="共识", icon=":material/handshake:"),
    st.Page(common.PAGES["export"], title="导出", icon=":material/download:"),
]
if (HERE / "app_pages" / "secretariat.py").is_file():  # the secretariat's batch screening page
    pages.append(st.Page("app_pages/secretariat.py", title="秘书处筛查", icon=":material/folder_open:"))

page = st.navigation(pages)
common.sidebar()
page.run()
