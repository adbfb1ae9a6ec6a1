"""Heading shapes of template-written reports: glossed titles, decimal outlines under a numbered
profile, repeated part titles (ADLI / LeTCI), compilation notes and score sheets."""

from __future__ import annotations

import pytest

from analyzer.ingest.blocks import RawDocument
from analyzer.model import Document
from analyzer.text.headings import recognize, template_key, template_titles
from analyzer.text.plain import blocks_from_plain_text
from analyzer.text.segment import build_document


def _doc(text: str) -> Document:
    return build_document(RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(text, False))))


def _tree(doc: Document) -> dict[str, tuple[int, str | None]]:
    """heading text → (level, parent's heading text); the last occurrence wins for repeated titles."""
    by_id = {s.id: s for s in doc.sections}

    def text(sid: str | None) -> str | None:
        return None if sid is None else doc.text[by_id[sid].heading_span.start : by_id[sid].heading_span.end]

    return {text(s.id) or "": (s.level, text(s.parent)) for s in doc.sections}


@pytest.mark.parametrize(
    "line",
    [
        "1.1.1 确定方向：把“为病人着想”写进每一次决策",
        "一、从选题到上市：新品开发的全过程",
        "2. 回应行业变化，谋划长远布局",
        "（三）过程改进：小步快跑、持续优化",
        "【2.3 创新管理：让好点子落地】",
    ],
)
def test_a_numbered_title_made_of_short_phrases_is_a_heading(line: str) -> None:
    m = recognize(line)
    assert m is not None and m.number is not None and m.confidence >= 0.6


@pytest.mark.parametrize(
    "line",
    [
        "1. 营业收入：2021年18.6亿元",  # data after the colon: a list line
        "（1）文化体系的建立与迭代。公司每年修订一次文化手册",  # a lead-in sentence
        "1）组织文化，我们一直认为文化是企业能够长期发展的根本所在",  # a phrase too long for a title
        "2. 定方向，建班子，抓规划，育文化",  # four phrases: a list, not a title
        "确定方向：把为病人着想写进每一次决策",  # no number: a plain line keeps the strict rule
    ],
)
def test_a_sentence_or_a_data_line_with_a_number_is_no_heading(line: str) -> None:
    m = recognize(line)
    assert m is None or m.confidence < 0.6


def test_template_titles_repeat_under_different_items() -> None:
    titles = ["方法", "展开", "学习", "整合", None, "A 方法", "D 展开", None, "水平", "趋势", None]
    titles += ["水平", "趋势", "目标达成", None, "结语"]
    got = template_titles(titles)
    assert got == {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 13}  # 目标达成 follows 趋势; 结语 stands alone
    assert template_key("【方法】") == template_key("A 方法") == template_key("L　方法") == "方法"
    assert template_titles(["展开", "展开"]) == frozenset()  # twice in a row: no template
    # in a report without numbers the item after a run of parts owns the next run
    assert template_titles(["明确方向", "方法", "展开", "团队打造", "方法", "展开"]) == {1, 2, 4, 5}


ADLI = (
    "泓川口腔门诊连锁自评报告\n\n"
    "0 组织概述\n\n（一）机构概况\n\n泓川口腔成立于2012年，现有门诊部十四家。\n\n"
    "（二）竞争环境\n\n本地民营口腔机构超过三百家，竞争激烈。\n\n"
    "1 方向与担当：领导、战略与规划\n\n1.1 领导力\n\n"
    "1.1.1 确定方向：让每位病人安心\n\n（一）方法\n\n集团每年召开一次战略研讨会。\n\n"
    "（二）展开\n\n各门诊部主任把方向转成年度目标。\n\n"
    "1.1.2 团队建设\n\n（一）方法\n\n新任主任须完成领导力课程。\n\n（二）展开\n\n课程覆盖全部管理人员。\n\n"
    "2 运行：把诊疗做扎实\n\n2.1 运行体系\n\n2.1.1 服务设计\n\n"
    "A 方法\n\n服务设计从倾听病人开始。\n\nD 展开\n\n新服务先在两家门诊试点。\n\n"
    "2.1.2 体系建设\n\nA 方法\n\n体系文件每年评审一次。\n\nD 展开\n\n评审覆盖全部门诊部。\n\n"
    "自评得分汇总表\n\n各条款自评得分见下表，合计386分。\n"
)


def test_an_outline_under_a_numbered_profile_and_template_parts_below_each_item() -> None:
    tree = _tree(_doc(ADLI))
    # 0 组织概述 heads its own （一）（二）; "1 …" with 1.1, 1.1.1 below it is the next chapter, not
    # a child of the profile's （二）
    assert tree["（二）竞争环境"] == (2, "0 组织概述")
    assert tree["1 方向与担当：领导、战略与规划"] == (1, None)
    assert tree["1.1.1 确定方向：让每位病人安心"] == (3, "1.1 领导力")
    # numbered and unnumbered template parts sit below the item they belong to
    assert tree["（二）展开"] == (4, "1.1.2 团队建设")
    assert tree["D 展开"] == (4, "2.1.2 体系建设")
    assert tree["2.1.2 体系建设"] == (3, "2.1 运行体系")


def test_a_compilation_note_and_a_score_sheet_are_not_content() -> None:
    doc = _doc(
        "澄栎制药股份有限公司自评报告\n\n编制说明\n\n本报告由质量管理部牵头编写，数据截至2023年底。\n\n"
        "组织概述\n\n公司成立于2003年，主营化学仿制药。\n\n"
        "第一篇 领导\n\n一、引领发展\n\n公司确定了以质量立企的方向。\n\n"
        "自评得分汇总表\n\n各条目自评得分合计612分。\n"
    )
    front = {p.text[:6]: p.front_matter for p in doc.paragraphs if p.kind == "text"}
    assert front["本报告由质量"] and front["各条目自评得"]
    assert not front["公司成立于2"] and not front["公司确定了以"]


def test_items_marked_by_bullet_symbols_nest_below_the_numbered_categories() -> None:
    doc = _doc(
        "澜沚水务集团自评报告\n\n企业概况\n\n集团负责澄湾区的供水和排水。\n\n"
        "一、领导\n\n围绕“守护好水”的初心，班子把方向、管大局。\n\n"
        "■ 文化引领\n\n● 班子每年修订一次企业文化手册，并在全员大会上宣讲。\n\n"
        "● 新员工入职第一周完成文化培训；\n\n"
        "■ 组织治理\n\n● 董事会下设审计、薪酬和战略三个专门委员会。\n\n"
        "二、战略\n\n◆ 战略制定\n\n— 规划编制采用“上下结合”的方式。\n"
    )
    tree = _tree(doc)
    assert tree["■ 文化引领"] == (2, "一、领导") and tree["◆ 战略制定"] == (2, "二、战略")
    assert tree["二、战略"] == (1, None)
    # bullet points that read as sentences stay body text
    bodies = [p.text[:4] for p in doc.paragraphs if p.kind == "text"]
    assert "● 班子" in bodies and "● 新员" in bodies and "● 董事" in bodies


def test_a_chapter_after_a_profile_s_deep_decimals_is_no_child_of_them() -> None:
    tree = _tree(
        _doc(
            "泠川区医院自评报告\n\n第0章 医院概述\n\n0.1 组织概况\n\n0.1.1 基本情况\n\n医院开放床位900张。\n\n"
            "0.2 组织面临的挑战\n\n0.2.1 绩效改进系统\n\n医院每月召开质量分析会。\n\n"
            "第1章 领导\n\n1.1 高层领导的作用\n\n1.1.1 确定方向\n\n院党委每年研究一次发展方向。\n"
        )
    )
    assert tree["第1章领导"] == (1, None)  # (the normalized text drops the space after 第X章)
    assert tree["1.1.1 确定方向"] == (3, "1.1 高层领导的作用")


def test_unnumbered_titles_between_consecutive_numbers_are_sub_headings() -> None:
    tree = _tree(
        _doc(
            "泠川区医院自评报告\n\n1 领导\n\n1.1 高层领导的作用\n\n确定方向与培育文化\n\n"
            "院党委每年研究一次发展方向。\n\n"
            "患者安全与质量责任\n\n院长是医疗质量第一责任人。\n\n1.2 组织治理\n\n治理架构与议事规则\n\n"
            "医院实行党委领导下的院长负责制。\n\n领导班子考评\n\n班子每年述职述廉。\n\n1.3 社会责任\n\n"
            "公共卫生与应急救治\n\n医院承担区域120急救任务。\n\n公益支持\n\n医院每年开展义诊40场。\n\n"
            "2 战略\n\n2.1 战略制定\n\n规划编制的流程\n\n规划每五年编制一次。\n"
        )
    )
    # 1.1 → 1.2 leaves no number out: the titles in between are 1.1's parts, not items beside it
    assert tree["确定方向与培育文化"] == (3, "1.1 高层领导的作用")
    assert tree["患者安全与质量责任"] == (3, "1.1 高层领导的作用")
    assert tree["1.2 组织治理"] == (2, "1 领导")
    # the same habit after the last item of a run (1.3 … 2) and at the end of the document
    assert tree["公益支持"] == (3, "1.3 社会责任")
    assert tree["2 战略"] == (1, None)
    assert tree["规划编制的流程"] == (3, "2.1 战略制定")


def test_a_lone_unnumbered_title_between_two_items_stays_an_item() -> None:
    # one title between 1. and 2. is no habit: its author may have left that item unnumbered
    tree = _tree(
        _doc(
            "汐光银行自评报告\n\n第五章 创新驱动\n\n创新是本行立身的根本。\n\n1. 创新机制\n\n"
            "“科技立行”写入三年规划。\n\n"
            "开放创新\n\n本行与两所高校共建联合实验室。\n\n2. 创新成果\n\n2023年创新收入3,860万元。\n"
        )
    )
    assert tree["开放创新"][1] == "第五章 创新驱动"
    assert tree["2. 创新成果"] == tree["1. 创新机制"]


def test_an_unnumbered_chapter_title_before_its_items_is_no_sub_heading() -> None:
    tree = _tree(
        _doc(
            "澜沚水务集团自评报告\n\n领导\n\n1.1 高层领导的作用\n\n确定方向\n\n班子每年研究一次发展方向。\n\n"
            "依法经营\n\n集团建立合规审查制度。\n\n1.2 组织治理\n\n董事会下设三个专门委员会。\n\n"
            "战略\n\n2.1 战略制定\n\n规划编制采用“上下结合”的方式。\n"
        )
    )
    assert tree["确定方向"][1] == "1.1 高层领导的作用"
    # 战略 heads 2.1 (only a heading follows it): a chapter title, not a part of 1.2
    assert tree["战略"][1] is None


BODY = "集团围绕建设人民满意公交的目标，每年制定工作要点并逐项分解到部门，年底对照检查完成情况。" * 12
RUN_IN = (
    "深圳市澔汀公交集团有限公司自评报告\n\n"
    f"前言：为深入贯彻质量强市战略，集团对照评定标准开展了自我评价。{BODY}\n\n"
    f"单位概况\n\n集团成立于2004年，运营公交线路312条。{BODY}\n\n"
    f"一、高标准定位\n\n（一）强化领导引领。{BODY}\n\n1.确定方向。{BODY}\n\n{BODY}\n\n"
    f"2.锻造队伍：{BODY}\n\n（二）规划定位：{BODY}\n\n1.对标定位。{BODY}\n\n2.保障有力。{BODY}\n\n"
    f"二、运营服务提质增效\n\n（一）运行体系建设。{BODY}\n\n1.线网与服务设计。{BODY}\n\n{BODY}\n\n"
    f"2.体系建设。{BODY}\n"
)


def test_run_in_headings_carry_the_structure_of_a_report_without_item_headings() -> None:
    doc = _doc(RUN_IN)
    tree = _tree(doc)
    assert tree["（一）强化领导引领。"] == (2, "一、高标准定位")
    assert tree["1.确定方向。"] == (3, "（一）强化领导引领。")
    assert tree["2.锻造队伍："] == (3, "（一）强化领导引领。")
    assert tree["1.线网与服务设计。"] == (3, "（一）运行体系建设。")
    by_title = {s.title: s for s in doc.sections}
    assert by_title["确定方向"].number == "1" and by_title["规划定位"].number == "(二)"
    # the paragraphs stay paragraphs (and their text is counted once), inside their run-in section
    opening = next(p for p in doc.paragraphs if p.text.startswith("1.确定方向"))
    assert opening.kind == "text" and opening.section == by_title["确定方向"].id
    # a foreword run into its paragraph is front matter
    assert next(p for p in doc.paragraphs if p.text.startswith("前言：")).front_matter


def test_lead_ins_below_headings_of_their_own_stay_paragraphs() -> None:
    text = (
        "某公司自评报告\n\n一、领导\n\n（一）高层领导的作用\n\n"
        f"1）组织文化。{BODY}\n\n2）发展方向。{BODY}\n\n（二）组织治理\n\n1）治理结构。{BODY}\n\n2）内部控制。{BODY}\n\n"
        f"二、战略\n\n（一）战略制定\n\n1）分析环境。{BODY}\n"
    )
    doc = _doc(text)
    assert not any(s.title in ("组织文化", "治理结构", "分析环境") for s in doc.sections)


def test_run_in_headings_do_not_decide_where_the_document_s_own_headings_go() -> None:
    more = f"\n\n{BODY}\n\n"
    text = (
        f"某公交集团自评报告\n\nP 组织概述\n\n{BODY}\n\n4.1 领导\n\n（一）强化领导引领。{BODY}{more}"
        f"1.确定方向。{BODY}{more}2.锻造队伍。{BODY}{more}（二）规划定位：{BODY}{more}1.对标定位。{BODY}{more}"
        f"4.5 过程管理\n\n（一）运行体系建设。{BODY}{more}1.线网与服务设计。{BODY}{more}2.体系建设。{BODY}\n"
    )
    tree = _tree(_doc(text))
    # the run-in 1. 2. are no top style above 4.1: the profile title stands beside the chapters
    assert tree["4.1 领导"] == (1, None) and tree["4.5 过程管理"] == (1, None)
    assert tree["1.线网与服务设计。"] == (3, "（一）运行体系建设。")


WALLS = (
    "某厨具公司自评报告\n\n一、领导\n\n"
    f"（一）高层领导的作用。{BODY}\n\n{BODY}\n\n（二）管住权力、管住风险\n\n{BODY}\n\n（三）企业责任。{BODY}\n\n"
    f"二、战略\n\n（一）战略怎么定。{BODY}\n\n（二）把规划变成每年的活。{BODY}\n\n"
    f"三、顾客与市场\n\n（一）读懂后厨：顾客和市场\n\n{BODY}\n\n（二）顾客关系和顾客满意。{BODY}\n"
)


def test_run_ins_that_carry_on_the_numbering_of_their_headings_open_sections() -> None:
    # most item titles run into their walls of text, a few on lines of their own: one numbering
    tree = _tree(_doc(WALLS))
    assert tree["（一）高层领导的作用。"] == (2, "一、领导")
    assert tree["（三）企业责任。"] == (2, "一、领导")
    assert tree["（二）顾客关系和顾客满意。"] == (2, "三、顾客与市场")
    # a group written with run-ins only, under the same kind of heading, is read the same way
    assert tree["（二）把规划变成每年的活。"] == (2, "二、战略")


def test_points_that_restart_below_a_heading_of_their_own_style_stay_paragraphs() -> None:
    text = (
        "某公司自评报告\n\n一、领导\n\n（一）高层领导的作用\n\n"
        f"（一）确定方向。{BODY}\n\n（二）营造环境。{BODY}\n\n（二）组织治理\n\n（一）治理结构。{BODY}\n"
    )
    doc = _doc(text)
    assert not any(s.title in ("确定方向", "营造环境", "治理结构") for s in doc.sections)


SLOGANS = (
    "某公交集团自评报告\n\n单位简介：一辆车、一条线、一张网，我们与这座城一起成长。\n\n"
    f"（一）我们从哪里来，今天又是什么样子？\n\n{BODY}\n\n"
    f"一、高标准定位：坚持人民公交为人民。\n\n{BODY}\n\n"
    f"（一）领导力——以上率下，把方向、管大局、保落实。\n\n1.确定方向：我们为什么出发，又要去向哪里？\n\n{BODY}\n\n"
    f"2.带出一支“车轮上的铁军”。\n\n{BODY}\n\n"
    f"（二）规划定位——一张蓝图绘到底，规矩要立在前面！\n\n1.保障机制：权力有边界，资源有保障，风险有预案。\n\n{BODY}\n\n"
    f"二、高质量运行：让每一趟车都准时、安全、有温度！\n\n{BODY}\n"
)


def test_headings_written_as_slogans_that_close_with_a_full_stop_are_headings() -> None:
    tree = _tree(_doc(SLOGANS))
    assert tree["一、高标准定位：坚持人民公交为人民。"][0] == 1
    assert tree["（一）领导力——以上率下，把方向、管大局、保落实。"] == (2, "一、高标准定位：坚持人民公交为人民。")
    assert tree["2.带出一支“车轮上的铁军”。"][0] == 3
    assert tree["（二）规划定位——一张蓝图绘到底，规矩要立在前面！"][0] == 2
    assert tree["二、高质量运行：让每一趟车都准时、安全、有温度！"][0] == 1
    # the profile's slogan heads its numbered part
    profile = "单位简介：一辆车、一条线、一张网，我们与这座城一起成长。"
    assert tree["（一）我们从哪里来，今天又是什么样子？"][1] == profile


def test_a_list_of_short_numbered_sentences_stays_paragraphs() -> None:
    text = (
        "某公司自评报告\n\n一、领导\n\n（一）高层领导的作用\n\n公司确定了三项做法：\n\n"
        "1.坚持每月召开质量例会。\n\n2.坚持领导带队现场检查。\n\n3.坚持年度质量述职。\n\n"
        f"{BODY}\n\n4.坚持把质量写进考核。\n\n{BODY}\n\n5.坚持开放日。\n\n{BODY}\n\n6.坚持复盘。\n\n{BODY}\n"
    )
    doc = _doc(text)
    assert not any(s.title.startswith("坚持") for s in doc.sections)


def test_points_numbered_like_the_chapters_stay_points_below_decimal_items() -> None:
    # 1 领导 / 1.1 … : run-in points 1.组织文化。 below 1.1 share the chapters' style but sit below
    text = (
        "某医院自评报告\n\n1 领导\n\n1.1 高层领导的作用\n\n"
        f"1.组织文化。{BODY}\n\n2.风险意识。{BODY}\n\n1.2 组织治理\n\n1.治理结构。{BODY}\n\n"
        f"2 战略\n\n2.1 战略制定\n\n1.战略分析。{BODY}\n\n2.战略目标。{BODY}\n\n3 顾客与市场\n\n{BODY}\n"
    )
    doc = _doc(text)
    assert not any(s.title in ("组织文化", "风险意识", "治理结构", "战略分析", "战略目标") for s in doc.sections)


SHORT = "集团每季度召开经营分析会，逐项检查目标完成情况并安排改进措施，结果在内网公布。" * 3
BOLD_LEADS = (
    "某酒店集团自评报告\n\n一、领导\n\n"
    f"1.1 高层领导的作用　{SHORT}\n\n{SHORT}\n\n1.2 把规矩立在明处　{SHORT}\n\n"
    f"1.3 社会责任　{SHORT}\n\n二、战略\n\n2.1 战略制定　{SHORT}\n\n"
    f"2.2 把规划变成每家店的日历　{SHORT}\n\n六、测量、分析与改进\n\n6.1 测量、分析和评价　{SHORT}\n\n"
    f"七、结果\n\n7.5 过程有效性结果　关键过程指标自2022年起全部由系统自动采集。{SHORT}\n"
)


def test_bold_leads_numbered_under_their_chapters_are_item_headings() -> None:
    # a number and a title set off by a space at the start of the paragraph (a bold lead in the
    # DOCX/Markdown), numbered as children of the chapter above: items, although the chapter
    # headings alone leave little text per heading
    tree = _tree(_doc(BOLD_LEADS))
    assert tree["1.2 把规矩立在明处 "] == (2, "一、领导")
    assert tree["2.2 把规划变成每家店的日历 "] == (2, "二、战略")
    assert tree["6.1 测量、分析和评价 "] == (2, "六、测量、分析与改进")  # 、 inside a title set off by a space
    assert tree["7.5 过程有效性结果 "] == (2, "七、结果")


def test_decimal_lead_ins_that_do_not_follow_their_chapter_stay_paragraphs() -> None:
    # the same leads under chapters whose numbers they do not continue (a list of figures inside a
    # short report) are no items
    text = BOLD_LEADS.replace("一、领导", "三、顾客与市场").replace("二、战略", "五、过程管理").replace(
        "六、测量", "四、测量").replace("七、结果", "二、结果")
    doc = _doc(text)
    assert not any(s.title in ("把规矩立在明处", "战略制定", "过程有效性结果") for s in doc.sections)


def test_a_title_after_the_parts_that_holds_no_text_is_the_next_chapter() -> None:
    # 班子工作成效 / 水平 / 趋势 / 对比 / 谋划未来 (no text: its first item follows) / 规划编制
    titles = ["班子工作成效", "水平", "趋势", "对比", "谋划未来", "规划编制", "员工成果", "水平", "趋势", "对比"]
    text = [True, True, True, True, False, True, True, True, True, True]
    assert 4 not in template_titles(titles, text)
    assert 5 not in template_titles(titles, text)  # no chain of followers either
    # a further part that holds text is one of the parts (水平 / 趋势 / 目标达成)
    more = ["成效", "水平", "趋势", "目标达成", "下一项", "水平", "趋势"]
    assert 3 in template_titles(more, [True] * len(more))


def test_numbered_paragraphs_that_close_short_are_no_slogan_headings() -> None:
    # an audit-style report numbers every paragraph: 24 …见表2-1。 before a table continues 23 …
    table = "指标\t2021年\t2022年\t2023年\n营业收入（亿元）\t5.1\t5.6\t6.2\n净利润（亿元）\t0.41\t0.46\t0.52"
    blocks = ["某公司自评报告", "领导作用"]
    for n in range(20, 60, 5):
        blocks += [f"{n + k}．公司按季度检查各项工作的进展，结果在内网公开，问题限期整改并复查。" for k in range(4)]
        blocks += ["领导作用的结果", f"{n + 4}．公司近三年的主要结果见表{n}-1。", f"表{n}-1 主要结果\n{table}"]
    doc = _doc("\n\n".join(blocks) + "\n")
    assert not any("主要结果见表" in s.title for s in doc.sections)
