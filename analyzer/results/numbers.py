"""Years, values and units as reports write them: ``2021年度``, ``FY2022``, ``２０２３年``, ``1,830``, ``第3名``.

Everything here works on :func:`fold` ed text: full-width digits, Latin letters, ``．``, ``％``,
``－`` and ``～`` become ASCII, years written in Chinese numerals (``二〇二三年``) become
digits, and nothing else changes (no NFKC, which would also turn ``，`` into ``,``). Years are
2000–2035; anything else is not a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text.chars import FULLWIDTH_NUMBER_MAP

if TYPE_CHECKING:
    from .model import YearValue

MIN_YEAR = 2000
MAX_YEAR = 2035

_FOLD = str.maketrans({**FULLWIDTH_NUMBER_MAP, "％": "%", "－": "-", "～": "~", "＋": "+", "＝": "=", "／": "/"})


_CN_DIGIT = dict(zip("〇零○一二三四五六七八九", "000123456789", strict=True))
_CN_NUMERAL = "〇零○一二三四五六七八九十百千万"
_CN_YEAR = re.compile(rf"(?<![{_CN_NUMERAL}])二[〇零○][〇零○一二三][〇零○一二三四五六七八九](?![{_CN_NUMERAL}])")
"""A year in Chinese numerals, digit by digit (``二〇二一年``, ``二〇二一至二〇二三年``; ``○`` is often
typed for ``〇``): formal documents write years so. 2000–2039 only; ``二十一`` is no year."""


def fold(text: str) -> str:
    """Full-width digits, letters and number punctuation to ASCII, years in Chinese numerals to
    digits (``二〇二三年`` → ``2023年``); same length as ``text``."""
    text = text.translate(_FOLD)
    if "〇" in text or "零" in text or "○" in text:
        text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group()), text)
    return text


def is_year(n: int) -> bool:
    return MIN_YEAR <= n <= MAX_YEAR


# --------------------------------------------------------------------------- table headers


def year_of_cell(cell: str) -> int | None:
    """The year a header or row-label cell stands for, if it is only a year (``2021年度`` → 2021).

    The year forms are the ``tokens`` patterns of ``patterns.yaml`` (:mod:`analyzer.results.lexicon`)."""
    from .lexicon import default_patterns

    return default_patterns().cell_year(cell)


def years_inside(text: str) -> tuple[int, ...]:
    """Every year 2000–2035 written inside ``text`` (``全市平均（2023年）`` → (2023,))."""
    from .lexicon import default_patterns

    return default_patterns().years_inside(text)


# --------------------------------------------------------------------------- cell values

_ABSENT = frozenset(
    {"", "-", "—", "——", "–", "―", "─", "/", "\\", "无", "暂无", "N/A", "NA", "n/a", "…", "……", "×", "*"}
)
_NUMBER = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_RANK = re.compile(r"^第\s*(\d+)\s*(?:名|位)?$")
_BOUND = re.compile(r"^(?:[≥≤<>]|>=|<=|不低于|不高于|不少于|不超过|小于|大于)\s*")


@dataclass(frozen=True, slots=True)
class CellValue:
    """What a table cell holds: absent (dash), a number, or non-numeric data (``AA+``, ``B+``)."""

    present: bool
    value: float | None
    text: str
    bound: bool = False
    """Written as a bound (``≥95``, ``≤30``), as targets are."""


def parse_cell(cell: str) -> CellValue:
    """``"1,830"`` → 1830; ``"第3名"`` → 3; ``"≥95"`` → 95 (bound); ``"—"`` → absent; ``"AA+"`` → present, no number."""
    raw = fold(cell).strip()
    text = raw.replace(" ", "")
    if text in _ABSENT or set(text) <= set("-—–―─"):
        return CellValue(False, None, raw)
    m = _RANK.match(text)
    if m:
        return CellValue(True, float(m.group(1)), raw)
    bound = False
    b = _BOUND.match(text)
    if b:
        bound = True
        text = text[b.end() :]
    else:
        text = _unqualified(text)
    text = text.rstrip("%‰")
    m2 = _NUMBER.fullmatch(text) or _NUMBER.match(text)
    if m2 and (m2.end() == len(text) or not text[m2.end()].isdigit()):
        rest = text[m2.end() :]
        # "12.6万", "98.5%" and "3次" are numbers; "A级" or "B+" are not.
        if m2.end() == len(text) or len(rest) <= 3:
            return CellValue(True, _to_float(m2.group(0)), raw, bound)
    return CellValue(True, None, raw, bound)


def _unqualified(text: str) -> str:
    """A cell without the word that makes its figure approximate (``约98``, ``近6.5``, ``逾1,200``:
    ``value-qualifier`` in patterns.yaml): the figure is still the year's level."""
    from .lexicon import default_patterns

    starts = [h.end for h in default_patterns().find(text, "value-qualifier") if h.start == 0]
    return text[max(starts) :].lstrip() if starts and text[max(starts) :][:1].isdigit() else text


def _to_float(s: str) -> float:
    return float(s.replace(",", "").replace("−", "-"))


# --------------------------------------------------------------------------- names and units

_PAREN = re.compile(r"[（(]([^（）()]*)[)）]\s*$")
_UNITISH = re.compile(r"^(?:%|‰|[^\d]{1,8}|\d*[^\d\s]{1,8}/[^\s]{1,8})$")


def split_unit(label: str) -> tuple[str, str | None]:
    """``营业收入（亿元）`` → (营业收入, 亿元); ``品牌知名度（客户调研，%）`` → (品牌知名度, %).

    A trailing parenthesis is a unit when it is short and not a year note; ``（2020年=100）``
    stays a note (returned as the unit text, it is no year of data).
    """
    text = fold(label).strip()
    m = _PAREN.search(text)
    if m is None:
        return text, None
    inner = m.group(1).strip()
    name = text[: m.start()].strip()
    if not name:
        return text, None
    parts = [p.strip() for p in re.split(r"[，,;；]", inner) if p.strip()]
    for p in parts:
        if p in ("%", "‰"):
            return name, p
    if parts and _UNITISH.match(parts[0]) and not years_inside(parts[0]):
        return name, parts[0]
    return name, inner or None


def clean_name(name: str) -> str:
    """An indicator name without list numbering, a trailing colon or surrounding spaces."""
    text = re.sub(r"^\s*(?:\d+[.、)）]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.])\s*", "", fold(name))
    return text.strip(" ：:·-")


_SCALES = (("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3))
_MEASURES: dict[str, tuple[float, str]] = {
    "%": (1e-2, "%"),
    "‰": (1e-3, "%"),
    "ppm": (1e-6, "%"),
    "PPM": (1e-6, "%"),
    "小时": (1.0, "h"),
    "h": (1.0, "h"),
    "天": (24.0, "h"),
    "日": (24.0, "h"),
    "分钟": (1 / 60, "h"),
    "吨": (1e6, "g"),
    "千克": (1e3, "g"),
    "公斤": (1e3, "g"),
    "克": (1.0, "g"),
}
"""Units of one quantity and their size in a common one (‰ and ppm are shares like %, 天 is 24 小时)."""
_UNIT_TAIL = re.compile(r"(?:以上|以下|左右|上下|余|多|[+＋])$")


def written_unit(text: str) -> str:
    """The unit written after a figure in a cell or a series value (``9,860万元`` → ``万元``)."""
    t = fold(text).strip()
    m = _NUMBER.search(t)
    if m is None:
        return ""
    return _UNIT_TAIL.sub("", t[m.end() :].strip()).strip()


def _measure(unit: str) -> tuple[float, str]:
    if unit in _MEASURES:
        return _MEASURES[unit]
    for prefix, factor in _SCALES:
        if unit.startswith(prefix):
            size, base = _MEASURES.get(unit[len(prefix) :], (1.0, unit[len(prefix) :]))
            return factor * size, base
    return 1.0, unit


def rescaled(unit: str, other: str | None) -> bool:
    """Whether ``unit`` writes the quantity of ``other`` on another scale or in another known unit of
    its kind (亿元 for 万元, 小时 for 天, % for ‰), so that a figure in it must be converted."""
    if not other or unit == other:
        return False
    a, b = _measure(unit), _measure(other)
    return a[1] == b[1] and a[0] != b[0]


def on_one_scale(values: Sequence[YearValue], unit: str | None) -> list[float | None] | None:
    """The figures of a series on one scale when some are written in another unit (``98,600万元`` /
    ``11.2亿元``, ``0.42‰`` / ``0.036%``, ``6.5天`` / ``118小时``); a figure with no unit of its own has
    the series' ``unit``. None when the units are of different kinds or unknown ones (``次/万公里`` /
    ``次/公里``, ``吨标准煤`` / ``千克标准煤``): such figures are not compared at all."""
    written = [(written_unit(v.text) or (unit or "")) if v.value is not None else None for v in values]
    if len({u for u in written if u is not None}) <= 1:
        return [v.value for v in values]
    measures = [_measure(u) if u is not None else None for u in written]
    if len({m[1] for m in measures if m is not None}) > 1:
        return None
    return [
        v.value * m[0] if v.value is not None and m is not None else None
        for v, m in zip(values, measures, strict=True)
    ]

