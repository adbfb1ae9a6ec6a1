#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-yearly-narrative from source.txt.

A Wuhan private maker of harmonic reducers and precision bearings for industrial robots,
武汉玭濆传动科技股份有限公司 (玭濆传动; made up, 1,187 staff), with its competitors 绍兴琄岽谐波传动有限公司
(琄岽传动) and 南京瑂滆精密机械股份有限公司 (瑂滆精机), its benchmark 苏州瓗湝精密传动集团 (瓗湝集团), the survey
firm 武汉珢沕市场研究有限公司 (珢沕调研), the 中部机器人核心部件产业联盟 and the brands 濆驰 / 玭环 (all made
up; people, numbers and honours too). Written by its 综合管理部 in a plain, matter-of-fact voice.

Layout: RESULTS TOLD YEAR BY YEAR (a chronicle per result item).
- Markdown. One ``#`` title line (level 0, null), a cover block and an 编写说明 paragraph (front matter, ``@P -``).
- Chapters ``## 一、组织概述`` (= 5.1, with ``### （一）公司基本情况`` / ``（二）竞争环境`` / ``（三）优势与改进系统``,
  all 5.1) and ``## 二、领导作用`` … ``## 七、质量提升`` (= 5.2 … 5.7, level 1); items ``### （一）…`` numbered by
  position, restarting in every chapter (5.x.1 not written), 9 titles in the company's own words
  (``（一）把方向、立文化`` = 5.2.2, ``（二）治理与风险防控`` = 5.2.3, ``（三）经营与社会责任年度回顾`` = 5.2.4,
  ``（二）规划目标逐年达成情况`` = 5.3.4, ``（三）市场表现两年记`` = 5.4.4, ``（二）让员工愿意留下来`` = 5.5.3,
  ``（三）队伍建设年度记录`` = 5.5.4, ``（二）从创意到样机`` = 5.6.3, ``（三）创新成果逐年看`` = 5.6.4).
  An intro paragraph under ``## 六、创新驱动`` (= 5.6). Process paragraphs open with run-in lead words
  (``发展方向。`` …), which are not headings.
- Every result item is a chronicle: one paragraph per year giving that year's values of several indicators
  in prose, so one indicator's three values sit in three paragraphs; then the comparisons in one paragraph
  or a small table. The year leads vary by item:
  5.2.4 ``#### 2021年`` / ``#### 2022年`` / ``#### 2023年`` sub-headings (level 3, labelled 5.2.4) and
  ``#### 与目标对照``; 5.3.4 bold run-ins ``**2021年**　``; 5.4.4 ``2022年：`` / ``2023年：`` plus 表4-1;
  5.5.4 ``2021年，`` sentences; 5.6.4 ``【2021年】`` plus 表6-1 with years as rows; 5.7.4 sub-headings
  with a phrase ``#### 2021年：打基础`` … and ``#### 同行对比`` with 表7-1. Tables are one block (caption
  line, tab-separated rows).

Planted defects:
- 5.3.3 战略实施 missing everywhere (no deployment or cascading of the plan into yearly plans, no
  allocation of resources to it, no tracking/evaluation of the strategy, no strategy revision).
  ``## 三、战略发展`` has only ``（一）战略制定`` (5.3.2) and ``（二）规划目标逐年达成情况``, which is 5.3.4
  (ordinal trap: （二） is 5.3.3's ordinal).
- 5.4.4 has 2022 and 2023 only; 2021 appears only in the 说明 sentence (new CRM, survey moved to 珢沕调研,
  ``不再列示``). It has comparisons (表4-1: 琄岽传动, 瑂滆精机, 瓗湝集团, 行业平均; the note after it).
- 5.2.4 has 2021-2023 but only ``2023年度公司目标`` and the ``十四五`` 规划 targets: no competitor, industry,
  benchmark or ranking comparison.
- 5.7.4 谐波减速器装配一次合格率 98.6 -> 98.9 -> 98.1%, below 琄岽传动 98.7, 瑂滆精机 98.2 and 行业平均 98.4
  (表7-1); the 2023 paragraph gives the value without a word, the comparison paragraph skips it
  (unexplained). 5.2.4 利润总额 (2022, three reasons) and 5.3.4 产能利用率 (2022, 二期 capacity) are explained.
- One 5.7.3 paragraph (质量改进: audits, QC小组, cross-functional teams, 质量对标) sits at the end of
  ``### （一）创新系统`` (5.6.2) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-yearly-narrative/build.py
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
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.2.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.2.4'],
    # 5.3.3 战略实施 must be absent everywhere: no deployment of the plan into yearly plans or tasks, no
    # allocation of resources to it, no evaluation or monitoring of the strategy, no strategy revision.
    'forbidden_words': ['战略实施', '战略部署', '战略执行', '行动计划', '年度计划', '经营计划', '资源配置',
                        '配置资源', '资源保障', '战略评估', '战略监测', '战略调整', '调整战略', '修订规划',
                        '规划修订', '分解', '经营分析', '复盘', '纠偏', '督办', '责任书', '责任状', '预算',
                        '战略落地', '规划落地', '战略地图', '平衡计分卡', 'KPI', '执行情况', '重点工作',
                        '中期评估', '滚动修订'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '谐波减速器装配一次合格率（98.6%→98.9%→98.1%，2023年下降，低于琄岽传动98.7%、瑂滆精机98.2%'
                      '和行业平均98.4%；年度段落只报数值，对比只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '利润总额（2022年由0.78亿元降至0.64亿元）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '产能利用率（2022年由88.4%降至79.6%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营工业机器人谐波减速器和精密轴承制造企业（武汉玭濆传动科技股份有限公司不存在；'
        '竞争对手绍兴琄岽谐波传动有限公司（琄岽传动）和南京瑂滆精密机械股份有限公司（瑂滆精机）、标杆苏州瓗湝精密传动集团'
        '（瓗湝集团）、调研机构武汉珢沕市场研究有限公司（珢沕调研）、中部机器人核心部件产业联盟、品牌濆驰和玭环均为虚构，'
        '人名、数字和荣誉都是编的），员工1,187人。综合管理部执笔，平实的口吻。'
        '版式是本样本的重点：结果按年份逐年记述。Markdown；一行#标题（level 0，clause为null），封面信息块和一段编写说明'
        '（@P -）；“## 一、组织概述”（=5.1，下设“### （一）公司基本情况”“（二）竞争环境”“（三）优势与改进系统”，都标5.1）；'
        '“## 二、领导作用”…“## 七、质量提升”（level 1，标5.2…5.7）；条目“### （一）…”按章内位置编号、每章重新编号，'
        '不写5.x.1；9个条目标题是公司自己的说法（“（一）把方向、立文化”=5.2.2、“（二）治理与风险防控”=5.2.3、'
        '“（三）经营与社会责任年度回顾”=5.2.4、“（二）规划目标逐年达成情况”=5.3.4、“（三）市场表现两年记”=5.4.4、'
        '“（二）让员工愿意留下来”=5.5.3、“（三）队伍建设年度记录”=5.5.4、“（二）从创意到样机”=5.6.3、'
        '“（三）创新成果逐年看”=5.6.4）。“## 六、创新驱动”下有一段引言，标5.6。过程段落以“发展方向。”等引导词开头，不是标题。'
        '每个结果条目都是年度记：每年一段，用文字给出当年多个指标的数值，因此同一指标的三年数据分散在三段里；'
        '各年之后用一段文字或一张小表给出对比。年份引导的写法各条目不同：5.2.4用“#### 2021年”“#### 2022年”“#### 2023年”'
        '子标题（level 3，标5.2.4）和“#### 与目标对照”；5.3.4用加粗段首“**2021年**”；5.4.4用“2022年：”“2023年：”加表4-1；'
        '5.5.4用“2021年，”句首；5.6.4用“【2021年】”加年份为行的表6-1；5.7.4用带短语的子标题“#### 2021年：打基础”等和'
        '“#### 同行对比”加表7-1。表格为一个块（表题行加制表符分隔的行）。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有把规划展开为年度任务、为战略配置资源、监测评估战略进展或修正战略的内容），'
        '“## 三、战略发展”下只有“（一）战略制定”=5.3.2和“（二）规划目标逐年达成情况”=5.3.4（序号陷阱：（二）是5.3.3的序号）。'
        '5.4.4只有2022年和2023年（2021年只出现在说明新客户关系管理系统、测评改由珢沕调研、“不再列示”的句子里），'
        '有表4-1的琄岽传动、瑂滆精机、瓗湝集团和行业平均对比及表后注。5.2.4有2021—2023年三年数据，但只与“2023年度公司目标”'
        '和“十四五”规划目标对照，没有对手、行业、标杆或排名对比。不利结果：5.7.4 谐波减速器装配一次合格率98.6%、98.9%、98.1%，'
        '2023年下降，低于琄岽传动98.7%、瑂滆精机98.2%和行业平均98.4%（表7-1），2023年段落只报数值、对比段落也不提，未解释；'
        '5.2.4 利润总额2022年下降（已解释：材料涨价、让价、折旧）；5.3.4 产能利用率2022年下降（已解释：二期投产、产能增加约40%）。'
        '一段回答5.7.3（质量改进：内审管评、QC小组、跨部门改进团队、质量对标）的段落放在5.6.2“### （一）创新系统”末尾（misplaced）。'
        '其他结果：员工流失率、客户端PPM、质量损失率、投诉数、千人工伤率、能耗越低越好，下降是有利结果；'
        '与标杆瓗湝集团的差距逐年缩小的不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

YEAR_LEADS = {
    '5.3.4': [r'\*\*2021年\*\*', r'\*\*2022年\*\*', r'\*\*2023年\*\*'],
    '5.4.4': [r'2022年：', r'2023年：'],
    '5.5.4': [r'2021年，', r'2022年，', r'2023年，'],
    '5.6.4': [r'【2021年】', r'【2022年】', r'【2023年】'],
}
YEAR_HEADS = {
    '5.2.4': ['#### 2021年', '#### 2022年', '#### 2023年'],
    '5.7.4': ['#### 2021年：', '#### 2022年：', '#### 2023年：'],
}


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # chronicles: one paragraph per year, in order, with the item's own lead form
    for clause, leads in YEAR_LEADS.items():
        starts = [b['line'] for b in body if b['clause'] == clause and b['type'] == 'text']
        found = [next((i for i, s in enumerate(starts) if re.match(lead, s)), None) for lead in leads]
        if None in found or found != sorted(found):
            problems.append('%s chronicle leads not as planned: %s' % (clause, found))
    for clause, leads in YEAR_HEADS.items():
        hl = [h['line'] for h in heads if h['clause'] == clause and h['level'] == 3]
        for lead in leads:
            if not any(h.startswith(lead) for h in hl):
                problems.append('%s lacks sub-heading %s' % (clause, lead))
    # 5.4.4: no year before 2022 except in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the 装配一次合格率 values are given without any explanation
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if '装配一次合格率' in sent and re.search('原因|由于|因为|主要是|导致|受', sent):
                    problems.append('5.7.4 explains 装配一次合格率: ' + sent[:40])
            if '装配' in b['line'] and '对比' not in b['line'] and re.search('优于|低于|高于', b['line']):
                problems.append('5.7.4 comparison text mentions 装配一次合格率')
    # ordinal trap: 三、 holds （一）=5.3.2 and （二）=5.3.4, then 四、
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 三、'))
    if not (heads[idx + 1]['line'].startswith('### （一）') and heads[idx + 1]['clause'] == '5.3.2'
            and heads[idx + 2]['line'].startswith('### （二）') and heads[idx + 2]['clause'] == '5.3.4'
            and heads[idx + 3]['line'].startswith('## 四、')):
        problems.append('ordinal trap under 三、 not as planned')
    # 5.2.4 names no competitor or benchmark
    for b in body:
        if b['clause'] == '5.2.4' and re.search('琄岽|瑂滆|瓗湝|珢沕|联盟', b['line']):
            problems.append('5.2.4 names a comparator')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
