#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-ems-repeated from source.txt.

A Shenzhen EMS/SMT contract manufacturer for consumer and automotive electronics (深圳市铖溆电子制造有限公司,
made up; competitors 东莞沭岚电子 and 惠州翊浛科技 and the benchmark 苏州璞潆电子集团 are made up too), written
tersely by a lean/quality engineer (SMT, 直通率, DPPM, 换线时间, OEE, MES, 客户审核, 8D).

Layout: plain text. Two title lines, a heading ``目录`` and a 目录 block whose entries end with ``第3页``-style page
references (front matter). The profile is an unnumbered ``企业简介`` with three sub-headings of its own
(``一、公司基本面`` / ``二、行业与竞争格局`` / ``三、我们的长板``). Chapters ``第1章 领导力`` … ``第6章 高质量运营``
(Arabic digit inside 第…章), items ``1.1 …`` numbered like the standard, ten of seventeen with the company's own
titles. Under EVERY item the same fixed sub-headings repeat on lines of their own: ``【主要做法】`` ``【实施成效】``
``【改进方向】`` (level 3, labelled with their item; 1.2, 2.2, 4.2 and 6.1 lack 【改进方向】, 5.2 lacks 【实施成效】);
result items use ``【指标表现】`` and ``【对比分析】`` instead.

Planted defects: 3.1 顾客服务 is missing, so chapter 3 renumbers: its ``3.1 客户价值共创`` is the standard's 3.2 and
``3.2 客户与市场结果`` is the result item 3.3 (ordinal trap, also in the 目录). 4.3 has 2022 and 2023 only. 5.3 has
three years but only target columns, under a ``【对比分析】`` heading that compares with targets only. 3.3
准时交付率 drops in 2023 below 行业平均 and both competitors, visible only in 表3-1 (unexplained). One 5.2
paragraph (经验教训库) sits under 6.2's 【主要做法】.
"""
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
    'expected_missing': ['3.1'],
    'results_lacking_three_years': ['4.3'],
    'results_lacking_comparison': ['5.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3'],
    # 3.1 顾客服务 must be absent everywhere: no identifying or segmenting customers, no channels for
    # learning customer needs or feedback, no satisfaction surveys or complaint handling, no loyalty/CRM
    'forbidden_words': ['投诉', '客诉', '抱怨', '满意度调查', '问卷', '回访', '拜访', '客户满意', '顾客满意',
                        '客户分类', '客户分级', '细分', '客户画像', '客户关系', 'CRM', '粘性', '黏性', '会员',
                        '客户服务', '售后', '客户之声', '客户需求调研', '客户反馈'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '营业收入、净利润、净利润率（2022年营收下降7.5%，净利润下降24.7%）',
         'explained': True},
        {'clause': '6.3', 'indicator': 'SMT直通率、制程DPPM（2023年二季度环比变差：98.86%、49）',
         'explained': True},
        {'clause': '3.3', 'indicator': '准时交付率（98.6%、98.9%、96.8%，2023年下降，低于行业平均97.5%和'
                                       '沭岚电子98.1%、翊浛科技97.9%，仅见于表3-1）', 'explained': False},
        # Added after first contact, on the writer's own review of the definition (not on SARA's output
        # alone): these falls are in the tables and 2.3/3.3's own text does not explain them.
        {'clause': '2.3', 'indicator': '战略KPI达成率（77.3%、68.2%、90.9%，2022年下降，2.3中未解释，仅见于表2-1）',
         'explained': False},
        {'clause': '3.3', 'indicator': '新增量产客户（9→7个）、市场占有率（2.6%→2.5%），2022年小幅下降，仅见于表3-1',
         'explained': False},
    ],
    'notes': (
        '深圳经济类，虚构深圳电子制造服务（EMS/SMT）民企（深圳市铖溆电子制造有限公司，不存在；竞争对手东莞沭岚电子、'
        '惠州翊浛科技和标杆苏州璞潆电子集团也不存在），做消费电子和汽车电子PCBA。精益/质量工程师的简短口吻'
        '（SMT、直通率、DPPM、换线时间、OEE、MES、客户审核、8D）。纯文本标题：两行标题（level 0，clause为null），'
        '“目录”（level 1，clause为null）和一段目录（front matter，clause为null），目录条目以“第3页”式页码结尾；'
        '“企业简介”不编号（level 1，标0），下设“一、公司基本面”“二、行业与竞争格局”“三、我们的长板”（level 2，标0）；'
        '章标题“第1章 领导力”…“第6章 高质量运营”（level 1，第与章之间是阿拉伯数字）；条目“1.1 …”按标准编号'
        '（level 2），17个条目中10个用自己的标题（1.2 治理与合规风控、2.2 战略落地与滚动调整、2.3 战略目标达成情况、'
        '3.1 客户价值共创、3.2 客户与市场结果、4.2 员工成长与赋能、5.1 创新体系与机制、5.2 开放创新与知识管理、'
        '5.3 创新成果、6.3 运营绩效）。每个条目下重复同一组固定小标题，各占一行：【主要做法】【实施成效】【改进方向】'
        '（level 3，标所属条目；1.2、2.2、4.2、6.1缺【改进方向】，5.2缺【实施成效】）；结果条目改用【指标表现】【对比分析】。'
        '结果写法：同比/环比叙述、千分位数字（213,680万元）、1.3 中连续三段以“2021年，”“2022年，”“2023年，”开头'
        '的逐年段落；年度表（年份为列，带“行业平均（2023年）”及竞争对手、标杆列）；6.3 有一张2023Q1—Q4季度表'
        '紧跟年度表6-1。'
        '刻意缺陷：3.1 顾客服务整条缺失（全文没有客户识别与分类、了解客户需求的渠道、满意度测评、投诉处理或客户关系'
        '维护的内容），第3章重新编号，报告的“3.1 客户价值共创”=标准3.2，“3.2 客户与市场结果”=标准3.3（序号陷阱，'
        '目录同样如此）。4.3 只有2022年和2023年（说明句称2021年两厂口径不一不列），有行业平均、沭岚电子和标杆对比。'
        '5.3 有2021—2023三年数据，但只有“2023年目标值”“2025年规划目标”列，其【对比分析】小标题下只与目标比较，'
        '没有任何外部对比。不利结果：1.3 营收和净利润2022年下降（已解释：消费电子需求走弱、新厂折旧）；6.3 2023年'
        '二季度直通率和制程DPPM环比变差（已解释：新线爬坡）；3.3 准时交付率2023年降到96.8%，低于行业平均和两家'
        '竞争对手（只见于表3-1，未解释）。一段回答5.2 的经验教训库（知识管理）段落放在6.2 的【主要做法】下（misplaced）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
