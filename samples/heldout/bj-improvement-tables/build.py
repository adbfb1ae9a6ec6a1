#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-improvement-tables from source.txt.

A Beijing municipal state-owned maintenance company for water-supply and drainage pipe networks,
北京瀹珞管网运维有限责任公司 (made up; its parent 北京珉濬城市水务集团有限公司, its peers 天津澌瑗管道养护有限公司
and 济南琂澧排水管网运营有限公司, its benchmark 苏州璡湉管网运维集团 and the survey firm 北京瞫岳市场调查有限公司
with its 46-company 全国管网运维企业对标数据库 are made up too; 1,318 staff, 9,620 km of water mains and
6,340 km of sewers in care, 5 抢修中心 and 24 运维站), written by its 质量管理部 in a self-critical voice
that ends every item, results included, with a short ``存在的不足：`` paragraph.

Layout: TABLES EVERYWHERE, NOT ONLY FOR RESULTS.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph (front matter,
  ``@P -``).
- ``组织概述`` (= 0, level 1) with ``一、我们的业务与相关方`` (0.1) and ``二、竞争格局和面临的挑战`` (0.2);
  chapters ``第一章 领导`` … ``第七章 结果`` (level 1); items ``第一节 …`` (level 2) numbered by position and
  restarting in every chapter; 8 titles in the company's words (``第二节 治理与风险防控`` = 1.2,
  ``第三节 守护城市生命线的责任`` = 1.3, ``第二节 规划落地与年度经营计划`` = 2.2, ``第一节 读懂委托方和市民`` = 3.1,
  ``第三节 管网养护技术`` = 4.4, ``第四节 车辆、装备和场站`` = 4.5, ``第五节 分包商与合作伙伴`` = 4.6,
  ``第二节 工单执行与过程改进`` = 5.2).
- Every process item except 4.6 holds one non-result table with a ``表n-m`` caption: a meeting calendar
  (``会议 | 频次 | 主持人 | 2023年召开次数``, 1.1), a decision matrix with ●○△ (1.2), a public-risk control table
  (1.3), strategic goals (2.1), improvement plans ``序号 | 问题 | 改进措施 | 责任部门 | 完成时间`` with dates
  ``2024年6月`` (2.2, 5.2), customer groups and listening methods (3.1), complaint levels with time limits (3.2),
  a training plan with planned / actual hours (4.1), information systems (4.3), a technology plan (4.4), an
  equipment maintenance responsibility matrix (4.5), key processes with cycle times (5.1), measurement levels
  (6.1), improvement activities 2021–2023 (6.2).
- Results: an intro (= 7); 表7-1 years as columns with 澌瑗养护 / 行业平均 / 璡湉集团 columns; 7.2 a prose series
  with a ranking, 表7-2 (market share and ranks) and a results-side improvement plan 表7-3; 表7-4 years as rows
  with comparison rows; 表7-6 two years with peer / 行业平均 / 标杆 columns; 表7-7 with a ``比较对象（2023年）``
  column; ``· `` bullets in 7.6.

Planted defects:
- 4.2 财务资源 missing everywhere (no funds, budgets, cash, financing, cost control, asset turnover or
  financial risk; guarded by forbidden words, ``财务`` included). Under ``第四章 资源`` the headings are
  ``第一节`` 4.1, ``第二节 信息和知识资源`` = 4.3, ``第三节`` = 4.4, ``第四节`` = 4.5, ``第五节`` = 4.6
  (ordinal trap: 第二节 is not 4.2).
- 7.5 has 2022–2023 only (表7-6); 2021 appears only in the sentence saying the loss-rate basis and the
  work-order statistics changed in 2022 and older figures are ``不再列示``. It has 澌瑗 / 琂澧 / 行业平均 / 璡湉
  columns and a rank in the 对标数据库.
- 7.4 has 2021–2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison word at all).
- 7.1 管道修复一次验收合格率 98.6 -> 98.9 -> 97.9, below 澌瑗养护 98.5 and 行业平均 98.4, only in 表7-1
  (unexplained); 7.2 产权单位满意度 (2022) and 7.3 利润总额 / 营业利润率 / 净资产收益率 (2022) are explained.
- One 3.2 paragraph (投诉回访, 重复诉求清单) sits under 5.2's heading ``第二节 工单执行与过程改进``, after the
  5.2 improvement plan and before its 存在的不足 (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-improvement-tables/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']
PROCESS = [c for c in ALL if c.count('.') == 1 and c[0] in '123456']
RESULT = [c for c in ALL if c.startswith('7.')]

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
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 4.2 财务资源 must be absent everywhere: no funds or financing, budgets, cash, cost management,
    # asset or capital turnover, financial control or financial risk.
    'forbidden_words': ['财务', '资金', '预算', '融资', '现金', '成本管理', '成本控制', '成本管控', '降本',
                        '周转', '应收', '账款', '会计', '经费', '资产利用', '投资回报', '贷款', '授信',
                        '资本金', '费用控制', '结算', '回款', '筹资', '资金链', '成本费用', '财力'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '管道修复一次验收合格率（98.6%→98.9%→97.9%，2023年下降，低于澌瑗养护98.5%和行业平均98.4%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '产权单位满意度（2022年由86.4分降至85.1分）', 'explained': True},
        {'clause': '7.3', 'indicator': '利润总额、营业利润率、净资产收益率（2022年由8,460万元、7.2%、9.6%降至'
                                       '6,910万元、5.5%、7.4%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有供水和排水管网运维企业（北京瀹珞管网运维有限责任公司不存在；母公司北京珉濬城市水务集团有限公司、'
        '同业天津澌瑗管道养护有限公司和济南琂澧排水管网运营有限公司、标杆苏州璡湉管网运维集团、调研机构北京瞫岳市场调查有限公司及其'
        '全国管网运维企业对标数据库均为虚构，人名、数字和荣誉都是编的），员工1,318人，在养供水管道9,620公里、排水管道6,340公里。'
        '质量管理部执笔，自我批评的口吻：每一节（含结果各节）都以一段简短的“存在的不足：”结尾。'
        '版式是本样本的重点：表格无处不在，不只用于结果。纯文本，没有#；两行标题（level 0，clause为null）、封面信息块和“编写说明”'
        '（@P -）；“组织概述”（level 1，标0）下“一、我们的业务与相关方”=0.1、“二、竞争格局和面临的挑战”=0.2（level 2）；'
        '“第一章 领导”…“第七章 结果”（level 1）；条目“第一节 …”（level 2）按在本章中的位置编号、每章重新起算，8个标题用公司自己的话'
        '（第二节 治理与风险防控=1.2、第三节 守护城市生命线的责任=1.3、第二节 规划落地与年度经营计划=2.2、第一节 读懂委托方和市民=3.1、'
        '第三节 管网养护技术=4.4、第四节 车辆、装备和场站=4.5、第五节 分包商与合作伙伴=4.6、第二节 工单执行与过程改进=5.2）。'
        '除4.6外每个过程条目都有一张非结果表格（带“表n-m”表题）：会议日历“会议/频次/主持人/2023年召开次数”（1.1）、●○△决策分工矩阵（1.2）、'
        '公共责任风险控制表（1.3）、战略目标表（2.1）、改进计划表“序号/问题/改进措施/责任部门/完成时间”（2.2、5.2，时间如2024年6月）、'
        '顾客群需求与了解方式（3.1）、投诉分级时限（3.2）、带计划和实际学时的培训计划（4.1）、信息系统表（4.3）、技术发展计划（4.4）、'
        '设备维护职责分工（4.5）、关键过程与时限（5.1）、测量评价层级（6.1）、2021—2023年改进活动统计（6.2）。'
        '结果：“第七章 结果”下一段引言标7；表7-1年份为列，带澌瑗养护、行业平均、璡湉集团列；7.2为带排名的文字序列、表7-2（市场占有率和排名）'
        '和结果后的改进计划表7-3；表7-4年份为行，带对比行；表7-6只有两年，带同业、行业平均和标杆列；表7-7带“比较对象（2023年）”列；7.6有“· ”条目。'
        '刻意缺陷：4.2 财务资源整条缺失（全文没有资金、预算、现金、融资、成本管控、资产周转、财务控制或财务风险的内容，'
        '用禁用词守护，含“财务”），“第四章 资源”下第一节=4.1、“第二节 信息和知识资源”=4.3、第三节=4.4、第四节=4.5、第五节=4.6（序号陷阱）。'
        '7.5 只有2022年和2023年两年（2021年只出现在说明2022年起按新漏损口径和工单系统统计、此前数据“不再列示”的句子里），'
        '有澌瑗养护、琂澧管网、行业平均和璡湉集团列以及对标数据库中的名次。7.4 有2021—2023年三年数据，但只有“2023年目标值”和'
        '“2025年规划目标”列，正文没有任何对比词。不利结果：7.1 管道修复一次验收合格率98.6%、98.9%、97.9%，2023年下降，'
        '低于澌瑗养护98.5%和行业平均98.4%，只出现在表7-1中，正文没有提及或解释；7.2 产权单位满意度2022年下降（已解释：疫情封控、'
        '计划性维护工单延期）；7.3 利润总额、营业利润率、净资产收益率2022年下降（已解释：防疫安排、管材阀门涨价而合同固定单价、汛期抢险）。'
        '一段回答3.2（投诉回访、重复诉求清单）的段落放在5.2“第二节 工单执行与过程改进”的改进计划表之后、存在的不足之前（misplaced）。'
        '其他：复堵率、流失率、漏损率、资产负债率越低越好，下降是有利结果；与璡湉集团（标杆）的差距不列为不利结果。'
        '组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CN = '一二三四五六七八九十'
PLAN_HEAD = '序号\t问题\t改进措施\t责任部门\t完成时间'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a block starts with #')
    # chapters 第一章…第七章 and items 第一节… by position, restarting per chapter
    pos = 0
    for h in heads:
        if h['level'] == 1 and h['clause'] != '0':
            if not h['line'].startswith('第%s章 ' % CN[int(h['clause']) - 1]):
                problems.append('chapter heading not 第x章: ' + h['line'])
            pos = 0
        elif h['level'] == 2 and h['clause'] not in ('0.1', '0.2'):
            pos += 1
            if not h['line'].startswith('第%s节 ' % CN[pos - 1]):
                problems.append('item heading not numbered by position: ' + h['line'])
    # ordinal trap under 第四章
    ch4 = [h['clause'] for h in heads if h['level'] == 2 and h['clause'].startswith('4.')]
    if ch4 != ['4.1', '4.3', '4.4', '4.5', '4.6']:
        problems.append('第四章 items not as planned: %s' % ch4)
    # every scored item ends with a 存在的不足 paragraph (the last block before the next heading)
    for i, b in enumerate(blocks):
        if b['type'] == 'heading' and b['clause'] in PROCESS + RESULT:
            j = i + 1
            while j < len(blocks) and blocks[j]['type'] != 'heading':
                j += 1
            last = blocks[j - 1]
            if last['type'] != 'text' or not last['line'].startswith('存在的不足：') or last['clause'] != b['clause']:
                problems.append('item %s does not end with its 存在的不足 paragraph' % b['clause'])
    # non-result tables in the process items, improvement plans, meeting calendar, training plan
    proc_tables = {b['clause'] for b in body if b['type'] == 'table' and b['clause'] in PROCESS}
    if len(proc_tables) < 13:
        problems.append('only %d process items with a table' % len(proc_tables))
    plans = [b for b in body if b['type'] == 'table' and b['line'].split('\n')[1] == PLAN_HEAD]
    if len(plans) < 3 or not any(b['clause'] in RESULT for b in plans):
        problems.append('improvement-plan tables not as planned')
    for b in plans:
        for row in b['line'].split('\n')[2:]:
            if not re.search(r'\t2024年\d{1,2}月$', row):
                problems.append('plan row without a 2024年n月 date: ' + row[:30])
    if not any(b['type'] == 'table' and b['line'].split('\n')[1] == '会议\t频次\t主持人\t2023年召开次数'
               for b in body):
        problems.append('no meeting calendar')
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.1: the 2023 drop of 一次验收合格率 appears only in the table, and nowhere else is it discussed
    for b in body:
        if b['type'] == 'text' and '验收合格率' in b['line']:
            problems.append('text mentions 验收合格率 (%s)' % b['clause'])
    # 7.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.4' and re.search('澌瑗|琂澧|璡湉|瞫岳', b['line']):
            problems.append('7.4 names a peer, benchmark or the survey firm')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
