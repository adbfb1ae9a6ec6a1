"""Coverage heatmap data from stored records, on labelled reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.heatmap import (
    UNTITLED,
    MixedStandards,
    chart_layout,
    coverage_matrix,
    group_by_standard,
    submissions_matrix,
    text_width,
    wrap_label,
)
from analyzer.ingest import read_document
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document
from analyzer.record import AnalysisRecord, read_record
from analyzer.standards import load_standard
from analyzer.text.counts import count
from tests.shared_data import dev_report

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _analyse(path: Path, standard: str) -> tuple[Analysis, AnalysisRecord]:
    a = analyze_document(read_document(path), load_standard(standard), AnalyzeOptions(backend="lexical"))
    return a, read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))  # through the stored JSON


@pytest.fixture(scope="module")
def beijing() -> tuple[Analysis, AnalysisRecord]:
    return _analyse(dev_report("bj-meddevice") / "report.md", "beijing-2020")


@pytest.fixture(scope="module")
def beijing_sample() -> tuple[Analysis, AnalysisRecord]:
    return _analyse(SAMPLES / "bj-logistics" / "report.md", "beijing-2020")


def test_beijing_chapters_are_columns_and_clauses_rows(beijing: tuple[Analysis, AnalysisRecord]) -> None:
    a, record = beijing
    m = coverage_matrix(record)
    assert m.clauses[:3] == ("0.1", "0.2", "1.1")
    assert m.clause_labels[2] == "1.1 " + a.standard.clause("1.1").title
    assert len(m.section_labels) == 8  # 组织概述 + 7 chapters, the title is not a column
    assert m.section_labels[0].endswith("组织概述")
    assert m.section_labels[7] == "7 结果"
    i = m.clauses.index("4.5")
    assert sum(m.chars[i]) == 0 and m.status[i] == "missing"
    j = m.clauses.index("1.1")
    assert m.share(j, 1) == 1.0  # all of 1.1 sits in chapter 1
    # every credited body paragraph is in exactly one cell, and totals match coverage
    assert sum(map(sum, m.chars)) == sum(a.coverage.of(c).chars for c in m.clauses)
    # rows are the standard's answerable leaves, in its order
    assert m.clauses == tuple(c.id for c in a.standard.clauses if not c.children and c.expects_answer)


def test_cells_are_the_paragraphs_own_clause_and_section(beijing: tuple[Analysis, AnalysisRecord]) -> None:
    """Recompute every cell from the paragraphs' own ``clause`` and ``section`` fields."""
    a, record = beijing
    m = coverage_matrix(record)
    doc = a.document
    # the report's title line is front matter: a root of its own, never the parent of a chapter
    front = [s.id for s in doc.sections if s.front_matter]
    assert front and not any(s.parent in front for s in doc.sections)

    def chapter(sid: str) -> str:
        """Climb the live document's section tree (Section.parent) to its chapter (a root)."""
        while doc.section(sid).parent is not None:
            sid = doc.section(sid).parent  # type: ignore[assignment]
        return sid

    chapter_of = {s.id: chapter(s.id) for s in doc.sections}
    expected: dict[tuple[str, str | None], int] = {}
    for p in record.paragraphs:
        if p.kind == "heading" or p.clause not in m.clauses:
            continue
        key = (p.clause, chapter_of.get(p.section) if p.section else None)
        expected[key] = expected.get(key, 0) + count(p.text).word_style
    got = {
        (c, m.sections[j]): m.chars[i][j]
        for i, c in enumerate(m.clauses)
        for j in range(len(m.sections))
        if m.chars[i][j]
    }
    assert got == expected
    assert len(got) >= 20  # one entry per (clause, chapter) with credited text


def test_report_without_headings_has_one_column(tmp_path: Path) -> None:
    text = (dev_report("szx-service-govcenter") / "report.md").read_text(encoding="utf-8")
    body = "\n\n".join(b for b in text.split("\n\n")[3:] if len(b) > 40)
    path = tmp_path / "plain.md"
    path.write_text(body, encoding="utf-8")
    _, record = _analyse(path, "shenzhen-service-2019")
    m = coverage_matrix(record)
    assert m.sections == (None,) and m.section_labels == (UNTITLED,)
    assert sum(1 for row in m.chars if row[0] > 0) >= 10


def test_descriptive_clauses_are_not_rows() -> None:
    """Wuhan's 5.x.1 概述 clauses expect no answer (status not-applicable): never a row."""
    a, record = _analyse(SAMPLES / "wh-svc-water" / "report.md", "wuhan-service-2022")
    m = coverage_matrix(record)
    descriptive = [c.id for c in a.standard.clauses if not c.expects_answer]
    assert descriptive and not set(descriptive) & set(m.clauses)
    assert "not-applicable" not in m.status


def test_submissions_matrix_rows_are_records(
    beijing: tuple[Analysis, AnalysisRecord], beijing_sample: tuple[Analysis, AnalysisRecord]
) -> None:
    (_, r1), (_, r2) = beijing, beijing_sample
    sm = submissions_matrix([r1, r2])
    assert sm.standard == "beijing-2020"
    assert sm.names == ("report.md", "report.md")
    assert sm.clauses == coverage_matrix(r1).clauses
    j = sm.clauses.index("4.5")
    assert sm.status[0][j] == "missing" and sm.chars[0][j] == 0
    for i, r in enumerate((r1, r2)):
        assert sm.status[i] == tuple(r.clause(c).status for c in sm.clauses)
        assert sm.chars[i] == tuple(r.clause(c).chars for c in sm.clauses)
        assert sm.count(i, "missing") == sum(1 for c in sm.clauses if r.clause(c).status == "missing")
    assert sm.column(j) == (r1.clause("4.5").status, r2.clause("4.5").status)
    named = submissions_matrix([r2, r1], names=["物流", "医疗器械"])
    assert named.names == ("物流", "医疗器械") and named.status[1] == sm.status[0]
    with pytest.raises(ValueError):
        submissions_matrix([r1], names=["a", "b"])


def test_submissions_of_different_standards_are_refused(beijing: tuple[Analysis, AnalysisRecord]) -> None:
    _, bj = beijing
    _, sz = _analyse(dev_report("szx-econ-smartmfg") / "report.md", "shenzhen-economic-2019")
    with pytest.raises(MixedStandards) as exc:
        submissions_matrix([bj, sz])
    assert "beijing-2020" in exc.value.message_zh and "shenzhen-economic-2019" in exc.value.message_en
    groups = group_by_standard([bj, sz, bj])
    assert list(groups) == ["beijing-2020", "shenzhen-economic-2019"]
    assert len(groups["beijing-2020"]) == 2
    assert submissions_matrix(groups["shenzhen-economic-2019"]).standard == "shenzhen-economic-2019"


# --------------------------------------------------------------------------- chart layout


def test_text_width_counts_chinese_as_one_em() -> None:
    assert text_width("领导", 12) == 24
    assert text_width("ab", 10) == 12
    assert text_width("（一）", 12) == 36  # full-width punctuation is one em


def test_wrap_label_breaks_after_punctuation_and_keeps_every_line_in_width() -> None:
    label = "第四部分 测量、分析与知识管理"
    wrapped = wrap_label(label, 100)
    lines = wrapped.split("\n")
    assert len(lines) > 1 and all(text_width(line) <= 100 for line in lines), lines
    assert lines[0].endswith("、") or lines[0].endswith("部分")
    assert "".join(lines).replace(" ", "") == label.replace(" ", "")  # nothing lost
    assert wrap_label("一、领导", 100) == "一、领导"  # short labels stay one line


def test_wrap_label_cuts_with_an_ellipsis_after_max_lines() -> None:
    wrapped = wrap_label("质量" * 40, 60, max_lines=3)
    lines = wrapped.split("\n")
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(text_width(line) <= 60 for line in lines)


def chapters(n: int) -> list[str]:
    return [f"第{i + 1}章 组织的质量管理与持续改进" for i in range(n)]


@pytest.mark.parametrize("n", [1, 7, 10, 11, 23, 24, 30, 57])
def test_layout_keeps_every_column_label_readable(n: int) -> None:
    layout = chart_layout(["1.1 领导", "1.2 社会责任"], chapters(n))
    assert len(layout.x_labels) == n and len(set(layout.x_labels)) == n  # one column per chapter
    if layout.x_label_angle == 0:  # upright: wrapped to the column's width, at most three lines
        for label in layout.x_labels:
            lines = label.split("\n")
            assert len(lines) <= 3 and all(text_width(line) <= layout.cell_width for line in lines)
    else:  # rotated: a column is at least one line of text high (labels cannot overlap)
        assert layout.cell_width >= 12 + 14
        assert layout.x_label_height >= min(layout.x_label_limit, 220) * 0.7
    assert layout.width == layout.cell_width * n
    assert layout.height(5) == 5 * layout.cell_height and layout.cell_height >= 24


def test_layout_sizes_follow_rows_and_columns() -> None:
    few, many = chart_layout(["a"], chapters(7)), chart_layout(["a"], chapters(30))
    assert few.x_label_angle == 0 and many.x_label_angle != 0
    assert many.width > few.width  # a wide matrix gets wider (the page scrolls), cells stay visible
    assert chart_layout(["a"] * 40, chapters(3)).height(40) == 40 * few.cell_height


def test_layout_keeps_same_named_columns_apart_and_sizes_row_labels() -> None:
    layout = chart_layout(["自评报告.docx", "自评报告-2.docx 很长的名字" * 3], ["结果", "结果", "领导"])
    assert layout.x_labels == ("结果", "结果 #2", "领导")
    assert text_width("自评报告.docx") < layout.y_label_limit <= 300


def _nested_record(levels: list[tuple[str, int, str]]) -> AnalysisRecord:
    """A record whose sections are ``(title, level, clause)``: one paragraph of text under each."""
    from analyzer.record import BackendInfo, ClauseInfo, LengthInfo, ParagraphInfo, SectionInfo, SourceInfo, StandardRef

    sections = tuple(SectionInfo(id=f"s{i}", level=lv, title=t) for i, (t, lv, _) in enumerate(levels))
    paragraphs = tuple(
        ParagraphInfo(id=f"p{i}", index=i, text=f"{t}的内容。" * 3, section=f"s{i}", clause=c or None)
        for i, (t, _, c) in enumerate(levels)
    )
    clauses = tuple(
        ClauseInfo(id=c, title=c, status="covered", paragraphs=tuple(p.id for p in paragraphs if p.clause == c))
        for c in dict.fromkeys(c for _, _, c in levels if c)
    )
    return AnalysisRecord(
        sara_version="test",
        source=SourceInfo(file="r.md"),
        standard=StandardRef(id="x", title="X", total_points=100),
        length=LengthInfo(),
        profile_length=None,
        detection=None,
        backend=BackendInfo(name="lexical"),
        diagnostics=(),
        sections=sections,
        paragraphs=paragraphs,
        clauses=clauses,
        findings=(),
        estimate=None,
    )


@pytest.mark.parametrize(
    "wrappers",
    [
        [("某公司自评报告", 1, "")],  # the document title holds every chapter
        [("某公司自评报告", 1, ""), ("第二部分 自评报告正文", 2, "")],  # a title and one part above them
    ],
)
def test_chapters_are_columns_when_all_nest_under_one_heading(wrappers: list[tuple[str, int, str]]) -> None:
    depth = len(wrappers)
    names = (("一", "领导", "1.1"), ("二", "战略", "2.1"), ("三", "顾客", "3.1"))
    chapters = [(f"{n}、{t}", depth + 1, c) for n, t, c in names]
    sub = [("（一）组织治理", depth + 2, "1.2")]
    m = coverage_matrix(_nested_record([*wrappers, chapters[0], *sub, *chapters[1:]]))
    chapter_labels = [t for t, _, _ in chapters]
    assert [label for label in m.section_labels if label in chapter_labels] == chapter_labels
    assert "（一）组织治理" not in m.section_labels  # a sub-section counts in its chapter's column
    j = m.section_labels.index("一、领导")
    assert m.chars[m.clauses.index("1.2")][j] > 0
