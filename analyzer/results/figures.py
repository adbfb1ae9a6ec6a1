"""Figures and years in result prose: which numbers are results, their units, and indicator names.

:func:`find_figures` keeps the numbers of a text that may be results (no years, dates, list numbers or parts
of names: the ``not-after-figure`` / ``not-before-figure`` patterns); :func:`unit_after` reads the unit
written after one; :func:`clean_name` and :func:`good_name` turn the words before a figure into an
indicator name. Years are the ``patterns.yaml`` year patterns (:func:`year_mentions`); a span counted back
from the latest year (近三年) is :func:`relative_span`. Used by :mod:`analyzer.results.prose` (series) and
:mod:`analyzer.results.targets` (target values).
"""

from __future__ import annotations

import re

from .lexicon import YearMention, default_patterns
from .numbers import fold

# A span of years counted back from the item's latest year: 三年/近三年/近3年/过去三年/三年来 (no year written).
RELATIVE = re.compile(
    r"(?<![\d.第十])(?:近|最近|过去|连续|这)?\s*([两二三四五2-5])\s*年(?![度级前后底初末内以])(?:来|间|中|里)?"
)
_RELATIVE_N = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def relative_span(text: str) -> int:
    """How many years a relative span names (``三年分别为`` → 3, ``近3年`` → 3), or 0."""
    m = RELATIVE.search(text)
    return _RELATIVE_N[m.group(1)] if m else 0


def year_mentions(text: str) -> tuple[YearMention, ...]:
    return default_patterns().year_mentions(text)


NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.A-Za-z_/\-]){NUM}(?![\d])")

# 在咨询量激增的情况下 / 在疫情影响下 / 受…影响: circumstances, never part of a name.
_ADVERBIAL = re.compile(
    r"(?:在|受|随着|面对)[^，。；]{0,20}?(?:的)?(?:情况|背景|形势|条件|环境|影响|压力|冲击)?(?:下|中|时)$|^(?:在|受|随着|面对)[^，。；]{0,20}?(?:情况|背景|形势|条件|环境|影响|压力|冲击)(?:下|中|时)?"
)

def find_figures(text: str) -> list[re.Match[str]]:
    """Figures in ``text`` that may be results: no years, dates, list numbers or parts of names."""
    out = []
    years = [(y.start, y.end) for y in year_mentions(text)]
    for m in _FIGURE.finditer(text):
        after = text[m.end() :]
        if any(a <= m.start() < b for a, b in years):  # 2021年, 2021—2023年: years, no figures
            continue
        if _not_a_figure(text, m.start(), m.end(), after):
            continue
        out.append(m)
    return out


def _not_a_figure(text: str, start: int, end: int, after: str) -> bool:
    """The number at ``text[start:end]`` is a date, list number or part of a name (``not-after-figure``
    and ``not-before-figure`` patterns; a decimal point or a Latin letter right after it)."""
    rest = after.lstrip()
    if (rest[:1] == "." and rest[1:2].isdigit()) or (rest[:1].isascii() and rest[:1].isalpha()):
        return True
    p = default_patterns()
    first = end + (len(after) - len(rest))
    if any(h.start == first for h in p.find(text, "not-after-figure")):
        return True
    last = len(text[:start].rstrip())
    return any(h.end == last for h in p.find(text, "not-before-figure"))


def count_quantities(text: str) -> int:
    """How many figures (not years, dates, ordinals or table numbers) ``text`` holds."""
    return len(find_figures(fold(text)))


def figure_value(s: str) -> float:
    return float(s.replace(",", ""))


_PER = re.compile(r"/[^\s，。；、,]{1,6}")


def unit_after(after: str) -> str | None:
    """The unit written right after a figure (``unit`` and ``unit-scale`` patterns): ``%``, ``万元``, ``元/吨``."""
    p = default_patterns()
    text = after.lstrip()
    at = 0
    scale = [h for h in p.find(text, "unit-scale") if h.start == 0]
    if scale:
        at = scale[0].end
    units = [h for h in p.find(text, "unit") if h.start == at]
    if not units:
        return None
    end = max(h.end for h in units)
    per = _PER.match(text, end)
    return text[: per.end() if per else end]


ASIDE = re.compile(r"[（(][^（）()]{1,30}[）)]")
"""A bracketed aside in a sentence (``79.1分（行业平均76.3分）``, ``（2023年目标值6项）``)."""


def in_figure_aside(clause: str, at: int) -> bool:
    """Position ``at`` sits in brackets written right after a figure of ``clause``."""
    return any(m.start() < at < m.end() and follows_figure(clause, m.start()) for m in ASIDE.finditer(clause))


def follows_figure(text: str, at: int) -> bool:
    """Whether ``text`` has a figure (and its unit) right before position ``at``."""
    before = text[:at].rstrip()
    figs = find_figures(before)
    if not figs:
        return False
    return only_a_unit(before[figs[-1].end() :])


def only_a_unit(after: str) -> bool:
    """``after`` (the text after a figure) holds its unit at most."""
    rest = after.strip()
    return not rest[len(unit_after(rest) or "") :].strip()


def is_difference(after: str) -> bool:
    """``2.5个百分点``, ``近两倍``: a figure that is a difference, not a level."""
    text = after.lstrip()
    return any(h.start == 0 for h in default_patterns().find(text, "difference"))


def clean_name(name: str) -> str:
    text = name
    for m in reversed(year_mentions(name)):
        text = text[: m.start] + text[m.end :]
    text = RELATIVE.sub("", text)
    text = _ADVERBIAL.sub("", text)
    # 累计注册商标253件（2021年… : the name ends before a figure that opens a parenthesis
    text = re.sub(rf"\s*{NUM}\s*[^\d\s（(]{{0,3}}\s*[（(][^）)]*$", "", text)
    text = re.sub(r"[（(][^）)]*$", "", text)
    for _ in range(2):
        text = re.sub(r"^[\s的、，]+|[\s的在于对为是有中、，约近]+$", "", text)
        text = _without_subject(text)
    return text


def _without_subject(text: str) -> str:
    """``text`` without the subjects and time adverbs it starts with (``subject`` patterns):
    其中公司营业收入 → 营业收入."""
    hits = default_patterns().find(text, "subject")
    at = 0
    while True:
        longest = max((h.end for h in hits if h.start == at), default=at)
        if longest == at:
            return text[at:]
        at = longest


def good_name(name: str) -> bool:
    return (
        2 <= len(name) <= 24
        and re.search(r"[\u4e00-\u9fffA-Za-z]", name) is not None
        and re.match(r"[占比较是为达由从到]|原因|由于|因为|主要|其中|截至", name) is None
        and re.search(r"比上年|较上年|同比|(?:增加|减少|提高|提升|下降|增长|降低|缩短)$", name) is None
    )


def names_another_party(name: str) -> bool:
    """Whether ``name``, written beside a figure of the report's own, names whoever gives a second
    figure: another organisation (``沐芑长者之家``, ``岚栖课堂``, a brand without 公司), not the
    organisation itself or its past and not something about the figure. Two characters or more, no
    figures, more than an organisation word alone (``集团``: maybe its own group); not a unit of the
    organisation (``own-unit``: 分公司, 事业部 …), its own past (``own-or-past``: 本公司, 上年 …), a
    target, a requirement, a source, a change or part of the year (``change-column``: 同比, 上半年 …)
    or a part of the figure (``figure-part``: 其中, 含 …)."""
    name = name.strip()
    if len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    p = default_patterns()
    if any(h.start == 0 and h.end == len(name) for h in p.find(name, "organisation")):
        return False
    return not p.has(
        name, "own-unit", "own-or-past", "target", "requirement", "source-column", "change-column", "figure-part"
    )
