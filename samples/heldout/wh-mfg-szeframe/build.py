#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-szeframe from source.txt.

A Wuhan state-holding maker of optical-fibre preforms, telecom single-mode fibre and specialty fibre,
武汉璿淇光纤科技股份有限公司 (made up; its controlling shareholder 武汉洢江产业投资集团, its Shenzhen subsidiary
深圳璿淇光通信技术有限公司, its competitors 苏州瓘澼光纤有限公司 and 成都洹嵂光电股份有限公司, its benchmark
杭州瑄淯光纤集团 and the survey firm 珰瀚市场研究 are made up too; 1,526 staff), written by its 战略规划部 in a
methodical voice (lead-ins such as ``战略分析。`` ``治理规范。`` inside paragraphs, 一是/二是, 第一/第二).

Layout: THE SHENZHEN ECONOMIC FRAME REUSED FOR THE WUHAN AWARD. The Shenzhen subsidiary won the Shenzhen
mayor's quality award (economic category) in 2022; the parent reuses that report's outline, with the
Shenzhen economic 2019 standard's own numbers and titles, for the Wuhan manufacturing award.
- Plain text. Two title lines (level 0), a cover block with an 编制说明 that says so (front matter, ``@P -``).
- ``0 组织简介`` (level 1) with ``0.1 基本情况`` / ``0.2 竞争环境`` / ``0.3 核心竞争力`` (level 2), all 5.1;
  the Wuhan 5.1 d) 改进系统 paragraph sits under 0.3.
- ``1 领导`` … ``6 高质量的运营`` (level 1), items ``1.1 文化引领`` … ``6.3 高质量运营的结果`` (level 2).
  Every block is labelled with the WUHAN clause it answers: 1.1=5.2.2, 1.2=5.2.3, 1.3=5.2.4 (+ one 5.4.4
  品牌信誉 paragraph), 2.1=5.3.2, ``2.2 战略规划的结果``=5.3.4 (+ one 5.2.4 社会贡献 paragraph), 3.1=5.4.2,
  3.2 顾客增值 = one 5.4.2 paragraph + four 5.4.3 品牌 paragraphs, 3.3=5.4.4, 4.1=5.5.2, 4.2 人力资源开发 = one
  5.5.2 员工发展 paragraph + four 5.5.3 paragraphs (+ the misplaced one), 4.3=5.5.4, 5.1 创新系统=5.6.2,
  5.2 创新生态=5.6.3, 5.3=5.6.4, 6.1=5.7.2, 6.2=5.7.3, 6.3=5.7.4. The headings ``5.1``/``5.2`` carry numbers
  that are Wuhan ids of other clauses (5.1 组织环境, 5.2 领导作用). Short intro paragraphs under ``1 领导``
  (5.2) and ``2 战略规划`` (5.3).
- Results: tables with years as columns and ``瓘澼光纤（2023年）`` / ``洹嵂光电（2023年）`` /
  ``瑄淯光纤（2023年）`` / ``行业平均（2023年）`` columns (表1-1, 表3-1, 表5-1, 表6-1), one table with years as
  rows and peer rows (表2-2), prose series, rankings (行业竞争力排名, 纳税百强, 股东方年度评价, 市场占有率排名).

Planted defects:
- 5.3.3 战略实施 missing everywhere: the Shenzhen item ``2.2 战略实施`` is dropped and the results item is
  renumbered ``2.2 战略规划的结果`` (5.3.4) — the number of the missing item (ordinal trap). No annual plans,
  target cascading, resource allocation, budgets, strategy reviews or adjustments anywhere.
- 5.4.4 has 2022–2023 only (表3-1, 品牌健康度 under 1.3, 市场排名, 复购率); 2021 appears only in the sentences
  saying why it is not given (different survey firm and basis). It has competitor and 行业平均/同行平均 columns.
- 5.5.4 has 2021–2023 but only a ``2023年目标值`` column and 国家职业卫生标准 (no comparison).
- 5.7.4 特种光纤批次一次交验合格率 99.2 → 99.4 → 98.7 (2023 drop, below 洹嵂光电 99.0), only in 表6-1
  (unexplained); 5.2.4 净利润/销售净利率/ROE (2022) and 5.3.4 预制棒产能利用率 (2022) explained.
- One 5.2.3 paragraph (关键社区, 帮扶, 志愿服务) sits under ``4.2 人力资源开发`` (heading labelled 5.5.3).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-szeframe/build.py
"""

import os
import re
import sys

LEAVES = ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
          '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'all_clauses': ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7'] + LEAVES,
    'leaf_clauses': LEAVES,
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.3.3 战略实施 must be absent everywhere: no deployment into plans, no cascading of targets,
    # no allocation of resources to the strategy, no strategy monitoring, review or adjustment.
    'forbidden_words': ['分解', '行动计划', '经营计划', '年度计划', '资源配置', '配置资源', '资源调配',
                        '预算', '战略评估', '战略调整', '战略监测', '战略执行', '战略实施', '战略落地',
                        '战略解码', '经营分析', '滚动', '纠偏', '督办', '平衡计分卡', '战略地图',
                        '目标责任', '责任书', '修订规划', '规划修订', '中期评估', '执行情况', '部署'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '特种光纤批次一次交验合格率（99.2%→99.4%→98.7%，2023年下降，低于洹嵂光电99.0%；只在表6-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入增长率、净利润、销售净利率、净资产收益率（2022年由12.2%、2.46亿元、7.9%、9.8%降至7.4%、'
                                         '1.87亿元、5.6%、7.1%）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '预制棒产能利用率（2022年由90.0%降至75.3%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉国有控股光纤预制棒和特种光纤制造企业（武汉璿淇光纤科技股份有限公司不存在；控股股东武汉洢江产业投资集团、'
        '深圳子公司深圳璿淇光通信技术有限公司、竞争对手苏州瓘澼光纤有限公司和成都洹嵂光电股份有限公司、标杆杭州瑄淯光纤集团、'
        '调查机构珰瀚市场研究均为虚构，人名、数字和奖项都是编的），员工1,526人。战略规划部执笔，条理化的口吻，段首用“战略分析。”'
        '“治理规范。”等引导语（不是标题）。版式是本样本的重点：深圳子公司2022年获深圳市市长质量奖（经济类），母公司申报武汉奖时'
        '沿用该报告的框架，章节和条目是深圳经济类2019标准的编号和标题，但每个块都按它回答的武汉制造类条款标注。纯文本：两行标题'
        '（level 0，clause为null），封面信息块含编制说明（@P -）；“0 组织简介”（level 1）下“0.1 基本情况”“0.2 竞争环境”“0.3 核心竞争力”'
        '（level 2），均为5.1，5.1 d)改进系统的段落在0.3下；“1 领导”…“6 高质量的运营”（level 1，标5.2…5.7），条目“1.1 文化引领”…'
        '“6.3 高质量运营的结果”（level 2）。映射：1.1=5.2.2，1.2=5.2.3，1.3=5.2.4（另有一段品牌信誉为5.4.4），2.1=5.3.2，'
        '“2.2 战略规划的结果”=5.3.4（另有一段社会贡献为5.2.4），3.1=5.4.2，3.2 顾客增值=一段5.4.2加四段5.4.3品牌管理（标题标5.4.3），'
        '3.3=5.4.4，4.1=5.5.2，4.2 人力资源开发=一段5.5.2员工发展加四段5.5.3（标题标5.5.3），4.3=5.5.4，5.1 创新系统=5.6.2，'
        '5.2 创新生态=5.6.3，5.3=5.6.4，6.1=5.7.2，6.2=5.7.3，6.3=5.7.4；标题“5.1”“5.2”的编号恰好是武汉其他条款的编号。'
        '“1 领导”和“2 战略规划”下各有一段引言（5.2、5.3）。结果：年份为列、带瓘澼光纤/洹嵂光电/瑄淯光纤/行业平均（2023年）列的表格'
        '（表1-1、表3-1、表5-1、表6-1），年份为行、带同行和标杆行的表2-2，文字年度序列，排名（行业综合竞争力排名、纳税百强、'
        '股东方年度评价、市场占有率排名）。'
        '刻意缺陷：5.3.3 战略实施整条缺失——深圳框架的“2.2 战略实施”被删去，结果条目改号为“2.2 战略规划的结果”（5.3.4），'
        '编号正是缺失条目的编号（序号陷阱）；全文没有年度计划、目标分解、资源配置、预算、战略监测评估或调整。'
        '5.4.4 只有2022年和2023年（表3-1、1.3下的品牌健康度、市场占有率排名、复购率），2021年只出现在说明口径不同、不再列出的句子里，'
        '有竞争对手、行业平均和同行平均对比。5.5.4 有2021—2023年数据，但只有“2023年目标值”列和国家职业卫生标准，没有对比。'
        '不利结果：5.7.4 特种光纤批次一次交验合格率99.2%、99.4%、98.7%，2023年下降且低于洹嵂光电99.0%，只在表6-1中，正文未提及；'
        '5.2.4 营业收入增速、净利润、销售净利率、净资产收益率2022年下降（已解释：集采降价、氦气和四氯化锗涨价、新线折旧）；5.3.4 预制棒产能利用率'
        '2022年下降（已解释：新线爬坡、集采推迟）。国内特种光纤市场占有率低于洹嵂光电但差距缩小、排名上升，海外收入占比与标杆差距'
        '较大（正文说明），有效发明专利和研发投入强度低于标杆瑄淯光纤，均不列为不利结果；离职率、负伤率、投诉、成本、能耗下降是有利结果。'
        '一段回答5.2.3（关键社区、帮扶、志愿服务）的段落放在“4.2 人力资源开发”（标题标5.5.3）之下（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

SZ_OUTLINE = ['0 组织简介', '0.1 基本情况', '0.2 竞争环境', '0.3 核心竞争力',
              '1 领导', '1.1 文化引领', '1.2 组织治理', '1.3 领导的结果',
              '2 战略规划', '2.1 战略制定', '2.2 战略规划的结果',
              '3 聚焦顾客', '3.1 顾客服务', '3.2 顾客增值', '3.3 聚焦顾客的结果',
              '4 以人为本', '4.1 人力资源管理', '4.2 人力资源开发', '4.3 以人为本的结果',
              '5 持续创新', '5.1 创新系统', '5.2 创新生态', '5.3 持续创新的结果',
              '6 高质量的运营', '6.1 运营系统', '6.2 营运质量', '6.3 高质量运营的结果']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading' and b['level'] > 0]
    if [h['line'] for h in heads] != SZ_OUTLINE:
        problems.append('headings are not the planned Shenzhen outline')
    # ordinal trap: 2.1 is followed by "2.2 战略规划的结果" = 5.3.4, then chapter 3
    i = next(k for k, h in enumerate(heads) if h['line'] == '2.1 战略制定')
    if not (heads[i + 1]['line'] == '2.2 战略规划的结果' and heads[i + 1]['clause'] == '5.3.4'
            and heads[i + 2]['line'].startswith('3 ')):
        problems.append('ordinal trap under 2 not as planned')
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.4.4: no year before 2022 except in the sentences that say why it is not given
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the drop of 特种光纤批次一次交验合格率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and ('交验' in b['line'] or '特种光纤' in b['line']):
            problems.append('5.7.4 text mentions the 交验 result')
    # 5.5.4: no competitor, benchmark or survey names
    for b in body:
        if b['clause'] == '5.5.4' and re.search('瓘澼|洹嵂|瑄淯|珰瀚', b['line']):
            problems.append('5.5.4 names a competitor or benchmark')
    # every block is labelled (front matter only before the first chapter)
    first = next(k for k, b in enumerate(blocks) if b['type'] == 'heading' and b['level'] == 1)
    for k, b in enumerate(blocks):
        if k > first and b['clause'] is None:
            problems.append('unlabelled block after the front matter: ' + b['line'][:20])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
