"""Small hand-built paragraphs and tables for the results tests."""

from __future__ import annotations

from analyzer.model import Paragraph, Span, Table


def text(t: str, pid: str = "p1", index: int = 0) -> Paragraph:
    return Paragraph(id=pid, index=index, text=t, span=Span(0, len(t)), section=None)


def table(rows: str, caption: str | None = None, pid: str = "t1", index: int = 0) -> Paragraph:
    """``rows``: one row per line, cells separated by ``|`` (spaces around cells ignored)."""
    cells = tuple(tuple(c.strip() for c in line.split("|")) for line in rows.strip().splitlines())
    body = "\n".join("\t".join(r) for r in cells)
    span = Span(0, len(body))
    return Paragraph(
        id=pid,
        index=index,
        text=body,
        span=span,
        section=None,
        kind="table",
        table=Table(id=f"{pid}-table", rows=cells, span=span, caption=caption),
    )
