"""build_document: invariants on every fixture, and the decisions on hand-built documents."""

from __future__ import annotations

import pytest

from analyzer.ingest.blocks import Block, RawDocument
from analyzer.model import Document
from analyzer.text.counts import add, count, paragraph_counts
from analyzer.text.normalize import equivalent
from analyzer.text.segment import build_document, paragraphs_counts, section_counts

from .fixtures import DEV_REPORT_NAMES, dev_report, docx_like, pdf_damaged, plain_txt

FIXTURES = {
    "pdf_damaged": pdf_damaged,
    "docx_like": docx_like,
    "plain_txt": plain_txt,
    **{name: (lambda n=name: dev_report(n)) for name in DEV_REPORT_NAMES},
}


@pytest.fixture(scope="module", params=sorted(FIXTURES))
def doc(request: pytest.FixtureRequest) -> Document:
    return build_document(FIXTURES[request.param]())


def test_paragraph_spans_slice_the_text_exactly(doc: Document) -> None:
    assert doc.text == "\n".join(p.text for p in doc.paragraphs)
    for k, p in enumerate(doc.paragraphs):
        assert p.index == k
        assert doc.text[p.span.start : p.span.end] == p.text
        assert p.text and p.text == p.text.strip()
        if p.kind != "table":
            assert "\n" not in p.text and "\t" not in p.text


def test_section_spans(doc: Document) -> None:
    headings = {p.span: p for p in doc.paragraphs if p.kind == "heading"}
    assert len(headings) == len(doc.sections)
    ids = [s.id for s in doc.sections]
    assert len(set(ids)) == len(ids)
    by_id = {s.id: s for s in doc.sections}
    for s in doc.sections:
        head = headings[s.heading_span]
        assert head.section == s.id
        assert doc.text[s.span.start : s.span.end].startswith(head.text)
        assert s.span.contains(s.heading_span)
        if s.parent is not None:
            parent = by_id[s.parent]
            assert parent.level < s.level
            assert parent.span.contains(s.span)
            assert s.id.startswith(parent.id + ".")
        # a section ends where the last paragraph inside it ends
        inside = [p for p in doc.paragraphs if s.span.contains(p.span)]
        assert inside[-1].span.end == s.span.end


def test_every_paragraph_belongs_to_the_innermost_section(doc: Document) -> None:
    for p in doc.paragraphs:
        if p.section is None:
            assert not any(s.span.contains(p.span) for s in doc.sections)
            continue
        containing = [s for s in doc.sections if s.span.contains(p.span)]
        assert max(containing, key=lambda s: s.level).id == p.section


def test_offset_map_points_back_to_the_extracted_text(doc: Document) -> None:
    assert len(doc.offset_map) == len(doc.text)
    assert all(a < b for a, b in zip(doc.offset_map, doc.offset_map[1:], strict=False))
    for i, ch in enumerate(doc.text):
        assert equivalent(ch, doc.extracted_text[doc.offset_map[i]]), (i, ch)


def test_counts_are_the_sum_of_body_paragraphs(doc: Document) -> None:
    # each paragraph as Word counts it: its text less its automatic list number (if any)
    assert doc.counts == add(paragraph_counts(p) for p in doc.paragraphs if p.source == "body")
    assert doc.excluded_counts == add(paragraph_counts(p) for p in doc.paragraphs if p.source != "body")
    labelled = [p for p in doc.paragraphs if p.counts is not None]
    assert all(paragraph_counts(p) == p.counts != count(p.text) for p in labelled)


def test_ids_are_stable_across_runs() -> None:
    for make in FIXTURES.values():
        assert build_document(make()) == build_document(make())


def test_pdf_damage_is_repaired() -> None:
    doc = build_document(pdf_damaged())
    texts = [p.text for p in doc.paragraphs]
    assert texts[3].startswith("公司成立于2009年，2023年营业收入38.6亿元，同比增长23.7%。总部位于")
    assert "ISO 9001认证" in texts[3]
    assert "质量管理体系持续改进，覆盖全部12个事业部。" in texts
    # the title line is front matter: level 1, and the parent of nothing
    assert [(s.number, s.title, s.level, s.front_matter) for s in doc.sections] == [
        (None, "深圳市栎川智造装备股份有限公司2023年度自评报告", 1, True),
        ("第一部分", "领导", 1, False),
        ("1.1", "文化引领", 2, False),
        ("1.2", "组织治理", 2, False),
        ("(一)", "治理结构", 3, False),
        ("1.3", "领导的结果", 2, False),
    ]
    assert doc.sections[1].parent is None
    # the lead-in stays a paragraph; the caption joins its table
    assert doc.paragraphs[4].kind == "text"
    (table,) = doc.tables
    assert table.caption == "表6-1 质量水平指标"
    assert table.rows[0] == ("指标", "2021年", "2022年", "2023年")
    assert doc.paragraphs[5].table == table and doc.paragraphs[5].text.startswith("表6-1 质量水平指标\n指标\t")
    assert table.page == 2


def test_text_boxes_and_footnotes_are_counted_apart() -> None:
    # a PDF carries no Word setting for them: the body only is counted (a DOCX follows its own setting,
    # tests/text/test_subdocs_counts.py)
    doc = build_document(pdf_damaged())
    assert doc.word_counts_subdocs is None
    excluded = [p for p in doc.paragraphs if p.source != "body"]
    assert [p.source for p in excluded] == ["footnote", "textbox"]
    assert doc.excluded_counts == add(count(p.text) for p in excluded)
    assert doc.excluded_counts is not None and doc.excluded_counts.word_style == 12 + 7
    (d,) = [d for d in doc.diagnostics if d.code == "excluded-from-count"]
    assert "未计入字数（只计正文）" in d.message_zh and "Word" not in d.message_zh + d.message_en  # no claim about Word
    # they are never headings, even when short and title-like
    assert doc.paragraphs[10].kind == "text"


def test_docx_numbering_is_prepended_and_levels_come_from_styles() -> None:
    doc = build_document(docx_like())
    heads = [p.text for p in doc.paragraphs if p.kind == "heading"]
    assert heads == ["自评报告", "第一章 领导", "1.1 文化引领", "1.2 组织治理", "第二章 战略", "（一）战略制定"]
    assert [(s.id, s.level, s.number, s.title) for s in doc.sections] == [
        ("s1", 1, None, "自评报告"),
        ("s2", 1, "第一章", "领导"),
        ("s2.1", 2, "1.1", "文化引领"),
        ("s2.2", 2, "1.2", "组织治理"),
        ("s3", 1, "第二章", "战略"),
        ("s3.1", 2, "(一)", "战略制定"),
    ]
    # a numbered list paragraph that is a sentence stays a paragraph
    assert doc.paragraphs[3].text == "（1）文化建设。公司坚持客户为先的核心价值观。"
    assert doc.paragraphs[3].kind == "text"
    assert doc.extracted_text.startswith("自评报告\n第一章 领导\n1.1 文化引领")


def test_section_counts() -> None:
    doc = build_document(docx_like())
    s21 = section_counts(doc, "s2.1")
    # automatic numbers (1.1, （1）) are shown in the text but not counted, as in Word's 字数
    assert s21 == add(
        [count("文化引领"), count("文化建设。公司坚持客户为先的核心价值观。"), count("公司每年开展文化诊断。")]
    )
    assert section_counts(doc, "s2.1", include_heading=False) == add(
        [count("文化建设。公司坚持客户为先的核心价值观。"), count("公司每年开展文化诊断。")]
    )
    # the chapter includes its subsections; the text box inside 1.2 is not counted
    s2 = section_counts(doc, "s2")
    body = [p for p in doc.paragraphs_in("s2")]
    assert s2 == paragraphs_counts(body)
    assert s2.word_style < add(count(p.text) for p in body).word_style
    with pytest.raises(KeyError):
        section_counts(doc, "s9")


def test_extracted_span_maps_back() -> None:
    doc = build_document(pdf_damaged())
    p = doc.paragraphs[3]
    span = doc.extracted_span(p.span)
    assert doc.extracted_text[span.start : span.end].startswith("公司成立于 2009 年")
    assert doc.extracted_text[span.start : span.end].endswith("认证。")


def test_unmarked_paragraphs_need_a_number_when_the_format_marks_headings() -> None:
    raw = RawDocument(
        source="x.docx",
        format="docx",
        blocks=(
            Block("heading", "领导", style_level=1),
            Block("paragraph", "组织简介"),  # short, unnumbered: stays text in a styled document
            Block("paragraph", "（一）文化引领"),  # numbered: promoted
        ),
    )
    doc = build_document(raw)
    assert [p.kind for p in doc.paragraphs] == ["heading", "text", "heading"]
    assert doc.sections[1].level == 2


def test_empty_blocks_are_dropped_and_an_empty_document_has_no_sections() -> None:
    raw = RawDocument(source="x.txt", format="txt", blocks=(Block("paragraph", " \u3000\u200b "),))
    doc = build_document(raw)
    assert doc.text == "" and doc.paragraphs == () and doc.sections == ()
    assert doc.counts is not None and doc.counts.word_style == 0


def test_a_markdown_report_whose_headings_are_bold_lines_nests_by_their_numbers() -> None:
    from analyzer.text.plain import blocks_from_plain_text

    text = (
        "**武汉某联络服务有限公司 自评报告**\n\n"
        "**第一章　组织环境**\n\n**1-1　我们是谁**\n\n公司成立于2014年，运营全市统一的服务热线。\n\n"
        "**第二章　领导作用**\n\n**2-1　引领发展**\n\n**①把准方向**\n\n公司每年修订发展规划。\n\n"
        "**②培育文化**\n\n公司把服务理念写进岗位手册。\n\n**2-2　治理与风险防控**\n\n公司设董事会和监事。\n"
    )
    doc = build_document(RawDocument("bold.md", "md", tuple(blocks_from_plain_text(text, markdown=True))))
    by_title = {s.title: s for s in doc.sections}
    shape = [(s.level, s.number, s.title) for s in doc.sections if not s.front_matter]
    assert shape == [
        (1, "第一章", "组织环境"),
        (2, "1.1", "我们是谁"),
        (1, "第二章", "领导作用"),
        (2, "2.1", "引领发展"),
        (3, "①", "把准方向"),
        (3, "②", "培育文化"),
        (2, "2.2", "治理与风险防控"),
    ]
    assert by_title["把准方向"].parent == by_title["引领发展"].id


def _plain(text: str) -> Document:
    from analyzer.text.plain import blocks_from_plain_text

    return build_document(RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(text, markdown=False))))


def test_headings_written_as_bare_numbers_open_sections() -> None:
    """A report whose headings are the clause numbers alone, decorated in any way, under worded
    chapter lines with a colon (``第一部分：领导`` / ``【1.2】`` / ``〔1.3〕`` / ``2.1．``)."""
    doc = _plain(
        "第一部分：领导\n\n1.1\n\n董事会每年修订发展规划，高层领导带头宣讲。\n\n【1.2】\n\n公司设董事会、监事会。\n\n"
        "〔1.3〕\n\n近三年营业收入分别为10亿元、12亿元和15亿元。\n\n第二部分：战略\n\n2.1．\n\n"
        "公司每三年滚动编制战略规划。\n\n▌2.2\n\n战略目标分解到部门。\n"
    )
    shape = [(s.level, s.number, s.title) for s in doc.sections]
    assert shape == [
        (1, "第一部分", "领导"),
        (2, "1.1", ""),
        (2, "1.2", ""),
        (2, "1.3", ""),
        (1, "第二部分", "战略"),
        (2, "2.1", ""),
        (2, "2.2", ""),
    ]


def test_a_lone_number_or_a_column_of_values_stays_text() -> None:
    lone = _plain("一、领导\n\n1.2\n\n公司设董事会、监事会。\n\n二、战略\n\n公司每三年滚动编制战略规划。\n")
    assert [s.title for s in lone.sections] == ["领导", "战略"]
    axis = _plain("一、结果\n\n近三年顾客满意度如下图所示。\n\n1.2\n\n1.5\n\n1.8\n\n2.1\n\n图7-1 顾客满意度\n")
    assert [s.title for s in axis.sections] == ["结果"]  # values one per line, as a chart's axis comes out
    falling = _plain("一、领导\n\n3.2\n\n甲。\n\n2.1\n\n乙。\n\n1.4\n\n丙。\n\n1.1\n\n丁。\n")
    assert [s.title for s in falling.sections] == ["领导"]  # not numbered in order


def test_full_width_bare_numbers_are_headings_as_sure_as_marked_ones() -> None:
    from analyzer.text.headings import STRICT_THRESHOLD

    doc = _plain(
        "第一部分：领导\n\n１．１\n\n董事会每年修订规划。\n\n１．２\n\n公司设董事会。\n\n１．３\n\n营业收入三年增长。\n"
    )
    numbered = [s for s in doc.sections if s.level == 2]
    assert [s.number for s in numbered] == ["1.1", "1.2", "1.3"]
    assert all(s.confidence >= STRICT_THRESHOLD for s in numbered)


CHARTS = """七、结果

（一）配送服务质量

近三年的情况见图7-1和图7-2。

图7-1 2021—2023年订单准时交付率（%）
100
98
96
96.1
96.8
94.6
2021 2022 2023
本公司 湦岧冷链 行业平均

准时交付率三年提高2.1个百分点，2022年起超过湦岧冷链。

图7-2 2021—2023年门店到货温度合格率（%）

99.8 99.6 99.4 99.2

99.3 99.5 99.1

2021年 2022年 2023年

本公司

湦岧冷链

行业平均

到货温度合格率三年都在99%以上。

（二）客户与市场结果

图7-3 2022—2023年客户满意度（分）

88.9 86.4

2022 2023

运营效率

客户满意度两年均高于对手。
"""


def test_what_a_chart_leaves_when_copied_out_of_a_pdf_is_no_heading() -> None:
    """Axis values, data labels (``99.8 99.6 99.4``: a number and "a title" of figures), x-axis years
    and the legend (``本公司 湦岧冷链 行业平均``, or one name per line) after a chart's caption stay
    paragraphs of the item; one short line alone after the figures may be a heading and stays one."""
    doc = _plain(CHARTS)
    titles = [s.title for s in doc.sections]
    assert titles == ["结果", "配送服务质量", "客户与市场结果", "运营效率"]
    item = next(s for s in doc.sections if s.title == "配送服务质量")
    under = [p.text for p in doc.paragraphs if p.section == item.id]
    assert "99.8 99.6 99.4 99.2" in under and "湦岧冷链" in under and "本公司 湦岧冷链 行业平均" in under
    assert under[-1] == "到货温度合格率三年都在99%以上。"


DIAGRAMS = """一、领导

（一）组织治理

公司设股东会、董事会、监事和经理层，组织结构如图1-1所示。

图1-1 公司组织结构图

股东会

董事会

经理层

战略分析

→

战略制定

图1-2 战略管理流程

二、战略

[图片]

▲ 战略地图（2023年版）

公司每三年编制滚动规划。

[图片]

▍ 规划怎么落地？

各事业部按季度分解目标。
"""


def test_what_a_diagram_or_a_picture_leaves_in_text_is_no_heading() -> None:
    """A diagram's box texts, one short line each after its caption or before it, and a web page's
    picture placeholder with the caption under it stay paragraphs of the item; a numbered line after
    them is the next heading, and so is a title after a heading bar, right after a placeholder too."""
    doc = _plain(DIAGRAMS)
    assert [s.title for s in doc.sections] == ["领导", "组织治理", "战略", "规划怎么落地？"]
    item = next(s for s in doc.sections if s.title == "组织治理")
    under = [p.text for p in doc.paragraphs if p.section == item.id]
    assert {"股东会", "董事会", "经理层", "战略分析", "→", "战略制定"} <= set(under)
    chapter = next(s for s in doc.sections if s.title == "战略")
    body = [p.text for p in doc.paragraphs if p.section == chapter.id and p.kind != "heading"]
    assert body[:2] == ["[图片]", "▲ 战略地图（2023年版）"]


def test_two_unnumbered_headings_right_after_a_figure_caption_stay_headings() -> None:
    # a report whose headings carry no numbers: a chapter and its first item after a figure are no
    # diagram (a diagram has three boxes at least)
    doc = _plain("员工契合\n\n员工满意度逐年提高。\n\n图5-1 近三年员工满意度\n\n创新驱动\n\n"
                 "仿制药开发管理\n\n公司依据发展规划编制品种开发行动计划。\n")
    assert [s.title for s in doc.sections] == ["员工契合", "创新驱动", "仿制药开发管理"]


def test_an_unnumbered_title_before_a_second_child_is_the_first_child() -> None:
    # 2.1 / ▍顾客需求怎么听？ / 2.1.2: the title left unnumbered is 2.1.1, not a sibling of 2.1
    doc = _plain("2 运行\n\n2.1 运行体系\n\n▍ 顾客需求怎么听？\n\n门店每月访谈顾客。\n\n会员社群每周收集意见。\n\n"
                 "2.1.2 体系建设\n\n公司推行标准化。\n\n2.2 运行管理\n\n流程持续改进。\n")
    levels = {s.title: s.level for s in doc.sections}
    assert levels["顾客需求怎么听？"] == levels["体系建设"] == levels["运行体系"] + 1


def test_a_line_of_figures_is_no_heading_anywhere() -> None:
    from analyzer.text.headings import recognize

    assert recognize("99.5 99.1") is None and recognize("2021 2022 2023") is None  # a line of figures
    heading, bare, ordinal = recognize("2.1 战略制定"), recognize("〔1.3〕"), recognize("一、1.1")
    assert heading is not None and heading.confidence == 0.95
    assert bare is not None and bare.number == "1.3"  # a number alone, decorated, is still one
    assert ordinal is not None and ordinal.title == "1.1"  # and so is an ordinal before a clause number


def test_an_outline_export_s_list_items_are_headings_by_their_numbers() -> None:
    """An outline tool (幕布, XMind, 飞书大纲) exports the whole report as one nested Markdown list: a
    list item whose text opens with a heading number is that heading; the others are paragraphs."""
    from analyzer.text.plain import blocks_from_plain_text

    text = (
        "# 某康养集团自评报告\n\n- 申报单位：某康养集团\n- 申报日期：2024年3月\n\n- 第一部分 组织环境\n\n"
        "    - 一、我们是谁\n\n        - 集团成立于2016年，现有员工1,904人，服务覆盖57个街道。\n\n"
        "    - 二、我们所处的环境\n\n        - 武汉60岁以上户籍人口已超过两成，需求快速增长。\n\n"
        "- 第二部分 领导作用\n\n    - 一、把舵定向\n\n        - （一）方向从哪里来\n\n"
        "            - 班子每年年初走访长者家庭，听取需求。\n"
    )
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, markdown=True))))
    got = [(s.level, s.number, s.title) for s in doc.sections]
    assert got[1:] == [
        (1, "第一部分", "组织环境"),
        (2, "一", "我们是谁"),
        (2, "二", "我们所处的环境"),
        (1, "第二部分", "领导作用"),
        (2, "一", "把舵定向"),
        (3, "(一)", "方向从哪里来"),
    ]
    body = [p.text for p in doc.paragraphs if p.kind == "text" and not p.front_matter]
    assert any(t.endswith("服务覆盖57个街道。") for t in body)


def test_clause_numbers_written_after_the_titles_number_the_headings() -> None:
    """``领导力 1.1``, ``带出一支队伍　1.1.2`` (ideographic space), ``规划定位⇥1.2`` (a tab: no table of
    one row), ``对标定位……1.2.1`` (a dot leader); a category's lone number (``高标准定位 1``) counts where
    the decimal headings below carry it. A document with fewer than three such lines has none: one
    ``营业收入增长 2.1`` is as likely data."""
    text = (
        "高标准定位 1\n\n近三年，中心班子以读者为中心。\n\n领导力 1.1\n\n确定方向 1.1.1\n\n中心每年修订发展方向。\n\n"
        "带出一支爱书懂人的队伍\u30001.1.2\n\n馆员每年培训不少于64学时。\n\n规划定位\t1.2\n\n"
        "对标定位……1.2.1\n\n中心对照苏州的做法确定定位。\n"
    )
    doc = _plain(text)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "高标准定位"),
        ("1.1", "领导力"),
        ("1.1.1", "确定方向"),
        ("1.1.2", "带出一支爱书懂人的队伍"),
        ("1.2", "规划定位"),
        ("1.2.1", "对标定位"),
    ]
    assert not any(p.kind == "table" for p in doc.paragraphs)
    one = _plain("领导力\n\n营业收入增长 2.1\n\n公司营业收入稳步增长。\n")
    assert [s.title for s in one.sections] == ["领导力"]


def test_a_contents_list_of_numbered_items_is_no_heading() -> None:
    """A 目录 written as a Markdown list (飞书: ``- [1.1 文化引领](#11-文化引领)`` …): list items that read as
    headings, one after another in one style at one depth, are a list; the headings come after it."""
    from analyzer.text.plain import blocks_from_plain_text

    text = (
        "# 🚀 自评报告\n\n> 📝 文档信息：市长质量奖申报\n\n🗂 目录\n- [组织简介](#组织简介)\n- [1.1 文化引领](#11)\n"
        "- [1.2 组织治理](#12)\n- [1.3 领导的结果](#13)\n\n"
        "## 1.1 文化引领\n\n公司每年修订文化手册。\n\n## 1.2 组织治理\n\n董事会每季度开会。\n"
    )
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, markdown=True))))
    assert [s.title for s in doc.sections][1:] == ["文化引领", "组织治理"]
