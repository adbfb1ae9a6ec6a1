"""The workspace in a real browser: what a reviewer sees, not just what AppTest sees.

Starts ``sara app --headless`` on a free port with a fresh database and drives headless Chromium
through the DevTools protocol (a plain ``chromium --screenshot`` captures a blank page before
Streamlit has rendered): open the start page → choose a bundled sample → analyse → open the
coverage heatmap from the sidebar → wait until the chart has painted → screenshot. Fails on any
exception or traceback on the page or in the server's log, on a blank screenshot, and — where a
Chinese font is installed — when the Chinese headings were not drawn with one.

The screenshot is kept in pytest's ``tmp_path`` and, when ``SARA_SCREENSHOT_DIR`` is set, copied
there (``heatmap.png``, or ``failure.png`` with the page as it was when a step failed).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from tests.browser.cdp import Chromium, Page, browser_required
from tests.browser.server import Server

APP_TITLE = "SARA 自评报告分析"
HEATMAP = "覆盖热力图"
ANALYSE_TIMEOUT = 300  # a cold first analysis (jieba, scorer) takes ~20 s; CI machines can be slow
WIDTH, HEIGHT = 1400, 1100  # the screenshot's size
CHART = '[data-testid="stVegaLiteChart"]'

# Text that never belongs on a page a reviewer sees (a JavaScript regular expression).
PAGE_PROBLEMS = "|".join(
    [
        r"Traceback \(most recent call last\)",
        "StreamlitAPIException",
        r"\b\w*(?:Error|Exception): ",
        *("内部错误", "分析失败", "无法分析"),  # the app's own words for an internal error or a failed analysis
    ]
)

# JavaScript helpers, (re)defined with every expression evaluated (see Workspace.run).
HELPERS = r"""
window.__sara = {
  idle() {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app && app.dataset.testScriptState === 'notRunning'
      && app.dataset.testConnectionState === 'CONNECTED'
      && !document.querySelector('[data-testid="stSpinner"], [data-testid="stSkeleton"]');
  },
  text() { return document.body ? document.body.innerText : ''; },
  visible(el) { return !!el && el.getClientRects().length > 0; },
  byText(selector, text) {
    return [...document.querySelectorAll(selector)].find(
      (el) => __sara.visible(el) && el.innerText.trim().includes(text));
  },
  click(selector, text) {
    const el = __sara.byText(selector, text);
    if (!el) return false;
    el.scrollIntoView({block: 'center'});
    el.click();
    return true;
  },
  problem() {  // what is wrong on the page, or ''
    const shown = [...document.querySelectorAll('[data-testid="stException"]')].map((el) => el.innerText);
    if (shown.length) return 'exception shown on the page:\n' + shown.join('\n---\n').slice(0, 4000);
    const match = __sara.text().match(__PROBLEMS__);
    return match ? `error text ${JSON.stringify(match[0])} on the page` : '';
  },
  toTop() {
    document.querySelectorAll('*').forEach((el) => { if (el.scrollTop) el.scrollTop = 0; });
    return true;
  },
  chart() {
    const root = document.querySelector('__CHART__');
    if (!root) return null;
    const drawn = [...root.querySelectorAll('canvas, svg.marks')].find((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 100 && r.height > 100;
    });
    if (!drawn) return null;
    const r = drawn.getBoundingClientRect();
    return {tag: drawn.tagName.toLowerCase(), x: r.x, y: r.y, width: r.width, height: r.height};
  },
};
true
""".replace("__CHART__", CHART).replace("__PROBLEMS__", f"/{PAGE_PROBLEMS}/")


def js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class Workspace:
    """The SARA workspace in one browser tab."""

    def __init__(self, page: Page) -> None:
        self.page = page

    @staticmethod
    def run(expression: str) -> str:
        """``expression`` with the helpers defined; ``{problem}`` instead when the page shows an error."""
        return f"(() => {{ {HELPERS} ; const p = __sara.problem(); return p ? {{problem: p}} : ({expression}); }})()"

    def fail_on_problem(self, value: object) -> None:
        if isinstance(value, dict) and value.get("problem"):
            raise AssertionError(f"{value['problem']}\n--- page text ---\n{self.page.text()[-3000:]}")

    def wait(self, expression: str, timeout: float, what: str) -> Any:
        """Poll until ``expression`` is truthy; stop early (and fail) when an error shows up instead."""
        found = self.page.wait_for(self.run(expression), timeout, what)
        self.fail_on_problem(found)
        return found

    def wait_idle(self, timeout: float, what: str) -> None:
        self.wait("__sara.idle()", timeout, what)
        self.assert_no_problems()

    def wait_text(self, text: str, timeout: float) -> None:
        self.wait(f"__sara.text().includes({js(text)})", timeout, f"the text {text!r}")

    def click(self, selector: str, text: str, timeout: float = 30) -> None:
        self.wait(f"__sara.click({js(selector)}, {js(text)})", timeout, f"{selector} labelled {text!r} to click")

    def assert_no_problems(self) -> None:
        self.fail_on_problem(self.page.evaluate(self.run("true")))


def save_png(png: bytes, name: str, tmp_path: Path) -> Path:
    path = tmp_path / name
    path.write_bytes(png)
    target = os.environ.get("SARA_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(target) / name)
    return path


def cjk_font_families() -> set[str]:
    """Families fontconfig says cover Chinese (``fc-list :lang=zh``); empty without fontconfig."""
    if shutil.which("fc-list") is None:
        return set()
    out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
    return {name.strip() for line in out.splitlines() for name in line.split(",") if name.strip()}


def distinct_colours(image: Image.Image) -> int:
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(colours) if colours is not None else 1 << 20


def blue_share(image: Image.Image) -> float:
    """Share of clearly blue pixels (the heatmap's "blues" scheme; text and axes are grey)."""
    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    return float(np.mean(rgb[..., 2] - rgb[..., 0] > 20))


@contextmanager
def screenshot_on_failure(page: Page, tmp_path: Path) -> Iterator[None]:
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the browser itself may be what failed
            save_png(page.screenshot(), "failure.png", tmp_path)
        raise


def test_sample_analysis_and_heatmap_in_a_real_browser(sara_app: Server, chromium: Chromium, tmp_path: Path) -> None:
    with chromium.page() as page:
        for domain in ("DOM", "CSS"):  # for CSS.getPlatformFontsForNode
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
        app = Workspace(page)
        with screenshot_on_failure(page, tmp_path):
            page.navigate(sara_app.url + "/")

            # start page: the Chinese title, then a bundled sample, analysed
            page.wait_for(f"document.title.includes({js(APP_TITLE)})", 60, f"the page title {APP_TITLE!r}")
            app.wait_text("开始分析", 60)
            app.wait_idle(60, "the start page to finish loading")
            app.click('[data-testid="stRadio"] label', "打开示例报告")
            app.wait("!!document.querySelector('[data-testid=\"stSelectbox\"]') && __sara.idle()", 30, "samples")
            app.wait_text("示例报告", 30)
            app.click('[data-testid="stButton"] button', "开始分析")
            app.wait_text("查看总览", ANALYSE_TIMEOUT)  # the start page links to the analysed submission
            app.wait_idle(60, "the start page after the analysis")

            # coverage heatmap from the sidebar navigation
            app.click('[data-testid="stSidebarNavLink"]', HEATMAP)
            app.wait(f"!!__sara.byText('h1', {js(HEATMAP)})", 60, "the heatmap page's heading")
            app.wait("__sara.chart()", 120, "the altair chart to be drawn")
            app.wait_idle(60, "the heatmap page to finish")
            app.assert_no_problems()
            app.wait("__sara.toTop()", 10, "the page to scroll to the top")
            chart = app.wait("__sara.chart()", 30, "the altair chart after the page settled")

            png = page.screenshot()
        shot = save_png(png, "heatmap.png", tmp_path)

        image = Image.open(io.BytesIO(png))
        assert image.width >= 800 and image.height >= 600, image.size
        assert distinct_colours(image) > 64, f"{shot} looks blank"
        left, top = max(int(chart["x"]), 0), max(int(chart["y"]), 0)
        right = min(int(chart["x"] + chart["width"]), image.width)
        bottom = min(int(chart["y"] + chart["height"]), image.height)
        assert right - left > 100 and bottom - top > 100, f"the chart is not on the screenshot {shot}: {chart}"
        chart_area = image.crop((left, top, right, bottom))
        # coloured cells, not an empty frame with axes and legend (the sample's cells fill ~7% of it)
        assert blue_share(chart_area) > 0.02, f"the chart in {shot} has no coloured cells ({chart})"

        fonts = cjk_font_families()
        if fonts or browser_required():
            used = page.node_fonts('[data-testid="stMain"] h1')
            names = {f["familyName"] for f in used} | {f.get("postScriptName", "") for f in used}
            assert fonts, "no Chinese font installed (fonts-noto-cjk): Chinese text renders as boxes"
            assert any(name in fonts or "CJK" in name for name in names), (
                f"the heading {HEATMAP!r} was drawn with {used}, none of them a Chinese font ({sorted(fonts)[:5]})"
            )

    log = sara_app.log()
    assert "Traceback" not in log, f"the server logged an exception:\n{log[-4000:]}"
