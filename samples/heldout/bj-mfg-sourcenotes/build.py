#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-mfg-sourcenotes from source.txt.

A Beijing state-holding maker of rail-transit signalling equipment, 北京琸岘信号技术股份有限公司 (made up;
its controlling shareholder 北京岘融科技投资集团, its competitors 上海漴屹信号系统有限公司 and 南京洺椽轨道控制技术
有限公司, its international benchmark 赫岚维信号集团 / Helanvik Rail Signalling Group, the survey firm 湝翮市场研究,
the 城轨信号产业联盟 and the pay-survey firm 涞澍人力咨询 are made up too; about 2,500 staff), written by its
质量与安全管理部 in a precise engineering voice that cites its sources (CBTC, SIL4, EN 50126/50128/50129,
IRIS, FAT, 天窗点, MTTR).

Layout: DENSE NOTES AND SOURCES AROUND THE TEXT.
- Plain text. Two title lines (level 0), a cover block and an 编制说明 paragraph that explains the note
  conventions (front matter, ``@P -``).
- ``组织概述`` (= 0, level 1) with ``（一）组织描述`` (0.1) and ``（二）组织面临的挑战`` (0.2); categories
  ``一、领导`` … ``七、结果`` (level 1); items ``（一）高层领导的作用`` … (level 2) with the standard's titles,
  numbered by position inside the category.
- Paragraphs carry note markers inside sentences: circled numbers ``①②③`` (numbered per chapter, in 0, 三、,
  五、, 六、, 七、), ``（注1）`` (per item, in 一、, 二、, 四、) and bracketed reference numbers ``[1]``…``[12]``.
  After many paragraphs comes a separate note line: ``注：①……``, ``注1：……``, ``数据来源：……`` or
  ``资料来源：②……``; each is labelled with the clause of the item it belongs to.
- Every table has a caption line ``表n-m ……`` (part of the table block) and is followed by a separate
  ``数据来源：表n-m……`` line (labelled with the table's clause).
- Five figures are referenced only by a caption line with no picture (``图0-1 公司组织结构图``,
  ``图1-1``, ``图2-1``, ``图5-1 质量管理体系架构图``, ``图6-1``), each labelled with its clause.
- Results: tables with years as columns and comparison columns (``漴屹信号（2023年）``, ``洺椽控制（2023年）``,
  ``行业平均（2023年）``, ``赫岚维（2023年）``, a ``比较对象（2023年）`` column with rankings). 表7-3 uses
  ``本年（2023年） | 上年同期（2022年） | 前年同期（2021年） | 本年同比`` columns. An intro paragraph under
  ``七、结果`` (= 7).
- Back matter: a heading ``引用文件`` (clause null) and the numbered reference list (``@P -``).

Planted defects:
- 3.1 顾客和市场的了解 missing everywhere (no customer segmentation, target or potential customers, methods
  for learning what customers want, or use of such information). ``三、顾客与市场`` has only
  ``（一）顾客关系和顾客满意``, which is 3.2 (ordinal trap).
- 7.1 has 2022-2023 only (表7-1); 2021 appears only in the sentence saying the failure statistics changed to
  the RAMS definition in 2022 and the older figures are not comparable. It has 漴屹信号 / 行业平均 / 赫岚维 columns.
- 7.4 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- 7.5 车载设备出厂一次交验合格率 99.2 -> 99.4 -> 98.6, below 洺椽控制 99.0 and 行业平均 98.8, only in 表7-5
  (unexplained); 7.2 新签合同额 (2022) and 7.3 净利润 / 销售净利率 / 净资产收益率 (2022) are explained.
- One 4.5 paragraph (设施维护保养和更新改造) sits under 5.2's heading ``（二）过程的实施与改进`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-mfg-sourcenotes/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['3.1'],
    'results_lacking_three_years': ['7.1'],
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 3.1 顾客和市场的了解 must be absent everywhere: no customer groups or segments, no target, future or
    # potential customers, no methods for learning what customers want, no use of such information.
    'forbidden_words': ['顾客需求', '客户需求', '业主需求', '用户需求', '需求调研', '需求识别', '需求分析',
                        '市场调研', '市场调查', '细分', '顾客群', '客户群', '目标市场', '目标客户', '目标顾客',
                        '潜在客户', '潜在顾客', '潜在业主', '偏好', '顾客识别', '客户识别', '了解顾客',
                        '了解客户', '了解业主', '客户画像', '未来顾客', '未来客户'],
    'unfavourable_results': [
        {'clause': '7.5',
         'indicator': '车载设备出厂一次交验合格率（99.2%→99.4%→98.6%，2023年下降，低于洺椽控制99.0%和行业平均98.8%；'
                      '只在表7-5中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '新签合同额（2022年由41.2亿元降至36.5亿元）', 'explained': True},
        {'clause': '7.3', 'indicator': '净利润、销售净利率、净资产收益率（2022年由2.86亿元、9.1%、11.2%降至'
                                       '2.14亿元、6.5%、8.3%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有控股轨道交通信号设备制造企业（北京琸岘信号技术股份有限公司不存在；控股股东北京岘融科技投资集团、'
        '竞争对手上海漴屹信号系统有限公司和南京洺椽轨道控制技术有限公司、国际标杆赫岚维信号集团、调研机构湝翮市场研究、'
        '城轨信号产业联盟、涞澍人力咨询均为虚构，人名、数字和奖项都是编的），员工约2,500人。质量与安全管理部执笔，'
        '工程化、精确、处处注明出处的口吻（CBTC、SIL4、EN 50126/50128/50129、IRIS、FAT、天窗点、MTTR）。'
        '版式是本样本的重点：正文周围密布注释和出处。纯文本；两行标题（level 0，clause为null），封面信息块和一段说明注释规则的'
        '“编制说明”（@P -）；“组织概述”（level 1，标0）下“（一）组织描述”=0.1、“（二）组织面临的挑战”=0.2（level 2）；'
        '“一、领导”…“七、结果”（level 1，标1…7）；条目“（一）高层领导的作用”等（level 2），用准则原标题，按在本章中的位置编号。'
        '段落句中带注释标记：圈码①②③（按章编号，用于组织概述和三、五、六、七章）、“（注1）”（按条目编号，用于一、二、四章）'
        '和方括号引用编号[1]…[12]；许多段落之后另起一行“注：①……”“注1：……”“数据来源：……”或“资料来源：②……”，'
        '这些注释行都标其所属条目。每张表都有表题行“表n-m ……”（属于表格块），表后另起一行“数据来源：表n-m……”（标表格所属条目）。'
        '五个图只有图题行、没有图（图0-1 公司组织结构图、图1-1、图2-1、图5-1 质量管理体系架构图、图6-1），标所属条目。'
        '结果以年份为列的表格为主，带“漴屹信号（2023年）”“洺椽控制（2023年）”“行业平均（2023年）”“赫岚维（2023年）”列，'
        '表7-6有“比较对象（2023年）”列（含排名）；表7-3用“本年（2023年）/上年同期（2022年）/前年同期（2021年）/本年同比”列。'
        '“七、结果”下有一段引言，标7。文末“引用文件”标题（clause为null）和编号参考文献列表是back matter（@P -）。'
        '刻意缺陷：3.1 顾客和市场的了解整条缺失（全文没有顾客分群、目标或潜在顾客、了解顾客要求和期望的方法及其应用），'
        '“三、顾客与市场”下只有“（一）顾客关系和顾客满意”，它是3.2（序号陷阱）；组织概述仍按收入构成描述业主类别及其最看重的方面。'
        '7.1 只有2022年和2023年两年（2021年只出现在说明2022年起按RAMS口径统计、此前数据不可比“不再列出”的句子里），'
        '有漴屹信号、行业平均和赫岚维对比列。7.4 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，'
        '没有对手、行业、标杆或排名对比。不利结果：7.5 车载设备出厂一次交验合格率99.2%、99.4%、98.6%，2023年下降，'
        '低于洺椽控制99.0%和行业平均98.8%，只出现在表7-5中，正文没有提及或解释；7.2 新签合同额2022年下降（已解释：'
        '两座城市新线开工推迟、招标顺延）；7.3 净利润、销售净利率、净资产收益率2022年下降（已解释：进口芯片涨价、固定总价合同、'
        '三条线路开通推迟）。一段回答4.5（设施维护保养和更新改造）的段落放在5.2“（二）过程的实施与改进”之下（misplaced）。'
        '其他结果：7.1与赫岚维的差距逐年缩小（不列为不利结果）；7.2市场占有率位列第三、与第一名差距缩小；'
        '故障率、缺陷密度、修复时间、离职率、资产负债率越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # every table is followed by a 数据来源 line of the same clause that names the table
    for i, b in enumerate(blocks):
        if b['type'] != 'table':
            continue
        cap = b['line'].split('\n')[0]
        m = re.match(r'表(\d+-\d+) ', cap)
        if not m:
            problems.append('table caption not 表n-m: ' + cap)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if not nxt or nxt['type'] != 'text' or nxt['clause'] != b['clause'] \
                or not nxt['line'].startswith('数据来源：表' + m.group(1)):
            problems.append('table %s not followed by its 数据来源 line' % m.group(1))
    # figure captions: 图n-m lines without a picture, labelled
    figs = [b for b in body if re.match(r'图\d+-\d+ ', b['line'])]
    if len(figs) != 5 or any(b['clause'] is None for b in figs):
        problems.append('expected 5 labelled figure caption lines, got %d' % len(figs))
    # 7.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('7.1 mentions an earlier year: ' + sent[:40])
    # 7.5: the 2023 drop of 一次交验合格率 appears only in the table
    for b in body:
        if b['clause'] == '7.5' and b['type'] == 'text' and '交验' in b['line']:
            problems.append('7.5 text mentions 一次交验合格率')
    # 7.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.4' and re.search('漴屹|洺椽|赫岚维', b['line']):
            problems.append('7.4 names a competitor or benchmark')
    # ordinal trap: the only item heading under 三、 is （一） and answers 3.2
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('三、'))
    if not (heads[idx + 1]['line'].startswith('（一）') and heads[idx + 1]['clause'] == '3.2'
            and heads[idx + 2]['line'].startswith('四、')):
        problems.append('ordinal trap under 三、 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
