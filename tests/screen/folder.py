"""A small real submissions folder for the screening tests (8 files; helpers for conftest and tests)."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.fixtures import make_docx

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "samples"


@dataclass(frozen=True)
class Expected:
    """What the row of a good report must say (from the sample's labels.json)."""

    standard: str
    missing: tuple[str, ...]
    three_years: tuple[str, ...]
    comparison: tuple[str, ...]
    no_data: tuple[str, ...]


def expected(sample: str) -> Expected:
    lab = json.loads((SAMPLES / sample / "labels.json").read_text(encoding="utf-8"))
    return Expected(
        lab["standard"],
        tuple(lab["missing_clauses"]),
        tuple(lab["results_lacking_three_years"]),
        tuple(lab["results_lacking_comparison"]),
        tuple(lab["results_without_numbers"]),
    )


GOOD = {
    "bj-logistics.md": expected("bj-logistics"),
    "szx-econ-bank.docx": expected("szx-econ-bank"),
    "nested/2024/wh-svc-water.md": expected("wh-svc-water"),
}
UNREADABLE = {  # file → a fragment of its Chinese error message
    "corrupt.pdf": "已损坏",
    "encrypted.pdf": "加密",
    "scanned.pdf": "没有文字层",
    "empty.txt": "文件为空",
    "old.doc": "不支持旧版 .doc",
}
FILES = sorted([*GOOD, *UNREADABLE])


def build_folder(folder: Path) -> Path:
    """Three good reports (two as Markdown, one as DOCX; three standards; one in a nested folder) and
    five unreadable files, plus a hidden file and an Office lock file that must be skipped."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "bj-logistics" / "report.md", folder / "bj-logistics.md")
    lab = json.loads((SAMPLES / "szx-econ-bank" / "labels.json").read_text(encoding="utf-8"))
    md = (SAMPLES / "szx-econ-bank" / "report.md").read_text(encoding="utf-8")
    levels = {h["text"]: int(h["level"]) for h in lab["headings"]}
    (folder / "szx-econ-bank.docx").write_bytes(make_docx.md_to_docx(md, headings=levels))
    nested = folder / "nested" / "2024"
    nested.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "wh-svc-water" / "report.md", nested / "wh-svc-water.md")
    noise = random.Random(7).randbytes(4000)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + noise)
    shutil.copy(FIXTURES / "pdf" / "encrypted.pdf", folder / "encrypted.pdf")
    shutil.copy(FIXTURES / "pdf" / "image_only.pdf", folder / "scanned.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / "~$z-econ-bank.docx").write_bytes(b"\x05lock")
    hidden = folder / ".git"
    hidden.mkdir(exist_ok=True)
    (hidden / "HEAD.md").write_text("ref: refs/heads/main\n", encoding="utf-8")
    return folder
