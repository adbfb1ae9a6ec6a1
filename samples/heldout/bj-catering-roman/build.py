#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-catering-roman from source.txt.

Layout: a Beijing fast-casual Chinese catering chain (北京湉穗餐饮管理股份有限公司, brand 湉穗小灶; competitors
椒澜食堂 and 粢屿小厨, benchmark 成都霁棠餐饮集团, survey firm 岑漪调研, data source 京餐联 — all made up) in a
lively but factual brand/operations voice. Markdown `#` headings with **Roman, hyphenated numbering**: a plain
title line and a `编写说明` paragraph (front matter), `# 序　组织概述` (= 0) with `## 序-1 …` (= 0.1) and
`## 序-2 …` (= 0.2), chapters `# Ⅰ　领导` … `# Ⅶ　结果` (Unicode Roman numerals, = 1 … 7), items `## Ⅰ-1　…`
numbered by their position in the chapter, about half of them titled in the company's own words, and the
company's own sub-headings `### A. …` / `### B. …` inside 1.1, 3.2, 4.1 and 5.2 (labelled with the item).
A one-paragraph intro under `# Ⅶ　结果` (= 7). Back matter `# 附：名词解释` with a glossary paragraph.

Planted defects: 4.2 财务资源 missing, so `Ⅳ-2` is 4.3, `Ⅳ-3 技术资源` is 4.4, `Ⅳ-4` 4.5 and `Ⅳ-5` 4.6
(ordinal trap); 7.2 has 2022–2023 only; 7.1 has three years but only 目标值 / 国家标准 columns; 7.5
外卖订单准时送达率 falls every year and is below 椒澜食堂 and 行业平均 in 2023, only in 表Ⅶ-5 (unexplained);
7.3 (2022) and 7.4 一线员工流失率 (2022) are explained; one 1.2 paragraph (高层绩效评价) sits under
`### B. 考核、薪酬和激励` of Ⅳ-1 (4.1).
"""
META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
                    '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
                    '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5',
                     '4.6', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'expected_missing': ['4.2'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.1'],
    # 4.2 财务资源 must be absent everywhere: no funding needs or sources, capital turnover, budgeting,
    # cost management, financial risk or financial control
    'forbidden_words': ['预算', '资金', '融资', '现金流', '财务风险', '财务管理', '财务控制', '资产周转',
                        '贷款', '授信', '投资', '成本', '账期', '资本', '财务资源'],
    'unfavourable_results': [
        {'clause': '7.5', 'indicator': '外卖订单准时送达率（96.8%、96.1%、94.9%逐年下降，2023年低于椒澜食堂95.6%和行业平均95.3%，仅见于表Ⅶ-5）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入、净利润、同店销售增长率、净利润率与净资产收益率（2022年下降）',
         'explained': True},
        {'clause': '7.4', 'indicator': '一线员工年流失率（2022年由38.5%升至44.2%，略高于行业平均43.6%）',
         'explained': True},
    ],
    'notes': (
        '北京2020，虚构北京中式快餐连锁企业（北京湉穗餐饮管理股份有限公司，品牌“湉穗小灶”，不存在；竞争对手椒澜食堂、粢屿小厨，'
        '标杆成都霁棠餐饮集团，调研机构岑漪调研，行业数据来源“京餐联”，榜单《京味餐饮观察》均为虚构）。品牌/营运口吻，活泼但讲事实'
        '（门店、中央厨房、食品安全、出餐时长、翻台率、会员、外卖、同店销售）。'
        '版式：Markdown“#”标题，罗马数字加连字符编号。首行为无“#”的报告标题（level 0，clause为null），随后一段“编写说明：”'
        '（前置内容，@P -）。组织概述为“# 序　组织概述”（level 1，标0），其下“## 序-1　我们是谁：一碗热饭的生意”=0.1、'
        '“## 序-2　赛道、对手和我们的底牌”=0.2（level 2）。正文为“# Ⅰ　领导”…“# Ⅶ　结果”（Unicode罗马数字，level 1，标1…7），'
        '条目“## Ⅰ-1　高层领导的作用”等（level 2），连字符后的序号是条目在本章中的位置；约一半条目标题用公司自己的话：'
        '“Ⅰ-2　把规矩立在桌面上”=1.2，“Ⅱ-2　从一张规划到两百家门店的日历”=2.2，“Ⅲ-1　读懂吃饭的人”=3.1，'
        '“Ⅳ-2　门店数据和厨艺经验”=4.3，“Ⅳ-4　中央厨房、门店和冷链车”=4.5，“Ⅳ-5　和供应商、平台一起长大”=4.6，'
        '“Ⅴ-2　每一份餐的出品过程”=5.2，“Ⅵ-2　小改小革和新菜新店型”=6.2，“Ⅶ-2　顾客怎么说、市场怎么看”=7.2，'
        '“Ⅶ-4　人、数据、技术、设施和伙伴”=7.4。1.1、3.2、4.1、5.2下有公司自己的“### A. …”“### B. …”小标题（level 3，标所属条目）。'
        '“# Ⅶ　结果”下有一段引言，标7。末尾“# 附：名词解释”标题（level 1）及一段名词解释为后置内容（clause为null）。'
        '刻意缺陷：4.2 财务资源整条缺失（全文没有资金需求与筹措、资金周转、预算、成本、财务风险或财务控制的内容），'
        '所以“Ⅳ-2”是4.3、“Ⅳ-3　技术资源”是4.4、“Ⅳ-4”是4.5、“Ⅳ-5”是4.6（序号陷阱：连字符序号与准则编号不符）。'
        '7.2 只有2022年和2023年两年（2021年只出现在说明口径不同、不列更早数字的句子里），有椒澜食堂、粢屿小厨、行业平均对比和平台榜单名次；'
        '含图Ⅶ-2（图题单独成段，数值在下一段文字中）。'
        '7.1 有2021—2023三年数据，只有“2023年目标值”和“国家标准或规范要求”列，没有竞争对手、行业、标杆或排名对比。'
        '不利结果：7.5 外卖订单准时送达率三年为96.8%、96.1%、94.9%，2023年低于椒澜食堂95.6%和行业平均95.3%，只在表Ⅶ-5中出现，正文未解释；'
        '7.3 2022年营业收入、净利润、同店销售等下降，已解释（堂食暂停）；7.4 一线员工年流失率2022年升至44.2%，已解释（停业、员工返乡）。'
        '一段1.2内容（董事会薪酬与考核委员会评价高管履职，高层绩效）错放在Ⅳ-1的“### B. 考核、薪酬和激励”下（misplaced）。'
        '其余结果条目：7.3 表Ⅶ-3年份为行（椒澜食堂、行业平均、标杆霁棠行）加排名“位列第4名”；7.4 写成三段，每段一年（2021年、2022年、2023年），'
        '含行业平均、椒澜食堂、霁棠和评比名次；7.5 表Ⅶ-5年份为行（椒澜食堂、行业平均行）；7.6 门店数序列（148、171、203家）、'
        '表Ⅶ-6年份为列加“比较（2023年）”列、图Ⅶ-6（图题单独成段）和“位列该榜单第4名”。表序-1、表Ⅶ-1、表Ⅶ-2年份为列。'
        '组织概述（0.1+0.2段落与表序-1，不含标题）低于3,000字上限。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦ'


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c):
        return ''.join(b['line'] for b in body if b['clause'] == c)

    # heading layout: # Ⅰ　… chapters, ## Ⅰ-n items numbered by position, ### A. sub-headings with the item
    chapter, pos, item, sub = None, 0, None, 0
    for b in blocks:
        if b['type'] != 'heading' or b['clause'] is None:
            continue
        line, lvl, c = b['line'], b['level'], b['clause']
        if lvl == 1:
            if c == '0':
                ok = line == '# 序　组织概述'
            else:
                ok = line.startswith('# %s　' % ROMAN[int(c) - 1])
            if not ok:
                problems.append('chapter heading: ' + line)
            chapter, pos = c, 0
        elif lvl == 2:
            pos += 1
            pre = '序' if chapter == '0' else ROMAN[int(chapter) - 1]
            if not line.startswith('## %s-%d　' % (pre, pos)) or c.split('.')[0] != chapter:
                problems.append('item heading: ' + line)
            item, sub = c, 0
        elif lvl == 3:
            if c != item or not line.startswith('### %s. ' % 'ABCD'[sub]):
                problems.append('sub-heading: ' + line)
            sub += 1
    heads = {b['clause']: b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 2}
    if not heads.get('4.3', '').startswith('## Ⅳ-2') or not heads.get('4.4', '').startswith('## Ⅳ-3'):
        problems.append('ordinal trap in chapter Ⅳ is not in place')
    # three years in every result item but 7.2
    for c in ['7.1', '7.3', '7.4', '7.5', '7.6']:
        t = text_of(c)
        for y in ('2021', '2022', '2023'):
            if y not in t:
                problems.append('%s lacks %s' % (c, y))
    # 7.2: 2021 (or earlier) only in the one sentence saying why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for s in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|2[01])', s) and '不列' not in s:
                    problems.append('7.2 gives an early year: ' + s[:40])
    # 7.5: the falling 外卖订单准时送达率 is not explained (text paragraphs never mention 外卖)
    for b in body:
        if b['clause'] == '7.5' and b['type'] == 'text' and '外卖' in b['line']:
            problems.append('7.5 text mentions 外卖')
    if '94.9' not in text_of('7.5'):
        problems.append('7.5 table lacks the falling value')
    # 7.4 written as one paragraph per year
    starts = [b['line'][:5] for b in body if b['clause'] == '7.4']
    if starts != ['2021年', '2022年', '2023年']:
        problems.append('7.4 paragraphs: %s' % starts)
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
