"""Blocks from plain text and Markdown."""

from __future__ import annotations

from analyzer.text.plain import blocks_from_plain_text


def test_markdown_headings_tables_and_paragraphs() -> None:
    text = "# 报告\n\n## 1 领导\n### 1.1 文化引领\n\n正文第一段。\n\n表1-1 指标\n指标\t2022年\n收入\t10\n\n# 结语 #\n"
    blocks = blocks_from_plain_text(text, markdown=True)
    assert [(b.kind, b.style_level) for b in blocks] == [
        ("heading", 1),
        ("heading", 2),
        ("heading", 3),
        ("paragraph", None),
        ("table", None),
        ("heading", 1),
    ]
    assert blocks[2].text == "1.1 文化引领"
    assert blocks[5].text == "结语"
    table = blocks[4]
    assert table.text == "表1-1 指标\n指标\t2022年\n收入\t10"
    assert table.rows == (("指标", "2022年"), ("收入", "10"))


def test_hash_lines_are_not_headings_in_plain_text() -> None:
    blocks = blocks_from_plain_text("# 不是标题\n\n正文。", markdown=False)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert blocks[0].text == "# 不是标题"


def test_markdown_pipe_table() -> None:
    text = "| 指标 | 2022年 |\n|---|---|\n| 收入 | 10 |"
    (block,) = blocks_from_plain_text(text, markdown=True)
    assert block.kind == "table"
    assert block.rows == (("指标", "2022年"), ("收入", "10"))
    assert block.text == "指标\t2022年\n收入\t10"


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = "一、领导\n\u3000\u3000公司坚持客户为先。\n\u3000\u3000公司每年开展文化诊断。\n（一）文化引领"
    blocks = blocks_from_plain_text(text, markdown=False)
    assert [b.text for b in blocks] == [
        "一、领导",
        "\u3000\u3000公司坚持客户为先。",
        "\u3000\u3000公司每年开展文化诊断。",
        "（一）文化引领",
    ]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = (
        "公司治理实行股东会、董事会、监事会和总经理负责制，董事会下设战略委员会\n"
        "和审计委员会，重大事项由董事会集体决策，经营层按授权执行并定期报告执\n"
        "行情况。\n"
        "第二段从这里开始。"
    )
    blocks = blocks_from_plain_text(text, markdown=False)
    assert len(blocks) == 2
    assert blocks[0].text.count("\n") == 2
    assert blocks[1].text == "第二段从这里开始。"


def test_crlf_and_whitespace_only_lines_separate_blocks() -> None:
    blocks = blocks_from_plain_text("第一段。\r\n \u3000 \r\n第二段。\r\n", markdown=False)
    assert [b.text for b in blocks] == ["第一段。", "第二段。"]


def test_a_table_pasted_from_a_pdf_with_spaces_between_its_columns() -> None:
    blocks = blocks_from_plain_text(
        "表7-1 质量提升主要结果\n"
        "指标 2021年 2022年 2023年 全国燃气行业平均(2023年)\n"
        "供气可靠率(%) 99.95 99.96 99.98 99.90\n"
        "燃气泄漏报警平均响应时间(分钟)  24.6  23.9  27.8  —\n",
        False,
    )
    (table,) = blocks
    assert table.kind == "table" and table.text.startswith("表7-1")
    assert table.rows is not None and len(table.rows) == 3
    assert table.rows[2] == ("燃气泄漏报警平均响应时间(分钟)", "24.6", "23.9", "27.8", "—")


def test_a_table_with_full_width_bars_between_its_cells() -> None:
    # retyped from a picture in a web article: ｜ between the cells, no Markdown pipe table
    blocks = blocks_from_plain_text(
        "表3-3　主要服务质量指标\n"
        "指标｜2021年｜2022年｜2023年｜行业平均（2023年）\n"
        "处方审核合格率（%）｜99.2｜99.5｜99.7｜98.6\n"
        "外送订单30分钟送达率（%）｜96.2｜96.8｜94.1｜95.0\n\n"
        "汇报版｜质量与发展部｜2024年3月\n",
        True,
    )
    table, line = blocks
    assert table.kind == "table" and table.text.startswith("表3-3")
    assert table.rows is not None and table.rows[2] == ("外送订单30分钟送达率（%）", "96.2", "96.8", "94.1", "95.0")
    assert line.kind == "paragraph"  # a line with bars and no rows of figures is text


def test_spaced_words_and_a_spaced_line_of_figures_alone_are_no_table() -> None:
    blocks = blocks_from_plain_text("Quality Award Self Assessment\n\n公司 2023年 营业收入 增长 明显。\n", False)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    blocks = blocks_from_plain_text("指标 2021年 2022年 2023年\n近三年情况见下文说明，不再列表\n", False)
    assert all(b.kind == "paragraph" for b in blocks)


def test_a_markdown_line_bold_as_a_whole_is_a_paragraph_of_its_own_without_its_markers() -> None:
    text = "**第一章　组织环境**\n**1-1　我们是谁**\n公司成立于2014年。\n\n这是**重点**句子。\n\n__目　录__\n"
    blocks = blocks_from_plain_text(text, markdown=True)
    assert [(b.text, b.bold) for b in blocks] == [
        ("第一章\u3000组织环境", True),
        ("1-1\u3000我们是谁", True),
        ("公司成立于2014年。", False),
        ("这是重点句子。", False),  # emphasis inside a sentence is the sentence's, shown without its markers
        ("目\u3000录", True),
    ]
    assert all(b.kind == "paragraph" for b in blocks)
    # in plain text the asterisks are the text's own
    assert blocks_from_plain_text("**第一章　组织环境**\n", markdown=False)[0].text == "**第一章　组织环境**"


def test_a_table_drawn_with_box_characters_in_a_text_export_is_a_table() -> None:
    text = (
        "　　近三年主要指标如下。\n"
        "表7-1　主要指标\n"
        "┌──────────┬────┬────┐\n"
        "│ 指标　　　│ 2021年 │ 2022年 │\n"
        "├──────────┼────┼────┤\n"
        "│ 不良率（%）│ 1.42　│ 1.58　│\n"
        "└──────────┴────┴────┘\n"
        "　　不良率2022年有所上升。\n"
    )
    blocks = blocks_from_plain_text(text, markdown=False)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    table = blocks[1]
    assert table.text.startswith("表7-1")
    assert table.rows == (("指标", "2021年", "2022年"), ("不良率（%）", "1.42", "1.58"))


def test_an_ascii_grid_is_a_table_and_a_rule_alone_is_not() -> None:
    grid = "+------+------+\n| 指标 | 2023年 |\n+------+------+\n| 不良率 | 1.19 |\n+------+------+\n"
    (table,) = blocks_from_plain_text(grid, markdown=False)
    assert table.kind == "table" and table.rows == (("指标", "2023年"), ("不良率", "1.19"))
    blocks = blocks_from_plain_text("———————\n本节完。\n| 只有一行 |\n", markdown=False)
    assert all(b.kind == "paragraph" for b in blocks)


def test_markdown_shows_its_inline_markup_as_text() -> None:
    # an export from an online editor: <br>, &nbsp;, images, links, rules and a [TOC] placeholder
    text = (
        "[TOC]\n\n---\n\n**战略结果**：重点任务完成率2023年为93%。\n\n"
        "1. **课程质量**：每节课<br>都准点\n1. 第二点\n\n"
        "| 指标 | 2021年<br>（实际） |\n| --- | --- |\n| **满意度** | 90&nbsp;分 |\n\n"
        "![图3-1 学员满意度趋势](img/fig3-1.png)\n\n* * *\n\n<hr>\n\n详见[附表2](#t2)，3*4*5\n"
    )
    blocks = blocks_from_plain_text(text, True)
    assert [b.text for b in blocks if b.kind == "paragraph"] == [
        "战略结果：重点任务完成率2023年为93%。",
        "1. 课程质量：每节课\n都准点\n1. 第二点",
        "图3-1 学员满意度趋势",
        "详见附表2，3*4*5",
    ]
    (table,) = [b for b in blocks if b.kind == "table"]
    assert table.rows == (("指标", "2021年 （实际）"), ("满意度", "90 分"))


def test_plain_text_keeps_what_looks_like_markup() -> None:
    assert blocks_from_plain_text("**重点**<br>内容\n", False)[0].text == "**重点**<br>内容"


def test_markdown_html_tags_show_nothing_and_escaped_ones_show_as_text() -> None:
    (block,) = blocks_from_plain_text("重点<span style='color:red'>内容</span>，&lt;b&gt;照写&lt;/b&gt;\n", True)
    assert block.text == "重点内容，<b>照写</b>"


HTML_EXPORT = (
    "<h1>某区政务服务中心自评报告</h1>\n\n"
    "<h2>一、高标准定位</h2>\n\n<h3>（一）领导力</h3>\n\n"
    '<p style="text-indent:2em">中心实行主任负责制，&ldquo;好差评&rdquo;结果每月通报。'
    "<br/>班子每季度研究一次服务质量。</p>\n\n"
    "<ul>\n<li><strong>营商环境</strong>：企业开办一天办结。</li>\n</ul>\n\n"
    '<table border="1"><caption>表3-1 领导力结果</caption>\n'
    "<tr><th>指标</th><th>2022年</th><th>2023年</th></tr>\n"
    "<tr><td>员工满意度（分）</td><td>86.4</td><td>89.2</td></tr>\n</table>\n"
)


def test_html_saved_by_a_web_editor_reads_as_it_shows() -> None:
    blocks = blocks_from_plain_text(HTML_EXPORT, True)
    heads = [(b.style_level, b.text) for b in blocks if b.kind == "heading"]
    assert heads == [(1, "某区政务服务中心自评报告"), (2, "一、高标准定位"), (3, "（一）领导力")]
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert "中心实行主任负责制，“好差评”结果每月通报。\n班子每季度研究一次服务质量。" in texts
    assert "营商环境：企业开办一天办结。" in texts and "" not in texts
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == (("指标", "2022年", "2023年"), ("员工满意度（分）", "86.4", "89.2"))
    assert table.text.split("\n")[0] == "表3-1 领导力结果"


PANDOC = """---
title: 示例精密轴承股份有限公司
subtitle: 武汉市市长质量奖（制造类）自评报告
author: 技术质量中心
date: 2024年3月
---

申报单位：示例精密轴承股份有限公司\\
报送日期：2024年3月

第一部分 组织环境 {#_Toc151876501}
==================================

一、组织概况
------------

[]{#_Ref151990217 .anchor}二、规划的[分解]{.underline}与落地
------------

2021\\~2023年，营业收入由9.86亿元增至12.37亿元\\*。

![](media/image2.png){width="5.8in" height="3.4in"}

表2-1 领导作用主要结果指标
+---------------------+--------+--------+------------+
| 指标                | 2021年 | 2022年 | 行业平均   |
|                     |        |        | （2023年） |
+=====================+========+========+============+
| 营业收入增长率（%） | 18.3   | 5.7    | 7.9        |
+---------------------+--------+--------+------------+
| 利润总额（亿元）    | 0.98   | 0.81   | —          |
+---------------------+--------+--------+------------+
"""


def test_markdown_written_by_pandoc_reads_as_it_shows() -> None:
    blocks = blocks_from_plain_text(PANDOC, markdown=True)
    shown = [(b.kind, b.style_level, b.text) for b in blocks]
    # the YAML metadata block shows its values, a line each; the cover's hard breaks show nothing
    assert shown[:4] == [
        ("paragraph", None, "示例精密轴承股份有限公司"),
        ("paragraph", None, "武汉市市长质量奖（制造类）自评报告"),
        ("paragraph", None, "技术质量中心"),
        ("paragraph", None, "2024年3月"),
    ]
    assert shown[4][2] == "申报单位：示例精密轴承股份有限公司\n报送日期：2024年3月"
    # setext headings, their attributes and bookmarks left out, a span shows its text
    assert shown[5:8] == [
        ("heading", 1, "第一部分 组织环境"),
        ("heading", 2, "一、组织概况"),
        ("heading", 2, "二、规划的分解与落地"),
    ]
    assert shown[8][2] == "2021~2023年，营业收入由9.86亿元增至12.37亿元*。"
    assert "width" not in shown[9][2]
    # a grid table: a header cell wrapped over two lines is one cell
    table = blocks[-1]
    assert table.kind == "table" and table.text.startswith("表2-1")
    assert table.rows == (
        ("指标", "2021年", "2022年", "行业平均（2023年）"),
        ("营业收入增长率（%）", "18.3", "5.7", "7.9"),
        ("利润总额（亿元）", "0.98", "0.81", "—"),
    )


def test_a_rule_under_a_list_or_a_table_is_no_setext_heading_and_a_ruled_table_keeps_its_lines() -> None:
    blocks = blocks_from_plain_text("- 一项\n---\n\n正文。", markdown=True)
    assert all(b.kind != "heading" for b in blocks)
    # a drawn table whose rows fill every cell keeps one row per line, rules or not
    rule = "+----+----+"
    drawn = "\n".join([rule, "| 指标 | 2022年 |", rule, "| 收入 | 10 |", "| 利润 | 2 |", rule, "| 合计 | 12 |", rule])
    (table,) = blocks_from_plain_text(drawn, markdown=True)
    assert table.rows == (("指标", "2022年"), ("收入", "10"), ("利润", "2"), ("合计", "12"))
