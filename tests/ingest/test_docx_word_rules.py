"""DOCX 字数 follows Word's own rules (issue 13): the table of contents and equations count,
automatic list numbers and the header's watermark do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document, read_raw
from analyzer.model import Counts, Document
from analyzer.text.counts import count, subtract
from tests.fixtures import make_docx


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("word-rules") / "word_rules.docx"
    out.write_bytes(make_docx.word_rules_docx())
    return out


@pytest.fixture(scope="module")
def doc(path: Path) -> Document:
    return read_document(path)


def test_word_count_follows_words_rules(doc: Document) -> None:
    assert doc.counts is not None
    assert doc.counts.word_style == make_docx.WORD_RULES_COUNT


def test_toc_lines_are_counted_as_one_table_not_headings(path: Path, doc: Document) -> None:
    raw = read_raw(path)
    tables = [b for b in raw.blocks if b.kind == "table"]
    assert [t.rows for t in tables] == [tuple(make_docx.WORD_RULES_TOC)]
    assert "docx-toc-counted" in {d.code for d in doc.diagnostics}
    titles = [s.title for s in doc.sections]
    assert titles.count("组织概述") == 1  # the TOC entry 一、组织概述 is not a second section
    assert not any("领导" in t for t in titles)


def test_automatic_numbers_are_shown_but_not_counted(doc: Document) -> None:
    texts = [p.text for p in doc.paragraphs]
    for k, item in enumerate(make_docx.WORD_RULES_ITEMS, start=1):
        assert f"{k}. {item}" in texts  # the reader of the report sees the number
    labelled = sum(count(t).word_style for t in texts)
    assert doc.counts is not None
    assert labelled - doc.counts.word_style == 3 + 3  # 1. 2. 3. and （一） are not counted


def test_equation_text_is_counted(doc: Document) -> None:
    assert "能量公式E=mc2用于说明。" in doc.text
    assert "a+b=c" in doc.text


def test_header_watermark_is_not_body_text(doc: Document) -> None:
    assert "内部资料" not in doc.text


def test_table_cell_numbers_are_shown_but_not_counted(tmp_path: Path) -> None:
    doc = make_docx._new_document()
    spec = make_docx.NumberingSpec()
    spec.abstracts[0] = [make_docx.Lvl("decimal", "%1.")]
    spec.nums[1] = (0, {})
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("措施")
    cell = table.cell(0, 1)
    cell.paragraphs[0].add_run("建立目标")
    make_docx._set_num(cell.paragraphs[0], 1, 0)
    make_docx._set_num(cell.add_paragraph("实施改进"), 1, 0)
    path = tmp_path / "cells.docx"
    path.write_bytes(make_docx._save(doc, {"word/numbering.xml": spec.to_xml()}, rels=["numbering"]))
    raw = read_raw(path)
    assert raw.uncounted == ("1.", "2.")
    got = read_document(path)
    assert "1. 建立目标" in got.extracted_text
    assert got.counts is not None
    assert got.counts.word_style == count("措施建立目标实施改进").word_style
    table = next(p for p in got.paragraphs if p.kind == "table")
    assert table.uncounted == count("1. 2. ")  # the labels of this table's own cells and their spaces


def test_subtract_never_goes_below_zero() -> None:
    total = count("1. 建立质量目标。")
    assert subtract(total, [count("1. ")]) == count("建立质量目标。")
    assert subtract(count("甲"), [count("甲乙丙")]) == Counts(0, 0, 0, 0)


def test_section_and_paragraph_counts_leave_out_automatic_numbers(doc: Document) -> None:
    """Not only the document's total: a section's 字数 (and the profile's, which sums paragraphs)
    follows Word's rules too."""
    from analyzer.text.counts import paragraph_counts
    from analyzer.text.segment import paragraphs_counts, section_counts

    section = next(s for s in doc.sections if s.title == "组织概述")
    before = 7 + 2 + 17  # title, 目录 and the TOC come before the section
    assert section_counts(doc, section.id).word_style == make_docx.WORD_RULES_COUNT - before
    items = [p for p in doc.paragraphs if any(p.text.endswith(i) for i in make_docx.WORD_RULES_ITEMS)]
    assert len(items) == 3
    assert paragraphs_counts(items).word_style == sum(count(i).word_style for i in make_docx.WORD_RULES_ITEMS)
    assert all(p.uncounted == count("1. ") for p in items)  # the label and the space after it
    assert doc.counts == paragraphs_counts(doc.paragraphs)
    assert paragraph_counts(items[0]) == count(make_docx.WORD_RULES_ITEMS[0])
