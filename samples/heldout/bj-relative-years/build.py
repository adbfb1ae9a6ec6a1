#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-relative-years from source.txt.

A Beijing private chain of rehabilitation and elderly-care nursing homes, 北京萱瑭康护集团有限公司 (made up;
one rehabilitation hospital, four 护理院, two 养老院 and 12 community 驿站 in five districts, 2,360 beds,
1,046 staff; its competitors 北京楙棣康养有限公司 and 北京葳泺护理院管理有限公司, its benchmark 上海槿莳康养集团,
the survey firm 北京弢瞩社会调查有限公司 and the 首都医养结合机构联席会 that publishes the 行业平均 are made up too),
written by its 院务办公室 in a plain administrative voice that writes years RELATIVE TO THE REPORT YEAR.

Layout: YEARS WRITTEN RELATIVE TO THE REPORT YEAR.
- Markdown. ``#`` title (level 0), a cover block with ``报告期：2023年度`` (front matter, ``@P -``).
- ``## 组织概述`` (= 0, level 1) with three ``###`` sub-heads in the company's words: ``### 机构与服务`` and
  ``### 组织结构与服务对象`` (0.1), ``### 竞争环境与挑战`` (0.2).
- Chapters ``## 一、领导`` … ``## 七、结果`` (level 1); items ``### （一）…`` numbered by position inside the
  chapter (level 2); 10 of 22 item titles in the company's own words (``（一）院长班子的带头作用`` = 1.1,
  ``（三）对社会和长者的责任`` = 1.3, ``（一）读懂长者和家属`` = 3.1, ``（二）服务关系与满意度`` = 3.2,
  ``（三）康复护理技术与服务标准`` = 4.4, ``（五）与合作方共同发展`` = 4.6, ``（一）照护服务流程的识别与设计`` = 5.1,
  ``（二）持续改进与创新`` = 6.2, ``（一）照护与康复服务结果`` = 7.1, ``（六）领导与社会责任结果`` = 7.6).
  An intro paragraph under ``## 七、结果`` (= 7) defines 本年度 = 2023, 上年度 = 2022, 前年度 = 2021.
- The text says 本年度 / 上年 / 前年 / 当年 instead of calendar years throughout (前年导入卓越绩效, 上年制定品牌规划,
  规划期为前年至2025年). Results: prose ``2023年…为78.6%，上年为76.2%，前年为73.9%``; 表7-1 with
  ``本年度 | 上年度 | 前年度`` columns (newest first) and ``楙棣康养（本年度）`` / ``联席会平均（本年度）`` /
  ``槿莳集团（本年度）`` columns, followed by a ``注：`` line naming the years; 表7-2 years as ROWS
  (``2021年`` … ``2023年`` and competitor / 联席会平均 rows) with ``近三年分别为…`` prose and a ranking
  (``本年度排名第二，上年第三，前年第五``); 表7-3 ordinary ``2021年 | 2022年 | 2023年`` columns with competitor /
  ``行业平均（2023年）`` columns and ``较上年`` prose; 表7-4 ``前年度 | 上年度 | 本年度`` (oldest first) with a
  ``注：`` line; 表7-5 ``本年度（2023年） | 上年度（2022年） | 较上年``; 7.6 as ``- `` bullet paragraphs with
  ``近三年分别为…``, ``连续三年``, ``当年`` and rankings.

Planted defects:
- 4.3 信息和知识资源 missing everywhere (no information sources, information systems or IT planning, no
  knowledge management, data security or sharing of good practice). ``四、资源`` has ``（一）人力资源`` 4.1,
  ``（二）财务资源`` 4.2, then ``（三）康复护理技术与服务标准``, which is 4.4 (ordinal trap), ``（四）基础设施`` 4.5
  and ``（五）与合作方共同发展`` 4.6.
- 7.5 has only 本年度 (2023) and 上年度 (2022); 2021 / 前年度 appears only in the sentence saying the process
  indicators changed to the 联席会's new basis and the older year is ``不再列示``. It has 楙棣康养 / 联席会平均 /
  槿莳集团 columns.
- 7.4 has 前年度–本年度 (2021–2023) but only ``本年度目标值`` and ``2025年规划目标`` (no comparison).
- 7.1 院内跌倒发生率 0.42 → 0.38 → 0.47 例/千床日 (bad-is-high, rises in 2023), above 楙棣康养 0.41 and
  联席会平均 0.45, only in 表7-1 (unexplained); 7.2 床位使用率 (上年 82.7%) and 7.3 营业收入 / 净利润 /
  营业利润率 (2022) are explained.
- One 1.3 paragraph (公益: “萱暖银龄” 行动, leaders' volunteer hours) sits at the end of 4.6's heading
  ``（五）与合作方共同发展`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-relative-years/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

STANDARD_TITLES = {
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
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['4.3'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 4.3 信息和知识资源 must be absent everywhere: no information sources or systems, no IT planning,
    # no knowledge management, data security or sharing of good practice.
    'forbidden_words': ['信息化', '信息系统', '信息管理', '信息安全', '信息平台', '信息源', '知识管理', '知识库',
                        '知识分享', '数据安全', '网络安全', '软件', '数字化', '智慧', '电子病历', '电子档案',
                        '数据库', '案例库', '最佳实践', '小程序', 'APP', '云平台', '保密', '经验分享', '隐私',
                        '互联网', '线上'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '院内跌倒发生率（前年度0.42、上年度0.38、本年度0.47例/千床日，即2021—2023年；本年度上升，'
                      '高于楙棣康养0.41和联席会平均0.45；只在表7-1中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '床位使用率（2022年由89.4%降至82.7%）', 'explained': True},
        {'clause': '7.3', 'indicator': '营业收入、净利润、营业利润率（2022年由4.62亿元、2,860万元、8.1%降至'
                                       '4.31亿元、1,240万元、3.9%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营康复和养老护理连锁机构（北京萱瑭康护集团有限公司不存在；竞争对手北京楙棣康养有限公司、'
        '北京葳泺护理院管理有限公司，标杆上海槿莳康养集团，调查机构北京弢瞩社会调查有限公司，首都医养结合机构联席会均为虚构，'
        '人名、数字和奖项都是编的），康复医院1家、护理院4家、养老院2家、社区驿站12个，床位2,360张，员工1,046人。'
        '院务办公室执笔，朴实的行政口吻，年份按报告年度相对书写。'
        '版式是本样本的重点：年份相对于报告年度书写。Markdown；“#”标题（level 0），封面信息块写明“报告期：2023年度”（@P -）；'
        '“## 组织概述”（level 1，标0）下三个“###”小标题：“机构与服务”“组织结构与服务对象”=0.1，“竞争环境与挑战”=0.2；'
        '“## 一、领导”…“## 七、结果”（level 1）；条目“### （一）…”（level 2）按章内位置编号，22个条目中10个用本单位自己的说法'
        '（“院长班子的带头作用”=1.1、“对社会和长者的责任”=1.3、“读懂长者和家属”=3.1、“服务关系与满意度”=3.2、'
        '“康复护理技术与服务标准”=4.4、“与合作方共同发展”=4.6、“照护服务流程的识别与设计”=5.1、“持续改进与创新”=6.2、'
        '“照护与康复服务结果”=7.1、“领导与社会责任结果”=7.6）。“七、结果”下有一段引言（标7）说明本年度=2023年度、'
        '上年度=2022年度、前年度=2021年度。全文多用“本年度、上年、前年、当年”代替公历年份。结果：7.1正文“2023年……为78.6%，'
        '上年为76.2%，前年为73.9%”，表7-1用“本年度|上年度|前年度”列（新年份在前），带楙棣康养、联席会平均、槿莳集团（本年度）列，'
        '表后“注：”行写明年份；表7-2年份为行（2021年、2022年、2023年及对手、联席会平均行），正文“近三年分别为……”和排名'
        '（本年度第二、上年第三、前年第五）；表7-3普通“2021年|2022年|2023年”列，带对手和“行业平均（2023年）”列，正文“较上年”；'
        '表7-4“前年度|上年度|本年度”列（旧年份在前），表后“注：”行；表7-5“本年度（2023年）|上年度（2022年）|较上年”；'
        '7.6为“- ”开头的要点段落（近三年分别为、连续三年、当年、排名）。'
        '刻意缺陷：4.3 信息和知识资源整条缺失（全文没有信息来源、信息系统或信息化规划、知识管理、数据安全或经验分享），'
        '“四、资源”下“（一）人力资源”=4.1、“（二）财务资源”=4.2之后的“（三）康复护理技术与服务标准”是4.4（序号陷阱），'
        '“（四）基础设施”=4.5，“（五）与合作方共同发展”=4.6。7.5 只有本年度（2023年）和上年度（2022年）两年'
        '（前年度即2021年只出现在说明自上年起改用联席会新口径、旧口径“不再列示”的句子里），有楙棣康养、联席会平均和槿莳集团对比列。'
        '7.4 有前年度至本年度（2021—2023年）三年数据，但只有“本年度目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：7.1 院内跌倒发生率（越低越好）前年度0.42、上年度0.38、本年度0.47例/千床日，本年度上升，高于楙棣康养0.41和'
        '联席会平均0.45，只出现在表7-1中，正文没有提及或解释；7.2 床位使用率上年（2022年）降至82.7%（已解释：闭环管理近4个月、'
        '暂停收住新长者）；7.3 营业收入、净利润、营业利润率2022年下降（已解释：暂停收住、防疫支出增加约620万元）。'
        '一段回答1.3（公益支持：“萱暖银龄”行动、高层志愿服务）的段落放在4.6“（五）与合作方共同发展”之下（misplaced）。'
        '其他：压疮新发率、误吸噎食、非计划转院率、护理员流失率、资产负债率、应收账款周转天数、投诉件数越低越好，下降是有利结果；'
        '与标杆槿莳集团的差距（7.1、7.5）不列为不利结果；7.3营业收入和净利润对手列为“—”。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # cover block states the report year
    if not any(b['clause'] is None and '报告期：2023年度' in b['line'] for b in body):
        problems.append('cover block without 报告期：2023年度')
    # markdown levels: # title, ## chapters, ### items / profile sub-heads
    for h in heads:
        want = {0: '# ', 1: '## ', 2: '### '}[h['level']]
        if not h['line'].startswith(want):
            problems.append('heading level/marker mismatch: ' + h['line'])
    # items numbered by position inside their chapter
    chap_items = {}
    for h in heads:
        if h['level'] == 1:
            cur = chap_items.setdefault(h['line'], [])
        elif h['level'] == 2 and h['line'].startswith('### （'):
            cur.append(h)
    ords = '一二三四五六七'
    for chap, items in chap_items.items():
        for i, h in enumerate(items):
            if not h['line'].startswith('### （%s）' % ords[i]):
                problems.append('item not numbered by position: ' + h['line'])
    # at least 5 item titles in the company's own words
    own = [h for h in heads if h['level'] == 2 and h['clause'] in STANDARD_TITLES
           and STANDARD_TITLES[h['clause']] not in h['line']]
    if len(own) < 5:
        problems.append('fewer than 5 own-words titles: %d' % len(own))
    # ordinal trap under 四、
    four = next(items for chap, items in chap_items.items() if chap.startswith('## 四、'))
    if [h['clause'] for h in four] != ['4.1', '4.2', '4.4', '4.5', '4.6'] or not four[2]['line'].startswith('### （三）'):
        problems.append('ordinal trap under 四、 not as planned')
    # 7.5: no 2021 / 前年 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)|前年', sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
            if b['type'] == 'table' and '前年' in b['line']:
                problems.append('7.5 table has a 前年 column')
    # 7.1: the rise of 跌倒发生率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '跌倒' in b['line']:
            problems.append('7.1 text mentions 跌倒')
    # 7.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.4' and re.search('楙棣|葳泺|槿莳|联席会', b['line']):
            problems.append('7.4 names a competitor, benchmark or the 联席会')
    # relative-year tables are followed by a 注 line naming the years unless their header names them
    for i, b in enumerate(blocks):
        if b['type'] != 'table':
            continue
        header = b['line'].split('\n')[1]
        if '本年度' in header and not re.search(r'本年度（20\d\d年）', header):
            nxt = blocks[i + 1]
            if not (nxt['type'] == 'text' and nxt['line'].startswith('注：') and '本年度为2023年度' in nxt['line']):
                problems.append('relative-year table without a note naming the years: ' + header[:30])
    # relative years used in most result items
    rel = {b['clause'] for b in body if b['clause'] and b['clause'].startswith('7.')
           and re.search('本年度|上年|前年|当年', b['line'])}
    if len(rel) < 5:
        problems.append('relative years in only %d result items' % len(rel))
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
