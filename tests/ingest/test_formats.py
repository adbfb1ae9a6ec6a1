"""The format registry (analyzer/ingest/formats.py) is the one place that knows which files SARA
reads: every format in it sniffs and reads, every extension belongs to one format, and the lists the
rest of SARA uses (extensions, screening, upload boxes and their labels) come from it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from analyzer import ingest
from analyzer.batch import secretariat
from analyzer.batch.runner import find_files
from analyzer.errors import LegacyWordFormat, UnsupportedFormat
from analyzer.export.labels import UPLOAD_FORMATS_ZH
from analyzer.ingest import detect_format, read_raw
from analyzer.ingest.formats import (
    FORMATS,
    LEGACY_EXTENSIONS,
    READABLE,
    RECOGNISED_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    FormatSpec,
    LegacyFormat,
    format_for,
)
from analyzer.review import workspace as ws

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
TEXT = "一、领导\n\n（一）高层领导的作用\n\n高层领导每季度召开战略会议，确定组织的发展方向。\n"

# one real file of each format SARA reads: a format added to the registry without one fails below
EXAMPLES: dict[str, Path | bytes] = {
    "pdf": FIXTURES / "pdf" / "lo_report.pdf",
    "docx": FIXTURES / "docx" / "lo-numbering.docx",
    "txt": TEXT.encode("utf-8"),
    "md": ("# 自评报告\n\n" + TEXT).encode("utf-8"),
}


def _example(tmp_path: Path, spec: FormatSpec) -> Path:
    example = EXAMPLES[spec.name]
    if isinstance(example, Path):
        return example
    path = tmp_path / f"report{spec.extensions[0]}"
    path.write_bytes(example)
    return path


def test_every_readable_format_has_an_example_here() -> None:
    assert set(EXAMPLES) == {f.name for f in READABLE}


@pytest.mark.parametrize("spec", READABLE, ids=[f.name for f in READABLE])
def test_every_readable_format_sniffs_and_reads_its_own_files(tmp_path: Path, spec: FormatSpec) -> None:
    path = _example(tmp_path, spec)
    head = path.read_bytes()[:2048]
    assert spec.sniff(str(path), path.suffix, head) is None
    raw = spec.read(path, path.read_bytes(), ingest.IngestConfig())
    assert raw.format == spec.name and any(b.text.strip() for b in raw.blocks)
    assert read_raw(path).format == spec.name
    for ext in spec.extensions:
        assert detect_format(path.with_suffix(ext), head) == spec.name


@pytest.mark.parametrize("spec", READABLE, ids=[f.name for f in READABLE])
def test_every_readable_format_refuses_another_formats_content(tmp_path: Path, spec: FormatSpec) -> None:
    """A file whose content is another binary format is refused by the sniffing, not by the reader."""
    others = [f for f in READABLE if f.name != spec.name and f.name in ("pdf", "docx")]
    for other in others:
        head = _example(tmp_path, other).read_bytes()[:2048]
        problem = spec.sniff(f"x{spec.extensions[0]}", spec.extensions[0], head)
        assert problem is not None, (spec.name, other.name)


def test_an_extension_belongs_to_exactly_one_format() -> None:
    counts = Counter(ext for f in FORMATS for ext in f.extensions)
    assert counts and max(counts.values()) == 1
    assert len({f.name for f in FORMATS}) == len(FORMATS)
    for ext in counts:
        assert ext == ext.lower() and ext.startswith(".") and format_for(ext) is not None
    assert format_for(".xlsx") is None and format_for("") is None


def test_the_extension_lists_are_the_registry() -> None:
    assert ingest.SUPPORTED_EXTENSIONS is SUPPORTED_EXTENSIONS
    assert ingest.LEGACY_EXTENSIONS is LEGACY_EXTENSIONS
    assert {e: f.name for f in READABLE for e in f.extensions} == SUPPORTED_EXTENSIONS
    legacy = [f for f in FORMATS if isinstance(f, LegacyFormat)]
    assert {e for f in legacy for e in f.extensions} == LEGACY_EXTENSIONS
    assert set(RECOGNISED_EXTENSIONS) == set(SUPPORTED_EXTENSIONS) | LEGACY_EXTENSIONS


def test_a_legacy_extension_is_refused_whatever_the_content(tmp_path: Path) -> None:
    pdf_head = (FIXTURES / "pdf" / "lo_report.pdf").read_bytes()[:2048]
    for ext in LEGACY_EXTENSIONS:
        with pytest.raises(LegacyWordFormat):
            detect_format(tmp_path / f"old{ext}", pdf_head)
    with pytest.raises(UnsupportedFormat):
        detect_format(tmp_path / "sheet.xlsx", pdf_head)


def test_upload_types_and_labels_come_from_the_registry() -> None:
    assert tuple(e.lstrip(".") for f in FORMATS for e in f.extensions) == ws.UPLOAD_TYPES
    names = [f.label for f in READABLE]
    assert f"{'、'.join(names[:-1])} 或 {names[-1]}" == UPLOAD_FORMATS_ZH
    assert ws.UPLOAD_FORMATS_ZH == secretariat.UPLOAD_FORMATS_ZH == UPLOAD_FORMATS_ZH
    # the refusal of an unknown format names the same formats (errors.py cannot import the registry)
    assert UPLOAD_FORMATS_ZH in UnsupportedFormat("x.xlsx").message_zh


def test_screening_takes_the_files_of_the_registry(tmp_path: Path) -> None:
    for ext in RECOGNISED_EXTENSIONS:
        (tmp_path / f"r{ext}").write_bytes(b"x")
    (tmp_path / "r.xlsx").write_bytes(b"x")
    supported = {Path(f.rel).suffix: f.supported for f in find_files(tmp_path)}
    assert supported == {**{e: e in SUPPORTED_EXTENSIONS for e in RECOGNISED_EXTENSIONS}, ".xlsx": False}
