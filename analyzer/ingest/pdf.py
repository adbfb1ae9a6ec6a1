"""PDF reports (pdfminer.six): blocks with page numbers, headings from font sizes, rejoined lines.

One pass over pdfminer's layout builds small records per page (text lines with size, boldness and
position; ruling lines; picture counts); :mod:`._pdf_layout` then removes running headers,
footers and page numbers, rebuilds ruled tables row by row, and rejoins the visual lines into
paragraphs — across page breaks too. Headings are the lines set larger than the body text, ranked
by size into ``style_level`` 1..n, plus short bold lines at body size (level n+1).

Text is built from pdfminer's characters, not from ``get_text()``: the virtual spaces pdfminer
inserts for wide gaps are kept only between two Latin/digit characters, so LibreOffice's
CJK–Latin autospacing (``2024 年度``) does not become a space. Spaces that really are in the PDF
stay; removing them is the job of :mod:`analyzer.text.normalize`.

Bad input raises :class:`~analyzer.errors.EncryptedPdf`, :class:`~analyzer.errors.NoTextLayer` or
:class:`~analyzer.errors.CorruptFile`; pdfminer's own exceptions never escape.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import CorruptFile, EncryptedPdf, IngestError, NoTextLayer
from ..model import Diagnostic
from ._pdf_layout import (
    Glyph,
    Line,
    PageLayout,
    Rule,
    build_blocks,
    font_is_bold,
    is_cjk,
    line_from_glyphs,
    merge_row_pieces,
)
from .blocks import RawDocument

__all__ = ["PdfStats", "read_pdf"]

# Fewer non-space characters than this per page (on average, over pages with text) suggests
# that the text is mostly in pictures.
LOW_TEXT_PER_PAGE = 100
_GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd]")


@dataclass(frozen=True, slots=True)
class PdfStats:
    """What the single pass over the layout counted (besides the lines themselves)."""

    pages: int
    pages_without_text: int
    chars: int
    garbled: int
    pictures: int


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


def read_pdf(path: Path) -> RawDocument:
    """Read a PDF report into blocks. Raises an :class:`~analyzer.errors.IngestError` subclass."""
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
    with _quiet_pdfminer():
        pages, stats = _extract(data, shown)
    if stats.pages == 0:
        raise CorruptFile(shown, "PDF", "no pages")
    if stats.chars == 0:
        raise NoTextLayer(shown, stats.pages)
    layout = build_blocks(pages)
    diagnostics = _diagnostics(stats, layout.furniture_removed)
    return RawDocument(
        source=shown,
        format="pdf",
        blocks=layout.blocks,
        pages=stats.pages,
        diagnostics=tuple(diagnostics),
        furniture_removed=layout.furniture_removed,
        pictures=stats.pictures,
    )


# ----------------------------------------------------------------------------- the one pass


def _extract(data: bytes, shown: str) -> tuple[list[PageLayout], PdfStats]:
    import io

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # boxes_flow=None: no text-box ordering (we order lines ourselves), which also skips
    # pdfminer's slowest step. char_margin 1.0 keeps table cells on one row apart.
    laparams = LAParams(char_margin=1.0, word_margin=0.1, line_margin=0.5, boxes_flow=None)
    pages: list[PageLayout] = []
    n_pages = without_text = chars = garbled = pictures = 0
    try:
        parser = PDFParser(io.BytesIO(data))
        try:
            document = PDFDocument(parser, password="")
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise EncryptedPdf(shown) from None
        rsrc = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rsrc, laparams=laparams)
        interpreter = PDFPageInterpreter(rsrc, device)
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            interpreter.process_page(page)
            ltpage = device.get_result()
            layout, n_chars, n_garbled, n_pics = _page_layout(ltpage, number)
            pages.append(layout)
            n_pages += 1
            chars += n_chars
            garbled += n_garbled
            pictures += n_pics
            without_text += n_chars == 0
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types on malformed input; none may escape
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise CorruptFile(shown, "PDF", detail) from None
    return pages, PdfStats(n_pages, without_text, chars, garbled, pictures)


def _page_layout(ltpage: object, number: int) -> tuple[PageLayout, int, int, int]:
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
    n_chars = n_garbled = 0

    def visit(obj: object, in_figure: bool) -> None:
        nonlocal pictures, n_chars, n_garbled
        if isinstance(obj, LTTextLine):
            line = _line(obj, number, LTChar)
            if line is not None:
                lines.append(line)
                visible = sum(1 for ch in line.text if not ch.isspace())
                n_chars += visible
                n_garbled += len(_GARBLED.findall(line.text))
            return
        if isinstance(obj, LTImage):
            if not in_figure:
                pictures += 1
            return
        if isinstance(obj, LTFigure):
            if not in_figure:
                pictures += 1
            for child in obj:
                visit(child, True)
            return
        if isinstance(obj, LTCurve) and not in_figure:  # LTLine and LTRect are LTCurves
            rules.extend(_rules(obj))
            return
        if isinstance(obj, LTContainer):
            for child in obj:
                visit(child, in_figure)

    for obj in ltpage:
        visit(obj, False)
    page = PageLayout(number, ltpage.width, ltpage.height, tuple(merge_row_pieces(lines)), tuple(rules))
    return page, n_chars, n_garbled, pictures


def _line(obj: object, number: int, char_type: type) -> Line | None:
    """A text line from its characters; virtual spaces only between two non-CJK characters."""
    from pdfminer.layout import LTAnno

    items = list(obj)  # type: ignore[call-overload]
    chars = [it for it in items if isinstance(it, char_type)]
    glyphs: list[Glyph] = [
        (ch.x0, ch.x1, ch.get_text(), round(ch.size, 1), font_is_bold(ch.fontname))  # type: ignore[attr-defined]
        for ch in chars
    ]
    if not any(not g[2].isspace() for g in glyphs):
        return None
    x0, y0, x1, y1 = obj.bbox  # type: ignore[attr-defined]
    if any(b[0] < a[0] - 0.5 * (a[1] - a[0]) for a, b in itertools.pairwise(glyphs)):
        # Drawn out of order (LibreOffice draws a fallback-font run such as the ₂ of CO₂ after
        # the rest): characters in x order, word gaps from the geometry.
        return line_from_glyphs(number, glyphs, y0, y1)
    parts: list[str] = []
    pending_space = False
    for item in items:
        if isinstance(item, LTAnno):
            if item.get_text() == " ":
                pending_space = True
            continue
        if not isinstance(item, char_type):
            continue
        text = item.get_text()  # type: ignore[attr-defined]
        if pending_space and parts and text and not (is_cjk(parts[-1][-1]) or is_cjk(text[0])):
            parts.append(" ")
        pending_space = False
        parts.append(text)
    line = line_from_glyphs(number, glyphs, y0, y1)
    return replace(line, text="".join(parts), x0=x0, x1=x1)


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
                "pdf-pictures",
                "info",
                f"PDF 含有 {stats.pictures} 张图片，图片中的文字不会被分析",
                f"the PDF contains {stats.pictures} picture(s); text inside pictures is not analysed",
                stats.pictures,
            )
        )
    return out
