"""The PDF reader against what real-world files do (issue 13): text in Form XObjects, damaged
cross-reference tables, empty glyph strings, leader dots, watermarks, kerning, outline glyphs.

The PDFs are built in memory by ``tests/fixtures/make_pdf_real.py`` (reportlab)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the real-world PDF fixtures are drawn with reportlab (test extra)")

from analyzer.errors import CorruptFile, NoTextLayer
from analyzer.ingest import IngestConfig, read_document, read_raw
from analyzer.ingest._pdf_layout import build_blocks, clean_line_text
from analyzer.ingest._pdfium import char_counts, page_layouts
from analyzer.ingest.ocr import OcrSettings
from analyzer.ingest.pdf import PdfStats, _cross_check
from analyzer.model import Document
from tests.fixtures import make_pdf_real as real

TOC_WORDS = 32  # 目录 2 + five entries 25 + five page numbers 5


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read_document(_write(tmp_path_factory.mktemp("plain"), "plain.pdf", real.plain_pdf()))


def _codes(doc: Document) -> set[str]:
    return {d.code for d in doc.diagnostics}


def test_text_inside_form_xobjects_is_read(tmp_path: Path, plain: Document) -> None:
    raw = read_raw(_write(tmp_path, "form.pdf", real.form_xobject_pdf()))
    doc = read_document(tmp_path / "form.pdf")
    assert raw.reader == "pdfminer"
    assert raw.pictures == 0  # a form holding text is content, not a picture
    assert doc.counts == plain.counts
    assert [p.text for p in doc.paragraphs] == [p.text for p in plain.paragraphs]


def test_damaged_xref_is_repaired_by_pdfium(tmp_path: Path, plain: Document) -> None:
    from pdfminer.high_level import extract_text

    data = real.damaged_xref_pdf()
    with pytest.raises(Exception, match="No /Root"):
        extract_text(io.BytesIO(data))  # pdfminer alone refuses it
    path = _write(tmp_path, "damaged.pdf", data)
    raw = read_raw(path)
    assert raw.reader == "pdfium-repair"
    doc = read_document(path)
    assert "pdf-repaired" in _codes(doc)
    assert doc.counts == plain.counts


def test_a_file_neither_reader_opens_stays_corrupt(tmp_path: Path) -> None:
    data = real.plain_pdf()
    broken = data[:200] + b"\x00" * (len(data) - 400) + data[-200:]
    with pytest.raises(CorruptFile):
        read_raw(_write(tmp_path, "broken.pdf", broken))


def test_pdfium_text_layer_reads_the_same_words() -> None:
    pages, rotated = page_layouts(real.plain_pdf())
    layout = build_blocks(pages)
    text = "".join(b.text for b in layout.blocks)
    assert rotated == 0
    for para in real.BODY:
        assert para in text


def test_near_empty_extraction_is_recovered_from_the_pdfium_text_layer() -> None:
    """pdfminer came back with (almost) nothing from pages that hold text: never a silent success."""
    data = real.plain_pdf()
    pages, _ = page_layouts(data)
    empty = [type(p)(p.number, p.width, p.height, ()) for p in pages]
    stats = PdfStats(pages=2, pages_without_text=2, chars=0, garbled=0, pictures=0)
    _, got_stats, reader, diags = _cross_check(data, "x.pdf", empty, stats, "pdfminer")
    assert reader == "pdfium"
    assert got_stats.chars > 500
    assert [d.code for d in diags] == ["pdf-text-recovered"]
    assert sum(char_counts(data)) == got_stats.chars


def test_empty_glyph_strings_do_not_break_the_reader(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "empty-glyph.pdf", real.empty_glyph_pdf()))
    assert [p.text for p in doc.paragraphs] == ["Quality management system review The second line"]


def test_toc_leader_dots_are_not_counted(tmp_path: Path, plain: Document) -> None:
    doc = read_document(_write(tmp_path, "toc.pdf", real.toc_leader_pdf()))
    assert "·" not in doc.text and "..." not in doc.text
    assert doc.counts is not None and plain.counts is not None
    # the TOC page plus one page of body (plain has two)
    body_page = plain.counts.word_style // 2
    assert doc.counts.word_style == body_page + TOC_WORDS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("一、组织概述··························1", "一、组织概述 1"),
        ("第二章 领导 . . . . . . . . . 12", "第二章 领导 12"),
        ("前言……………………………… iv", "前言 iv"),
        ("他说……然后离开了。", "他说……然后离开了。"),  # an ellipsis is text
        ("版本 1.2.3 发布", "版本 1.2.3 发布"),
    ],
)
def test_clean_line_text(line: str, expected: str) -> None:
    assert clean_line_text(line) == expected


def test_rotated_watermark_is_removed(tmp_path: Path, plain: Document) -> None:
    doc = read_document(_write(tmp_path, "watermark.pdf", real.watermark_pdf()))
    assert not any(ch in doc.text for ch in "严禁外传")
    assert doc.counts == plain.counts


def test_overprinted_glyphs_are_read_once(tmp_path: Path, plain: Document) -> None:
    # fake bold draws each glyph three times 0.12 pt apart, a shadow draws a run twice; PDFium's
    # text (and the page) shows each character once
    doc = read_document(_write(tmp_path, "fake-bold.pdf", real.fake_bold_pdf()))
    titles = ["一、领导作用", "二、战略管理"]
    assert [p.text for p in doc.paragraphs if p.text not in titles] == [p.text for p in plain.paragraphs]
    assert [p.text for p in doc.paragraphs if p.text in titles] == titles
    assert doc.counts.word_style == plain.counts.word_style + 2 * 6


def test_kerning_gaps_do_not_split_latin_words(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "kerned.pdf", real.kerned_latin_pdf()))
    latin = [p.text for p in doc.paragraphs if p.text.startswith("The")]
    assert latin == [real.LATIN] * 3


def test_glyphs_pdfminer_cannot_map_are_read_from_pdfium(tmp_path: Path) -> None:
    # pdfminer gives "(cid:N)" for a font whose encoding is only in the font program (LaTeX's
    # fonts); PDFium reads the font, and its character at the glyph's place is taken
    from pdfminer.high_level import extract_text

    data = real.builtin_encoding_pdf()
    assert "(cid:" in extract_text(io.BytesIO(data))  # the defect this guards against
    doc = read_document(_write(tmp_path, "builtin.pdf", data))
    assert real.BUILTIN_LATIN in doc.text
    assert "(cid:" not in doc.text
    assert "pdf-garbled-text" not in _codes(doc)


def test_a_glyph_mapped_to_nul_is_undecodable_not_text(tmp_path: Path) -> None:
    # ToUnicode gives the glyph "#" U+0000 (8f573111e9.pdf: 250 of them in a math handout)
    raw = read_raw(_write(tmp_path, "nul.pdf", real.newline_glyph_pdf(b"0000")))
    text = "\n".join(b.text for b in raw.blocks)
    assert "\x00" not in text
    assert "\ufffdQuality\ufffd management" in text
    (garbled,) = [d for d in raw.diagnostics if d.code == "pdf-garbled-text"]
    assert garbled.count == 7


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_pdfium_glyph_boxes_are_mapped_into_pdfminer_page_space(rotate: int) -> None:
    # every unmapped glyph of a /Rotate'd page finds its character: PDFium's boxes (user space)
    # go through the ctm pdfminer's interpreter set for the page
    from pdfminer.layout import LAParams, LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from analyzer.ingest._pdf_limits import BoundedAggregator
    from analyzer.ingest._pdfium import GlyphText

    data = real.builtin_encoding_pdf(rotate)
    rsrc = PDFResourceManager()
    device = BoundedAggregator(rsrc, laparams=LAParams())
    interpreter = PDFPageInterpreter(rsrc, device)
    (page,) = PDFPage.get_pages(io.BytesIO(data))
    interpreter.process_page(page)

    def chars(obj: object) -> list[LTChar]:
        if isinstance(obj, LTChar):
            return [obj]
        return [ch for child in getattr(obj, "_objs", ()) for ch in chars(child)]

    unmapped = [ch for ch in chars(device.get_result()) if ch.get_text().startswith("(cid:")]
    glyphs = GlyphText(data)
    try:
        found = [glyphs.text_at(1, (ch.x0, ch.y0, ch.x1, ch.y1), device.page_ctm) for ch in unmapped]
    finally:
        glyphs.close()
    # (pdfminer's line order runs backwards on some rotations: the characters are what counts)
    assert sorted("".join(t for t in found if t and not t.isspace())) == sorted(real.BUILTIN_LATIN.replace(" ", ""))


def test_outline_glyph_pdf_is_rejected_as_without_text(tmp_path: Path) -> None:
    # with OCR off (with OCR on, the pages are read by OCR: tests/ocr)
    with pytest.raises(NoTextLayer, match=r"40 page"):
        read_raw(_write(tmp_path, "outline.pdf", real.outline_pdf()), IngestConfig(ocr=OcrSettings(mode="off")))


def test_pictures_are_reported_once() -> None:
    off = IngestConfig(ocr=OcrSettings(mode="off"))  # with OCR the image pages are pages, not pictures
    doc = read_document(Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "mostly_images.pdf", off)
    picture_codes = [d.code for d in doc.diagnostics if "picture" in d.code]
    assert picture_codes == ["pictures-not-counted"]


def test_two_column_pages_are_read_column_by_column(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "two-column.pdf", real.two_column_pdf()))
    texts = ["".join(p.text.split()) for p in doc.paragraphs]
    # the fixture wraps inside numbers ("8|7.5%"), which joins with a space: compare without spaces
    assert texts == ["二、领导", *("".join(b.split()) for b in real.BODY)]


# ----------------------------------------------------------------------------- rejoining lines


def _texts(doc: Document) -> list[str]:
    # the fixtures wrap inside numbers ("8|7.5%"), which joins with a space: compare without spaces
    return ["".join(p.text.split()) for p in doc.paragraphs]


def _squeezed(*paragraphs: str) -> list[str]:
    return ["".join(p.split()) for p in paragraphs]


def test_wide_line_spacing_rejoins_paragraphs(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "wide.pdf", real.wide_spacing_pdf()))
    assert _texts(doc) == _squeezed(*real.BODY)


def test_line_pitch_is_read_per_page(tmp_path: Path) -> None:
    """Pages 2–3 are set at 4× the font size while the document's usual pitch (page 1) is 1.5×."""
    doc = read_document(_write(tmp_path, "mixed.pdf", real.mixed_spacing_pdf()))
    expected = [*real.BODY, *real.BODY, *real._page_paragraphs(1)[:2], *real._page_paragraphs(2)[:2]]
    assert _texts(doc) == _squeezed(*expected)


def test_paragraphs_continue_across_columns_and_pages(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "columns.pdf", real.column_flow_pdf()))
    assert _texts(doc) == _squeezed(*real.BODY, *real.BODY)
    pages = [p.page for p in doc.paragraphs]
    assert pages == [1, 1, 1, 2, 2, 2]  # the last one runs on to page 3


def test_toc_entries_stay_apart_and_a_wrapped_centred_title_is_one(tmp_path: Path) -> None:
    """目录 entries all end at the same tab stop, which makes that page's right margin: each entry
    still ends its paragraph (a page number after a dot leader). The title wrapped over
    two centred lines is one heading."""
    raw = read_raw(_write(tmp_path, "front.pdf", real.front_matter_pdf()))
    texts = [b.text for b in raw.blocks]
    assert texts[0] == real.TITLE
    assert raw.blocks[0].kind == "heading"
    assert texts[1] == "目录"
    assert ["".join(t.split()) for t in texts[2 : 2 + len(real.TOC)]] == _squeezed(*real.TOC)
    assert ["".join(t.split()) for t in texts[2 + len(real.TOC) :]] == _squeezed(*real.BODY)


def test_pages_sharing_the_same_text_keep_their_body(tmp_path: Path) -> None:
    """Every line repeats at the same place on every page: furniture must never take the whole
    body (issue 14, item 21). The page numbers still go."""
    raw = read_raw(_write(tmp_path, "repeated.pdf", real.repeated_pages_pdf()))
    text = "".join(b.text for b in raw.blocks)
    assert text == "".join(real.REPEATED) * 3
    assert raw.furniture_removed == 3


def _glyphs(*pieces: tuple[float, str]) -> list[tuple[float, float, str, float, bool]]:
    """Glyphs of 12-pt characters, each piece starting at its x."""
    out = []
    for x, text in pieces:
        for k, ch in enumerate(text):
            out.append((x + 12 * k, x + 12 * (k + 1), ch, 12.0, False))
    return out


@pytest.mark.parametrize(
    ("pieces", "entry"),
    [
        (((96, "组织概述"), (150, "…………"), (198, "12")), True),  # after a leader
        (((96, "组织概述"), (400, "12")), True),  # a tab to a right-aligned number
        (((96, "组织概述12"),), False),  # a number inside running text
        (((96, "2023年收入增长"), (400, "ISO")), False),
        (((96, "组织概述"), (400, "12"), (430, "页")), False),
    ],
)
def test_toc_entry_needs_a_page_number_set_apart(pieces: tuple[tuple[float, str], ...], entry: bool) -> None:
    from analyzer.ingest._pdf_layout import toc_entry

    glyphs = _glyphs(*pieces)
    assert toc_entry(glyphs, "".join(g[2] for g in glyphs)) is entry


def test_line_feeds_inside_a_line_do_not_break_the_paragraph(tmp_path: Path) -> None:
    raw = read_raw(_write(tmp_path, "newline.pdf", real.newline_glyph_pdf()))
    assert [b.text for b in raw.blocks] == ["Quality management system review The second line"]
