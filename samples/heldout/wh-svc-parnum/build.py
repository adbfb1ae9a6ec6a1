#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-parnum from source.txt.

A Wuhan municipal state-owned public-housing and rental-housing operator, 武汉渫枰安居运营有限公司 (made up;
its parent 武汉琀堃城市发展集团, its peers 长沙瀴畹住房租赁集团有限公司 and 合肥涒埘安居发展有限公司, its benchmark
杭州琎澦住房服务集团, the survey firm 武汉玏岽社会调查咨询有限公司 (玏岽调查) and the 中部六省城市住房运营联席会 are
made up too; 806 staff), written by its 企业管理部 in a plain, legalistic voice as in audit reports
(系、截至、据此、需要说明的是、不予列示、原因有二).

Layout: NUMBERED PARAGRAPHS, AS IN AUDIT AND INQUIRY REPORTS.
- Markdown. Two title lines (level 0), a cover block and an 编制说明 (front matter, ``@P -``).
- Every body paragraph of the whole report is numbered continuously ``1．`` … ``95．`` (full-width dot; the
  创新驱动 chapter, paragraphs 69-80, uses a half-width ``69.``); the numbers never restart.
- Headings carry no numbers at all: chapter headings are bold lines ``**组织环境**`` (= 5.1, paragraphs 1-9,
  no sub-headings), ``**领导作用**`` … ``**质量提升**``; item headings are plain short lines, 11 in the standard's
  words and 6 in the company's own (``治理与风险`` = 5.2.3, ``规划怎样落到项目`` = 5.3.3,
  ``“渫枰安居”品牌的建设与维护`` = 5.4.3, ``队伍状况`` = 5.5.4, ``创新项目的管理`` = 5.6.3,
  ``住房服务质量`` = 5.7.3). One numbered intro paragraph under ``**领导作用**`` (= 5.2).
- Some numbered paragraphs are one sentence and look like list items (3, 10, 11, 16, 24, 40, 41, 50, 65, 78, 93);
  some hold a run-in sub-list ``（1）…（2）…`` (15, 19, 89, 94).
- Tables are unnumbered blocks between numbered paragraphs with a caption ``表n-m …`` (n = chapter order:
  表1-1 profile … 表7-1 质量提升): years as columns with ``瀴畹住房（2023年）`` / ``涒埘安居（2023年）`` /
  ``行业平均（2023年）`` columns, 表5-1 with years as rows and peer / 行业平均 rows; prose series inside
  numbered paragraphs, rankings, a narrowing gap to the benchmark (5.4.4).
- Back matter: an unnumbered ``**附：名词说明**`` block with six glossary lines (``@P -``).

Planted defects:
- 5.4.2 顾客市场 missing everywhere (no grouping or segmentation of tenants, no target or prospective tenants,
  no listening to tenants, no contact or support channels, no tenant-relationship or complaint management,
  no description of how tenant satisfaction is surveyed). ``**品牌影响**`` opens directly with the item heading
  ``“渫枰安居”品牌的建设与维护`` = 5.4.3, then ``品牌影响的结果`` = 5.4.4 (ordinal trap by position; no numbers
  anywhere). The profile (5.1) still says who the tenants are and what they care about.
- 5.3.4 has 2022-2023 only (表3-1, with 瀴畹住房 / 行业平均 columns and a 联席会 ranking); 2021 appears only in the
  sentence saying the figures of the old counting basis are not comparable and are 不予列示.
- 5.6.4 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- 5.7.4 报修按时修复率 98.2 -> 98.7 -> 97.1%, below 瀴畹住房 97.9, 涒埘安居 98.0 and 行业平均 97.6, only in
  表7-1 (unexplained); 5.2.4 净利润 and 资产负债率 (2022) and 5.4.4 综合出租率 (2022) are explained.
- One 5.5.2 paragraph (员工保护: 劳动防护用品, 作业票, 职业健康体检, 工伤) sits under 5.7.2's heading
  ``运营质量`` (misplaced), numbered 85 in the run.

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-parnum/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

STANDARD_TITLES = {'引领发展', '有效治理', '领导作用的结果', '战略制定', '战略实施', '战略发展的结果',
                   '顾客市场', '品牌管理', '品牌影响的结果', '员工管理', '员工赋能', '员工契合的结果',
                   '创新系统', '创新实践', '创新驱动的结果', '运营质量', '服务质量', '质量提升的结果'}

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (10000, 14000),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.4.2'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.4.2 顾客市场 must be absent everywhere: no grouping or segmentation of tenants, no target or
    # prospective tenants, no listening to tenants or surveys of their wishes, no contact or support
    # channels, no tenant relationship, loyalty or complaint management, no survey method for satisfaction.
    'forbidden_words': ['细分', '顾客群', '客户群', '住户群', '租户', '目标市场', '目标客户', '目标住户', '潜在',
                        '顾客声音', '客户声音', '住户声音', '倾听', '需求调研', '需求调查', '住户需求',
                        '客户需求', '顾客需求', '接触方式', '接触点', '服务渠道', '热线', '客服', '投诉',
                        '回访', '顾客关系', '客户关系', '住户关系', '忠诚', '画像', '住户意见',
                        '承租人意见', '满意度调查', '生命周期', '一站式', '服务大厅', '服务窗口'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '报修按时修复率（98.2%→98.7%→97.1%，2023年下降，低于瀴畹住房97.9%、涒埘安居98.0%和'
                      '行业平均97.6%；只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润（2022年由4,860万元降至3,120万元）和资产负债率（2022年由58.6%'
                                       '升至61.2%）', 'explained': True},
        {'clause': '5.4.4', 'indicator': '综合出租率（2022年由95.8%降至93.1%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市属国有公租房和保障性租赁住房运营企业（武汉渫枰安居运营有限公司不存在；母公司武汉琀堃城市发展集团、'
        '同行长沙瀴畹住房租赁集团有限公司和合肥涒埘安居发展有限公司、对标单位杭州琎澦住房服务集团、调查机构武汉玏岽社会调查咨询有限公司'
        '（玏岽调查）、中部六省城市住房运营联席会均为虚构，人名、数字和奖项都是编的），员工806人。企业管理部执笔，'
        '平实、审计报告式的行文（系、截至、据此、需要说明的是、不予列示、原因有二）。'
        '版式是本样本的重点：像审计报告、调查报告那样给正文段落连续编号。Markdown；两行标题（level 0），封面信息块和一段“编制说明”（@P -）；'
        '全文正文段落从“1．”连续编号到“95．”，从不重新起号（全角点；“创新驱动”一章第69—80段用半角“69.”）；标题一律不带编号：'
        '章标题是加粗行“**组织环境**”（=5.1，第1—9段，其下没有小标题）、“**领导作用**”…“**质量提升**”；条目标题是不加粗的短行，'
        '11个用准则原词，6个用公司自己的说法（治理与风险=5.2.3、规划怎样落到项目=5.3.3、“渫枰安居”品牌的建设与维护=5.4.3、'
        '队伍状况=5.5.4、创新项目的管理=5.6.3、住房服务质量=5.7.3）。“**领导作用**”下有一段编号的引言（标5.2）。'
        '部分编号段落只有一句话，像列表项；部分段落内嵌“（1）……（2）……”分项。表格是编号段落之间不编段号的块，表题“表n-m ……”'
        '（n为章的顺序：表1-1在组织环境…表7-1在质量提升）；以年份为列、带“瀴畹住房（2023年）”“涒埘安居（2023年）”“行业平均（2023年）”列，'
        '表5-1以年份为行、带同行和行业平均行；编号段落里有文字数列、排名和与标杆差距逐年缩小（5.4.4）。文末不编号的“**附：名词说明**”块（@P -）。'
        '刻意缺陷：5.4.2 顾客市场整条缺失（全文没有住户分类或细分、目标或潜在住户、倾听住户、接触和支持渠道、住户关系、投诉管理，'
        '也没有说明满意度怎样测评）；“**品牌影响**”下直接是“‘渫枰安居’品牌的建设与维护”（=5.4.3）和“品牌影响的结果”（=5.4.4），'
        '按位置是序号陷阱（全文无编号）；组织环境第5段仍说明住户类型及其关心的方面。'
        '5.3.4 只有2022年和2023年两年（表3-1，有瀴畹住房和行业平均列，另有联席会排名），2021年只出现在说明按原口径归集、不可比、'
        '“不予列示”的句子里。5.6.4 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有同行、行业、标杆或排名对比。'
        '不利结果：5.7.4 报修按时修复率98.2%、98.7%、97.1%，2023年下降，低于瀴畹住房97.9%、涒埘安居98.0%和行业平均97.6%，'
        '只出现在表7-1中，正文没有提及或解释；5.2.4 净利润2022年下降、资产负债率2022年上升（已解释：减免商业用房租金、'
        '承接划转房源集中维修、新建项目专项贷款）；5.4.4 综合出租率2022年下降（已解释：第四季度集中交付3个新项目）。'
        '一段回答5.5.2员工保护（劳动防护用品、作业票、职业健康体检、工伤）的段落放在5.7.2“运营质量”之下（misplaced），编号第85段。'
        '其他：主动离职率、入住办理平均时长、欠缴3个月以上户数占比下降是有利结果；5.4.4 与琎澦集团知名度差距逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    # every labelled text paragraph is numbered continuously 1．2．… (or 1. in places); tables are not
    expect = 1
    for b in blocks:
        if b['type'] == 'heading' or b['clause'] is None:
            continue
        m = re.match(r'(\d+)[．.]', b['line'])
        if b['type'] == 'table':
            if m:
                problems.append('numbered table: ' + b['line'][:20])
            if not re.match(r'表\d-\d ', b['line']):
                problems.append('table caption not 表n-m: ' + b['line'][:20])
            continue
        if not m or int(m.group(1)) != expect:
            problems.append('paragraph number %s, expected %d: %s' % (m and m.group(1), expect, b['line'][:20]))
            expect = int(m.group(1)) if m else expect
        expect += 1
        if b['clause'] == '5.1' and expect - 1 > 9:
            problems.append('profile paragraph numbered beyond 9')
    # headings carry no numbers; chapter headings bold, item headings plain
    heads = [b for b in blocks if b['type'] == 'heading' and b['level'] > 0]
    for h in heads:
        if re.search(r'[0-9０-９]', h['line']):
            problems.append('heading with a digit: ' + h['line'])
        bold = h['line'].startswith('**') and h['line'].endswith('**')
        if bold != (h['level'] == 1):
            problems.append('heading style wrong: ' + h['line'])
    own = [h for h in heads if h['level'] == 2 and h['line'] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('fewer than 5 own item titles')
    # ordinal trap: 品牌影响 opens with the own-words 5.4.3 heading, then 5.4.4, then 员工契合
    i = next(k for k, h in enumerate(heads) if h['line'] == '**品牌影响**')
    if not (heads[i + 1]['clause'] == '5.4.3' and heads[i + 1]['line'] not in STANDARD_TITLES
            and heads[i + 2]['clause'] == '5.4.4' and heads[i + 3]['line'] == '**员工契合**'):
        problems.append('ordinal trap under 品牌影响 not as planned')
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.3.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.3.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('5.3.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the 2023 drop of 报修按时修复率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and '修复' in b['line']:
            problems.append('5.7.4 text mentions 报修按时修复率')
    # 5.6.4: no peer or benchmark names
    for b in body:
        if b['clause'] == '5.6.4' and re.search('瀴畹|涒埘|琎澦|联席会', b['line']):
            problems.append('5.6.4 names a peer, benchmark or the 联席会')
    # back matter: the unnumbered 名词说明 block is last
    if not (blocks[-1]['clause'] is None and blocks[-1]['line'].startswith('**附：名词说明**')):
        problems.append('名词说明 block not at the end')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
