"""Hand-built RawDocuments that look like what the readers produce, damage included."""

from __future__ import annotations

from analyzer.ingest.blocks import Block, RawDocument
from analyzer.text.plain import blocks_from_plain_text
from tests.shared_data import DEV_REPORTS
from tests.shared_data import dev_report as dev_report_folder

__all__ = ["DEV_REPORTS", "DEV_REPORT_NAMES", "MARKDOWN_REPORTS", "dev_report"]
DEV_REPORT_NAMES = ("szx-econ-smartmfg", "szx-service-govcenter", "bj-meddevice", "wh-mfg-notitles")
MARKDOWN_REPORTS = {"szx-econ-smartmfg", "bj-meddevice"}


def dev_report(name: str) -> RawDocument:
    """A dev report read the way the TXT/MD reader reads it (skips the test without ../shared)."""
    md = name in MARKDOWN_REPORTS
    text = (dev_report_folder(name) / "report.md").read_text(encoding="utf-8")
    return RawDocument(
        source=f"{name}/report.md", format="md" if md else "txt", blocks=tuple(blocks_from_plain_text(text, md))
    )


def pdf_damaged() -> RawDocument:
    """pdfminer-style output: spaces around digits, letter-spaced and full-width heading numbers,
    lines broken mid-sentence, zero-width characters, a caption apart from its table, a footnote,
    a text box, headings marked by font size only."""
    return RawDocument(
        source="damaged.pdf",
        format="pdf",
        pages=3,
        blocks=(
            Block("heading", "深圳市栎川智造装备股份有限公司 2023 年度自评报告", page=1, font_size=22.0, bold=True),
            Block("heading", "第 一 部 分  领 导", page=1, font_size=18.0),
            Block("heading", "１．１ 文化引领", page=1, font_size=16.0),
            Block(
                "paragraph",
                "公司成立于 2009 年，2023 年营业收入 38.6 亿元，同比增长 23.7% 。\n"
                "总部位于深圳市宝安区，通过 ISO 9001 认证。",
                page=1,
            ),
            Block("paragraph", "（1）文化体系的建立与迭代。公司自 2009 年成立以来，逐步形成工程\n师文化。", page=1),
            Block("paragraph", "表 6-1 质量水平指标", page=2),
            Block(
                "table",
                "指标\t2021 年\t2022 年\t2023 年\n营业收入（亿元）\t24.7\t31.2\t38.6",
                page=2,
                rows=(("指标", "2021 年", "2022 年", "2023 年"), ("营业收入（亿元）", "24.7", "31.2", "38.6")),
            ),
            Block("heading", "1. 2 组织治理", page=2, font_size=16.0),
            Block("paragraph", "（一）治理结构", page=2),
            Block("paragraph", "质量\u200b管理\ufeff体系持续改进，\r\n覆盖全部 12 个事业部。", page=2),
            Block("paragraph", "注：数据来源于公司年报。", page=2, source="footnote"),
            Block("paragraph", "客户满意度 92.5 分", page=3, source="textbox"),
            Block("heading", "1.3 领导的结果", page=3, font_size=16.0),
            Block("paragraph", "近三年主要指标持续向好。", page=3),
        ),
    )


def docx_like() -> RawDocument:
    """python-docx-style output: heading styles, automatic numbering outside the text, a table."""
    return RawDocument(
        source="report.docx",
        format="docx",
        blocks=(
            Block("heading", "自评报告", style_level=1),
            Block("heading", "领导", style_level=1, numbering="第一章"),
            Block("heading", "文化引领", style_level=2, numbering="1.1"),
            Block("paragraph", "文化建设。公司坚持客户为先的核心价值观。", numbering="（1）"),
            Block("paragraph", "公司每年开展文化诊断。"),
            Block("heading", "组织治理", style_level=2, numbering="1.2"),
            Block(
                "table",
                "指标\t2022年\t2023年\n董事会会议（次）\t8\t9",
                rows=(("指标", "2022年", "2023年"), ("董事会会议（次）", "8", "9")),
            ),
            Block("paragraph", "文本框中的组织结构说明", source="textbox"),
            Block("heading", "战略", style_level=1, numbering="第二章"),
            Block("paragraph", "（一）战略制定"),
            Block("paragraph", "公司每三年滚动修订战略规划。"),
        ),
    )


PLAIN_TXT = """某某公司 质量奖自评报告
一、领导
（一）文化引领
　　公司坚持“客户为先”的价值观。
　　2023年，公司营业收入38.6亿元。
（二）组织治理
公司治理实行股东会、董事会、监事会和总经理负责制，董事会下设战略委员会
和审计委员会，重大事项由董事会集体决策，经营层按授权执行并定期报告执
行情况。

二、战略
表2-1 战略目标
指标\t2023年\t2025年目标
营业收入（亿元）\t38.6\t50
"""


def plain_txt() -> RawDocument:
    return RawDocument(source="report.txt", format="txt", blocks=tuple(blocks_from_plain_text(PLAIN_TXT, False)))
