"""Tables keyed by clause: one table for several result items, each row naming its item.

A report may answer its result items briefly and give every figure in one table at the end of the
results chapter (``表7-1 关键绩效指标一览``), whose first column says which item a row belongs to
(``对应条款 | 指标 | 2021年 …`` / ``7.1 | 供水水质综合合格率 | …``). The mapping credits the whole table
to one clause (the heading above it); the rows belong to the items they name. :func:`keyed_tables`
finds such tables once per analysis, and :func:`item_paragraphs`
gives each result item its own rows, as a table of its own, and takes them from the clause the table
is credited to. The header word is the ``clause-column`` pattern of ``patterns.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..model import Paragraph, Table
from .lexicon import default_patterns
from .numbers import fold

_CLAUSE_ID = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\s*$")
KEYED_ROWS = 2
"""Rows naming a clause a table needs before its clause column counts (one may be a coincidence)."""


def _clause_column(table: Table) -> int | None:
    """The index of a table's column naming clauses (header ``对应条款``, cells ``7.1``), if any."""
    if len(table.rows) < 1 + KEYED_ROWS:
        return None
    p = default_patterns()
    for j, head in enumerate(table.rows[0]):
        text = fold(head).strip()
        if not text or not any(h.start == 0 and h.end == len(text) for h in p.find(text, "clause-column")):
            continue
        keyed = sum(1 for r in table.rows[1:] if j < len(r) and _CLAUSE_ID.match(fold(r[j])))
        if keyed >= KEYED_ROWS:
            return j
    return None


@dataclass(frozen=True, slots=True)
class KeyedTable:
    """A table of the report whose column ``column`` names the clause of each row."""

    paragraph: Paragraph
    column: int


def keyed_tables(paragraphs: Iterable[Paragraph]) -> tuple[KeyedTable, ...]:
    """The clause-keyed tables among ``paragraphs`` (a whole report's), found once per analysis."""
    return tuple(
        KeyedTable(p, j) for p in paragraphs if p.table is not None and (j := _clause_column(p.table)) is not None
    )


def keyed_rows(keyed: KeyedTable, clause_id: str) -> Paragraph | None:
    """The rows of a clause-keyed table that name ``clause_id``, as a table of its own (the clause
    column left out, the header kept); None if it names no such row."""
    t, j = keyed.paragraph.table, keyed.column
    assert t is not None
    rows = [r for r in t.rows[1:] if j < len(r) and (m := _CLAUSE_ID.match(fold(r[j]))) and m.group(1) == clause_id]
    if not rows:
        return None
    drop = [(*r[:j], *r[j + 1 :]) for r in (t.rows[0], *rows)]
    table = replace(t, id=f"{t.id}@{clause_id}", rows=tuple(drop))
    return replace(keyed.paragraph, table=table)


def item_paragraphs(
    clause_id: str, credited: Sequence[Paragraph], keyed: Sequence[KeyedTable]
) -> tuple[Paragraph, ...]:
    """What a result item's evidence is read from: the paragraphs credited to it, less the
    clause-keyed tables (``keyed``, :func:`keyed_tables` of the whole report), plus the rows of
    each of those that name it."""
    whole = {k.paragraph.id for k in keyed}
    out = [p for p in credited if p.id not in whole]  # a keyed table's rows are given out by clause below
    out.extend(own for k in keyed if (own := keyed_rows(k, clause_id)) is not None)
    return tuple(out)
