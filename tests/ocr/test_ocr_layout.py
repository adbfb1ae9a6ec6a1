"""OCR lines → blocks, on recognised lines built by hand (no engine run): captions are captions.

A 150-dpi A4 page (1240 × 1754 px); body lines 24 px high at 10.5 pt, 37 characters to a full line.
"""

from __future__ import annotations

from analyzer.ingest._pdf_layout import build_blocks
from analyzer.ingest.ocr import OcrImage, OcrLine, OcrPage
from analyzer.ingest.ocr_layout import page_layouts

LEFT, RIGHT, PITCH, H = 160, 1083, 37.5, 24
BODY_INK, BOLD_INK = 0.10, 0.24


def _line(text: str, y: float, x0: float = LEFT, x1: float | None = None, ink: float = BODY_INK) -> OcrLine:
    if x1 is None:
        x1 = x0 + len(text) * 24.7
    return OcrLine(text, (x0, y, x1, y + H), 0.98, page=1, ink=ink)


def _page(lines: list[OcrLine]) -> OcrPage:
    return OcrPage(1, 595.0, 842.0, 150.0, OcrImage(tuple(lines), 1240, 1754, "x" * 64))


def _blocks(lines: list[OcrLine]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in build_blocks(page_layouts([_page(lines)])).blocks]


FULL = "医院坚持从患者需求出发设计服务，服务对象被细分为门诊患者住院患者和社区居民等"[:37]
LAST = "本项只列出两年的数据，后续年份按新口径连续统计并与全市平均比较。"[:37]


def _story(caption: str, ink: float) -> list[OcrLine]:
    y = 300.0
    lines = [_line("　" + FULL[:36], y, LEFT + 49, RIGHT), _line(FULL, y + PITCH, LEFT, RIGHT)]
    lines.append(_line(LAST, y + 2 * PITCH, LEFT, RIGHT - 5))
    # the caption: centred under the paragraph, at the body's pitch, bold ink
    width = len(caption) * 24.7
    centre = (LEFT + RIGHT) / 2
    lines.append(_line(caption, y + 3 * PITCH, centre - width / 2, centre + width / 2, ink=ink))
    lines.append(_line(FULL, y + 5 * PITCH, LEFT + 49, RIGHT))
    lines.append(_line(LAST[:20] + "。", y + 6 * PITCH, LEFT))
    return lines


def test_a_bold_caption_is_its_own_paragraph_with_its_space_back() -> None:
    blocks = _blocks(_story("表3-4患者与公众满意结果", BOLD_INK))
    captions = [(k, t) for k, t in blocks if "患者与公众满意结果" in t]
    assert captions == [("paragraph", "表3-4 患者与公众满意结果")]
    assert all("表3-4" not in t for k, t in blocks if k == "paragraph" and t != captions[0][1])


def test_a_bold_line_that_is_no_caption_still_reads_as_a_heading() -> None:
    blocks = _blocks(_story("三、患者与公众满意结果", BOLD_INK))
    assert ("heading", "三、患者与公众满意结果") in blocks


def _paragraphs_with_jitter() -> list[OcrLine]:
    """Four paragraphs, each an indented first line and full lines; the detector puts the margin
    lines' left edges anywhere within ±1.5 pt (±3 px) while the indented lines agree."""
    jitter = [-3.0, -1.0, 1.0, 3.0]
    lines: list[OcrLine] = []
    y = 300.0
    n = 0
    for _ in range(4):
        lines.append(_line("　" + FULL[:36], y, LEFT + 49, RIGHT))
        y += PITCH
        for _ in range(2):
            lines.append(_line(FULL, y, LEFT + jitter[n % len(jitter)], RIGHT))
            n += 1
            y += PITCH
        # the last line is nearly full: only the indent of the next line tells the paragraphs apart
        lines.append(_line(LAST, y, LEFT + jitter[n % len(jitter)], RIGHT - 20))
        n += 1
        y += PITCH
    return lines


def test_an_indented_line_starts_a_paragraph_whatever_the_margin_jitter() -> None:
    blocks = _blocks(_paragraphs_with_jitter())
    assert [k for k, _ in blocks] == ["paragraph"] * 4
