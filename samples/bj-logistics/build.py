#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample bj-logistics from source.txt."""
META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
                    '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
                    '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5',
                     '4.6', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'expected_missing': ['6.2'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.3', '7.5'],
    'results_without_numbers': ['7.5'],
    'no_comparison_words': ['7.3', '7.5'],
    # 6.2 must be absent everywhere: no innovation-management system, no improvement-activity methods
    'forbidden_words': ['QC', '合理化建议', '六西格玛', '创新激励', '创新投入', '创新计划', '创新管理',
                        '改进与创新', '精益', '金点子', '统计技术', '创新成果'],
    'unfavourable_results': [
        {'clause': '7.2', 'indicator': '客户保留率（2022年由91.2%降到87.4%）', 'explained': False},
        {'clause': '7.3', 'indicator': '净利润、净利润率（2022年下降）', 'explained': True},
        {'clause': '7.6', 'indicator': '年度战略目标达成率（2022年降到88%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构京津冀冷链物流企业（北京霜屿冷链物流股份有限公司，不存在）。标题为Markdown（#/##/###），但编号混杂：'
        '“## 组织概述”“## 第一章 领导”…“## 第七章 结果”用“第X章”，二级标题多为全角数字加全角点（“### １．１ 高层领导的作用”“### ７．３财务结果”），'
        '部分为半角且编号与标题之间无空格（“### 1.2组织治理”“### 3.2顾客关系与顾客满意”），1.3 只有“### 【社会责任】”而没有编号。'
        '“### 4.5 基础设施与相关方关系”一个标题下合并回答4.5和4.6：第一段（设施配置、维护、更新、失效应急）标4.5，第二段（相关方识别分类、合作、沟通）标4.6；'
        '标题本身记为4.5。段落内“1）组织文化。”等三级引导语不是标题。刻意缺陷：6.2 改进与创新整条缺失（6.1之后直接是第七章；全文没有创新计划、创新投入、'
        '创新激励、改进活动方法或统计工具的内容，4.4 的自主创新和5.2 的流程再造是各自条款的内容，不是6.2）；7.3 财务结果有2021—2023三年数据，'
        '只有2023年目标值列，没有竞争对手、标杆或行业对比；7.5 过程有效性结果是纯叙述，没有任何数字（同时计入缺三年数据和缺对比）；'
        '7.2 客户保留率2022年下降，正文未作解释。其余结果（7.1、7.2、7.4、7.6）为2021—2023三年数据，带竞争对手A/B、行业平均、行业标杆列（对比列只给2023年值）。'
        '不利结果只列下降趋势和差于竞争对手或行业平均的结果；逐年缩小的与行业标杆的差距（如7.1温控达标率）不列。'
        '7.3 的2022年净利润下降和7.6 的2022年战略目标达成率下降均已解释。组织概述（0.1+0.2段落，不含标题）约2,500字，低于3,000字上限。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
