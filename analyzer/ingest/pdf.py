"""PDF reports (pdfminer.six): blocks with page numbers, headings from font sizes, rejoined lines.

One pass over pdfminer's layout builds small records per page (text lines with size, boldness and
position; ruling lines; picture counts); :mod:`._pdf_layout` then removes running headers,
footers and page numbers, rebuilds ruled tables row by row, and rejoins the visual lines into
paragraphs — across page breaks too. Headings are the lines set larger than the body text, ranked
by size into ``style_level`` 1..n, plus short bold lines at body size (level n+1).

Text is built from pdfminer's characters, not from ``get_text()``: the virtual spaces pdfminer
inserts for wide gaps are kept only between two Latin/digit characters, so LibreOffice's
CJK–Latin autospacing (``2024 年度``) does not become a space. Spaces that really are in the PDF
stay; removing them is the job of :mod:`analyzer.text.normalize`. A glyph pdfminer cannot map
to Unicode (``(cid:N)``) takes PDFium's character at its place where PDFium reads it from the
font program (:func:`_map_glyphs`); a glyph mapped to a control character is shown as U+FFFD.
Both kinds that stay unreadable are counted for the ``pdf-garbled-text`` warning.

Bad input raises :class:`~analyzer.errors.EncryptedPdf`, :class:`~analyzer.errors.NoTextLayer` or
:class:`~analyzer.errors.CorruptFile`; pdfminer's own exceptions never escape.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import CorruptFile, EncryptedPdf, IngestError, NoTextLayer
from ..model import Diagnostic
from ._pdf_layout import (
    LEADER_GLYPHS,
    OVERPRINT,
    Glyph,
    Line,
    PageLayout,
    Rule,
    build_blocks,
    font_is_bold,
    is_cjk,
    line_from_glyphs,
    merge_row_pieces,
    overprints,
)
from ._pdf_limits import BoundedAggregator
from ._pdf_limits import install as install_bounded_decoders
from ._pdfium import GlyphText
from .blocks import PictureRef, RawDocument, Reader
from .limits import Budget
from .limits import current as current_budget
from .ocr import OcrProgress, OcrSettings

__all__ = ["PdfStats", "read_pdf"]

# Fewer non-space characters than this per page (on average, over pages with text) suggests
# that the text is mostly in pictures.
LOW_TEXT_PER_PAGE = 100
_GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # not tab, line feed, VT, FF, CR: clean_line_text breaks on those


@dataclass(frozen=True, slots=True)
class PdfStats:
    """What the single pass over the layout counted (besides the lines themselves)."""

    pages: int
    pages_without_text: int
    chars: int
    garbled: int
    pictures: int
    rotated: int = 0  # diagonal characters (watermarks) left out


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings about harmless oddities (missing widths, bad xref offsets) on the
    root logger's last-resort handler; a user should see our diagnostics, not those."""
    logger = logging.getLogger("pdfminer")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def read_pdf(path: Path, ocr: OcrSettings | None = None, progress: OcrProgress | None = None) -> RawDocument:
    """Read a PDF report into blocks. Raises an :class:`~analyzer.errors.IngestError` subclass.

    pdfminer.six reads the file. Where it refuses a damaged file, PDFium repairs the
    cross-reference table and pdfminer reads the repaired copy; where even that fails, PDFium's
    own text layer is read (see :mod:`._pdfium`). :attr:`RawDocument.reader` says which path
    read the file, and a diagnostic says so whenever it was not pdfminer alone.
    """
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(shown, "PDF", exc.strerror or type(exc).__name__) from None
    if b"%PDF-" not in data[:1024]:
        raise CorruptFile(shown, "PDF", "no %PDF header")
    if b"%%EOF" not in data[-2048:]:
        # pdfminer would rebuild what it can from a cut-off file and silently lose the rest.
        raise CorruptFile(shown, "PDF", "the file is truncated: no %%EOF marker at the end")
    reader: Reader = "pdfminer"
    use_ocr = ocr is not None and ocr.enabled
    scanned: tuple[list[PageLayout] | None, PdfStats | None] | None = None
    with _quiet_pdfminer():
        try:
            pages, stats = _extract(data, shown)
        except NoTextLayer:
            if not use_ocr:
                raise
            scanned = (None, None)  # no text anywhere: every page goes to OCR
        except CorruptFile as first:
            pages, stats, reader = _recover(data, shown, first)
        else:
            if stats.pages == 0:
                # pdfminer parsed the file but found no page tree it can walk (seen in
                # converter output): PDFium may still find the pages.
                pages, stats, reader = _recover(data, shown, CorruptFile(shown, "PDF", "no pages"))
    extra: list[Diagnostic] = []
    if scanned is None:
        if stats.pages == 0:
            raise CorruptFile(shown, "PDF", "no pages")
        if _looks_incomplete(stats):
            # Far less text than the pages hold? Ask PDFium how many characters each page has.
            pages, stats, reader, extra = _cross_check(data, shown, pages, stats, reader)
        if stats.chars == 0 and not use_ocr:
            raise NoTextLayer(shown, stats.pages)
    ocr_pages: tuple[int, ...] = ()
    if use_ocr and (scanned is not None or stats.pages_without_text or ocr.mode == "force"):  # type: ignore[union-attr]
        # Pages without a text layer (or every page, with force) are read by OCR (ocr_pdf.py).
        from .ocr_pdf import ocr_missing_pages

        with current_budget().paused():
            done = ocr_missing_pages(data, shown, None if scanned is not None else pages, ocr, progress)  # type: ignore[arg-type]
        pages, ocr_pages = done.pages, done.ocr_pages
        extra.extend(done.diagnostics)
        old = stats if scanned is None else PdfStats(len(pages), len(pages), 0, 0, len(pages))
        stats = replace(
            _stats_of(pages, old.rotated), garbled=old.garbled, pictures=max(0, old.pictures - len(ocr_pages))
        )
    layout = build_blocks(pages)
    pictures: tuple[PictureRef, ...] = ()
    if use_ocr and stats.pictures:  # charts and other pictures on text pages: ocr_pictures.py
        from .ocr_pictures import pdf_picture_refs

        pictures = pdf_picture_refs(data, layout.blocks, ocr_pages, ocr)  # type: ignore[arg-type]
    diagnostics = [*_reader_diagnostics(reader), *extra, *_diagnostics(stats, layout.furniture_removed)]
    return RawDocument(
        source=shown,
        format="pdf",
        blocks=layout.blocks,
        pages=stats.pages,
        diagnostics=tuple(diagnostics),
        furniture_removed=layout.furniture_removed,
        pictures=stats.pictures,
        reader=reader,
        ocr_pages=ocr_pages,
        picture_refs=pictures,
    )


def _recover(data: bytes, shown: str, first: CorruptFile) -> tuple[list[PageLayout], PdfStats, Reader]:
    """pdfminer refused the file: PDFium repairs it for pdfminer, or reads it itself."""
    from ._pdfium import PdfiumUnavailable, page_layouts, repair

    try:
        repaired = repair(data)
    except PdfiumUnavailable:
        raise first from None
    try:
        pages, stats = _extract(repaired, shown)
        if stats.pages:
            return pages, stats, "pdfium-repair"
    except CorruptFile:
        pass
    try:
        layouts, rotated = page_layouts(data)
    except PdfiumUnavailable:
        raise first from None
    return layouts, _stats_of(layouts, rotated), "pdfium"


def _stats_of(pages: list[PageLayout], rotated: int) -> PdfStats:
    chars = garbled = without = 0
    for page in pages:
        n = sum(1 for ln in page.lines for ch in ln.text if not ch.isspace())
        chars += n
        without += n == 0
        garbled += sum(len(_GARBLED.findall(ln.text)) for ln in page.lines)
    return PdfStats(len(pages), without, chars, garbled, 0, rotated)


def _looks_incomplete(stats: PdfStats) -> bool:
    with_text = stats.pages - stats.pages_without_text
    return stats.pages_without_text > 0 or (with_text > 0 and stats.chars / with_text < LOW_TEXT_PER_PAGE)


def _cross_check(
    data: bytes, shown: str, pages: list[PageLayout], stats: PdfStats, reader: Reader
) -> tuple[list[PageLayout], PdfStats, Reader, list[Diagnostic]]:
    """Compare what was extracted with the characters PDFium finds on each page. Where PDFium
    finds far more, read PDFium's text layer instead; where it finds none, the pages really are
    pictures (scans, outlines) and the caller's diagnostics or NoTextLayer say so."""
    from ._pdfium import PdfiumUnavailable, char_counts, page_layouts

    # Leader dots (目录 lines) are dropped on purpose (clean_line_text): a page of them is not a
    # page whose text was lost, so they count on neither side.
    try:
        visible = char_counts(data, ignore=LEADER_GLYPHS)
    except PdfiumUnavailable:
        return pages, stats, reader, []
    got = [sum(1 for ln in p.lines for ch in ln.text if not ch.isspace() and ch not in LEADER_GLYPHS) for p in pages]
    short = [(i + 1, g, v) for i, (g, v) in enumerate(zip(got, visible, strict=False)) if v >= 20 and g * 2 < v]
    if not short:
        return pages, stats, reader, []
    try:
        layouts, rotated = page_layouts(data)
    except PdfiumUnavailable:
        layouts = []
    alt = _stats_of(layouts, rotated) if layouts else None
    if alt is not None and alt.chars > stats.chars * 2:
        diag = Diagnostic(
            "pdf-text-recovered",
            "warning",
            f"pdfminer 只读出 {stats.chars} 个字符，而页面上有约 {sum(visible)} 个；已改用 PDFium 的文字层读取，"
            "表格和段落的识别可能不如平常准确",
            f"pdfminer extracted only {stats.chars} characters where the pages hold about {sum(visible)}; "
            "the text was read with PDFium instead, so tables and paragraphs may be less accurate",
            alt.chars,
        )
        return layouts, replace(alt, pictures=stats.pictures), "pdfium", [diag]
    listed = "、".join(str(p) for p, _, _ in short[:10]) + ("…" if len(short) > 10 else "")
    listed_en = ", ".join(str(p) for p, _, _ in short[:10]) + (", …" if len(short) > 10 else "")
    diag = Diagnostic(
        "pdf-text-incomplete",
        "error",
        f"第 {listed} 页提取出的文字远少于页面上的文字（共 {len(short)} 页），字数和分析结果不可信；"
        "请从原文档重新导出 PDF 或提供 DOCX",
        f"page(s) {listed_en}: far less text was extracted than the page holds ({len(short)} page(s)); "
        "the length count and the analysis cannot be trusted; re-export the PDF or provide the DOCX",
        len(short),
    )
    return pages, stats, reader, [diag]


def _reader_diagnostics(reader: Reader) -> list[Diagnostic]:
    if reader == "pdfium-repair":
        return [
            Diagnostic(
                "pdf-repaired",
                "warning",
                "PDF 的交叉引用表已损坏，已用 PDFium 修复后读取；请核对提取的文字是否完整",
                "the PDF's cross-reference table is damaged; it was repaired with PDFium and then read; "
                "check that the extracted text is complete",
            )
        ]
    if reader == "pdfium":
        return [
            Diagnostic(
                "pdf-read-by-pdfium",
                "warning",
                "pdfminer 无法读取该 PDF，已改用 PDFium 的文字层读取；表格和段落的识别可能不如平常准确",
                "pdfminer could not read this PDF; its text was read with PDFium instead, so tables and "
                "paragraphs may be less accurate",
            )
        ]
    return []


# ----------------------------------------------------------------------------- the one pass


def _extract(data: bytes, shown: str) -> tuple[list[PageLayout], PdfStats]:
    import io

    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # boxes_flow=None: no text-box ordering (we order lines ourselves), which also skips
    # pdfminer's slowest step. char_margin 1.0 keeps table cells on one row apart.
    # all_texts: text inside Form XObjects (LTFigure) is grouped into lines too; Word, WPS and
    # many converters draw whole pages inside a form.
    laparams = LAParams(char_margin=1.0, word_margin=0.1, line_margin=0.5, boxes_flow=None, all_texts=True)
    budget = _limits_pass()  # hard limits (see analyzer.ingest.limits)
    pages: list[PageLayout] = []
    n_pages = without_text = chars = garbled = pictures = rotated = 0
    # glyphs pdfminer cannot map to Unicode ("(cid:N)") are asked of PDFium, opened on first need
    glyph_text = GlyphText(data)
    echoing: set[str] = set()
    try:
        parser = PDFParser(io.BytesIO(data))
        try:
            document = PDFDocument(parser, password="")
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise EncryptedPdf(shown) from None
        budget.check_page_count(_page_count(document))
        if _no_text_anywhere(data):
            # Glyphs drawn as outlines (Microsoft Print to PDF) or scanned pages: pdfminer's
            # layout pass over thousands of paths takes seconds a page; PDFium sees at once that
            # there is no text. Asked before the first page is laid out, so a file that will be
            # rejected is rejected in about a second.
            raise NoTextLayer(shown, _page_count(document))
        rsrc = PDFResourceManager(caching=True)
        device = BoundedAggregator(rsrc, laparams=laparams)
        interpreter = PDFPageInterpreter(rsrc, device)
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            interpreter.process_page(page)
            ltpage = device.get_result()
            mapped = _map_glyphs(ltpage, number, device.page_ctm, glyph_text, echoing) if device.undefined else None
            layout, n_chars, n_garbled, n_pics, n_rotated = _page_layout(ltpage, number, mapped)
            pages.append(layout)
            n_pages += 1
            chars += n_chars
            garbled += n_garbled
            pictures += n_pics
            rotated += n_rotated
            without_text += n_chars == 0
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types on malformed input; none may escape
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise CorruptFile(shown, "PDF", detail) from None
    finally:
        glyph_text.close()
    return pages, PdfStats(n_pages, without_text, chars, garbled, pictures, rotated)


NO_TEXT_PROBE_PAGES = 2


def _limits_pass() -> Budget:
    """Hard limits: pdfminer's stream decoders bounded, a new pass over the file begun."""
    install_bounded_decoders()
    budget = current_budget()
    budget.new_pass()
    return budget


def _no_text_anywhere(data: bytes) -> bool:
    """PDFium finds no character on any page. The first pages are asked first, and each page only
    until its first character, so a file with text costs the opening of a page or two."""
    from ._pdfium import PdfiumUnavailable, has_text

    try:
        return not has_text(data, max_pages=NO_TEXT_PROBE_PAGES) and not has_text(data)
    except PdfiumUnavailable:
        return False


def _page_count(document: object) -> int:
    from pdfminer.pdftypes import resolve1

    try:
        pages = resolve1(document.catalog["Pages"])  # type: ignore[attr-defined]
        return int(resolve1(pages["Count"]))
    except Exception:
        return NO_TEXT_PROBE_PAGES


def _page_layout(
    ltpage: object, number: int, mapped: dict[int, str] | None = None
) -> tuple[PageLayout, int, int, int, int]:
    from pdfminer.layout import (
        LTChar,
        LTContainer,
        LTCurve,
        LTFigure,
        LTImage,
        LTPage,
        LTTextLine,
    )

    assert isinstance(ltpage, LTPage)
    lines: list[Line] = []
    rules: list[Rule] = []
    pictures = 0
    n_chars = n_garbled = n_rotated = 0

    def visit(obj: object, in_picture: bool) -> None:
        nonlocal pictures, n_chars, n_garbled, n_rotated
        if isinstance(obj, LTTextLine):
            line, rotated = _line(obj, number, LTChar, mapped)
            n_rotated += rotated
            if line is not None:
                lines.append(line)
                visible = sum(1 for ch in line.text if not ch.isspace())
                n_chars += visible
                n_garbled += len(_GARBLED.findall(line.text))
            return
        if isinstance(obj, LTImage):
            if not in_picture:
                pictures += 1
            return
        if isinstance(obj, LTFigure):
            # A Form XObject: content when it holds text (its lines, rules and images count like
            # the page's own), otherwise one picture (a chart, a logo, a drawing).
            text_form = _has_text(obj, LTTextLine, LTChar)
            if not text_form and not in_picture:
                pictures += 1
            for child in obj:
                visit(child, in_picture or not text_form)
            return
        if isinstance(obj, LTCurve) and not in_picture:  # LTLine and LTRect are LTCurves
            rules.extend(_rules(obj))
            return
        if isinstance(obj, LTContainer):
            for child in obj:
                visit(child, in_picture)

    for obj in ltpage:
        visit(obj, False)
    page = PageLayout(number, ltpage.width, ltpage.height, tuple(merge_row_pieces(lines)), tuple(rules))
    return page, n_chars, n_garbled, pictures, n_rotated


def _has_text(obj: object, line_type: type, char_type: type) -> bool:
    for child in obj:  # type: ignore[attr-defined]
        if isinstance(child, line_type):
            return True
        if hasattr(child, "__iter__") and not isinstance(child, char_type) and _has_text(child, line_type, char_type):
            return True
    return False


def _diagonal(matrix: tuple[float, ...]) -> bool:
    """A character matrix rotated by an angle that is not within 3° of a multiple of 90°."""
    a, b = matrix[0], matrix[1]
    if abs(b) < 1e-6 or abs(a) < 1e-6:
        return False
    deg = math.degrees(math.atan2(abs(b), abs(a)))
    return 3.0 < deg < 87.0


# A gap between two Latin letters/digits wider than this share of the font size is a word space
# (TeX shrinks a 0.33 em space to 0.22 em; 0.2 lost words in justified LaTeX lines);
# narrower ones are kerning (Chromium positions glyphs one by one). A space glyph is 0.25–0.33 em.
WORD_GAP = 0.16


def _line(obj: object, number: int, char_type: type, mapped: dict[int, str] | None = None) -> tuple[Line | None, int]:
    """A text line from its characters; a space only between two non-CJK characters set a word
    gap apart. Characters without text (empty ToUnicode entries) and diagonal characters
    (watermarks) are left out; the second value counts the diagonal ones. A glyph pdfminer could
    not map (``(cid:N)``) takes the text ``mapped`` has for it (:func:`_map_glyphs`)."""
    chars = _overprint_removed([it for it in obj if isinstance(it, char_type) and it.get_text()])  # type: ignore[attr-defined]
    if mapped:
        chars = [_Mapped(ch, mapped[id(ch)]) if id(ch) in mapped else ch for ch in chars]
    rotated = 0
    # (an upright character's matrix has b == 0 exactly: the test is skipped for nearly all)
    if any(ch.matrix[1] and _diagonal(ch.matrix) for ch in chars):  # type: ignore[attr-defined]
        kept = [ch for ch in chars if not _diagonal(ch.matrix)]  # type: ignore[attr-defined]
        rotated = sum(1 for ch in chars if _diagonal(ch.matrix) and not ch.get_text().isspace())  # type: ignore[attr-defined]
        chars = kept
    texts: list[str] = [ch.get_text() for ch in chars]  # type: ignore[attr-defined]
    if any(t < " " and _CONTROL.search(t) for t in texts):
        # a ToUnicode map that gives a glyph U+0000 (or another control character) gives it no
        # text: it is shown as U+FFFD and counted as undecodable, not carried into the text
        texts = [_CONTROL.sub("\ufffd", t) for t in texts]
    if all(t.isspace() for t in texts):
        return None, rotated
    glyphs: list[Glyph] = [
        (ch.x0, ch.x1, t, round(ch.size, 1), font_is_bold(ch.fontname))  # type: ignore[attr-defined]
        for ch, t in zip(chars, texts, strict=True)
    ]
    _, y0, _, y1 = obj.bbox  # type: ignore[attr-defined]
    if rotated:
        y0, y1 = min(ch.y0 for ch in chars), max(ch.y1 for ch in chars)  # type: ignore[attr-defined]
    if rotated or any(b[0] < a[0] - 0.5 * (a[1] - a[0]) for a, b in itertools.pairwise(glyphs)):
        # Drawn out of order (LibreOffice draws a fallback-font run such as the ₂ of CO₂ after
        # the rest): characters in x order, word gaps from the geometry.
        return line_from_glyphs(number, glyphs, y0, y1), rotated
    parts: list[str] = [texts[0]]
    last = texts[0][-1]
    for i in range(1, len(chars)):
        text = texts[i]
        ch, prev = chars[i], chars[i - 1]
        if ch.x0 - prev.x1 > WORD_GAP * max(ch.size, prev.size) and not (  # type: ignore[attr-defined]
            is_cjk(last) or is_cjk(text[0]) or last.isspace() or text[0].isspace()
        ):
            parts.append(" ")
        parts.append(text)
        last = text[-1]
    return line_from_glyphs(number, glyphs, y0, y1, text="".join(parts), x0=chars[0].x0), 0  # type: ignore[attr-defined]


def _overprint_removed(chars: list[Any]) -> list[Any]:
    """The line's characters without overprinted copies (:func:`overprints`: fake bold, shadows)."""
    kept: list[Any] = []
    seen: dict[str, list[Any]] = {}
    for ch in chars:
        text = ch.get_text()
        if not text.isspace():
            height = max(ch.y1 - ch.y0, 0.1)
            if any(
                overprints(ch.x0, ch.x1 - ch.x0, o.x0) and abs(ch.y0 - o.y0) < OVERPRINT * height
                for o in seen.get(text, ())[-8:]  # the copies lie close in drawing order
            ):
                continue
            seen.setdefault(text, []).append(ch)
        kept.append(ch)
    return kept


class _Mapped:
    """A pdfminer character whose ``(cid:N)`` text was replaced by PDFium's: what :func:`_line`
    reads of an ``LTChar``, with the new text."""

    __slots__ = ("_text", "fontname", "matrix", "size", "x0", "x1", "y0", "y1")

    def __init__(self, ch: object, text: str) -> None:
        self._text = text
        for name in ("fontname", "matrix", "size", "x0", "x1", "y0", "y1"):
            setattr(self, name, getattr(ch, name))

    def get_text(self) -> str:
        return self._text


_UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph its font gives no Unicode for
_TEXT_SPACE = " \u00a0\u3000"


def _map_glyphs(
    ltpage: object, number: int, ctm: tuple[float, ...], glyph_text: GlyphText, echoing: set[str]
) -> dict[int, str]:
    """PDFium's text for the page's glyphs that pdfminer could not map (``(cid:N)``), by the
    character's id. A font whose encoding is built into its program (LaTeX's Type1 fonts) is
    read by PDFium. But where PDFium cannot map a glyph either it echoes its code as a character
    (``$`` for code 36), and a subset font numbers its glyphs from 1, so such a font shows
    control characters: a font that does (``echoing``, kept for the whole file) keeps its
    ``(cid:N)`` — the reader says the text is garbled rather than read it as Latin-1 noise."""
    from pdfminer.layout import LTChar, LTContainer

    unmapped: list[object] = []

    def walk(obj: object) -> None:
        for child in obj:  # type: ignore[attr-defined]
            if isinstance(child, LTChar):
                if _UNMAPPED.fullmatch(child.get_text()):
                    unmapped.append(child)
            elif isinstance(child, LTContainer):
                walk(child)

    walk(ltpage)
    found: list[tuple[object, str]] = []
    for ch in unmapped:
        text = glyph_text.text_at(number, (ch.x0, ch.y0, ch.x1, ch.y1), ctm)  # type: ignore[attr-defined, arg-type]
        if text is None:
            continue
        if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text):
            echoing.add(ch.fontname)  # type: ignore[attr-defined]
        found.append((ch, text))
    out: dict[int, str] = {}
    for ch, text in found:
        if ch.fontname in echoing or not all(_is_text(c) for c in text):  # type: ignore[attr-defined]
            continue
        out[id(ch)] = " " if all(c in _TEXT_SPACE for c in text) else text.strip(_TEXT_SPACE)
    return out


def _is_text(ch: str) -> bool:
    """Not a control character, not private use (a symbol font's own codes), not U+FFFD and not
    the noncharacters U+FFFE/U+FFFF (PDFium's own "unknown")."""
    o = ord(ch)
    return (
        (o >= 0x20 or ch in _TEXT_SPACE) and o < 0xFFFD and not 0xE000 <= o <= 0xF8FF and not 0x7F <= o < 0xA0
    ) or o > 0xFFFF


def _rules(obj: object) -> list[Rule]:
    """Ruling segments from a line or rectangle: thin shapes are rules, stroked boxes give 4."""
    from pdfminer.layout import LTLine, LTRect

    x0, y0, x1, y1 = obj.bbox  # type: ignore[attr-defined]
    w, h = x1 - x0, y1 - y0
    if not isinstance(obj, (LTLine, LTRect)):
        return []
    if h <= 2.0 and w > 2.0:
        return [Rule(True, (y0 + y1) / 2, x0, x1)]
    if w <= 2.0 and h > 2.0:
        return [Rule(False, (x0 + x1) / 2, y0, y1)]
    if isinstance(obj, LTRect) and obj.stroke and w > 2.0 and h > 2.0:
        return [
            Rule(True, y0, x0, x1),
            Rule(True, y1, x0, x1),
            Rule(False, x0, y0, y1),
            Rule(False, x1, y0, y1),
        ]
    return []


# ----------------------------------------------------------------------------- diagnostics


def _diagnostics(stats: PdfStats, furniture: int) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if stats.garbled and stats.garbled >= max(5, stats.chars // 50):
        out.append(
            Diagnostic(
                "pdf-garbled-text",
                "warning",
                f"PDF 中有 {stats.garbled} 处字符无法正确解码（字体缺少 Unicode 映射），"
                "提取的文字可能是乱码；请从原文档重新导出 PDF 或提供 DOCX",
                f"{stats.garbled} character(s) in the PDF could not be decoded (fonts without a "
                "Unicode map); the extracted text may be garbled; re-export the PDF or provide the DOCX",
                stats.garbled,
            )
        )
    if furniture:
        out.append(
            Diagnostic(
                "pdf-furniture-removed",
                "info",
                f"已去除 {furniture} 行页眉、页脚和页码",
                f"removed {furniture} line(s) of running headers, footers and page numbers",
                furniture,
            )
        )
    with_text = stats.pages - stats.pages_without_text
    if stats.pages_without_text:
        severity = "error" if stats.pages_without_text * 2 > stats.pages else "warning"
        out.append(
            Diagnostic(
                "pdf-pages-without-text",
                severity,
                f"共 {stats.pages} 页中有 {stats.pages_without_text} 页没有文字层（可能是扫描或图片），"
                "这些页的内容不会被分析",
                f"{stats.pages_without_text} of {stats.pages} page(s) have no text layer (scanned or "
                "images?); their content is not analysed",
                stats.pages_without_text,
            )
        )
    if with_text and stats.chars / with_text < LOW_TEXT_PER_PAGE:
        avg = stats.chars // with_text
        out.append(
            Diagnostic(
                "pdf-little-text",
                "warning",
                f"每页平均只有 {avg} 个字符，正文可能以图片形式存在",
                f"only {avg} characters per page on average; the text may be in pictures",
                avg,
            )
        )
    if stats.pictures:
        out.append(
            Diagnostic(
                "pictures-not-counted",
                "info",
                f"PDF 含有 {stats.pictures} 张图片，图片中的文字不会被分析",
                f"the PDF contains {stats.pictures} picture(s); text inside pictures is not analysed",
                stats.pictures,
            )
        )
    return out
