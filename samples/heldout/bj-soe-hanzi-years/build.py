#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-soe-hanzi-years from source.txt.

A Beijing municipal state-owned district-heating group, 北京璗漋供热集团有限公司 (made up; its peers
天津琯潆热力集团有限公司 and 济南玕渫供热有限公司, its benchmark 长春瑧澂热力集团有限公司 and the survey firm
北京瞿霂社情调查有限公司 are made up too; 2,416 staff, 9,330万平方米 of heated floor area), written by its
企业管理部 in a formal state-owned-enterprise voice (集团党委, 三重一大, 党政同责, 一是……二是……, 出资人考核).

Layout: YEARS WRITTEN IN CHINESE NUMERALS.
- Plain text, no ``#``. Two title lines (level 0), a cover block dated ``二〇二四年三月二十八日`` and an
  编制说明 paragraph (front matter, ``@P -``); back matter ``结束语`` (heading, clause null) and one paragraph.
- ``组织概述`` (= 0) with ``一、组织描述`` (0.1) and ``二、组织面临的挑战`` (0.2); chapters ``第一章 领导`` …
  ``第七章 结果``; items ``第一节 …`` restarting in every chapter, 8 titles in the company's words;
  ``一、二、三、`` sub-heads (level 3, labelled with their item) in 1.1, 1.2, 4.1 and 7.4. Intros under
  第一章 (= 1) and 第七章 (= 7).
- Years mostly in Chinese numerals in the prose (``二〇二一年``, ``二〇二二至二〇二三年``, ``二〇二三年度``,
  ``二零二二年``, ``二〇二一—二〇二五年``, even ``一九八六年``), Arabic years in some sentences and tables;
  heating seasons as periods (``二〇二二—二〇二三采暖季`` in prose, ``2021—2022供暖季`` in 表7-1 and 5.2).
- Results: 表0-1, 表7-2 and 表7-6 with ``二〇二一年 | 二〇二二年 | 二〇二三年`` headers and
  ``琯潆热力（二〇二三年）`` / ``瑧澂热力（标杆，二〇二三年）`` / ``全国行业平均（二〇二三年）`` columns;
  表7-1 with three heating seasons as columns plus peer / 全国行业平均 columns; 表7-3 with years as rows
  (``2021年`` …) plus target rows; 表7-5 with ``2022年 | 2023年`` and peer columns; prose series in
  Chinese-numeral years, ``· `` bullets in 7.4, ``战略结果：`` run-ins in 7.6 and a ranking
  (``位列全国供热企业第四``).

Planted defects:
- 3.1 顾客和市场的了解 missing everywhere (no segmentation method, no target, future or potential users,
  no methods for learning what users want, no use of such information). ``第三章 顾客与市场`` has only
  ``第一节 热用户服务与满意度管理``, which is 3.2 (ordinal trap). The profile still names the two kinds of
  users and what they care about most.
- 7.5 has 2022-2023 only (表7-5); 2021 appears only in the sentence that says the energy indicators were
  restated on the smart-heating platform's metering basis from 二〇二二年 and earlier figures 不再列示.
  It has 琯潆热力 / 玕渫供热 / 全国行业平均 columns.
- 7.3 has 2021-2023 (years as rows) but only ``2023年考核目标值`` and ``“十四五”规划目标（2025年）`` rows.
- 7.2 热费收缴率 99.1 -> 99.3 -> 98.4, below 琯潆热力 98.9 and 全国行业平均 98.7, only in 表7-2
  (unexplained); 7.1 居民室温达标率 (二〇二二—二〇二三采暖季) and 7.3 利润总额 / 资产负债率 (2022) explained.
- One 1.2 paragraph (审计部向审计与风险委员会报告, 会计师事务所轮换, 审计整改) sits at the end of 6.1's
  ``第一节 测量、分析和评价`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-soe-hanzi-years/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['3.1'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.3'],
    # 3.1 顾客和市场的了解 must be absent everywhere: no segmentation, no target, future or potential users,
    # no methods for learning what users want, no use of such information.
    'forbidden_words': ['顾客需求', '客户需求', '用户需求', '需求调研', '需求识别', '需求分析', '市场调研',
                        '市场调查', '市场信息', '细分', '顾客群', '客户群', '用户群', '目标市场', '目标客户',
                        '目标用户', '目标顾客', '潜在客户', '潜在用户', '潜在顾客', '偏好', '用户画像',
                        '了解用户', '了解顾客', '了解客户', '未来用户', '未来顾客', '用户识别', '顾客识别',
                        '期望', '市场拓展', '市场开发', '意向用户'],
    'unfavourable_results': [
        {'clause': '7.2',
         'indicator': '热费收缴率（99.1%→99.3%→98.4%，2023年下降，低于琯潆热力98.9%和全国行业平均98.7%；'
                      '只在表7-2中）',
         'explained': False},
        {'clause': '7.1', 'indicator': '居民室温达标率（二〇二二—二〇二三采暖季由99.62%降至99.31%）',
         'explained': True},
        {'clause': '7.3', 'indicator': '利润总额、资产负债率（2022年利润总额由2.18亿元降至1.21亿元，'
                                       '资产负债率由56.8%升至58.9%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有独资城市集中供热企业（北京璗漋供热集团有限公司不存在；同行天津琯潆热力集团有限公司、'
        '济南玕渫供热有限公司，标杆长春瑧澂热力集团有限公司，调查机构北京瞿霂社情调查有限公司均为虚构，人名、数字和奖项都是编的），'
        '在岗职工2,416人，供热面积9,330万平方米。集团企业管理部执笔，正式的国企口吻（集团党委、三重一大、党政同责、出资人考核）。'
        '版式是本样本的重点：年份大多用汉字数字书写。纯文本，无#；两行标题（level 0，clause为null），封面信息块（报送日期'
        '二〇二四年三月二十八日）和一段“编制说明”（@P -）；“组织概述”（标0）下“一、组织描述”=0.1、“二、组织面临的挑战”=0.2；'
        '“第一章 领导”…“第七章 结果”（标1…7），条目“第一节 …”在每章重新编号，8个标题用企业自己的话；1.1、1.2、4.1、7.4下有'
        '“一、二、三、”小标题（level 3，标所属条目）；第一章和第七章下各有一段引言（标1、7）；文末“结束语”标题和一段（back matter）。'
        '正文年份多写作“二〇二一年”“二〇二二至二〇二三年”“二〇二三年度”“二零二二年”“二〇二一—二〇二五年”，也有“一九八六年”；'
        '部分句子和表格用阿拉伯数字年份；采暖季作为期间出现在若干条目（正文“二〇二二—二〇二三采暖季”，表7-1和5.2“2021—2022供暖季”）。'
        '结果：表0-1、表7-2、表7-6表头为“二〇二一年 | 二〇二二年 | 二〇二三年”，带“琯潆热力（二〇二三年）”“瑧澂热力（标杆，二〇二三年）”'
        '“全国行业平均（二〇二三年）”列；表7-1以三个供暖季为列，带同行和全国行业平均列；表7-3年份为行（2021年…），另有目标行；'
        '表7-5只有2022年、2023年两列和同行列；正文汉字年份序列，7.4中“· ”条目，7.6“战略结果：”等引导语和排名（位列全国供热企业第四）。'
        '刻意缺陷：3.1 顾客和市场的了解整条缺失（全文没有用户分群方法、目标或潜在用户、了解用户要求的方法及其应用），'
        '“第三章 顾客与市场”下只有“第一节 热用户服务与满意度管理”，它是3.2（序号陷阱）；组织概述仍说明两类用户及其最关心的方面。'
        '7.5 只有2022年和2023年两年（2021年只出现在说明二〇二二年起改按平台计量口径统计、此前数据“不再列示”的句子里），'
        '有琯潆热力、玕渫供热和全国行业平均对比列。7.3 有2021—2023年三年数据（年份为行），但只有“2023年考核目标值”和'
        '“‘十四五’规划目标（2025年）”行，没有对手、行业、标杆或排名对比。不利结果：7.2 热费收缴率99.1%、99.3%、98.4%，'
        '2023年下降，低于琯潆热力98.9%和全国行业平均98.7%，只出现在表7-2中，正文没有提及或解释；7.1 居民室温达标率在'
        '二〇二二—二〇二三采暖季下降（已解释：寒潮叠加一线人员感染减员）；7.3 利润总额、资产负债率2022年变差（已解释：燃气价格上涨、'
        '热价未调整）。一段回答1.2（审计独立性、事务所轮换、审计整改）的段落放在6.1“第一节 测量、分析和评价”之末（misplaced）。'
        '其他结果：投诉率、离职率、耗热量、补水率、热损失率、老旧管线占比、排放浓度越低越好，下降是有利结果；7.4无人值守率与标杆'
        '瑧澂热力的差距、7.6排放浓度与标杆的差距逐年缩小（不列为不利结果）。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

EARLY_YEAR = re.compile(r'(?<!\d)20(1\d|20|21)(?!\d)|二[〇零](一[〇一二三四五六七八九]|二[〇一])|一九')
HANZI_YEAR = re.compile(r'二[〇零]二[〇一二三四五]')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    text = '\n'.join(b['line'] for b in body)
    # the layout: Chinese-numeral years dominate the prose, with the variants asked for
    n_hanzi = len(HANZI_YEAR.findall(text))
    n_arabic = len(re.findall(r'(?<!\d)20[12]\d(?!\d)', text))
    if n_hanzi < 2 * n_arabic:
        problems.append('Chinese-numeral years do not dominate: %d vs %d Arabic' % (n_hanzi, n_arabic))
    for variant in ('二零二二年', '二〇二二至二〇二三年', '二〇二三年度', '二〇二二—二〇二三采暖季',
                    '2021—2022供暖季', '位列全国供热企业第四'):
        if variant not in text:
            problems.append('layout variant missing: ' + variant)
    tables = [b for b in body if b['type'] == 'table']
    if sum('二〇二一年\t二〇二二年\t二〇二三年' in b['line'] for b in tables) < 2:
        problems.append('fewer than two tables with Chinese-numeral year headers')
    if not any(re.search(r'\n2021年\t', b['line']) for b in tables):
        problems.append('no table with years as rows')
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if EARLY_YEAR.search(sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.2: the 2023 drop of 热费收缴率 appears only in the table
    for b in body:
        if b['clause'] == '7.2' and b['type'] == 'text' and '收缴' in b['line']:
            problems.append('7.2 text mentions 热费收缴率')
    # 7.3: no peer, benchmark or national figure
    for b in body:
        if b['clause'] == '7.3' and re.search('琯潆|玕渫|瑧澂|全国|同类', b['line']):
            problems.append('7.3 names a peer, benchmark or national figure')
    # ordinal trap: the only item heading under 第三章 is 第一节 and answers 3.2
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('第三章'))
    if not (heads[idx + 1]['line'].startswith('第一节') and heads[idx + 1]['clause'] == '3.2'
            and heads[idx + 2]['line'].startswith('第四章')):
        problems.append('ordinal trap under 第三章 not as planned')
    # items restart per chapter
    for h in heads:
        if h['level'] == 2 and h['clause'] and not h['clause'].startswith('0') \
                and not h['line'].startswith('第'):
            problems.append('item heading not 第X节: ' + h['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
