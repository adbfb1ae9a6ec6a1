#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-metro-dashtitles from source.txt.

A Wuhan state-owned urban-rail (metro) operating company (武汉汭栎城市轨道交通运营有限公司, made up;
peers 湄岚轨交 and 澂屿地铁, benchmark 琨溆地铁, survey firm 澧翾市场研究 are made up too) in the voice
of an SOE general office (党建引领, 一是……二是……, 二〇二三年-style dates in places).

Layout: plain text, no Markdown. A title line and a cover block (front matter). **Slogan headings with an
em-dash and the standard's title**: categories `一、坚持党建引领 把稳发展之舵——领导作用` (slogan, `——`, the
standard's category title), items `（一）以初心使命汇聚发展共识——引领发展`. In 6 of the 17 items the dash part
is missing (`（二）一张蓝图绘到底 层层压实抓落实` = 5.3.3, `（二）以队伍素质提升检验队伍建设成效` = 5.5.4,
`（三）创新成果竞相涌现` = 5.6.4) or paraphrases the standard's title (`——战略发展成效` = 5.3.4,
`——运营管理` = 5.7.2, `——质量提升成效` = 5.7.4). The profile `一、……——组织环境` has three dash
sub-headings of its own (labelled 5.1); an intro paragraph under `二、` (5.2).

Results: tables with years as columns and peer / 行业平均 / 标杆 columns (a 2023 value for each), prose
series, rankings (`位列第9……第5`); about a quarter of the result sentences write years in Chinese
numerals (`二〇二一年至二〇二三年`), tables keep Arabic years.

Planted defects: 5.5.3 员工赋能 is missing everywhere, so `五、` `（二）` is 5.5.4 (ordinal trap). 5.6.4 has
2022 and 2023 only (二〇二一年 appears only in the sentence saying why it is not given). 5.3.4 has 2021-2023
but only `2023年目标值` / `2025年规划目标`. 5.7.4 列车正点率 falls to 99.86% in 2023, below both peers and
行业平均, only in 表7-1 (unexplained). 5.2.4 运营收入 / 运营收支比 (2022) and 5.4.4 乘客满意度 (2022) are
explained. One 5.5.2 paragraph (员工职业健康防护) sits under the 5.7.2 heading (misplaced)."""
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
    # 5.5.3 员工赋能 must be absent everywhere: no atmosphere, empowerment, staff care/support,
    # staff-satisfaction survey or review of the people-management system
    'forbidden_words': ['员工满意', '职工满意', '关爱', '职工之家', '帮扶', '慰问', '疗休养', '文体',
                        '归属感', '凝聚力', '心理', '氛围', '幸福感', '暖心', '选育', '员工授权'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '运营收入、运营收支比（2022年下降）', 'explained': True},
        {'clause': '5.4.4', 'indicator': '乘客满意度（2022年由88.6分降至87.9分）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '列车正点率（2023年降至99.86%，低于湄岚轨交、澂屿地铁和行业平均）',
         'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构武汉市属国有城市轨道交通运营企业（武汉汭栎城市轨道交通运营有限公司，不存在；同行湄岚轨交、'
        '澂屿地铁，标杆琨溆地铁，第三方机构澧翾市场研究也都不存在）。国企办公室公文口吻，部分日期写作“二〇二三年”。'
        '纯文本，无Markdown：一行报告标题（level 0，clause为null），一个封面信息块（front matter，clause为null）。'
        '标题是“口号+破折号+标准标题”：类目“一、立足江城通勤大动脉 服务千万市民畅行——组织环境”……'
        '“七、守牢安全运营底线 追求卓越服务品质——质量提升”（level 1），条款“（一）以初心使命汇聚发展共识——引领发展”'
        '（level 2，每个类目内重新编号）。17个条款中有6个破折号部分缺失或改写：“（二）一张蓝图绘到底 层层压实抓落实”=5.3.3、'
        '“（二）以队伍素质提升检验队伍建设成效”=5.5.4、“（三）创新成果竞相涌现”=5.6.4（无破折号）；“——战略发展成效”=5.3.4、'
        '“——运营管理”=5.7.2、“——质量提升成效”=5.7.4（改写）。组织环境下有三个带破折号的小标题（标5.1）；'
        '“二、”下有一段引言，标5.2。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（全文没有组织氛围、员工支持与关怀、员工满意度测评或员工管理体系评估改进的内容），'
        '所以“五、”下的“（二）”是5.5.4（序号陷阱）。5.6.4 只有2022年和2023年（“二〇二一年”只出现在说明口径不一致、不予列示的句子里），'
        '有湄岚轨交和琨溆地铁（2023年）对比列。5.3.4 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列和国家标准，'
        '没有任何对比。不利结果：5.2.4 运营收入和运营收支比2022年下降（已解释：疫情管控、客流减少、新线开通增加成本）；'
        '5.4.4 乘客满意度2022年下降（已解释：新线磨合、防疫查验）；5.7.4 列车正点率2023年降至99.86%，低于前两年、'
        '湄岚轨交、澂屿地铁和行业平均（只在表7-1中，正文未提及，未解释）。'
        '结果写法：年份为列的表格（表2-1、4-1、5-1、7-1带“湄岚轨交（2023年）”“行业平均（2023年）”“琨溆地铁（标杆，2023年）”列），'
        '叙述序列（三年分别为……），排名（二〇二一年位列第9……二〇二三年提升至第5）；约四分之一的结果句用中文数字写年份，表格用阿拉伯数字。'
        '一段回答5.5.2 的员工职业健康防护段落放在“七、（一）……——运营管理”（5.7.2）标题下（misplaced）。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """The planted result defects hold as described."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.6.4: no 2021 value; the Chinese-numeral 2021 only in the one sentence that says why
    for b in body:
        if b['clause'] == '5.6.4':
            if '2021' in b['line'] or '三年' in b['line']:
                problems.append('5.6.4 mentions 2021 or 三年: ' + b['line'][:20])
            if '二〇二一' in b['line'] and '口径' not in b['line']:
                problems.append('5.6.4 names 二〇二一年 outside the reason sentence')
    # 5.7.4: the fall of 列车正点率 is visible only in the table, never in the text
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and '正点' in b['line']:
            problems.append('5.7.4 text mentions 正点率')
    # the ordinal trap: 五、 holds exactly two items, （一） = 5.5.2 and （二） = 5.5.4
    items = [b for b in blocks if b['type'] == 'heading' and (b['clause'] or '').startswith('5.5.')]
    if [(b['line'][:3], b['clause']) for b in items] != [('（一）', '5.5.2'), ('（二）', '5.5.4')]:
        problems.append('ordinal trap under 五、 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
