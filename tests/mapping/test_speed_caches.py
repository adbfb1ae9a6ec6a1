"""The per-process caches that make analysis fast give exactly what the uncached code gives.

- :class:`~analyzer.text.tokenize.JiebaTokenizer` caches jieba's segmentation per run of text
  between punctuation: its words equal jieba's own ``Tokenizer.cut`` on whole texts, sentences and
  texts mixing Chinese, Latin, digits, punctuation and whitespace;
- :class:`~analyzer.mapping.lexical.LexicalScorer` counts each text's features once and scores
  from the counts: its similarities equal, bit for bit, those of the fitted ``TfidfVectorizer``
  pair it used to call, and scorers with the same analyzer settings share the counts;
- :func:`~analyzer.text.counts.count` (class table + lru cache) equals a per-character count;
- :func:`~analyzer.pipeline.prepare` fits everything a worker needs up front;
- :func:`~analyzer.standards.loader.safe_load` (libyaml when present) reads like ``yaml.safe_load``.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from analyzer.ingest import read_document
from analyzer.mapping.align import align_sections
from analyzer.mapping.backends import ClauseProfileText
from analyzer.mapping.lexical import CharNgramAnalyzer, LexicalScorer, WordAnalyzer, char_preprocess
from analyzer.model import Counts
from analyzer.resources import Resources
from analyzer.standards import load_standard
from analyzer.text.chars import is_east_asian, is_ideograph, is_space
from analyzer.text.counts import count
from analyzer.text.tokenize import JiebaTokenizer, default_tokenizer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "szx-econ-bank" / "report.md"
ALPHABET = "质量管理卓越绩效顾客满意度营业收入，。、；！？ \u3000\t\n\r\nab12.%-+#&_—…“”·①Ａ１\u00a0表6-1（）"


def _texts() -> list[str]:
    report = SAMPLE.read_text(encoding="utf-8")
    rng = random.Random(5)
    noise = ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 60))) for _ in range(300)]
    return [report, *report.split("\n"), *report.split("。"), *noise, ""]


@pytest.fixture(scope="module")
def tokenizer() -> JiebaTokenizer:
    return default_tokenizer()


def test_cut_equals_jieba_on_whole_texts_sentences_and_noise(tokenizer: JiebaTokenizer) -> None:
    tokenizer.clear_cache()
    for text in _texts():
        reference = list(tokenizer._tokenizer().cut(text, HMM=True))
        assert tokenizer.cut(text) == reference
        assert tokenizer.cut(text) == reference  # again, from the cache
        assert [(t.text, t.start, t.end) for t in tokenizer.tokens(text)] == list(
            tokenizer._tokenizer().tokenize(text, mode="default", HMM=True)
        )


def _reference_scores(scorer: LexicalScorer, clauses: list[str], texts: list[str]) -> np.ndarray:
    """What LexicalScorer.score computed before the feature cache: two TfidfVectorizers."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    words = TfidfVectorizer(analyzer=WordAnalyzer(default_tokenizer()), sublinear_tf=True, dtype=np.float32)
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=scorer.char_ngram,
        preprocessor=char_preprocess,
        lowercase=False,
        sublinear_tf=True,
        dtype=np.float32,
    )
    cw, cc = words.fit_transform(clauses), chars.fit_transform(clauses)
    w = scorer.word_weight
    sim = w * (words.transform(texts) @ cw.T).toarray() + (1.0 - w) * (chars.transform(texts) @ cc.T).toarray()
    return np.clip(sim, 0.0, 1.0).astype(np.float32, copy=False)


@pytest.mark.parametrize(("word_weight", "ngram"), [(0.3, (2, 4)), (0.5, (2, 3))])
def test_lexical_scores_equal_the_tfidf_vectorizers_bit_for_bit(word_weight: float, ngram: tuple[int, int]) -> None:
    std = load_standard("shenzhen-economic-2019")
    clauses = [ClauseProfileText(c.id, f"{c.title} {c.text}") for c in std.clauses if c.text]
    texts = _texts()[1:200]
    scorer = LexicalScorer(word_weight=word_weight, char_ngram=ngram)
    scorer.fit(clauses)
    got = scorer.score(texts)
    want = _reference_scores(scorer, [c.text for c in clauses], texts)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got, want)
    # Batching does not change a row: scored one by one, the rows are the same.
    assert np.array_equal(np.vstack([scorer.score([t]) for t in texts[:20]]), got[:20])


def test_char_analyzer_is_sklearns_char_wb() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    for ngram in ((2, 4), (2, 3), (1, 1)):
        ref = TfidfVectorizer(
            analyzer="char_wb", ngram_range=ngram, preprocessor=char_preprocess, lowercase=False
        ).build_analyzer()
        mine = CharNgramAnalyzer(ngram)
        for text in _texts():
            assert mine(text) == ref(text)


def test_scorers_with_the_same_settings_share_feature_counts() -> None:
    tok = default_tokenizer()
    assert WordAnalyzer(tok) == WordAnalyzer(tok) and hash(WordAnalyzer(tok)) == hash(WordAnalyzer(tok))
    assert CharNgramAnalyzer((2, 4)) == CharNgramAnalyzer((2, 4)) != CharNgramAnalyzer((2, 3))
    assert WordAnalyzer(tok) != WordAnalyzer(JiebaTokenizer())
    text = "卓越绩效评价准则的导入与持续改进。"
    first = CharNgramAnalyzer((2, 4)).counts(text)
    assert CharNgramAnalyzer((2, 4)).counts(text) is first
    assert first == {f: CharNgramAnalyzer((2, 4))(text).count(f) for f in CharNgramAnalyzer((2, 4))(text)}
    with Resources().active():  # another Resources remembers its own
        assert CharNgramAnalyzer((2, 4)).counts(text) is not first


def _count_per_char(text: str) -> Counts:
    words = no_spaces = with_spaces = cjk = 0
    in_run = False
    for ch in text:
        if ch in "\n\r\t\u2028\u2029":
            in_run = False
            continue
        with_spaces += 1
        if is_space(ch):
            in_run = False
            continue
        no_spaces += 1
        if is_east_asian(ch):
            words += 1
            cjk += is_ideograph(ch)
            in_run = False
        elif not in_run:
            words += 1
            in_run = True
    return Counts(word_style=words, chars_no_spaces=no_spaces, chars_with_spaces=with_spaces, cjk=cjk)


def test_count_equals_the_per_character_rules() -> None:
    rng = random.Random(11)
    extra = "".join(chr(rng.randrange(0x20, 0x3FFFF)) for _ in range(500))
    texts = _texts() + ["".join(rng.choice(ALPHABET + extra) for _ in range(rng.randrange(0, 80))) for _ in range(2000)]
    for text in texts:
        assert count(text) == _count_per_char(text)


def test_an_equal_document_is_aligned_equally() -> None:
    std = load_standard("shenzhen-economic-2019")
    first = align_sections(read_document(SAMPLE), std)
    assert align_sections(read_document(SAMPLE), std) == first


def test_prepare_fits_the_scorers_a_worker_needs() -> None:
    from analyzer import pipeline

    std = load_standard("wuhan-manufacturing-2022")
    options = pipeline.AnalyzeOptions(backend="lexical")
    res = Resources()
    pipeline.prepare([std], options, detect=True, resources=res)
    key = (std.id, std.digest or "")
    assert key in res._point_scorers and key in res._content_scorers
    assert any(k[:2] == key and k[2] == "lexical" for k in res._scorers)
    # what prepare fitted is what the analysis uses: nothing is fitted again, nothing shared with other owners
    assert res.scorer(std, options) is res.scorer(std, options)
    assert res.point_scorer(std) is res.point_scorer(std)
    assert Resources().scorer(std, options) is not res.scorer(std, options)


def test_safe_load_reads_like_yaml_safe_load_and_reports_the_same_errors() -> None:
    import yaml

    from analyzer.standards.loader import safe_load

    for path in sorted((ROOT / "standards").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert safe_load(text) == yaml.safe_load(text)
    for bad in ("a: [1, 2\nb: 3\n", "a: b: c\n", "a: 'x\n", "- a\nb: 1\n"):
        with pytest.raises(yaml.YAMLError) as mine:
            safe_load(bad)
        with pytest.raises(yaml.YAMLError) as theirs:
            yaml.safe_load(bad)
        assert str(mine.value) == str(theirs.value)
