#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-periods-quarters from source.txt.

A Shenzhen private chain of outpatient dental clinics, 深圳市琰芃口腔门诊连锁有限公司 (琰芃口腔, made up;
43 门诊部, 486 牙椅, 1,318 staff; its competitors 深圳市澂笙齿科连锁有限公司 (澂笙齿科) and 深圳市泖岑口腔医疗有限公司
(泖岑口腔), its benchmark 杭州玙澍口腔医疗集团 (玙澍口腔) and the survey firm 深圳市睎禾调研咨询有限公司 (睎禾调研,
which also runs the made-up 深圳市民营口腔机构运营监测平台) are made up too), written by its 运营数据中心 in an
operations-analytics voice (“芃眼”运营看板, 日报/周报, 环比/同比, 标黄, 下钻, 口径).

Layout: RESULTS MIXED WITH PERIODS SHORTER THAN A YEAR.
- Markdown. ``#`` title, a cover block and a 数据说明 paragraph (front matter, ``@P -``) that defines
  2023Q1-style quarters, 上半年/下半年, 1—9月 and 环比/同比.
- ``## 组织概述`` (= 0) with two ``###`` sub-heads (``我们是谁``, ``行业环境与挑战``, both 0).
- Categories ``## 1 高标准定位`` … ``## 3 高绩效结果``, items ``### 1.1 领导力`` … and leaves
  ``#### 1.1.1 …`` with their own numbers; 9 leaf titles in the company's words (``方向与价值观：不做过度治疗``
  = 1.1.1, ``带队伍：…`` = 1.1.2, ``治理合规与风险防控：把底线守在诊椅边`` = 1.2.2, ``服务设计：从一次牙疼倒推服务``,
  ``量化管理：一块看板管到每把牙椅``, ``过程优化：每周一次复盘``, ``创新实施：先在三家门诊跑通``,
  ``年度目标完成得怎么样`` = 3.1.2, ``患者怎么评价我们`` = 3.2.2, ``示范效应：把做法讲给同行听``).
  Intro paragraphs under ``## 1`` (= 1) and ``## 3`` (= 3).
- Results mix yearly data with shorter periods: 表3-1 years as rows with 澂笙齿科（2023年）/行业平均（2023年）
  rows; 表3-2 ``2022年上半年 | 2022年下半年 | 2023年上半年 | 2023年下半年 | 2024年上半年`` with an 环比 row;
  表3-3 ``2021年 | 2022年 | 2023年 | 2023年目标值 | 2024年1—9月 | 2024年目标值``; 表3-4 ``2023Q1 … 2023Q4`` with
  上年同期 and 同比 rows; 表3-5 a ``2024年1—6月`` column; 表3-6 ``2022Q1 … 2023Q4`` plus 行业平均（2023年）;
  a 2023年1—12月 monthly series in prose; 表3-7 half-years plus 行业平均 and 玙澍口腔 columns; 表3-8 years as
  columns with both competitors, 行业平均 and the benchmark; 表3-9 NPS ``2023Q1 … 2024Q3`` with the yearly
  series only in the sentence beside it; 表3-10 years plus ``2024年1—9月``; prose series, rankings, ``- `` bullets
  per year in 3.3.2.

Planted defects:
- 1.2.1 对标定位 missing everywhere (no benchmark study, no long- or short-term development plan, no
  roadmap/timetable, no monitoring or adjustment of a plan). ``### 1.2 规划定位`` holds only
  ``#### 1.2.1 治理合规与风险防控：把底线守在诊椅边``, which is 1.2.2 (number trap: the heading number is
  the missing clause's).
- 3.2.1 has 2022–2023 only, with plenty of quarterly (2022Q1–2023Q4), half-yearly and monthly (2023年1—12月)
  figures; 2021 appears only in the sentence saying the older hand-kept figures are not comparable (不再列示).
  It has 行业平均, 澂笙齿科, 泖岑口腔 and 玙澍口腔 comparisons.
- 3.1.2 has 2021–2023 (plus 2024年1—9月, 2024年1—6月, 2023 quarters) but only 2023年目标值 / 2024年目标值 /
  年度目标值 / 上年同期 / 同比 / 国家标准要求: no competitor, benchmark, industry or ranking comparison.
- Unfavourable results: 3.2.2 种植患者满意度 92.1 → 92.8 → 90.9 (falls in 2023, below 澂笙齿科 92.0,
  泖岑口腔 91.7 and 行业平均 91.5), only in 表3-8 (unexplained). Explained: 3.1.1 员工满意度 fell in 2022
  (82.4 → 79.6, 停诊 and bonuses); 3.1.2 营业收入, 接诊人次, 净利润率 and 年度重点项目完成率 fell in 2022
  (疫情停诊). Labelling fix after the SARA run (report unchanged): 3.1.2 新开门诊 also fell in 2022 (4 -> 3,
  表3-3 only) and the explanation does not name it, so it is labelled unexplained (not planted); the
  ``2024年1—9月`` column is a part-year total, not a decline. Falling 离职率, 投诉率, 返工率, 等待天数, 耗材成本比重, 周转天数, 能耗 are favourable; gaps to the
  benchmark 玙澍口腔 narrow (总体满意度 2.7 → 1.1) or are single-year benchmark gaps (not listed).
- One 1.1.2 paragraph (轮休保障, 心理支持热线, 护士长成长营, 新任门诊负责人导师) sits at the end of
  ``#### 2.1.2 体系建设`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-periods-quarters/build.py
"""

import os
import re
import sys

LEAVES = ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3.1', '2.3.2',
          '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2']
ALL = ['0', '1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3'] + LEAVES

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': LEAVES,
    'expected_missing': ['1.2.1'],
    'results_lacking_three_years': ['3.2.1'],
    'results_lacking_comparison': ['3.1.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.1.2'],
    # 1.2.1 对标定位 must be absent everywhere: no benchmark study for positioning, no long/short-term
    # development plan, no roadmap, timetable or project list, no monitoring, review or adjustment of a plan.
    'forbidden_words': ['对标', '标杆研究', '标杆学习', '规划', '路线图', '时间表', '项目清单', '战略',
                        '长短期', '中长期', '十四五', '五年', '定位', '发展目标', '经营计划', '年度计划',
                        '发展计划', '中期评估', '滚动', '更高的位置', '远景'],
    'unfavourable_results': [
        {'clause': '3.2.2',
         'indicator': '种植患者满意度（92.1→92.8→90.9分，2023年下降，低于澂笙齿科92.0、泖岑口腔91.7和行业平均91.5；'
                      '只在表3-8中）',
         'explained': False},
        # found after the SARA run (labelling fix, report unchanged): 新开门诊 also fell in 2022 (4 -> 3, 表3-3)
        # and the explanation paragraph does not name it, so it is labelled unexplained (not planted).
        {'clause': '3.1.2', 'indicator': '新开门诊（2022年由4家降至3家；只在表3-3中，2022年的说明段没有提到它；非刻意植入，运行后补标）',
         'explained': False},
        {'clause': '3.1.1', 'indicator': '员工满意度（2022年由82.4分降至79.6分）', 'explained': True},
        {'clause': '3.1.2', 'indicator': '营业收入、接诊人次、净利润率、年度重点项目完成率（2022年由8.62亿元、112.4万、'
                                         '9.8%、88.9%降至7.95亿元、101.7万、6.1%、83.3%）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳民营连锁口腔门诊企业（深圳市琰芃口腔门诊连锁有限公司不存在；竞争对手深圳市澂笙齿科连锁有限公司、'
        '深圳市泖岑口腔医疗有限公司，标杆杭州玙澍口腔医疗集团，调研机构深圳市睎禾调研咨询有限公司及其运营的深圳市民营口腔机构运营监测平台'
        '均为虚构，人名、数字和奖项都是编的），43家门诊部、486台牙椅、员工1,318人。运营数据中心执笔，运营分析口吻'
        '（“芃眼”运营看板、日报/周报、环比/同比、标黄、下钻、口径）。版式是本样本的重点：结果中年度数据与短于一年的周期混排。'
        'Markdown：#标题，封面信息块和定义季度（2023Q1）、上半年/下半年、1—9月、环比/同比的“数据说明”（@P -）；'
        '“## 组织概述”（标0）下两个###小标题（我们是谁、行业环境与挑战，标0）；“## 1 高标准定位”…“## 3 高绩效结果”，'
        '条目“### 1.1 领导力”等，叶子“#### 1.1.1 …”带本文自己的编号，9个叶子标题用企业自己的话。“## 1”和“## 3”下各有一段引言（标1、3）。'
        '结果：表3-1年份为行、带澂笙齿科（2023年）和行业平均（2023年）行；表3-2“2022年上半年|2022年下半年|2023年上半年|2023年下半年|'
        '2024年上半年”带环比行；表3-3“2021年|2022年|2023年|2023年目标值|2024年1—9月|2024年目标值”；表3-4“2023Q1…2023Q4”带上年同期和同比行；'
        '表3-5有“2024年1—6月”列；表3-6“2022Q1…2023Q4”加行业平均（2023年）；正文给出2023年1—12月逐月序列；表3-7半年度加行业平均和玙澍口腔列；'
        '表3-8年份为列、带两家对手、行业平均和标杆；表3-9 NPS“2023Q1…2024Q3”，年度序列只在旁边的句子里；表3-10年份加“2024年1—9月”；'
        '另有文字序列、排名和3.3.2的逐年“- ”条目。'
        '刻意缺陷：1.2.1 对标定位整条缺失（全文没有标杆研究、长短期发展规划、路线图/时间表、规划的监测评估和调整），'
        '“### 1.2 规划定位”下只有“#### 1.2.1 治理合规与风险防控：把底线守在诊椅边”，它是1.2.2（编号陷阱：标题编号正是缺失条款的编号）。'
        '3.2.1 只有2022年和2023年两年的年度数据，季度（2022Q1—2023Q4）、半年度和月度（2023年1—12月）数据很多；2021年只出现在说明'
        '此前手工登记、口径不一“不再列示”的句子里；有行业平均、澂笙齿科、泖岑口腔和玙澍口腔对比。'
        '3.1.2 有2021—2023年数据（另有2024年1—9月、2024年1—6月、2023年各季度），但只有2023年目标值、2024年目标值、年度目标值、'
        '上年同期、同比和“国家标准要求”，没有对手、标杆、行业或排名对比。'
        '不利结果：3.2.2 种植患者满意度92.1、92.8、90.9分，2023年下降，低于澂笙齿科92.0、泖岑口腔91.7和行业平均91.5，'
        '只出现在表3-8中，正文没有提及或解释；3.1.1 员工满意度2022年下降（已解释：两轮停诊打乱排班、绩效奖金减少）；'
        '3.1.2 营业收入、接诊人次、净利润率和年度重点项目完成率2022年下降（已解释：疫情管控停诊31天、房租人工照付、两个重点项目顺延）。'
        '补标（SARA运行后发现的标注遗漏，报告未改）：3.1.2 新开门诊2022年由4家降至3家，只在表3-3中，2022年的说明段没有点名，'
        '按未解释的不利结果标注（非刻意植入）；表3-3“2024年1—9月”列是不满一年的累计数，低于2023年全年不算下降。'
        '离职率、投诉率、返工率、等待天数、耗材成本比重、周转天数、能耗下降是有利结果；与标杆玙澍口腔的差距逐年缩小或只有单年标杆值，不列为不利结果。'
        '一段回答1.1.2的段落（轮休保障、心理支持热线、护士长成长营、新任门诊负责人导师制）放在“#### 2.1.2 体系建设”的末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # 3.2.1: years are 2022 and 2023 only; 2021 only in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '3.2.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|24)', sent):
                    problems.append('3.2.1 mentions a year other than 2021-2023: ' + sent[:40])
                if '2021' in sent and '不再列示' not in sent:
                    problems.append('3.2.1 mentions 2021 outside the 不再列示 sentence: ' + sent[:40])
    # 3.2.2: the 2023 drop of 种植患者满意度 appears only in the table
    for b in body:
        if b['clause'] == '3.2.2' and b['type'] == 'text' and '种植患者满意' in b['line']:
            problems.append('3.2.2 text mentions 种植患者满意度')
    # 3.1.2: no competitor, benchmark or survey-firm names, no 比较
    for b in body:
        if b['clause'] == '3.1.2' and re.search('澂笙|泖岑|玙澍|睎禾|比较|监测平台', b['line']):
            problems.append('3.1.2 names a comparison: ' + b['line'][:30])
    # number trap: under ### 1.2 the only leaf heading is "#### 1.2.1 …" labelled 1.2.2, then ## 2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('### 1.2 '))
    if not (heads[idx + 1]['line'].startswith('#### 1.2.1 ') and heads[idx + 1]['clause'] == '1.2.2'
            and heads[idx + 2]['line'].startswith('## 2 ')):
        problems.append('number trap under 1.2 not as planned')
    # period layout: quarters, half-years, 1—6月, 1—9月, 环比, a monthly series
    whole = '\n'.join(b['line'] for b in body)
    for needle in ('2023Q1\t2023Q2\t2023Q3\t2023Q4', '2022年上半年\t2022年下半年\t2023年上半年',
                   '2024年1—6月', '2024年1—9月', '环比', '2023年1—12月'):
        if needle not in whole:
            problems.append('layout element missing: ' + needle)
    # own-words leaf titles: at least 5
    own = [h for h in heads if (h['line'].startswith('#### ') and '：' in h['line']) or '怎么' in h['line']]
    if len(own) < 5:
        problems.append('fewer than 5 own-words titles')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
