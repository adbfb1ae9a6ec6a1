"""From OCR lines to the reader's records: scanned pages as :class:`PageLayout`, pictures as blocks.

**Scanned pages.** Every OCR line becomes a :class:`~._pdf_layout.Line` in PDF points, so the PDF
reader's own geometry (:func:`~._pdf_layout.build_blocks`: running headers and page numbers out,
tables from aligned text, lines rejoined into paragraphs across page breaks, headings from type
size) handles scans exactly as it handles text PDFs. What OCR cannot read directly is estimated
from the pixels:

- **tilt**: the page's skew is the median angle of its long lines; line positions are turned back
  by it, so a slightly rotated scan still has straight rows and a common left margin;
- **type size**: the detector's box height over :data:`BOX_PER_POINT` (measured on rendered
  pages); sizes within :data:`BODY_TOLERANCE` of the body size are the body size, the rest are
  clustered, so detector noise never makes a body line a heading;
- **bold**: a line's ink (share of dark pixels) well above the body's.

**Pictures** (:func:`picture_blocks`). A chart's OCR text is read as a chart when it can be: year
labels on one row (the category axis), numeric data labels above it assigned to the nearest year,
legend names (标杆, 行业平均, 竞争对手 …) as series in reading order. That gives a table in the
layout the results reader knows (:mod:`analyzer.results.tables`): one row for the organisation's
series with a column per year, and the comparison series as comparison columns per year. Anything
else is one paragraph of the picture's lines in reading order. Either way the block's ``source``
is ``"picture"``: counted apart from Word's 字数 and marked as OCR in the evidence.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._pdf_layout import Line, PageLayout, Rule, is_cjk, join_fragments
from .blocks import Block
from .ocr import OcrImage, OcrLine, OcrPage

# Height of the detector's quad (PP-OCRv4 DB, unclip ratio 1.6) per point of type size, measured
# on pages rendered at 150 dpi from 10.5-pt body text (24 px ≈ 11.5 pt).
BOX_PER_POINT = 1.1
BODY_TOLERANCE = 0.15
# Type size per measured advance of one em (the detector's box adds a little at both ends).
EM_PER_ADVANCE = 1.07
# Sizes a step apart are different heading levels: one level's lines measure within ±3% of each
# other and a size is rarely read from fewer than four characters, so a gap of 6% between
# neighbouring measured sizes is a step in type size (14 → 16 pt is 13%, 15 → 16 pt 6.5%); a
# wider tolerance chains two levels into one through their scattered lines.
CLUSTER_GAP = 0.06
# Left edges closer than this (in ems of body type) are one edge seen with detector jitter.
LEFT_JITTER = 0.25
# A page's top or bottom line reading this close to what most pages read there is that header.
FURNITURE_AGREE = 0.85
# A line shorter than this (ems) has a size measured within ±10% only (the box's ends weigh more).
SHORT_EMS = 6
WRAP_TOLERANCE = 0.1
BOLD_INK = 1.8  # bold headings measured at 2.2–2.4× the body's ink; short last lines reach 1.5×


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    cx: float
    cy: float
    x0: float
    x1: float
    h: float
    ink: float
    confidence: float


def _deskewed(lines: Sequence[OcrLine], width: int, height: int, skew: float) -> list[_Piece]:
    a = math.radians(-skew)
    cos, sin = math.cos(a), math.sin(a)
    ox, oy = width / 2, height / 2
    out: list[_Piece] = []
    for ln in lines:
        if len(ln.quad) == 8:
            xs, ys = ln.quad[0::2], ln.quad[1::2]
            cx0, cy0 = sum(xs) / 4, sum(ys) / 4
        else:
            cx0, cy0 = (ln.box[0] + ln.box[2]) / 2, (ln.box[1] + ln.box[3]) / 2
        dx, dy = cx0 - ox, cy0 - oy
        cx, cy = ox + dx * cos - dy * sin, oy + dx * sin + dy * cos
        w, h = ln.width, ln.height
        out.append(_Piece(ln.text, cx, cy, cx - w / 2, cx + w / 2, h, ln.ink, ln.confidence))
    return out


def _rows(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces of one visual row set close together (the detector split a line) joined into one.
    Chains start at their leftmost piece (pieces taken left to right): a right-hand piece whose
    centre sits a hair higher never starts a row its left-hand neighbour belongs to."""
    pieces = sorted(pieces, key=lambda p: (p.x0, p.cy))
    out: list[_Piece] = []
    used = [False] * len(pieces)
    for i, p in enumerate(pieces):
        if used[i]:
            continue
        cur = p
        used[i] = True
        while True:
            nxt = None
            for j, q in enumerate(pieces):
                if used[j] or abs(q.cy - cur.cy) > 0.4 * min(q.h, cur.h):
                    continue
                gap = q.x0 - cur.x1
                if -0.3 * cur.h <= gap <= 0.9 * max(q.h, cur.h) and (nxt is None or q.x0 < pieces[nxt].x0):
                    nxt = j
            if nxt is None:
                break
            q = pieces[nxt]
            used[nxt] = True
            n1, n2 = len(cur.text), len(q.text)
            cur = _Piece(
                join_fragments(cur.text, q.text),
                (cur.x0 + q.x1) / 2,
                (cur.cy * n1 + q.cy * n2) / (n1 + n2),
                cur.x0,
                q.x1,
                (cur.h * n1 + q.h * n2) / (n1 + n2),
                (cur.ink * n1 + q.ink * n2) / (n1 + n2),
                min(cur.confidence, q.confidence),
            )
        out.append(cur)
    return sorted(out, key=lambda p: (p.cy, p.x0))


def _snap(sizes: list[tuple[float, int]]) -> tuple[float, dict[float, float]]:
    """The body size (char-weighted median) and a map raw size → snapped size."""
    if not sizes:
        return 10.5, {}
    ordered = sorted(sizes)
    total = sum(n for _, n in ordered)
    acc = 0
    body = ordered[-1][0]
    for s, n in ordered:
        acc += n
        if acc * 2 >= total:
            body = s
            break
    body = round(body * 2) / 2
    mapping: dict[float, float] = {}
    others = sorted({s for s, _ in sizes if abs(s - body) > BODY_TOLERANCE * body})
    clusters: list[list[float]] = []
    for s in others:
        if clusters and s - clusters[-1][-1] <= CLUSTER_GAP * s:
            clusters[-1].append(s)
        else:
            clusters.append([s])
    for c in clusters:
        value = round(statistics.mean(c) * 2) / 2
        if abs(value - body) < 1.0:  # never a size that reads as a heading by a hair
            value = body
        for s in c:
            mapping[s] = value
    for s, _ in sizes:
        mapping.setdefault(s, body)
    return body, mapping


def _ems(text: str) -> float:
    return sum(1.0 if is_cjk(c) else 0.5 for c in text if not c.isspace())


def _size(p: _Piece, k: float) -> float:
    """Type size in points: from the advance of the characters where there are three or more
    (CJK 1 em, others ½ em; steadier than the box height), else from the box height."""
    em = _ems(p.text)
    if em >= 3:
        return round((p.x1 - p.x0) * k / em * EM_PER_ADVANCE, 2)
    return round(p.h * k / BOX_PER_POINT, 2)


def page_layouts(pages: Sequence[OcrPage]) -> list[PageLayout]:
    """The OCR of rendered pages as the PDF reader's page records (points, origin bottom left)."""
    staged: list[tuple[OcrPage, list[_Piece], float]] = []
    for page in pages:
        img = page.image
        k = 72.0 / (page.dpi * img.scale) if page.dpi else 1.0
        pieces = _rows(_deskewed(img.lines, img.width, img.height, img.skew))
        staged.append((page, pieces, k))
    raw_sizes = [(_size(p, k), len(p.text)) for _, pieces, k in staged for p in pieces]
    body, snapped = _snap(raw_sizes)
    body_inks = [p.ink for (_, pieces, k) in staged for p in pieces if snapped.get(_size(p, k)) == body]
    ink_ref = statistics.median(body_inks) if body_inks else 0.0
    out: list[PageLayout] = []
    for page, pieces, k in staged:
        lines: list[Line] = []
        prev: tuple[_Piece, float, float] | None = None  # the line above: piece, raw and snapped size
        for p in sorted(pieces, key=lambda p: (p.cy, p.x0)):
            raw = _size(p, k)
            size = snapped.get(raw, body)
            if (
                prev is not None
                and size != prev[2]
                and _ems(p.text) < SHORT_EMS
                and abs(raw - prev[1]) <= WRAP_TOLERANCE * prev[1]
                and p.cy - prev[0].cy <= 2.0 * max(p.h, prev[0].h)
            ):
                # A short line right under a line of nearly its size is that line wrapped (a title's
                # last characters): one size, measured better on the longer line.
                size = prev[2]
            prev = (p, raw, size)
            top = page.height_pt - (p.cy - p.h / 2) * k
            bottom = page.height_pt - (p.cy + p.h / 2) * k
            bold = (
                ink_ref > 0
                and p.ink > BOLD_INK * ink_ref
                and len(p.text) >= 3
                and not p.text.rstrip().endswith(("。", "；", "，", "、", "：", ";", ","))
            )
            text = p.text
            captioned = _CAPTION_NUMBER.sub(r"\1 ", text, count=1)
            caption = _is_caption(captioned)
            if caption:
                # A caption (表3-1 …, 图2 …) is never a heading, however bold its ink, and a block of
                # its own (``entry`` ends a paragraph at a line): the segmenter puts it with its table
                # as it does in a text PDF. OCR drops the space after its number.
                text, bold, size = captioned, False, body
                if lines:
                    lines[-1] = replace(lines[-1], entry=True)
                elif out and out[-1].lines:
                    last = out[-1]
                    out[-1] = replace(last, lines=(*last.lines[:-1], replace(last.lines[-1], entry=True)))
            elif (bold or size >= body + 1.0) and len(text) <= 60:
                # OCR drops the space after a heading's number ("1领导"); a heading line gets it back
                text = _HEADING_NUMBER.sub(r"\1 \2", text, count=1)
            lines.append(Line(page.number, text, p.x0 * k, p.x1 * k, bottom, top, size, bold, entry=caption))
        lines = _snap_left_edges(lines, body)
        rules = []
        for x0, y0, x1, y1 in page.image.rules:
            if y0 == y1:  # horizontal
                rules.append(Rule(True, page.height_pt - y0 * k, x0 * k, x1 * k))
            else:
                rules.append(Rule(False, x0 * k, page.height_pt - y1 * k, page.height_pt - y0 * k))
        out.append(PageLayout(page.number, page.width_pt, page.height_pt, tuple(lines), tuple(rules)))
    return _agreeing_furniture(out)


def _agreeing_furniture(pages: list[PageLayout]) -> list[PageLayout]:
    """A running header or footer misread on some page (江屹 → 江吃) takes the text most pages read
    there, so the reader's furniture check (the same text at the top or foot of most pages) sees
    it. Only the top and the bottom line of a page, only near-identical readings."""
    if len(pages) < 3:
        return pages
    out = list(pages)
    for pick in (max, min):  # the top line, the bottom line (PDF y grows upwards)
        edge: dict[int, int] = {}
        for k, page in enumerate(out):
            if page.lines:
                edge[k] = pick(range(len(page.lines)), key=lambda i, pg=page: pg.lines[i].y1)
        counts = Counter(out[k].lines[i].text for k, i in edge.items())
        if not counts:
            continue
        text, n = counts.most_common(1)[0]
        if n < 3 or n * 2 < len(edge) or len(text) < 4:
            continue
        for k, i in edge.items():
            ln = out[k].lines[i]
            if ln.text != text and difflib.SequenceMatcher(None, ln.text, text).ratio() >= FURNITURE_AGREE:
                lines = list(out[k].lines)
                lines[i] = replace(ln, text=text)
                out[k] = replace(out[k], lines=tuple(lines))
    return out


def _snap_left_edges(lines: list[Line], body: float) -> list[Line]:
    """Left edges that differ by detector jitter (±1.5 pt) set to their common value, as a text
    layer has them: the reader finds the page's margin as the most common left edge, and unsnapped
    the margin lines scatter over several values while the indented first lines agree."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].x0)
    groups: list[list[int]] = []
    for i in order:
        if groups and lines[i].x0 - lines[groups[-1][-1]].x0 <= LEFT_JITTER * body:
            groups[-1].append(i)
        else:
            groups.append([i])
    out = list(lines)
    for g in groups:
        if len(g) < 2:
            continue
        x = statistics.median(lines[i].x0 for i in g)
        for i in g:
            out[i] = replace(lines[i], x0=x)
    return out


_HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){0,3})(?=[\u4e00-\u9fff])()")
_CAPTION_NUMBER = re.compile(
    r"^(\s*(?:续?[表图]|附表|附图)\s*(?:\d+(?:[-－—.．]\d+)*[a-z]?|[一二三四五六七八九十]{1,3}))(?=[\u4e00-\u9fff])"
)


def _is_caption(text: str) -> bool:
    from ..text.headings import is_caption  # the segmenter's own caption grammar

    return is_caption(text)


# ----------------------------------------------------------------------------- pictures

_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年?(?:度)?\s*$")
_NUMBER = re.compile(
    r"^[\s(（]*[-−+]?\d[\d,，]*(?:[.．]\d+)?\s*(?:%|％|‰|[万亿千百]?[元人件个台次家项吨户]?)?[)）]?\s*$"
)
_FIGURE = re.compile(r"^\s*(?:图|图表)\s*[\dA-Za-z.\-—–]+")
_OURS = re.compile(r"^(?:本?公司|我司|本单位|本院|本企业|本集团|企业|公司|本行|我行|实际值?|完成值?)$")


@dataclass(frozen=True, slots=True)
class ChartReading:
    """A chart read from its labels: years, series names and values (None where no label)."""

    title: str | None
    years: tuple[int, ...]
    series: tuple[tuple[str, tuple[str | None, ...]], ...]


def _center(ln: OcrLine) -> tuple[float, float]:
    return (ln.box[0] + ln.box[2]) / 2, (ln.box[1] + ln.box[3]) / 2


def read_chart(lines: Sequence[OcrLine]) -> ChartReading | None:
    """Years on the category axis, data labels above it, legend names; None if it is no chart."""
    years = [(ln, int(m.group(1))) for ln in lines if (m := _YEAR.match(ln.text))]
    if len(years) < 2:
        return None
    # the axis: the largest group of year labels on one row
    best: list[tuple[OcrLine, int]] = []
    for ln, _ in years:
        row = [(o, y) for o, y in years if abs(_center(o)[1] - _center(ln)[1]) <= 0.6 * max(ln.height, 1.0)]
        if len(row) > len(best):
            best = row
    axis = sorted(best, key=lambda t: _center(t[0])[0])
    if len({y for _, y in axis}) < 2:
        return None
    axis_y = statistics.median(_center(o)[1] for o, _ in axis)
    xs = [_center(o)[0] for o, _ in axis]
    spacing = min(b - a for a, b in itertools.pairwise(xs)) if len(xs) > 1 else 1.0
    if spacing <= 0:
        return None
    axis_ids = {id(o) for o, _ in axis}
    numbers = [
        ln
        for ln in lines
        if id(ln) not in axis_ids
        and _NUMBER.match(ln.text)
        and _center(ln)[1] < axis_y
        and xs[0] - 0.75 * spacing <= _center(ln)[0] <= xs[-1] + 0.75 * spacing
    ]
    # value-axis ticks: a column of numbers left of the first category
    numbers = [ln for ln in numbers if not (_center(ln)[0] < xs[0] - 0.5 * spacing)]
    per_year: list[list[OcrLine]] = [[] for _ in axis]
    for ln in numbers:
        j = min(range(len(xs)), key=lambda j: abs(_center(ln)[0] - xs[j]))
        if abs(_center(ln)[0] - xs[j]) <= 0.55 * spacing:
            per_year[j].append(ln)
    if sum(1 for g in per_year if g) < 2:
        return None
    names = [
        ln
        for ln in lines
        if id(ln) not in axis_ids
        and ln not in numbers
        and not _NUMBER.match(ln.text)
        and not _YEAR.match(ln.text)
        and any(is_cjk(ch) or ch.isalpha() for ch in ln.text)
    ]
    title_line = next((ln for ln in names if _FIGURE.match(ln.text)), None)
    if title_line is None:
        tops = [ln for ln in names if len(ln.text) >= 4]
        top = min(tops, key=lambda ln: ln.box[1], default=None)
        if top is not None and top.box[1] < min((_center(n)[1] for n in numbers), default=axis_y):
            title_line = top
    legend = [ln for ln in names if ln is not title_line and len(ln.text) <= 16]
    legend.sort(key=lambda ln: (round(_center(ln)[1] / max(ln.height, 1.0)), _center(ln)[0]))
    k = max(len(g) for g in per_year)
    series_names = [ln.text for ln in legend] if len(legend) == k else []
    if k == 1 and not all(
        abs(_center(g[0])[0] - xs[j]) <= 0.15 * spacing for j, g in enumerate(per_year) if len(g) == 1
    ):
        # one label per year but beside the year's tick: one bar of a group whose other labels were
        # not read; its values cannot be told from the others' — not a reading
        return None
    if not series_names:
        if k != 1:
            return None  # several bars per year without a legend that says which is which
        series_names = [_FIGURE.sub("", title_line.text).strip() if title_line is not None else "图表数据"]
    values: list[list[str | None]] = [[None] * len(axis) for _ in range(k)]
    for j, group in enumerate(per_year):
        group = sorted(group, key=lambda ln: _center(ln)[0])
        if len(group) == k:
            for i, ln in enumerate(group):
                values[i][j] = ln.text.strip()
        elif len(group) == 1 and k == 1:
            values[0][j] = group[0].text.strip()
    title = title_line.text if title_line is not None else None
    return ChartReading(
        title,
        tuple(y for _, y in axis),
        tuple((name, tuple(v)) for name, v in zip(series_names, values, strict=True)),
    )


def chart_rows(chart: ChartReading) -> tuple[tuple[str, ...], ...]:
    """The chart as a table the results reader knows: the organisation's series by year, the
    comparison series (named 标杆/平均/竞争对手/行业 …) as comparison columns by year."""
    from ..results.tables import comparison_kind  # the results reader's own vocabulary

    comparisons = [(n, v) for n, v in chart.series if comparison_kind(n) is not None]
    own = [(n, v) for n, v in chart.series if comparison_kind(n) is None]
    title = _FIGURE.sub("", chart.title or "").strip()
    header = ["指标", *(f"{y}年" for y in chart.years)]
    for name, _ in comparisons:
        header.extend(f"{name}（{y}年）" for y in chart.years)
    rows: list[tuple[str, ...]] = [tuple(header)]
    for name, vals in own or [(title or "图表数据", (None,) * len(chart.years))]:
        label = title if (_OURS.match(name) or len(own) == 1) and title else name
        if len(own) > 1 and title and not _OURS.match(name):
            label = f"{title}：{name}"
        row = [label, *(v or "" for v in vals)]
        for _, cvals in comparisons:
            row.extend(v or "" for v in cvals)
        rows.append(tuple(row))
    return tuple(rows)


def picture_blocks(image: OcrImage, page: int | None = None) -> list[Block]:
    """The picture's text as blocks with ``source="picture"``: a chart table, or one paragraph."""
    lines = [ln for ln in image.lines if ln.text.strip()]
    if not lines:
        return []
    chart = read_chart(lines)
    if chart is not None:
        rows = chart_rows(chart)
        caption = chart.title
        text = "\n".join("\t".join(r) for r in rows)
        block = Block(kind="table", text=text, page=page, source="picture", rows=rows)
        return [Block(kind="paragraph", text=caption, page=page, source="picture"), block] if caption else [block]
    ordered = sorted(lines, key=lambda ln: (round(_center(ln)[1] / max(ln.height, 1.0)), ln.box[0]))
    text = ""
    for ln in ordered:
        text = (
            join_fragments(text, ln.text)
            if text and is_cjk(text[-1]) and is_cjk(ln.text[0])
            else (f"{text} {ln.text}" if text else ln.text)
        )
    return [Block(kind="paragraph", text=text, page=page, source="picture")]
