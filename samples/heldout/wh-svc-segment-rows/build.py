#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-segment-rows from source.txt.

A Wuhan private chain of driving schools and motor-vehicle inspection stations, 武汉骙湄驾培检测有限公司
(made up; 1,198 staff; 5 driving-school branches 东西湖 / 江夏 / 黄陂 / 蔡甸 / 洪山, 3 inspection stations
汉西 / 阳逻 / 纸坊, brands 骙湄学驾 / 骙湄验车; its competitors 武汉骃澧驾驶培训有限公司 (骃澧驾校) and
武汉璟骢机动车检测有限公司 (璟骢检测), its benchmark 杭州骕漪驾培检测集团 (骕漪集团) and the survey firm
武汉翾岫市场调查有限公司 (翾岫调查) are made up too), written by its 运营管理部 in a plain multi-branch
operations voice (分校站点, 一校一表, 责任书, 月报, 绿黄红灯).

Layout: RESULTS BROKEN DOWN BY BRANCH AND BUSINESS LINE.
- Markdown. ``#`` title, a cover block and an 编写说明 saying results are listed by 分校 / 检测站 / 业务线
  and that ``全公司`` is a total or weighted figure (front matter, ``@P -``).
- ``## 5.1 组织环境`` (= 5.1) with three ``###`` sub-heads in the company's words (公司是做什么的 /
  行业形势和竞争对手 / 优势、挑战和改进体系); chapters ``## 5.2 领导作用`` … ``## 5.7 质量提升``; items
  ``### 5.x.y`` with the standard's true numbers (5.x.1 not written); 7 of 16 item titles in the company's
  words (5.2.3 治理与风险防控, 5.2.4 经营与社会贡献成效, 5.3.3 规划落地, 5.3.4 规划目标完成情况,
  5.4.2 学员和车主, 5.5.3 让教练员愿意留下来, 5.6.4 创新成效; 5.7.3 教学与检测服务质量 is close to the
  standard's). One intro paragraph under ``## 5.7`` (= 5.7).
- Results: six tables with BRANCHES OR STATIONS AS ROWS and years as columns, the indicator named only in
  the caption (表2-2 各分校和检测站营业收入, 表3-2 各分校招生量 + 2023年目标值, 表4-2 各分校学员满意度 with
  全公司 and 行业平均 rows, 表5-2 各分校和检测站员工满意度 (2022/2023) with a 翾岫调查服务业样本平均 row,
  表7-1 各分校科目二一次考试合格率 with 全公司 / 全市平均 / 骃澧驾校 rows, 表7-2 各分校平均约车等待天数 with a
  骕漪集团 row); two tables with indicators as rows and a 业务线 / 检测站 column (表2-1 with 骃澧驾校（2023年） /
  行业平均（2023年） columns, 表7-3 with a 璟骢检测（2023年） column); ordinary years-as-columns tables
  (表3-1 with targets, 表4-1 with competitor / 行业平均 columns, 表5-1 two years); 表6-1 with YEARS AS ROWS
  plus 骃澧驾校 / 骕漪集团 rows; prose series by branch (5.4.4 检测站车主满意度, 5.6.4 模拟器使用比例,
  5.7.4 科目三合格率); rankings (全市驾校综合排名, 口碑榜, 市级优秀教练员人数, 科目二合格率排第1位).

Planted defects:
- 5.6.3 创新实践 missing everywhere (no innovation planning or idea collection, no deployment or risk
  control of innovation work, no monitoring of innovation, no IP / patent / knowledge management).
  ``## 5.6 创新驱动`` has ``### 5.6.2 创新系统`` followed directly by ``### 5.6.4 创新成效`` (true numbers,
  the gap shows; an ordinal reader would take the second item for 5.6.3).
- 5.5.4 has 2022-2023 only (表5-1, 表5-2, prose); 2021 appears only in the sentence saying the HR system went
  live in 2022 and earlier branch ledgers are not comparable (``不再列示``). It has 骃澧驾校 / 行业平均 columns,
  a 翾岫调查服务业样本平均 row and a ranking.
- 5.3.4 has 2021-2023 but only ``2023年目标值`` and ``2024年规划目标`` (no competitor, average, benchmark or rank).
- 5.4.4 学员满意度 全公司 91.2 -> 92.0 -> 90.6 (every branch falls in 2023) and below 行业平均 91.1 in 2023,
  only in 表4-2 (unexplained); 5.2.4 营业收入 / 净利润 (2022) and 5.3.4 招生量 (2022) and 机动车检测量
  (2022, still below 2021 in 2023) are explained.
- One 5.5.2 paragraph (教练员成长通道、培训学时、后备人选、培训效果评估 = 员工发展) sits at the end of
  ``### 5.7.3 教学与检测服务质量`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-segment-rows/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

STANDARD_TITLES = {
    '5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果',
    '5.3.2': '战略制定', '5.3.3': '战略实施', '5.3.4': '战略发展的结果',
    '5.4.2': '顾客市场', '5.4.3': '品牌管理', '5.4.4': '品牌影响的结果',
    '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果',
    '5.6.2': '创新系统', '5.6.3': '创新实践', '5.6.4': '创新驱动的结果',
    '5.7.2': '运营质量', '5.7.3': '服务质量', '5.7.4': '质量提升的结果',
}

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form's 3,000 字 is not in the labels)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.6.3 创新实践 must be absent everywhere: no innovation plans, idea collection, innovation projects and
    # their deployment or monitoring, no patents / IP, no knowledge management or sharing of results.
    'forbidden_words': ['创新策划', '创新实施', '创新监测', '创新计划', '创新行动', '创新项目', '创新成果',
                        '创新活动', '创意', '金点子', '合理化建议', '点子', '立项', '结题', '项目评审',
                        '成果转化', '成果推广', '专利', '知识产权', '著作权', '知识管理', '知识库', '案例库',
                        '经验库', '知识共享', '经验分享', '孵化'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '学员满意度（全公司91.2→92.0→90.6分，五所分校2023年全部下降，2023年低于行业平均91.1分；'
                      '只在表4-2中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入、净利润（2022年由3.52亿元、3,420万元降至3.18亿元、2,310万元）',
         'explained': True},
        {'clause': '5.3.4', 'indicator': '驾培招生量（2022年由3.46万人降至3.12万人）和机动车检测量（2022年由31.6万'
                                         '辆次降至29.8万辆次，2023年30.9万辆次仍低于2021年）',
         'explained': True},
    ],
    'notes': (
        '武汉服务类，虚构的武汉民营驾培和机动车检测连锁企业（武汉骙湄驾培检测有限公司不存在；竞争对手武汉骃澧驾驶培训'
        '有限公司（骃澧驾校）和武汉璟骢机动车检测有限公司（璟骢检测）、标杆杭州骕漪驾培检测集团（骕漪集团）、调研机构'
        '武汉翾岫市场调查有限公司（翾岫调查）均为虚构，人名、数字和荣誉都是编的），员工1,198人，5所驾校分校（东西湖、'
        '江夏、黄陂、蔡甸、洪山）和3个检测站（汉西、阳逻、纸坊），品牌骙湄学驾、骙湄验车。运营管理部执笔，多分校企业'
        '平实的运营口吻（分校站点、一校一表、责任书、月报、绿黄红灯）。版式是本样本的重点：结果按分校、检测站或业务线'
        '拆开列示。Markdown；“#”标题、封面信息块和一段说明“全公司”为合计或加权数的编写说明（@P -）；“## 5.1 组织环境”'
        '（标5.1）下三个用公司自己话写的“###”小标题；“## 5.2 领导作用”…“## 5.7 质量提升”，条目“### 5.x.y”用准则真实编号'
        '（不写5.x.1），16个条目中7个标题用公司自己的话（5.2.3 治理与风险防控、5.2.4 经营与社会贡献成效、5.3.3 规划落地、'
        '5.3.4 规划目标完成情况、5.4.2 学员和车主、5.5.3 让教练员愿意留下来、5.6.4 创新成效）；“## 5.7”下有一段引言（标5.7）。'
        '结果：六张以分校或检测站为行、年份为列的表，指标只写在表题里（表2-2、表3-2、表4-2带全公司和行业平均行、表5-2只有'
        '2022和2023年并带翾岫调查服务业样本平均行、表7-1带全公司/全市平均/骃澧驾校行、表7-2带骕漪集团行）；两张以指标为行、'
        '带业务线或检测站列的表（表2-1带骃澧驾校（2023年）和行业平均（2023年）列，表7-3带璟骢检测（2023年）列）；普通的年份为列'
        '表（表3-1只有目标值，表4-1带对手和行业平均列，表5-1两年）；表6-1年份为行，另有骃澧驾校和骕漪集团行；按分校或检测站的'
        '文字数列（5.4.4检测站车主满意度、5.6.4模拟器使用比例、5.7.4科目三合格率）；排名（全市驾校综合排名、口碑榜、市级优秀'
        '教练员人数、科目二合格率第1位）。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创新计划和创意收集、创新工作的部署和风险控制、创新监测、专利和知识产权、'
        '知识管理），“## 5.6 创新驱动”下“### 5.6.2 创新系统”之后直接是“### 5.6.4 创新成效”（真实编号，缺口可见；按位置读会把'
        '第二个条目当成5.6.3）。5.5.4 只有2022年和2023年两年（2021年只出现在说明2022年人力资源系统上线、此前各分校台账口径不一'
        '“不再列示”的句子里），有骃澧驾校、行业平均列、翾岫调查服务业样本平均行和排名。5.3.4 有2021—2023年三年数据，但只有'
        '“2023年目标值”和“2024年规划目标”，没有对手、平均、标杆或排名对比。不利结果：5.4.4 学员满意度全公司91.2、92.0、90.6分，'
        '五所分校2023年全部下降，2023年低于行业平均91.1分，只出现在表4-2中，正文没有提及或解释；5.2.4 营业收入和净利润2022年'
        '下降（已解释：春季停训停考、10月起免检范围扩大）；5.3.4 招生量2022年下降、检测量2022年下降且2023年仍低于2021年'
        '（已解释：停训56天、免检政策，已下调目标）。一段回答5.5.2员工发展（教练员成长通道、培训学时、后备人选、培训效果评估）'
        '的段落放在“### 5.7.3 教学与检测服务质量”末尾（misplaced）。其他结果：驾培市场占有率低于骃澧驾校但差距逐年缩小、'
        '排名第2（正文已说明）；与标杆骕漪集团的差距（表6-1、表7-2）不列为不利结果；流失率、投诉、等待天数、在站时长、差错率'
        '越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

BRANCHES = ('东西湖分校', '江夏分校', '黄陂分校', '蔡甸分校', '洪山分校', '汉西检测站', '阳逻检测站', '纸坊检测站')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    tables = [b for b in body if b['type'] == 'table']
    # every table has a caption 表n-m
    for t in tables:
        if not re.match(r'表\d-\d ', t['line'].split('\n')[0]):
            problems.append('table caption not 表n-m: ' + t['line'][:20])
    # at least five tables with branches or stations as rows and years as columns
    branch_rows = 0
    for t in tables:
        rows = t['line'].split('\n')[1:]
        first = [r.split('\t')[0] for r in rows[1:]]
        if rows[0].split('\t')[1].endswith('年') and sum(f in BRANCHES for f in first) >= 3:
            branch_rows += 1
    if branch_rows < 5:
        problems.append('only %d branch-row tables' % branch_rows)
    # item headings: ### 5.x.y with the true number, no 5.x.1, >= 5 titles in the company's own words
    own = 0
    for h in heads:
        m = re.match(r'### (5\.\d\.\d) (.+)$', h['line'])
        if m:
            if m.group(1) != h['clause'] or m.group(1).endswith('.1'):
                problems.append('bad item heading ' + h['line'])
            if m.group(2) != STANDARD_TITLES[m.group(1)]:
                own += 1
    if own < 5:
        problems.append('only %d titles in own words' % own)
    # gap: under ## 5.6 the items are 5.6.2 then 5.6.4
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('## 5.6 '))
    if not (heads[i + 1]['line'].startswith('### 5.6.2') and heads[i + 2]['line'].startswith('### 5.6.4')
            and heads[i + 3]['line'].startswith('## 5.7 ')):
        problems.append('gap under 5.6 not as planned')
    # 5.5.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for sent in re.split(r'(?<=[。；])|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.5.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the 2023 fall of 学员满意度 appears only in 表4-2; no text anywhere talks about 学员满意度
    for b in body:
        if b['type'] == 'text' and '学员满意' in b['line']:
            problems.append('text mentions 学员满意度: ' + b['line'][:20])
    t42 = next(t for t in tables if t['line'].startswith('表4-2'))
    rows = {r.split('\t')[0]: r.split('\t')[1:] for r in t42['line'].split('\n')[2:]}
    whole, avg = [float(x) for x in rows['全公司']], [float(x) for x in rows['行业平均']]
    if not (whole[2] < whole[1] and whole[2] < avg[2]):
        problems.append('表4-2 全公司 row not falling below 行业平均 in 2023')
    # 5.3.4: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '5.3.4' and re.search('骃澧|璟骢|骕漪|翾岫', b['line']):
            problems.append('5.3.4 names a competitor or benchmark')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
