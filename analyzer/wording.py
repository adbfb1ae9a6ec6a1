"""How numbers read in SARA's Chinese and English text: the one home for points, percentages and counts.

Points are not always whole: Wuhan gives points per 条目 only, so each of a 条目's three 条款 carries a
third of 170 (56.666…). Printed with ``:g`` that becomes ``56.6667分``; printed here it is ``56.67``.
Every message, export and page that shows points or a percentage goes through these functions::

    points(56.666666) == "56.67"     points(30.0) == "30"     points(17.25) == "17.25"
    percent(0.5) == "0.5"            percent(57.1428) == "57.1"
"""

from __future__ import annotations

POINT_DECIMALS = 2
"""Points are shown to 0.01 (the consensus scores are computed to 0.01 as well)."""
PERCENT_DECIMALS = 1


def _trim(value: float, decimals: int) -> str:
    text = f"{round(float(value), decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def points(value: float | int | None) -> str:
    """``56.67`` for 56.666…, ``30`` for 30.0; empty for None. No thousands separator (totals ≤ 1000)."""
    if value is None:
        return ""
    return _trim(value, POINT_DECIMALS)


def points_range(low: float | int, high: float | int) -> str:
    """``17.25–25.5`` (the same value once: ``30``)."""
    a, b = points(low), points(high)
    return a if a == b else f"{a}–{b}"


def band_range(low: int, high: int, label_zh: str | None = None) -> str:
    """A band as its percentages of the points, with its name where the scheme gives one:
    ``30–45%``, ``40–60% 优良``."""
    return f"{low}–{high}%" + (f" {label_zh}" if label_zh else "")


def percent(value: float | int | None) -> str:
    """A percentage's number (no sign) to 0.1: ``57.1`` for 57.1428, ``50`` for 50.0; empty for None."""
    if value is None:
        return ""
    return _trim(value, PERCENT_DECIMALS)


def ratio_percent(value: float | None) -> str:
    """A 0–1 ratio as a whole percentage with its sign (``0.903`` → ``90%``); empty for None."""
    if value is None:
        return ""
    return f"{round(value * 100):d}%"


def integer(value: int | float | None) -> str:
    """A count with thousands separators (``16``, ``12,345``); empty for None. Floats that hold a
    whole number (a pandas column with gaps turns ints into floats) print without decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN: a gap
            return ""
        if not value.is_integer():
            return _trim(value, POINT_DECIMALS)
    return f"{int(value):,}"
