#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-score-summary from source.txt.

A Shenzhen private maker of smart door locks and access-control systems, 深圳市琮泺智能科技股份有限公司
(琮泺智能, made up; 1,036 staff; its competitors 佛山市璠湝锁业有限公司 and 杭州玹沨智能科技有限公司, its
benchmark 宁波瑀浛智能安防集团 and the survey firm 深圳市珰溍消费研究有限公司 are made up too), written by its
品质管理部 in a brisk voice (short lead-ins 文化怎么来的。/ 一张图，是战略地图。, PBC, IPD, Kano, 8D, SPC, CQO).

Layout: HEAVY FRONT AND BACK MATTER THAT NAMES EVERY CLAUSE.
- Markdown. ``#`` title (level 0), a cover block (``@P -``), ``## 编制说明`` with three paragraphs (who
  wrote it, how, which standard, data sources; ``@P -``) and ``## 目录``: one block of TOC lines with
  dotted leaders and page numbers, one line per body heading and per appendix (``@P -``).
- ``## 企业简介`` (= 0) with ``### 一、基本情况`` / ``### 二、竞争环境`` / ``### 三、核心竞争力``.
- Chapters ``## 第一部分 领导`` … ``## 第六部分 高质量的运营`` (level 1); items ``### 1.1 …`` with the
  standard's numbers, 6 titles in the company's words (守门人文化 = 1.1, 一张图、一本账、一张表 = 2.2,
  让锁“懂”用户 = 3.2, 人才成长双通道 = 4.2, 开放创新与知识沉淀 = 5.2, 品质是设计出来的 = 6.2).
- Results: 表1-1, 表4-1, 表6-1 years as columns with competitor / 行业平均 / benchmark columns (2023);
  表3-1 years as rows with competitor and 行业平均 rows; prose series; ranking series (第9 → 第7 → 第5,
  第6 → 第4); ``- `` bullets in 4.3.
- Back matter after the last result item (all clause null): ``## 附录一 自评得分汇总表`` with a table
  (``@T -``) listing 0, every category and every item with its title, 满分, 自评得分 and a remark (the
  remarks repeat headline figures; 6.1 运营系统 is scored 17 although the body has nothing on it),
  ``## 附录二 附件清单`` (附件1 … 附件21 named after clause topics), ``## 附录三 术语与缩略语`` (glossary)
  and ``## 声明`` (statement and signature block).

Planted defects:
- 6.1 运营系统 missing everywhere (no operating model, key-process identification or requirements,
  process KPIs, emergency/continuity handling, or digital/smart-manufacturing upgrades). ``## 第六部分``
  has ``### 6.1 品质是设计出来的``, which answers 6.2, and ``### 6.2 高质量运营的结果``, which is 6.3
  (ordinal trap; the 目录 repeats the shifted numbers). The score table still lists 6.1 运营系统 with 17 points.
- 5.3 has 2022-2023 only (表5-1); 2021 appears only in the sentence saying that the R&D figures were
  re-based when the 研究院 was set up in 2022 and are 不再列示. It has 璠湝锁业 / 玹沨智能 / 行业平均 columns.
- 2.3 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- 4.3 研发人员主动离职率 6.2 -> 5.8 -> 7.4%, worse than 璠湝锁业 6.1 and 行业平均 6.9, only in 表4-1
  (unexplained); 1.3 净利润 / 销售净利率 (2022) and 3.3 工程渠道销售额 (2022) are explained.
- One 1.2 paragraph (用户数据合规: 数据合规官, 个人信息保护, 等保三级, 合规审计) sits at the end of 3.2
  ``### 3.2 让锁“懂”用户`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-score-summary/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['6.1'],
    'results_lacking_three_years': ['5.3'],
    'results_lacking_comparison': ['2.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['2.3'],
    # 6.1 运营系统 must be absent everywhere: no operating model, key processes and their requirements,
    # process KPIs, emergency / continuity handling, digital or smart-manufacturing upgrades. (The score
    # table in the back matter names 运营系统 as a title, so that word itself is not forbidden.)
    'forbidden_words': ['运营模式', '运营设计', '运营管理', '关键过程', '过程识别', '过程控制', '过程绩效',
                        '价值链', '应急', '灾备', '突发', '业务流程', '流程优化', '流程再造', '模式升级',
                        '智能工厂', '数字化工厂', '数字化车间', '柔性生产', '精益生产', 'MES', '服务型制造',
                        '工业互联网', '运营指标', '自动化改造', '生产组织', '外包'],
    'unfavourable_results': [
        {'clause': '4.3',
         'indicator': '研发人员主动离职率（6.2%→5.8%→7.4%，2023年上升，高于璠湝锁业6.1%和行业平均6.9%；只在表4-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润、销售净利率（2022年由0.82亿元、8.5%降至0.61亿元、6.0%）',
         'explained': True},
        {'clause': '3.3', 'indicator': '工程渠道销售额（2022年由5.57亿元降至5.08亿元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营智能门锁与门禁出入口产品制造企业（深圳市琮泺智能科技股份有限公司不存在；'
        '竞争对手佛山市璠湝锁业有限公司、杭州玹沨智能科技有限公司，学习标杆宁波瑀浛智能安防集团，调研机构深圳市珰溍消费研究有限公司'
        '均为虚构，人名、数字和奖项都是编的），员工1,036人。品质管理部执笔，干脆利落的口吻（“文化怎么来的。”“一张图，是战略地图。”'
        '等短引语，PBC、IPD、Kano、8D、SPC、CQO）。版式是本样本的重点：厚重的前后附文，逐条点到标准的所有条款。Markdown；'
        '“#”标题（level 0，clause为null）、封面信息块、“## 编制说明”（三段：谁编、怎么编、依据哪个标准及数据口径）和“## 目录”'
        '（一整块目录行，带点线和页码，每个正文标题和附录一行），都是front matter（@P -）。“## 企业简介”标0，下有三个“###”小标题；'
        '“## 第一部分 领导”…“## 第六部分 高质量的运营”标1…6；条目“### 1.1 …”用标准编号，6个标题用公司自己的说法'
        '（守门人文化=1.1、一张图、一本账、一张表=2.2、让锁“懂”用户=3.2、人才成长双通道=4.2、开放创新与知识沉淀=5.2、'
        '品质是设计出来的=6.2）。结果：表1-1、表4-1、表6-1以年份为列，带对手、行业平均或标杆（2023年）列；表3-1以年份为行，'
        '末尾是对手和行业平均行；文字序列、排名序列（第9→第7→第5位，第6→第4位）；4.3有“- ”列表。最后一个结果条目之后是back matter'
        '（clause为null）：“## 附录一 自评得分汇总表”，表格（@T -）列出0、每个类目和每个评分项的编号、标题、满分、自评得分和备注'
        '（备注重复部分关键数据，6.1 运营系统照样打了17分）；“## 附录二 附件清单”（附件1…附件21，按条款主题命名）；'
        '“## 附录三 术语与缩略语”；“## 声明”和签章块。'
        '刻意缺陷：6.1 运营系统整条缺失（全文没有运营模式、关键过程识别及其要求、过程指标、突发事件处置或数字化、智能化升级），'
        '“## 第六部分”下“### 6.1 品质是设计出来的”回答的是6.2，“### 6.2 高质量运营的结果”是6.3（序号陷阱，目录也是错位后的编号）；'
        '附录一仍列出“6.1 运营系统”并自评17分。5.3 只有2022年和2023年两年（2021年只出现在说明2022年设立研究院后研发数据'
        '重新归集、旧口径不可比“不再列示”的句子里），有璠湝锁业、玹沨智能和行业平均对比列。2.3 有2021—2023年三年数据，'
        '但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。不利结果：4.3 研发人员主动离职率6.2%、5.8%、'
        '7.4%，2023年上升，高于璠湝锁业6.1%和行业平均6.9%，只出现在表4-1中，正文没有提及或解释；1.3 净利润和销售净利率2022年下降'
        '（已解释：芯片和模组涨价、固定总价合同、地产客户汇票逾期计提坏账）；3.3 工程渠道销售额2022年下降（已解释：精装修配套量下滑、'
        '主动退出高风险地产客户，降幅小于对手和行业）。一段回答1.2（用户数据合规：数据合规官、个人信息保护、等保三级、外部合规审计）'
        '的段落放在3.2“### 3.2 让锁“懂”用户”的末尾（misplaced）。其他：6.3各项与标杆瑀浛集团的差距逐年缩小（不列为不利结果）；'
        '投诉率、流失率、返修率、质量损失率、资产负债率越低越好，下降是有利结果。'
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
    # front matter: cover, 编制说明, 目录 with a page number on every line
    toc = next((b for b in body if b['clause'] is None and '……' in b['line']), None)
    if toc is None:
        problems.append('no 目录 block')
    else:
        for ln in toc['line'].split('\n'):
            if not re.search(r'…+ \d+$', ln):
                problems.append('目录 line without a page number: ' + ln)
        for h in heads:
            t = re.sub(r'^#+ ', '', h['line'])
            if h['level'] in (1, 2) and h['clause'] not in (None, '0') and t not in toc['line']:
                problems.append('heading not in 目录: ' + t)
    # back matter: the score table lists every category and item, 6.1 with a score
    sheet = next((b for b in body if b['type'] == 'table' and b['clause'] is None), None)
    if sheet is None:
        problems.append('no score table')
    else:
        rows = {r.split('\t')[0]: r.split('\t') for r in sheet['line'].split('\n')[2:]}
        for c in ALL:
            if c not in rows:
                problems.append('score table lacks ' + c)
        if '6.1' in rows and not rows['6.1'][3].isdigit():
            problems.append('6.1 not scored in the score table')
        items = [c for c in ALL if '.' in c]
        if sum(int(rows[c][3]) for c in items if c in rows) != int(rows['合计'][3]):
            problems.append('score table total wrong')
        for k in '123456':
            sub = sum(int(rows[c][3]) for c in items if c.startswith(k + '.'))
            if sub != int(rows[k][3]):
                problems.append('category %s subtotal wrong' % k)
    # every block after the first back-matter heading is unlabelled
    first_back = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and '附录一' in b['line'])
    if any(b['clause'] is not None for b in blocks[first_back:]):
        problems.append('labelled block inside the back matter')
    # 5.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.3 mentions an earlier year: ' + sent[:40])
    # 4.3: the rise of 研发人员主动离职率 appears only in the table
    for b in body:
        if b['clause'] == '4.3' and b['type'] == 'text' and '离职' in b['line']:
            problems.append('4.3 text mentions 离职')
    # 2.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '2.3' and re.search('璠湝|玹沨|瑀浛|珰溍', b['line']):
            problems.append('2.3 names a competitor, benchmark or survey firm')
    # ordinal trap: under 第六部分, "6.1" answers 6.2 and "6.2" answers 6.3
    idx = next(i for i, h in enumerate(heads) if '第六部分' in h['line'])
    h1, h2 = heads[idx + 1], heads[idx + 2]
    if not (h1['line'].startswith('### 6.1 ') and h1['clause'] == '6.2'
            and h2['line'].startswith('### 6.2 ') and h2['clause'] == '6.3'):
        problems.append('ordinal trap under 第六部分 not as planned')
    # at least 5 item headings in the company's own words (not the standard's title)
    std_titles = ['文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                  '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                  '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果']
    own = [h for h in heads if h['level'] == 2 and re.match(r'### \d\.\d ', h['line'])
           and not any(t in h['line'] for t in std_titles)]
    if len(own) < 5:
        problems.append('only %d item titles in own words' % len(own))
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
