"""Fixtures for the real-browser test: the SARA workspace as a server process, headless Chromium.

The browser test is skipped when Chromium is not installed, unless ``SARA_REQUIRE_BROWSER`` or
``CI`` is set: then a missing browser fails the run (CI installs ``chromium`` and
``fonts-noto-cjk`` from Debian, see ``.ci/run``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import server
from tests.browser.cdp import Chromium, browser_required, find_chromium
from tests.browser.server import Server

LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def _is_loopback(host: object) -> bool:
    if not isinstance(host, str):
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Overrides the suite's socket guard: this test talks to its own server and browser over
    loopback; every other address is still refused, so the test still proves SARA works offline."""
    real_connect = socket.socket.connect
    real_create_connection = socket.create_connection

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        if self.family == socket.AF_UNIX or _is_loopback(host):
            return real_connect(self, address)  # type: ignore[arg-type]
        raise RuntimeError(f"network access attempted during a test: {address!r}")

    def create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        if not _is_loopback(address[0]):
            raise RuntimeError(f"network access attempted during a test: {address!r}")
        return real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        reason = "no Chromium found (apt-get install chromium fonts-noto-cjk, or set SARA_CHROMIUM)"
        if browser_required():
            pytest.fail(f"{reason}; the browser test is required here (SARA_REQUIRE_BROWSER/CI is set)")
        pytest.skip(reason)
    return path


@pytest.fixture
def sara_app(tmp_path: Path) -> Iterator[Server]:
    with server.sara_app(tmp_path) as app:
        yield app


@pytest.fixture
def chromium(chromium_path: str, tmp_path: Path) -> Iterator[Chromium]:
    with Chromium(chromium_path, tmp_path / "chromium-profile", tmp_path / "chromium.log") as browser:
        yield browser
