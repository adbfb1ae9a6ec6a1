#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-bank-txt-box from source.txt.

A small Beijing rural commercial bank (北京溦槿农村商业银行股份有限公司, made up, in the made-up suburban district
槿川区; its peer 北京岚澈银行, its benchmark 浙江珞岙农村商业银行, the survey firm 甯柘调研 and the university
洵岭大学 are made up too), written by the bank's 办公室 in an annual-report voice (普惠金融, 不良率, 网点,
客户经理, 合规, 数字化风控 “槿盾”, 亿元/万户, many figures).

Layout: the report as exported from WPS as PLAIN TEXT.
- NO blank lines anywhere: every block is one line (tables: several lines) directly after the previous one.
- Every body paragraph is one line that starts with two ideographic spaces ``　　``; heading lines, the cover
  block and table lines have no indent.
- Headings: two title lines; a cover block (front matter, ``@P -``); ``第一部分　组织概述`` (= 0) with the
  profile sub-headings ``一、本行概况`` (= 0.1) and ``二、经营环境与挑战`` (= 0.2); a wrapper line
  ``第二部分　自评报告`` (clause null, level 1); chapters ``一、领导`` … ``七、结果`` (level 2, = 1 … 7; the
  ``一、二、`` numbering restarts after the profile); items ``（一）（二）…`` numbered by position (level 3),
  11 of 22 titled in the bank's own words (``（二）公司治理与合规经营`` = 1.2, ``（三）扎根槿川、回馈乡邻`` = 1.3,
  ``（二）把规划落到支行和团队`` = 2.2, ``（一）读懂小微和农户`` = 3.1, ``（二）数据与知识`` = 4.3,
  ``（四）网点、机房与安全设施`` = 4.5, ``（二）信贷流程的执行与改进`` = 5.2, ``（二）小改进与金融创新`` = 6.2,
  ``（二）客户与市场`` = 7.2, ``（五）流程效率`` = 7.5, ``（六）战略、治理与责任`` = 7.6). One intro paragraph
  under ``七、结果`` (= 7).
- Tables drawn with box-drawing characters (``┌─┬─┐`` / ``│…│`` / ``├─┼─┤`` / ``└─┴─┘``, a rule between
  every row), cells padded with spaces to a common display width (CJK = 2 columns); 表7-4 is drawn with ASCII
  ``+----+`` / ``|`` borders and rules only around the header and at the end. The caption (``表7-1　…``) is
  the line above the table and belongs to the table block.
- Results: box tables with years as columns and ``北京地区城商行平均（2023年）`` / ``岚澈银行（2023年）``
  columns, years as rows in 表7-3, prose series, rankings (``由第3位升至第1位``), lower-is-better indicators
  (不良率, 综合融资成本, 投诉量, 成本收入比, 审批时长).

Planted defects: 4.1 人力资源 missing everywhere, so chapter 四's ``（一）财务资源`` is 4.2, ``（二）`` 4.3 …
``（五）相关方关系`` 4.6 (ordinal trap); 7.5 has 2022–2023 only (2021 only in the sentence saying why);
7.6 has 2021–2023 but only ``监管要求`` / ``2025年规划目标`` columns; 7.2 小微有贷户年度留存率 falls every
year and is below both comparisons in 2023, only in 表7-2 (unexplained); 7.1 不良率 (2022) and 7.3 净利润
(2022) / 净息差 (2022, 2023) explained; one 4.6 paragraph (担保机构、园区合作) sits under ``（一）读懂小微和农户``
(3.1).

source.txt follows samples/build_common.py (blocks separated by blank lines there), with ``@T <clause> box``
or ``@T <clause> ascii`` choosing the border style. build_common.main writes report.md with blank lines
between blocks and runs its checks on that; this script then rewrites report.md WITHOUT blank lines (the
labels are the same: whitespace is not counted and every ``text_start`` is the start of its block).
samples/heldout/check_labels.py splits report.md at blank lines, so it cannot read this layout; run
``build.py --twin DIR`` to write a blank-line twin (report.md + labels.json) into DIR and check that instead.

Run: /work/main/.venv/bin/python samples/heldout/bj-bank-txt-box/build.py [--twin DIR]
"""

import os
import re
import sys
import unicodedata

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
    'expected_missing': ['4.1'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 4.1 人力资源 must be absent everywhere (the profile only gives head counts, education and age): no
    # organisation of work, hiring, staff appraisal, pay, incentives, training, careers, succession, staff
    # health and safety, welfare or staff satisfaction surveys.
    'forbidden_words': ['人力', '人才', '招聘', '培训', '薪酬', '工资', '福利', '晋升', '职业发展', '职业通道',
                        '继任', '梯队', '员工满意', '员工敬业', '敬业度', '职业健康', '离职', '流失',
                        '带教', '导师', '轮岗', '员工关爱', '学历提升', '劳动合同', '职代会', '职工代表'],
    'unfavourable_results': [
        {'clause': '7.1', 'indicator': '普惠型小微贷款不良率（2022年由1.42%升至1.58%，越低越好）',
         'explained': True},
        {'clause': '7.2',
         'indicator': '小微有贷户年度留存率（91.8%→90.6%→87.9%逐年下降，2023年低于北京地区城商行平均89.7%和'
                      '岚澈银行90.1%；只在表7-2中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '净利润（2022年由3.62亿元降至3.48亿元）', 'explained': True},
        {'clause': '7.3', 'indicator': '净息差（2.38%→2.17%→2.02%，2022年和2023年下降）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京郊区小型农村商业银行（北京溦槿农村商业银行股份有限公司，所在的槿川区也是虚构的；同业北京岚澈银行、'
        '标杆浙江珞岙农村商业银行、调研机构甯柘调研、合作高校洵岭大学均为虚构，数字和奖项都是编的）。银行办公室撰写的年报式口吻，'
        '数字多（亿元、万户、百分点）。版式是本样本的重点：模仿从WPS导出的纯文本——全文没有空行，每个段落一行、以两个全角空格'
        '“　　”开头；标题行、封面信息行和表格行不缩进。两行报告标题（level 0，clause为null），封面信息块（报送单位/编写部门/'
        '报送日期，@P -，clause为null）；“第一部分　组织概述”（level 1，标0）下“一、本行概况”=0.1、“二、经营环境与挑战”=0.2'
        '（level 2）；“第二部分　自评报告”是一个外包标题行（level 1，clause为null）；其下“一、领导”…“七、结果”（level 2，标1…7，'
        '“一、二、”的编号在组织概述之后重新开始）；条目“（一）（二）…”按在本章中的位置编号（level 3），22个条目中11个用本行自己的说法：'
        '（二）公司治理与合规经营=1.2，（三）扎根槿川、回馈乡邻=1.3，（二）把规划落到支行和团队=2.2，（一）读懂小微和农户=3.1，'
        '（二）数据与知识=4.3，（四）网点、机房与安全设施=4.5，（二）信贷流程的执行与改进=5.2，（二）小改进与金融创新=6.2，'
        '（二）客户与市场=7.2，（五）流程效率=7.5，（六）战略、治理与责任=7.6。“七、结果”下有一段引言，标7。'
        '表格用制表符画线：表0-1、7-1、7-2、7-3、7-5、7-6为“┌─┬─┐/│…│/├─┼─┤/└─┴─┘”方框表，每行之间都有横线，单元格用空格补齐'
        '（汉字按两列宽计）；表7-4用ASCII“+----+”和“|”画线，只在表头上下和表尾有横线。表题（如“表7-1　普惠金融主要产品和服务指标”）'
        '在表格上一行，与表格同属一个块。'
        '刻意缺陷：4.1 人力资源整条缺失（全文没有组织设计、招聘任用、员工绩效与薪酬激励、教育培训、职业发展与继任、职业健康、'
        '福利和员工满意度调查的内容；组织概述只给出员工人数、学历、年龄和座谈中听到的期望），所以“四、资源”下的“（一）财务资源”'
        '是4.2、“（二）数据与知识”是4.3、“（三）技术资源”是4.4、“（四）网点、机房与安全设施”是4.5、“（五）相关方关系”是4.6（序号陷阱）；'
        '7.4 也没有人力结果。7.5 只有2022年和2023年两年（2021年只出现在说明新系统2022年上线、此前口径无法比较的句子里），'
        '有北京地区城商行平均和岚澈银行（2023年）对比列。7.6 有2021—2023年三年数据，但只有“监管要求”和“2025年规划目标”列及'
        '“均完成了年度目标”，没有同业、行业、标杆或排名对比。不利结果：7.2 小微有贷户年度留存率91.8%、90.6%、87.9%逐年下降，'
        '2023年低于北京地区城商行平均89.7%和岚澈银行90.1%，只出现在表7-2中，正文没有提及或解释；7.1 普惠型小微贷款不良率2022年'
        '由1.42%升至1.58%（越低越好，紧接表格的段落解释了疫情原因，2023年降至1.19%）；7.3 净利润2022年下降、净息差2022年和2023年'
        '下降（表7-3后的段落解释：减费让利、多计提拨备、贷款市场报价利率下调）。一段回答4.6 相关方关系（与政府性融资担保机构、'
        '产业园区、镇街和区农业农村局的合作）的段落放在“（一）读懂小微和农户”（3.1）的末尾（misplaced）。'
        '其余结果：7.1 表7-1年份为列（北京地区城商行平均（2023年）、岚澈银行（2023年）列）加评价名次“由第5名升至第2名”和三款新产品余额序列；'
        '7.2 满意度序列与标杆差距逐年缩小（不列为不利结果）、市场份额和排名序列；7.3 表7-3年份为行（北京地区城商行平均和岚澈银行两行）'
        '加“排第2位”；7.4 ASCII表年份为列加预警准确率、供方考评合格率、代偿时长序列和排名。越低越好的指标（不良率、综合融资成本、'
        '每万户有效投诉量、成本收入比、审批时长、续贷办理时长、代偿时长、单一客户贷款集中度）下降是有利结果。'
        '组织概述（0.1+0.2段落与表0-1，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

INDENT = '\u3000\u3000'


def pad(cell, width):
    """A cell padded to ``width`` display columns: one ASCII space before it, then full-width spaces
    (two columns each) and, for an odd remainder, one ASCII space -- as a CJK text export pads."""
    rest = width - 1 - dwidth(cell)
    return ' ' + cell + ' ' * (rest % 2) + '\u3000' * (rest // 2)


def dwidth(s):
    """Display width: wide, full-width and ambiguous characters (— “ ≤ and the box-drawing set) count 2,
    as in a CJK monospace font."""
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1 for ch in s)


def draw_box(rows, grid=True):
    """Box-drawing table; a rule between every row (grid) or only below the header. ─ │ ┌ … are drawn
    two columns wide in CJK fonts."""
    ncol = len(rows[0])
    widths = []
    for j in range(ncol):
        w = max(dwidth(r[j]) for r in rows) + 2  # one space either side
        widths.append(w + (w % 2))  # even, so that a cell spans a whole number of ─
    def rule(left, mid, right):
        return left + mid.join('─' * (w // 2) for w in widths) + right
    def row(cells):
        return '│' + '│'.join(pad(c, w) for c, w in zip(cells, widths)) + '│'
    out = [rule('┌', '┬', '┐')]
    for i, r in enumerate(rows):
        out.append(row(r))
        if i == len(rows) - 1:
            out.append(rule('└', '┴', '┘'))
        elif grid or i == 0:
            out.append(rule('├', '┼', '┤'))
    return out


def draw_ascii(rows):
    """ASCII table: +----+ rules above and below the header and at the end, | between cells."""
    ncol = len(rows[0])
    widths = [max(dwidth(r[j]) for r in rows) + 2 for j in range(ncol)]
    rule = '+' + '+'.join('-' * w for w in widths) + '+'
    def row(cells):
        return '|' + '|'.join(pad(c, w) for c, w in zip(cells, widths)) + '|'
    return [rule, row(rows[0]), rule] + [row(r) for r in rows[1:]] + [rule]


def parse_source(path):
    """build_common.parse_source, with indented paragraphs and tables drawn with borders."""
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    blocks = []
    for chunk in re.split(r'\n\s*\n', raw.strip()):
        lines = chunk.split('\n')
        head, body = lines[0], lines[1:]
        if head.startswith('@H '):
            _, level, clause, text = head.split(' ', 3)
            assert not body, chunk[:40]
            blocks.append({'type': 'heading', 'level': int(level),
                           'clause': None if clause == '-' else clause, 'line': text})
        elif head.startswith('@P '):
            parts = head.split()
            misplaced = None
            for p in parts[2:]:
                if p.startswith('misplaced='):
                    misplaced = p.split('=', 1)[1]
                else:
                    raise SystemExit('bad option %s in %s' % (p, head))
            if parts[1] == '-':  # cover block: several lines, no indent
                blocks.append({'type': 'text', 'clause': None,
                               'line': '\n'.join(ln.strip() for ln in body).strip(),
                               'misplaced_under': None, 'content': '\n'.join(body)})
                continue
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': INDENT + body[0].strip(),
                           'misplaced_under': misplaced, 'content': body[0].strip()})
        elif head.startswith('@T '):
            _, clause, style = head.split()
            caption, rows = body[0].strip(), [[c.strip() for c in r.split(' | ')] for r in body[1:]]
            assert len({len(r) for r in rows}) == 1, caption
            if style not in ('box', 'box1', 'ascii'):
                raise SystemExit('bad table style ' + head)
            drawn = draw_ascii(rows) if style == 'ascii' else draw_box(rows, grid=style == 'box')
            blocks.append({'type': 'table', 'clause': None if clause == '-' else clause,
                           'line': '\n'.join([caption] + drawn), 'style': style,
                           'content': '\n'.join(body)})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


YEAR = re.compile(r'(?<!\d)(20[0-3]\d)(?!\d)')
COMPARISON_WORDS = ('标杆', '行业', '同行', '同业', '竞争', '对手', '平均', '排名', '对比', '比较', '领先', '优于',
                    '高于', '低于', '岚澈', '珞岙', '城商行', '第一', '第2', '第3', '名次', '位居', '前列')


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kinds=('text', 'table')):
        return ''.join(b['content'] for b in body if b['clause'] == c and b['type'] in kinds)

    # headings: 第一部分/第二部分 (level 1), 一、 (level 2), （一） numbered by position (level 3)
    pos, chapter = 0, None
    for b in blocks:
        if b['type'] != 'heading' or b['level'] == 0:
            continue
        line, lvl, c = b['line'], b['level'], b['clause']
        if lvl == 1 and not re.match(r'^第[一二]部分\u3000', line):
            problems.append('part heading: ' + line)
        if lvl == 2:
            if not re.match(r'^[一二三四五六七]、', line):
                problems.append('chapter heading: ' + line)
            chapter, pos = c, 0
        if lvl == 3:
            pos += 1
            if not line.startswith('（%s）' % '一二三四五六七'[pos - 1]) or c.split('.')[0] != chapter:
                problems.append('item heading: ' + line)
    heads = {b['clause']: b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 3}
    if not heads.get('4.2', '').startswith('（一）') or not heads.get('4.6', '').startswith('（五）'):
        problems.append('ordinal trap in chapter 四 is not in place')
    # tables: box tables and exactly one ASCII table
    styles = [b['style'] for b in blocks if b['type'] == 'table']
    if styles.count('ascii') != 1 or styles.count('box') + styles.count('box1') < 4:
        problems.append('table styles %s' % styles)
    # three years in every result item but 7.5
    for c in ['7.1', '7.2', '7.3', '7.4', '7.6']:
        if not {'2021', '2022', '2023'} <= set(YEAR.findall(text_of(c))):
            problems.append('%s lacks one of 2021-2023' % c)
    # 7.5: 2021 only in the one sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for s in re.split(r'(?<=[。；])', b['content']):
                if '2021' in s and '只列' not in s:
                    problems.append('7.5 gives 2021: ' + s[:40])
    if '2022年' not in text_of('7.5', ('table',)) or '2021' in text_of('7.5', ('table',)):
        problems.append('7.5 table years')
    for c in ['7.1', '7.2', '7.3', '7.4', '7.5']:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append('%s has no comparison' % c)
    # 7.6: no comparison of any kind; only 监管要求 / 规划目标
    for w in COMPARISON_WORDS:
        if w in text_of('7.6'):
            problems.append('comparison word %s in 7.6' % w)
    if '监管要求' not in text_of('7.6') or '规划目标' not in text_of('7.6'):
        problems.append('7.6 lacks 监管要求 / 规划目标')
    # unexplained: 留存率 only in 表7-2, never in a text paragraph
    if '87.9' not in text_of('7.2', ('table',)) or '留存率' not in text_of('7.2', ('table',)):
        problems.append('留存率 missing from 表7-2')
    for b in blocks:
        if b['type'] == 'text' and ('留存' in b['line'] or '续贷户' in b['line']):
            problems.append('留存 mentioned in text (%s)' % b['clause'])
    # explained: 不良率 2022 (7.1) and 净利润/净息差 (7.3)
    if not any('2022年由1.42%升至1.58%' in b['content'] and '主要原因' in b['content']
               for b in body if b['clause'] == '7.1' and b['type'] == 'text'):
        problems.append('7.1 不良率 explanation missing')
    if '原因' not in text_of('7.3', ('text',)) or '净息差' not in text_of('7.3', ('text',)):
        problems.append('7.3 explanation missing')
    return problems


def write_plain(blocks):
    """report.md as exported from WPS: no blank lines at all."""
    text = '\n'.join(b['line'] for b in blocks) + '\n'
    problems = []
    if re.search(r'\n\s*\n', text):
        problems.append('blank line in report.md')
    heads = {b['line'] for b in blocks if b['type'] == 'heading'}
    for ln in heads:
        if ln[:1].isspace():
            problems.append('indented heading: ' + ln)
    for b in blocks:
        if b['type'] == 'text' and b['clause'] is not None and not b['line'].startswith(INDENT):
            problems.append('paragraph without indent: ' + b['line'][:20])
    with open(os.path.join(HERE, 'report.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    return problems


def write_twin(blocks, folder):
    """The same report WITH blank lines between blocks, for samples/heldout/check_labels.py."""
    import shutil
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'report.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n\n'.join(b['line'] for b in blocks) + '\n')
    shutil.copy(os.path.join(HERE, 'labels.json'), os.path.join(folder, 'labels.json'))


if __name__ == '__main__':
    build_common.main_with_checks(META, HERE, extra_checks, parse=parse_source)  # exits 1 on a problem
    blocks = parse_source(os.path.join(HERE, 'source.txt'))
    problems = write_plain(blocks)
    for p in problems:
        print('PROBLEM (plain text): ' + p)
    if '--twin' in sys.argv:
        write_twin(blocks, sys.argv[sys.argv.index('--twin') + 1])
        print('twin written to', sys.argv[sys.argv.index('--twin') + 1])
    if problems:
        sys.exit(1)
    print('report.md rewritten without blank lines')
