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

Speed: fitting uses scikit-learn's ``TfidfVectorizer``; scoring gives exactly what its
``transform`` would, but counts each text's features once per :class:`~analyzer.resources.Resources`
(``Resources.feature_counts``, shared by every scorer with the same analyzer settings) and
intersects them with the vocabulary in C. ``--standard auto`` scores a report's paragraphs
against every standard and mapping scores them again, so the jieba words and character n-grams
of a paragraph are computed once, not six times.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from .backends import BackendName, BackendRequest, ClauseProfileText, Fallback, NotFitted, ScorerInfo, check_clauses

if TYPE_CHECKING:
    import numpy.typing as npt
    import scipy.sparse as sp

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


def char_preprocess(text: str) -> str:
    """Punctuation and symbols → spaces, so character n-grams never span them; Latin lowercased."""
    return _NON_TEXT.sub(" ", text).lower()


class _Analyzer:
    """An analyzer for scikit-learn's ``analyzer=`` that also gives each text's feature counts.

    Analyzers with the same settings compare equal, so ``Resources.feature_counts`` shares their
    results: detection scores a report's paragraphs against every standard, and mapping then
    scores them again, all with the same analysis.
    """

    def __call__(self, text: str) -> list[str]:
        raise NotImplementedError

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._key() == self._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self._key()))

    def counts(self, text: str) -> dict[str, int]:
        """Feature → number of occurrences in ``text`` (remembered by the current
        :class:`~analyzer.resources.Resources`; do not modify the result)."""
        from ..resources import Resources

        return Resources.current().feature_counts(self, text)


class WordAnalyzer(_Analyzer):
    """Text → jieba words for scikit-learn's ``analyzer=`` (picklable, no lambda)."""

    def __init__(self, tokenizer: JiebaTokenizer) -> None:
        self.tokenizer = tokenizer

    def _key(self) -> tuple[object, ...]:
        return (self.tokenizer,)

    def __call__(self, text: str) -> list[str]:
        return [
            w.lower()
            for w in self.tokenizer.cut(text)
            if _WORDLIKE.search(w) and w not in STOPWORDS and not w.isspace()
        ]


_WHITE_SPACES = re.compile(r"\s\s+")


class CharNgramAnalyzer(_Analyzer):
    """Character n-grams inside words, exactly scikit-learn's ``analyzer="char_wb"`` with
    ``preprocessor=char_preprocess`` (punctuation → spaces, Latin lowercased)."""

    def __init__(self, ngram_range: tuple[int, int]) -> None:
        self.ngram_range = ngram_range

    def _key(self) -> tuple[object, ...]:
        return self.ngram_range

    def __call__(self, text: str) -> list[str]:
        text = _WHITE_SPACES.sub(" ", char_preprocess(text))
        min_n, max_n = self.ngram_range
        ngrams: list[str] = []
        append = ngrams.append
        for w in text.split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                append(w[offset : offset + n])
                while offset + n < w_len:
                    offset += 1
                    append(w[offset : offset + n])
                if offset == 0:  # a word shorter than n is counted once
                    break
        return ngrams


FEATURE_CACHE_SIZE = 1024
"""Texts whose feature counts are remembered per analyzer (a report's paragraphs, a few MB each)."""


def feature_counts(analyzer: _Analyzer, text: str) -> dict[str, int]:
    """Feature → number of occurrences of ``text`` under ``analyzer`` (uncached; see :meth:`_Analyzer.counts`)."""
    return Counter(analyzer(text))


def _count_matrix(texts: Sequence[str], analyzer: _Analyzer, vocabulary: dict[str, int]) -> sp.csr_matrix:
    """The count matrix scikit-learn's ``CountVectorizer.transform`` gives (float32, sorted
    indices), from the cached feature counts; features outside ``vocabulary`` are skipped."""
    import scipy.sparse as sp

    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    vocab = vocabulary.keys()
    for text in texts:
        counts = analyzer.counts(text)
        common = counts.keys() & vocab  # in C, over the smaller side
        indices.extend(map(vocabulary.__getitem__, common))
        values.extend(map(counts.__getitem__, common))
        indptr.append(len(indices))
    x = sp.csr_matrix(
        (np.asarray(values, dtype=np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(texts), len(vocabulary)),
        dtype=np.float32,
    )
    x.sort_indices()
    return x


@dataclass(frozen=True, slots=True)
class _Side:
    """One fitted half of the scorer (words or characters): analyzer, vocabulary, IDF weights."""

    analyzer: _Analyzer
    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float32]

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """What the fitted ``TfidfVectorizer.transform`` gives (sublinear tf × idf, l2 rows), with
        the counts taken from the cached features of each text."""
        from sklearn.preprocessing import normalize

        x = _count_matrix(texts, self.analyzer, self.vocabulary)
        np.log(x.data, x.data)
        x.data += 1.0
        x.data *= self.idf[x.indices]
        return normalize(x, norm="l2", copy=False)


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
        self._vectorizers: tuple[_Side, _Side] | None = None
        self._clause_matrices: tuple[sp.csr_matrix, sp.csr_matrix] | None = None

    @property
    def name(self) -> BackendName:
        return "lexical"

    @property
    def clause_ids(self) -> tuple[str, ...]:
        return self._ids

    def _analyzers(self) -> tuple[WordAnalyzer, CharNgramAnalyzer]:
        if self._tokenizer is None:
            from ..text.tokenize import default_tokenizer

            self._tokenizer = default_tokenizer()
        return WordAnalyzer(self._tokenizer), CharNgramAnalyzer(self.char_ngram)

    def _fit_side(self, analyzer: _Analyzer, texts: Sequence[str]) -> tuple[_Side, sp.csr_matrix]:
        """A ``TfidfVectorizer`` fitted on ``texts``, and their matrix."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32)
        matrix = vectorizer.fit_transform(texts)
        return _Side(analyzer, vectorizer.vocabulary_, vectorizer.idf_), matrix

    def fit(self, clauses: Sequence[ClauseProfileText], *, cache_key: str | None = None) -> None:
        """Fit the vocabulary and IDF on the clause profiles (``cache_key`` is not needed here)."""
        self._ids = check_clauses(clauses)
        self._clause_texts = tuple(c.text for c in clauses)
        (words, cw), (chars, cc) = (self._fit_side(a, self._clause_texts) for a in self._analyzers())
        self._clause_matrices = (cw, cc)
        self._vectorizers = (words, chars)

    def score(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        if self._vectorizers is None or self._clause_matrices is None:
            raise NotFitted("LexicalScorer.score called before fit")
        n = len(texts)
        if n == 0:
            return np.zeros((0, len(self._ids)), dtype=np.float32)
        texts = list(texts)
        if self.idf_corpus == "clauses+texts":
            corpus = [*self._clause_texts, *texts]
            k = len(self._clause_texts)
            (_, wm), (_, cm) = (self._fit_side(a, corpus) for a in self._analyzers())
            pairs = ((wm[k:], wm[:k]), (cm[k:], cm[:k]))
        else:
            words, chars = self._vectorizers
            cw, cc = self._clause_matrices
            pairs = ((words.transform(texts), cw), (chars.transform(texts), cc))
        (tw, cw2), (tc, cc2) = pairs
        sim = self.word_weight * (tw @ cw2.T).toarray() + (1.0 - self.word_weight) * (tc @ cc2.T).toarray()
        if progress is not None:
            progress(n, n)
        return np.clip(sim, 0.0, 1.0).astype(np.float32, copy=False)

    def describe(self) -> ScorerInfo:
        lo, hi = self.char_ngram
        w = self.word_weight
        detail = f"tfidf jieba-words×{w:g} + char {lo}–{hi}×{1 - w:g}; idf={self.idf_corpus}"
        return ScorerInfo(name="lexical", requested=self._requested, detail=detail, fallback=self._fallback)
