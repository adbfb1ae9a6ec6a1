"""Child processes end with their parent: `sara app`'s Streamlit server on SIGTERM or when `sara app`
is killed, and `sara screen`'s workers when `sara screen` is killed with SIGKILL.

The time bounds below are generous limits against a hang, not speed measurements."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out |= {int(x) for x in (task / "children").read_text().split()}
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _until(cond: Callable[[], bool], limit: float) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.2)
    return cond()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    """Something holds ``port`` on localhost (checked by binding, which opens no connection)."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _env() -> dict[str, str]:
    """This checkout's package first, also in spawned workers (whatever else is installed)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def _start_app(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int, int]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "app", "--port", str(port), "--headless", "--db", str(tmp_path / "s.db")],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert _until(lambda: _listening(port) or proc.poll() is not None, 120), "the workspace did not start"
    assert proc.poll() is None
    (server,) = _children(proc.pid)
    return proc, port, server


def test_sara_app_stops_its_server_on_sigterm(tmp_path: Path) -> None:
    proc, port, server = _start_app(tmp_path)
    try:
        proc.send_signal(signal.SIGTERM)  # to `sara app` only, as a service manager does
        proc.wait(timeout=60)
        assert _until(lambda: not _alive(server), 30), "the Streamlit server outlived sara app"
        assert not _listening(port)
        assert proc.returncode == 0
    finally:
        for pid in (proc.pid, server):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_sara_app_killed_outright_takes_its_server_along(tmp_path: Path) -> None:
    proc, _port, server = _start_app(tmp_path)
    try:
        proc.kill()
        proc.wait(timeout=30)
        assert _until(lambda: not _alive(server), 30), "the Streamlit server outlived a kill -9 of sara app"
    finally:
        if _alive(server):
            os.kill(server, signal.SIGKILL)


def test_screen_workers_exit_when_sara_screen_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):  # enough work that the workers are busy when the parent dies
        for name in ("bj-logistics", "wh-svc-water"):
            shutil.copy(SAMPLES / name / "report.md", folder / f"{name}-{i}.md")
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "screen", str(folder), "--jobs", "2", "--no-db"],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def workers() -> set[int]:
            out = set()
            for pid in _children(proc.pid):
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if b"spawn_main" in cmd:
                    out.add(pid)
            return out

        assert _until(lambda: len(workers()) >= 2 or proc.poll() is not None, 120)
        found = workers()
        assert proc.poll() is None and found
        proc.kill()
        proc.wait(timeout=30)
        assert _until(lambda: not any(_alive(w) for w in found), 30), "screening workers outlived sara screen"
    finally:
        if proc.poll() is None:
            proc.kill()
