#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-twolevel-headers from source.txt.

A Wuhan state-holding maker of rail-transit traction motors and traction gearboxes, 武汉琤漾轨道传动股份有限公司
(made up; its controlling shareholder 武汉溁江装备控股集团有限公司, its competitors 株洲瑅沨牵引电机有限公司 and
大连瓅洄传动设备有限公司, its benchmark 青岛璪汭驱动技术集团, the survey firm 武汉璘淞市场调查有限公司 and the
轨道交通传动装备产业联盟 are made up too; 2,046 staff), written by its 企业管理部 in a sober, matter-of-fact voice
(三会一层, 事业部制, 一主两翼, 经营驾驶舱, 8D, ISO/TS 22163).

Layout: RESULT TABLES WITH TWO-LEVEL HEADERS, written as Markdown pipe tables.
- Markdown. ``#`` title (level 0), a cover block and an 编制说明 paragraph (front matter, ``@P -``).
- ``## 5.1 组织环境`` (level 1) with four ``###`` sub-heads ``一、组织概况`` … ``四、改进系统`` (level 2, = 5.1);
  chapters ``## 5.2 领导作用`` … ``## 5.7 质量提升`` with the Wuhan numbers; items ``### 5.x.y …`` with the
  standard's true numbers (5.x.1 概述 not written); 7 item titles in the company's own words
  (5.2.2 把方向、立文化, 5.2.4 经营发展成效, 5.3.3 规划落地与动态调整, 5.4.2 主机厂与运营商客户,
  5.4.4 客户与市场表现, 5.6.3 从课题到装车, 5.7.3 产品质量保证). Intro paragraph under ``## 5.6`` (= 5.6).
- Every table is one block: a caption line ``表n-m …`` followed directly by a pipe table with a ``| --- |``
  separator line. Most result tables have TWO header rows: the first (above the separator) carries the groups,
  the second (the first row below the separator) the columns. Five forms:
  表2-1 years as groups over ``本公司 | 行业平均`` pairs; 表3-2 ``本公司 ×3 | 对比（2023年） ×2`` over
  ``2021年 2022年 2023年 | 瑅沨电机 | 行业平均``; 表4-1 merged cells left empty (``本公司 |  |  | 2023年同行比较 |  |``
  over a second row with an empty first cell); 表5-1 years as groups over ``目标 | 实际`` pairs; 表6-1 years as
  ROWS under indicator groups over ``本公司 | 瑅沨电机`` / ``本公司 | 行业平均``; 表7-1 ``2021年 2022年 2023年 2023年
  2023年`` over ``本公司 ×3 | 瑅沨电机 | 璪汭集团（标杆）``. Ordinary one-header tables: 表1-1 (profile),
  表3-1 (process table of strategic initiatives), 表7-2 (years as columns + ``行业平均（2023年）``). Also prose
  series (5.2.4, 5.3.4, 5.4.4) and rankings (5.2.4, 5.3.4, 5.4.4, 5.7.4).
- Back matter: ``## 结束语`` (heading clause null) and one paragraph (``@P -``).

Planted defects:
- 5.4.3 品牌管理 missing everywhere (no brand planning, positioning, identity, communication, media, trade
  marks, protection or brand evaluation; the word 品牌 occurs only in the chapter heading ``## 5.4 品牌影响``).
  ``### 5.4.2 主机厂与运营商客户`` is followed directly by ``### 5.4.4 客户与市场表现``: the numbers are the true
  ones, so the gap is visible (the ordinal position of 5.4.4 is the second item of its chapter).
- 5.6.4 has 2022-2023 only (表6-1 with years as rows, and prose); 2021 appears only in the sentence saying the
  R&D and patent statistics were re-based when the 技术研究院 was formed in 2022 (``不再列示``). It has
  瑅沨电机 / 行业平均 columns and a 璪汭集团 comparison in the text.
- 5.5.4 has 2021-2023 (表5-1, years as groups over ``目标 | 实际``) but no comparison: only annual targets and
  ``国家职业卫生标准``.
- Unfavourable results: 5.4.4 主机厂顾客满意度 90.6 -> 91.4 -> 89.8, below 瑅沨电机 90.7, only in 表4-1
  (unexplained); 5.2.4 营业收入 / 利润总额 / 销售利润率 / 净资产收益率 and the 营业收入增长率 below 行业平均
  (2022) explained; 5.7.4 齿轮箱出厂一次交检合格率 98.65 -> 98.21 (2022) explained.
- One 5.6.3 paragraph (成果和知识管理: patents, technical secrets, PLM knowledge base) sits at the end of
  ``### 5.5.2 员工管理`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-twolevel-headers/build.py
"""

import os
import re
import sys

ALL = ['5.1',
       '5.2', '5.2.2', '5.2.3', '5.2.4',
       '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4',
       '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4',
       '5.7', '5.7.2', '5.7.3', '5.7.4']

STANDARD_TITLES = {
    '5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果',
    '5.3.2': '战略制定', '5.3.3': '战略实施', '5.3.4': '战略发展的结果',
    '5.4.2': '顾客市场', '5.4.3': '品牌管理', '5.4.4': '品牌影响的结果',
    '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果',
    '5.6.2': '创新系统', '5.6.3': '创新实践', '5.6.4': '创新驱动的结果',
    '5.7.2': '运营质量', '5.7.3': '产品和服务质量', '5.7.4': '质量提升的结果',
}

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': 3000,  # 单位简介 <= 3,000 字 (application form); the profile stays well under it
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.4.3 品牌管理 must be absent everywhere: no brand planning, positioning, identity, culture,
    # communication, media, trade marks, brand protection or brand evaluation.
    'forbidden_words': ['品牌', '商标', '宣传', '传播', '广告', '媒体', '展会', '知名度', '美誉度', '侵权',
                        '标识', '形象', '口碑', '商誉', '声誉', 'logo', 'LOGO', '推广'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '主机厂顾客满意度（90.6→91.4→89.8分，2023年下降，低于瑅沨电机90.7分；只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4',
         'indicator': '营业收入、利润总额、销售利润率、净资产收益率（2022年由24.8亿元、2.31亿元、9.3%、11.6%降至'
                      '23.6亿元、1.72亿元、7.3%、8.4%；营业收入增长率-4.8%低于行业平均-2.6%）',
         'explained': True},
        {'clause': '5.7.4',
         'indicator': '齿轮箱出厂一次交检合格率（2022年由98.65%降至98.21%）',
         'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉市属国有控股轨道交通牵引电机和牵引齿轮箱制造企业（武汉琤漾轨道传动股份有限公司不存在；'
        '控股股东武汉溁江装备控股集团有限公司、竞争对手株洲瑅沨牵引电机有限公司和大连瓅洄传动设备有限公司、'
        '标杆青岛璪汭驱动技术集团、调查机构武汉璘淞市场调查有限公司、轨道交通传动装备产业联盟均为虚构，人名、数字和奖项都是编的），'
        '员工2,046人。企业管理部执笔，口吻平实克制。版式是本样本的重点：结果表格采用两层表头，写成Markdown管道表格。'
        '“#”标题（level 0），封面信息块和“编制说明”（@P -）；“## 5.1 组织环境”下四个“###”小标题“一、组织概况”…“四、改进系统”（标5.1）；'
        '“## 5.2 领导作用”…“## 5.7 质量提升”用武汉标准编号；条目“### 5.x.y …”用标准的真实编号（不写5.x.1概述），'
        '7个条目标题用企业自己的说法（5.2.2 把方向、立文化；5.2.4 经营发展成效；5.3.3 规划落地与动态调整；'
        '5.4.2 主机厂与运营商客户；5.4.4 客户与市场表现；5.6.3 从课题到装车；5.7.3 产品质量保证）；“## 5.6”下有一段引言（标5.6）。'
        '每张表是一个块：表题行“表n-m …”后紧跟管道表格（含“| --- |”分隔行）。多数结果表有两行表头：分隔行之上的第一行是分组，'
        '分隔行之下的第一行是列名。五种形式：表2-1 年份分组、每年“本公司|行业平均”成对；表3-2 “本公司”×3与“对比（2023年）”×2分组，'
        '下行为“2021年 2022年 2023年 瑅沨电机 行业平均”；表4-1 合并单元格留空（“本公司| | |2023年同行比较| ”，第二行首格为空）；'
        '表5-1 年份分组、每年“目标|实际”成对；表6-1 年份为行、指标分组、每个指标“本公司|瑅沨电机”或“本公司|行业平均”成对；'
        '表7-1 “2021年 2022年 2023年 2023年 2023年”之下为“本公司×3|瑅沨电机|璪汭集团（标杆）”。普通单行表头表格：表1-1（组织概况）、'
        '表3-1（战略举措，过程表）、表7-2（年份为列加“行业平均（2023年）”列）。另有文字数列（5.2.4、5.3.4、5.4.4）和排名'
        '（5.2.4、5.3.4、5.4.4、5.7.4）。文末“## 结束语”（标题clause为null）和一段back matter（@P -）。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（全文没有品牌策划、定位、标识、传播、媒体、商标、品牌保护或品牌评价，“品牌”二字只出现在'
        '章标题“## 5.4 品牌影响”中），“### 5.4.2 主机厂与运营商客户”之后直接是“### 5.4.4 客户与市场表现”，编号是真实的，缺口可见。'
        '5.6.4 只有2022年和2023年（表6-1年份为行，另有文字），2021年只出现在说明2022年组建技术研究院后研发费用和专利统计口径调整、'
        '此前数据“不再列示”的句子里；有瑅沨电机、行业平均列和正文中的璪汭集团比较。5.5.4 有2021—2023年三年数据（表5-1“目标|实际”），'
        '但只有年度目标和“国家职业卫生标准”，没有对手、行业、标杆或排名比较。不利结果：5.4.4 主机厂顾客满意度90.6、91.4、89.8分，'
        '2023年下降且低于瑅沨电机90.7分，只出现在表4-1中，正文未提及或解释；5.2.4 营业收入、利润总额、销售利润率、净资产收益率2022年下降，'
        '营业收入增长率-4.8%低于行业平均-2.6%（已解释：三座城市新线车辆招标推迟、铜材和稀土永磁材料涨价而合同固定价格）；'
        '5.7.4 齿轮箱出厂一次交检合格率2022年由98.65%降至98.21%（已解释：阳逻新工厂试生产、新磨齿机调试、新员工占比高）。'
        '一段回答5.6.3（成果和知识管理：专利与技术秘密组合保护、专利挖掘、PLM知识库）的段落放在“### 5.5.2 员工管理”末尾（misplaced）。'
        '其他说明：流失率、千人工伤率、投诉、故障率、质量损失率、能耗、资产负债率、生产周期越低越好，下降是有利结果；'
        '表7-1中本公司2023年值低于标杆璪汭集团属对标差距（电机合格率差距在缩小），不列为不利结果。组织环境（5.1段落，不含标题）低于3,000字。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems, parse_source


def read_pipe_table(head, body, chunk):
    """``@T clause``: a caption line, then Markdown pipe-table rows kept verbatim."""
    clause = head.split()[1]
    rows = [ln.rstrip() for ln in body]
    return {'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(rows)}


def parse(path):
    return parse_source(path, extra={'@T ': read_pipe_table})


def cells(row):
    return [c.strip() for c in row.strip().strip('|').split('|')]


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # tables: caption 表n-m, a pipe header row, a separator row; count two-level headers
    two_level = []
    for b in body:
        if b['type'] != 'table':
            continue
        lines = b['line'].split('\n')
        if not re.match(r'表\d+-\d+ ', lines[0]):
            problems.append('table caption not 表n-m: ' + lines[0])
        if not (lines[1].startswith('|') and re.fullmatch(r'\|( --- \|)+', lines[2])):
            problems.append('not a pipe table with a separator: ' + lines[0])
            continue
        h1, h2 = cells(lines[1]), cells(lines[3])
        if len(h1) != len(h2):
            problems.append('ragged header in ' + lines[0])
        # a second header row: no digits except in year labels, same first cell or empty
        if (h2[0] in (h1[0], '')) and not re.search(r'\d', re.sub(r'20\d\d年', '', ''.join(h2))):
            two_level.append((b['clause'], lines[0].split()[0]))
    if len(two_level) < 5:
        problems.append('expected at least 5 two-level-header tables, got %s' % two_level)
    for c in ('5.2.4', '5.3.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4'):
        if c not in {x[0] for x in two_level}:
            problems.append('result item %s has no two-level-header table' % c)
    # the gap: ### 5.4.2 is followed directly by ### 5.4.4
    i = next(k for k, h in enumerate(heads) if h['clause'] == '5.4.2')
    if not (heads[i + 1]['clause'] == '5.4.4' and heads[i + 1]['line'].startswith('### 5.4.4 ')):
        problems.append('5.4.2 not followed directly by ### 5.4.4')
    if any(h['clause'] == '5.4.3' for h in heads):
        problems.append('a 5.4.3 heading exists')
    # item titles: at least 5 in the company's own words
    own = [h for h in heads if h['clause'] in STANDARD_TITLES and h['level'] == 2
           and not h['line'].endswith(STANDARD_TITLES[h['clause']])]
    if len(own) < 5:
        problems.append('only %d own-words titles' % len(own))
    # 5.6.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.6.4':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.6.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the 2023 fall of 主机厂顾客满意度 appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and re.search('主机厂顾客满意|主机厂满意', b['line']):
            problems.append('5.4.4 text mentions 主机厂顾客满意度')
    # 5.5.4: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '5.5.4' and re.search('瑅沨|瓅洄|璪汭|璘淞|产业联盟', b['line']):
            problems.append('5.5.4 names a comparator')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
