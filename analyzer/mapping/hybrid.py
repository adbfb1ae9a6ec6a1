"""Hybrid backend (lexical + embedding) and :func:`make_scorer`, which picks the backend.

Fusion: for every paragraph (row) each backend's scores are min-max normalised across the
clauses, then ``weight × embedding + (1 − weight) × lexical``. The two backends' raw scales
differ (embedding cosines of bge-small sit around 0.3–0.8, TF-IDF cosines around 0–0.5), so
the raw values cannot simply be added; row-wise normalisation keeps a paragraph's score
independent of the other paragraphs. The fused row therefore always spans [0, 1]: it ranks the
clauses but says nothing absolute. For "does this paragraph answer any clause?" use the margin
between the best two clauses or the components' raw scores (:attr:`HybridScorer.lexical`,
:attr:`HybridScorer.embedding`, :meth:`HybridScorer.score_components`).

``make_scorer("auto", …)`` returns the hybrid scorer when the embedding model loads offline and
the lexical scorer otherwise, with the reason in ``describe().fallback``; ``"embedding"`` never
falls back (it raises :class:`~analyzer.mapping.embedding.EmbeddingUnavailable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .backends import BackendName, BackendRequest, ClauseProfileText, Fallback, Scorer, ScorerInfo
from .config import EmbeddingConfig, load_embedding_config
from .embedding import EmbeddingScorer, EmbeddingUnavailable
from .lexical import LexicalScorer

if TYPE_CHECKING:
    import numpy.typing as npt

    from ..text.tokenize import JiebaTokenizer
    from .backends import ProgressCallback


def minmax_rows(m: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Each row scaled to [0, 1]; a constant row becomes all zeros."""
    if m.size == 0:
        return m.astype(np.float32, copy=False)
    lo = m.min(axis=1, keepdims=True)
    span = m.max(axis=1, keepdims=True) - lo
    out = np.where(span > 0, (m - lo) / np.where(span > 0, span, 1.0), 0.0)
    return out.astype(np.float32, copy=False)


class HybridScorer:
    """``weight × minmax(embedding) + (1 − weight) × minmax(lexical)`` per paragraph."""

    def __init__(
        self,
        lexical: LexicalScorer,
        embedding: EmbeddingScorer,
        weight: float = 0.6,
        *,
        requested: BackendRequest = "auto",
    ) -> None:
        if not 0.0 <= weight <= 1.0:
            raise ValueError("the hybrid weight must be in [0, 1]")
        self.lexical = lexical
        self.embedding = embedding
        self.weight = weight
        self._requested: BackendRequest = requested

    @property
    def name(self) -> BackendName:
        return "hybrid"

    @property
    def clause_ids(self) -> tuple[str, ...]:
        return self.lexical.clause_ids

    def fit(
        self,
        clauses: Sequence[ClauseProfileText],
        *,
        cache_key: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.lexical.fit(clauses, cache_key=cache_key)
        self.embedding.fit(clauses, cache_key=cache_key, progress=progress)

    def score_components(
        self, texts: Sequence[str], *, progress: ProgressCallback | None = None
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """The raw (lexical, embedding) score matrices."""
        return self.lexical.score(texts), self.embedding.score(texts, progress=progress)

    def score(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        lex, emb = self.score_components(texts, progress=progress)
        fused = self.weight * minmax_rows(emb) + (1.0 - self.weight) * minmax_rows(lex)
        return fused.astype(np.float32, copy=False)

    def describe(self) -> ScorerInfo:
        e, lx = self.embedding.describe(), self.lexical.describe()
        return ScorerInfo(
            name="hybrid",
            requested=self._requested,
            model=e.model,
            model_path=e.model_path,
            dimension=e.dimension,
            detail=f"{self.weight:g}×embedding({e.detail}) + {1 - self.weight:g}×lexical({lx.detail}); row min-max",
            cache=e.cache,
        )


def make_scorer(
    backend: BackendRequest = "auto",
    model: str | None = None,
    allow_download: bool = False,
    *,
    config: EmbeddingConfig | None = None,
    cache_dir: str | None = None,
    tokenizer: JiebaTokenizer | None = None,
) -> Scorer:
    """The scorer for ``backend``; ``describe()`` of the result says which ran and why.

    * ``lexical`` — :class:`LexicalScorer`, no model loaded.
    * ``embedding`` — :class:`EmbeddingScorer`; raises :class:`EmbeddingUnavailable` if the model
      does not load.
    * ``auto`` — :class:`HybridScorer` when the model loads (offline unless ``allow_download``),
      else :class:`LexicalScorer` with ``describe().fallback`` set — or, with ``fallback: error``
      in the configuration, :class:`EmbeddingUnavailable`.
    """
    cfg = config or load_embedding_config()
    lex_cfg = cfg.lexical

    def lexical(fallback: Fallback | None = None) -> LexicalScorer:
        return LexicalScorer(
            tokenizer=tokenizer,
            word_weight=lex_cfg.word_weight,
            char_ngram=lex_cfg.char_ngram,
            idf_corpus=lex_cfg.idf_corpus,
            requested=backend,
            fallback=fallback,
        )

    if backend == "lexical":
        return lexical()
    if backend not in ("auto", "embedding"):
        raise ValueError(f"unknown backend {backend!r}; expected auto, lexical or embedding")
    try:
        emb = EmbeddingScorer(model, allow_download=allow_download, cache_dir=cache_dir, config=cfg, requested=backend)
    except EmbeddingUnavailable as exc:
        if backend == "embedding" or cfg.fallback == "error":
            raise
        return lexical(
            Fallback(
                wanted="hybrid",
                reason_zh=f"{exc.message_zh}；已改用词汇匹配",
                reason_en=f"{exc.message_en}; using lexical matching instead",
            )
        )
    if backend == "embedding":
        return emb
    return HybridScorer(lexical(), emb, cfg.hybrid_weight, requested=backend)
