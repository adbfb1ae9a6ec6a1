"""Print a PDF to an image-only "scan": the fixture of the OCR evaluation and tests.

Every page is rendered by PDFium at ``dpi`` in grey, turned by a small angle, given sensor noise
and a slightly grey paper, JPEG-compressed as a scanner would, and written into a new PDF that has
no text layer at all (Pillow's PDF writer: one picture per page, at the page's size).
"""

from __future__ import annotations

import io
from collections.abc import Sequence


def scan_pdf(
    data: bytes,
    *,
    dpi: int = 150,
    angle: float = 0.6,
    noise: float = 6.0,
    pages: Sequence[int] | None = None,
    seed: int = 0,
    quality: int = 80,
) -> bytes:
    """An image-only PDF of ``data`` (all pages, or the given 1-based ``pages``)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    images: list[Image.Image] = []
    pdf = pdfium.PdfDocument(data)
    try:
        numbers = list(pages) if pages is not None else list(range(1, len(pdf) + 1))
        for k, n in enumerate(numbers):
            page = pdf[n - 1]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            turn = angle if k % 2 == 0 else -angle
            img = img.rotate(turn, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            px = np.asarray(img, dtype=np.float32) * 0.94 + 8.0  # grey paper, lighter ink
            px += rng.normal(0.0, noise, px.shape)
            img = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), "L")
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=quality)
            images.append(Image.open(io.BytesIO(buf.getvalue())))
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return out.getvalue()
