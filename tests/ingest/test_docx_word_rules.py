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
    # the labels of this table's own cells and their spaces are shown, not counted
    assert table.counts == subtract(count(table.text), [count("1. 2. ")])


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
    # the label and the space after it are shown, not counted
    assert all(p.counts == subtract(count(p.text), [count("1. ")]) for p in items)
    assert doc.counts == paragraphs_counts(doc.paragraphs)
    assert paragraph_counts(items[0]) == count(make_docx.WORD_RULES_ITEMS[0])


def test_a_heading_number_counts_as_typed(tmp_path: Path) -> None:
    """SARA makes a heading's full-width number half-width to match it (``Ａ．`` → ``A.``); Word
    counts what is typed: ``Ａ．前言`` is 4 (Ａ ． 前 言), ``A.前言`` would be 3."""
    doc = make_docx._new_document()
    doc.add_heading("Ａ．组织概述", level=1)
    doc.add_paragraph("公司成立于2009年。")
    doc.add_heading("１．２ 质量方针", level=2)
    doc.add_paragraph("以客户为中心。")
    path = tmp_path / "fullwidth.docx"
    path.write_bytes(make_docx._save(doc))
    got = read_document(path)
    headings = [p for p in got.paragraphs if p.kind == "heading"]
    assert [p.text for p in headings] == ["A.组织概述", "1.2 质量方针"]  # matched half-width
    assert got.counts is not None
    typed = "Ａ．组织概述公司成立于2009年。１．２ 质量方针以客户为中心。"
    assert got.counts.word_style == count(typed).word_style == 6 + 8 + 7 + 7  # 25 as shown
