"""Content mapping: credit every paragraph (and table) to the most specific clause it answers.

:func:`map_paragraphs` combines the heading alignment (:mod:`analyzer.mapping.align`) with a
content scorer (:mod:`analyzer.mapping.backends`). Paragraphs are taken in *runs*: consecutive
paragraphs of one section. What decides a run depends on the clause its section is aligned to
(walking up to the nearest aligned ancestor section):

- **an answerable leaf** (``1.1.1 确定方向``, ``5.2.3``, ``0.1``) — the heading decides
  (method ``heading``), except for a paragraph whose content clearly answers another clause:
  it is credited to that clause (method = the scorer's name) and recorded as
  :class:`~analyzer.mapping.types.Misplaced` (reported by the ``misplaced-content`` check);
- **a merged heading** (``4.5 基础设施与相关方关系``, :attr:`SectionAlignment.also`) — content
  and order choose among the clauses the heading names, and a paragraph whose content clearly
  answers another clause goes there, as under a one-clause heading; when the clauses come from the
  crosswalk row of a foreign number (:attr:`SectionAlignment.crosswalk_row`) the standard's order
  among them means nothing, and content chooses alone, from the heading's own clause;
- **a container with subsections in the report** (``一、领导`` before its ``（一）``) — the
  paragraphs are the container's introduction and are credited to it; a descriptive clause
  (Wuhan ``5.x.1 概述``, ``expects_answer: false``) credits its parent the same way;
- **a container without subsections in the report** (a chapter answered as one block) — content
  and order choose among the container's answerable leaves;
- **nothing** (no headings at all, or text before the first heading) — content and order choose
  among all the standard's answerable leaves (:attr:`Mapping.mode` is ``content`` when no
  paragraph had a heading to go by).

"Content and order" is a Viterbi pass over the run: the states are the candidate clauses in the
standard's order, a paragraph's emission is its similarity to each candidate divided by its best
similarity (so the scale of the backend does not matter), staying in a clause is free, moving to
the next clause costs :data:`FORWARD`, skipping clauses costs :data:`SKIP` each, and going back
costs :data:`BACKWARD` — reports follow the standard's order, but not always.

Every match carries the best other clause by content (``runner_up``) and is ``uncertain`` when the
content margin is small (or, for heading decisions, when the alignment itself is weak).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from ..model import Clause, ClauseMatch, Document, MatchMethod, Paragraph, Standard
from ..results.prose import starts_with_year, without_list_marker
from ..text.frontmatter import is_chapter_summary
from ..text.headings import TAGGED_PARAGRAPHS, paragraph_clause_tags
from .align import Alignment, align_sections
from .backends import Scorer
from .body import body_evidence
from .profiles import mapping_targets
from .references import credit_referenced_tables
from .types import Mapping, Misplaced

_NUMERIC = re.compile(r"[-+—–]?[\d,，.．%％]*\d[\d,，.．%％]*(年|年度)?|[—–\-/]+")

EMISSION = 1.0
"""Weight of a paragraph's (row-normalised) similarity in the Viterbi score."""
FORWARD = 0.15
"""Cost of moving on to the next clause."""
SKIP = 0.08
"""Extra cost per clause skipped when moving forward."""
BACKWARD = 3.0
"""Cost of moving back to an earlier clause."""
PROFILE_FLOOR = 0.6
"""Least emission of a profile clause: an organisation's description resembles every clause a
little and none much, so without a floor the profile is absorbed by the first chapter."""

MISPLACED_RATIO = 3.0
"""Content must be this many times closer to another clause than to its heading's clause …"""
MISPLACED_MIN_RELATIVE = 0.35
"""… and the heading's clause must score below this share of the best (row-normalised)."""
MISPLACED_MIN_SCORE = 0.1
"""… and the other clause must match the text itself, not merely less badly: a paragraph that
resembles no clause much (lexical cosine below this) stays with its heading. Measured on the 24
labelled reports (lexical backend): every move whose best score was below 0.1 was wrong (17 of 17,
0.03–0.09), both moves above it right (0.12, 0.16); a wrong "misplaced" notice costs more than a
missed one."""
MISPLACED_MIN_CHARS = 40
"""Short paragraphs (lead-ins, captions) are never called misplaced."""
UNCERTAIN_MARGIN = 0.1
"""Relative margin ``(best − runner-up) / best`` below which a content decision is uncertain."""
UNCERTAIN_ALIGNMENT = 0.45
"""Heading decisions whose section alignment scored below this are uncertain."""
REALIGN_RATIO = 1.5
"""A section aligned by number or position only whose paragraphs are, on average, this many times
closer to a clause no heading claims is credited to that clause (``2. 客户满意与市场表现`` numbered
as item 2 when item 2 is missing and the text answers item 3)."""
REALIGN_WEAK_TITLE = 0.6


@dataclass(frozen=True, slots=True)
class _Run:
    paragraphs: tuple[int, ...]
    """Row indexes into the body paragraph list."""
    context: str | None
    """Clause the enclosing section is aligned to (nearest aligned ancestor)."""
    also: tuple[str, ...]
    section_score: float
    has_subsections: bool
    section_method: str = "none"
    unordered: bool = False
    """``also`` is a crosswalk row (:attr:`~analyzer.mapping.align.SectionAlignment.crosswalk_row`)."""


def map_paragraphs(doc: Document, standard: Standard, alignment: Alignment | None, scorer: Scorer) -> Mapping:
    """Credit every paragraph of ``doc`` to a clause of ``standard`` (see the module docstring).

    ``scorer`` must be fitted on :func:`~analyzer.mapping.profiles.clause_profiles` of
    ``standard`` (its ``clause_ids`` are the mapping targets). With ``alignment`` None, the
    headings are aligned here with the sections' own text as evidence too
    (:func:`~analyzer.mapping.body.body_evidence`), from the similarities computed for mapping.
    """
    targets = tuple(scorer.clause_ids)
    expected = tuple(c.id for c in mapping_targets(standard))
    if targets != expected:
        raise ValueError(f"scorer is fitted on {len(targets)} clauses, not on the targets of {standard.id}")
    col = {cid: j for j, cid in enumerate(targets)}
    # Front matter (cover block, title lines, 目录 entries) is never credited to a clause, and it
    # is not scored either: a 目录 lists every clause title and would pass for an answer.
    body = [p for p in doc.paragraphs if p.kind != "heading" and not p.front_matter]
    sims = scorer.score([_scoring_text(p) for p in body]) if body else np.zeros((0, len(targets)), np.float32)
    sims = np.clip(np.nan_to_num(sims), 0.0, None)
    if alignment is None:
        alignment = align_sections(doc, standard, body_evidence(doc, standard, body, sims, targets))
    method_name: MatchMethod = scorer.name
    usual = usual_peak(sims)

    decided: dict[str, ClauseMatch] = {}
    misplaced: list[Misplaced] = []
    kinds = tuple(standard.clause(t).kind for t in targets)
    realigned: list[tuple[_Run, str, str]] = []
    claimed = {a.clause for a in alignment.sections if a.clause is not None} | {
        c for a in alignment.sections for c in a.also
    }
    any_heading = False
    tags = {p.id: tuple(c for c in paragraph_clause_tags(p.text) if c in col) for p in body if p.kind == "text"}
    tags = {pid: named for pid, named in tags.items() if named}
    if len(tags) < TAGGED_PARAGRAPHS:
        tags = {}
    preface = _preface_end(doc, standard, alignment)
    front_sections = {s.id for s in doc.sections if s.front_matter}
    for run in _runs(doc, standard, alignment, body):
        rows = list(run.paragraphs)
        if (
            run.context is None
            and all(body[i].index < preface for i in rows)
            and all(body[i].section is None or body[i].section in front_sections for i in rows)
        ):
            for i in rows:  # before the profile's own heading: a preface, no answer (see _preface_end)
                decided[body[i].id] = ClauseMatch(body[i].id, None, 0.0, "none")
            continue
        ctx = standard.clause(run.context) if run.context is not None else None
        if ctx is not None and not ctx.expects_answer and ctx.parent is not None and not ctx.children:
            ctx = standard.clause(ctx.parent)  # Wuhan 5.x.1 概述 → its 条目
        if ctx is not None and ctx.id in col and not run.also:
            any_heading = True
            heading_clause = ctx
            ctx = _realigned(ctx, run, sims[rows], targets, col, standard, claimed)
            if ctx is not heading_clause:
                claimed.add(ctx.id)
                for i in rows:
                    s = float(sims[i, col[ctx.id]])
                    decided[body[i].id] = ClauseMatch(
                        body[i].id,
                        ctx.id,
                        round(s, 4),
                        method_name,
                        heading_clause.id,
                        round(float(sims[i, col[heading_clause.id]]), 4),
                        False,
                    )
                realigned.append((run, heading_clause.id, ctx.id))
                continue
            for i in rows:
                named = [col[c] for c in tags.get(body[i].id, ())]
                if named and col[ctx.id] not in named:  # the author says it answers another clause
                    top = max(named, key=lambda k: float(sims[i, k]))
                    m, mis = _moved(body[i].id, ctx.id, top, col[ctx.id], sims[i], targets, "heading")
                    decided[m.paragraph] = m
                    misplaced.append(mis)
                    continue
                m, mis = _heading_decision(body[i], ctx, sims[i], targets, kinds, col, run.section_score, method_name)
                decided[m.paragraph] = m
                if mis is not None:
                    misplaced.append(mis)
            continue
        if ctx is not None and run.has_subsections and ctx.id not in col:
            any_heading = True
            for i in rows:
                decided[body[i].id] = _intro_decision(body[i], ctx, sims[i], targets, run.section_score)
            continue
        if ctx is None:
            cands = list(range(len(targets)))
        elif run.also:
            any_heading = True
            cands = sorted({col[c] for c in (ctx.id, *run.also) if c in col})
        else:
            any_heading = True
            sub = {d.id for d in standard.descendants(ctx.id)}
            cands = [j for j, cid in enumerate(targets) if cid in sub]
        if not cands:  # a container with nothing answerable below it: credit the container
            for i in rows:
                decided[body[i].id] = _intro_decision(body[i], ctx, sims[i], targets, run.section_score)
            continue
        floors = np.array([PROFILE_FLOOR if kinds[j] == "profile" else 0.0 for j in cands])
        units = list_units([body[i].text for i in rows])
        # a unit's similarity to every target (its members' rows summed): the candidates' columns
        # are its emissions, its best over all targets is how much it says
        unit_rows = np.stack([sims[[rows[k] for k in u]].sum(axis=0) for u in units])
        if ctx is not None:
            # a paragraph with no series of figures that speaks of no results answers a process item
            # beside a result item of the same chapter (a run-on item in a chapter without item headings)
            plain = [n for n, u in enumerate(units) if not any(_shows_results(body[rows[k]]) for k in u)]
            if plain and any(kinds[j] == "process" for j in cands):
                result = [j for j in cands if kinds[j] == "result"]
                unit_rows[np.ix_(plain, result)] *= RESULT_WITHOUT_DATA
        home = cands.index(col[ctx.id]) if run.unordered and ctx is not None and ctx.id in col else None
        weights = evidence_weights(unit_rows.max(axis=1), usual)
        unit_path = viterbi(unit_rows[:, cands], floors, weights, home=home)
        path = [unit_path[n] for n, u in enumerate(units) for _ in u]
        chosen = _follow_tags([body[i] for i in rows], [cands[k] for k in path], tags, cands, sims[rows], col)
        for i, (j, tagged) in zip(rows, chosen, strict=True):
            top = None if tagged or not run.also or ctx is None else _clearly_elsewhere(body[i], ctx, j, sims[i], kinds)
            if top is not None and top not in cands:  # as under a one-clause heading (_heading_decision)
                m, mis = _moved(body[i].id, targets[j], top, j, sims[i], targets, method_name)
                decided[m.paragraph] = m
                misplaced.append(mis)
                continue
            m = _content_decision(body[i], j, sims[i], cands, targets, method_name)
            decided[body[i].id] = replace(m, method="heading", uncertain=False) if tagged else m

    # a table no clause was credited with that the text points to (详见附表2) answers the clause naming it
    decided.update(credit_referenced_tables(doc, decided))
    decided.update(_chapter_summaries(doc, standard, alignment, body))
    matches = []
    for p in doc.paragraphs:
        if p.id in decided:
            matches.append(decided[p.id])
        else:
            matches.append(_heading_line(p, alignment))
    return Mapping(
        standard=standard.id,
        matches=tuple(matches),
        alignment=alignment,
        scorer=scorer.describe(),
        targets=targets,
        misplaced=tuple(misplaced),
        mode="headings" if any_heading else "content",
        scored=tuple(p.id for p in body),
        similarity=sims.astype(np.float32),
    )


def _chapter_summaries(
    doc: Document, standard: Standard, alignment: Alignment, body: Sequence[Paragraph]
) -> dict[str, ClauseMatch]:
    """``本章小结：……`` at the end of a chapter sums up the chapter: it is credited to the chapter's
    clause (the nearest section above it aligned to a top-level clause), not to the last item. So is
    ``小结：……`` where it is the chapter's last paragraph (the next heading opens the next chapter)."""
    parent = {s.id: s.parent for s in doc.sections}
    level = {s.id: s.level for s in doc.sections}
    next_heading: dict[int, str | None] = {}
    upcoming: str | None = None
    for q in reversed(doc.paragraphs):
        next_heading[q.index] = upcoming
        if q.kind == "heading" and q.section is not None:
            upcoming = q.section
    out: dict[str, ClauseMatch] = {}
    for p in body:
        if p.kind != "text" or not is_chapter_summary(p.text, last=True):
            continue  # (the words of a last paragraph include all others: no summary word, no walk)
        sid = p.section
        while sid is not None:
            a = alignment.of(sid)
            if a.clause is not None and standard.clause(a.clause).parent is None:
                break
            sid = parent.get(sid)
        if sid is None:
            continue
        after = next_heading.get(p.index)
        last = after is None or level.get(after, 0) <= level[sid]
        if is_chapter_summary(p.text, last=last):
            a = alignment.of(sid)
            out[p.id] = ClauseMatch(p.id, a.clause, round(a.score, 4), "heading")
    return out


# --------------------------------------------------------------------------- runs


def _scoring_text(p: Paragraph) -> str:
    """What a paragraph is matched on; a table by its caption (twice) and its non-numeric cells."""
    if p.table is not None:
        # The caption, row labels and headers say what a table is about; numbers and years do not.
        cells = [c for row in p.table.rows for c in row if c.strip() and not _numeric(c)]
        caption = p.table.caption or ""
        return "\n".join([caption, caption, " ".join(cells)]).strip() or p.text
    return p.text


def _numeric(cell: str) -> bool:
    return _NUMERIC.fullmatch(cell.strip()) is not None


def _preface_end(doc: Document, standard: Standard, alignment: Alignment) -> int:
    """Index of the heading line of the first section aligned to a clause, when that clause is part of
    the profile (``P 组织概述``, ``【组织概述】``); 0 otherwise. The profile opens the report's
    content under its own heading, so text above it under the title and cover only (an 编码说明, a
    score table after the cover, a foreword the lexicon does not name) answers no clause; text under
    a heading of its own is left to the content (a profile slide the aligner could not place).
    Where the first aligned heading is a chapter, the text above it may be an unheaded profile and
    the content decides."""
    aligned = {a.section: a.clause for a in alignment.sections}
    for s in doc.sections:
        clause = aligned.get(s.id)
        if clause is None or s.front_matter:
            continue
        if standard.clause(clause).kind != "profile":
            return 0
        return next((p.index for p in doc.paragraphs if p.kind == "heading" and p.section == s.id), 0)
    return 0


def _runs(doc: Document, standard: Standard, alignment: Alignment, body: Sequence[Paragraph]) -> list[_Run]:
    sections = {s.id: s for s in doc.sections}
    aligned = {a.section: a for a in alignment.sections}
    has_children = {s.parent for s in doc.sections if s.parent is not None}

    def context(section_id: str | None) -> tuple[str | None, tuple[str, ...], float, str, bool]:
        while section_id is not None:
            a = aligned.get(section_id)
            if a is not None and a.clause is not None:
                return a.clause, a.also, a.score, a.method, a.crosswalk_row
            section_id = sections[section_id].parent if section_id in sections else None
        return None, (), 0.0, "none", False

    runs: list[_Run] = []
    current: list[int] = []
    current_section: object = object()
    for i, p in enumerate(body):
        if p.section != current_section and current:
            runs.append(_make_run(current, current_section, context, has_children))
            current = []
        current_section = p.section
        current.append(i)
    if current:
        runs.append(_make_run(current, current_section, context, has_children))
    return runs


def _make_run(rows: list[int], section: object, context, has_children: set[str]) -> _Run:  # type: ignore[no-untyped-def]
    sid = section if isinstance(section, str) else None
    clause, also, score, method, row = context(sid)
    return _Run(tuple(rows), clause, also, score, sid in has_children if sid is not None else False, method, row)


# --------------------------------------------------------------------------- decisions


def _realigned(
    clause: Clause,
    run: _Run,
    sims: npt.NDArray[np.float32],
    targets: tuple[str, ...],
    col: dict[str, int],
    standard: Standard,
    claimed: set[str],
) -> Clause:
    """The sibling clause a weakly aligned section's text answers, when no heading claims it."""
    if run.section_method not in ("number", "position") and run.section_score >= REALIGN_WEAK_TITLE:
        return clause
    if clause.kind == "profile" or sims.shape[0] == 0:
        return clause
    mean = sims.mean(axis=0)
    free = [
        j
        for j, cid in enumerate(targets)
        if cid not in claimed and cid != clause.id and standard.clause(cid).parent == clause.parent
    ]
    if not free:
        return clause
    best = max(free, key=lambda j: float(mean[j]))
    if mean[best] < REALIGN_RATIO * mean[col[clause.id]]:
        return clause
    return standard.clause(targets[best])


def _best_other(row: npt.NDArray[np.float32], cands: Sequence[int], exclude: int) -> tuple[int | None, float]:
    best, best_s = None, -1.0
    for j in cands:
        if j != exclude and row[j] > best_s:
            best, best_s = j, float(row[j])
    return best, max(best_s, 0.0)


def _heading_decision(
    p: Paragraph,
    clause: Clause,
    row: npt.NDArray[np.float32],
    targets: tuple[str, ...],
    kinds: tuple[str, ...],
    col: dict[str, int],
    section_score: float,
    method_name: MatchMethod,
) -> tuple[ClauseMatch, Misplaced | None]:
    j = col[clause.id]
    top = _clearly_elsewhere(p, clause, j, row, kinds)
    if top is not None:
        return _moved(p.id, clause.id, top, j, row, targets, method_name)
    ru, ru_s = _best_other(row, range(len(targets)), j)
    uncertain = section_score < UNCERTAIN_ALIGNMENT
    return (
        ClauseMatch(
            p.id,
            clause.id,
            round(section_score, 4),
            "heading",
            targets[ru] if ru is not None else None,
            round(ru_s, 4),
            uncertain,
        ),
        None,
    )


def _moved(
    paragraph: str,
    under: str,
    top: int,
    own: int,
    row: npt.NDArray[np.float32],
    targets: tuple[str, ...],
    method: MatchMethod,
) -> tuple[ClauseMatch, Misplaced]:
    """A paragraph standing under clause ``under`` (target column ``own``) credited to column ``top``
    instead, and the :class:`Misplaced` record that reports it."""
    top_s, own_s = round(float(row[top]), 4), round(float(row[own]), 4)
    match = ClauseMatch(paragraph, targets[top], top_s, method, under, own_s, False)
    return match, Misplaced(paragraph, under, targets[top], top_s, own_s)


def _clearly_elsewhere(
    p: Paragraph, clause: Clause, j: int, row: npt.NDArray[np.float32], kinds: tuple[str, ...]
) -> int | None:
    """The target column whose clause ``p`` clearly answers instead of column ``j``, which its
    heading (``clause``) gave it; None when the heading stands (see :data:`MISPLACED_RATIO`)."""
    if row.size == 0:
        return None
    top = int(np.argmax(row))
    top_s, own = float(row[top]), float(row[j])
    # Only process text moves between process clauses: profiles and results legitimately mention
    # everything, and a result paragraph is credited to its heading's result item.
    moves = clause.kind in ("process", "mixed") and kinds[top] == "process"
    if (
        moves
        and top != j
        and p.kind == "text"
        and len(p.text) >= MISPLACED_MIN_CHARS
        and top_s >= MISPLACED_MIN_SCORE
        and top_s >= MISPLACED_RATIO * own
        and own / top_s < MISPLACED_MIN_RELATIVE
    ):
        return top
    return None


def _intro_decision(
    p: Paragraph, clause: Clause | None, row: npt.NDArray[np.float32], targets: tuple[str, ...], section_score: float
) -> ClauseMatch:
    cid = clause.id if clause is not None else None
    ru, ru_s = _best_other(row, range(len(targets)), -1)
    return ClauseMatch(
        p.id,
        cid,
        round(section_score, 4),
        "heading",
        targets[ru] if ru is not None else None,
        round(ru_s, 4),
        section_score < UNCERTAIN_ALIGNMENT,
    )


def _follow_tags(
    paragraphs: Sequence[Paragraph],
    path: Sequence[int],
    tags: dict[str, tuple[str, ...]],
    cands: Sequence[int],
    sims: npt.NDArray[np.float32],
    col: dict[str, int],
) -> list[tuple[int, bool]]:
    """The target column of each paragraph of a run, and whether a tag chose it: a paragraph that
    opens with a tag naming a clause among ``cands`` (``【1.1】``; of two, ``【2.2/2.3】``, the one its
    text is closer to) answers that clause, and the untagged paragraphs after it (a table, a second
    paragraph) answer it too, up to the next tag; before the first tag, ``path`` (the content) decides."""
    out: list[tuple[int, bool]] = []
    current: int | None = None
    allowed = set(cands)
    for n, (p, j) in enumerate(zip(paragraphs, path, strict=True)):
        named = [col[c] for c in tags.get(p.id, ()) if col[c] in allowed]
        if named:
            current = max(named, key=lambda k: float(sims[n, k]))
            out.append((current, True))
        elif current is not None:
            out.append((current, True))
        else:
            out.append((j, False))
    return out


RESULT_WITHOUT_DATA = 0.5
"""What a result item's similarity counts for a paragraph that shows no results (:func:`_shows_results`)
when content chooses among the items of a chapter."""


_OUTCOME_OF = re.compile(r"(?:考核|评价|评估|检查|审核|审计|测评|调查|分析|检测|监测|评审|诊断)(?:的)?结果")
"""The outcome of an assessment (``考核结果与年薪挂钩``): a step of a process, no result of the organisation."""


def _shows_results(p: Paragraph) -> bool:
    """Whether ``p`` shows results: a table, an indicator with values for two or more years, or a
    word of results (``（二）创新成效。``, ``这三年的结果怎么样？``: 结果, 成效 … after the synonyms),
    not the outcome of an assessment (``考核结果与年薪挂钩``, :data:`_OUTCOME_OF`)."""
    from ..results.extract import extract_results
    from .align import vocabulary

    if p.kind == "table":
        return True
    vocab = vocabulary()
    if vocab.is_result(vocab.canonical_text(_OUTCOME_OF.sub("", p.text))):
        return True  # （二）创新成效。三年来… / 这三年的结果怎么样？
    return any(i.is_series for i in extract_results(p.id, [p]).indicators)


def _content_decision(
    p: Paragraph,
    j: int,
    row: npt.NDArray[np.float32],
    cands: Sequence[int],
    targets: tuple[str, ...],
    method_name: MatchMethod,
) -> ClauseMatch:
    s = float(row[j])
    ru, ru_s = _best_other(row, cands, j)
    best = max(float(row[k]) for k in cands)
    method: MatchMethod = method_name if best > 0 else "position"
    uncertain = best <= 0 or (best - max(ru_s, 0.0)) / best < UNCERTAIN_MARGIN or s < best
    return ClauseMatch(
        p.id, targets[j], round(s, 4), method, targets[ru] if ru is not None else None, round(ru_s, 4), uncertain
    )


def _heading_line(p: Paragraph, alignment: Alignment) -> ClauseMatch:
    """A heading line is credited to the clause its section is aligned to; front matter to none."""
    if p.section is None or p.front_matter:
        return ClauseMatch(p.id, None, 0.0, "none")
    try:
        a = alignment.of(p.section)
    except KeyError:
        return ClauseMatch(p.id, None, 0.0, "none")
    if a.clause is None:
        return ClauseMatch(p.id, None, 0.0, "none")
    return ClauseMatch(p.id, a.clause, round(a.score, 4), "heading", uncertain=a.score < UNCERTAIN_ALIGNMENT)


# --------------------------------------------------------------------------- lists


def list_units(texts: Sequence[str]) -> list[list[int]]:
    """``texts`` (consecutive paragraphs) in units that answer one clause together, in order: a lead
    line — one line that ends in a colon and says no sentence (``平均住院日（天）：``) — with the list
    items right after it (lines opening with a bullet mark or a year: ``· 2021财年 7.8``,
    ``2025年目标：≤6.5``); every other paragraph is a unit of its own. An item alone says little
    (a year and a figure); the lead says what it measures."""
    units: list[list[int]] = []
    lead = False
    for k, text in enumerate(texts):
        t = text.strip()
        one_line = not any(c in t[:-1] for c in "。！？!?\n")
        item = bool(t) and one_line and (without_list_marker(t) != t or starts_with_year(t))
        if item and lead and units:
            units[-1].append(k)
            continue
        units.append([k])
        lead = t.endswith(("：", ":")) and not any(c in t for c in "。；;！？!?\n")
    return units


# --------------------------------------------------------------------------- Viterbi


def usual_peak(sims: npt.NDArray[np.float32]) -> float:
    """A paragraph's usual best similarity in this document (median over the scored paragraphs
    that resemble anything): the scale :func:`evidence_weights` measures against."""
    peaks = sims.max(axis=1) if sims.size else np.zeros(0)
    positive = peaks[peaks > 0]
    return float(np.median(positive)) if positive.size else 0.0


def evidence_weights(peaks: npt.NDArray[np.float64], usual: float) -> npt.NDArray[np.float64]:
    """How much each row's content may pull the Viterbi path: its best similarity (over all
    clauses) against the document's usual best (:func:`usual_peak`), at most 1. A line that says
    little — ``· 2021财年 16.2``, ``平均住院日（天）：`` — is close to no clause, and dividing by its own
    tiny best would make its accidental favourite as strong as a real paragraph's answer; weighted,
    the lines around it and the standard's order decide. Scale-free: ``usual`` comes from the same
    document and backend (a run's own median would be fragile: a section has few paragraphs)."""
    peaks = np.asarray(peaks, dtype=np.float64)
    if usual <= 0:
        return np.ones_like(peaks)
    return np.clip(peaks / usual, 0.0, 1.0)


def viterbi(
    sims: npt.NDArray[np.float32],
    floors: npt.NDArray[np.float64] | None = None,
    weights: npt.NDArray[np.float64] | None = None,
    home: int | None = None,
) -> list[int]:
    """The best monotone-ish path of states (columns, in the standard's order) through the rows.

    Scores: ``EMISSION × w[i] × sims[i, j] / max(sims[i])`` (``weights``, default 1: :func:`evidence_weights`);
    staying is free; moving forward costs
    ``FORWARD + SKIP × (skipped clauses)``; moving back costs ``BACKWARD``; starting on state
    ``j`` costs ``SKIP × j``. ``floors`` (per state) is the least emission of a state.

    With ``home`` the states have no order (a crosswalk row: :attr:`_Run.unordered`): every change
    of state costs ``FORWARD``, and so does starting on any state but ``home``, the clause the
    heading itself was aligned to.
    """
    n, k = sims.shape
    if n == 0:
        return []
    if k == 1:
        return [0] * n
    peak = sims.max(axis=1, keepdims=True)
    emis = EMISSION * np.divide(sims, peak, out=np.zeros_like(sims, dtype=np.float64), where=peak > 0)
    if floors is not None:
        emis = np.maximum(emis, EMISSION * floors[None, :])
    if weights is not None:
        emis *= np.asarray(weights, dtype=np.float64)[:, None]
    idx = np.arange(k)
    diff = idx[None, :] - idx[:, None]  # diff[a, b] = b − a (from a to b)
    if home is None:
        trans = np.where(diff == 0, 0.0, np.where(diff > 0, -(FORWARD + SKIP * (diff - 1)), -BACKWARD))
        score = emis[0] - SKIP * idx
    else:
        trans = np.where(diff == 0, 0.0, -FORWARD)
        score = emis[0] - np.where(idx == home, 0.0, FORWARD)
    back = np.zeros((n, k), dtype=np.int64)
    for i in range(1, n):
        total = score[:, None] + trans  # from a (rows) to b (cols)
        back[i] = np.argmax(total, axis=0)
        score = total[back[i], idx] + emis[i]
    path = [int(np.argmax(score))]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]
