"""One-line indicator cards, as a dashboard gives them when copied: read as a table of one row.

``【营业收入（亿元）】2021：18.6｜2022：20.3｜2023：23.9｜2023目标：23.0``,
``[Q-01] 预制棒一次合格率(%)　2021: 94.8 / 2022: 95.6 / 2023: 96.4　· 瓘滢光纤 95.2 · 行业均值 93.9``,
``▶ 顾客满意度（分）91.2 → 92.0 → 92.6（2021→2023）｜瓘滢光纤 90.8``: a name, then segments set apart
by ``｜``, `` / ``, `` · `` or wide spaces, of which at least two give a year and a figure (``2021：18.6``,
``21年 18.6``), or an arrow series with its span of years in brackets. The other segments that give a
figure after some words (``瓘滢光纤 95.2``, ``行业均值 23年 7.6``, ``2023目标：23.0``) become columns
too, dated by the latest year when they name none, so the table reader classifies them as it
classifies any column: a competitor, an average, a target. :func:`card_table` gives the table; a
line that is no card gives None and is read as prose.
"""

from __future__ import annotations

import re

from ..model import Paragraph, Table
from .lexicon import default_patterns
from .numbers import fold

_SPLIT = re.compile(r"\s*[｜|]\s*|\s+/\s+|\s*[·•]\s*|[ \u3000]{2,}|\u3000")
_LEAD = re.compile(r"^\s*(?:[▶▷►●○◆◇■□★☆•·\-]+\s*|\[[A-Za-z]*-?\d+\]\s*|[A-Za-z]{2,5}-?\d{1,3}\s+)")
_BRACKETED_NAME = re.compile(r"^【([^】]{2,30})】\s*")
_YEAR = r"(?:FY)?(?:20[0-3]\d|[0-3]\d(?=\s*年))"
_FIGURE = r"[-+]?\d[\d,]*(?:\.\d+)?%?"
_YEAR_FIGURE = re.compile(rf"^(?P<y>{_YEAR})\s*(?:年度?)?\s*[:：]?\s*(?P<v>{_FIGURE})$")
_ARROWS = re.compile(
    rf"(?P<vals>{_FIGURE}(?:\s*(?:→|->|⟶)\s*{_FIGURE}){{1,6}})\s*"
    rf"[（(]\s*(?P<a>{_YEAR})\s*(?:年)?\s*(?:→|->|⟶|—|-|~|～|至)\s*(?P<b>{_YEAR})\s*(?:年)?\s*[)）]"
)
_OTHER = re.compile(rf"^(?P<who>.{{2,24}}?)\s*[:：]?\s*(?P<v>{_FIGURE})$")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NAME_END = re.compile(r"[:：]\s*$")
_NAMED_FIRST = re.compile(rf"^(?P<name>[^\d]{{2,30}}?)\s*[:：]?\s*(?P<rest>{_YEAR}\s*(?:年度?)?\s*[:：]?\s*{_FIGURE})$")
_WHO_YEAR = re.compile(rf"^(?P<who>.*?)\s*(?P<y>{_YEAR})\s*(?:年度?)?$")
CARD_SEGMENTS = 2
"""Segments with a year and a figure a line needs to be a card."""


def _year(raw: str) -> int:
    digits = re.sub(r"\D", "", raw)
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def card_table(paragraph: Paragraph) -> Table | None:
    """The card in ``paragraph`` as a table of one row (see the module docstring), or None."""
    patterns = default_patterns()
    text = fold(paragraph.text).strip()
    if not text or "\n" in text or len(text) > 200 or re.search(r"[。；;]", text):
        return None
    text = _LEAD.sub("", text, count=1)
    name = ""
    bracketed = _BRACKETED_NAME.match(text)
    if bracketed:
        name, text = bracketed.group(1), text[bracketed.end() :]
    years: dict[int, str] = {}
    others: list[tuple[str, str]] = []
    arrows = _ARROWS.search(text)
    if arrows:
        a, b = _year(arrows.group("a")), _year(arrows.group("b"))
        values = re.split(r"\s*(?:→|->|⟶)\s*", arrows.group("vals"))
        if b - a + 1 != len(values):
            return None
        years = {a + k: v for k, v in enumerate(values)}
        name = name or text[: arrows.start()].strip()
        text = text[arrows.end() :]
    parts = [s for s in _SPLIT.split(text) if s.strip()]
    for k, part in enumerate(parts):
        part = part.strip()
        first = _NAMED_FIRST.match(part) if k == 0 and not name else None
        if first:  # 员工满意度：2021年 82.1 / … — the name, then the first year's figure
            name, part = first.group("name"), first.group("rest")
        m = _YEAR_FIGURE.match(part)
        if m:
            years.setdefault(_year(m.group("y")), m.group("v"))
            continue
        if k == 0 and not name and not re.search(r"\d\s*$", part):
            name = _NAME_END.sub("", part)  # the name before its first figure: 预制棒一次合格率(%)
            continue
        o = _OTHER.match(part)
        # (达成率 103.9%, 同比 +17.7%: the card's own figures, no one else's)
        who = o.group("who") if o else ""
        if o is None or not _WORD.search(who):
            return None  # a segment the card form does not explain: prose (2023年94.0%（行业平均91.2%）)
        if not patterns.has(who, "plan-rate", "change-column"):
            year = _WHO_YEAR.match(who.strip())  # 琇澶光电 2023 → 琇澶光电（2023年）
            if year and _WORD.search(year.group("who")):
                who = f"{year.group('who')}（{_year(year.group('y'))}年）"
            others.append((who.strip(), o.group("v")))
    if len(years) < CARD_SEGMENTS or not name.strip():
        return None
    latest = max(years)
    ordered = sorted(years)
    dated = (w if re.search(r"\d", w) else f"{w}（{latest}年）" for w, _ in others)  # 瓘滢光纤 → 瓘滢光纤（2023年）
    header = ("指标", *(f"{y}年" for y in ordered), *dated)
    row = (name.strip(), *(years[y] for y in ordered), *(v for _, v in others))
    return Table(id=f"{paragraph.id}-card", rows=(header, row), span=paragraph.span, caption=None)
