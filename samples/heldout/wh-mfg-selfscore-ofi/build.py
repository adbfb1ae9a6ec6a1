#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-selfscore-ofi from source.txt.

Layout: every scoring item is written as a self-scoring sheet. Markdown: a `#` title line, two front-matter
paragraphs (编制信息, 写在前面), `## 5.1 组织环境` with bold run-in lead words (组织概况/竞争环境/组织优势/改进系统),
category headings `## 5.2 领导作用（180分）` … `## 5.7 质量提升（160分）`, and under them one block per scoring
item with a RUNNING number across the whole report: `### 评分项01　引领发展` … `### 评分项17　质量提升的结果`
(six titles in the company's own words). Inside every block the same sub-parts repeat: `**【主要做法】**` (or
`**【主要结果】**` in result items), `**【实施成效】**` / `**【对比分析】**` / `**【趋势与目标】**`, `**【优势】**`,
`**【改进机会】**`, and a closing score line in varying forms (`自评得分：40分（满分60分，67%）`, `自评：B档 55%（33/60分）`,
`本项自评 38/60分（63%）`, `自评档次：50%—65%档，取62%（34/55分）`). In 5.1–5.2 and 5.4–5.6 the sub-part markers are
bold run-ins at the start of a paragraph; in 5.3 and 5.7 they stand on their own line (level-3 headings labelled
with the item's clause). Strengths and OFIs are one paragraph of `1. …；2. …` points. Results mostly as
year-over-year sentences (`同比增长31.1%（2022年4.5亿元，2021年2.8亿元）`, `较上年提高1.3分`) plus one small table per
result item. Back matter: `## 自评得分汇总` and a score table (clause null).

Planted defects: 5.6.3 创新实践 missing (评分项13 = 5.6.2, 评分项14 = 5.6.4: the running numbers after 13 are one
behind the standard's leaves: ordinal trap); 5.2.4 has 2022–2023 only (2021 only in the sentence saying why);
5.5.4 has 2021–2023 but only a 2023年目标值 column and a 法定要求; 5.4.4 客户有效投诉 14 → 11 → 17, above 襄阳翚缇
(only in 表09-1, unexplained); 5.2.4 净利润/净利率 (2023) and 5.7.4 一次交检合格率/零公里PPM (2022) explained; one
5.2.3 paragraph (风险管理) sits in the 【改进机会】 part of 评分项05 (5.3.3).
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
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.2.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.6.3 创新实践 must be absent everywhere: no innovation planning, idea intake, project deployment,
    # monitoring, IP or knowledge management
    'forbidden_words': ['立项', '创意', '金点子', '知识管理', '知识库', '成果转化', '技术秘密', '专利申请'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '净利润、净利率（2023年由1.21亿元、7.3%降至1.08亿元、5.8%）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': '出厂一次交检合格率、零公里PPM（2022年变差：98.86%、44）',
         'explained': True},
        {'clause': '5.4.4', 'indicator': '客户有效投诉（14→11→17次，2023年高于襄阳翚缇13次，仅见于表09-1）',
         'explained': False},
    ],
    'notes': (
        '武汉制造类，虚构汽车线束与连接器民营企业（武汉珵缆汽车电子有限公司，约1,800人，不存在；竞争对手襄阳翚缇汽车电子、'
        '长沙沩琏连接器，标杆宁波琭澄汽车电子集团，调查机构淏岑咨询，合作高校江城理工学院，均为虚构）。质量管理部写的内部自评稿，'
        '坦率口吻，原样报送。Markdown：#标题（level 0），两段前置内容（编制信息、写在前面，clause为null）；'
        '“## 5.1 组织环境”（level 1）下用加粗引导词（组织概况/竞争环境/组织优势/改进系统）分段，另有表1；'
        '“## 5.2 领导作用（180分）”等类目（level 1）；每个评分项写成自评表：“### 评分项01　引领发展”（level 2），'
        '编号在全文连续排（01—17），其中六个标题是企业自己的话（评分项05 战略落地、评估与调整=5.3.3，'
        '评分项07 客户识别与客户关系=5.4.2，评分项09 客户与品牌结果=5.4.4，评分项11 氛围、关爱与满意度=5.5.3，'
        '评分项14 创新产出与成效=5.6.4，评分项16 产品质量保证=5.7.3）。每项内重复的小节“【主要做法】/【主要结果】”'
        '“【实施成效】/【对比分析】/【趋势与目标】”“【优势】”“【改进机会】”以及结尾的自评得分行都不是条款，标所在评分项的条款；'
        '5.3和5.7两部分的小节标记单独成行（level 3标题，标所属条款），其余部分是段首加粗引导。优势、改进机会是“1. …；2. …”一段。'
        '末尾“## 自评得分汇总”和得分表为后置内容（clause为null）。'
        '刻意缺陷：5.6.3 创新实践整条缺失（没有创新策划、创意收集、项目实施与监测、知识产权与知识管理内容），'
        '评分项13=5.6.2后直接是评分项14=5.6.4，编号连续，13以后的编号与标准叶条款的序号错位一位（序号陷阱）；'
        '得分汇总里5.6只有13—14两项。5.2.4 只有2022、2023两年（2021年只出现在说明吸收合并、口径不可比的句子里），'
        '有行业平均、襄阳翚缇和省内排名对比。5.5.4 有2021—2023三年，但只有“2023年目标值”和“法定要求”，没有对比。'
        '不利结果：5.2.4 2023年净利润、净利率下降（已解释：铜价联动滞后、年降、折旧）；5.7.4 2022年一次交检合格率下降、'
        '零公里PPM上升（已解释：高压线束新产线爬坡）；5.4.4 客户有效投诉2023年升至17次，高于前两年和翚缇13次（仅在表09-1中，未解释）。'
        '错位段落：一段5.2.3的风险管理内容放在评分项05（5.3.3）的【改进机会】之后、得分行之前（misplaced）。'
        '其余结果项均有三年数据和同行、行业平均、标杆或排名对比；结果多为同比句式，每个结果项一张小表（年份为列）。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    problems = []
    # 5.2.4: 2021 only in the one sentence that says why it is left out
    hits = [b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] == '5.2.4' and '2021' in b['line']]
    if len(hits) != 1 or '只列2022年和2023年' not in hits[0]:
        problems.append('5.2.4: 2021 outside the explaining sentence')
    # the unexplained unfavourable result is only in the table
    for b in blocks:
        if b['type'] == 'text' and b['clause'] == '5.4.4' and '投诉' in b['line']:
            problems.append('5.4.4 text mentions the complaints')
    # every scored block ends with a score line
    items = [b for b in blocks if b['type'] == 'heading' and b['line'].startswith('### 评分项')]
    if len(items) != 17:
        problems.append('expected 17 scoring items, got %d' % len(items))
    nums = [int(re.search(r'评分项(\d+)', b['line']).group(1)) for b in items]
    if nums != list(range(1, 18)):
        problems.append('running numbers not 1..17')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
