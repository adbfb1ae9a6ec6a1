#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-daxie-numerals from source.txt.

A Beijing municipal state-owned exhibition-centre and convention operator, 北京玿峘国际会展中心有限公司
(made up; its parent 北京峣湄文化投资集团有限公司, its competitors 北京翀璠国际会议中心有限公司 and 天津澴岷国际
会展中心有限公司, its benchmark 深圳玥澨国际会展中心, the survey firm 泺琛市场研究有限公司 and the 京津冀会展场馆
运营联席会 are made up too; 712 staff), written by its 综合办公室 in a formal, old-fashioned office voice
(系、现将……报告如下、计有、目下、特此报告, 二〇二四年三月 on the cover).

Layout: FINANCIAL (大写) NUMERALS FOR THE TOP LEVEL.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a 说明 paragraph (front matter, ``@P -``).
- The profile is the first 大写 chapter ``壹、组织概述`` (= 0, level 1) with ``一、组织描述`` (0.1) and
  ``二、组织面临的挑战`` (0.2) (level 2), so the categories are shifted by one: ``贰、领导`` = 1,
  ``叁、战略`` = 2 … ``捌、结果`` = 7 (level 1).
- Items ``一、二、三、`` under every category, numbering restarting (level 2), numbered by position; 7 of 19
  answered item titles in the company's own words (``二、健全治理体系，防控经营风险`` = 1.2,
  ``二、规划的分解落实与监测`` = 2.2, ``二、资金保障与财务管理`` = 4.2, ``三、服务标准与展装技术`` = 4.4,
  ``一、场馆运营关键过程的识别与设计`` = 5.1, ``二、持续改进与管理创新`` = 6.2, ``三、经营财务结果`` = 7.3).
- Sub-points: ``（一）（二）…`` heading lines (level 3, labelled with their item) in 1.1, 4.1 and 5.2;
  ``1.治理架构。`` style run-ins at the start of paragraphs in 1.2, 2.1, 2.2, 3.1, 3.2, 6.1, 6.2, 7.6.
- Intro paragraphs under ``贰、领导`` (= 1) and ``捌、结果`` (= 7).
- Results: 表7-1 and 表7-4 years as columns with a competitor / ``玥澨会展（标杆，2023年）`` and
  ``行业平均（2023年）`` columns; 表7-3 years as rows with ``澴岷会展（2023年）`` / ``行业平均（2023年）`` rows;
  prose series, ``——`` bullet paragraphs in 7.4, rankings (集团考核, 联席会品牌评价, 北京地区市场占有率).
- Back matter: ``特此报告。`` and a signature block (``@P -``).

Planted defects:
- 4.3 信息和知识资源 missing everywhere (no information sources, information systems, IT planning,
  knowledge management or best-practice sharing). Under ``伍、资源`` ``三、服务标准与展装技术`` is 4.4
  (ordinal trap: 三 is 4.3's position); 0.2's 改进 system and 4.6 are written without knowledge-sharing words.
- 7.2 has 2022-2023 only (表7-2 and the market prose); 2021 appears only in the sentence saying the survey
  changed to a third party in 2022 and earlier figures are 不予列示. It has competitor, 行业平均 and ranking
  comparisons.
- 7.5 has 2021-2023 but only a ``2023年目标值`` column and 国家食品安全标准 (no comparison).
- 7.1 展会现场问题一次解决率 97.6 -> 98.1 -> 96.8, below 翀璠会议中心 97.4 and 行业平均 97.0, only in
  表7-1 (unexplained); 7.3 营业收入 / 利润总额 / ROE (2022) and 7.5 展馆时间出租率 (2022) are explained.
- One 1.2 paragraph (内部审计的独立性, 会计师事务所选聘) sits under 4.2's heading
  ``二、资金保障与财务管理`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-daxie-numerals/build.py
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
    'size_range': (10000, 14000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['4.3'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.5'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.5'],
    # 4.3 信息和知识资源 must be absent everywhere: no information sources or information systems, no IT
    # planning or security, no knowledge management, knowledge sharing or best practices.
    'forbidden_words': ['信息化', '信息系统', '信息管理', '信息安全', '信息源', '信息平台', '网络安全',
                        '数据安全', '数据平台', '数据中心', '数据库', '数字化', '智慧', '软件', '机房',
                        '办公自动化', '等级保护', '知识管理', '知识库', '知识共享', '知识分享', '知识资产',
                        '经验分享', '经验交流', '最佳实践', '标杆做法'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '展会现场问题一次解决率（97.6%→98.1%→96.8%，2023年下降，低于翀璠会议中心97.4%和行业平均97.0%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入、利润总额、净资产收益率（2022年由5.86亿元、6,420万元、4.8%降至'
                                       '3.92亿元、1,180万元、0.9%）', 'explained': True},
        {'clause': '7.5', 'indicator': '展馆时间出租率（2022年由46.3%降至28.7%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有会展中心运营企业（北京玿峘国际会展中心有限公司不存在；上级单位北京峣湄文化投资集团有限公司、'
        '竞争对手北京翀璠国际会议中心有限公司和天津澴岷国际会展中心有限公司、标杆深圳玥澨国际会展中心、调研机构泺琛市场研究有限公司、'
        '京津冀会展场馆运营联席会均为虚构，人名、数字和奖项都是编的），在岗职工712人。综合办公室执笔，正式、老派的机关公文口吻'
        '（系、现将……报告如下、计有、目下、特此报告）。版式是本样本的重点：顶层用大写数字。纯文本，无#；两行标题（level 0，'
        'clause为null），封面信息块和一段“说明”（@P -）；组织概述占“壹、组织概述”（level 1，标0），下设“一、组织描述”=0.1、'
        '“二、组织面临的挑战”=0.2（level 2）；因此类目顺延一位：“贰、领导”=1、“叁、战略”=2……“捌、结果”=7（level 1）。'
        '各类目下条目用“一、二、三、”，每个类目重新编号（level 2），按位置编号；19个已答条目中7个用本单位自己的标题'
        '（“二、健全治理体系，防控经营风险”=1.2、“二、规划的分解落实与监测”=2.2、“二、资金保障与财务管理”=4.2、'
        '“三、服务标准与展装技术”=4.4、“一、场馆运营关键过程的识别与设计”=5.1、“二、持续改进与管理创新”=6.2、“三、经营财务结果”=7.3）。'
        '条目内的要点：1.1、4.1、5.2下用“（一）（二）……”标题行（level 3，标所属条目）；1.2、2.1、2.2、3.1、3.2、6.1、6.2、7.6'
        '用段首“1.治理架构。”式引导语。“贰、领导”（标1）和“捌、结果”（标7）下各有一段引言。结果：表7-1、表7-4年份为列，'
        '带竞争对手或“玥澨会展（标杆，2023年）”和“行业平均（2023年）”列；表7-3年份为行，带“澴岷会展（2023年）”“行业平均（2023年）”行；'
        '另有文字数列、7.4的“——”条目段落和排名（集团考核排名、联席会品牌评价排名、北京地区市场占有率排名）。文末“特此报告。”和落款（@P -）。'
        '刻意缺陷：4.3 信息和知识资源整条缺失（全文没有信息来源、信息系统、信息化规划或安全、知识管理、最佳实践分享），'
        '“伍、资源”下的“三、服务标准与展装技术”是4.4（序号陷阱：“三”是4.3的位置）；组织概述的改进系统和4.6都没有写知识分享。'
        '7.2 只有2022年和2023年两年（表7-2和市场文字），2021年只出现在说明2022年起改由第三方测评、此前数据“不予列示”的句子里，'
        '有竞争对手、行业平均和排名对比。7.5 有2021—2023年三年数据，但只有“2023年目标值”列和国家食品安全标准，没有对比。'
        '不利结果：7.1 展会现场问题一次解决率97.6%、98.1%、96.8%，2023年下降，低于翀璠会议中心97.4%和行业平均97.0%，'
        '只出现在表7-1中，正文没有提及或解释；7.3 营业收入、利润总额、净资产收益率2022年下降（已解释：疫情防控、34场展会延期或取消、'
        '固定费用照常发生）；7.5 展馆时间出租率2022年降至28.7%（已解释：展会延期或取消）。一段回答1.2（内部审计独立性、'
        '会计师事务所选聘）的段落放在4.2“二、资金保障与财务管理”之下（misplaced）。其他：会议服务差错率、离职率、修复时间、能耗、'
        '资产负债率越低越好，下降是有利结果；7.4与标杆玥澨会展的差距在正文中说明并列入改进计划（不列为不利结果）。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

DAXIE = '壹贰叁肆伍陆柒捌'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # no markdown markers anywhere
    for b in blocks:
        if b['line'].lstrip().startswith('#'):
            problems.append('markdown marker: ' + b['line'][:20])
    # level-1 headings are 壹、… 捌、 in order, 壹 = profile (0), 贰 = 1 … 捌 = 7
    top = [h for h in heads if h['level'] == 1]
    if [h['line'][0] for h in top] != list(DAXIE) or [h['clause'] for h in top] != [str(i) for i in range(8)]:
        problems.append('top-level headings not 壹…捌 = 0…7: %s' % [h['line'] for h in top])
    # level-2 headings are 一、二、… restarting under every top-level heading
    nums = '一二三四五六七'
    k = 0
    for h in heads:
        if h['level'] == 1:
            k = 0
        elif h['level'] == 2:
            if not h['line'].startswith(nums[k] + '、'):
                problems.append('item numbering broken at ' + h['line'])
            k += 1
    # ordinal trap: under 伍、资源 the third item is 三、 and answers 4.4
    i = next(j for j, h in enumerate(heads) if h['line'].startswith('伍、'))
    items = []
    for h in heads[i + 1:]:
        if h['level'] == 1:
            break
        if h['level'] == 2:
            items.append(h)
    if [h['clause'] for h in items] != ['4.1', '4.2', '4.4', '4.5', '4.6'] or not items[2]['line'].startswith('三、'):
        problems.append('ordinal trap under 伍、 not as planned')
    # 7.2: no 2021 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('7.2 mentions an earlier year: ' + sent[:40])
    # 7.1: the 2023 drop of 一次解决率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '一次解决' in b['line']:
            problems.append('7.1 text mentions 一次解决率')
    # 7.5: three years present
    t75 = ''.join(b['line'] for b in body if b['clause'] == '7.5')
    if not all(y in t75 for y in ('2021', '2022', '2023')):
        problems.append('7.5 lacks a year')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
