#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-whscheme-numbers from source.txt.

A Beijing private maker of hospital-pharmacy automation and smart-ward equipment, 北京琝澪智慧医疗装备股份有限公司
(made up; its Wuhan subsidiary 武汉琝澪医疗设备有限公司, its competitors 深圳珈淏医疗科技股份有限公司 and
南京瑄汨智能装备有限公司, its benchmark 上海瑝澂医疗自动化集团, the survey firm 峃琰市场研究有限公司 and the
药房装备产业联盟 are made up too; 912 staff), written by its 质量与运营中心 in a methodical voice with lettered
lead-ins ``a）发展方向。`` taken from the Wuhan standard's points.

Layout: A BEIJING REPORT NUMBERED WITH THE WUHAN STANDARD'S NUMBERS AND TITLES. The Wuhan subsidiary won the
Wuhan award with this outline, and the parent reuses it for the Beijing award.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph that says the outline is
  the Wuhan one (front matter, ``@P -``).
- Chapters ``5.1 组织环境`` (= 0) … ``5.7 质量提升`` (level 1) and items ``5.2.2 引领发展`` … ``5.7.4 质量提升的结果``
  (level 2) with the Wuhan titles; the Wuhan ``5.x.1 概述`` items are not written. The profile has lettered
  sub-headings ``a) 组织概况`` (= 0.1), ``b) 竞争环境``, ``c) 组织优势``, ``d) 改进系统`` (= 0.2).
- Every block is labelled with the BEIJING clause it answers, so one Wuhan heading holds several Beijing clauses:
  5.2.2 = 1.1 + 1.3; 5.2.3 = 1.2 + one 1.3 paragraph (诚信); 5.2.4 = 7.3 + 7.6; 5.3.3 = 2.2 + one 6.1 paragraph;
  5.4.2 = 3.1 + 3.2; 5.4.3 品牌管理 = 1.1 (品牌建设); 5.4.4 = 7.2 + 7.6 (品牌结果); 5.5.2/5.5.3 = 4.1;
  5.5.4 = 7.4; 5.6.2 = 6.2 + 4.4; 5.6.3 = 6.2 + 4.3; 5.6.4 = 7.1 + 7.4; 5.7.2 = 5.1 + 5.2 + 4.5 + 4.3 + 4.6;
  5.7.3 = 5.2; 5.7.4 = 7.1 + 7.5 + 7.4. Chapter headings carry the Beijing category of most of their content
  (5.2 = 1, 5.3 = 2, 5.4 = 3, 5.5 = 4, 5.6 = 6, 5.7 = 5), items the Beijing clause of most of their paragraphs.
  The chapter numbers ``5.1`` and ``5.2`` are Beijing ids of other clauses (过程的识别与设计, 过程的实施与改进).
- Paragraphs open with lettered lead-ins ``a）…。`` ``b）…。`` (full-width parenthesis; not headings), some with
  plain lead-ins (``安全生产与质量责任。``, ``经营结果。``).
- Results: tables with years as columns and competitor / ``行业平均（2023年）`` columns (表5.3-1, 表5.5-1, 表5.7-1,
  表5.7-2), 表5.4-1 with years as rows and competitor / 行业平均 rows, prose series, rankings (竞争力榜 第14→11→8位,
  纳税排名, 专利排名, 市场占有率排名), a narrowing gap to the benchmark.

Planted defects:
- 4.2 财务资源 missing everywhere (no funding, budgeting, cost, working-capital or financial-risk content): the
  Wuhan frame has no heading for it. ``5.3.3`` holds a ``b）资源配置。`` paragraph, which allocates people, R&D
  projects and capacity (2.2), not money. 7.3 results are still reported under 5.2.4.
- 7.5 has 2022-2023 only (表5.7-2); 2021 appears only in the sentence saying the MES-based figures start in 2022 and
  the earlier hand-kept figures are not given (不予列示). It has 珈淏医疗 / 行业平均 columns.
- 7.3 has 2021-2023 but only ``2023年经营目标`` / ``2025年规划目标`` columns (no competitor, industry, benchmark or rank).
- 7.1 装机验收一次通过率 97.6 -> 98.1 -> 96.9, below 珈淏医疗 97.8, 瑄汨智能 97.5 and 行业平均 97.2, only in 表5.7-1
  (unexplained). 7.3 营业收入 / 净利润 / 毛利率 / 销售净利率 / 净资产收益率 (2022) and 7.4 研发人员年流失率 (2022)
  are explained.
- One 4.6 paragraph (战略供方协同) sits at the end of ``5.5.3 员工赋能`` (heading labelled 4.1) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-whscheme-numbers/build.py
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
    'expected_missing': ['4.2'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.3'],
    # 4.2 财务资源 must be absent everywhere: no funding or financing, no budgets, no cost management,
    # no working capital or asset turnover, no financial risk or control.
    'forbidden_words': ['预算', '资金', '现金', '融资', '筹资', '贷款', '授信', '周转', '应收', '账款', '回款',
                        '成本', '财务', '负债', '资本', '投资', '费用', '降本', '开支', '资产利用'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '装机验收一次通过率（97.6%→98.1%→96.9%，2023年下降，低于珈淏医疗97.8%、瑄汨智能97.5%和'
                      '行业平均97.2%；只在表5.7-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入、净利润、毛利率、销售净利率、净资产收益率（2022年由9.42亿元、1.08亿元、'
                                       '46.2%、11.5%、14.6%降至8.96亿元、0.71亿元、41.8%、7.9%、9.2%）',
         'explained': True},
        {'clause': '7.4', 'indicator': '研发人员年流失率（2022年由6.8%升至9.4%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营医院药房自动化与智慧病区装备制造企业（北京琝澪智慧医疗装备股份有限公司不存在；全资子公司'
        '武汉琝澪医疗设备有限公司、竞争对手深圳珈淏医疗科技股份有限公司和南京瑄汨智能装备有限公司、标杆上海瑝澂医疗自动化集团、'
        '调研机构峃琰市场研究有限公司、药房装备产业联盟均为虚构，人名、数字和奖项都是编的），员工912人。质量与运营中心执笔，'
        '条理分明、按方法逐项交代的口吻，段首用取自武汉标准要点的字母引导语“a）发展方向。”（全角括号，不是标题）。'
        '版式是本样本的重点：武汉子公司以该框架获得武汉市市长质量奖，母公司申报北京奖时沿用武汉标准的编号和标题。'
        '纯文本，无#；两行标题（level 0，clause为null），封面信息块和说明沿用武汉框架的“编写说明”（@P -）。'
        '章“5.1 组织环境”（标0）…“5.7 质量提升”（level 1），条目“5.2.2 引领发展”…“5.7.4 质量提升的结果”（level 2），'
        '武汉的5.x.1概述不写；组织环境下有字母小标题“a) 组织概况”（0.1）、“b) 竞争环境”“c) 组织优势”“d) 改进系统”（0.2）。'
        '每个块都按它回答的北京条款标注，同一武汉标题下可有几个北京条款：5.2.2=1.1+1.3；5.2.3=1.2+一段1.3（诚信）；'
        '5.2.4=7.3+7.6；5.3.3=2.2+一段6.1；5.4.2=3.1+3.2；5.4.3 品牌管理=1.1（品牌建设）；5.4.4=7.2+7.6（品牌结果）；'
        '5.5.2/5.5.3=4.1；5.5.4=7.4；5.6.2=6.2+4.4；5.6.3=6.2+4.3；5.6.4=7.1+7.4；5.7.2=5.1+5.2+4.5+4.3+4.6；'
        '5.7.3=5.2；5.7.4=7.1+7.5+7.4。章标题标其多数内容所属的北京类目（5.2=1，5.3=2，5.4=3，5.5=4，5.6=6，5.7=5），'
        '条目标题标其多数段落回答的北京条款。注意章号“5.1”“5.2”恰好是北京5.1（过程的识别与设计）和5.2（过程的实施与改进）的编号。'
        '结果：以年份为列的表格带珈淏医疗、瑄汨智能和“行业平均（2023年）”列（表5.3-1、表5.5-1、表5.7-1、表5.7-2），'
        '表5.4-1年份为行、对比为行；叙述序列；排名（竞争力榜第14→11→8位、纳税排名、专利排名、细分市场占有率排名）；'
        '与标杆瑝澂集团的差距逐年缩小。'
        '刻意缺陷：4.2 财务资源整条缺失（全文没有资金保障、预算、成本、资金周转或财务风险的内容），武汉框架本身没有对应标题；'
        '5.3.3下有一段“b）资源配置。”，讲的是人员编制、研发立项和产能的配置（2.2），不是财务资源；7.3 财务结果仍在5.2.4下报告。'
        '7.5 只有2022年和2023年（2021年只出现在说明2022年上线MES后改由系统采集、此前手工台账口径不同“不予列示”的句子里），'
        '有珈淏医疗和行业平均对比。7.3 有2021—2023年三年数据，但只有“2023年经营目标”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：7.1 装机验收一次通过率97.6%、98.1%、96.9%，2023年下降，低于珈淏医疗97.8%、瑄汨智能97.5%和行业平均97.2%，'
        '只出现在表5.7-1中，正文未提及、未解释；7.3 营业收入、净利润、毛利率、销售净利率、净资产收益率2022年下降（已解释：'
        '医院项目招标和入院安装推迟、进口伺服电机和芯片涨价而订单为固定总价）；7.4 研发人员年流失率2022年升至9.4%'
        '（已解释：互联网医疗企业高薪招聘算法工程师）。一段回答4.6（战略供方协同）的段落放在“5.5.3 员工赋能”（标4.1）的末尾（misplaced）。'
        '其他：满意度、品牌认知度、出药速度低于标杆瑝澂集团但差距逐年缩小（不列为不利结果）；投诉率、流失率（2023年）、'
        '千人工伤率、安装调试周期越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

WUHAN_ITEMS = ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
               '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # headings: Wuhan numbers only (5.x chapters, 5.x.y items in the Wuhan order, no 5.x.1), lettered profile heads
    chapters = [h['line'].split()[0] for h in heads if h['level'] == 1]
    if chapters != ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7']:
        problems.append('chapters not 5.1..5.7: %s' % chapters)
    items = [h['line'].split()[0] for h in heads if h['level'] == 2 and h['line'][0] == '5']
    if items != WUHAN_ITEMS:
        problems.append('items not the Wuhan 5.x.2-5.x.4: %s' % items)
    letters = [h['line'][:2] for h in heads if h['level'] == 2 and h['line'][0] != '5']
    if letters != ['a)', 'b)', 'c)', 'd)']:
        problems.append('profile sub-headings not a)-d): %s' % letters)
    for b in body:
        if b['line'].startswith('#'):
            problems.append('markdown marker in ' + b['line'][:20])
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.1: the 2023 drop of 装机验收一次通过率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '验收一次' in b['line']:
            problems.append('7.1 text mentions 装机验收一次通过率')
    # 7.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.3' and re.search('珈淏|瑄汨|瑝澂|峃琰', b['line']):
            problems.append('7.3 names a competitor, benchmark or survey firm')
    # misplaced 4.6 paragraph is the last block under 5.5.3
    idx = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('5.5.3 '))
    nxt = next(i for i in range(idx + 1, len(blocks)) if blocks[i]['type'] == 'heading')
    if not (blocks[nxt - 1].get('misplaced_under') == '4.1' and blocks[nxt - 1]['clause'] == '4.6'):
        problems.append('misplaced 4.6 paragraph not at the end of 5.5.3')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
