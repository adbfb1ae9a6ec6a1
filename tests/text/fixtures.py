"""Hand-built RawDocuments that look like what the readers produce, damage included."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest.blocks import Block, RawDocument
from analyzer.text.plain import blocks_from_plain_text
from tests.shared_data import DEV_REPORTS, DEV_REPORTS_2, REASON

__all__ = ["DEV_REPORTS", "DEV_REPORT_2_NAMES", "DEV_REPORT_NAMES", "MARKDOWN_REPORTS", "dev_report"]
DEV_REPORT_NAMES = ("szx-econ-smartmfg", "szx-service-govcenter", "bj-meddevice", "wh-mfg-notitles")
DEV_REPORT_2_NAMES = ("d1-szx-econ-retail", "d2-wh-mfg-renumbered", "d3-bj-chinese-numbering")
MARKDOWN_REPORTS = {"szx-econ-smartmfg", "bj-meddevice"}


def dev_report_folder(name: str) -> Path:
    """The folder of a labelled dev report in ``../shared`` (the test skips when it is absent)."""
    folder = (DEV_REPORTS_2 if name in DEV_REPORT_2_NAMES else DEV_REPORTS) / name
    if not folder.is_dir():
        pytest.skip(REASON)
    return folder


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


# --------------------------------------------------------------------------- layouts of issue 12


def _txt(name: str, text: str, markdown: bool = False) -> RawDocument:
    return RawDocument(
        source=f"{name}.{'md' if markdown else 'txt'}",
        format="md" if markdown else "txt",
        blocks=tuple(blocks_from_plain_text(text, markdown)),
    )


COVER_TOC = """湖北澜汀环保科技股份有限公司

武汉市市长质量奖（服务类）申报材料

申报单位：湖北澜汀环保科技股份有限公司
申报类别：单位奖（服务类）
联 系 人：综合管理部　李晓
联系电话：027-8888 6666

二〇二四年三月

目　录

第一章　组织环境···············································1

第二章　领导作用···············································3

　　2.1　引领发展···············································3

　　2.2　有效治理···············································4

第三章　战略发展···············································6

第一章　组织环境

公司成立于2008年，主营城市污水处理厂委托运营和管网运维服务，目前在湖北省内运营污水处理厂14座，日处理能力96万吨。

第二章　领导作用

公司领导班子由董事长、总经理和4名副总经理组成，分管运营、技术、财务和安全。

2.1　引领发展

公司以“让每一滴水干净回家”为使命，每年由董事长主持召开战略与文化研讨会。

2.2　有效治理

公司建立了股东大会、董事会、监事会和经营层各司其职的治理结构。

第三章　战略发展

公司每三年编制一次发展规划，每年滚动修订。
"""


def cover_toc() -> RawDocument:
    """Cover lines, a key：value block, a date, 目　录 with ··· leaders one entry per block; chapters
    after it repeat the entries' text. Old behaviour: the title line contained every chapter and the
    目录 entries were headings (section 第一章 twice)."""
    return _txt("cover_toc", COVER_TOC)


PROFILE_FIRST = """广州禾川物业服务有限公司 2023年度自评报告

我们是谁

广州禾川物业服务有限公司成立于2002年，目前在广州、佛山两市服务住宅小区86个、写字楼22栋。下面分两部分介绍。

（一）公司概况

公司现有员工3,420人，其中项目一线员工2,960人。2023年营业收入8.6亿元，同比增长7.4%。

（二）面临的挑战

行业竞争加剧，人工成本每年上涨约6%，业主对服务透明度的要求越来越高。

第一篇 领导

本篇说明公司高层如何确定方向、如何治理，以及取得的成效。

一、确定方向

公司以“把小区当成自己家来管”为使命，每年年初由总经理主持制定年度经营方针。

二、领导成效

（一）经营业绩

2021—2023年营业收入分别为7.2亿元、8.0亿元和8.6亿元。

（二）社会责任

公司连续三年开展社区志愿服务，累计服务时长1.2万小时。

第二篇 战略

本篇说明战略的制定与部署。

一、战略制定

公司每三年编制一次战略规划，由战略发展部组织，经董事会审议。
"""


def profile_first() -> RawDocument:
    """A profile with （一）（二） sub-headings before the first 第一篇; （一） again under 二、. Old
    behaviour: （一） was ranked top because it came first, so 第一篇 nested under （二）."""
    return _txt("profile_first", PROFILE_FIRST)


CAPTIONS_LEADINS = """# 第一章 领导

## 1.1 组织文化

1）组织文化。公司以“诚信、精益、共赢”为核心价值观，每年开展一次文化诊断。

a) 文化传递。新员工入职第一周完成文化课程，考核合格率100%。

一是坚持党建引领，二是坚持客户导向，三是坚持精益运营。

（1）文化体系的建立与迭代。公司自2009年成立以来，逐步形成工程师文化，并于2020年完成文化体系升级。

（2）文化落地的机制

公司建立了文化大使制度，每个部门设1名文化大使，每季度开展文化活动。

表4.7-3 文化活动开展情况

图4.2-1 2021—2023年员工敬业度

表一 文化测评结果
指标\t2021年\t2022年\t2023年
文化认同度（%）\t86.2\t88.9\t91.5

续表4-1 文化测评结果（续）

## 1.2 组织治理

公司治理结构完善。
"""


def captions_leadins() -> RawDocument:
    """Captions (表4.7-3, 图4.2-1, 表一, 续表) and lead-ins (1）…。, a) …, 一是…, （1）…。 text) are never
    headings; the short numbered line （2）文化落地的机制 on its own is one."""
    return _txt("captions_leadins", CAPTIONS_LEADINS, markdown=True)


TRADITIONAL = """臺北澄瀾醫療器材股份有限公司　自評報告

目　錄

第一章　領導……………………1

第一章　領導

１．１　高層領導的作用

公司高層領導於２０２２年制定「精準、可靠、溫暖」的核心價值觀，每季度召開一次經營檢討會。

１．２　組織治理

公司董事會下設審計委員會與薪酬委員會，２０２３年共召開董事會會議９次。

（１）風險管理

公司建立三道防線的風險管理體系，２０２１年至２０２３年未發生重大合規事件。

第二章　戰略

２．１　戰略制定

公司每三年制定一次發展規劃，２０２３年營業收入１２．６億元。
"""


def traditional() -> RawDocument:
    """A report in traditional characters with full-width digits (１．１, ２０２２年): analysed in
    simplified characters, headings read as numbers, offsets back to the traditional original."""
    return _txt("traditional", TRADITIONAL)
