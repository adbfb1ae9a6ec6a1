#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-cumulative-ranges from source.txt.

A Wuhan private senior-care operator, 武汉棽湄养老服务有限公司 (made up; its competitors 武汉岍萸康养服务有限公司
and 湖北溱榆养老服务集团有限公司, its benchmark 上海瑥椤养老服务集团, the survey firm 武汉彧澂民意调查有限公司 and
the 江城养老服务发展联盟 are made up too; 36 community day-care centres, 18 长者食堂, 21 home-care teams, two
nursing homes with 520 beds, 1,312 staff), written by its 运营管理中心 in a warm but data-heavy voice.

Layout: FIGURES WRITTEN AS RANGES, CUMULATIVE TOTALS AND AVERAGES.
- Markdown. A ``#`` title line (level 0), a cover block and an 编写说明 paragraph (front matter, ``@P -``).
- ``## 5.1 组织环境`` with four unnumbered ``###`` sub-headings (组织概况 / 竞争环境 / 组织优势 / 改进系统, all 5.1);
  chapters ``## 5.2 领导作用`` … ``## 5.7 质量提升``; items ``### 5.x.y …`` with the standard's numbers
  (5.x.1 not written); six item titles in the company's own words (``5.2.3 治理与风险：守住每一张床边的底线``,
  ``5.3.3 让规划落到每个站点``, ``5.4.2 读懂老人和家属``, ``5.4.4 老人和家属怎么评价我们``,
  ``5.5.3 让护理员愿意留下来``, ``5.6.2 新服务是怎样从床边长出来的`` = 5.6.3).
- Throughout the text, process items and results alike: ranges and cumulative figures that are not
  year-by-year series (``2021—2023年累计服务老人38.6万人次``, ``近三年年均增长15.5%``, ``2021年至2023年共投入…``,
  ``“十四五”以来…累计…``, ``三年平均…``, ``截至2023年底累计…``, ``2020—2022年度``, ``2023年1—9月``,
  ``2024年上半年``).
- Results: tables with years as columns and ``岍萸康养（2023年）`` / ``溱榆养老（2023年）`` / ``行业平均（2023年）`` /
  ``瑥椤养老（标杆，2023年）`` columns (表2-1, 表4-1, 表7-1), 表3-1 years as rows with competitor and benchmark rows,
  a ``2023年目标值`` column (表5-1), ``- `` bullet prose series (5.6.4), rankings (联盟综合评价, 质量监测排名).

Planted defects:
- 5.6.2 创新系统 missing everywhere (no innovation culture or tolerance of failure, no innovation platforms,
  mechanisms, rules, incentives or funding, no forms of innovation, no assessment of innovation capability
  against competitors). ``## 5.6 创新驱动`` is renumbered: ``### 5.6.2 新服务是怎样从床边长出来的`` answers 5.6.3
  and ``### 5.6.3 创新驱动的结果`` is 5.6.4 (the gap does not show; ordinal trap).
- 5.4.4 has 2022-2023 only (表4-1 and prose) plus cumulative / average / range figures
  (``2021—2023年累计服务老人38.6万人次``, ``近三年平均为87.3%``, ``截至2023年底累计…``); 2021 appears only in the
  range expressions and in the sentence saying why the older satisfaction figures are not given (``不列示``).
  It has 岍萸康养 / 溱榆养老 / 行业平均 / 瑥椤养老 columns and rankings.
- 5.5.4 has 2021-2023 but only a ``2023年目标值`` column and a 2025年规划目标 (no comparison).
- 5.7.4 居家上门服务准时率 98.6 -> 98.9 -> 97.8%, below 岍萸康养 98.4 and 行业平均 98.1, only in 表7-1
  (unexplained); 5.2.4 净利润率 (2022) and 5.3.4 机构床位入住率 (2022) are explained.
- One 5.4.3 paragraph (商标注册, 冒用“棽湄”名义的事件处理) sits at the end of ``### 5.2.3 治理与风险`` (misplaced).

Labelling fix after the single SARA run (the report text was not changed): 表2-1 and 表3-1 also hold unfavourable
values the text does not explain, which the first labels missed: 5.2.4 资产负债率 48.2 -> 51.6% in 2022, 营业收入 and
纳税 2023 below 岍萸康养; 5.3.4 营业收入增长率 13.6 -> 9.4% in 2022, 机构床位 far below 溱榆养老. They are now in
``unfavourable_results`` with ``explained: False`` (so 5.2.4 and 5.3.4 each hold one explained and some
unexplained results).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-cumulative-ranges/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form's 3,000 字 is not in the labels)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.6.2'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.6.2 创新系统 must be absent everywhere: no innovation culture, platforms, mechanisms, incentives,
    # funding, forms of innovation or capability assessment.
    'forbidden_words': ['创新文化', '创新氛围', '宽容失败', '容错', '创新平台', '创新工作室', '实验室', '创客',
                        '创新机制', '创新制度', '创新管理办法', '创新激励', '创新奖', '创新基金', '创新投入',
                        '研发投入', '研发经费', '研发人员', '研发中心', '创新能力', '技术创新', '管理创新',
                        '服务创新', '商业模式', '原创', '创新体系', '创新方法'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '居家上门服务准时率（98.6%→98.9%→97.8%，2023年下降，低于岍萸康养98.4%和行业平均98.1%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由6.8%降至4.1%）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '机构床位入住率（2022年由91.3%降至78.4%）', 'explained': True},
        # Added after the single SARA run (labelling fix, report text unchanged): these values in 表2-1 and
        # 表3-1 are unfavourable by the README convention and the text does not explain them.
        {'clause': '5.2.4', 'indicator': '资产负债率（2022年由48.2%升至51.6%；只在表2-1中）', 'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入和纳税（2023年18,400万元、810万元，低于岍萸康养21,600万元、920万元；'
                                         '正文只说“仅次于岍萸康养”）', 'explained': False},
        {'clause': '5.3.4', 'indicator': '营业收入增长率（2022年由13.6%降至9.4%；只在表3-1中）', 'explained': False},
        {'clause': '5.3.4', 'indicator': '机构床位（2023年520张，远少于溱榆养老1,620张；只在表3-1中）', 'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构的武汉民营养老服务企业（武汉棽湄养老服务有限公司不存在；竞争对手武汉岍萸康养服务有限公司和'
        '湖北溱榆养老服务集团有限公司、标杆上海瑥椤养老服务集团、调查机构武汉彧澂民意调查有限公司、江城养老服务发展联盟均为虚构，'
        '人名、数字和奖项都是编的），社区日间照料中心36个、长者食堂18个、居家上门照护团队21支、两家颐养院共520张床，'
        '员工1,312人。运营管理中心执笔，温和而数据密集的口吻。版式是本样本的重点：数字大量以区间、累计和平均数表述。'
        'Markdown；“#”标题行（level 0）、封面信息块和“编写说明”（@P -）；“## 5.1 组织环境”下四个无编号“###”小标题'
        '（组织概况/竞争环境/组织优势/改进系统，均标5.1）；“## 5.2 领导作用”…“## 5.7 质量提升”；条款“### 5.x.y …”'
        '用准则编号（不写5.x.1），六个条款标题用公司自己的话（5.2.3、5.3.3、5.4.2、5.4.4、5.5.3，以及实为5.6.3的'
        '“5.6.2 新服务是怎样从床边长出来的”）。过程和结果各处都有“2021—2023年累计服务老人38.6万人次”“近三年年均增长15.5%”'
        '“2021年至2023年共投入…”“‘十四五’以来…累计…”“三年平均…”“截至2023年底累计…”“2020—2022年度”“2023年1—9月”'
        '“2024年上半年”这类不是逐年序列的表述。结果：年份为列、带“岍萸康养（2023年）”“溱榆养老（2023年）”“行业平均（2023年）”'
        '“瑥椤养老（标杆，2023年）”列的表格（表2-1、表4-1、表7-1），表3-1年份为行、带对手和标杆行，表5-1只有“2023年目标值”列，'
        '5.6.4用“- ”开头的逐年文字序列，另有排名序列。'
        '刻意缺陷：5.6.2 创新系统整条缺失（全文没有创新文化、宽容失败、创新平台、创新机制与制度、创新激励与投入、创新形式、'
        '与对手和标杆的创新能力对比），“## 5.6 创新驱动”重新编号：“### 5.6.2 新服务是怎样从床边长出来的”回答5.6.3，'
        '“### 5.6.3 创新驱动的结果”是5.6.4（缺口看不出来，序号陷阱）。5.4.4 只有2022年和2023年两年逐年数据，另有累计、平均和区间数'
        '（“2021—2023年累计服务老人38.6万人次”“签约续约率近三年平均为87.3%”“截至2023年底累计签约…”），2021年只出现在区间表述和'
        '说明此前满意度口径不统一、“不列示”的句子里；有岍萸康养、溱榆养老、行业平均、瑥椤养老对比列和排名。5.5.4 有2021—2023年三年'
        '数据，但只有“2023年目标值”列和“2025年规划目标”，没有对手、行业、标杆或排名对比。不利结果：5.7.4 居家上门服务准时率'
        '98.6%、98.9%、97.8%，2023年下降，低于岍萸康养98.4%和行业平均98.1%，只出现在表7-1中，正文没有提及或解释；'
        '5.2.4 净利润率2022年下降（已解释：日照中心暂停托养4个月、南湖颐养院开办费和折旧）；5.3.4 机构床位入住率2022年下降'
        '（已解释：南湖颐养院8月开业爬坡、两次暂停接收新入住老人）。一段回答5.4.3（商标注册、冒用“棽湄”名义事件的处理）的段落'
        '放在“### 5.2.3 治理与风险”末尾（misplaced）。标注更正（在唯一一次SARA运行之后，报告正文未改）：表2-1和表3-1中还有'
        '正文未解释的不利结果，初版标注漏列：5.2.4 资产负债率2022年由48.2%升至51.6%，2023年营业收入和纳税低于岍萸康养；'
        '5.3.4 营业收入增长率2022年由13.6%降至9.4%，机构床位远少于溱榆养老。现已列入unfavourable_results（explained为false）。其他：压疮发生率、跌倒发生率、投诉、流失率、工伤发生率、资产负债率、'
        '结算差错率越低越好，下降是有利结果；与标杆瑥椤养老的差距不列为不利结果。武汉标准本身没有组织环境字数上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

RANGE_PATTERNS = [r'\d{4}—\d{4}年累计', r'近三年年均', r'\d{4}年至\d{4}年共', r'“十四五”以来', r'三年平均',
                  r'截至\d{4}年底累计', r'\d{4}—\d{4}年度', r'\d{4}年1—9月', r'\d{4}年上半年']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    text = '\n'.join(b['line'] for b in body)
    # the layout: every range / cumulative form occurs, and often
    for pat in RANGE_PATTERNS:
        if not re.search(pat, text):
            problems.append('range form missing: ' + pat)
    n_range = sum(len(re.findall(p, text)) for p in RANGE_PATTERNS)
    if n_range < 30:
        problems.append('only %d range / cumulative expressions' % n_range)
    # process items carry range expressions too
    proc = '\n'.join(b['line'] for b in body if b['clause'] and b['clause'].count('.') == 2
                     and not b['clause'].endswith('.4'))
    if sum(len(re.findall(p, proc)) for p in RANGE_PATTERNS) < 12:
        problems.append('too few range expressions in process items')
    # 5.4.4: no year before 2022 except inside a 2021—2023 range or the 不列示 sentence
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                s = re.sub(r'20\d\d—20\d\d年', '', sent)
                if re.search(r'20(1\d|20|21)', s) and '不列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.5.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.5.4' and re.search('岍萸|溱榆|瑥椤|联盟', b['line']):
            problems.append('5.5.4 names a competitor, benchmark or the 联盟')
    # 5.7.4: the 2023 drop of 上门服务准时率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and '准时' in b['line']:
            problems.append('5.7.4 text mentions 准时率')
    # ordinal trap under 5.6: the two item headings carry 5.6.2 / 5.6.3 and answer 5.6.3 / 5.6.4
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 5.6 '))
    h1, h2, h3 = heads[idx + 1], heads[idx + 2], heads[idx + 3]
    if not (h1['line'].startswith('### 5.6.2 ') and h1['clause'] == '5.6.3'
            and h2['line'].startswith('### 5.6.3 ') and h2['clause'] == '5.6.4'
            and h3['line'].startswith('## 5.7 ')):
        problems.append('ordinal trap under 5.6 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
