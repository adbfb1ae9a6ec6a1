#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-mixed-units from source.txt.

A Wuhan private maker of optical-fibre preforms, telecom fibre and specialty fibre, 武汉琋濡光纤科技股份有限公司
(made up; 1,096 staff; brands 濡远 / 琋芯; its competitors 江苏瑡漈光纤有限公司 and 成都瑵潟特种光纤有限公司, its
benchmark 上海璹滣光通信集团, the survey firm 武汉玏湑市场研究有限公司, the 中部光通信材料产业联盟 and the people
鄢棹川 / 褚岏 are made up too), written by its 经营管理部 in an engineering-and-finance voice (全面预算, 独立核算,
损益表, 单耗, OVD, RIC, SPC, 8D, ppm).

Layout: FIGURES WHOSE UNITS CHANGE FROM YEAR TO YEAR OR FROM PLACE TO PLACE.
- Markdown. ``#`` title (level 0), a cover block and an 编写说明 that says the figures keep the units of each
  year's statements (front matter, ``@P -``).
- ``## 5.1 组织环境`` with three ``###`` sub-heads in the company's words (``### 一、公司概况``,
  ``### 二、我们面对的竞争``, ``### 三、优势与改进体系``, all 5.1); ``## 5.2 领导作用`` … ``## 5.7 质量提升``;
  items ``### 5.x.y`` with the standard's true numbers (5.x.1 not written), 10 of 16 titles in the company's
  words (5.2.2 方向与文化, 5.2.3 治理与风控, 5.3.3 规划落地, 5.3.4 战略目标达成情况, 5.4.2 客户与市场,
  5.4.3 品牌建设, 5.4.4 市场与品牌绩效, 5.6.2 创新体系与投入, 5.7.3 产品质量保证, 5.7.4 质量绩效);
  an intro paragraph under ``## 5.7`` (= 5.7).
- Units vary inside one series: 营业收入 ``98,600万元`` / ``11.2亿元`` / ``13.6亿元`` (prose and 表2-1, whose
  cells carry their own units, as do 表3-1, 表4-2 and 表7-1); 净利润 ``1.08亿元`` → ``8,920万元`` → ``1.31亿元``;
  能耗 ``吨标准煤`` vs ``千克标准煤``; 特种光纤销量 ``38.5万公里`` / ``412,000公里``; 投诉率 ``0.42‰`` then ``%``;
  几何参数不合格率 ``180ppm`` / ``0.015%``; 处理时长 and 交付周期 ``天`` / ``小时``; 断纤率 ``次/万公里`` then
  ``次/公里``; ratios ``1:0.8`` (后备配比) and ``1:3.1`` (投入产出比). 表2-1, 表4-1, 表7-1 years as columns
  with 瑡漈光纤 / 瑵潟特纤 / 行业平均 / 璹滣集团 columns; 表5-1 and 表6-1 years as rows with competitor /
  同业样本均值 / 璹滣集团 rows; prose series; rankings (预制棒产量第8→7→6位, 掺镱光纤第5→3位).

Planted defects:
- 5.6.3 创新实践 missing everywhere (no innovation planning or idea intake, no project stage control or
  monitoring, no IP/patent management, no knowledge management, no commercialisation of results):
  ``### 5.6.2 创新体系与投入`` is followed directly by ``### 5.6.4 创新驱动的结果`` (true numbers, the gap shows).
- 5.5.4 has 2022-2023 only (表5-1 years as rows, prose); 2021 appears only in the sentence saying the new HR
  system changed the statistics in 2022 and the older figures are 不再列示. It compares with 瑡漈光纤,
  瑵潟特纤 and the 同业样本均值.
- 5.3.4 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` (no comparison).
- 5.4.4 海外销售额 8,650万元 → 1.21亿元 → 9,760万元 (a fall that shows only once the units are read), only in
  表4-2 (unexplained); 5.2.4 净利润 / 利润总额 (2022, 1.08亿元 → 8,920万元) and 5.7.4 拉丝断纤率 (2022 rise,
  1.8 → 2.3次/万公里) are explained.
- One 5.3.3 paragraph (monthly 经营分析会, quarterly 战略回顾, the 2022 plan cut) sits at the end of
  ``### 5.2.3 治理与风控`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-mixed-units/build.py
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
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.6.3 创新实践 must be absent everywhere: no planning of innovation or intake of ideas, no project stage
    # control, no monitoring of innovation, no IP or patent management, no knowledge management, no transfer
    # of results into use.
    'forbidden_words': ['创意', '点子', '创新计划', '创新行动', '立项', '门径', '里程碑', '项目评审', '阶段评审',
                        '创新监测', '监测创新', '知识管理', '知识库', '知识共享', '知识产权', '专利布局', '专利申请',
                        '专利申报', '专利管理', '成果转化', '转化率', '技术秘密', '经验萃取', '创新过程', '创新项目',
                        '课题', '创新策划', '创新实施', '研发项目', 'IPD', '开发流程', '技术路线图', '提案'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '海外销售额（8,650万元→1.21亿元→9,760万元，2023年下降约19%，单位不同，只有读出单位才看得出下降；'
                      '只在表4-2中，正文没有提及）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润、利润总额（2022年由1.08亿元、1.26亿元降至8,920万元、10,350万元）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': '拉丝断纤率（2022年由1.8次/万公里升至2.3次/万公里）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营光纤预制棒、通信光纤和特种光纤制造企业（武汉琋濡光纤科技股份有限公司不存在；品牌濡远、琋芯，'
        '竞争对手江苏瑡漈光纤有限公司和成都瑵潟特种光纤有限公司、标杆上海璹滣光通信集团、调研机构武汉玏湑市场研究有限公司、'
        '中部光通信材料产业联盟以及人名鄢棹川、褚岏均为虚构，数字和奖项都是编的），员工1,096人。经营管理部执笔，'
        '工程加财务的口吻（全面预算、独立核算、损益表、单耗、OVD、RIC、SPC、8D、ppm）。'
        '版式是本样本的重点：同一指标的计量单位逐年或逐处变化。Markdown；“#”标题（level 0，clause为null），封面信息块和一段'
        '说明“沿用各年度报表计量单位、未统一换算”的编写说明（@P -）；“## 5.1 组织环境”下三个“###”小标题用公司自己的话'
        '（一、公司概况／二、我们面对的竞争／三、优势与改进体系，均标5.1）；“## 5.2 领导作用”…“## 5.7 质量提升”；条目“### 5.x.y”'
        '用准则的真实编号（不写5.x.1），16个条目中10个标题是公司自己的说法；“## 5.7”下有一段引言（标5.7）。'
        '单位变化：营业收入2021年98,600万元、2022年11.2亿元、2023年13.6亿元（正文和表2-1，表2-1、表3-1、表4-2、表7-1的单元格'
        '各带单位）；净利润1.08亿元→8,920万元→1.31亿元；能耗“吨标准煤”与“千克标准煤”；特种光纤销量38.5万公里与412,000公里；'
        '投诉率2021年用‰、此后用%；几何参数不合格率ppm与%；投诉处理时长和交付周期“天”与“小时”；断纤率“次/万公里”与“次/公里”；'
        '比值“1:0.8”（关键岗位后备配比）和“1:3.1”（研发投入产出比）。表2-1、表4-1、表7-1年份为列，带瑡漈光纤、瑵潟特纤、'
        '行业平均、璹滣集团列；表5-1、表6-1年份为行，带对手、同业样本均值、璹滣集团行；另有文字序列和排名。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创新策划和创意收集、创新实施与阶段控制、创新监测、知识产权与专利管理、'
        '知识管理、成果转化），“### 5.6.2 创新体系与投入”之后直接是“### 5.6.4 创新驱动的结果”（真实编号，缺口可见）。'
        '5.5.4 只有2022年和2023年两年（2021年只出现在说明2022年启用新人力资源系统、口径调整、“不再列示”的句子里），'
        '有瑡漈光纤、瑵潟特纤和同业样本均值对比。5.3.4 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”，'
        '没有对手、行业、标杆或排名对比。不利结果：5.4.4 海外销售额8,650万元、1.21亿元、9,760万元，2023年下降，'
        '因单位不同只有读出单位才能看出，只出现在表4-2中，正文没有提及或解释；5.2.4 净利润和利润总额2022年下降（已解释：'
        '氦气和四氯化锗涨价、集采价格下探、新线转固折旧）；5.7.4 拉丝断纤率2022年上升（已解释：4,000公里级大棒投拉、'
        '新拉丝塔参数摸索）。一段回答5.3.3（月度经营分析会、季度战略回顾、2022年调减计划）的段落放在“### 5.2.3 治理与风控”'
        '末尾（misplaced）。其他结果：与璹滣集团的差距（顾客满意度、一次合格率、几何参数、衰减、能耗）逐年缩小，不列为不利结果；'
        '投诉率、流失率、工伤率、质量损失率、资产负债率、能耗、交付周期越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

NAMES = '瑡漈|瑵潟|璹滣|玏湑'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']

    def text_of(clause):
        return ''.join(b['line'] for b in body if b['clause'] == clause)

    # Markdown heading levels: # title, ## 5.x, ### items / 5.1 sub-heads
    for h in heads:
        want = {0: '# ', 1: '## ', 2: '### '}[h['level']]
        if not h['line'].startswith(want):
            problems.append('heading level/marker mismatch: ' + h['line'])
    # gap: ### 5.6.2 is followed directly by ### 5.6.4
    lines = [h['line'] for h in heads]
    i = next(k for k, ln in enumerate(lines) if ln.startswith('### 5.6.2'))
    if not lines[i + 1].startswith('### 5.6.4'):
        problems.append('5.6.2 not followed directly by 5.6.4')
    if any('5.6.3' in ln for ln in lines):
        problems.append('a heading names 5.6.3')
    # 5.5.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.5.4 mentions an earlier year: ' + sent[:40])
    # 5.3.4: no competitor, benchmark, survey or peer names
    if re.search(NAMES + '|同业|联盟', text_of('5.3.4')):
        problems.append('5.3.4 names a competitor, benchmark or peer group')
    # 5.4.4: the fall of 海外销售额 appears only in 表4-2
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '海外' in b['line']:
            problems.append('5.4.4 text mentions 海外')
    t44 = [b for b in body if b['clause'] == '5.4.4' and b['type'] == 'table' and '海外销售额' in b['line']]
    if len(t44) != 1 or '8,650万元\t1.21亿元\t9,760万元' not in t44[0]['line']:
        problems.append('表4-2 海外销售额 row not as planned')
    # the mixed units are there
    wants = {'5.2.4': ['98,600万元', '11.2亿元', '8,920万元', '千克标准煤', '吨标准煤'],
             '5.3.4': ['38.5万公里', '412,000公里'],
             '5.4.4': ['‰', '0.036%', '6.5天', '118小时'],
             '5.5.4': ['1:0.8'],
             '5.6.4': ['4,380万元', '0.52亿元', '1:3.1'],
             '5.7.4': ['180ppm', '0.015%', '次/万公里', '次/公里', '12天', '240小时']}
    for c, ws in wants.items():
        t = text_of(c)
        for w in ws:
            if w not in t:
                problems.append('%s lacks %s' % (c, w))
    # every result item except 5.3.4 compares; every result item except 5.5.4 has 2021
    for c in ('5.2.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4'):
        if not re.search(NAMES + '|行业平均|同业样本均值', text_of(c)):
            problems.append(c + ' lacks a comparison')
    for c in ('5.2.4', '5.3.4', '5.4.4', '5.6.4', '5.7.4'):
        t = text_of(c)
        if not all(y in t for y in ('2021', '2022', '2023')):
            problems.append(c + ' lacks one of 2021-2023')
    # the misplaced 5.3.3 paragraph is the last block under ### 5.2.3
    mis = [k for k, b in enumerate(blocks) if b.get('misplaced_under')]
    if len(mis) != 1 or blocks[mis[0]]['clause'] != '5.3.3' \
            or not blocks[mis[0] + 1]['line'].startswith('### 5.2.4'):
        problems.append('misplaced 5.3.3 paragraph not at the end of 5.2.3')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
