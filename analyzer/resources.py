"""What an analysis loads or fits once per process, owned by the caller and passed in.

:class:`Resources` holds the tokenizer (jieba with every standard's terms), the crosswalk, the
packaged data files (synonyms, results patterns, polarity, scoring signals, genre profiles) and
the scorers fitted per standard (the mapping scorer per backend, the guidance-point scorer and the
content scorer ``--standard auto`` compares a report with). Everything is built lazily, on first
use, and kept for the life of the object, so a caller that builds one ``Resources`` per process
(the CLI per command, the app with ``st.cache_resource``, each screening worker in its initializer,
the evaluation and benchmark pipelines) pays for the jieba dictionary and the vectorizers once::

    res = Resources()
    a = analyze_file("report.docx", "auto", options, resources=res)
    b = analyze_file("other.docx", "auto", options, resources=res)   # nothing loaded again

:meth:`Resources.default` is a convenience for tests and one-off callers: one instance per
process and standards search path (``SARA_STANDARDS_PATH``, relative to the working directory).
While an analysis runs, :meth:`Resources.current` is the caller's object (``analyze_file`` and
``analyze_document`` make it :meth:`~Resources.active`): the leaf helpers that read packaged data
(the results patterns, the aligner's synonym table, the ``default_*`` functions) find the caller's
data there instead of loading their own copy; outside an analysis they get :meth:`Resources.default`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, ClassVar, TypeVar

if TYPE_CHECKING:
    from .mapping.align import Vocabulary
    from .mapping.backends import Scorer
    from .mapping.genre import GenreProfiles
    from .mapping.lexical import LexicalScorer, _Analyzer
    from .mapping.profiles import CrosswalkTexts
    from .model import Standard
    from .pipeline import AnalyzeOptions
    from .results.lexicon import ResultsPatterns
    from .results.polarity import Polarity
    from .scoring.signals import Signals
    from .text.sentences import SentenceSplitter
    from .text.tokenize import JiebaTokenizer

T = TypeVar("T")
_UNSET = object()
_ACTIVE: ContextVar[Resources | None] = ContextVar("sara_resources", default=None)


class Resources:
    """The tokenizer, data files and fitted scorers of one process (see the module docstring).

    Thread-safe: the app's sessions share one. Not picklable on purpose: a worker process builds
    its own.
    """

    _defaults: ClassVar[dict[tuple[str, str], Resources]] = {}
    _defaults_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._loaded: dict[str, object] = {}
        self._scorers: dict[tuple[object, ...], Scorer] = {}
        self._point_scorers: dict[tuple[str, str], LexicalScorer | None] = {}
        self._content_scorers: dict[tuple[str, str], LexicalScorer] = {}
        self._files: dict[tuple[object, ...], object] = {}

    @classmethod
    def default(cls) -> Resources:
        """One instance per process and standards search path, for tests and one-off callers."""
        key = (os.environ.get("SARA_STANDARDS_PATH", ""), os.getcwd())
        found = cls._defaults.get(key)
        if found is not None:
            return found
        with cls._defaults_lock:
            return cls._defaults.setdefault(key, cls())

    @classmethod
    def current(cls) -> Resources:
        """The resources of the analysis running in this thread (see :meth:`active`), else :meth:`default`.

        Leaf helpers that read packaged data (the results patterns, the synonym table, the
        ``default_*`` functions) ask this instead of receiving the object through every call."""
        return _ACTIVE.get() or cls.default()

    @contextmanager
    def active(self) -> Iterator[Resources]:
        """Make this the :meth:`current` resources of the calling thread for the ``with`` block
        (:func:`analyzer.pipeline.analyze_document` and ``analyze_file`` do it for their caller's)."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        found = self._loaded.get(name, _UNSET)
        if found is _UNSET:
            with self._lock:
                found = self._loaded.get(name, _UNSET)
                if found is _UNSET:
                    found = build()
                    self._loaded[name] = found
        return found  # type: ignore[return-value]

    def loaded(self, kind: str, key: tuple[object, ...], build: Callable[[], T]) -> T:
        """``build()`` once per ``(kind, *key)`` for the life of this object (a file loaded by its
        path and modification time, so an edited file is read again)."""
        full = (kind, *key)
        found = self._files.get(full, _UNSET)
        if found is _UNSET:
            with self._lock:
                found = self._files.get(full, _UNSET)
                if found is _UNSET:
                    found = build()
                    self._files[full] = found
        return found  # type: ignore[return-value]

    # ------------------------------------------------------------------ data

    @property
    def tokenizer(self) -> JiebaTokenizer:
        """jieba with the terms of every standard found (an invalid standard file adds none)."""
        from .text.tokenize import build_tokenizer

        return self._once("tokenizer", build_tokenizer)

    @property
    def splitter(self) -> SentenceSplitter:
        """SARA's one sentence splitter (spaCy's sentencizer over this tokenizer's words)."""
        from .text.sentences import SentenceSplitter

        return self._once("splitter", lambda: SentenceSplitter(self.tokenizer))

    @property
    def crosswalk(self) -> CrosswalkTexts | None:
        """The crosswalk as an ``Equivalents`` provider, or None when no crosswalk file is found."""
        from .mapping.profiles import CrosswalkTexts
        from .standards.crosswalk import CrosswalkNotFound, load_crosswalk

        def build() -> CrosswalkTexts | None:
            try:
                return CrosswalkTexts(load_crosswalk())
            except CrosswalkNotFound:
                return None

        return self._once("crosswalk", build)

    @property
    def feature_counts(self) -> Callable[[_Analyzer, str], dict[str, int]]:
        """A text's feature counts per analyzer, remembered for the last
        :data:`~analyzer.mapping.lexical.FEATURE_CACHE_SIZE` texts (shared by every scorer)."""
        from functools import lru_cache

        from .mapping.lexical import FEATURE_CACHE_SIZE, feature_counts

        return self._once("feature_counts", lambda: lru_cache(maxsize=FEATURE_CACHE_SIZE)(feature_counts))

    @property
    def vocabulary(self) -> Vocabulary:
        """The aligner's synonym table (``mapping/synonyms.yaml``)."""
        from .mapping.align import load_vocabulary

        return self._once("vocabulary", load_vocabulary)

    @property
    def patterns(self) -> ResultsPatterns:
        """The results reader's patterns (``results/patterns.yaml``), compiled."""
        from .results.lexicon import load_patterns

        return self._once("patterns", load_patterns)

    @property
    def polarity(self) -> Polarity:
        """Which direction is favourable per indicator (``results/polarity.yaml``)."""
        from .results.polarity import load_polarity

        return self._once("polarity", load_polarity)

    @property
    def signals(self) -> Signals:
        """The band rules' signal terms (``scoring/signals.yaml``)."""
        from .scoring.signals import load_signals_file

        return self._once("signals", load_signals_file)

    @property
    def genres(self) -> GenreProfiles:
        """The genre profiles (``mapping/genres.yaml``)."""
        from .mapping.genre import load_profiles

        return self._once("genres", load_profiles)

    # ------------------------------------------------------------------ fitted scorers

    def scorer(self, standard: Standard, options: AnalyzeOptions) -> Scorer:
        """The mapping scorer fitted on ``standard``'s clause profiles, per backend and model."""
        from .mapping.backends import clause_set_key
        from .mapping.hybrid import make_scorer
        from .mapping.profiles import clause_profiles

        key = (
            standard.id,
            standard.digest or "",
            options.backend,
            options.model,
            options.allow_download,
            options.crosswalk,
        )
        with self._lock:
            found = self._scorers.get(key)
            if found is not None:
                return found
            scorer = make_scorer(options.backend, options.model, options.allow_download, tokenizer=self.tokenizer)
            equivalents = self.crosswalk if options.crosswalk else None
            scorer.fit(clause_profiles(standard, equivalents), cache_key=clause_set_key(standard))
            self._scorers[key] = scorer
            return scorer

    def point_scorer(self, standard: Standard) -> LexicalScorer | None:
        """A lexical scorer on every guidance point of ``standard`` (None: it has none)."""
        from .mapping.coverage import fit_point_scorer

        key = (standard.id, standard.digest or "")
        with self._lock:
            if key not in self._point_scorers:
                self._point_scorers[key] = fit_point_scorer(standard, self.tokenizer)
            return self._point_scorers[key]

    def content_scorer(self, standard: Standard) -> LexicalScorer:
        """A lexical scorer on ``standard``'s clause profiles without the crosswalk (standard detection)."""
        from .mapping.detect import fit_content_scorer

        key = (standard.id, standard.digest or "")
        with self._lock:
            if key not in self._content_scorers:
                self._content_scorers[key] = fit_content_scorer(standard, self.tokenizer)
            return self._content_scorers[key]

    def prepare(self, standards: Iterable[Standard], options: AnalyzeOptions, *, detect: bool = False) -> None:
        """Load and fit now what analysing against ``standards`` needs (a worker's initializer)."""
        for std in standards:
            self.scorer(std, options)
            self.point_scorer(std)
            if detect:
                self.content_scorer(std)
        _ = self.vocabulary, self.patterns, self.polarity, self.signals, self.genres


__all__ = ("Resources",)
