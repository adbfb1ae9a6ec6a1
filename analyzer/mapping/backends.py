"""Scoring backends for the paragraph→clause mapper: the :class:`Scorer` protocol and its data.

A scorer is fitted once on the clause profile texts of one standard (title + requirement text +
guidance, built by the caller) and then scores any number of paragraph texts against them::

    scorer = make_scorer("auto", model=None, allow_download=False)
    scorer.fit([ClauseProfileText("1.1", "文化引领 高层领导…"), ...], cache_key=clause_set_key(std))
    sims = scorer.score(paragraph_texts)          # float32, shape (n_texts, n_clauses), ≈[0, 1]
    info = scorer.describe()                      # which backend ran, model, dimension, why

Implementations: :class:`analyzer.mapping.lexical.LexicalScorer` (TF-IDF, always available),
:class:`analyzer.mapping.embedding.EmbeddingScorer` (sentence-transformers, loads lazily and
offline) and :class:`analyzer.mapping.hybrid.HybridScorer` (a weighted fusion of both).
:func:`analyzer.mapping.hybrid.make_scorer` picks one and records which ran and why.

Nothing here imports torch, sentence-transformers or scikit-learn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from ..errors import SaraError
from ..model import BackendRequest

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from ..model import Standard

BackendName = Literal["lexical", "embedding", "hybrid"]

# Called as progress(done, total) while texts are encoded.
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ClauseProfileText:
    """The text a clause is matched on, with the clause id it belongs to."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Fallback:
    """Why ``auto`` did not run the backend it prefers (shown in the output, JSON and UI)."""

    wanted: BackendName
    reason_zh: str
    reason_en: str


@dataclass(frozen=True, slots=True)
class ScorerInfo:
    """What ran, for the output: backend, model name/path, embedding dimension, settings."""

    name: BackendName
    requested: BackendRequest
    model: str | None = None
    model_path: str | None = None
    dimension: int | None = None
    # Human-readable settings, e.g. "tfidf jieba-words×0.5 + char 2–4; idf=clauses".
    detail: str = ""
    # For the embedding part: "hit" (clause embeddings read from the disk cache), "miss"
    # (computed and stored), "off" (no cache key given); None before fit or for lexical.
    cache: Literal["hit", "miss", "off"] | None = None
    fallback: Fallback | None = None


@runtime_checkable
class Scorer(Protocol):
    """Similarity of texts to a fixed set of clauses."""

    @property
    def name(self) -> BackendName: ...

    @property
    def clause_ids(self) -> tuple[str, ...]:
        """Clause ids in column order of :meth:`score` (empty before :meth:`fit`)."""
        ...

    def fit(self, clauses: Sequence[ClauseProfileText], *, cache_key: str | None = None) -> None:
        """Prepare the clause side. ``cache_key`` (see :func:`clause_set_key`) lets a backend cache it."""
        ...

    def score(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        """Similarities, shape ``(len(texts), len(clause_ids))``, higher is closer, roughly in [0, 1]."""
        ...

    def describe(self) -> ScorerInfo: ...


class NotFitted(SaraError, RuntimeError):
    """``score`` was called before ``fit`` (a programming error, not a user error).

    In the :class:`~analyzer.errors.SaraError` family like every other error, and still a
    ``RuntimeError`` as it was before it joined. ``str()`` is the message it was raised with."""

    def __init__(self, message: str) -> None:
        super().__init__(f"内部错误：{message}", message)


def clause_set_key(standard: Standard) -> str:
    """A cache key for clause profiles built from ``standard``: its id and file digest."""
    return f"{standard.id}@{standard.digest or 'nodigest'}"


def check_clauses(clauses: Sequence[ClauseProfileText]) -> tuple[str, ...]:
    """The ids of ``clauses``; rejects an empty set and duplicate ids."""
    if not clauses:
        raise ValueError("cannot fit a scorer on zero clauses")
    ids = tuple(c.id for c in clauses)
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"duplicate clause ids: {', '.join(dup)}")
    return ids
