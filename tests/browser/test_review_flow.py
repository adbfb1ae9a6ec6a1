"""The review path of issue 6's "Done when" in a real browser: a reviewer uploads a report as a file,
analyses it, names themself, confirms a band with a comment, and finds the Excel scoresheet ready to
download on the export page — all through the page, as a reviewer would click it.

The report is a DOCX built from the bundled sample ``samples/bj-logistics/report.md`` (so the test
needs nothing outside the repository) and is handed to Streamlit's file uploader with
``DOM.setFileInputFiles``. Fails on any exception or error text on the page or in the server's log.
Screenshots (``review-clause.png``, ``review-export.png``, or ``failure.png``) go to ``tmp_path`` and,
when ``SARA_SCREENSHOT_DIR`` is set, there too. Skipped without Chromium unless
``SARA_REQUIRE_BROWSER`` or ``CI`` is set (see ``conftest.py``).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.browser.cdp import Chromium, Page, WaitTimeout
from tests.browser.server import ROOT, Server
from tests.browser.test_browser import ANALYSE_TIMEOUT, HEIGHT, WIDTH, Workspace, js, save_png, screenshot_on_failure
from tests.fixtures.make_docx import md_to_docx

SAMPLE = ROOT / "samples" / "bj-logistics" / "report.md"
REVIEWER = "王评审"
COMMENT = "方法系统，展开较好；建议补充改进的证据。"


def set_file(page: Page, selector: str, path: Path) -> None:
    """Put ``path`` into the file input ``selector``, as if the reviewer had picked it."""
    root = page.call("DOM.getDocument", depth=-1, pierce=True)["root"]["nodeId"]
    node = page.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
    assert node, f"no {selector} on the page"
    page.call("DOM.setFileInputFiles", nodeId=node, files=[str(path)])


def type_text(page: Page, app: Workspace, selector: str, text: str, *, enter: bool = False) -> None:
    """Focus the (last visible) field ``selector`` and type ``text``; optionally press Enter."""
    focus = f"""(() => {{
      const els = [...document.querySelectorAll({js(selector)})].filter((e) => e.getClientRects().length);
      const el = els[els.length - 1];
      if (!el) return false;
      el.scrollIntoView({{block: 'center'}});
      el.focus();
      return document.activeElement === el;
    }})()"""
    app.wait(focus, 30, f"the field {selector} to type into")
    page.call("Input.insertText", text=text)
    if enter:
        key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13}
        page.call("Input.dispatchKeyEvent", type="keyDown", text="\r", **key)
        page.call("Input.dispatchKeyEvent", type="keyUp", **key)


def analyse(app: Workspace, attempts: int = 3) -> None:
    """Click 开始分析 until the analysis starts: a click that lands while the uploader's own rerun is
    still running can be dropped by Streamlit (the page then simply shows the form again)."""
    started = "__sara.text().includes('正在分析') || __sara.text().includes('查看总览')"
    for attempt in range(attempts):
        app.wait_idle(60, "the start page to settle")
        time.sleep(0.5)  # the uploader may start one more rerun after it shows the file
        app.wait_idle(60, "the start page to settle")
        app.click('[data-testid="stButton"] button', "开始分析")
        try:
            app.wait(started, 15, "the analysis to start")
            return
        except WaitTimeout:
            if attempt == attempts - 1:
                raise


def add_reviewer(page: Page, app: Workspace, name: str, attempts: int = 3) -> None:
    """Type a name under 新增评审员 and click 添加评审员 until the sidebar shows it as the reviewer
    (as with :func:`analyse`, a click during the text box's own rerun may be dropped)."""
    chosen = f"decodeURIComponent(location.search).includes({js('reviewer=' + name)})"  # the sidebar puts it there
    for attempt in range(attempts):
        app.wait_idle(30, "the page to settle")
        type_text(page, app, 'input[aria-label="新增评审员 / add a reviewer"]', name, enter=True)
        app.wait_idle(30, "the reviewer's name to be taken")
        time.sleep(0.5)
        app.wait_idle(30, "the reviewer's name to be taken")
        app.click('[data-testid="stButton"] button', "添加评审员")
        try:
            app.wait(chosen, 15, f"{name} as the current reviewer")
            return
        except WaitTimeout:
            if attempt == attempts - 1:
                raise


def test_upload_band_and_export_in_a_real_browser(sara_app: Server, chromium: Chromium, tmp_path: Path) -> None:
    report = tmp_path / "bj-logistics.docx"
    report.write_bytes(md_to_docx(SAMPLE.read_text(encoding="utf-8")))
    with chromium.page() as page:
        page.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
        app = Workspace(page)
        with screenshot_on_failure(page, tmp_path):
            page.navigate(sara_app.url + "/")
            app.wait_text("开始分析", 60)
            app.wait_idle(60, "the start page to finish loading")

            # upload the DOCX through the file uploader, analyse it
            set_file(page, 'input[type="file"]', report)
            app.wait(
                f"__sara.text().includes({js(report.name)}) && __sara.text().includes('KB') && __sara.idle()",
                60,
                "the uploader to list the file",
            )
            analyse(app)
            app.wait_text("查看总览", ANALYSE_TIMEOUT)
            app.wait_text("bj-logistics.docx", 30)
            app.wait_idle(60, "the start page after the analysis")

            # name the reviewer in the sidebar, then open the clause view
            add_reviewer(page, app, REVIEWER)
            app.click('[data-testid="stSidebarNavLink"]', "条款评审")
            app.wait(f"__sara.text().includes({js(REVIEWER + ' 已评 0 /')})", 60, "the reviewer's progress")
            app.wait_idle(60, "the clause view")

            # confirm a band (the second one) with a comment on the first scored item
            pick = """(() => {
              const labels = [...document.querySelectorAll('[data-testid="stForm"] [data-testid="stRadio"] label')]
                .filter((e) => e.getClientRects().length);
              if (labels.length < 2) return null;
              labels[1].scrollIntoView({block: 'center'});
              labels[1].click();
              return labels[1].innerText.trim().split(/\\s/)[0];
            })()"""
            band = app.wait(pick, 30, "the band options of the first scored item")
            type_text(page, app, 'textarea[aria-label="评语 / comment"]', COMMENT)
            app.click('[data-testid="stFormSubmitButton"] button', "确认 / confirm")
            app.wait_text(f"已保存：{REVIEWER} 给", 60)
            app.wait_idle(60, "the clause view after saving")
            app.wait(f"__sara.text().includes({js(COMMENT)}) && __sara.text().includes({js(band)})", 30, "the band")
            app.wait_text(f"{REVIEWER} 已评 1 /", 30)
            app.assert_no_problems()
            app.wait("__sara.toTop()", 10, "the page to scroll to the top")
            save_png(page.screenshot(), "review-clause.png", tmp_path)

            # submit (independent mode shows the exports after that), then the export page
            app.click('[data-testid="stButton"] button', "提交我的评审")
            app.wait_text(f"{REVIEWER} 已提交评审", 30)
            app.wait_idle(30, "the submission")
            app.click('[data-testid="stSidebarNavLink"]', "导出")
            app.wait(f"!!__sara.byText('h1', {js('导出')})", 60, "the export page's heading")
            app.wait_idle(60, "the exports to be built")
            # one bordered box per file: its name (in `code`) and its download button
            xlsx = """(() => [...document.querySelectorAll('[data-testid="stDownloadButton"] button')].some((b) => {
                let box = b.parentElement;
                while (box && !box.querySelector('code')) box = box.parentElement;
                return !!box && [...box.querySelectorAll('code')].some((c) => c.innerText.trim().endsWith('.xlsx'));
              }))()"""
            assert app.wait(xlsx, 30, "the Excel scoresheet's download button")
            names = page.evaluate(
                "[...document.querySelectorAll('[data-testid=\"stMain\"] code')].map((e) => e.innerText)"
            )
            assert any(str(n).endswith(".xlsx") for n in names), json.dumps(names, ensure_ascii=False)
            app.assert_no_problems()
            save_png(page.screenshot(), "review-export.png", tmp_path)

    log = sara_app.log()
    assert "Traceback" not in log, f"the server logged an exception:\n{log[-4000:]}"
