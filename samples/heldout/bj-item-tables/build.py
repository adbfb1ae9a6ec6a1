#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-item-tables from source.txt.

A Beijing district state-owned water-affairs construction and O&M company, 北京淯澓水务建设运营有限公司
(made up; wholly owned by the made-up 北京市峿川区国有资本经营管理中心; its peers 北京潽岫水务建设有限公司 and
天津淰澔水务工程有限公司, its benchmark 上海漹瑢水务集团 and the survey firm 泐筠市场调查有限公司 are made up too;
1,126 staff). It builds and maintains drainage networks, pumping stations and reclaimed-water plants for the
district and handles flood-season emergency drainage. Written by its 企业管理部 in a careful form-filling voice.

Layout: "一项一表" — EVERY SCORED ITEM IS ANSWERED IN ITS OWN TWO-COLUMN TABLE (the secretariat's Word form).
- Markdown. A ``#`` title line (level 0), a cover block of bold field lines and a ``**填写说明**`` paragraph
  (front matter, ``@P -``); back matter: a 填报单位/填报人 line (``@P -``).
- ``## 组织概述`` (= 0) with ``### 组织描述`` (0.1) and ``### 组织面临的挑战`` (0.2), ordinary prose.
- Categories ``## 一、领导`` … ``## 七、结果`` (level 1, labelled 1 … 7). Items have NO headings: each item is
  ONE markdown pipe table (one block, kind ``table``, labelled with the item's clause) whose rows are
  ``评价条款 | 1.1 高层领导的作用`` / ``自评说明`` / ``主要做法`` (``主要结果`` in results; cells hold ``<br>``
  line breaks) / ``主要证据`` (附件 numbers by the item's position in its category) / optional ``改进方向`` /
  ``自评得分``. Variants: two items without a number (``评价条款 | 组织治理`` = 1.2, ``评价条款 | 基础设施``
  = 4.5); two with ``条款编号 | 4.3`` + ``条款名称 | 信息和知识资源`` (and 6.1).
- The clause cells (``评价条款 | …``, ``条款编号 | …``, ``条款名称 | …``) are the form's headings; like headings
  they are exempt from the 12-character seed check (``META['check_text']`` blanks them for the word checks).
- After some item tables (1.1, 2.2, 3.2, 4.1, 5.1) one plain paragraph continues the answer (same clause).
- Results: the item table, then a data table with a caption line (``表7-1 …``; years as columns in 7.1, 7.3,
  7.4, 7.6, years as rows with comparison rows in 7.2, ``2022年 | 2023年`` in 7.5), then a prose paragraph;
  7.4 also has a ``- `` bullet list with per-year series. An intro paragraph under ``## 七、结果`` (= 7).

Planted defects:
- 4.4 技术资源 missing everywhere (no technology assessment, technology or service-standard plans, know-how,
  patents, own technology innovation or transfer of results; 7.4 has no technology results). Under
  ``## 四、资源`` the 4.3 table is followed directly by the unnumbered ``评价条款 | 基础设施`` table, which is
  the 4th table of the category and cites ``附件4-4`` (ordinal trap: position and attachment number say 4.4;
  it is 4.5). 4.6's table cites 附件4-5.
- 7.5 has 2022-2023 only (表7-5 ``2022年 | 2023年``); 2021 appears only in the sentence saying the older
  figures were collected by hand with different definitions and are 不予列示. It has 潽岫水务 / 行业平均 /
  漹瑢水务 (标杆) columns.
- 7.6 has 2021-2023 but only ``2023年目标值`` and ``“十四五”规划目标（2025年）`` columns; no comparison.
- Unfavourable results: 7.2 托管服务合同续签率 96.0 -> 94.5 -> 92.8%, below 潽岫水务 95.2 and 行业平均 94.0,
  only in 表7-2 (unexplained); 7.3 利润总额 / 净资产收益率 / 成本费用利润率 (2022) and 7.4 人均培训学时 (2022)
  explained.
- One 4.6 paragraph (长期合作伙伴, joint inspections, two-way exchange with suppliers and subcontractors)
  sits after the 5.2 table under ``## 五、过程管理`` (``misplaced``, under_heading_clause 5).

source.txt follows samples/build_common.py, plus two markers parsed here:
  ``@M <clause>``  a markdown pipe table, optionally preceded by a caption line, kept verbatim (one block);
  ``@L <clause>``  a tight ``- `` bullet list (several lines, no blank lines), kept verbatim (one block).

Run: /work/main/.venv/bin/python samples/heldout/bj-item-tables/build.py
"""

import os
import re
import sys

TITLE_CELL = re.compile(r'^\| (评价条款|条款编号|条款名称) \| [^|\n]+ \|', re.M)

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
    'expected_missing': ['4.4'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 4.4 技术资源 must be absent everywhere: no technology assessment or plans, know-how, patents,
    # own technology/service innovation or transfer of results, no service standardisation system.
    'forbidden_words': ['专利', '工法', '诀窍', '技术评估', '技术开发', '技术改造', '技术管理', '技术发展',
                        '技术规划', '技术路线', '技术创新', '技术成果', '技术中心', '技术标准', '技术储备',
                        '技术引进', '研发', '产学研', '科研', '科技', '自主创新', '成果转化', '新工艺',
                        '新技术', '标准化', '企业标准', '团体标准', '知识产权', '高校合作'],
    # The clause cells of the item tables (``评价条款 | 3.2 顾客关系和顾客满意``, ``条款名称 | …``) are the
    # form's headings: like headings they are exempt from the seed overlap check.
    'check_text': lambda s: TITLE_CELL.sub(r'| \1 |  |', s),
    'unfavourable_results': [
        {'clause': '7.2',
         'indicator': '托管服务合同续签率（96.0%→94.5%→92.8%，逐年下降，2023年低于潽岫水务95.2%和行业平均94.0%；'
                      '只在表7-2中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '利润总额、净资产收益率、成本费用利润率（2022年由0.92亿元、6.8%、7.9%降至'
                                       '0.71亿元、5.1%、5.8%）', 'explained': True},
        {'clause': '7.4', 'indicator': '人均培训学时（2022年由46小时降至38小时）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京区属国有水务工程建设与运营维护企业（北京淯澓水务建设运营有限公司不存在；出资人北京市峿川区国有资本'
        '经营管理中心、对标企业北京潽岫水务建设有限公司和天津淰澔水务工程有限公司、标杆上海漹瑢水务集团、调查机构泐筠市场调查'
        '有限公司均为虚构，人名、数字和奖项都是编的），员工1,126人，承担区内再生水厂、雨水泵站、排水管网的运营维护和市政给排水'
        '工程施工及防汛抢险。企业管理部执笔，按表格认真填写的口吻。版式是本样本的重点：“一项一表”，每个评分条款用一张两列表格'
        '回答（评审办下发的Word模板）。Markdown；“#”标题行（level 0）、加粗字段组成的封面信息块和“填写说明”段（@P -），文末'
        '填报单位/填报人一行（@P -）。“## 组织概述”（标0）下“### 组织描述”=0.1、“### 组织面临的挑战”=0.2，为普通段落。'
        '类目为“## 一、领导”…“## 七、结果”（level 1，标1…7）。条款没有标题：每个条款是一张Markdown管道表（一个块，kind为table，'
        '标该条款），行依次为“评价条款 | 1.1 高层领导的作用”“自评说明”“主要做法”（结果条款为“主要结果”，单元格内用<br>换行）'
        '“主要证据”（附件按条款在本类目中的填写顺序编号）、部分表有“改进方向”、“自评得分”。变体：两张表条款不带编号'
        '（“评价条款 | 组织治理”=1.2，“评价条款 | 基础设施”=4.5），两张表首行为“条款编号 | 4.3”/“条款编号 | 6.1”，第二行为'
        '“条款名称 | …”。1.1、2.2、3.2、4.1、5.1的表后各有一段普通段落接着回答（同一条款）。结果条款：条款表，然后是带表题行'
        '（“表7-1 …”）的数据表（7.1、7.3、7.4、7.6年份为列，7.2年份为行并有对比行，7.5只有2022年、2023年两列），再跟一段'
        '文字；7.4另有一个“- ”列表逐年列出人力指标。“## 七、结果”下有一段引言，标7。'
        '刻意缺陷：4.4 技术资源整条缺失（全文没有技术评估、技术或服务标准化计划、诀窍、专利、自主创新和成果转化，7.4也没有'
        '技术结果）；“## 四、资源”中4.3的表后直接是不带编号的“评价条款 | 基础设施”表，它是本类目第4张表，证据写“附件4-4”'
        '（序号陷阱：位置和附件号都指向4.4，实为4.5），4.6的证据为附件4-5。7.5只有2022年和2023年（2021年只出现在说明此前为'
        '手工统计、口径不一、“不予列示”的句子里），有潽岫水务、行业平均和漹瑢水务（标杆）对比列。7.6有2021—2023年数据，'
        '但只有“2023年目标值”和“‘十四五’规划目标（2025年）”列，没有任何对比。不利结果：7.2 托管服务合同续签率96.0%、94.5%、'
        '92.8%逐年下降，2023年低于潽岫水务95.2%和行业平均94.0%，只出现在表7-2中，正文未提及也未解释；7.3 2022年利润总额、'
        '净资产收益率、成本费用利润率下降（已解释：疫情停工、管材涨价而固定总价合同无法调价）；7.4 2022年人均培训学时下降'
        '（已解释：集中面授暂停、线上课程尚在建设）。一段回答4.6（长期合作伙伴、联合检查、与供方和分包单位双向交流）的段落'
        '放在5.2的表之后、“## 五、过程管理”之下（misplaced，under_heading_clause为5）。其他：7.1、7.5与漹瑢水务的差距'
        '（标杆更好）不列为不利结果；7.6区外工程收入占比未达年度目标已说明；投诉量、离职率、电耗、药剂成本、到场时间、'
        '资产负债率、应收账款周转天数越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source

ITEM = re.compile(r'\| (评价条款|条款编号) \| ([^|]+?) \|')


def _pipe_table(head, body, chunk):
    """``@M``: a markdown pipe table, kept verbatim (an optional caption line above it)."""
    clause = head.split()[1]
    rows = body[1:] if not body[0].startswith('|') else body
    assert len(rows) >= 3 and rows[1].startswith('| ---'), chunk[:60]
    assert all(r.startswith('| ') and r.endswith(' |') for r in rows), chunk[:60]
    ncol = rows[0].count(' | ') + 1
    assert all(r.count(' | ') + 1 == ncol for r in rows), chunk[:60]
    return {'type': 'table', 'clause': clause, 'line': '\n'.join(ln.rstrip() for ln in body)}


def _tight_list(head, body, chunk):
    """``@L``: a tight ``- `` list, one block."""
    clause = head.split()[1]
    assert len(body) >= 2 and all(ln.startswith('- ') for ln in body), chunk[:60]
    return {'type': 'text', 'clause': clause, 'line': '\n'.join(ln.rstrip() for ln in body), 'misplaced_under': None}


def parse(path):
    """build_common's format plus ``@M`` (markdown pipe table) and ``@L`` (tight list), kept verbatim."""
    return parse_source(path, {'@M ': _pipe_table, '@L ': _tight_list})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]
    heads = [b for b in blocks if b['type'] == 'heading']

    # headings: title, profile (## / ###), seven ## categories; no item headings at all
    want = ['# ', '## 组织概述', '### 组织描述', '### 组织面临的挑战', '## 一、领导', '## 二、战略', '## 三、顾客与市场',
            '## 四、资源', '## 五、过程管理', '## 六、测量、分析与改进', '## 七、结果']
    if len(heads) != len(want) or any(not h['line'].startswith(w) for h, w in zip(heads, want)):
        problems.append('headings not as planned: %s' % [h['line'] for h in heads])

    # every answered leaf has exactly one item table (two-column, first row 评价条款 or 条款编号)
    items = [b for b in body if b['type'] == 'table' and ITEM.match(b['line'])]
    leaves = [c for c in META['leaf_clauses'] if c not in META['expected_missing']]
    if [b['clause'] for b in items] != leaves:
        problems.append('item tables: %s' % [b['clause'] for b in items])
    for b in items:
        rows = b['line'].split('\n')
        if any(r.count(' | ') != 1 for r in rows):
            problems.append('item table not two columns: ' + b['clause'])
        keys = [r.split(' | ')[0][2:] for r in rows]
        if keys[-1] != '自评得分' or '自评说明' not in keys or '主要证据' not in keys:
            problems.append('item table rows: %s %s' % (b['clause'], keys))
        # the stated clause (when numbered) is the label
        m = ITEM.match(b['line'])
        num = re.match(r'(\d\.\d)', m.group(2))
        if num and num.group(1) != b['clause']:
            problems.append('item table number %s labelled %s' % (num.group(1), b['clause']))
        # attachment number = position inside the category
        cat = b['clause'].split('.')[0]
        pos = [x['clause'] for x in items if x['clause'].split('.')[0] == cat].index(b['clause']) + 1
        if '附件%s-%d' % (cat, pos) not in b['line']:
            problems.append('attachment number of %s is not 附件%s-%d' % (b['clause'], cat, pos))
    unnumbered = [b['clause'] for b in items if ITEM.match(b['line']).group(1) == '评价条款'
                  and not re.match(r'\d', ITEM.match(b['line']).group(2))]
    if unnumbered != ['1.2', '4.5']:
        problems.append('unnumbered items: %s' % unnumbered)
    split = [b['clause'] for b in items if ITEM.match(b['line']).group(1) == '条款编号']
    if split != ['4.3', '6.1']:
        problems.append('条款编号 items: %s' % split)
    # ordinal trap: 4th table of 四、 is the unnumbered 基础设施 = 4.5 with 附件4-4
    four = [b for b in items if b['clause'].startswith('4.')]
    if not (four[3]['clause'] == '4.5' and '| 评价条款 | 基础设施 |' in four[3]['line']
            and '附件4-4' in four[3]['line']):
        problems.append('ordinal trap under 四、 not as planned')

    # results: each item has an item table, a captioned data table and a prose paragraph
    for c in ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6']:
        blk = [b for b in body if b['clause'] == c]
        caps = [b for b in blk if b['type'] == 'table' and re.match(r'表7-\d ', b['line'])]
        prose = [b for b in blk if b['type'] == 'text' and not b['line'].startswith('- ')]
        if len(caps) != 1 or len(prose) != 1:
            problems.append('%s: data tables %d, prose %d' % (c, len(caps), len(prose)))
        if c != '7.5':
            for y in ('2021', '2022', '2023'):
                if y not in ''.join(b['line'] for b in blk):
                    problems.append('%s lacks %s' % (c, y))
    # 7.5: no year before 2022 except in the one sentence that says why it is not given
    n = 0
    for b in body:
        if b['clause'] == '7.5':
            for s in re.split(r'(?<=[。；\n])', b['line']):
                if re.search(r'20(1\d|2[01])|(?<!\d)21年', s):
                    n += 1
                    if '不予列示' not in s:
                        problems.append('7.5 gives an early year: ' + s[:40])
    if n != 1:
        problems.append('7.5: 2021 should appear in exactly one sentence (%d)' % n)
    # 7.2: 续签率 only in 表7-2
    for b in blocks:
        if b['type'] != 'heading' and '续签' in b['line'] and not b['line'].startswith('表7-2 '):
            problems.append('续签 outside 表7-2: ' + b['line'][:30])
    # 7.6: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.6' and re.search('潽岫|淰澔|漹瑢|泐筠', b['line']):
            problems.append('7.6 names a peer, benchmark or survey firm')
    # misplaced: the 4.6 paragraph right after the 5.2 table
    mis = [i for i, b in enumerate(blocks) if b.get('misplaced_under')]
    if len(mis) != 1 or blocks[mis[0]]['clause'] != '4.6' or blocks[mis[0] - 1]['clause'] != '5.2' \
            or blocks[mis[0]]['misplaced_under'] != '5':
        problems.append('misplaced paragraph not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
