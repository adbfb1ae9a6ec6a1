"""jieba wrapper (own Tokenizer, domain dictionary) and spaCy sentence splitting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.model import Span
from analyzer.standards import load_file
from analyzer.text.segment import build_document
from analyzer.text.sentences import SentenceSplitter, add_sentences
from analyzer.text.tokenize import (
    CORE_TERMS,
    JiebaTokenizer,
    curated_terms,
    default_tokenizer,
    domain_terms,
    terms_from_titles,
)

from .fixtures import pdf_damaged


@pytest.fixture(scope="module")
def tokenizer() -> JiebaTokenizer:
    return JiebaTokenizer(domain_terms())


@pytest.fixture(scope="module")
def splitter(tokenizer: JiebaTokenizer) -> SentenceSplitter:
    return SentenceSplitter(tokenizer)


def test_domain_terms_stay_whole(tokenizer: JiebaTokenizer) -> None:
    words = tokenizer.cut("公司以卓越绩效模式为框架，顾客满意度连续三年高于行业平均值和标杆值。")
    for term in ("卓越绩效模式", "顾客满意度", "行业平均值", "标杆值"):
        assert term in words


def test_tokens_cover_the_text_with_offsets(tokenizer: JiebaTokenizer) -> None:
    text = "通过ISO 9001认证，营业收入38.6亿元。"
    tokens = tokenizer.tokens(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]


def test_the_global_jieba_is_left_alone(tokenizer: JiebaTokenizer) -> None:
    import jieba

    tokenizer.cut("卓越绩效")
    assert tokenizer._tokenizer() is not jieba.dt
    # our user dictionary did not leak into the module-level tokenizer
    assert "行业平均值" not in jieba.dt.FREQ or not jieba.dt.initialized


def test_terms_from_standard_titles(test_standards_dir: Path) -> None:
    std = load_file(test_standards_dir / "mini-2024.yaml")
    terms = domain_terms([std])
    assert "文化引领" in terms and "文化传递" in terms
    assert set(CORE_TERMS) <= set(terms) and set(curated_terms()) <= set(terms)
    assert len(terms) == len(set(terms))
    # split at punctuation and 与/和; nothing with 的; nothing longer than 8
    assert terms_from_titles(["测量、分析与改进", "领导的结果", "顾客与市场", None]) == (
        "测量",
        "分析",
        "改进",
        "顾客",
        "市场",
    )


def test_default_tokenizer_follows_the_standards_search_path(
    test_standards_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another standards folder brings its own terms; going back restores the first tokenizer.

    (A process-wide tokenizer built once would keep whichever folder's terms came first.)
    """
    text = (test_standards_dir / "mini-2024.yaml").read_text(encoding="utf-8")
    (tmp_path / "mini-2024.yaml").write_text(text.replace("文化引领", "星辰引领"), encoding="utf-8")
    monkeypatch.delenv("SARA_STANDARDS_PATH", raising=False)
    plain = default_tokenizer()
    assert "星辰引领" not in plain.terms
    monkeypatch.setenv("SARA_STANDARDS_PATH", str(tmp_path))
    other = default_tokenizer()
    assert "星辰引领" in other.terms and "星辰引领" in other.cut("以星辰引领发展")
    monkeypatch.delenv("SARA_STANDARDS_PATH")
    assert default_tokenizer() is plain


def test_curated_file_has_the_core_vocabulary() -> None:
    terms = curated_terms()
    assert "卓越绩效" in terms and "顾客满意度" in terms
    assert not any(t.startswith("#") for t in terms)


def test_sentences(splitter: SentenceSplitter) -> None:
    text = "公司以卓越绩效模式为框架。他说：“好。”然后继续；第二句！第三句……第四句"
    spans = splitter.split(text)
    assert [text[s.start : s.end] for s in spans] == [
        "公司以卓越绩效模式为框架。",
        "他说：“好。”",
        "然后继续；",
        "第二句！",
        "第三句……",
        "第四句",
    ]


def test_table_rows_are_sentences(splitter: SentenceSplitter) -> None:
    text = "表1 指标\n指标\t2022年\n收入\t10"
    assert [text[s.start : s.end] for s in splitter.split(text)] == ["表1 指标", "指标\t2022年", "收入\t10"]


def test_sentences_of_empty_text(splitter: SentenceSplitter) -> None:
    assert splitter.split("") == ()
    assert splitter.split(" \u3000") == ()


def test_add_sentences_gives_spans_in_document_text(splitter: SentenceSplitter) -> None:
    doc = add_sentences(build_document(pdf_damaged()), splitter)
    p = doc.paragraphs[4]
    assert [doc.text[s.start : s.end] for s in p.sentences] == [
        "（1）文化体系的建立与迭代。",
        "公司自2009年成立以来，逐步形成工程师文化。",
    ]
    for para in doc.paragraphs:
        assert para.sentences
        assert all(para.span.contains(s) for s in para.sentences)
    heading = doc.paragraphs[0]
    assert heading.sentences == (heading.span,)
    assert isinstance(p.sentences[0], Span)


def test_segmentation_does_not_import_spacy_or_jieba() -> None:
    code = (
        "import sys\n"
        "from analyzer.text.segment import build_document\n"
        "from tests.text.fixtures import docx_like\n"
        "build_document(docx_like())\n"
        "assert 'spacy' not in sys.modules and 'jieba' not in sys.modules, sorted(sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_every_step_reads_the_one_splitter() -> None:
    """Coverage, the results prose reader and the pipeline's Paragraph.sentences agree on every sentence."""
    from analyzer.mapping.coverage import split_sentences
    from analyzer.model import Paragraph, Span
    from analyzer.results.prose import sentences as prose_sentences
    from analyzer.text.sentences import add_sentences, paragraph_sentences

    t = "客户满意度2021年为91.3%；2022年提升至94.6%……2023年达到97.2%！投诉量下降。他说：“好。”最后"
    p = Paragraph(id="p1", index=0, text=t, span=Span(0, len(t)), section=None)
    loose = paragraph_sentences(p)
    assert loose == (
        "客户满意度2021年为91.3%；",
        "2022年提升至94.6%……",
        "2023年达到97.2%！",
        "投诉量下降。",
        "他说：“好。”",
        "最后",
    )
    from analyzer.model import Document

    doc = Document(source="x.md", format="md", text=t, sections=(), paragraphs=(p,))
    filled = add_sentences(doc).paragraphs[0]
    assert len(filled.sentences) == len(loose)
    assert paragraph_sentences(filled) == loose
    assert tuple(prose_sentences(filled)) == loose
    assert split_sentences(filled) == [s for s in loose if len(s) >= 4]
