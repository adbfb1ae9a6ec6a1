"""Lexical backend: TF-IDF cosine over jieba words and character n-grams (scikit-learn).

Two vectorizers look at every text:

* **words** — the project's :class:`analyzer.text.tokenize.JiebaTokenizer` (private jieba
  instance with the domain dictionary, so 卓越绩效, 顾客满意度, 战略部署 … stay one token), minus
  punctuation, pure numbers and a short list of function words;
* **characters** — ``char_wb`` n-grams (2–4 by default) after punctuation is turned into spaces,
  which catches shared compounds that jieba segments differently in the two texts.

Both use sublinear TF and l2 normalisation; the score is
``word_weight × cos_words + (1 − word_weight) × cos_chars``, in [0, 1].

IDF corpus: by default the vectorizers are fitted on the clause profiles only (``idf_corpus:
clauses``), so a paragraph's scores depend on that paragraph alone and are identical whichever
report it appears in; words that occur in no clause carry no signal for the mapping anyway.
``clauses+texts`` refits on the clauses plus the texts being scored (IDF from the report itself,
so words every paragraph uses count less) — scores then depend on the whole batch.

Measured top-1 clause accuracy on the four labelled dev reports (423 paragraphs, leaf clauses'
title + text + guidance as profiles, 2026-11): word_weight 0.3 / char 2–4 gives 0.712 with
``clauses`` and 0.728 with ``clauses+texts``; words only 0.636 / 0.686; characters only 0.714 /
0.735. The gain of ``clauses+texts`` is small and costs batch-independent scores, so the default
is ``clauses`` with word_weight 0.3. BM25 has not been tried yet.

Deterministic (no randomness; vocabulary order is sorted by scikit-learn). scikit-learn is
imported on first :meth:`LexicalScorer.fit`, not at module import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import numpy as np

from .backends import BackendName, BackendRequest, ClauseProfileText, Fallback, NotFitted, ScorerInfo, check_clauses

if TYPE_CHECKING:
    import numpy.typing as npt
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..text.tokenize import JiebaTokenizer
    from .backends import ProgressCallback

IdfCorpus = Literal["clauses", "clauses+texts"]

# Function words that carry no topic; everything shorter than a word is dropped by the filters.
_STOP = (
    "的 了 和 与 及 或 等 在 对 是 为 并 将 以 其 中 各 如 由 从 把 被 向 于 之 而 也 都 就 且 "
    "这 该 此 这些 那些 我们 公司 组织 进行 通过 包括 以及 有关 方面 相关 可以 能够 一 个 年"
)
STOPWORDS: frozenset[str] = frozenset(_STOP.split(" ")) - {""}
_WORDLIKE = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")
_NON_TEXT = re.compile(r"[^\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+")


class WordAnalyzer:
    """Text → jieba words for scikit-learn's ``analyzer=`` (picklable, no lambda)."""

    def __init__(self, tokenizer: JiebaTokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> list[str]:
        return [
            w.lower()
            for w in self.tokenizer.cut(text)
            if _WORDLIKE.search(w) and w not in STOPWORDS and not w.isspace()
        ]


def char_preprocess(text: str) -> str:
    """Punctuation and symbols → spaces, so character n-grams never span them; Latin lowercased."""
    return _NON_TEXT.sub(" ", text).lower()


class LexicalScorer:
    """TF-IDF scorer over jieba words + character n-grams (see the module docstring)."""

    def __init__(
        self,
        *,
        tokenizer: JiebaTokenizer | None = None,
        word_weight: float = 0.3,
        char_ngram: tuple[int, int] = (2, 4),
        idf_corpus: IdfCorpus = "clauses",
        requested: BackendRequest = "lexical",
        fallback: Fallback | None = None,
    ) -> None:
        if not 0.0 <= word_weight <= 1.0:
            raise ValueError("word_weight must be in [0, 1]")
        self._tokenizer = tokenizer
        self.word_weight = word_weight
        self.char_ngram = char_ngram
        self.idf_corpus: IdfCorpus = idf_corpus
        self._requested: BackendRequest = requested
        self._fallback = fallback
        self._ids: tuple[str, ...] = ()
        self._clause_texts: tuple[str, ...] = ()
        self._vectorizers: tuple[TfidfVectorizer, TfidfVectorizer] | None = None
        self._clause_matrices: tuple[object, object] | None = None

    @property
    def name(self) -> BackendName:
        return "lexical"

    @property
    def clause_ids(self) -> tuple[str, ...]:
        return self._ids

    def _make_vectorizers(self) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        if self._tokenizer is None:
            from ..text.tokenize import default_tokenizer

            self._tokenizer = default_tokenizer()
        words = TfidfVectorizer(analyzer=WordAnalyzer(self._tokenizer), sublinear_tf=True, dtype=np.float32)
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=self.char_ngram,
            preprocessor=char_preprocess,
            lowercase=False,
            sublinear_tf=True,
            dtype=np.float32,
        )
        return words, chars

    def fit(self, clauses: Sequence[ClauseProfileText], *, cache_key: str | None = None) -> None:
        """Fit the vocabulary and IDF on the clause profiles (``cache_key`` is not needed here)."""
        self._ids = check_clauses(clauses)
        self._clause_texts = tuple(c.text for c in clauses)
        words, chars = self._make_vectorizers()
        self._clause_matrices = (words.fit_transform(self._clause_texts), chars.fit_transform(self._clause_texts))
        self._vectorizers = (words, chars)

    def score(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        if self._vectorizers is None or self._clause_matrices is None:
            raise NotFitted("LexicalScorer.score called before fit")
        n = len(texts)
        if n == 0:
            return np.zeros((0, len(self._ids)), dtype=np.float32)
        texts = list(texts)
        if self.idf_corpus == "clauses+texts":
            words, chars = self._make_vectorizers()
            corpus = [*self._clause_texts, *texts]
            k = len(self._clause_texts)
            wm, cm = words.fit_transform(corpus), chars.fit_transform(corpus)
            pairs = ((wm[k:], wm[:k]), (cm[k:], cm[:k]))
        else:
            words, chars = self._vectorizers
            cw, cc = self._clause_matrices
            pairs = ((words.transform(texts), cw), (chars.transform(texts), cc))
        (tw, cw2), (tc, cc2) = pairs
        sim = self.word_weight * (tw @ cw2.T).toarray() + (1.0 - self.word_weight) * (tc @ cc2.T).toarray()  # type: ignore[attr-defined]
        if progress is not None:
            progress(n, n)
        return np.clip(sim, 0.0, 1.0).astype(np.float32, copy=False)

    def describe(self) -> ScorerInfo:
        lo, hi = self.char_ngram
        w = self.word_weight
        detail = f"tfidf jieba-words×{w:g} + char {lo}–{hi}×{1 - w:g}; idf={self.idf_corpus}"
        return ScorerInfo(name="lexical", requested=self._requested, detail=detail, fallback=self._fallback)
