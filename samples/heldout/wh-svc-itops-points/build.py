#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-itops-points from source.txt.

A Wuhan third-party data-centre and IT-operations company (武汉瀞岍云维科技有限公司, made up; peers
长沙珝澜数据港 and 郑州滢栩云计算中心, benchmark 杭州琰渟数据服务集团, survey firm 峤沐咨询, rankings by
澜瑆数据中心研究院 and 汉江云计算产业联盟, all made up), written by its quality manager in an
engineering voice: short declarative sentences, many numbers, SLA / ITIL / MTTR / PUE / NOC / CMDB.

Layout (plain text): a title line, a cover block and a 目录 with dotted leaders and page numbers (front
matter); chapters and items carry the standard's own ids (``5.2 领导作用``, ``5.2.2 引领发展``; the 5.x.1
概述 items are skipped). INSIDE EVERY PROCESS ITEM the answer is organised by the standard's guidance
points, as level-3 sub-headings named after them and labelled with the item: ``a）发展方向`` … (full-width
bracket after a Latin letter), ``a. 治理系统`` … in 5.2.3 and 5.5.2, and one heading that runs two points
together (``c）d）可持续发展与契合时代`` in 5.2.2). The profile 5.1 uses ``a）组织概况`` … ``d）改进系统``.
Result items 5.2.4, 5.5.4 and 5.7.4 have ``（1）水平`` / ``（2）趋势`` / ``（3）对比`` sub-headings; 5.3.4,
5.4.4 and 5.6.4 have none. Results: tables with years as columns plus ``行业平均（2023年）`` and peer
columns, one table with the MONTHS of 2023 (``1月`` … ``12月``, table 4-2, not years), prose series, a
benchmark whose gap narrows every year, and rankings (第9位→第7位→第5位, 第4名→第3名→第2名).

Planted defects: 5.5.3 员工赋能 is missing everywhere, so chapter 5.5 has only 5.5.2 and 5.5.4 (the
decimal numbers stay true; the TOC skips it too). 5.6.4 has 2022 and 2023 only (2021 appears only in
the sentence saying why). 5.3.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns.
5.7.4 变更成功率 99.58 → 99.71 → 99.48, below 行业平均 and 滢栩云 (only in table 7-1; unexplained);
5.2.4 净利润率 (2022) and 5.5.4 值守工程师年流失率 (2022) explained. One 5.5.2 paragraph (机房作业的
职业健康防护) sits under 5.7.2's ``c）效率与安全`` (misplaced)."""
META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.5.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.5.3 员工赋能 must be absent everywhere: no climate / culture of care, empowerment, employee
    # support or welfare activities, employee-satisfaction survey, or review of the people system
    'forbidden_words': ['员工满意', '满意度测评机制', '关爱', '氛围', '凝聚力', '归属感', '敬业', '职工之家',
                        '文体', '帮扶', '谈心', '员工授权', '慰问', '心理', '赋能', '包容'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由9.8%降到8.1%）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '值守工程师年流失率（2022年由11.8%升到15.6%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '变更成功率（2023年降到99.48%，低于前两年、行业平均99.60%和滢栩云99.70%）',
         'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构第三方数据中心托管与IT运维企业（武汉瀞岍云维科技有限公司，不存在；同行长沙珝澜数据港、'
        '郑州滢栩云计算中心，标杆杭州琰渟数据服务集团，测评机构峤沐咨询，榜单发布方澜瑆数据中心研究院、'
        '汉江云计算产业联盟都不存在）。质量经理的工程师口吻：短句、数字多、夹英文缩写（SLA、ITIL、MTTR、PUE、NOC）。'
        '纯文本标题：一行报告标题（level 0，clause为null），封面信息块和带点线引导符、页码的目录（front matter，'
        'clause为null；“目　录”标题level 1，clause为null）。类目与条款标题直接用标准的编号和标题（“5.2 领导作用”level 1，'
        '“5.2.2 引领发展”level 2，跳过各类目的5.x.1 概述；5.4.2 写作“顾客与市场”）。每个过程条款内部按标准的评价要点'
        '分小标题（level 3，标所属条款）：“a）发展方向”“b）组织文化”……（拉丁字母加全角括号），5.2.3 和5.5.2 用“a. 治理系统”'
        '式样，5.2.2 把两个要点并成一个小标题“c）d）可持续发展与契合时代”。组织环境5.1 下为“a）组织概况”至“d）改进系统”'
        '（level 2，标5.1）。结果条款5.2.4、5.5.4、5.7.4 有“（1）水平”“（2）趋势”“（3）对比”小标题（level 3，标所属条款），'
        '5.3.4、5.4.4、5.6.4 没有。“5.7 质量提升”下有一段引言，标5.7。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（目录和正文都从5.5.2 直接到5.5.4，编号本身不错，只是少一条；全文没有组织氛围、'
        '员工授权、员工支持与关爱、员工满意度测评或人力体系评估改进的内容）。5.6.4 只有2022年和2023年（2021年只出现在'
        '说明研发费用口径不可比、本报告不列的句子里），有珝澜数据港（2023年）和行业平均（2023年）对比列。5.3.4 有2021—2023年'
        '三年数据，但只有“2023年目标值”“2025年规划目标”列，没有任何对比。不利结果：5.2.4 净利润率2022年下降（已解释：'
        '临空港机房投运首年折旧和电价上调）；5.5.4 值守工程师流失率2022年上升（已解释：新员工多、外省同行挖人）；'
        '5.7.4 变更成功率2023年降到99.48%，低于前两年、行业平均和滢栩云（只在表7-1中，正文未提，未解释）。'
        '与标杆琰渟数据的差距（PUE、人均培训学时、MTTR）逐年缩小，不列为不利结果。结果写法：年份为列的表格'
        '（表2-1、4-1、5-1、6-1、7-1，带“行业平均（2023年）”和同行列），表4-2 是2023年1月至12月的月度表（月份不是年份），'
        '叙述序列和排名（第9位、第7位、第5位；第4名、第3名、第2名）。一段回答5.5.2 的机房作业职业健康防护段落放在5.7.2 的'
        '“c）效率与安全”小标题下（misplaced）。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

COMPARISON = r'行业平均|同行|珝澜|滢栩|琰渟|标杆|第\d+(位|名)'


def extra_checks(blocks):
    problems = []
    body = lambda cs: ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] in cs)
    years = lambda s: set(re.findall(r'(?<!\d)(20\d\d)(?!\d)', s))
    # layout: chapter and item headings carry the standard's ids; sub-headings are guidance points
    # (a）/ a. / c）d）) or （1）水平-style analysis headings, labelled with the item
    for b in blocks:
        if b['type'] != 'heading' or b['clause'] is None:
            continue
        if b['level'] == 1 and not b['line'].startswith(b['clause'] + ' '):
            problems.append('chapter heading without its id: ' + b['line'])
        if b['level'] == 2 and b['clause'] != '5.1' and not b['line'].startswith(b['clause'] + ' '):
            problems.append('item heading without its id: ' + b['line'])
        if b['level'] == 3 and not re.match(r'[a-d]）|[a-d]\. |（[123]）', b['line']):
            problems.append('odd sub-heading: ' + b['line'])
    if not any(b['type'] == 'heading' and b['line'].startswith('c）d）') for b in blocks):
        problems.append('merged c）d） sub-heading missing')
    # 5.5.3 absent also from headings and the TOC
    if any('5.5.3' in b['line'] or '员工赋能' in b['line'] for b in blocks):
        problems.append('5.5.3 mentioned somewhere')
    # 5.6.4: 2022 and 2023 only; 2021 only in the sentence saying why it is not given
    s564 = body(['5.6.4'])
    rest = ''.join(sent for sent in re.split(r'(?<=。)', s564) if '不列' not in sent)
    if years(rest) != {'2022', '2023'}:
        problems.append('5.6.4 years outside the why-sentence: %s' % sorted(years(rest)))
    if not re.search(COMPARISON, s564):
        problems.append('5.6.4 lacks a comparison')
    # 5.3.4: three years, only targets
    if not {'2021', '2022', '2023'} <= years(body(['5.3.4'])):
        problems.append('5.3.4 lacks 2021-2023')
    if re.search(COMPARISON, body(['5.3.4'])):
        problems.append('comparison in 5.3.4')
    # complete result items: three years and a real comparison
    for c in ('5.2.4', '5.4.4', '5.5.4', '5.7.4'):
        if not {'2021', '2022', '2023'} <= years(body([c])):
            problems.append('%s lacks 2021-2023' % c)
        if not re.search(COMPARISON, body([c])):
            problems.append('%s lacks a comparison' % c)
    # the monthly table: 1月..12月 of 2023, no year in its columns
    months = [b for b in blocks if b['type'] == 'table' and '\t1月\t' in b['line']]
    if len(months) != 1 or years(months[0]['line'].split('\n', 1)[1]):
        problems.append('monthly table missing or has years in its rows')
    # unfavourable, unexplained: 5.7.4 变更成功率 only in the table, never in the text
    if '变更成功率（%） | 99.58 | 99.71 | 99.48 | 99.60 | 99.70' not in open(
            os.path.join(HERE, 'source.txt'), encoding='utf-8').read():
        problems.append('5.7.4 table row 变更成功率 changed')
    text574 = ''.join(b['line'] for b in blocks if b['type'] == 'text' and b['clause'] == '5.7.4')
    if '变更' in text574:
        problems.append('5.7.4 text mentions 变更')
    if '原因' not in body(['5.2.4']) or '主要是' not in body(['5.5.4']):
        problems.append('5.2.4 / 5.5.4 explanations missing')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
