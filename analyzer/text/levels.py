"""Heading levels: where each heading of one document sits, from the numbering grammar and the document.

:func:`assign_levels` turns styles (:mod:`analyzer.text.headings`) into levels for one document by the
numbering grammar (第X部分/篇 > 第X章 > 第X节 > 一、 > （一） > 1./1、 > （1）/1） > ① > a.; decimal depth
4 > 4.1 > 4.1.2), nesting each heading relative to the headings open above it, so the same style can sit
at different depths (（一） under a profile title and under 三、). Where the grammar leaves the order open
(1.1 against （一） or 1.) the document's restarts decide. Levels given by the format (DOCX heading styles,
Markdown ``#``, PDF font-size rank) win when present (:func:`format_levels_agree`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace


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


# Grammar rank of the numbering styles: 第X部分/篇 > 第X章 > 第X节 > 壹、 > 一、 > （一） > 1./1、 > （1）/1） > ① > a.
# Multi-part decimals (1.1, 5.2.3) nest by depth among themselves; against the ranked styles their
# place comes from the document (see _Order).
_RANK = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "cn-capital": 2.5,
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
_CHAPTER_LIKE = frozenset({"part", "chapter", "section", "cn-capital", "cn"})
_DI_STYLES = frozenset({"part", "chapter", "section"})
"""The 第X… styles: above every decimal, whatever the restarts say."""
_UNNUMBERED = frozenset({"plain", "bracket", "bar"})
POINT_STYLES = frozenset({"alpha", "circled", "paren-num", "num-paren"})
"""Numbering of points inside an item (a）, ①, （1）, 1）): never a report's chapters."""


def grammar_below(style: str, other: str) -> bool:
    """Whether the numbering grammar alone puts ``style`` below ``other`` (（一） below 一、, 1. below
    （一）); False where it does not decide (a decimal against anything: the document does)."""
    if style.startswith("decimal-") or other.startswith("decimal-"):
        return False
    a, b = _RANK.get(style), _RANK.get(other)
    return a is not None and b is not None and a > b


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

    Inside a numbered run (:func:`_between_siblings`) it is one of the run. Between a decimal number
    and its second or later child (``2.1`` … ``2.1.2``) it is the child before (``2.1.1``). A leaf title (no titles
    right below it) after numbered items of a lower style closes their run as its last item
    (``1. 文化建设`` ``2. 公司治理`` ``领导与治理成效`` ``第二章 …``). Otherwise (组织简介 first, 结语 after
    the last chapter, a title with sub-headings) it stands beside the top style.
    """
    inside = _between_siblings(headings, i)
    if inside is not None:
        return inside
    h = headings[i]
    prev = next((x for x in reversed(headings[:i]) if x.style not in _UNNUMBERED), None)
    nxt = next((x for x in headings[i + 1 :] if x.style not in _UNNUMBERED), None)
    if (
        not h.is_parent_shaped
        and prev is not None
        and nxt is not None
        and prev.number
        and nxt.number
        and _depth(nxt.style)
        and nxt.number.rsplit(".", 1)[0] == prev.number
        and (_last_component(nxt) or 0) > 1
    ):
        # 2.1 运行体系 / ▍顾客需求怎么听？ / 2.1.2 体系建设: the title before 2.1.2 below 2.1 is
        # its first child, left unnumbered (a title with only a short intro under it is 2.1's own:
        # 5.2 / 领导作用 / 本章讲… / 5.2.2)
        return nxt.style
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
