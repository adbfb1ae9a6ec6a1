#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-actual-estimate from source.txt.

A Shenzhen ChiNext-listed private maker of wet-process lithium-battery separator film, coated separators and
coating slurries, 深圳市璎淏新材料股份有限公司 (made up; 1,612 staff; its competitors 常州琨澪隔膜科技股份有限公司 and
宜宾琰漳新材料股份有限公司, its benchmark 苏州瑨泠膜材料集团 and the survey firm 深圳市玘沣产业研究有限公司 are made
up too, as are the people 邝砚川 and 鄢楚棠 and all numbers), written by its 证券部 (董事会办公室) in an
investor-relations voice (A/E, CAGR, YoY, pct, 可比公司, 量价, 资本开支, 单平成本).

Layout: RESULTS WRITTEN THE WAY SELL-SIDE ANALYSTS WRITE THEM.
- Markdown. ``#`` title (level 0), a cover block and a 数据口径说明 paragraph defining A / E / FY / pct, the
  可比公司 and the ``2023年1—9月（未经审计）`` fallback (front matter, ``@P -``).
- ``## 企业简介`` (= 0) with two ``###`` sub-heads; categories ``## 一、领导`` … ``## 六、运营`` (short names);
  items ``### 1.1 …`` with the standard's decimals, numbering closing up after the gap; most item titles in
  the company's own words. An intro paragraph under ``## 一、领导`` (= 1).
- Results: 表1-1 ``2021A | 2022A | 2023A | 2024E | 2025E | CAGR（2021—2023）``; 表1-2 a cross-section with
  ``璎淏新材（2023年1—9月，未经审计）`` / ``琨澪隔膜（2023A）`` / ``琰漳新材（2023年1—9月，未经审计）`` /
  ``可比公司均值（2023年1—9月）`` columns; 表2-1 years as rows (``2021A`` … ``2024E`` + competitor and
  ``瑨泠集团（标杆，2023A）`` rows) with a ``YoY`` column and a 全球排名 column; 表3-1 ``FY2021 | FY2022 | FY2023
  | 同比（FY2023）`` + competitor / ``行业平均（FY2023）``; 表4-1 ``2021A … 2025E（目标）``; 表5-1 ``2022A | 2023A |
  YoY | 2024E`` + competitor / 可比公司均值; 表6-1 ``2021A | 2022A | 2023A`` + competitor / 可比公司均值 /
  ``标杆：瑨泠集团（2023A）``. Prose: ``2021—2023年公司营收CAGR达18.4%``, ``较上年+2.7pct``,
  ``毛利率分别为31.2%/29.8%/32.5%``, ``同比-3.5%``, ``全球市占率第三``.

Planted defects:
- 3.2 顾客增值 missing everywhere (no customer-first culture across departments, no search for latent or future
  needs, no co-development or value added for customers, no brand or reputation management). ``## 三、客户``
  has ``### 3.1 客户服务体系`` (3.1) and ``### 3.2 客户与市场表现``, which is the result item 3.3 (number trap).
- 5.3 has 2022A / 2023A (and 2024E) only; 2021 appears only in the 说明 sentence saying the R&D basis changed
  in 2022 and earlier data are not shown (``不再列示``). It has 琨澪隔膜 / 可比公司均值 columns.
- 4.3 has 2021A–2023A but only ``2024E`` / ``2025E（目标）`` columns and a 2025 target in the text (no comparison).
- 6.3 基膜综合良品率 84.6 → 86.1 → 83.9%, below 琨澪隔膜 85.2 and 可比公司均值 84.8, only in 表6-1
  (unexplained); 1.3 毛利率 / 净利润 / 净利润率 / ROE (2022A) and 4.3 人均净利润 (2022A) are explained.
- One 6.2 paragraph (IATF 16949 and other certificates, 二方审核, 追溯码, 出厂检验, SPC) sits at the end of
  ``### 3.1 客户服务体系`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-actual-estimate/build.py
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
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['3.2'],
    'results_lacking_three_years': ['5.3'],
    'results_lacking_comparison': ['4.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['4.3'],
    # 3.2 顾客增值 must be absent everywhere: no customer-first culture, no latent / future needs or pain points,
    # no co-development, customisation or value added for customers, no brand, reputation or loyalty.
    'forbidden_words': ['顾客导向', '客户导向', '以客户为中心', '以顾客为中心', '客户至上', '顾客至上', '客户第一',
                        '客户价值', '顾客价值', '价值需求', '增值', '附加值', '潜在需求', '未来需求', '需求挖掘',
                        '需求预判', '痛点', '盲点', '解决方案', '联合开发', '共同开发', '协同开发', '定制',
                        '个性化', '品牌', '口碑', '忠诚', '超越', '超出预期', '期望', '溢价', '价值主张', '早期介入',
                        'EVI', '联合实验室', '产品路线图', '差异化服务', '增量价值'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '基膜综合良品率（84.6%→86.1%→83.9%，2023A下降，低于琨澪隔膜85.2%和可比公司均值84.8%；'
                      '只在表6-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '毛利率、归母净利润、净利润率、加权平均ROE（2022A由31.2%、3.62亿元、19.5%、'
                                       '14.8%降至29.8%、3.41亿元、15.2%、12.1%）', 'explained': True},
        {'clause': '4.3', 'indicator': '人均净利润（2022A由30.9万元降至25.6万元，同比-17.2%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳创业板上市民营锂电池湿法隔膜、涂覆隔膜及涂覆浆料制造企业（深圳市璎淏新材料股份有限公司不存在；'
        '竞争对手常州琨澪隔膜科技股份有限公司、宜宾琰漳新材料股份有限公司，对标企业苏州瑨泠膜材料集团，调研机构深圳市玘沣产业'
        '研究有限公司均为虚构，人名邝砚川、鄢楚棠，数字和奖项都是编的），员工1,612人，证券部（董事会办公室）执笔，'
        '投资者关系/路演材料的口吻（A/E、CAGR、YoY、pct、可比公司、资本开支、单平成本）。'
        '版式是本样本的重点：结果按卖方分析师的写法列示。Markdown；“# ”标题（level 0，clause为null），封面信息块和'
        '“数据口径说明”（定义A=经审计实际数、E=经营计划或预测数、FY、pct、可比公司及“2023年1—9月（未经审计）”替代口径，@P -）；'
        '“## 企业简介”（level 1，标0）下“### 公司概况”“### 行业格局与核心竞争力”（level 2，标0）；'
        '“## 一、领导”…“## 六、运营”（level 1，简称）；条目“### 1.1 …”（level 2）按标准编号，缺项后编号顺延，'
        '多数条目标题为公司自拟（如“1.1 “薄而强”：我们的文化”“2.2 产能节奏与战略执行”“6.1 从树脂到卷膜：运营系统”）。'
        '“## 一、领导”下有一段引言（标1）。'
        '结果的列法：表1-1“2021A | 2022A | 2023A | 2024E | 2025E | CAGR（2021—2023）”；表1-2横截面比较，列为'
        '“璎淏新材（2023A）”“璎淏新材（2023年1—9月，未经审计）”“琨澪隔膜（2023A）”“琰漳新材（2023年1—9月，未经审计）”'
        '“可比公司均值（2023年1—9月）”；表2-1年份为行（2021A…2024E，另有琨澪隔膜、琰漳新材和“瑨泠集团（标杆，2023A）”行），'
        '含YoY列和全球排名列；表3-1“FY2021 | FY2022 | FY2023 | 同比（FY2023）”加琨澪隔膜和“行业平均（FY2023）”列；'
        '表4-1“2021A | 2022A | 2023A | 2024E | 2025E（目标）”；表5-1“2022A | 2023A | YoY | 2024E”加琨澪隔膜和可比公司均值列；'
        '表6-1“2021A | 2022A | 2023A”加琨澪隔膜、可比公司均值和“标杆：瑨泠集团（2023A）”列。正文有“2021—2023年公司营收CAGR达18.4%”'
        '“较上年+2.7pct”“毛利率分别为31.2%/29.8%/32.5%”“同比-3.5%”“全球市占率第三”等写法。E列（预测/计划）不是比较。'
        '刻意缺陷：3.2 顾客增值整条缺失（全文没有全员顾客导向的文化、潜在或未来需求的挖掘、为顾客增值的联合开发或定制、'
        '品牌与口碑管理）；“## 三、客户”下只有“### 3.1 客户服务体系”（3.1）和“### 3.2 客户与市场表现”，后者是结果条目3.3（编号陷阱）。'
        '5.3 只有2022A、2023A两年（另有2024E），2021年只出现在说明2022年起研发费用归集口径变化、此前数据“不再列示”的句子里；'
        '有琨澪隔膜和可比公司均值对比列。4.3 有2021A—2023A三年数据，但只有“2024E”“2025E（目标）”列和2025年目标，'
        '没有对手、行业、标杆或排名对比。'
        '不利结果：6.3 基膜综合良品率84.6%、86.1%、83.9%，2023A下降，低于琨澪隔膜85.2%和可比公司均值84.8%，只出现在表6-1中，'
        '正文没有提及或解释；1.3 2022A毛利率、归母净利润、净利润率、ROE回落（已解释：UHMWPE和PVDF涨价而调价滞后、惠州二期'
        '投产首年折旧和爬坡费用）；4.3 人均净利润2022A同比-17.2%（已解释：同1.3的原因，加上新增人员尚未形成产出）。'
        '以下不列为不利结果：全球市占率第三、与琨澪隔膜的份额差距和涂覆膜占比差距逐年收窄（正文说明）；表6-1中与标杆瑨泠集团的'
        '差距（正文说明原因：幅宽、车速和规模效应）；表2-1中琨澪隔膜和瑨泠集团的出货量更大（排名说明）；客户投诉率、主动离职率、'
        '千人工伤率、能耗、单耗、存货周转天数、资产负债率越低越好，下降是有利结果；2024E/2025E低于2023A的比率是计划值，不是结果。'
        '一段回答6.2的段落（IATF 16949等体系认证、二方审核、追溯码、出厂检验、SPC）放在“### 3.1 客户服务体系”末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

STANDARD_TITLES = {'文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                   '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                   '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果'}
NAMES = ('琨澪', '琰漳', '瑨泠', '玘沣')
CATEGORIES = ['## 一、领导', '## 二、战略', '## 三、客户', '## 四、人才', '## 五、创新', '## 六、运营']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # Markdown markers match the levels: # title, ## profile / categories, ### items / profile sub-heads
    for h in heads:
        want = '#' * (h['level'] + 1) + ' '
        if not h['line'].startswith(want) or h['line'].startswith(want[:-1] + '#'):
            problems.append('heading marker does not match level %d: %s' % (h['level'], h['line']))
    if any(b['line'].startswith('#') for b in body):
        problems.append('a paragraph starts with #')
    cats = [h['line'] for h in heads if h['level'] == 1 and h['clause'] != '0']
    if cats != CATEGORIES:
        problems.append('category headings %s' % cats)
    # items numbered consecutively inside each category with the category's number
    chap, seen = None, 0
    for h in heads:
        if h['level'] == 1:
            chap, seen = h['clause'], 0
            continue
        m = re.match(r'### (\d)\.(\d) (.+)$', h['line'])
        if m and chap != '0':
            seen += 1
            if m.group(1) != chap or int(m.group(2)) != seen:
                problems.append('item not numbered consecutively: ' + h['line'])
    # number trap: 三、 holds ### 3.1 (3.1) and ### 3.2 (3.3), then 四、
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('## 三、'))
    if not (heads[i + 1]['line'].startswith('### 3.1 ') and heads[i + 1]['clause'] == '3.1'
            and heads[i + 2]['line'].startswith('### 3.2 ') and heads[i + 2]['clause'] == '3.3'
            and heads[i + 3]['line'].startswith('## 四、')):
        problems.append('number trap in 三、 not as planned')
    own = [h for h in heads if re.match(r'### \d\.\d ', h['line'])
           and h['line'].split(' ', 2)[2] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('only %d own item titles' % len(own))
    # the layout's year and comparison forms
    text = '\n'.join(b['line'] for b in body)
    for form in ('2021A\t2022A\t2023A\t2024E\t2025E', 'FY2021\tFY2022\tFY2023', '2023年1—9月，未经审计',
                 'CAGR（2021—2023）', 'YoY', '同比', 'pct', '可比公司均值', '行业平均', '标杆', '全球市占率第三',
                 '营收CAGR达18.4%', '31.2%/29.8%/32.5%', '同比-3.5%', '+2.7pct', '2022A\t2023A\tYoY\t2024E'):
        if form not in text:
            problems.append('form missing: ' + form)
    if not any(b['type'] == 'table' and b['line'].split('\n')[2].startswith('2021A\t') for b in body):
        problems.append('no table with years as rows')
    # 5.3: no year before 2022 except in the sentence that says why it is not given; no CAGR or 2021A column
    for b in body:
        if b['clause'] != '5.3':
            continue
        for sent in re.split(r'(?<=。)', b['line']):
            if re.search(r'20(1\d|20|21)|FY21', sent) and '不再列示' not in sent:
                problems.append('5.3 mentions an earlier year: ' + sent[:40])
        if 'CAGR' in b['line'] or '三年' in b['line']:
            problems.append('5.3 has a CAGR or a three-year statement')
    # 4.3: no competitor, benchmark or survey-firm names, no 可比
    for b in body:
        if b['clause'] == '4.3' and (any(n in b['line'] for n in NAMES) or '可比' in b['line']):
            problems.append('4.3 names a peer, the benchmark or the survey firm')
    # 6.3: the 良品率 drop appears only in the table
    for b in body:
        if b['clause'] == '6.3' and b['type'] == 'text' and ('良品率' in b['line'] or '良率' in b['line']):
            problems.append('6.3 text mentions 良品率')
    # nobody else explains the 良品率 either
    for b in body:
        if b['type'] == 'text' and b['clause'] not in ('0',) and ('良品率' in b['line'] or '良率' in b['line']):
            problems.append('良品率 mentioned in %s text' % b['clause'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
