"""PDFium (pypdfium2): the second reader of PDFs, used only where pdfminer.six fails.

pdfminer.six stays the layout reader. PDFium is used for three things:

- **repair**: PDFium rebuilds a damaged cross-reference table (common in CNKI downloads, which
  pdfminer refuses with "No /Root object"); :func:`repair` writes the document out again with a
  fresh xref, and pdfminer reads that copy;
- **a count of the characters a page really holds** (:func:`char_counts`), to tell a page whose
  text pdfminer lost from a page that has no text (scans, glyphs drawn as outlines);
- **a fallback text layer** (:func:`page_layouts`): lines built from PDFium's characters and
  boxes, in the same :class:`~._pdf_layout.PageLayout` records as pdfminer's, for files that
  pdfminer cannot read even after the repair. It has no ruling lines (tables come from text
  alignment only).
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import SaraError
from ._pdf_layout import Glyph, Line, PageLayout, font_is_bold, line_from_glyphs, merge_row_pieces
from ._pdf_limits import check_streams
from .limits import current as current_budget

__all__ = ["PdfiumUnavailable", "char_counts", "page_layouts", "repair"]


class PdfiumUnavailable(SaraError):
    """PDFium cannot open the document either (or pypdfium2 is not installed).

    An internal signal: :mod:`.pdf` catches it right where it calls this module and falls back (to
    pdfminer's own error, or to no cross-check). It is not an :class:`~analyzer.errors.IngestError`,
    so no handler of reading errors can take it for one. ``str()`` is the reason it was raised with."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"PDFium 无法打开该文件：{reason}", reason)


@contextmanager
def _open(data: bytes) -> Iterator[object]:
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise PdfiumUnavailable("pypdfium2 is not installed") from exc
    check_streams(data)  # hard limit: PDFium decodes in C, so the streams are checked first
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # PdfiumError for damaged, encrypted or non-PDF input
        raise PdfiumUnavailable(str(exc)[:200]) from None
    try:
        current_budget().check_page_count(len(pdf))
    except BaseException:
        pdf.close()
        raise
    try:
        yield pdf
    finally:
        pdf.close()


def repair(data: bytes) -> bytes:
    """The document as PDFium reads it, saved again (a fresh cross-reference table)."""
    with _open(data) as pdf:
        buf = io.BytesIO()
        try:
            pdf.save(buf)  # type: ignore[attr-defined]
        except Exception as exc:
            raise PdfiumUnavailable(str(exc)[:200]) from None
        return buf.getvalue()


def char_counts(data: bytes, max_pages: int | None = None, ignore: str = "") -> list[int]:
    """Non-space characters per page, as PDFium's text layer holds them (diagonal text too);
    characters in ``ignore`` are not counted."""
    import pypdfium2.raw as c

    out: list[int] = []
    with _open(data) as pdf:
        n = len(pdf)  # type: ignore[arg-type]
        for i in range(n if max_pages is None else min(n, max_pages)):
            page = pdf[i]  # type: ignore[index]
            text = page.get_textpage()
            current_budget().check_page_glyphs(text.count_chars())
            total = 0
            for k in range(text.count_chars()):
                if c.FPDFText_IsGenerated(text.raw, k) == 1:
                    continue
                ch = c.FPDFText_GetUnicode(text.raw, k)
                if ch and not chr(ch).isspace() and chr(ch) not in ignore:
                    total += 1
            out.append(total)
            text.close()
            page.close()
    return out


def page_layouts(data: bytes) -> tuple[list[PageLayout], int]:
    """Lines of every page from PDFium's characters; also the number of diagonal (watermark)
    characters left out. A line ends where PDFium generated a line break or the baseline moves."""
    pages: list[PageLayout] = []
    rotated = glyphs = 0
    with _open(data) as pdf:
        for number in range(1, len(pdf) + 1):  # type: ignore[arg-type]
            page = pdf[number - 1]  # type: ignore[index]
            width, height = page.get_size()
            text = page.get_textpage()
            glyphs += text.count_chars()
            current_budget().check_page_glyphs(text.count_chars())
            current_budget().check_text(glyphs)
            lines, n_rotated = _page_lines(text, number)
            rotated += n_rotated
            text.close()
            page.close()
            pages.append(PageLayout(number, width, height, tuple(merge_row_pieces(lines)), ()))
    return pages, rotated


def _page_lines(text: object, number: int) -> tuple[list[Line], int]:
    import pypdfium2.raw as c

    raw = text.raw  # type: ignore[attr-defined]
    lines: list[Line] = []
    rotated = 0
    glyphs: list[Glyph] = []
    base: tuple[float, float] | None = None  # (y0, y1) of the current line

    def flush(glyphs: list[Glyph], base: tuple[float, float] | None) -> None:
        if glyphs and base is not None and any(not g[2].isspace() for g in glyphs):
            line = line_from_glyphs(number, glyphs, base[0], base[1])
            if line.text.strip():
                lines.append(line)

    for k in range(text.count_chars()):  # type: ignore[attr-defined]
        code = c.FPDFText_GetUnicode(raw, k)
        ch = chr(code) if code else ""
        if c.FPDFText_IsGenerated(raw, k) == 1:
            if ch in "\r\n":
                flush(glyphs, base)
                glyphs, base = [], None
            continue
        if not ch or ch in "\r\n":
            continue
        angle = c.FPDFText_GetCharAngle(raw, k)
        if angle > 0 and _diagonal(angle):
            rotated += not ch.isspace()
            continue
        x0, y0, x1, y1 = text.get_charbox(k, loose=True)  # type: ignore[attr-defined]
        size = round(c.FPDFText_GetFontSize(raw, k), 1) or round(y1 - y0, 1)
        if base is not None and abs((base[0] + base[1]) / 2 - (y0 + y1) / 2) > 0.6 * size:
            flush(glyphs, base)
            glyphs, base = [], None
        bold = c.FPDFText_GetFontWeight(raw, k) >= 600 or _bold_name(c, raw, k)
        glyphs.append((x0, x1, ch, size, bold))
        base = (y0, y1) if base is None else (min(base[0], y0), max(base[1], y1))
    flush(glyphs, base)
    return lines, rotated


def _diagonal(angle: float) -> bool:
    """An angle (radians) that is not within 3° of a multiple of 90°: a watermark, not a line."""
    deg = math.degrees(angle) % 90.0
    return 3.0 < deg < 87.0


def _bold_name(c: object, raw: object, k: int) -> bool:
    import ctypes

    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    n = c.FPDFText_GetFontInfo(raw, k, buf, 128, ctypes.byref(flags))  # type: ignore[attr-defined]
    return bool(n) and font_is_bold(buf.value.decode("latin-1", "replace"))
