"""Reading the report beside a clause: paragraph anchors, search over the report text, and which
paragraphs to highlight — the view logic of the workspace's report pane, without any UI.

The clause page renders a :class:`ReadingView` as HTML: every paragraph of the report in order, each
with a stable anchor (:func:`anchor`), the paragraphs credited to the clause marked, the search hits
and the evidence sentences wrapped in ``<mark>``, and one *target* paragraph the pane scrolls to
(the paragraph a finding or an evidence link points at, else the first search hit, else the
clause's first paragraph)::

    view = reading_view(record, clause="5.2", query="顾客满意度")
    view.hits            # every occurrence, in reading order
    view.target          # the paragraph id the pane scrolls to
    finding_target(record, record.findings[0])   # where "定位 / show" of a finding jumps

Search is case-insensitive and treats full-width and half-width forms alike (``ＩＳＯ９００１`` finds
``ISO9001``; ``，`` finds ``,``), and ignores whitespace inside the query's CJK text, as PDF
extraction scatters spaces; offsets always point into the paragraph's own text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .record import AnalysisRecord, FindingInfo, ParagraphInfo

MAX_QUERY = 200
"""Longer queries are cut to this many characters (a pasted paragraph is not a search)."""

Role = Literal["target", "clause", "other"]
Mark = Literal["hit", "evidence"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One occurrence of the query: ``text[start:end]`` of paragraph ``paragraph``."""

    paragraph: str
    index: int
    """The paragraph's position in the report (0-based, as in :class:`ParagraphInfo`)."""
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReadingParagraph:
    id: str
    anchor: str
    """The HTML id of the paragraph in the pane (see :func:`anchor`)."""
    index: int
    page: int | None
    section: str
    """The heading the paragraph sits under, as printed (``五、结果``), or ``""``."""
    heading: bool
    role: Role
    """``target``: the paragraph to scroll to; ``clause``: credited to the clause being read."""
    html: str
    """The text, HTML-escaped, with search hits in ``<mark class="sara-hit">`` and evidence sentences
    in ``<mark class="sara-evidence">``."""
    hits: int


@dataclass(frozen=True, slots=True)
class ReadingView:
    paragraphs: tuple[ReadingParagraph, ...]
    query: str
    """The query as searched (stripped, cut to :data:`MAX_QUERY`)."""
    hits: tuple[SearchHit, ...]
    target: str | None
    """Paragraph id the pane scrolls to (None: the top)."""
    clause_paragraphs: tuple[str, ...]

    @property
    def hit_paragraphs(self) -> tuple[str, ...]:
        """Paragraph ids with at least one hit, in reading order (no repeats)."""
        return tuple(dict.fromkeys(h.paragraph for h in self.hits))

    def paragraph(self, paragraph_id: str) -> ReadingParagraph:
        return next(p for p in self.paragraphs if p.id == paragraph_id)


_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def anchor(paragraph_id: str) -> str:
    """The HTML id of a paragraph: ``sara-p-`` and the paragraph id with anything but letters,
    digits, ``-`` and ``_`` replaced by ``_`` (so it is a valid id and CSS selector)."""
    return "sara-p-" + _ANCHOR_UNSAFE.sub("_", paragraph_id)


def _fold_char(ch: str) -> str:
    """One character in the form search compares: NFKC and case-folded when that stays one
    character (so offsets into the folded text are offsets into the original)."""
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        return ch
    lowered = folded.casefold()
    return lowered if len(lowered) == 1 else folded


def fold(text: str) -> str:
    """``text`` as search compares it, the same length as ``text`` (see :func:`_fold_char`)."""
    return "".join(_fold_char(ch) for ch in text)


_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")


def normalise_query(query: str) -> str:
    """The query as searched: stripped, cut to :data:`MAX_QUERY` characters, spaces next to Chinese
    characters removed (``顾客 满意`` → ``顾客满意``); spaces between Latin words are kept."""
    q = (query or "").strip()[:MAX_QUERY]
    return _SPACE_IN_CJK.sub("", q)


def _pattern(query: str) -> re.Pattern[str] | None:
    """A pattern over folded text: the folded query, whitespace in the text allowed between its
    characters (PDF extraction puts spaces inside CJK runs and between CJK and digits)."""
    q = fold(normalise_query(query))
    if not q:
        return None
    pieces: list[str] = []
    for i, ch in enumerate(q):
        if ch.isspace():
            continue
        pieces.append(re.escape(ch))
        if i + 1 < len(q):
            pieces.append(r"\s+" if q[i + 1].isspace() else r"\s*")
    return re.compile("".join(pieces))


def search(paragraphs: Iterable[ParagraphInfo], query: str) -> tuple[SearchHit, ...]:
    """Every occurrence of ``query`` in the paragraphs' text, in reading order (see the module doc)."""
    pattern = _pattern(query)
    if pattern is None:
        return ()
    hits: list[SearchHit] = []
    for p in paragraphs:
        for m in pattern.finditer(fold(p.text)):
            if m.end() > m.start():
                hits.append(SearchHit(p.id, p.index, m.start(), m.end()))
    return tuple(hits)


def finding_target(record: AnalysisRecord, finding: FindingInfo) -> str | None:
    """The paragraph a finding points at: its first paragraph in the report, else the first
    paragraph credited to its clause, else the paragraph nearest to its (missing) clause, else None."""
    known = {p.id for p in record.paragraphs}
    for pid in finding.paragraphs:
        if pid in known:
            return pid
    if finding.clause and record.has_clause(finding.clause):
        credited = [p for p in record.paragraphs_of(finding.clause) if not p.heading]
        if credited:
            return credited[0].id
        nearest = record.clause(finding.clause).nearest
        if nearest is not None and nearest.paragraph in known:
            return nearest.paragraph
    return None


def _spans(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for needle in {n.strip() for n in needles if n and n.strip()}:
        out.extend((m.start(), m.end()) for m in re.finditer(re.escape(needle), text))
    return out


def mark_up(text: str, marks: Sequence[tuple[int, int, Mark]]) -> str:
    """``text`` HTML-escaped with each span wrapped in ``<mark class="sara-<kind>">``. Overlapping
    spans are merged; a merged span that holds a search hit is marked as a hit."""
    ordered = sorted((s, e, k) for s, e, k in marks if 0 <= s < e <= len(text))
    merged: list[tuple[int, int, Mark]] = []
    for start, end, kind in ordered:
        if merged and start <= merged[-1][1]:
            s0, e0, k0 = merged[-1]
            merged[-1] = (s0, max(e0, end), "hit" if "hit" in (k0, kind) else k0)
        else:
            merged.append((start, end, kind))
    out: list[str] = []
    pos = 0
    for start, end, kind in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="sara-{kind}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _section_labels(record: AnalysisRecord) -> dict[str, str]:
    return {s.id: " ".join(x for x in (s.number, s.title) if x) for s in record.sections}


def reading_view(
    record: AnalysisRecord,
    *,
    clause: str | None = None,
    query: str = "",
    target: str | None = None,
    evidence: Mapping[str, Sequence[str]] | None = None,
) -> ReadingView:
    """The whole report for the pane: paragraphs credited to ``clause`` marked, ``query`` searched,
    ``evidence`` (paragraph id → sentences) marked. ``target`` (a paragraph id, e.g. from
    :func:`finding_target`) wins; an unknown one is ignored. Without it the pane goes to the first
    search hit, else to the clause's first paragraph."""
    paragraphs = record.paragraphs
    known = {p.id for p in paragraphs}
    credited: tuple[str, ...] = ()
    if clause is not None and record.has_clause(clause):
        credited = tuple(p.id for p in record.paragraphs_of(clause))
    q = normalise_query(query)
    hits = search(paragraphs, q)
    goal = target if target in known else None
    if goal is None and hits:
        goal = hits[0].paragraph
    if goal is None and credited:
        goal = credited[0]
    by_paragraph: dict[str, list[tuple[int, int, Mark]]] = {}
    for h in hits:
        by_paragraph.setdefault(h.paragraph, []).append((h.start, h.end, "hit"))
    sections = _section_labels(record)
    evidence = evidence or {}
    in_clause = set(credited)
    rows: list[ReadingParagraph] = []
    for p in paragraphs:
        marks = list(by_paragraph.get(p.id, ()))
        marks += [(s, e, "evidence") for s, e in _spans(p.text, evidence.get(p.id, ()))]
        role: Role = "target" if p.id == goal else ("clause" if p.id in in_clause else "other")
        rows.append(
            ReadingParagraph(
                id=p.id,
                anchor=anchor(p.id),
                index=p.index,
                page=p.page,
                section=sections.get(p.section or "", ""),
                heading=p.heading or p.kind == "heading",
                role=role,
                html=mark_up(p.text, marks),
                hits=len(by_paragraph.get(p.id, ())),
            )
        )
    return ReadingView(tuple(rows), q, hits, goal, credited)
