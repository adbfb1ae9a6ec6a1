"""Coverage heatmap data: how much of each report section answers each clause.

:func:`coverage_matrix` returns, for the answerable clauses of the standard (rows, the standard's
order) and the report's top-level sections (columns, report order; ``（无标题）`` for text before
the first heading or a report without headings), the Word-style 字数 of the paragraphs of that
section credited to that clause. The UI colours cells by the share of the clause's text, so a
clause answered across several chapters (misplaced content, merged headings) shows up at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .mapping.types import Coverage, Mapping
from .model import Document, Standard
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


def _top_section(doc: Document, section_id: str | None) -> str | None:
    by_id = {s.id: s for s in doc.sections}
    sid = section_id
    while sid is not None and by_id[sid].parent is not None and by_id[by_id[sid].parent].level >= _top_level(doc):
        sid = by_id[sid].parent
    return sid


def _top_level(doc: Document) -> int:
    """The level of the report's chapters: the level below a document title, if there is one."""
    levels = sorted({s.level for s in doc.sections})
    if not levels:
        return 1
    tops = [s for s in doc.sections if s.level == levels[0]]
    if len(tops) == 1 and len(levels) > 1:
        return levels[1]
    return levels[0]


def coverage_matrix(doc: Document, standard: Standard, mapping: Mapping, coverage: Coverage) -> CoverageMatrix:
    rows = [c for c in standard.clauses if not c.children and c.expects_answer]
    row_index = {c.id: i for i, c in enumerate(rows)}
    cols: list[str | None] = []
    cells: dict[tuple[int, str | None], int] = {}
    for p in doc.paragraphs:
        if p.kind == "heading":
            continue
        col = _top_section(doc, p.section)
        if col not in cols:
            cols.append(col)
        clause = mapping.of(p.id).clause
        if clause in row_index:
            key = (row_index[clause], col)
            cells[key] = cells.get(key, 0) + count(p.text).word_style
    by_id = {s.id: s for s in doc.sections}
    labels = tuple(UNTITLED if c is None else " ".join(x for x in (by_id[c].number, by_id[c].title) if x) for c in cols)
    return CoverageMatrix(
        clauses=tuple(c.id for c in rows),
        clause_labels=tuple(c.label for c in rows),
        sections=tuple(cols),
        section_labels=labels,
        chars=tuple(tuple(cells.get((i, col), 0) for col in cols) for i in range(len(rows))),
        status=tuple(coverage.of(c.id).status for c in rows),
    )
