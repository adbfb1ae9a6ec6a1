"""Paragraphs that end with the clause they answer (``…。（对应条款1.2.1）``, ``…【2.1.2】``) under headings in
the organisation's own words: the tags name the heading's clause and credit each tagged paragraph,
a misplaced one included. Real pipeline, lexical backend."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
LEXICAL = AnalyzeOptions(backend="lexical")

SECTIONS = [
    ("以客户为中心的领导体系", []),
    (
        "先把方向想清楚",
        [
            "班子每年年初走访重点客户和港区单位，把听到的需求写进当年的方向书。（对应条款1.1.1）",
            "方向书经职代会讨论后发到每个班组，班组长逐条讲解。【1.1.1】",
        ],
    ),
    (
        "带出一支守规矩的队伍",
        [
            "新员工由老关务专员带教三个月，带教结束前要独立完成二十票申报。（对应1.1.2）",
            "每年组织一次技能比武，前三名进入专家通道候选。——对应标准1.1.2",
            # written here, but the author says it answers the strategy clause
            "公司每三年编制一次发展规划，年度计划按规划分解到各部门。（对应条款1.2.1）",
        ],
    ),
]


def _analyse(tmp_path: Path, sections: list[tuple[str, list[str]]]):  # type: ignore[no-untyped-def]
    lines = ["某港航通关服务有限公司自评报告", ""]
    for heading, paragraphs in sections:
        lines += [heading, "", *[x for p in paragraphs for x in (p, "")]]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), "utf-8")
    doc = read_document(path)
    return doc, analyze_document(doc, load_standard("shenzhen-service-2019"), LEXICAL)


def test_a_heading_answers_the_clause_its_paragraphs_say_and_a_tag_credits_its_paragraph(tmp_path: Path) -> None:
    doc, a = _analyse(tmp_path, SECTIONS)
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["先把方向想清楚"] == "1.1.1"
    assert got["带出一支守规矩的队伍"] == "1.1.2"  # two of its three tagged paragraphs say so
    plan = next(p for p in doc.paragraphs if p.text.startswith("公司每三年编制"))
    assert a.mapping.of(plan.id).clause == "1.2.1"
    assert [(m.paragraph, m.under_clause, m.answers_clause) for m in a.mapping.misplaced] == [
        (plan.id, "1.1.2", "1.2.1")
    ]


def test_one_tag_alone_decides_nothing(tmp_path: Path) -> None:
    """Fewer than three tagged paragraphs in the whole report: ``（对应条款1.2.1）`` may be a citation,
    and no heading takes a number from its paragraphs."""
    few = [(h, [p.split("（对应")[0].split("【")[0].split("——")[0] for p in ps]) for h, ps in SECTIONS]
    few[2][1][2] = SECTIONS[2][1][2]
    few[2][1][0] = SECTIONS[2][1][0]
    doc, _ = _analyse(tmp_path, few)
    own_words = ("先把方向想清楚", "带出一支守规矩的队伍")
    assert [s.number for s in doc.sections if s.title in own_words] == [None, None]
    full, _ = _analyse(tmp_path, SECTIONS)
    assert [s.number for s in full.sections if s.title in own_words] == ["1.1.1", "1.1.2"]


def test_a_report_with_trailing_tags_is_credited_as_its_author_says() -> None:
    """szx-svc-trailing-tags (held out): two heading levels in the organisation's own words, no
    numbers; paragraphs end with their clause in seven forms. Every tagged paragraph is credited to
    the clause it names, and only the planted 1.1.1 is missing."""
    from analyzer.text.headings import paragraph_clause_tags

    doc = read_document(ROOT / "samples" / "heldout" / "szx-svc-trailing-tags" / "report.md")
    a = analyze_document(doc, load_standard("shenzhen-service-2019"), LEXICAL)
    checked = 0
    for p in doc.paragraphs:
        tags = paragraph_clause_tags(p.text)
        if p.kind == "text" and tags and not p.front_matter:
            assert a.mapping.of(p.id).clause in tags, p.text[-30:]
            checked += 1
    assert checked >= 40
    assert {f.clause for f in a.findings if f.check == "missing-clause"} == {"1.1.1"}
