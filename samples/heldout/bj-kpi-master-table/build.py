#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-kpi-master-table from source.txt.

A Beijing municipal state-owned water-supply company, 北京澯涘供水有限责任公司 (made up; its parent
北京涘源城市水务投资集团, its peers 天津瀍泖供水有限公司 and 石家庄玶澧水务集团有限公司, its benchmark
深圳珵淏水务集团, the survey firm 北京瑓湁市场调查有限公司 and the 北方城市供水企业联席会 are made up too;
2,218 staff), written by its 企业管理部 in a precise voice (document names, counts, deadlines, 口径).

Layout: ALL RESULT FIGURES IN ONE MASTER TABLE.
- Markdown. One ``#`` title line and a cover block (front matter, ``@P -``).
- ``## 组织概述`` (= 0) with ``### （一）组织描述`` (0.1) and ``### （二）组织面临的挑战`` (0.2); chapters
  ``## 一、领导`` … ``## 七、结果`` (the standard's titles); items ``### （一）…`` numbered by position and
  restarting in every chapter; 8 item titles in the company's words (``（一）班子引领与文化建设`` = 1.1,
  ``（二）公司治理与风险防控`` = 1.2, ``（一）规划目标的分解与落实`` = 2.2, ``（一）了解用户与市场`` = 3.1,
  ``（二）用户关系与满意度管理`` = 3.2, ``（三）信息化与知识管理`` = 4.3, ``（五）水厂、管网与设施保障`` = 4.5,
  ``（二）供水运行过程的控制与改进`` = 5.2).
- Pipe tables (caption line ``表n-m …`` directly above the rows, one block): only 表0-1 in the profile
  and the master table.
- Chapter 七: an intro paragraph (= 7) saying that all figures are in 表7-1; then every result item
  ``### （一）产品和服务结果`` … ``### （六）领导方面的结果`` (the standard's titles) with 1-2 short prose
  paragraphs (prose series, a ranking, the explanations); then, after the last item's prose and so under
  the heading of 7.6, ONE master table ``表7-1 关键绩效指标一览`` with the columns ``对应条款 | 指标 |
  2021年 | 2022年 | 2023年 | 行业平均（2023年） | 标杆（2023年）`` and 24 rows (``7.1`` … ``7.6`` repeated
  in the first column), labelled ``7`` (the category), and a ``注：“—”表示……`` line (= 7).
  7.4 (five indicators) is answered in the table only; its prose has no year series.

Planted defects:
- 2.1 战略制定 missing everywhere (no environment analysis, no description of how the strategy or its
  goals were set, no list of strategic goals with a timetable); ``## 二、战略`` holds only
  ``### （一）规划目标的分解与落实``, which is 2.2 (ordinal trap). The 2.2 text mentions in passing that the
  十四五 plan was approved by the board; the profile's 0.2 names challenges and strengths (profile content).
- 7.5 has 2022-2023 only: the three 7.5 rows of 表7-1 have ``—`` in the 2021 column; 2021 appears only in
  the sentence saying that the older figures were estimated by hand and are not given (``不再列示``).
  It has 行业平均 / 标杆 columns and names both peers and the benchmark in its prose.
- 7.6 has 2021-2023 but no comparison: its five rows have ``—`` in both comparison columns and its prose
  gives only 目标值.
- Unfavourable results: 7.1 供水管网压力合格率 98.6 -> 98.9 -> 97.8, below 行业平均 98.5, only in 表7-1
  (unexplained); 7.2 水费回收率 2022 dip (纾困缓缴) and 7.3 净利润 / 净资产收益率 2022 drop (电价、药剂、
  纾困、水价) are explained. Falling 浊度, 投诉量, 资产负债率, 产销差率, 电耗, 修复时长 are favourable.
- One 4.2 paragraph (全面预算管理) sits at the end of 1.2 ``（二）公司治理与风险防控`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-kpi-master-table/build.py
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
    'expected_missing': ['2.1'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 2.1 战略制定 must be absent everywhere: no environment analysis, no account of how the strategy and
    # its goals were set, no list of strategic goals with a timetable.
    'forbidden_words': ['战略制定', '制定战略', '战略分析', '环境分析', 'SWOT', 'PEST', '战略研讨', '规划编制',
                        '编制规划', '编制“十四五”', '形势研判', '环境扫描', '战略目标', '确定战略', '战略选择',
                        '战略方向', '战略定位', '发展定位', '战略举措', '规划目标为', '规划提出'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '供水管网压力合格率（98.6%→98.9%→97.8%，2023年下降，低于行业平均98.5%；只在表7-1中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '水费回收率（2022年由99.1%降至97.6%）', 'explained': True},
        {'clause': '7.3', 'indicator': '净利润、净资产收益率（2022年由2.36亿元、4.1%降至1.71亿元、2.9%）',
         'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有独资供水企业（北京澯涘供水有限责任公司不存在；出资人北京涘源城市水务投资集团、'
        '对比对象天津瀍泖供水有限公司和石家庄玶澧水务集团有限公司、标杆深圳珵淏水务集团、调研机构北京瑓湁市场调查有限公司、'
        '北方城市供水企业联席会均为虚构，人名、数字和奖项都是编的），在册员工2,218人。企业管理部执笔，精确、讲口径的口吻。'
        '版式是本样本的重点：结果章逐条简述，全部数据集中在一张总表。Markdown；一行“#”标题和封面信息块（@P -）；'
        '“## 组织概述”（标0）下“### （一）组织描述”=0.1、“### （二）组织面临的挑战”=0.2；“## 一、领导”…“## 七、结果”'
        '（准则原标题，标1…7）；条目“### （一）…”按在本章中的位置编号、每章重新编号，8个条目标题用公司自己的说法'
        '（班子引领与文化建设=1.1、公司治理与风险防控=1.2、规划目标的分解与落实=2.2、了解用户与市场=3.1、'
        '用户关系与满意度管理=3.2、信息化与知识管理=4.3、水厂、管网与设施保障=4.5、供水运行过程的控制与改进=5.2）。'
        '表格为pipe表，表题行在表上方，属于表格块。第七章：引言一段（标7）说明全部数据见表7-1；六个结果条目'
        '“### （一）产品和服务结果”…“### （六）领导方面的结果”各1～2段简短文字（含文字年度序列、排名和原因说明）；'
        '第七章末、即（六）的标题之下，是唯一的总表“表7-1 关键绩效指标一览”，列为“对应条款｜指标｜2021年｜2022年｜'
        '2023年｜行业平均（2023年）｜标杆（2023年）”，24行，首列为7.1…7.6，整表标7（类目）；表后“注：”一行标7。'
        '7.4五项指标的三年数据和对比只在总表中，文字没有年度序列。'
        '刻意缺陷：2.1 战略制定整条缺失（全文没有内外部环境分析、战略和战略目标如何确定、战略目标及时间表），'
        '“## 二、战略”下只有“### （一）规划目标的分解与落实”，它是2.2（序号陷阱）；2.2只顺带提到“十四五”规划经董事会审议通过，'
        '0.2的挑战和优势属于组织概述。7.5 只有2022年和2023年：总表中7.5三行的2021年列为“—”，2021年只出现在说明此前数据'
        '为人工估算、口径不同、“不再列示”的句子里；有行业平均和标杆列，文字中点名同行和标杆。7.6 有2021—2023年三年数据，'
        '但总表中7.6五行的两个对比列都是“—”，文字只给目标值，没有对手、行业、标杆或排名对比。不利结果：7.1 供水管网压力合格率'
        '98.6%、98.9%、97.8%，2023年下降且低于行业平均98.5%，只出现在表7-1中，正文没有提及或解释；7.2 水费回收率2022年下降'
        '（已解释：落实纾困政策缓缴）；7.3 净利润和净资产收益率2022年下降（已解释：电价和药剂涨价、纾困减免、水价未调整）。'
        '浊度、投诉量、资产负债率、产销差率、电耗和修复时长越低越好，下降是有利结果；与标杆的差距不列为不利结果。'
        '一段回答4.2（全面预算管理）的段落放在1.2“（二）公司治理与风险防控”末尾（misplaced）。'
        '组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def read_pipe_table(head, body, chunk):
    """``@T clause``: a caption line, then Markdown pipe-table rows kept verbatim (one block)."""
    clause = head.split()[1]
    lines = [ln.strip() for ln in body if ln.strip()]
    return {'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(lines)}


def parse(path):
    return parse_source(path, extra={'@T ': read_pipe_table})


def cells(row):
    return [c.strip() for c in row.strip().strip('|').split('|')]


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    tables = [b for b in body if b['type'] == 'table']
    for t in tables:
        rows = t['line'].split('\n')
        if not re.match(r'表\d+-\d+ ', rows[0]):
            problems.append('table caption not 表n-m: ' + rows[0])
        if not all(r.startswith('|') and r.endswith('|') for r in rows[1:]):
            problems.append('table rows not pipe rows: ' + rows[0])
        if not re.fullmatch(r'\|( --- \|)+', rows[2]):
            problems.append('no delimiter row: ' + rows[0])
    # the master table: the only table of chapter 7, labelled 7, after the 7.6 heading
    ch7 = [t for t in tables if t['clause'] and t['clause'].startswith('7')]
    if len(ch7) != 1 or ch7[0]['clause'] != '7' or not ch7[0]['line'].startswith('表7-1 关键绩效指标一览'):
        problems.append('chapter 7 must hold exactly one table, 表7-1, labelled 7')
        return problems
    rows = ch7[0]['line'].split('\n')
    if cells(rows[1]) != ['对应条款', '指标', '2021年', '2022年', '2023年', '行业平均（2023年）', '标杆（2023年）']:
        problems.append('master table header not as planned')
    data = [cells(r) for r in rows[3:]]
    if not 15 <= len(data) <= 25:
        problems.append('master table has %d rows' % len(data))
    if sorted({r[0] for r in data}) != ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6']:
        problems.append('master table does not cover 7.1-7.6')
    for r in data:
        if r[0] == '7.5' and (r[2] != '—' or '—' in (r[3], r[4])):
            problems.append('7.5 row not 2022-2023 only: ' + r[1])
        if r[0] == '7.6' and (r[5] != '—' or r[6] != '—' or '—' in r[2:5]):
            problems.append('7.6 row not 3 years without comparison: ' + r[1])
        if r[0] not in ('7.5', '7.6') and ('—' in r[2:5] or (r[5] == '—' and r[6] == '—')):
            problems.append('complete item row lacks years or comparison: ' + r[1])
    last_head = None
    for b in blocks:
        if b['type'] == 'heading':
            last_head = b
        elif b is ch7[0] and last_head['clause'] != '7.6':
            problems.append('master table not under the 7.6 heading')
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.6 prose: 目标值 only
    if not any(b['clause'] == '7.6' and '目标值' in b['line'] for b in body):
        problems.append('7.6 prose gives no 目标值')
    # 7.1 压力合格率 only in the master table
    for b in body:
        if b['type'] == 'text' and '压力合格率' in b['line']:
            problems.append('压力合格率 mentioned in text: ' + b['line'][:30])
    # 7.4 prose has no year series (its years are in the table only)
    for b in body:
        if b['clause'] == '7.4' and re.search(r'202[12]', b['line']):
            problems.append('7.4 prose gives earlier years')
    # ordinal trap: the only item heading under 二、 is （一） and answers 2.2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 二、'))
    if not (heads[idx + 1]['line'].startswith('### （一）') and heads[idx + 1]['clause'] == '2.2'
            and heads[idx + 2]['line'].startswith('## 三、')):
        problems.append('ordinal trap under 二、 not as planned')
    # items: ### （一）… restarting per chapter
    for h in heads:
        if h['level'] == 2 and not re.match(r'### （[一二三四五六]）', h['line']):
            problems.append('item heading not ### （n）: ' + h['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse)
