#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-hotline-bold from source.txt.

A Wuhan state-owned customer-contact operator (武汉鹮渚城市联络服务有限公司, made up) that runs the city's
government-service hotline "城声热线" under a government purchase contract and sells enterprise customer-service
outsourcing. Its peer hotlines 长沙瓴声热线 and 郑州洧岚民生热线, the benchmark 杭州澜玥政务热线, the outsourcing
competitors 汉岫信息服务 and 瑾湃客服 and the evaluator 澜研热线研究院 are made up too. Plain, numeric
operations-manager voice (话务量, 接通率, 一次办结率, 回访, 工单, 质检, 知识库, 坐席).

Layout (the point of this sample):
- Markdown in which EVERY heading is a **bold line** of its own (``**……**``), never ``#``;
- front matter: one bold title line, a cover block and a bold ``**目　录**`` followed by a markdown list
  (``- 第一章　组织环境 …… 1`` with indented ``  - 2-1　引领发展 …… 4`` items);
- chapters ``**第一章　组织环境**`` (5.1) … ``**第七章　质量提升**`` (5.7) with an ideographic space after the
  number; items numbered with a HYPHEN in the report's own scheme (``**2-1　引领发展**`` = 5.2.2, ``2-2`` = 5.2.3,
  ``2-3`` = 5.2.4; the 概述 5.x.1 is skipped); the profile has ``**1-1**``…``**1-3**`` sub-headings (5.1);
- six item titles in the company's own words (``2-2　治理与风险防控``, ``3-2　把规划落到每个班组``,
  ``4-3　群众和客户怎么评价我们``, ``5-2　坐席队伍的变化``, ``6-2　从金点子到上线``, ``7-2　一通电话背后的质量功夫``);
- circled-number sub-headings on their own bold line inside 2-1 and 7-2 (``**①把准方向**``, level 3, labelled with
  the item); elsewhere ①②③ are only lead-ins inside paragraphs (2-2, 4-1, 6-1);
- results: tables with years as columns (表2-1, 4-1, 5-1, 6-1, 7-1), one with years as rows (表3-1), prose
  series; indicators whose names contain 平均 (平均等待时长, 平均通话时长, 平均处理时长, 工单平均填单时长) are
  not comparisons; the real comparisons are the named peer hotlines, 全国热线平均, 行业平均, the 标杆 and rankings.

Planted defects: 5.5.2 员工管理 missing (so ``5-1`` is 5.5.3 and ``5-2`` is 5.5.4: ordinal trap); 5.3.4 has
2022–2023 only; 5.6.4 has 2021–2023 but only a ``2023年目标值`` column; 5.7.4 平均等待时长 worsens in 2023 (table
only, unexplained); one 5.4.2 paragraph under ``7-1　运营质量`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-hotline-bold/build.py
"""
META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard itself states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.5.2'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    # 5.6.4 contains the indicator name 工单平均填单时长, so the shared word check (which includes 平均) cannot
    # be used; extra_checks runs the same word list on 5.6.4 with that indicator name removed.
    'no_comparison_words': [],
    # 5.5.2 员工管理 must be absent everywhere: no staffing/scheduling, pay and performance appraisal,
    # occupational health and protection, training or career development content.
    'forbidden_words': ['薪酬', '工资', '绩效考核', '绩效工资', '培训', '职业健康', '劳动保护', '职业发展',
                        '职业生涯', '晋升', '招聘', '胜任', '人才梯队', '排班', '导师带徒', '劳动合同', '工伤'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '净利润、净资产收益率、国有资产保值增值率（2022年下降：1,860→1,540万元，'
                                         '8.6→6.9%，104.2→102.8%）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '坐席年流失率（2022年由24.6%升至29.3%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '城声热线平均等待时长（21→17→26秒，2023年变差，长于全国热线平均23秒和'
                                         '长沙瓴声热线19秒；只在表7-1中）', 'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构的武汉市属国有客户联络服务企业（武汉鹮渚城市联络服务有限公司不存在），受委托运营全市政务服务'
        '热线“城声热线”（虚构，类似12345），并做企业客服外包；对比对象长沙瓴声热线、郑州洧岚民生热线、标杆杭州澜玥政务'
        '热线、同行汉岫信息服务和瑾湃客服、评估机构澜研热线研究院、上级武汉澂汭城市发展集团都是编的。运营经理的平实口吻，'
        '数字多（话务量、接通率、一次办结率、回访、工单、质检、知识库、坐席）。'
        '版式：Markdown，但所有标题都是单独一行的加粗文字“**……**”，没有“#”。一行加粗报告标题（level 0，clause null），'
        '封面信息块（@P -），“**目　录**”（level 1，clause null）后是Markdown列表形式的目录（“- 第一章　组织环境 …… 1”，'
        '条款缩进“  - 2-1　引领发展 …… 4”，@P -）。章标题“**第一章　组织环境**”=5.1 …“**第七章　质量提升**”=5.7'
        '（level 1，数字后是全角空格）；条款用连字符编号“**2-1　引领发展**”=5.2.2、“2-2”=5.2.3、“2-3”=5.2.4（跳过5.x.1'
        '概述，level 2）；组织环境下“**1-1　我们是谁**”“**1-2　所处的行业和对手**”“**1-3　优势、挑战和改进办法**”三个'
        '小标题（level 2，标5.1）。六个条款标题用企业自己的话：2-2　治理与风险防控=5.2.3，3-2　把规划落到每个班组=5.3.3，'
        '4-3　群众和客户怎么评价我们=5.4.4，5-2　坐席队伍的变化=5.5.4，6-2　从金点子到上线=5.6.3，'
        '7-2　一通电话背后的质量功夫=5.7.3。2-1和7-2下有带圈数字的加粗小标题（“**①把准方向**”等，level 3，标所属条款）；'
        '2-2、4-1、6-1段落内的①②③只是段内引导语，不是标题。'
        '刻意缺陷：5.5.2 员工管理整条缺失（全文没有人力配置与排班、薪酬与绩效考核、职业健康与劳动保护、培训与职业发展的'
        '内容），第五章只有“5-1　员工赋能”=5.5.3和“5-2　坐席队伍的变化”=5.5.4，按连字符序号会错配（序号陷阱）；'
        '2-2中高层领导的考核和后备人选属于5.2.3 d)。5.3.4 只有2022、2023两年（表3-1年份为行，带长沙瓴声、郑州洧岚'
        '（2023年）行和全国评估排名），2021年只出现在说明口径不同、不予列出的句子里。5.6.4 有2021—2023三年数据，但只有'
        '“2023年目标值”列和“都完成了年度目标”，没有任何对比；指标名“工单平均填单时长”中的“平均”不是对比。'
        '不利结果：5.7.4 平均等待时长2023年由17秒升到26秒，长于全国热线平均23秒和长沙瓴声19秒，只在表7-1中，正文未解释；'
        '5.2.4 净利润、净资产收益率、国有资产保值增值率2022年下降，已解释（合同单价下降、疫情临时扩席）；5.5.4 坐席年流失率'
        '2022年上升，已解释（扩席、临时增员）。与标杆差距逐年缩小的（市民满意率、一次办结率、有效投诉率、平均通话时长）'
        '不列为不利结果。5.7.4 的重复来电率只给了“同比下降0.6个百分点”，所在条款其余指标完整，不算缺陷。'
        '错位段落：一段5.4.2（企业客户的客户经理制、分级回访和续约评估）放在“7-1　运营质量”下面（misplaced）。'
        '其余结果条款均为2021—2023三年数据，有同城同行、外地同类热线、全国热线平均、行业平均、标杆或排名对比。'
    ),
}
COMPARISON_WORDS = ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于', '高于', '低于',
                    '比较', '第')
EXPLAIN_CUES = ('原因', '由于', '主要是', '因为', '导致', '所致', '受到', '影响', '据此')

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    problems = []
    body = lambda cs: ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] in cs)
    years = lambda s: set(re.findall(r'(?<!\d)(20\d\d)(?!\d)', s))
    # layout: every heading a bold line, no '#'
    for b in blocks:
        if b['type'] == 'heading' and not re.fullmatch(r'\*\*[^*]+\*\*', b['line']):
            problems.append('heading not a bold line: ' + b['line'])
        if b['line'].lstrip().startswith('#'):
            problems.append('markdown # found: ' + b['line'][:20])
    # 5.3.4: 2022 and 2023 only; 2021 only in the sentence saying why it is not given
    s534 = body(['5.3.4'])
    rest = ''.join(sent for sent in re.split(r'(?<=。)', s534) if '不能' not in sent)
    if years(rest) != {'2022', '2023'}:
        problems.append('5.3.4 years outside the why-sentence: %s' % sorted(years(rest)))
    # 5.6.4: three years, no comparison (the indicator name 工单平均填单时长 is not one)
    s564 = body(['5.6.4'])
    if not {'2021', '2022', '2023'} <= years(s564):
        problems.append('5.6.4 lacks 2021-2023')
    for w in COMPARISON_WORDS:
        if w in s564.replace('工单平均填单时长', ''):
            problems.append('comparison word %s in 5.6.4' % w)
    # complete result items: three years and a real comparison
    for c in ('5.2.4', '5.4.4', '5.5.4', '5.7.4'):
        if not {'2021', '2022', '2023'} <= years(body([c])):
            problems.append('%s lacks 2021-2023' % c)
        if not re.search(r'行业平均|全国热线平均|标杆|瑾湃|汉岫|瓴声|第\d+', body([c])):
            problems.append('%s lacks a comparison' % c)
    # unfavourable: 5.7.4 平均等待时长 17 -> 26 in the table, never explained or mentioned in text
    s574 = body(['5.7.4'])
    if '平均等待时长（秒） | 21 | 17 | 26' not in open(os.path.join(HERE, 'source.txt'), encoding='utf-8').read():
        problems.append('5.7.4 table row 平均等待时长 changed')
    for w in EXPLAIN_CUES:
        if w in s574:
            problems.append('explanation cue %s in 5.7.4' % w)
    text574 = ''.join(b['line'] for b in blocks if b['type'] == 'text' and b['clause'] == '5.7.4')
    if '等待' in text574:
        problems.append('5.7.4 text mentions 等待')
    if '原因' not in body(['5.2.4']) or '主要是' not in body(['5.5.4']):
        problems.append('5.2.4 / 5.5.4 explanations missing')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
