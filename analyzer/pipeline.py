"""The analysis pipeline, composed in one place: read → align → map → cover → check → bands.

Each step is a plain function with typed inputs and outputs and can be called alone::

    doc = read_document("report.docx")
    std = load_standard("beijing-2020")
    scorer = fitted_scorer(std, AnalyzeOptions(backend="lexical"))
    mapping = map_document(doc, std, scorer)
    coverage = compute_coverage(doc, std, mapping)
    findings = run_checks(CheckContext(doc, std, mapping, coverage))

:func:`analyze_document` runs them all and returns an :class:`Analysis`. A document that is not a
self-assessment report (:func:`~analyzer.mapping.genre.recognise_genre`) gets only the
``not-self-assessment`` finding: no other check, no bands, no score estimate (disabling that check
in :class:`~analyzer.checks.base.CheckConfig` analyses it as a report anyway). The caller owns the
resources (:class:`~analyzer.resources.Resources`: tokenizer, data files, scorers fitted once per
standard, backend and model) and passes them in, so a batch or the app pays for the vectorizers or
the embedding model once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .checks.base import CheckConfig, CheckContext
from .checks.registry import check, run_checks
from .mapping.backends import BackendRequest, Scorer
from .mapping.content import map_paragraphs
from .mapping.coverage import compute_coverage
from .mapping.detect import StandardGuess, detect_standard
from .mapping.genre import GenreGuess, recognise_genre
from .mapping.types import Coverage, Mapping
from .model import Document, Finding, Standard
from .resources import Resources
from .scoring import BandSuggestion, ScoreEstimate, estimate_score, suggest_bands
from .text.sentences import add_sentences

if TYPE_CHECKING:
    from .ingest import IngestConfig

# Called as progress(step, done, total) — step names: read, detect, map, cover, check.
PipelineProgress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """How to analyse. Unknown settings are errors (frozen dataclass, no ``**kwargs``)."""

    backend: BackendRequest = "auto"
    model: str | None = None
    """Embedding model name or local path (default from models/embedding.yaml or SARA_EMBEDDING_MODEL)."""
    allow_download: bool = False
    crosswalk: bool = True
    """Enrich clause profiles with the equivalent clauses of the other standards."""
    checks: CheckConfig = field(default_factory=CheckConfig)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything one analysis produced; rendered to JSON as ``sara.analysis/1``."""

    document: Document
    standard: Standard
    mapping: Mapping
    coverage: Coverage
    findings: tuple[Finding, ...]
    suggestions: tuple[BandSuggestion, ...] = ()
    """The machine's draft band per scoring unit, with its evidence (``s.band`` is its Band)."""
    estimate: ScoreEstimate | None = None
    detection: StandardGuess | None = None
    genre: GenreGuess | None = None
    """Whether the document is a self-assessment report at all (None: not assessed)."""
    config: CheckConfig = field(default_factory=CheckConfig)
    sara_version: str = __version__
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)


NOT_REPORT = "not-self-assessment"


def fitted_scorer(
    standard: Standard, options: AnalyzeOptions = AnalyzeOptions(), resources: Resources | None = None
) -> Scorer:
    """The scorer fitted on ``standard``'s clause profiles, kept by ``resources`` (default: the process's)."""
    return (resources or Resources.default()).scorer(standard, options)


def prepare(
    standards: Iterable[Standard],
    options: AnalyzeOptions = AnalyzeOptions(),
    *,
    detect: bool = False,
    resources: Resources | None = None,
) -> None:
    """Load and fit, once, everything analysing against ``standards`` needs: the jieba dictionary,
    the crosswalk, each standard's mapping scorer and guidance-point scorer, and with ``detect``
    the content scorers ``--standard auto`` compares the report with. A worker pool calls this in
    its initializer (with the worker's own :class:`Resources`) so no file pays for it."""
    (resources or Resources.default()).prepare(standards, options, detect=detect)


def map_document(doc: Document, standard: Standard, scorer: Scorer) -> Mapping:
    """Align headings (numbers, titles and each section's own text), then credit every paragraph to a clause."""
    return map_paragraphs(doc, standard, None, scorer)


def analyze_document(
    doc: Document,
    standard: Standard,
    options: AnalyzeOptions = AnalyzeOptions(),
    *,
    detection: StandardGuess | None = None,
    progress: PipelineProgress | None = None,
    resources: Resources | None = None,
) -> Analysis:
    """Map, cover and check one document against one standard.

    ``resources`` (tokenizer, data files, fitted scorers) is built once per process by the caller
    and is the :meth:`~Resources.current` one while the analysis runs; None uses
    :meth:`Resources.current` (outside an analysis, :meth:`Resources.default`)."""
    res = resources or Resources.current()
    with res.active():
        return _analyze_document(doc, standard, options, detection, progress, res)


def _analyze_document(
    doc: Document,
    standard: Standard,
    options: AnalyzeOptions,
    detection: StandardGuess | None,
    progress: PipelineProgress | None,
    res: Resources,
) -> Analysis:
    timings: list[tuple[str, float]] = []
    t = time.perf_counter()

    def step(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings.append((name, round(now - t, 4)))
        t = now
        if progress is not None:
            progress(name, 1, 1)

    # Paragraph.sentences: SARA's one sentence splitter, read by coverage and results
    doc = add_sentences(doc, res.splitter)
    scorer = res.scorer(standard, options)
    step("fit")
    mapping = map_document(doc, standard, scorer)
    step("map")
    coverage = compute_coverage(doc, standard, mapping, res)
    step("cover")
    genre = detection.genre if detection is not None and detection.genre is not None else None
    genre = genre or recognise_genre(doc, res.genres)
    ctx = CheckContext(doc, standard, mapping, coverage, options.checks)
    report = genre.is_report or NOT_REPORT in options.checks.disabled
    findings = run_checks(ctx) if report else run_checks(ctx, (check(NOT_REPORT),))
    step("check")
    suggestions: tuple[BandSuggestion, ...] = ()
    estimate: ScoreEstimate | None = None
    if report:
        polarity = None
        if options.checks.polarity_overrides:
            polarity = res.polarity.with_overrides(options.checks.polarity_overrides)
        suggestions = suggest_bands(
            doc, standard, mapping, coverage, findings, signals=res.signals, polarity=polarity or res.polarity
        )
        estimate = estimate_score(standard, suggestions)
    step("bands")
    return Analysis(
        document=doc,
        standard=standard,
        mapping=mapping,
        coverage=coverage,
        findings=findings,
        suggestions=suggestions,
        estimate=estimate,
        detection=detection,
        genre=genre,
        config=options.checks,
        sara_version=__version__,
        timings=tuple(timings),
    )


def analyze_file(
    path: str | Path,
    standard: str | Standard = "auto",
    options: AnalyzeOptions = AnalyzeOptions(),
    *,
    ingest: IngestConfig | None = None,
    progress: PipelineProgress | None = None,
    resources: Resources | None = None,
) -> Analysis:
    """Read ``path`` and analyse it; ``standard="auto"`` detects which standard it answers.

    ``resources``: as for :func:`analyze_document` (they are current while the file is read too)."""
    res = resources or Resources.current()
    with res.active():
        return _analyze_file(path, standard, options, ingest, progress, res)


def _analyze_file(
    path: str | Path,
    standard: str | Standard,
    options: AnalyzeOptions,
    ingest: IngestConfig | None,
    progress: PipelineProgress | None,
    resources: Resources,
) -> Analysis:
    from .ingest import read_document
    from .standards import load_all, load_standard

    doc = read_document(path, ingest)
    if progress is not None:
        progress("read", 1, 1)
    detection: StandardGuess | None = None
    if isinstance(standard, Standard):
        std = standard
    elif standard == "auto":
        detection = detect_standard(doc, load_all(), resources)
        std = load_standard(detection.standard)
        if progress is not None:
            progress("detect", 1, 1)
    else:
        std = load_standard(standard)
    return analyze_document(doc, std, options, detection=detection, progress=progress, resources=resources)
