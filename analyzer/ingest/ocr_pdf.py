"""OCR for the PDF reader: pages without a text layer become page records like any other page.

:func:`ocr_missing_pages` is the one hook :func:`analyzer.ingest.pdf.read_pdf` calls. It decides
which pages need OCR (no text layer; every page with ``mode="force"``), refuses more than
``max_pages`` of them before doing any work, renders and recognises them
(:func:`~.ocr.ocr_pdf_pages`), and returns :class:`~._pdf_layout.PageLayout` records built from the
OCR lines (:func:`~.ocr_layout.page_layouts`), so furniture removal, tables, paragraphs and headings
work on scans as on text PDFs. Its diagnostics say that the text — and so the 字数 — comes from OCR,
how many lines were read with low confidence, and which pages gave almost nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import OcrFoundNoText, OcrPageLimit, OcrUnavailable
from ..model import Diagnostic
from ._pdf_layout import PageLayout
from .ocr import OcrProgress, OcrSettings, ocr_available, ocr_pdf_pages
from .ocr_layout import page_layouts

# A page that gives fewer non-space characters than this is "almost nothing" (blank, a photo).
NEARLY_EMPTY = 20


@dataclass(frozen=True, slots=True)
class OcrPdfResult:
    pages: list[PageLayout]
    ocr_pages: tuple[int, ...]
    diagnostics: tuple[Diagnostic, ...]
    chars: int


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [tuple(pdf[i].get_size()) for i in range(len(pdf))]  # type: ignore[misc]
    finally:
        pdf.close()


def _text_chars(page: PageLayout) -> int:
    return sum(1 for ln in page.lines for ch in ln.text if not ch.isspace())


def ocr_missing_pages(
    data: bytes,
    shown: str,
    pages: Sequence[PageLayout] | None,
    settings: OcrSettings,
    progress: OcrProgress | None = None,
) -> OcrPdfResult:
    """OCR the pages without text (all of them with ``force``); ``pages=None``: the reader saw no
    text at all and stopped early, so every page is OCR'd. Raises OcrPageLimit, OcrUnavailable,
    OcrFoundNoText (a scan that yields almost nothing)."""
    try:
        sizes = _page_sizes(data)
    except Exception as exc:  # PdfiumError: the caller's own error handling applies
        reason_en = f"PDFium cannot render its pages ({exc})"
        raise OcrUnavailable(shown, len(pages or ()), "PDFium 无法渲染页面", reason_en) from None
    if pages is None or len(pages) != len(sizes):
        base = [PageLayout(i + 1, w, h, ()) for i, (w, h) in enumerate(sizes)]
        if pages is not None:
            by_number = {p.number: p for p in pages}
            base = [by_number.get(p.number, p) for p in base]
        pages = base
    need = [p.number for p in pages if settings.mode == "force" or _text_chars(p) == 0]
    if not need:
        return OcrPdfResult(list(pages), (), (), 0)
    if len(need) > settings.max_pages:
        raise OcrPageLimit(shown, len(need), settings.max_pages)
    if not ocr_available():
        raise OcrUnavailable(
            shown,
            len(pages),
            "OCR 组件（rapidocr-onnxruntime）未安装，无法识别",
            "the OCR engine (rapidocr-onnxruntime) is not installed",
        )
    recognised = ocr_pdf_pages(data, need, settings, progress)
    layouts = {p.number: p for p in page_layouts(recognised)}
    out = [layouts.get(p.number, p) for p in pages]
    chars = sum(img.image.chars for img in recognised)
    lines = sum(len(img.image.lines) for img in recognised)
    low = sum(1 for img in recognised for ln in img.image.lines if ln.low_confidence)
    empty = [img.number for img in recognised if img.image.chars < NEARLY_EMPTY]
    all_scanned = len(need) == len(pages)
    if all_scanned and chars < NEARLY_EMPTY * len(need):
        raise OcrFoundNoText(shown, len(need), chars)
    diags: list[Diagnostic] = []
    listed = _pages_text(need)
    diags.append(
        Diagnostic(
            "ocr-pages",
            "warning",
            f"第 {listed[0]} 页没有文字层（扫描件），文字由 OCR 识别（{len(need)} 页，{lines} 行，{chars} 个字符）；"
            "字数和分析以 OCR 结果为准，请核对识别错误",
            f"page(s) {listed[1]} have no text layer (scanned); their text was read by OCR ({len(need)} page(s), "
            f"{lines} lines, {chars} characters); the length count and the analysis rest on the OCR text, "
            "check it for recognition errors",
            len(need),
        )
    )
    if low:
        diags.append(
            Diagnostic(
                "ocr-low-confidence",
                "warning" if low * 10 > lines else "info",
                f"OCR 识别的 {lines} 行中有 {low} 行置信度较低（低于 {settings.low_confidence:.0%}），可能有错字",
                f"{low} of {lines} OCR line(s) were read with low confidence (below "
                f"{settings.low_confidence:.0%}) and may contain wrong characters",
                low,
            )
        )
    if empty:
        shown_pages = _pages_text(empty)
        diags.append(
            Diagnostic(
                "ocr-nearly-empty",
                "warning",
                f"第 {shown_pages[0]} 页 OCR 几乎没有识别出文字（空白页、照片或图表？）",
                f"OCR found almost no text on page(s) {shown_pages[1]} (blank pages, photos or charts?)",
                len(empty),
            )
        )
    return OcrPdfResult(out, tuple(need), tuple(diags), chars)


def _pages_text(numbers: Sequence[int]) -> tuple[str, str]:
    shown = list(numbers[:10])
    more = len(numbers) > 10
    return "、".join(map(str, shown)) + ("…" if more else ""), ", ".join(map(str, shown)) + (", …" if more else "")
