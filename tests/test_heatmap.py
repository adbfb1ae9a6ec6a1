"""Coverage heatmap data on labelled reports."""

from __future__ import annotations

from pathlib import Path

from analyzer.heatmap import UNTITLED, coverage_matrix
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev-reports"


def _matrix(folder: Path, standard: str):  # type: ignore[no-untyped-def]
    a = analyze_document(
        read_document(folder / "report.md"), load_standard(standard), AnalyzeOptions(backend="lexical")
    )
    return a, coverage_matrix(a.document, a.standard, a.mapping, a.coverage)


def test_beijing_chapters_are_columns_and_clauses_rows() -> None:
    a, m = _matrix(DEV / "bj-meddevice", "beijing-2020")
    assert m.clauses[:3] == ("0.1", "0.2", "1.1")
    assert len(m.section_labels) == 8  # 组织概述 + 7 chapters, the title is not a column
    assert m.section_labels[0].endswith("组织概述")
    i = m.clauses.index("4.5")
    assert sum(m.chars[i]) == 0 and m.status[i] == "missing"
    j = m.clauses.index("1.1")
    assert m.share(j, 1) == 1.0  # all of 1.1 sits in chapter 1
    # every credited body paragraph is in exactly one cell
    body = [p for p in a.document.paragraphs if p.kind != "heading" and a.mapping.of(p.id).clause in m.clauses]
    assert sum(map(sum, m.chars)) == sum(a.coverage.of(c).chars for c in m.clauses)
    assert body


def test_report_without_headings_has_one_column(tmp_path: Path) -> None:
    text = (DEV / "szx-service-govcenter" / "report.md").read_text(encoding="utf-8")
    body = "\n\n".join(b for b in text.split("\n\n")[3:] if len(b) > 40)
    path = tmp_path / "plain.md"
    path.write_text(body, encoding="utf-8")
    a = analyze_document(read_document(path), load_standard("shenzhen-service-2019"), AnalyzeOptions(backend="lexical"))
    m = coverage_matrix(a.document, a.standard, a.mapping, a.coverage)
    assert m.section_labels == (UNTITLED,)
    assert sum(1 for row in m.chars if row[0] > 0) >= 10
