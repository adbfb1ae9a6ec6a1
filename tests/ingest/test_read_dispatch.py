"""Reading any file: format sniffing, limits, encodings, and the exact bad-input messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.errors import (
    ContentMismatch,
    CorruptFile,
    EmptyFile,
    EncryptedDocument,
    FileNotFound,
    FileTooLarge,
    LegacyWordFormat,
    UndecodableText,
    UnsupportedFormat,
)
from analyzer.ingest import IngestConfig, Limits, read_document, read_raw

ROOT = Path(__file__).resolve().parents[2]

REPORT = """北京某某科技有限公司 自评报告

组织概述

本公司成立于2005年，主要从事医疗器械研发。

一、领导

（一）高层领导的作用

高层领导每季度召开战略会议，确定方向。

表1 主要指标
指标\t2021年\t2022年\t2023年
顾客满意度（%）\t91.2\t92.5\t94.0
"""


def sara(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16")],
)
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, name: str) -> None:
    f = tmp_path / "report.txt"
    f.write_bytes(REPORT.encode(encoding))
    doc = read_document(f)
    assert "高层领导每季度召开战略会议，确定方向。" in doc.text
    titles = [s.title for s in doc.sections]
    assert "高层领导的作用" in titles and "组织概述" in titles
    assert doc.tables and doc.tables[0].rows[1] == ("顾客满意度（%）", "91.2", "92.5", "94.0")
    notes = [d.message_en for d in doc.diagnostics if d.code == "text-encoding"]
    assert bool(notes) == (name not in ("utf-8", "utf-8-sig")), notes
    if notes:
        assert name in notes[0]


def test_utf16_without_bom(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(REPORT.encode("utf-16-le"))
    assert "顾客满意度" in read_document(f).text


def test_markdown_headings(tmp_path: Path) -> None:
    f = tmp_path / "r.md"
    f.write_text("# 自评报告\n\n## 1 领导\n\n### 1.1 文化引领\n\n我们确立了使命。\n", encoding="utf-8")
    doc = read_document(f)
    # the title line is front matter (level 1, parent of nothing); chapters count from 1
    assert [(s.level, s.number, s.title, s.front_matter) for s in doc.sections] == [
        (1, None, "自评报告", True),
        (1, "1", "领导", False),
        (2, "1.1", "文化引领", False),
    ]
    assert doc.sha256 and len(doc.sha256) == 64


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
ZIP = b"PK\x03\x04" + b"\x00" * 100

BAD = [
    ("empty.txt", b"", EmptyFile, "文件为空", "the file is empty"),
    ("blank.md", b"  \n\n \t\n", EmptyFile, "文件为空", "the file is empty"),
    ("old.doc", OLE, LegacyWordFormat, "不支持旧版 .doc 格式", "legacy .doc"),
    ("old.wps", b"whatever", LegacyWordFormat, "请在 Word 或 WPS 中另存为 .docx", "please save it as .docx"),
    ("sheet.xlsx", ZIP, UnsupportedFormat, "不支持的文件格式", "unsupported file format"),
    ("picture.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, UnsupportedFormat, "扩展名 .png", "content: image"),
    ("noext", b"hello", UnsupportedFormat, "无扩展名", "unsupported file format"),
    ("fake.pdf", "这不是PDF".encode(), CorruptFile, "PDF 文件已损坏或无法解析", "no %PDF header"),
    ("zip.pdf", ZIP, ContentMismatch, "文件扩展名为 .pdf，但内容是 ZIP/DOCX", "is named .pdf"),
    ("pdf.docx", b"%PDF-1.4\n" + b"x" * 100, ContentMismatch, "但内容是 PDF", "its content is PDF"),
    ("text.docx", "普通文本".encode(), CorruptFile, "DOCX 文件已损坏", "not a ZIP archive"),
    ("locked.docx", OLE, EncryptedDocument, "文档已加密", "encrypted"),
    ("pdf.txt", b"%PDF-1.4\n" + b"x" * 100, ContentMismatch, "但内容是 PDF", "named .txt"),
    ("binary.txt", bytes(range(256)) * 8, UndecodableText, "无法识别文本文件的编码", "cannot detect the text encoding"),
]


@pytest.mark.parametrize(("name", "data", "exc", "zh", "en"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_raises_named_error(tmp_path: Path, name: str, data: bytes, exc: type, zh: str, en: str) -> None:
    p = _write(tmp_path, name, data)
    with pytest.raises(exc) as info:
        read_raw(p)
    assert zh in info.value.message_zh and en in info.value.message_en


@pytest.mark.parametrize(("name", "data", "exc", "zh", "en"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_via_cli_is_exit_2_without_traceback(
    tmp_path: Path, name: str, data: bytes, exc: type, zh: str, en: str
) -> None:
    p = _write(tmp_path, name, data)
    r = sara("inspect", str(p))
    assert r.returncode == 2
    assert r.stdout == ""
    line = r.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.startswith("错误 / error: ") and zh in line and en in line


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFound):
        read_raw(tmp_path / "nope.pdf")
    r = sara("inspect", str(tmp_path / "nope.pdf"))
    assert r.returncode == 2
    missing = tmp_path / "nope.pdf"
    assert r.stderr.strip() == f"错误 / error: 文件不存在：{missing} / no such file: {missing}"
    with pytest.raises(UnsupportedFormat):
        read_raw(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    p = _write(tmp_path, "big.txt", ("质量" * 400_000).encode())
    with pytest.raises(FileTooLarge) as info:
        read_raw(p, IngestConfig(max_bytes=1_000_000))
    assert "文件过大（2.3 MB，上限 1 MB）" in info.value.message_zh
    r = sara("inspect", str(p), "--max-mb", "1")
    assert r.returncode == 2 and "the file is too large (2.3 MB; the limit is 1 MB)" in r.stderr
    # The default size limit is 50 MB; 800,000 characters are over the default character limit.
    assert read_raw(p, IngestConfig(limits=Limits(max_glyphs=1_000_000))).format == "txt"


def test_inspect_json_contract(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    r = sara("inspect", str(f), "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["format"] == "txt" and d["pages"] is None
    assert set(d["counts"]) == {"word_style", "chars_no_spaces", "chars_with_spaces", "cjk"}
    assert d["counts"]["word_style"] > 0
    assert {"id", "level", "number", "title", "start", "end", "page"} <= set(d["sections"][0])
    assert {"id", "section", "text", "start", "end", "page", "kind"} <= set(d["paragraphs"][0])
    text = read_document(f).text
    for p in d["paragraphs"]:
        assert text[p["start"] : p["end"]] == p["text"]
    assert any(p["kind"] == "table" for p in d["paragraphs"])


def test_inspect_text_view(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    r = sara("inspect", str(f))
    assert r.returncode == 0
    assert "字数 (Word)" in r.stdout and "高层领导的作用" in r.stdout


def test_offline(tmp_path: Path) -> None:
    """The conftest blocks sockets; reading must not need the network."""
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    assert read_document(f).paragraphs
