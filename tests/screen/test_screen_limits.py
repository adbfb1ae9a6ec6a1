"""Screening under the hard limits: a file over a limit is an error row with the bilingual refusal,
and a file whose worker never finishes is killed at the hard time limit — its row says why and
the run goes on (issue 14 item 15)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from analyzer.batch.runner import HANG_ENV, screen_folder
from analyzer.ingest import IngestConfig, Limits
from tests.ingest.test_limits import make_pdf


def test_a_stuck_worker_is_killed_and_its_row_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "stuck.md").write_text("一、领导\n\n高层领导确定方向。", encoding="utf-8")
    (folder / "bomb.pdf").write_bytes(make_pdf([b" " * (16 << 20)]))
    monkeypatch.setenv(HANG_ENV, "stuck.md")
    ingest = IngestConfig(limits=Limits(worker_seconds=3, max_decompressed_bytes=4 << 20))
    t = time.monotonic()
    result = screen_folder(folder, "beijing-2020", jobs=2, ingest=ingest)
    assert time.monotonic() - t < 120  # bounded by the limit, not by the stuck file
    bomb, stuck = result.rows
    assert stuck.file == "stuck.md" and stuck.verdict == "无法读取"
    assert "超过 3 秒仍未结束" in (stuck.error_zh or "") and "did not finish within 3 s" in (stuck.error_en or "")
    assert bomb.verdict == "无法读取" and "解压后的数据量" in (bomb.error_zh or "")
    assert "the decompressed data reached" in (bomb.error_en or "")
    assert result.failed == 2


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_left_no_process_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "stuck.md").write_text("一、领导\n\n高层领导确定方向。", encoding="utf-8")
    monkeypatch.setenv(HANG_ENV, "stuck.md")
    before = set(_children())
    screen_folder(folder, "beijing-2020", jobs=1, ingest=IngestConfig(limits=Limits(worker_seconds=2)))
    time.sleep(0.5)
    assert not (set(_children()) - before)


def _children() -> list[int]:
    me = os.getpid()
    out = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
                fields = stat.rsplit(")", 1)[1].split()
                cmdline = Path(entry.path, "cmdline").read_bytes() if fields[0] != "Z" else b""
            except OSError:
                continue  # the process ended between the scan and the read
            if int(fields[1]) == me and cmdline and b"resource_tracker" not in cmdline:
                out.append(int(entry.name))
    return out
