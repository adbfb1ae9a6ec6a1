#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-bareno from source.txt.

A Shenzhen cross-border e-commerce logistics platform (深圳市翾舶跨境供应链科技有限公司, private, ~900 staff;
competitors 厦门汧帆供应链 and 东莞琯洋速运, benchmark 杭州璟舳全球物流集团, survey firm 珵沐咨询 and the
university 深圳澄峤大学 are all made up) in a terse management-consultant voice: many short paragraphs that open
with a one- or two-word label (``分层。`` ``资源。`` ``优势一：``).

Layout: plain text, no markdown. Two title lines, a cover block (申报单位 / 申报奖项 / 申报日期 / 联系人) and a
``目录`` heading with a block of ``第一部分：领导 ……… 3`` lines (front matter). The profile heading ``企业简介``
and the category headings ``第一部分：领导`` … ``第六部分：运营`` are the only headings with words. **Every other
heading is a bare clause number with no title**, decorated inconsistently: ``1.1``, ``【1.2】``, ``〔1.3〕``,
``2.1．``, ``▌2.2`` …; the profile uses bare ``0.1`` ``0.2`` ``0.3``.

6.1 运营系统 is missing everywhere, and the writer numbered on as if it did not exist: under ``第六部分：运营``
the heading ``〔6.1〕`` answers 6.2 营运质量 and ``▌6.2`` answers 6.3 (ordinal trap with real clause ids).
Results: tables with years as rows (``2021年`` ``2022年`` ``2023年`` down the first column, indicators across)
with comparison rows (``汧帆供应链（2023年）``, ``行业均值（2023年）``, ``璟舳全球物流（2023年，标杆）``), plus
short sentences with three-year series. 3.3 has only 2022–2023. 2.3 has only 目标 rows. One 2.2 paragraph
(quarterly review follow-up) sits under ``〔2.3〕``.
"""
import re

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['6.1'],
    'results_lacking_three_years': ['3.3'],
    'results_lacking_comparison': ['2.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['2.3'],
    # 6.1 运营系统 must be absent everywhere: no design of how the business is run, no key processes or their
    # requirements and indicators, no process standardisation, no emergency / disaster-recovery arrangements,
    # no upgrade of the way of operating
    'forbidden_words': ['运营模式', '运营设计', '运营系统', '运营管理', '关键过程', '过程设计', '过程控制',
                        '流程', '应急', '灾备', '突发', '预案', '模式升级', '业务连续', '关键运营指标',
                        '作业标准', 'SOP', '业务模式'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '净利润、净利润率（2022年由1.21亿元、6.5%降至0.98亿元、4.1%）',
         'explained': True},
        {'clause': '4.3', 'indicator': '主动离职率（2022年由12.4%升至15.9%）', 'explained': True},
        {'clause': '6.3', 'indicator': '海外仓订单差错率（0.62‰、0.55‰、0.81‰，2023年回升，高于汧帆供应链0.58‰；只在表6-1中）',
         'explained': False},
    ],
    'notes': (
        '深圳经济类，虚构深圳民营跨境电商供应链平台（深圳市翾舶跨境供应链科技有限公司，不存在；约900人；竞争对手'
        '厦门汧帆供应链、东莞琯洋速运，标杆杭州璟舳全球物流集团，调研机构珵沐咨询，深圳澄峤大学均为虚构）。'
        '管理咨询式的简短口吻，段落很短，多以“分层。”“资源。”“优势一：”之类的标签开头（正文，不是标题）。'
        '纯文本，无markdown：两行标题（level 0，clause为null），封面信息块（申报单位、申报奖项、申报日期、联系人）'
        '和“目录”标题及“第一部分：领导 ……… 3”式目录块（front matter，clause为null）。只有“企业简介”（level 1，标0）'
        '和“第一部分：领导”……“第六部分：运营”（level 1，标1…6）带文字；其余标题全是裸条款号，没有任何标题文字，'
        '装饰不一：“0.1”“0.2”“0.3”（level 2，标0），“1.1”“【1.2】”“〔1.3〕”“2.1．”“▌2.2”“〔2.3〕”“【3.1】”“3.2”'
        '“3.3．”“▌4.1”“〔4.2〕”“4.3”“5.1”“5.2．”“【5.3】”（level 2，标对应条款）。“第一部分”“第五部分”下各有一段引言，'
        '标1、5。'
        '刻意缺陷：6.1 运营系统整条缺失（全文没有运营模式设计、关键过程及其要求和指标、过程规范、应急或灾备、'
        '模式升级的内容），作者按不存在继续编号：“第六部分：运营”下的“〔6.1〕”实为6.2 营运质量，“▌6.2”实为6.3 结果'
        '（序号陷阱，裸编号恰好是标准里另一个真实条款号）。3.3 只有2022年和2023年（说明句称2021年及以前口径不一、'
        '不列示），有琯洋速运、行业均值、标杆和全市排名对比。2.3 有2021—2023三年数据，但只有“2023年目标”'
        '“2025年规划目标”行，没有任何对比。不利结果：1.3 净利润、净利润率2022年下降（已解释：运价回落、新仓折旧）；'
        '4.3 主动离职率2022年上升（已解释：自动分拣线替代手工岗位）；6.3 海外仓订单差错率2023年回升到0.81‰，'
        '高于前两年和汧帆供应链（只在表6-1中，未解释）。一段回答2.2（季度复盘后的偏差跟踪）的段落放在“〔2.3〕”下'
        '（misplaced）。结果表格均为年份在行（2021年/2022年/2023年），指标在列，对比为“汧帆供应链（2023年）”'
        '“行业均值（2023年）”“璟舳全球物流（2023年，标杆）”等行；另有“三年分别为……”的叙述序列。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    problems = []
    # 3.3: no 2021 figure; the year may appear only in the sentence saying why it is not given
    for b in blocks:
        if (b['type'] != 'heading' and b['clause'] == '3.3' and '2021' in b['line']
                and not b['line'].startswith('说明：')):
            problems.append('2021 in a 3.3 block other than the explanation: ' + b['line'][:20])
    # the 2023 rise of 海外仓订单差错率 is visible only in the table (not in any text paragraph)
    for b in blocks:
        if b['type'] == 'text' and '差错率' in b['line'] and b['clause'] == '6.3':
            problems.append('6.3 text mentions 差错率: ' + b['line'][:20])
    # bare-number headings: below the category level, no heading carries words
    for b in blocks:
        if b['type'] == 'heading' and b['level'] == 2 and re.search(r'[\u4e00-\u9fff]', b['line']):
            problems.append('item heading with words: ' + b['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
