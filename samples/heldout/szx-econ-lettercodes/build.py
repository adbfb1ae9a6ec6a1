#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-lettercodes from source.txt.

A Shenzhen private industrial-IoT sensor and module maker, 深圳市珖岫传感科技股份有限公司 (made up; its
competitors 无锡琻川传感技术有限公司 and 苏州璪溍微系统有限公司, its benchmark 上海瑱岵感知科技集团 and the
survey firm 深圳滹玗市场调研有限公司 / 滹玗调研 are made up too; 1,236 staff), written by its 战略管理办公室
in a crisp product-company strategy voice with many short numbered run-in lists inside paragraphs
(1）2）3）, ①②③, 一是/二是).

Layout: LETTER-CODED OUTLINE, as some consultancies teach.
- Markdown. A ``#`` title (level 0), a cover block and an 编码说明 paragraph (front matter, ``@P -``), then a
  ``自评得分一览`` table right after the cover (front matter, ``@T -``): one row per scored item of the
  standard with its id and title, 满分, the report section (A1 … F2) and the self-score. The missing 6.2
  营运质量 has its row, which says ``未单列（见F1）`` and scores ``—``.
- The profile is ``## P 组织概述`` with ``### P1 组织描述`` and ``### P2 组织面临的挑战`` (all labelled 0).
- Categories are letters in the standard's order: ``## A 领导`` (= 1) … ``## F 高质量的运营`` (= 6).
  Items are letter + running digit: ``### A1 …``, ``### A2 …``; titles partly the standard's, partly the
  company's (``A1 文化引领：把“测得准”变成共同语言``, ``B2 战略落地与动态校准`` = 2.2, ``C1 顾客服务：分群、
  倾听与响应``, ``C2 和客户一起定义产品`` = 3.2, ``D2 人才成长与组织活力`` = 4.2, ``E2 开放创新生态`` = 5.2,
  ``F1 从晶圆到云端的运营系统`` = 6.1, ``F2 运营成效`` = 6.3).
- Two items have the writer's own sub-headings (level 3, labelled with their item):
  ``#### A1-a 文化从哪里来`` / ``#### A1-b 文化怎样落地、怎样迭代`` (1.1) and ``#### C2-a …`` / ``#### C2-b …`` (3.2).
- An intro paragraph under ``## B 战略规划`` (= 2).
- Results mixed: 表A-1 with ``FY2021 | FY2022 | FY2023`` columns and competitor / 行业平均 columns; 表C-1 with
  years as rows and ``琻川传感（FY2023）`` / ``行业平均（FY2023）`` rows; prose series ``三年依次为…``;
  ranking sentences (品牌提及率 第5→第3位, 市场占有率 第6→第4位, 储能 第2); 表F-1 years as columns with
  行业平均 / 璪溍微系统 / 瑱岵集团（标杆） columns.

Planted defects:
- 6.2 营运质量 missing everywhere (no quality policy or objectives, no quality executive or quality
  organisation, no management system or certification of it, no quality tools, no quality culture or
  quality-improvement content), guarded by ``forbidden_words``. ``## F`` has only ``### F1`` (= 6.1) and
  ``### F2 运营成效`` (= 6.3), so F2 carries the missing item's number (ordinal trap); the score table lists
  6.2 as ``未单列（见F1）``.
- 4.3 has FY2022–FY2023 only (表D-1); 2021 appears only in the sentence saying the HR system and its
  统计口径 changed in 2022. It has 琻川传感 and 行业平均 columns and comparison sentences.
- 2.3 has FY2021–FY2023 but only ``FY2023目标值`` and ``2025年规划目标`` columns (no comparison).
- 3.3 重点客户订单准时交付率 97.6 → 98.1 → 95.9%, below 琻川传感 96.8 and 行业平均 96.5, only in 表C-1
  (unexplained); 1.3 净利润 / 净资产收益率 / 营业收入增长率 (FY2022) and 6.3 产品毛利率 / 存货周转率
  (FY2022) are explained.
- One 4.1 paragraph (员工职业健康体检、补充医疗、夜班津贴、心理咨询热线) sits at the end of F1 (6.1)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-lettercodes/build.py
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
    'expected_missing': ['6.2'],
    'results_lacking_three_years': ['4.3'],
    'results_lacking_comparison': ['2.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['2.3'],
    # 6.2 营运质量 must be absent everywhere: no quality policy/objectives or their breakdown, no quality
    # executive or quality organisation, no (quality) management system, no quality tools or methods,
    # no quality culture, no quality assurance or improvement system.
    'forbidden_words': ['质量方针', '质量目标', '首席质量官', '质量官', '质量管理', '质量体系', 'ISO 9001',
                        'ISO9001', 'IATF', '16949', 'QCC', '品管圈', 'SPC', '六西格玛', '质量文化', '质量责任',
                        '质量策划', '质量工具', '质量改进', '质量提升', '质量成本', '质量损失', '质量部', '品质',
                        '质检', '检验', 'FMEA', '8D', '零缺陷', '质量月', '精益', '防错', '管理评审', '统计技术',
                        '过程能力', 'Cpk', '质量意识', '大质量', '质量保证', '质量控制', '质量保障', '全员质量'],
    'unfavourable_results': [
        {'clause': '3.3',
         'indicator': '重点客户订单准时交付率（97.6%→98.1%→95.9%，FY2023下降，低于琻川传感96.8%和行业平均96.5%；'
                      '只在表C-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润、净资产收益率、营业收入增长率（FY2022由1.12亿元、14.8%、24.6%降至'
                                       '0.97亿元、10.6%、15.7%）', 'explained': True},
        {'clause': '6.3', 'indicator': '产品毛利率、存货周转率（FY2022由41.2%、4.1次降至37.5%、3.6次）',
         'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营工业物联网传感器与模组企业（深圳市珖岫传感科技股份有限公司不存在；竞争对手'
        '无锡琻川传感技术有限公司、苏州璪溍微系统有限公司，标杆上海瑱岵感知科技集团，调研机构深圳滹玗市场调研有限公司'
        '均为虚构，人名、数字和奖项都是编的），员工1,236人。战略管理办公室执笔，干脆的产品公司战略口吻，段落内大量'
        '“1）2）3）”“①②③”“一是/二是”短列表。版式是本样本的重点：咨询机构式的字母编码提纲。Markdown；“#”标题'
        '（level 0），封面信息块和一段“编码说明”（@P -），封面后紧跟“自评得分一览”表（@T -，clause为null），逐行列出'
        '标准全部18个评分条目的编号、标题、满分、本报告章节和自评得分，缺失的6.2营运质量也有一行，写“未单列（见F1）”、'
        '得分“—”。组织概述为“## P 组织概述”，下设“### P1 组织描述”“### P2 组织面临的挑战”（均标0）。类目按标准顺序'
        '用字母：“## A 领导”=1 … “## F 高质量的运营”=6；条目为字母加流水号“### A1 …”，标题部分用标准原文、部分用'
        '公司自己的话（A1 文化引领：把“测得准”变成共同语言、B2 战略落地与动态校准=2.2、C1 顾客服务：分群、倾听与响应、'
        'C2 和客户一起定义产品=3.2、D2 人才成长与组织活力=4.2、E2 开放创新生态=5.2、F1 从晶圆到云端的运营系统=6.1、'
        'F2 运营成效=6.3）。A1和C2下有作者自设的“#### A1-a …/A1-b …”“#### C2-a …/C2-b …”分节（level 3，标所属条目）。'
        '“## B 战略规划”下有一段引言，标2。结果形式混合：表A-1以FY2021/FY2022/FY2023为列，带琻川传感、璪溍微系统和'
        '行业平均列；表C-1年份为行，末两行为“琻川传感（FY2023）”“行业平均（FY2023）”；“三年依次为…”散文序列；排名句'
        '（品牌提及率国产第5→第3位、市场占有率第6→第4位、储能第2位）；表F-1年份为列，带行业平均、璪溍微系统和'
        '瑱岵集团（标杆）列。刻意缺陷：6.2营运质量整条缺失（全文没有质量方针目标、质量主管或质量机构、质量管理体系、'
        '质量工具方法、质量文化或质量改进机制），“## F”下只有F1（=6.1）和“F2 运营成效”（=6.3），F2恰好是缺失条目的'
        '编号（序号陷阱）；自评得分一览把6.2写成“未单列（见F1）”，但F1并无相关内容。4.3只有FY2022和FY2023两年'
        '（2021年只出现在说明2022年上线人力资源系统、统计口径变化、“本节不再列出”的句子里），有琻川传感和行业平均对比。'
        '2.3有FY2021—FY2023三年数据，但只有“FY2023目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：3.3重点客户订单准时交付率97.6%、98.1%、95.9%，FY2023下降，低于琻川传感96.8%和行业平均96.5%，'
        '只在表C-1中，正文未提及也未解释；1.3净利润、净资产收益率和营业收入增长率FY2022下降（已解释：芯片涨价未转嫁、'
        '保供库存成本、新增研发投入）；6.3产品毛利率和存货周转率FY2022下降（已解释：同A3原因）。一段回答4.1'
        '（员工职业健康体检、补充医疗和意外险、夜班津贴、心理咨询热线）的段落放在F1（6.1）的最后（misplaced）。'
        '其他：客户投诉、不良率、失效率、离职率、资产负债率越低越好，下降是有利结果；与标杆瑱岵集团的出厂不良率、'
        '客户端失效率和自动化标定设备占比差距逐年缩小（不列为不利结果）；储能压力模组排名第2、仅次于标杆。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

LETTER = {'P': '0', 'A': '1', 'B': '2', 'C': '3', 'D': '4', 'E': '5', 'F': '6'}
ITEMS = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
         '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3']


def extra_checks(blocks):
    """Checks of this folder's letter-coded layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # letter-coded headings: ## X title, ### X<n> title, #### X<n>-<a> title, category letter = clause's category
    for h in heads:
        if h['level'] == 0:
            continue
        pat = {1: r'## ([PA-F]) \S', 2: r'### ([PA-F])(\d) \S', 3: r'#### ([A-F])(\d)-[a-z] \S'}[h['level']]
        m = re.match(pat, h['line'])
        if not m:
            problems.append('heading not letter-coded: ' + h['line'])
            continue
        if h['clause'].split('.')[0] != LETTER[m.group(1)]:
            problems.append('letter does not match the category: ' + h['line'])
    # sub-headings in exactly two items
    subs = {h['clause'] for h in heads if h['level'] == 3}
    if subs != {'1.1', '3.2'}:
        problems.append('sub-headings expected under 1.1 and 3.2, got %s' % sorted(subs))
    # ordinal trap: under ## F only F1 (6.1) and F2 (6.3)
    fi = next(i for i, h in enumerate(heads) if h['line'].startswith('## F '))
    fitems = [(h['line'].split()[1], h['clause']) for h in heads[fi + 1:] if h['level'] == 2]
    if fitems != [('F1', '6.1'), ('F2', '6.3')]:
        problems.append('ordinal trap under F not as planned: %s' % fitems)
    # the score table right after the cover lists every item; 6.2 says 未单列
    tables = [b for b in blocks if b['type'] == 'table' and b['clause'] is None]
    if len(tables) != 1 or not tables[0]['line'].startswith('自评得分一览'):
        problems.append('expected one front-matter table 自评得分一览')
    else:
        rows = tables[0]['line'].split('\n')[2:]
        ids = [r.split('\t')[0].split(' ')[0] for r in rows if r[0].isdigit()]
        if ids != ITEMS:
            problems.append('score table items %s' % ids)
        row62 = [r for r in rows if r.startswith('6.2 ')]
        if not row62 or '未单列' not in row62[0]:
            problems.append('score table 6.2 row does not say 未单列')
    # 4.3: years before 2022 only in the sentence that says why they are left out
    for b in body:
        if b['clause'] == '4.3':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '口径' not in sent:
                    problems.append('4.3 mentions an earlier year: ' + sent[:40])
    # 3.3: the fall of 准时交付率 appears only in the table
    for b in body:
        if b['clause'] == '3.3' and b['type'] == 'text' and '交付' in b['line']:
            problems.append('3.3 text mentions 交付: ' + b['line'][:20])
    # 2.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '2.3' and re.search('琻川|璪溍|瑱岵|滹玗', b['line']):
            problems.append('2.3 names a competitor, benchmark or survey firm')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
