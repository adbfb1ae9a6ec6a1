"""Evidence that a clause with no section of its own is still answered by the report's text.

The aligner credits paragraphs to clauses mostly by their headings. When a heading is mapped to
the wrong clause (a GB/T 19580 number the crosswalk sends elsewhere, a title in the
organisation's own words, a merged heading), the clause the text really answers gets no
paragraph and would be reported as missing — the finding that costs a reviewer's trust most.

:func:`answered_elsewhere` looks for a *section* of the report whose own text answers the clause:

- **Content.** The section's body paragraphs, weighted by length, are compared with every
  clause profile (:attr:`Mapping.similarity`, the same scores the aligner used). The section
  answers the clause when the clause is the best of all targets for that text, by
  :data:`SECTION_MARGIN` over the second best (the clause the section is credited to included).
  A whole section is the unit, not a sentence: one paragraph that shares words with a clause
  says little, a section whose text as a whole is about the clause says a lot.
- **Order.** The section must lie where the clause belongs: not before the first paragraph
  credited to the nearest earlier answered clause, not after the last paragraph credited to the
  nearest later one (standard order).
- **Not an overview.** The lead-in of a section whose subsections answer the clause's siblings
  (``【一、领导】`` + "本章说明领导班子如何定方向、带文化、抓治理" before ``（一）…（二）…``) is credited
  to the parent and previews its children: it names the topics of all of them, so it favours
  whichever child lost its section. Such a lead-in does not answer the clause unless it is as long
  as an answer: at least :data:`LEAD_SHARE` of the median body of the subsections beside it.

A report without headings (:attr:`Mapping.mode` ``content``) has no sections to weigh: there a
paragraph is its own unit, with the same margin (the order pass may have kept a paragraph that is
plainly about the clause with its neighbour's clause, to save a transition). So is a paragraph
under a heading read through a crosswalk row (:attr:`~analyzer.mapping.align.SectionAlignment.crosswalk_row`:
Wuhan's ``5.3.3 战略实施`` in a Beijing report holds Beijing 2.2 and, in its last point, 6.1), and
it need not stand where the clause belongs: such a report follows the other standard's order.

When such a section exists the clause is not reported missing (:mod:`analyzer.mapping.coverage`
marks it ``weak`` with the reason, and the ``clause-without-section`` check notes where the text
is). Measured on the labelled dev reports × 14 layout variants (md): the sections behind clauses
wrongly called missing favour the clause by 1.16–3.1×, the best section for a truly missing
clause by at most 0.94×, hence the margin of 1.1.

:func:`borrowed_credit` is the other direction: paragraphs credited to a clause that has no heading
of its own, by content, from under the heading of the container above it, before the answers under the
container's other clauses' own headings. Such a paragraph stands in the container's introduction
and only mentions the clause; coverage does not
count it as the clause's answer (:mod:`analyzer.mapping.coverage`), so a clause whose section is
absent is still reported missing unless a section's text as a whole answers it (above).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass

import numpy as np

from ..model import Document, Paragraph, Standard
from .types import AnsweredElsewhere, Mapping

SECTION_MARGIN = 1.1
"""How much better the section's text must match the clause than any other target."""

LOOSE_MIN_CHARS = 40
"""A paragraph under a heading read through a crosswalk row is weighed on its own only when it is at
least this long (a lead line ``净资产收益率（%）：`` says nothing), and only for a clause of the kind
of the heading's clause (a result section's paragraph mentions processes, it does not answer them)."""

LEAD_SHARE = 0.5
"""A parent's lead-in answers a child only when it is at least this share of its subsections' median body."""


def answered_elsewhere(
    doc: Document,
    standard: Standard,
    mapping: Mapping,
    clause_id: str,
    credited: MappingABC[str, Sequence[str]],
    mentions: Collection[str] = (),
) -> AnsweredElsewhere | None:
    """The section whose text best answers ``clause_id`` where it belongs, or None (see the module docstring).

    ``credited``: clause id → ids of the body paragraphs credited to it.
    """
    sim = mapping.similarity
    if sim is None or clause_id not in mapping.targets or not mapping.scored or len(mapping.targets) < 2:
        return None
    j = mapping.targets.index(clause_id)
    paragraphs = {p.id: p for p in doc.paragraphs}
    lo, hi = _region(standard, clause_id, credited, paragraphs)

    kind = standard.clause(clause_id).kind
    rows_of = {
        a.section
        for a in mapping.alignment.sections
        if a.crosswalk_row and a.clause is not None and standard.clause(a.clause).kind == kind
    }
    groups: dict[str | None, list[int]] = {}
    for row, pid in enumerate(mapping.scored):
        p = paragraphs[pid]
        loose = p.section in rows_of
        if loose and len(p.text) < LOOSE_MIN_CHARS:
            continue
        if p.front_matter or not (loose or lo <= p.index <= hi):
            continue
        if pid in mentions:
            continue  # a mention of the clause (see borrowed_credit) is not its answer
        # without headings every paragraph is its own unit (keyed by its id, never a section id);
        # so is each under a heading read through a crosswalk row, in another standard's order
        groups.setdefault(p.section if mapping.mode == "headings" and not loose else f"¶{pid}", []).append(row)

    overviews = _overviews(doc, standard, mapping, clause_id)
    best: AnsweredElsewhere | None = None
    for section, rows in groups.items():
        if section in overviews:
            continue
        weights = np.array([max(len(paragraphs[mapping.scored[r]].text), 1) for r in rows], dtype=np.float64)
        v = (sim[rows].astype(np.float64) * weights[:, None]).sum(axis=0) / weights.sum()
        own = float(v[j])
        if own <= 0:
            continue
        other = float(np.max(np.delete(v, j)))
        margin = own / other if other > 0 else float("inf")
        if margin < SECTION_MARGIN or (best is not None and margin <= best.margin):
            continue
        pids = tuple(mapping.scored[r] for r in rows)
        clauses = [mapping.of(pid).clause for pid in pids]
        under = max(set(clauses), key=lambda c: (clauses.count(c), c or ""))
        unit = section if section is None or not section.startswith("¶") else paragraphs[pids[0]].section
        best = AnsweredElsewhere(clause_id, unit, pids, under, round(own, 4), round(min(margin, 99.0), 3))
    return best


@dataclass(frozen=True, slots=True)
class Placement:
    """Where each body paragraph stands in the report's heading structure, for coverage decisions."""

    context: MappingABC[str, str | None]
    """Paragraph id → clause of its nearest aligned section (None: none, or a merged heading)."""
    unaligned_own: frozenset[str]
    """Paragraphs whose own section has a heading the aligner gave no clause."""
    index: MappingABC[str, int]
    headed: frozenset[str]
    """Clauses that a heading of the report claims."""
    first_headed: MappingABC[str, int]
    """Clause → index of the first paragraph under a heading aligned to it."""

    def introduces(self, standard: Standard, paragraph: str, clause: str) -> bool:
        """Whether ``paragraph`` stands in the introduction of a container above ``clause``: under
        the container's heading, before the answers under its other clauses' own headings (a
        section after them that the aligner gave the container is more likely a clause's own)."""
        container = self.context.get(paragraph)
        if container is None or container == clause or not standard.clause(container).children:
            return False
        below = {d.id for d in standard.descendants(container)}
        if clause not in below:
            return False
        starts = [self.first_headed[d] for d in below if d != clause and d in self.first_headed]
        return bool(starts) and self.index[paragraph] < min(starts)

    def mentions_only(self, standard: Standard, paragraph: str, clause: str) -> bool:
        """Whether a content credit of ``paragraph`` to ``clause`` (which no heading claims) is a mention:
        it introduces a container above it, or stands under a heading of its own that the aligner
        could not give to ``clause`` while a container above it answers the others by heading."""
        if clause in self.headed:
            return False
        if self.introduces(standard, paragraph, clause):
            return True
        container = self.context.get(paragraph)
        if paragraph not in self.unaligned_own or container is None or not standard.clause(container).children:
            return False
        below = {d.id for d in standard.descendants(container)}
        return clause in below and any(d in self.headed for d in below if d != clause)


def placement(doc: Document, mapping: Mapping) -> Placement:
    """Each body paragraph's place in the heading structure (see :class:`Placement`)."""
    parents = {sec.id: sec.parent for sec in doc.sections}
    aligned = {a.section: a for a in mapping.alignment.sections}
    headed = {a.clause for a in mapping.alignment.sections if a.clause is not None}
    headed |= {c for a in mapping.alignment.sections for c in a.also}

    def context(section: str | None) -> str | None:
        while section is not None:
            a = aligned.get(section)
            if a is not None and a.clause is not None:
                return None if a.also else a.clause  # a merged heading names its clauses
            section = parents.get(section)
        return None

    body = [p for p in doc.paragraphs if p.kind != "heading" and not p.front_matter]
    contexts = {p.id: context(p.section) for p in body}
    index = {p.id: p.index for p in body}
    first: dict[str, int] = {}
    for pid, cid in contexts.items():
        if cid is not None and (cid not in first or index[pid] < first[cid]):
            first[cid] = index[pid]
    unaligned = frozenset(
        p.id for p in body if p.section is not None and (p.section not in aligned or aligned[p.section].clause is None)
    )
    return Placement(contexts, unaligned, index, frozenset(headed), first)


def borrowed_credit(
    doc: Document, standard: Standard, mapping: Mapping, where: Placement | None = None
) -> dict[str, set[str]]:
    """Clause id → body paragraphs credited to it by content that only mention it (module docstring)."""
    where = where or placement(doc, mapping)
    known = {c.id for c in standard.clauses}
    out: dict[str, set[str]] = {}
    for m in mapping.matches:
        c = m.clause
        if c is None or c not in known or m.method == "heading" or m.paragraph not in where.index:
            continue
        if where.mentions_only(standard, m.paragraph, c):
            out.setdefault(c, set()).add(m.paragraph)
    return out


def _overviews(doc: Document, standard: Standard, mapping: Mapping, clause_id: str) -> frozenset[str]:
    """Sections whose own text is a short lead-in to subsections that answer ``clause_id``'s siblings.

    The section's paragraphs are credited to a proper ancestor of ``clause_id``; at least one child
    section is credited to another clause under that ancestor; and its own body is shorter than
    :data:`LEAD_SHARE` of the median body of its child sections.
    """
    ancestors = {c.id for c in standard.ancestors(clause_id)}
    if not ancestors:
        return frozenset()
    known = {c.id for c in standard.clauses}
    by_paragraph = {m.paragraph: m.clause for m in mapping.matches}
    body: dict[str, int] = {}
    credited: dict[str, set[str]] = {}
    for p in doc.paragraphs:
        if p.section is None or p.front_matter:
            continue
        body[p.section] = body.get(p.section, 0) + len(p.text)
        c = by_paragraph.get(p.id)
        if c in known:
            credited.setdefault(p.section, set()).add(c)
    children: dict[str, list[str]] = {}
    for s in doc.sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s.id)
    out: set[str] = set()
    for sid, kids in children.items():
        own = credited.get(sid, set())
        if not own or not own <= ancestors:
            continue
        siblings = [k for k in kids if any(c != clause_id and _descends(standard, c, own) for c in credited.get(k, ()))]
        if not siblings:
            continue
        sizes = sorted(body.get(k, 0) for k in siblings)
        if body.get(sid, 0) < LEAD_SHARE * sizes[len(sizes) // 2]:
            out.add(sid)
    return frozenset(out)


def _descends(standard: Standard, clause_id: str, ancestors: set[str]) -> bool:
    return any(a.id in ancestors for a in standard.ancestors(clause_id))


def _region(
    standard: Standard,
    clause_id: str,
    credited: MappingABC[str, Sequence[str]],
    paragraphs: MappingABC[str, Paragraph],
) -> tuple[int, int]:
    """Paragraph indexes where ``clause_id``'s answer belongs, from its answered neighbours."""
    order = [c.id for c in standard.clauses if not c.children]
    if clause_id not in order:
        return 0, 1 << 30
    k = order.index(clause_id)
    index = {pid: p.index for pid, p in paragraphs.items()}
    lo, hi = 0, 1 << 30
    for cid in reversed(order[:k]):
        if credited.get(cid):
            lo = min(index[pid] for pid in credited[cid])
            break
    for cid in order[k + 1 :]:
        if credited.get(cid):
            hi = max(index[pid] for pid in credited[cid])
            break
    return lo, hi
