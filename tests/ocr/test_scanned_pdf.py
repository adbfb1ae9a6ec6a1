"""Scanned PDFs: pages without a text layer are read by OCR and counted, with bounded work.

The scan is made here: the committed two-page text PDF (tests/fixtures/pdf/rl_report.pdf) printed
at 150 dpi, slightly turned, with noise, JPEG-compressed and wrapped as an image-only PDF."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from analyzer.errors import NoTextLayer, OcrFoundNoText, OcrPageLimit
from analyzer.evaluation.scan import scan_pdf
from analyzer.ingest import IngestConfig, read_document
from analyzer.ingest.ocr import OcrSettings, decode_picture
from analyzer.text.counts import count

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(scan_pdf((FIXTURES / "rl_report.pdf").read_bytes(), dpi=150, angle=0.5, noise=6.0))
    return path


def test_scan_has_no_text_layer_without_ocr(scan: Path) -> None:
    with pytest.raises(NoTextLayer):
        read_document(scan, IngestConfig(ocr=OcrSettings(mode="off")))


def test_scanned_report_is_read_and_counted_from_ocr(scan: Path) -> None:
    progress: list[tuple[int, int]] = []
    doc = read_document(scan, IngestConfig(ocr_progress=lambda done, total: progress.append((done, total))))
    text_pdf = read_document(FIXTURES / "rl_report.pdf", IngestConfig(ocr=OcrSettings(mode="off")))
    assert doc.ocr_pages == (1, 2)
    assert progress == [(1, 2), (2, 2)]
    assert doc.counts is not None and text_pdf.counts is not None
    assert abs(doc.counts.word_style - text_pdf.counts.word_style) <= 0.05 * text_pdf.counts.word_style
    codes = {d.code: d for d in doc.diagnostics}
    assert "ocr-pages" in codes and "OCR" in codes["ocr-pages"].message_zh and "pdf-pages-without-text" not in codes
    # the same headings as the text layer gives (numbers and titles; OCR drops the space between them)
    def squash(s: str) -> str:
        return "".join(s.split())

    def heading(s: object) -> str:
        return squash(f"{s.number or ''}{s.title}")  # type: ignore[attr-defined]

    assert [heading(s) for s in doc.sections] == [heading(s) for s in text_pdf.sections]
    # the ruled table is found from the ruling lines in the image
    assert [t.rows[0][:4] for t in doc.tables] == [t.rows[0][:4] for t in text_pdf.tables]
    # body paragraphs: OCR characters agree with the text layer
    ocr_text = squash("".join(p.text for p in doc.paragraphs))
    ref_text = squash("".join(p.text for p in text_pdf.paragraphs))
    import difflib

    assert difflib.SequenceMatcher(None, ocr_text, ref_text, autojunk=False).ratio() >= 0.95


def test_second_read_comes_from_the_cache(scan: Path) -> None:
    import time

    read_document(scan)  # fills the session's cache if the test above did not
    t = time.perf_counter()
    doc = read_document(scan)
    assert doc.ocr_pages == (1, 2)
    assert time.perf_counter() - t < 30  # generous: no OCR at all, only rendering and hashing


def test_page_limit_refuses_before_any_work(scan: Path) -> None:
    with pytest.raises(OcrPageLimit) as exc:
        read_document(scan, IngestConfig(ocr=OcrSettings(max_pages=1)))
    assert "上限 1 页" in exc.value.message_zh and "limit of 1" in exc.value.message_en


def test_scan_of_noise_says_it_found_nothing() -> None:
    with pytest.raises(OcrFoundNoText) as exc:
        read_document(FIXTURES / "image_only.pdf")
    assert "OCR" in exc.value.message_zh and "OCR found only" in exc.value.message_en


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


def test_bad_pictures_are_reported_not_raised() -> None:
    settings = OcrSettings()
    pixels, _, skipped, error = decode_picture(_png_header(60_000, 60_000), settings)  # a decompression bomb
    assert pixels is None and error is not None and "too large" in error
    pixels, _, skipped, error = decode_picture(b"\x89PNG\r\n\x1a\nnot a picture", settings)
    assert pixels is None and error is not None
    pixels, _, skipped, error = decode_picture(_png_header(4, 4), settings)  # an icon: not read
    assert pixels is None and skipped == "4×4" and error is None


def test_picture_text_count_is_its_own() -> None:
    assert count("2021年").word_style == 2  # the unit the picture count uses: Word's 字数 rules
