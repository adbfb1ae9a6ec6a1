"""Heading recognition (style, number, title, confidence) and level inference."""

from __future__ import annotations

import pytest

from analyzer.text.headings import HEADING_THRESHOLD, is_caption, recognize
from analyzer.text.levels import HeadingInfo, assign_levels, format_levels_agree


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("第一部分 领导", "part", "第一部分", "领导"),
        ("第一部分：领导", "part", "第一部分", "领导"),  # a colon or 、 after a chapter number
        ("第二章、战略", "chapter", "第二章", "战略"),
        ("▌2.2 战略实施", "decimal-2", "2.2", "战略实施"),  # a decoration mark before the number
        ("■ 3.1 顾客需求", "decimal-2", "3.1", "顾客需求"),
        ("第一章 总则", "chapter", "第一章", "总则"),
        ("第1章 总则", "chapter", "第1章", "总则"),
        ("第二节 战略部署", "section", "第二节", "战略部署"),
        ("一、领导", "cn", "一", "领导"),
        ("十二、结语", "cn", "十二", "结语"),
        ("（一）领导力", "cn-paren", "(一)", "领导力"),
        ("(一) 领导力", "cn-paren", "(一)", "领导力"),
        ("1. 确定方向", "decimal-1", "1", "确定方向"),
        ("1．确定方向", "decimal-1", "1", "确定方向"),
        ("1 领导", "decimal-1", "1", "领导"),
        ("1、确定方向", "num-dun", "1", "确定方向"),
        ("1.1 文化引领", "decimal-2", "1.1", "文化引领"),
        ("1.1文化引领", "decimal-2", "1.1", "文化引领"),
        ("1.1.1 确定方向", "decimal-3", "1.1.1", "确定方向"),
        ("5.2.3 有效治理", "decimal-3", "5.2.3", "有效治理"),
        ("１．２ 顾客满意", "decimal-2", "1.2", "顾客满意"),
        ("5. 2. 1 概述", "decimal-3", "5.2.1", "概述"),
        ("4.1. 人力资源", "decimal-2", "4.1", "人力资源"),
        # hyphens instead of dots (as in 表2-1), full-width too
        ("2-1　引领发展", "decimal-2", "2.1", "引领发展"),
        ("３－２ 把规划落到每个班组", "decimal-2", "3.2", "把规划落到每个班组"),
        ("5-2-1 员工培训", "decimal-3", "5.2.1", "员工培训"),
        ("（1）文化建设", "paren-num", "(1)", "文化建设"),
        ("(1) 文化建设", "paren-num", "(1)", "文化建设"),
        ("（１）文化建设", "paren-num", "(1)", "文化建设"),
        ("1）组织文化", "num-paren", "1)", "组织文化"),
        ("①领导作用", "circled", "①", "领导作用"),
        ("a. 引领发展", "alpha", "a", "引领发展"),
        ("a) 引领发展", "alpha", "a", "引领发展"),
        ("c）d）可持续发展与契合时代", "alpha", "c", "可持续发展与契合时代"),  # two points run together
        # the question an item answers, written as its title
        ("1.1　高层领导怎样为企业定方向、带队伍？", "decimal-2", "1.1", "高层领导怎样为企业定方向、带队伍？"),
        ("4.2 钱从哪里来、花在哪里、风险怎么防？", "decimal-2", "4.2", "钱从哪里来、花在哪里、风险怎么防？"),
        ("【领导力】", "bracket", None, "领导力"),
        ("【一、方向与定位】", "cn", "一", "方向与定位"),
        ("【1.1 领导力】", "decimal-2", "1.1", "领导力"),
        ("组织简介", "plain", None, "组织简介"),
        ("2. 顾客/公众满意", "decimal-1", "2", "顾客/公众满意"),
        # the clause the heading answers, named in brackets before or after its own title
        ("把客户的声音带回来（对应5.4.2）", "decimal-3", "5.4.2", "把客户的声音带回来"),
        ("财务资源 (评价条款 4.2)", "decimal-2", "4.2", "财务资源"),
        ("我们怎样留住好员工？（对应１．２．３）", "decimal-3", "1.2.3", "我们怎样留住好员工？"),
        ("【3.1】顾客需求的了解", "decimal-2", "3.1", "顾客需求的了解"),
        ("治理：把规矩讲在前面（对应5.2.3）", "decimal-3", "5.2.3", "治理：把规矩讲在前面"),
        ("【守住质量的底线（对应5.7.3）】", "decimal-3", "5.7.3", "守住质量的底线"),
        # behind an ordinal too: the clause it names says more than its place among its siblings
        ("二、治理：把规矩讲在前面（对应5.2.3）", "decimal-3", "5.2.3", "治理：把规矩讲在前面"),
        ("（一）我们怎样定下五年的路？（对应5.3.2）", "decimal-3", "5.3.2", "我们怎样定下五年的路？"),
        ("三、【5.6.3】新点子怎样变成新服务？", "decimal-3", "5.6.3", "新点子怎样变成新服务？"),
        # a points note is no part of the title, and its figures do not make the line data
        ("2.1 公司治理与风险防控（满分60分，自评47分）", "decimal-2", "2.1", "公司治理与风险防控"),
        ("2 领导作用（180分）", "decimal-1", "2", "领导作用"),
        ("（二）有效治理【自评得分：47分】", "cn-paren", "(二)", "有效治理"),
        ("领导作用（180分）", "plain", None, "领导作用"),
        # the same heading again on the next slide or page
        ("1.1.1 确定方向（续）", "decimal-3", "1.1.1", "确定方向"),
        ("1.1.1 确定方向（续二）", "decimal-3", "1.1.1", "确定方向"),
        ("二、战略(续2)", "cn", "二", "战略"),
        ("【顾客满意（接上页）】", "bracket", None, "顾客满意"),
        ("【领导作用】（180分）", "bracket", None, "领导作用"),
        # a figure glued to a letter is a word of the title, not a second number part
        ("4. 8D与持续改进", "decimal-1", "4", "8D与持续改进"),
        # a short title, a dash, and the requirement it restates
        (
            "3.1 战略制定——公司怎样研判内外部环境、确定中长期目标并形成年度计划",
            "decimal-2",
            "3.1",
            "战略制定——公司怎样研判内外部环境、确定中长期目标并形成年度计划",
        ),
        # marks an online document puts before a heading, and ｜ between number and title
        ("📌 1.1 文化引领", "decimal-2", "1.1", "文化引领"),
        ("🧭 第一篇｜领导", "part", "第一篇", "领导"),
        ("⚙️ 第六篇｜高质量的运营", "part", "第六篇", "高质量的运营"),
        ("1.3｜领导的结果", "decimal-2", "1.3", "领导的结果"),
        ("✅ 组织治理与社会责任", "bullet", None, "组织治理与社会责任"),
        # a web editor's heading bar: a heading whatever its words, a question included
        ("▍我们在什么样的赛道上", "bar", None, "我们在什么样的赛道上"),
        ("▍ 规矩和底线，怎么守住？", "bar", None, "规矩和底线，怎么守住？"),
        ("▍1.1 领导力", "decimal-2", "1.1", "领导力"),
        # parts a web article numbers 00, 01, 02: the number is its value
        ("01 | 高标准定位", "decimal-1", "1", "高标准定位"),
        ("00 | 先认识一下琀芗", "decimal-1", "0", "先认识一下琀芗"),
    ],
)
def test_heading_styles(line: str, style: str, number: str | None, title: str) -> None:
    m = recognize(line)
    assert m is not None
    assert (m.style, m.number, m.title) == (style, number, title)
    assert m.confidence >= HEADING_THRESHOLD


@pytest.mark.parametrize(
    "line",
    [
        # lead-ins at paragraph starts (dev reports): numbered, but a sentence follows
        "（1）文化体系的建立与迭代。公司自2009年成立以来，逐步形成了工程师文化。",
        "1）组织文化。公司使命是“让每一颗心脏都被温柔以待”。",
        "一是建立季度经营分析会制度，二是推行月度滚动预测。",
        # short sentences and lines ending like a sentence or a lead-in
        "围绕“让数据多跑路、群众少跑腿”，中心近三年重点推进了四个方面的创新实施。",
        "主要做法如下：",
        "质量是制动器企业的生命线。",
        # data lines, not titles
        "2023年营业收入38.6亿元",
        # a year range and a span of months are no hyphenated numbers
        "2021-2023年营业收入稳步增长",
        # a question followed by its answer, or a question about a figure, is a sentence
        "1.1 公司如何开展工作？具体做法如下。",
        "1. 2023年营业收入为什么下降？",
        "1-2月份话务量同比增长",
        "3-5 人组成攻关小组",  # a span and a measure word
        "营业收入（2023）",  # a year in brackets names no clause
        "毛利率提高（3.5%）",
        "12.5%",
        # a bare number (page number, list marker alone)
        "12",
        "一、",
        # over-long unnumbered line
        "公司以客户需求为导向建立覆盖研发生产交付服务全过程的质量管理体系并持续改进优化提升运营效率",
    ],
)
def test_not_headings(line: str) -> None:
    m = recognize(line)
    assert m is None or m.confidence < HEADING_THRESHOLD


@pytest.mark.parametrize(
    "line", ["表6-1 质量水平指标", "表3-3a 三级政务服务体系服务水平（2023年）", "图3 组织结构图", "表1 主要经营数据"]
)
def test_captions_are_never_headings(line: str) -> None:
    assert is_caption(line)
    assert recognize(line) is None


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("评价条款：2.1 战略制定", "decimal-2", "2.1", "战略制定"),
        ("评价条款：财务资源", "plain", None, "财务资源"),
        ("评价条款：2.2", "decimal-2", "2.2", ""),
        ("填报项：组织面临的挑战", "plain", None, "组织面临的挑战"),
        ("评分项目：（三）创新实践", "cn-paren", "(三)", "创新实践"),
    ],
)
def test_a_field_label_announces_a_heading(line: str, style: str, number: str | None, title: str) -> None:
    # a report copied out of an online submission form writes its item headings after a label
    m = recognize(line)
    assert m is not None and (m.style, m.number, m.title) == (style, number, title)
    assert m.confidence >= HEADING_THRESHOLD
    assert line[m.number_end :].strip() == title  # the label and the number come before the title


@pytest.mark.parametrize(
    "line",
    [
        "自评要点：本条填写战略制定的过程",
        "实施情况：公司将规划分解到年度计划，按季度检查",
        "评价条款：公司建立了制度，并且每年检查",
    ],
)
def test_fields_of_the_body_and_sentences_after_a_label_are_no_headings(line: str) -> None:
    m = recognize(line)
    assert m is None or m.confidence < HEADING_THRESHOLD


def test_multilevel_decimal_is_surer_than_a_single_number() -> None:
    a, b = recognize("1.1.1 确定方向"), recognize("1. 确定方向")
    assert a is not None and b is not None
    assert a.confidence > b.confidence


def _levels(*styles: str) -> list[int]:
    return assign_levels([HeadingInfo(style=s) for s in styles])


def test_levels_follow_first_appearance_and_restart() -> None:
    # 一、 > （一） > 1. > （1）, with "1." restarting under every （一）
    assert _levels("cn", "cn-paren", "decimal-1", "decimal-1", "paren-num", "cn-paren", "decimal-1", "cn") == [
        1,
        2,
        3,
        3,
        4,
        2,
        3,
        1,
    ]


def test_grammar_ranks_styles_not_first_appearance() -> None:
    # a profile uses （一） before the first 第一篇: （一） must not become the top level (d1's layout)
    assert _levels("plain", "cn-paren", "cn-paren", "part", "cn", "cn", "cn-paren", "part", "cn") == [
        1,
        2,
        2,
        1,
        2,
        2,
        3,
        1,
        2,
    ]
    # the old order-of-first-appearance rule made （一） the top level and nested 第一篇 under it
    assert _levels("cn-paren", "cn", "cn", "cn-paren") == [1, 1, 1, 2]


def test_same_style_at_different_depths_nests_by_the_enclosing_heading() -> None:
    # （一） is level 2 under an unnumbered profile title and level 3 under 三、
    infos = [
        HeadingInfo("plain", is_parent_shaped=True),
        HeadingInfo("cn-paren", ordinal=1),
        HeadingInfo("part", ordinal=1, is_parent_shaped=True),
        HeadingInfo("cn", ordinal=1),
        HeadingInfo("cn-paren", ordinal=1),
        HeadingInfo("cn", ordinal=2),
    ]
    assert assign_levels(infos) == [1, 2, 1, 2, 3, 2]


def test_decimals_against_ordinal_styles_follow_the_document() -> None:
    # "1." restarting under every 1.1 is a list below it …
    below = [
        HeadingInfo("decimal-2", number="1.1"),
        HeadingInfo("decimal-1", number="1", ordinal=1),
        HeadingInfo("decimal-1", number="2", ordinal=2),
        HeadingInfo("decimal-2", number="1.2"),
        HeadingInfo("decimal-1", number="1", ordinal=1),
    ]
    assert assign_levels(below) == [1, 2, 2, 1, 2]
    # … while "1 领导" followed by 1.1 is the chapter of 1.1, and 2.1 is not nested under 1 when the
    # report has a 2 (4.7.7 inside chapter 4.1 with no 4.7 anywhere stays where the text puts it)
    above = [
        HeadingInfo("decimal-1", number="1", ordinal=1),
        HeadingInfo("decimal-2", number="1.1"),
        HeadingInfo("decimal-2", number="1.2"),
        HeadingInfo("decimal-2", number="2.1"),
        HeadingInfo("decimal-1", number="2", ordinal=2),
    ]
    assert assign_levels(above) == [1, 2, 2, 1, 1]
    placed = [
        HeadingInfo("decimal-2", number="4.1"),
        HeadingInfo("decimal-3", number="4.1.1"),
        HeadingInfo("decimal-3", number="4.7.7"),
        HeadingInfo("decimal-2", number="4.2"),
    ]
    assert assign_levels(placed) == [1, 2, 2, 1]
    # results first: after 3.3.2, a 1 right above its 1.1 opens chapter 1 (not a list item of 3.3.2)
    reordered = [
        HeadingInfo("decimal-1", number="3", ordinal=3),
        HeadingInfo("decimal-2", number="3.3"),
        HeadingInfo("decimal-3", number="3.3.2"),
        HeadingInfo("decimal-1", number="1", ordinal=1),
        HeadingInfo("decimal-2", number="1.1"),
        HeadingInfo("decimal-3", number="1.1.1"),
    ]
    assert assign_levels(reordered) == [1, 2, 3, 1, 2, 3]
    # 第二章 → 2.1: chapter-like styles sit above decimals; （一） restarting under 4.1 sits below it
    mixed = [
        HeadingInfo("chapter", number="第二章", ordinal=2),
        HeadingInfo("decimal-2", number="2.1"),
        HeadingInfo("cn-paren", number="(一)", ordinal=1),
        HeadingInfo("cn-paren", number="(二)", ordinal=2),
        HeadingInfo("decimal-2", number="2.2"),
        HeadingInfo("cn-paren", number="(一)", ordinal=1),
        HeadingInfo("chapter", number="第三章", ordinal=3),
    ]
    assert assign_levels(mixed) == [1, 2, 3, 3, 2, 3, 1]


def test_a_lone_first_part_is_not_the_parent_of_every_chapter() -> None:
    # 第一部分 组织环境 (its own text), then 一、…六、 with no 第二部分: the chapters are its siblings
    infos = [HeadingInfo("part", ordinal=1), *(HeadingInfo("cn", ordinal=k) for k in range(1, 4))]
    assert assign_levels(infos) == [1, 1, 1, 1]
    # with a 第二部分 (or when 第一部分 is a container right above 一、) the parts contain the chapters
    infos = [
        HeadingInfo("part", ordinal=1, is_parent_shaped=True),
        HeadingInfo("cn", ordinal=1),
        HeadingInfo("part", ordinal=2, is_parent_shaped=True),
        HeadingInfo("cn", ordinal=1),
    ]
    assert assign_levels(infos) == [1, 2, 1, 2]


def test_an_unnumbered_leaf_after_a_numbered_run_closes_the_run() -> None:
    # 第一章 / 1. 文化建设 / 2. 公司治理 / 领导与治理成效 / 第二章: the results title is the run's last item
    infos = [
        HeadingInfo("chapter", ordinal=1, is_parent_shaped=True),
        HeadingInfo("decimal-1", number="1", ordinal=1),
        HeadingInfo("decimal-1", number="2", ordinal=2),
        HeadingInfo("plain"),
        HeadingInfo("chapter", ordinal=2, is_parent_shaped=True),
        HeadingInfo("decimal-1", number="1", ordinal=1),
        HeadingInfo("plain"),  # 开放创新, between 1. and 2.
        HeadingInfo("decimal-1", number="2", ordinal=2),
    ]
    assert assign_levels(infos) == [1, 2, 2, 2, 1, 2, 2, 2]


def test_decimal_depths() -> None:
    assert _levels("decimal-1", "decimal-2", "decimal-3", "decimal-2", "decimal-1") == [1, 2, 3, 2, 1]
    # "1.1" first, then "2" (no "1" was ever open): "2" sits one level above "1.1"
    assert _levels("decimal-2", "decimal-3", "decimal-1", "decimal-2") == [1, 2, 1, 2]


def test_document_title_and_unnumbered_profile_beside_numbered_chapters() -> None:
    infos = [
        HeadingInfo("plain", is_document_title=True),  # front matter: level 1, parent of nothing
        HeadingInfo("plain", is_parent_shaped=True),  # 组织简介
        HeadingInfo("cn", ordinal=1),  # 一、
        HeadingInfo("cn-paren", ordinal=1),
        HeadingInfo("decimal-1", ordinal=1),
        HeadingInfo("cn", ordinal=2),
        HeadingInfo("plain"),  # 结语
    ]
    assert assign_levels(infos) == [1, 1, 1, 2, 3, 1, 1]


def test_unnumbered_titles_use_the_parent_shape() -> None:
    infos = [
        HeadingInfo("plain", is_document_title=True),
        HeadingInfo("plain"),  # 组织环境 (long body follows)
        HeadingInfo("plain", is_parent_shaped=True),  # 领导作用
        HeadingInfo("plain"),
        HeadingInfo("plain"),
        HeadingInfo("plain", is_parent_shaped=True),  # 战略发展
        HeadingInfo("plain"),
    ]
    assert assign_levels(infos) == [1, 1, 1, 2, 2, 1, 2]


def test_points_under_unnumbered_titles_nest_below_them() -> None:
    # 领导班子的担当 / 定方向、带队伍 / a）b） / 治理结构 / a.b. / 谋划未来 / 规划编制 / a）: the only numbering
    # is a point style, so it never becomes the top level; the titles' own shape decides their levels
    infos = [
        HeadingInfo("plain", is_document_title=True),
        HeadingInfo("plain", is_parent_shaped=True, is_parent_of_titles=True),  # 领导班子的担当
        HeadingInfo("plain", is_parent_shaped=True),  # 定方向、带队伍 (points follow)
        HeadingInfo("alpha", number="a", ordinal=None),
        HeadingInfo("alpha", number="b", ordinal=None),
        HeadingInfo("plain", is_parent_shaped=True),  # 治理结构与合规经营
        HeadingInfo("alpha", number="a", ordinal=None),
        HeadingInfo("plain", is_parent_shaped=True, is_parent_of_titles=True),  # 谋划未来
        HeadingInfo("plain", is_parent_shaped=True),  # 规划编制
        HeadingInfo("alpha", number="a", ordinal=None),
    ]
    assert assign_levels(infos) == [1, 1, 2, 3, 3, 2, 3, 1, 2, 3]


def test_circled_chapters_that_never_restart_are_not_points() -> None:
    # 组织概述 / ①领导 (主要做法 / 实施成效) / ②战略 (主要做法 / 实施成效): ①② are the chapters
    infos = [
        HeadingInfo("plain"),
        HeadingInfo("circled", number="①", ordinal=1),
        HeadingInfo("plain", is_template=True),
        HeadingInfo("plain", is_template=True),
        HeadingInfo("circled", number="②", ordinal=2),
        HeadingInfo("plain", is_template=True),
        HeadingInfo("plain", is_template=True),
    ]
    assert assign_levels(infos) == [1, 1, 2, 2, 1, 2, 2]


def test_format_levels_win() -> None:
    infos = [HeadingInfo("plain", style_level=1), HeadingInfo("decimal-1", style_level=2), HeadingInfo("paren-num")]
    # the pattern-only heading goes one level below the open formatted heading
    assert assign_levels(infos) == [1, 2, 3]


def _info(style: str, number: str, level: int | None) -> HeadingInfo:
    from analyzer.text.headings import ordinal_value

    return HeadingInfo(style, style_level=level, ordinal=ordinal_value(number), number=number)


_CATEGORIES = [("cn", "一"), ("cn-paren", "(一)"), ("cn-paren", "(二)"), ("cn", "二"), ("cn-paren", "(一)")]


def test_flat_format_levels_give_way_to_the_numbering() -> None:
    # every heading "##" in Markdown: the # marks say nothing, the grammar nests 一、 > （一）
    flat = [_info(s, n, 2) for s, n in _CATEGORIES]
    assert not format_levels_agree(flat)
    assert assign_levels(flat) == [1, 2, 2, 1, 2]


def test_format_levels_that_follow_the_numbering_still_win() -> None:
    nested = [_info(s, n, 1 if s == "cn" else 2) for s, n in _CATEGORIES]
    assert format_levels_agree(nested)
    # one odd mark is not enough to overrule the format
    one_off = [_info("cn", "一", 1), _info("cn-paren", "(一)", 2), _info("cn", "二", 1), _info("cn-paren", "(一)", 1)]
    assert format_levels_agree(one_off)
    assert assign_levels(one_off) == [1, 2, 1, 1]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("（一）我们为谁办学（对应标准1.1.1）", "1.1.1", "我们为谁办学"),
        ("（一）举办者、董事会与校长室各管什么【条款1.2.2】", "1.2.2", "举办者、董事会与校长室各管什么"),
        ("（一）先找到更好的学校——对应1.2.1", "1.2.1", "先找到更好的学校"),
        ("经费、校舍和安全：规划的底盘(1.2.2)", "1.2.2", "经费、校舍和安全：规划的底盘"),
        # two clauses of one item: the item, whose text then decides paragraph by paragraph
        ("（三）教育教学质量与家长满意（对应3.2.1、3.2.2）", "3.2", "教育教学质量与家长满意"),
    ],
)
def test_a_heading_tagged_with_the_clause_it_answers_takes_that_number(line: str, number: str, title: str) -> None:
    m = recognize(line)
    assert m is not None and (m.number, m.title) == (number, title)


@pytest.mark.parametrize("line", ["质量发展——对标先进", "营业收入（2021、2022）", "满意度（2023年）"])
def test_brackets_and_dashes_without_a_clause_number_tag_nothing(line: str) -> None:
    m = recognize(line)
    assert m is None or m.number is None


@pytest.mark.parametrize(
    ("line", "number"),
    [("2.1", "2.1"), ("2.1．", "2.1"), ("【2.2】", "2.2"), ("〔2.3〕", "2.3"), ("▌3.1", "3.1"), ("0.1", "0.1"),
     ("（1.2）", "1.2"), ("5.2.1", "5.2.1"), ("１．２", "1.2")],
)
def test_a_number_alone_is_a_heading_only_if_the_document_says_so(line: str, number: str) -> None:
    from analyzer.text.headings import BARE_NUMBER, bare_number

    m = recognize(line)
    assert m is not None and (m.number, m.title, m.confidence) == (number, "", BARE_NUMBER)
    assert bare_number(line) == m
    assert BARE_NUMBER < HEADING_THRESHOLD  # alone, it stays a paragraph


@pytest.mark.parametrize("line", ["1.0", "2.50", "12.05", "【1.2〕", "1.2%", "3.5亿元"])
def test_values_are_not_bare_heading_numbers(line: str) -> None:
    from analyzer.text.headings import bare_number

    assert bare_number(line) is None


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("【1.1】公司每年召开战略务虚会。", ("1.1",)),
        ("（1.2）董事会下设审计委员会。", ("1.2",)),
        ("(1.2) 投入有保障。", ("1.2",)),
        ("〔3.2〕客户投诉两小时内响应。", ("3.2",)),
        ("[2.1] 战略规划每三年编制一次。", ("2.1",)),
        ("条款2.2——规划也跟着调整。", ("2.2",)),
        ("5.2：知识怎么管。", ("5.2",)),
        ("【2.2/2.3】监测要看得见。", ("2.2", "2.3")),
        ("〔6.1、6.2〕运营系统。", ("6.1", "6.2")),
        # a number without a colon, dash or brackets is the report's own list; years and ordinals are no tags
        ("1.1 我们的做法是先立规矩。", ()),
        ("2021年营业收入18.6亿元。", ()),
        ("（一）建立制度。", ()),
        ("3.5%的员工参加了培训。", ()),
    ],
)
def test_a_paragraph_s_opening_clause_tag(text: str, tags: tuple[str, ...]) -> None:
    from analyzer.text.headings import opening_clause_tags

    assert opening_clause_tags(text) == tags


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("班子每月两次到港区现场办公。（对应条款1.2.1）", ("1.2.1",)),
        ("合作方每年评级一次。【2.1.2】", ("2.1.2",)),
        ("新办法先在蛇口试点。——对应标准2.3.2", ("2.3.2",)),
        ("审单规则每季度复盘。(2.2.2)", ("2.2.2",)),
        ("作业规范由联席会审定。〔条款2.1.2〕", ("2.1.2",)),
        ("队伍和制度一起抓。(1.1.2、1.1.3)", ("1.1.2", "1.1.3")),
        ("投诉两小时内响应（对应3.2.1）。", ("3.2.1",)),
        # figures, years and captions at the end are no tags; nor is a clause named inside the text
        ("单证差错率降至(0.12)", ("0.12",)),
        ("公司获评海关高级认证企业（2021.3）", ()),
        ("数据见表3-1（续）", ()),
        ("按条款1.2.1的要求，公司建立了规划体系。", ()),
    ],
)
def test_a_paragraph_s_closing_clause_tag(text: str, tags: tuple[str, ...]) -> None:
    """The same statement as an opening tag, written after the text; the clause ids are checked
    against the standard where the tags are used (0.12 names no clause)."""
    from analyzer.text.headings import closing_clause_tags

    assert closing_clause_tags(text) == tags


@pytest.mark.parametrize("line", ["┃ 指标 ┃ 2021年 ┃ 2022年 ┃", "▍ 99.5%", "▌2021年 2022年 2023年"])
def test_a_heading_bar_before_figures_or_a_drawn_table_row_is_no_bar_heading(line: str) -> None:
    # ┃ draws a table's cell edges; a bar before figures marks no title
    m = recognize(line)
    assert m is None or m.style != "bar"


@pytest.mark.parametrize(
    "line",
    [
        "5.2.2 引领发展：高层领导如何看清发展环境、确立并传递使命愿景和价值观，如何以身作则推动组织持续发展",
        "5.3.2 战略制定（公司如何分析内外部环境、确定战略目标并形成中长期规划和年度计划）",
        "5.2.3 治理与风险防控——公司如何建立治理结构、明确决策权限、识别和防控经营风险并保障合规",
    ],
)
def test_an_item_number_and_its_requirement_restated_at_length_is_a_heading(line: str) -> None:
    m = recognize(line)
    assert m is not None and m.confidence >= HEADING_THRESHOLD and m.number == line.split()[0]


@pytest.mark.parametrize(
    "line",
    [
        "4.1 人力资源：公司现有员工706人，其中研发人员占三成，生产一线人员占四成，管理人员占一成",
        "1.1 公司建立了覆盖全部业务的质量管理体系，并通过了认证。",
        "1.组织文化：公司以诚信为本，坚持客户导向，把质量要求写进每个岗位的职责和考核里面去",
    ],
)
def test_long_numbered_lines_with_figures_sentences_or_a_point_number_stay_paragraphs(line: str) -> None:
    m = recognize(line)
    assert m is None or m.confidence < HEADING_THRESHOLD
