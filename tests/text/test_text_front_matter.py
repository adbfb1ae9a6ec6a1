"""Front matter (title lines, cover block, 目录), captions and lead-ins, traditional characters."""

from __future__ import annotations

import re

import pytest

from analyzer.ingest.blocks import Block, RawDocument
from analyzer.model import Document
from analyzer.text.frontmatter import FrontUnit, front_matter, is_cover, is_toc_heading, toc_entries
from analyzer.text.normalize import equivalent, is_traditional
from analyzer.text.plain import blocks_from_plain_text
from analyzer.text.segment import build_document

from .fixtures import COVER_TOC, PROFILE_FIRST, captions_leadins, cover_toc, profile_first, traditional


def _headings(doc: Document) -> list[tuple[str, int, str | None, bool]]:
    """(heading text, level, parent's heading text, front matter) for every section."""
    by_id = {s.id: s for s in doc.sections}

    def text(sid: str | None) -> str | None:
        return None if sid is None else doc.text[by_id[sid].heading_span.start : by_id[sid].heading_span.end]

    return [(text(s.id) or "", s.level, text(s.parent), s.front_matter) for s in doc.sections]


# --------------------------------------------------------------------------- the grammar


@pytest.mark.parametrize(
    "text",
    [
        "第一章 组织环境……………………………………1",
        "　　1.1 组织概况··························2",
        "2.2 有效治理 .................... 14",
        "第三章 战略\t6",  # DOCX: a tab leader
        "1.4 改进系统……3\n第二章 领导……4",  # several entries in one block
        "附录 ……………… ii",
        # a page written as a word, with or without a leader; P3 after a leader or a space
        "企业简介　第1页",
        "　1.1 文化引领　第3页\n第2章 战略规划 第 7 页",
        "第1章 领导力……P3",
        "　1.1 文化引領　第3頁",  # traditional characters: the page word too
        "1.2 组织治理 p.4",
        "　　P.1 组织描述………………1",  # GB/T 19580's profile number at the start is the title's
    ],
)
def test_toc_entries(text: str) -> None:
    assert toc_entries(text) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "第一章 组织环境",
        "公司营业收入……增长了3",
        "2023年营业收入38.6亿元，同比增长23.7%。",
        "主要产品有：正极材料……等12个系列。",
        "第一章 组织环境……1\n公司成立于2008年。",  # one line that is not an entry spoils the block
        "建设P3",  # a letter and a figure in a title
        "详见附件。第3页",
    ],
)
def test_not_toc_entries(text: str) -> None:
    assert toc_entries(text) == 0


def test_toc_heading_and_cover_lines() -> None:
    assert is_toc_heading("目　录") and is_toc_heading("目 录") and is_toc_heading("Contents")
    assert not is_toc_heading("目录管理")
    assert is_cover("申报单位：武汉澍锂新材料股份有限公司\n申报类别：单位奖（制造类）\n联 系 人：质量管理部 周敏")
    assert is_cover("申报单位：某公司  联系人：张三")  # two pairs on one line
    assert is_cover("二〇二四年三月") and is_cover("2024年3月") and is_cover("（2023年度）")
    assert not is_cover("【组织概述】")  # a 【】 line is a heading
    # a sentence with a colon is not a cover line
    assert not is_cover("影响我们的政策和法规主要有三类：一是《食品安全法》，二是《反垄断法》。")
    assert not is_cover("1.组织环境：医院始建于1956年。")


def test_front_matter_is_decided_by_position_and_shape() -> None:
    def units(*texts: str) -> list[FrontUnit]:
        return [FrontUnit(t, t, numbered=t[:1] in "第一1") for t in texts]

    body = "公司成立于2008年，主营城市污水处理厂委托运营。"
    # organisation line, title line, then the first content heading (组织简介) and its body
    assert front_matter(units("某某环保科技股份有限公司", "某某市质量奖自评报告", "组织简介", body)) == [
        "title",
        "title",
        None,
        None,
    ]
    # no title words at all: an organisation line directly above another short line is the cover's
    assert front_matter(units("某某区人民医院", "组织概述", body)) == ["title", None, None]
    # a report that starts with its content has no front matter
    assert front_matter(units("组织概述", body)) == [None, None]


def test_a_scanned_toc_ends_where_its_first_entry_is_written_again() -> None:
    # OCR of a 目录: leaders read as "…" or lost, page numbers on lines of their own, entries merged
    def u(text: str, numbered: bool = False) -> FrontUnit:
        return FrontUnit(text, text, numbered=numbered)

    body = "公司成立于2009年，是一家冷链物流企业。"
    units = [
        u("某某冷链物流股份有限公司质量管理奖自评报告"),
        u("目录"),
        u("P组织概述P.1组织描述"),
        u("组织面临的挑战", True),
        u("领导…"),
        u("高层领导的作用组织治理4.1.4社会责·4.2战略…", True),
        u("..10"),
        u("P 组织概述"),
        u("P.1 组织描述", True),
        u(body),
    ]
    assert front_matter(units) == ["title", "toc-heading", *["toc"] * 5, None, None, None]
    # the same lines without the repeat, or with a sentence among them, claim nothing beyond the heading
    assert front_matter([*units[:7], u(body)])[2:] == [None] * 6
    assert front_matter([*units[:4], u(body), *units[4:]])[2:4] == [None, None]
    # a second 目录 (the report's own, after the one a cover added) ends the first and is read itself
    second = [u("目录"), u("第一章 组织环境1", True), u("1.1 组织概况1", True), u("第一章 组织环境", True), u(body)]
    first = [u("目录"), u("第一章 组织环境2"), u("1.1 组织概况2", True)]
    assert front_matter(first + second) == ["toc-heading", "toc", "toc", "toc-heading", "toc", "toc", None, None]
    # an ordinary 目录 (leaders and page numbers) is read as before
    toc = [u("目录"), u("第一章 领导……1"), u("第二章 战略……5"), u("第一章 领导", True), u(body)]
    assert front_matter(toc) == ["toc-heading", "toc", "toc", None, None]


# --------------------------------------------------------------------------- documents


def test_cover_and_toc_are_front_matter_and_contain_nothing() -> None:
    doc = build_document(cover_toc())
    heads = _headings(doc)
    assert heads[:3] == [
        ("湖北澜汀环保科技股份有限公司", 1, None, True),
        ("武汉市市长质量奖（服务类）申报材料", 1, None, True),
        ("目录", 1, None, True),
    ]
    # the 目录 entries are never headings: 第一章 is a section once, the chapters are top level
    assert [h for h in heads[3:]] == [
        ("第一章 组织环境", 1, None, False),
        ("第二章 领导作用", 1, None, False),
        ("2.1 引领发展", 2, "第二章 领导作用", False),
        ("2.2 有效治理", 2, "第二章 领导作用", False),
        ("第三章 战略发展", 1, None, False),
    ]
    front = [p for p in doc.paragraphs if p.front_matter]
    assert {p.kind for p in front} == {"heading", "text"}
    assert front[-1].text.startswith("第三章 战略发展···")
    # the first content paragraph is not inside a front-matter section
    first_body = next(p for p in doc.paragraphs if not p.front_matter and p.kind == "text")
    assert first_body.section == doc.sections[3].id


def test_toc_as_one_block_stays_one_front_matter_paragraph() -> None:
    one_block = re.sub(r"(·+\d)\n\n(?=[^\n]*·)", r"\1\n", COVER_TOC)
    assert "···1\n第二章" in one_block
    doc = build_document(RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(one_block, False))))
    assert [s.front_matter for s in doc.sections].count(True) == 3
    assert not any(s.number == "2.1" and s.front_matter for s in doc.sections)
    assert sum(1 for s in doc.sections if s.title == "组织环境") == 1


def test_title_followed_by_body_leaves_the_body_outside_front_matter() -> None:
    # no profile heading: the profile text right after the title is content, in no section
    raw = RawDocument(
        "x.txt",
        "txt",
        tuple(
            blocks_from_plain_text(
                "深圳市芷川区人民医院 深圳市市长质量奖（服务类）自评报告\n\n"
                "深圳市芷川区人民医院始建于1986年，是区卫生健康局举办的公立综合医院。\n\n"
                "一、领导\n\n医院领导班子共9人。\n",
                False,
            )
        ),
    )
    doc = build_document(raw)
    assert [p.front_matter for p in doc.paragraphs] == [True, False, False, False]
    assert doc.paragraphs[1].section is None
    assert doc.sections[1].parent is None and doc.sections[1].level == 1


def test_profile_subheadings_before_the_first_part_do_not_rank_top() -> None:
    doc = build_document(profile_first())
    heads = {h[0]: h[1:3] for h in _headings(doc)}
    assert heads["我们是谁"] == (1, None)
    assert heads["（一）公司概况"] == (2, "我们是谁")
    assert heads["第一篇 领导"] == (1, None)  # old behaviour: level 3, under （二）面临的挑战
    assert heads["二、领导成效"] == (2, "第一篇 领导")
    assert heads["（一）经营业绩"] == (3, "二、领导成效")
    assert heads["第二篇 战略"] == (1, None)


def test_profile_first_old_layout_variant_with_markdown_levels() -> None:
    # the same report with Markdown '#' levels: the format's levels agree with the grammar
    md = PROFILE_FIRST.replace("我们是谁\n", "# 我们是谁\n").replace("第一篇 领导\n", "# 第一篇 领导\n")
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(md, True))))
    heads = {h[0]: h[1:3] for h in _headings(doc)}
    assert heads["第一篇 领导"] == (1, None)
    assert heads["（二）面临的挑战"] == (2, "我们是谁")


def test_captions_and_lead_ins_are_not_headings() -> None:
    doc = build_document(captions_leadins())
    titles = [h[0] for h in _headings(doc)]
    assert titles == ["第一章 领导", "1.1 组织文化", "（2）文化落地的机制", "1.2 组织治理"]
    (table,) = doc.tables
    assert table.caption == "表一 文化测评结果"


def test_traditional_report_is_read_in_simplified_characters() -> None:
    doc = build_document(traditional())
    assert "traditional-characters" in {d.code for d in doc.diagnostics}
    heads = _headings(doc)
    assert [h[:3] for h in heads if not h[3]] == [
        ("第一章 领导", 1, None),
        ("1.1 高层领导的作用", 2, "第一章 领导"),
        ("1.2 组织治理", 2, "第一章 领导"),
        ("（1）风险管理", 3, "1.2 组织治理"),
        ("第二章 战略", 1, None),
        ("2.1 战略制定", 2, "第二章 战略"),
    ]
    assert [s.number for s in doc.sections if not s.front_matter] == ["第一章", "1.1", "1.2", "(1)", "第二章", "2.1"]
    # offsets point back at the traditional original, character for character
    assert "領導" in doc.extracted_text and "領導" not in doc.text
    for i, ch in enumerate(doc.text):
        assert equivalent(ch, doc.extracted_text[doc.offset_map[i]]), (i, ch)
    # the body keeps its full-width digits (Word counts each one)
    assert "２０２２年" in doc.text


def test_simplified_reports_are_not_converted() -> None:
    raw = RawDocument("x.txt", "txt", (Block("paragraph", "乾隆年间著名的药店，著作颇丰，干燥处保存。"),))
    doc = build_document(raw)
    assert doc.text == "乾隆年间著名的药店，著作颇丰，干燥处保存。"
    assert "traditional-characters" not in {d.code for d in doc.diagnostics}
    assert not is_traditional("公司高层领导于2022年制定核心价值观。乾隆")
    assert is_traditional("公司高層領導於2022年制定核心價值觀。")


def _raw(text: str) -> RawDocument:
    return RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(text, False)))


def _front_by_start(doc: Document) -> dict[str, bool]:
    """Each text paragraph's first six characters → whether it is front matter."""
    return {p.text[:6]: p.front_matter for p in doc.paragraphs if p.kind == "text"}


FOREWORD_CLOSING = (
    "宁川市政设计研究院有限公司\n\n北京市人民政府质量管理奖自评报告\n\n"
    "前　言\n\n"
    "宁川设计院是一家以市政道路和桥梁设计为主业的国有企业，本报告按照评价准则的结构编写。\n\n"
    "自评工作由院长牵头，各部门负责人参加，历时三个月完成。\n\n"
    "组织概述\n\n本院成立于1986年，现有员工420人，设计资质为市政行业甲级。\n\n"
    "第一章 领导\n\n1.1 高层领导的作用\n\n院领导班子每季度召开质量专题会，研究设计质量问题。\n\n"
    "结　语\n\n"
    "回顾三年的卓越绩效实践，本院在设计质量和顾客满意方面取得了长足进步。\n\n"
    "宁川市政设计研究院有限公司\n\n二〇二四年三月\n"
)


@pytest.mark.parametrize(("written", "title"), [("结　语", "结语"), ("写在最后", "写在最后"), ("后　记", "后记")])
def test_a_foreword_and_a_closing_section_are_front_matter_beside_the_chapters(written: str, title: str) -> None:
    doc = build_document(_raw(FOREWORD_CLOSING.replace("结　语", written)))
    heads = _headings(doc)
    assert ("前言", 1, None, True) in heads and (title, 1, None, True) in heads  # spaced out in the text
    assert ("组织概述", 1, None, False) in heads  # the first content heading ends the foreword
    by_start = {p.text[:6]: p for p in doc.paragraphs}
    for start in ("宁川设计院是", "自评工作由院", "回顾三年的卓", "二〇二四年三"):
        assert by_start[start].front_matter, start
    for start in ("本院成立于1", "院领导班子每"):
        assert not by_start[start].front_matter, start
    # the closing section is not inside the last item
    closing = next(s for s in doc.sections if s.front_matter and s.title == title)
    assert closing.parent is None


def test_a_foreword_word_over_no_prose_or_a_numbered_foreword_stays_content() -> None:
    text = "前言\n\n组织概述\n\n本院成立于1986年。\n\n一、前言\n\n本章介绍领导作用的总体情况，共三节。\n"
    doc = build_document(_raw(text))
    assert [p.front_matter for p in doc.paragraphs if p.kind == "text"] == [False, False]


def test_a_foreword_written_as_numbered_points_is_front_matter() -> None:
    # 编制说明 whose prose is a list of points run into their leads: the points are the foreword's,
    # and a numbered paragraph that does not carry their numbering on is content again
    text = (
        "深圳市琛珞科技有限公司自评报告\n\n编制说明\n\n"
        "一、编制依据。本报告对照评定标准的六个类目逐项编写，章节编号与标准一致。\n\n"
        "二、编制过程。自评工作组由品质管理部牵头，历时两个月完成，经总经理办公会审定。\n\n"
        "三、数据口径。财务数据取自经审计的年度报表，其余数据来自各部门台账。\n\n"
        "企业简介\n\n公司成立于2009年，主营智能门锁。\n\n"
        "第一部分 领导\n\n一、文化引领。公司以守门人文化统领经营，董事长每季度讲授文化课。\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["一、编制依据"] and front["二、编制过程"] and front["三、数据口径"]
    assert not front["公司成立于2"] and not front["一、文化引领"]
    # a numbered paragraph that does not open the foreword's points is the content resuming
    doc = build_document(_raw(text.replace("一、编制依据", "三、编制依据")))
    assert not _front_by_start(doc)["三、编制依据"]


def test_a_compilation_note_after_the_toc_and_an_appendix_at_the_end_are_not_content() -> None:
    text = (
        "武汉珩岷汽车零部件股份有限公司自评报告\n\n目　录\n\n报告说明\t1\n1 组织概述\t2\n2 领导作用\t5\n"
        "附件：主要荣誉一览\t27\n\n"
        "报告说明\n\n本报告由总经理任组长的自评小组编写，除特别注明外，数据统计期为2021—2023年。\n\n"
        "1 组织概述\n\n公司成立于2006年，主营铝合金底盘件。\n\n"
        "2 领导作用（180分）\n\n2.1 公司治理与风险防控（满分60分，自评47分）\n\n董事会下设三个专门委员会。\n\n"
        "附件：主要荣誉一览\n\n2021年获评合资主机厂甲年度优秀供应商。\n\n2023年通过两化融合管理体系评定。\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["本报告由总经"] and front["2021年获"] and front["2023年通"]
    assert not front["公司成立于2"] and not front["董事会下设三"]
    heads = {h[0]: h for h in _headings(doc)}
    assert heads["2.1 公司治理与风险防控（满分60分，自评47分）"][2] == "2 领导作用（180分）"


FORM_RECORDS = (
    "北京瀼峤热力燃气有限责任公司自评报告\n\n【评价类目一】领导\n\n评价条款：1.1 高层领导的作用\n\n"
    "实施情况：公司领导班子每季度研究一次安全供热的重大事项，并向职工代表大会报告。\n\n"
    "证据材料：（已上传2个附件）\n\n附件1-1 领导班子议事规则；附件1-2 年度工作报告\n\n"
    "【评价类目二】战略\n\n评价条款：2.1 战略制定\n\n实施情况：董事会下设战略委员会，每五年编制一次发展规划。\n\n"
    "填报承诺：本单位承诺所填报的内容真实、准确，如有不实愿意承担相应责任。\n\n填报人：企业管理部\n"
)


def test_a_list_of_attachments_inside_an_item_does_not_close_the_report() -> None:
    # 附件1-1 …；附件1-2 … is an item's list of evidence, no appendix heading; and where a closing
    # section does start, the content resumes at a heading shaped like the report's own (【评价类目二】)
    doc = build_document(_raw(FORM_RECORDS))
    front = _front_by_start(doc)
    assert not front["附件1-1领"] and not front["实施情况：董"] and not front["实施情况：公"]
    # a closing word run into its paragraph closes the report as its heading would
    assert front["填报承诺：本"] and front["填报人：企业"]


def test_an_appendix_ends_where_a_heading_shaped_like_the_report_s_own_resumes() -> None:
    text = (
        "某公司自评报告\n\n【评价类目一】领导\n\n公司领导班子每季度研究一次安全供热的重大事项。\n\n"
        "附件：领导班子议事规则\n\n第一条 班子会议每月召开一次。\n\n"
        "【评价类目二】战略\n\n董事会下设战略委员会，每五年编制一次发展规划。\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["第一条 班子"] and not front["董事会下设战"]


@pytest.mark.parametrize(
    "word",
    [
        "附件：主要荣誉",
        "附录2 术语表",
        "附表一 指标汇总",
        "附：自评得分汇总表",
        "附表　自评得分汇总",
        "引用文件",
        "附：证明材料清单",
    ],
)
def test_appendix_headings_close_the_report(word: str) -> None:
    from analyzer.text.frontmatter import lexicon

    assert lexicon().is_closing(word.replace(" ", "").replace("\u3000", ""))


@pytest.mark.parametrize("word", ["附加值提升", "附属医院建设"])
def test_words_that_only_start_like_an_appendix_are_content(word: str) -> None:
    from analyzer.text.frontmatter import lexicon

    assert not lexicon().is_closing(word)


def test_a_toc_whose_entries_are_questions_is_still_a_toc() -> None:
    # a PDF's 目录 after its dot leaders were dropped: each entry a block, its page number glued on
    entries = [
        "组织环境2",
        "我们是谁2",
        "领导作用4",
        "引领发展（对应5.2.2）4",
        "战略发展6",
        "我们怎样定下五年的路？（对应5.3.2）6",
        "战略落地（对应5.3.3）7",
        "品牌影响9",
    ]
    text = (
        "武汉沁屿文旅发展有限公司自评报告\n\n目　录\n\n" + "\n\n".join(entries) + "\n\n"
        "组织环境\n\n我们是谁\n\n2008年春天，沁屿在东湖边上开了第一家酒店。\n\n领导作用\n\n"
        "引领发展（对应5.2.2）\n\n高层团队每年修订一次五年规划。\n"
    )
    doc = build_document(_raw(text))
    front = {p.text: p.front_matter for p in doc.paragraphs}
    assert all(front[e] for e in entries)
    assert not front["组织环境"] and not front["2008年春天，沁屿在东湖边上开了第一家酒店。"]


@pytest.mark.parametrize(
    "text",
    [
        "| 章节 | 页码 |\n|---|---|\n| 一、组织环境 | 1 |\n| （二）创新成效 | 23 |",  # a Markdown pipe table
        "章节\t页码\n第一章 组织环境\t1\n第二章 领导作用\t4",  # a Word table's rows
        "|（二）创新成效| 23 |",  # one row of it, as a PDF gives it
    ],
)
def test_a_toc_laid_out_as_a_table_is_a_toc(text: str) -> None:
    assert toc_entries(text) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "| 营业收入（亿元） | 12 |",  # two columns of figures: a title and a small number are no entry
        "营业收入（亿元）\t12\n净利润（亿元）\t3",
        "| 指标 | 2021年 |\n| 营业收入 | 12 |",
        "1.1 高层领导的作用\t85\n1.2 组织治理\t60",  # scores, not pages: they go down
    ],
)
def test_a_two_column_table_of_figures_is_no_toc(text: str) -> None:
    assert toc_entries(text) == 0


def test_a_bilingual_cover_and_reading_guide_are_front_matter() -> None:
    # a joint venture's cover: an organisation name with its English name (long), and a reading
    # guide run into its paragraph, with an English gloss after the Chinese word
    text = (
        "# 深圳琤德汽车传感器有限公司自评报告 Self-Assessment Report\n\n"
        "申报单位：深圳琤德汽车传感器有限公司（Zhengde Automotive Sensors (Shenzhen) Co., Ltd.）\n"
        "编写：Quality Office 质量办公室　版本：Rev. 2.1　日期：2024年3月\n\n"
        "阅读说明 Reading Guide：本报告按标准的六个类目编章，章节标题中文在前、英文在后，金额均为人民币。\n\n"
        "## 0 Company Profile 组织简介\n\n琤德是一家汽车传感器合资企业，2012年在坪山成立。\n\n"
        "## 第1章 领导 Leadership\n\n### 1.1 文化引领 Culture Leadership\n\n我们每季度开一次Town Hall。\n"
    )
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True))))
    front = {p.text[:4]: p.front_matter for p in doc.paragraphs if p.kind == "text"}
    assert front["申报单位"] and front["阅读说明"]
    assert not front["琤德是一"] and not front["我们每季"]


def test_page_furniture_copied_between_paragraphs_is_not_content() -> None:
    body = "公司每年组织一次供热质量评审，结果纳入各热力站的年度考核。"
    header = "北京珝峪热力有限公司 质量管理奖自评报告"
    text = (
        f"{header}\n\n第一部分 领导\n\n一、高层领导的作用\n\n{body}\n\n— 2 —\n{header}\n\n{body}甲\n\n"
        f"第 3 页 共 12 页\n{header}\n\n二、组织治理\n\n{body}乙\n\n7\n\n{body}丙\n\n第 4 页 共 12 页\n"
    )
    doc = build_document(_raw(text))
    furniture = [p.text for p in doc.paragraphs if p.front_matter]
    assert "—2—" in furniture and "第3页共12页" in furniture and "第4页共12页" in furniture
    # the running header beside a page number is furniture too, and no heading
    assert [s.title for s in doc.sections if not s.front_matter] == ["领导", "高层领导的作用", "组织治理"]
    assert not any(p.front_matter for p in doc.paragraphs if p.text.startswith("公司每年"))
    assert "7" not in furniture  # a bare number alone may be a figure


def test_an_appendix_list_numbered_in_a_style_of_its_own_stays_in_the_appendix() -> None:
    """``附：证明材料清单`` then ``1.营业执照…`` / ``2.…`` (each its own paragraph, as in a DOCX): the
    list is the appendix's, because the report numbered its headings 1、/（1） and never 1.; a
    heading numbered like the report's own (``8、`` here) would end it."""
    text = (
        "1、领导\n\n（1）高层领导的作用\n\n公司总经理每季度走访门店。\n\n"
        "2、战略\n\n（1）战略制定\n\n公司每三年编制一次发展规划。\n\n"
        "附：证明材料清单\n\n1.营业执照、食品经营许可证复印件\n\n2.近三年审计报告\n\n"
        "8、补充说明\n\n公司2024年新开门店12家。\n"
    )
    doc = build_document(_raw(text))
    front = {p.text[:6]: p.front_matter for p in doc.paragraphs}
    assert front["1.营业执照"] and front["2.近三年审"]
    assert not front["公司2024"] and not front["公司每三年编"]


def _md(text: str) -> RawDocument:
    return RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True)))


ONLINE_DOC = (
    "# 🚀 自评报告｜深圳市某某电子科技有限公司\n\n"
    "> 📝 文档信息：所属空间「品牌运营中心」\n\n"
    "## 🏠 组织简介\n\n我们是一家做充电器和移动电源的民营企业，员工七百人。\n\n"
    "## 🧭 第一篇｜领导\n\n### 📌 1.1 文化引领\n\n文化靠几个固定动作传下去，每月一次新人第一课。\n\n"
    "> 💡 小贴士：价值观考核不是凭印象打分，每条评价都要附一个具体事例。\n\n"
    "### 1.3｜领导的结果\n\n品牌信誉三年保持行业前列。\n\n"
    "## 📎 附：名词解释\n\n- **GaN（氮化镓）**：一种第三代半导体材料。\n\n- **PD**：一种快充协议。\n"
)


def test_marks_before_a_heading_are_no_part_of_its_number_title_or_word() -> None:
    # an online document's export decorates headings with emoji (📌 1.1 …, 📎 附：…) and sets a title
    # off its number with ｜; the marks hide neither the number nor a closing word
    doc = build_document(_md(ONLINE_DOC))
    heads = {(s.numbering_style, s.number, s.title): s for s in doc.sections}
    assert ("part", "第一篇", "领导") in heads
    assert ("decimal-2", "1.1", "文化引领") in heads
    assert ("decimal-2", "1.3", "领导的结果") in heads
    glossary = next(s for s in doc.sections if s.title.endswith("附：名词解释"))
    assert glossary.front_matter
    front = _front_by_start(doc)
    assert front["- GaN（"] and front["- PD：一"]
    assert not front["文化靠几个固"] and not front["品牌信誉三年"]


def test_a_markdown_quote_shows_its_text() -> None:
    doc = build_document(_md(ONLINE_DOC))
    texts = [p.text for p in doc.paragraphs if p.kind == "text"]
    assert "💡 小贴士：价值观考核不是凭印象打分，每条评价都要附一个具体事例。" in texts
    assert not any(t.startswith(">") for t in texts)


def test_a_report_written_as_regulations_closes_with_its_supplementary_articles() -> None:
    text = (
        "某公司自评报告\n\n第一章　领导\n\n第四条　高层领导的作用\n\n（一）公司领导班子每季度研究一次质量工作。\n\n"
        "附　则\n\n第二十七条　本报告所称“本公司”是指某公司。\n\n第二十八条　本报告由公司法务部负责解释。\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["第二十七条 "] and front["第二十八条 "] and not front["（一）公司领"]


def test_cover_lines_that_end_the_document_sign_it() -> None:
    text = (
        "某公司自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n公司领导班子每季度研究一次质量工作。\n\n"
        "填报单位：某公司企业管理部　　填报人：张三　　联系电话：010-12345678\n\n二〇二四年三月\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["填报单位：某"] and front["二〇二四年三"] and not front["公司领导班子"]


def test_a_signature_block_with_long_field_labels_signs_the_document() -> None:
    text = (
        "某公司自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n公司领导班子每季度研究一次质量工作。\n\n"
        "申报单位（盖章）：某公司\n编制部门负责人（签字）：张三\n日期：2024年4月18日\n"
    )
    doc = build_document(_raw(text))
    assert any(p.front_matter for p in doc.paragraphs if p.text.startswith("申报单位"))
    assert not any(p.front_matter for p in doc.paragraphs if p.text.startswith("公司领导班子"))


def test_a_date_inside_the_content_is_no_signature() -> None:
    text = "某公司自评报告\n\n第一章 领导\n\n二〇二四年三月\n\n公司领导班子每季度研究一次质量工作。\n"
    doc = build_document(_raw(text))
    assert not any(p.front_matter for p in doc.paragraphs if p.kind == "text" and p.text.startswith("公司"))


def test_a_field_of_the_last_item_is_no_signature() -> None:
    text = (
        "某公司自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n公司领导班子每季度研究一次质量工作。\n\n"
        "自评得分：50分（满分60分）\n"
    )
    doc = build_document(_raw(text))
    assert not any(p.front_matter for p in doc.paragraphs if p.kind == "text")


@pytest.mark.parametrize(
    "last",
    [
        "单位产值综合能耗较基期下降17.4%，已提前完成规划下降15%的目标；制膜溶剂回收率优于行业平均。",
        "编制过程中，各部门对照准则逐条核对了数据来源。",
        "2024年3月，公司又完成了一轮内部审核，结果已用于下一年的改进计划。",
    ],
)
def test_a_last_paragraph_that_opens_like_a_signature_field_is_content(last: str) -> None:
    # 单位 / 编制 open a sentence here, not a field (单位：…); a date inside a long sentence signs nothing
    text = f"某公司自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n公司领导班子每季度研究一次质量工作。\n\n{last}\n"
    doc = build_document(_raw(text))
    assert not any(p.front_matter for p in doc.paragraphs if p.kind == "text")


def test_long_runs_of_spaces_and_leaders_are_read_in_bounded_time() -> None:
    # a fill-in form's line (姓名 + 200 spaces + 学号) made the 目录 entry pattern backtrack for
    # minutes; run in a child process so that a regression fails here instead of hanging the suite
    import subprocess
    import sys

    code = (
        "from analyzer.text.frontmatter import toc_entries, is_cover, is_loose_toc_entry\n"
        "for line in ['姓名' + ' ' * 400 + '学号', '姓名' + '\\u3000' * 400 + '学号', '第1题' + '. ' * 400 + '3']:\n"
        "    toc_entries(line); is_cover(line); is_loose_toc_entry(line)\n"
        "print(toc_entries('第一章 领导' + ' ' * 300 + '3'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "1"  # a run of spaces is still a leader before a page number


def test_the_organisation_s_name_over_a_date_and_an_editor_s_note_sign_the_document() -> None:
    text = (
        "某公司自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n公司领导班子每季度研究一次质量工作。\n\n"
        "深圳市某区政务服务中心\n2024年3月\n\n（责任编辑：综合科 苏某　审核：柯某）\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert front["深圳市某区政"] and front["（责任编辑："] and not front["公司领导班子"]


def test_a_closing_formula_ends_a_formal_report() -> None:
    text = (
        "某会展中心自评报告\n\n第一章 领导\n\n1.1 高层领导的作用\n\n班子每季度研究一次服务质量。\n\n"
        "特此报告。\n\n北京某会展中心有限公司\n"
    )
    doc = build_document(_raw(text))
    front = {p.text[:4]: p.front_matter for p in doc.paragraphs if p.kind == "text"}
    assert front["特此报告"] and not front["班子每季"]


def test_a_table_numbered_within_its_chapter_is_captioned_not_an_appendix() -> None:
    text = (
        "某公司自评报告\n\n一、领导\n\n问：公司的经营结果怎么样？\n\n"
        "答：三年营业收入分别为3.1亿元、3.4亿元和3.9亿元。\n\n"
        "附表2-1 主要经营指标\n\n答（企管部）：治理方面三年没有发生重大合规事件。\n\n"
        "二、战略\n\n公司每三年编制一次规划。\n"
    )
    doc = build_document(_raw(text))
    front = _front_by_start(doc)
    assert not front["答（企管部）"]


def test_a_chapter_s_notes_answer_nothing_and_the_next_chapter_resumes() -> None:
    text = (
        "第一章 组织环境\n\n一、企业概况\n\n公司成立于1958年，现有员工1612人。\n\n注释：\n\n"
        "① 股权比例截至2023年12月31日，见公司年报。\n\n② 行业平均取自协作会年鉴。\n\n"
        "第二章 领导作用\n\n一、引领发展\n\n公司领导班子每三年组织一次发展环境研判。\n"
    )
    doc = build_document(_raw(text))
    by_start = {p.text[:4]: p for p in doc.paragraphs}
    assert by_start["①股权比"].front_matter and by_start["②行业平"].front_matter
    assert not by_start["公司领导"].front_matter and not by_start["公司成立"].front_matter


def test_chapters_pasted_from_separate_files_repeat_their_file_header_which_is_no_content() -> None:
    """Each department's file opens with the report's title again, its chapter heading and a line of
    fields: the title line is the file's header and the field line its cover; the chapters stay."""
    from analyzer.ingest.blocks import Block, RawDocument
    from analyzer.text.segment import build_document

    title = "深圳市某超声医疗股份有限公司市长质量奖自评报告"
    lines = [
        ("heading", title),
        ("paragraph", "申报单位：深圳市某超声医疗股份有限公司"),
        ("heading", title),
        ("heading", "第一部分 企业概况"),
        ("heading", "编写部门：总经理办公室　审核：祁某　版本：V2.1"),
        ("paragraph", "公司成立于2009年，主营医用超声探头，员工912人。"),
        ("heading", title),
        ("heading", "第二部分 领导"),
        ("heading", "编写部门：总经理办公室　审核：祁某　版本：V2.1"),
        ("heading", "一、文化引领"),
        ("paragraph", "公司每年修订文化手册，由总经理宣讲。"),
    ]
    raw = RawDocument("x.docx", "docx", tuple(Block(kind, text, style_level=1) for kind, text in lines))
    doc = build_document(raw)
    assert [s.title for s in doc.sections if not s.front_matter] == ["企业概况", "领导", "文化引领"]
    fields = [p for p in doc.paragraphs if p.text.startswith("编写部门")]
    assert len(fields) == 2 and all(p.front_matter for p in fields)
