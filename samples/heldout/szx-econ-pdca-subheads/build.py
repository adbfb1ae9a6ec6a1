#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-pdca-subheads from source.txt.

A Shenzhen private maker of smart door locks and building intercoms, 深圳市珹澴智能科技股份有限公司 (made up;
1,486 staff; its competitors 中山市琡浔智能锁业有限公司 (door locks) and 厦门瑄岷楼宇科技股份有限公司 (intercoms),
its benchmark 青岛璮泷智慧社区集团 and the survey firm 深圳市瑅沺消费研究有限公司 are made up too, as are the
chairman 邝澄昀, the numbers and the awards), written by its 质量部 in a process-minded voice (闭环, PBC, IPD,
DFMEA, SPC, 8D, 首席质量官, 质量红线).

Layout: EVERY PROCESS ITEM ANSWERED IN PDCA SUB-HEADS.
- Markdown. ``#`` title (level 0, null), a cover block and an 编写说明 explaining the PDCA layout (``@P -``).
- ``## 企业概况`` (= 0, level 1) with three ``###`` sub-heads in the company's words (= 0, level 2).
- Chapters ``## 一、领导`` … ``## 六、高质量的运营`` (level 1); items ``### 1.1 …`` (level 2) with the
  standard's numbers; 6 item titles in the company's words (1.1 以“守门人”文化凝聚全员, 2.2 战略落地与动态管控,
  3.2 让产品替用户多想一步, 4.2 人才培育与组织活力, 5.2 开放协同的创新生态, 6.1 “一单到门”运营系统).
- Inside every process item four PDCA sub-heads, 1–2 paragraphs each, all labelled with the item; the form
  varies by chapter: ``#### P 策划`` … ``#### A 改进`` (chapters 一 and 四, level 3 headings),
  ``**P（策划）**`` … ``**A（改进）**`` bold lines of their own (chapters 二 and 五, level 3 headings),
  ``#### 【P】策划`` … (chapter 三), and in chapter 六 run-ins ``P—策划：`` ``D—实施：`` ``C—检查：``
  ``A—改进：`` opening a paragraph (no sub-head; a second paragraph of the same phase has no run-in), with an
  intro paragraph under ``## 六、`` (= 6) saying so. Result items (x.3) have no PDCA.
- Results: 表1-1 (2022/2023 columns with 琡浔锁业 / 瑄岷楼宇 / 行业平均（2023年） columns), 表2-1 with years
  as ROWS followed by competitor / 行业平均 rows, 表3-1 and 表5-1 with years as columns and competitor /
  benchmark / 行业平均 columns, 表6-1 with a 2023年目标值 column only; prose series (``依次为…``), ``- ``
  bullet paragraphs in 4.3, rankings (门锁份额 第7→第5位, 品牌价值榜 第8→第6位, 创新力榜 第11→第6位).

Planted defects:
- 3.1 顾客服务 missing everywhere (no customer groups or target markets, no learning of what customer groups
  require, no customer-service mechanism, hotline, after-sales or service network, no evaluation of customer
  relationship management). ``## 三、聚焦顾客`` opens with ``### 3.2 让产品替用户多想一步`` and then
  ``### 3.3`` (the gap is visible in the numbering; a positional reading would take the first item for 3.1).
  The profile still names the sales channels (工程 / 零售 / 海外ODM).
- 1.3 has 2022-2023 only (表1-1 and prose); 2021 appears only in the sentence saying the pre-股改 figures are
  not comparable and ``不再列示``. It has competitor and 行业平均 columns and a ranking.
- 6.3 has 2021-2023 but only a ``2023年目标值`` column, 年度目标 / 规划目标 and 国家标准要求 (no comparison).
- 3.3 楼宇对讲市场占有率 9.8 -> 10.3 -> 9.6%, 2023 down and below 瑄岷楼宇 11.2%, only in 表3-1
  (unexplained). Explained: 2.3 年度经营目标达成率 / 工程渠道新签合同额 (2022; also the gap to 琡浔锁业 in
  2023) and 4.3 人均产值 (2022).
- One 1.2 paragraph (工程渠道专项审计, 廉洁合作协议, 举报) sits at the end of 5.2's ``**A（改进）**``
  (``misplaced``).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-pdca-subheads/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']
PROCESS = ['1.1', '1.2', '2.1', '2.2', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2']
RESULTS = ['1.3', '2.3', '3.3', '4.3', '5.3', '6.3']
STANDARD_TITLES = ['文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                   '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                   '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果']
COMPETITORS = ['琡浔', '瑄岷', '璮泷']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['3.1'],
    'results_lacking_three_years': ['1.3'],
    'results_lacking_comparison': ['6.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['6.3'],
    # 3.1 顾客服务 must be absent everywhere: no customer groups / segments / target markets, no learning of
    # the key requirements of customer groups, no customer-service mechanism (after-sales, hotline, service
    # network, call-backs, repair), no customer-relationship management or its evaluation.
    'forbidden_words': ['售后', '客服', '网点', '服务商', '服务体系', '服务机制', '服务网络', '热线', '上门', '回访',
                        '报修', '维修', '投诉', '顾客群', '客户群', '用户群', '细分', '分群', '画像', '目标市场',
                        '目标客户', '目标顾客', '目标用户', '需求调研', '关键要求', '客户关系', '顾客关系',
                        '用户关系', 'CRM', '顾客服务', '客户服务', '用户服务', '服务质量', '服务标准', '服务承诺',
                        '服务响应', '安装服务', '质保', '保修', '客户之声', 'VOC'],
    'unfavourable_results': [
        {'clause': '3.3',
         'indicator': '楼宇对讲市场占有率（9.8%→10.3%→9.6%，2023年下降，低于瑄岷楼宇11.2%；只在表3-1中）',
         'explained': False},
        {'clause': '2.3', 'indicator': '年度经营目标达成率、工程渠道新签合同额（2022年由96.4%、9.8亿元降至88.1%、'
                                       '7.6亿元；2023年合同额9.1亿元仍低于琡浔锁业11.3亿元）', 'explained': True},
        {'clause': '4.3', 'indicator': '人均产值（2022年由127.6万元降至119.3万元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳民营智能门锁与楼宇对讲制造企业（深圳市珹澴智能科技股份有限公司不存在；竞争对手中山市琡浔智能锁业'
        '有限公司、厦门瑄岷楼宇科技股份有限公司，标杆青岛璮泷智慧社区集团，调研机构深圳市瑅沺消费研究有限公司均为虚构，'
        '董事长邝澄昀、数字和奖项都是编的），员工1,486人，质量部执笔，重过程、讲闭环的口吻（PBC、IPD、DFMEA、SPC、8D、'
        '首席质量官、质量红线）。版式是本样本的重点：每个过程条目都按PDCA四段小标题作答。Markdown；“#”标题（level 0，'
        'clause为null），封面信息块和说明PDCA写法的“编写说明”（@P -）；“## 企业概况”（level 1，标0）下三个公司自拟的“###”'
        '小标题（level 2，标0）；“## 一、领导”…“## 六、高质量的运营”（level 1）；条目“### 1.1 …”（level 2）用标准编号，'
        '6个标题为公司自拟（1.1 以“守门人”文化凝聚全员、2.2 战略落地与动态管控、3.2 让产品替用户多想一步、'
        '4.2 人才培育与组织活力、5.2 开放协同的创新生态、6.1 “一单到门”运营系统）。每个过程条目内有四段PDCA，每段1—2个'
        '段落，均标所属条目；形式按章变化：一、四章为“#### P 策划”…“#### A 改进”（level 3标题），二、五章为单独成行的'
        '“**P（策划）**”…“**A（改进）**”（level 3标题），三章为“#### 【P】策划”…，六章不设小标题，段首用“P—策划：”'
        '“D—实施：”“C—检查：”“A—改进：”引出（同一段的第二个段落不再加引语），“## 六、”下有一段说明（标6）。结果条目（x.3）'
        '不用PDCA。结果：表1-1（2022、2023年两列，带琡浔锁业、瑄岷楼宇、行业平均（2023年）列）、表2-1（年份为行，后接对手'
        '和行业平均行）、表3-1和表5-1（年份为列，带对手、标杆、行业平均列）、表6-1（只有2023年目标值列）；另有“依次为……”'
        '式数列、4.3的“- ”列表段落和排名（门锁份额第7→第5位、品牌价值榜第8→第6位、创新力榜第11→第6位）。'
        '刻意缺陷：3.1 顾客服务整条缺失（全文没有顾客分群或目标市场、了解各类顾客关键要求、售后或客服机制、热线、服务网络、'
        '顾客关系管理及其评价），“## 三、聚焦顾客”下先是“### 3.2 让产品替用户多想一步”，再是“### 3.3”（编号可见缺口，'
        '按位置读会把第一个条目当作3.1）；企业概况仍按销售渠道描述工程、零售和海外ODM。1.3 只有2022、2023年两年'
        '（2021年只出现在说明股改前口径不可比、“不再列示”的句子里），有对手和行业平均对比及排名。6.3 有2021—2023年三年数据，'
        '但只有“2023年目标值”列、年度目标、规划目标和“国家标准要求”，没有对手、行业、标杆或排名对比。不利结果：3.3 楼宇对讲'
        '市场占有率9.8%、10.3%、9.6%，2023年下降且低于瑄岷楼宇11.2%，只出现在表3-1中，正文没有提及或解释；2.3 年度经营'
        '目标达成率和工程渠道新签合同额2022年下降（已解释：新建住宅开工下滑、开发商暂停精装修配套招标），2023年合同额仍低于'
        '琡浔锁业（已解释：对方进入工程市场早）；4.3 人均产值2022年下降（已解释：收入减少但未裁员）。一段回答1.2（工程渠道'
        '专项审计、廉洁合作协议、举报受理）的段落放在5.2“**A（改进）**”的末尾（misplaced）。其他结果：门锁市场占有率和研发'
        '投入强度等与琡浔锁业、璮泷集团的差距逐年缩小（不列为不利结果）；离职率、早期失效率、质量损失率、存货周转天数、'
        '成本费用率越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

PHASES = ['P', 'D', 'C', 'A']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # Markdown markers match the levels; level-3 sub-heads are #### or a bold line
    for h in heads:
        if h['level'] == 3 and h['line'].startswith('**'):
            if not re.fullmatch(r'\*\*[PDCA]（(策划|实施|检查|改进)）\*\*', h['line']):
                problems.append('bad bold sub-head: ' + h['line'])
            continue
        want = '#' * (h['level'] + 1) + ' '
        if not h['line'].startswith(want) or h['line'].startswith(want[:-1] + '#'):
            problems.append('heading marker does not match level %d: %s' % (h['level'], h['line']))
    if any(b['line'].startswith('#') for b in body):
        problems.append('a paragraph starts with #')
    # every process item has P, D, C, A in order (sub-heads or, in chapter 六, run-ins), each with 1-2 paragraphs
    phases = {}
    current = None
    for b in blocks:
        if b['type'] == 'heading' and b['level'] == 3:
            m = re.search(r'[#*]\s*【?([PDCA])', b['line'])
            phases.setdefault(b['clause'], []).append([m.group(1), 0])
            current = b['clause']
        elif b['type'] == 'heading':
            current = None
        elif b['type'] == 'text' and b['clause'] in ('6.1', '6.2'):
            m = re.match(r'([PDCA])—(策划|实施|检查|改进)：', b['line'])
            if m:
                phases.setdefault(b['clause'], []).append([m.group(1), 1])
            else:
                phases[b['clause']][-1][1] += 1
        elif current is not None and not b.get('misplaced_under'):
            if b['clause'] != current:
                problems.append('paragraph under a %s sub-head labelled %s' % (current, b['clause']))
            phases[current][-1][1] += 1
    for c in PROCESS:
        got = phases.get(c, [])
        if [p for p, _ in got] != PHASES:
            problems.append('%s PDCA phases %s' % (c, [p for p, _ in got]))
        for p, n in got:
            if not 1 <= n <= 2:
                problems.append('%s phase %s has %d paragraphs' % (c, p, n))
    for c in RESULTS:
        if c in phases:
            problems.append('result item %s has PDCA' % c)
    # the PDCA forms differ between chapters
    forms = {'1': '#### P 策划', '2': '**P（策划）**', '3': '#### 【P】策划', '4': '#### P 策划', '5': '**P（策划）**'}
    for chap, form in forms.items():
        if not any(h['line'] == form and h['clause'].startswith(chap + '.') for h in heads):
            problems.append('chapter %s lacks %s' % (chap, form))
    # gap: chapter 三 has ### 3.2 then ### 3.3 and nothing numbered 3.1
    items = [h for h in heads if h['level'] == 2 and h['line'].startswith('### ')]
    for h in items:
        m = re.match(r'### (\d\.\d) ', h['line'])
        if h['clause'] != '0' and (not m or m.group(1) != h['clause']):
            problems.append('item number is not its clause: ' + h['line'])
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('## 三、'))
    if not (heads[i + 1]['line'].startswith('### 3.2 ') and any(
            h['line'].startswith('### 3.3 ') for h in heads[i + 2:i + 12])):
        problems.append('gap in 三、 not as planned')
    own = [h for h in items if h['clause'] != '0' and h['line'].split(' ', 2)[2] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('only %d own item titles' % len(own))
    # 1.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '1.3':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)|三年', sent) and '不再列示' not in sent:
                    problems.append('1.3 mentions an earlier year: ' + sent[:40])
    # 6.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '6.3' and any(c in b['line'] for c in COMPETITORS):
            problems.append('6.3 names a competitor or the benchmark')
    # 3.3: the intercom share decline appears only in the table
    for b in body:
        if b['clause'] == '3.3' and b['type'] == 'text' and '对讲' in b['line']:
            problems.append('3.3 text mentions 对讲')
    # result forms: a years-as-rows table, years-as-columns tables with 行业平均 columns
    tables = [b for b in body if b['type'] == 'table']
    if not any('\n2021年\t' in t['line'] and '\n行业平均（2023年）\t' in t['line'] for t in tables):
        problems.append('no years-as-rows table with a 行业平均 row')
    cols = [t for t in tables if '2021年\t2022年\t2023年' in t['line'] and '行业平均（2023年）' in t['line'].split('\n')[1]]
    if len(cols) < 2:
        problems.append('fewer than 2 years-as-columns tables with a 行业平均 column')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
