#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-medtech-appendix from source.txt.

Layout: a Shenzhen medical-device maker (monitors, ultrasound) written by its regulatory/quality director.
Markdown `#` headings: a plain title line (level 0) and a cover block (front matter, `@P -`); `# 企业概况`
(= 0) with three `##` sub-headings of its own (`## （一）公司与产品` …); chapters `# 一、领导力` …
`# 六、高质量的运营` (level 1); items `## 1.1 …` numbered like the standard, 9 of 17 titled in the
company's own words. Chapter 四 lacks 4.1 人力资源管理 and numbers on, so `## 4.1 人才培养与组织活力`
is 4.2 and `## 4.2 以人为本的结果` is 4.3 (decimal/ordinal trap). An intro paragraph under `# 五、持续创新`.
Two result items (2.3 and 5.3) give their figures only in words in the item and point to `详见附表2` /
`具体数据见附表3`; the tables sit after the last chapter under `# 附表` (clause null): `## 附表1 …`
(profile data, labelled 0), `## 附表2 …` (heading + table, 2.3) and a caption-only `附表3 …` table (5.3)
that follows directly without a heading of its own. Other results inline: tables with years as columns
and competitor / 行业平均 / benchmark columns, a caption-only chart paragraph `图3-2 …` followed by a
sentence with the values, 同比 prose and rankings.
"""
META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['4.1'],
    'results_lacking_three_years': ['4.3'],
    'results_lacking_comparison': ['6.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['6.3'],
    # 4.1 人力资源管理 (workforce forecasting, hiring/retention rules, pay and benefits, rights and
    # protection, satisfaction surveys, performance management) must be absent everywhere
    'forbidden_words': ['招聘', '薪酬', '薪资', '工资', '编制', '定编', '绩效考核', '绩效管理', '绩效辅导',
                        '职级', '任职资格', '岗位体系', '人力资源规划', '人力资源需求', '人员需求', '福利',
                        '劳动合同', '社保', '五险', '职业健康', '满意度调查', '民主评议', '权益'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '营业收入、净利润、纳税总额（2023年较2022年分别下降6.2%、14.0%、8.3%）',
         'explained': True},
        {'clause': '3.3', 'indicator': '三级医院老客户复购率（88.6%→87.2%→84.9%，2023年低于珺屹医疗86.3%和行业平均85.7%）',
         'explained': False},
        {'clause': '6.3', 'indicator': '整机出厂一次通过率（2022年由98.6%降至97.9%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构监护与超声医疗器械企业（深圳市翛澈医疗电子股份有限公司，不存在；竞争对手珺屹医疗、汧鹭医学，'
        '标杆瑨泓医疗，第三方调研机构岱溟调研也都不存在）。质量与法规事务总监口吻，正式、严谨，长句较多'
        '（注册证、NMPA/CE/FDA、不良事件、一次通过率、研发管线、设计控制）。markdown标题：一行不带#的报告标题（level 0），'
        '封面块（前置内容，clause为null）；“# 企业概况”（=0）下有三个自拟的“##”小标题（标0）；“# 一、领导力”…“# 六、高质量的运营”'
        '为类目（level 1），“## 1.1 …”为条目（level 2），编号与标准相同，17个条目中9个用企业自己的标题'
        '（1.1 以“临床可信”为核心的文化体系、1.3 经营与治理成效、2.2 战略的分解、监测与调整、3.1 临床客户的识别与服务、'
        '3.3 客户与市场表现、4.1 人才培养与组织活力、5.2 开放协同的创新生态、6.2 质量管理体系与上市后监督、6.3 质量与运营绩效）。'
        '“# 五、持续创新”下有一段引言（标5）。'
        '附表布局：2.3 和 5.3 两个结果条目正文只用文字描述结果并写“详见附表2”“具体数据见附表3”，数据表放在最后一章之后的'
        '“# 附表”（clause为null）下：“## 附表1 主要产品注册证情况”（概况数据，标0）、“## 附表2 战略规划结果数据”（标2.3，'
        '表格首行为数据来源说明）、没有单独标题、以表题行“附表3 研发投入与创新产出”开头的表格（标5.3，紧跟在附表2之后）。'
        '刻意缺陷：4.1 人力资源管理整条缺失（全文没有人力需求预测、选用留制度、薪酬福利、权益保障、满意度调查或绩效管理内容），'
        '第四章接着编号，所以“## 4.1 人才培养与组织活力”实为4.2，“## 4.2 以人为本的结果”实为4.3（小数编号陷阱）。'
        '4.3 只有2022、2023两年（2021年只出现在说明口径不一致、不予列示的句子里），有深圳医疗器械行业平均和珺屹医疗对比。'
        '6.3 有2021—2023三年数据，但只有“2023年目标值”“国家标准或法规要求”两列，没有任何对比。'
        '不利结果：1.3 营业收入、净利润、纳税总额2023年下降（已解释：2022年应急订单一次性需求、集采降价）；'
        '3.3 三级医院老客户复购率逐年下降且2023年低于珺屹医疗和行业平均（只见于表3-1，未解释）；'
        '6.3 整机出厂一次通过率2022年下降（已解释：产线搬迁）。附表2、附表3中低于标杆瑨泓医疗的数值不计入不利结果'
        '（5.3 正文说明差距逐年收窄；标杆只给2023年值）。'
        '一段回答1.2 的合规管控段落（学术推广审批、经销商反商业贿赂承诺与合规审计）放在“## 3.1 临床客户的识别与服务”下（misplaced）。'
        '3.3 有一个只有图题的段落“图3-2 2021—2023年便携彩超海外装机量（台）”，数值在下一句中给出。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
