"""Fixtures the OCR tests generate: a bar chart picture and a DOCX result item that shows it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def cjk_font() -> Path | None:
    """A CJK font file for matplotlib (Debian's fonts-noto-cjk), or None."""
    if CJK_FONT.exists():
        return CJK_FONT
    from matplotlib import font_manager

    for f in font_manager.findSystemFonts():
        if "CJK" in f or "Noto Sans SC" in f or "WenQuanYi" in f:
            return Path(f)
    return None


def bar_chart_png(
    title: str,
    years: Sequence[int],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    unit: str = "",
) -> bytes:
    """A grouped bar chart with data labels, a legend and a Chinese title (PNG, 100 dpi)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font = cjk_font()
    assert font is not None, "no CJK font (apt-get install fonts-noto-cjk)"
    font_manager.fontManager.addfont(str(font))
    name = font_manager.FontProperties(fname=str(font)).get_name()
    with matplotlib.rc_context({"font.family": name, "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(7.5, 4.5), dpi=100)
        n = len(series)
        width = 0.8 / n
        xs = list(range(len(years)))
        for i, (label, values) in enumerate(series):
            pos = [x - 0.4 + width * (i + 0.5) for x in xs]
            bars = ax.bar(pos, values, width * 0.9, label=label)
            ax.bar_label(bars, labels=[f"{v:g}" for v in values], padding=2, fontsize=11)
        ax.set_xticks(xs, [str(y) for y in years], fontsize=12)
        ax.set_title(title, fontsize=14)
        if unit:
            ax.set_ylabel(unit, fontsize=11)
        if any(label for label, _ in series):
            ax.legend(fontsize=11, loc="upper left", ncols=n, frameon=False)
        top = max(v for _, vs in series for v in vs)
        ax.set_ylim(0, top * 1.3)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return buf.getvalue()


def result_item_docx(path: Path, heading: str, intro: str, picture: bytes | None, caption: str) -> Path:
    """A DOCX holding one result item: its heading, a sentence without figures, the chart, its caption."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading(heading, level=2)
    d.add_paragraph(intro)
    if picture is not None:
        d.add_paragraph().add_run().add_picture(io.BytesIO(picture), width=Cm(15))
    d.add_paragraph(caption)
    d.save(str(path))
    return path


def result_item_pdf(path: Path, heading: str, intro: str, picture: bytes, caption: str) -> Path:
    """The same result item as a text PDF (reportlab, built-in CID font) with the chart as an image."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    c.setFont("STSong-Light", 16)
    c.drawString(72, height - 90, heading)
    c.setFont("STSong-Light", 10.5)
    c.drawString(72, height - 120, intro)
    c.drawImage(ImageReader(io.BytesIO(picture)), 72, height - 440, width=420, height=252)
    c.drawString(200, height - 460, caption)
    c.showPage()
    c.save()
    return path
