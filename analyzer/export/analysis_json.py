"""The live analysis as a ``sara.analysis/1`` record, and the record with reviewer decisions beside it.

The schema, its writer and its reader live in :mod:`analyzer.record` (what every field means is
documented there). This module only turns an :class:`~analyzer.pipeline.Analysis` into that record
(:func:`analysis_record`) and adds the human decisions of the review exports
(:func:`with_decisions`); ``SCHEMA`` is re-exported from :mod:`analyzer.record`.

:func:`analysis_json` is the last step every front end shares, written once: the analysis as its
``sara.analysis/1`` document, whose text the CLI prints and the store and screening workers keep,
read back as the record every rendering draws from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..checks.base import CheckContext
from ..checks.length_limit import report_measure
from ..checks.profile_length_limit import profile_measure
from ..mapping.genre import GenreEvidence
from ..model import Counts, Decision, Finding
from ..names import display_name
from ..pipeline import Analysis
from ..record import (
    SCHEMA,
    AnalysisRecord,
    BackendInfo,
    BandInfo,
    CandidateInfo,
    ChartInfo,
    ClauseInfo,
    CountsInfo,
    DecisionInfo,
    DetectionInfo,
    DiagnosticInfo,
    EstimateInfo,
    EvidenceInfo,
    FallbackInfo,
    FindingDetailInfo,
    FindingInfo,
    GenreEvidenceInfo,
    GenreInfo,
    GuidanceInfo,
    JsonObject,
    LengthInfo,
    NearestInfo,
    ParagraphInfo,
    SectionInfo,
    SourceInfo,
    StandardRef,
    ThresholdInfo,
    read_record,
    record_to_dict,
    to_json,
)
from .common import current_decisions

__all__ = [
    "SCHEMA",
    "AnalysisJson",
    "analysis_json",
    "analysis_record",
    "analysis_to_dict",
    "decision_to_dict",
    "with_decisions",
]


def analysis_to_dict(a: Analysis) -> JsonObject:
    """The ``sara.analysis/1`` document of an analysis (what ``sara analyze --format json`` prints)."""
    return record_to_dict(analysis_record(a))


@dataclass(frozen=True, slots=True)
class AnalysisJson:
    """An analysis as its ``sara.analysis/1`` document, in the forms the front ends use."""

    data: JsonObject

    def compact(self) -> str:
        """The JSON text the store and the screening workers keep (one line, not ASCII-escaped)."""
        return json.dumps(self.data, ensure_ascii=False)

    def pretty(self) -> str:
        """The JSON text ``sara analyze --format json`` prints (indented, with a final newline)."""
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"

    def record(self) -> AnalysisRecord:
        """The document read back as a typed record: every rendering draws from this, never from
        the live analysis, so the CLI renders what the workspace renders from the stored JSON."""
        return read_record(self.data)


def analysis_json(a: Analysis, *, file: str | None = None) -> AnalysisJson:
    """The last step of the CLI, the workspace and the screening workers: the analysis as its
    ``sara.analysis/1`` document. ``file`` replaces ``source.file`` (the name the workspace shows
    for an upload, not the temporary path it was read from)."""
    data = analysis_to_dict(a)
    if file is not None:
        data["source"]["file"] = file
    return AnalysisJson(data)


def analysis_record(a: Analysis) -> AnalysisRecord:
    """The record of a live analysis, exactly as :func:`analyzer.record.read_record` reads its JSON back."""
    doc, std = a.document, a.standard
    ctx = CheckContext(doc, std, a.mapping, a.coverage, a.config)
    report_length, profile_length = _length(a, ctx)
    return AnalysisRecord(
        sara_version=a.sara_version,
        source=SourceInfo(display_name(doc.source), doc.format, doc.sha256, doc.pages),
        standard=StandardRef(std.id, std.title, std.total_points, std.version, std.digest),
        length=report_length,
        profile_length=profile_length,
        detection=_detection(a),
        backend=_backend(a),
        diagnostics=tuple(
            DiagnosticInfo(d.code, d.severity, d.message_zh, d.message_en, d.count) for d in doc.diagnostics
        ),
        sections=tuple(
            SectionInfo(
                id=s.id,
                level=s.level,
                number=s.number,
                title=s.title,
                page=s.page,
                front_matter=s.front_matter,
                clause=al.clause,
                score=al.score,
                method=al.method,
                reasons=tuple(al.reasons),
                also=tuple(al.also),
            )
            for s, al in zip(doc.sections, a.mapping.alignment.sections, strict=True)
        ),
        paragraphs=_paragraphs(a),
        clauses=_clauses(a),
        findings=tuple(_finding(f) for f in a.findings),
        estimate=_estimate(a),
        mapping_mode=a.mapping.mode,
        genre=_genre(a),
        timings=tuple(dict(a.timings).items()),
    )


def _decision(d: Decision) -> DecisionInfo:
    return DecisionInfo(
        provenance=d.kind,
        clause=d.clause,
        reviewer=d.reviewer,
        band_id=d.band_id,
        low=d.low,
        high=d.high,
        comment=d.comment,
        rationale=d.rationale,
        machine_band_id=d.machine_band_id,
        machine_reasons=tuple(d.machine_reasons),
        agrees_with_machine=d.agrees_with_machine,
        created_at=d.created_at,
    )


def decision_to_dict(d: Decision) -> JsonObject:
    """One entry of ``decisions`` / ``decision_history``."""
    return to_json(_decision(d))


def with_decisions(
    result: Mapping[str, Any], decisions: Sequence[Decision], history: Sequence[Decision] = ()
) -> JsonObject:
    """A copy of the ``sara.analysis/1`` document ``result`` with ``decisions`` (and
    ``decision_history`` when ``history`` is given) added; the machine's fields are left as they are.

    ``decisions`` may hold several rows per reviewer and item (e.g. a whole history): the latest
    (by id) is kept, reviewers' bands first (item, then reviewer order), then consensus."""
    if result.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document: schema {result.get('schema')!r}")
    table = current_decisions(decisions)
    latest = [*table.reviewer.values(), *table.consensus.values()]
    order = {c["id"]: i for i, c in enumerate(result.get("clauses") or [])}

    def rank(d: Decision) -> tuple[int, int, str]:
        return (d.kind != "reviewer", order.get(d.clause, len(order)), d.reviewer)

    out = dict(result)
    out["decisions"] = [decision_to_dict(d) for d in sorted(latest, key=rank)]
    if history:
        out["decision_history"] = [decision_to_dict(d) for d in sorted(history, key=lambda d: d.id)]
    return out


def _finding(f: Finding) -> FindingInfo:
    return FindingInfo(
        check=f.check,
        code=f.code,
        severity=f.severity,
        clause=f.clause,
        message_zh=f.message_zh,
        message_en=f.message_en,
        paragraphs=tuple(f.paragraphs),
        details=tuple(
            FindingDetailInfo(d.subject, d.message_zh, d.message_en, tuple(dict(d.facts).items())) for d in f.details
        ),
    )


def _detection(a: Analysis) -> DetectionInfo | None:
    d = a.detection
    if d is None:
        return None
    return DetectionInfo(
        standard=d.standard if d.fits else None,
        closest=d.standard,
        fits=d.fits,
        award_named=d.award_named,
        confidence=d.confidence,
        reasons_zh=tuple(d.reasons_zh),
        reasons_en=tuple(d.reasons_en),
        candidates=tuple(
            CandidateInfo(
                standard=c.standard,
                probability=c.probability,
                score=c.score,
                award=c.award,
                award_class=c.award_class,
                structure=c.structure,
                content=c.content,
            )
            for c in d.candidates
        ),
    )


def _genre(a: Analysis) -> GenreInfo | None:
    g = a.genre
    if g is None:
        return None

    def evidence(e: GenreEvidence | None) -> GenreEvidenceInfo | None:
        if e is None:
            return None
        return GenreEvidenceInfo(e.genre, e.name_zh, e.name_en, e.strength, tuple(e.terms), tuple(e.headings))

    return GenreInfo(
        is_report=g.is_report,
        genre=g.genre,
        name_zh=g.name_zh,
        name_en=g.name_en,
        report=evidence(g.report),
        other=evidence(g.other),
        reasons_zh=tuple(g.reasons_zh),
        reasons_en=tuple(g.reasons_en),
    )


def _backend(a: Analysis) -> BackendInfo:
    info = a.mapping.scorer
    return BackendInfo(
        name=info.name,
        requested=info.requested,
        model=info.model,
        model_path=info.model_path,
        dimension=info.dimension,
        detail=info.detail,
        cache=info.cache,
        fallback=None
        if info.fallback is None
        else FallbackInfo(info.fallback.wanted, info.fallback.reason_zh, info.fallback.reason_en),
    )


def _counts(c: Counts | None) -> CountsInfo | None:
    return None if c is None else CountsInfo(c.word_style, c.chars_no_spaces, c.chars_with_spaces, c.cjk)


def _length(a: Analysis, ctx: CheckContext) -> tuple[LengthInfo, LengthInfo | None]:
    """The report's length (with its counts in every convention) and the profile's."""
    doc, std = a.document, a.standard
    counts = doc.counts
    if std.report_limit is not None:
        m = report_measure(doc, std.report_limit, ctx.config)
        count, limit, convention, over, state = m.count, m.limit.max, m.convention, m.state == "over", m.state
    else:
        count, limit, convention, over, state = (
            counts.word_style if counts is not None else None,
            None,
            "word_count",
            False,
            None,
        )
    report = LengthInfo(
        count,
        limit,
        convention,
        over,
        state,
        _counts(counts),
        _counts(doc.excluded_counts),
        doc.word_counts_subdocs,
    )
    pm = profile_measure(ctx)
    profile = None if pm is None else LengthInfo(pm.count, pm.limit.max, pm.convention, pm.state == "over", pm.state)
    return report, profile


def _paragraphs(a: Analysis) -> tuple[ParagraphInfo, ...]:
    headings = {s.heading_span for s in a.document.sections}
    misplaced = {m.paragraph: m.under_clause for m in a.mapping.misplaced}
    out = []
    for p in a.document.paragraphs:
        m = a.mapping.of(p.id)
        out.append(
            ParagraphInfo(
                id=p.id,
                index=p.index,
                text=p.text,
                start=p.span.start,
                end=p.span.end,
                page=p.page,
                kind=p.kind,
                heading=p.kind == "heading" or p.span in headings,
                section=p.section,
                front_matter=p.front_matter,
                clause=m.clause,
                score=m.score,
                method=m.method,
                runner_up=m.runner_up,
                runner_up_score=m.runner_up_score,
                uncertain=m.uncertain,
                misplaced_from=misplaced.get(p.id),
                source=p.source,
            )
        )
    return tuple(out)


# The note on evidence OCR read from a picture (analyzer/ingest/ocr.py): a reviewer checks it.
CHART_NOTE_ZH = "来自图表（OCR）"
CHART_NOTE_EN = "from a chart, OCR"


def _chart_evidence(a: Analysis, paragraph_ids: tuple[str, ...] | list[str]) -> tuple[ChartInfo, ...]:
    """The clause's paragraphs OCR read from pictures (a chart's years, labels and legend)."""
    by_id = {p.id: p for p in a.document.paragraphs}
    return tuple(
        ChartInfo(pid, by_id[pid].page, by_id[pid].text[:200], "picture", CHART_NOTE_ZH, CHART_NOTE_EN)
        for pid in paragraph_ids
        if pid in by_id and by_id[pid].source == "picture"
    )


def _estimate(a: Analysis) -> EstimateInfo | None:
    e = a.estimate
    if e is None:
        return None
    return EstimateInfo(
        low=e.low,
        high=e.high,
        point=e.point,
        total_points=e.total_points,
        percent_low=e.percent_low,
        percent_high=e.percent_high,
        unscored=tuple(e.unscored),
        thresholds=tuple(
            ThresholdInfo(
                id=t.id,
                label_zh=t.label_zh,
                percent=t.percent,
                inclusive=t.inclusive,
                points=t.points,
                status=t.status,
                message_zh=t.message_zh,
                message_en=t.message_en,
            )
            for t in e.thresholds
        ),
    )


def _band(a: Analysis, clause_id: str) -> BandInfo | None:
    s = next((s for s in a.suggestions if s.clause == clause_id), None)
    if s is None:
        return None
    return BandInfo(
        low=s.low,
        high=s.high,
        reasons=tuple(s.reasons_zh),
        reasons_en=tuple(s.reasons_en),
        band_id=s.band_id,
        source=s.source,
        percent=s.percent,
        label_zh=s.label_zh,
        wording=tuple(s.wording),
        paragraphs=tuple(s.paragraphs),
        indicators=tuple(s.indicators),
        cap=s.cap,
        missing=s.missing,
    )


def _clauses(a: Analysis) -> tuple[ClauseInfo, ...]:
    paragraphs = {p.id: p for p in a.document.paragraphs}
    out = []
    for c in a.standard.clauses:
        cov = a.coverage.of(c.id)
        out.append(
            ClauseInfo(
                id=c.id,
                number=c.number,
                title=c.title,
                level=c.level,
                parent=c.parent,
                points=c.points,
                weight=cov.weight,
                kind=c.kind,
                status=cov.status,
                chars=cov.chars,
                expected_chars=cov.expected_chars,
                paragraphs=tuple(cov.paragraphs),
                evidence=tuple(
                    EvidenceInfo(pid, paragraphs[pid].page, paragraphs[pid].text[:80]) for pid in cov.paragraphs[:5]
                ),
                charts=_chart_evidence(a, cov.paragraphs),
                guidance=tuple(
                    GuidanceInfo(g.point, g.label, g.addressed, g.score, g.paragraph, g.sentence) for g in cov.points
                ),
                reasons_zh=tuple(cov.reasons_zh),
                reasons_en=tuple(cov.reasons_en),
                nearest=None
                if cov.nearest is None
                else NearestInfo(
                    cov.nearest.paragraph, cov.nearest.clause, cov.nearest.score, cov.nearest.page, cov.nearest.excerpt
                ),
                band=_band(a, c.id),
            )
        )
    return tuple(out)
