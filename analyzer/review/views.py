"""Views of one analysis record for the pages: the clause picker, the clause view (paragraphs, guidance,
evidence highlighted), section parents, the heatmap cells and the labels of statuses and severities.
Record only: nothing here reads the store."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..mapping.content import UNCERTAIN_ALIGNMENT
from ..model import Standard
from ..record import AnalysisRecord, BandInfo, ClauseInfo, FindingInfo, ParagraphInfo
from ..standards import load_standard

STATUS_ZH: dict[str, str] = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失", "not-applicable": "不适用"}
SEVERITY_ZH: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}


def _standard_of(record: AnalysisRecord) -> Standard:
    return load_standard(record.standard.id)


# --------------------------------------------------------------------------- the clause view


@dataclass(frozen=True, slots=True)
class ClauseChoice:
    id: str
    label: str
    level: int
    status: str
    unit: str | None
    """The scoring unit this clause is reviewed under (itself, an ancestor, or None above the units)."""


def _unit_of(record: AnalysisRecord, clause_id: str) -> str | None:
    units = {u.id for u in record.scoring_units}
    cid: str | None = clause_id
    while cid is not None and record.has_clause(cid):
        if cid in units:
            return cid
        cid = record.clause(cid).parent
    return None


def clause_choices(record: AnalysisRecord) -> tuple[ClauseChoice, ...]:
    """Clauses a reviewer can open, in the standard's order (not-applicable ones left out)."""
    return tuple(
        ClauseChoice(c.id, c.label, c.level, c.status, _unit_of(record, c.id))
        for c in record.clauses
        if c.status != "not-applicable"
    )


@dataclass(frozen=True, slots=True)
class GuidanceRow:
    id: str
    label: str
    text: str
    addressed: bool
    sentence: str | None
    paragraph: str | None


@dataclass(frozen=True, slots=True)
class GuidanceGroup:
    clause: str
    label: str
    rows: tuple[GuidanceRow, ...]


@dataclass(frozen=True, slots=True)
class ParagraphView:
    paragraph: ParagraphInfo
    section: str
    clause_label: str
    html: str
    """The text, HTML-escaped, with the evidence wrapped in ``<mark>``."""
    cited: bool
    """Cited by the machine's band suggestion."""
    uncertain: bool = False
    """The credit to ``clause_label`` is in doubt (see :func:`attribution_uncertain`)."""

    @property
    def where(self) -> str:
        page = f"第 {self.paragraph.page} 页 · " if self.paragraph.page is not None else ""
        return f"{page}第 {self.paragraph.index + 1} 段 · {self.section}"


@dataclass(frozen=True, slots=True)
class ClauseView:
    clause: ClauseInfo
    requirement: str
    review_text: str | None
    unit: ClauseInfo | None
    sub_units: tuple[ClauseInfo, ...]
    """Scoring units under this clause when it sits above them (a category)."""
    guidance: tuple[GuidanceGroup, ...]
    paragraphs: tuple[ParagraphView, ...]
    findings: tuple[FindingInfo, ...]
    machine: BandInfo | None
    machine_paragraphs: tuple[ParagraphView, ...]


def highlight(text: str, needles: Iterable[str]) -> str:
    """``text`` HTML-escaped, with every occurrence of the needles wrapped in ``<mark>`` (overlaps merged)."""
    spans: list[tuple[int, int]] = []
    for needle in {n.strip() for n in needles if n and n.strip()}:
        for m in re.finditer(re.escape(needle), text):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _descendants(record: AnalysisRecord, clause_id: str) -> list[ClauseInfo]:
    out: list[ClauseInfo] = []
    frontier = {clause_id}
    for c in record.clauses:  # the standard's order lists parents before children
        if c.parent in frontier:
            out.append(c)
            frontier.add(c.id)
    return out


def _section_labels(record: AnalysisRecord) -> dict[str, str]:
    return {s.id: " ".join(x for x in (s.number, s.title) if x) for s in record.sections}


def section_parents(record: AnalysisRecord) -> dict[str, str | None]:
    """Section id → the id of the section it nests under (by heading level, in document order)."""
    parents: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for s in record.sections:
        while stack and stack[-1][0] >= s.level:
            stack.pop()
        parents[s.id] = stack[-1][1] if stack else None
        stack.append((s.level, s.id))
    return parents


def attribution_uncertain(record: AnalysisRecord, paragraph: ParagraphInfo) -> bool:
    """Whether to mark the paragraph's clause as 归属不确定 for a reviewer.

    The mapper flags every paragraph whose own section heading aligned weakly. That is too often
    for one common shape: an applicant's own sub-headings (（一）（二）…) inside a chapter whose heading
    matched a clause exactly, when that clause has no sub-clauses of its own (a result item, the
    profile). The paragraphs can then only belong to that clause, so they are not in doubt. A
    paragraph stays uncertain when the clause has sub-clauses it might answer instead, or when no
    enclosing heading matched its clause."""
    if not paragraph.uncertain:
        return False
    if paragraph.method != "heading" or paragraph.clause is None or paragraph.section is None:
        return True
    if any(c.parent == paragraph.clause for c in record.clauses):
        return True
    sections = {s.id: s for s in record.sections}
    parents = section_parents(record)
    current = parents.get(paragraph.section)
    while current is not None:
        s = sections[current]
        if s.clause == paragraph.clause and (s.score or 0.0) >= UNCERTAIN_ALIGNMENT:
            return False
        current = parents.get(current)
    return True


def clause_view(record: AnalysisRecord, clause_id: str) -> ClauseView:
    """What the clause page shows: requirement, guidance, evidence, findings, the machine's draft."""
    clause = record.clause(clause_id)
    std = _standard_of(record)
    std_clause = std.clause(clause_id) if clause_id in {c.id for c in std.clauses} else None
    guidance_text = {g.id: g.text for g in std.guidance}
    family = [clause, *_descendants(record, clause_id)]
    groups = []
    needles_by_paragraph: dict[str, list[str]] = {}
    for c in family:
        rows = tuple(
            GuidanceRow(g.id, g.label, guidance_text.get(g.id, ""), g.addressed, g.sentence, g.paragraph)
            for g in c.guidance
        )
        for g in rows:
            if g.addressed and g.paragraph and g.sentence:
                needles_by_paragraph.setdefault(g.paragraph, []).append(g.sentence)
        if rows:
            groups.append(GuidanceGroup(c.id, c.label, rows))
    unit_id = _unit_of(record, clause_id)
    unit = record.clause(unit_id) if unit_id else None
    machine = unit.band if unit is not None else None
    indicators = machine.indicators if machine is not None else ()
    cited = set(machine.paragraphs) if machine is not None else set()
    sections = _section_labels(record)

    def view(p: ParagraphInfo) -> ParagraphView:
        label = record.clause(p.clause).label if p.clause and record.has_clause(p.clause) else "—"
        return ParagraphView(
            p,
            sections.get(p.section or "", "（无标题）"),
            label,
            highlight(p.text, [*needles_by_paragraph.get(p.id, ()), *indicators]),
            p.id in cited,
            attribution_uncertain(record, p),
        )

    paragraphs = tuple(view(p) for p in record.paragraphs_of(clause_id))
    shown = {v.paragraph.id for v in paragraphs}
    machine_paragraphs = tuple(
        view(record.paragraph(pid))
        for pid in (machine.paragraphs if machine is not None else ())
        if pid not in shown and pid in {p.id for p in record.paragraphs}
    )
    family_ids = {c.id for c in family}
    units = {u.id for u in record.scoring_units}
    return ClauseView(
        clause=clause,
        requirement=(std_clause.text if std_clause else "").strip(),
        review_text=std_clause.review_text if std_clause else None,
        unit=unit,
        sub_units=tuple(c for c in family[1:] if c.id in units) if unit is None else (),
        guidance=tuple(groups),
        paragraphs=paragraphs,
        findings=tuple(f for f in record.findings if f.clause in family_ids),
        machine=machine,
        machine_paragraphs=machine_paragraphs,
    )


# --------------------------------------------------------------------------- heatmap


@dataclass(frozen=True, slots=True)
class HeatCell:
    clause: str
    clause_label: str
    row: int
    section_label: str
    column: int
    chars: int
    share: float
    status: str


def heatmap_cells(record: AnalysisRecord) -> tuple[HeatCell, ...]:
    """The coverage matrix in long form (one cell per clause × section) for a chart."""
    from ..heatmap import coverage_matrix

    m = coverage_matrix(record)
    # Chart axes are keyed by label: a label printed twice (two untitled stretches) gets its position.
    seen: dict[str, int] = {}
    columns: list[str] = []
    for label in m.section_labels:
        seen[label] = seen.get(label, 0) + 1
        columns.append(label if seen[label] == 1 else f"{label}（{seen[label]}）")
    return tuple(
        HeatCell(
            clause,
            m.clause_labels[i],
            i,
            columns[j],
            j,
            m.chars[i][j],
            round(m.share(i, j), 4),
            m.status[i],
        )
        for i, clause in enumerate(m.clauses)
        for j in range(len(m.sections))
    )
