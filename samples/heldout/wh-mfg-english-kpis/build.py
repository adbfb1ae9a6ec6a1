#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-english-kpis from source.txt.

A Wuhan joint-stock maker of automotive power-semiconductor modules, 武汉瑆漋功率半导体股份有限公司 (made up;
1,538 staff; IGBT modules, SiC MOSFET modules and power assemblies for EV main inverters; chips designed in
house and fabbed at foundries, CP test, packaging and FT in its own plant). Its competitors, the foreign-owned
Kestrova Power Modules（苏州）有限公司 ("Kestrova", German parent Kestrova AG) and 常州瑺沄功率器件股份有限公司
(瑺沄功率), its benchmark 无锡琻湑半导体集团 (琻湑集团) and the survey firm 武汉珌涞汽车市场研究有限公司 (珌涞研究)
are made up too. Written by its Operations Excellence Office and 质量部 in an engineering-management voice that
mixes English terms into Chinese (ET, BU, Townhall, DOA, TISAX, teardown, QBR, FAE, IPD, Lean, SMED, TPM, 8D).

Layout: INDICATORS NAMED BY ENGLISH ABBREVIATIONS, ENGLISH SECTION WORDS.
- Plain text, no ``#``. Two title lines (level 0) and two front-matter blocks (cover, 编写说明; ``@P -``).
- Categories ``5.1 Profile 组织环境`` … ``5.7 Quality 质量提升`` (level 1, English word + Chinese title);
  ``5.1`` has four level-2 sub-heads ``Company Overview 公司概况`` … ``Improvement System 改进体系`` (= 5.1).
- Items with the standard's numbers in two styles: ``5.2.3 有效治理（Governance）`` (Chinese, English in
  brackets) and ``5.2.2 Direction & Culture 定方向、聚文化`` (English first). 5.x.1 is never written. Nine
  titles in the company's own words (5.2.2, 5.2.4, 5.3.4, 5.4.4, 5.5.3, 5.5.4, 5.6.2, 5.6.4, 5.7.4).
- Indicators named by abbreviations (OEE, FPY, DPPM, OTD, MTTR, MTBF, COPQ, NPS, eNPS, ROE, EBITDA margin,
  R&D intensity, PPM, Cpk, scrap rate, 8D closure rate, turnover rate), glossed in Chinese on first use or
  not at all. Results: 表2-1 and 表7-1 with years as columns plus competitor / ``行业平均（2023）`` columns;
  表3-2 with years as rows (``FY2021`` …) plus ``琻湑集团（FY2023）`` / ``行业平均（FY2023）`` rows; prose
  series (``FPY由2021年的97.8%提升至2022年的98.4%、2023年的99.1%``); ``• `` bullets (5.4.4); rankings.
  An intro paragraph under ``5.7`` (= 5.7); a process table 表3-1 (5.3.2).

Planted defects:
- 5.3.3 战略实施 missing everywhere (no action plans, cascading of goals, resource allocation, budgets,
  strategy reviews or adjustments). Under ``5.3 Strategy 战略`` the writer numbers on: ``5.3.2 战略制定`` is
  followed by ``5.3.3 Strategy KPIs 战略目标达成情况``, which is 5.3.4 (number trap).
- 5.5.4 has 2022-2023 only (表5-1); 2021 appears only in the 口径 sentence (``不再列示``, e-HR system from
  2022). It has 瑺沄功率 / 行业平均 columns and a ranking.
- 5.6.4 has 2021-2023 but only ``2023目标值`` / ``2025规划目标`` columns (no comparison).
- 5.7.4 OTD 98.4 -> 98.9 -> 96.8 %, below Kestrova 98.3, 瑺沄功率 97.9 and 行业平均 97.6, only in 表7-1
  (unexplained); 5.2.4 EBITDA margin / ROE (2023) and 5.4.4 NPS (2022) explained. DPPM, MTTR, COPQ,
  scrap rate, PPM, turnover rate, TRIR and energy intensity fall: favourable.
- One 5.5.2 paragraph (职业健康: hazards, health checks, PPE) sits at the end of ``5.7.2 Operations Excellence
  运营质量`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-english-kpis/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.3.3 战略实施 must be absent everywhere: no action plans or their cascading, no resource allocation or
    # budgets for the strategy, no strategy monitoring, reviews or adjustments.
    'forbidden_words': ['行动计划', '经营计划', '年度计划', '工作计划', '分解', '解码', '资源配置', '配置资源',
                        '资源调配', '预算', '战略评估', '评估战略', '战略调整', '调整战略', '修正', '纠偏', '滚动',
                        '复盘', '落地', '部署', '里程碑', '平衡计分卡', 'BSC', 'OGSM', 'OKR', 'Hoshin', '责任书',
                        '战略执行', '战略实施', '战略回顾', 'Strategy Review', '经营分析会',
                        '季度经营', 'Capex', '资本开支', '投资计划', '承接', '战略地图'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': 'OTD（准时交付率，98.4%→98.9%→96.8%，2023年下降，低于Kestrova 98.3%、瑺沄功率97.9%和行业平均97.6%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': 'EBITDA margin、ROE（2023年由22.4%、16.8%降至19.8%、13.1%）',
         'explained': True},
        {'clause': '5.4.4', 'indicator': 'NPS（2022年由41降至36）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉股份制车规功率半导体模块制造企业（武汉瑆漋功率半导体股份有限公司不存在；竞争对手德资'
        'Kestrova Power Modules（苏州）有限公司（Kestrova，母公司Kestrova AG）和常州瑺沄功率器件股份有限公司（瑺沄功率）、'
        '标杆无锡琻湑半导体集团（琻湑集团）、调研机构武汉珌涞汽车市场研究有限公司（珌涞研究）、产品品牌驰漋/碳漋/漋擎均为虚构，'
        '人名、数字和荣誉都是编的），员工1,538人，产品为主驱IGBT模块、SiC MOSFET模块和功率组件。运营管理部和质量部执笔，'
        '中文里夹杂英文术语的工程管理口吻（ET、BU、Townhall、DOA、TISAX、teardown、QBR、FAE、IPD、Lean、SMED、TPM、8D）。'
        '版式是本样本的重点：指标用英文缩写命名，章节带英文词。纯文本，无#；两行标题（level 0，clause为null），封面信息块和'
        '编写说明（@P -）；类目“5.1 Profile 组织环境”…“5.7 Quality 质量提升”（level 1，英文词+中文标题，标5.1…5.7）；'
        '5.1下四个level 2子标题“Company Overview 公司概况”“Competitive Landscape 竞争环境”“Core Strengths 组织优势”'
        '“Improvement System 改进体系”（标5.1）。条目用标准编号（不写5.x.1），两种写法：“5.2.3 有效治理（Governance）”'
        '（中文在前、英文在括号里）和“5.2.2 Direction & Culture 定方向、聚文化”（英文在前）；9个条目标题是公司自己的说法。'
        '结果指标多用英文缩写（OEE、FPY、DPPM、OTD、MTTR、MTBF、COPQ、NPS、eNPS、ROE、EBITDA margin、R&D intensity、PPM、'
        'Cpk、scrap rate、8D closure rate、turnover rate），只在首次出现时注中文或不注。结果形式：表2-1、表7-1年份为列，'
        '带竞争对手和“行业平均（2023）”列；表3-2年份为行（FY2021…），带“琻湑集团（FY2023）”“行业平均（FY2023）”行；'
        '散文序列（FPY由2021年的97.8%提升至2022年的98.4%、2023年的99.1%）；5.4.4用“• ”项目符号；排名。'
        '“5.7”下一段引言标5.7；5.3.2有过程表表3-1。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有行动计划及其分解、战略资源配置和预算、战略监测评估和调整）；'
        '“5.3 Strategy 战略”下作者顺延编号：“5.3.2 战略制定”之后是“5.3.3 Strategy KPIs 战略目标达成情况”，它是5.3.4（编号陷阱）。'
        '5.5.4只有2022年和2023年（表5-1；2021年只出现在说明2022年1月上线e-HR系统、此前口径不一致“不再列示”的句子里），'
        '有瑺沄功率、行业平均对比列和排名。5.6.4有2021—2023年三年数据，但只有“2023目标值”“2025规划目标”列，'
        '没有对手、行业、标杆或排名对比。不利结果：5.7.4 OTD 98.4%、98.9%、96.8%，2023年下降，低于Kestrova 98.3%、'
        '瑺沄功率97.9%和行业平均97.6%，只出现在表7-1中，正文未提及或解释；5.2.4 EBITDA margin和ROE 2023年下降'
        '（已解释：OEM年降提高到8%、SiC专线新增折旧、SiC衬底价格高）；5.4.4 NPS 2022年下降（已解释：代工产能紧张、'
        '配额供货）。一段回答5.5.2（职业健康：危害因素检测、职业健康体检、防护用品、女工保护）的段落放在'
        '“5.7.2 Operations Excellence 运营质量”末尾（misplaced）。'
        '其他结果：DPPM、MTTR、COPQ、scrap rate、来料PPM、turnover rate、TRIR、单位产值能耗、单只模块制造成本指数、'
        '客户投诉越低越好，下降是有利结果；5.3.4装机份额低于标杆琻湑集团和Kestrova，但差距逐年缩小（正文已说明，'
        '不列为不利结果）；5.3.4海外收入占比未达阶段目标（单年，已说明原因）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

STANDARD_TITLES = {
    '5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果', '5.3.2': '战略制定', '5.3.3': '战略实施',
    '5.3.4': '战略发展的结果', '5.4.2': '顾客市场', '5.4.3': '品牌管理', '5.4.4': '品牌影响的结果',
    '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果', '5.6.2': '创新系统', '5.6.3': '创新实践',
    '5.6.4': '创新驱动的结果', '5.7.2': '运营质量', '5.7.3': '产品和服务质量', '5.7.4': '质量提升的结果',
}
ABBREVIATIONS = ['OEE', 'FPY', 'DPPM', 'OTD', 'MTTR', 'MTBF', 'COPQ', 'NPS', 'eNPS', 'ROE', 'EBITDA margin',
                 'R&D intensity', 'PPM', 'Cpk', 'scrap rate', '8D closure rate', 'turnover rate']
COMPARATORS = 'Kestrova|瑺沄|琻湑|珌涞|排名|第\\d+位'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    text = '\n'.join(b['line'] for b in blocks)
    if '#' in text:
        problems.append('a # in the plain-text report')
    # categories: "5.x English 中文"; items: standard numbers, except the trap
    for h in heads:
        if h['level'] == 1 and not re.match(r'5\.[1-7] [A-Z][A-Za-z& ]+ \S', h['line']):
            problems.append('category heading not "5.x English 中文": ' + h['line'])
        if h['level'] == 2 and h['clause'] != '5.1':
            num = h['line'].split(' ')[0]
            if h['clause'] == '5.3.4':
                if num != '5.3.3':
                    problems.append('trap heading should be numbered 5.3.3: ' + h['line'])
            elif num != h['clause']:
                problems.append('item heading number != clause: ' + h['line'])
    # the number trap: 5.3.2 then "5.3.3 …" (= 5.3.4) then 5.4
    i = next(k for k, h in enumerate(heads) if h['clause'] == '5.3.2')
    if not (heads[i + 1]['line'].startswith('5.3.3 ') and heads[i + 1]['clause'] == '5.3.4'
            and heads[i + 2]['line'].startswith('5.4 ')):
        problems.append('number trap under 5.3 not as planned')
    # at least 5 item titles in the company's own words
    own = [h for h in heads if h['clause'] in STANDARD_TITLES and STANDARD_TITLES[h['clause']] not in h['line']]
    if len(own) < 5:
        problems.append('only %d own-words item titles' % len(own))
    # English section words: both "中文（English）" and "English 中文" item styles
    if not any(re.search(r'（[A-Z][A-Za-z &]+）$', h['line']) for h in heads) or \
            not any(re.match(r'5\.\d\.\d [A-Z]', h['line']) for h in heads):
        problems.append('item headings lack one of the two English styles')
    for a in ABBREVIATIONS:
        if a not in text:
            problems.append('abbreviation not used: ' + a)
    # 5.5.4: no year before 2022 except in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)|FY2?1\b|21年', sent) and '不再列示' not in sent:
                    problems.append('5.5.4 mentions an earlier year: ' + sent[:40])
            if b['type'] == 'table' and not re.search('瑺沄|行业平均', b['line']):
                problems.append('5.5.4 table without comparison columns')
    # 5.6.4: no competitor, benchmark, survey firm or ranking
    for b in body:
        if b['clause'] == '5.6.4' and re.search(COMPARATORS, b['line']):
            problems.append('5.6.4 names a comparator: ' + b['line'][:30])
    # 5.7.4: the OTD drop appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and 'OTD' in b['line']:
            problems.append('5.7.4 text mentions OTD')
    # years-as-rows table with FY rows
    if not any(b['type'] == 'table' and '\nFY2021\t' in b['line'] for b in body):
        problems.append('no years-as-rows table with FY2021')
    # bullets in 5.4.4
    if len([b for b in body if b['clause'] == '5.4.4' and b['line'].startswith('• ')]) < 4:
        problems.append('5.4.4 should be mostly bullets')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
