"""SARA's data model: frozen, typed dataclasses passed between pipeline steps.

The pipeline reads ingest → normalize → segment → map → check → suggest bands → render, and
every boundary between two steps is one of these classes. Offsets (``start``/``end``) are
character offsets into :attr:`Document.text`, the normalized text of the whole report, so the UI
and the JSON output can point at the exact evidence. Ids of sections and paragraphs are stable
across re-runs of the same file, so a reviewer's saved decisions keep pointing at the same place.

Two meanings of "model" must not collide: this module holds data classes; the top-level
``models/`` folder holds machine-learning model configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

ClauseKind = Literal["profile", "process", "result", "mixed"]
Severity = Literal["error", "warning", "info"]
ParagraphKind = Literal["text", "table", "heading"]
# "picture": text OCR read from a picture (analyzer/ingest/ocr.py), counted apart from Word's 字数
ParagraphSource = Literal["body", "textbox", "footnote", "picture"]
LimitUnit = Literal["word_count", "chars_no_spaces", "chars_with_spaces"]
"""How a length is counted: Word's 字数, or characters without / with spaces (also a check's convention)."""
LIMIT_UNITS: tuple[LimitUnit, ...] = get_args(LimitUnit)
FileFormat = Literal["pdf", "docx", "txt", "md"]
"""The formats SARA reads (each one's extensions, sniffing and reader: :data:`analyzer.ingest.formats.FORMATS`)."""
BackendRequest = Literal["auto", "lexical", "embedding"]
"""The scoring backend a user asks for (``--backend``; ``auto``: embedding when a model is present)."""
BACKEND_REQUESTS: tuple[BackendRequest, ...] = get_args(BackendRequest)
MatchMethod = Literal["heading", "embedding", "lexical", "hybrid", "position", "reference", "none"]


# --------------------------------------------------------------------------- reading
# What every reader (analyzer/ingest) returns and the segmenter (analyzer.text.segment) takes: the
# report as a flat list of blocks, before segmentation (see analyzer/ingest/blocks.py).

BlockKind = Literal["paragraph", "heading", "table"]
# Which code read the file: pdfminer.six; pdfminer.six on a copy PDFium repaired; PDFium's own
# text layer (see analyzer.ingest._pdfium); python-docx/OOXML; the plain-text reader.
Reader = Literal["pdfminer", "pdfium-repair", "pdfium", "docx", "text"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or table as the reader found it."""

    kind: BlockKind
    text: str
    page: int | None = None
    source: ParagraphSource = "body"
    # Heading level from the format itself: DOCX "Heading n" style / outline level, Markdown "#"
    # count, PDF font-size rank. None when the format says nothing (the segmenter then decides
    # from the numbering pattern in the text).
    style_level: int | None = None
    # Automatic numbering that is visible to a reader but not part of ``text`` (DOCX 多级列表),
    # reconstructed by the reader, e.g. "1.1.1", "（一）", "第一章".
    numbering: str | None = None
    rows: tuple[tuple[str, ...], ...] | None = None
    font_size: float | None = None
    bold: bool = False
    # Automatic list numbers a reader wrote into this table's cells (``"1. 文本"``): visible, but
    # not counted by Word's 字数 (a paragraph's own label is ``numbering``).
    uncounted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A reader's output."""

    source: str
    format: FileFormat
    blocks: tuple[Block, ...]
    pages: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    # Page furniture the reader removed (running headers, footers, page numbers): counted, so the
    # diagnostics can say how many, and never part of ``blocks``.
    furniture_removed: int = 0
    pictures: int = 0
    sha256: str | None = None
    reader: Reader | None = None
    # Visible text inside block texts that Word's 字数 does not count: the automatic list numbers
    # a reader wrote into table cells (``"1. 文本"``). Those of paragraphs are Block.numbering.
    uncounted: tuple[str, ...] = ()
    # Pictures the reader found, in document order, for OCR (analyzer/ingest/ocr.py); each
    # knows the block it sits before. Empty when the reader does not collect them.
    picture_refs: tuple[PictureRef, ...] = ()
    # 1-based pages whose text was read by OCR (pages without a text layer).
    ocr_pages: tuple[int, ...] = ()
    # DOCX only: whether Word's 字数 of this document includes text boxes, footnotes and endnotes
    # (the dialog's checkbox, saved as w:doNotIncludeSubdocsInStats; absent = included). None for
    # formats that carry no such setting. See analyzer/text/counts.py.
    word_counts_subdocs: bool | None = None


@dataclass(frozen=True, slots=True)
class PictureRef:
    """A picture inside the document: its bytes, and where it sits (before ``blocks[anchor]``)."""

    anchor: int
    data: bytes = field(repr=False, compare=False)
    name: str = ""
    page: int | None = None


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in :attr:`Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Table:
    """A table read from the report, as rows of cell texts (first row usually the header)."""

    id: str
    rows: tuple[tuple[str, ...], ...]
    span: Span
    page: int | None = None
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and everything below it up to the next heading of the same or higher level."""

    id: str
    level: int
    number: str | None
    title: str
    span: Span
    heading_span: Span
    page: int | None = None
    parent: str | None = None
    numbering_style: str | None = None
    # How sure the segmenter is that this is a heading (1.0 when the format marks it as one).
    confidence: float = 1.0
    # Front matter (title lines, cover block, 目录): never aligned to a clause, never a parent of
    # the report's chapters.
    front_matter: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph, table or heading line with its place in the document."""

    id: str
    index: int
    text: str
    span: Span
    section: str | None
    page: int | None = None
    kind: ParagraphKind = "text"
    source: ParagraphSource = "body"
    table: Table | None = None
    # Sentence spans in Document.text, filled by analyzer.text.sentences.add_sentences (empty
    # until that step runs: sentence splitting loads spaCy and jieba).
    sentences: tuple[Span, ...] = ()
    # Front matter (cover block, title lines, 目录 entries, captions of the cover): counted for 字数
    # but never credited to a clause.
    front_matter: bool = False
    # Word's 字数 of this paragraph where it differs from the counts of ``text``: the text as written
    # (a heading's full-width number as typed), less its automatic list numbers in front or in its
    # table cells, which Word does not count (see analyzer.text.counts.paragraph_counts).
    counts: Counts | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something about the extraction a user should know before trusting any analysis."""

    code: str
    severity: Severity
    message_zh: str
    message_en: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """Length counts; ``word_style`` reproduces Microsoft Word's 字数 (see analyzer.text.counts)."""

    word_style: int
    chars_no_spaces: int
    chars_with_spaces: int
    cjk: int


@dataclass(frozen=True, slots=True)
class Document:
    """What was read from one report file."""

    source: str
    format: FileFormat
    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...] = ()
    pages: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    sha256: str | None = None
    # Word-style counts of what Word's 字数 counts in this document — body paragraphs (headings and
    # tables included), plus text boxes, footnotes and endnotes when the document's Word setting
    # includes them — and of the text boxes and notes it leaves out (analyzer.text.counts.counted_by_word).
    counts: Counts | None = None
    excluded_counts: Counts | None = None
    # The text as the reader extracted it (blocks joined by "\n") and, for every character of
    # ``text``, its index in ``extracted_text``.
    extracted_text: str = ""
    offset_map: tuple[int, ...] = ()
    # Counts of the text OCR read from pictures (source "picture"): not in Word's 字数, reported
    # apart; None when no picture was read. Pages of a scan read by OCR are body text instead.
    picture_counts: Counts | None = None
    # 1-based pages whose text comes from OCR (scanned pages), for the diagnostics and the UI.
    ocr_pages: tuple[int, ...] = ()
    # DOCX: whether this document's Word 字数 includes text boxes, footnotes and endnotes (the
    # dialog's checkbox "包括文本框、脚注和尾注", saved as w:doNotIncludeSubdocsInStats; absent =
    # included). None for formats without such a setting (only the body is counted then).
    word_counts_subdocs: bool | None = None

    def extracted_span(self, span: Span) -> Span:
        """The range of ``extracted_text`` that ``span`` of ``text`` was normalized from."""
        if not self.offset_map:
            return span
        if span.start == span.end:
            pos = self.offset_map[span.start] if span.start < len(self.offset_map) else len(self.extracted_text)
            return Span(pos, pos)
        return Span(self.offset_map[span.start], self.offset_map[span.end - 1] + 1)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def paragraphs_in(self, section_id: str) -> tuple[Paragraph, ...]:
        """The paragraphs (heading included) inside a section and its subsections."""
        span = self.section(section_id).span
        return tuple(p for p in self.paragraphs if span.contains(p.span))


# --------------------------------------------------------------------------- standards


@dataclass(frozen=True, slots=True)
class GuidancePoint:
    """A guidance point under a clause: 要点指引, a lettered point a)–d), or a named point."""

    id: str
    clause: str
    text: str
    number: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    """One node of a standard's clause tree (category, item, sub-item, 条款 …)."""

    id: str
    title: str
    level: int
    kind: ClauseKind
    number: str | None = None
    parent: str | None = None
    points: int | None = None
    text: str = ""
    review_text: str | None = None
    expects_answer: bool = True
    guidance: tuple[GuidancePoint, ...] = ()
    children: tuple[str, ...] = ()
    notes: str | None = None

    @property
    def label(self) -> str:
        """Number and title as a person would write them: ``1.1.1 确定方向``."""
        return f"{self.number} {self.title}" if self.number else self.title


@dataclass(frozen=True, slots=True)
class LengthLimit:
    """A 字数 limit on the report or on its profile part; users may override ``max``."""

    max: int
    unit: LimitUnit
    includes_tables: bool
    label_zh: str
    source: str


@dataclass(frozen=True, slots=True)
class ResultsRule:
    """What the standard expects of result items."""

    min_consecutive_years: int = 3
    min_indicators: int | None = None
    cap_band: str | None = None


@dataclass(frozen=True, slots=True)
class Threshold:
    """An award decision threshold, as a percentage of the total points."""

    id: str
    label_zh: str
    percent: float
    inclusive: bool
    source: str


@dataclass(frozen=True, slots=True)
class BandLevel:
    """One scoring band (percent of an item's points) with its wording."""

    id: str
    low: int
    high: int
    process: str
    result: str
    label_zh: str | None = None


@dataclass(frozen=True, slots=True)
class BandScheme:
    scheme: str
    levels: tuple[BandLevel, ...]
    source: str
    step_percent: int | None = None

    def level(self, band_id: str) -> BandLevel:
        for lv in self.levels:
            if lv.id == band_id:
                return lv
        raise KeyError(band_id)


@dataclass(frozen=True, slots=True)
class ScoringFactor:
    """A scoring factor a reviewer weighs: A-D-L-I (process) or Le-T-C-I (results)."""

    id: str
    name_zh: str
    name_en: str
    text: str


@dataclass(frozen=True, slots=True)
class ScoringTerm:
    term: str
    text: str


@dataclass(frozen=True, slots=True)
class ResultsRequirement:
    """What results an applicant of one kind must show; ``when_applicable`` elements only where they apply."""

    applies_to: Literal["organisation", "project"]
    label_zh: str
    required: tuple[str, ...]
    when_applicable: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class ScoringGuide:
    """The standard's own scoring rules: introduction, what to consider, principles, terms, the
    process and result factors, and the results rules per kind of applicant (``standards/*.yaml``
    ``scoring_guide``)."""

    source: str
    introduction: str = ""
    considerations: tuple[str, ...] = ()
    principles: str = ""
    terms: tuple[ScoringTerm, ...] = ()
    process_factors: tuple[ScoringFactor, ...] = ()
    result_factors: tuple[ScoringFactor, ...] = ()
    results_rules: tuple[ResultsRequirement, ...] = ()


@dataclass(frozen=True, slots=True)
class Standard:
    """An award standard loaded from ``standards/<id>.yaml``."""

    id: str
    title: str
    short_title: str
    award: str
    award_class: str
    version: str
    year: int
    issuer: str
    source_seed: str
    total_points: int
    maturity_model: Literal["PDCA", "ADLI"]
    clauses: tuple[Clause, ...]
    bands: BandScheme
    report_limit: LengthLimit | None
    profile_limit: LengthLimit | None
    results: ResultsRule
    thresholds: tuple[Threshold, ...] = ()
    notes: tuple[str, ...] = ()
    path: str | None = None
    digest: str | None = None
    _index: dict[str, Clause] = field(default_factory=dict, repr=False, compare=False)
    scoring_guide: ScoringGuide | None = None

    def __post_init__(self) -> None:
        self._index.update({c.id: c for c in self.clauses})

    def clause(self, clause_id: str) -> Clause:
        return self._index[clause_id]

    def children(self, clause_id: str | None) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.parent == clause_id)

    def ancestors(self, clause_id: str) -> tuple[Clause, ...]:
        """Ancestors from the top level down, excluding the clause itself."""
        out: list[Clause] = []
        parent = self._index[clause_id].parent
        while parent is not None:
            out.append(self._index[parent])
            parent = self._index[parent].parent
        return tuple(reversed(out))

    def descendants(self, clause_id: str) -> tuple[Clause, ...]:
        out: list[Clause] = []
        stack = list(reversed(self._index[clause_id].children))
        while stack:
            c = self._index[stack.pop()]
            out.append(c)
            stack.extend(reversed(c.children))
        return tuple(out)

    @property
    def scoring_units(self) -> tuple[Clause, ...]:
        """Clauses a reviewer bands: they carry points and no descendant does."""
        return tuple(
            c
            for c in self.clauses
            if c.points is not None and not any(d.points is not None for d in self.descendants(c.id))
        )

    @property
    def profile_clauses(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.kind == "profile" and c.parent is None)

    @property
    def guidance(self) -> tuple[GuidancePoint, ...]:
        return tuple(g for c in self.clauses for g in c.guidance)


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class ClauseMatch:
    """The clause a paragraph answers, how sure we are, and how it was decided."""

    paragraph: str
    clause: str | None
    score: float
    method: MatchMethod
    runner_up: str | None = None
    runner_up_score: float | None = None
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class FindingDetail:
    """One structured line under a finding: an indicator and its years, a guidance point …

    ``subject`` names what the line is about (``客户满意度``, ``1.1.1.2``); ``facts`` holds
    key/value pairs rendered in the JSON and the UI (``("years", "2022, 2023")``).
    """

    subject: str
    message_zh: str
    message_en: str
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or observation from a check, in Chinese and English."""

    check: str
    code: str
    severity: Severity
    message_zh: str
    message_en: str
    clause: str | None = None
    paragraphs: tuple[str, ...] = ()
    details: tuple[FindingDetail, ...] = ()


BandSource = Literal["machine", "reviewer", "consensus"]
"""Who set a band: the machine's draft, one reviewer, or the panel's consensus."""
DecisionKind = Literal["reviewer", "consensus"]
"""The human provenances of a band: a :class:`Decision` is one or the other."""


@dataclass(frozen=True, slots=True)
class Band:
    """A scoring band for one scoring unit, in percent of its points, with reasons and provenance.

    The one band type. ``source`` says who set it: the machine's draft
    (:attr:`analyzer.scoring.BandSuggestion.band`, which wraps it with its evidence), a reviewer or
    the panel's consensus (:meth:`Decision.as_band`). A band read back from a stored record is
    :meth:`analyzer.record.BandInfo.as_band`. Not bands of an item, so not this type: a level of a
    standard's scheme (:class:`BandLevel`, offered to a reviewer as
    :class:`analyzer.review.bands.BandOption`) and a consensus the panel has not adopted yet
    (:class:`analyzer.review.consensus.AgreedBand`).
    """

    clause: str
    low: int
    high: int
    band_id: str
    reasons: tuple[str, ...]
    source: BandSource = "machine"


# --------------------------------------------------------------------------- review


@dataclass(frozen=True, slots=True)
class Decision:
    """One row of decision history: a reviewer's band for an item, or the panel's consensus.

    Written and read by the review store (:mod:`analyzer.review.decisions`), shown by the review
    workspace and carried into every export (:mod:`analyzer.export`), so it lives here, on the
    boundary, rather than in either.

    ``machine_band_id`` and ``machine_reasons`` are the machine suggestion as it was shown when the
    decision was made (``None`` / ``()`` if none was shown), so a later re-analysis cannot rewrite
    what the reviewer saw.

    It does not hold a :class:`Band` although it names one (``clause``, ``band_id``, ``low``,
    ``high``): it is the store's row, one field per column, and its band's reasons are no field of
    their own but the reviewer's ``comment`` or the consensus's ``rationale`` (by ``kind``), so a held
    ``Band`` would keep that text twice. :meth:`as_band` gives the band.
    """

    id: int
    submission_id: int
    clause: str
    reviewer: str
    band_id: str
    low: int
    high: int
    comment: str
    created_at: str
    machine_band_id: str | None
    machine_reasons: tuple[str, ...]
    kind: DecisionKind
    rationale: str | None

    @property
    def agrees_with_machine(self) -> bool | None:
        """Whether the human band equals the machine suggestion shown (``None``: none was shown)."""
        return None if self.machine_band_id is None else self.machine_band_id == self.band_id

    def as_band(self) -> Band:
        """The decision as a :class:`Band` whose ``source`` is the human provenance."""
        reason = self.rationale if self.kind == "consensus" else self.comment
        return Band(self.clause, self.low, self.high, self.band_id, (reason,) if reason else (), self.kind)


LOW_DETECTION_CONFIDENCE = 0.6
"""Below this confidence a detected standard is flagged for the user to confirm (the CLI's note, the
app's warning); the one home of the threshold."""


def detection_uncertain(confidence: float) -> bool:
    """Whether a standard detected with ``confidence`` should be confirmed by the user."""
    return confidence < LOW_DETECTION_CONFIDENCE
