"""SARA's 字数 follows the DOCX's own Word setting for text boxes, footnotes and endnotes (issue 13).

Word's 字数 dialog counts them unless its checkbox "包括文本框、脚注和尾注" is cleared, which the document
saves as ``w:doNotIncludeSubdocsInStats`` (analyzer/text/counts.py). The same DOCX with and without
that flag must therefore give two totals that differ by exactly the text-box and note words, and a
length limit between the two must pass one and fail the other
(tests/checks/test_length_limit_subdocs.py).
"""

from __future__ import annotations

import pytest

from analyzer.model import Document
from analyzer.report import inspect_to_dict
from analyzer.text.counts import ZERO, add, count, counted_by_word
from analyzer.text.segment import paragraphs_counts, section_counts
from tests.fixtures.subdocs import SUBDOC_COUNTS, SUBDOC_TEXTS, read_both


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document]:
    """The rich fixture as Word saves it by default (counts them) and with the flag (leaves them out)."""
    return read_both(tmp_path_factory.mktemp("subdocs"))


def test_the_rule() -> None:
    assert counted_by_word("body", None) and counted_by_word("body", False) and counted_by_word("body", True)
    for source in ("textbox", "footnote"):
        assert counted_by_word(source, True)
        assert not counted_by_word(source, False)
        assert not counted_by_word(source, None)  # no Word setting in this format: body only
    for subdocs in (True, False, None):
        assert not counted_by_word("picture", subdocs)  # Word never sees text in pictures


def test_totals_differ_by_the_text_box_and_note_words(docs: tuple[Document, Document]) -> None:
    default, excluded = docs
    assert default.word_counts_subdocs is True and excluded.word_counts_subdocs is False
    assert [p.text for p in default.paragraphs] == [p.text for p in excluded.paragraphs]  # same text read
    assert sorted(p.text for p in default.paragraphs if p.source != "body") == sorted(SUBDOC_TEXTS)
    assert default.counts is not None and excluded.counts is not None
    assert default.counts == add([excluded.counts, SUBDOC_COUNTS])
    assert SUBDOC_COUNTS.word_style > 0
    # excluded_counts keeps its meaning: what the count leaves out
    assert default.excluded_counts == ZERO
    assert excluded.excluded_counts == SUBDOC_COUNTS


def test_sections_and_paragraph_sums_follow_the_setting(docs: tuple[Document, Document]) -> None:
    default, excluded = docs
    for doc in docs:
        assert paragraphs_counts(doc.paragraphs, subdocs=doc.word_counts_subdocs) == doc.counts
    # without a setting (the default of paragraphs_counts): the body only
    assert paragraphs_counts(default.paragraphs) == excluded.counts
    # a section holding text boxes or notes grows by exactly their words
    holding = {p.section for p in default.paragraphs if p.source != "body"}
    assert holding and None not in holding
    for sid in holding:
        extra = add(count(p.text) for p in default.paragraphs_in(sid) if p.source != "body")
        assert extra.word_style > 0
        assert section_counts(default, sid) == add([section_counts(excluded, sid), extra])


def test_diagnostics_say_what_was_counted_and_why(docs: tuple[Document, Document]) -> None:
    default, excluded = docs
    n = len(SUBDOC_TEXTS)
    d = {x.code: x for x in default.diagnostics}
    assert "excluded-from-count" not in d
    assert d["subdocs-counted"].count == n
    assert f"（{SUBDOC_COUNTS.word_style} 字）已计入字数" in d["subdocs-counted"].message_zh
    assert "包括文本框、脚注和尾注" in d["subdocs-counted"].message_zh
    assert "includes text boxes, footnotes and endnotes" in d["subdocs-counted"].message_en
    e = {x.code: x for x in excluded.diagnostics}
    assert "subdocs-counted" not in e
    assert e["excluded-from-count"].count == n
    assert f"（{SUBDOC_COUNTS.word_style} 字）未计入字数" in e["excluded-from-count"].message_zh
    assert "不包括文本框、脚注和尾注" in e["excluded-from-count"].message_zh
    assert "leaves out text boxes, footnotes and endnotes" in e["excluded-from-count"].message_en


def test_inspect_json_names_the_setting(docs: tuple[Document, Document]) -> None:
    default, excluded = docs
    a, b = inspect_to_dict(default), inspect_to_dict(excluded)
    assert a["word_counts_subdocs"] is True and b["word_counts_subdocs"] is False
    assert a["counts"]["word_style"] - b["counts"]["word_style"] == SUBDOC_COUNTS.word_style  # type: ignore[index]
    assert b["excluded_counts"]["word_style"] == SUBDOC_COUNTS.word_style  # type: ignore[index]
