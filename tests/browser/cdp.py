"""A small Chrome DevTools Protocol client for the browser test: start headless Chromium, drive one tab.

Synchronous, over the ``websockets`` package that comes with Streamlit. Only what the test needs:
call a method and wait for its answer, evaluate JavaScript, poll a condition, take a screenshot.
Every wait polls against a deadline; nothing sleeps for a fixed time hoping the page is ready.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--no-proxy-server",
    "--disable-breakpad",
    "--disable-crash-reporter",
    "--remote-debugging-port=0",
)
_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


class CdpError(RuntimeError):
    """The browser answered a call with an error, or a JavaScript expression threw."""


class WaitTimeout(AssertionError):
    """A condition did not become true before its deadline."""


def browser_required() -> bool:
    """Whether a missing browser fails instead of skipping: ``SARA_REQUIRE_BROWSER`` or ``CI`` set."""
    return any(os.environ.get(name, "").strip() not in ("", "0", "false") for name in ("SARA_REQUIRE_BROWSER", "CI"))


def find_chromium() -> str | None:
    """The Chromium executable: ``SARA_CHROMIUM`` if set, else the first known name on PATH."""
    configured = os.environ.get("SARA_CHROMIUM")
    if configured:
        return configured
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def http_get(url: str, timeout: float = 10) -> str:
    """GET ``url`` directly (never through a proxy from the environment); the body as text."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as response:
        return response.read().decode("utf-8", errors="replace")


def wait_until(condition: Callable[[], Any], timeout: float, what: str, interval: float = 0.25) -> Any:
    """Poll ``condition`` until it returns something truthy; return that. ``WaitTimeout`` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def stop_process_group(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    """SIGTERM the process group ``proc`` leads (started with ``start_new_session``), then SIGKILL."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
    # children (Chromium's zygote and renderers, Streamlit's workers) may outlive the leader
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)


@dataclass
class Chromium:
    """A headless Chromium process with its DevTools endpoint. Use as a context manager."""

    executable: str
    profile_dir: Path
    log_path: Path
    window: tuple[int, int] = (1400, 1100)
    proc: subprocess.Popen[bytes] | None = None
    browser_ws: str = ""
    http_base: str = ""

    def __enter__(self) -> Chromium:
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        args = [
            self.executable,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self.profile_dir}",
            f"--window-size={self.window[0]},{self.window[1]}",
            "about:blank",
        ]
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        try:
            self.browser_ws = wait_until(self._listening, 60, "Chromium's DevTools endpoint")
        except BaseException:
            self.close()
            raise
        host_port = self.browser_ws.split("/")[2]
        self.http_base = f"http://{host_port}"
        return self

    def _listening(self) -> str | None:
        assert self.proc is not None
        match = _LISTENING.search(self.log_path.read_text(encoding="utf-8", errors="replace"))
        if match:
            return match.group(1)
        if self.proc.poll() is not None:
            raise RuntimeError(f"Chromium exited with {self.proc.returncode}:\n{self.log()}")
        return None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    @contextmanager
    def page(self) -> Iterator[Page]:
        """Connect to the tab Chromium opened at start."""
        targets = json.loads(http_get(f"{self.http_base}/json/list"))
        url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
        with connect(url, max_size=None, open_timeout=20, proxy=None) as ws:
            yield Page(ws)

    def close(self) -> None:
        if self.proc is not None:
            stop_process_group(self.proc)

    def __exit__(self, *exc: object) -> None:
        self.close()


class Page:
    """One tab, driven over its DevTools websocket."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self._next_id = 0

    def call(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        call_id = self._next_id
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaitTimeout(f"no answer to {method} within {timeout:.0f} s")
            try:
                message = json.loads(self.ws.recv(timeout=remaining))
            except TimeoutError:
                continue
            if message.get("id") != call_id:
                continue  # an event (the test enables DOM and CSS for the font check); not needed
            if "error" in message:
                raise CdpError(f"{method}: {message['error']}")
            return message.get("result", {})

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression (promises awaited)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CdpError(f"JavaScript threw: {text}\n  in: {expression[:200]}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float, what: str) -> Any:
        """Poll a JavaScript expression until it is truthy; on timeout say what the page showed.

        An expression that throws counts as not yet true (the page may be between two documents);
        the last error is part of the timeout message."""
        errors: list[str] = []

        def check() -> Any:
            try:
                return self.evaluate(expression)
            except CdpError as exc:
                errors[:] = [str(exc)]
                return None

        try:
            return wait_until(check, timeout, what)
        except WaitTimeout as exc:
            last = f"\nlast JavaScript error: {errors[0]}" if errors else ""
            raise WaitTimeout(f"{exc}{last}\n--- page text ---\n{self.text()[-3000:]}") from None

    def text(self) -> str:
        return self.evaluate("document.body ? document.body.innerText : ''") or ""

    def navigate(self, url: str) -> None:
        result = self.call("Page.navigate", url=url)
        if result.get("errorText"):
            raise CdpError(f"navigation to {url} failed: {result['errorText']}")

    def screenshot(self) -> bytes:
        return base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])

    def node_fonts(self, selector: str) -> list[dict[str, Any]]:
        """The platform fonts Chromium used to draw the text of the first node matching ``selector``."""
        root = self.call("DOM.getDocument", depth=0)["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        if not node:
            raise CdpError(f"no node matches {selector!r}")
        return self.call("CSS.getPlatformFontsForNode", nodeId=node)["fonts"]
