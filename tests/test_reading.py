"""analyzer.reading: anchors, search over the report text, the target paragraph, highlighting."""

from __future__ import annotations

import re

from analyzer.reading import anchor, finding_target, fold, mark_up, normalise_query, reading_view, search
from analyzer.record import (
    AnalysisRecord,
    BackendInfo,
    ClauseInfo,
    FindingInfo,
    LengthInfo,
    NearestInfo,
    ParagraphInfo,
    SectionInfo,
    SourceInfo,
    StandardRef,
)

TEXTS = (
    ("一、领导", True, "s1", None),
    ("组织建立了以顾客满意度为核心的领导体系，通过 ISO9001 认证。", False, "s1", "1.1"),
    ("高层领导每季度召开质量会议，顾客 满意 度 逐年提升。", False, "s1", "1.1"),
    ("二、结果", True, "s2", None),
    ("2021—2023 年营业收入分别为 1.2、1.5、1.9 亿元，通过ＩＳＯ９００１复审。", False, "s2", "7.1"),
    ("<script>alert(1)</script> 与标杆对比。", False, "s2", "7.1"),
)


def record(findings: tuple[FindingInfo, ...] = ()) -> AnalysisRecord:
    paragraphs = []
    pos = 0
    for i, (text, heading, section, clause) in enumerate(TEXTS):
        paragraphs.append(
            ParagraphInfo(
                id=f"p{i:04d}",
                index=i,
                text=text,
                start=pos,
                end=pos + len(text),
                kind="heading" if heading else "text",
                heading=heading,
                section=section,
                clause=clause,
            )
        )
        pos += len(text) + 1
    credited = {c: tuple(p.id for p in paragraphs if p.clause == c) for c in ("1.1", "7.1")}
    clauses = (
        ClauseInfo(id="1.1", title="领导", status="covered", paragraphs=credited["1.1"]),
        ClauseInfo(id="7.1", title="结果", status="covered", paragraphs=credited["7.1"], kind="result"),
        ClauseInfo(id="2.1", title="战略", status="missing", nearest=NearestInfo(paragraph="p0002", score=0.3)),
        ClauseInfo(id="3.1", title="顾客", status="missing"),
    )
    return AnalysisRecord(
        sara_version="test",
        source=SourceInfo(file="r.md", format="md"),
        standard=StandardRef(id="x", title="X", total_points=100),
        length=LengthInfo(),
        profile_length=None,
        detection=None,
        backend=BackendInfo(name="lexical"),
        diagnostics=(),
        sections=(SectionInfo(id="s1", number="一、", title="领导"), SectionInfo(id="s2", number="二、", title="结果")),
        paragraphs=tuple(paragraphs),
        clauses=clauses,
        findings=findings,
        estimate=None,
    )


def test_anchor_is_a_valid_html_id_and_distinct_per_paragraph() -> None:
    ids = ["p0001", "s1/p2", "段落 3", "p.4"]
    anchors = [anchor(i) for i in ids]
    assert all(re.fullmatch(r"sara-p-[A-Za-z0-9_-]+", a) for a in anchors), anchors
    assert len(set(anchors)) == len(anchors)


def test_fold_keeps_length_and_treats_full_and_half_width_alike() -> None:
    for text in ("ＩＳＯ９００１，", "Straße", "ﬁ", "顾客满意度"):
        assert len(fold(text)) == len(text)
    assert fold("ＩＳＯ９００１") == fold("iso9001") == "iso9001"
    assert fold("顾客满意度") == "顾客满意度"  # Chinese text does not change


def test_search_finds_every_occurrence_case_and_width_insensitive() -> None:
    rec = record()
    hits = search(rec.paragraphs, "iso9001")
    assert [(h.paragraph, rec.paragraph(h.paragraph).text[h.start : h.end]) for h in hits] == [
        ("p0001", "ISO9001"),
        ("p0004", "ＩＳＯ９００１"),
    ]


def test_search_bridges_spaces_that_extraction_put_inside_chinese_text() -> None:
    rec = record()
    hits = search(rec.paragraphs, "顾客满意度")
    found = [rec.paragraph(h.paragraph).text[h.start : h.end] for h in hits]
    assert found == ["顾客满意度", "顾客 满意 度"]
    assert normalise_query("  顾客 满意度 ") == "顾客满意度"
    assert normalise_query("ISO 9001") == "ISO 9001"  # Latin words keep their space


def test_empty_or_blank_query_finds_nothing() -> None:
    rec = record()
    assert search(rec.paragraphs, "") == ()
    assert search(rec.paragraphs, "   ") == ()
    assert search(rec.paragraphs, "不存在的词") == ()


def test_mark_up_escapes_html_and_merges_overlapping_marks() -> None:
    out = mark_up("<b>顾客满意度</b>", [(3, 6, "evidence"), (5, 8, "hit")])
    assert out == '&lt;b&gt;<mark class="sara-hit">顾客满意度</mark>&lt;/b&gt;'
    assert mark_up("a<b", []) == "a&lt;b"


def test_view_targets_the_clause_first_paragraph_and_marks_the_clause() -> None:
    view = reading_view(record(), clause="7.1")
    assert view.target == "p0004"
    roles = {p.id: p.role for p in view.paragraphs}
    assert roles["p0004"] == "target" and roles["p0005"] == "clause" and roles["p0001"] == "other"
    assert view.clause_paragraphs == ("p0004", "p0005")
    assert "<script>" not in view.paragraph("p0005").html  # the report's text is escaped
    assert [p.section for p in view.paragraphs][:2] == ["一、 领导", "一、 领导"]


def test_view_goes_to_the_first_hit_and_an_explicit_target_wins() -> None:
    rec = record()
    view = reading_view(rec, clause="7.1", query="质量会议")
    assert view.target == "p0002" and view.hit_paragraphs == ("p0002",)
    assert '<mark class="sara-hit">质量会议</mark>' in view.paragraph("p0002").html
    assert view.paragraph("p0002").hits == 1
    chosen = reading_view(rec, clause="7.1", query="质量会议", target="p0005")
    assert chosen.target == "p0005"
    unknown = reading_view(rec, clause="7.1", target="nope")
    assert unknown.target == "p0004"  # an unknown target is ignored
    nothing = reading_view(rec)
    assert nothing.target is None and all(p.role == "other" for p in nothing.paragraphs)


def test_view_marks_evidence_sentences() -> None:
    view = reading_view(record(), clause="1.1", evidence={"p0002": ["每季度召开质量会议"]})
    assert '<mark class="sara-evidence">每季度召开质量会议</mark>' in view.paragraph("p0002").html


def test_finding_target_prefers_the_finding_paragraph_then_the_clause_then_the_nearest() -> None:
    findings = (
        FindingInfo(check="results-comparison", clause="7.1", paragraphs=("p0005",)),
        FindingInfo(check="weak-clause", clause="1.1"),
        FindingInfo(check="missing-clause", clause="2.1"),
        FindingInfo(check="missing-clause", clause="3.1"),
        FindingInfo(check="length-limit", clause=None),
        FindingInfo(check="results-comparison", clause="7.1", paragraphs=("gone",)),
    )
    rec = record(findings)
    assert [finding_target(rec, f) for f in findings] == ["p0005", "p0001", "p0002", None, None, "p0004"]
