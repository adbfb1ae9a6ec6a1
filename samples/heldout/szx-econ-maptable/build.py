#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-maptable from source.txt.

A Shenzhen private IVD reagent and medical-consumables maker, 深圳市琤潆生物医疗科技有限公司 (made up; its
competitors 厦门洣岚生物科技股份有限公司 (blood-collection tubes) and 天津霂珩医疗器械有限公司
(chemiluminescence), its benchmark 上海玳湫诊断集团, the survey firm 琰湑市场研究 and the 坪山区体外诊断产业创新
联盟 are made up too; 906 staff), written by its 战略发展部 in a crisp, management-consulting voice (一句话结论,
bold run-in lead-ins such as ``**三层拆解。**``, 作战卡, 必赢之仗, OKR, 红黄绿灯).

Layout: THEMATIC CHAPTERS WITH A MAPPING TABLE.
- Markdown. ``#`` title (level 0, clause null), a bold cover block and a ``**阅读指引**`` paragraph that explains
  the layout (front matter, ``@P -``).
- Profile ``## 写在前面：我们是谁`` (= 0) with two ``###`` sub-heads (``### 一、业务、组织与供应网络``,
  ``### 二、赛道、对手与我们的底牌``, both = 0).
- Six chapters in the company's own words, not 1:1 with the standard's categories:
  ``## 第一篇　方向与治理`` (1.1, 1.2, 1.3), ``## 第二篇　从纲要到行动`` (2.2, 2.3),
  ``## 第三篇　以检验科为中心`` (3.1-3.3), ``## 第四篇　人与组织`` (4.1-4.3),
  ``## 第五篇　创新与质量`` (5.1, 5.2, **6.2**, 5.3: mixes categories 5 and 6) and
  ``## 第六篇　交付与效率`` (6.1, 6.3: category 6 is split over chapters 5 and 6). Chapter headings are
  labelled with the category they hold (第五篇 = 5).
- Every chapter opens with a Markdown pipe table ``本章内容与评价准则对照（第n篇）`` /
  ``| 本章小节 | 对应评价条款 |`` whose rows map the chapter's ``###`` sub-headings to the standard's items
  (``| 一、把“质量优先”写进决策 | 1.1 文化引领 |``). These navigation tables are labelled with the chapter's
  category id (like an intro under a category heading; 第五篇's = 5): the brief asked for ``-``, but
  ``check_labels.py`` allows null paragraphs only before the first labelled heading or after the last one.
- Sub-headings ``### 一、…`` in the company's words, numbered per chapter; none uses a standard item title.
- Results: each category's result item is its own sub-heading at the end of the chapter that holds it.
  表1-1 and 表4-1 have years as columns with ``行业平均（2023年）`` / ``洣岚生物（2023年）`` columns; 表2-1 has
  years as rows with competitor rows, plus rankings in prose; 5.3 is a ``- `` bullet series per indicator
  (competitors, 行业平均, a narrowing gap to 标杆玳湫诊断, a ranking); 表6-1 has 2022/2023 with 行业平均 and
  competitor columns. All data tables are Markdown pipe tables with a caption line (one block).

source.txt follows samples/build_common.py, plus one marker parsed here:
  ``@M <clause>``  a caption line followed by a Markdown pipe table, kept verbatim (one block).

Planted defects:
- 2.1 战略制定 missing everywhere (no environment/trend analysis for the plan, no positioning, no choice of
  key success factors or direction, no setting of strategic goals, milestones or timetables). ``第二篇``
  opens with ``### 一、纲要如何变成每季度的动作``, which is 2.2 (ordinal trap: 一 is the missing item's
  place); its mapping table lists only 2.2 and 2.3. The 纲要 is only referred to as approved by the board.
- 6.3 has 2022-2023 only (表6-1); 2021 appears only in the sentence saying LIMS/MES went live in 2022 and the
  older hand-kept figures are not comparable (``不予列示``). It has 行业平均 / 洣岚生物 / 霂珩医疗 columns.
- 3.3 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison); the survey firm
  is named as the source of the satisfaction score only.
- 4.3 员工敬业度 76.8 -> 78.3 -> 75.9, falls in 2023 and is below 行业平均 76.5 and 洣岚生物 77.4, only in
  表4-1 (unexplained); 1.3 营业收入 / 净利润 / 销售净利率 / 纳税总额 (2023, end of sampling-tube demand) and
  5.3 研发投入强度 (2022, revenue spike) are explained.
- One 3.1 paragraph (服务响应: hotline, on-site times, complaint handling, return visits) sits at the end of
  6.1's sub-heading ``### 一、从订单到检验科的一条链`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-maptable/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

TITLES = ['文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务', '顾客增值',
          '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统', '创新生态',
          '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['2.1'],
    'results_lacking_three_years': ['6.3'],
    'results_lacking_comparison': ['3.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3'],
    # 2.1 战略制定 must be absent everywhere: no analysis of the environment behind the plan, no positioning or
    # direction, no key success factors, no strategic goals, no timetable of stage targets.
    'forbidden_words': ['SWOT', 'PEST', '战略分析', '环境分析', '环境扫描', '战略定位', '发展定位', '战略方向',
                        '战略重点', '战略目标', '发展目标', '长期目标', '中长期', '关键成功', '成功要素',
                        '机遇', '威胁', '劣势', '预判', '情景分析', '战略研讨', '规划编制', '编制规划',
                        '制定规划', '规划制定', '战略制定', '制定战略', '战略选择', '十四五', '五年规划',
                        '目标值及完成', '时间表'],
    'unfavourable_results': [
        {'clause': '4.3',
         'indicator': '员工敬业度（76.8%→78.3%→75.9%，2023年下降，低于行业平均76.5%和洣岚生物77.4%；只在表4-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '营业收入、净利润、销售净利率、纳税总额（2023年由11.46亿元、2.31亿元、20.2%、'
                                       '1.38亿元降至8.95亿元、1.12亿元、12.5%、0.86亿元）', 'explained': True},
        {'clause': '5.3', 'indicator': '研发投入强度（2022年由11.0%降至7.8%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营体外诊断试剂与医用耗材企业（深圳市琤潆生物医疗科技有限公司不存在；竞争对手'
        '厦门洣岚生物科技股份有限公司和天津霂珩医疗器械有限公司、标杆上海玳湫诊断集团、调研机构琰湑市场研究、'
        '坪山区体外诊断产业创新联盟均为虚构，人名、数字和奖项都是编的），员工906人。战略发展部执笔，'
        '管理咨询式的干练口吻（一句话结论、加粗的句首引语、作战卡、必赢之仗、OKR、红黄绿灯）。'
        '版式是本样本的重点：按公司自己的主题分篇，每篇开头一张对照表。Markdown；“#”标题（level 0，clause为null）、'
        '加粗的封面信息块和一段“阅读指引”（@P -）；“## 写在前面：我们是谁”（标0）下两个“###”小标题（标0）；'
        '六篇“## 第一篇　方向与治理”(1.1/1.2/1.3)、“## 第二篇　从纲要到行动”(2.2/2.3)、“## 第三篇　以检验科为中心”'
        '(3.1-3.3)、“## 第四篇　人与组织”(4.1-4.3)、“## 第五篇　创新与质量”(5.1/5.2/6.2/5.3，一篇混合类目5和6)、'
        '“## 第六篇　交付与效率”(6.1/6.3，类目6分在两篇)；篇标题标其所含类目（第五篇标5）。每篇标题后紧跟一张'
        'Markdown管道表“本章内容与评价准则对照（第n篇）”，表头“| 本章小节 | 对应评价条款 |”，每行把本篇一个“###”'
        '小标题对应到准则条款（“| 一、把“质量优先”写进决策 | 1.1 文化引领 |”）；这些导航表标本篇的类目号（像类目下的'
        '引言；第五篇的标5）——任务说明要求标“-”，但check_labels.py只允许首个带条款标题之前或最后一个带条款块之后的'
        '段落不标条款。“### 一、…”小标题用公司自己的话，按篇编号，不用准则条目原标题。结果：每个类目的结果条目是其所在'
        '篇末尾的一个小标题；表1-1、表4-1年份为列，带“行业平均（2023年）”“洣岚生物（2023年）”列；表2-1年份为行，带对手行，'
        '正文另有排名；5.3用“- ”逐项列出的指标段落（对手、行业平均、与标杆玳湫诊断逐年缩小的差距、排名）；'
        '表6-1只有2022、2023年，带行业平均和对手列。所有数据表均为带表题行的Markdown管道表（一个块）。'
        '刻意缺陷：2.1 战略制定整条缺失（全文没有为规划所做的环境与趋势分析、定位、方向、关键成功要素、战略目标、'
        '阶段目标与时间表），“第二篇”开头的“### 一、纲要如何变成每季度的动作”是2.2（序号陷阱：“一、”正是缺失条目的位置），'
        '该篇对照表只列2.2和2.3；纲要只以“董事会批准的”方式被提及。6.3 只有2022年和2023年两年（2021年只出现在说明'
        '2022年LIMS/MES上线、此前手工台账口径不同“不予列示”的句子里），有行业平均、洣岚生物和霂珩医疗对比列。'
        '3.3 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比'
        '（琰湑市场研究只作为满意度数据来源出现）。不利结果：4.3 员工敬业度76.8%、78.3%、75.9%，2023年下降，'
        '低于行业平均76.5%和洣岚生物77.4%，只出现在表4-1中，正文没有提及或解释；1.3 营业收入、净利润、销售净利率、'
        '纳税总额2023年下降（已解释：采样管和样本保存液需求在2022年底后消失、闲置产线计提减值，剔除采样类后收入增长'
        '22.4%）；5.3 研发投入强度2022年降至7.8%（已解释：绝对额增长18.7%，采样类收入陡增使分母扩大）。'
        '一段回答3.1（服务响应：热线、到场时限、投诉受理、季度回访）的段落放在6.1“### 一、从订单到检验科的一条链”'
        '的末尾（misplaced）。其他：5.3化学发光检测项目与标杆玳湫诊断的差距84→81→79项逐年缩小（不列为不利结果）；'
        '主动离职率、客户投诉率、质量损失率、批间差、存货周转天数、资产负债率越低越好，下降是有利结果；'
        '排名（采血管份额第3→第2、化学发光装机第11→第9、品牌提及率第4→第2、创新力榜第17→第12）均为上升。'
        '组织简介（标0的段落）无字数上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source

MAP_CAPTION = re.compile(r'^本章内容与评价准则对照（第[一二三四五六七]篇）$')
MAP_HEADER = '| 本章小节 | 对应评价条款 |'


def _pipe_table(head, body, chunk):
    """``@M``: a caption line and a markdown pipe table, kept verbatim."""
    clause = head.split()[1]
    caption, rows = body[0], body[1:]
    assert not caption.startswith('|'), chunk[:60]
    assert len(rows) >= 3 and rows[1].startswith('| ---'), chunk[:60]
    assert all(r.startswith('| ') and r.endswith(' |') for r in rows), chunk[:60]
    ncol = rows[0].count(' | ') + 1
    assert all(r.count(' | ') + 1 == ncol for r in rows), chunk[:60]
    return {'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(ln.rstrip() for ln in body)}


def parse(path):
    """build_common's format plus ``@M`` (markdown pipe table), kept verbatim."""
    return parse_source(path, {'@M ': _pipe_table})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # chapters: 6 篇 after the profile; each opens with its mapping table, whose rows are the chapter's ### heads
    chapters = [i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('## 第')]
    if len(chapters) != 6:
        problems.append('expected 6 chapters, got %d' % len(chapters))
    chap_clauses = {}
    for n, i in enumerate(chapters):
        end = chapters[n + 1] if n + 1 < len(chapters) else len(blocks)
        tab = blocks[i + 1]
        lines = tab['line'].split('\n')
        if tab['type'] != 'table' or not MAP_CAPTION.match(lines[0]) or lines[1] != MAP_HEADER:
            problems.append('chapter without mapping table: ' + blocks[i]['line'])
            continue
        if tab['clause'] != blocks[i]['clause']:
            problems.append('mapping table not labelled with its chapter: ' + blocks[i]['line'])
        subs = [b for b in blocks[i + 1:end] if b['type'] == 'heading']
        rows = [r.strip('| ').split(' | ') for r in lines[3:]]
        if [r[0] for r in rows] != [s['line'][4:] for s in subs]:
            problems.append('mapping rows differ from sub-headings in ' + blocks[i]['line'])
        if [r[1].split(' ')[0] for r in rows] != [s['clause'] for s in subs]:
            problems.append('mapping clauses differ from labels in ' + blocks[i]['line'])
        if any(not s['line'].startswith('### ') for s in subs):
            problems.append('sub-heading not ### in ' + blocks[i]['line'])
        chap_clauses[n] = [s['clause'] for s in subs]
    # one chapter mixes categories 5 and 6; category 6 is split over two chapters
    cats = {n: {c.split('.')[0] for c in cl} for n, cl in chap_clauses.items()}
    if sorted(map(sorted, cats.values())) != [['1'], ['2'], ['3'], ['4'], ['5', '6'], ['6']]:
        problems.append('chapter/category mix not as planned: %s' % cats)
    # no sub-heading uses a standard item title verbatim
    for h in heads:
        if h['line'].startswith('### ') and any(t in h['line'] for t in TITLES):
            problems.append('sub-heading uses a standard title: ' + h['line'])
    # profile: ## 写在前面：我们是谁 with exactly two ### sub-heads, all = 0
    p = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'] == '## 写在前面：我们是谁')
    sub0 = [b for b in blocks[p:chapters[0]] if b['type'] == 'heading' and b['line'].startswith('### ')]
    if len(sub0) != 2 or any(b['clause'] != '0' for b in blocks[p:chapters[0]]):
        problems.append('profile not as planned')
    # ordinal trap: 第二篇 opens with ### 一、 = 2.2; its mapping table has no 2.1
    i2 = chapters[1]
    if not (blocks[i2 + 2]['type'] == 'heading' and blocks[i2 + 2]['line'].startswith('### 一、')
            and blocks[i2 + 2]['clause'] == '2.2' and '2.1' not in blocks[i2 + 1]['line']):
        problems.append('ordinal trap in chapter 2 not as planned')
    # 6.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '6.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('6.3 mentions an earlier year: ' + sent[:40])
    # 3.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '3.3' and re.search('洣岚|霂珩|玳湫|第\\d+位', b['line']):
            problems.append('3.3 names a competitor or rank')
    # 4.3: the falling 敬业度 appears only in the table
    for b in body:
        if b['clause'] == '4.3' and b['type'] == 'text' and '敬业' in b['line']:
            problems.append('4.3 text mentions 敬业度')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
