"""Issue 14's real-browser checks of the workspace, and a screenshot of every page.

Two tests, each with its own ``sara app --headless`` and headless Chromium (see ``conftest.py``):

- the reviewer's pages on a sample analysed into the app's database by the test itself (real
  analysis, lexical backend): a bad upload's bilingual refusal shown at once; the report pane's
  search (hits highlighted, the pane at the first hit); a finding's 定位原文 on the overview →
  the clause page with that paragraph highlighted and scrolled into view; 下一项 and a reload
  keeping the clause (it is in the URL); the independent-mode guard (a newcomer cannot switch it
  off, a member who submitted can, with a reason); no emoji, ``<html lang="zh-CN">``, the uploader
  in Chinese; a screenshot of every page;
- screening three uploads that are all called 自评报告 (two reports and a broken file): every
  one is a row, in the page and in the stored run; no stray "None" on the page.

Screenshots go to ``tmp_path`` and, when ``SARA_SCREENSHOT_DIR`` is set, there too
(``page-*.png``; ``failure.png`` with the page as it was when a step failed).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import quote

from analyzer import reading
from analyzer.batch.runner import load_run
from analyzer.review import workspace as ws
from analyzer.review.store import Store
from tests.browser.cdp import Chromium, Page, WaitTimeout
from tests.browser.server import ROOT, Server
from tests.browser.test_browser import HEIGHT, WIDTH, Workspace, js, save_png, screenshot_on_failure
from tests.browser.test_review_flow import set_file, type_text
from tests.fixtures.make_docx import md_to_docx

SAMPLE = ROOT / "samples" / "wh-svc-water" / "report.md"
OTHER = ROOT / "samples" / "bj-logistics" / "report.md"
QUERY = "水质"
MEMBER, NEWCOMER = "张三", "王五"
NAME = "自评报告.docx"  # what real submissions are all called
SCREEN_TIMEOUT = 600  # two real analyses in worker processes on a busy machine

# Emoji that render as empty boxes with only Noto CJK installed (issue 14 item 7).
EMOJI = re.compile("[\U0001f300-\U0001faff\u2705\u274c\u2b55\u23f3\u26a0\u26d4\u2754\u2139]")


def settle(app: Workspace, what: str, timeout: float = 60) -> None:
    app.wait_idle(timeout, what)
    time.sleep(0.3)  # a widget may start one more rerun right after the first one finished
    app.wait_idle(timeout, what)


def open_page(page: Page, app: Workspace, url: str, heading: str) -> None:
    page.navigate(url)
    app.wait(f"!!__sara.byText('h1', {js(heading)})", 90, f"the page heading {heading!r}")
    settle(app, f"the page {heading!r}")


def shoot(page: Page, app: Workspace, name: str, tmp_path: Path) -> None:
    app.wait("__sara.toTop()", 10, "the page to scroll to the top")
    time.sleep(0.2)
    save_png(page.screenshot(), name, tmp_path)


def check_page_basics(page: Page, app: Workspace, where: str) -> None:
    """No emoji on the page, and the document says it is Chinese."""
    text = page.text()
    found = sorted(set(EMOJI.findall(text)))
    assert not found, f"emoji on {where}: {found}"
    assert page.evaluate("document.documentElement.lang") == "zh-CN", f"<html lang> on {where}"
    app.assert_no_problems()


def click_until(app: Workspace, selector: str, label: str, done: str, what: str, attempts: int = 3) -> None:
    """Click until ``done`` is true: a click landing during a widget's own rerun may be dropped."""
    for attempt in range(attempts):
        settle(app, "the page to settle")
        app.click(selector, label)
        try:
            app.wait(done, 20, what)
            return
        except WaitTimeout:
            if attempt == attempts - 1:
                raise


def pane_target() -> str:
    """JavaScript: the report pane's highlighted paragraph, with whether it is inside the pane's view."""
    return """(() => {
      const pane = document.getElementById('sara-pane');
      const el = pane && pane.querySelector('.sara-target');
      if (!pane || !el) return null;
      const p = pane.getBoundingClientRect(), r = el.getBoundingClientRect();
      const inside = r.top >= p.top - 2 && r.top < p.bottom - 10;
      return {id: el.id, inside, hits: pane.querySelectorAll('mark.sara-hit').length,
              targetHits: el.querySelectorAll('mark.sara-hit').length,
              onScreen: p.top < window.innerHeight && p.bottom > 0};
    })()"""


def test_reviewer_pages_search_jump_reload_guard(sara_app: Server, chromium: Chromium, tmp_path: Path) -> None:
    db = tmp_path / "sara.db"
    with Store.open(db) as store:
        opened = ws.analyze_path(store, SAMPLE, "auto", backend="lexical")
        sid = opened.submission.id
        record = ws.latest_record(store, sid).record
        first_unit = record.scoring_units[0]
        band = ws.band_options(record.standard.id, first_unit.kind)[2].id
        ws.record_decision(store, sid, first_unit.id, MEMBER, band, comment="证据不足，下调")
        ws.submit_review(store, sid, MEMBER)
    errors = [f for f in record.findings if f.severity == "error" and f.clause and record.has_clause(f.clause)]
    assert errors, "the sample should have an error finding to jump from"
    jump_to = reading.finding_target(record, errors[0])
    assert jump_to is not None
    expected_hits = len(reading.search(record.paragraphs, QUERY))
    assert expected_hits > 0
    base = f"{sara_app.url}/{{page}}?sid={sid}&reviewer={quote(MEMBER)}"
    bad = tmp_path / "upload" / "损坏的报告.docx"
    bad.parent.mkdir()
    bad.write_bytes(b"PK\x03\x04 this is not a real docx")

    with chromium.page() as page:
        page.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
        app = Workspace(page)
        with screenshot_on_failure(page, tmp_path):
            # start page: the uploader speaks Chinese; a bad upload's reason shows at once, in both languages
            page.navigate(sara_app.url + "/")
            app.wait_text("开始分析", 90)
            settle(app, "the start page")
            check_page_basics(page, app, "the start page")
            button_text = page.evaluate(
                """getComputedStyle(document.querySelector('[data-testid="stFileUploaderDropzone"] button p'),
                   '::after').content"""
            )
            assert "选择文件" in str(button_text), button_text
            shoot(page, app, "page-start.png", tmp_path)
            set_file(page, 'input[type="file"]', bad)
            app.wait(f"__sara.text().includes({js(bad.name)}) && __sara.idle()", 60, "the uploader to list the file")
            settle(app, "the upload")
            app.click('[data-testid="stButton"] button', "开始分析")
            refusal = """(() => [...document.querySelectorAll('[data-testid="stAlertContainer"], [role="alert"]')]
                .filter((e) => e.getClientRects().length).map((e) => e.innerText).join('\\n'))()"""
            both = "/无法|不是|损坏|不支持/.test(t) && /[a-z]{4,}/.test(t)"
            shown = page.wait_for(
                f"(() => {{ const t = {refusal}; return {both} && t; }})()",
                120,
                "the refusal, in Chinese and English, on the page without opening anything",
            )
            assert bad.name in shown, shown
            save_png(page.screenshot(), "page-start-refusal.png", tmp_path)

            # overview → a finding's 定位原文 → the clause page at that paragraph
            open_page(page, app, base.format(page="overview"), "总览")
            check_page_basics(page, app, "the overview")
            shoot(page, app, "page-overview.png", tmp_path)
            click_until(
                app,
                '[data-testid="stButton"] button',
                "定位原文",
                "location.pathname.endsWith('/clause') && !!document.getElementById('sara-pane')",
                "the clause page after 定位原文",
            )
            settle(app, "the clause page")
            found = app.wait(pane_target(), 30, "the highlighted paragraph in the report pane")
            assert found["id"] == reading.anchor(jump_to), (found, jump_to)
            app.wait(f"({pane_target()}).inside", 20, "the pane to scroll to the highlighted paragraph")
            heading = record.clause(errors[0].clause).label
            app.wait(f"!!__sara.byText('h2', {js(heading)})", 20, f"the clause {heading!r}")
            check_page_basics(page, app, "the clause page")
            save_png(page.screenshot(), "page-clause-jump.png", tmp_path)

            # the report pane's search: every hit marked, the pane at the first one
            type_text(page, app, 'input[aria-label="在报告全文中搜索 / search the report"]', QUERY, enter=True)
            app.wait(f"({pane_target()}).hits === {expected_hits}", 60, f"{expected_hits} hits of {QUERY!r}")
            settle(app, "the search")
            searched = app.wait(f"(() => {{ const t = {pane_target()}; return t && t.targetHits > 0 && t; }})()", 30,
                                "the pane at a paragraph with a hit")
            assert searched["inside"] and searched["hits"] == expected_hits, searched
            save_png(page.screenshot(), "page-clause-search.png", tmp_path)

            # the clause is in the URL: 下一项, then a reload, opens the same clause
            open_page(page, app, base.format(page="clause"), "条款评审")
            start_clause = page.evaluate("new URLSearchParams(location.search).get('clause')")
            assert start_clause, "the clause page puts the clause in the URL"
            click_until(
                app,
                '[data-testid="stButton"] button',
                "下一项 →",
                f"new URLSearchParams(location.search).get('clause') !== {js(start_clause)}",
                "the next item's clause in the URL",
            )
            settle(app, "the next item")
            moved = page.evaluate("new URLSearchParams(location.search).get('clause')")
            label = record.clause(moved).label
            app.wait(f"!!__sara.byText('h2', {js(label)})", 30, f"the clause {label!r}")
            shoot(page, app, "page-clause.png", tmp_path)
            page.navigate(page.evaluate("location.href"))  # reload
            app.wait(f"!!__sara.byText('h2', {js(label)})", 90, f"the clause {label!r} after a reload")
            settle(app, "the clause page after a reload")
            assert page.evaluate("new URLSearchParams(location.search).get('clause')") == moved
            first = record.paragraphs_of(moved)
            if first:  # the pane opens at the clause's first paragraph
                app.wait(f"({pane_target()}).id === {js(reading.anchor(first[0].id))}", 20, "the clause's paragraph")
                app.wait(f"({pane_target()}).inside", 20, "the pane at the clause's first paragraph")

            # the scoring panel stays in view on a long clause page
            sticky = page.evaluate(
                """(() => { const el = document.querySelector('.st-key-score_panel');
                   let col = el; while (col && col.dataset.testid !== 'stColumn') col = col.parentElement;
                   return col ? getComputedStyle(col).position : null; })()"""
            )
            assert sticky == "sticky", sticky
            page.evaluate("document.getElementById('sara-pane').scrollIntoView({block: 'start'})")
            time.sleep(0.3)
            panel = page.evaluate(
                """(() => { const r = document.querySelector('.st-key-score_panel').getBoundingClientRect();
                   return {top: r.top, bottom: r.bottom, height: window.innerHeight}; })()"""
            )
            assert 0 <= panel["top"] < panel["height"] / 2, f"the scoring panel scrolled out of view: {panel}"
            save_png(page.screenshot(), "page-clause-scrolled.png", tmp_path)

            # 确认并下一项 (the page is scrolled down): the next item opens at its top
            units = [u.id for u in record.scoring_units]
            after = units[units.index(moved) + 1] if moved in units and units.index(moved) + 1 < len(units) else None
            if after is not None:
                app.click('[data-testid="stFormSubmitButton"] button', "确认并下一项")
                app.wait(f"new URLSearchParams(location.search).get('clause') === {js(after)}", 60, "the next item")
                settle(app, "the next item")
                top = f"""(() => {{ const h = __sara.byText('h2', {js(record.clause(after).label)});
                    if (!h) return false; const r = h.getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= window.innerHeight / 2; }})()"""
                app.wait(top, 20, "the next item's heading at the top of the window")

            # the heatmap and export pages
            open_page(page, app, base.format(page="heatmap"), "覆盖热力图")
            app.wait("__sara.chart()", 120, "the heatmap to be drawn")
            check_page_basics(page, app, "the heatmap")
            shoot(page, app, "page-heatmap.png", tmp_path)
            open_page(page, app, base.format(page="export"), "导出")
            check_page_basics(page, app, "the export page")
            shoot(page, app, "page-export.png", tmp_path)

            # the independent-mode guard: a newcomer may not switch it off; a member who submitted may
            newcomer = f"{sara_app.url}/consensus?sid={sid}&reviewer={quote(NEWCOMER)}"
            open_page(page, app, newcomer, "共识")
            app.click("[data-testid='stExpander'] summary", "关闭独立评审模式")
            app.wait_text("不能关闭独立评审模式", 30)
            assert not page.evaluate(
                "!![...document.querySelectorAll('button')].find((b) => b.innerText.includes('关闭 / switch off'))"
            ), "a newcomer was offered the switch"
            check_page_basics(page, app, "the consensus page")
            time.sleep(0.5)  # the expander opens with an animation
            save_png(page.screenshot(), "page-consensus-newcomer.png", tmp_path)
            open_page(page, app, base.format(page="consensus"), "共识")
            app.click("[data-testid='stExpander'] summary", "关闭独立评审模式")
            type_text(page, app, 'input[aria-label="理由（必填） / reason"]', "评审组会议决定公开讨论")
            settle(app, "the reason")
            tick = """(() => {
              const box = [...document.querySelectorAll('[data-testid="stCheckbox"]')]
                .find((e) => e.innerText.includes('我确认关闭'));
              const input = box && box.querySelector('input');
              if (!input) return false;
              if (!input.checked) input.click();
              return input.checked;
            })()"""
            app.wait(tick, 30, "the confirmation box ticked")
            app.click('[data-testid="stFormSubmitButton"] button', "关闭 / switch off")
            app.wait_text("独立评审模式：关闭", 60)
            settle(app, "the consensus page")
            shoot(page, app, "page-consensus.png", tmp_path)
    with Store.open(db) as store:
        assert not store.independent(sid)
    log = sara_app.log()
    assert "Traceback" not in log, f"the server logged an exception:\n{log[-4000:]}"


def test_screening_keeps_every_upload_of_the_same_name(sara_app: Server, chromium: Chromium, tmp_path: Path) -> None:
    uploads = []
    for folder, source in (("a", SAMPLE), ("b", OTHER)):
        path = tmp_path / folder / NAME
        path.parent.mkdir()
        path.write_bytes(md_to_docx(source.read_text(encoding="utf-8")))
        uploads.append(path)
    broken = tmp_path / "c" / NAME
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 not a real docx")
    uploads.append(broken)

    with chromium.page() as page:
        page.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
        app = Workspace(page)
        with screenshot_on_failure(page, tmp_path):
            open_page(page, app, sara_app.url + "/secretariat", "秘书处筛查")
            check_page_basics(page, app, "the screening page")
            root = page.call("DOM.getDocument", depth=-1, pierce=True)["root"]["nodeId"]
            node = page.call("DOM.querySelector", nodeId=root, selector='input[type="file"]')["nodeId"]
            page.call("DOM.setFileInputFiles", nodeId=node, files=[str(p) for p in uploads])
            app.wait(
                f"__sara.text().split({js(NAME)}).length - 1 >= 3 && __sara.idle()",
                60,
                "the uploader to list 3 files",
            )
            settle(app, "the uploads")
            click_until(
                app,
                '[data-testid="stButton"] button',
                "开始筛查",
                "__sara.text().includes('/3') || __sara.text().includes('筛查完成')",
                "the screening to start",
            )
            app.wait_text("筛查完成：3 个文件", SCREEN_TIMEOUT)
            settle(app, "the screening results")
            app.wait("__sara.chart()", 120, "the screening heatmap")
            text = page.text()
            assert not re.search(r"(^|\n)None(\n|$)", text), "a stray None on the page"
            check_page_basics(page, app, "the screening results")
            files = page.evaluate(
                """[...document.querySelectorAll('[data-testid="stMetric"]')].map((m) => m.innerText)"""
            )
            assert any("文件" in m and re.search(r"\b3\b", m) for m in files), files
            shoot(page, app, "page-secretariat.png", tmp_path)
            page.evaluate("document.querySelector('[data-testid=\"stVegaLiteChart\"]').scrollIntoView()")
            time.sleep(0.3)
            save_png(page.screenshot(), "page-secretariat-heatmap.png", tmp_path)
    with Store.open(tmp_path / "sara.db") as store:
        run = store.screenings(limit=1)[0]
        rows = load_run(store, run.id).rows
    assert len(rows) == 3 and len({r.file for r in rows}) == 3, [r.file for r in rows]
    assert [r.verdict for r in rows].count("无法读取") == 1, [(r.file, r.verdict) for r in rows]
    log = sara_app.log()
    assert "Traceback" not in log, f"the server logged an exception:\n{log[-4000:]}"
