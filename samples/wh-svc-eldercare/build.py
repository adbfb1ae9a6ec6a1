#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample wh-svc-eldercare from source.txt.

A Wuhan community home-care company in a plain, warm voice. Layout: a title line, the profile as
``【走近栖枫】``, categories ``【一、…】`` … ``【六、…】`` with ``（一）（二）…`` items directly under them,
numbering restarting in every category, item titles in the company's own words. Two leaves are
missing — 5.3.2 (the first item of its category, so ``（一）`` there is 5.3.3) and 5.6.3 (in the
middle, so ``（二）`` there is the result item 5.6.4): the ordinal trap. The category lead-ins
mention both topics in passing (the plan "was approved in 2021"; "new ways that were put to
work") without answering them. Besides the shared checks in samples/build_common.py,
extra_checks verifies the planted result defects and that the titles carry no clause numbers."""
META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.3.2', '5.6.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.7.4'],
    # a short report (the older samples are 9,000-13,000)
    'size_range': (6000, 9000),
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由5.2%降到3.9%）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '护理员年流失率（2022年由18.6%升到21.4%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '服务投诉率（2023年升到3.8件/万次，未达目标）', 'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构武汉社区居家养老企业（武汉栖枫颐养服务有限公司，不存在）。标题为纯文本：概况“【走近栖枫】”，'
        '类目“【一、把方向、立规矩】”…“【六、服务品质】”，类目下直接是“（一）（二）（三）”条款，编号在每个类目内重新开始，'
        '条款标题全是公司自己的话（“（一）定初心、育文化”= 5.2.2，“（二）规矩立在前面”= 5.2.3 …）。'
        '缺失两个条款：5.3.2 战略制定（类目“二”的第一个条款，所以那里的“（一）计划落到每个站点”是 5.3.3，“（二）”是 5.3.4）；'
        '5.6.3 创新实践（类目“五”的中间条款，所以“（二）新办法带来的变化”是结果条款 5.6.4）。类目开头的引导段'
        '（标注为类目 5.2/5.3/5.6）顺带提到了规划的审定和落地的新办法，但没有回答这两个条款。'
        '结果缺陷：5.6.4 只有2022、2023两年（统计口径从2022年起统一），计为缺三年数据；5.7.4 有2021—2023三年数据，'
        '但只有“2023年目标值”列，计为缺对比。不利结果：5.2.4 净利润率2022年下降，已解释（新站点开办费用）；'
        '5.5.4 护理员年流失率2022年上升，已解释（集中招聘）；5.7.4 服务投诉率2023年上升且未达目标，正文未解释。'
        '下降为好的指标（服务差错率、流失率2023年）下降不是不利结果；与标杆差距逐年缩小的（入住率）不列为不利结果。'
        'profile_over_limit 为 false。'
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
    # headings: no clause numbers (5.x / 5.x.y), only 【一、…】 and （一） ordinals restarting per category
    for b in blocks:
        if b['type'] == 'heading' and re.search(r'\d+\.\d', b['line']):
            problems.append('a clause number in heading %s' % b['line'])
    items = [b for b in blocks if b['type'] == 'heading' and b['level'] == 2]
    if not all(re.match(r'（[一二三四五六]）', b['line']) for b in items):
        problems.append('an item heading without a （一） ordinal')
    # the ordinal trap: the item after a missing leaf carries the missing leaf's ordinal
    trap = {b['clause']: b['line'][:3] for b in items}
    if trap.get('5.3.3') != '（一）' or trap.get('5.6.4') != '（二）':
        problems.append('ordinal trap not planted: %s' % trap)
    # 5.6.4: only 2022 and 2023
    if years(['5.6.4']) != {'2022', '2023'}:
        problems.append('5.6.4 years %s != {2022, 2023}' % sorted(years(['5.6.4'])))
    # 5.7.4: three years, only a target
    if not {'2021', '2022', '2023'} <= years(['5.7.4']) or '目标' not in body(['5.7.4']):
        problems.append('5.7.4 lacks 2021-2023 or its target')
    # complete result items: three years and a comparison
    for c in ('5.2.4', '5.3.4', '5.4.4', '5.5.4'):
        if not {'2021', '2022', '2023'} <= years([c]):
            problems.append('%s lacks 2021-2023' % c)
        if not re.search(r'平均|标杆|竞争对手|第[二三]', body([c])):
            problems.append('%s lacks a comparison' % c)
    # unfavourable results: 5.7.4 not explained, 5.2.4 / 5.5.4 explained
    for w in EXPLAIN_CUES:
        if w in body(['5.7.4']):
            problems.append('explanation cue %s in 5.7.4' % w)
    if '原因' not in body(['5.2.4']) or '原因' not in body(['5.5.4']):
        problems.append('5.2.4 / 5.5.4 explanations missing')
    return problems


if __name__ == '__main__':
    problems = extra_checks(parse_source(os.path.join(HERE, 'source.txt')))
    for p in problems:
        print('PROBLEM (extra): ' + p)
    if not problems:
        print('extra checks (own-words ordinals, ordinal trap, planted defects): OK')
    main(META, HERE)
    if problems:
        sys.exit(1)
