#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-wall-paragraphs from source.txt.

A Beijing private maker of commercial kitchen equipment and commercial refrigeration, 北京玚燠厨冷科技股份有限公司
(made up; brands 燠厨 (kitchen) and 玚冰 (refrigeration); its competitors 天津瑔沨商用厨具有限公司 and 浙江琻滢制冷设备
股份有限公司, its benchmark 佛山瑆湙厨房设备集团, the survey firm 北京昳珩市场调查有限公司 and its 18-member
华北商用厨冷设备企业对标组 are made up too; 706 staff at the end of 2023), written by its 总经理办公室 in a dense,
breathless voice that seldom presses Enter (long comma chains, 这块/这件事/一看……二看……, 说实话).

Layout: WALLS OF TEXT.
- Plain text, no ``#``. Two title lines (level 0) and a cover block (front matter, ``@P -``).
- ``组织概述`` (= 0, level 1) holds three walls: ``（一）组织描述。…`` and an unnumbered second wall (0.1), and
  ``（二）组织面临的挑战。…`` (0.2); the profile sub-titles are run-ins, not headings.
- Chapters ``一、领导`` … ``七、结果`` (level 1). Under most chapters each item is ONE long paragraph (600-1,500
  non-whitespace characters) that opens with its title as a run-in (``（一）高层领导的作用。…``, ``一是测量、分析和
  评价，…``) or just starts talking (4.6 ``公司把相关方分成……``), with processes, examples and figures in one block.
  1.1, 3.2 and 4.1 are split into two blocks (the second without a run-in).
- Four item titles stand on a line of their own (level 2): ``（二）管住权力、管住风险`` (1.2), ``（一）读懂后厨：
  顾客和市场`` (3.1), ``（一）过程的识别与设计`` (5.1), ``（二）从排产到交付`` (5.2).
- Item titles in the company's own words: 管住权力、管住风险 (1.2), 企业责任 (1.3), 战略怎么定 (2.1),
  把规划变成每年的活 (2.2), 读懂后厨：顾客和市场 (3.1), 技术与标准 (4.4), 厂房与设备 (4.5), 从排产到交付 (5.2).
- Results: an intro wall under ``七、结果`` (= 7); 7.1-7.6 are walls with run-in titles ``（一）产品和服务结果。``…
  with figures embedded (prose series, 同比, comparisons with 瑔沨厨具 / 琻滢制冷 / 瑆湙集团 / 行业平均 / 对标组,
  rankings); two ordinary tables between the walls: 表7-1 (years as columns, 瑆湙集团 and 行业平均 columns) and
  表7-4 (years as rows, with 行业平均 and 瑔沨厨具 rows).

Planted defects:
- 4.2 财务资源 missing everywhere (no funds, budgets, cash, financing, cost or financial-risk management, no
  asset turnover). ``四、资源`` runs ``（一）人力资源`` (4.1), ``（二）信息和知识资源`` (4.3), ``（三）技术与标准``
  (4.4), ``（四）厂房与设备`` (4.5) and the unnumbered 4.6 wall: the run-in ordinal ``（二）`` is taken by 4.3
  (ordinal trap).
- 7.2 has 2022-2023 only: 2021 appears only in the sentence saying the survey and the market-share basis
  changed in 2022 and the older figures ``不再列示``; it has 对标组平均 / 瑔沨厨具 / 瑆湙集团 / 行业平均 comparisons
  and ranks.
- 7.5 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` and 国家标准 (no comparison).
- 7.4 一线技能员工年流失率 8.6 -> 8.1 -> 10.4%, above 瑔沨厨具 9.2% and 行业平均 9.8%, only in 表7-4 (unexplained);
  7.3 营业收入 / 净利润 / 销售净利率 / 净资产收益率 (2022) and 7.6 年度战略关键指标达成率 (2022) are explained.
- One 4.1 paragraph (职业健康安全, differentiated benefits, employee-satisfaction survey) sits under 5.2's
  heading ``（二）从排产到交付`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-wall-paragraphs/build.py
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
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.5'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.5'],
    # 4.2 财务资源 must be absent everywhere: no funds, budgets, cash flow, financing, cost or financial-risk
    # management, financial control, asset or capital turnover.
    'forbidden_words': ['财务资源', '资金', '预算', '现金流', '融资', '授信', '成本管理', '财务风险', '周转',
                        '资产利用', '财务控制', '财务管理', '负债', '贷款', '银行', '资本性支出', '应收账款',
                        '回款', '账期', '存货', '司库', '财务部', '费用管控', '成本费用', '资金链', '理财'],
    'unfavourable_results': [
        {'clause': '7.4',
         'indicator': '一线技能员工年流失率（8.6%→8.1%→10.4%，2023年上升，高于瑔沨厨具9.2%和行业平均9.8%；只在表7-4中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入、净利润、销售净利率、净资产收益率（2022年由8.62亿元、6,180万元、7.2%、'
                                       '14.6%降至7.94亿元、4,260万元、5.4%、9.8%）', 'explained': True},
        {'clause': '7.6', 'indicator': '年度战略关键指标达成率（2022年由92%降至81%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营商用厨房设备和商用制冷设备制造企业（北京玚燠厨冷科技股份有限公司不存在；品牌燠厨、玚冰，'
        '竞争对手天津瑔沨商用厨具有限公司和浙江琻滢制冷设备股份有限公司、标杆佛山瑆湙厨房设备集团、调研机构北京昳珩市场调查有限公司'
        '及其组织的18家成员的华北商用厨冷设备企业对标组均为虚构，数字和奖项都是编的），2023年末员工706人。总经理办公室执笔，'
        '口吻密实、一口气说到底、很少分段（长串逗号分句、“这块”“这件事”“一看……二看……”）。'
        '版式是本样本的重点：大段文字墙。纯文本，没有#；两行标题（level 0，clause为null）和封面信息块（@P -）；'
        '“组织概述”（level 1，标0）下三堵文字墙：以“（一）组织描述。”起头的一段和一段无引导语的续段（0.1），'
        '以“（二）组织面临的挑战。”起头的一段（0.2），这些小标题是段首引导语，不是标题。“一、领导”…“七、结果”（level 1，标1…7）。'
        '多数章下每个条目就是一段600—1,500字的长段，段首以条目标题作引导语（“（一）高层领导的作用。”“一是测量、分析和评价，”），'
        '或者直接开讲（4.6“公司把相关方分成……”），方法、展开、例子和数字都在一段里；1.1、3.2、4.1各分成两段'
        '（第二段无引导语）。四个条目标题单独成行（level 2）：“（二）管住权力、管住风险”=1.2、“（一）读懂后厨：顾客和市场”=3.1、'
        '“（一）过程的识别与设计”=5.1、“（二）从排产到交付”=5.2。用公司自己说法的条目标题：管住权力、管住风险（1.2）、'
        '企业责任（1.3）、战略怎么定（2.1）、把规划变成每年的活（2.2）、读懂后厨（3.1）、技术与标准（4.4）、厂房与设备（4.5）、'
        '从排产到交付（5.2）。结果章：一段引言（标7），7.1—7.6同样是文字墙，以“（一）产品和服务结果。”等起头，数字嵌在句中'
        '（逐年序列、同比、与瑔沨厨具/琻滢制冷/瑆湙集团/行业平均/对标组对比、排名）；墙之间有两张普通表：表7-1年份为列'
        '（带瑆湙集团和行业平均列），表7-4年份为行（带行业平均和瑔沨厨具行）。'
        '刻意缺陷：4.2 财务资源整条缺失（全文没有资金需求与供给、预算、成本和财务风险管理、资金周转与资产利用），'
        '“四、资源”下依次是“（一）人力资源”=4.1、“（二）信息和知识资源”=4.3、“（三）技术与标准”=4.4、“（四）厂房与设备”=4.5'
        '和无序号的4.6段，段首序号“（二）”被4.3占用（序号陷阱）。7.2 只有2022年和2023年两年（2021年只出现在说明2022年起'
        '满意度问卷和市场占有率口径改变、此前数据“不再列示”的句子里），有对标组平均、瑔沨厨具、瑆湙集团、行业平均对比和排名。'
        '7.5 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”和国家标准，没有对手、行业、标杆或排名对比。'
        '不利结果：7.4 一线技能员工年流失率8.6%、8.1%、10.4%，2023年上升，高于瑔沨厨具9.2%和行业平均9.8%，只出现在表7-4中，'
        '正文没有提及或解释；7.3 营业收入、净利润、销售净利率、净资产收益率2022年下降（已解释：连锁客户推迟开店、不锈钢和'
        '压缩机涨价而框架协议价格不能调整）；7.6 年度战略关键指标达成率2022年降至81%（已解释：同一原因，6项指标未完成）。'
        '一段回答4.1（职业健康安全、按员工群体区分的福利、员工满意度调查及改进）的段落放在5.2“（二）从排产到交付”之下（misplaced）。'
        '其他：落后于标杆瑆湙集团（全国份额第一）的2023年数值、市场占有率次于瑔沨厨具（排名第二）不列为不利结果；'
        '返修率、故障停机率、能耗、工时、周期越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import count_nows, main_with_checks, misplaced_problems


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # plain text: no markdown heading markers anywhere
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a line starts with #')
    # walls: no text block of an item longer than 1,500; most items hold one wall of 600+
    walls = [b for b in body if b['type'] == 'text' and b['clause'] and '.' in b['clause']]
    for b in walls:
        if count_nows(b['line']) > 1500:
            problems.append('block longer than 1,500: %s %s' % (b['clause'], b['line'][:20]))
    long_walls = [b for b in walls if count_nows(b['line']) >= 600]
    if len(long_walls) < 14:
        problems.append('only %d walls of 600+ characters' % len(long_walls))
    # exactly four item titles on a line of their own
    item_heads = [(h['clause'], h['line']) for h in heads if h['level'] == 2]
    if [c for c, _ in item_heads] != ['1.2', '3.1', '5.1', '5.2']:
        problems.append('item headings not as planned: %s' % item_heads)
    # ordinal trap: under 四、 the run-in （二） is 4.3, （三） 4.4, （四） 4.5; 4.6 has no ordinal
    first = {}
    for b in body:
        first.setdefault(b['clause'], b['line'])
    for c, mark in (('4.1', '（一）'), ('4.3', '（二）'), ('4.4', '（三）'), ('4.5', '（四）')):
        if not first.get(c, '').startswith(mark):
            problems.append('run-in of %s does not start with %s' % (c, mark))
    if first.get('4.6', '').startswith('（'):
        problems.append('4.6 has an ordinal')
    # 7.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.2 mentions an earlier year: ' + sent[:40])
    # 7.4: the rising 流失率 appears only in the table
    for b in body:
        if b['clause'] == '7.4' and b['type'] == 'text' and '流失' in b['line']:
            problems.append('7.4 text mentions 流失率')
    # 7.5: no competitor, benchmark or peer group named
    for b in body:
        if b['clause'] == '7.5' and re.search('瑔沨|琻滢|瑆湙|对标', b['line']):
            problems.append('7.5 names a competitor, benchmark or peer group')
    # two ordinary tables: 表7-1 years as columns, 表7-4 years as rows
    tabs = {b['line'].split('\n')[0].split(' ')[0]: b['line'].split('\n') for b in body if b['type'] == 'table'}
    if sorted(tabs) != ['表7-1', '表7-4']:
        problems.append('tables not as planned: %s' % sorted(tabs))
    else:
        if not all(y in tabs['表7-1'][1] for y in ('2021年', '2022年', '2023年')):
            problems.append('表7-1 does not have years as columns')
        if [r.split('\t')[0] for r in tabs['表7-4'][2:5]] != ['2021年', '2022年', '2023年']:
            problems.append('表7-4 does not have years as rows')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
