#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-utility-pdftext from source.txt.

A Beijing district-owned (区属国有) district-heating company, 北京珝峪热力有限公司 (made up, in the made-up
峪泠区; its peers 北京漖川供热有限公司 and 北京琤峦热力集团, its benchmark 沈阳澐枢热力集团, the survey firm
峮朗调研 and the college 北京沄汀能源学院 are made up too), written by its 企业管理部 in a dense, engineering-minded
voice (一次网/二次网, 热力站, 气候补偿, 分时分区调控, 失水率, 低氮燃烧, 冬病夏治, 接诉即办).

Layout: PLAIN TEXT COPIED OUT OF A PDF VIEWER, WITH PAGE FURNITURE.
- Two title lines and a cover block (front matter, ``@P -``) form the unnumbered cover page. Every later page
  starts with the running header ``北京珝峪热力有限公司 质量管理奖自评报告`` and ends with a footer: ``— n —`` on
  the 目录 and 组织概述 pages, ``第 n 页 共 12 页`` from ``第一部分 领导`` on. A page holds about 35-45 lines of
  the printed page (a paragraph counts as its printed lines at 38 characters, a heading as two lines), and a
  page ends only between blocks, never right after a heading. As a PDF copy gives them, the footer of one page
  and the header of the next are two adjacent lines with no blank line between: one furniture block
  (``@P -``, clause null), with blank lines around it, so the furniture always falls BETWEEN paragraphs.
  The first header (before the 目录) stands alone; the last page ends with its footer alone (back matter).
  (A lone header line on every page would give every such block the same ``text_start``, which the labels
  cannot carry; the footer line in front makes every furniture block start uniquely.)
- The 目录 is one front-matter block (``目　录`` and the parts with dot leaders and page numbers).
- 16 of the 58 text paragraphs are HARD-WRAPPED as a PDF copy keeps them: lines of 38 units (CJK = 1,
  ASCII = 0.5), no blank line inside the paragraph, a closing sign never at a line start, an opening sign
  never at a line end, runs of ASCII digits/letters never split. The others are one line each (as a viewer
  that joins lines copies them).
- Headings: ``组织概述`` (= 0) with ``一、组织描述`` (0.1) / ``二、组织面临的挑战`` (0.2) and their own
  ``（一）（二）（三）`` sub-headings; parts ``第一部分 领导`` … ``第七部分 结果`` (= 1 … 7); items ``一、二、…``
  numbered by position in the part; ``（一）（二）`` sub-headings of the company's own inside 1.1 and 3.2
  (labelled with the item). 8 of 21 item titles are the company's words: ``二、治理与风险防控`` = 1.2,
  ``二、把规划落到每个供暖季`` = 2.2, ``二、热用户关系与满意`` = 3.2, ``二、信息化与知识共享`` = 4.3,
  ``四、热源、管网与站房`` = 4.5, ``二、运行调节与过程改进`` = 5.2, ``一、供热产品和服务结果`` = 7.1,
  ``五、运行过程的有效性`` = 7.5. One intro paragraph under ``第七部分 结果`` (= 7).
- Tables as a PDF copy gives them: the caption line (at least 20 characters) above, one row per line, cells
  separated by single spaces (no spaces inside cells). Years as columns with ``北京同行平均（2023年）``,
  ``行业平均（2023年）`` (表7-4), ``漖川供热（2023年）`` and ``澐枢热力（标杆，2023年）`` columns; ``注：…``
  footnotes under 表7-1, 表7-3 and 表7-5 (labelled with the item). Prose series and rankings (``排名第二``,
  ``第三、第二、第一``).

Planted defects:
- 4.2 财务资源 missing everywhere (no funding, budgeting, cost management, asset turnover or financial-risk
  content); ``第四部分 资源`` numbers its items by position, so ``二、信息化与知识共享`` is 4.3,
  ``三、技术资源`` 4.4, ``四、热源、管网与站房`` 4.5 and ``五、相关方关系`` 4.6 (ordinal trap).
- 7.2 has 2022-2023 only (2021 appears only in the sentence saying why it is not given); it has
  北京同行平均 / 漖川供热 / 澐枢热力 columns and a ranking.
- 7.5 has 2021-2023 but only ``2023年目标值`` and ``北京市地方标准要求`` columns (no comparison).
- 7.1 供热故障平均修复时长 3.6 -> 3.2 -> 4.1 h, longer than 北京同行平均 3.5 and 漖川供热 3.3, only in
  表7-1 (unexplained); 7.3 利润总额 / 成本费用利润率 (2022) and 7.4 一线运行人员年流失率 (2022) explained.
- One 4.1 paragraph (员工满意度调查) sits under 3.2's ``（二）满意度测量与改进`` (misplaced).

The page breaks, the 目录 page numbers and the line breaks of the wrapped paragraphs were laid out once by a
helper and are written out in source.txt; build.py checks them (footers, page lengths, wrap widths, 目录).

source.txt follows samples/build_common.py with two extensions read here: ``@P <clause> wrap`` is followed by
the lines of a hard-wrapped paragraph (joined with line breaks, as written), and table cells are joined with
one space. samples/heldout/check_labels.py accepts a null-clause block only as front or back matter, so it
reports the furniture blocks between the chapters; ``build.py --twin DIR`` writes a twin without the
furniture blocks (report.md + labels.json, same labels otherwise) that check_labels can check.

Run: /work/main/.venv/bin/python samples/heldout/bj-utility-pdftext/build.py [--twin DIR]
"""

import json
import math
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
    'expected_missing': ['4.2'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.5'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.5'],
    # 4.2 财务资源 must be absent everywhere: no funding needs or sources, no turnover or asset use, no
    # budgeting, cost management, financial risk or financial control.
    'forbidden_words': ['预算', '资金', '融资', '筹资', '贷款', '授信', '债券', '现金流', '周转', '财务风险',
                        '财务管理', '财务控制', '成本管理', '成本管控', '成本控制', '降本', '资产利用', '资产效率',
                        '应收账款', '结算周期', '投资回报', '资本'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '供热故障平均修复时长（3.6→3.2→4.1小时，2023年变差，长于北京同行平均3.5和漖川供热3.3；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '利润总额、成本费用利润率（2022年由6,380万元、4.5%降至2,970万元、2.0%）',
         'explained': True},
        {'clause': '7.4', 'indicator': '一线运行人员年流失率（2022年由5.1%升至7.4%，越低越好）',
         'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京区属国有集中供热企业（北京珝峪热力有限公司不存在，所在的峪泠区也是虚构的；同行北京漖川供热有限公司、'
        '北京琤峦热力集团，标杆沈阳澐枢热力集团，调研机构峮朗调研，合作院校北京沄汀能源学院均为虚构，人名、数字和奖项都是编的）。'
        '企业管理部执笔，工程化、信息密集的长段落口吻（一次网/二次网、热力站、气候补偿、分时分区调控、失水率、低氮燃烧、'
        '冬病夏治、接诉即办）。版式是本样本的重点：模仿从PDF阅读器里复制出来的纯文本，保留页面残留。封面页（两行标题，level 0，'
        'clause为null；封面信息块，@P -）没有页眉页脚；之后每页以页眉“北京珝峪热力有限公司 质量管理奖自评报告”开头、以页脚结尾，'
        '目录和组织概述各页页脚为“— n —”，从“第一部分 领导”起为“第 n 页 共 12 页”，页码递增。每页约35—45个版面行'
        '（段落按每行38字折算，标题算两行），分页只落在块与块之间，不落在标题之后。复制出来时上一页的页脚和下一页的页眉是相邻的两行，'
        '中间没有空行，所以二者合成一个页面残留块（@P -，clause为null），前后有空行，位于段落之间；第一个页眉（目录之前）单独成块，'
        '最后一页只有页脚（back matter）。若每个页眉单独成块，各块的text_start会相同，标签无法区分，所以采用页脚在前的两行块。'
        '目录是一个front matter块（“目　录”加各部分、点线和页码）。58个正文段落中16个是硬换行段落：按38个单位折行（汉字1、'
        'ASCII字符0.5），段内没有空行，句读符号不出现在行首，左括号左引号不在行尾，数字和字母串不拆开；其余段落各占一行。'
        '标题：“组织概述”（level 1，标0）下“一、组织描述”=0.1、“二、组织面临的挑战”=0.2（level 2）及其“（一）（二）（三）”小标题'
        '（level 3，标0.1/0.2）；“第一部分 领导”…“第七部分 结果”（level 1，标1…7）；条目“一、二、…”按在本部分中的位置编号'
        '（level 2）；1.1和3.2下有企业自己的“（一）（二）”小标题（level 3，标所属条目）。21个条目中8个用企业自己的说法：'
        '二、治理与风险防控=1.2，二、把规划落到每个供暖季=2.2，二、热用户关系与满意=3.2，二、信息化与知识共享=4.3，'
        '四、热源、管网与站房=4.5，二、运行调节与过程改进=5.2，一、供热产品和服务结果=7.1，五、运行过程的有效性=7.5。'
        '“第七部分 结果”下有一段引言，标7。表格是PDF复制的样子：表题在上一行（不少于20个字符），每行一行，单元格之间一个空格'
        '（单元格内没有空格）；年份为列，带“北京同行平均（2023年）”“行业平均（2023年）”（表7-4）“漖川供热（2023年）”“澐枢热力（标杆，2023年）”列；'
        '表7-1、表7-3、表7-5下各有一段“注：”（标所属条目）。'
        '刻意缺陷：4.2 财务资源整条缺失（全文没有资金需求与来源、资金周转和资产利用、预算、成本管理、财务风险或财务控制的内容；'
        '组织概述只列出财务部这个部门名称，7.3只有财务结果），“第四部分 资源”的条目按位置编号，所以“二、信息化与知识共享”是4.3、'
        '“三、技术资源”是4.4、“四、热源、管网与站房”是4.5、“五、相关方关系”是4.6（序号陷阱）。7.2 只有2022年和2023年两年'
        '（2021年只出现在说明此前由区供热办入户问卷、口径不同“这里不再列出”的句子里），有北京同行平均、漖川供热和澐枢热力对比列及'
        '区内排名第一、北京区属供热企业排名第三。7.5 有2021—2023年三年数据，但只有“2023年目标值”和“北京市地方标准要求”列及'
        '“全部完成年度目标值”，没有同行、行业、标杆或排名对比。不利结果：7.1 供热故障平均修复时长3.6、3.2、4.1小时，2023年变差，'
        '长于北京同行平均3.5和漖川供热3.3，只出现在表7-1中，正文没有提及或解释；7.3 利润总额和成本费用利润率2022年下降'
        '（表后段落解释：气价上涨、热价未调、寒潮提前供暖）；7.4 一线运行人员年流失率2022年升至7.4%（表后段落解释：新城片区热力站'
        '集中投运、驻站条件差）。一段回答4.1（员工满意度调查及改进）的段落放在3.2的“（二）满意度测量与改进”之下，紧跟顾客满意度段落'
        '（misplaced）。其余结果：7.1 表7-1加室温达标率与标杆差距逐年缩小（不列为不利结果）、智能温控户数和线上办理率序列及排名；'
        '7.3 表7-3（营业收入、利润总额只列本公司，比率指标有同行平均和标杆列）；7.4 表7-4加员工满意度、数据采集完整率序列和排名；'
        '7.6 表7-6加区国资委考核排名、品牌认知度与漖川供热对比、热费减免户数和志愿服务时长序列。非计划停热户次、每万户诉求量、'
        '一次网百公里泄漏次数、流失率、氮氧化物排放浓度、单位面积耗热量、失水率越低越好，下降是有利结果。'
        '组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

HEADER = '北京珝峪热力有限公司 质量管理奖自评报告'
COL = 38.0
NO_START = set('，。、；：？！）》”’％%')
NO_END = set('（《“‘')


def unit(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def width(s):
    return sum(unit(c) for c in s)


def parse_source(path):
    """build_common's format plus ``@P <clause> wrap`` (several lines) and tables joined with single spaces."""
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
            wrapped = 'wrap' in parts[2:]
            if parts[1] == '-':
                blocks.append({'type': 'text', 'clause': None, 'line': '\n'.join(ln.rstrip() for ln in body).strip(),
                               'misplaced_under': None, 'furniture': body[0].startswith(('— ', '第 ')) or
                               body[0] == HEADER})
                continue
            if not wrapped:
                assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': '\n'.join(ln.strip() for ln in body),
                           'wrapped': body if wrapped else None, 'misplaced_under': misplaced})
        elif head.startswith('@T '):
            clause = head.split()[1]
            caption, rows = body[0].strip(), body[1:]
            cells = [[c.strip() for c in r.split(' | ')] for r in rows]
            out = [caption] + [' '.join(r) for r in cells]
            blocks.append({'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(out),
                           'cells': cells, 'caption': caption})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


YEAR = re.compile(r'(?<!\d)(20[0-3]\d)(?!\d)')
COMPARISON_WORDS = ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '比较', '领先', '优于',
                    '高于', '低于', '漖川', '琤峦', '澐枢', '第一', '第二', '第三', '前列', '位列')


def printed_lines(b):
    if b['type'] == 'heading':
        return 2
    if b['type'] == 'table':
        return len(b['line'].split('\n')) + 1
    return sum(max(1, math.ceil(width(ln) / COL)) for ln in b['line'].split('\n'))


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kinds=('text', 'table')):
        return ''.join(b['line'] for b in body if b['clause'] == c and b['type'] in kinds)

    # ---- page furniture --------------------------------------------------------------------------
    furn = [i for i, b in enumerate(blocks) if b.get('furniture')]
    first_clause = next(i for i, b in enumerate(blocks) if b['clause'] is not None)
    if not furn or blocks[furn[0]]['line'] != HEADER or furn[0] > first_clause:
        problems.append('the first page header must stand alone before the 目录')
    expect, total, body_style = 1, None, False
    for k, i in enumerate(furn[1:], 1):
        lines = blocks[i]['line'].split('\n')
        last = k == len(furn) - 1
        if last != (len(lines) == 1) or (not last and lines[1] != HEADER):
            problems.append('furniture block %d is not footer + header (or the final footer)' % k)
        m = re.fullmatch(r'— (\d+) —', lines[0]) or re.fullmatch(r'第 (\d+) 页 共 (\d+) 页', lines[0])
        if not m or int(m.group(1)) != expect:
            problems.append('footer %r, expected page %d' % (lines[0], expect))
        if m and m.lastindex == 2:
            body_style = True
            total = total or int(m.group(2))
            if int(m.group(2)) != total:
                problems.append('inconsistent page total: ' + lines[0])
        elif body_style:
            problems.append('— n — footer after the body pages began: ' + lines[0])
        if blocks[i - 1]['type'] == 'heading':
            problems.append('page break right after a heading: ' + blocks[i - 1]['line'])
        expect += 1
    if total != expect - 1:
        problems.append('page total %s != last page %d' % (total, expect - 1))
    # pages of about 35-45 printed lines (the first one after the 目录 to the last full page)
    for a, b in zip(furn[1:-2], furn[2:-1]):
        n = sum(printed_lines(x) for x in blocks[a + 1:b])
        if not 30 <= n <= 48:
            problems.append('page of %d printed lines before %r' % (n, blocks[b]['line'][:12]))
    # body footers switch at 第一部分
    part1 = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['clause'] == '1')
    for i in furn[1:]:
        f = blocks[i]['line'].split('\n')[0]
        if (i > part1) != f.startswith('第 '):
            problems.append('footer style around 第一部分: ' + f)
    # 目录 page numbers
    toc = next(b for b in blocks if b['clause'] is None and b['line'].startswith('目　录'))
    pages = {}
    page = 2
    for i, b in enumerate(blocks):
        if i in furn[1:]:
            page += 1
        if b['type'] == 'heading' and b['level'] == 1:
            pages[b['line'].replace(' ', '　')] = page - 1
    for ln in toc['line'].split('\n')[1:]:
        m = re.fullmatch(r'(.+?)…+(\d+)', ln)
        if not m or pages.get(m.group(1)) != int(m.group(2)):
            problems.append('目录 entry wrong: %s (%s)' % (ln, pages.get(m.group(1)) if m else None))

    # ---- hard-wrapped paragraphs ----------------------------------------------------------------
    n_wrapped = 0
    for b in body:
        if not b.get('wrapped'):
            continue
        n_wrapped += 1
        ls = b['wrapped']
        for ln in ls[:-1]:
            if not 33 <= width(ln) <= COL + 1:
                problems.append('wrapped line of width %.1f: %s' % (width(ln), ln))
        for ln in ls[1:]:
            if ln[:1] in NO_START:
                problems.append('wrapped line opens with a closing sign: ' + ln)
        for ln in ls[:-1]:
            if ln[-1:] in NO_END:
                problems.append('wrapped line ends with an opening sign: ' + ln)
        for x, y in zip(ls, ls[1:]):
            if re.match(r'[0-9A-Za-z]', y) and re.search(r'[0-9A-Za-z,.]$', x):
                problems.append('ASCII run split: %s / %s' % (x[-6:], y[:6]))
        if len(ls[0]) < 20:
            problems.append('first wrapped line too short: ' + ls[0])
    if not 12 <= n_wrapped <= 22:
        problems.append('%d wrapped paragraphs' % n_wrapped)

    # ---- headings and the ordinal trap ------------------------------------------------------------
    pos = 0
    for b in blocks:
        if b['type'] != 'heading':
            continue
        if b['level'] == 1 and b['clause'] not in (None, '0'):
            if not re.match(r'^第[一二三四五六七]部分 ', b['line']):
                problems.append('part heading: ' + b['line'])
            pos = 0
        elif b['level'] == 2 and b['clause'] and not b['clause'].startswith('0'):
            pos += 1
            if not b['line'].startswith('一二三四五六'[pos - 1] + '、'):
                problems.append('item heading not by position: ' + b['line'])
    heads = {b['clause']: b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 2}
    for c, o in (('4.3', '二、'), ('4.4', '三、'), ('4.5', '四、'), ('4.6', '五、')):
        if not heads.get(c, '').startswith(o):
            problems.append('ordinal trap in 第四部分 not in place at ' + c)
    for b in blocks:
        if b['type'] == 'table' and len(b['caption']) < 20:
            problems.append('short caption: ' + b['caption'])
        if b['type'] == 'table' and (
            len({len(r) for r in b['cells']}) != 1 or any(' ' in c for r in b['cells'] for c in r)
        ):
            problems.append('table cells: ' + b['caption'])

    # ---- results -----------------------------------------------------------------------------------
    for c in ['7.1', '7.3', '7.4', '7.5', '7.6']:
        if not {'2021', '2022', '2023'} <= set(YEAR.findall(text_of(c))):
            problems.append('%s lacks one of 2021-2023' % c)
    for b in body:
        if b['clause'] == '7.2':
            for s in re.split(r'(?<=[。；])', b['line']):
                if '2021' in s and '不再列出' not in s:
                    problems.append('7.2 gives 2021: ' + s[:40])
    if '2021' in text_of('7.2', ('table',)) or '三年' in text_of('7.2') or '连续' in text_of('7.2'):
        problems.append('7.2 has a third year')
    for c in ['7.1', '7.2', '7.3', '7.4', '7.6']:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append('%s has no comparison' % c)
    for w in COMPARISON_WORDS:
        if w in text_of('7.5'):
            problems.append('comparison word %s in 7.5' % w)
    if '目标值' not in text_of('7.5') or '地方标准' not in text_of('7.5'):
        problems.append('7.5 lacks 目标值 / 地方标准')
    # unexplained: 修复时长 only in 表7-1
    if '修复时长' not in text_of('7.1', ('table',)):
        problems.append('修复时长 missing from 表7-1')
    for b in blocks:
        if b['type'] == 'text' and ('修复时长' in b['line'] or ('修复' in b['line'] and b['clause'] == '7.1')):
            problems.append('修复时长 mentioned in text (%s)' % b['clause'])
    # explained: 7.3 (2022 profit) and 7.4 (2022 turnover)
    for c, key in (('7.3', '利润总额'), ('7.4', '流失率')):
        expl = [s for s in re.split(r'(?<=。)', text_of(c, ('text',))) if '主要原因' in s]
        if not expl or '2022' not in expl[0] or key not in expl[0]:
            problems.append('%s explanation missing' % c)
    return problems


def write_twin(blocks, out_dir):
    """report.md + labels.json without the page-furniture blocks (for check_labels.py)."""
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    furn_starts = [b['line'].strip()[:20] for b in blocks if b.get('furniture') and
                   b['line'] != HEADER]
    kept = [b for b in blocks if not (b.get('furniture') and b['line'] != HEADER)]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'report.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n\n'.join(b['line'] for b in kept) + '\n')
    labels['paragraphs'] = [p for p in labels['paragraphs'] if p['text_start'] not in furn_starts]
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('twin without %d furniture blocks written to %s' % (len(furn_starts), out_dir))


if __name__ == '__main__':
    build_common.main_with_checks(META, HERE, extra_checks, parse=parse_source)  # exits 1 on a problem
    if '--twin' in sys.argv:
        write_twin(parse_source(os.path.join(HERE, 'source.txt')), sys.argv[sys.argv.index('--twin') + 1])
