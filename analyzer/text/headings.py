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
``decimal-N``     1 领导 / 1. / 1．/ 1.1 / 5.2.3 / １．２ / 5. 2. 1 / 2-1 引领发展   1 / 1.1 / 5.2.3 / 2.1 (N = parts)
``num-dun``       1、确定方向                    1
``paren-num``     （1）/ (1)                     (1)
``num-paren``     1） / 1)                       1)
``circled``       ①                              ①
``alpha``         a. / a) / （a）                a
``bracket``       【领导力】                     None (title 领导力)
``bullet``        ■ 战略制定 / ◆ 顾客关系          None (title 战略制定)
(bracketed)       【一、领导】 / 【1.1 领导】    the inner number's style and number
``plain``         组织简介                       None
================  =============================  ==================

Confidence is about the *line*: a number followed by a short title without sentence
punctuation is a heading (0.9+); the same number opening a long line with ``。`` is a lead-in
(``（1）文化体系的建立与迭代。…``, ``1）组织文化。…``) and scores low; ``一是…`` has no numbering
at all. Short unnumbered lines without punctuation score 0.7 (titles in plain-text reports).
Table and figure captions (``表6-1 质量水平指标``, ``图3 组织结构``) are never headings.

:func:`assign_levels` turns styles into levels for one document by the numbering grammar
(第X部分/篇 > 第X章 > 第X节 > 一、 > （一） > 1./1、 > （1）/1） > ① > a.; decimal depth 4 > 4.1 > 4.1.2),
nesting each heading relative to the headings open above it, so the same style can sit at
different depths (（一） under a profile title and under 三、). Where the grammar leaves the order
open (1.1 against （一） or 1.) the document's restarts decide. Levels given by the format (DOCX
heading styles, Markdown ``#``, PDF font-size rank) win when present.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .chars import FULLWIDTH_NUMBER_MAP

HEADING_THRESHOLD = 0.6
"""Minimum confidence for a paragraph to become a heading when the format marks no headings."""

STRICT_THRESHOLD = 0.85
"""Minimum confidence when the format already marks headings (DOCX styles, Markdown ``#``)."""

_CN = "一二三四五六七八九十百零〇两"
_MEASURE = "人个名次家项元天月日年周岁分秒小时条件台套吨"
"""Words of measure: after ``3-5`` a span (3-5 人组成攻关小组, 0-5 分), not a hyphenated heading number."""
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
    # 1.1 / 5.2.3 / 5. 2. 1 / １．２ / P.1 (GB/T 19580's profile) (at least two parts), optional trailing dot
    (
        "decimal",
        # (not 4. 8D与持续改进: a figure glued to a letter is a word of the title)
        re.compile(rf"(?P<num>(?:[{_D}]{{1,2}}|[A-Z])(?:{_SP}[.．]{_SP}[{_D}]{{1,2}})+)(?![{_D}%‰A-Za-z])(?:{_SP}[.．])?"),
    ),
    # 2-1 / 2-1-3 / ２－１ (hyphens instead of dots, as in 表2-1; parts of one or two digits, then a
    # space before the title: 2021-2023 is a year range, 1-2月 a span)
    (
        "decimal",
        re.compile(rf"(?P<num>[{_D}]{{1,2}}(?:[-－][{_D}]{{1,2}}){{1,3}})(?=[ \u3000]+[^\s{_D}{_MEASURE}])"),
    ),
    # 1. / 1．/ "1 领导" (one part: a dot, or a space before the title)
    ("decimal", re.compile(rf"(?P<num>[{_D}]{{1,2}})(?:{_SP}[.．](?![{_D}])|[ \u3000]+(?=[^\s{_D}]))")),
    ("circled", re.compile(r"(?P<num>[\u2460-\u2473\u2776-\u277f\u2780-\u2793])")),
    # (c）d）可持续发展与契合时代: two points run together are a heading of the first)
    ("alpha", re.compile(r"[(（]?(?P<num>[a-zA-Z])[.．)）](?:(?<=[)）])[a-zA-Z][)）])*(?![a-zA-Z0-9])")),
)

_BRACKET = re.compile(r"【(?P<title>[^【】]{1,30})】")
_BULLET = re.compile(r"[■□◆◇●○▶►★☆▪▫◎◉♦][ \u3000]*")
"""A bullet symbol in front of a title (``■ 战略制定``): a heading marker without a number, below
every numbered style (a line after it that reads as a sentence is a bullet point, not a heading)."""
# A heading that names the clause it answers: 引领发展（对应5.2.2）, 治理（评价条款5.2.3）, 【5.4.3】品牌管理
_CLAUSE_NUM = rf"(?P<num>[{_D}]{{1,2}}(?:{_SP}[.．]{_SP}[{_D}]{{1,2}}){{1,3}})"
_CLAUSE_REF_END = re.compile(
    rf"{_SP}[(（]{_SP}(?:对应|对照|参见|见)?{_SP}(?:评价)?(?:条款|要求|条目)?{_SP}{_CLAUSE_NUM}{_SP}(?:条款?)?{_SP}[)）]$"
)
_CLAUSE_REF_START = re.compile(rf"[【〔\[]{_SP}{_CLAUSE_NUM}{_SP}[】〕\]]{_SP}")
_CAPTION = re.compile(
    rf"(?:续?[表图]|附表|附图|Table|Figure){_SP}(?:[{_D}A-Za-z]+(?:[-－—.．][{_D}]+)*[a-z]?|[{_CN}]{{1,3}})"
    rf"(?:[ \u3000:：]|$)"
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
    if style == "decimal":
        return s.replace("-", ".").replace("－", ".")
    return s


def is_caption(line: str) -> bool:
    """``表6-1 质量水平指标``, ``图3 组织结构图``, ``表一 主要指标``, ``续表4-1``: a caption, never a heading."""
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
            parts = re.split(rf"{_SP}[.．\-－]{_SP}", raw)
            style = f"decimal-{len(parts)}"
        end = m.end()
        while end < len(text) and text[end] in " \u3000":
            end += 1
        return style, _norm_number(style.split("-")[0] if style.startswith("decimal") else style, raw), end
    return None


def _title_score(title: str, *, numbered: bool = False) -> float:
    """How much ``title`` looks like a heading title (not a sentence).

    ``numbered``: the line opens with a heading number. Such a title may be a lead and its gloss
    (``确定方向：把为患者好落到每个决定``) or two parallel phrases (``回应国家政策，谋划长远发展``):
    short word phrases, no figures, no sentence end (:func:`_phrase_title`).
    """
    if not title:
        return 0.0
    t = title.rstrip()
    if numbered and _glossed_by_dash(t):
        return PHRASE_TITLE
    if numbered and _question_title(t):
        return PHRASE_TITLE
    if any(ch in _SENTENCE_END for ch in t):
        return 0.1
    if t[-1] in _CLAUSE_PUNCT or t[-1] in "、…—":
        return 0.1
    if any(ch in _CLAUSE_PUNCT for ch in t):
        return PHRASE_TITLE if numbered and _phrase_title(t) else 0.4
    n = len(t)
    if n <= 25:
        return 1.0
    if n <= _MAX_TITLE:
        return 0.7
    return 0.1


PHRASE_TITLE = 0.8
"""Title score of a numbered title made of short phrases (below a plain title's 1.0: with a format
that marks its headings, such a line stays a paragraph unless the format marks it)."""
_PHRASE_MAX = 16
_PHRASE_PARTS = 3
_PHRASE_SPLIT = re.compile(r"[，,：:]")
_FIGURES = re.compile(rf"[{_D}%‰]")
"""A digit or a percent sign: a line with figures gives data (``2023年营业收入38.6亿元``), not a title."""


_POINTS = re.compile(
    rf"{_SP}[（(【\[]{_SP}(?=[^（）()【】\[\]]*[{_D}]{_SP}分)[^（）()【】\[\]。；;]{{1,30}}[）)】\]]$"
)
"""A trailing points note: ``（180分）``, ``（满分60分，自评47分）``, ``【自评得分：47分】``. It tells the
reader the item's weight; it is no part of the title (and its figures do not make the line data)."""
_GLOSS_DASH = re.compile(r"(?:——|—{1,2}|--)")
"""``战略制定——公司怎样研判内外部环境…``: a title and the requirement it restates."""


def without_points(title: str) -> str:
    """``title`` without a trailing points note (:data:`_POINTS`)."""
    return _POINTS.sub("", title).rstrip()


def _question_title(t: str) -> bool:
    """``高层领导怎样为企业定方向、带队伍？``: a short question with nothing after its question mark and
    no other sentence end or figure in it — the question an item answers, written as its title."""
    body = t[:-1]
    return (
        t[-1:] in ("？", "?")
        and 4 <= len(body) <= _MAX_TITLE
        and not any(ch in _SENTENCE_END for ch in body)
        and _FIGURES.search(body) is None
    )


def _glossed_by_dash(t: str) -> bool:
    """A short title, a dash, and a gloss with no sentence end and no figures (a restated requirement)."""
    parts = _GLOSS_DASH.split(t, maxsplit=1)
    if len(parts) != 2:
        return False
    head, gloss = parts[0].strip(), parts[1].strip()
    return (
        0 < len(head) <= _PHRASE_MAX
        and not any(ch in _SENTENCE_END + _CLAUSE_PUNCT for ch in head)
        and bool(gloss)
        and len(gloss) <= 2 * _MAX_TITLE
        and not any(ch in _SENTENCE_END for ch in gloss)
        and not _FIGURES.search(gloss)
    )


def _phrase_title(t: str) -> bool:
    """A title of at most :data:`_PHRASE_PARTS` short word phrases joined by ，or ：: no figures
    (``营业收入：2021年18.6亿元`` is a list line of data), each phrase at most :data:`_PHRASE_MAX`
    characters (quotation marks not counted), the whole no longer than a title."""
    if len(t) > _MAX_TITLE or _FIGURES.search(t):
        return False
    parts = _PHRASE_SPLIT.split(re.sub(r"[“”‘’\"'《》]", "", t))  # quotation marks are no words
    return len(parts) <= _PHRASE_PARTS and all(0 < len(x.strip()) <= _PHRASE_MAX for x in parts)


def _clause_reference(text: str) -> HeadingMatch | None:
    """A heading that names its clause by number in brackets, before or after its title
    (``引领发展（对应5.2.2）``, ``【5.4.3】让品牌更值钱``): the number is the heading's number."""
    end = _CLAUSE_REF_END.search(text)
    start = _CLAUSE_REF_START.match(text)
    m, title, number_end = (end, text[: end.start()].strip(), 0) if end else (start, "", 0)
    if start is not None and end is None:
        title, number_end = text[start.end() :].strip(), start.end()
    if m is None or not title or split_number(title) is not None:
        return None
    parts = re.split(rf"{_SP}[.．]{_SP}", m.group("num"))
    number = _norm_number("decimal", m.group("num"))
    # the reference makes it a heading whatever the title's shape: a question (我们如何倾听客人？) or
    # a lead and its gloss (治理：把规矩放在桌面上)
    score = _title_score(re.sub(r"[：:]", " ", title.rstrip("？?")))
    return HeadingMatch(f"decimal-{len(parts)}", number, title, round(0.95 * score, 3), number_end)


def recognize(line: str) -> HeadingMatch | None:
    """Recognise a heading line (normalized text). None when it has no heading shape."""
    text = line.strip()
    if not text or "\n" in text or "\t" in text:
        return None
    if is_caption(text):
        return None
    m = _BRACKET.fullmatch(without_points(text) or text)  # 【领导作用】（180分）
    if m:
        inner = without_points(m.group("title")) or m.group("title")  # 【领导作用（180分）】
        lead = len(inner) - len(inner.lstrip())
        num = split_number(inner.strip())
        if num is not None and inner.strip()[num[2] :].strip():
            # 【一、领导作用】: the brackets decorate a numbered heading; its number places it
            style, number, end = num
            title = inner.strip()[end:].strip()
            score = _title_score(title, numbered=True)
            return HeadingMatch(style, number, title, round(0.9 * score, 3), 1 + lead + end)
        ref = _clause_reference(inner.strip())
        if ref is not None:
            return replace(ref, number_end=1 + lead + ref.number_end)
        return HeadingMatch("bracket", None, inner.strip(), 0.9 * _title_score(inner))
    ref = _clause_reference(text)
    if ref is not None:
        return ref
    num = split_number(text)
    if num is not None:
        style, number, end = num
        title = without_points(text[end:].strip()) or text[end:].strip()
        ref = _clause_reference(title) if title else None
        if ref is not None:
            # 二、治理：把规矩放在桌面上（对应5.2.3）: the clause it names says more than its ordinal
            return replace(ref, number_end=end + ref.number_end)
        score = _title_score(title, numbered=True)
        if not title:
            return HeadingMatch(style, number, "", 0.0, end)
        base = 0.95 if style.startswith("decimal-") and style != "decimal-1" else 0.9
        if style in ("alpha", "circled", "num-paren"):
            base = 0.8  # list items more often than headings
        return HeadingMatch(style, number, title, round(base * score, 3), end)
    bullet = _BULLET.match(text)
    if bullet is not None and text[bullet.end() :].strip():
        title = without_points(text[bullet.end() :].strip())
        score = _title_score(title)
        if _FIGURES.search(title):
            score = min(score, 0.5)
        return HeadingMatch("bullet", None, title, round(0.85 * score, 3), bullet.end())
    title = without_points(text) or text
    score = _title_score(title)
    if len(title) > 30:
        score = min(score, 0.5)
    if _FIGURES.search(title):
        score = min(score, 0.5)
    if text[0] in "“‘\"'（(《" or text.startswith(("一是", "二是", "三是", "注：", "注:", "说明", "来源")):
        score = min(score, 0.3)
    return HeadingMatch("plain", None, title, round(0.7 * score, 3))


_RUN_IN_END = "。：:"
_RUN_IN_TITLE = (2, 16)
"""Length of a run-in heading's title (``（一）强化领导引领。`` … ``1.流程再造与精益运行。``)."""
_RUN_IN_BODY = 10
_RUN_IN_STYLES = frozenset(
    {"cn", "cn-paren", "paren-num", "num-paren", "num-dun", "decimal-1", "decimal-2", "decimal-3", "circled"}
)


def run_in_heading(text: str) -> tuple[HeadingMatch, int] | None:
    """A numbered heading run into the start of its paragraph, and where it ends in ``text``.

    ``（一）强化领导引领。围绕……`` / ``1.确定方向：班子每年……``: a number, a short title (2–16
    characters, no figures and no inner punctuation) closed by 。 or ：, then the body (at least a
    few characters) in the same paragraph. The paragraph stays a paragraph; whether such lead-ins
    open sections is the document's call (:func:`analyzer.text.segment.build_document`: only where
    they carry the structure the headings do not).
    """
    num = split_number(text)
    if num is None or num[0] not in _RUN_IN_STYLES:
        return None
    style, number, end = num
    rest = text[end:]
    cut = next((i for i, ch in enumerate(rest[: _RUN_IN_TITLE[1] + 1]) if ch in _RUN_IN_END), None)
    if cut is None:
        return None
    title = rest[:cut].strip()
    if not (_RUN_IN_TITLE[0] <= len(title) <= _RUN_IN_TITLE[1]) or _FIGURES.search(title):
        return None
    if any(ch in _SENTENCE_END + _CLAUSE_PUNCT + "、（）()“”" for ch in title):
        return None
    body = rest[cut + 1 :].strip()
    if len(body) < _RUN_IN_BODY or _FIGURES.match(body):
        return None  # 1. 营业收入：2021年18.6亿元 is a line of data
    return HeadingMatch(style, number, title, 0.8, end), end + cut + 1


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
    """``一`` → 1, ``(十二)`` → 12, ``第三章`` → 3, ``2`` → 2, ``(4)`` → 4, ``①`` → 1, ``⑴`` → 1;
    None for 1.1 (and for anything else it cannot read: it never raises)."""
    if not number:
        return None
    s = re.sub(r"^[(（]|[)）]$", "", number)
    s = re.sub(r"^第|(?:部分|篇|章|节)$", "", s)
    if s in _CIRCLED:
        return _CIRCLED[s]
    if s.isdecimal():  # not isdigit(): ``⑴``, ``⒈`` and ``²`` are digits that int() refuses
        return int(s)
    if len(s) == 1 and unicodedata.category(s) in ("No", "Nl"):
        # One enclosed or Roman-numeral character: ⑴ ⒈ ㈠ ㊀ Ⅳ ⅳ (Unicode knows their values).
        value = unicodedata.numeric(s, 0)
        return int(value) if value >= 1 and value == int(value) else None
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
    """Front matter (title line, 目录): level 1, and never the parent of another heading."""
    ordinal: int | None = None
    """Value of a single-component number (``2.`` → 2, ``（三）`` → 3); None for 1.1 or no number."""
    number: str | None = None
    """The normalized number (``1.2``, ``(三)``), used to nest ``2.1`` under ``2``."""
    is_template: bool = False
    """An unnumbered title the document repeats (:func:`template_titles`): a part of every item."""
    is_run_in: bool = False
    """A heading run into the start of its paragraph (``（一）强化领导引领。…``): it nests inside the
    document's headings and never holds one of them."""
    is_parent_of_titles: bool = False
    """For unnumbered titles: the next unnumbered title that is no repeated part follows with at most
    a short intro in between, point headings (a）, ①) and template parts not counted."""


_LETTER_MARK = re.compile(r"^[A-Za-z](?:[\s\u3000.．、:：]+|(?=[\u4e00-\u9fff]))")
_TEMPLATE_DROP = re.compile(r"[\s\u3000【】\[\]（）()]+")


def template_key(title: str) -> str:
    """The form in which repeated sub-heading titles are compared: ``A 方法`` / ``【方法】`` / ``方法`` → 方法."""
    return _TEMPLATE_DROP.sub("", _LETTER_MARK.sub("", title.strip()))


def template_titles(titles: Sequence[str | None], holds_text: Sequence[bool] | None = None) -> frozenset[int]:
    """Indexes of unnumbered heading titles that the document repeats (None: a numbered heading or
    front matter, never a template).

    Reports written to a template give every item the same parts: ``方法 / 展开 / 学习 / 整合``
    (ADLI), ``A 方法`` … ``I 整合``, ``水平 / 趋势 / 对比`` (LeTCI). Such a title names a part of
    the item it sits in, never a clause of its own, so it nests below the item (:func:`assign_levels`)
    and the aligner does not read its title as a clause's. A title counts when it occurs at least
    twice with a numbered or different heading in between (two paragraphs titled alike in a row are
    no template). ``holds_text``: per title, whether body text follows it before the next heading.
    """
    keys = [template_key(t) if t else None for t in titles]
    seen: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k:
            seen.setdefault(k, []).append(i)
    out: set[int] = set()
    for idxs in seen.values():
        if len(idxs) >= 2 and any(b - a > 1 for a, b in itertools.pairwise(idxs)):
            out.update(idxs)
    # an unnumbered title right after a template part is one too (水平 / 趋势 / 目标达成), unless
    # template parts follow it (then it is the next item, the owner of those parts) or, with
    # ``holds_text``, it holds no text of its own (a chapter title right above its first item)
    repeated = frozenset(out)
    for i in range(1, len(keys)):
        if not keys[i] or i - 1 not in out or i + 1 in repeated:
            continue
        if holds_text is not None and not holds_text[i]:
            continue
        out.add(i)
    return frozenset(out)


# Grammar rank of the numbering styles: 第X部分/篇 > 第X章 > 第X节 > 一、 > （一） > 1./1、 > （1）/1） > ① > a.
# Multi-part decimals (1.1, 5.2.3) nest by depth among themselves; against the ranked styles their
# place comes from the document (see _Order).
_RANK = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "cn": 3,
    "cn-paren": 4,
    "decimal-1": 5,
    "num-dun": 5,
    "paren-num": 6,
    "num-paren": 6,
    "circled": 7,
    "alpha": 8,
    "bullet": 9,
}
_CHAPTER_LIKE = frozenset({"part", "chapter", "section", "cn"})
_DI_STYLES = frozenset({"part", "chapter", "section"})
"""The 第X… styles: above every decimal, whatever the restarts say."""
_UNNUMBERED = frozenset({"plain", "bracket"})
POINT_STYLES = frozenset({"alpha", "circled", "paren-num", "num-paren"})
"""Numbering of points inside an item (a）, ①, （1）, 1）): never a report's chapters."""


def _depth(style: str) -> int | None:
    return int(style.split("-")[1]) if style.startswith("decimal-") else None


def _last_component(h: HeadingInfo) -> int | None:
    if h.ordinal is not None:
        return h.ordinal
    if h.number and _depth(h.style):
        tail = h.number.rsplit(".", 1)[-1]
        return int(tail) if tail.isdigit() else None
    return None


class _Order:
    """Which numbering style sits above which, in one document.

    Fixed by the grammar (:data:`_RANK`) where the grammar decides; for the pairs it leaves open —
    a multi-part decimal against （一）/1./（1）…, ``1.`` against ``1.1``, ``1.`` against ``1、`` — by the
    document's own evidence: a style whose numbering starts again at 1 right after a heading of the
    other style sits below it (``4.1`` → ``（一）``: （一） below 4.1; ``第二章`` → ``2.1``). Without
    evidence, chapter-like styles (第X章, 一、) sit above decimals, decimals above the rest.

    A one-part number that heads its own decimal outline (``1 领导`` followed by ``1.1``, ``1.1.1``) is
    the top of that outline, not a list item: every style other than a chapter-like one sits below
    it, whatever a single restart says (a profile's ``（三）`` right before ``1 领导``).
    """

    def __init__(self, headings: Sequence[HeadingInfo]) -> None:
        self.votes: dict[tuple[str, str], int] = {}
        numbered = [h for h in headings if h.style not in _UNNUMBERED and not h.is_document_title]
        for a, b in itertools.pairwise(numbered):
            if a.style != b.style and _last_component(b) == 1:
                self.votes[(b.style, a.style)] = self.votes.get((b.style, a.style), 0) + 1
        roots = {h.number for h in numbered if h.style == "decimal-1" and h.number and not h.is_run_in}
        self.decimal_root = any(
            h.number.split(".", 1)[0] in roots for h in numbered if h.style == "decimal-2" and h.number
        )
        """The document's one-part decimals head decimal outlines (``1`` → ``1.1``)."""

    def _evidence(self, a: str, b: str) -> int:
        below = self.votes.get((a, b), 0)
        above = self.votes.get((b, a), 0)
        return 0 if below == above else (1 if below > above else -1)

    def cmp(self, a: str, b: str) -> int:
        """-1 when style ``a`` sits above ``b``, 1 when below, 0 when they are siblings."""
        if a == b:
            return 0
        da, db = _depth(a), _depth(b)
        if da and db:
            if min(da, db) == 1:  # "1." against "1.1": a list under 1.1, or the chapter of 1.1
                ev = self._evidence(a, b)
                if ev:
                    return ev
            return -1 if da < db else 1
        if (a in _DI_STYLES and db) or (b in _DI_STYLES and da):
            # 第X部分/篇/章/节 heads a document's decimals, never sits below them (a profile's
            # 0.2.3 right before 第1章 is no restart of 第X章 below 0.2.3)
            return -1 if a in _DI_STYLES else 1
        if self.decimal_root and "decimal-1" in (a, b):
            other = b if a == "decimal-1" else a
            if other not in _CHAPTER_LIKE:
                return -1 if a == "decimal-1" else 1
        multi_a, multi_b = bool(da and da > 1), bool(db and db > 1)
        if not multi_a and not multi_b:
            ra, rb = _RANK.get(a, 9), _RANK.get(b, 9)
            if ra != rb:
                return -1 if ra < rb else 1
            return self._evidence(a, b)
        ev = self._evidence(a, b)
        if ev:
            return ev
        if multi_b:
            return -1 if a in _CHAPTER_LIKE else 1
        return 1 if b in _CHAPTER_LIKE else -1


def _between_siblings(headings: Sequence[HeadingInfo], i: int) -> str | None:
    """The style of the numbered headings around ``headings[i]`` when it sits inside their run.

    True when the previous numbered heading and the next one have the same style (and, for
    decimals, the same prefix: ``1.2`` … ``1.4``) and the next one continues the numbering (its value
    is above 1 and at most two above the previous one), so no new parent started in between.
    """
    prev = next((h for h in reversed(headings[:i]) if h.style not in _UNNUMBERED), None)
    nxt = next((h for h in headings[i + 1 :] if h.style not in _UNNUMBERED), None)
    if prev is None or nxt is None or prev.is_document_title:
        return None
    values = _run_values(prev, nxt)
    if values is None or values[1] <= 1 or values[1] > values[0] + 2:
        return None
    return prev.style


def _run_values(prev: HeadingInfo, nxt: HeadingInfo) -> tuple[int, int] | None:
    """The values of two numbered headings of one run (same style and, for decimals, the same
    prefix: ``1.2`` … ``1.4``): (prev's last component, nxt's); None when they are of no one run."""
    if prev.style != nxt.style:
        return None
    if (
        _depth(prev.style)
        and prev.number
        and nxt.number
        and "." in prev.number
        and prev.number.rsplit(".", 1)[0] != nxt.number.rsplit(".", 1)[0]
    ):
        return None
    p, n = _last_component(prev), _last_component(nxt)
    return None if p is None or n is None else (p, n)


SUBHEADING_EVIDENCE = 2
"""Unnumbered titles between numbered headings and their next number (no gap) before the document
counts such titles as sub-headings: one lone title is no evidence."""


def _continues(prev: HeadingInfo, nxt: HeadingInfo) -> bool:
    """``nxt`` is the very next number after ``prev`` in the same run (``1.1`` → ``1.2``, ``二、`` → ``三、``)."""
    values = _run_values(prev, nxt)
    return values is not None and values[1] == values[0] + 1


def _unnumbered_subheadings(headings: Sequence[HeadingInfo], order: _Order) -> frozenset[int]:
    """Unnumbered titles that are sub-headings of the numbered heading before them.

    Grammar first: between two numbered headings whose numbers follow on without a gap
    (``1.1 高层领导的作用`` … 确定方向 … 患者安全 … ``1.2 组织治理``) no item lacks its number, so the
    unnumbered titles in between are parts of ``1.1``, not items beside it — when the document has
    at least :data:`SUBHEADING_EVIDENCE` such titles (one lone title between ``1.`` and ``2.`` may be
    an item its author left unnumbered). Then consistency: for the styles that do it,
    the unnumbered titles after the last item of a run (``1.3`` … 公益支持 … ``2 战略``) are that
    item's parts as well — unless the next number is of the same style (``1.3`` … ``2.1``) and the
    title is parent-shaped (only a short intro before the next heading): an unnumbered chapter
    title 战略 heading ``2.1``.
    """
    numbered = [i for i, h in enumerate(headings) if h.style not in _UNNUMBERED and not h.is_document_title]
    runs: list[tuple[int, int | None, list[int]]] = []  # (previous numbered, next numbered, unnumbered between)
    for k, p in enumerate(numbered):
        end = numbered[k + 1] if k + 1 < len(numbered) else len(headings)
        between = [
            j
            for j in range(p + 1, end)
            if headings[j].style in _UNNUMBERED and not headings[j].is_document_title and not headings[j].is_template
        ]
        if between:
            runs.append((p, numbered[k + 1] if k + 1 < len(numbered) else None, between))
    inside = [(p, between) for p, q, between in runs if q is not None and _continues(headings[p], headings[q])]
    if sum(len(between) for _p, between in inside) < SUBHEADING_EVIDENCE:
        return frozenset()  # a lone title between 1. and 2. may be an item its author left unnumbered
    habit = {headings[p].style for p, _between in inside}
    out: set[int] = set()
    for p, q, between in runs:
        if headings[p].style not in habit:
            continue
        if q is not None and _continues(headings[p], headings[q]):
            out.update(between)
        elif q is not None and order.cmp(headings[q].style, headings[p].style) < 0:
            out.update(between)  # the run ends below a higher heading (1.3 … 2 战略)
        elif q is None or order.cmp(headings[q].style, headings[p].style) == 0:
            # the run ends at a sibling style with a new prefix (1.3 … 2.1) or at the end: a
            # parent-shaped title may head what follows (战略 before 2.1 without a 2)
            out.update(j for j in between if not headings[j].is_parent_shaped)
    return frozenset(out)


def _lone_parts(headings: Sequence[HeadingInfo], order: _Order) -> dict[int, str]:
    """A 第一部分/第一章/一、 that has no sibling anywhere and its own body text is not a container.

    ``第一部分 组织环境`` (text) ``一、领导作用`` … ``六、质量提升`` with no 第二部分: the author numbered the
    profile and not the rest, so the chapters after it are its siblings, not its children. Maps the
    heading's index to the style it nests as (the style of the numbered headings after it).
    """
    counts: dict[str, int] = {}
    for h in headings:
        if not h.is_document_title:
            counts[h.style] = counts.get(h.style, 0) + 1
    out: dict[int, str] = {}
    for i, h in enumerate(headings):
        if h.is_document_title or h.style not in _CHAPTER_LIKE or counts[h.style] != 1 or h.ordinal != 1:
            continue
        if h.is_parent_shaped:
            continue
        nxt = next(
            (x for x in headings[i + 1 :] if x.style not in _UNNUMBERED and not x.is_document_title),
            None,
        )
        if nxt is not None and nxt.style != h.style and order.cmp(h.style, nxt.style) < 0 and counts[nxt.style] > 1:
            out[i] = nxt.style
    return out


def _unnumbered_style(headings: Sequence[HeadingInfo], i: int, top_style: str) -> str:
    """The style an unnumbered title among numbered ones stands for.

    Inside a numbered run (:func:`_between_siblings`) it is one of the run. A leaf title (no titles
    right below it) after numbered items of a lower style closes their run as its last item
    (``1. 文化建设`` ``2. 公司治理`` ``领导与治理成效`` ``第二章 …``). Otherwise (组织简介 first, 结语 after
    the last chapter, a title with sub-headings) it stands beside the top style.
    """
    inside = _between_siblings(headings, i)
    if inside is not None:
        return inside
    h = headings[i]
    prev = next((x for x in reversed(headings[:i]) if x.style not in _UNNUMBERED), None)
    if not h.is_parent_shaped and prev is not None and prev.style != top_style:
        return prev.style
    return top_style


@dataclass(slots=True)
class _Open:
    style: str
    number: str | None
    key: int
    """The level used to compare with format levels (``style_level``, or one below its parent)."""
    depth: int
    formatted: bool = False
    """Its level came from the format (a styled heading)."""
    template: bool = False
    """A template part (:attr:`HeadingInfo.is_template`)."""
    run_in: bool = False
    """A run-in heading (:attr:`HeadingInfo.is_run_in`)."""


def assign_levels(headings: Sequence[HeadingInfo]) -> list[int]:
    """Levels (1 = top) for a document's headings, in order.

    Format levels (DOCX heading styles, Markdown ``#``, PDF font-size rank) win when a heading has
    one. Otherwise a heading nests by the numbering grammar relative to the headings open above it
    (:class:`_Order`): it closes every open heading that does not sit above it, and goes one level
    below the one that does. So （一） is level 2 under a profile title and level 3 under ``三、``;
    ``1.`` restarting under every （一） stays below it; ``2.1`` is not nested under ``1`` when the
    report has a ``2``. Unnumbered
    titles beside numbered chapters (组织简介, 结语) take the top style of the document, or the style
    of the numbered run they sit inside (``1.2`` … 【社会责任】 … ``1.4``). In a report without any
    numbering, parent-shaped titles (the next title follows with at most a short intro) are chapters
    and the titles below them their sections. Front matter (``is_document_title``) is level 1 and
    never a parent. Levels are depths in the resulting tree.
    """
    if not format_levels_agree(headings):
        headings = [replace(h, style_level=None) for h in headings]
    levels: list[int] = [1] * len(headings)
    content = [h for h in headings if not h.is_document_title]
    content_index = {i: n for n, i in enumerate(i for i, h in enumerate(headings) if not h.is_document_title)}
    order = _Order(content)
    # the top style comes from the document's headings; run-in headings only when it has no other
    numbered = [h for h in content if h.style not in _UNNUMBERED]
    numbered = [h for h in numbered if not h.is_run_in] or numbered
    numbered_styles = list(dict.fromkeys(h.style for h in numbered))
    top_style = None
    for st in numbered_styles:
        if top_style is None or order.cmp(st, top_style) < 0:
            top_style = st
    only_plain = top_style is None
    # Point-level numbering only (a）b）c）, ①②, （1）) under unnumbered titles: the titles carry the
    # structure and the points nest below the title before them, as parts of it.
    point_numbers = [h.number for h in content if h.style in POINT_STYLES]
    points_only = (
        top_style is not None
        and set(numbered_styles) <= POINT_STYLES
        and sum(1 for h in content if h.style in _UNNUMBERED and not h.is_template) >= 2
        # points restart under every title (a）… a）…); ①②③ that never restart may be the chapters
        and len(set(point_numbers)) < len(point_numbers)
    )
    only_plain = only_plain or points_only

    lone = _lone_parts(headings, order)
    decimal_numbers = frozenset(h.number for h in content if h.number and _depth(h.style) and not h.is_run_in)
    decimals = [h for h in content if h.number and _depth(h.style) and not h.is_run_in]
    extended = frozenset(
        a.number
        for a, b in itertools.pairwise(decimals)
        if a.number and b.number and b.number.startswith(a.number + ".")
    )
    stack: list[_Open] = []
    seen_parent = False
    plain_parent: _Open | None = None
    last_plain = 0
    subheadings = _unnumbered_subheadings(content, order)
    numbered_open: _Open | None = None
    for i, h in enumerate(headings):
        if h.is_document_title:
            continue
        if not h.is_run_in:
            while stack and stack[-1].run_in:  # a heading of the document closes the run-in sections
                stack.pop()
        if h.style_level is not None:
            while stack and stack[-1].key >= h.style_level:
                stack.pop()
            depth = stack[-1].depth + 1 if stack else 1
            stack.append(_Open(h.style, h.number, h.style_level, depth, formatted=True))
            levels[i] = depth
            numbered_open = None
            continue
        style = lone.get(i, h.style)
        if h.is_template and h.style in _UNNUMBERED and h.style_level is None:
            # a template part (方法 / 展开 …) nests below the item it sits in, never beside it
            if only_plain:
                levels[i] = last_plain + 1
                continue
            while stack and stack[-1].template:  # the previous part of the same item
                stack.pop()
            depth = stack[-1].depth + 1 if stack else 1
            key = stack[-1].key + 1 if stack else 1
            opened = _Open(h.style, None, key, depth, template=True)
            stack.append(opened)
            levels[i] = depth
            plain_parent = None
            continue
        if only_plain:
            if points_only and h.style in POINT_STYLES:
                levels[i] = last_plain + 1  # a point of the title above it
                continue
            if points_only:
                # the titles' own shape decides, the points below them left out
                seen_parent = seen_parent or h.is_parent_of_titles
                levels[i] = 1 if h.is_parent_of_titles or not seen_parent else 2
                last_plain = levels[i]
                continue
            # No numbering anywhere: parent-shaped titles are chapters, the titles below them
            # their sections; titles before the first chapter are chapters too.
            if h.is_parent_shaped:
                seen_parent = True
                levels[i] = 1
            else:
                levels[i] = 2 if seen_parent else 1
            last_plain = levels[i]
            continue
        n = content_index[i]
        if style in _UNNUMBERED:
            if n in subheadings and any(o is numbered_open for o in stack):
                while stack[-1] is not numbered_open:
                    stack.pop()
                stack.append(_Open(h.style, None, numbered_open.key + 1, numbered_open.depth + 1))
                levels[i] = numbered_open.depth + 1
                plain_parent = None
                continue
            if plain_parent is not None and plain_parent in stack and not h.is_parent_shaped:
                # an unnumbered title right below an unnumbered parent-shaped one (P 组织概述 →
                # 组织概况, 竞争环境 …) is its section
                while stack[-1] is not plain_parent:
                    stack.pop()
                stack.append(_Open(h.style, None, plain_parent.key + 1, plain_parent.depth + 1))
                levels[i] = plain_parent.depth + 1
                continue
            style = _unnumbered_style(content, n, top_style or style)
        while stack and not _sits_above(order, stack[-1], style, h.number, decimal_numbers, extended):
            stack.pop()
        depth = stack[-1].depth + 1 if stack else 1
        key = stack[-1].key + 1 if stack else 1
        opened = _Open(style, h.number if h.style not in _UNNUMBERED else None, key, depth, run_in=h.is_run_in)
        stack.append(opened)
        levels[i] = depth
        if h.style not in _UNNUMBERED:
            numbered_open = opened
        nxt = content[n + 1] if n + 1 < len(content) else None
        plain_parent = (
            opened
            if h.style in _UNNUMBERED and h.is_parent_shaped and nxt is not None and nxt.style in _UNNUMBERED
            else None
        )
    return levels


def format_levels_agree(headings: Sequence[HeadingInfo]) -> bool:
    """Whether the format's levels (``#`` marks, heading styles, font ranks) tell the same story as
    the numbering, document-wide.

    Compares neighbouring numbered headings of different styles that both have a format level:
    where the grammar puts one style above the other (``一、`` → ``（一）``, ``（二）`` after ``2.``), the
    format should nest them the same way. A Markdown file with every heading ``##``, or with ``#``
    levels that contradict the numbering more often than they follow it, gives no structure: the
    numbering grammar alone decides. True when there is no evidence either way (fewer than two
    contradictions).
    """
    content = [h for h in headings if not h.is_document_title and h.style not in _UNNUMBERED]
    order = _Order(content)
    agree = disagree = 0
    for a, b in itertools.pairwise(content):
        if a.style_level is None or b.style_level is None or a.style == b.style:
            continue
        want = -order.cmp(a.style, b.style)  # 1: b sits below a, so its format level is deeper
        if want == 0:
            continue
        fmt = (b.style_level > a.style_level) - (b.style_level < a.style_level)
        if fmt == want:
            agree += 1
        else:
            disagree += 1
    return disagree < 2 or disagree <= agree


def _sits_above(
    order: _Order,
    top: _Open,
    style: str,
    number: str | None,
    numbers: frozenset[str],
    extended: frozenset[str] = frozenset(),
) -> bool:
    """Whether the open heading ``top`` holds a heading of ``style`` numbered ``number``. ``numbers``:
    the document's decimal numbers; ``extended``: those right above their own extension (1 → 1.1)."""
    if top.formatted and top.style in _UNNUMBERED:
        return True  # a pattern-only heading goes below the open styled title
    dt, dn = _depth(top.style), _depth(style)
    if dt and dn and number and number in extended:
        # a decimal whose next decimal extends it (1 right above its 1.1) belongs to the decimal
        # tree wherever it stands: after 3.3.2 it opens chapter 1 (a report that puts results first)
        return dt < dn and number.startswith((top.number or "") + ".")
    if order.cmp(top.style, style) >= 0:
        return False
    if dt and dn and dt < dn and top.number and number and not number.startswith(top.number + "."):
        # 2.1 is not a child of 1 when the report has a 2 of its own; without one (a results item
        # 4.7.7 placed inside chapter 4.1) its place in the text decides
        return ".".join(number.split(".")[:dt]) not in numbers
    return True
