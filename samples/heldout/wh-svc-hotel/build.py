#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-hotel from source.txt.

A Wuhan hotel, convention and city-tour operator (武汉沁屿文旅发展有限公司, made up) in a lively
marketing voice: short paragraphs, customer stories, quotes from staff. Plain-text headings that
carry the clause id at the END in brackets (``引领发展（对应5.2.2）``), a few in the other style
(``【5.4.3】让“沁屿”这两个字更值钱``), some headings are questions; category headings are plain
titles without numbers; the profile has three sub-headings of its own. 5.7.2 运营质量 is missing
everywhere (no operations design, key-process measures, partner-network, cost, continuity or
process-improvement content). One 5.4.3 paragraph (brand protection) sits under 5.6.3."""
META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (12000, 20000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.7.2'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.2.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.2.4'],
    # 5.7.2 运营质量 must be absent everywhere: no operations-system design, partner/supply network,
    # cost control, continuity/emergency arrangements or process-performance improvement
    'forbidden_words': ['供应商', '供应链', '供应网络', '采购', '应急', '能耗', '节能', '运营系统',
                        '关键过程', '流程再造', '降本', '成本管控', '业务连续'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、纳税总额（2022年下降）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '平均出租率、会展场次、RevPAR（2022年下降）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '宾客有效投诉率（2023年升至2.4件/万间夜，高于前两年和行业平均1.8）',
         'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构武汉酒店、会展与城市旅行企业（武汉沁屿文旅发展有限公司，不存在；竞争对手瑜泊酒店集团、'
        '岚汉国际会展中心和标杆江南栖云酒店集团也不存在）。营销和客户故事口吻：短段落、客人故事、员工引语（单独成段，'
        '标所在条款）。纯文本标题：两行标题（level 0，clause为null），一个封面信息块（front matter，clause为null），'
        '类目标题是不带编号的标准标题（组织环境、领导作用……质量提升，level 1），条款标题把条款号放在末尾括号里'
        '（“引领发展（对应5.2.2）”），少数用另一种样式放在开头（“【5.4.3】让“沁屿”这两个字更值钱”“【5.5.4】员工契合的结果”'
        '“【5.6.3】新点子怎样变成新服务？”“【5.7.4】质量提升的结果”）；有的标题是问句（“我们怎样定下五年的路？（对应5.3.2）”'
        '“我们如何倾听客人的声音？（对应5.4.2）”“伙伴们为什么愿意留下来？（对应5.5.3）”）。组织环境下有三个自己的小标题'
        '（我们是谁、我们身处的赛场、我们凭什么赢，level 2，标5.1）。“领导作用”下有一段引言，标5.2。'
        '刻意缺陷：5.7.2 运营质量整条缺失（“质量提升”下直接是5.7.3 服务质量；全文没有运营系统设计、关键过程指标、'
        '合作方网络管理、成本控制、运营连续性或过程绩效改进的内容）。5.6.4 只有2022年和2023年（2021年只出现在说明平台'
        '当年尚未上线的句子里），有瑜泊酒店集团（2023年）对比列。5.2.4 有2021—2023年三年数据，但只有2023年目标值列'
        '和“目标全部完成”，没有任何对比。不利结果：5.2.4 营业收入、利润总额和纳税总额2022年下降（已解释：会展停办、商务出行减少）；'
        '5.3.4 出租率、会展场次和RevPAR 2022年下降（已解释）；5.7.4 宾客有效投诉率2023年升至2.4件/万间夜，'
        '高于前两年和行业平均1.8（未解释）。结果写法：表3-1年份为行（21年/22年/23年）、竞争对手和全市平均为列；'
        '表4-1年份为行（FY21/FY22/FY23）；表5-1、表7-1年份为列，带“武汉住宿业平均（2023年）”“行业平均（2023年）”列；'
        '叙述序列（三年分别为……，由2021年的32秒缩短至……）；排名（位列全市第三）。5.4.4 会员复购率只写成'
        '“比上年提高x个百分点”（只有2023年一个绝对值），5.5.4 人均培训学时只有图题和一句文字描述（图5-1，没有数字），'
        '这两个条款的其他指标都有三年数据和对比，所以整体不算缺陷。一段回答5.4.3 的品牌保护段落放在5.6.3 标题下（misplaced）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
