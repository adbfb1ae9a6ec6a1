"""length-limit and the DOCX's Word setting for text boxes, footnotes and endnotes (issue 13): the
same report with and without ``w:doNotIncludeSubdocsInStats`` against a limit between its two totals."""

from __future__ import annotations

import pytest

from analyzer.checks import run_checks
from analyzer.checks.base import CheckContext
from analyzer.export.analysis_json import analysis_to_dict
from analyzer.mapping.coverage import compute_coverage
from analyzer.model import Document, Finding
from analyzer.pipeline import AnalyzeOptions, analyze_document, fitted_scorer, map_document
from analyzer.standards import load_standard
from analyzer.standards.loader import with_limits
from tests.fixtures.subdocs import SUBDOC_COUNTS, read_both


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document]:
    """The rich fixture as Word saves it by default (counts them) and with the flag (leaves them out)."""
    return read_both(tmp_path_factory.mktemp("subdocs"))


def _length_findings(doc: Document, limit: int) -> list[Finding]:
    std = with_limits(load_standard("exam-2024"), report_max=limit)
    mapping = map_document(doc, std, fitted_scorer(std, AnalyzeOptions(backend="lexical")))
    ctx = CheckContext(doc, std, mapping, compute_coverage(doc, std, mapping))
    return [f for f in run_checks(ctx) if f.check == "length-limit"]


def test_a_limit_between_the_two_totals_fails_only_where_word_counts_them(
    docs: tuple[Document, Document],
) -> None:
    default, excluded = docs
    assert default.counts is not None and excluded.counts is not None
    # far enough above the smaller total that it is not even "near" (95 %)
    limit = default.counts.word_style - 1
    assert excluded.counts.word_style < 0.95 * limit
    (f,) = _length_findings(default, limit)
    assert f.severity == "error"
    assert f"{default.counts.word_style}字，限额{limit}字，超出1字" in f.message_zh
    words = SUBDOC_COUNTS.word_style
    assert f"其中含文本框、脚注和尾注中的{words}字（本文档的 Word 字数统计设置包括文本框、脚注和尾注" in f.message_zh
    assert f"This includes {words} 字 in text boxes and footnotes/endnotes" in f.message_en
    assert "未计入：文本框" not in f.message_zh
    assert _length_findings(excluded, limit) == []


def test_the_flagged_document_says_its_setting_leaves_them_out(docs: tuple[Document, Document]) -> None:
    _, excluded = docs
    assert excluded.counts is not None
    (f,) = _length_findings(excluded, excluded.counts.word_style - 1)
    words = SUBDOC_COUNTS.word_style
    why = "本文档的 Word 字数统计设置不包括文本框、脚注和尾注"
    assert f"未计入：文本框、脚注和尾注中的{words}字（{why}）" in f.message_zh
    assert (
        f"Not counted: {words} 字 in text boxes and footnotes/endnotes (this document's Word word-count "
        "setting leaves out text boxes, footnotes and endnotes)" in f.message_en
    )
    assert "其中含" not in f.message_zh


def test_analysis_json_length_names_the_setting(docs: tuple[Document, Document]) -> None:
    for doc in docs:
        assert doc.counts is not None
        std = with_limits(load_standard("exam-2024"), report_max=doc.counts.word_style - 1)
        length = analysis_to_dict(analyze_document(doc, std, AnalyzeOptions(backend="lexical")))["length"]
        assert length["word_counts_subdocs"] is doc.word_counts_subdocs  # type: ignore[index]
        assert length["count"] == doc.counts.word_style and length["over"] is True  # type: ignore[index]
    excluded = docs[1]
    report = analysis_to_dict(analyze_document(excluded, load_standard("exam-2024"), AnalyzeOptions(backend="lexical")))
    assert report["length"]["excluded"] == {  # type: ignore[index]
        "word_style": SUBDOC_COUNTS.word_style,
        "chars_no_spaces": SUBDOC_COUNTS.chars_no_spaces,
        "chars_with_spaces": SUBDOC_COUNTS.chars_with_spaces,
        "cjk": SUBDOC_COUNTS.cjk,
    }
