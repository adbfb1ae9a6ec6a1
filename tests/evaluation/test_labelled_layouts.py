"""The evaluation reads labelled reports in the layouts writers use (analyzer.evaluation.perturb).

A WPS text export has no blank lines: every paragraph is one line and tables are drawn with
box characters. The labelled blocks are found where a line opens the next labelled heading or
paragraph, and a drawn or pipe table renders as a real table in DOCX.
"""

from __future__ import annotations

import json
from pathlib import Path

from analyzer.evaluation.perturb import load
from analyzer.evaluation.perturb.tables import Table

REPORT = (
    "北京某农商银行自评报告\n"
    "一、领导\n"
    "　　本行党委每季度研究普惠金融工作，把服务小微写进章程。\n"
    "表7-1　主要指标\n"
    "┌────┬────┐\n"
    "│指标│2023年│\n"
    "├────┼────┤\n"
    "│不良率（%）│1.19│\n"
    "└────┴────┘\n"
    "　　不良率低于北京地区城商行平均。\n"
)

LABELS = {
    "standard": "beijing-2020",
    "headings": [
        {"text": "北京某农商银行自评报告", "level": 0, "clause": None},
        {"text": "一、领导", "level": 1, "clause": "1"},
    ],
    "paragraphs": [
        {"text_start": "本行党委每季度研究普惠金融工作，把服务", "clause": "1.1", "kind": "text"},
        {"text_start": "表7-1　主要指标\n┌────┬───", "clause": "7.2", "kind": "table"},
        {"text_start": "不良率低于北京地区城商行平均。", "clause": "7.2", "kind": "text"},
    ],
    "missing_clauses": [],
}


def test_a_report_without_blank_lines_splits_where_the_next_label_opens(tmp_path: Path) -> None:
    (tmp_path / "report.md").write_text(REPORT, "utf-8")
    (tmp_path / "labels.json").write_text(json.dumps(LABELS, ensure_ascii=False), "utf-8")
    doc = load(tmp_path)
    assert [(b.kind, b.clause) for b in doc.blocks] == [
        ("heading", None),
        ("heading", "1"),
        ("text", "1.1"),
        ("table", "7.2"),
        ("text", "7.2"),
    ]
    table = Table.parse(doc.blocks[3].text)
    assert table.caption == "表7-1　主要指标"
    assert table.rows == (("指标", "2023年"), ("不良率（%）", "1.19"))


def test_a_pipe_table_block_parses_into_its_cells() -> None:
    t = Table.parse("表2-1 经营指标\n| 指标 | 2021年 | 2022年 |\n|---|---|---|\n| 营业收入 | 9.4 | 8.9 |")
    assert t.caption == "表2-1 经营指标"
    assert t.rows == (("指标", "2021年", "2022年"), ("营业收入", "9.4", "8.9"))


def test_a_toc_whose_lines_repeat_the_headings_stays_one_block_in_a_report_with_blank_lines(tmp_path: Path) -> None:
    report = (
        "目　录\n\n组织概述\n第一章　领导\n\n组织概述\n\n本店成立于2009年，在北京有门店86家。\n\n"
        "第一章　领导\n\n总经理每月到门店走访。\n"
    )
    labels = {
        "standard": "beijing-2020",
        "headings": [
            {"text": "目　录", "level": 1, "clause": None},
            {"text": "组织概述", "level": 1, "clause": "0"},
            {"text": "第一章　领导", "level": 1, "clause": "1"},
        ],
        "paragraphs": [
            {"text_start": "组织概述\n第一章　领导", "clause": None, "kind": "text"},
            {"text_start": "本店成立于2009年，在北京有门店86", "clause": "0.1", "kind": "text"},
            {"text_start": "总经理每月到门店走访。", "clause": "1.1", "kind": "text"},
        ],
        "missing_clauses": [],
    }
    (tmp_path / "report.md").write_text(report, "utf-8")
    (tmp_path / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    assert [(b.kind, b.clause) for b in load(tmp_path).blocks] == [
        ("heading", None),
        ("text", None),
        ("heading", "0"),
        ("text", "0.1"),
        ("heading", "1"),
        ("text", "1.1"),
    ]


def test_a_pipe_table_labelled_by_its_first_row_pairs_with_the_table_read() -> None:
    from analyzer.evaluate import LabelledParagraph, pair_paragraphs
    from analyzer.model import RawDocument
    from analyzer.text.plain import blocks_from_plain_text
    from analyzer.text.segment import build_document

    text = "# 某公司自评报告\n\n| 评价条款 | 1.1 高层领导的作用 |\n| --- | --- |\n| 自评说明 | 领导班子七人。 |\n"
    doc = build_document(RawDocument("x.md", "md", tuple(blocks_from_plain_text(text, True))))
    label = LabelledParagraph("| 评价条款 | 1.1 高层领导的作用", "1.1", "table")
    [(_, paired)] = pair_paragraphs(doc, [label])
    assert paired is not None and paired.kind == "table"
