"""``sara.analysis/1``: the analysis record — its typed shape, its JSON writer and its reader, in one place.

The JSON of an analysis is its lasting record: it is what the database keeps, what the reviewer
saw, and what outside tools read. The workspace, the exports and the screening table all work from
it, so a report analysed in one session (or by ``sara screen`` on another machine) can be reviewed,
exported and compared later without the original file and without re-running anything.

The frozen dataclasses below *are* the schema: each field is a JSON key of the same name (in the
same order), a nested dataclass is a nested object, a tuple is a list. Three field markers say
where the JSON differs from that rule: ``key`` (a JSON key that is not a Python name, ``class``),
``object`` (pairs kept as a tuple, written as a JSON object: finding facts, timings) and
``omit_none`` (a key written only when it has a value: ``length.state``, ``length.counts``,
``length.excluded``). The top level (:class:`AnalysisRecord`) is written and read by hand because
it groups fields differently (``mapping.mode`` / ``mapping.sections``, ``length.profile``,
``score_estimate``).

- :func:`read_record` turns the JSON into the record. Fields are read by name; unknown fields are
  ignored and fields added after a record was written get their defaults, so records written by
  older SARA versions still open.
- :func:`record_to_dict` writes a record as JSON; ``record_to_dict(read_record(d)) == d`` for every
  document SARA writes (tests/test_record.py checks it on real analyses, key order included).
- The live analysis becomes a record in :func:`analyzer.export.analysis_json.analysis_record`
  (``analysis_to_dict`` = that, written by :func:`record_to_dict`); ``analysis_json`` there is the
  last step the CLI, the workspace and the screening workers share (document, its texts, and the
  record read back from it).

What the extra fields mean (beyond the ones SPEC.md requires):

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
- per finding: ``code``, ``paragraphs``, ``details`` (each with its ``facts``);
- ``length.profile`` and the counts in every convention; ``timings`` (seconds per step).

``band`` (scoring units only; null for other clauses) is the machine's draft:
``{low, high, reasons}`` as SPEC.md requires, plus ``band_id``, ``source`` ("machine"),
``percent`` (point estimate), ``label_zh``, ``wording`` (the band wording it matched),
``reasons_en``, ``paragraphs``, ``indicators``, ``cap``. ``score_estimate`` is ``{low, high}`` in
points plus ``point``, ``total_points``, percentages and the award thresholds' status (each with
``inclusive``: ``true`` for “不低于”, ``false`` for “高于”). ``length.profile`` carries ``state``
(``over``/``near``/``within``) like ``length``.

Human decisions (:func:`analyzer.export.analysis_json.with_decisions`, the review exports) are never
mixed into the machine's fields; they are added beside them:

- ``decisions`` — the current bands: each reviewer's latest decision per item, then the latest
  consensus per item, each ``{provenance: "reviewer"|"consensus", clause, reviewer, band_id, low,
  high, comment, rationale, machine_band_id, machine_reasons, agrees_with_machine, created_at}``
  (``reviewer`` is who decided, for a consensus the person who recorded it; ``machine_band_id`` and
  ``machine_reasons`` are the machine suggestion as shown at that moment, null/[] if none was);
- ``decision_history`` (only when a history is given) — every decision in the order it was made,
  same fields.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .errors import SaraError
from .model import Band, BandSource

SCHEMA = "sara.analysis/1"
"""The schema id every analysis record carries (the only place it is declared)."""

JsonObject = dict[str, Any]


class InvalidRecord(SaraError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"分析记录无法读取（{detail}）。",
            f"The analysis record cannot be read ({detail}).",
        )


def _key(name: str) -> Any:
    """A field whose JSON key is ``name`` (not a Python name)."""
    return {"key": name}


_OBJECT = {"object": True}
"""Field marker: pairs kept as a tuple, written as a JSON object."""
_OMIT_NONE = {"omit_none": True}
"""Field marker: the key is written only when the value is not None."""


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
class CandidateInfo:
    """One standard the detector weighed (``detection.candidates``)."""

    standard: str = ""
    probability: float = 0.0
    score: float = 0.0
    award: float = 0.0
    award_class: float = field(default=0.0, metadata=_key("class"))
    structure: float = 0.0
    content: float = 0.0


@dataclass(frozen=True, slots=True)
class DetectionInfo:
    standard: str | None = ""
    """The detected standard; None when no standard fits (a non-report, see ``closest``)."""
    closest: str | None = None
    fits: bool = True
    award_named: str | None = None
    confidence: float = 0.0
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    candidates: tuple[CandidateInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class GenreEvidenceInfo:
    """The cues of one genre found in the document (``genre.report`` / ``genre.other``)."""

    genre: str = ""
    name_zh: str = ""
    name_en: str = ""
    strength: float = 0.0
    terms: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GenreInfo:
    """Whether the analysed document is a self-assessment report (``genre`` of ``sara.analysis/1``)."""

    is_report: bool = True
    genre: str = "self-assessment"
    name_zh: str = ""
    name_en: str = ""
    report: GenreEvidenceInfo | None = None
    other: GenreEvidenceInfo | None = None
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FallbackInfo:
    """The backend that was asked for and why another one ran."""

    wanted: str = ""
    reason_zh: str = ""
    reason_en: str = ""


@dataclass(frozen=True, slots=True)
class BackendInfo:
    name: str = ""
    requested: str = ""
    model: str | None = None
    model_path: str | None = None
    dimension: int | None = None
    detail: str = ""
    cache: str | None = None
    fallback: FallbackInfo | None = None

    @property
    def fallback_reason_zh(self) -> str | None:
        return None if self.fallback is None else self.fallback.reason_zh


@dataclass(frozen=True, slots=True)
class CountsInfo:
    """One text measured in every convention (Word's 字数, characters with/without spaces, CJK)."""

    word_style: int = 0
    chars_no_spaces: int = 0
    chars_with_spaces: int = 0
    cjk: int = 0


@dataclass(frozen=True, slots=True)
class LengthInfo:
    count: int | None = None
    limit: int | None = None
    convention: str = ""
    over: bool = False
    state: str | None = field(default=None, metadata=_OMIT_NONE)
    counts: CountsInfo | None = field(default=None, metadata=_OMIT_NONE)
    """The whole report in every convention (``length`` only)."""
    excluded: CountsInfo | None = field(default=None, metadata=_OMIT_NONE)
    """Text left out of the count (``length`` only, when some was)."""
    word_counts_subdocs: bool | None = field(default=None, metadata=_OMIT_NONE)
    """A DOCX's own Word setting "包括文本框、脚注和尾注" that the count follows (``length`` only;
    true: text boxes, footnotes and endnotes are in ``counts``; absent for formats without it)."""


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
    front_matter: bool = False
    """Title line, cover block or 目录 (never credited to a clause); False in older records."""
    clause: str | None = None
    score: float | None = None
    method: str | None = None
    reasons: tuple[str, ...] = ()
    """Why the heading was aligned to its clause."""
    also: tuple[str, ...] = ()
    """Further clauses a merged heading answers."""


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
    front_matter: bool = False
    """Title line, cover block or 目录 entry (never credited to a clause); False in older records."""
    clause: str | None = None
    score: float | None = None
    method: str | None = None
    runner_up: str | None = None
    runner_up_score: float | None = None
    uncertain: bool = False
    misplaced_from: str | None = None
    source: str = "body"
    """Where the text came from (``analyzer.model.ParagraphSource``): ``picture`` is OCR of a picture."""


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    """One of the first paragraphs credited to a clause, with its page and opening words."""

    paragraph: str = ""
    page: int | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class ChartInfo:
    """A paragraph of the clause that OCR read from a picture (a chart's years, labels, legend):
    evidence a reviewer checks against the picture (``note_zh``/``note_en`` say so)."""

    paragraph: str = ""
    page: int | None = None
    excerpt: str = ""
    source: str = "picture"
    note_zh: str = ""
    note_en: str = ""


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
    """The machine's draft band for a scoring unit (always ``source == "machine"`` in a record).

    The record form of a :class:`~analyzer.scoring.BandSuggestion` (its band and what it rests on,
    less the per-leaf evidence), not a second band type: :meth:`as_band` gives the one band type,
    :class:`~analyzer.model.Band`. It is not a ``Band`` itself because (1) its field order is the key
    order of the JSON ``band`` object (``low, high, reasons, reasons_en, band_id, source, …``), which
    ``sara.analysis/1`` fixes and ``Band``'s ``clause, low, high, band_id, reasons, source`` does not
    follow; (2) it has no ``clause``: the object sits inside its clause's; (3) every field has a
    default, as the reader accepts older and partial documents, where ``Band``'s are required; and
    (4) it carries the suggestion's own data (``reasons_en``, ``percent``, ``label_zh``, ``wording``,
    ``paragraphs``, ``indicators``, ``cap``, ``missing``), which a reviewer's or the panel's band
    does not have. ``source`` stays a ``str``: the reader keeps whatever a document says.
    """

    low: int = 0
    high: int = 0
    reasons: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    band_id: str = ""
    source: str = "machine"
    percent: float | None = None
    label_zh: str | None = None
    wording: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    cap: str | None = None
    missing: bool = False

    def as_band(self, clause: str) -> Band:
        """The band of scoring unit ``clause`` as :class:`~analyzer.model.Band` (what the live
        suggestion's ``band`` was; an unknown ``source`` reads as ``machine``)."""
        source: BandSource = (
            "reviewer" if self.source == "reviewer" else "consensus" if self.source == "consensus" else "machine"
        )
        return Band(clause, self.low, self.high, self.band_id, self.reasons, source)


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
    evidence: tuple[EvidenceInfo, ...] = ()
    charts: tuple[ChartInfo, ...] = ()
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
    facts: tuple[tuple[str, str], ...] = field(default=(), metadata=_OBJECT)
    """Machine-readable facts of the line (``years``, ``count``…), a JSON object."""


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
    inclusive: bool | None = None
    """``≥`` (True) or ``>`` (False, thresholds stated as “高于”); None in records written before it."""
    points: float = 0.0
    status: str = ""
    message_zh: str = ""
    message_en: str = ""


@dataclass(frozen=True, slots=True)
class EstimateInfo:
    low: float = 0.0
    high: float = 0.0
    point: float = 0.0
    total_points: int = 0
    percent_low: float = 0.0
    percent_high: float = 0.0
    unscored: tuple[str, ...] = ()
    """Scoring units without a suggestion (0 at the low end, full points at the high end)."""
    thresholds: tuple[ThresholdInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    """A human band beside the machine's (``decisions`` / ``decision_history`` of an exported record).

    The record form of a :class:`~analyzer.model.Decision` (written from one by
    :func:`analyzer.export.analysis_json.decision_to_dict`), for the reasons :class:`BandInfo` gives:
    its fields are the JSON keys in their order, all with defaults for older documents. It differs
    from the ``Decision`` in what a record needs: ``provenance`` is the decision's ``kind`` under its
    JSON name, ``agrees_with_machine`` is written out for outside readers, and the store's ``id`` and
    ``submission_id`` are left out (a record is one submission)."""

    provenance: str = "reviewer"
    clause: str = ""
    reviewer: str = ""
    band_id: str = ""
    low: int = 0
    high: int = 0
    comment: str = ""
    rationale: str | None = None
    machine_band_id: str | None = None
    machine_reasons: tuple[str, ...] = ()
    agrees_with_machine: bool | None = None
    created_at: str = ""


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
    timings: tuple[tuple[str, float], ...] = ()
    """Seconds per pipeline step (``timings``)."""
    decisions: tuple[DecisionInfo, ...] | None = None
    """Human bands added by an export (``decisions``); None when the document has none."""
    decision_history: tuple[DecisionInfo, ...] | None = None
    """Every decision in order (``decision_history``); None when the document has none."""
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

    def paragraphs_of(self, clause_id: str) -> tuple[ParagraphInfo, ...]:
        """Paragraphs credited to the clause (as coverage counted them), in report order."""
        return tuple(self._paragraph_index[p] for p in self.clause(clause_id).paragraphs if p in self._paragraph_index)

    def severity_counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out


T = TypeVar("T")


# --------------------------------------------------------------------------- reading and writing


@dataclass(frozen=True, slots=True)
class _Field:
    """How one dataclass field maps to JSON."""

    name: str
    key: str
    kind: str
    """``scalar``, ``record`` (a nested object or null), ``records`` (a list of objects), ``object``."""
    cls: type | None = None
    omit_none: bool = False


def _shape(cls: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name.startswith("_"):
            continue
        hint = hints[f.name]
        if isinstance(hint, types.UnionType):
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = options[0] if len(options) == 1 else hint
        kind, inner = "scalar", None
        if dataclasses.is_dataclass(hint):
            kind, inner = "record", hint
        elif f.metadata.get("object"):
            kind = "object"
        elif typing.get_origin(hint) is tuple:
            first = typing.get_args(hint)[0]
            if dataclasses.is_dataclass(first):
                kind, inner = "records", first
        out.append(_Field(f.name, f.metadata.get("key", f.name), kind, inner, bool(f.metadata.get("omit_none"))))
    return tuple(out)


def _shapes(*roots: type) -> dict[type, tuple[_Field, ...]]:
    """Every record class reachable from ``roots`` and its fields (built once, at import)."""
    out: dict[type, tuple[_Field, ...]] = {}
    todo = list(roots)
    while todo:
        cls = todo.pop()
        if cls not in out:
            out[cls] = _shape(cls)
            todo.extend(f.cls for f in out[cls] if f.cls is not None)
    return out


_SHAPES: Mapping[type, tuple[_Field, ...]] = _shapes(
    SourceInfo,
    StandardRef,
    DetectionInfo,
    GenreInfo,
    BackendInfo,
    LengthInfo,
    DiagnosticInfo,
    SectionInfo,
    ParagraphInfo,
    ClauseInfo,
    FindingInfo,
    EstimateInfo,
    DecisionInfo,
)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InvalidRecord(f"{key}: expected a list")
    return value


def _read(cls: type[T], data: object) -> T:
    """``cls`` from the JSON object ``data``: known keys only, lists become tuples, nested objects records."""
    if not isinstance(data, Mapping):
        raise InvalidRecord(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    values: dict[str, Any] = {}
    for f in _SHAPES[cls]:
        if f.key not in data:
            continue
        value = data[f.key]
        if f.kind == "record":
            assert f.cls is not None
            value = None if value is None else _read(f.cls, value)
        elif f.kind == "records":
            assert f.cls is not None
            value = tuple(_read(f.cls, item) for item in _list(data, f.key))
        elif f.kind == "object":
            if value is not None and not isinstance(value, Mapping):
                raise InvalidRecord(f"{f.key}: expected an object")
            value = tuple((value or {}).items())
        elif isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    try:
        return cls(**values)
    except TypeError as exc:
        raise InvalidRecord(f"{cls.__name__}: {exc}") from exc


def to_json(obj: object) -> JsonObject:
    """The JSON object of any record dataclass above (the inverse of :func:`_read`)."""
    out: JsonObject = {}
    for f in _SHAPES[type(obj)]:
        value = getattr(obj, f.name)
        if value is None and f.omit_none:
            continue
        if f.kind == "record":
            value = None if value is None else to_json(value)
        elif f.kind == "records":
            value = [to_json(item) for item in value]
        elif f.kind == "object":
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[f.key] = value
    return out


def _optional(cls: type[T], data: object) -> T | None:
    return None if data is None else _read(cls, data)


def _object(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, Mapping):
        raise InvalidRecord(f"{key}: expected an object")
    return value


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
    length = _object(data, "length")
    mapping = _object(data, "mapping")
    timings = data.get("timings") or {}
    if not isinstance(timings, Mapping):
        raise InvalidRecord("timings: expected an object")
    return AnalysisRecord(
        sara_version=str(data.get("sara_version", "")),
        source=_read(SourceInfo, data.get("source") or {}),
        standard=_read(StandardRef, data.get("standard") or {}),
        length=_read(LengthInfo, length),
        profile_length=_optional(LengthInfo, length.get("profile")),
        detection=_optional(DetectionInfo, data.get("detection")),
        backend=_read(BackendInfo, data.get("backend") or {}),
        diagnostics=tuple(_read(DiagnosticInfo, d) for d in _list(data, "diagnostics")),
        sections=tuple(_read(SectionInfo, s) for s in _list(mapping, "sections")),
        mapping_mode=str(mapping.get("mode") or ""),
        genre=_optional(GenreInfo, data.get("genre")),
        paragraphs=tuple(_read(ParagraphInfo, p) for p in _list(data, "paragraphs")),
        clauses=tuple(_read(ClauseInfo, c) for c in _list(data, "clauses")),
        findings=tuple(_read(FindingInfo, f) for f in _list(data, "findings")),
        estimate=_optional(EstimateInfo, data.get("score_estimate")),
        timings=tuple(timings.items()),
        decisions=None if "decisions" not in data else tuple(_read(DecisionInfo, d) for d in _list(data, "decisions")),
        decision_history=None
        if "decision_history" not in data
        else tuple(_read(DecisionInfo, d) for d in _list(data, "decision_history")),
    )


def record_to_dict(record: AnalysisRecord) -> JsonObject:
    """The ``sara.analysis/1`` document of a record (what ``sara analyze --format json`` prints)."""
    r = record
    out: JsonObject = {
        "schema": SCHEMA,
        "sara_version": r.sara_version,
        "source": to_json(r.source),
        "standard": to_json(r.standard),
        "detection": None if r.detection is None else to_json(r.detection),
        "genre": None if r.genre is None else to_json(r.genre),
        "backend": to_json(r.backend),
        "length": {**to_json(r.length), "profile": None if r.profile_length is None else to_json(r.profile_length)},
        "diagnostics": [to_json(d) for d in r.diagnostics],
        "mapping": {"mode": r.mapping_mode, "sections": [to_json(s) for s in r.sections]},
        "paragraphs": [to_json(p) for p in r.paragraphs],
        "clauses": [to_json(c) for c in r.clauses],
        "findings": [to_json(f) for f in r.findings],
        "score_estimate": None if r.estimate is None else to_json(r.estimate),
        "timings": dict(r.timings),
    }
    if r.decisions is not None:
        out["decisions"] = [to_json(d) for d in r.decisions]
    if r.decision_history is not None:
        out["decision_history"] = [to_json(d) for d in r.decision_history]
    return out
