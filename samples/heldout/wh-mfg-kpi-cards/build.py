#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-kpi-cards from source.txt.

A Wuhan state-holding maker of optical-fibre preforms, telecom fibre and specialty fibres,
武汉琎淯光纤材料股份有限公司 (琎淯光材; made up, 1,726 staff; 51% held by the made-up municipal
武汉淯江产业投资集团有限公司), with its competitors 长沙瓘滢光纤有限公司 (瓘滢光纤) and 西安琇澶光电材料股份有限公司
(琇澶光电), its benchmark 杭州璩湛光通信集团 (璩湛集团), the survey firm 武汉琲沚市场调查有限公司 (琲沚调查), the
中部光纤材料企业对标联席会 and the brands 澄芯 / 恒偏 / 焰纤 (all made up; people, numbers and honours too).
Written by its 经营管理部 in a terse voice (short run-in lead words ``方向。`` ``资源。``, semicolon lists; VAD,
OVD, G.654.E, OTDR, 断纤率, 驾驶舱, 举措卡).

Layout: RESULTS AS ONE-LINE KPI CARDS copied from the management dashboard.
- Markdown. One ``#`` title line (level 0, null), a cover block and an 编写说明 paragraph explaining the card
  notation (front matter, ``@P -``).
- ``## 5.1 组织概述`` (= 5.1, no sub-heads; paragraphs open with ``【概况】`` ``【规模】`` … run-ins) and
  ``## 5.2 领导作用`` … ``## 5.7 质量提升`` (level 1, 5.2 … 5.7); items ``### 5.2.2 …`` with the standard's
  numbers (5.x.1 not written), 9 titles in the company's own words (``5.2.2 定方向、立文化``,
  ``5.2.4 经营与责任看板``, ``5.3.3 战略落地与纠偏``, ``5.3.4 规划目标达成看板``, ``5.4.3 “琎淯”品牌建设``,
  ``5.4.4 市场与品牌看板``, ``5.6.3 从创意到成果``, ``5.7.3 产品质量``, ``5.7.4 质量看板``). Intro paragraphs
  under ``## 5.6`` (= 5.6) and ``## 5.7`` (= 5.7).
- Every result item gives its figures as one-line KPI cards, one card per paragraph, in a dashboard form
  that differs by item: 5.2.4 ``KPI-01 营业收入（亿元）｜21年 18.6｜22年 20.3｜23年 23.9｜…``; 5.3.4
  ``【营业收入（亿元）】2021：18.6｜2022：…｜2023目标：…``; 5.4.4 ``▶ 顾客满意度（分）91.2 → 92.0 → 92.6
  （2021→2023）｜瓘滢光纤 90.8｜…``; 5.5.4 the only result table (表5-1, years as rows plus 瓘滢光纤 /
  行业均值 rows) and ``● 指标：2021年 x / 2022年 y / 2023年 z ｜ 行业均值 w``; 5.6.4
  ``◆ 研发投入（亿元）｜2022：1.36｜2023：1.62｜琇澶光电 2023：1.18``; 5.7.4 ``[Q-01] 预制棒一次合格率(%)
  2021: 94.8 / 2022: 95.6 / 2023: 96.4 · 瓘滢光纤 95.2 · 行业均值 93.9`` (half-width colons and brackets).
  A few prose sentences after the cards. A process table 表3-1 in 5.3.2.

Planted defects:
- 5.5.3 员工赋能 missing everywhere (no organisational climate, no empowerment, no care or support measures for
  employee groups, no employee satisfaction survey or its drivers, no review of the people-management system).
  ``## 5.5 员工契合`` holds ``### 5.5.2 员工管理`` and then ``### 5.5.4 员工契合的结果`` (true numbers, the gap
  shows; the heading after 5.5.2 sits where 5.5.3 should be). 5.5.4 reports no 员工满意度.
- 5.6.4 has 2022 and 2023 only; 2021 appears only in the 说明 sentence (R&D statistics moved to the group's
  project-based 口径 in 2022, ``不再列示``). Every card has a comparison (琇澶光电, 瓘滢光纤, 行业均值).
- 5.3.4 has 2021-2023 but only ``2023目标`` / ``2025目标`` / ``年度目标`` / 达成率: no competitor, industry,
  benchmark or ranking comparison.
- 5.4.4 预制棒外销市场占有率 13.8 -> 14.5 -> 13.6%, below 瓘滢光纤 16.9%, only in its card (unexplained).
  5.2.4 净利润 / 净资产收益率 (2022) and 5.7.4 拉丝断纤率 (2023 rise, above 琇澶光电) are explained.
- One 5.5.2 paragraph (职业健康: hazard monitoring, health checks, protective equipment) sits at the end of
  ``### 5.7.2 运营质量`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-kpi-cards/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.5.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.5.3 员工赋能 must be absent everywhere: no climate or culture of care, no empowerment, no support or
    # care measures for employee groups, no leisure activities, no employee satisfaction or its drivers,
    # no evaluation of the people-management system.
    'forbidden_words': ['员工满意', '满意度测评', '氛围', '授权', '赋能', '关爱', '帮扶', '慰问', '文体', '职工之家',
                        '技能共享', '多样化', '归属感', '幸福', '心理', '困难职工', '选育用留', '选、育',
                        '敬业', '员工体验', '凝聚', '认同感', '团建', '生日', '书屋', '员工活动', '契合度',
                        '人力资源管理体系', '员工管理体系', '员工参与'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '预制棒外销市场占有率（13.8%→14.5%→13.6%，2023年下降，低于瓘滢光纤16.9%；只在看板卡片中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润、净资产收益率（2022年由1.62亿元、9.4%降至1.31亿元、7.2%）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': '拉丝断纤率（2023年由0.37升至0.45次/千公里，高于琇澶光电0.40）',
         'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉市属国有控股光纤预制棒、通信光纤和特种光纤制造企业（武汉琎淯光纤材料股份有限公司不存在；'
        '控股股东武汉淯江产业投资集团有限公司、竞争对手长沙瓘滢光纤有限公司（瓘滢光纤）和西安琇澶光电材料股份有限公司'
        '（琇澶光电）、标杆杭州璩湛光通信集团（璩湛集团）、调研机构武汉琲沚市场调查有限公司（琲沚调查）、'
        '中部光纤材料企业对标联席会、品牌澄芯/恒偏/焰纤均为虚构，人名、数字和荣誉都是编的），员工1,726人。'
        '经营管理部执笔，简短干练的口吻（段首“方向。”“资源。”等引导词，分号罗列）。'
        '版式是本样本的重点：结果以驾驶舱导出的单行KPI卡片呈现。Markdown；一行#标题（level 0，clause为null），'
        '封面信息块和一段说明卡片记法的编写说明（@P -）；“## 5.1 组织概述”（=5.1，无子标题，段首“【概况】”“【规模】”等）；'
        '“## 5.2 领导作用”…“## 5.7 质量提升”（level 1，标5.2…5.7）；条目“### 5.2.2 …”用标准编号，不写5.x.1；'
        '9个条目标题是公司自己的说法（“5.2.2 定方向、立文化”“5.2.4 经营与责任看板”“5.3.3 战略落地与纠偏”'
        '“5.3.4 规划目标达成看板”“5.4.3 “琎淯”品牌建设”“5.4.4 市场与品牌看板”“5.6.3 从创意到成果”“5.7.3 产品质量”'
        '“5.7.4 质量看板”）。“## 5.6”“## 5.7”下各有一段引言，标5.6、5.7。'
        '每个结果条目的数据都是一行一张的KPI卡片（每张一段），写法按条目不同：5.2.4“KPI-01 营业收入（亿元）｜21年 18.6｜…”；'
        '5.3.4“【营业收入（亿元）】2021：18.6｜…｜2023目标：…”；5.4.4“▶ 顾客满意度（分）91.2 → 92.0 → 92.6（2021→2023）｜瓘滢光纤 90.8｜…”；'
        '5.5.4 唯一的结果表表5-1（年份为行，另有瓘滢光纤、行业均值行）和“● 指标：2021年 x / 2022年 y / 2023年 z ｜ 行业均值 w”；'
        '5.6.4“◆ 研发投入（亿元）｜2022：1.36｜2023：1.62｜琇澶光电 2023：1.18”；5.7.4“[Q-01] 预制棒一次合格率(%)　2021: 94.8 / …　· 瓘滢光纤 95.2 · 行业均值 93.9”'
        '（半角冒号和括号）。卡片后有少量文字说明。5.3.2有过程表表3-1。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（全文没有组织氛围、员工授权、针对不同员工群体的支持和关爱措施、员工满意度测评及其'
        '影响因素、员工管理体系的评估改进），“## 5.5 员工契合”下“### 5.5.2 员工管理”之后直接是“### 5.5.4 员工契合的结果”'
        '（保留真实编号，缺口可见；5.5.2之后的标题位于5.5.3的位置）；5.5.4不报员工满意度。'
        '5.6.4只有2022年和2023年（2021年只出现在说明2022年起按集团研发项目归集口径统计、此前口径不同、“不再列示”的句子里），'
        '每张卡片都有琇澶光电、瓘滢光纤或行业均值对比。5.3.4有2021—2023年三年数据，但只有“2023目标”“2025目标”“年度目标”和达成率，'
        '没有对手、行业、标杆或排名对比。不利结果：5.4.4 预制棒外销市场占有率13.8%、14.5%、13.6%，2023年下降，低于瓘滢光纤16.9%，'
        '只出现在卡片中，未解释；5.2.4 净利润、净资产收益率2022年下降（已解释：氦气涨价、新产线折旧、集采降价）；'
        '5.7.4 拉丝断纤率2023年回升且高于琇澶光电（已解释：G.654.E大尺寸预制棒和新拉丝塔张力控制）。'
        '一段回答5.5.2（职业健康：危害因素检测、职业健康体检、防护用品）的段落放在“### 5.7.2 运营质量”末尾（misplaced）。'
        '其他结果：顾客投诉率、员工流失率、工伤事故率、质量损失率、资产负债率、能耗、衰减、单位成本越低越好，下降是有利结果；'
        '5.3.4 关键原料国产化率低于2023年目标2个百分点（已说明原因，逐年上升，不是下降）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

# the card form of every result item: a regex every card paragraph of that item matches
CARD_FORMS = {
    '5.2.4': r'KPI-\d\d ',
    '5.3.4': r'【[^】]+】2021：',
    '5.4.4': r'▶ ',
    '5.5.4': r'● ',
    '5.6.4': r'◆ ',
    '5.7.4': r'\[Q-\d\d\] ',
}
STANDARD_TITLES = {
    '5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果', '5.3.2': '战略制定', '5.3.3': '战略实施',
    '5.3.4': '战略发展的结果', '5.4.2': '顾客市场', '5.4.3': '品牌管理', '5.4.4': '品牌影响的结果',
    '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果', '5.6.2': '创新系统', '5.6.3': '创新实践',
    '5.6.4': '创新驱动的结果', '5.7.2': '运营质量', '5.7.3': '产品和服务质量', '5.7.4': '质量提升的结果',
}
COMPARATORS = '瓘滢|琇澶|璩湛|琲沚|联席会|均值|排名|第\\d'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # KPI cards: at least 4 per result item, each in the item's own form
    for clause, form in CARD_FORMS.items():
        cards = [b for b in body if b['clause'] == clause and b['type'] == 'text' and re.match(form, b['line'])]
        if len(cards) < 4:
            problems.append('%s has %d cards' % (clause, len(cards)))
        for c in cards:
            if '\n' in c['line']:
                problems.append('%s card spans lines' % clause)
    # exactly one table among the result items (5.5.4)
    rtables = [b for b in body if b['type'] == 'table' and b['clause'] in CARD_FORMS]
    if [b['clause'] for b in rtables] != ['5.5.4']:
        problems.append('result tables not as planned: %s' % [b['clause'] for b in rtables])
    # own titles: at least 5 item headings whose title is not the standard's
    own = [h for h in heads if h['level'] == 2
           and h['line'].split(' ', 2)[2] != STANDARD_TITLES[h['clause']]]
    if len(own) < 5:
        problems.append('only %d own titles' % len(own))
    for h in heads:
        if h['level'] == 2 and not h['line'].startswith('### ' + h['clause'] + ' '):
            problems.append('item heading without its true number: ' + h['line'])
    # the gap: under ## 5.5 come 5.5.2 and then 5.5.4, then ## 5.6
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 5.5 '))
    if [h['clause'] for h in heads[idx + 1:idx + 4]] != ['5.5.2', '5.5.4', '5.6']:
        problems.append('5.5 gap not as planned')
    # 5.6.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.6.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if (re.search(r'20(1\d|20|21)', sent) or re.search(r'(?<!\d)(19|20|21)年', sent)) \
                        and '不再列示' not in sent:
                    problems.append('5.6.4 mentions an earlier year: ' + sent[:40])
    # 5.6.4: every card has a comparison
    for b in body:
        if b['clause'] == '5.6.4' and b['line'].startswith('◆') and not re.search(COMPARATORS, b['line']):
            problems.append('5.6.4 card without comparison: ' + b['line'][:30])
    # 5.3.4: no comparator of any kind
    for b in body:
        if b['clause'] == '5.3.4' and re.search(COMPARATORS + '|同比|同业|国内', b['line']):
            problems.append('5.3.4 has a comparator: ' + b['line'][:30])
    # 5.4.4 预制棒外销市场占有率: only in its card, never explained or mentioned elsewhere
    hits = [b for b in body if '外销' in b['line']]
    if len(hits) != 1 or hits[0]['clause'] != '5.4.4' or not hits[0]['line'].startswith('▶'):
        problems.append('预制棒外销市场占有率 not only in one 5.4.4 card')
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and not b['line'].startswith('▶') \
                and re.search('占有率|市场份额|预制棒', b['line']):
            problems.append('5.4.4 prose touches 市场占有率: ' + b['line'][:30])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
