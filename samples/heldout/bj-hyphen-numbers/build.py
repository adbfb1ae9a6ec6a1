#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-hyphen-numbers from source.txt.

A Beijing private medical-device distributor and hospital-logistics (SPD) service company,
北京琬汭医疗供应链股份有限公司 (made up; its competitors 北京瓅淇医疗科技有限公司 and 北京珲岍医药物流有限公司,
its benchmark 上海瑺滧医疗供应链集团, the survey firm 琡澥市场研究有限公司 and the 首都医用耗材供应链协作联盟
are made up too; 812 staff), written by its 质量管理部 in a terse, factual engineering voice (run-in labels
``运行控制：`` ``改进：``, ppm, UDI, WMS/TMS, 控制限).

Layout: HYPHENATED NUMBERING, as engineering firms write technical documents.
- Plain text, no ``#``. Two title lines (level 0), a cover block with a 文件编号 / 版本 line and a short
  ``编制说明`` that explains the numbering (front matter, ``@P -``).
- ``0 组织概述`` (= 0, level 1) with ``0-1 组织描述`` (0.1) and ``0-2 组织面临的挑战`` (0.2) (level 2);
  categories ``1 领导`` … ``7 结果`` (level 1); items ``1-1 高层领导的作用`` … (level 2); sub-heads
  ``1-1-1 方向与文化`` … (level 3, labelled with their item) in 1-1, 3-2, 4-1 and 7-4, all in the company's
  words. 8 item titles are in the company's words: ``1-2 治理与内控`` (1.2), ``2-2 规划的分解与执行`` (2.2),
  ``3-1 了解医院和市场`` (3.1), ``4-2 资金与财务`` (4.2), ``4-3 信息系统与知识积累`` (4.3),
  ``4-5 仓储、冷链与车辆`` (4.5), ``4-6 供方与合作伙伴`` (4.6), ``5-1 业务过程的运行与改进`` (5.2).
- Tables and figures captioned in the same hyphen grammar: ``表0-1``, ``表1-1``, ``表3-2``, ``表5-1`` …
  by chapter outside the results, ``表7-1-1`` … ``表7-6-1`` by item in the results; three figure caption
  lines without a picture (``图0-1``, ``图2-1``, ``图6-1``; labelled with their clause). The prose refers to
  every table and figure (``见表7-2-1``), and to other sections by number (``见7-6``, ``见1-1-4``).
- An intro paragraph under ``7 结果`` (= 7).
- Results: tables with years as columns and ``瓅淇医疗（2023年）`` / ``珲岍医药（2023年）`` /
  ``行业平均（2023年）`` / ``瑺滧集团（2023年）`` columns; 表7-2-2 has years as rows (with rankings);
  prose series, rankings (配送市场排名, SPD托管排名, 联盟会员企业排名), narrowing gaps to the benchmark.

Planted defects:
- 5.1 过程的识别与设计 missing everywhere (no identification of the whole process chain or the key processes,
  no requirements of the processes' stakeholders, no process design, no setting of process KPIs, no
  emergency-response system). ``5 过程管理`` has a single item ``5-1 业务过程的运行与改进``, which is 5.2
  (ordinal trap: 5-1 is 5.1's number).
- 7.5 has 2022-2023 only (表7-5-1); 2021 appears only in the sentence saying the data were collected from
  manual ledgers before the SPD V3 upgrade in April 2022 and are 不可比，不再列示. It has 瓅淇医疗 /
  行业平均 / 瑺滧集团 columns.
- 7.6 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` (no comparison).
- 7.1 科室配送及时率 98.6 -> 99.0 -> 97.9%, below 瓅淇医疗 98.4, 珲岍医药 98.2 and 行业平均 98.1, only in
  表7-1-1 (unexplained); 7.3 营业收入增长率 / 净利润 / 毛利率 (2022) and 7.4 一线人员主动流失率 (2022) are
  explained.
- One 3.2 paragraph (投诉处理: 首问负责、24小时答复、72小时闭环, 回访) sits at the end of 6.2's heading
  ``6-2 改进与创新`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-hyphen-numbers/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

# the standard's item titles, to count the item headings written in the company's own words
STD_TITLES = {
    '0.1': '组织描述', '0.2': '组织面临的挑战',
    '1.1': '高层领导的作用', '1.2': '组织治理', '1.3': '社会责任', '2.1': '战略制定', '2.2': '战略部署',
    '3.1': '顾客和市场的了解', '3.2': '顾客关系和顾客满意', '4.1': '人力资源', '4.2': '财务资源',
    '4.3': '信息和知识资源', '4.4': '技术资源', '4.5': '基础设施', '4.6': '相关方关系',
    '5.1': '过程的识别与设计', '5.2': '过程的实施与改进', '6.1': '测量、分析和评价', '6.2': '改进与创新',
    '7.1': '产品和服务结果', '7.2': '顾客与市场结果', '7.3': '财务结果', '7.4': '资源结果',
    '7.5': '过程有效性结果', '7.6': '领导方面的结果',
}

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['5.1'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 5.1 过程的识别与设计 must be absent everywhere: no identification of the process chain or of key
    # processes, no stakeholder requirements of processes, no process design or KPI setting for processes,
    # no emergency response or business continuity.
    'forbidden_words': ['关键过程', '过程识别', '识别过程', '过程的识别', '过程设计', '设计过程', '流程设计',
                        '过程清单', '过程地图', '流程图', '价值链', '全过程', '关键要求', '设计输入',
                        '应急', '突发', '预案', '连续性', '业务连续', '断供', '保供', '停供'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '科室配送及时率（98.6%→99.0%→97.9%，2023年下降，低于瓅淇医疗98.4%、珲岍医药98.2%和'
                      '行业平均98.1%；只在表7-1-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入增长率、净利润、毛利率（2022年增速由9.8%降至2.1%，净利润由1.12亿元'
                                       '降至0.94亿元，毛利率由8.6%降至7.4%）', 'explained': True},
        {'clause': '7.4', 'indicator': '一线人员主动流失率（2022年由14.2%升至18.6%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营医疗器械分销与院内物流（SPD）服务企业（北京琬汭医疗供应链股份有限公司不存在；'
        '竞争对手北京瓅淇医疗科技有限公司和北京珲岍医药物流有限公司、标杆上海瑺滧医疗供应链集团、调研机构琡澥市场研究有限公司、'
        '首都医用耗材供应链协作联盟均为虚构，人名、数字和奖项都是编的），员工812人。质量管理部执笔，工程化、简短、只讲事实的口吻'
        '（“运行控制：”“改进：”等短标签，ppm、UDI、WMS/TMS、控制限）。版式是本样本的重点：工程技术文件式的连字符分级编号。'
        '纯文本，无#；两行标题（level 0，clause为null），含文件编号和版本的封面信息块与一段解释编号规则的“编制说明”（@P -）；'
        '“0 组织概述”（level 1，标0）下“0-1 组织描述”=0.1、“0-2 组织面临的挑战”=0.2（level 2）；“1 领导”…“7 结果”（level 1，标1…7）；'
        '条目“1-1 高层领导的作用”等（level 2）；1-1、3-2、4-1、7-4下有公司自拟的三级小标题“1-1-1 方向与文化”等（level 3，标所属条目）。'
        '8个条目标题用公司自己的说法：1-2 治理与内控=1.2、2-2 规划的分解与执行=2.2、3-1 了解医院和市场=3.1、4-2 资金与财务=4.2、'
        '4-3 信息系统与知识积累=4.3、4-5 仓储、冷链与车辆=4.5、4-6 供方与合作伙伴=4.6、5-1 业务过程的运行与改进=5.2。'
        '表、图题同样用连字符编号：结果以外按章编号（表0-1、表1-1、表1-2、表2-1、表3-1、表3-2、表5-1），结果按条目编号'
        '（表7-1-1…表7-6-1）；图0-1、图2-1、图6-1只有图题行、没有图，标所属条目；正文逐一引用（“见表7-2-1”），并按编号互相引用章节'
        '（“见7-6”“见1-1-4”“详见6-1、6-2”）。“7 结果”下有一段引言，标7。'
        '结果：以年份为列的表格，带“瓅淇医疗（2023年）”“珲岍医药（2023年）”“行业平均（2023年）”“瑺滧集团（2023年）”列；'
        '表7-2-2以年份为行（含排名列）；另有文字序列、排名（北京配送市场第4升至第3、SPD托管第3升至第2、联盟63家会员中第5）、'
        '与标杆差距逐年缩小。'
        '刻意缺陷：5.1 过程的识别与设计整条缺失（全文没有全过程和关键过程的识别、过程相关方要求、过程设计和过程指标设定、'
        '应急响应），“5 过程管理”下只有“5-1 业务过程的运行与改进”，它是5.2（序号陷阱：5-1本是5.1的编号）。'
        '7.5 只有2022年和2023年两年（2021年只出现在说明2022年4月SPD系统升级前为人工台账口径、不可比、“不再列示”的句子里），'
        '有瓅淇医疗、行业平均和瑺滧集团对比列。7.6 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”，没有对手、'
        '行业、标杆或排名对比。不利结果：7.1 科室配送及时率98.6%、99.0%、97.9%，2023年下降，低于瓅淇医疗98.4%、珲岍医药98.2%'
        '和行业平均98.1%，只出现在表7-1-1中，正文没有提及或解释；7.3 营业收入增速、净利润、毛利率2022年下降（已解释：冠脉支架'
        '和人工关节带量采购、择期手术减少）；7.4 一线人员主动流失率2022年上升（已解释：中心仓扩建期间作业转到顺义、封控期间连续驻院）。'
        '一段回答3.2的投诉处理段落（首问负责、24小时答复、72小时闭环、回访）放在“6-2 改进与创新”末尾（misplaced）。'
        '其他：差错率、投诉率、流失率（2023年）、应收账款周转天数、资产负债率、处理时效、周转天数越低越好，下降是有利结果；'
        '配送市场占有率排第3、与第1名瓅淇医疗差距缩小，不列为不利结果；冷链温控合格率、系统可用率、盘点差异率与瑺滧集团的差距缩小，'
        '不列为不利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # hyphen grammar of the headings: level 1 "n 标题", level 2 "n-m 标题", level 3 "n-m-k 标题"
    grammar = {1: r'\d [^\s]', 2: r'\d-\d [^\s]', 3: r'\d-\d-\d [^\s]'}
    for h in heads:
        if h['level'] in grammar and not re.match(grammar[h['level']], h['line']):
            problems.append('heading not in hyphen grammar: ' + h['line'])
        if h['line'].startswith('#'):
            problems.append('markdown heading: ' + h['line'])
    # own-words item titles (>= 5) and items with level-3 sub-heads (>= 3)
    own = [h for h in heads if h['level'] == 2 and h['line'].split(' ', 1)[1] != STD_TITLES[h['clause']]]
    if len(own) < 5:
        problems.append('only %d item titles in own words' % len(own))
    subbed = {h['clause'] for h in heads if h['level'] == 3}
    if len(subbed) < 3:
        problems.append('only %d items with sub-heads' % len(subbed))
    # level-3 sub-heads continue their item's number
    last2 = None
    for h in heads:
        if h['level'] == 2:
            last2 = h
        if h['level'] == 3 and not (last2 and h['line'].startswith(last2['line'].split(' ')[0] + '-')
                                    and h['clause'] == last2['clause']):
            problems.append('sub-head does not continue its item: ' + h['line'])
    # captions in hyphen grammar; every table and figure is referred to in the prose
    prose = '\n'.join(b['line'] for b in body if b['type'] == 'text')
    caps = []
    for b in body:
        first = b['line'].split('\n')[0]
        if b['type'] == 'table':
            m = re.match(r'(表\d(?:-\d){1,2}) ', first)
            if not m:
                problems.append('table caption not hyphenated: ' + first)
                continue
            caps.append(m.group(1))
        elif re.match(r'图\d', first):
            m = re.match(r'(图\d-\d) \S+$', first)
            if not m:
                problems.append('figure caption line malformed: ' + first)
                continue
            caps.append(m.group(1))
    for c in caps:
        if not re.search('见' + c + r'(?![-\d])', prose):
            problems.append('caption %s not referred to in the prose' % c)
    # ordinal trap: 5 过程管理 has one item, numbered 5-1, answering 5.2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('5 '))
    if not (heads[idx + 1]['line'].startswith('5-1 ') and heads[idx + 1]['clause'] == '5.2'
            and heads[idx + 2]['line'].startswith('6 ')):
        problems.append('ordinal trap under 5 not as planned')
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.1: the 2023 drop of 科室配送及时率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '及时' in b['line']:
            problems.append('7.1 text mentions 科室配送及时率')
    # 7.6: no competitor, benchmark or alliance names
    for b in body:
        if b['clause'] == '7.6' and re.search('瓅淇|珲岍|瑺滧|联盟', b['line']):
            problems.append('7.6 names a competitor, benchmark or the alliance')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
