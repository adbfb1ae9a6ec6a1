#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-edtech-cmsexport from source.txt.

A Beijing online vocational-education company (北京翊屿知行教育科技有限公司, "翊屿": 数字技能微专业, 职业技能等级
培训, enterprise learning platform 翊学云; competitors 岚栖课堂 and 澪途职教, benchmark 杭州琤澜教育科技集团,
survey firm 昶汐调研, data sources 北京数字职业教育联盟 and 澂知研究院 — all made up), written by a young,
marketing-minded 品牌与质量中心: short paragraphs, lots of lists, bold lead words. Layout: **a Markdown export
from a web CMS / online doc** (the "知识空间" of the company):

- the document title is a ``#`` line like the chapters (level 0, clause null), followed by CMS front matter: a
  blockquote with the export path and time (``<br>`` and ``&nbsp;`` inside) and a ``[TOC]`` placeholder (``@P -``);
  the export ends with a CMS footer line in italics (``*本页由……维护 · 最后编辑于…… · 评论（3）*``, back matter);
- chapters are ``#`` headings WITHOUT numbers: ``# 组织概述`` (= 0), ``# 领导`` … ``# 结果`` (= 1 … 7);
- items are ``##`` headings WITHOUT numbers, 11 of 22 in the company's own words (``## 一号位们每天在操心什么`` = 1.1,
  ``## 做一家让学员和社会都放心的公司`` = 1.3, ``## 把三年规划拆成每个季度的OKR`` = 2.2, ``## 让学员愿意推荐我们`` = 3.2,
  ``## 数据、系统和知识库`` = 4.3, ``## 和合作伙伴一起长大`` = 4.6, ``## 每节课都要准点开播、顺利结课`` = 5.2,
  ``## 用数据说话`` = 6.1, ``## 学员怎么说，市场怎么看`` = 7.2, ``## 人、数据、技术、设施和伙伴`` = 7.4,
  ``## 战略、品牌与责任的成绩单`` = 7.6); the profile has ``## 我们是谁`` (= 0.1) and ``## 我们在什么样的赛道上跑`` (= 0.2);
- ``###`` sub-headings of the company's own inside 1.1 and 4.1 (level 3, labelled with the item);
- inside items the sub-points are Markdown ordered lists in which EVERY item is written ``1. `` (the renderer
  renumbers them), many with bold lead words (``1. **宣传真实**：…``), and ``- `` bullets. Tight lists (no blank
  lines) are ONE block (``@L``); loose lists (blank lines between items, in 1.3, 4.1 and 6.2) give one block per item;
- CMS debris: ``<br>`` inside some paragraphs and one table cell, ``&nbsp;`` (a pasted indent at the start of one
  2.2 paragraph, one in 3.2), image lines ``![图3-1 学员满意度趋势](img/fig3-1.png)`` (0.1, 3.2, 5.1, 7.2 with the
  data in the table above, 7.6 with NO data anywhere — 品牌搜索指数 is only a picture), and horizontal rules after
  four chapters. A rule is its own block; each carries the clause of the block before it (like page debris), and
  because every ``text_start`` must be unique the export's rules come in four spellings (``---``, ``<hr>``,
  ``* * *``, ``***``: the pages were pasted in from different editors);
- an intro paragraph under ``# 领导`` (= 1) and under ``# 结果`` (= 7);
- results: Markdown pipe tables (years as columns with ``行业平均（2023年）`` / competitor / benchmark columns;
  表7-5 with years as rows and a ``行业平均（2023年）`` row), prose and list series, rankings.

Planted defects: **1.2 组织治理 missing** (no governance structure, board, shareholders' rights, audit, evaluation
of top leaders or risk-management system anywhere); its neighbours 1.1 and 1.3 both have own-words titles and
``# 领导`` has only two ``##`` items, so the second one is 1.3 (ordinal trap; the chapter intro says it covers "两件事").
**7.2 has 2022–2023 only** (2021 only in the sentence saying why it is not given; it has 行业平均, competitors and
rankings). **7.1 has 2021–2023 but only ``2023年目标值`` / ``2025年规划目标``**, no comparison. 7.5 课程按期上线率
97.2 → 96.5 → 93.1%, below 行业平均 95.0 and 岚栖课堂 96.0 (only in 表7-6; unexplained). Explained: 7.3 (2022
growth, profit, margins, cash flow), 7.4 员工主动离职率 (2022), 7.6 重点任务完成率 (2022) and 品牌认知度 / 粉丝 below
澪途职教. **One 3.2 paragraph (complaint handling) sits under ``## 每节课都要准点开播、顺利结课`` (5.2)** (``misplaced``).

source.txt follows samples/build_common.py, plus two markers parsed here:
  ``@M <clause>``  a markdown pipe table: a caption line and the pipe rows, kept verbatim (one block);
  ``@L <clause>``  a tight markdown list (several lines, no blank lines), kept verbatim (one block).

Run: /work/main/.venv/bin/python samples/heldout/bj-edtech-cmsexport/build.py
"""

import os
import re
import sys

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
    'expected_missing': ['1.2'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.1'],
    # 1.2 组织治理 must be absent everywhere: no governance architecture or rules, board, shareholders,
    # supervisors, audit, internal control, evaluation of top leaders, risk identification/assessment system
    'forbidden_words': ['治理', '董事', '股东', '监事', '审计', '内控', '述职', '章程', '问责', '管控',
                        '风险辨识', '风险识别', '风险评估', '风险清单', '风险管理体系', '高管考核', '三会', '独立性'],
    'unfavourable_results': [
        {'clause': '7.5', 'indicator': '课程按期上线率（97.2%、96.5%、93.1%，逐年下降，2023年低于行业平均95.0%和岚栖课堂96.0%，仅见于表7-6）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入增长率、净利润、净利润率、毛利率、经营活动现金流净额（2022年下降）',
         'explained': True},
        {'clause': '7.4', 'indicator': '员工主动离职率（2022年由14.2%升至19.6%）', 'explained': True},
        {'clause': '7.6', 'indicator': '规划年度重点任务完成率（2022年由86%降至81%）', 'explained': True},
        {'clause': '7.6', 'indicator': '目标人群品牌认知度、自有内容平台粉丝（2023年低于澪途职教）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构北京在线职业教育公司（北京翊屿知行教育科技有限公司，简称翊屿：数字技能微专业、职业技能等级培训、'
        '企业学习平台“翊学云”；对手岚栖课堂、澪途职教，标杆杭州琤澜教育科技集团，调研机构昶汐调研，数据来源北京数字职业教育联盟、'
        '澂知研究院，均为虚构）。品牌与质量中心执笔，年轻、偏市场的口吻：短段落、大量列表、粗体引导词。'
        '版式：网页CMS/在线文档导出的Markdown。报告标题是与章同级的“#”行（level 0，clause为null）；其后导出信息引用块'
        '（含<br>和&nbsp;）和“[TOC]”占位为前置内容（@P -），文末CMS页脚一行（斜体，含“评论（3）”）为后置内容。'
        '章为不带编号的“#”标题：“# 组织概述”（标0）、“# 领导”…“# 结果”（标1…7）；条目为不带编号的“##”标题，22个中11个用公司自己的话'
        '（## 一号位们每天在操心什么=1.1、## 做一家让学员和社会都放心的公司=1.3、## 把三年规划拆成每个季度的OKR=2.2、'
        '## 让学员愿意推荐我们=3.2、## 数据、系统和知识库=4.3、## 和合作伙伴一起长大=4.6、## 每节课都要准点开播、顺利结课=5.2、'
        '## 用数据说话=6.1、## 学员怎么说，市场怎么看=7.2、## 人、数据、技术、设施和伙伴=7.4、## 战略、品牌与责任的成绩单=7.6）；'
        '组织概述下为“## 我们是谁”（0.1）和“## 我们在什么样的赛道上跑”（0.2）。1.1和4.1下有公司自己的“###”小标题（level 3，标所属条目）。'
        '条目内的要点是Markdown有序列表，每一项都写作“1. ”（渲染时自动编号），多带粗体引导词；也有“- ”无序列表。'
        '紧凑列表（项间无空行）整体为一个块；松散列表（1.3、4.1、6.2中，项间有空行）每项一个块，都标所属条目。'
        'CMS残留：段落内和一个表格单元格里的<br>、几处&nbsp;（2.2一段开头的缩进）、图片行“![图x-x ……](img/…png)”'
        '（0.1、3.2、5.1、7.2、7.6；7.2的图旁边有表格数据，7.6的“品牌搜索指数”只有图片、全文没有数字，但7.6其他指标完整，故不影响条目标签），'
        '以及四章之后的水平分隔线（各自成块，标前一块的条款；因text_start须唯一，分别写作---、<hr>、* * *、***）。'
        '“# 领导”下一段引言标1（说本章讲“两件事”），“# 结果”下一段引言标7。结果为Markdown管道表格（年份为列，带行业平均（2023年）、'
        '对手和标杆列；表7-5年份为行，末行行业平均（2023年）），另有文字和列表序列、排名。'
        '刻意缺陷：1.2 组织治理整条缺失（全文没有治理架构与制度、股东和相关方权益、审计、高层绩效评价或风险管理体系的内容），'
        '其前后条目1.1、1.3都是公司自己的标题，“# 领导”下只有两个“##”，第二个是1.3（序号陷阱）。'
        '7.2 只有2022年和2023年（2021年只出现在说明口径不同、不列的句子里），有行业平均、对手和排名对比。'
        '7.1 有2021—2023三年数据，但只有“2023年目标值”“2025年规划目标”列，没有任何对比。'
        '不利结果：7.5 课程按期上线率97.2%→96.5%→93.1%，2023年低于行业平均95.0%和岚栖课堂96.0%，只见于表7-6，正文未解释；'
        '7.3 2022年收入增速、净利润、净利润率、毛利率、经营现金流下降（已解释：考点停考退费延期、平台集中投入）；'
        '7.4 员工主动离职率2022年上升（已解释：销售模式调整）；7.6 规划重点任务完成率2022年下降（已解释）、'
        '品牌认知度和粉丝数低于澪途职教（已解释）。'
        '一段3.2内容（投诉分级处理、回访、重开工单）错放在“## 每节课都要准点开播、顺利结课”（5.2）之下（misplaced）。'
        '组织概述（0.1+0.2段落与表0-1，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CHAPTERS = ['# 组织概述', '# 领导', '# 战略', '# 顾客与市场', '# 资源', '# 过程管理', '# 测量、分析与改进', '# 结果']
RULES = ['---', '<hr>', '* * *', '***']


def parse(path):
    """build_common's format plus ``@M`` (markdown pipe table) and ``@L`` (tight list), kept verbatim."""
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
            if parts[1] == '-':
                blocks.append({'type': 'text', 'clause': None,
                               'line': '\n'.join(ln.rstrip() for ln in body).strip(),
                               'misplaced_under': None})
                continue
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': body[0].strip(),
                           'misplaced_under': misplaced})
        elif head.startswith('@M '):
            clause = head.split()[1]
            assert all(r.startswith('|') and r.endswith('|') for r in body[1:]), chunk[:60]
            blocks.append({'type': 'table', 'clause': clause, 'line': '\n'.join(ln.rstrip() for ln in body)})
        elif head.startswith('@L '):
            clause = head.split()[1]
            assert len(body) >= 2 and all(re.match(r'(1\. |- )', ln) for ln in body), chunk[:60]
            blocks.append({'type': 'text', 'clause': clause, 'line': '\n'.join(ln.rstrip() for ln in body),
                           'misplaced_under': None})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kind=None):
        return '\n'.join(b['line'] for b in body if b['clause'] == c and (kind is None or b['type'] == kind))

    heads = [b for b in blocks if b['type'] == 'heading']
    if heads[0]['level'] != 0 or heads[0]['clause'] is not None or not heads[0]['line'].startswith('# '):
        problems.append('title line')
    chap = [b['line'] for b in heads if b['level'] == 1]
    if chap != CHAPTERS:
        problems.append('chapter headings: %s' % chap)
    for b in heads[1:]:
        if re.match(r'([0-9０-９]|[一二三四五六七八九十]+[、．.]|第|[（(【])', b['line'].split(' ', 1)[1]):
            problems.append('numbered heading: ' + b['line'])
        if not b['line'].startswith('#' * b['level'] + ' '):
            problems.append('heading level: ' + b['line'])
    # only 1.1 and 1.3 under # 领导
    lead_items = [b['clause'] for b in heads if b['level'] == 2 and b['clause'] and b['clause'].startswith('1.')]
    if lead_items != ['1.1', '1.3']:
        problems.append('items under 领导: %s' % lead_items)
    # every ordered-list item is written "1. "
    for b in body:
        for ln in b['line'].split('\n'):
            if re.match(r'\d+\. ', ln) and not ln.startswith('1. '):
                problems.append('list item not written 1.: ' + ln[:20])
    # loose lists: single-item blocks in 1.3, 4.1, 6.2
    for c in ('1.3', '4.1', '6.2'):
        if sum(b['line'].startswith('1. ') and '\n' not in b['line'] for b in body if b['clause'] == c) < 3:
            problems.append('no loose list in ' + c)
    # CMS debris present
    whole = '\n'.join(b['line'] for b in blocks if b['type'] != 'heading')
    for w in ('<br>', '&nbsp;', '![图3-1 学员满意度趋势](img/fig3-1.png)', '[TOC]'):
        if w not in whole:
            problems.append('debris missing: ' + w)
    rules = [b['line'] for b in body if b['line'] in RULES]
    if rules != RULES:
        problems.append('rules: %s' % rules)
    # three years in every result item but 7.2
    for c in ['7.1', '7.3', '7.4', '7.5', '7.6']:
        t = text_of(c)
        for y in ('2021', '2022', '2023'):
            if y not in t:
                problems.append('%s lacks %s' % (c, y))
    # 7.2: 2021 (or earlier) only in the one sentence saying why it is not given
    n = 0
    for b in body:
        if b['clause'] == '7.2':
            if re.search(r"(?<!\d)21年|'21|FY21", b['line']):
                problems.append('7.2 has a short 2021')
            for s in re.split(r'(?<=[。；\n])', b['line']):
                if re.search(r'20(1\d|2[01])', s):
                    n += 1
                    if '不列' not in s:
                        problems.append('7.2 gives an early year: ' + s[:40])
    if n != 1:
        problems.append('7.2: 2021 should appear in exactly one sentence (%d)' % n)
    # 7.5: the falling 按期上线率 is shown only in the table
    if '按期上线' in text_of('7.5', 'text') or '93.1' not in text_of('7.5', 'table'):
        problems.append('7.5: 按期上线率 must be visible only in 表7-6')
    if any('按期上线' in b['line'] for b in body if b['clause'] != '7.5'):
        problems.append('按期上线 mentioned outside 7.5')
    # misplaced paragraph is the complaint-handling one
    mis = [b for b in body if b.get('misplaced_under')]
    if len(mis) != 1 or '投诉' not in mis[0]['line'] or mis[0]['clause'] != '3.2':
        problems.append('misplaced paragraph')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
