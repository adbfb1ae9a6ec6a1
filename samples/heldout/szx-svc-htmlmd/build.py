#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-htmlmd from source.txt.

A Shenzhen district government-service hall operator, 深圳市淏岙区政务服务中心 (made up; 淏岙区 is not a real
district; public institution 公益一类事业单位 under the made-up 淏岙区政务服务数据管理局, 412 staff incl. 233 window
staff from the made-up outsourcer 深圳琎衡人力资源服务有限公司; peer halls 瀠湖区政务服务中心 and 珵坪区行政服务大厅,
benchmark 杭州市瑸江区民生服务中心, survey firm 深圳湉琚民意调查有限公司 = 湉琚调查, all made up), written by its
质量奖申报工作专班 in a government-service voice (办事群众, 一网通办, 好差评, 一件事一次办, 帮办代办).

Layout: MARKDOWN SAVED FROM A WEB RICH-TEXT EDITOR / CMS, SO MOST BLOCKS ARE RAW HTML.
- The title a ``<h1>`` line (level 0, clause null); a CMS meta line ``<p style="color:#888888;...">来源：……阅读：318</p>``
  and an ``<p><em>【编者按】……</em></p>`` (front matter, ``@P -``); back matter a right-aligned
  ``<p align="right">`` signature with ``<br/>`` and a ``（责任编辑：……）`` footer (``@P -``).
- Headings as HTML: ``<h2>单位简介</h2>`` (= 0) with ``<h3>（一）基本情况</h3>`` … (= 0); ``<h2>一、高标准定位</h2>``,
  ``<h3>（一）领导力</h3>``, ``<h4>1. 团队建设</h4>`` (numbering ``1.`` restarting under every （一）（二）（三）),
  three as Markdown (``### （二）规划定位``, ``### （二）运行管理``, ``#### 1. 量化管理``), as exports are.
  One leaf title in the centre's words: ``<h4>2. 办事群众满意</h4>`` = 3.2.2.
- Paragraphs are ``<p>…</p>`` lines; styled variants ``<p style="text-indent:2em">``, ``<p style='text-indent:2em'>``,
  ``<p class="MsoNormal" style="text-indent:2em">``, ``<p style="white-space:normal;text-indent:2em">``,
  ``<p style="line-height:1.75em">``, ``<p style="text-align:justify">``, ``<p style="margin-top:8px">``,
  ``<p><span style="font-size:15px">`` (intro of 三、 = 3), ``<p><strong>…</strong>`` lead-ins, ``<p>&nbsp;&nbsp;``;
  entities ``&ldquo;…&rdquo;``, ``&nbsp;``, ``&mdash;``; ``<br/>`` inside two paragraphs.
- Lists: ``<ul><li>…</li>`` … ``<li>…</li></ul>`` written one ``<li>`` per line, blank lines between, each ``<li>``
  line its own block labelled with its clause (1.1.2, 2.1.1, 2.3.2, 3.3.1); one Markdown ``- `` list (2.2.2).
- Tables: HTML ``<table>`` blocks with a ``<caption>`` (表0-1, 表3-1 years 2022/2023 as columns with peer and
  ``全区事业单位平均`` columns, 表3-2 years as rows with ``全市各区平均（2023年）`` / ``瀠湖区（2023年）`` rows, 表3-3 years
  as columns with a ``2023年目标值`` column, 表3-5 indicator × object rows with ``rowspan`` and yearly benchmark values),
  and one Markdown pipe table with a bold caption line (表3-4, 3.2.2). Prose year series, ``<li>`` series, rankings.

Planted defects:
- 1.1.1 确定方向 missing everywhere (no mission, vision, values, culture system, its promotion, leaders setting an
  example, or review of the culture). ``<h3>（一）领导力</h3>`` is followed directly by ``<h4>1. 团队建设</h4>``,
  which is 1.1.2 (ordinal trap: ``1.`` is the missing leaf's number).
- 3.1.1 has 2022-2023 only (表3-1 and a ranking sentence); 2021 appears only in the sentence saying that the data
  before 2022 were counted by hand under other definitions and are 不再列示. It has 瀠湖区 / 全区事业单位平均 columns and
  the city ranking (第4位 → 第2位, 瀠湖区 第3位, 珵坪区 第6位).
- 3.2.1 has 2021-2023 but only a ``2023年目标值`` column and ``国家标准的要求`` (no peer, average, benchmark or ranking).
- 3.2.2 第三方测评综合满意度 94.2 → 95.1 → 93.6, below 瀠湖区 95.0, 珵坪区 94.4 and 全市各区平均 94.1, only in the
  pipe table 表3-4 (unexplained). 3.1.2 预算执行率 2022 (97.8 → 93.6 → 98.6) and 3.3.2 接待外地考察学习批次 2022
  (46 → 19 → 72) are explained.
- One 2.1.1 paragraph (恳谈会, 政务服务体验员: collecting needs for service design) sits at the end of 2.2.1
  ``#### 1. 量化管理`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-htmlmd/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['1.1.1'],
    'results_lacking_three_years': ['3.1.1'],
    'results_lacking_comparison': ['3.2.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.2.1'],
    # 1.1.1 确定方向 must be absent everywhere: no mission, vision, values or culture system, no promotion of it
    # among staff and partners, no leaders setting an example, no review or refinement of it.
    'forbidden_words': ['使命', '愿景', '价值观', '价值理念', '价值取向', '价值体系', '理念', '宗旨', '组织文化',
                        '文化建设', '文化活动', '文化认同', '文化体系', '文化手册', '文化墙', '为民', '清廉',
                        '垂范', '以身作则', '示范带头', '精神', '发展方向', '功能定位', '努力方向', '职能转变',
                        '初心', '口号', '核心价值'],
    'unfavourable_results': [
        {'clause': '3.2.2',
         'indicator': '第三方测评综合满意度（94.2→95.1→93.6分，2023年下降，低于瀠湖区95.0、珵坪区94.4和全市各区平均94.1；'
                      '只在表3-4中）',
         'explained': False},
        {'clause': '3.1.2', 'indicator': '预算执行率（2022年由97.8%降至93.6%）', 'explained': True},
        {'clause': '3.3.2', 'indicator': '接待外地考察学习批次（2022年由46批降至19批）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市淏岙区政务服务中心（淏岙区不存在；公益一类事业单位，主管单位淏岙区政务服务数据管理局，'
        '工作人员412人，其中233名综合窗口人员由深圳琎衡人力资源服务有限公司派驻；同类单位瀠湖区政务服务中心、珵坪区行政服务大厅，'
        '标杆杭州市瑸江区民生服务中心，第三方测评机构深圳湉琚民意调查有限公司（湉琚调查）均为虚构，人名、数字和荣誉都是编的）。'
        '质量奖申报工作专班执笔，政务服务口吻（办事群众、一网通办、好差评、一件事一次办、帮办代办）。'
        '版式是本样本的重点：从网页富文本编辑器/CMS保存下来的Markdown，多数块是原始HTML。标题为<h1>行（level 0，clause为null）；'
        'CMS来源信息行（<p style="color:#888888;…">）和<p><em>【编者按】</em>为前置内容（@P -），文末右对齐落款（<p align="right">，含<br/>）'
        '和“（责任编辑：……）”页脚为后置内容（@P -）。标题多为HTML：<h2>单位简介</h2>（标0）下<h3>（一）基本情况</h3>等三个小标题（标0）；'
        '<h2>一、高标准定位</h2>…<h2>三、高绩效结果</h2>（标1…3），<h3>（一）领导力</h3>等（标1.1…），<h4>1. 团队建设</h4>等（标叶子条款，'
        '“1.”在每个（一）（二）（三）下重新编号）；其中三个是Markdown标题：### （二）规划定位、### （二）运行管理、#### 1. 量化管理。'
        '3.2.2的标题用中心自己的话“2. 办事群众满意”。段落是<p>…</p>行，带多种style（text-indent:2em的四种写法、line-height、'
        'text-align:justify、margin-top、MsoNormal）、<strong>引导语、<span style=…>、&nbsp;、&ldquo;&rdquo;、&mdash;实体，'
        '两段内有<br/>。列表为<ul><li>…</li>…</li></ul>，每个<li>一行、行间空行，各自成块并标所属条款（1.1.2、2.1.1、2.3.2、3.3.1）；'
        '2.2.2有一个Markdown“- ”列表（每项一块）。“三、高绩效结果”下一段引言（<p><span style="font-size:15px">）标3。'
        '结果表格为HTML <table>块（带<caption>）：表3-1年份为列（仅2022、2023）带瀠湖区和全区事业单位平均列；表3-2年份为行，'
        '末两行为全市各区平均（2023年）和瀠湖区（2023年）；表3-3年份为列，只有2023年目标值列；表3-5为指标×对象行（rowspan），'
        '含标杆瑸江区逐年数据；另有一个Markdown管道表格（表3-4，粗体表题行，标3.2.2）。其余为文字年份序列、<li>序列和排名。'
        '刻意缺陷：1.1.1 确定方向整条缺失（全文没有使命、愿景、价值观或文化体系，没有其宣贯、领导示范，也没有对其适宜性的评估和完善），'
        '<h3>（一）领导力</h3>之后直接是<h4>1. 团队建设</h4>，它是1.1.2（序号陷阱：“1.”正是缺失条款的序号）。'
        '3.1.1 只有2022年和2023年（2021年只出现在说明此前由各科室手工统计、口径不一致、“不再列示”的句子里），'
        '有瀠湖区、全区事业单位平均对比列和全市考评排名（第4位→第2位，瀠湖区第3位、珵坪区第6位）。'
        '3.2.1 有2021—2023年三年数据，但只有“2023年目标值”列和“满足国家标准的要求”，没有同类单位、平均值、标杆或排名对比。'
        '不利结果：3.2.2 第三方测评综合满意度94.2→95.1→93.6分，2023年下降，低于瀠湖区95.0、珵坪区94.4和全市各区平均94.1，'
        '只出现在表3-4中，正文没有提及或解释；3.1.2 预算执行率2022年降至93.6%（已解释：二期智能化改造供应商资质问题、重新招标、'
        '资金结转）；3.3.2 接待外地考察学习批次2022年降至19批（已解释：按疫情防控要求暂停接待、改为线上交流）。'
        '一段回答2.1.1的段落（恳谈会、政务服务体验员：收集需求用于服务设计）放在2.2.1“#### 1. 量化管理”的末尾（misplaced）。'
        '其他：3.3.2与标杆瑸江区的差距由6项缩小到3项（不列为不利结果）；差评率、单件办理成本、等候时长、违纪事件越低越好，'
        '下降是有利结果。组织简介（标0的段落和表0-1）无字数上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def parse(path):
    """build_common's format, but ``@T`` (HTML table) and ``@M`` (markdown pipe table) blocks are kept verbatim
    (no `` | `` → tab conversion)."""
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    blocks = []
    for chunk in re.split(r'\n\s*\n', raw.strip()):
        lines = chunk.split('\n')
        head, body = lines[0], lines[1:]
        if head.startswith('@H '):
            _, level, clause, text = head.split(' ', 3)
            blocks.append({'type': 'heading', 'level': int(level),
                           'clause': None if clause == '-' else clause, 'line': text})
        elif head.startswith('@P '):
            parts = head.split()
            misplaced = None
            for p in parts[2:]:
                if p.startswith('misplaced='):
                    misplaced = p.split('=', 1)[1]
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': None if parts[1] == '-' else parts[1],
                           'line': body[0].strip(), 'misplaced_under': misplaced})
        elif head.startswith('@T ') or head.startswith('@M '):
            clause = head.split()[1]
            blocks.append({'type': 'table', 'clause': None if clause == '-' else clause,
                           'line': '\n'.join(ln.rstrip() for ln in body).strip(),
                           'markdown': head.startswith('@M ')})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kind=None):
        return '\n'.join(b['line'] for b in body if b['clause'] == c and (kind is None or b['type'] == kind))

    # layout: <h1> title, HTML headings with a few markdown ones
    if not (heads[0]['line'].startswith('<h1>') and heads[0]['clause'] is None):
        problems.append('title is not an <h1> line')
    md = [h['line'] for h in heads if h['line'].startswith('#')]
    if md != ['### （二）规划定位', '### （二）运行管理', '#### 1. 量化管理']:
        problems.append('markdown headings: %s' % md)
    for h in heads:
        if not h['line'].startswith('#'):
            m = re.fullmatch(r'<h(\d)>(.+)</h\1>', h['line'])
            if not m or int(m.group(1)) != h['level'] + 1:
                problems.append('html heading level: ' + h['line'])
    # every non-markdown text block is HTML (or a markdown "- " list line)
    for b in blocks:
        if b['type'] == 'text' and not re.match(r'(<p[ >]|<ul><li>|<li>|- )', b['line']):
            problems.append('text block not html: ' + b['line'][:30])
        if b['type'] == 'text' and b['line'].startswith('<p') and not b['line'].endswith('</p>'):
            problems.append('unclosed <p>: ' + b['line'][:30])
    # each <ul> opened and closed, one <li> per block
    opened = False
    for b in blocks:
        ln = b['line']
        if b['type'] != 'text' or not ln.startswith(('<ul><li>', '<li>')):
            continue
        if ln.startswith('<ul><li>'):
            if opened:
                problems.append('nested/unclosed ul before ' + ln[:20])
            opened = True
        elif not opened:
            problems.append('<li> outside a ul: ' + ln[:20])
        if ln.count('<li>') != 1 or not ln.endswith(('</li>', '</li></ul>')):
            problems.append('li block: ' + ln[:20])
        if ln.endswith('</ul>'):
            opened = False
    if opened:
        problems.append('ul not closed')
    tables = [b for b in blocks if b['type'] == 'table']
    if sum(b.get('markdown', False) for b in tables) != 1:
        problems.append('expected exactly one markdown pipe table')
    for b in tables:
        if not b.get('markdown') and not (b['line'].startswith('<table') and b['line'].endswith('</table>')):
            problems.append('html table block malformed: ' + b['line'][:30])
    whole = '\n'.join(b['line'] for b in blocks if b['type'] != 'heading')
    for w in ('<br/>', '&nbsp;', '&ldquo;', '&rdquo;', '<strong>', '<span style=', 'text-indent:2em'):
        if w not in whole:
            problems.append('html debris missing: ' + w)
    if whole.count('<br/>') < 2:
        problems.append('fewer than two <br/>')
    if sum('text-indent:2em' in b['line'] for b in blocks) < 3:
        problems.append('fewer than three text-indent paragraphs')
    # ordinal trap: （一）领导力 followed directly by "1. 团队建设" = 1.1.2
    i = next(k for k, h in enumerate(heads) if h['line'] == '<h3>（一）领导力</h3>')
    if not (heads[i + 1]['line'] == '<h4>1. 团队建设</h4>' and heads[i + 1]['clause'] == '1.1.2'):
        problems.append('ordinal trap under （一）领导力 not as planned')
    # 3.1.1: 2022 and 2023 only; 2021 or earlier only in the sentence saying why it is not given
    t = text_of('3.1.1')
    for y in ('2022', '2023'):
        if y not in t:
            problems.append('3.1.1 lacks ' + y)
    for b in body:
        if b['clause'] == '3.1.1':
            for s in re.split(r'(?<=[。；\n])', b['line']):
                if re.search(r'20(1\d|20|21)|21年', s) and '不再列示' not in s:
                    problems.append('3.1.1 mentions an earlier year: ' + s[:40])
    # 3.2.1: no peer or benchmark names either
    if re.search('瀠湖|珵坪|瑸江|全市各区|全区', text_of('3.2.1')):
        problems.append('3.2.1 names a comparison object')
    # the other result items: 2021, 2022 and 2023 present
    for c in ('3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2'):
        for y in ('2021', '2022', '2023'):
            if y not in text_of(c):
                problems.append('%s lacks %s' % (c, y))
    # 3.2.2: the fall of 第三方测评综合满意度 only in the table
    for b in body:
        if b['clause'] == '3.2.2' and b['type'] == 'text' and ('93.6' in b['line'] or '综合满意度' in b['line']):
            problems.append('3.2.2 text mentions 综合满意度')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse)
