"""Heading lines: which numbering style, which number, which title, how sure.

:func:`recognize` looks at one normalized line and returns a :class:`HeadingMatch` (or None when
the line has no heading shape at all). Styles real reports use, with the normalized number:

================  =============================  ==================
style             examples                       number
================  =============================  ==================
``part``          第一部分 领导                  第一部分
``chapter``       第一章 / 第1章                 第一章
``section``       第一节                         第一节
``cn``            一、领导                       一
``cn-paren``      （一）领导力 / (一)领导力      (一)
``decimal-N``     1 领导 / 1. / 1．/ 1.1 / 5.2.3 / １．２ / 5. 2. 1   1 / 1.1 / 5.2.3 (N = parts)
``num-dun``       1、确定方向                    1
``paren-num``     （1）/ (1)                     (1)
``num-paren``     1） / 1)                       1)
``circled``       ①                              ①
``alpha``         a. / a) / （a）                a
``bracket``       【领导力】                     None (title 领导力)
``plain``         组织简介                       None
================  =============================  ==================

Confidence is about the *line*: a number followed by a short title without sentence
punctuation is a heading (0.9+); the same number opening a long line with ``。`` is a lead-in
(``（1）文化体系的建立与迭代。…``, ``1）组织文化。…``) and scores low; ``一是…`` has no numbering
at all. Short unnumbered lines without punctuation score 0.7 (titles in plain-text reports).
Table and figure captions (``表6-1 质量水平指标``, ``图3 组织结构``) are never headings.

:func:`assign_levels` turns styles into levels for one document: it reads the headings in
order and keeps a stack of open styles — a style already open is a sibling (close everything
below it), a new style opens one level deeper. This infers the order from first appearance
(一、 > （一） > 1. > （1）) and handles "1." restarting under every （一）. Levels given by the
format (DOCX heading styles, Markdown ``#``, PDF font-size rank) win when present.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .chars import FULLWIDTH_NUMBER_MAP

HEADING_THRESHOLD = 0.6
"""Minimum confidence for a paragraph to become a heading when the format marks no headings."""

STRICT_THRESHOLD = 0.85
"""Minimum confidence when the format already marks headings (DOCX styles, Markdown ``#``)."""

_CN = "一二三四五六七八九十百零〇两"
_D = "0-9０-９"
_SP = r"[ \u3000]*"

# (style, pattern); the pattern's group "num" is the number, the rest of the line the title.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}(?:部分|篇))")),
    ("chapter", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}章)")),
    ("section", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}节)")),
    ("cn", re.compile(rf"(?P<num>[{_CN}]{{1,3}}){_SP}[、，,.．]")),
    ("cn-paren", re.compile(rf"[(（]{_SP}(?P<num>[{_CN}]{{1,3}}){_SP}[)）]")),
    ("paren-num", re.compile(rf"[(（]{_SP}(?P<num>[{_D}]{{1,2}}){_SP}[)）]")),
    ("num-paren", re.compile(rf"(?P<num>[{_D}]{{1,2}}){_SP}[)）]")),
    ("num-dun", re.compile(rf"(?P<num>[{_D}]{{1,2}}){_SP}、")),
    # 1.1 / 5.2.3 / 5. 2. 1 / １．２ (at least two parts), optional trailing dot
    (
        "decimal",
        re.compile(rf"(?P<num>[{_D}]{{1,2}}(?:{_SP}[.．]{_SP}[{_D}]{{1,2}})+)(?![{_D}%‰])(?:{_SP}[.．])?"),
    ),
    # 1. / 1．/ "1 领导" (one part: a dot, or a space before the title)
    ("decimal", re.compile(rf"(?P<num>[{_D}]{{1,2}})(?:{_SP}[.．](?![{_D}])|[ \u3000]+(?=[^\s{_D}]))")),
    ("circled", re.compile(r"(?P<num>[\u2460-\u2473\u2776-\u277f\u2780-\u2793])")),
    ("alpha", re.compile(r"[(（]?(?P<num>[a-zA-Z])[.．)）](?![a-zA-Z0-9])")),
)

_BRACKET = re.compile(r"【(?P<title>[^【】]{1,30})】")
_CAPTION = re.compile(
    rf"(?:[表图]|附表|附图|Table|Figure){_SP}[{_D}A-Za-z]+(?:[-－—.．][{_D}]+)*[a-z]?(?:[ \u3000:：]|$)"
)
_SENTENCE_END = "。！？；!?;"
_CLAUSE_PUNCT = "，,：:"
_MAX_TITLE = 40


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """What a line would be as a heading."""

    style: str
    number: str | None
    title: str
    confidence: float
    number_end: int = 0
    """Index in the line where the number (and its separator) ends and the title begins."""


def _norm_number(style: str, raw: str) -> str:
    s = "".join(FULLWIDTH_NUMBER_MAP.get(ch, ch) for ch in raw)
    s = re.sub(r"[ \u3000]", "", s)
    if style == "cn-paren":
        return f"({s})"
    if style == "paren-num":
        return f"({s})"
    if style == "num-paren":
        return f"{s})"
    if style == "alpha":
        return s.lower() if s.isascii() else s
    return s


def is_caption(line: str) -> bool:
    """``表6-1 质量水平指标``, ``图3 组织结构图``: a caption, never a heading."""
    return bool(_CAPTION.match(line.strip()))


def split_number(line: str) -> tuple[str, str | None, int] | None:
    """(style, normalized number, end of the number) for a line that starts with numbering."""
    text = line
    for style, pat in _PATTERNS:
        m = pat.match(text)
        if not m:
            continue
        raw = m.group("num")
        if style == "decimal":
            parts = re.split(rf"{_SP}[.．]{_SP}", raw)
            style = f"decimal-{len(parts)}"
        end = m.end()
        while end < len(text) and text[end] in " \u3000":
            end += 1
        return style, _norm_number(style.split("-")[0] if style.startswith("decimal") else style, raw), end
    return None


def _title_score(title: str) -> float:
    """How much ``title`` looks like a heading title (not a sentence)."""
    if not title:
        return 0.0
    t = title.rstrip()
    if any(ch in _SENTENCE_END for ch in t):
        return 0.1
    if t[-1] in _CLAUSE_PUNCT or t[-1] in "、…—":
        return 0.1
    if any(ch in _CLAUSE_PUNCT for ch in t):
        return 0.4
    n = len(t)
    if n <= 25:
        return 1.0
    if n <= _MAX_TITLE:
        return 0.7
    return 0.1


def recognize(line: str) -> HeadingMatch | None:
    """Recognise a heading line (normalized text). None when it has no heading shape."""
    text = line.strip()
    if not text or "\n" in text or "\t" in text:
        return None
    if is_caption(text):
        return None
    m = _BRACKET.fullmatch(text)
    if m:
        return HeadingMatch("bracket", None, m.group("title").strip(), 0.9 * _title_score(m.group("title")))
    num = split_number(text)
    if num is not None:
        style, number, end = num
        title = text[end:].strip()
        score = _title_score(title)
        if not title:
            return HeadingMatch(style, number, "", 0.0, end)
        base = 0.95 if style.startswith("decimal-") and style != "decimal-1" else 0.9
        if style in ("alpha", "circled", "num-paren"):
            base = 0.8  # list items more often than headings
        return HeadingMatch(style, number, title, round(base * score, 3), end)
    score = _title_score(text)
    if len(text) > 30:
        score = min(score, 0.5)
    if re.search(rf"[{_D}%‰]", text):
        score = min(score, 0.5)  # "2023年营业收入38.6亿元" is data, not a title
    if text[0] in "“‘\"'（(《" or text.startswith(("一是", "二是", "三是", "注：", "注:", "说明", "来源")):
        score = min(score, 0.3)
    return HeadingMatch("plain", None, text, round(0.7 * score, 3))


# --------------------------------------------------------------------------- levels


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}


def ordinal_value(number: str | None) -> int | None:
    """``一`` → 1, ``(十二)`` → 12, ``第三章`` → 3, ``2`` → 2, ``(4)`` → 4, ``①`` → 1; None for 1.1."""
    if not number:
        return None
    s = re.sub(r"^[(（]|[)）]$", "", number)
    s = re.sub(r"^第|(?:部分|篇|章|节)$", "", s)
    if s in _CIRCLED:
        return _CIRCLED[s]
    if s.isdigit():
        return int(s)
    if len(s) == 1 and s.isalpha() and s.isascii():
        return ord(s.lower()) - ord("a") + 1
    if s and all(ch in _CN_DIGITS or ch == "十" for ch in s):
        if "十" not in s:
            return _CN_DIGITS[s] if len(s) == 1 else None
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return None


@dataclass(frozen=True, slots=True)
class HeadingInfo:
    """One heading of a document as :func:`assign_levels` needs it."""

    style: str
    style_level: int | None = None
    is_parent_shaped: bool = False
    """For unnumbered titles: the next heading follows with at most a short intro in between."""
    is_document_title: bool = False
    ordinal: int | None = None
    """Value of a single-component number (``2.`` → 2, ``（三）`` → 3); None for 1.1 or no number."""


def _between_siblings(headings: Sequence[HeadingInfo], i: int) -> str | None:
    """The style of the numbered headings around ``headings[i]`` when it sits inside their run.

    True when the previous numbered heading and the next one have the same style and the next
    one continues the numbering (its value is above 1), so no new parent started in between.
    """
    prev = next((h for h in reversed(headings[:i]) if h.style not in ("plain", "bracket")), None)
    nxt = next((h for h in headings[i + 1 :] if h.style not in ("plain", "bracket")), None)
    if prev is None or nxt is None or prev.is_document_title or prev.style != nxt.style:
        return None
    if nxt.ordinal is None or prev.ordinal is None or nxt.ordinal <= 1 or nxt.ordinal > prev.ordinal + 1:
        return None
    return prev.style


def assign_levels(headings: Sequence[HeadingInfo]) -> list[int]:
    """Levels (1 = top) for a document's headings, in order (see the module docstring)."""
    levels: list[int] = [0] * len(headings)
    numbered = [h.style for h in headings if h.style not in ("plain", "bracket") and not h.is_document_title]
    top_style = numbered[0] if numbered else None
    has_title = any(h.is_document_title for h in headings)
    base = 2 if has_title else 1
    only_plain = top_style is None

    stack: list[tuple[str, int]] = []
    seen_parent = False
    for i, h in enumerate(headings):
        if h.is_document_title:
            levels[i] = h.style_level if h.style_level is not None else 1
            stack = []
            continue
        if h.style_level is not None:
            level = h.style_level
            while stack and stack[-1][1] >= level:
                stack.pop()
            stack.append((h.style, level))
            levels[i] = level
            continue
        style = h.style
        if only_plain and style in ("plain", "bracket"):
            # No numbering anywhere: parent-shaped titles are chapters, the titles below them
            # their sections; titles before the first chapter are chapters too.
            if h.is_parent_shaped:
                seen_parent = True
                levels[i] = base
            else:
                levels[i] = base + 1 if seen_parent else base
            continue
        if style in ("plain", "bracket") and top_style is not None:
            style = _between_siblings(headings, i) or top_style
            # 组织简介 / 结语 beside 一、二、 sit at the top numbered level; an unnumbered title between
            # "1. 创新机制" and "2. 创新成果" is a sibling of theirs
        pos = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == style), None)
        if pos is None and style.startswith("decimal-"):
            # "2 战略" after "1.1 …" with no "1" open: one level above the open "1.1"
            depth = int(style.split("-")[1])
            for k in range(len(stack) - 1, -1, -1):
                other = stack[k][0]
                if other.startswith("decimal-") and int(other.split("-")[1]) > depth:
                    target = max(base, stack[k][1] - (int(other.split("-")[1]) - depth))
                    pos = next((q for q, (_, lv) in enumerate(stack) if lv >= target), len(stack))
                    del stack[pos:]
                    stack.append((style, target))
                    break
            if stack and stack[-1][0] == style:
                levels[i] = stack[-1][1]
                continue
        if pos is not None:
            level = stack[pos][1]
            del stack[pos:]
        else:
            level = stack[-1][1] + 1 if stack else base
        stack.append((style, level))
        levels[i] = level
    return levels
