"""Front matter: the title lines, cover block and 目录 before a report's content.

Front matter is counted (Word counts it) but it is not content: it is never credited to a clause,
and a title line is never the parent of the report's chapters. It is recognised by its structure,
never by the name of an organisation:

- **目录 entries**: lines that end in a leader (``……``, ``···``, ``....``, a tab, a run of spaces) and a
  page number (``第一章 组织环境……1``, ``…… P3``), or in a page written as a word with or without a
  leader (``1.1 文化引领　第3页``); one block of many entries or one block per entry. Lines after a
  目录 heading that end in a page number after a space are entries too, and so is every line between a
  目录 heading and the place where its first entry is written again as a heading (a scanned 目录
  whose leaders and page numbers OCR merged or split), when none of them is a sentence. Entries are
  front matter wherever they stand; they are never headings, so a 目录 never makes a missing clause
  look covered.
- **Cover lines**: every line is ``key：value`` with a short key (``申报单位：…``, ``联 系 人：…``), several
  pairs on one line included; date lines (``2024年3月``, ``二〇二四年三月``); short lines wholly in
  brackets (``（2023年度）``; not 【…】, a heading).
- **Title lines**: short unnumbered lines that name the report (a title word from
  ``front_matter.yaml``: 自评报告, 申报书, 质量奖 …).

The *leading run* is the document's first blocks up to the first table, body paragraph (a sentence,
or a long line) or numbered heading that is not a 目录 entry. In the leading run, every line up to
the last recognised front-matter line is front matter (the organisation's name above the report
title, the 目录 heading above its entries); short lines after it are the first content headings
(``组织简介``, ``我们从哪里来``). When nothing in the run is recognised, a first line that ends like an
organisation's name (``…股份有限公司``, ``…医院``, suffixes in ``front_matter.yaml``) and is followed
by another short line is the cover's organisation line.

- **Asides**: a foreword (``前言``, ``序言``, ``报告说明`` …) and a closing section (``结束语``, ``后记`` …,
  and appendices: ``附件：主要荣誉一览``, ``附录2``), each an unnumbered line that is only such a word or
  begins with an appendix word (``front_matter.yaml``). A foreword holds the prose under it up to the
  next short line or table (the first content heading), also when it follows the 目录; a closing
  section holds everything after it up to a numbered heading (its summary, the signature and the
  date). A foreword word run into its own paragraph (``前言：为深入贯彻……``) makes that paragraph an
  aside. All of them introduce or sum up the report and answer no clause.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import yaml

from .chars import FULLWIDTH_NUMBER_MAP
from .furniture import furniture_key, is_page_number
from .headings import SENTENCE_MARKS, ordinal_value, split_number

FrontKind = Literal["title", "cover", "toc-heading", "toc", "aside-heading", "aside", "furniture"]

_MAX_SHORT = 60

_LEADER = r"(?:[.．·•・…⋯‥]{2,}|(?:[.．·•・][ \u3000]){3,}|[-_—－]{4,}|\t+|[ \u3000]{3,})"
_PAGE = r"(?:[0-9０-９]{1,3}|[ivxlcIVXLC]{1,6})"
_PAGE_WORD = r"第[ \u3000]*[0-9０-９]{1,3}[ \u3000]*[页頁]"
"""A page written as a word (``第3页``): a page reference with or without a leader before it."""
_PAGE_P = r"[Pp][.．]?[ \u3000]*[0-9０-９]{1,3}"
"""``P3`` / ``p.3``: a page reference after a leader or a space."""
_ENTRY_END = re.compile(
    rf"[ \u3000]*{_LEADER}[ \u3000]*[-—]?[ \u3000]*{_PAGE}[ \u3000]*[-—]?(?=\s|$)"
    # a page word or P3 ends the line (P.1 at a line's start is GB/T 19580's profile number)
    rf"|[ \u3000]*(?:{_LEADER})?[ \u3000]*{_PAGE_WORD}[ \u3000]*$"
    rf"|(?:[ \u3000]*{_LEADER}|[ \u3000]+)[ \u3000]*{_PAGE_P}[ \u3000]*$"
)
_SPACE_RUN = re.compile(r"[ \u3000]{3,}")
_LOOSE_ENTRY = re.compile(rf"(?P<title>\S.{{0,48}}?)[ \u3000\t]+(?:{_PAGE}|{_PAGE_P}|{_PAGE_WORD})[ \u3000]*$")

_KEY = r"[^\s：:，,。；;、()（）0-9０-９](?:[ \u3000]?[^\s：:，,。；;、()（）]){0,9}"
_KV_LINE = re.compile(rf"(?:[ \u3000]*{_KEY}[ \u3000]*[：:][ \u3000]*[^：:。；;！？]{{0,100}}?[ \u3000]*)+")
_CN_DIGIT = "〇零一二三四五六七八九十○Ｏ"
_CN_NUM = rf"[0-9０-９{_CN_DIGIT}]"
_DATE = re.compile(
    rf"[ \u3000]*(?:(?:[0-9０-９]{{4}}|[{_CN_DIGIT}]{{4}})[ \u3000]*年"
    rf"(?:[ \u3000]*{_CN_NUM}{{1,2}}[ \u3000]*月(?:[ \u3000]*{_CN_NUM}{{1,3}}[ \u3000]*日)?)?"
    rf"|[0-9]{{4}}[-./][0-9]{{1,2}}(?:[-./][0-9]{{1,2}})?)[ \u3000]*"
)
# 【…】 is not here: a line wholly in 【】 is a heading (【领导力】, headings.recognize), not a cover line
_BRACKETED = re.compile(r"[ \u3000]*[（(〔][^（）()【】〔〕]{1,30}[）)〕][ \u3000]*")


_APPENDIX_TAIL = re.compile(r"[：:、.．\-—0-9０-９一二三四五六七八九十]")
"""What follows the appendix word in its heading: a colon or a number (附件：…, 附录2, 附表一)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    title_words: tuple[str, ...]
    toc_headings: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    foreword_headings: frozenset[str]
    closing_headings: frozenset[str]
    closing_formulas: frozenset[str]
    appendix_words: tuple[str, ...]
    toc_table_headers: frozenset[str] = frozenset()
    chapter_summary_words: tuple[str, ...] = ()
    summary_words: tuple[str, ...] = ()

    def is_closing(self, word: str) -> bool:
        """``word`` (squeezed) heads a closing section or an appendix (``附件：主要荣誉一览``, ``附录2``,
        ``附表　自评得分汇总``: an appendix word before a closing heading)."""
        if word in self.closing_headings:
            return True
        return any(
            word.startswith(w)
            and (
                len(word) == len(w)
                or _APPENDIX_TAIL.match(word, len(w)) is not None
                or word[len(w) :] in self.closing_headings
            )
            for w in self.appendix_words
        )


def lexicon() -> Lexicon:
    """The words in ``front_matter.yaml`` (loaded once per :class:`~analyzer.resources.Resources`)."""
    from ..resources import Resources

    return Resources.current().loaded("front-matter lexicon", (), _load_lexicon)


def _load_lexicon() -> Lexicon:
    data = yaml.safe_load(resources.files(__package__).joinpath("front_matter.yaml").read_text(encoding="utf-8"))
    return Lexicon(
        title_words=tuple(data["title_words"]),
        toc_headings=frozenset(w.lower() for w in data["toc_headings"]),
        organisation_suffixes=tuple(sorted(data["organisation_suffixes"], key=len, reverse=True)),
        foreword_headings=frozenset(data["foreword_headings"]),
        closing_headings=frozenset(data["closing_headings"]),
        closing_formulas=frozenset(data.get("closing_formulas", ())),
        appendix_words=tuple(sorted(data["appendix_words"], key=len, reverse=True)),
        toc_table_headers=frozenset(data.get("toc_table_headers", ())),
        chapter_summary_words=tuple(data.get("chapter_summary_words", ())),
        summary_words=tuple(data.get("summary_words", ())),
    )


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip(" \t\u3000")]


_CELL_SPLIT = re.compile(r"[|｜\t]")
_CELL_RULE = re.compile(r"^:?-{3,}:?$")
_PAGE_CELL = re.compile(rf"(?:{_PAGE}|{_PAGE_P}|{_PAGE_WORD})")


def _toc_row(line: str) -> int | None:
    """A 目录 written as a table (a Markdown pipe table, a Word table): 2 for an entry row whose title
    carries heading numbers, 1 for another entry row (a title cell and a page cell), 0 for its
    header row (``章节 | 页码``, words of ``front_matter.yaml``) or its ``|---|`` rule, None for
    anything else."""
    if not _CELL_SPLIT.search(line):
        return None
    cells = [c.strip(" \u3000") for c in _CELL_SPLIT.split(line.strip(" \u3000|｜"))]
    cells = [c for c in cells if c]
    if cells and all(_CELL_RULE.match(c) for c in cells):
        return 0
    if cells and all(re.sub(r"\s", "", c) in lexicon().toc_table_headers for c in cells):
        return 0
    if len(cells) >= 2 and _PAGE_CELL.fullmatch(cells[-1]):
        title = " ".join(cells[:-1])
        if len(title) <= 50 and not any(ch in SENTENCE_MARKS for ch in title):
            return 2 if split_number(title) is not None else 1
    return None


def _page_value(line: str) -> int | None:
    """The page number a 目录 row ends with, as a number (None for roman numerals)."""
    m = re.search(r"([0-9０-９]{1,3})\D*$", line)
    return int("".join(FULLWIDTH_NUMBER_MAP.get(ch, ch) for ch in m.group(1))) if m else None


def toc_entries(text: str) -> int:
    """How many 目录 entries ``text`` consists of (0 when any part of it is not an entry); the rows
    of a 目录 written as a table count too (:func:`_toc_row`)."""
    total = 0
    lines = _lines(text)
    rows = [_toc_row(line) for line in lines]
    if rows and all(r is not None for r in rows):
        # a header row (章节 | 页码), or titles that all carry heading numbers, and pages that never go
        # down: a two-column table of figures (营业收入（亿元） | 12) or of scores (1.1 … | 85, 1.2 … | 60)
        # is no 目录
        entries = [r for r in rows if r]
        pages = [_page_value(ln) for ln, r in zip(lines, rows, strict=True) if r]
        ascending = all(b >= a for a, b in itertools.pairwise(pages) if a is not None and b is not None)
        if entries and ascending and (0 in rows or all(r == 2 for r in entries)):
            return len(entries)
        return 0
    for line in _lines(text):
        # a run of spaces is one leader however long (and matching it as written backtracks
        # catastrophically: 2.6 s on a line with 100 spaces, minutes with 200)
        line = _SPACE_RUN.sub("   ", line)
        pos = 0
        n = 0
        for m in _ENTRY_END.finditer(line):
            title = line[pos : m.start()].strip(" \t\u3000")
            if not title or len(title) > 50 or any(ch in SENTENCE_MARKS for ch in title):
                return 0
            n += 1
            pos = m.end()
        if n == 0 or line[pos:].strip(" \t\u3000"):
            return 0
        total += n
    return total


def is_loose_toc_entry(text: str) -> bool:
    """``第一章 组织环境 1``: a title and a page number after a space (an entry only right after a 目录)."""
    lines = _lines(text)
    return bool(lines) and all(
        (m := _LOOSE_ENTRY.fullmatch(ln.strip())) is not None and not _reads_as_sentence(m.group("title"))
        for ln in lines
    )


def is_chapter_summary(text: str, last: bool = False) -> bool:
    """``本章小结：……``: a paragraph that sums up its chapter (``chapter_summary_words``; with ``last``,
    the paragraph being the chapter's last, ``小结：……`` too: ``summary_words``)."""
    t = re.sub(r"^[\s\u3000]+", "", text)
    ends = ("：", ":", "", " ", "\u3000")
    lex = lexicon()
    words = lex.chapter_summary_words + (lex.summary_words if last else ())
    return any(t.startswith(w) and t[len(w) : len(w) + 1] in ends for w in words)


def is_toc_heading(text: str) -> bool:
    """``目录``, ``目　录``, ``Contents``."""
    return re.sub(r"[\s\u3000#]", "", text).lower() in lexicon().toc_headings


def is_cover(text: str) -> bool:
    """Every line is ``key：value`` pairs, a date, or a short line wholly in brackets."""
    lines = _lines(text)
    if not lines:
        return False
    for line in lines:
        if len(line) > 160:
            return False
        if _DATE.fullmatch(line) or _BRACKETED.fullmatch(line):
            continue
        if not _KV_LINE.fullmatch(line):
            return False
    return True


def is_report_title(text: str, numbered: bool) -> bool:
    """A short unnumbered line naming the report (``某某公司质量奖自评报告``)."""
    t = text.strip()
    if numbered or "\n" in t or len(t) > _MAX_SHORT or any(ch in SENTENCE_MARKS + "，," for ch in t):
        return False
    return any(w in t for w in lexicon().title_words)


def _is_short(text: str) -> bool:
    t = text.strip()
    return bool(t) and "\n" not in t and len(t) <= _MAX_SHORT and not any(ch in SENTENCE_MARKS for ch in t)


def _ends_like_organisation(text: str) -> bool:
    t = text.strip()
    return _is_short(t) and len(t) >= 4 and t.endswith(lexicon().organisation_suffixes)


@dataclass(frozen=True, slots=True)
class FrontUnit:
    """What :func:`front_matter` needs to know about one block."""

    text: str
    """The block's visible text, line breaks kept (目录 leaders and cover lines are per line)."""
    normalized: str
    is_table: bool = False
    numbered: bool = False
    """The line starts with heading numbering (``第一章``, ``1.1``, ``一、``)."""
    style: str | None = None
    """Its numbering style when numbered (:func:`analyzer.text.headings.split_number`: ``cn``, ``decimal-1`` …)."""
    labelled: bool = False
    """A heading after a field label (``评价条款：1.1 高层领导的作用``,
    :func:`analyzer.text.headings.labelled_heading`): a heading of the content, no cover line."""


def classify(unit: FrontUnit) -> FrontKind | None:
    """The front-matter kind a block has by its own shape (position is :func:`front_matter`'s job)."""
    if unit.is_table:
        return "toc" if toc_entries(unit.text) else None  # a 目录 laid out as a table
    if toc_entries(unit.text):
        return "toc"
    if is_toc_heading(unit.normalized):
        return "toc-heading"
    if not unit.numbered and not unit.labelled and is_cover(unit.text):
        return "cover"
    if is_report_title(unit.normalized, unit.numbered):
        return "title"
    return None


def front_matter(units: Sequence[FrontUnit]) -> list[FrontKind | None]:
    """For each block, its front-matter kind, or None when it is content (see the module docstring)."""
    kinds = [classify(u) for u in units]
    out: list[FrontKind | None] = [None] * len(units)
    # the leading run
    run_end = 0
    seen_toc = False
    for k, u in enumerate(units):
        kind = kinds[k]
        if seen_toc and kind == "cover" and all(ln.rstrip().endswith(("：", ":")) for ln in _lines(u.text)):
            # after the 目录, a short line ending in ： with nothing after it (公司有三项要点：) leads
            # into the content; it is no cover line
            kinds[k] = kind = None
        seen_toc = seen_toc or kind == "toc"
        if kind is None and (u.is_table or u.numbered or u.labelled or not _is_short(u.normalized)):
            break
        run_end = k + 1
    last = max((k for k in range(run_end) if kinds[k] is not None), default=None)
    if last is not None:
        for k in range(last + 1):
            out[k] = kinds[k] or "title"  # the organisation's name above the title, a subtitle
    elif run_end >= 2 and _ends_like_organisation(units[0].normalized):
        out[0] = "title"
    # 目录 entries anywhere, and a 目录 heading followed by entries (loose ones included)
    k = 0
    while k < len(units):
        if kinds[k] == "toc":
            out[k] = "toc"
        elif kinds[k] == "toc-heading":
            j = k + 1
            while j < len(units) and (kinds[j] == "toc" or is_loose_toc_entry(units[j].text)):
                j += 1
            j = max(j, _toc_end_by_repeat(units, k))
            if j > k + 1 or out[k] is not None:
                for q in range(k, j):
                    out[q] = "toc-heading" if q == k else "toc"
                k = j
                continue
        k += 1
    _mark_asides(units, out)
    _mark_signature(units, kinds, out)
    _mark_furniture(units, out)
    _mark_file_headers(units, kinds, out)
    return out


FILE_HEADER_SPAN = 3
"""Blocks after a repeated title line that may still be its file's header (the chapter heading, then
``编写部门：…　审核：…``)."""


def _mark_file_headers(
    units: Sequence[FrontUnit], kinds: Sequence[FrontKind | None], out: list[FrontKind | None]
) -> None:
    """Chapters written as separate files and pasted together: each opens with its file's header,
    the report's title line written again, then its chapter heading and a line of fields (``编写部门：…
    审核：… 版本：V2.1``). The title line again is the file's header (furniture), the field line its
    cover; the chapter heading stays a heading. In place."""
    titles = {_squeezed(units[k].normalized) for k, kind in enumerate(out) if kind == "title"}
    titles.discard("")
    if not titles:
        return
    seen: set[str] = set()
    for k in range(len(units)):
        key = _squeezed(units[k].normalized)
        if key not in titles:
            continue
        if key not in seen:  # the title itself
            seen.add(key)
            continue
        if out[k] is None:
            out[k] = "furniture"
        for j in range(k + 1, min(k + 1 + FILE_HEADER_SPAN, len(units))):
            if out[j] is None and kinds[j] == "cover":
                out[j] = "cover"


def _mark_signature(units: Sequence[FrontUnit], kinds: Sequence[FrontKind | None], out: list[FrontKind | None]) -> None:
    """The lines that end the document and sign it (``填报单位：…　填报人：…``, the organisation's name
    over a date, an editor's note) answer no clause, in place: a run at the very end whose every line
    is a cover line, the organisation's name or a date, and one of which signs (:func:`_signs`: a
    field of the last item such as ``自评得分：50分`` is no signature); any content after it keeps it content."""
    k = len(units)
    while k > 0 and out[k - 1] is None and not units[k - 1].is_table and not units[k - 1].numbered:
        u = units[k - 1]
        if kinds[k - 1] != "cover" and not all(_signs(ln) or is_cover(ln) for ln in _lines(u.normalized)):
            break
        k -= 1
    run = range(k, len(units))
    if k > 0 and any(_signs(ln) for q in run for ln in _lines(units[q].normalized)):
        for q in run:
            out[q] = "aside"


_SIGNATURE_FIELD = re.compile(
    r"^[ \u3000]*(?:填报|申报|编制|报送|联系|审核|签发|批准|单位|日期)[^：:，。；,;]{0,12}[：:]"
)
"""A field that signs a document: who filed it (填报单位：, 联系人：, 单位名称：), not a sentence that
opens with the same word (单位产值综合能耗较基期下降17.4%…, 编制了…)."""
_SIGNATURE_DATE = re.compile(
    r"(?:19|20|二〇)[0-9〇一二三四五六七八九]{2}[ \u3000]*年[ \u3000]*[0-9一二三四五六七八九十]{1,2}[ \u3000]*月"
)
"""When it was signed (2024年3月), on a short line of its own."""


def _signs(text: str) -> bool:
    """``text`` signs the document: a signature field, a date on a short line, or the organisation's
    name (not a field of the last item, such as ``自评得分：50分``)."""
    t = text.strip()
    if _SIGNATURE_FIELD.search(t):
        return True
    return _is_short(t) and (_SIGNATURE_DATE.search(t) is not None or _ends_like_organisation(t))


FURNITURE_REPEATS = 3
"""A short line written this often (a running header) is page furniture beside a page number."""


def _mark_furniture(units: Sequence[FrontUnit], out: list[FrontKind | None]) -> None:
    """Page furniture that a copy out of a PDF leaves between paragraphs, in place: a block whose lines
    are all page numbers (``— 7 —``, ``第 7 页 共 38 页``; a bare ``7`` only beside one of those) or
    running headers (a short line written at least :data:`FURNITURE_REPEATS` times), one of them a
    page number written as one."""
    lines = [[t for ln in _lines(u.text) if (t := ln.strip())] for u in units]
    counts = Counter(furniture_key(ln) for ls in lines for ln in ls if len(ln) <= _MAX_SHORT)

    def running_header(ln: str) -> bool:
        return len(ln) <= _MAX_SHORT and counts[furniture_key(ln)] >= FURNITURE_REPEATS

    for k, ls in enumerate(lines):
        if out[k] is not None or units[k].is_table or not ls:
            continue
        decorated = any(is_page_number(ln) and not re.fullmatch(r"\d+|[ivxlcIVXLC]+", ln) for ln in ls)
        if decorated and all(is_page_number(ln) or running_header(ln) for ln in ls):
            out[k] = "furniture"
    # a running header in a block of its own, right beside a page number
    for k, ls in enumerate(lines):
        beside = any(0 <= j < len(out) and out[j] == "furniture" for j in (k - 1, k + 1))
        if out[k] is None and beside and not units[k].numbered and ls and all(running_header(ln) for ln in ls):
            out[k] = "furniture"


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000#]", "", text)


_RUN_IN_WORD = re.compile(r"^(.{2,6}?)(?:[A-Za-z][A-Za-z.&'\-]*)?[：:](?=.{10})")
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z.&'\-]*$")
"""An English gloss after a Chinese word (``前言 Foreword``, ``阅读说明 Reading Guide`` squeezed)."""


def _mark_asides(units: Sequence[FrontUnit], out: list[FrontKind | None]) -> None:
    """Forewords and closing sections (see the module docstring), in place."""
    lex = lexicon()
    for k, u in enumerate(units):
        if u.numbered or u.is_table:
            continue
        word = _GLOSS.sub("", _squeezed(u.normalized))
        lead = _RUN_IN_WORD.match(word)
        if out[k] is None and lead is not None and lead.group(1) in lex.foreword_headings:
            out[k] = "aside"  # 前言：为深入贯彻……(the word run into its own paragraph)
            continue
        bare = word.rstrip("：:")  # 注释： / 前言： on a line of its own is the heading word
        foreword = bare in lex.foreword_headings
        # a closing word run into its paragraph (填报承诺：本单位承诺……) closes the report as its heading
        # would, and so does a closing formula written as a sentence of its own (特此报告。)
        run_in = out[k] is None and (
            (lead is not None and lead.group(1) in lex.closing_headings)
            or word.rstrip("。.！!") in lex.closing_formulas
        )
        if not foreword and not run_in and not (lex.is_closing(bare) and _is_heading_shaped(u.normalized)):
            continue  # (附件1-8 环境监测报告；附件1-9 … is a list of attachments inside an item)
        if not foreword and not run_in and _CHAPTER_CAPTION.match(u.normalized):
            continue  # 附表2-1 主要经营指标: a table numbered within its chapter, captioned in the body
        if out[k] is not None and not (foreword and out[k] == "title"):
            # (a foreword right after the cover or the 目录 is already front matter as a line of
            # the leading run; the prose under it is its own all the same)
            continue
        # a closing section or appendix runs up to the next heading numbered like the report's own
        # headings before it (七、结果 after 附件一); a numbered list in a style of its own is the
        # appendix's (附：证明材料清单 / 1.营业执照… / 2.…)
        styles = {
            shape
            for q in range(k)
            if out[q] is None
            and _is_heading_shaped(units[q].normalized)
            and (shape := _heading_shape(units[q])) is not None
        }
        j = k + 1
        points: tuple[str, int] | None = None  # the foreword's own numbered points, and the next one
        while j < len(units) and out[j] is None:
            if foreword and (units[j].is_table or _is_heading_shaped(units[j].normalized)):
                break
            if foreword and (nxt := _next_point(units[j], points, first=j == k + 1)) is not None:
                points = nxt  # 一、编制依据。本报告对照…… / 二、编制过程。…… : prose, not a heading
            elif _resumes(units[j], styles):
                break
            j += 1
        if foreword and j == k + 1:
            continue  # a foreword word with no prose under it is a heading like any other
        out[k] = "aside" if run_in else "aside-heading"
        for q in range(k + 1, j):
            out[q] = "aside"


def _next_point(unit: FrontUnit, points: tuple[str, int] | None, first: bool) -> tuple[str, int] | None:
    """A foreword written as numbered points (``一、编制依据。本报告对照……``, ``二、编制过程。……``):
    the style and next ordinal after ``unit`` when it is the next point — the first point opens the
    foreword's prose, each further one carries on its numbering. A numbered paragraph that does
    neither is the content resuming (its heading run into it)."""
    if not unit.numbered or unit.style is None or (points is None and not first):
        return None
    split = split_number(unit.normalized)
    value = ordinal_value(split[1]) if split is not None else None
    expected = 1 if points is None else points[1]
    if value != expected or (points is not None and unit.style != points[0]):
        return None
    return unit.style, value + 1


_CHAPTER_CAPTION = re.compile(r"[ \u3000]*附[表图][ \u3000]*[0-9０-９]{1,2}[-－.．][0-9０-９]{1,2}(?![0-9０-９])")
"""``附表2-1 …``: a table or figure numbered within its chapter is captioned where it stands, not an appendix."""


def _resumes(unit: FrontUnit, styles: set[str | None]) -> bool:
    """``unit`` is a heading shaped like the report's own (``styles``, :func:`_heading_shape`; any
    numbered line when the report has no such headings): the content resumes there."""
    if not _is_heading_shaped(unit.normalized) and not unit.numbered:
        return False
    if not styles:
        return unit.numbered
    return _heading_shape(unit) in styles


_LEAD_BRACKET = re.compile(r"[ \u3000]*([【〔［\[])[^】〕］\]]{1,12}[】〕］\]]")


def _heading_shape(unit: FrontUnit) -> str | None:
    """How a heading line of the report is marked: its numbering style (``cn``, ``decimal-2`` …), or
    the bracket it opens with (``【评价类目二】战略`` → ``【``); None for an unmarked line."""
    if unit.numbered:
        return unit.style
    lead = _LEAD_BRACKET.match(unit.normalized)
    return lead.group(1) if lead is not None else None


def _is_heading_shaped(text: str) -> bool:
    """A short line without a sentence end: the next heading after a foreword's prose."""
    t = text.strip()
    return _is_short(t) and not any(c in t for c in SENTENCE_MARKS)


_KEY_DROP = re.compile(r"[\s\u30000-9０-９.．·•・…⋯‥\-_—－:：,，、()（）\[\]【】|]+")


def _entry_key(text: str) -> str:
    """An entry's words without numbers, leaders, page numbers and punctuation: how a 目录 line and
    the heading it lists compare even when OCR merged, split or misread the leaders."""
    return _KEY_DROP.sub("", text)


def _toc_end_by_repeat(units: Sequence[FrontUnit], heading: int) -> int:
    """Where a 目录 ends by what it lists: its first entry is the report's first heading, so the body
    starts where that heading is written again. The lines between are entries (however OCR joined,
    split or garbled them) when none of them is a sentence or a table; otherwise nothing is
    claimed (the index right after ``heading``)."""
    start = heading + 1
    if start >= len(units) or units[start].is_table:
        return start
    first = _entry_key(units[start].normalized)
    if len(first) < 2:
        return start
    for m in range(start + 1, len(units)):
        u = units[m]
        if is_toc_heading(u.normalized):  # another 目录 begins: this one ended before it
            return m if m - start >= 2 else start
        key = _entry_key(u.normalized)
        if len(key) >= 2 and "\n" not in u.normalized and (first.startswith(key) or key.startswith(first)):
            return m if m - start >= 2 else start
        if u.is_table or _reads_as_sentence(u.normalized):
            return start
    return start


def _reads_as_sentence(text: str) -> bool:
    """A sentence, not a 目录 entry: sentence punctuation, except the ？ that closes a question title
    in a short entry (``我们怎样定下五年的路？（对应5.3.2）6``)."""
    t = text.strip()
    if len(t) <= 50 and not any(ch in SENTENCE_MARKS for ch in t.replace("？", "").replace("?", "")):
        return t.count("？") + t.count("?") > 1
    return any(ch in SENTENCE_MARKS for ch in t)
