"""OCR of the pictures inside a text document (DOCX; in a PDF, at the end of the picture's page).

:func:`with_picture_text` is the hook :func:`analyzer.ingest.read_raw` calls after a reader: every
picture the reader collected (:class:`~.blocks.PictureRef`) is recognised
(:func:`~.ocr.ocr_pictures`, cached, in parallel) and its text inserted where the picture sits as
blocks with ``source="picture"`` (:func:`~.ocr_layout.picture_blocks`: a chart becomes a table the
results reader knows). Those blocks are part of the section the picture is in, so the results
checks see a chart's years and comparisons, but they are counted apart from Word's 字数
(:attr:`analyzer.model.Document.picture_counts`). The ``pictures-not-counted`` diagnostic then says
how much text the pictures hold.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Diagnostic
from .blocks import Block, PictureRef, RawDocument
from .ocr import OcrProgress, OcrSettings, ocr_available, ocr_pictures
from .ocr_layout import picture_blocks


def with_picture_text(raw: RawDocument, settings: OcrSettings, progress: OcrProgress | None = None) -> RawDocument:
    """``raw`` with the OCR text of its pictures inserted as ``source="picture"`` blocks."""
    if not settings.enabled or not raw.picture_refs or not ocr_available():
        return raw
    from ..text.counts import add, count
    from ..text.normalize import normalize

    outcomes = ocr_pictures([r.data for r in raw.picture_refs], settings, progress)
    inserts: dict[int, list[Block]] = {}
    read = unreadable = 0
    texts: list[str] = []
    for ref, outcome in zip(raw.picture_refs, outcomes, strict=True):
        if outcome.error is not None:
            unreadable += 1
            continue
        if outcome.image is None:
            continue
        blocks = picture_blocks(outcome.image, ref.page)
        if blocks:
            read += 1
            inserts.setdefault(ref.anchor, []).extend(blocks)
            texts.extend(b.text for b in blocks)
    out: list[Block] = []
    for i, block in enumerate(raw.blocks):
        out.extend(inserts.pop(i, []))
        out.append(block)
    for rest in sorted(inserts):
        out.extend(inserts[rest])
    counted = add(count(normalize(t).text) for t in texts)
    diagnostics = [d for d in raw.diagnostics if d.code != "pictures-not-counted"]
    n = raw.pictures
    diagnostics.append(
        Diagnostic(
            "pictures-not-counted",
            "info",
            f"文档含有 {n} 张图片，其中 {read} 张由 OCR 识别出 {counted.word_style} 字；"
            "图片中的文字单独统计，不计入字数（与 Word 一致），图表中的数据用于结果检查，标为“来自图表（OCR）”",
            f"the document has {n} picture(s); OCR read {counted.word_style} words from {read} of them; text in "
            "pictures is counted apart, not in the word count (as in Word); chart data is used by the results "
            "checks, marked 'from a chart, OCR'",
            n,
        )
    )
    if unreadable:
        diagnostics.append(
            Diagnostic(
                "ocr-picture-unreadable",
                "warning",
                f"{unreadable} 张图片已损坏或过大，无法识别其中的文字",
                f"{unreadable} picture(s) are corrupt or too large; their text could not be read",
                unreadable,
            )
        )
    return replace(raw, blocks=tuple(out), diagnostics=tuple(diagnostics))


def pdf_picture_refs(
    data: bytes, blocks: tuple[Block, ...], skip_pages: tuple[int, ...], settings: OcrSettings
) -> tuple[PictureRef, ...]:
    """The pictures (image objects) of a text PDF, largest first per page, as PNG bytes for OCR.

    Blocks carry no position on their page, so a picture is placed after the last block of its
    page (before the first block of a later page): it stays in the section its page ends in.
    Pages read by OCR as scans (``skip_pages``) are skipped: their picture is the page itself."""
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    first_after: dict[int, int] = {}
    out: list[PictureRef] = []
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            number = index + 1
            if number in skip_pages:
                continue
            page = pdf[index]
            try:
                for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
                    if len(out) >= settings.max_pictures:
                        break
                    try:
                        w, h = obj.get_px_size()  # type: ignore[attr-defined]
                        if min(w, h) < settings.min_picture_side or w * h > 16 * settings.max_pixels:
                            continue
                        img = obj.get_bitmap(render=False).to_pil()  # type: ignore[attr-defined]
                        buf = io.BytesIO()
                        img.save(buf, format="PNG")
                    except Exception:  # an image PDFium cannot decode is left out, never fatal
                        continue
                    if number not in first_after:
                        first_after[number] = next(
                            (i for i, b in enumerate(blocks) if b.page is not None and b.page > number), len(blocks)
                        )
                    out.append(PictureRef(anchor=first_after[number], data=buf.getvalue(), page=number))
            finally:
                page.close()
    finally:
        pdf.close()
    return tuple(out)
