""""一项一表": items answered in form tables whose first rows name the item (issue 12)."""

from __future__ import annotations

from analyzer.model import RawDocument
from analyzer.text.plain import blocks_from_plain_text
from analyzer.text.segment import build_document, form_table_heading


def _md(text: str) -> RawDocument:
    return RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True)))


def _form(first: str, *rows: str) -> str:
    body = "\n".join(f"| {r} |" for r in rows)
    return f"| {first} |\n| --- | --- |\n{body}\n"


FORMS = (
    "# 某水务公司自评报告\n\n## 一、领导\n\n"
    + _form(
        "评价条款 | 1.1 高层领导的作用", "自评说明 | 领导班子七人，分工负责文化、品牌、安全和质量。", "自评得分 | 52"
    )
    + "\n补充说明：2023年班子确定了三项改进重点。\n\n"
    + _form("评价条款 | 组织治理", "自评说明 | 公司设董事会、监事和经理层，权责写入章程。", "自评得分 | 40")
    + "\n## 四、资源\n\n"
    + _form("条款编号 | 4.3", "条款名称 | 信息和知识资源", "自评说明 | 建成生产运营数据平台，接入水厂和泵站数据。")
    + "\n"
    + _form("评价条款 | 4.5 基础设施", "自评说明 | 水厂和泵站设备实行点检和预防性维护。")
)


def test_a_form_table_names_the_item_it_answers() -> None:
    match, rows = form_table_heading([("评价条款", "1.1 高层领导的作用"), ("自评说明", "领导班子七人。")]) or (None, 0)
    assert match is not None and (match.number, match.title, rows) == ("1.1", "高层领导的作用", 1)
    rows_in = [("条款编号", "4.3"), ("条款名称", "信息和知识资源"), ("自评说明", "…")]
    match, rows = form_table_heading(rows_in) or (None, 0)
    assert match is not None and (match.number, match.title, rows) == ("4.3", "信息和知识资源", 2)


def test_a_table_of_figures_or_of_item_scores_is_no_form() -> None:
    assert form_table_heading([("评价条款", "自评得分"), ("1.1 高层领导的作用", "52"), ("1.2 组织治理", "40")]) is None
    assert form_table_heading([("指标", "2023年"), ("顾客满意度", "91.2")]) is None
    assert form_table_heading([("评价条款", "1.1 高层领导的作用", "52")]) is None


def test_form_tables_open_the_sections_of_their_items_and_keep_their_text() -> None:
    doc = build_document(_md(FORMS))
    heads = [(s.number, s.title) for s in doc.sections]
    assert ("1.1", "高层领导的作用") in heads and (None, "组织治理") in heads
    assert ("4.3", "信息和知识资源") in heads and ("4.5", "基础设施") in heads
    item = next(s for s in doc.sections if s.number == "1.1")
    inside = [p for p in doc.paragraphs if p.section == item.id]
    assert [p.kind for p in inside] == ["table", "text"]  # the form stays a table; the note after it is the item's
    assert inside[1].text.startswith("补充说明")


def test_a_single_form_table_is_no_pattern() -> None:
    one = _form("评价条款 | 1.1 高层领导的作用", "自评说明 | 领导班子七人。")
    doc = build_document(_md("# 某公司自评报告\n\n## 一、领导\n\n" + one))
    assert [s.title for s in doc.sections if s.number == "1.1"] == []



MAPPED = (
    "# 某医疗公司自评报告\n\n## 第一篇　方向与治理\n\n"
    "本章内容与评价准则对照（第一篇）\n\n| 本章小节 | 对应评价条款 |\n| --- | --- |\n"
    "| 一、把“质量优先”写进决策 | 1.1 文化引领 |\n| 二、规矩写在前面 | 1.2 组织治理 |\n\n"
    "### 一、把“质量优先”写进决策\n\n班子每年讨论一次质量方针。\n\n"
    "### 二、规矩写在前面\n\n公司设董事会、监事会和经理层。\n\n"
    "## 第二篇　从纲要到行动\n\n"
    "本章内容与评价准则对照（第二篇）\n\n| 本章小节 | 对应评价条款 |\n| --- | --- |\n"
    "| 一、纲要如何变成每季度的动作 | 2.2 战略实施 |\n\n"
    "### 一、纲要如何变成每季度的动作\n\n年度计划分解到季度作战卡。\n"
)


def test_a_mapping_table_tags_the_headings_after_it() -> None:
    doc = build_document(_md(MAPPED))
    numbers = {s.title: s.number for s in doc.sections}
    assert numbers["把“质量优先”写进决策"] == "1.1"
    assert numbers["规矩写在前面"] == "1.2"
    # the next chapter's table maps its own 一、 (the first chapter's 一、 keeps 1.1)
    assert numbers["纲要如何变成每季度的动作"] == "2.2"


def test_a_heading_a_mapping_table_gives_a_clause_of_another_chapter_takes_it() -> None:
    from analyzer.mapping import align_sections
    from analyzer.standards import load_standard

    text = (
        "# 某医疗公司自评报告\n\n## 第五篇　创新与质量\n\n"
        "本章内容与评价准则对照（第五篇）\n\n| 本章小节 | 对应评价条款 |\n| --- | --- |\n"
        "| 一、研发是一套机制 | 5.1 创新系统 |\n| 二、质量：从体系到习惯 | 6.2 营运质量 |\n\n"
        "### 一、研发是一套机制\n\n研发立项每季度评审一次。\n\n"
        "### 二、质量：从体系到习惯\n\n质量体系覆盖全部产线。\n\n"
        "## 第六篇　交付与效率\n\n### 一、从订单到检验科\n\n订单交付周期三年缩短两天。\n"
    )
    doc = build_document(_md(text))
    alignment = align_sections(doc, load_standard("shenzhen-economic-2019"))
    got = {s.title: alignment.clause_of(s.id) for s in doc.sections}
    assert got["研发是一套机制"] == "5.1"
    assert got["质量：从体系到习惯"] == "6.2"  # the table says so, though it sits in chapter 5


def test_a_number_written_with_a_hyphen_is_written_not_tagged() -> None:
    # 5-2 is the number 5.2 written: the heading is no tag from elsewhere and stays in its chapter
    from analyzer.standards import load_standard

    text = (
        "某热线公司自评报告\n\n第四章　品牌影响\n\n4-1　顾客和市场\n\n公司按来电人群细分服务。\n\n"
        "第五章　员工契合\n\n5-1　员工赋能\n\n班组长可以当场批准坐席临时下线休息。\n\n"
        "5-2　坐席队伍的变化\n\n坐席流失率三年分别为31%、29%和24%，低于行业平均。\n"
    )
    from analyzer.pipeline import AnalyzeOptions, analyze_document

    doc = build_document(RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(text, False))))
    a = analyze_document(doc, load_standard("wuhan-service-2022"), AnalyzeOptions(backend="lexical"))
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["员工赋能"] == "5.5.3"
    assert got["坐席队伍的变化"] == "5.5.4"
