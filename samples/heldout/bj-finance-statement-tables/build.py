#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-finance-statement-tables from source.txt.

A Beijing state-holding financial-leasing company, 北京瑴澪融资租赁股份有限公司 (made up; its controlling
shareholder 北京瑴源国有资本运营有限公司, its competitors 北京琯澍融资租赁有限公司 (琯澍租赁) and 天津瑊沚融资租赁
有限公司 (瑊沚租赁), its benchmark 上海玧瀛融资租赁集团有限公司 (玧瀛租赁) and the survey firm 北京湝瑀市场研究有限公司
(湝瑀研究, which also compiles the 31-member 北京地区融资租赁同业对标组) are made up too; 612 staff), written by
its 计划财务部 in a precise finance voice (口径, 同比, 增减额, 拨备, 不良资产率, 净利差, 成本收入比).

Layout: RESULTS WRITTEN AS FINANCIAL STATEMENTS.
- Markdown: ``#`` title, a cover block and an 编制说明 that states the table conventions (front matter, ``@P -``);
  ``## 组织概述`` (= 0) with ``### （一）公司基本情况`` (0.1) and ``### （二）竞争环境与战略挑战`` (0.2);
  ``## 一、领导`` … ``## 七、结果``; items ``### （一）…`` numbered by position, restarting in every chapter,
  with 14 titles in the company's own words (``（二）公司治理与全面风险管理`` = 1.2, ``（三）金融向善与社会责任`` = 1.3,
  ``（二）把规划变成年度经营计划`` = 2.2, ``（一）读懂承租人和行业`` = 3.1, ``（二）资金与财务管理`` = 4.2,
  ``（三）数据、系统与知识`` = 4.3, ``（四）专业能力与金融科技`` = 4.4, ``（五）办公场所与机房设施`` = 4.5,
  ``（六）与合作方共赢`` = 4.6,
  ``（一）业务过程的实施、监控与改进`` = 5.2, ``（一）经营绩效的测量与分析`` = 6.1, ``（一）租赁服务质量`` = 7.1,
  ``（二）客户与市场`` = 7.2, ``（六）战略、治理与社会责任`` = 7.6). Process paragraphs open with short run-in
  lead-ins (``理念的确立与传播。``), which are not headings. An intro paragraph under ``七、结果`` (= 7).
- Tables (tab-separated, caption line first) laid out the way finance departments do: years in DESCENDING order
  (``2023年 | 2022年 | 2021年``, ``2023年末 | 2022年末 | 2021年末``, one ``本年 | 上年同期 | 前年同期`` table with a
  note saying which years, 表7-6 with years as rows 2023 → 2021), units in a ``单位：万元`` line inside the table
  block or ``（亿元）`` / ``（%）`` in the cells, thousands separators, negative values in parentheses
  (``(161,792)``, ``(3,204)``, ``(13.22%)``), ``增减额`` / ``增减率`` / ``增减`` columns, comparison columns
  ``同业平均（2023年）`` / ``琯澍租赁（2023年）`` / ``瑊沚租赁（2023年）`` / ``玧瀛租赁（2023年）``, and ``注：`` footnote
  paragraphs under most tables (labelled with the table's clause). Prose series in descending
  (``2023年、2022年、2021年分别为…``) and ascending order, rankings (第5位 → 第3位; 对标组31家中第5位).
- Bad-is-high indicators whose favourable fall must not be flagged: 逾期率 (7.5), 成本收入比 (7.3), 每亿元租赁资产
  有效投诉 (7.2), 员工主动流失率 and 综合融资成本 (7.4), 审批时长 / 放款时长 / 合同文本差错率 (7.1).

Planted defects:
- 5.1 过程的识别与设计 missing everywhere (no identification of the business processes or key processes, no key
  requirements, no process design or process KPIs design, no emergency response / continuity arrangements).
  ``五、过程管理`` has only ``（一）业务过程的实施、监控与改进``, which is 5.2 (ordinal trap).
- 7.1 has 2022-2023 only (表7-1 and the 新产品 sentence); 2021 appears only in the 注 sentence saying the figures were
  kept by hand before the system went live and are ``不予列示``. It has 同业平均 / 琯澍租赁 columns.
- 7.6 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns and target wording (no comparison).
- 7.5 不良资产率 0.96 -> 0.88 -> 1.07% (rises in 2023, worse than 瑊沚租赁 0.93%), only in 表7-7 with a positive
  增减额 0.19 (unexplained; the text of 7.5 never mentions it). Explained: 7.2 新增投放额 fell in 2022 (城投类业务
  压降) and 7.3 净利润 / ROE / ROA fell in 2022 (增提拨备).
- One 1.1 paragraph (品牌建设: brand plan, sub-brands, communication, brand survey) sits at the end of 3.2's heading
  ``（二）客户关系与客户满意`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-finance-statement-tables/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['5.1'],
    'results_lacking_three_years': ['7.1'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 5.1 过程的识别与设计 must be absent everywhere: no identification of processes or key processes, no key
    # requirements of processes, no process design, no emergency response or continuity arrangements.
    'forbidden_words': ['关键过程', '过程识别', '识别过程', '过程设计', '流程设计', '设计流程', '价值链', '全过程',
                        '关键要求', '应急', '突发', '连续性', '预案', '过程清单', '流程清单', '流程架构', '流程体系',
                        '主流程', '流程图', '过程地图', '流程地图', '核心流程', '过程分类', '业务连续'],
    'unfavourable_results': [
        {'clause': '7.5',
         'indicator': '不良资产率（2021年0.96%、2022年0.88%、2023年1.07%，2023年上升0.19个百分点，高于瑊沚租赁0.93%；'
                      '只在表7-7中，年份自近及远排列）',
         'explained': False},
        {'clause': '7.2', 'indicator': '新增投放额（2022年由186.4亿元降至171.2亿元）', 'explained': True},
        {'clause': '7.3', 'indicator': '净利润、净资产收益率、总资产收益率（2022年由62,337万元、8.55%、1.48%降至'
                                       '59,133万元、7.74%、1.29%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有控股融资租赁公司（北京瑴澪融资租赁股份有限公司不存在；控股股东北京瑴源国有资本运营有限公司、'
        '竞争对手北京琯澍融资租赁有限公司和天津瑊沚融资租赁有限公司、标杆上海玧瀛融资租赁集团有限公司、调研机构北京湝瑀市场研究有限公司'
        '及其汇总的北京地区融资租赁同业对标组均为虚构，人名、数字和奖项都是编的），员工612人。计划财务部执笔，精确的财务口吻'
        '（口径、同比、增减额、拨备、不良资产率、净利差、成本收入比）。版式是本样本的重点：结果写成财务报表。Markdown；“#”标题、'
        '封面信息块和说明表格惯例的“编制说明”（@P -）；“## 组织概述”（标0）下“### （一）公司基本情况”=0.1、'
        '“### （二）竞争环境与战略挑战”=0.2；“## 一、领导”…“## 七、结果”；条目“### （一）…”按在本章中的位置编号、每章重新编号，'
        '14个条目标题用公司自己的说法。表格按财务部门的习惯：年份自近及远（2023年、2022年、2021年；2023年末…；'
        '一张表用“本年、上年同期、前年同期”并加注说明年份；表7-6年份为行，自2023年至2021年），单位写在表内“单位：万元”一行'
        '或单元格“（亿元）”中，千分位分隔，负数加括号（(161,792)、(3,204)、(13.22%)），有“增减额”“增减率”“增减”列，'
        '对比列为“同业平均（2023年）”和对手、标杆名称；多数表后另起一段“注：”（标表格所属条目）。文字中有自近及远'
        '（2023年、2022年、2021年分别为…）和自远及近的序列，以及排名。“七、结果”下有一段引言，标7。'
        '刻意缺陷：5.1 过程的识别与设计整条缺失（全文没有业务过程或关键过程的识别、关键要求、过程设计、过程指标设计，'
        '也没有应急响应和业务连续安排），“五、过程管理”下只有“（一）业务过程的实施、监控与改进”，它是5.2（序号陷阱）。'
        '7.1 只有2022年和2023年（2021年只出现在说明手工台账口径不同“不予列示”的注释句中），有同业平均和琯澍租赁对比列。'
        '7.6 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、同业、标杆或排名对比。'
        '不利结果：7.5 不良资产率0.96%、0.88%、1.07%，2023年上升且高于瑊沚租赁0.93%，只出现在表7-7中（增减额0.19），'
        '正文没有提及或解释；7.2 新增投放额2022年下降（已解释：压降城投类业务）；7.3 净利润、净资产收益率、总资产收益率2022年'
        '下降（已解释：公交、供热客户回款放缓，增提拨备）。一段回答1.1（品牌建设）的段落放在3.2“（二）客户关系与客户满意”末尾'
        '（misplaced）。逾期率、成本收入比、有效投诉、员工主动流失率、综合融资成本、审批和放款时长、合同差错率越低越好，'
        '下降是有利结果；与标杆玧瀛租赁的差距（满意度、ROE、ROA、净利差、成本收入比）不列为不利结果。'
        '组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

YEAR = re.compile(r'^(20\d\d)年末?$')
NEG = re.compile(r'\(\d[\d,]*(\.\d+)?%?\)')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    tables = [b for b in body if b['type'] == 'table']
    # every table: caption 表n-m; year columns (or year rows) in descending order
    for t in tables:
        if t['clause'] and not t['clause'].startswith(('0', '7')):
            continue  # process tables (表2-1 targets and timetable) are not statements
        rows = [r.split('\t') for r in t['line'].split('\n')[1:] if '\t' in r]
        cap = t['line'].split('\n')[0]
        if not re.match(r'表\d+-\d+ ', cap):
            problems.append('table caption not 表n-m: ' + cap)
        head_years = [int(YEAR.match(c).group(1)) for c in rows[0] if YEAR.match(c)]
        row_years = [int(YEAR.match(r[0]).group(1)) for r in rows[1:] if YEAR.match(r[0])]
        for ys in (head_years, row_years):
            if len(ys) >= 2 and ys != sorted(ys, reverse=True):
                problems.append('years not descending in ' + cap)
    result_tables = [t for t in tables if t['clause'] and t['clause'].startswith('7')]
    if sum(1 for t in result_tables if NEG.search(t['line'])) < 3:
        problems.append('fewer than 3 result tables with (negative) values')
    joined = '\n'.join(t['line'] for t in result_tables)
    for w in ('增减额', '增减率', '上年同期', '单位：万元', '（亿元）', '同业平均（2023年）', '本年'):
        if w not in joined:
            problems.append('result tables lack ' + w)
    if not re.search(r'\d,\d{3}', joined):
        problems.append('no thousands separators')
    notes = [b for b in body if b['type'] == 'text' and b['line'].startswith('注：') and b['clause'].startswith('7')]
    if len(notes) < 5:
        problems.append('fewer than 5 注 lines under result tables')
    # 7.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('7.1 mentions an earlier year: ' + sent[:40])
    # 7.5: the rise of 不良资产率 appears only in the table
    for b in body:
        if b['clause'] == '7.5' and b['type'] == 'text' and '不良' in b['line']:
            problems.append('7.5 text mentions 不良')
    # 7.6: no peer, competitor, benchmark or ranking
    for b in body:
        if b['clause'] == '7.6' and re.search(r'同业|琯澍|瑊沚|玧瀛|第\d+位|对标', b['line']):
            problems.append('7.6 has a comparison: ' + b['line'][:30])
    # ordinal trap: under 五、 the only item heading is （一） and answers 5.2
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 五、'))
    if not (heads[idx + 1]['line'].startswith('### （一）') and heads[idx + 1]['clause'] == '5.2'
            and heads[idx + 2]['line'].startswith('## 六、')):
        problems.append('ordinal trap under 五、 not as planned')
    # item ordinals restart in every chapter and follow position
    ords = '一二三四五六七八'
    n = 0
    for h in heads:
        if h['line'].startswith('## '):
            n = 0
        elif h['line'].startswith('### （') and h['clause'] and not h['clause'].startswith('0'):
            if not h['line'].startswith('### （%s）' % ords[n]):
                problems.append('item ordinal out of position: ' + h['line'])
            n += 1
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
