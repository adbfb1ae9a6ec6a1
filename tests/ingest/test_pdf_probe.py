"""The no-text probe (issue 13): PDFium is asked whether a PDF has any text before pdfminer lays
out a single page, so a PDF of outline glyphs is rejected at once; a PDF whose first pages have
no text but later pages do is read, not rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import NoTextLayer
from analyzer.ingest import IngestConfig, read_raw
from analyzer.ingest.ocr import OcrSettings
from analyzer.ingest.pdf import NO_TEXT_PROBE_PAGES, _no_text_anywhere
from analyzer.text.counts import count
from tests.fixtures import make_pdf_real as real

OFF = IngestConfig(ocr=OcrSettings(mode="off"))


def test_outline_glyphs_have_no_text_anywhere() -> None:
    assert _no_text_anywhere(real.outline_pdf(4))


def test_text_after_the_probed_pages_is_found() -> None:
    data = real.late_text_pdf(outline_pages=NO_TEXT_PROBE_PAGES + 1)
    assert not _no_text_anywhere(data)


def test_text_on_the_first_page_is_found() -> None:
    assert not _no_text_anywhere(real.plain_pdf(1))


def test_late_text_pdf_is_read_not_rejected(tmp_path: Path) -> None:
    path = tmp_path / "late.pdf"
    path.write_bytes(real.late_text_pdf(outline_pages=NO_TEXT_PROBE_PAGES + 1, text_pages=2))
    raw = read_raw(path, OFF)
    text = "".join(b.text for b in raw.blocks)
    assert count(text).word_style >= count("".join(real.BODY)).word_style  # two pages of the body


def test_outline_pdf_is_rejected_without_ocr(tmp_path: Path) -> None:
    path = tmp_path / "outline.pdf"
    path.write_bytes(real.outline_pdf(3))
    with pytest.raises(NoTextLayer, match=r"3 page"):
        read_raw(path, OFF)


def test_pages_pdfminer_cannot_find_are_read_by_pdfium(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(real.plain_pdf(2))
    untyped = tmp_path / "untyped.pdf"
    untyped.write_bytes(real.untyped_pages_pdf(2))
    want = read_raw(plain, OFF)
    got = read_raw(untyped, OFF)
    assert got.reader in ("pdfium-repair", "pdfium")
    assert count("".join(b.text for b in got.blocks)) == count("".join(b.text for b in want.blocks))


def test_toc_leaders_do_not_make_a_page_look_incomplete(tmp_path: Path) -> None:
    # The blank page makes the reader compare each page's characters with PDFium's; the leader
    # dots SARA drops on purpose must not count as text it lost (that was a false error on
    # every Word thesis with a 目录 and a blank page).
    from analyzer.text.segment import build_document

    path = tmp_path / "toc.pdf"
    path.write_bytes(real.toc_leader_pdf(blank_page=True))
    doc = build_document(read_raw(path, OFF))
    codes = {d.code for d in doc.diagnostics}
    assert "pdf-text-incomplete" not in codes
    assert "pdf-pages-without-text" in codes  # the blank page is still reported
