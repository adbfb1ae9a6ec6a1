#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-form-fields from source.txt.

A Beijing municipal state-owned district-heating and gas-network service company, 北京瀼峤热力燃气有限责任公司
(made up; its parent 北京琮湉城市能源集团有限公司, its peers 天津澥垣热力有限公司 and 石家庄瑺岺燃热集团, its
benchmark 青岛瓒湄能源集团 and the survey firm 湫琨调查 are made up too; about 2,000 staff, 9,830万平方米 heated,
61.9万 gas users), filled in by its 企业管理部 in a dry, form-filling voice: the text was copied out of the award's
online submission system field by field.

Layout: FORM FIELDS INSTEAD OF HEADINGS FOR ITEMS.
- Plain text. One title line (level 0, clause null) and a cover block of ``申报组织：`` … ``导出说明：`` lines
  (front matter, ``@P -``).
- The profile is ``【组织概述】`` (= 0, level 1) with the records ``填报项：组织描述`` (0.1) and
  ``填报项：组织面临的挑战`` (0.2) (level 2); their paragraphs open with run-in field names (``主要服务：``,
  ``竞争地位：`` …).
- Categories are ``【评价类目一】领导`` … ``【评价类目七】结果`` (level 1).
- Every item is a form record. Its heading is the line ``评价条款：1.1 高层领导的作用`` (level 2). Two records write
  the clause without a number (``评价条款：顾客关系和顾客满意`` = 3.2, ``评价条款：财务资源`` = 4.2), two write the
  number only (``评价条款：2.2``, ``评价条款：7.4``). Then come the field lines, each its own paragraph, labelled with
  the record's clause: ``自评要点：…`` (one paragraph, with a ``自评档次``), ``实施情况：`` with several paragraphs,
  ``取得成效：…``, ``证据材料：附件1-1 …；附件1-2 …``. In some records a field label stands alone on its line,
  with the counter the submission system shows (``实施情况：（已填647字／限3,000字）``,
  ``证据材料：（已上传4个附件，共6.8MB）``, ``结果数据：（已填表7-1）``, ``结果数据：（逐项列示，未附表）``) and the text
  follows in the next paragraph(s); in the others label and text share one paragraph (``实施情况：公司…``).
- Results records (7.x) have ``结果数据：`` followed by tables (years as columns in 表7-1/7-2/7-5/7-6, years as
  rows with ``澥垣热力（2023年）`` / ``行业平均（2023年）`` / ``瓒湄能源（标杆，2023年）`` rows in 表7-3) or by
  ``· `` bullet lines (7.4), then ``对比分析：`` (or, in 7.2, ``趋势说明：``) and ``证据材料：``. An intro paragraph
  ``填报说明：`` under 【评价类目七】 (= 7).
- Back matter: a ``填报承诺：`` line and a 填报人/审核人 line (``@P -``).

Planted defects:
- 3.1 顾客和市场的了解 missing everywhere (no customer groups or segments, target or potential customers,
  methods for learning what customers want or how that information is used; guarded by ``forbidden_words``).
  【评价类目三】 has only the record ``评价条款：顾客关系和顾客满意`` without a number, which is 3.2: counting records
  by position gives it 3.1 (ordinal trap). Its ``自评要点`` names the missing clause's keywords as a to-do
  (``顾客识别和顾客需求 … 本次未单独填报；下一步将…``) without answering them; that paragraph is labelled 3.2.
- 7.6 has 2022-2023 only (表7-6); 2021 appears only in the ``自评要点`` sentence saying the figures follow the
  group's new appraisal basis after the 2022 merger and the 2021 figures ``不再列出``. It has 澥垣热力 and 行业平均
  columns and a ranking among the group's 12 subsidiaries.
- 7.2 has 2021-2023 but only a ``2023年目标值`` column and a 市级考核要求 (no competitor, benchmark, industry
  average or ranking; its analysis field is ``趋势说明：``).
- 7.1 供热室温达标率 99.1 -> 99.3 -> 98.5 (2023 decline, below 澥垣热力 98.9 and 行业平均 98.7) appears only in
  表7-1 and is not explained. 7.3 利润总额 / 净利润 (2022) and 7.5 单位面积耗热量 (2022 rise) are explained.
- One 1.2 paragraph (内部审计 reporting to the board, external auditors, audit follow-up) sits in the
  ``实施情况`` of the 6.1 record (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-form-fields/build.py
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
    'size_range': (10000, 14000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['3.1'],
    'results_lacking_three_years': ['7.6'],
    'results_lacking_comparison': ['7.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.2'],
    # 3.1 顾客和市场的了解 must be absent everywhere. The to-do in 3.2's 自评要点 names only 顾客识别 / 顾客需求,
    # which are therefore not in this list.
    'forbidden_words': ['用户需求', '客户需求', '需求调研', '需求调查', '需求分析', '需求识别', '市场调研',
                        '市场调查', '细分', '用户群', '顾客群', '客户群', '目标市场', '目标客户', '目标用户',
                        '潜在用户', '潜在客户', '潜在顾客', '偏好', '用户画像', '客户画像', '未来用户',
                        '未来顾客', '了解用户', '用户分类', '用户分群', '用户期望', '需求和期望'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '供热室温达标率（99.1%→99.3%→98.5%，2023年下降，低于澥垣热力98.9%和行业平均98.7%；只在表7-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '利润总额、净利润（2022年由2.46亿元、1.83亿元降至1.12亿元、0.81亿元）',
         'explained': True},
        {'clause': '7.5', 'indicator': '单位面积耗热量（2022年由0.352升至0.368GJ/m²）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有集中供热和燃气管网服务企业（北京瀼峤热力燃气有限责任公司不存在；母公司北京琮湉城市能源集团、'
        '对比企业天津澥垣热力有限公司和石家庄瑺岺燃热集团、标杆青岛瓒湄能源集团、调研机构湫琨调查均为虚构，人名、数字和奖项都是编的），'
        '员工2,046人。企业管理部填报，干巴巴的填表口吻：全文从申报系统逐栏导出。'
        '版式是本样本的重点：条目不用标题而用表单字段。纯文本；一行标题（level 0，clause为null），封面信息块（@P -）；'
        '“【组织概述】”（level 1，标0）下“填报项：组织描述”=0.1、“填报项：组织面临的挑战”=0.2（level 2），段落以“主要服务：”等字段名开头；'
        '“【评价类目一】领导”…“【评价类目七】结果”（level 1）。每个条目是一条表单记录：“评价条款：1.1 高层领导的作用”一行就是条目标题'
        '（level 2）；其中两条只写条款名不写编号（“评价条款：顾客关系和顾客满意”=3.2、“评价条款：财务资源”=4.2），两条只写编号'
        '（“评价条款：2.2”“评价条款：7.4”）。其后是字段行，各自成段，都标所在记录的条款：“自评要点：……”（一段，含自评档次）、'
        '“实施情况：”及其后若干段、“取得成效：……”、“证据材料：附件1-1 ……；附件1-2 ……”。有的记录字段名单独成行并带申报系统的计数'
        '（“实施情况：（已填647字／限3,000字）”“证据材料：（已上传4个附件，共6.8MB）”“结果数据：（已填表7-1）”“结果数据：（逐项列示，未附表）”），'
        '正文在下一段；其他记录字段名与正文同段（“实施情况：公司……”）。结果记录有“结果数据：”及其后的表格（表7-1、7-2、7-5、7-6年份为列，'
        '表7-3年份为行，带“澥垣热力（2023年）”“行业平均（2023年）”“瓒湄能源（标杆，2023年）”行）或“· ”列项（7.4），再有“对比分析：”'
        '（7.2为“趋势说明：”）和“证据材料：”。“【评价类目七】结果”下有一段“填报说明：”，标7。文末“填报承诺：”和填报人一行是back matter（@P -）。'
        '刻意缺陷：3.1 顾客和市场的了解整条缺失（全文没有顾客分群、目标或潜在顾客、了解顾客要求的方法及其应用），“【评价类目三】”下只有'
        '不带编号的“评价条款：顾客关系和顾客满意”，它是3.2，按位置计数会得到3.1（序号陷阱）；该记录的“自评要点”把缺失条款的关键词'
        '（顾客识别、顾客需求）写成“本次未单独填报；下一步将……”的待办事项而没有作答，该段标3.2。组织概述仍按类别描述服务对象及其最看重的方面。'
        '7.6 只有2022年和2023年两年（2021年只出现在说明2022年燃气业务并入后按集团新考核办法统计、2021年口径不同“不再列出”的句子里），'
        '有澥垣热力、行业平均对比列和集团内排名。7.2 有2021—2023年三年数据，但只有“2023年目标值”列和市级考核要求，没有对手、行业、标杆或排名对比。'
        '不利结果：7.1 供热室温达标率99.1%、99.3%、98.5%，2023年下降，低于澥垣热力98.9%和行业平均98.7%，只出现在表7-1中，正文没有提及或解释；'
        '7.3 利润总额、净利润2022年下降（已解释：天然气采购价格上调、居民热价未调整）；7.5 单位面积耗热量2022年上升（已解释：严寒天数多、'
        '供暖期延长）。一段回答1.2（内部审计向董事会报告、外部审计选聘、审计整改）的段落放在6.1记录的“实施情况”中（misplaced）。'
        '其他结果：泄漏点、投诉、失水率、输差率、流失率、资产负债率越低越好，下降是有利结果；与瓒湄能源（标杆）的差距逐年缩小或只给一年，'
        '不列为不利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

FIELDS = ('自评要点：', '实施情况：', '取得成效：', '证据材料：', '结果数据：', '对比分析：', '趋势说明：')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # headings: title, 【组织概述】 and 【评价类目X】 (level 1), 填报项 / 评价条款 records (level 2)
    for h in heads:
        if h['level'] == 1 and not h['line'].startswith('【'):
            problems.append('level-1 heading not in 【】: ' + h['line'])
        if h['level'] == 2 and not re.match(r'(填报项|评价条款)：', h['line']):
            problems.append('level-2 heading is not a form record: ' + h['line'])
    records = [h for h in heads if h['line'].startswith('评价条款：')]
    no_number = [h for h in records if not re.search(r'\d', h['line'])]
    number_only = [h for h in records if re.fullmatch(r'评价条款：\d\.\d', h['line'])]
    if sorted(h['clause'] for h in no_number) != ['3.2', '4.2']:
        problems.append('records without a number: %s' % [h['line'] for h in no_number])
    if sorted(h['clause'] for h in number_only) != ['2.2', '7.4']:
        problems.append('records with the number only: %s' % [h['line'] for h in number_only])
    for h in records:
        m = re.match(r'评价条款：(\d\.\d)', h['line'])
        if m and m.group(1) != h['clause']:
            problems.append('record number %s labelled %s' % (m.group(1), h['clause']))
    # every record opens with 自评要点 and has 证据材料; label-only and inline field lines both occur
    for i, b in enumerate(blocks):
        if b['type'] == 'heading' and b['line'].startswith('评价条款：'):
            nxt = blocks[i + 1]
            if not nxt['line'].startswith('自评要点：') or nxt['clause'] != b['clause']:
                problems.append('record %s does not open with 自评要点' % b['clause'])
            j = i + 1
            seen = False
            while j < len(blocks) and blocks[j]['type'] != 'heading':
                seen |= blocks[j]['line'].startswith('证据材料：')
                j += 1
            if not seen:
                problems.append('record %s has no 证据材料' % b['clause'])
    alone = [b for b in body if re.fullmatch(r'(实施情况|证据材料|结果数据)：(（[^）]*）)?', b['line'])]
    inline = [b for b in body if b['line'].startswith('实施情况：') and len(b['line']) > 40]
    if len(alone) < 8 or len(inline) < 6:
        problems.append('label-only %d / inline 实施情况 %d' % (len(alone), len(inline)))
    # ordinal trap: 【评价类目三】 holds one record, without a number, labelled 3.2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('【评价类目三】'))
    if not (heads[idx + 1]['line'] == '评价条款：顾客关系和顾客满意' and heads[idx + 1]['clause'] == '3.2'
            and heads[idx + 2]['line'].startswith('【评价类目四】')):
        problems.append('ordinal trap under 【评价类目三】 not as planned')
    # the to-do in 3.2's 自评要点 names the missing clause's keywords
    todo = [b for b in body if b['clause'] == '3.2' and b['line'].startswith('自评要点：')]
    if not todo or not all(w in todo[0]['line'] for w in ('顾客识别', '顾客需求', '下一步将')):
        problems.append('3.2 自评要点 to-do not as planned')
    # 7.6: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.6':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('7.6 mentions an earlier year: ' + sent[:40])
    # 7.1: the 2023 drop of 室温达标率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '室温达标' in b['line']:
            problems.append('7.1 text mentions 室温达标率')
    # 7.2: no peer or benchmark names
    for b in body:
        if b['clause'] == '7.2' and re.search('澥垣|瑺岺|瓒湄', b['line']):
            problems.append('7.2 names a peer or benchmark')
    # misplaced: the 1.2 paragraph sits under the 6.1 record
    mis = [b for b in body if b.get('misplaced_under')]
    if [(b['clause'], b['misplaced_under']) for b in mis] != [('1.2', '6.1')]:
        problems.append('misplaced paragraph not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
