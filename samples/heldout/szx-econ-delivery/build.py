#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-delivery from source.txt."""
META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'size_range': (12000, 25000),
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['4.2', '5.2'],
    'results_lacking_three_years': ['1.3'],
    'results_lacking_comparison': ['4.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['4.3'],
    # 4.2 人力资源开发 (training, careers, empowerment, new forms of organisation) and 5.2 创新生态
    # (idea sources, knowledge management, IP management, partnership innovation) must be absent everywhere
    'forbidden_words': ['培训', '职业发展', '晋升', '继任', '后备', '赋能', '导师', '课程', '训练营', '梯队',
                        '内部创业', '员工持股', '带教', '学习',
                        '知识管理', '知识库', '知识产权', '产学研', '开放式创新', '创意', '联合实验室',
                        '创新生态', '合作创新', '黑客', '专利', '高校'],
    'unfavourable_results': [
        {'clause': '3.3', 'indicator': '商家月流失率（FY2023升至3.8%，高于FY2022和闪配达约3.2%）', 'explained': False},
        {'clause': '5.3', 'indicator': '研发投入占收入比例（14.6%→13.3%→12.3%）', 'explained': True},
        {'clause': '6.3', 'indicator': '毛利率（FY2022由11.8%降至9.6%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构同城即时配送与仓配SaaS企业（深圳骁驿科技有限公司，不存在；竞争对手闪配达、蜂迅同城也不存在）。'
        '创业公司口吻，中英混排，markdown标题：# 标题行（level 0），## 类目（level 1，如“## 1 Leadership｜领导力”），'
        '### 条目（level 2，如“### 1.1 Culture OS：我们的文化怎么跑起来”），组织简介下有三个英文加中文的### 小标题（标0）。'
        '结果条目以“- ”开头的要点列表为主，每个要点一段，写FY2021 → FY2022 → FY2023和YoY百分比，对比对象为具名竞争对手和行业平均。'
        '刻意缺陷：4.2 人力资源开发整条缺失（全文没有培训、职业发展、晋升、继任、授权或新型组织内容），所以“### 4.2 People Metrics”'
        '实为4.3（编号陷阱）；5.2 创新生态整条缺失（没有创意来源、知识管理、知识产权管理或合作创新内容），所以“### 5.2 Innovation Output”'
        '实为5.3（编号陷阱）。1.3 缺三年数据：只有FY2023和同比（FY2022），说明更早口径不可比；有竞争对手和行业平均对比。'
        '4.3 有FY2021—FY2023三年数据但没有任何对比。不利结果：3.3 商家月流失率FY2023上升且高于闪配达（未解释）；'
        '6.3 毛利率FY2022下降（已解释）；5.3 研发投入占比逐年略降（已解释：收入增长更快）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
