"""``sara.analysis/1``: the JSON contract of SPEC.md ("Interfaces"), built from an :class:`Analysis`.

The fields SPEC.md requires keep their meaning; everything else is extra and documented here:

- ``genre``: whether the document is a self-assessment report at all (``is_report``, ``genre``,
  ``name_zh/en``, ``report`` = the category coverage and words found, ``other`` = the closest other
  genre with its cues, ``reasons_zh/en``). For a non-report (``is_report`` false) ``score_estimate``
  is null, every clause's ``band`` is null and the only finding is ``not-self-assessment``;
- ``source`` (file, format, sha256, pages), ``detection`` (``--standard auto``; ``standard`` is null
  and ``fits`` false when no standard fits a non-report, ``closest`` names the closest one;
  ``award_named`` is the award a report's title names when no standard is for it), ``backend`` (which
  scorer ran, model, fallback reason), ``diagnostics`` (extraction), ``mapping`` (mode and the
  heading alignment per section);
- per paragraph: ``id``, ``page``, ``kind``, ``section``, ``runner_up``, ``runner_up_score``,
  ``uncertain``, ``misplaced_from``;
- per clause: ``number``, ``level``, ``parent``, ``weight``, ``expected_chars``, ``guidance``
  (addressed or not, with the sentence), ``reasons_zh/en``, ``nearest``;
- per finding: ``code``, ``paragraphs``, ``details``;
- ``length.profile`` and the counts in every convention.

``band`` (scoring units only; null for other clauses) is the machine's draft:
``{low, high, reasons}`` as SPEC.md requires, plus ``band_id``, ``source`` ("machine"),
``percent`` (point estimate), ``label_zh``, ``wording`` (the band wording it matched),
``reasons_en``, ``paragraphs``, ``indicators``, ``cap``. ``score_estimate`` is ``{low, high}`` in
points plus ``point``, ``total_points``, percentages and the award thresholds' status (each with
``inclusive``: ``true`` for “不低于”, ``false`` for “高于”). ``length.profile`` carries ``state``
(``over``/``near``/``within``) like ``length``.

Human decisions (:func:`with_decisions`, the review exports) are never mixed into the machine's
fields; they are added beside them:

- ``decisions`` — the current bands: each reviewer's latest decision per item, then the latest
  consensus per item, each ``{provenance: "reviewer"|"consensus", clause, reviewer, band_id, low,
  high, comment, rationale, machine_band_id, machine_reasons, agrees_with_machine, created_at}``
  (``reviewer`` is who decided, for a consensus the person who recorded it; ``machine_band_id`` and
  ``machine_reasons`` are the machine suggestion as shown at that moment, null/[] if none was);
- ``decision_history`` (only when a history is given) — every decision in the order it was made,
  same fields.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..checks.base import CheckContext
from ..checks.length_limit import report_measure
from ..checks.profile_length_limit import profile_measure
from ..mapping.genre import GenreEvidence
from ..model import Finding
from ..names import display_name
from ..pipeline import Analysis
from ..report import counts_to_dict, diagnostic_to_dict
from ..store import Decision

SCHEMA = "sara.analysis/1"
JsonObject = dict[str, Any]


def analysis_to_dict(a: Analysis) -> JsonObject:
    doc, std = a.document, a.standard
    ctx = CheckContext(doc, std, a.mapping, a.coverage, a.config)
    return {
        "schema": SCHEMA,
        "sara_version": a.sara_version,
        "source": {"file": display_name(doc.source), "format": doc.format, "sha256": doc.sha256, "pages": doc.pages},
        "standard": {
            "id": std.id,
            "title": std.title,
            "total_points": std.total_points,
            "version": std.version,
            "digest": std.digest,
        },
        "detection": _detection(a),
        "genre": _genre(a),
        "backend": _backend(a),
        "length": _length(a, ctx),
        "diagnostics": [diagnostic_to_dict(d) for d in doc.diagnostics],
        "mapping": {
            "mode": a.mapping.mode,
            "sections": [
                {
                    "id": s.id,
                    "level": s.level,
                    "number": s.number,
                    "title": s.title,
                    "page": s.page,
                    "front_matter": s.front_matter,
                    "clause": al.clause,
                    "score": al.score,
                    "method": al.method,
                    "reasons": list(al.reasons),
                    "also": list(al.also),
                }
                for s, al in zip(doc.sections, a.mapping.alignment.sections, strict=True)
            ],
        },
        "paragraphs": _paragraphs(a),
        "clauses": _clauses(a),
        "findings": [finding_to_dict(f) for f in a.findings],
        "score_estimate": _estimate(a),
        "timings": dict(a.timings),
    }


def decision_to_dict(d: Decision) -> JsonObject:
    return {
        "provenance": d.kind,
        "clause": d.clause,
        "reviewer": d.reviewer,
        "band_id": d.band_id,
        "low": d.low,
        "high": d.high,
        "comment": d.comment,
        "rationale": d.rationale,
        "machine_band_id": d.machine_band_id,
        "machine_reasons": list(d.machine_reasons),
        "agrees_with_machine": d.agrees_with_machine,
        "created_at": d.created_at,
    }


def with_decisions(
    result: Mapping[str, Any], decisions: Sequence[Decision], history: Sequence[Decision] = ()
) -> JsonObject:
    """A copy of the ``sara.analysis/1`` document ``result`` with ``decisions`` (and
    ``decision_history`` when ``history`` is given) added; the machine's fields are left as they are.

    ``decisions`` may hold several rows per reviewer and item (e.g. a whole history): the latest
    (by id) is kept, reviewers' bands first (item, then reviewer order), then consensus."""
    if result.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document: schema {result.get('schema')!r}")
    latest: dict[tuple[str, str, str], Decision] = {}
    for d in sorted(decisions, key=lambda d: d.id):
        key = (d.kind, d.clause, d.reviewer if d.kind == "reviewer" else "")
        latest[key] = d
    order = {c["id"]: i for i, c in enumerate(result.get("clauses") or [])}

    def rank(d: Decision) -> tuple[int, int, str]:
        return (d.kind != "reviewer", order.get(d.clause, len(order)), d.reviewer)

    out = dict(result)
    out["decisions"] = [decision_to_dict(d) for d in sorted(latest.values(), key=rank)]
    if history:
        out["decision_history"] = [decision_to_dict(d) for d in sorted(history, key=lambda d: d.id)]
    return out


def finding_to_dict(f: Finding) -> JsonObject:
    return {
        "check": f.check,
        "code": f.code,
        "severity": f.severity,
        "clause": f.clause,
        "message_zh": f.message_zh,
        "message_en": f.message_en,
        "paragraphs": list(f.paragraphs),
        "details": [
            {"subject": d.subject, "message_zh": d.message_zh, "message_en": d.message_en, "facts": dict(d.facts)}
            for d in f.details
        ],
    }


def _detection(a: Analysis) -> JsonObject | None:
    d = a.detection
    if d is None:
        return None
    return {
        "standard": d.standard if d.fits else None,
        "closest": d.standard,
        "fits": d.fits,
        "award_named": d.award_named,
        "confidence": d.confidence,
        "reasons_zh": list(d.reasons_zh),
        "reasons_en": list(d.reasons_en),
        "candidates": [
            {
                "standard": c.standard,
                "probability": c.probability,
                "score": c.score,
                "award": c.award,
                "class": c.award_class,
                "structure": c.structure,
                "content": c.content,
            }
            for c in d.candidates
        ],
    }


def _genre(a: Analysis) -> JsonObject | None:
    g = a.genre
    if g is None:
        return None

    def evidence(e: GenreEvidence | None) -> JsonObject | None:
        if e is None:
            return None
        return {
            "genre": e.genre,
            "name_zh": e.name_zh,
            "name_en": e.name_en,
            "strength": e.strength,
            "terms": list(e.terms),
            "headings": list(e.headings),
        }

    return {
        "is_report": g.is_report,
        "genre": g.genre,
        "name_zh": g.name_zh,
        "name_en": g.name_en,
        "report": evidence(g.report),
        "other": evidence(g.other),
        "reasons_zh": list(g.reasons_zh),
        "reasons_en": list(g.reasons_en),
    }


def _backend(a: Analysis) -> JsonObject:
    info = a.mapping.scorer
    return {
        "name": info.name,
        "requested": info.requested,
        "model": info.model,
        "model_path": info.model_path,
        "dimension": info.dimension,
        "detail": info.detail,
        "cache": info.cache,
        "fallback": None
        if info.fallback is None
        else {
            "wanted": info.fallback.wanted,
            "reason_zh": info.fallback.reason_zh,
            "reason_en": info.fallback.reason_en,
        },
    }


def _length(a: Analysis, ctx: CheckContext) -> JsonObject:
    doc, std = a.document, a.standard
    counts = doc.counts
    out: JsonObject = {"count": None, "limit": None, "convention": "word_count", "over": False}
    if std.report_limit is not None:
        m = report_measure(doc, std.report_limit, ctx.config)
        out.update(count=m.count, limit=m.limit.max, convention=m.convention, over=m.state == "over", state=m.state)
    elif counts is not None:
        out["count"] = counts.word_style
    if counts is not None:
        out["counts"] = counts_to_dict(counts)
    if doc.excluded_counts is not None:
        out["excluded"] = counts_to_dict(doc.excluded_counts)
    pm = profile_measure(ctx)
    out["profile"] = (
        None
        if pm is None
        else {
            "count": pm.count,
            "limit": pm.limit.max,
            "convention": pm.convention,
            "over": pm.state == "over",
            "state": pm.state,
        }
    )
    return out


def _paragraphs(a: Analysis) -> list[JsonObject]:
    headings = {s.heading_span for s in a.document.sections}
    misplaced = {m.paragraph: m.under_clause for m in a.mapping.misplaced}
    out = []
    for p in a.document.paragraphs:
        m = a.mapping.of(p.id)
        out.append(
            {
                "id": p.id,
                "index": p.index,
                "text": p.text,
                "start": p.span.start,
                "end": p.span.end,
                "page": p.page,
                "kind": p.kind,
                "heading": p.kind == "heading" or p.span in headings,
                "section": p.section,
                "front_matter": p.front_matter,
                "clause": m.clause,
                "score": m.score,
                "method": m.method,
                "runner_up": m.runner_up,
                "runner_up_score": m.runner_up_score,
                "uncertain": m.uncertain,
                "misplaced_from": misplaced.get(p.id),
                "source": p.source,
            }
        )
    return out


# The note on evidence OCR read from a picture (analyzer/ingest/ocr.py): a reviewer checks it.
CHART_NOTE_ZH = "来自图表（OCR）"
CHART_NOTE_EN = "from a chart, OCR"


def _chart_evidence(a: Analysis, paragraph_ids: tuple[str, ...] | list[str]) -> list[JsonObject]:
    """The clause's paragraphs OCR read from pictures (a chart's years, labels and legend)."""
    by_id = {p.id: p for p in a.document.paragraphs}
    return [
        {
            "paragraph": pid,
            "page": by_id[pid].page,
            "excerpt": by_id[pid].text[:200],
            "source": "picture",
            "note_zh": CHART_NOTE_ZH,
            "note_en": CHART_NOTE_EN,
        }
        for pid in paragraph_ids
        if pid in by_id and by_id[pid].source == "picture"
    ]


def _estimate(a: Analysis) -> JsonObject | None:
    e = a.estimate
    if e is None:
        return None
    return {
        "low": e.low,
        "high": e.high,
        "point": e.point,
        "total_points": e.total_points,
        "percent_low": e.percent_low,
        "percent_high": e.percent_high,
        "unscored": list(e.unscored),
        "thresholds": [
            {
                "id": t.id,
                "label_zh": t.label_zh,
                "percent": t.percent,
                "inclusive": t.inclusive,
                "points": t.points,
                "status": t.status,
                "message_zh": t.message_zh,
                "message_en": t.message_en,
            }
            for t in e.thresholds
        ],
    }


def _band(a: Analysis, clause_id: str) -> JsonObject | None:
    s = next((s for s in a.suggestions if s.clause == clause_id), None)
    if s is None:
        return None
    return {
        "low": s.low,
        "high": s.high,
        "reasons": list(s.reasons_zh),
        "reasons_en": list(s.reasons_en),
        "band_id": s.band_id,
        "source": s.source,
        "percent": s.percent,
        "label_zh": s.label_zh,
        "wording": list(s.wording),
        "paragraphs": list(s.paragraphs),
        "indicators": list(s.indicators),
        "cap": s.cap,
        "missing": s.missing,
    }


def _clauses(a: Analysis) -> list[JsonObject]:
    paragraphs = {p.id: p for p in a.document.paragraphs}
    out = []
    for c in a.standard.clauses:
        cov = a.coverage.of(c.id)
        out.append(
            {
                "id": c.id,
                "number": c.number,
                "title": c.title,
                "level": c.level,
                "parent": c.parent,
                "points": c.points,
                "weight": cov.weight,
                "kind": c.kind,
                "status": cov.status,
                "chars": cov.chars,
                "expected_chars": cov.expected_chars,
                "paragraphs": list(cov.paragraphs),
                "evidence": [
                    {"paragraph": pid, "page": paragraphs[pid].page, "excerpt": paragraphs[pid].text[:80]}
                    for pid in cov.paragraphs[:5]
                ],
                "charts": _chart_evidence(a, cov.paragraphs),
                "guidance": [
                    {
                        "id": g.point,
                        "label": g.label,
                        "addressed": g.addressed,
                        "score": g.score,
                        "paragraph": g.paragraph,
                        "sentence": g.sentence,
                    }
                    for g in cov.points
                ],
                "reasons_zh": list(cov.reasons_zh),
                "reasons_en": list(cov.reasons_en),
                "nearest": None
                if cov.nearest is None
                else {
                    "paragraph": cov.nearest.paragraph,
                    "clause": cov.nearest.clause,
                    "score": cov.nearest.score,
                    "page": cov.nearest.page,
                    "excerpt": cov.nearest.excerpt,
                },
                "band": _band(a, c.id),
            }
        )
    return out
