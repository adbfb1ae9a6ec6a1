"""Geometry for the PDF reader: page furniture, ruled tables, paragraph and heading rebuilding.

Everything here works on small frozen records (:class:`Line`, :class:`Rule`, :class:`PageLayout`)
that ``pdf.py`` builds in its single pass over pdfminer's layout, so the heuristics can be tested
without a PDF. Coordinates are PDF points with the origin at the bottom left (y grows upwards).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..text.furniture import furniture_key, is_page_number  # moved to the text layer; re-exported here
from .blocks import Block

# (x0, x1, text, size, bold) of one character, kept so that pieces of one visual line can be
# merged back in x order.
Glyph = tuple[float, float, str, float, bool]

# ----------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Line:
    """One visual text line as pdfminer grouped it (text built from its characters)."""

    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float  # dominant character size
    bold: bool  # most characters are in a bold font
    glyphs: tuple[Glyph, ...] = field(default=(), compare=False, repr=False)
    # A table-of-contents entry: a page number after a dot leader or a wide gap ends the line,
    # and with it the paragraph (see :func:`toc_entry`).
    entry: bool = False

    @property
    def ymid(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal or vertical ruling segment (table border)."""

    horizontal: bool
    pos: float  # y of a horizontal rule, x of a vertical one
    start: float  # x0 (horizontal) or y0 (vertical)
    end: float


@dataclass(frozen=True, slots=True)
class PageLayout:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class TableRegion:
    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    rows: tuple[tuple[str, ...], ...]
    col_edges: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class LayoutResult:
    blocks: tuple[Block, ...]
    furniture_removed: int
    body_size: float | None


# ----------------------------------------------------------------------------- text helpers


def is_cjk(ch: str) -> bool:
    """CJK ideographs, kana/hangul and full-width punctuation: no spaces around them in Chinese."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
        or 0xAC00 <= o <= 0xD7AF
        or ch in "“”‘’—…·"
    )


def join_fragments(a: str, b: str) -> str:
    """Join two pieces of one paragraph or cell: a space only between two Latin/digit words."""
    if not a:
        return b
    if not b:
        return a
    left, right = a[-1], b[0]
    if left.isspace() or right.isspace():
        return a + b
    if is_cjk(left) or is_cjk(right):
        return a + b
    if (left.isalnum() or left in ",.;:!?)%") and (right.isalnum() or right in "(["):
        return a + " " + b
    return a + b  # "个/" + "cm²", "well-" + "known": the break was inside a word


SENTENCE_END = tuple("。！？；：!?;:")
_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demibold|hei|黑", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # pure str→bool memo: asked once per character, a PDF has few fonts
def font_is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1]
    if "heisei" in name.lower():  # HeiseiMin / HeiseiKakuGo are Japanese faces, not 黑体
        return False
    return bool(_BOLD_FONT.search(name)) or name.endswith((",B", "-B"))


# A table of contents joins entry and page number with leader glyphs (``……``, ``·····``,
# ``.....``); Word draws the same leader as a tab, which is not a character. Four or more in a
# row before a page number (or eight anywhere) are a leader, not text.
_LEADER = ".·•…⋯・‧．‥"
LEADER_GLYPHS = _LEADER  # the glyphs of TOC leader runs (dropped by clean_line_text)
_LEADER_RUN = re.compile(
    rf"[ \u3000]*(?:[{_LEADER}][ \u3000]*){{4,}}(?=[ \u3000]*(?:\d{{1,4}}|[ivxlcIVXLC]{{1,6}})?[ \u3000]*$)"
    rf"|[ \u3000]*(?:[{_LEADER}][ \u3000]*){{8,}}"
)


# Line and paragraph separators inside one visual line: some producers (LibreOffice among them)
# map a glyph to "\n" in the font's ToUnicode table; the line is still one line of a paragraph.
_BREAK_IN_LINE = re.compile(r"[ \t]*[\n\r\v\f\x85\u2028\u2029]+[ \t]*")


def clean_line_text(text: str) -> str:
    """A visual line's text with leader runs replaced by one space, and line breaks inside it
    by one space (never at its ends)."""
    if _BREAK_IN_LINE.search(text):
        text = _BREAK_IN_LINE.sub(" ", text).strip()
    if not any(ch in _LEADER for ch in text):
        return text
    return _LEADER_RUN.sub(" ", text).rstrip() if _LEADER_RUN.search(text) else text


_PAGE_REF = re.compile(r"(?:\d{1,4}|[ivxlcIVXLC]{1,6})")


def toc_entry(glyphs: Sequence[Glyph], text: str) -> bool:
    """A line that ends in a page number set apart from its title by a dot leader (removed from
    ``text`` by :func:`clean_line_text`) or by a gap of two characters or more (a tab to a
    right-aligned number): a table-of-contents entry, whatever the page's margins."""
    visible = [g for g in glyphs if g[2] and not g[2].isspace()]
    k = len(visible)
    while k > 0 and _PAGE_REF.fullmatch(visible[k - 1][2]):
        k -= 1
    if k == len(visible) or k == 0 or not _PAGE_REF.fullmatch("".join(g[2] for g in visible[k:])):
        return False
    number, before = visible[k], visible[k - 1]
    if before[2] in _LEADER:
        return bool(_LEADER_RUN.search("".join(g[2] for g in visible)))
    return number[0] - before[1] >= 2.0 * max(number[3], before[3])


def text_from_glyphs(glyphs: Sequence[Glyph]) -> str:
    """Characters in x order; a space for a word gap, but never next to a CJK character."""
    out: list[str] = []
    prev: Glyph | None = None
    for g in glyphs:
        if not g[2]:  # a glyph without Unicode text (an empty ToUnicode entry)
            continue
        if (
            prev is not None
            and out
            and g[0] - prev[1] > 0.25 * max(prev[3], g[3])
            and g[2]
            and not (is_cjk(out[-1][-1]) or is_cjk(g[2][0]) or out[-1][-1].isspace() or g[2][0].isspace())
        ):
            out.append(" ")
        out.append(g[2])
        prev = g
    return "".join(out)


def line_from_glyphs(
    page: int, glyphs: Sequence[Glyph], y0: float, y1: float, *, text: str | None = None, x0: float | None = None
) -> Line:
    """A line from its glyphs (in any order). ``text`` and ``x0``, when given, are the line's text
    and left edge as the caller built them from the glyphs in drawing order; otherwise they come
    from the glyphs in x order (:func:`text_from_glyphs`)."""
    glyphs = sorted((g for g in glyphs if g[2]), key=lambda g: g[0]) or list(glyphs)
    visible = [g for g in glyphs if not g[2].isspace()]
    sizes: Counter[float] = Counter(g[3] for g in visible)
    bold = sum(g[4] for g in visible) * 10 >= len(visible) * 8 if visible else False
    if text is None:
        text = text_from_glyphs(glyphs)
    return Line(
        page,
        clean_line_text(text),
        glyphs[0][0] if x0 is None else x0,
        max(g[1] for g in glyphs),
        y0,
        y1,
        sizes.most_common(1)[0][0] if sizes else glyphs[0][3],
        bold,
        tuple(glyphs),
        toc_entry(glyphs, text),
    )


def merge_row_pieces(lines: Sequence[Line]) -> list[Line]:
    """Join pieces of one visual line that pdfminer split: LibreOffice draws runs in a fallback
    font (curly quotes, ₂) after the rest of the line, so they arrive as separate "lines".
    Pieces on the same row that overlap or nearly touch are merged in x order, and so is a piece
    that ends in a dot leader with what follows it; table cells on one row stay apart (their gap
    is at least the cell padding)."""
    out: list[Line] = []
    for row in _rows_by_y(lines):
        row = sorted(row, key=lambda ln: ln.x0)
        cur = row[0]
        for ln in row[1:]:
            if ln.glyphs and cur.glyphs and (ln.x0 <= cur.x1 + 0.6 * min(ln.size, cur.size) or _leads_on(cur)):
                fresh = _not_overprinting(ln.glyphs, cur.glyphs)
                if not any(g[2].strip() for g in fresh):  # a shadow: the same run drawn again
                    continue
                cur = line_from_glyphs(cur.page, (*cur.glyphs, *fresh), min(cur.y0, ln.y0), max(cur.y1, ln.y1))
            else:
                out.append(cur)
                cur = ln
        out.append(cur)
    return out


OVERPRINT = 0.3  # a copy of a glyph this close (share of its width, and of its height) is an overprint


def overprints(x0: float, width: float, other_x0: float) -> bool:
    """A glyph at ``x0`` lies on an equal one at ``other_x0``: fake bold draws each glyph two or
    three times a fraction of a point apart (x = 207.24, 207.36, 207.48 in a corpus PDF printed
    from a font without a bold face), and a shadow draws a whole run twice. The copies are one
    character on the page, and PDFium's text gives it once. Text set one advance apart (``常常``)
    is never an overprint."""
    return abs(x0 - other_x0) < OVERPRINT * max(width, 0.1)


def _not_overprinting(glyphs: Sequence[Glyph], on: Sequence[Glyph]) -> list[Glyph]:
    """``glyphs`` without those that overprint an equal glyph of ``on`` (the same row)."""
    at: dict[str, list[float]] = {}
    for g in on:
        at.setdefault(g[2], []).append(g[0])
    return [g for g in glyphs if g[2].isspace() or not any(overprints(g[0], g[1] - g[0], x) for x in at.get(g[2], ()))]


def _leads_on(line: Line) -> bool:
    """The line ends in a dot leader (four leader glyphs or more): it points at what follows on
    its row, the page number of a table-of-contents entry."""
    tail = [g[2] for g in line.glyphs if g[2] and not g[2].isspace()][-4:]
    return len(tail) == 4 and all(t in _LEADER for t in tail)


# ----------------------------------------------------------------------------- furniture
# (what a page number looks like and how repeated lines compare: analyzer.text.furniture)

BAND = 0.12  # top/bottom share of the page height searched for headers and footers


def find_furniture(pages: Sequence[PageLayout], exclude: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """(page, line index) of running headers, footers and page numbers.

    A line in the top or bottom band of its page is furniture when it looks like a page number, or
    when its text with digits replaced by ``#`` occurs in the bands of several pages (at least
    two; three once the document has four pages or more).
    """
    band: list[tuple[int, int, str, bool]] = []  # (page idx, line idx, key, top)
    by_key: dict[tuple[str, bool], list[tuple[int, Line]]] = {}
    for pi, page in enumerate(pages):
        top_limit = page.height * (1 - BAND)
        bottom_limit = page.height * BAND
        for li, line in enumerate(page.lines):
            if (pi, li) in exclude:
                continue
            if line.y0 >= top_limit or line.y1 <= bottom_limit:
                top = line.y0 >= top_limit
                key = furniture_key(line.text)
                band.append((pi, li, key, top))
                by_key.setdefault((key, top), []).append((pi, line))
    needed = max(2, min(3, len(pages) - 1))
    out: set[tuple[int, int]] = set()
    for pi, li, key, top in band:
        line = pages[pi].lines[li]
        if is_page_number(line.text):
            out.add((pi, li))
            continue
        # The same text at the same height and size on other pages (a title on page 1 that
        # happens to read like the running header is not furniture).
        same_place = {
            p
            for p, other in by_key[(key, top)]
            if abs(other.y0 - line.y0) <= 4.0 and abs(other.size - line.size) <= 0.6
        }
        if len(same_place) >= needed and len(key) <= 120:
            out.add((pi, li))
    return _keep_some_body(pages, exclude, out)


def _keep_some_body(
    pages: Sequence[PageLayout], exclude: set[tuple[int, int]], furniture: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Furniture never removes the whole body: when every text line would go (pages that all
    hold the same few lines), only the page numbers are furniture — and not even those when
    nothing else is left."""

    def body_left(removed: set[tuple[int, int]]) -> bool:
        return any(
            (pi, li) not in removed and (pi, li) not in exclude and line.text.strip()
            for pi, page in enumerate(pages)
            for li, line in enumerate(page.lines)
        )

    if body_left(furniture):
        return furniture
    numbers = {(pi, li) for pi, li in furniture if is_page_number(pages[pi].lines[li].text)}
    return numbers if body_left(numbers) else set()


# ----------------------------------------------------------------------------- tables


def _cluster(values: Iterable[float], tol: float) -> list[float]:
    """Sorted cluster centres of 1-D values (single linkage with tolerance ``tol``)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _rule_components(rules: Sequence[Rule], tol: float = 2.5) -> list[list[Rule]]:
    """Groups of rules that touch or cross each other."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touch(a: Rule, b: Rule) -> bool:
        if a.horizontal == b.horizontal:
            return abs(a.pos - b.pos) <= tol and a.start <= b.end + tol and b.start <= a.end + tol
        h, v = (a, b) if a.horizontal else (b, a)
        return h.start - tol <= v.pos <= h.end + tol and v.start - tol <= h.pos <= v.end + tol

    for i in range(len(rules)):
        for j in range(i + 1, len(rules)):
            if touch(rules[i], rules[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, r in enumerate(rules):
        groups.setdefault(find(i), []).append(r)
    return list(groups.values())


def _cell_text(lines: list[Line]) -> str:
    text = ""
    for row in _rows_by_y(lines):
        for ln in sorted(row, key=lambda ln: ln.x0):
            text = join_fragments(text, ln.text.strip())
    return text


def _rows_by_y(lines: Sequence[Line]) -> list[list[Line]]:
    """Group lines of the same visual row: their middles are close, or one's middle lies inside
    the other (a subscript such as the ₂ of CO₂ set in a smaller font)."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: -ln.y1):
        if rows:
            ref = rows[-1][0]
            if abs(ref.ymid - ln.ymid) <= max(2.0, 0.45 * ln.size) or ref.y0 < ln.ymid < ref.y1:
                rows[-1].append(ln)
                continue
        rows.append([ln])
    return rows


def _assign_columns(lines: Sequence[Line], edges: Sequence[float]) -> list[list[Line]]:
    cols: list[list[Line]] = [[] for _ in range(len(edges) - 1)]
    for ln in lines:
        cx = (ln.x0 + ln.x1) / 2
        for c in range(len(edges) - 1):
            if cx < edges[c + 1] or c == len(edges) - 2:
                cols[c].append(ln)
                break
    return cols


def _columns_from_text(rows: Sequence[Sequence[Line]], x0: float, x1: float) -> list[float]:
    """Column edges for a table without vertical rules: gaps common to every row."""
    starts = _cluster((ln.x0 for row in rows for ln in row), tol=6.0)
    if len(starts) < 2:
        return [x0, x1]
    edges = [x0]
    for s in starts[1:]:
        edges.append(s - 2.0)
    edges.append(x1)
    return edges


def find_ruled_tables(page: PageLayout, skip: set[int]) -> tuple[list[TableRegion], set[int]]:
    """Tables drawn with ruling lines; returns the regions and the indexes of the lines used."""
    tables: list[TableRegion] = []
    used: set[int] = set()
    for comp in _rule_components(page.rules):
        hs = [r for r in comp if r.horizontal]
        vs = [r for r in comp if not r.horizontal]
        ys = _cluster((r.pos for r in hs), tol=1.5)
        xs = _cluster((r.pos for r in vs), tol=1.5)
        if len(ys) < 2 or (len(xs) < 2 and len(ys) < 3):
            continue
        x0 = min(min(r.start for r in hs), min((r.pos for r in vs), default=math.inf))
        x1 = max(max(r.end for r in hs), max((r.pos for r in vs), default=-math.inf))
        y0, y1 = min(ys), max(ys)
        if y1 - y0 < 8:
            continue
        inside = [
            i
            for i, ln in enumerate(page.lines)
            if i not in skip and x0 - 2 <= (ln.x0 + ln.x1) / 2 <= x1 + 2 and y0 - 1 <= ln.ymid <= y1 + 1
        ]
        if not inside:
            continue
        lines = [page.lines[i] for i in inside]
        full_grid = len(xs) >= 2
        if full_grid:
            # One band between two horizontal rules is one row; a cell may wrap over lines.
            bands = sorted(ys, reverse=True)
            row_groups: list[list[Line]] = []
            for top, bottom in itertools.pairwise(bands):
                group = [ln for ln in lines if bottom <= ln.ymid <= top]
                if group:
                    row_groups.append(group)
            edges = sorted(xs)
            if edges[0] > x0 + 3:
                edges.insert(0, x0)
            if edges[-1] < x1 - 3:
                edges.append(x1)
        else:  # three-line table: rows from text positions
            row_groups = _rows_by_y(lines)
            edges = _columns_from_text(row_groups, x0, x1)
        rows = tuple(tuple(_cell_text(col) for col in _assign_columns(group, edges)) for group in row_groups)
        if len(edges) < 3:
            continue  # one column: a box around a paragraph, not a table
        tables.append(TableRegion(page.number, x0, x1, y0, y1, rows, tuple(edges)))
        used.update(inside)
    return tables, used


def find_aligned_tables(page: PageLayout, skip: set[int]) -> tuple[list[TableRegion], set[int]]:
    """Tables without rules: two or more consecutive visual rows that each hold several fragments
    separated by wide gaps (ordinary body lines are one fragment per row)."""
    idx = [i for i in range(len(page.lines)) if i not in skip]
    rows: list[list[int]] = []
    for i in sorted(idx, key=lambda i: -page.lines[i].ymid):
        ln = page.lines[i]
        if rows and abs(page.lines[rows[-1][0]].ymid - ln.ymid) <= max(2.0, 0.45 * ln.size):
            rows[-1].append(i)
        else:
            rows.append([i])
    tables: list[TableRegion] = []
    used: set[int] = set()
    run: list[list[int]] = []

    def flush() -> None:
        if len(run) >= 2:
            lines = [[page.lines[i] for i in r] for r in run]
            flat = [ln for r in lines for ln in r]
            x0, x1 = min(ln.x0 for ln in flat), max(ln.x1 for ln in flat)
            edges = _columns_from_text(lines, x0, x1 + 1)
            if len(edges) >= 3:
                cells = tuple(
                    tuple(_cell_text(c) for c in _assign_columns(sorted(r, key=lambda ln: ln.x0), edges)) for r in lines
                )
                y0, y1 = min(ln.y0 for ln in flat), max(ln.y1 for ln in flat)
                tables.append(TableRegion(page.number, x0, x1, y0, y1, cells, tuple(edges)))
                for r in run:
                    used.update(r)
        run.clear()

    for r in rows:
        if len(r) >= 2:
            run.append(r)
        else:
            flush()
    flush()
    return tables, used


# ----------------------------------------------------------------------------- paragraphs


@dataclass(frozen=True, slots=True)
class _Metrics:
    body_size: float
    heading_sizes: tuple[float, ...]  # larger than body, largest first
    pitch: dict[float, float]  # usual baseline distance per (rounded) size
    left: dict[int, float]  # per page
    right: dict[int, float]
    uses_indent: bool
    # Margins of the column a line sits in on two-column pages, by id(line): (left, right).
    columns: dict[int, tuple[float, float]] = field(default_factory=dict)
    # Line pitch per (page, rounded size) where the page itself shows it; else ``pitch``.
    page_pitch: dict[tuple[int, float], float] = field(default_factory=dict)


def _r(size: float) -> float:
    return round(size * 2) / 2


def _mode(values: Iterable[float], default: float) -> float:
    c = Counter(values)
    return c.most_common(1)[0][0] if c else default


MARGIN_SHIFT = 40.0  # how far (points) one page's text margins may sit from the document's


FULL_LINES = 0.15
"""Share of body lines that end together at the right margin in text that wraps (a justified
paragraph's every line but its last). Below it the text shows no right margin of its own (a report
of one-line items), and the right edge of the widest table stands for it."""


def _metrics(lines: Sequence[Line], frame_right: float | None = None) -> _Metrics:
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[_r(ln.size)] += len(ln.text)
    body = weights.most_common(1)[0][0] if weights else 10.5
    heading_sizes = tuple(sorted((s for s in weights if s >= body + 1.0), reverse=True))
    # Line pitch: the most common baseline distance between consecutive lines of one size, for
    # the document and for each page (Word's line spacing is a paragraph property, so one part of
    # a report may be set at 1.5 lines and another at 3). Up to 6× the size: triple spacing in a
    # CJK font is ~3.9×.
    pitches: dict[float, Counter[float]] = {}
    page_pitches: dict[tuple[int, float], Counter[float]] = {}
    for a, b in itertools.pairwise(lines):
        if a.page == b.page and _r(a.size) == _r(b.size):
            d = a.y0 - b.y0
            if 0.8 * a.size < d < 6.0 * a.size:
                pitches.setdefault(_r(a.size), Counter())[round(d, 0)] += 1
                page_pitches.setdefault((a.page, _r(a.size)), Counter())[round(d, 0)] += 1
    pitch = {s: c.most_common(1)[0][0] for s, c in pitches.items()}
    page_pitch = {}
    for key, c in page_pitches.items():
        value, n = c.most_common(1)[0]
        if n >= 2:  # two line pairs agree: the page's own evidence
            page_pitch[key] = value
    body_lines = [ln for ln in lines if _r(ln.size) == body]
    all_left = _mode((round(ln.x0) for ln in body_lines), 72.0)
    all_right = _percentile([ln.x1 for ln in body_lines], 0.9, 520.0)
    if frame_right is not None and frame_right > all_right and body_lines:
        full = sum(1 for ln in body_lines if abs(ln.x1 - all_right) <= 0.5 * body)
        if full < FULL_LINES * len(body_lines):
            # no lines end together: short items, one per line; a table spans the text block
            all_right = frame_right
    left: dict[int, float] = {}
    right: dict[int, float] = {}
    by_page: dict[int, list[Line]] = {}
    for ln in body_lines:
        by_page.setdefault(ln.page, []).append(ln)
    # A page's own margins may sit a little off the document's (mirrored margins for binding),
    # but not far: a page that holds only short lines (a list of values, one per line) shows no
    # right margin at all, and its longest lines must not be taken for full ones.
    for p, pl in by_page.items():
        if len(pl) >= 6:
            left[p] = min(_mode((round(ln.x0) for ln in pl), all_left), all_left + MARGIN_SHIFT)
            right[p] = max(_percentile([ln.x1 for ln in pl], 0.9, all_right), all_right - MARGIN_SHIFT)
    # Does this document mark a new paragraph by a first-line indent? Look at the line after each
    # clearly short line (a paragraph's last line).
    indented = total = 0
    for a, b in itertools.pairwise(body_lines):
        la, ra = left.get(a.page, all_left), right.get(a.page, all_right)
        if a.page == b.page and a.x0 <= la + 2 and a.x1 < ra - 4 * a.size:
            total += 1
            indented += b.x0 > left.get(b.page, all_left) + 0.8 * b.size
    uses_indent = total > 0 and indented * 2 > total
    return _Metrics(
        body, heading_sizes, pitch, left | {-1: all_left}, right | {-1: all_right}, uses_indent, page_pitch=page_pitch
    )


_CLOSING = set("，。、；：？！）》」』】〕”’…—%,.;:?!)]}")
_OPENING = set("（《「『【〔“‘([{")


def lead_width(text: str, size: float) -> float:
    """Estimated width of what a line starts with that cannot be split from the previous line:
    a run of Latin letters/digits, or a character with the closing punctuation after it."""
    text = text.lstrip()
    if not text:
        return 0.0
    i = 0
    width = 0.0
    while i < len(text) and text[i] in _OPENING:  # an opening bracket never ends a line
        width += size
        i += 1
    first = True
    # "ERP、PLM、MES" and "95.8%、97.3%" wrap as one piece: runs joined by punctuation.
    while i < len(text) and (first or not is_cjk(text[i])) and not text[i].isspace():
        if not is_cjk(text[i]):
            while i < len(text) and not is_cjk(text[i]) and not text[i].isspace():
                width += (0.65 if text[i].isupper() else 0.55) * size
                i += 1
        else:
            width += size
            i += 1
        first = False
        while i < len(text) and text[i] in _CLOSING:
            width += size if is_cjk(text[i]) else 0.4 * size
            i += 1
        if i == len(text) or (is_cjk(text[i - 1]) and text[i - 1] not in _CLOSING):
            break
    return width


def _percentile(values: list[float], q: float, default: float) -> float:
    if not values:
        return default
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


# Marks that open a list item when they start a visual line (a subset of the results patterns'
# ``list-marker``: dashes and the middle dot are left out, since a wrapped line may start with a
# minus sign, a dash or a name's ·), and the private-use code points of the Symbol and Wingdings
# bullets that Word's PDFs carry (U+F0B7 •, U+F06C ●, U+F0A7 ▪, U+F0D8 ➢, U+F0FC ✓, U+F076 ❖,
# U+F06E ■, U+F071 ❑).
LIST_BULLETS = frozenset("•●○◆◇▪■□►▶➢✓∙❖\uf0b7\uf06c\uf0a7\uf0d8\uf0fc\uf076\uf06e\uf071")


def starts_list_item(text: str, gap_after_mark: bool = False) -> bool:
    """The line opens with one bullet mark set apart from the text after it (a space, or a wide
    gap between the glyphs, which the text does not show next to a CJK character): a bullet
    glyph glued to the next character may be a mis-mapped glyph inside a sentence."""
    t = text.lstrip()
    if len(t) < 2 or t[0] not in LIST_BULLETS:
        return False
    rest = t[1:].lstrip()
    return bool(rest) and (gap_after_mark or t[1].isspace()) and rest[0] not in LIST_BULLETS and rest[0] not in _LEADER


def _opens_item(line: Line) -> bool:
    visible = [g for g in line.glyphs if g[2] and not g[2].isspace()]
    gap = len(visible) >= 2 and visible[1][0] - visible[0][1] >= 0.3 * max(visible[0][3], visible[1][3])
    return starts_list_item(line.text, gap)


def _item_text_x(line: Line) -> float | None:
    """Where the text of a list item starts (its first glyph after the bullet and the gap):
    a hanging indent wraps the item's further lines there."""
    visible = [g for g in line.glyphs if g[2] and not g[2].isspace()]
    if len(visible) < 2 or not _opens_item(line):
        return None
    return visible[1][0]


_LIST_LEAD_END = ("：", ":", "；", ";")
_CN_NUM = "[一二三四五六七八九十]{1,3}"
_ENUMERATED = re.compile(
    rf"\s*(?:[（(]?[0-9０-９]{{1,2}}(?:[)）、]|[.．](?![0-9０-９]))|[①-⑳]|[（(]{_CN_NUM}[)）]|{_CN_NUM}、)"
)
"""A line that opens with an item number (``1.``, ``（2）``, ``③``, ``四、``)."""


def _continues(
    prev: Line, cur: Line, prev_is_first: bool, m: _Metrics, before: tuple[Line, bool] | None = None
) -> bool:
    """Does ``cur`` continue the paragraph whose last line so far is ``prev``? ``before`` is the
    line before ``prev`` in that paragraph, and whether it is the paragraph's first."""
    if abs(prev.size - cur.size) > 0.6 or prev.bold != cur.bold or prev.entry:
        return False
    if _opens_item(cur):  # a bullet opens an item, wherever the line starts
        return False
    size = cur.size
    left_cur = m.columns[id(cur)][0] if id(cur) in m.columns else m.left.get(cur.page, m.left[-1])
    right_prev = m.columns[id(prev)][1] if id(prev) in m.columns else m.right.get(prev.page, m.right[-1])
    # The previous line stops well before the right margin: the paragraph ended there — unless
    # what starts the next line could not have fitted into the space left (a number or Latin
    # word wraps whole; 避头尾 rules carry a character along with the punctuation after it).
    # Where paragraphs start with an indent, a line that is not indented continues unless the
    # previous one is clearly short (a title-like line).
    room = right_prev - prev.x1
    lead = lead_width(cur.text, size)
    floor = 8.0 * size if m.uses_indent else 2.0 * size
    if room > max(floor, lead + 1.0 * size):
        return False
    text = prev.text.rstrip()
    if text.endswith(SENTENCE_END) and room > max(lead + 1.0 * size, floor if m.uses_indent else 0.0):
        return False
    if text.endswith(_LIST_LEAD_END) and _ENUMERATED.match(cur.text):
        return False  # 具体怎么做： / 1. 内容先行：… — a list after its lead, or its next item after ；
    indented = cur.x0 > left_cur + 0.8 * size
    # A centred title wraps onto a shorter line centred on the same axis (short at both ends; a
    # full line after an indent is a new paragraph).
    centred = (
        cur.x0 > prev.x0 + 2 * size
        and cur.x1 < prev.x1 - 2 * size
        and abs((cur.x0 + cur.x1) - (prev.x0 + prev.x1)) <= size
    )
    hanging = prev_is_first and (x := _item_text_x(prev)) is not None and abs(cur.x0 - x) < 1.5
    if indented and not centred and not hanging and not (abs(cur.x0 - prev.x0) < 1.5 and not prev_is_first):
        return False
    # A wrapped line sits at its paragraph's left edge; a line that starts further right than the
    # wrapped line above it (in the same column) opens a new paragraph, wherever the page's margin
    # was estimated (a page of one-line items, each indented, puts the estimate at their indent).
    # ``prev`` is such a wrapped line when the line before it starts at the same place, or is the
    # paragraph's indented first line (not when ``prev`` sticks out left of a wrapped line: a
    # hanging-indent reference list whose entries were already run together).
    if before is not None and not centred and not hanging and cur.x0 > prev.x0 + 0.8 * size:
        line, first = before
        at_edge = abs(prev.x0 - line.x0) < 1.5 or (first and prev.x0 < line.x0 - 0.8 * size)
        same_column = cur.page == prev.page == line.page and m.columns.get(id(prev)) == m.columns.get(id(cur))
        if at_edge and same_column:
            return False
    column_prev, column_cur = m.columns.get(id(prev)), m.columns.get(id(cur))
    # From the foot of one column to the head of the next: like a page break.
    column_break = (
        cur.page == prev.page and column_prev is not None and column_cur is not None and column_prev != column_cur
    )
    if cur.page == prev.page and not column_break:
        if cur.y1 > prev.y0 + 0.5 * size:  # moved up: another column or a float
            return False
        key = (cur.page, _r(size))
        usual = m.page_pitch[key] if key in m.page_pitch else m.pitch.get(_r(size), 1.5 * size)
        if prev.y0 - cur.y0 > usual + 0.4 * size:
            return False
    elif text.endswith(("。", "！", "？", "!", "?")) and not m.uses_indent:
        # Across a page or column break, without indents and without the gap, a full stop at the
        # end of a full line is the only hint; take it as the paragraph's end.
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Run:
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        out = ""
        for ln in self.lines:
            out = join_fragments(out, ln.text.strip())
        return out


def build_blocks(pages: Sequence[PageLayout]) -> LayoutResult:
    """Furniture out, tables found, lines rejoined into paragraphs and headings."""
    tables_by_page: dict[int, list[TableRegion]] = {}
    in_table: set[tuple[int, int]] = set()
    for pi, page in enumerate(pages):
        tabs, used = find_ruled_tables(page, set())
        tables_by_page[pi] = tabs
        in_table.update((pi, i) for i in used)
    furniture = find_furniture(pages, in_table)
    for pi, page in enumerate(pages):
        skip = {i for (p, i) in in_table | furniture if p == pi}
        if two_column([ln for i, ln in enumerate(page.lines) if i not in skip], page.width):
            continue  # side-by-side columns are not a table without rules
        tabs, used = find_aligned_tables(page, skip)
        tables_by_page[pi].extend(tabs)
        in_table.update((pi, i) for i in used)

    # Reading order: top to bottom per page; a table sits at its top edge.
    Item = tuple[int, float, float, Line | TableRegion]
    flow: list[Item] = []
    for pi, page in enumerate(pages):
        for i, ln in enumerate(page.lines):
            if (pi, i) in furniture or (pi, i) in in_table or not ln.text.strip():
                continue
            flow.append((pi, -ln.y1, ln.x0, ln))
        for t in tables_by_page[pi]:
            flow.append((pi, -t.y1, t.x0, t))
    flow.sort(key=lambda it: (it[0], round(it[1] / 3), it[2]))
    flow = _column_order(flow, pages)
    text_lines = [it[3] for it in flow if isinstance(it[3], Line)]
    tables = [t for ts in tables_by_page.values() for t in ts]
    m = _metrics(text_lines, max((t.x1 for t in tables), default=None))
    m = replace(m, columns=_column_margins(text_lines, pages))

    blocks: list[Block] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            blocks.append(_make_block(_Run(tuple(run)), m))
            run.clear()

    last_table: TableRegion | None = None
    for _, _, _, item in flow:
        if isinstance(item, TableRegion):
            flush()
            prev_block = blocks[-1] if blocks else None
            if (
                last_table is not None
                and prev_block is not None
                and prev_block.kind == "table"
                and item.page == last_table.page + 1
                and len(item.col_edges) == len(last_table.col_edges)
                and all(abs(a - b) < 3 for a, b in zip(item.col_edges, last_table.col_edges, strict=True))
            ):
                # The same table continued on the next page; drop a repeated header row.
                merged = _table_block(
                    _continue_rows(prev_block.rows or (), item.rows), prev_block.page, prev_block.font_size
                )
                blocks[-1] = merged
            else:
                blocks.append(_table_block(item.rows, item.page, m.body_size))
            last_table = item
            continue
        if run and _continues(run[-1], item, len(run) == 1, m, (run[-2], len(run) == 2) if len(run) >= 2 else None):
            run.append(item)
            continue
        flush()
        run.append(item)
    flush()
    return LayoutResult(tuple(blocks), len(furniture), m.body_size if text_lines else None)


def two_column(lines: Sequence[Line], width: float) -> bool:
    """Many text lines stay on one side of the page's middle and few cross it."""
    mid = width / 2
    left = sum(1 for ln in lines if ln.x1 <= mid + 2)
    right = sum(1 for ln in lines if ln.x0 >= mid - 2)
    crossing = len(lines) - left - right
    return left >= 6 and right >= 6 and crossing * 5 <= len(lines)


def _column_margins(lines: Sequence[Line], pages: Sequence[PageLayout]) -> dict[int, tuple[float, float]]:
    """(left, right) margins of each column of the two-column pages, for every line in them."""
    out: dict[int, tuple[float, float]] = {}
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    widths = {p.number: p.width for p in pages}
    spans: list[list[tuple[float, float]]] = [[], []]  # (left, right) of each column, per page
    single: list[list[Line]] = []
    for number, page_lines in by_page.items():
        width = widths.get(number, 0.0)
        if not width or not two_column(page_lines, width):
            single.append(page_lines)
            continue
        mid = width / 2
        for k, col in enumerate(
            (
                [ln for ln in page_lines if ln.x1 <= mid + 2],
                [ln for ln in page_lines if ln.x0 >= mid - 2],
            )
        ):
            left = _mode((round(ln.x0) for ln in col), col[0].x0)
            right = _percentile([ln.x1 for ln in col], 0.9, col[0].x1)
            out.update((id(ln), (left, right)) for ln in col)
            spans[k].append((left, right))
    if not spans[0] or not spans[1]:
        return out
    # A page with too few lines to show two columns by itself (the last page of a column flow)
    # takes the document's columns when every one of its lines sits inside one of them.
    columns = [(_mode((s[0] for s in col), col[0][0]), _mode((s[1] for s in col), col[0][1])) for col in spans]
    for page_lines in single:
        placed: list[tuple[Line, tuple[float, float]]] = []
        for ln in page_lines:
            inside = [c for c in columns if ln.x0 >= c[0] - ln.size and ln.x1 <= c[1] + ln.size]
            if not inside:
                break
            placed.append((ln, inside[0]))
        else:
            out.update((id(ln), c) for ln, c in placed)
    return out


def _column_order(flow: list, pages: Sequence[PageLayout]) -> list:  # type: ignore[type-arg]
    """Two-column pages read column by column: a page is two-column when many of its text lines
    stay on one side of the middle and few cross it. Lines that cross the middle (a title, a
    wide table) cut the page into bands; within a band the left column comes before the right."""
    out: list = []  # type: ignore[type-arg]
    for pi, items in itertools.groupby(flow, key=lambda it: it[0]):
        group = list(items)
        page = pages[pi]
        mid = page.width / 2
        if not two_column([it[3] for it in group if isinstance(it[3], Line)], page.width):
            out.extend(group)
            continue
        band = 0
        keyed = []
        for k, it in enumerate(group):
            x0 = it[3].x0
            x1 = it[3].x1
            if x0 < mid - 2 and x1 > mid + 2:  # crosses the gutter: its own band
                band += 1
                keyed.append(((band, 0, k), it))
                band += 1
            else:
                keyed.append(((band, 0 if x1 <= mid + 2 else 1, k), it))
        keyed.sort(key=lambda kv: kv[0])
        out.extend(it for _, it in keyed)
    return out


def _continue_rows(
    first: tuple[tuple[str, ...], ...], more: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    """Rows of a table continued on the next page: a repeated header row is dropped, and a row
    the page break cut in two (its continuation fills only cells that were already filled, and
    at most half of them) is joined back."""
    if not first or not more:
        return first + more
    if more[0] == first[0]:
        more = more[1:]
    if more:
        last, head = first[-1], more[0]
        if len(last) == len(head):
            filled = [bool(c) for c in head]
            if sum(filled) * 2 <= len(head) and all(last[i] for i, f in enumerate(filled) if f):
                joined = tuple(join_fragments(a, b) for a, b in zip(last, head, strict=True))
                return (*first[:-1], joined, *more[1:])
    return first + more


def _table_block(rows: tuple[tuple[str, ...], ...], page: int | None, size: float | None) -> Block:
    text = "\n".join("\t".join(r) for r in rows)
    return Block(kind="table", text=text, page=page, rows=rows, font_size=size)


def _make_block(run: _Run, m: _Metrics) -> Block:
    first = run.lines[0]
    text = run.text
    size = _r(first.size)
    bold = sum(ln.bold for ln in run.lines) * 2 > len(run.lines)
    level: int | None = None
    if size in m.heading_sizes and len(text) <= 100:
        level = m.heading_sizes.index(size) + 1
    elif bold and abs(size - m.body_size) <= 0.6 and len(run.lines) == 1 and len(text) <= 40:
        level = len(m.heading_sizes) + 1
    return Block(
        kind="heading" if level is not None else "paragraph",
        text=text,
        page=first.page,
        style_level=level,
        font_size=first.size,
        bold=bold,
    )
