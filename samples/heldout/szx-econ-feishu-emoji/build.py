#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-feishu-emoji from source.txt.

A Shenzhen private consumer-electronics accessories brand, 深圳市昉屾电子科技有限公司 / 昉屾 (FANGSHEN) (made
up; GaN chargers, power banks, cables, desktop charging stations; 706 staff; sells on domestic and overseas
e-commerce platforms and to retailers in Japan, Europe and the Middle East). Its competitors 深圳珶沩数码
(``竞品A``) and 东莞溋栊电子 (``竞品B``), its benchmark 瑆岍科技集团 and the survey firm 峂曦消费者研究 are made
up too. Written by a young 品牌运营中心 team: upbeat but factual, short paragraphs.

Layout: A MARKDOWN EXPORT FROM AN ONLINE COLLABORATIVE DOC (飞书/Notion style).
- Title ``# 🚀 自评报告｜深圳市昉屾电子科技有限公司`` (level 0); a ``> 📝 文档信息：…`` property line and a
  ``> 💡 小贴士：…`` callout (front matter, ``@P -``); a ``🗂 目录`` block whose lines are Markdown links
  ``- [1.1 文化引领](#11-文化引领)`` (``@P -``). The 目录 lists every item of the standard, including the
  missing 5.1 创新系统.
- Profile ``## 🏠 组织简介`` with ``### 👋 我们是谁`` / ``### 🌍 竞争环境`` / ``### 💪 核心竞争力`` (all 0).
- Chapters ``## 🧭 第一篇｜领导`` … ``## ⚙️ 第六篇｜高质量的运营`` (level 1), each with its own emoji.
- Items decorated inconsistently (level 2): ``### 📌 1.1 文化引领：把“较真”刻进日常``, ``### 📊 2.3 …`` for most
  result items, ``### 🔥 4.2 …``; three items with the title only and no number: ``### ✅ 组织治理与社会责任``
  (= 1.2), ``### ✅ 开放共创的创新生态`` (= 5.2), ``### ✅ 营运质量`` (= 6.2); one ``### 1.3｜领导的结果``
  without emoji.
- Callouts ``> 💡 小贴士：…`` and ``> ⚠️ 注意：…`` inside items (labelled with their item); ``👉`` bullets as
  paragraphs of their own and inline; bold key figures ``**706人**``.
- Divider lines between chapters in the mixed forms the collaborators typed (``---``, ``***``, ``* * *``,
  ``- - -``, ``___``; each labelled with the clause of the block before it) and ``_ _ _`` before the back matter
  (null). No divider between chapters 2 and 3.
- Back matter: ``## 📎 附：名词解释`` (clause null) with 6 glossary lines (``@P -``).
- Results: 表3-1 with ``2021 | 2022 | 2023 | 行业平均 | 竞品A`` columns; 表6-1 with years as rows and
  ``竞品A（2023年）`` / ``行业平均（2023年）`` rows; prose series (4.3, 5.3 bullets ``三年依次为…``); ranking
  sentences (天猫“移动电源”类目排名第4, 京东 第3, 按销售额排第5位); 5.3 compares with the benchmark 瑆岍
  (gap narrowing every year).

Planted defects:
- 5.1 创新系统 missing everywhere (no innovation strategy or culture, no tolerance of failure, no incentive
  scheme or prioritised resources, no choice of technology modes, no mechanism for turning results into
  value), guarded by ``forbidden_words``. ``## 💡 第五篇｜持续创新`` opens with the unnumbered
  ``### ✅ 开放共创的创新生态`` (= 5.2), which sits where 5.1 should be (ordinal trap: it is the first item
  of chapter 5), followed by ``### 📌 5.3``; the 目录 still lists ``5.1 创新系统``.
- 2.3 has 2022-2023 only (表2-1); 2021 appears only in the sentence saying the 19 strategy indicators were new
  in 2022 (``不再列出``). It has 竞品A / 行业平均 columns and rankings.
- 1.3 has 2021-2023 and only a ``2023年目标值`` column and a ``规划目标`` (no competitor, industry, benchmark
  or ranking).
- 6.3 海外电商退货率 2.9 -> 3.1 -> 3.8% (bad-is-high, rising), above 竞品A 3.3 and 行业平均 3.6, only in
  表6-1 (unexplained). Explained: 1.3 净利润 (2022, 0.82 -> 0.71 亿元) and 3.3 天猫旗舰店复购率 (2022,
  27.5 -> 24.8%).
- One 4.2 paragraph (新员工“充电营”培训和导师制) sits at the end of 3.2 (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-feishu-emoji/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['5.1'],
    'results_lacking_three_years': ['2.3'],
    'results_lacking_comparison': ['1.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['1.3'],
    # 5.1 创新系统 must be absent everywhere: innovation strategy/culture, tolerance of failure, incentives,
    # prioritised resources, technology modes (引进/合作/自主), breakthrough research, turning results into value.
    'forbidden_words': ['创新文化', '创新氛围', '创新理念', '创新意识', '宽容失败', '容忍失败', '容错', '试错',
                        '创新激励', '创新奖', '激励制度', '奖励发明', '合理化建议', '金点子', '创新专项',
                        '创新驱动', '创新计划', '创新目标', '创新战略', '技术路线', '路线图', '自主研发',
                        '技术引进', '引进技术', '技术合作', '基础研究', '前沿', '颠覆', '突破性',
                        '成果转化', '转化机制', '商业化', '工程化', '技术许可', '孵化', '研发经费', '研发预算',
                        '科研经费', '研发资源'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '海外电商退货率（2.9%→3.1%→3.8%，越低越好却逐年上升，2023年高于竞品A 3.3%和行业平均3.6%；'
                      '只在表6-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润（2022年由0.82亿元降至0.71亿元，下降13.4%）', 'explained': True},
        {'clause': '3.3', 'indicator': '天猫旗舰店复购率（2022年由27.5%降至24.8%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳民营消费电子配件品牌（深圳市昉屾电子科技有限公司/昉屾 FANGSHEN不存在；竞争对手深圳珶沩数码'
        '（竞品A）和东莞溋栊电子（竞品B）、行业标杆瑆岍科技集团、调研机构峂曦消费者研究均为虚构，人名、数字和奖项都是编的），'
        '做氮化镓充电器、移动电源、数据线和桌面充电站，员工706人，国内电商、海外电商和海外零售商渠道。品牌运营中心的年轻团队执笔，'
        '积极但讲事实，段落短。版式是本样本的重点：在线协作文档（飞书/Notion）导出的Markdown。标题“# 🚀 自评报告｜…”（level 0），'
        '“> 📝 文档信息”属性行、一条前置“> 💡 小贴士”和“🗂 目录”块（每行一个Markdown链接“- [1.1 文化引领](#11-文化引领)”，'
        '列出标准全部条目，包括缺失的5.1 创新系统）都是前置内容（@P -）。组织简介“## 🏠 组织简介”下有“### 👋 我们是谁”'
        '“### 🌍 竞争环境”“### 💪 核心竞争力”（都标0）。章“## 🧭 第一篇｜领导”…“## ⚙️ 第六篇｜高质量的运营”（level 1），'
        '条目（level 2）装饰不一致：大多“### 📌 1.1 …”，结果条目多用“### 📊”，“### 🔥 4.2 …”；三个条目只有标题没有编号：'
        '“### ✅ 组织治理与社会责任”=1.2、“### ✅ 开放共创的创新生态”=5.2、“### ✅ 营运质量”=6.2；“### 1.3｜领导的结果”没有emoji。'
        '条目内有“> 💡 小贴士：”和“> ⚠️ 注意：”提示块（标所在条目）、单独成段或句内的“👉”要点、加粗关键数字。'
        '章与章之间的分隔线形式不一（---、***、* * *、- - -、___，各标其前一块的条款；第二、三章之间没有分隔线），'
        '附录前的“_ _ _”为null。文末“## 📎 附：名词解释”（clause为null）和6条名词解释是back matter（@P -）。'
        '结果：表3-1列为“2021 | 2022 | 2023 | 行业平均 | 竞品A”；表6-1年份为行，另有“竞品A（2023年）”“行业平均（2023年）”行；'
        '4.3、5.3用“三年依次为…”等文字序列；排名句（天猫“移动电源”类目排名第4、京东第3、国内线上按销售额第5位）；'
        '5.3与标杆瑆岍比较（差距逐年缩小，不列为不利结果）。'
        '刻意缺陷：5.1 创新系统整条缺失（全文没有创新战略与创新文化、宽容失败、创新激励与资源优先配置、技术引进/合作/自主模式、'
        '成果转化机制），第五篇第一个条目是不带编号的“### ✅ 开放共创的创新生态”，它是5.2（序号陷阱：按位置是第五篇第一项），'
        '之后是“### 📌 5.3”；目录仍列出“5.1 创新系统”。2.3只有2022年和2023年（2021年只出现在说明19项战略指标2022年新设、'
        '“不再列出”的句子里），有竞品A、行业平均列和排名。1.3有2021—2023年三年数据，但只有“2023年目标值”列和“规划目标”，'
        '没有对手、行业、标杆或排名比较。不利结果：6.3海外电商退货率2.9%、3.1%、3.8%逐年上升，2023年高于竞品A 3.3%和'
        '行业平均3.6%，只出现在表6-1中，正文没有提及或解释；1.3净利润2022年下降（已解释：电芯涨价未全部转嫁、海外仓存货跌价）；'
        '3.3天猫旗舰店复购率2022年下降（已解释：主力磁吸款换代断档）。一段回答4.2的段落（新员工“充电营”培训与导师带教）'
        '放在3.2“顾客增值”末尾（misplaced）。差评率、主动离职率、开箱不良率、存货周转天数、客诉闭环时长越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

DIVIDERS = ['---', '***', '* * *', '- - -', '___', '_ _ _']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # 2.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '2.3':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('2.3 mentions an earlier year: ' + sent[:40])
    # 1.3: no competitor, benchmark or survey names
    for b in body:
        if b['clause'] == '1.3' and re.search('竞品|珶沩|溋栊|瑆岍|峂曦|类目|第\\d+名|第\\d+位', b['line']):
            problems.append('1.3 has a comparison: ' + b['line'][:30])
    # 6.3: the rising 退货率 appears only in the table
    for b in body:
        if b['clause'] == '6.3' and b['type'] == 'text' and '退货' in b['line']:
            problems.append('6.3 text mentions 退货率')
    # ordinal trap: chapter 5 opens with an unnumbered heading that answers 5.2, then 5.3
    i = next(k for k, h in enumerate(heads) if '第五篇' in h['line'])
    h1, h2 = heads[i + 1], heads[i + 2]
    if not (h1['clause'] == '5.2' and not re.search(r'\d', h1['line']) and h2['clause'] == '5.3'
            and '第六篇' in heads[i + 3]['line']):
        problems.append('ordinal trap in chapter 5 not as planned')
    toc = next(b for b in body if b['line'].startswith('🗂 目录'))
    if '[5.1 创新系统](#51-' not in toc['line'] or toc['clause'] is not None:
        problems.append('目录 does not list 5.1 or is labelled')
    # heading decoration: three unnumbered ✅ items, one 1.3｜ heading without emoji
    ticks = [h for h in heads if h['line'].startswith('### ✅ ')]
    if sorted(h['clause'] for h in ticks) != ['1.2', '5.2', '6.2']:
        problems.append('✅ items not as planned')
    if [h['clause'] for h in heads if h['line'].startswith('### 1.3｜')] != ['1.3']:
        problems.append('1.3｜ heading missing')
    # callouts inside items, labelled
    for kind in ('> 💡 小贴士：', '> ⚠️ 注意：'):
        inside = [b for b in body if b['line'].startswith(kind) and b['clause'] is not None]
        if len(inside) < 4:
            problems.append('too few labelled callouts ' + kind)
    # dividers: each form once
    divs = [b['line'] for b in body if b['line'] in DIVIDERS]
    if sorted(divs) != sorted(DIVIDERS):
        problems.append('dividers not as planned: %s' % divs)
    # glossary: 6 back-matter lines after the 附 heading
    j = next(k for k, b in enumerate(blocks) if b['type'] == 'heading' and '附：名词解释' in b['line'])
    gl = blocks[j + 1:]
    if len(gl) != 6 or any(b['clause'] is not None or not b['line'].startswith('- **') for b in gl):
        problems.append('glossary not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
