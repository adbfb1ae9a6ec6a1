"""The SARA workspace as a server process for the browser test: ``sara app --headless``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.browser.cdp import http_get, stop_process_group, wait_until

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def healthy(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"sara app exited with {self.proc.returncode}:\n{self.log()}")
        try:
            return http_get(f"{self.url}/_stcore/health", timeout=2).strip() == "ok"
        except OSError:
            return False


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def sara_app(workdir: Path, timeout: float = 120) -> Iterator[Server]:
    """``sara app --headless`` on a free port with a fresh database in ``workdir``, until it answers
    its health check; stopped (its whole process group) on exit, also after a failure."""
    port = free_port()
    log_path = workdir / "sara-app.log"
    cmd = [sys.executable, "-m", "analyzer", "app", "--headless", "--port", str(port), "--db", str(workdir / "sara.db")]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    server = Server(f"http://localhost:{port}", proc, log_path)
    try:
        wait_until(server.healthy, timeout, f"the workspace's health endpoint {server.url}/_stcore/health")
        yield server
    finally:
        stop_process_group(proc)
