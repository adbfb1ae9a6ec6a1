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

Which level each heading takes in one document is :mod:`analyzer.text.levels`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .chars import FULLWIDTH_NUMBER_MAP
from .wordlists import read_word_list

HEADING_THRESHOLD = 0.6
"""Minimum confidence for a paragraph to become a heading when the format marks no headings."""

STRICT_THRESHOLD = 0.85
"""Minimum confidence when the format already marks headings (DOCX styles, Markdown ``#``)."""

_CN = "一二三四五六七八九十百零〇两"
_CN_CAPITAL = "壹贰叁肆伍陆柒捌玖拾"
"""The financial (大写) numerals: 壹、 ranks above 一、 where a document uses both."""
_MEASURE = "人个名次家项元天月日年周岁分秒小时条件台套吨"
"""Words of measure: after ``3-5`` a span (3-5 人组成攻关小组, 0-5 分), not a hyphenated heading number."""
_D = "0-9０-９"
_SP = r"[ \u3000]*"

# (style, pattern); the pattern's group "num" is the number, the rest of the line the title.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}(?:部分|篇))")),
    ("chapter", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}章)")),
    ("section", re.compile(rf"(?P<num>第{_SP}[{_CN}{_D}]+{_SP}节)")),
    ("cn-capital", re.compile(rf"(?P<num>[{_CN_CAPITAL}]{{1,3}}){_SP}[、，,.．]")),
    ("cn", re.compile(rf"(?P<num>[{_CN}]{{1,3}}){_SP}[、，,.．]")),
    # automatic numbers that a WPS or Word export turned into enclosed characters: ㈠ = （一）,
    # ⑴ = (1), ⒈ = 1.; the number is read as the plain form it stands for (_norm_number)
    ("cn-paren", re.compile(r"(?P<num>[\u3220-\u3229])")),
    ("paren-num", re.compile(r"(?P<num>[\u2474-\u2487])")),
    ("decimal", re.compile(r"(?P<num>[\u2488-\u249b])")),
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
    ("circled", re.compile(r"(?P<num>[\u2460-\u2473\u2776-\u277f\u2780-\u2793\u3280-\u3289])")),
    # (c）d）可持续发展与契合时代: two points run together are a heading of the first)
    ("alpha", re.compile(r"[(（]?(?P<num>[a-zA-Z])[.．)）](?:(?<=[)）])[a-zA-Z][)）])*(?![a-zA-Z0-9])")),
)

_CHAPTER_STYLES = frozenset({"part", "chapter", "section"})
"""Numbers whose title may follow a colon or 、 (``第一部分：领导``, ``第二章、战略``)."""

_BRACKET = re.compile(r"【(?P<title>[^【】]{1,30})】")
_SYMBOLS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
"""Symbol and emoji blocks (arrows, technical symbols, geometric shapes ■◆●▶, dingbats ★✅⚠, emoji
📌🧭 with their variation selector and joiner): marks in front of a title, never its words.
Online documents (飞书, Notion, WeChat) decorate headings with them (``📌 1.1 文化引领``)."""
_HEADING_BAR = re.compile(rf"[▌▍▎▏▐]{_SP}")
"""A heading bar, the mark web editors (公众号, 飞书) draw in front of a heading and nowhere else
(``┃`` is not one: it draws a table's cell edges, :func:`analyzer.text.plain.drawn_table`)."""
_BAR_TITLE_CHARS = 30
BAR_TITLE = 0.7
"""The least confidence of a title after a heading bar (above :data:`HEADING_THRESHOLD`): the bar
says it is a heading, whatever its words (``规矩和底线，怎么守住？``)."""
_DECORATION = re.compile(rf"[▌▍▎▐█§#{_SYMBOLS}]+{_SP}")
"""Marks a writer puts in front of a heading (``▌2.2 战略实施``, ``■ 3.1``, ``📌 1.1``): not part of its number."""
# A heading that is its number alone, decorated or not: 2.1 / 2.1． / 【2.2】 / 〔2.3〕 / ▌3.1 / [4.2]
_BARE_NUMBER = re.compile(
    rf"(?:{_DECORATION.pattern})?(?P<open>[【〔\[(（]?){_SP}"
    rf"(?P<num>[{_D}]{{1,2}}(?:{_SP}[.．]{_SP}[{_D}]{{1,2}}){{1,3}}){_SP}(?P<close>[】〕\])）]?){_SP}[.．]?"
)
_PAIRS = {"": "", "【": "】", "〔": "〕", "[": "]", "(": ")", "（": "）"}
_BARE_PART = 20  # items and points of a standard are numbered 1 … 20 at most (2.50 is a value)
BARE_NUMBER = 0.5
"""Confidence of a line that is a clause-like number and nothing else (``2.1``, ``【2.2】``): below
:data:`HEADING_THRESHOLD` by itself; the document decides (:func:`analyzer.text.segment.build_document`:
several such lines numbered in order, each followed by its text, are the document's headings)."""


def bare_number(line: str) -> HeadingMatch | None:
    """A line that is a decimal number of two to four parts and nothing else, in brackets or
    after a decoration mark or not (``2.1``, ``2.1．``, ``【2.2】``, ``〔2.3〕``, ``▌3.1``): the number
    of a heading written without its title. Parts after the first are never 0 (``1.0``, ``2.50``
    are values); the first may be (``0.1``, a profile's number)."""
    m = _BARE_NUMBER.fullmatch(line.strip())
    if m is None or _PAIRS[m.group("open")] != m.group("close"):
        return None
    number = _norm_number("decimal", m.group("num"))
    parts = number.split(".")
    if any(not 0 < int(p) <= _BARE_PART for p in parts[1:]) or any(len(p) > 1 and p.startswith("0") for p in parts):
        return None
    return HeadingMatch(f"decimal-{len(parts)}", number, "", BARE_NUMBER, len(line.strip()))


_LIST_MARK = re.compile(r"[ \u3000]*[-*+•·‧](?![-*+•·‧])[ \u3000]*")
"""A Markdown or plain-text list marker (``- ``, ``* ``, ``• ``), indented or not: an outline tool's
export writes every heading as a list item (``- 第一部分 组织环境`` / ``    - 一、我们是谁``)."""


def list_marked(line: str) -> bool:
    """Whether ``line`` opens with a list marker (``- ``, ``* ``, ``• ``), indented or not."""
    return _LIST_MARK.match(line) is not None


_BULLET = re.compile(rf"[{_SYMBOLS}]+[ \u3000]*")
"""A bullet symbol in front of a title (``■ 战略制定``): a heading marker without a number, below
every numbered style (a line after it that reads as a sentence is a bullet point, not a heading)."""
# A heading that names the clause it answers: 引领发展（对应5.2.2）, 治理（评价条款5.2.3）, 【5.4.3】品牌管理
_ONE_NUM = rf"[{_D}]{{1,2}}(?:{_SP}[.．]{_SP}[{_D}]{{1,2}}){{1,3}}"
_CLAUSE_NUM = rf"(?P<num>{_ONE_NUM}(?:{_SP}[、,，和及/／]{_SP}{_ONE_NUM})*)"
_REF_WORDS = rf"(?:对应|对照|参见|见)?{_SP}(?:评价)?(?:标准)?{_SP}(?:条款|要求|条目)?"
# 引领发展（对应标准5.2.2） / 治理【条款5.2.3】 / 文化——对应5.2.2 / 底盘(1.2.2) / 质量与满意（对应3.2.1、3.2.2）
_CLAUSE_REF_END = re.compile(
    rf"{_SP}(?:[(（【〔\[]{_SP}{_REF_WORDS}{_SP}{_CLAUSE_NUM}{_SP}(?:条款?)?{_SP}[)）】〕\]]"
    rf"|(?:——|—|--|－－){_SP}(?:对应|对照){_SP}(?:标准)?{_SP}(?:条款)?{_SP}{_CLAUSE_NUM.replace('<num>', '<dashed>')})$"
)
_CLAUSE_REF_START = re.compile(rf"[【〔\[]{_SP}{_CLAUSE_NUM}{_SP}[】〕\]]{_SP}")
_CAPTION = re.compile(
    rf"(?:续?[表图]|附表|附图|Table|Figure){_SP}(?:[{_D}A-Za-z]+(?:[-－—.．][{_D}]+)*[a-z]?|[{_CN}]{{1,3}})"
    rf"(?:{_SP}[（(]续[）)])?(?:[ \u3000:：]|$)"
)
SENTENCE_MARKS = "。！？；!?;"
"""The marks that end a sentence or a clause of one: a heading's title holds none of them."""
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
    if len(s) == 1 and unicodedata.category(s) == "No" and style in ("cn-paren", "paren-num", "decimal"):
        value = int(unicodedata.numeric(s))  # ㈠ → (一), ⑴ → (1), ⒈ → 1
        s = _CN_NUMERALS[value] if style == "cn-paren" else str(value)
    if style == "cn-paren":
        return f"({s})"
    if style == "paren-num":
        return f"({s})"
    if style == "num-paren":
        return f"{s})"
    if style == "alpha":
        return s.lower() if s.isascii() else s
    if style == "decimal":
        s = s.replace("-", ".").replace("－", ".")
        # 01 / 02: a zero-padded one-part number (web articles number their parts 00, 01, 02) is its
        # value; in 12.05 the zero tells a value from a heading number (bare_number), so it stays
        return (s.lstrip("0") or "0") if s.isdigit() else s
    return s


def is_caption(line: str) -> bool:
    """``表6-1 质量水平指标``, ``图3 组织结构图``, ``表一 主要指标``, ``续表4-1``: a caption, never a heading."""
    return bool(_CAPTION.match(line.strip()))


_FIGURE_CAPTION = re.compile(r"(?:续?图|附图|Figure|Fig\.)")
_DATA_CHARS = rf"{_D}.,，．%％‰年度\-—–/~～()（） \u3000"
_DATA_LINE = re.compile(rf"(?:FY)?[{_DATA_CHARS}]*[{_D}][{_DATA_CHARS}FY]*")



def is_figure_caption(line: str) -> bool:
    """``图7-3 2021—2023年客户满意度（分）``: the caption of a chart or picture (not of a table)."""
    text = line.strip()
    return is_caption(text) and _FIGURE_CAPTION.match(text) is not None


def is_data_line(line: str) -> bool:
    """A line of figures only (``99.8 99.6 99.4``, ``2021 2022 2023``, ``2021年 2022年``, ``96.1``):
    what a chart's axes and data labels leave when its text is copied out of a PDF."""
    return _DATA_LINE.fullmatch(line.strip()) is not None


def legend_line(line: str) -> int:
    """How many names a line that could be a chart's legend holds (``本公司 湦岧冷链 行业平均``: 3,
    ``本公司``: 1), 0 when it cannot be one: short names separated by spaces, with no punctuation of a
    sentence or a list, no heading number and no figure."""
    text = line.strip()
    if not text or len(text) > _MAX_TITLE or split_number(text) is not None or _FIGURES.search(text):
        return 0
    if any(ch in SENTENCE_MARKS + _CLAUSE_PUNCT + "、" for ch in text):
        return 0
    names = text.split()
    return len(names) if all(len(n) <= 12 for n in names) else 0


def is_legend_word(line: str) -> bool:
    """A legend entry that names the organisation or a comparison (``本公司``, ``行业平均``, ``目标值``)."""
    from ..resources import Resources

    words = Resources.current().loaded("legend words", (), lambda: read_word_list("legend_words.txt"))
    return any(w in line for w in words)


def undecorated(line: str) -> str:
    """``line`` without the marks a writer put in front of it (``📎 附：名词解释`` → ``附：名词解释``,
    ``■ 3.1 …`` → ``3.1 …``); the line itself when nothing follows the marks."""
    m = _DECORATION.match(line) or _BULLET.match(line)
    return line[m.end() :] if m is not None and line[m.end() :].strip() else line


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
        if end < len(text) and (text[end] in "｜|" or (style in _CHAPTER_STYLES and text[end] in "：:、")):
            end += 1  # 第一部分：领导 / 第二章、战略 / 第一篇｜领导 / 1.3｜领导的结果
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
    if any(ch in SENTENCE_MARKS for ch in t):
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


_CONTINUED = re.compile(rf"{_SP}[（(]{_SP}(?:续|接上页?|续上页?)[{_CN}{_D}]{{0,2}}{_SP}[)）]$")
"""A continuation mark: ``1.1.1 确定方向（续）``, ``（续二）``, ``(续2)``, ``（接上页）`` — the same heading
again, on the next slide or page; no part of its title."""


def without_points(title: str) -> str:
    """``title`` without a trailing points note (:data:`_POINTS`) or continuation mark
    (:data:`_CONTINUED`)."""
    return _POINTS.sub("", _CONTINUED.sub("", title)).rstrip()


def _question_title(t: str) -> bool:
    """``高层领导怎样为企业定方向、带队伍？``: a short question with nothing after its question mark and
    no other sentence end or figure in it — the question an item answers, written as its title."""
    body = t[:-1]
    return (
        t[-1:] in ("？", "?")
        and 4 <= len(body) <= _MAX_TITLE
        and not any(ch in SENTENCE_MARKS for ch in body)
        and _FIGURES.search(body) is None
    )


def _head_and_gloss(t: str, marks: re.Pattern[str], gloss_max: int) -> bool:
    """A short head (no punctuation, no figures), one of ``marks``, then a gloss of at most
    ``gloss_max`` characters with no sentence end and no figures."""
    parts = marks.split(t, maxsplit=1)
    if len(parts) != 2:
        return False
    head, gloss = parts[0].strip(), parts[1].strip()
    return (
        0 < len(head) <= _PHRASE_MAX
        and not any(ch in SENTENCE_MARKS + _CLAUSE_PUNCT for ch in head)
        and not _FIGURES.search(head)
        and 0 < len(gloss) <= gloss_max
        and not any(ch in SENTENCE_MARKS for ch in gloss)
        and not _FIGURES.search(gloss)
    )


def _glossed_by_dash(t: str) -> bool:
    """A short title, a dash, and a gloss with no sentence end and no figures (a restated requirement)."""
    return _head_and_gloss(t, _GLOSS_DASH, 2 * _MAX_TITLE)


_GLOSS_MARK = re.compile(r"(?:——|—{1,2}|--|[：:])")


def glossed_title(t: str) -> bool:
    """A short head and a gloss after a dash or a colon, the gloss without a sentence end or figures
    (``高绩效结果：用实打实的数据回答“乘客满不满意”这道必答题``): a slogan heading's shape, however
    long the gloss's phrases. Weaker evidence than :func:`_glossed_by_dash` (a colon also opens the
    body of a run-in point), so only used where the document shows more of such headings."""
    return _head_and_gloss(t, _GLOSS_MARK, _MAX_TITLE)


_RESTATED_MAX = 100
_RESTATE_MARK = re.compile(r"(?:——|—{1,2}|--|[：:（(])")


def _restates(t: str) -> bool:
    """An item's name and the requirement restated after a colon, a dash or in brackets, however long
    (``引领发展：高层领导如何看清发展环境、确立并传递使命愿景和价值观，如何以身作则推动组织持续发展``):
    a short head, no sentence end and no figures anywhere. Only after a multi-part decimal number (the
    grammar of item numbers; a point's ``1.`` before such a line opens a paragraph)."""
    return len(t) <= _RESTATED_MAX and _head_and_gloss(t, _RESTATE_MARK, _RESTATED_MAX)


def _phrase_title(t: str) -> bool:
    """A title of at most :data:`_PHRASE_PARTS` short word phrases joined by ，or ：: no figures
    (``营业收入：2021年18.6亿元`` is a list line of data), each phrase at most :data:`_PHRASE_MAX`
    characters (quotation marks not counted), the whole no longer than a title."""
    if len(t) > _MAX_TITLE or _FIGURES.search(t):
        return False
    parts = _PHRASE_SPLIT.split(re.sub(r"[“”‘’\"'《》]", "", t))  # quotation marks are no words
    return len(parts) <= _PHRASE_PARTS and all(0 < len(x.strip()) <= _PHRASE_MAX for x in parts)


def names_clause(line: str) -> bool:
    """Whether a heading line names the clause it answers in a tag (``（对应标准1.1.1）``, ``【条款1.2.2】``,
    ``——对应1.2.1``, ``【5.4.3】让品牌更值钱``): the author's own statement, not a numbering of the report."""
    text = line.strip()
    return _CLAUSE_REF_END.search(text) is not None or _CLAUSE_REF_START.match(text) is not None


_TAG_LINE = re.compile(
    rf"(?:(?:——|—|--|－－){_SP}(?P<a>{_REF_WORDS}){_SP}[:：]?{_SP}{_CLAUSE_NUM}"
    rf"|(?P<b>{_REF_WORDS}){_SP}[:：]?{_SP}{_CLAUSE_NUM.replace('<num>', '<num2>')}"
    rf"|[(（【〔\[]{_SP}{_REF_WORDS}{_SP}[:：]?{_SP}{_CLAUSE_NUM.replace('<num>', '<num3>')}{_SP}[)）】〕\]])"
)


def clause_tag_line(line: str) -> str | None:
    """The clause a line names when the line is that tag and nothing else (``——1.2.1``,
    ``对应条款：2.1.2``, ``（对应标准3.2.2）``): written under a heading in the organisation's own words,
    it says which clause the heading answers. A number alone (``2.1.2``) is no tag: without a dash,
    a reference word or brackets it may be anything."""
    m = _TAG_LINE.fullmatch(line.strip())
    if m is None or (m.group("b") is not None and not m.group("b").strip()):
        return None
    return _referenced(m.group("num") or m.group("num2") or m.group("num3") or "")


_OPENING_TAG = re.compile(
    rf"{_SP}(?:[(（【〔\[]{_SP}{_REF_WORDS}{_SP}[:：]?{_SP}{_CLAUSE_NUM}{_SP}[)）】〕\]]"
    rf"|(?:条款|对应条款|对应标准){_SP}[:：]?{_SP}{_CLAUSE_NUM.replace('<num>', '<worded>')}{_SP}(?:——|—|[:：])?"
    rf"|{_CLAUSE_NUM.replace('<num>', '<bare>')}{_SP}(?:——|—|[:：]))"
)


def opening_clause_tags(text: str) -> tuple[str, ...]:
    """The clauses a paragraph names in a tag it opens with (``【1.1】公司…``, ``（1.2）…``, ``条款2.2——…``,
    ``5.2：…``, ``【2.2/2.3】…``), as written: where a secretariat asks applicants to mark each
    paragraph with the clause it answers. A bare number needs a colon or a dash after it
    (``1.1 …`` may be the report's own list); () if the paragraph opens with none."""
    m = _OPENING_TAG.match(text)
    if m is None:
        return ()
    numbers = m.group("num") or m.group("worded") or m.group("bare") or ""
    return tuple(dict.fromkeys(_norm_number("decimal", n) for n in re.findall(_ONE_NUM, numbers)))


TAGGED_PARAGRAPHS = 3
"""Paragraphs that must open or end with a tag naming a clause (``【1.1】…``, ``…（对应1.2.1）``) before
such tags decide anything: one ``1.1：`` or ``(1.2)`` alone may be the report's own list or a citation."""


def closing_clause_tags(text: str) -> tuple[str, ...]:
    """The clauses a paragraph names in a tag it ends with (``…。（对应条款1.2.1）``, ``…。【2.1.3】``,
    ``…——对应标准3.2``, ``…(1.1.2、1.1.3)``), as written: the same statement as an opening tag
    (:func:`opening_clause_tags`), put after the text; () if the paragraph ends with none."""
    m = _CLAUSE_REF_END.search(text.rstrip(" \u3000。.\n"))
    if m is None:
        return ()
    numbers = m.group("num") or m.group("dashed") or ""
    return tuple(dict.fromkeys(_norm_number("decimal", n) for n in re.findall(_ONE_NUM, numbers)))


def paragraph_clause_tags(text: str) -> tuple[str, ...]:
    """The clauses a paragraph names in a tag it opens or ends with (the opening one when both)."""
    return opening_clause_tags(text) or closing_clause_tags(text)


def _referenced(numbers: str) -> str:
    """The clause a reference names: the one number, or the clause that holds all of a list
    (``3.2.1、3.2.2`` → 3.2: the heading answers both, its text decides which paragraph is which)."""
    found = [_norm_number("decimal", n) for n in re.findall(_ONE_NUM, numbers)]
    if len(found) == 1:
        return found[0]
    parents = {n.rsplit(".", 1)[0] for n in found}
    return parents.pop() if len(parents) == 1 else found[0]


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
    number = _referenced(m.group("num") or m.groupdict().get("dashed") or "")
    parts = number.split(".")
    # the reference makes it a heading whatever the title's shape: a question (我们如何倾听客人？) or
    # a lead and its gloss (治理：把规矩放在桌面上)
    score = _title_score(re.sub(r"[：:]", " ", title.rstrip("？?")))
    return HeadingMatch(f"decimal-{len(parts)}", number, title, round(0.95 * score, 3), number_end)


_TRAILING = rf"(?:[ \u3000\t]+|{_SP}[.．…·•]{{2,}}{_SP})"
"""What sets a trailing number apart from its title: spaces, a tab or a dot leader."""
_TRAILING_NUMBER = re.compile(rf"{_TRAILING}(?P<num>{_ONE_NUM})[ \u3000]*$")
_TRAILING_INTEGER = re.compile(rf"{_TRAILING}(?P<num>[{_D}]{{1,2}})[ \u3000]*$")


def trailing_number(text: str, *, integer: bool = False) -> HeadingMatch | None:
    """A heading whose clause number follows its title, after a space, a tab or a dot leader
    (``领导力 1.1``, ``带出一支爱书懂人的队伍　1.1.2``, ``对标定位……1.2.1``): the number is the
    heading's. A decimal number after a title with the shape of one (no sentence, no figure of its
    own); with ``integer``, a number of one level (``高标准定位 1``), which alone is as likely a page
    number in a 目录: the caller asks only where the document's own decimal headings say so."""
    m = (_TRAILING_INTEGER if integer else _TRAILING_NUMBER).search(text)
    if m is None:
        return None
    title = text[: m.start()].strip()
    if not title or split_number(title) is not None or _FIGURES.search(title):
        return None
    number = _norm_number("decimal", m.group("num"))
    return HeadingMatch(f"decimal-{number.count('.') + 1}", number, title, round(0.9 * _title_score(title), 3), 0)


LABELLED = 0.85
"""Confidence of a heading announced by a field label (``评价条款：财务资源``) whatever its title's shape."""


def heading_labels() -> frozenset[str]:
    """The field labels of ``heading_labels.txt`` (loaded once per :class:`~analyzer.resources.Resources`)."""
    from ..resources import Resources

    return Resources.current().loaded("heading labels", (), _load_heading_labels)


def _load_heading_labels() -> frozenset[str]:
    return frozenset(read_word_list("heading_labels.txt"))


_FIELD_LABEL = re.compile(r"(?P<label>[^\s：:，。；、]{2,6})[ \u3000]*[：:][ \u3000]*")


def labelled_heading(text: str) -> HeadingMatch | None:
    """A heading written after a field label (``评价条款：2.1 战略制定``, ``填报项：组织描述``,
    ``评价条款：2.2``): the label (:func:`heading_labels`) announces it; what follows is read as a
    heading, and must be short and no sentence."""
    m = _FIELD_LABEL.match(text)
    if m is None or m.group("label") not in heading_labels():
        return None
    rest = text[m.end() :].strip()
    if not rest or len(rest) > 40 or any(ch in SENTENCE_MARKS + "，," for ch in rest):
        return None
    inner = bare_number(rest) or recognize(rest)
    if inner is None or (inner.number is None and not inner.title):
        return None
    return replace(inner, confidence=max(inner.confidence, LABELLED), number_end=m.end() + inner.number_end)


def recognize(line: str) -> HeadingMatch | None:
    """Recognise a heading line (normalized text). None when it has no heading shape."""
    text = line.strip()
    if not text or "\n" in text or ("\t" in text and (text.count("\t") > 1 or trailing_number(text) is None)):
        return None  # (one tab before a trailing clause number: 规划定位⇥1.2)
    if is_caption(text):
        return None
    if len(text.split()) >= 2 and is_data_line(text):
        return None  # ``99.8 99.6 99.4``: a line of figures (a chart's data labels), not a number and its title
    labelled = labelled_heading(text)
    if labelled is not None:
        return labelled
    bare = bare_number(text)
    if bare is not None:
        return bare
    decoration = _DECORATION.match(text) or _LIST_MARK.match(text)
    if decoration is not None and split_number(text[decoration.end() :]) is not None:
        inner = recognize(text[decoration.end() :])  # ▌2.2 战略实施: the mark decorates a numbered heading
        if inner is not None:
            return replace(inner, number_end=inner.number_end + decoration.end())
    bar = _HEADING_BAR.match(text)
    if bar is not None and split_number(text[bar.end() :]) is None:
        # ▍我们在什么样的赛道上 / ▍ 顾客需求怎么听？: a web editor's heading bar marks a heading
        # (a question is a title here, as in a 公众号 article)
        title = text[bar.end() :].strip()
        asked = title.rstrip("？?")
        if (
            asked
            and len(title) <= _BAR_TITLE_CHARS
            and not any(ch in SENTENCE_MARKS for ch in asked)
            and not is_data_line(asked)  # ▍ 99.5%: a figure, no title
        ):
            return HeadingMatch("bar", None, title, round(max(0.9 * _title_score(asked), BAR_TITLE), 3), bar.end())
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
    ref = _clause_reference(text) or trailing_number(text)
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
        if score < PHRASE_TITLE and style.startswith("decimal-") and style != "decimal-1" and _restates(title):
            score = PHRASE_TITLE  # 5.2.2 引领发展：高层领导如何看清发展环境、确立并传递使命愿景和价值观……
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

    ``（一）强化领导引领。围绕……`` / ``1.确定方向：班子每年……`` / ``3.1 读懂住在我们这里的人　我们按……``
    (a bold lead set off by a space: Chinese prose has none, so the first space after the title ends
    it): a number, a short title (2–16 characters, no figures and no inner punctuation) closed by 。,
    ：or a space, then the body (at least a few characters) in the same paragraph. The paragraph
    stays a paragraph; whether such lead-ins open sections is the document's call
    (:func:`analyzer.text.segment.build_document`: only where they carry the structure the headings
    do not).
    """
    num = split_number(text)
    if num is None or num[0] not in _RUN_IN_STYLES:
        return None
    style, number, end = num
    rest = text[end:]
    lead = len(rest) - len(rest.lstrip())
    window = rest[: lead + _RUN_IN_TITLE[1] + 1]
    cut = next(
        (i for i, ch in enumerate(window) if ch in _RUN_IN_END or (ch == " " and i > lead)),
        None,
    )
    if cut is None:
        return None
    title = rest[:cut].strip()
    if not (_RUN_IN_TITLE[0] <= len(title) <= _RUN_IN_TITLE[1]) or _FIGURES.search(title):
        return None
    # 、 joins the parts of a title set off by a space (``6.1 测量、分析和评价　…``); before 。 or ：
    # it more often lists things in a sentence (``1.人员、设备：…``)
    inner = SENTENCE_MARKS + _CLAUSE_PUNCT + "（）()“”" + ("" if rest[cut] == " " else "、")
    if any(ch in inner for ch in title):
        return None
    body = rest[cut + 1 :].strip()
    if len(body) < _RUN_IN_BODY or _FIGURES.match(body):
        return None  # 1. 营业收入：2021年18.6亿元 is a line of data
    return HeadingMatch(style, number, title, 0.8, end), end + cut + 1


# --------------------------------------------------------------------------- ordinals


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
_CN_DIGITS.update({ch: i + 1 for i, ch in enumerate(_CN_CAPITAL[:9])})  # 壹 … 玖
_CN_NUMERALS = (*"〇一二三四五六七八九十", *(f"十{d}" for d in "一二三四五六七八九"), "二十")
"""一 … 二十 by value: the number an enclosed ideograph (㈠ … ㈩) stands for."""
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
    s = s.replace("拾", "十")  # 拾贰 = 十二
    if s and all(ch in _CN_DIGITS or ch == "十" for ch in s):
        if "十" not in s:
            return _CN_DIGITS[s] if len(s) == 1 else None
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return None


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
    the item it sits in, never a clause of its own, so it nests below the item
    (:func:`analyzer.text.levels.assign_levels`) and the aligner does not read its title as a
    clause's. A title counts when it occurs at least twice with a numbered or different heading in
    between (two paragraphs titled alike in a row are no template). ``holds_text``: per title,
    whether body text follows it before the next heading.
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
