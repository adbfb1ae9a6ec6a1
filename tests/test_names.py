"""File names from the file system and from uploads: printable, bounded, never overwriting each other."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analyzer.errors import CorruptFile, SaraError
from analyzer.names import MAX_NAME_BYTES, disk_name, display_name, printable, unique_names


def test_printable_replaces_undecodable_bytes_and_controls() -> None:
    raw = os.fsdecode(b"r\xff\xfe\xe6\x8a\xa5\xe5\x91\x8a.md")  # surrogateescape: as os.listdir gives it
    shown = printable(raw)
    assert shown == "r\ufffd\ufffd报告.md"
    shown.encode("utf-8")  # valid: no lone surrogates left
    assert printable("a\nb\r\tc\u202ed.pdf") == "a b c d.pdf"


@pytest.mark.parametrize("name", ["自评报告（终稿）.docx", "report v2.PDF", "ISO 9001 说明.md"])
def test_ordinary_names_are_unchanged(name: str) -> None:
    assert printable(name) == name == display_name(name) == disk_name(name)


def test_display_name_drops_folders_of_either_kind() -> None:
    assert display_name("C:\\Users\\甲\\自评报告.docx") == "自评报告.docx"
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("") == "upload" and display_name("/") == "upload"


def test_disk_name_fits_255_bytes_and_keeps_the_suffix() -> None:
    long = "深圳市某某物业服务有限公司" * 30 + ".docx"
    assert len(long.encode()) > MAX_NAME_BYTES
    out = disk_name(long)
    assert len(out.encode()) <= MAX_NAME_BYTES and out.endswith("….docx") and out.startswith("深圳市某某")
    assert disk_name("..") == "upload"


def test_unique_names_number_repeats() -> None:
    names = ["自评报告.docx", "自评报告.pdf", "自评报告.docx", "自评报告.DOCX", "a/自评报告.docx"]
    assert unique_names(names) == [
        "自评报告.docx",
        "自评报告.pdf",
        "自评报告 (2).docx",
        "自评报告 (3).DOCX",
        "自评报告 (4).docx",
    ]
    long = ["长" * 200 + ".docx"] * 3
    out = unique_names(long)
    assert len(set(out)) == 3 and all(len(n.encode()) <= MAX_NAME_BYTES for n in out)


def test_error_messages_are_one_printable_line() -> None:
    err = CorruptFile(os.fsdecode(b"/tmp/bad\nname\xff.pdf"), "PDF", "no %PDF header")
    for message in (err.message_zh, err.message_en, err.bilingual()):
        assert "\n" not in message
        message.encode("utf-8")
    assert "bad name\ufffd.pdf" in err.message_en
    assert SaraError("甲\n乙", "a\nb").message_en == "a b"


# --------------------------------------------------------------------------- through the CLI and the workspace

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "bj-logistics" / "report.md"


def _sara(*args: str) -> tuple[int, bytes, bytes]:
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "PYTHONIOENCODING": ""}
    p = subprocess.run([sys.executable, "-m", "analyzer", *args], capture_output=True, env=env, timeout=300)
    return p.returncode, p.stdout, p.stderr


@pytest.mark.skipif(os.name != "posix", reason="non-UTF-8 file names are a POSIX thing")
def test_a_non_utf8_file_name_gives_valid_json(tmp_path: Path) -> None:
    import json

    odd = os.path.join(os.fsencode(tmp_path), b"r\xff\xfe.md")
    with open(odd, "wb") as fh:
        fh.write(SAMPLE.read_bytes())
    name = os.fsdecode(odd)
    code, out, err = _sara("analyze", name, "--standard", "beijing-2020", "--backend", "lexical")
    assert code == 0, err.decode("utf-8", "replace")
    data = json.loads(out.decode("utf-8"))
    assert data["source"]["file"] == "r\ufffd\ufffd.md"
    code, out, _ = _sara("inspect", name, "--format", "json")
    assert code == 0
    assert json.loads(out.decode("utf-8"))["source"] == "r\ufffd\ufffd.md"


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad\nname.pdf"
    bad.write_bytes(b"not a pdf")
    code, _, err = _sara("analyze", str(bad), "--standard", "beijing-2020")
    assert code == 2
    lines = [ln for ln in err.decode("utf-8").splitlines() if ln.strip()]
    assert len(lines) == 1 and "bad name.pdf" in lines[0] and "Traceback" not in lines[0]


def test_an_upload_name_over_255_bytes_is_analysed(tmp_path: Path) -> None:
    from analyzer.review.store import Store
    from analyzer.review.workspace import analyze_upload

    long = "北京霜屿冷链物流股份有限公司质量管理奖自评报告" * 8 + ".md"
    assert len(long.encode()) > MAX_NAME_BYTES
    with Store.open(tmp_path / "s.db") as store:
        opened = analyze_upload(store, SAMPLE.read_bytes(), long, "beijing-2020", backend="lexical")
        assert opened.submission.name == long
