#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-numline from source.txt.

A Wuhan private maker of elevator and escalator components, 武汉翥崟电梯部件股份有限公司 (made up; about
1,400 staff; elevator door systems, permanent-magnet synchronous traction machines, escalator drives), its
competitors 苏州濛瓴门机系统有限公司 (door systems) and 宁波峣沨曳引机有限公司 (traction machines), its benchmark
上海璁榉电梯部件集团 and the survey firm 沺霁调研 are made up too. Written by its 质量管理部 and 战略运营部 in a
plain engineering-manager voice: short sentences, many numbers, PPAP / FMEA / OEE / SPC / 8D / LPA.

Layout: TEXT COPIED OUT OF A DESIGNED PDF WHOSE HEADING NUMBERS WERE SEPARATE TEXT BOXES.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a 说明 paragraph (front matter, ``@P -``).
- Every heading is split in two blocks: one block holds only the number (``5.3``, ``5.3.2``, ``一``, ``(1)``)
  and the next block holds only the title (``战略发展``, ``战略制定``, ``组织概况``, ``供应商分级``). Both blocks
  are headings labelled with the same clause and level.
- Four headings kept number and title on one line (``5.3.3 战略实施``, ``5.4.3 品牌管理``,
  ``5.5.4 员工契合的结果``, ``5.7 质量提升``).
- Categories carry the standard's numbers 5.1 … 5.7 (level 1); items 5.x.2–5.x.4 with the standard's numbers
  and titles (level 2, 5.x.1 概述 not written); the profile 5.1 has sub-heads ``一`` / ``组织概况`` …
  ``四`` / ``改进系统`` (level 2, labelled 5.1).
- The writer's own sub-heads in three items, also split: ``(1)`` / ``治理结构`` … in 5.2.3, ``(1)`` /
  ``供应商分级`` … in 5.7.2, ``(1)`` / ``质量体系`` … in 5.7.3 (level 3, labelled with their item).
- Short intro paragraphs under 5.2, 5.6 and 5.7 (labelled with the category).
- Results: tables with short years ``21年 | 22年 | 23年`` as columns and ``濛瓴门机（23年）`` /
  ``峣沨曳引（23年）`` / ``行业平均（23年）`` columns (表2-1, 表4-1); 表3-1 with years as rows ``FY21`` ``FY22``
  ``FY23`` plus competitor / 标杆 / 行业平均 rows; prose series ``2021—2023年分别为…`` (5.2.4, 5.4.4, 5.6.4, 5.7.4).
- Back matter: a ``结语`` heading (clause null) and one paragraph (``@P -``). No page headers or footers.

Planted defects:
- 5.6.3 创新实践 missing everywhere (no planning of innovation work, no collection of ideas, no managing or
  monitoring of innovation work, no patent or IP management, no knowledge management). ``5.6`` has ``5.6.2`` /
  ``创新系统`` followed directly by ``5.6.4`` / ``创新驱动的结果``: the numbers are the real ones (not shifted),
  but by position the second item of the category is 5.6.4 (ordinal trap).
- 5.5.4 has 2022-2023 only (表5-1 ``22年 | 23年``); 2021 appears only in the sentence saying the e-HR statistics
  changed in 2022 and older figures are not comparable (``不再列出``). It has 濛瓴门机 and 行业平均 columns.
- 5.7.4 has 2021-2023 but only ``23年目标值`` and ``国家标准要求`` columns (no comparison).
- 5.4.4 主机厂顾客满意度 91.8 -> 92.6 -> 90.9, below 濛瓴门机 91.7 and 行业平均 91.3, only in 表4-1
  (unexplained); 5.2.4 利润总额 / 净利润 / 销售净利率 (2022) and 5.7.4 曳引机出厂一次交检合格率 (2022) explained.
- One 5.4.2 paragraph (顾客支持: 驻厂工程师、400热线、响应时限) sits at the end of 5.7.3, under its
  sub-head ``(3)`` / ``持续改进`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-numline/build.py
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
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (10000, 14000),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.7.4'],
    # 5.6.3 创新实践 must be absent everywhere: no planning of innovation work, no collection or screening of
    # ideas, no management, risk control or monitoring of innovation work, no IP / patent management, no
    # knowledge management. (5.6.4 reports patent counts as a result.)
    'forbidden_words': ['创意', '点子', '立项', '项目评审', '阶段评审', '门径', '知识管理', '知识库', '经验库',
                        '知识产权', '专利布局', '专利申请', '专利管理', '成果转化', '转化率', '创新计划',
                        '创新项目', '研发项目', '项目管理', '里程碑', '经验教训', '创新监测', '合理化建议',
                        '技术秘密', '创新行动', '创新实践', '知识共享', '知识分享'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '主机厂顾客满意度（91.8→92.6→90.9分，2023年下降，低于濛瓴门机91.7分和行业平均91.3分；'
                      '只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '利润总额、净利润、销售净利率（2022年由1.52亿元、1.31亿元、7.8%降至'
                                         '1.18亿元、1.02亿元、5.9%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '曳引机出厂一次交检合格率（2022年由98.86%降至98.12%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类2022，虚构的武汉民营电梯及扶梯部件制造企业（武汉翥崟电梯部件股份有限公司不存在；竞争对手苏州濛瓴门机系统'
        '有限公司、宁波峣沨曳引机有限公司，标杆上海璁榉电梯部件集团，调研机构沺霁调研均为虚构，人名、数字和荣誉都是编的），'
        '员工1,426人，产品为电梯门系统、永磁同步曳引机、扶梯驱动主机及梯级。质量管理部和战略运营部执笔，朴素的工程经理口吻：'
        '短句、数字多、夹英文缩写（PPAP、FMEA、OEE、SPC、8D、LPA）。版式是本样本的重点：文本从设计排版的PDF里复制出来，'
        '标题的编号和标题文字原是两个文本框，所以每个标题都拆成两块：一块只有编号（“5.3”“5.3.2”“一”“(1)”），下一块只有标题'
        '（“战略发展”“战略制定”“组织概况”“供应商分级”），两块都标为同一条款、同一层级的标题。有四个标题编号和标题在同一行'
        '（“5.3.3 战略实施”“5.4.3 品牌管理”“5.5.4 员工契合的结果”“5.7 质量提升”）。纯文本，没有#；两行标题（level 0，'
        'clause为null），封面信息块和一段“说明：”（@P -）；类目用准则编号5.1…5.7（level 1），条款用准则编号和原标题'
        '（level 2，不写5.x.1）；5.1下有“一/组织概况”…“四/改进系统”（level 2，标5.1）；5.2.3、5.7.2、5.7.3内有公司自拟的'
        '小标题，也拆成“(1)”和“治理结构”“供应商分级”“质量体系”等两块（level 3，标所属条款）；5.2、5.6、5.7下各有一段引言'
        '（标类目号）。结果：年份为列的表格（“21年 | 22年 | 23年”，带“濛瓴门机（23年）”“峣沨曳引（23年）”“行业平均（23年）”列，'
        '表2-1、表4-1），年份为行的表3-1（“FY21”“FY22”“FY23”，另有对手、标杆和行业平均行），散文式数列“2021—2023年分别为…”。'
        '文末“结语”标题（clause为null）和一段结语（@P -），没有页眉页脚。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创新工作的策划、创意收集、实施管理和监测，没有知识产权和知识管理），'
        '“5.6/创新驱动”下是“5.6.2/创新系统”，接着直接是“5.6.4/创新驱动的结果”：编号都是真实条款号、没有顺移，'
        '但按位置第二个条款是5.6.4（序号陷阱）；5.6.4只把有效发明专利数作为结果报告。'
        '5.5.4 只有2022年和2023年两年（表5-1“22年 | 23年”；2021年只出现在说明2022年上线e-HR、此前数据口径不可比'
        '“不再列出”的句子里），有濛瓴门机和行业平均对比列和一个排名。5.7.4 有2021—2023年三年数据（表7-1），但只有“23年目标值”'
        '和“国家标准要求”列，没有对手、行业、标杆或排名对比。不利结果：5.4.4 主机厂顾客满意度91.8、92.6、90.9分，2023年下降，'
        '低于濛瓴门机91.7分和行业平均91.3分，只出现在表4-1中，正文没有提及或解释；5.2.4 利润总额、净利润、销售净利率2022年下降'
        '（已解释：磁钢涨价约40%、房地产新开工减少、主机厂压价）；5.7.4 曳引机出厂一次交检合格率2022年下降（已解释：'
        '新一代曳引机平台投产，编码器安装和气隙调整工序波动）。一段回答5.4.2（顾客支持：驻厂工程师、400热线和微信小程序报修、'
        '响应和到场时限）的段落放在5.7.3末尾“(3)/持续改进”之下（misplaced）。其他结果：投诉率、流失率、工伤率、零公里PPM、'
        '质量损失率、交付周期、能耗、资产负债率越低越好，下降是有利结果；与标杆璁榉集团的差距（5.3.4门系统份额、出口占比在正文中说明，'
        '表3-1中曳引机份额、加装及更新占比、IE4占比只列标杆FY23值；5.6.4研发投入强度逐年缩小）不列为不利结果。组织环境（5.1段落）约1,800字，武汉标准本身未规定上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

NUMBER_ONLY = re.compile(r'^(5(\.\d){1,2}|[一二三四五六七八九十]+|\(\d\))$')
ONE_LINE = re.compile(r'^(5(\.\d){1,2}) \S+$')
OLD_YEAR = re.compile(r'20(1\d|20|21)|(?<![0-9])21年|FY21')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # split headings: a number-only heading is followed by its title heading (same clause and level)
    one_line, subheads = [], {}
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b['type'] != 'heading' or b['level'] == 0 or b['clause'] is None:
            i += 1
            continue
        if NUMBER_ONLY.match(b['line']):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if not nxt or nxt['type'] != 'heading' or nxt['clause'] != b['clause'] or nxt['level'] != b['level'] \
                    or NUMBER_ONLY.match(nxt['line']) or re.match(r'^[\d(]', nxt['line']):
                problems.append('number-only heading %s not followed by its title' % b['line'])
            if re.match(r'^5\.', b['line']) and b['line'] != b['clause']:
                problems.append('heading number %s labelled %s (numbers must not be shifted)' % (b['line'], b['clause']))
            if b['line'].startswith('('):
                subheads.setdefault(b['clause'], []).append(b['line'])
            i += 2
            continue
        m = ONE_LINE.match(b['line'])
        if m:
            if m.group(1) != b['clause']:
                problems.append('one-line heading %s labelled %s' % (b['line'], b['clause']))
            one_line.append(b['line'])
            i += 1
            continue
        problems.append('heading neither split nor numbered: ' + b['line'])
        i += 1
    if len(one_line) != 4:
        problems.append('expected 4 one-line headings, got %s' % one_line)
    if sorted(subheads) != ['5.2.3', '5.7.2', '5.7.3'] or any(v != ['(1)', '(2)', '(3)'] for v in subheads.values()):
        problems.append('own sub-heads not as planned: %s' % subheads)
    # ordinal trap: under 5.6 the item headings are 5.6.2 and then 5.6.4
    items = [b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 2
             and b['line'].startswith('5.6.')]
    if items != ['5.6.2', '5.6.4']:
        problems.append('5.6 items not as planned: %s' % items)
    # 5.5.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if OLD_YEAR.search(sent) and '不再列出' not in sent:
                    problems.append('5.5.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the drop of 主机厂顾客满意度 appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '满意' in b['line']:
            problems.append('5.4.4 text mentions 满意度')
    # 5.7.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.7.4' and re.search('濛瓴|峣沨|璁榉', b['line']):
            problems.append('5.7.4 names a competitor or benchmark')
    # result tables: short years as columns in 表2-1 / 表4-1, FY rows in 表3-1
    caps = {b['line'].split('\n')[0].split(' ')[0]: b['line'] for b in body if b['type'] == 'table'}
    for t in ('表2-1', '表4-1'):
        if '21年\t22年\t23年' not in caps.get(t, ''):
            problems.append(t + ' has no 21年/22年/23年 columns')
    if not all(('\nFY%d\t' % y) in caps.get('表3-1', '') for y in (21, 22, 23)):
        problems.append('表3-1 has no FY21/FY22/FY23 rows')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
