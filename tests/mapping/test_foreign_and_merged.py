"""GB/T 19580-2012 numbering laid over another standard's structure, and merged headings (issue 12 §B).

Titles and numbers only (no body text): the structure and the crosswalk decide.
"""

from __future__ import annotations

from analyzer.mapping import align_sections
from analyzer.standards import load_standard
from analyzer.standards.crosswalk import numbering_schemes
from tests.mapping.test_align import build, by_line

# Shenzhen service's three levels numbered with GB/T items, as an applicant reusing a national-award
# report does: a GB/T item (4.1.2 → 1.1.1 and 1.1.2) is used as a category with items below it.
SZS_GBT = [
    (1, "P 组织概述"),
    (1, "4.1 领导"),
    (2, "4.1.2 高层领导的作用"),
    (3, "4.1.2 高层领导的作用"),
    (3, "4.4.2 人力资源"),
    (2, "4.2 战略"),
    (3, "4.2.2 战略制定"),
    (1, "4.5 过程管理"),
    (2, "4.5.3 过程的实施与改进"),
    (3, "4.6.2 测量、分析和评价"),
    (1, "4.7 结果"),
    (2, "4.7.7 领导方面的结果"),
    (3, "4.7.7 领导方面的结果"),
    (3, "4.7.4 财务结果"),
]


def test_a_gbt_item_with_gbt_items_below_it_stands_for_their_common_clause() -> None:
    doc = build(SZS_GBT)
    got = by_line(doc, align_sections(doc, load_standard("shenzhen-service-2019")), SZS_GBT)
    assert got["4.1 领导"] == "1"
    assert got["4.4.2 人力资源"] == "1.1.2"
    assert got["4.2 战略"] == "1.2"  # 4.2 alone is the leaf 1.2.1; with its items below it, 1.2
    assert got["4.5.3 过程的实施与改进"] == "2.2"  # 4.5.3 alone is the leaf 2.2.2
    assert got["4.6.2 测量、分析和评价"] == "2.2.1"
    assert got["4.7.4 财务结果"] == "3.1.2"


def test_the_parent_of_two_identically_numbered_headings_is_not_a_leaf() -> None:
    doc = build(SZS_GBT)
    alignment = align_sections(doc, load_standard("shenzhen-service-2019"))
    # doc.sections[0] is the title; SZS_GBT[2] is the outer 4.1.2, SZS_GBT[3] the inner one
    assert [alignment.clause_of(doc.sections[k].id) for k in (3, 4, 5)] == ["1.1", "1.1.1", "1.1.2"]


def test_a_gbt_chapter_without_counterpart_whose_items_fall_in_one_chapter_stands_for_it() -> None:
    # 4.4 资源 has no Wuhan counterpart, but 员工契合 (5.5) holds most of what this applicant put under it.
    lines = [
        (1, "P 组织概述"),
        (1, "4.1 领导"),
        (2, "4.1.2 高层领导的作用"),
        (1, "4.3 顾客与市场"),
        (2, "4.3.2 顾客和市场的了解"),
        (1, "4.4 资源"),
        (2, "4.4.2 人力资源"),
        (2, "4.4.4 信息和知识资源"),
        (2, "4.7.5 资源结果"),
    ]
    doc = build(lines)
    got = by_line(doc, align_sections(doc, load_standard("wuhan-manufacturing-2022")), lines)
    assert got["4.4 资源"] in ("5.5", "5.6")
    assert got["4.7.5 资源结果"] == got["4.4 资源"] + ".4"


def test_category_targets_are_the_deepest_common_clause() -> None:
    gbt = next(s for s in numbering_schemes() if s.id == "gbt19580-2012")
    szs = load_standard("shenzhen-service-2019")
    assert gbt.targets("4.1", szs) == ("1",)
    assert gbt.targets("4.2", szs) == ("1.2",)  # 4.2.2 → 1.2.1, 4.2.3 → 1.2.1/1.2.2: 1.2, not 1
    assert gbt.targets("4.7", szs) == ("3",)


MERGED = [
    (1, "第一部分 高标准定位"),
    (2, "（一）领导力"),
    (3, "1. 确定方向及2. 团队建设"),
    (2, "（二）规划定位"),
    (3, "1. 对标定位"),
    (3, "2. 保障机制"),
]


def test_a_merged_heading_answers_both_clauses_it_names() -> None:
    doc = build(MERGED)
    alignment = align_sections(doc, load_standard("shenzhen-service-2019"))
    merged = doc.sections[3]
    a = alignment.of(merged.id)
    assert a.clause == "1.1.1" and a.also == ("1.1.2",)
    assert alignment.of(doc.sections[5].id).also == ()


def test_a_merged_heading_aligned_by_its_second_part_names_the_first() -> None:
    lines = [(1, "5.6 创新驱动"), (2, "创新体系和创新实践"), (2, "创新成果")]
    doc = build(lines)
    alignment = align_sections(doc, load_standard("wuhan-manufacturing-2022"))
    a = alignment.of(doc.sections[2].id)
    assert {a.clause, *a.also} == {"5.6.2", "5.6.3"}


def test_a_joiner_inside_a_clause_title_cuts_nothing_off() -> None:
    lines = [(1, "5 过程管理"), (2, "5.1 过程的识别与设计"), (2, "5.2 过程的实施与改进")]
    doc = build(lines)
    alignment = align_sections(doc, load_standard("beijing-2020"))
    assert [alignment.of(s.id).also for s in doc.sections[1:]] == [(), (), ()]


def test_a_process_heading_does_not_name_a_result_clause() -> None:
    # "…与以人为本的结果": the words of the results item, but an approach heading answers no result
    lines = [(1, "4 以人为本"), (2, "4.1 人力资源管理与以人为本的结果"), (2, "4.2 人力资源开发")]
    doc = build(lines)
    alignment = align_sections(doc, load_standard("shenzhen-economic-2019"))
    got = [(alignment.of(s.id).clause, alignment.of(s.id).also) for s in doc.sections]
    assert got[-2:] == [("4.1", ()), ("4.2", ())]


def test_a_second_part_that_resembles_the_first_clause_still_names_its_own_sibling() -> None:
    # 人力资源开发 shares 人力资源 with 人力资源管理 but is 4.2's very title
    lines = [(1, "4 以人为本"), (2, "4.1 人力资源管理和人力资源开发"), (2, "4.3 以人为本的结果")]
    doc = build(lines)
    alignment = align_sections(doc, load_standard("shenzhen-economic-2019"))
    got = [(alignment.of(s.id).clause, alignment.of(s.id).also) for s in doc.sections]
    assert got[-2:] == [("4.1", ("4.2",)), ("4.3", ())]


# A Beijing-award report reused for the Wuhan award: Beijing's numbers and titles, Wuhan's clauses.
BJ_FOR_WUHAN = [
    (1, "0 组织概述"),
    (2, "0.1 组织描述"),
    (2, "0.2 组织面临的挑战"),
    (1, "1 领导"),
    (2, "1.1 高层领导的作用"),
    (2, "1.2 组织治理"),
    (2, "1.3 社会责任"),
    (1, "2 战略"),
    (2, "2.1 战略制定"),
    (2, "2.2 战略部署"),
    (1, "3 顾客与市场"),
    (2, "3.1 顾客和市场的了解"),
    (2, "3.2 顾客关系和顾客满意"),
    (1, "4 资源"),
    (2, "4.1 人力资源"),
    (2, "4.3 信息和知识资源"),
    (1, "5 过程管理"),
    (2, "5.1 过程的识别与设计"),
    (2, "5.2 过程的实施与改进"),
    (1, "6 测量、分析与改进"),
    (2, "6.1 测量、分析和评价"),
    (2, "6.2 改进与创新"),
    (1, "7 结果"),
    (2, "7.1 产品和服务结果"),
    (2, "7.3 财务结果"),
    (2, "7.6 领导方面的结果"),
]


def _also(doc, alignment, lines, line):  # type: ignore[no-untyped-def]
    sections = dict(zip((text for _, text in lines), doc.sections[1:], strict=True))
    return next(a.also for a in alignment.sections if a.section == sections[line].id)


def test_a_scheme_heading_whose_row_names_several_clauses_lets_content_choose_among_the_free_ones() -> None:
    doc = build(BJ_FOR_WUHAN)
    alignment = align_sections(doc, load_standard("wuhan-service-2022"))
    got = by_line(doc, alignment, BJ_FOR_WUHAN)
    # Beijing 4.1 人力资源 is Wuhan 5.5.2 员工管理 and 5.5.3 员工赋能; no heading answers 5.5.3
    assert got["4.1 人力资源"] == "5.5.2"
    assert _also(doc, alignment, BJ_FOR_WUHAN, "4.1 人力资源") == ("5.5.3",)
    # 6.2 改进与创新 spans both innovation clauses; 4.3 信息和知识资源 already answers 5.6.3
    assert _also(doc, alignment, BJ_FOR_WUHAN, "6.2 改进与创新") == ("5.6.2",)


def test_a_clause_another_scheme_heading_answers_is_not_offered_again() -> None:
    # 6.1 测量、分析和评价 stands for Wuhan 5.3.3 (c 战略评估) and 5.7.2 (d 运营改进); 2.2 战略部署 is
    # 5.3.3's heading, so content cannot pull paragraphs there from 6.1 (two headings' rows doing so
    # took every paragraph from one of them: a false missing clause)
    doc = build(BJ_FOR_WUHAN)
    alignment = align_sections(doc, load_standard("wuhan-service-2022"))
    got = by_line(doc, alignment, BJ_FOR_WUHAN)
    assert (got["2.2 战略部署"], got["6.1 测量、分析和评价"]) == ("5.3.3", "5.7.2")
    assert _also(doc, alignment, BJ_FOR_WUHAN, "6.1 测量、分析和评价") == ()
