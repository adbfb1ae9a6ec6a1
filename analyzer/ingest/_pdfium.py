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
  alignment only);
- **the text of glyphs pdfminer cannot map** (:class:`GlyphText`): a font without a ToUnicode map
  whose encoding is built into the font program (LaTeX's Type1C fonts, a Type1 font without
  ``/Encoding``, a TrueType subset with only its own cmap) gives pdfminer nothing but
  ``(cid:N)``; PDFium reads the font program and knows the character.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from ..errors import SaraError
from ._pdf_layout import Glyph, Line, PageLayout, font_is_bold, line_from_glyphs, merge_row_pieces
from ._pdf_limits import check_streams
from .limits import current as current_budget

__all__ = ["GlyphText", "PdfiumUnavailable", "char_counts", "has_text", "page_layouts", "repair"]


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


def has_text(data: bytes, max_pages: int | None = None) -> bool:
    """Whether PDFium finds a non-space character on any page (the first ``max_pages`` only, when
    given); it stops at the first one, so a page with text costs a few character lookups."""
    import pypdfium2.raw as c

    with _open(data) as pdf:
        n = len(pdf)  # type: ignore[arg-type]
        for i in range(n if max_pages is None else min(n, max_pages)):
            page = pdf[i]  # type: ignore[index]
            text = page.get_textpage()
            try:
                current_budget().check_page_glyphs(text.count_chars())
                for k in range(text.count_chars()):
                    if c.FPDFText_IsGenerated(text.raw, k) == 1:
                        continue
                    ch = c.FPDFText_GetUnicode(text.raw, k)
                    if ch and not chr(ch).isspace():
                        return True
            finally:
                text.close()
                page.close()
    return False


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


# ----------------------------------------------------------------------------- glyph text

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
_CELL = 8.0  # points: the grid PDFium's characters are bucketed in for the position lookup


class GlyphText:
    """PDFium's text for glyphs that pdfminer could not map to Unicode, found by position.

    Opened on the first question (most files never ask one) and kept open for the file's pass;
    :meth:`close` releases it. ``text_at(page, box, ctm)`` takes a glyph's box in pdfminer's page
    space and the page's ``ctm`` (user space → pdfminer's space, as pdfminer's interpreter sets
    it) and returns the characters PDFium has whose box centre lies inside that box, in PDFium's
    order, as PDFium gives them — or None when there are none. Whether they are text is the
    caller's judgement: PDFium echoes the code of a glyph it cannot map either."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._stack: ExitStack | None = None
        self._pdf: object | None = None
        self._failed = False
        self._pages: dict[int, dict[tuple[int, int], list[tuple[int, float, float, str]]]] = {}

    def text_at(self, page: int, box: Box, ctm: Matrix) -> str | None:
        grid = self._page(page, ctm)
        if not grid:
            return None
        x0, y0, x1, y1 = box
        found: list[tuple[int, str]] = []
        for gx in range(int((x0 - 1) // _CELL), int((x1 + 1) // _CELL) + 1):
            for gy in range(int((y0 - 1) // _CELL), int((y1 + 1) // _CELL) + 1):
                for k, cx, cy, ch in grid.get((gx, gy), ()):
                    if x0 <= cx <= x1 and y0 <= cy <= y1:
                        found.append((k, ch))
        return "".join(ch for _, ch in sorted(found)) or None

    def _page(self, page: int, ctm: Matrix) -> dict[tuple[int, int], list[tuple[int, float, float, str]]]:
        if page in self._pages:
            return self._pages[page]
        grid: dict[tuple[int, int], list[tuple[int, float, float, str]]] = {}
        self._pages[page] = grid
        pdf = self._open()
        if pdf is None or page > len(pdf):  # type: ignore[arg-type]
            return grid
        import pypdfium2.raw as c

        a, b, cc, d, e, f = ctm
        pg = pdf[page - 1]  # type: ignore[index]
        text = pg.get_textpage()
        try:
            current_budget().check_page_glyphs(text.count_chars())
            for k in range(text.count_chars()):
                if c.FPDFText_IsGenerated(text.raw, k) == 1:
                    continue
                code = c.FPDFText_GetUnicode(text.raw, k)
                if not code:
                    continue
                ux0, uy0, ux1, uy1 = text.get_charbox(k, loose=True)
                ux, uy = (ux0 + ux1) / 2, (uy0 + uy1) / 2
                cx, cy = a * ux + cc * uy + e, b * ux + d * uy + f  # into pdfminer's page space
                grid.setdefault((int(cx // _CELL), int(cy // _CELL)), []).append((k, cx, cy, chr(code)))
        finally:
            text.close()
            pg.close()
        return grid

    def _open(self) -> object | None:
        if self._pdf is None and not self._failed:
            stack = ExitStack()
            try:
                self._pdf = stack.enter_context(_open(self._data))
                self._stack = stack
            except PdfiumUnavailable:
                self._failed = True
        return self._pdf

    def close(self) -> None:
        if self._stack is not None:
            self._stack.close()
        self._stack = self._pdf = None
