#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample wh-mfg-coatings from source.txt.

A concise Wuhan coatings / electronic-chemicals maker whose result items are written as list lines
rather than tables: one line per fiscal year (``FY2021：…``, ``- 2021年：…``), one line per indicator
(``营业收入（亿元）：2021年度18.6，2022年度21.3…``), a lead line with one bullet per year
(``员工敬业度（%）：`` then ``· 2021年度 72.5`` …), rising-is-bad indicators (客户退货率, 离职率, 返修率,
投诉率, 事故率, 能耗) and comparisons that are and are not comparisons (目标, 国家标准, an indicator
named 平均导入周期). Besides the shared checks in samples/build_common.py, extra_checks verifies the
planted result defects."""
META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': [],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    # a short report in a terse list voice (the other samples are 9,000-13,000)
    'size_range': (5000, 9000),
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '利润总额（2022年度由1.62亿元降到1.48亿元）', 'explained': True},
        {'clause': '5.4.4', 'indicator': '客户退货率（FY2021 0.31% → FY2022 0.36% → FY2023 0.44%，逐年上升）',
         'explained': False},
        {'clause': '5.5.4', 'indicator': '一线员工离职率（2022年由9.8%升到12.6%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构武汉水性涂料与电子化学品企业（武汉澈湍新材料股份有限公司，不存在；竞争对手澜川化工、鄂润涂料、'
        '瑞岐电材均为虚构）。标题为纯文本：“第一部分 组织环境”…“第七部分 质量提升”，条款“（一）（二）（三）”，标题用标准的'
        '条款名或其简称。结果条款不用表格，全部写成列表行：5.2.4 每个指标一行（“营业收入（亿元）：2021年度18.6，…；同期…”）；'
        '5.3.4 每年一行（“- 2021年：…”）加一行“2023年规划目标”；5.4.4 每个财年一行（“FY2021：…”）加一行对比；'
        '5.5.4 先一行指标名（“员工敬业度（%）：”），再每年一个“· 2021年度 72.5”要点和一个“湖北省制造业平均（2023年）”要点；'
        '5.6.4 “· 2022财年：…”两行；5.7.4 每个指标一行。'
        '刻意缺陷：5.6.4 只有2022、2023两个财年（正文说明统计口径自2022财年起统一），计为缺三年数据；'
        '5.3.4 有2021—2023三年数据，但只有“2023年规划目标”、公司内部目标和“国家标准对此没有要求”，另有指标名中含“平均”'
        '的“新产品平均导入周期”，都不是对比，计为缺对比。'
        '不利结果：5.4.4 客户退货率逐年上升（越高越差），正文未作解释；5.2.4 利润总额2022年度下降，已解释（原材料涨价）；'
        '5.5.4 一线员工离职率2022年上升，已解释（新产线集中招工）。下降为好的指标（万元产值综合能耗、安全生产事故率、'
        '电子化学品批次返修率、顾客质量投诉率、新产品平均导入周期）逐年下降，不是不利结果；与标杆差距逐年缩小的'
        '（综合能耗、研发投入占营业收入比例）不列为不利结果。其余结果条款为2021—2023三年数据，带行业平均、园区平均、'
        '主要竞争对手或排名对比。profile_over_limit 为 false。'
    ),
}
EXPLAIN_CUES = ('原因', '由于', '主要是', '因为', '导致', '所致', '受到', '影响')

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from build_common import main, parse_source


def extra_checks(blocks):
    problems = []
    body = lambda cs: ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] in cs)
    years = lambda cs: set(re.findall(r'(?<!\d)(20\d\d)(?!\d)', body(cs)))
    # no result tables: the results are list lines
    if any(b['type'] == 'table' for b in blocks):
        problems.append('a table found (results must be list lines)')
    # 5.6.4: only FY2022 and FY2023
    if years(['5.6.4']) != {'2022', '2023'}:
        problems.append('5.6.4 years %s != {2022, 2023}' % sorted(years(['5.6.4'])))
    # 5.3.4: three years, no comparison except a target, a national standard and an indicator named 平均…
    if not {'2021', '2022', '2023'} <= years(['5.3.4']):
        problems.append('5.3.4 lacks 2021-2023')
    rest = body(['5.3.4']).replace('平均导入周期', '').replace('国家标准', '')
    for w in ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于', '高于', '低于', '第'):
        if w in rest:
            problems.append('comparison word %s in 5.3.4' % w)
    # complete result items: three years and a comparison
    for c in ('5.2.4', '5.4.4', '5.5.4', '5.7.4'):
        if not {'2021', '2022', '2023'} <= years([c]):
            problems.append('%s lacks 2021-2023' % c)
        if not re.search(r'平均|标杆|竞争对手|第[二三]', body([c])):
            problems.append('%s lacks a comparison' % c)
    # unfavourable results: 5.4.4 not explained
    for w in EXPLAIN_CUES:
        if w in body(['5.4.4']):
            problems.append('explanation cue %s in 5.4.4' % w)
    if '由于' not in body(['5.2.4']) or '原因' not in body(['5.5.4']):
        problems.append('5.2.4 / 5.5.4 explanations missing')
    return problems


if __name__ == '__main__':
    problems = extra_checks(parse_source(os.path.join(HERE, 'source.txt')))
    for p in problems:
        print('PROBLEM (extra): ' + p)
    if not problems:
        print('extra checks (list-line results, planted defects): OK')
    main(META, HERE)
    if problems:
        sys.exit(1)
