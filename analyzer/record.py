"""A stored analysis, read back: typed access to a ``sara.analysis/1`` document.

The JSON written by :func:`analyzer.export.analysis_json.analysis_to_dict` is the lasting record of
an analysis: it is what the database keeps, what the reviewer saw, and what outside tools read. The
workspace, the exports and the screening table all work from it, so a report analysed in one
session (or by ``sara screen`` on another machine) can be reviewed, exported and compared later
without the original file and without re-running anything.

:func:`read_record` turns the JSON into frozen dataclasses. Fields are read by name; unknown
fields are ignored and fields added after a record was written get their defaults, so records
written by older SARA versions still open.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .errors import SaraError

SCHEMA = "sara.analysis/1"


class InvalidRecord(SaraError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"分析记录无法读取（{detail}）。",
            f"The analysis record cannot be read ({detail}).",
        )


@dataclass(frozen=True, slots=True)
class SourceInfo:
    file: str = ""
    format: str = ""
    sha256: str = ""
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class StandardRef:
    id: str = ""
    title: str = ""
    total_points: int = 0
    version: str = ""
    digest: str | None = None


@dataclass(frozen=True, slots=True)
class DetectionInfo:
    standard: str | None = ""
    """The detected standard; None when no standard fits (a non-report, see ``closest``)."""
    confidence: float = 0.0
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    fits: bool = True
    closest: str | None = None
    award_named: str | None = None


@dataclass(frozen=True, slots=True)
class GenreInfo:
    """Whether the analysed document is a self-assessment report (``genre`` of ``sara.analysis/1``)."""

    is_report: bool = True
    genre: str = "self-assessment"
    name_zh: str = ""
    name_en: str = ""
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BackendInfo:
    name: str = ""
    requested: str = ""
    model: str | None = None
    fallback_reason_zh: str | None = None
    fallback_reason_en: str | None = None


@dataclass(frozen=True, slots=True)
class LengthInfo:
    count: int | None = None
    limit: int | None = None
    convention: str = ""
    over: bool = False
    state: str | None = None


@dataclass(frozen=True, slots=True)
class DiagnosticInfo:
    code: str = ""
    severity: str = "info"
    message_zh: str = ""
    message_en: str = ""
    count: int | None = None


@dataclass(frozen=True, slots=True)
class SectionInfo:
    id: str = ""
    level: int = 1
    number: str | None = None
    title: str = ""
    page: int | None = None
    clause: str | None = None
    score: float | None = None
    method: str | None = None
    front_matter: bool = False
    """Title line, cover block or 目录 (never credited to a clause); False in older records."""


@dataclass(frozen=True, slots=True)
class ParagraphInfo:
    id: str = ""
    index: int = 0
    text: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    kind: str = "text"
    heading: bool = False
    section: str | None = None
    clause: str | None = None
    score: float | None = None
    method: str | None = None
    runner_up: str | None = None
    runner_up_score: float | None = None
    uncertain: bool = False
    misplaced_from: str | None = None
    front_matter: bool = False
    """Title line, cover block or 目录 entry (never credited to a clause); False in older records."""


@dataclass(frozen=True, slots=True)
class GuidanceInfo:
    id: str = ""
    label: str = ""
    addressed: bool = False
    score: float = 0.0
    paragraph: str | None = None
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class NearestInfo:
    paragraph: str = ""
    clause: str | None = None
    score: float = 0.0
    page: int | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class BandInfo:
    """The machine's draft band for a scoring unit (always ``source == "machine"`` in a record)."""

    low: int = 0
    high: int = 0
    band_id: str = ""
    percent: float | None = None
    label_zh: str | None = None
    reasons: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    wording: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    cap: str | None = None
    missing: bool = False
    source: str = "machine"


@dataclass(frozen=True, slots=True)
class ClauseInfo:
    id: str = ""
    number: str | None = None
    title: str = ""
    level: int = 1
    parent: str | None = None
    points: int | None = None
    weight: float = 0.0
    kind: str = "process"
    status: str = "missing"
    chars: int = 0
    expected_chars: float | None = None
    paragraphs: tuple[str, ...] = ()
    guidance: tuple[GuidanceInfo, ...] = ()
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    nearest: NearestInfo | None = None
    band: BandInfo | None = None

    @property
    def label(self) -> str:
        """``5.2.3 有效治理`` (number and title, as the standard prints them)."""
        return f"{self.number} {self.title}" if self.number else self.title

    @property
    def guidance_tally(self) -> str:
        """``2/3``: guidance points addressed of those the clause has (empty when it has none)."""
        if not self.guidance:
            return ""
        return f"{sum(1 for g in self.guidance if g.addressed)}/{len(self.guidance)}"


@dataclass(frozen=True, slots=True)
class FindingDetailInfo:
    subject: str = ""
    message_zh: str = ""
    message_en: str = ""


@dataclass(frozen=True, slots=True)
class FindingInfo:
    check: str = ""
    code: str = ""
    severity: str = "info"
    clause: str | None = None
    message_zh: str = ""
    message_en: str = ""
    paragraphs: tuple[str, ...] = ()
    details: tuple[FindingDetailInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class ThresholdInfo:
    id: str = ""
    label_zh: str = ""
    percent: float = 0.0
    points: float = 0.0
    status: str = ""
    message_zh: str = ""
    message_en: str = ""
    inclusive: bool | None = None
    """``≥`` (True) or ``>`` (False, thresholds stated as “高于”); None in records written before it."""


@dataclass(frozen=True, slots=True)
class EstimateInfo:
    low: float = 0.0
    high: float = 0.0
    point: float = 0.0
    total_points: int = 0
    percent_low: float = 0.0
    percent_high: float = 0.0
    thresholds: tuple[ThresholdInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """One analysis as stored. Lists keep the JSON's order (paragraphs: report order; clauses:
    the standard's order)."""

    sara_version: str
    source: SourceInfo
    standard: StandardRef
    length: LengthInfo
    profile_length: LengthInfo | None
    detection: DetectionInfo | None
    backend: BackendInfo
    diagnostics: tuple[DiagnosticInfo, ...]
    sections: tuple[SectionInfo, ...]
    paragraphs: tuple[ParagraphInfo, ...]
    clauses: tuple[ClauseInfo, ...]
    findings: tuple[FindingInfo, ...]
    estimate: EstimateInfo | None
    mapping_mode: str = ""
    """How paragraphs were mapped (``mapping.mode`` in the JSON; empty in records without it)."""
    genre: GenreInfo | None = None
    """Whether the document is a self-assessment report (None in records made before it was assessed)."""
    _paragraph_index: dict[str, ParagraphInfo] = field(default_factory=dict, repr=False, compare=False)
    _clause_index: dict[str, ClauseInfo] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._paragraph_index.update({p.id: p for p in self.paragraphs})
        self._clause_index.update({c.id: c for c in self.clauses})

    def paragraph(self, paragraph_id: str) -> ParagraphInfo:
        return self._paragraph_index[paragraph_id]

    @property
    def not_a_report(self) -> bool:
        """The document is not a self-assessment report (its ``not-self-assessment`` finding was raised)."""
        return any(f.check == "not-self-assessment" for f in self.findings)

    def clause(self, clause_id: str) -> ClauseInfo:
        return self._clause_index[clause_id]

    def has_clause(self, clause_id: str) -> bool:
        return clause_id in self._clause_index

    @property
    def scoring_units(self) -> tuple[ClauseInfo, ...]:
        """Items a reviewer bands: they carry points and no descendant does (the standard's order)."""
        with_points = {c.id for c in self.clauses if c.points is not None}
        above_a_unit: set[str] = set()
        for cid in with_points:
            parent = self._clause_index[cid].parent
            while parent is not None and parent in self._clause_index:
                above_a_unit.add(parent)
                parent = self._clause_index[parent].parent
        return tuple(c for c in self.clauses if c.id in with_points and c.id not in above_a_unit)

    def findings_of(self, clause_id: str) -> tuple[FindingInfo, ...]:
        return tuple(f for f in self.findings if f.clause == clause_id)

    def paragraphs_of(self, clause_id: str) -> tuple[ParagraphInfo, ...]:
        """Paragraphs credited to the clause (as coverage counted them), in report order."""
        return tuple(self._paragraph_index[p] for p in self.clause(clause_id).paragraphs if p in self._paragraph_index)

    def severity_counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out


T = TypeVar("T")


def _build(cls: type[T], data: object, **nested: Any) -> T:
    """``cls`` from the dict ``data``: known fields only, lists become tuples, ``nested`` overrides."""
    if not isinstance(data, Mapping):
        raise InvalidRecord(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in names and key not in nested:
            values[key] = tuple(value) if isinstance(value, list) else value
    values.update(nested)
    try:
        return cls(**values)
    except TypeError as exc:
        raise InvalidRecord(f"{cls.__name__}: {exc}") from exc


def _list(data: Mapping[str, Any], key: str) -> Sequence[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InvalidRecord(f"{key}: expected a list")
    return value


def _clause(c: Mapping[str, Any]) -> ClauseInfo:
    nearest = c.get("nearest")
    band = c.get("band")
    return _build(
        ClauseInfo,
        c,
        guidance=tuple(_build(GuidanceInfo, g) for g in _list(c, "guidance")),
        nearest=None if nearest is None else _build(NearestInfo, nearest),
        band=None if band is None else _build(BandInfo, band),
    )


def _finding(f: Mapping[str, Any]) -> FindingInfo:
    return _build(FindingInfo, f, details=tuple(_build(FindingDetailInfo, d) for d in _list(f, "details")))


def read_record(data: Mapping[str, Any] | str) -> AnalysisRecord:
    """The typed record of a ``sara.analysis/1`` document (a dict or its JSON text)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise InvalidRecord(f"JSON: {exc}") from exc
    if not isinstance(data, Mapping):
        raise InvalidRecord("expected a JSON object")
    if data.get("schema") != SCHEMA:
        raise InvalidRecord(f"schema {data.get('schema')!r}, expected {SCHEMA!r}")
    length = data.get("length") or {}
    profile = length.get("profile")
    backend = data.get("backend") or {}
    fallback = backend.get("fallback") or {}
    detection = data.get("detection")
    estimate = data.get("score_estimate")
    genre = data.get("genre")
    return AnalysisRecord(
        sara_version=str(data.get("sara_version", "")),
        source=_build(SourceInfo, data.get("source") or {}),
        standard=_build(StandardRef, data.get("standard") or {}),
        length=_build(LengthInfo, length),
        profile_length=None if profile is None else _build(LengthInfo, profile),
        detection=None if detection is None else _build(DetectionInfo, detection),
        backend=_build(
            BackendInfo,
            backend,
            fallback_reason_zh=fallback.get("reason_zh"),
            fallback_reason_en=fallback.get("reason_en"),
        ),
        diagnostics=tuple(_build(DiagnosticInfo, d) for d in _list(data, "diagnostics")),
        sections=tuple(_build(SectionInfo, s) for s in _list(data.get("mapping") or {}, "sections")),
        mapping_mode=str((data.get("mapping") or {}).get("mode") or ""),
        genre=None if genre is None else _build(GenreInfo, genre),
        paragraphs=tuple(_build(ParagraphInfo, p) for p in _list(data, "paragraphs")),
        clauses=tuple(_clause(c) for c in _list(data, "clauses")),
        findings=tuple(_finding(f) for f in _list(data, "findings")),
        estimate=None
        if estimate is None
        else _build(
            EstimateInfo,
            estimate,
            thresholds=tuple(_build(ThresholdInfo, t) for t in _list(estimate, "thresholds")),
        ),
    )
