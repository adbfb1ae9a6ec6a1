#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-glass-benchcells from source.txt.

Layout: a Wuhan float-glass and photovoltaic-glass maker (武汉湜玑玻璃股份有限公司, state-holding, made up),
written by its 规划发展部 (the statistics office) in a tables-first voice with terse explanations.
Plain-text headings: two title lines, a cover block and an 编制说明 paragraph (front matter, `@P -`);
chapters `第一章 组织环境` … `第七章 质量提升` (level 1, the standard's category titles); items numbered
`1.1`, `1.2` … by chapter (`2.1`, `2.2`, `2.3` in 第二章, and so on — the report's own numbering, so
`5.1`/`5.2`/`5.3` under 第五章 are NOT the standard's 5.1/5.2/5.3), 9 of 17 item titles in the company's words
(`2.2 治理与风险防控` = 5.2.3, `3.2 规划分解与执行` = 5.3.3, `4.2 市场与客户指标` = 5.4.4 …). The profile
(第一章, 5.1) has its own `1.1`–`1.3` (labelled 5.1).

The point of this sample is RESULT TABLES IN A STATISTICS-BUREAU FORMAT: every result table has the columns
`序号 | 指标名称 | 单位 | 2021年 | 2022年 | 2023年 | 对标值 | 对标单位` (or `对标对象`); the unit sits in its own
column and WHOM the figure is compared with is written in the cells of the last column (`行业平均`,
`咸宁棽澜玻璃`, `全国同行业前三均值`, `市属工业企业平均` …), never in the header; some rows have `—` there.
A short `注：表x-x对标值为…` paragraph follows most tables; prose is short and points to the tables
(`详见表7-3`). Process items carry tables of their own (客户细分, 员工结构, 创新平台, 关键过程).

Planted defects: 5.4.3 品牌管理 missing, so 第四章 `4.2 市场与客户指标` is 5.4.4 (ordinal trap); 5.5.4 has
2022–2023 only (表5-2; 2021 named only in the note saying why it is left out); 5.3.4 has 2021–2023 but only
`目标值 | 完成率` columns (表3-2); 5.7.4 光伏玻璃成品率 82.6 → 84.1 → 81.7% and below 宿迁玧晞光伏玻璃 83.5 (only in
表7-3, unexplained); 5.2.4 利润总额/销售利润率/保值增值率 (2022) and 5.4.4 浮法华中市场占有率 (2023) explained; one 5.5.2
paragraph (三级培训体系与培训效果评估) sits under `3.2 规划分解与执行` (5.3.3).
"""
META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.4.3 品牌管理 must be absent everywhere: no brand planning, communication, protection or evaluation
    'forbidden_words': ['品牌', '商标', '知名度', '美誉度', '认知度', '广告', '宣传', '企业形象', '媒体', '传播',
                        '商誉', '推介'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '利润总额、销售利润率、国有资本保值增值率（2022年下降：3.12→2.46亿元，'
                                          '12.6%→8.4%，106.8%→104.1%）',
         'explained': True},
        {'clause': '5.4.4', 'indicator': '浮法玻璃华中地区市场占有率（2023年由12.3%降到10.4%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '光伏玻璃成品率（82.6、84.1、81.7%，2023年下降且低于宿迁玧晞光伏玻璃83.5%，'
                                          '仅见于表7-3）', 'explained': False},
    ],
    'notes': (
        '武汉制造类，虚构浮法玻璃与光伏玻璃制造商（武汉湜玑玻璃股份有限公司，市属国有控股，不存在；控股股东武汉燊岙国有资本投资集团，'
        '竞争对手咸宁棽澜玻璃、宿迁玧晞光伏玻璃，标杆浙江瑷洺光能玻璃集团，调查机构沨栩咨询，均为虚构）。规划发展部（统计归口部门）口吻，'
        '表格在前、文字简短。纯文本标题：两行标题（level 0，clause为null）、封面信息块和“编制说明”为前置内容（clause为null）；'
        '“第一章 组织环境”…“第七章 质量提升”（level 1，用标准的类目名称）；条目按章编号“2.1、2.2、2.3”（level 2），'
        '编号是报告自己的，第五章的“5.1、5.2、5.3”不是标准的5.1/5.2/5.3；17个条目标题中9个用企业自己的话'
        '（1.1 公司基本情况、1.2 竞争环境、1.3 优势、挑战与改进体系=5.1，2.2 治理与风险防控=5.2.3，3.2 规划分解与执行=5.3.3，'
        '3.3 “十四五”规划指标完成情况=5.3.4，4.1 客户与市场=5.4.2，4.2 市场与客户指标=5.4.4，5.2 让员工留得住、干得好=5.5.3，'
        '6.2 创新项目管理=5.6.3，7.1 生产运营与供应保障=5.7.2，7.3 质量与效率指标=5.7.4）。'
        '版式特点：统计报表式结果表——列为“序号｜指标名称｜单位｜2021年｜2022年｜2023年｜对标值｜对标单位（或对标对象）”，'
        '单位单独成列，对比对象写在最后一列的单元格里（行业平均、咸宁棽澜玻璃、全国同行业前三均值、市属工业企业平均等），'
        '部分行该列为“—”；多数表后跟一段“注：表x-x对标值为对标单位2023年数值”；文字只作简短说明并指向表格（详见表7-3）。'
        '过程条款也有自己的表（表3-1战略目标、表4-1客户细分、表5-1员工结构、表6-1创新平台、表7-1关键过程）。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（全文无品牌策划、传播、保护、评价内容），第四章只有4.1和4.2，“4.2 市场与客户指标”是5.4.4（序号陷阱）。'
        '5.5.4 只有2022年、2023年两年（表5-2；注中说明2021年及以前口径不可比），有行业平均和竞争对手对比。'
        '5.3.4 有2021—2023三年数据但只有“目标值｜完成率”两列（表3-2），无任何对比。'
        '不利结果：5.7.4 光伏玻璃成品率2023年降到81.7%，低于宿迁玧晞光伏玻璃83.5%（只在表7-3中，未解释）；'
        '5.2.4 利润总额、销售利润率、国有资本保值增值率2022年下降（已解释：纯碱、天然气涨价，浮法售价下跌）；'
        '5.4.4 浮法玻璃华中市场占有率2023年下降（已解释：一线冷修停产）。5.6.4研发投入强度、5.7.4熔窑热耗与标杆瑷洺的差距逐年缩小，不列为不利结果。'
        '错位段落：一段5.5.2（三级培训体系和培训效果评估）放在“3.2 规划分解与执行”（5.3.3）下。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

STAT_HEAD = re.compile(r'^序号\t指标名称\t单位\t2021年\t2022年\t2023年\t对标值\t对标(单位|对象)$')


def extra_checks(blocks):
    """The layout and the planted defects this sample is about."""
    problems = []
    results = ('5.2.4', '5.3.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4')
    for b in blocks:
        if b['type'] != 'table' or b['clause'] not in results:
            continue
        head = b['line'].split('\n')[1]
        if b['clause'] == '5.3.4':
            if head != '序号\t指标名称\t单位\t2021年\t2022年\t2023年\t目标值\t完成率':
                problems.append('5.3.4 table header: ' + head)
        elif b['clause'] == '5.5.4':
            if head != '序号\t指标名称\t单位\t2022年\t2023年\t对标值\t对标单位':
                problems.append('5.5.4 table header: ' + head)
        elif not STAT_HEAD.match(head):
            problems.append('result table header not in the statistics format: ' + head)
    # 5.5.4: 2021 appears only in the sentence that says why it is left out
    for b in blocks:
        if b['type'] != 'heading' and b['clause'] == '5.5.4' and '2021' in b['line'] and '不可比' not in b['line']:
            problems.append('2021 in 5.5.4 outside the explanatory note')
    # 5.7.4: the fall in 光伏玻璃成品率 is visible only in the table
    for b in blocks:
        if b['type'] == 'text' and b['clause'] == '5.7.4' and '成品率' in b['line']:
            problems.append('5.7.4 prose mentions 成品率 (should be table-only)')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
