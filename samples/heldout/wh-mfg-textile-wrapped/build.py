#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-textile-wrapped from source.txt.

A Wuhan technical-textiles maker (武汉绗漪新材料股份有限公司, made up: 产业用纺织品 — SMS/熔喷 医用防护材料,
水刺无纺布, 针刺/经编 车用内饰面料, 过滤布; its competitors 仙桃蓁絮防护材料有限公司 and 嘉兴翙纶汽车内饰织物有限公司,
its benchmark 苏州縠澄新材料集团 and the survey firm 岷缃调研 are made up too), written by its production director
(生产总监) in a practical, data-heavy voice (克重, 断头, 疵点, 挡车工, 一卷一码, 一机一卡).

Layout: TEXT COPIED OUT OF A PDF, HARD-WRAPPED.
- Every body paragraph is broken into lines as a PDF viewer copies them: a fixed text column of 36 "units"
  (a CJK character or full-width sign = 1, an ASCII character = 0.5), so a line holds 34-40 characters and
  the break falls anywhere, even inside a number or a word; a closing sign (，。、；：）” …) is never put at
  the start of a line (it stays at the end of the line above), an opening sign (（“《) never ends a line.
  Trailing/leading ASCII spaces at a break are dropped, as a PDF copy does.
- Paragraphs are separated by a blank line, EXCEPT in chapters 三、战略发展 and 五、员工契合, which have no
  blank lines at all (from their chapter heading to their last line): there every body paragraph's first
  line starts with two ideographic spaces ``　　`` (the indent counts in the line width), and headings,
  table captions and table rows follow each other line by line. A blank line separates these chapters
  from their neighbours.
- Headings sit on lines of their own and are never wrapped: two title lines, a cover block (front matter,
  ``@P -``), ``一、组织环境`` (= 5.1) with ``（一）（二）（三）`` sub-headings (labelled 5.1), chapters
  ``二、领导作用`` … ``七、质量提升`` (5.2 … 5.7), items ``（一）（二）（三）`` numbered by position in the
  chapter; 8 of 17 item titles in the company's own words (``（二）管好公司、守住底线`` = 5.2.3,
  ``（二）把规划拆到车间和机台`` = 5.3.3, ``（三）规划执行得怎么样`` = 5.3.4, ``（一）读懂四类客户`` = 5.4.2,
  ``（三）客户和市场的结果`` = 5.4.4, ``（二）让员工干得顺心`` = 5.5.3, ``（二）这三年的创新产出`` = 5.6.4,
  ``（二）把好每一卷布的质量`` = 5.7.3). One intro paragraph under ``二、领导作用`` (5.2).
- Tables are lines with cells separated by runs of spaces (aligned by display width, CJK = 2 columns, at
  least two spaces between cells), one row per line, the caption on the line above (captions are at least
  20 characters long, so every ``text_start`` lies on one line).

Planted defects: 5.6.2 创新系统 missing everywhere (no innovation culture, platform, investment, mechanism,
incentive, forms or capability assessment), so chapter 六's ``（一）创新实践`` is 5.6.3 and ``（二）这三年的创新产出``
is 5.6.4 (ordinal trap); 5.5.4 has 2022–2023 only (2021 only in the sentence saying why); 5.7.4 has
2021–2023 but only ``2023年目标值`` / ``国家标准或客户要求`` columns; 5.4.4 医用及卫生用品客户满意度 88.5 → 87.6 →
85.2, below 行业平均 86.4, only in 表4-1 (unexplained); 5.2.4 (2022 revenue, profit, margin, tax) and 5.7.4
(2022 出厂批次一次交检合格率) explained; one 5.2.3 paragraph (关键社区, 志愿服务, 捐赠) sits under
``（二）让员工干得顺心`` (5.5.3).

source.txt follows samples/build_common.py (one line per paragraph, tables with `` | ``). build_common.main
writes report.md one line per paragraph with blank lines between blocks (the indent already in place, tables
still tab-separated) and runs its checks on that; this script then rewrites report.md wrapped, without
blank lines inside the two chapters, and checks that the blocks the evaluation reads (blank lines, or a line
that opens the next label) match the labels. The labels do not change: whitespace is not counted, and every
``text_start`` is the first 20 characters of its block's first line (indent stripped).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-textile-wrapped/build.py
"""

import hashlib
import os
import re
import sys
import unicodedata

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.6.2'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.7.4'],
    # 5.6.2 创新系统 must be absent everywhere: no innovation culture / tolerance of failure, no innovation
    # platform or technology centre, no R&D or innovation investment, no innovation rules or incentives,
    # no forms of innovation (management / business-model), no university partnerships, no capability assessment.
    'forbidden_words': ['创新文化', '创新氛围', '创新环境', '宽容失败', '容错', '创新平台', '技术中心', '研究院',
                        '实验室建设', '重点实验室', '工程中心', '工作站', '研发投入', '研发经费', '研发费用',
                        '创新投入', '创新激励', '创新奖', '创新制度', '创新体系', '创新能力', '创新机制',
                        '产学研', '高校', '院所', '商业模式', '管理创新', '创新形式', '孵化'],
    'noblank_chapters': ['5.3', '5.5'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、营业收入利润率、纳税总额（2022年下降）',
         'explained': True},
        {'clause': '5.4.4',
         'indicator': '医用及卫生用品客户满意度（88.5→87.6→85.2分，2022年和2023年下降，2023年低于行业平均86.4；'
                      '只在表4-1中）',
         'explained': False},
        {'clause': '5.7.4', 'indicator': '出厂批次一次交检合格率（2022年由98.62%降至98.41%）',
         'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉产业用纺织品企业（武汉绗漪新材料股份有限公司不存在；竞争对手仙桃蓁絮防护材料有限公司、'
        '嘉兴翙纶汽车内饰织物有限公司，标杆苏州縠澄新材料集团，调研机构岷缃调研也都是编的，人名、数字和奖项都是编的）。'
        '产品为医用防护材料（SMS、覆膜复合布）、车用内饰面料（针刺、经编）、水刺无纺布和过滤布。生产总监执笔，'
        '务实、数字多的口吻（克重、断头、疵点、挡车工、一卷一码、一机一卡）。'
        '版式是本样本的重点：模仿从PDF里复制出来的硬换行文本。每个正文段落按固定栏宽折成多行（汉字和全角符号算1个单位，'
        'ASCII字符算0.5个单位，每行36个单位，所以每行34到40个字符），断行可以落在数字或词语中间；逗号句号等不放在行首，'
        '左括号左引号不放在行尾；断行处的半角空格去掉。段落之间空一行，但“三、战略发展”和“五、员工契合”两章从章标题到'
        '最后一行完全没有空行，新段落只能靠首行开头的两个全角空格“　　”看出来（缩进计入行宽），标题行、表题行和表格行'
        '也逐行相接；这两章与前后章节之间各有一个空行。标题独占一行，不折行：两行报告标题（level 0，clause为null）、'
        '封面信息块（@P -，clause为null）；“一、组织环境”（level 1，5.1）下“（一）企业概况”“（二）我们所处的竞争环境”'
        '“（三）优势与改进系统”（level 2，标5.1）；“二、领导作用”…“七、质量提升”（level 1，5.2…5.7）；条目“（一）（二）（三）”'
        '按在本章中的位置编号（level 2），17个条目中8个用企业自己的说法：（二）管好公司、守住底线=5.2.3，'
        '（二）把规划拆到车间和机台=5.3.3，（三）规划执行得怎么样=5.3.4，（一）读懂四类客户=5.4.2，（三）客户和市场的结果=5.4.4，'
        '（二）让员工干得顺心=5.5.3，（二）这三年的创新产出=5.6.4，（二）把好每一卷布的质量=5.7.3。“二、领导作用”下有一段引言，标5.2。'
        '表格是从PDF复制出来的样子：表题在上一行，每行一行，单元格之间用两个以上的空格对齐（单元格内没有空格）；'
        '表题都不少于20个字符，所以每个text_start都在一行之内。'
        '刻意缺陷：5.6.2 创新系统整条缺失（全文没有创新文化、宽容失败、创新平台或技术中心、研发或创新投入、创新制度和激励、'
        '技术/管理/商业模式等创新形式、产学研合作或创新能力评估的内容），所以“六、创新驱动”下的“（一）创新实践”是5.6.3，'
        '“（二）这三年的创新产出”是5.6.4（序号陷阱）。5.5.4 只有2022年和2023年两年（2021年只出现在说明新人力资源系统'
        '2022年启用、之前口径不一“这里不再列出”的句子里），有行业平均（2023年）和蓁絮防护（2023年）对比列。'
        '5.7.4 有2021—2023年三年数据，但只有“2023年目标值”和“国家标准或客户要求”列，没有任何同行、行业、标杆或排名对比。'
        '不利结果：5.4.4 医用及卫生用品客户满意度88.5、87.6、85.2分逐年下降，2023年低于行业平均86.4，只出现在表4-1中，'
        '正文没有提及或解释；5.2.4 营业收入、利润总额、营业收入利润率和纳税总额2022年下降（表后一段解释：医用订单回落、'
        '原料涨价、新线折旧）；5.7.4 出厂批次一次交检合格率2022年由98.62%降至98.41%（表后一段解释：水刺二线投产调试）。'
        '一段回答5.2.3（社会责任：关键社区走马岭街道、志愿服务、捐赠、向居民通报排放）的段落放在“（二）让员工干得顺心”'
        '（5.5.3）的员工满意段和评估改进段之间（misplaced，位于无空行的第五章内）。'
        '其余结果：5.2.4 表2-1年份为列（行业平均（2023年）、蓁絮防护（2023年）列）加行业百强排名序列、公益捐赠序列；'
        '5.3.4 表3-1年份为列加市场份额排名序列；5.4.4 表4-1加与縠澄集团的差距逐年缩小（不列为不利结果）、'
        '供应商评级、品牌认知度序列与同行对比；5.6.4 表6-1（蓁絮防护、翙纶车饰（2023年）列）加开发周期、创效序列和'
        '华中地区排名。万元产值综合能耗、一线员工流失率、千人工伤率、开发周期、客户批次退货率、质量损失率、雾化冷凝物'
        '越低越好，下降是有利结果。2023年利润总额和利润率仍低于2021年，但2023年比上年回升，且在同一段中已解释，'
        '不单列。组织环境（5.1段落与表1-1，不含标题）约2,300字；武汉标准未规定简介字数。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

INDENT = '\u3000\u3000'
COLUMN = 36          # text column width in units (CJK = 1, ASCII = 0.5)
MAX_CHARS = 40
NO_START = set('，。、；：？！）》”’％%')   # never at the start of a line
NO_END = set('（《“‘')                     # never at the end of a line


def unit(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1 for ch in s)


def wrap(text, indent=''):
    """Hard-wrap a paragraph as a PDF copy does: fixed column, breaks anywhere, light kinsoku."""
    lines, pos, n = [], 0, len(text)
    first = True
    while pos < n:
        cur = indent if first else ''
        used = sum(unit(c) for c in cur)
        start = pos
        while pos < n and len(cur) + (pos - start) < MAX_CHARS and used + unit(text[pos]) <= COLUMN:
            used += unit(text[pos])
            pos += 1
        # a closing sign may hang at the end of the line (never opens the next one)
        while pos < n and text[pos] in NO_START and len(cur) + (pos - start) < MAX_CHARS:
            pos += 1
        # a full line cannot take the closing sign: carry the character before it over as well
        while pos < n and text[pos] in NO_START and pos - start > 1:
            pos -= 1
        # an opening sign does not end a line
        while pos < n and pos - start > 1 and text[pos - 1] in NO_END:
            pos -= 1
        seg = text[start:pos]
        line = (cur + seg).rstrip(' ')
        if not first:
            line = line.lstrip(' ')
        lines.append(line)
        first = False
    return lines


def render_table(caption, rows):
    """Cells separated by runs of spaces, aligned by display width, at least two spaces apart."""
    ncol = len(rows[0])
    widths = [max(dwidth(r[j]) for r in rows) for j in range(ncol)]
    out = [caption]
    for r in rows:
        parts = []
        for j, c in enumerate(r):
            parts.append(c if j == ncol - 1 else c + ' ' * (widths[j] - dwidth(c) + 2))
        out.append(''.join(parts).rstrip())
    return '\n'.join(out)


def parse_source(path):
    """build_common.parse_source, plus the chapter regions without blank lines (indented paragraphs) and
    tables rendered with spaces (kept apart in b['rendered'] and written by write_wrapped; the seed check of
    build_common would match the long runs of padding spaces)."""
    blocks = build_common.parse_source(path)
    region = False
    for b in blocks:
        if b['type'] == 'heading' and b['level'] == 1:
            region = b['clause'] in META['noblank_chapters']
        b['noblank'] = region
        if b['type'] == 'text':
            b['content'] = b['line']
            if region and b['clause'] is not None:
                b['line'] = INDENT + b['line']
        elif b['type'] == 'table':
            caption, *rows = b['line'].split('\n')
            cells = [r.split('\t') for r in rows]
            assert len({len(r) for r in cells}) == 1, caption
            assert not any(' ' in c for r in cells for c in r), caption
            b['content'] = b['line']
            b['rendered'] = render_table(caption, cells)  # written by write_wrapped (tabs for build_common)
        else:
            b['content'] = b['line']
    return blocks


YEAR = re.compile(r'(?<!\d)(20[0-3]\d)(?!\d)')
COMPARISON_WORDS = ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '比较', '领先', '优于',
                    '高于', '低于', '全国', '全省', '华中', '同类', '蓁絮', '翙纶', '縠澄', '第一', '第2', '第5',
                    '位列', '前列', '前十')


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kinds=('text', 'table')):
        return ''.join(b['content'] for b in body if b['clause'] == c and b['type'] in kinds)

    # headings: 一、… chapters (level 1), （一）… items numbered by position (level 2)
    pos = 0
    for b in blocks:
        if b['type'] != 'heading' or b['level'] == 0:
            continue
        if b['level'] == 1:
            if not re.match(r'^[一二三四五六七]、', b['line']):
                problems.append('chapter heading: ' + b['line'])
            pos = 0
        elif b['level'] == 2:
            pos += 1
            if not b['line'].startswith('（%s）' % '一二三四五'[pos - 1]):
                problems.append('item heading not by position: ' + b['line'])
        else:
            problems.append('heading deeper than level 2: ' + b['line'])
    heads = {b['clause']: b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 2}
    if not heads.get('5.6.3', '').startswith('（一）') or not heads.get('5.6.4', '').startswith('（二）'):
        problems.append('ordinal trap in chapter 六 is not in place')
    # table captions of at least 20 characters (text_start on one line)
    for b in blocks:
        if b['type'] == 'table' and len(b['line'].split('\n')[0]) < 20:
            problems.append('short caption: ' + b['line'].split('\n')[0])
    # three years in every result item but 5.5.4
    for c in ['5.2.4', '5.3.4', '5.4.4', '5.6.4', '5.7.4']:
        if not {'2021', '2022', '2023'} <= set(YEAR.findall(text_of(c))):
            problems.append('%s lacks one of 2021-2023' % c)
    # 5.5.4: 2021 only in the one sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for s in re.split(r'(?<=[。；])', b['content']):
                if '2021' in s and '不再列出' not in s:
                    problems.append('5.5.4 gives 2021: ' + s[:40])
    if '2021' in text_of('5.5.4', ('table',)) or '2022年' not in text_of('5.5.4', ('table',)):
        problems.append('5.5.4 table years')
    if '三年' in text_of('5.5.4') or '连续' in text_of('5.5.4'):
        problems.append('5.5.4 mentions 三年/连续')
    for c in ['5.2.4', '5.3.4', '5.4.4', '5.5.4', '5.6.4']:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append('%s has no comparison' % c)
    # 5.7.4: no comparison of any kind; only 目标值 / 国家标准或客户要求
    for w in COMPARISON_WORDS:
        if w in text_of('5.7.4'):
            problems.append('comparison word %s in 5.7.4' % w)
    if '目标值' not in text_of('5.7.4') or '国家标准' not in text_of('5.7.4'):
        problems.append('5.7.4 lacks 目标值 / 国家标准')
    # unexplained: 医用客户满意度 only in 表4-1, never in a text paragraph
    if '85.2' not in text_of('5.4.4', ('table',)):
        problems.append('医用客户满意度 missing from 表4-1')
    for b in blocks:
        if b['type'] == 'text' and (any(v in b['content'] for v in ('85.2', '87.6', '88.5')) or
                                    (b['clause'] == '5.4.4' and '医用' in b['content'])):
            problems.append('医用满意度 mentioned in text (%s)' % b['clause'])
    # explained: 5.2.4 (2022) and 5.7.4 (2022)
    for c, key in (('5.2.4', '营业收入'), ('5.7.4', '一次交检合格率')):
        expl = [s for s in re.split(r'(?<=。)', text_of(c, ('text',))) if '主要原因' in s]
        if not expl or '2022' not in expl[0] or key not in expl[0]:
            problems.append('%s explanation missing' % c)
    return problems


def write_wrapped(blocks):
    """report.md as copied from a PDF: wrapped paragraphs, no blank lines inside the two chapters."""
    out = []
    for i, b in enumerate(blocks):
        if i:
            out.append('\n' if (b['noblank'] and blocks[i - 1]['noblank']) else '\n\n')
        if b['type'] == 'text' and b['clause'] is not None:
            indent = INDENT if b['line'].startswith(INDENT) else ''
            b['wrapped'] = wrap(b['line'][len(indent):], indent)
            out.append('\n'.join(b['wrapped']))
        elif b['type'] == 'table':
            out.append(b['rendered'])
        else:
            out.append(b['line'])
    text = ''.join(out) + '\n'
    problems = []
    # wrapping: lines of 34-40 characters (last line shorter), nothing lost, first line >= 20 chars
    for b in blocks:
        if 'wrapped' not in b:
            continue
        ls = b['wrapped']
        for ln in ls[:-1]:
            if not 34 <= len(ln) <= 40:
                problems.append('line of %d chars: %s' % (len(ln), ln))
        if len(ls[-1]) > 40:
            problems.append('last line too long: ' + ls[-1])
        for ln in ls[1:]:
            if ln[:1] in NO_START:
                problems.append('line opens with a closing sign: ' + ln)
        if re.sub(r'\s', '', ''.join(ls)) != re.sub(r'\s', '', b['line']):
            problems.append('wrapping lost text: ' + b['line'][:20])
        if len(ls[0].strip()) < 20 or ls[0].strip()[:20] != b['line'].strip()[:20]:
            problems.append('first line too short: ' + ls[0])
        if len(ls) < 2:
            problems.append('paragraph on a single line: ' + ls[0])
    # blank lines only outside the two chapters; indent only inside them
    for b in blocks:
        if b['type'] == 'text' and b['clause'] is not None and b['noblank'] != b['line'].startswith(INDENT):
            problems.append('indent outside/inside the no-blank chapters: ' + b['line'][:20])
    with open(os.path.join(HERE, 'report.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    return problems


def reread(blocks):
    """The blocks as the evaluation is described to read them: blank lines between blocks, or a line that
    opens the next label (a heading line equal to its text, a paragraph line starting with its text_start)."""
    import json
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    seq = []  # ('h', text) / ('p', text_start) in document order
    hi = pi = 0
    for b in blocks:
        if b['type'] == 'heading':
            seq.append(('h', labels['headings'][hi]['text']))
            hi += 1
        else:
            seq.append(('p', labels['paragraphs'][pi]['text_start']))
            pi += 1
    text = open(os.path.join(HERE, 'report.md'), encoding='utf-8').read()
    found, k = [], 0
    for chunk in re.split(r'\n\s*\n', text.strip()):
        cur = []
        for ln in chunk.split('\n'):
            s = ln.strip()
            opens = False
            if k < len(seq):
                kind, key = seq[k]
                assert '\n' not in key, key
                opens = (s == key) if kind == 'h' else s.startswith(key)
            if opens:
                if cur:
                    found.append('\n'.join(cur))
                cur = [ln]
                k += 1
            elif not cur:
                return ['chunk does not open the next label: ' + ln]
            else:
                cur.append(ln)
        found.append('\n'.join(cur))
    problems = []
    if len(found) != len(seq):
        problems.append('reread %d blocks, labelled %d' % (len(found), len(seq)))
    for f, (kind, key) in zip(found, seq):
        if not f.strip().startswith(key):
            problems.append('reread block %r does not start with %r' % (f[:20], key))
    return problems


if __name__ == '__main__':
    build_common.main_with_checks(META, HERE, extra_checks, parse=parse_source)  # exits 1 on a problem
    blocks = parse_source(os.path.join(HERE, 'source.txt'))
    problems = write_wrapped(blocks) + reread(blocks)
    for p in problems:
        print('PROBLEM (wrapped text): ' + p)
    if problems:
        sys.exit(1)
    print('report.md rewritten hard-wrapped')
