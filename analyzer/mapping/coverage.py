"""Coverage per clause: how much of the report answers it, which guidance points, and its status.

For every clause of the standard :func:`compute_coverage` collects the body paragraphs credited
to it or its descendants (:class:`~analyzer.mapping.types.Mapping`) and measures:

- ``chars`` — Word-style 字数 of those paragraphs (tables included);
- ``points`` — for each guidance point (要点, a)–d), 三级 point, named point) whether some sentence
  of the clause's own paragraphs addresses it: the similarity of the best sentence, by a
  :class:`~analyzer.mapping.lexical.LexicalScorer` (jieba words + character bigrams/trigrams,
  equal weights) fitted on all guidance points of the standard, at least :data:`POINT_THRESHOLD`;
- ``weight`` — the clause's points (a Wuhan 条款 shares its 条目's points with its answerable
  siblings) and ``expected_chars``: the 字数 below which an answer of that weight is thin,
  :data:`THIN_SHARE` × the clause's share of the points × the report limit (30,000 when the
  standard states none). A 40-point item of a 500-point standard is thin under
  0.1 × 40/500 × 30,000 = 240 字 (calibrated on the labelled reports, see the closing note of issue 4).

Credit that only mentions a clause does not count (:func:`~analyzer.mapping.elsewhere.borrowed_credit`):
a paragraph credited to a clause with no heading of its own, by content, from a container's
introduction (or from under a heading the aligner placed nowhere), while that text is shorter than
a thin answer of the clause (``expected_chars``; one paragraph for an unweighted clause).

Status of an answerable leaf: ``missing`` with no credited paragraph and no section whose text
answers it (:mod:`analyzer.mapping.elsewhere`; when one does, ``weak`` with that reason and
:attr:`ClauseCoverage.elsewhere` saying where); ``weak`` when it is under
``expected_chars`` or addresses fewer than half of its guidance points; else ``covered``.
Containers: ``missing`` when every answerable leaf below is missing and they have no text of their
own, ``weak`` when some leaf below is missing or weak, else ``covered``. Descriptive clauses (Wuhan
5.x.1 概述) are ``not-applicable``. For missing and weak clauses ``nearest`` points at the
paragraph credited elsewhere that is closest to the clause by content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..model import Clause, Document, Paragraph, Standard
from ..resources import Resources
from ..text.counts import count
from ..text.sentences import paragraph_sentences
from .backends import ClauseProfileText
from .elsewhere import answered_elsewhere, borrowed_credit
from .lexical import LexicalScorer
from .types import AnsweredElsewhere, ClauseCoverage, Coverage, CoverageStatus, Mapping, NearestText, PointCoverage

if TYPE_CHECKING:
    import numpy.typing as npt

    from ..text.tokenize import JiebaTokenizer

THIN_SHARE = 0.1
POINTS_NEEDED = 0.5
"""Share of a clause's guidance points that must be addressed for it not to be weak."""
POINT_THRESHOLD = 0.1
"""Similarity of the best sentence to a guidance point for the point to count as addressed."""
DEFAULT_REFERENCE_LENGTH = 30000


def split_sentences(p: Paragraph) -> list[str]:
    """Sentences of a paragraph (a table: one per row), cheap and deterministic."""
    if p.table is not None:
        return [" ".join(row) for row in p.table.rows if any(c.strip() for c in row)]
    return [s for s in paragraph_sentences(p) if len(s) >= 4]


def fit_point_scorer(standard: Standard, tokenizer: JiebaTokenizer | None = None) -> LexicalScorer | None:
    """A lexical scorer fitted on every guidance point of ``standard`` (None: it has none).

    :meth:`analyzer.resources.Resources.point_scorer` keeps one per standard and process."""
    points = [ClauseProfileText(g.id, f"{g.title or ''} {g.text}") for g in standard.guidance]
    scorer = LexicalScorer(tokenizer=tokenizer, word_weight=0.5, char_ngram=(2, 3)) if points else None
    if scorer is not None:
        scorer.fit(points)
    return scorer


def clause_weight(standard: Standard, clause: Clause) -> float | None:
    """Points a clause carries; a Wuhan 条款 shares its 条目's points with its answerable siblings."""
    if clause.points is not None:
        return float(clause.points)
    if clause.parent is None or not clause.expects_answer:
        return None
    parent = standard.clause(clause.parent)
    if parent.points is None:
        return None
    answerable = [c for c in standard.children(parent.id) if c.expects_answer]
    return parent.points / len(answerable) if answerable else None


def compute_coverage(
    doc: Document, standard: Standard, mapping: Mapping, resources: Resources | None = None
) -> Coverage:
    """Coverage of every clause of ``standard`` by ``doc`` (see the module docstring)."""
    paragraphs = {p.id: p for p in doc.paragraphs}
    body = {p.id for p in doc.paragraphs if p.kind != "heading"}
    # A paragraph that only mentions a clause from under another heading is not its answer.
    borrowed = _mentions(doc, standard, mapping)
    own: dict[str, list[str]] = {}
    for m in mapping.matches:
        if m.clause is not None and m.paragraph in body and m.paragraph not in borrowed.get(m.clause, ()):
            own.setdefault(m.clause, []).append(m.paragraph)
    points = (resources or Resources.default()).point_scorer(standard)
    pcol = {gid: j for j, gid in enumerate(points.clause_ids)} if points is not None else {}

    def measure(c: Clause) -> tuple[tuple[str, ...], int, float | None, int | None]:
        ids = [c.id, *(d.id for d in standard.descendants(c.id))]
        credited = sorted((pid for cid in ids for pid in own.get(cid, ())), key=lambda pid: paragraphs[pid].index)
        chars = sum(count(paragraphs[pid].text).word_style for pid in credited)
        weight = clause_weight(standard, c)
        expected = expected_chars(standard, c)
        return tuple(credited), chars, weight, expected

    # Every leaf's sentences are scored against the guidance points in one batch (rows do not
    # depend on each other), then each leaf reads its own rows.
    leaves = [c for c in standard.clauses if not c.children]
    sents: dict[str, list[tuple[str, str]]] = {}
    rows: dict[str, npt.NDArray[np.float32]] = {}
    if points is not None:
        for c in leaves:
            if c.guidance:
                sents[c.id] = [(pid, s) for pid in own.get(c.id, ()) for s in split_sentences(paragraphs[pid])]
        sims = points.score([s for ss in sents.values() for _, s in ss])
        start = 0
        for cid, ss in sents.items():
            rows[cid] = sims[start : start + len(ss)]
            start += len(ss)

    # Leaves first: a container's status is derived from the leaves below it.
    by_id: dict[str, ClauseCoverage] = {}
    for c in leaves:
        credited, chars, weight, expected = measure(c)
        pcs = _points(c, sents.get(c.id, []), rows.get(c.id), pcol)
        status, zh, en = _status(standard, c, credited, chars, expected, pcs, by_id)
        elsewhere = None
        if status == "missing" and c.expects_answer:
            elsewhere = answered_elsewhere(doc, standard, mapping, c.id, own, borrowed.get(c.id, ()))
            if elsewhere is not None:
                status, zh, en = _answered_elsewhere(elsewhere, paragraphs)
        nearest = _nearest(c, mapping, paragraphs) if status in ("missing", "weak") else None
        by_id[c.id] = ClauseCoverage(c.id, status, chars, credited, pcs, expected, weight, zh, en, nearest, elsewhere)
    leaf_cov = dict(by_id)
    for c in standard.clauses:
        if c.children:
            credited, chars, weight, expected = measure(c)
            status, zh, en = _status(standard, c, credited, chars, expected, (), leaf_cov)
            by_id[c.id] = ClauseCoverage(c.id, status, chars, credited, (), expected, weight, zh, en)
    return Coverage(standard.id, tuple(by_id[c.id] for c in standard.clauses))


def expected_chars(standard: Standard, clause: Clause) -> int | None:
    """字数 below which an answer of the clause's weight is thin (see the module docstring)."""
    weight = clause_weight(standard, clause)
    if weight is None:
        return None
    limit = standard.report_limit.max if standard.report_limit is not None else DEFAULT_REFERENCE_LENGTH
    return round(THIN_SHARE * weight / (standard.total_points or 1) * limit)


def _mentions(doc: Document, standard: Standard, mapping: Mapping) -> dict[str, set[str]]:
    """Content credits that only mention their clause (:func:`~analyzer.mapping.elsewhere.borrowed_credit`),
    kept as mentions while they are shorter than a thin answer of the clause (one paragraph when
    the clause carries no weight): more text than that, in one place, is an answer whose heading
    the aligner read as the container's."""
    paragraphs = {p.id: p for p in doc.paragraphs}
    out: dict[str, set[str]] = {}
    for cid, pids in borrowed_credit(doc, standard, mapping).items():
        expected = expected_chars(standard, standard.clause(cid))
        chars = sum(count(paragraphs[pid].text).word_style for pid in pids)
        if (expected is None and len(pids) == 1) or (expected is not None and chars < expected):
            out[cid] = pids
    return out


def _points(
    clause: Clause,
    sents: list[tuple[str, str]],
    sims: npt.NDArray[np.float32] | None,
    pcol: dict[str, int],
) -> tuple[PointCoverage, ...]:
    """Each guidance point of ``clause``: its best sentence (``sims``: sentences × all points)."""
    if not clause.guidance or sims is None:
        return ()
    out = []
    for g in clause.guidance:
        label = g.number or g.title or g.text[:12]
        if not sents:
            out.append(PointCoverage(g.id, label, False, 0.0))
            continue
        col = sims[:, pcol[g.id]]
        i = int(np.argmax(col))
        s = float(col[i])
        out.append(PointCoverage(g.id, label, s >= POINT_THRESHOLD, round(s, 4), sents[i][0], sents[i][1][:120]))
    return tuple(out)


def _status(
    standard: Standard,
    c: Clause,
    credited: tuple[str, ...],
    chars: int,
    expected: int | None,
    pcs: tuple[PointCoverage, ...],
    leaf_cov: dict[str, ClauseCoverage],
) -> tuple[CoverageStatus, tuple[str, ...], tuple[str, ...]]:
    if not c.expects_answer and not c.children:
        return "not-applicable", ("描述性条款，无需单独回答",), ("descriptive clause, not answered on its own",)
    if c.children:
        leaves = [leaf_cov[d.id] for d in standard.descendants(c.id) if d.id in leaf_cov]
        leaves = [lc for lc in leaves if lc.status != "not-applicable"]
        if leaves and all(lc.status == "missing" for lc in leaves) and not credited:
            return "missing", ("下属条款均未回答",), ("no clause below it is answered",)
        bad = [lc.clause for lc in leaves if lc.status in ("missing", "weak")]
        if bad:
            return (
                "weak",
                (f"下属条款缺失或薄弱：{'、'.join(bad)}",),
                (f"clauses below missing or thin: {', '.join(bad)}",),
            )
        if not leaves and not credited:
            return "missing", ("没有内容",), ("no text",)
        return "covered", (), ()
    if not credited:
        return "missing", ("报告中没有回答该条款的内容",), ("no text of the report answers this clause",)
    zh: list[str] = []
    en: list[str] = []
    if expected is not None and chars < expected:
        zh.append(f"仅{chars}字，按分值应不少于约{expected}字")
        en.append(f"only {chars} 字 where its weight calls for about {expected} or more")
    if pcs:
        done = sum(1 for p in pcs if p.addressed)
        if done < POINTS_NEEDED * len(pcs):
            left = "、".join(p.label for p in pcs if not p.addressed)
            zh.append(f"要点仅回答{done}/{len(pcs)}项，未涉及：{left}")
            en.append(f"addresses {done} of {len(pcs)} guidance points; not addressed: {left}")
    return ("weak" if zh else "covered"), tuple(zh), tuple(en)


def _answered_elsewhere(
    ev: AnsweredElsewhere, paragraphs: dict[str, Paragraph]
) -> tuple[CoverageStatus, tuple[str, ...], tuple[str, ...]]:
    """Status and reasons of a clause with no paragraph of its own that a section's text answers."""
    first = paragraphs[ev.paragraphs[0]]
    page_zh = f"第{first.page}页，" if first.page else ""
    page_en = f"page {first.page}, " if first.page else ""
    under = ev.credited_to or "—"
    return (
        "weak",
        (
            f"没有单独回答该条款的章节；{page_zh}第{first.index + 1}段起的一节（已归入 {under}）"
            "的内容似在回答它，请核对标题",
        ),
        (
            f"no section of its own; the section at {page_en}paragraph {first.index + 1} (credited to {under}) "
            "seems to answer it, check its heading",
        ),
    )


def _nearest(c: Clause, mapping: Mapping, paragraphs: dict[str, Paragraph]) -> NearestText | None:
    if mapping.similarity is None or c.id not in mapping.targets or not mapping.scored:
        return None
    j = mapping.targets.index(c.id)
    col = mapping.similarity[:, j]
    order = np.argsort(-col, kind="stable")
    for i in order[:10]:
        pid = mapping.scored[int(i)]
        m = mapping.of(pid)
        if m.clause == c.id or col[int(i)] <= 0:
            continue
        p = paragraphs[pid]
        return NearestText(pid, m.clause, round(float(col[int(i)]), 4), p.page, p.text[:60])
    return None
