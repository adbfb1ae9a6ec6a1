"""Text above the profile's own heading is a preface and answers no clause
(analyzer.mapping.content._preface_end). Real pipeline, lexical backend, reports written here."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

BODY = (
    "P 组织概述\n\n公司成立于2009年，主营工业物联网传感器和模组，员工1,236人，总部位于深圳南山。\n\n"
    "A 领导\n\nA1 文化引领\n\n公司领导班子每年组织一次文化研讨，把使命、愿景和价值观写进员工手册并考核落实。\n\n"
    "A2 组织治理\n\n董事会下设审计委员会和战略委员会，内审部门直接向审计委员会报告。\n"
)
PREFACE = (
    "深圳市某传感科技股份有限公司自评报告\n\n申报单位：深圳市某传感科技股份有限公司\n\n"
    "编码说明：本报告采用字母编码提纲，P为组织概述，A至F依次对应评定标准的六个类目，条目按位置编号。\n\n"
)


def _clauses(tmp_path: Path, text: str) -> dict[str, str | None]:
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("shenzhen-economic-2019"), AnalyzeOptions(backend="lexical"))
    clause_of = {m.paragraph: m.clause for m in a.mapping.matches}
    return {p.text[:6]: clause_of[p.id] for p in doc.paragraphs if p.kind != "heading"}


def test_a_note_above_the_profile_heading_answers_nothing(tmp_path: Path) -> None:
    clauses = _clauses(tmp_path, PREFACE + BODY)
    assert clauses["编码说明：本"] is None
    assert clauses["公司成立于2"] == "0"


def test_text_above_the_first_chapter_of_a_report_without_a_profile_heading_is_still_read(tmp_path: Path) -> None:
    # no profile heading: the text under the title may be the profile, and the content decides
    profile = "公司成立于2009年，主营工业物联网传感器和模组，员工1,236人，总部位于深圳南山，面临激烈的市场竞争。"
    chapters = BODY[BODY.index("A 领导") :]
    text = f"深圳市某传感科技股份有限公司自评报告\n\n{profile}\n\n{chapters}"
    clauses = _clauses(tmp_path, text)
    assert clauses["公司成立于2"] == "0"
