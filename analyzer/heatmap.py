"""Coverage heatmap data, built from a stored analysis (:class:`~analyzer.record.AnalysisRecord`).

:func:`coverage_matrix` — one report: for the answerable clauses of the standard (rows, the
standard's order: leaves that expect an answer, i.e. every clause without children whose status
is not ``not-applicable``) and the report's top-level sections (columns, report order;
``（无标题）`` for text before the first heading or a report without headings), the Word-style 字数
of the paragraphs of that section credited to that clause. The UI colours cells by the share of
the clause's text, so a clause answered across several chapters (misplaced content, merged
headings) shows up at once.

:func:`submissions_matrix` — several reports of ONE standard: one row per submission, one column
per answerable clause, the clause's coverage status and 字数 in each cell (the secretariat's and the
batch screening's overview). Records of different standards are refused with
:class:`MixedStandards`; :func:`group_by_standard` splits a mixed list first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import SaraError
from .record import AnalysisRecord, ClauseInfo, SectionInfo
from .text.counts import count

UNTITLED = "（无标题）"


@dataclass(frozen=True, slots=True)
class CoverageMatrix:
    clauses: tuple[str, ...]
    clause_labels: tuple[str, ...]
    sections: tuple[str | None, ...]
    """Section ids (None: text outside any section)."""
    section_labels: tuple[str, ...]
    chars: tuple[tuple[int, ...], ...]
    """``chars[i][j]``: 字数 of section ``j``'s paragraphs credited to clause ``i``."""
    status: tuple[str, ...]
    """Coverage status per clause row."""

    def share(self, i: int, j: int) -> float:
        """Share of clause ``i``'s credited text that sits in section ``j``."""
        total = sum(self.chars[i])
        return self.chars[i][j] / total if total else 0.0


def answerable_clauses(record: AnalysisRecord) -> tuple[ClauseInfo, ...]:
    """Leaves that expect an answer, the standard's order (a descriptive leaf is ``not-applicable``)."""
    parents = {c.parent for c in record.clauses if c.parent is not None}
    return tuple(c for c in record.clauses if c.id not in parents and c.status != "not-applicable")


def _parents(sections: Sequence[SectionInfo]) -> dict[str, str | None]:
    """Each section's parent: the nearest earlier section of a lower level (as the segmenter nests them)."""
    out: dict[str, str | None] = {}
    stack: list[SectionInfo] = []
    for s in sections:
        while stack and stack[-1].level >= s.level:
            stack.pop()
        out[s.id] = stack[-1].id if stack else None
        stack.append(s)
    return out


def _top_level(sections: Sequence[SectionInfo]) -> int:
    """The level of the report's chapters: the shallowest level with more than one section.

    A document title, or a lone ``第一部分 组织环境`` that every chapter was nested under, is not a
    chapter; its own paragraphs still get a column of their own."""
    levels = sorted({s.level for s in sections})
    if not levels:
        return 1
    for level in levels[:-1]:
        if sum(1 for s in sections if s.level == level) > 1:
            return level
    return levels[-1] if sum(1 for s in sections if s.level == levels[0]) == 1 else levels[0]


def section_label(s: SectionInfo) -> str:
    """``五、结果`` style: the heading's number and title as printed."""
    return " ".join(x for x in (s.number, s.title) if x)


def coverage_matrix(record: AnalysisRecord) -> CoverageMatrix:
    rows = answerable_clauses(record)
    row_index = {c.id: i for i, c in enumerate(rows)}
    by_id = {s.id: s for s in record.sections}
    parent = _parents(record.sections)
    top = _top_level(record.sections)

    def chapter(section_id: str | None) -> str | None:
        sid = section_id
        while sid is not None and sid in by_id:
            up = parent.get(sid)
            if up is None or by_id[up].level < top:
                break
            sid = up
        return sid if sid in by_id else None

    cols: list[str | None] = []
    cells: dict[tuple[int, str | None], int] = {}
    for p in record.paragraphs:
        if p.kind == "heading":
            continue
        col = chapter(p.section)
        if col not in cols:
            cols.append(col)
        if p.clause in row_index:
            key = (row_index[p.clause], col)
            cells[key] = cells.get(key, 0) + count(p.text).word_style
    return CoverageMatrix(
        clauses=tuple(c.id for c in rows),
        clause_labels=tuple(c.label for c in rows),
        sections=tuple(cols),
        section_labels=tuple(UNTITLED if c is None else section_label(by_id[c]) for c in cols),
        chars=tuple(tuple(cells.get((i, col), 0) for col in cols) for i in range(len(rows))),
        status=tuple(c.status for c in rows),
    )


class MixedStandards(SaraError):
    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = tuple(ids)
        super().__init__(
            f"只能比较同一评价标准下的报告，收到了 {len(ids)} 个标准：{'、'.join(ids)}；请按标准分组",
            f"only reports of one standard can be compared, got {len(ids)}: {', '.join(ids)}; group them by standard",
        )


@dataclass(frozen=True, slots=True)
class SubmissionsMatrix:
    """Submissions × answerable clauses of one standard."""

    standard: str
    names: tuple[str, ...]
    """One label per submission (row), in the order given."""
    clauses: tuple[str, ...]
    clause_labels: tuple[str, ...]
    status: tuple[tuple[str | None, ...], ...]
    """``status[i][j]``: coverage status of clause ``j`` in submission ``i`` (None: the record's
    standard version has no such clause)."""
    chars: tuple[tuple[int, ...], ...]
    """``chars[i][j]``: 字数 credited to clause ``j`` in submission ``i``."""

    def count(self, i: int, status: str) -> int:
        """How many clauses of submission ``i`` have ``status``."""
        return sum(1 for s in self.status[i] if s == status)

    def column(self, j: int) -> tuple[str | None, ...]:
        """Clause ``j``'s status across the submissions."""
        return tuple(row[j] for row in self.status)


def group_by_standard(records: Sequence[AnalysisRecord]) -> dict[str, tuple[AnalysisRecord, ...]]:
    """Records by standard id (first-seen order), ready for :func:`submissions_matrix`."""
    out: dict[str, list[AnalysisRecord]] = {}
    for r in records:
        out.setdefault(r.standard.id, []).append(r)
    return {k: tuple(v) for k, v in out.items()}


def submissions_matrix(records: Sequence[AnalysisRecord], *, names: Sequence[str] | None = None) -> SubmissionsMatrix:
    """One row per record, one column per answerable clause of their (single) standard.

    ``names`` labels the rows (default: the source file name of each record). Raises
    :class:`MixedStandards` when the records answer different standards. Columns are the answerable
    clauses of the first record, then any clause only another version of the standard has."""
    ids = list(group_by_standard(records))
    if len(ids) > 1:
        raise MixedStandards(ids)
    if names is not None and len(names) != len(records):
        raise ValueError(f"names: {len(names)} labels for {len(records)} records")
    columns: list[ClauseInfo] = []
    seen: set[str] = set()
    for r in records:
        for c in answerable_clauses(r):
            if c.id not in seen:
                seen.add(c.id)
                columns.append(c)
    status: list[tuple[str | None, ...]] = []
    chars: list[tuple[int, ...]] = []
    for r in records:
        status.append(tuple(r.clause(c.id).status if r.has_clause(c.id) else None for c in columns))
        chars.append(tuple(r.clause(c.id).chars if r.has_clause(c.id) else 0 for c in columns))
    labels = (
        tuple(names) if names is not None else tuple(r.source.file.replace("\\", "/").split("/")[-1] for r in records)
    )
    return SubmissionsMatrix(
        standard=ids[0] if ids else "",
        names=labels,
        clauses=tuple(c.id for c in columns),
        clause_labels=tuple(c.label for c in columns),
        status=tuple(status),
        chars=tuple(chars),
    )


# --------------------------------------------------------------------------- chart layout

_WIDE = ("F", "W")  # East Asian width classes drawn one em wide


def text_width(text: str, font_px: int = 12) -> int:
    """Approximate drawn width of ``text`` in px: Chinese and full-width characters one em, others
    about 0.6 em (a sans-serif average)."""
    return round(sum(font_px if unicodedata.east_asian_width(ch) in _WIDE else 0.6 * font_px for ch in text))


_BREAK_AFTER = set(" 、，,·.：:）)/—-")


def wrap_label(label: str, max_px: int, *, max_lines: int = 3, font_px: int = 12) -> str:
    """``label`` broken into lines (joined by ``\\n``) no wider than ``max_px``, preferring to break
    after a space or a punctuation mark; at most ``max_lines`` lines, the last one ending in ``…``
    when text was left out."""
    words: list[str] = []
    current = ""
    for ch in label.strip():
        current += ch
        if ch in _BREAK_AFTER:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    lines: list[str] = []
    line = ""
    for word in words:
        if text_width(line + word, font_px) <= max_px:
            line += word
            continue
        if line:
            lines.append(line.rstrip())
            line = ""
        while text_width(word, font_px) > max_px:  # a word longer than a line: break it anywhere
            cut = len(word)
            while cut > 1 and text_width(word[:cut], font_px) > max_px:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + "…", font_px) > max_px:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last + "…"]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """How to draw a heatmap of ``rows`` × ``columns`` so every cell and label stays readable: the
    size follows the number of rows and columns (a wide matrix scrolls sideways in the page)."""

    cell_width: int
    cell_height: int
    x_labels: tuple[str, ...]
    """Column labels as drawn: wrapped into lines (``\\n``) when upright, unique."""
    x_label_angle: int
    """0 (upright, wrapped) for few columns; -45 or -90 (rotated) for many."""
    x_label_limit: int
    """Longest x label in px before Vega cuts it with an ellipsis."""
    x_label_height: int
    """Room the x labels take below the cells, px."""
    y_label_limit: int

    @property
    def width(self) -> int:
        """Width of the cells' area, px."""
        return self.cell_width * len(self.x_labels)

    def height(self, rows: int) -> int:
        """Height of the cells' area, px."""
        return self.cell_height * max(rows, 1)


def chart_layout(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    *,
    font_px: int = 12,
    cell_height: int = 28,
    upright_up_to: int = 10,
    steep_from: int = 24,
) -> ChartLayout:
    """The layout of a heatmap from its labels.

    Up to ``upright_up_to`` columns: labels upright, wrapped into at most three lines, columns as
    wide as the longest label needs (72–132 px). More: labels rotated by 45° (narrow 40-px columns),
    from ``steep_from`` columns on by 90° (28 px), each cut at 220 px. Row labels get the room their
    longest label needs, up to 300 px. Column labels are made unique (a suffix ``#2``), so two
    chapters with the same title stay two columns."""
    n = len(column_labels)
    labels = [str(c).strip() or "—" for c in column_labels]
    longest = max((text_width(c, font_px) for c in labels), default=0)
    if n <= upright_up_to:
        cell_width = min(max(longest // 2 + 12, 72), 132)
        drawn = [wrap_label(c, cell_width - 8, font_px=font_px) for c in labels]
        angle = 0
        lines = max((d.count("\n") + 1 for d in drawn), default=1)
        label_height = lines * (font_px + 3) + 8
        label_limit = cell_width
    else:
        steep = n >= steep_from
        cell_width = 28 if steep else 40
        angle = -90 if steep else -45
        drawn = labels
        label_limit = min(longest + 8, 220)
        label_height = label_limit if steep else round(label_limit * 0.71) + font_px
    seen: dict[str, int] = {}
    unique = []
    for d in drawn:
        seen[d] = seen.get(d, 0) + 1
        unique.append(d if seen[d] == 1 else f"{d} #{seen[d]}")
    row_px = max((text_width(str(r), font_px) for r in row_labels), default=0)
    return ChartLayout(
        cell_width=cell_width,
        cell_height=cell_height,
        x_labels=tuple(unique),
        x_label_angle=angle,
        x_label_limit=label_limit,
        x_label_height=label_height,
        y_label_limit=min(row_px + 12, 300),
    )
