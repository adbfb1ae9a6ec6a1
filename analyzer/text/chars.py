"""Character classes shared by normalization, counting and heading recognition.

One place defines what "CJK" means for SARA, so that normalization (which spaces to remove),
counting (what Word counts as 中文字符) and heading recognition agree.
"""

from __future__ import annotations

# CJK unified ideographs and their extensions, plus the compatibility ideographs.
_IDEOGRAPH_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x2FA1F),  # Extensions B–F and Compatibility Supplement
    (0x30000, 0x323AF),  # Extensions G–H
)

# Other East Asian characters Word counts one by one (kana, radicals, CJK symbols, full-width forms).
_EAST_ASIAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x2FF0, 0x2FFF),  # ideographic description characters
    (0x3001, 0x303F),  # CJK symbols and punctuation (U+3000, the ideographic space, excluded)
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x31BF),  # bopomofo
    (0x31C0, 0x31FF),  # CJK strokes, katakana extension
    (0x3200, 0x33FF),  # enclosed CJK letters (㈠), CJK compatibility (㎡)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF01, 0xFF60),  # full-width ASCII variants and full-width brackets
    (0xFF61, 0xFF65),  # half-width CJK punctuation (｡｢｣､･)
    (0xFFE0, 0xFFE6),  # full-width signs ￠￡￥
)

# Marks whose width depends on the font: in Chinese text they are typed with the Chinese input
# method and set in the East Asian font, and SARA treats them as CJK punctuation (see counts.py).
AMBIGUOUS_MARKS = frozenset("\u2014\u2015\u2026\u2018\u2019\u201c\u201d\u00b7\u2e3a\u2e3b\u2025\u2027")

# Enclosed numbers used as list markers: ①…⑳, ⑴…⒇, ⒈…⒛, ❶… (counted like CJK punctuation).
_ENCLOSED_RANGES: tuple[tuple[int, int], ...] = (
    (0x2460, 0x24FF),
    (0x2776, 0x2793),
)

ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, BOM, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi marks
)


def _in(ranges: tuple[tuple[int, int], ...], cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_ideograph(ch: str) -> bool:
    """A CJK ideograph (汉字), the unit of the "CJK ideographs only" count."""
    return _in(_IDEOGRAPH_RANGES, ord(ch))


def is_east_asian(ch: str) -> bool:
    """A character Word counts as one 中文字符: ideographs, CJK/full-width punctuation, full-width
    letters and digits, kana, and the ambiguous marks — — … “ ” ‘ ’ · (SARA's documented choice)."""
    cp = ord(ch)
    return (
        _in(_IDEOGRAPH_RANGES, cp) or _in(_EAST_ASIAN_RANGES, cp) or _in(_ENCLOSED_RANGES, cp) or ch in AMBIGUOUS_MARKS
    )


def is_space(ch: str) -> bool:
    """Whitespace, including the ideographic space U+3000 and no-break spaces."""
    return ch.isspace() or ch in "\u00a0\u3000\u202f\u2007"


def is_control(ch: str) -> bool:
    """A control character that never belongs in report text (tab and newline are kept)."""
    cp = ord(ch)
    return (cp < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= cp < 0xA0


# Full-width → ASCII for digits, letters and the full stop, used only on heading numbers.
FULLWIDTH_NUMBER_MAP = {chr(0xFF10 + i): str(i) for i in range(10)}
FULLWIDTH_NUMBER_MAP.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
FULLWIDTH_NUMBER_MAP.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
FULLWIDTH_NUMBER_MAP["．"] = "."
