"""Coverage per clause: weights, thin answers, guidance points, containers, nearest text."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.mapping.coverage import THIN_SHARE, clause_weight, split_sentences
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

from .labelled import report

LEXICAL = AnalyzeOptions(backend="lexical")


def test_wuhan_clauses_share_their_items_points() -> None:
    std = load_standard("wuhan-manufacturing-2022")
    assert clause_weight(std, std.clause("5.2")) == 180
    assert clause_weight(std, std.clause("5.2.2")) == pytest.approx(60)  # 180 over 5.2.2–5.2.4
    assert clause_weight(std, std.clause("5.2.1")) is None  # 概述 expects no answer
    sz = load_standard("shenzhen-economic-2019")
    assert clause_weight(sz, sz.clause("1.1")) == sz.clause("1.1").points


def test_dev_report_statuses() -> None:
    r = report("bj-meddevice")
    a = analyze_document(read_document(r.folder / "report.md"), load_standard(r.standard), LEXICAL)
    cov = a.coverage
    assert cov.of("4.5").status == "missing"
    assert cov.of("4").status == "weak"  # a container with a missing clause
    assert cov.of("1.1").status == "covered"
    assert cov.of("1.1").chars > 0 and cov.of("1.1").paragraphs
    one = cov.of("1.1")
    assert one.points and one.points_addressed >= len(one.points) / 2
    assert one.expected_chars == round(THIN_SHARE * one.weight / 1000 * 60000)  # type: ignore[operator]
    near = cov.of("4.5").nearest
    assert near is not None and near.clause != "4.5"


def test_thin_answer_is_weak_with_reasons(tmp_path: Path) -> None:
    r = report("szx-econ-smartmfg")
    text = r.text
    start = text.index("### 1.1")
    end = text.index("### 1.2")
    thin = text[:start] + "### 1.1 文化引领\n\n公司重视文化建设。\n\n" + text[end:]
    path = tmp_path / "thin.md"
    path.write_text(thin, encoding="utf-8")
    a = analyze_document(read_document(path), load_standard(r.standard), LEXICAL)
    c = a.coverage.of("1.1")
    assert c.status == "weak"
    assert any("字" in z for z in c.reasons_zh)
    assert any(f.check == "weak-clause" and f.clause == "1.1" for f in a.findings)
    assert a.coverage.of("1.2").status == "covered"


def test_sentences_of_tables_are_rows() -> None:
    doc = read_document(report("bj-logistics").folder / "report.md")
    table = next(p for p in doc.paragraphs if p.kind == "table")
    assert len(split_sentences(table)) == len([r for r in table.table.rows if any(c.strip() for c in r)])  # type: ignore[union-attr]
    text = next(p for p in doc.paragraphs if p.kind == "text" and "。" in p.text)
    assert all(s for s in split_sentences(text))
