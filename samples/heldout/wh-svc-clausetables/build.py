#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-clausetables from source.txt.

A Wuhan state-owned urban sanitation and municipal cleaning company (武汉泚澜城市环境服务有限公司, made up;
parent 武汉城汐投资集团, peers 长沙潾峪环境集团 and 郑州瀣桐环卫服务有限公司, benchmark 深圳玶澥环境集团 and
survey firm 楠溯调研 are made up too), about 3,100 staff: road sweeping, sorted-waste collection, public toilets,
water-surface cleaning and emergency service, written by the company office in a plain administrative voice.

Layout: Markdown. A `#` title line, a cover block and a `编制说明` paragraph (front matter). Categories are
`##` headings with the standard's numbers and titles (`## 5.2 领导作用`); leaves are `###` headings numbered
like the standard (`### 5.2.2 引领发展`, 5.x.1 概述 skipped); the profile `## 5.1 组织环境` has four `###`
sub-headings of its own (`### （一）组织概况` …, labelled 5.1). **Process answers written as tables**: under most
process leaves the answer is mainly one table (caption `表2-1 …`, 3–5 rows of full sentences) with varied column
titles (`要点 | 我们的做法 | 成效/证据`, `方面 | 主要举措 | 实施效果`, `关注点 | 做法 | 证据`, and a four-column
`关键过程 | 关键要求 | 主要控制做法 | 关键绩效指标` in 5.7.2), with one or two short prose paragraphs before or after;
5.3.2 战略制定 and 5.4.3 品牌管理 are prose only. Results (x.4): tables with years as columns plus comparison
columns (`长沙潾峪环境（2023年）`, `行业平均（2023年）`, `郑州瀣桐环卫（2023年）`, `深圳玶澥环境（标杆，2023年）`),
prose explanations, prose series (`三年分别为…`) and rankings (`全市15家作业单位第4位…第1位`).

Planted defects: **5.6.2 创新系统 missing** (no innovation culture, tolerance of failure, innovation incentives,
innovation investment, platforms/studios or capability assessment anywhere); the writer closed the gap, so
`### 5.6.2 创新项目管理` is 5.6.3 and `### 5.6.3 创新成效` is 5.6.4 (ordinal trap: the heading numbers are real
clause ids of other clauses). **5.4.4 has 2022–2023 only** (2021 appears only in the sentence saying why it is
left out; it has 潾峪 and 行业平均 columns and a ranking). **5.3.4 has 2021–2023 but only `2023年目标值` /
`2025年规划目标` columns** and a 国家要求, no comparison. 5.5.4 一线作业人员年流失率 10.8 → 12.1 → 14.6%, above
行业平均 12.3 and 瀣桐 11.5, only in 表5-3 (unexplained). 5.2.4 利润总额 / 成本费用利润率 / 净资产收益率 (2022) and
5.7.4 每万户有效投诉 (2022) are explained. **One 5.4.2 paragraph (客户经理制, key customers) sits right after the
5.5.2 table** (misplaced)."""
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
    'expected_missing': ['5.6.2'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.6.2 创新系统 must be absent everywhere: no innovation culture or atmosphere, tolerance of failure,
    # innovation incentives or rewards, innovation investment, platforms/studios, or capability assessment
    'forbidden_words': ['创新文化', '创新氛围', '宽容失败', '容错', '明智风险', '创新激励', '创新奖励',
                        '创新投入', '研发投入', '研发经费', '研发人员', '创新平台', '工作室', '创新机制',
                        '创新体系', '创新能力', '创新制度', '创新人才'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '利润总额、成本费用利润率、净资产收益率（2022年下降）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '一线作业人员年流失率（10.8%→12.1%→14.6%，高于行业平均和郑州瀣桐环卫）',
         'explained': False},
        {'clause': '5.7.4', 'indicator': '每万户有效投诉（2022年由3.2件升至4.1件）', 'explained': True},
    ],
    'notes': (
        '武汉服务类，虚构武汉市属国有城市环卫和市政保洁企业（武汉泚澜城市环境服务有限公司，不存在；出资人武汉城汐投资集团、'
        '同行长沙潾峪环境集团和郑州瀣桐环卫服务有限公司、标杆深圳玶澥环境集团、第三方机构楠溯调研也都不存在），约3,100人，'
        '业务为道路清扫保洁、生活垃圾分类收运、公厕运维、水域保洁和应急保障。公司办公室的平实公文口吻。'
        'Markdown：一行“#”报告标题（level 0，clause为null），一个封面信息块和一段“编制说明”（front matter，clause为null）；'
        '类目为“## 5.2 领导作用”（level 1），条款为“### 5.2.2 引领发展”（level 2，按标准编号，跳过5.x.1 概述）；'
        '组织环境下有四个“### （一）组织概况”式小标题（标5.1）。'
        '版式特点：过程条款的回答主要写成表格——多数过程条款下是一张表（表题“表2-1 ……”，3—5行，单元格为完整句子），'
        '列名各不相同（“要点 | 我们的做法 | 成效/证据”“方面 | 主要举措 | 实施效果”“关注点 | 做法 | 证据”，5.7.2为四列'
        '“关键过程 | 关键要求 | 主要控制做法 | 关键绩效指标”），表前或表后有一两段短文字；5.3.2 战略制定和5.4.3 品牌管理只有文字。'
        '结果条款为年份作列的表格加对比列（“长沙潾峪环境（2023年）”“行业平均（2023年）”“郑州瀣桐环卫（2023年）”'
        '“深圳玶澥环境（标杆，2023年）”），另有文字解释、“三年分别为……”式序列和排名。'
        '刻意缺陷：5.6.2 创新系统整条缺失（全文没有创新文化与氛围、宽容失败、创新激励、创新投入、创新平台或创新能力评估的内容），'
        '写报告的人把后面的编号往前挪了：“### 5.6.2 创新项目管理”是5.6.3，“### 5.6.3 创新成效”是5.6.4（序号陷阱，标题编号恰是别的条款号）。'
        '5.4.4 只有2022年和2023年（2021年只出现在说明口径不一、不予列示的句子里），有潾峪环境和行业平均对比列及排名。'
        '5.3.4 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列和国家要求，没有任何对比。'
        '不利结果：5.5.4 一线作业人员年流失率10.8%→12.1%→14.6%，高于行业平均和郑州瀣桐环卫（只在表5-3中，正文未提及，未解释）；'
        '5.2.4 利润总额、成本费用利润率、净资产收益率2022年下降（已解释：柴油涨价、新项目前期投入、专运费用未结算）；'
        '5.7.4 每万户有效投诉2022年上升（已解释：新接两区老旧社区收运时段不合居民习惯）。'
        '一段回答5.4.2 的客户经理制段落紧接在5.5.2 员工管理的表5-1之后（misplaced）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """The planted defects and the layout hold as described."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.4.4: no 2021 value; 2021 only in the one sentence that says why it is left out
    for b in body:
        if b['clause'] == '5.4.4':
            if '三年' in b['line'] or '连续' in b['line']:
                problems.append('5.4.4 speaks of three years: ' + b['line'][:20])
            if '2021' in b['line'] and '口径' not in b['line']:
                problems.append('5.4.4 names 2021 outside the reason sentence')
            if b['type'] == 'table' and '2021' in b['line']:
                problems.append('5.4.4 table has 2021')
    # 5.5.4: the rising 流失率 is visible only in the table, never in the text
    for b in body:
        if b['clause'] == '5.5.4' and b['type'] == 'text' and ('流失' in b['line'] or '离职' in b['line']):
            problems.append('5.5.4 text mentions 流失/离职')
    # the ordinal trap: 5.6 holds exactly two leaf headings, numbered 5.6.2 / 5.6.3, answering 5.6.3 / 5.6.4
    items = [(b['line'].split()[1], b['clause']) for b in blocks
             if b['type'] == 'heading' and b['level'] == 2 and (b['clause'] or '').startswith('5.6')]
    if items != [('5.6.2', '5.6.3'), ('5.6.3', '5.6.4')]:
        problems.append('ordinal trap under 5.6 not as planned: %s' % items)
    # the misplaced paragraph comes right after the 5.5.2 table
    for i, b in enumerate(blocks):
        if b.get('misplaced_under'):
            prev = blocks[i - 1]
            if not (prev['type'] == 'table' and prev['clause'] == b['misplaced_under']):
                problems.append('misplaced paragraph does not follow a table of %s' % b['misplaced_under'])
    # every other leaf heading carries its own clause number
    for b in blocks:
        if b['type'] == 'heading' and b['level'] == 2 and b['clause'] and b['clause'] != '5.1' \
                and not b['clause'].startswith('5.6') and b['line'].split()[1] != b['clause']:
            problems.append('heading number differs from clause: ' + b['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
