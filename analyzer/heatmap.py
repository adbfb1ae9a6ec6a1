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
