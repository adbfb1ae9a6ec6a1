"""Text lines are recognised at their own height (32, 40 or 48 pixels), not all blown up to 48."""

from __future__ import annotations

import difflib

import numpy as np
import pytest

from analyzer.ingest.ocr import OcrSettings, _ByLineHeight, _engine, recognise
from analyzer.text.normalize import is_traditional

from .fixtures import cjk_font

SMALL = "顾客满意度由2021年的91.2分提高到2023年的94.6分，高于行业平均。"
LARGE = "第三章 顾客与市场"
TRADITIONAL = "我們希望同事在一個敢講、肯學、做得好有人看見的環境裡工作。"


def _page(small: str = SMALL) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font (Debian fonts-noto-cjk)")
    img = Image.new("L", (1100, 260), 255)
    draw = ImageDraw.Draw(img)
    draw.text((40, 30), LARGE, font=ImageFont.truetype(str(font), 40), fill=0)  # a heading, ~45 px lines
    draw.text((40, 150), small, font=ImageFont.truetype(str(font), 19), fill=0)  # 150-dpi body text, ~24 px
    return np.asarray(img)


def _read(settings: OcrSettings, small: str = SMALL) -> str:
    return "".join(ln.text for ln in recognise(_page(small), settings).lines).replace(" ", "")


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def test_each_line_takes_the_lowest_height_that_holds_it() -> None:
    rec = _engine(OcrSettings(rec_heights=(32, 40, 48), cache_dir="off"), 1).text_rec
    assert isinstance(rec, _ByLineHeight)
    assert [rec.height_for(h) for h in (12, 24, 32, 33, 40, 45, 48, 90)] == [32, 32, 32, 40, 40, 48, 48, 48]
    default = _engine(OcrSettings(cache_dir="off"), 1).text_rec
    assert [default.height_for(h) for h in (24, 32, 33, 90)] == [32, 32, 48, 48]  # headings at the model's own


def test_small_and_large_lines_read_as_well_as_at_the_models_own_height() -> None:
    expected = (LARGE + SMALL).replace(" ", "")
    own = _read(OcrSettings(rec_heights=(48,), cache_dir="off"))
    ours = _read(OcrSettings(cache_dir="off"))
    assert _ratio(ours, expected) >= 0.95
    assert _ratio(ours, expected) >= _ratio(own, expected) - 0.02


def test_the_heights_are_part_of_the_cache_key() -> None:
    assert OcrSettings().fingerprint() != OcrSettings(rec_heights=(48,)).fingerprint()


def test_a_page_in_traditional_characters_is_read_at_full_height() -> None:
    assert is_traditional(TRADITIONAL) and not is_traditional(SMALL)
    expected = (LARGE + TRADITIONAL).replace(" ", "")
    own = _read(OcrSettings(rec_heights=(48,), cache_dir="off"), TRADITIONAL)
    ours = _read(OcrSettings(cache_dir="off"), TRADITIONAL)
    assert ours == own  # every line of a traditional page read again at 48: the model's own reading
    assert _ratio(ours, expected) >= 0.9
