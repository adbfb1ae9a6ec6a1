"""Heading alignment (analyzer.mapping.align): labelled reports, number-stripped variants, hard cases."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.mapping import Alignment, align_sections
from analyzer.mapping.align import vocabulary
from analyzer.model import Document, Section, Span, Standard
from analyzer.standards import load_standard
from analyzer.text.headings import split_number
from tests.shared_data import DEV_REPORTS, REASON

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"

LABELLED: dict[str, tuple[Path, str]] = {
    "bj-meddevice": (DEV_REPORTS / "bj-meddevice", "beijing-2020"),
    "szx-econ-smartmfg": (DEV_REPORTS / "szx-econ-smartmfg", "shenzhen-economic-2019"),
    "szx-service-govcenter": (DEV_REPORTS / "szx-service-govcenter", "shenzhen-service-2019"),
    "wh-mfg-notitles": (DEV_REPORTS / "wh-mfg-notitles", "wuhan-manufacturing-2022"),
    "wh-svc-water": (SAMPLES / "wh-svc-water", "wuhan-service-2022"),
    "bj-logistics": (SAMPLES / "bj-logistics", "beijing-2020"),
}


def _case(name: str) -> tuple[Path, str]:
    """The folder and standard of a labelled report; the test skips when it is a missing dev report."""
    folder, standard_id = LABELLED[name]
    if not folder.is_dir():
        pytest.skip(REASON)
    return folder, standard_id


@cache
def std(standard_id: str) -> Standard:
    return load_standard(standard_id)


# --------------------------------------------------------------------------- labelled reports


@dataclass(frozen=True)
class Score:
    correct: int
    total: int
    wrong: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total


def _labels(folder: Path) -> list[tuple[str, str | None]]:
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return [(h["text"], h["clause"]) for h in data["headings"]]


def _strip_numbers(text: str, headings: set[str]) -> str:
    """The report with the number removed from every heading line (Markdown ``#`` kept)."""
    out: list[str] = []
    for line in text.split("\n"):
        m = re.match(r"(#+ )?(.*)", line)
        assert m is not None
        hashes, body = m.group(1) or "", m.group(2)
        if body in headings:
            split = split_number(body)
            if split is not None:
                body = body[split[2] :].strip()
        out.append(hashes + body)
    return "\n".join(out)


def _score(doc: Document, alignment: Alignment, labels: list[tuple[str, str | None]]) -> Score:
    assert len(doc.sections) == len(labels), "the segmenter found a different number of headings"
    correct = 0
    wrong: list[str] = []
    for section, a, (text, clause) in zip(doc.sections, alignment.sections, labels, strict=True):
        assert a.section == section.id
        assert section.title in text  # pairs up by order: the same heading
        if a.clause == clause:
            correct += 1
        else:
            wrong.append(f"{text} → {a.clause} (want {clause}; {a.method}; {'; '.join(a.reasons)})")
    return Score(correct, len(labels), tuple(wrong))


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_labelled_report_headings_all_aligned(name: str) -> None:
    folder, standard_id = _case(name)
    doc = read_document(folder / "report.md")
    alignment = align_sections(doc, std(standard_id))
    score = _score(doc, alignment, _labels(folder))
    print(f"\n{name}: heading→clause {score.correct}/{score.total} = {score.accuracy:.3f}")
    assert score.wrong == ()
    assert score.accuracy == 1.0
    assert alignment.standard == standard_id


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_labelled_report_without_heading_numbers(name: str, tmp_path: Path) -> None:
    folder, standard_id = _case(name)
    labels = _labels(folder)
    text = _strip_numbers((folder / "report.md").read_text(encoding="utf-8"), {t for t, _ in labels})
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert all(s.number is None for s in doc.sections)  # the variant really has no numbers left
    score = _score(doc, align_sections(doc, std(standard_id)), labels)
    print(f"\n{name} (numbers stripped): heading→clause {score.correct}/{score.total} = {score.accuracy:.3f}")
    for w in score.wrong:
        print("  ", w)
    assert score.accuracy >= 0.9


def test_numbering_scheme_of_the_service_report() -> None:
    folder, standard_id = _case("szx-service-govcenter")
    alignment = align_sections(read_document(folder / "report.md"), std(standard_id))
    schemes = {s.style: s for s in alignment.schemes}
    assert schemes["cn"].standard_level == 1 and not schemes["cn"].restarts
    assert schemes["cn-paren"].standard_level == 2 and schemes["cn-paren"].restarts
    assert schemes["decimal-1"].standard_level == 3 and schemes["decimal-1"].restarts
    assert not schemes["decimal-1"].absolute


def test_numbering_scheme_of_a_decimal_report() -> None:
    folder, standard_id = _case("bj-meddevice")
    alignment = align_sections(read_document(folder / "report.md"), std(standard_id))
    schemes = {s.style: s for s in alignment.schemes}
    assert schemes["decimal-2"].absolute and schemes["decimal-2"].standard_level == 2
    assert not schemes["decimal-2"].restarts


# --------------------------------------------------------------------------- hand-built documents


def build(lines: list[tuple[int, str]], *, title: str | None = "示例公司 自评报告") -> Document:
    """A Document with only a section tree: ``(level, heading line)``, levels 1-based below the title."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    counts: dict[str | None, int] = {}
    entries = [(0, title)] if title is not None else []
    entries += [(lv if title is not None else lv - 1, text) for lv, text in lines]
    for k, (level, text) in enumerate(entries):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        counts[parent] = counts.get(parent, 0) + 1
        sid = f"{parent}.{counts[parent]}" if parent else f"s{counts[parent]}"
        split = split_number(text)
        style, number, end = split if split is not None else ("plain", None, 0)
        bracket = re.fullmatch(r"【(.+)】", text)
        if bracket:
            style, number, end = "bracket", None, 0
        title_text = bracket.group(1) if bracket else text[end:].strip()
        sections.append(
            Section(
                id=sid,
                level=level + 1,
                number=number,
                title=title_text,
                span=Span(k, k + 1),
                heading_span=Span(k, k + 1),
                parent=parent,
                numbering_style=None if number is None else style,
            )
        )
        stack.append((level, sid))
    return Document(source="test", format="txt", text="", sections=tuple(sections), paragraphs=())


def clauses(doc: Document, alignment: Alignment) -> dict[str, str | None]:
    return {s.title: alignment.clause_of(s.id) for s in doc.sections}


def test_restarting_numbers_are_decided_by_the_parent() -> None:
    doc = build(
        [
            (1, "一、高标准定位"),
            (2, "（一）领导力"),
            (3, "1. 方向把握"),
            (3, "2. 队伍建设"),
            (2, "（二）规划定位"),
            (3, "1. 对标"),
            (3, "2. 保障"),
            (1, "二、高质量运行"),
            (2, "（一）运行体系"),
            (3, "1. 设计"),
        ]
    )
    got = [align_sections(doc, std("shenzhen-service-2019")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "2", "2.1", "2.1.1"]


def test_no_numbers_and_paraphrased_titles() -> None:
    doc = build(
        [
            (1, "组织环境"),
            (1, "领导作用"),
            (2, "引领发展"),
            (2, "企业治理"),
            (2, "领导绩效"),
            (1, "战略发展"),
            (2, "战略制定"),
            (2, "战略落地"),
            (2, "战略结果"),
            (1, "品牌影响"),
            (2, "客户与市场"),
            (2, "品牌与顾客结果"),
            (1, "创新驱动"),
            (2, "创新体系"),
            (2, "创新实践"),
            (2, "创新成果"),
            (1, "质量提升"),
            (2, "运营管理"),
            (2, "产品质量"),
        ]
    )
    alignment = align_sections(doc, std("wuhan-manufacturing-2022"))
    got = clauses(doc, alignment)
    assert got == {
        "示例公司 自评报告": None,
        "组织环境": "5.1",
        "领导作用": "5.2",
        "引领发展": "5.2.2",
        "企业治理": "5.2.3",
        "领导绩效": "5.2.4",
        "战略发展": "5.3",
        "战略制定": "5.3.2",
        "战略落地": "5.3.3",
        "战略结果": "5.3.4",
        "品牌影响": "5.4",
        "客户与市场": "5.4.2",
        "品牌与顾客结果": "5.4.4",
        "创新驱动": "5.6",
        "创新体系": "5.6.2",
        "创新实践": "5.6.3",
        "创新成果": "5.6.4",
        "质量提升": "5.7",
        "运营管理": "5.7.2",
        "产品质量": "5.7.3",
    }
    by_title = {s.title: alignment.of(s.id) for s in doc.sections}
    assert by_title["战略落地"].method == "synonym"
    assert by_title["组织环境"].method == "profile"


def test_paraphrase_in_another_order_breaks_the_order() -> None:
    # 5.4.3 before 5.4.2, and the ordinal （二） of 客户服务 points at 5.4.3, which 品牌管理 already names.
    doc = build([(1, "三、品牌影响"), (2, "（一）品牌管理"), (2, "（二）客户服务"), (2, "（三）品牌影响的结果")])
    got = clauses(doc, align_sections(doc, std("wuhan-service-2022")))
    assert got["品牌管理"] == "5.4.3"
    assert got["客户服务"] == "5.4.2"
    assert got["品牌影响的结果"] == "5.4.4"


def test_skipped_clause_with_and_without_numbers() -> None:
    for lines in (
        [(1, "4 资源"), (2, "4.3 信息和知识资源"), (2, "4.4 技术资源"), (2, "4.6 相关方关系")],
        [(1, "资源"), (2, "信息和知识资源"), (2, "技术资源"), (2, "相关方关系")],
        [(1, "第四章 资源"), (2, "（一）信息和知识资源"), (2, "（二）技术资源"), (2, "（三）相关方关系")],
    ):
        doc = build(lines)
        got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections]
        assert got == [None, "4", "4.3", "4.4", "4.6"], lines


def test_skipped_clause_in_a_numbered_sequence_keeps_position() -> None:
    # 5.2 is missing: 持续创新的结果 follows 创新系统 and must not be pulled back to 5.2.
    doc = build([(1, "5 持续创新"), (2, "5.1 创新系统"), (2, "5.3 持续创新的结果")])
    got = [align_sections(doc, std("shenzhen-economic-2019")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "5", "5.1", "5.3"]


@pytest.mark.parametrize("number", ["4.5 ", ""])
def test_merged_heading_records_the_second_clause(number: str) -> None:
    doc = build([(1, "第四章 资源"), (2, "4.4 技术资源"), (2, f"{number}基础设施与相关方关系"), (1, "第五章 过程管理")])
    alignment = align_sections(doc, std("beijing-2020"))
    merged = alignment.of(doc.sections[3].id)
    assert merged.clause == "4.5"
    assert merged.also == ("4.6",)
    assert any("4.6" in r for r in merged.reasons)
    assert alignment.clause_of(doc.sections[4].id) == "5"
    assert all(alignment.of(s.id).also == () for s in doc.sections if s is not doc.sections[3])


def test_misnumbered_heading_is_decided_by_title() -> None:
    doc = build([(1, "1 领导"), (2, "1.1 高层领导的作用"), (2, "1.2 社会责任"), (1, "2 战略")])
    alignment = align_sections(doc, std("beijing-2020"))
    wrong = alignment.of(doc.sections[3].id)
    assert wrong.clause == "1.3"
    assert any("decided by title" in r for r in wrong.reasons)
    assert alignment.clause_of(doc.sections[4].id) == "2"


def test_number_wins_over_a_loose_paraphrase() -> None:
    doc = build([(1, "5.2 领导作用"), (2, "5.2.2 方向与文化"), (2, "5.2.3 企业管控"), (2, "5.2.4 经营业绩")])
    got = [align_sections(doc, std("wuhan-manufacturing-2022")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "5.2", "5.2.2", "5.2.3", "5.2.4"]


def test_full_width_numbers_and_missing_space_through_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(
        "# 示例公司 质量管理奖自评报告\n\n## 组织概述\n\n概述正文。\n\n### ０．１ 组织描述\n\n正文。\n\n"
        "## 第一章 领导\n\n### １．１ 高层领导的作用\n\n正文。\n\n### 1.2组织治理\n\n正文。\n\n"
        "### 【社会责任】\n\n正文。\n\n## 第七章 结果\n\n### ７．３财务结果\n\n正文。\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "0", "0.1", "1", "1.1", "1.2", "1.3", "7", "7.3"]


@pytest.mark.parametrize(
    ("title", "standard_id", "clause"),
    [
        ("单位简介", "shenzhen-service-2019", "0"),
        ("组织概况", "shenzhen-economic-2019", "0"),
        ("企业简介", "wuhan-service-2022", "5.1"),
        ("公司概述", "beijing-2020", "0"),
        ("组织环境", "beijing-2020", "0"),
        ("简介", "wuhan-manufacturing-2022", "5.1"),
        ("基本情况", "shenzhen-service-2019", "0"),
    ],
)
def test_profile_synonyms(title: str, standard_id: str, clause: str) -> None:
    standard = std(standard_id)
    first = standard.children(None)[1]  # the first scored top-level clause
    doc = build([(1, title), (1, first.title)])
    alignment = align_sections(doc, standard)
    profile = alignment.of(doc.sections[1].id)
    assert (profile.clause, profile.method) == (clause, "profile")
    assert alignment.clause_of(doc.sections[2].id) == first.id


def test_report_title_and_unmatched_headings_map_to_none() -> None:
    doc = build([(1, "1 领导"), (1, "附件：荣誉清单")], title="某某公司 北京市人民政府质量管理奖自评报告")
    alignment = align_sections(doc, std("beijing-2020"))
    assert [a.clause for a in alignment.sections] == [None, "1", None]
    assert alignment.sections[0].method == "none"
    assert alignment.sections[2].method == "none"


def test_subheadings_below_the_deepest_clause_inherit_it() -> None:
    doc = build([(1, "1 领导"), (2, "1.1 文化引领"), (3, "（1）文化体系"), (3, "（2）文化传播"), (2, "1.2 组织治理")])
    alignment = align_sections(doc, std("shenzhen-economic-2019"))
    got = [a.clause for a in alignment.sections]
    assert got == [None, "1", "1.1", "1.1", "1.1", "1.2"]
    assert alignment.sections[3].method == "position"


def test_chapters_nested_below_the_profile_still_align() -> None:
    # 第一部分 opens a style, so a reader may put 一、 below the profile part (as in wh-svc-water).
    doc = build(
        [
            (1, "第一部分 组织环境"),
            (2, "一、领导作用"),
            (3, "（一）引领发展"),
            (2, "二、战略发展"),
            (3, "（一）战略制定"),
        ]
    )
    got = [align_sections(doc, std("wuhan-service-2022")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "5.1", "5.2", "5.2.2", "5.3", "5.3.2"]


def test_a_profile_s_sub_heading_stays_in_the_profile_when_the_chapters_follow_it() -> None:
    # 战略挑战与优势 shares 战略 with chapter 2, but the chapters are the profile's later siblings:
    # nothing under the profile is a misnested chapter
    doc = build(
        [
            (1, "组织概述"),
            (2, "0.1 组织描述"),
            (3, "医院基本情况"),
            (2, "0.2 组织面临的挑战"),
            (3, "竞争环境"),
            (3, "战略挑战与优势"),
            (3, "绩效改进系统"),
            (1, "1 领导"),
            (2, "1.1 高层领导的作用"),
            (1, "2 战略"),
            (2, "2.1 战略制定"),
            (1, "7 结果"),
            (2, "7.1 产品和服务结果"),
        ]
    )
    got = clauses(doc, align_sections(doc, std("beijing-2020")))
    assert got["战略挑战与优势"] == "0.2" and got["绩效改进系统"] == "0.2"
    assert got["战略"] == "2"


def test_numbered_questions_below_a_leaf_are_list_items_not_chapters() -> None:
    # 1. 2. 3. restarting below （一） (a Beijing leaf): list items, whatever clause 2 or 3 is called
    doc = build(
        [
            (1, "一、学院领导与治理"),
            (2, "（一）班子带头把方向"),
            (3, "1. 学院怎样确定办学定位？"),
            (3, "2. 怎样让全体教职工认同？"),
            (3, "3. 学院的牌子怎样立起来？"),
            (2, "（二）依章程办学"),
            (3, "1. 学院的治理架构是怎样的？"),
            (3, "2. 怎样评价班子的履职？"),
            (1, "二、发展规划"),
            (2, "（一）规划怎样编出来"),
        ]
    )
    got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "1", "1.1", "1.1", "1.1", "1.1", "1.2", "1.2", "1.2", "2", "2.1"]


def test_a_top_level_section_with_two_levels_below_it_is_no_leaf() -> None:
    # 高起点谋划 (the report's chapter 1, in its own words) whose text reads most like 团队建设 (1.1.2):
    # a section with items and sub-items of its own is a chapter, whatever its text resembles most
    from analyzer.mapping.body import BodyEvidence

    lines = [
        (1, "单位概况"),
        (1, "高起点谋划"),
        (2, "领导引领"),
        (3, "明确使命与目标"),
        (3, "团队打造"),
        (2, "找准位置"),
        (3, "向最好的看齐"),
        (1, "高质量运行"),
        (2, "运行体系"),
        (3, "服务设计"),
    ]
    doc = build(lines, title=None)
    top = doc.sections[1].id
    body = BodyEvidence("shenzhen-service-2019", scores={top: {"1.1.2": 1.0}})
    got = clauses(doc, align_sections(doc, std("shenzhen-service-2019"), body))
    assert got["高起点谋划"] == "1"
    assert got["领导引领"] == "1.1" and got["找准位置"] == "1.2"


def test_items_numbered_straight_through_the_report_count_from_one_in_each_chapter() -> None:
    # （一）…（四） under 第一部分, （五）…（十） under 第二部分: the items run on, they do not restart
    # (and skip the standard's middle level: （五） is 2.1.1, the first grandchild of 2)
    from analyzer.mapping.body import BodyEvidence

    lines = [
        (1, "第一部分 高标准定位"),
        (2, "（一）定方向"),
        (2, "（二）带队伍"),
        (2, "（三）找位置"),
        (2, "（四）抓落地"),
        (1, "第二部分 高质量运行"),
        (2, "（五）按需要做设计"),
        (2, "（六）把体系搭起来"),
        (2, "（七）用数字说话"),
        (2, "（八）流程越改越顺"),
        (2, "（九）新点子从哪来"),
        (2, "（十）新服务做出来"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("shenzhen-service-2019"), BodyEvidence("shenzhen-service-2019")))
    assert [got[t] for t in ("定方向", "带队伍", "找位置", "抓落地")] == ["1.1.1", "1.1.2", "1.2.1", "1.2.2"]
    second = ("按需要做设计", "把体系搭起来", "用数字说话", "流程越改越顺", "新点子从哪来", "新服务做出来")
    assert [got[t] for t in second] == ["2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.3.2"]


def test_results_sections_of_each_chapter_are_results_whatever_their_ordinal() -> None:
    # Wuhan: 5.x.1 概述 is not written; 第四章 answers 5.4.2 and then its results (5.4.3 品牌管理 is
    # left out, so 第二节 本章成效 carries 5.4.3's ordinal); 第七章 质量提升与成效 is the chapter 5.7
    # (approaches and results), not its results item 5.7.4
    from analyzer.mapping.body import BodyEvidence

    lines = [
        (1, "第一章 组织环境"),
        (1, "第二章 领导作用"),
        (2, "第一节 引领发展"),
        (2, "第二节 有效治理"),
        (1, "第三章 战略发展"),
        (2, "第一节 战略制定"),
        (2, "第二节 战略实施"),
        (2, "第三节 本章成效"),
        (1, "第四章 品牌影响"),
        (2, "第一节 顾客与市场"),
        (2, "第二节 本章成效"),
        (1, "第五章 员工契合"),
        (2, "第一节 员工管理"),
        (1, "第六章 创新驱动"),
        (2, "第一节 创新系统"),
        (1, "第七章 质量提升与成效"),
        (2, "第一节 运营质量"),
        (2, "第二节 服务质量"),
        (3, "一、打牢质量基础"),
        (2, "第三节 质量提升成效"),
    ]
    doc = build(lines)
    alignment = align_sections(doc, std("wuhan-service-2022"), BodyEvidence("wuhan-service-2022"))
    got = [alignment.clause_of(s.id) for s in doc.sections if s.title in ("本章成效", "质量提升与成效", "质量提升成效")]
    assert got == ["5.3.4", "5.4.4", "5.7", "5.7.4"]


def test_sub_sub_headings_of_the_profile_stay_in_the_profile() -> None:
    # 第一部分 组织环境 (the profile) → 一、组织概况 → （二）文化、员工与治理结构: a description of the
    # organisation, two levels down; with chapters after the profile, it never leaves for 5.2.3 有效治理
    lines = [
        (1, "第一部分 组织环境"),
        (2, "一、组织概况"),
        (3, "（一）产品、技术与设施"),
        (3, "（二）文化、员工与治理结构"),
        (2, "二、竞争环境"),
        (1, "第二部分 领导作用"),
        (2, "一、引领发展"),
        (2, "二、有效治理"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("wuhan-manufacturing-2022")))
    assert got["文化、员工与治理结构"] == "5.1" and got["产品、技术与设施"] == "5.1"
    assert got["有效治理"] == "5.2.3"


def test_a_leaf_s_own_part_does_not_leave_it_for_a_clause_whose_guidance_it_echoes() -> None:
    # Beijing 1.1 is a leaf; its part （五）组织绩效的评价与改进 echoes a guidance point of 7.6
    # 领导方面的结果, but it is 1.1's own text; only a number or a clause's own title carries it out
    lines = [
        (1, "第一部分 组织概述"),
        (1, "第二部分 领导"),
        (2, "一、班子领航与质量文化"),
        (3, "（一）文化理念的确立与传播"),
        (3, "（二）组织绩效的评价与改进"),
        (2, "二、组织治理"),
        (1, "第八部分 结果"),
        (2, "一、产品和服务结果"),
        (2, "二、领导方面的结果"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("beijing-2020")))
    assert got["组织绩效的评价与改进"] == "1.1"
    assert got["领导方面的结果"] == "7.6"


def test_a_foreign_number_below_a_process_chapter_reaches_the_results_chapter() -> None:
    # a Beijing report in the Wuhan standard's outline: 5.2.4 领导作用的结果 sits below 5.2 领导作用 (= 1),
    # but what it stands for is in Beijing's results chapter 7
    lines = [
        (1, "5.1 组织环境"),
        (1, "5.2 领导作用"),
        (2, "5.2.2 引领发展"),
        (2, "5.2.3 有效治理"),
        (2, "5.2.4 领导作用的结果"),
        (1, "5.3 战略发展"),
        (2, "5.3.2 战略制定"),
        (2, "5.3.3 战略实施"),
        (1, "5.5 员工契合"),
        (2, "5.5.2 员工管理"),
        (2, "5.5.4 员工契合的结果"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("beijing-2020")))
    assert got["引领发展"] == "1.1" and got["战略制定"] == "2.1"
    assert got["领导作用的结果"] is not None and got["领导作用的结果"].startswith("7.")
    assert got["员工契合的结果"] is not None and got["员工契合的结果"].startswith("7.")


def test_the_parts_of_a_merged_heading_answer_what_it_answers() -> None:
    lines = [
        (1, "第三部分 战略发展"),
        (2, "一、战略制定和战略实施"),
        (3, "（一）目标分解与资源配置"),
        (3, "（二）监测与调整"),
    ]
    doc = build(lines)
    alignment = align_sections(doc, std("wuhan-manufacturing-2022"))
    parts = [s for s in doc.sections if s.title in ("目标分解与资源配置", "监测与调整")]
    assert [(alignment.of(s.id).clause, alignment.of(s.id).also) for s in parts] == [("5.3.2", ("5.3.3",))] * 2


def test_results_nested_below_a_process_leaf_leave_it_for_their_results_item() -> None:
    # the layout put 领导与社会责任成效 below 6.1 (a leaf): a result item nested too deep, 7.6 by its words
    lines = [
        (1, "六、测量、分析与改进"),
        (2, "（一）测量、分析和评价"),
        (3, "领导与社会责任成效"),
        (1, "七、结果"),
        (2, "（一）产品和服务结果"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("beijing-2020")))
    assert got["领导与社会责任成效"] == "7.6"


def test_flattened_tree_without_numbers() -> None:
    # Without numbers a plain-text reader can put 高标准定位 and 领导力 on one level.
    doc = build([(1, "高标准定位"), (1, "领导力"), (2, "确定方向"), (2, "团队建设"), (1, "规划定位"), (2, "对标定位")])
    got = [align_sections(doc, std("shenzhen-service-2019")).clause_of(s.id) for s in doc.sections]
    assert got == [None, "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1"]


# --------------------------------------------------------------------------- extra reports through the reader


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


BODY = "我们建立了相应的制度和机制，由专门部门负责推进，并每年评估改进。"


def test_extra_shenzhen_economic_report_with_chapters_and_brackets(tmp_path: Path) -> None:
    heads = [
        ("第一章 企业概况", "0"),
        ("第二章 领导", "1"),
        ("第一节 企业文化引领", "1.1"),
        ("第二节 治理", "1.2"),
        ("第三节 领导绩效", "1.3"),
        ("第三章 战略", "2"),
        ("【战略的制订】", "2.1"),
        ("【战略落地】", "2.2"),
        ("【战略成果】", "2.3"),
        ("第四章 顾客", "3"),
        ("【客户服务】", "3.1"),
        ("【客户价值提升】", "3.2"),
        ("【客户结果】", "3.3"),
    ]
    text = "栎石科技股份有限公司 深圳市市长质量奖（经济类）自评报告\n\n" + "".join(
        f"{h}\n\n{BODY}\n\n" for h, _ in heads
    )
    doc = _read(tmp_path, text)
    assert len(doc.sections) == len(heads) + 1
    got = [align_sections(doc, std("shenzhen-economic-2019")).clause_of(s.id) for s in doc.sections]
    assert got == [None, *[c for _, c in heads]]


def test_extra_wuhan_report_with_decimal_numbers_and_gaps(tmp_path: Path) -> None:
    heads = [
        ("5.1 组织概况", "5.1"),
        ("5.2 领导作用", "5.2"),
        ("5.2.2 引领企业发展", "5.2.2"),
        ("5.2.3 公司治理", "5.2.3"),
        ("5.2.4 领导作用的结果", "5.2.4"),
        ("5.5 员工契合", "5.5"),
        ("5.5.2 员工管理", "5.5.2"),
        ("5.5.4 员工绩效", "5.5.4"),
    ]
    text = "某某制造有限公司 自评报告\n\n" + "".join(f"{h}\n\n{BODY}\n\n" for h, _ in heads)
    doc = _read(tmp_path, text)
    got = [align_sections(doc, std("wuhan-manufacturing-2022")).clause_of(s.id) for s in doc.sections]
    assert got == [None, *[c for _, c in heads]]


def test_extra_beijing_report_in_chinese_numbering(tmp_path: Path) -> None:
    heads = [
        ("组织简介", "0"),
        ("一、领导", "1"),
        ("（一）高层领导作用", "1.1"),
        ("（二）治理", "1.2"),
        ("（三）社会责任", "1.3"),
        ("二、战略", "2"),
        ("（一）战略的制定", "2.1"),
        ("（二）战略实施", "2.2"),
        ("七、结果", "7"),
        ("（一）产品与服务结果", "7.1"),
        ("（二）客户与市场结果", "7.2"),
        ("（三）财务绩效", "7.3"),
    ]
    text = "某某股份有限公司 质量管理奖自评报告\n\n" + "".join(f"{h}\n\n{BODY}\n\n" for h, _ in heads)
    doc = _read(tmp_path, text)
    got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections]
    assert got == [None, *[c for _, c in heads]]


# --------------------------------------------------------------------------- data file


def test_synonym_table_is_consistent() -> None:
    vocab = vocabulary()
    heads = {g[0] for g in vocab.groups}
    variants = [v for g in vocab.groups for v in g[1:]]
    assert len(variants) == len(set(variants)), "a word in two groups"
    assert not heads & set(variants)
    assert vocab.canonical("客户与市场") == "顾客市场"
    assert vocab.canonical("产品质量") == "产品质量"  # must not change
    assert vocab.is_profile(vocab.canonical("单位简介"))
    assert vocab.is_result(vocab.canonical("创新成效"))


# --------------------------------------------------------------------------- front matter and wrappers


def by_line(doc: Document, alignment: Alignment, lines: list[tuple[int, str]]) -> dict[str, str | None]:
    """Heading line (number included) → clause, for a document made by :func:`build` with a title."""
    return {text: alignment.clause_of(s.id) for (_, text), s in zip(lines, doc.sections[1:], strict=True)}


def _front(doc: Document, *titles: str) -> Document:
    """``doc`` with the sections of these titles flagged as front matter (as the structure step does)."""
    secs = tuple(dataclasses.replace(s, front_matter=s.title in titles) for s in doc.sections)
    return dataclasses.replace(doc, sections=secs)


def test_front_matter_is_never_aligned_nor_the_parent_of_the_chapters() -> None:
    # A company-name line with no title words (报告/自评/申报) that a reader made the parent of everything.
    doc = build(
        [(1, "我们从哪里来"), (1, "第一篇 领导"), (2, "一、文化引领"), (1, "第二篇 战略规划")],
        title="深圳市汀禾商业连锁股份有限公司",
    )
    doc = _front(doc, "深圳市汀禾商业连锁股份有限公司")
    alignment = align_sections(doc, std("shenzhen-economic-2019"))
    got = clauses(doc, alignment)
    assert got["深圳市汀禾商业连锁股份有限公司"] is None
    assert alignment.sections[0].reasons == ("front matter (title line, cover or 目录)",)
    assert (got["领导"], got["文化引领"], got["战略规划"]) == ("1", "1.1", "2")


def test_a_part_that_wraps_the_chapters_maps_to_none() -> None:
    lines = [
        (1, "第一部分 组织概述"),
        (2, "一、组织描述"),
        (1, "第二部分 自评报告"),
        (2, "一、领导"),
        (3, "（一）高层领导的作用"),
        (2, "二、战略"),
        (3, "（一）战略制定"),
        (2, "三、顾客与市场"),
        (3, "（一）患者关系与满意"),
    ]
    doc = build(lines)
    alignment = align_sections(doc, std("beijing-2020"))
    got = by_line(doc, alignment, lines)
    assert got["第二部分 自评报告"] is None
    assert "wrapper" in alignment.sections[3].reasons[0]
    assert (got["一、领导"], got["（一）高层领导的作用"], got["二、战略"], got["三、顾客与市场"]) == (
        "1",
        "1.1",
        "2",
        "3",
    )
    assert got["第一部分 组织概述"] == "0"


def test_a_chapter_is_no_wrapper_when_its_subsections_are_its_own_items() -> None:
    lines = [(1, "一、领导"), (2, "（一）高层领导的作用"), (2, "（二）组织治理"), (1, "二、战略")]
    doc = build(lines)
    got = by_line(doc, align_sections(doc, std("beijing-2020")), lines)
    assert (got["一、领导"], got["（一）高层领导的作用"], got["（二）组织治理"]) == ("1", "1.1", "1.2")


# --------------------------------------------------------------------------- GB/T 19580-2012 numbering

GBT = [
    (1, "P 组织概述"),
    (2, "P.1 组织描述"),
    (2, "P.2 组织面临的挑战"),
    (1, "4.1 领导"),
    (2, "4.1.2 高层领导的作用"),
    (2, "4.1.3 组织治理"),
    (2, "4.1.4 社会责任"),
    (1, "4.2 战略"),
    (2, "4.2.2 战略制定"),
    (2, "4.2.3 战略部署"),
    (1, "4.4 资源"),
    (2, "4.4.2 人力资源"),
    (2, "4.4.7 相关方关系"),
    (1, "4.7 结果"),
    (2, "4.7.3 顾客与市场结果"),
]


def test_gbt19580_numbers_are_read_through_the_crosswalk_for_beijing() -> None:
    doc = build(GBT)
    alignment = align_sections(doc, std("beijing-2020"))
    got = [alignment.clause_of(s.id) for s in doc.sections[1:]]
    assert got == ["0", "0.1", "0.2", "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "4", "4.1", "4.6", "7", "7.2"]
    assert any("GB/T 19580-2012" in r for r in alignment.sections[5].reasons)


def test_gbt19580_numbers_without_the_scheme_titles_still_read_as_the_scheme() -> None:
    # Three-part 4.x.y numbers Beijing does not have, with the organisation's own titles.
    lines = [(lv, re.sub(r"^([\dP.]+) .*$", r"\1 我们的做法", t)) for lv, t in GBT]
    doc = build(lines)
    got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections[1:]]
    assert got[4:7] == ["1.1", "1.2", "1.3"]
    assert got[11:13] == ["4.1", "4.6"]


def test_gbt19580_chapters_without_a_counterpart_let_their_items_align_in_the_whole_standard() -> None:
    doc = build(GBT)
    got = by_line(doc, align_sections(doc, std("shenzhen-economic-2019")), GBT)
    assert got["4.4 资源"] is None and got["4.7 结果"] is None
    assert got["4.1.2 高层领导的作用"] == "1.1"
    assert got["4.1.3 组织治理"] == got["4.1.4 社会责任"] == "1.2"  # both items are SZE 1.2
    assert got["4.4.2 人力资源"] == "4.1"
    # 相关方关系 is SZE 6.1 (suppliers) or 5.2 (创新生态, partners in innovation): titles alone do not decide.
    assert got["4.4.7 相关方关系"] in ("5.2", "6.1")
    assert got["4.7.3 顾客与市场结果"] == "3.3"


def test_beijing_numbers_are_not_taken_for_gbt19580() -> None:
    doc = build(
        [(1, "4 资源"), (2, "4.1 人力资源"), (2, "4.2 财务资源"), (2, "4.3 信息和知识资源"), (2, "4.6 相关方关系")]
    )
    got = [align_sections(doc, std("beijing-2020")).clause_of(s.id) for s in doc.sections[1:]]
    assert got == ["4", "4.1", "4.2", "4.3", "4.6"]


def test_applicant_renumbering_that_collides_with_gbt19580_is_not_the_scheme() -> None:
    # d2-style chapters renumbered by the applicant: 4.1/4.2/4.3 are GB/T numbers with other titles.
    doc = build(
        [
            (1, "第四章 品牌与顾客"),
            (2, "4.1 顾客市场"),
            (2, "4.2 品牌管理"),
            (2, "4.3 品牌与顾客结果"),
            (1, "第五章 员工"),
            (2, "5.1 员工管理"),
        ]
    )
    got = [align_sections(doc, std("wuhan-manufacturing-2022")).clause_of(s.id) for s in doc.sections[1:]]
    assert got == ["5.4", "5.4.2", "5.4.3", "5.4.4", "5.5", "5.5.2"]


def test_a_results_heading_is_no_process_clause_even_when_it_contains_its_title() -> None:
    # 二、 skips the missing 2.2: "战略执行的成效" contains 战略执行 (= 战略实施) but names the results.
    lines = [(1, "第二篇 战略规划"), (2, "一、战略制定"), (2, "二、战略执行的成效")]
    doc = build(lines)
    alignment = align_sections(doc, std("shenzhen-economic-2019"))
    a = alignment.sections[-1]
    # The title no longer decides for 2.2 (it did, "shortened 0.80"): either the heading goes to 2.3,
    # or the ordinal decides weakly and the content mapping may move the section (REALIGN_*).
    assert a.clause == "2.3" or a.method == "number"


def test_merged_heading_whose_parts_carry_their_own_numbers() -> None:
    lines = [(1, "1 高标准定位"), (2, "1.1 领导力"), (2, "1.2 规划定位"), (3, "1.2.1 对标定位与1.2.2 保障机制")]
    doc = build(lines)
    merged = align_sections(doc, std("shenzhen-service-2019")).of(doc.sections[-1].id)
    assert (merged.clause, merged.also) == ("1.2.1", ("1.2.2",))


def test_unnumbered_profile_before_chapters_keeps_its_own_subheadings() -> None:
    # d1-style: 我们从哪里来 (profile, no number, no profile word) with （一）（二）, then 第一篇 …
    lines = [
        (1, "我们从哪里来"),
        (2, "（一）一家社区超市的二十年"),
        (2, "（二）我们所处的市场"),
        (1, "第一篇 掌舵与担当"),
        (2, "一、方向与文化"),
        (1, "第二篇 看清路再迈步"),
    ]
    doc = build(lines, title=None)
    got = [align_sections(doc, std("shenzhen-economic-2019")).clause_of(s.id) for s in doc.sections]
    assert got == ["0", "0", "0", "1", "1.1", "2"]


def test_a_subheading_below_a_leaf_leaves_it_for_a_whole_category_only_when_it_names_it() -> None:
    # 考核与绩效 shares a word with 7 结果 (绩效 reads as a result word): a shared word does not carry
    # a leaf's detail out into the results category. A heading that is that category's title does.
    chapters = [
        (1, "第一章 领导"),
        (2, "第一节 高层领导的作用"),
        (3, "一、文化引领"),
        (3, "二、考核与绩效"),
        (2, "第二节 组织治理"),
        (1, "第二章 战略"),
        (2, "第一节 战略制定"),
    ]
    got = clauses(build(chapters), align_sections(build(chapters), std("beijing-2020")))
    assert got["考核与绩效"] == "1.1" and got["文化引领"] == "1.1"
    nested = [*chapters, (3, "结果")]  # the results chapter read one level too deep, below 2.1
    got = clauses(build(nested), align_sections(build(nested), std("beijing-2020")))
    assert got["结果"] == "7"


def test_template_parts_below_an_item_stay_with_it() -> None:
    # 展开 reads like 实施 (2.3.2 创新实施) and 水平 like 3.2.1 服务水平: as parts repeated under every
    # item they name no clause
    lines = [
        (1, "2 高质量运行"),
        (2, "2.3 创新"),
        (3, "2.3.1 创新策划"),
        (4, "方法"),
        (4, "展开"),
        (3, "2.3.2 创新实施"),
        (4, "方法"),
        (4, "展开"),
        (1, "3 高绩效结果"),
        (2, "3.1 高标准定位结果"),
        (3, "3.1.2 规划达成结果"),
        (4, "水平"),
        (4, "对比"),
        (2, "3.2 高质量运行结果"),
        (3, "3.2.2 顾客/公众满意"),
        (4, "水平"),
        (4, "对比"),
    ]
    doc = build(lines)
    alignment = align_sections(doc, std("shenzhen-service-2019"))
    got = [(s.title, alignment.clause_of(s.id)) for s in doc.sections if s.title in ("展开", "水平")]
    assert got == [("展开", "2.3.1"), ("展开", "2.3.2"), ("水平", "3.1.2"), ("水平", "3.2.2")]


def test_after_the_first_chapter_no_unnumbered_part_is_the_profile_by_position() -> None:
    # a plain-text report without numbers whose segmenter nested two items under an unaligned
    # category title: the first item is not the profile because it comes first in its group
    lines = [
        (1, "走近我们"),
        (1, "领导作用"),
        (1, "引领发展"),
        (1, "规划怎么落到实处"),
        (2, "计划分解到每个站点"),
        (2, "战略发展的结果"),
    ]
    doc = build(lines, title=None)
    got = clauses(doc, align_sections(doc, std("wuhan-service-2022")))
    assert got["走近我们"] == "5.1"
    assert got["计划分解到每个站点"] != "5.1"


def test_in_a_flat_run_of_headings_the_owner_of_template_parts_is_an_item() -> None:
    # no numbers, no format: category, sub-category and item titles stand side by side; an item is
    # what the template parts sit under, and it follows its category directly
    lines = [
        (1, "单位概况"),
        (1, "高起点谋划"),
        (1, "领导引领"),
        (1, "明确使命与目标"),
        (2, "方法"),
        (2, "展开"),
        (1, "队伍打造"),
        (2, "方法"),
        (2, "展开"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("shenzhen-service-2019")))
    assert (got["领导引领"], got["明确使命与目标"], got["队伍打造"]) == ("1.1", "1.1.1", "1.1.2")


def test_a_decimal_that_extends_its_parent_s_number_stays_with_it() -> None:
    # Beijing has two levels: a report's own 0.2.2 / 1.1.2 below 0.2 / 1.1 are parts of them, even
    # when their titles read like a chapter (战略挑战 → 2 战略, 绩效改进系统 → 7 结果)
    lines = [
        (1, "第0章 医院概述"),
        (2, "0.2 组织面临的挑战"),
        (3, "0.2.2 战略挑战与优势"),
        (3, "0.2.3 绩效改进系统"),
        (1, "第1章 领导"),
        (2, "1.1 高层领导的作用"),
        (3, "1.1.2 组织治理的要求"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("beijing-2020")))
    assert (got["战略挑战与优势"], got["绩效改进系统"], got["组织治理的要求"]) == ("0.2", "0.2", "1.1")


def test_a_heading_tagged_with_a_clause_outside_its_parent_takes_that_clause() -> None:
    # a report in its own outline: 二、集团治理 holds a heading tagged 1.2.2, 三、学生与家长服务 one tagged 1.2.1
    from analyzer.ingest.blocks import RawDocument
    from analyzer.text.plain import blocks_from_plain_text
    from analyzer.text.segment import build_document

    body = "学校每学期召开一次专题会，研究办学中的问题并形成改进清单。"
    text = "\n\n".join(
        [
            "# 示例学校自评报告",
            "## 一、办学理念与领导班子",
            "### （一）我们为谁办学（对应标准1.1.1）",
            body,
            "## 二、集团治理与依法办学",
            "### （一）举办者、董事会与校长室各管什么【条款1.2.2】",
            body,
            "## 三、学生与家长服务",
            "### （一）先找到更好的学校——对应1.2.1",
            body,
            "### （二）听懂家长和孩子要什么（对应标准2.1.1）",
            body,
        ]
    )
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True))))
    got = clauses(doc, align_sections(doc, std("shenzhen-service-2019")))
    assert got["举办者、董事会与校长室各管什么"] == "1.2.2"
    assert got["先找到更好的学校"] == "1.2.1"
    assert got["听懂家长和孩子要什么"] == "2.1.1"


def test_a_tagged_heading_one_level_deeper_than_its_outline_keeps_its_tag() -> None:
    # 一、 holds the school's own （一）（二）: （一） is tagged 1.1.1 (a leaf, one level below the
    # items a chapter's children would be). Its text answers 1.1 over 1.2, as any 1.1.1 text does;
    # that, with the order bonus of 1.1 → 1.2, must not outvote the author's own tag.
    from analyzer.ingest.blocks import RawDocument
    from analyzer.mapping.body import BodyEvidence
    from analyzer.text.plain import blocks_from_plain_text
    from analyzer.text.segment import build_document

    body = "学校每学期召开一次专题会，研究办学中的问题并形成改进清单。"
    text = "\n\n".join(
        [
            "# 示例学校自评报告",
            "## 一、办学理念与领导班子",
            "### （一）我们为谁办学（对应标准1.1.1）",
            body,
            "### （二）校长室的日常：把理念带进每间教室",
            body,
        ]
    )
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True))))
    tagged = next(s for s in doc.sections if s.title.startswith("我们为谁办学"))
    evidence = BodyEvidence("shenzhen-service-2019", scores={tagged.id: {"1.1": 0.85, "1.1.1": 0.1}})
    got = clauses(doc, align_sections(doc, std("shenzhen-service-2019"), evidence))
    assert got[tagged.title] == "1.1.1"


def test_a_partner_title_names_the_stakeholder_clause_past_a_missing_one() -> None:
    # 合作伙伴 is the standard's 相关方 (synonyms.yaml): with 4.5 基础设施 left out, （五）与合作伙伴共成长
    # is 4.6 相关方关系, not the 4.5 its ordinal names
    from analyzer.mapping.body import BodyEvidence

    lines = [
        (1, "四、资源"),
        (2, "（一）人力资源"),
        (2, "（二）财务资源"),
        (2, "（三）信息和知识资源"),
        (2, "（四）技术资源"),
        (2, "（五）与合作伙伴共成长"),
    ]
    doc = build(lines)
    got = clauses(doc, align_sections(doc, std("beijing-2020"), BodyEvidence("beijing-2020")))
    assert got["与合作伙伴共成长"] == "4.6"
