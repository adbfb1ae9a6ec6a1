#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-setext-pandoc from source.txt.

A Wuhan private precision-bearing maker, 武汉玙溇精密轴承股份有限公司 ("玙溇轴承", made up; about 1,200 staff;
products: new-energy e-drive motor bearings under the sub-brand 驰芯, hub-bearing units, machine-tool spindle
bearings and robot bearings under 锐准). Its competitors 洛阳珙渌轴承股份有限公司 ("珙渌轴承") and 浙江瑊湲精工轴承
有限公司 ("瑊湲精工"), its benchmark 无锡璗淙精密轴承集团 ("璗淙集团") and the survey firm 玎湣市场研究有限公司
("玎湣调研") are made up too. Written by the 技术质量中心 in a methodical voice (IATF 16949, PFMEA, SPC, Cpk,
OEE, 8D, MES/QMS/PLM, 阶段门).

Layout: MARKDOWN CONVERTED BY PANDOC FROM A WORD FILE.
- ``pandoc -s`` put the Word Title/Subtitle/Author/Date into a YAML metadata block (``---`` / ``title: …`` /
  ``---``, front matter, ``@P -``); then the cover paragraph with hard line breaks (trailing ``\\``), an
  编制说明 paragraph, ``目　录`` and the Word TOC as one paragraph per entry, each a link to the heading's
  bookmark (``[第一部分 组织环境 1](#_Toc151876501)``) — all front matter.
- Chapters ``第一部分 组织环境`` … ``第七部分 质量提升`` (5.1 … 5.7 by position) are SETEXT headings underlined
  with ``=`` (level 1); items ``一、`` ``二、`` ``三、`` restart in every chapter and are setext headings underlined
  with ``-`` (level 2); the underline is as wide as pandoc makes it (CJK characters count 2). Wuhan's 5.x.1 概述
  is not written, so ``一、`` is 5.x.2. ATX ``###`` only for six sub-heads of the writer's own, in 5.1 and 5.7.3
  (labelled with their clause).
- Pandoc artefacts: ``{#_Toc151876501}`` header attributes on the chapters and two other headings;
  ``[]{#_Toc… .anchor}`` / ``[]{#_Ref… .anchor}`` empty spans at the start of three headings (a second Word
  bookmark); escaped characters (``1\\.`` at the start of numbered paragraphs, ``2021\\~2023年``, ``7,050\\*``
  and ``\\*`` in a note); hard line breaks as a trailing backslash in four paragraphs (lines inside a block);
  a tight pandoc bullet list (``-   ``) as one block; two image lines ``![](media/imageN.png){width=… height=…}``
  with a separate caption paragraph; TWO GRID TABLES (``+----+`` / ``| … |`` / ``+====+``, header cells wrapped
  over two lines: 表2-1, 表7-1) and four pipe tables (表1-1, 表4-1, 表5-1, 表6-1), each with its caption line on
  top. 表5-1 has years as rows (comparison rows ``行业平均（2023年）`` / ``珙渌轴承（2023年）``), the others years
  as columns with peer / ``行业平均（2023年）`` / benchmark columns.
- Seven item titles in the company's own words: ``一、定方向、立文化`` = 5.2.2, ``二、规划的分解与落地`` = 5.3.3,
  ``一、读懂主机厂客户`` = 5.4.2, ``二、“玙溇”品牌的经营`` = 5.4.3, ``一、凝心聚力的员工环境`` = 5.5.3,
  ``二、从立项到转化：创新项目管理`` = 5.6.3, ``一、订单到交付的运营管理`` = 5.7.2 (also ``二、产品质量保证`` = 5.7.3).

Planted defects:
- 5.5.2 员工管理 missing everywhere (no workforce planning, hiring, job design, pay or performance appraisal,
  occupational health and safety, training or careers). ``第五部分 员工契合`` has ``一、凝心聚力的员工环境``
  (= 5.5.3) and ``二、员工契合的结果`` (= 5.5.4): ordinal trap.
- 5.4.4 has 2022-2023 only (表4-1 and prose); 2021 appears only in the sentence saying the survey and the CRM
  statistics changed in 2022 and older figures are not comparable (不予列示). It has 行业平均 and 瑊湲精工 columns
  and a ranking.
- 5.6.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns and 国家标准 (no comparison).
- 5.7.4 主机厂零公里故障率 24 -> 19 -> 27 PPM, 2023 worse than 珙渌轴承 (21) and the benchmark, only in 表7-1
  (unexplained). Explained: 5.2.4 利润总额 / 销售利润率 / 纳税总额 (2022 fall) and 5.5.4 员工满意度 (2022 fall).
- One 5.7.3 paragraph (计量与检测, CNAS lab) sits under 5.6.2's heading ``一、创新系统`` (misplaced).

The labels' heading ``text`` is the title line as written (with its pandoc attributes), without the setext
underline or the ``###`` marker.

source.txt follows samples/build_common.py, with these readings of its own:
  ``@H level clause title``  level 1 -> setext ``=``, level 2 -> setext ``-``, level 3 -> ``### title``;
  ``@P clause``              may hold several lines (hard line breaks, a tight list), kept verbatim;
  ``@G clause``              grid table: caption line, then rows with `` | `` cells (first row = header;
                             ``//`` breaks a cell over two lines), rendered as a pandoc grid table;
  ``@M clause``              pipe table: caption line, then rows with `` | `` cells, rendered as a pandoc pipe table.

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-setext-pandoc/build.py
"""

import json
import os
import re
import sys
import unicodedata

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4', '5.4', '5.4.2', '5.4.3',
       '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4', '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3',
       '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard itself states no limit
    # the seed overlap check compares words, not the padding of the pandoc tables (runs of spaces)
    'check_text': lambda s: re.sub(r' {2,}', ' ', s),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.5.2'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.5.2 员工管理 must be absent everywhere: no workforce planning or hiring, job or post design,
    # pay, performance appraisal of staff, occupational health and safety, training, careers, succession
    'forbidden_words': ['培训', '招聘', '招录', '校招', '社招', '人力资源规划', '人员配置', '定岗', '胜任',
                        '任职资格', '岗位说明', '薪酬', '工资', '津贴', '绩效考核', '员工绩效', '绩效工资',
                        '职业健康', '职业病', '工伤', '劳动保护', '劳保', '防护用品', '体检', '劳动合同',
                        '职业发展', '职业生涯', '晋升', '发展通道', '继任', '接班', '后备', '梯队', '师带徒',
                        '导师', '技能等级', '技能鉴定', '轮岗', '入职', '45001', '学习地图', '课程'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '主机厂零公里故障率（24→19→27 PPM，2023年上升，高于珙渌轴承21 PPM和标杆璗淙集团8 PPM；只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '利润总额、销售利润率、纳税总额（2022年由0.98亿元、9.9%、5,420万元降至'
                                         '0.81亿元、7.8%、5,160万元）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '员工满意度（2022年由82.6分降至80.9分）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营精密轴承企业（武汉玙溇精密轴承股份有限公司不存在；竞争对手洛阳珙渌轴承股份有限公司、'
        '浙江瑊湲精工轴承有限公司，标杆无锡璗淙精密轴承集团，调研机构玎湣市场研究有限公司均为虚构，人名、数字和奖项都是编的），'
        '员工约1,200人，产品为新能源汽车驱动电机轴承（子品牌驰芯）、轮毂轴承单元、机床主轴轴承和机器人轴承（子品牌锐准）。'
        '技术质量中心执笔，条理清楚、讲方法的口吻（IATF 16949、PFMEA、SPC、Cpk、OEE、8D、MES/QMS/PLM、阶段门）。'
        '版式是本样本的重点：由pandoc从Word文档转换得到的Markdown。开头是pandoc -s生成的YAML元数据块（title/subtitle/author/date），'
        '随后是带硬换行（行末反斜杠）的封面段、编制说明、“目　录”和Word目录（每条一段，是指向书签的链接“[第一部分 组织环境 1](#_Toc151876501)”），'
        '均为前置内容（@P -）。部分标题“第一部分 组织环境”…“第七部分 质量提升”（按位置为5.1…5.7）是setext标题，下划“=”（level 1）；'
        '条目“一、”“二、”“三、”每部分重新编号，是下划“-”的setext标题（level 2），下划线宽度按pandoc的算法（中文字符计2）；'
        '武汉标准的5.x.1概述不写，所以“一、”是5.x.2。只有六个公司自己的小标题用ATX“###”（5.1和5.7.3中，标所属条款）。'
        'pandoc残留：各部分和另两个标题带“{#_Toc…}”属性，三个标题开头带空的书签span“[]{#_Toc… .anchor}”/“[]{#_Ref… .anchor}”；'
        '转义字符（段首“1\\.”、“2021\\~2023年”、表格单元格“7,050\\*”和注释中的“\\*”）；四个段落内有硬换行（块内多行）；'
        '一个pandoc紧凑无序列表（“-   ”，整体一个块）；两处图片行“![](media/imageN.png){width=… height=…}”加单独的图题段；'
        '两张网格表（表2-1、表7-1，表头单元格折成两行）和四张管道表（表1-1、表4-1、表5-1、表6-1），表题行在表格块第一行。'
        '表5-1年份为行（比较行“行业平均（2023年）”“珙渌轴承（2023年）”），其余年份为列，带对手、行业平均、标杆列。'
        '七个条目标题用公司自己的话（一、定方向、立文化=5.2.2；二、规划的分解与落地=5.3.3；一、读懂主机厂客户=5.4.2；'
        '二、“玙溇”品牌的经营=5.4.3；一、凝心聚力的员工环境=5.5.3；二、从立项到转化：创新项目管理=5.6.3；一、订单到交付的运营管理=5.7.2）。'
        '标题的text为原样的标题行（含pandoc属性），不含setext下划线和“###”。'
        '刻意缺陷：5.5.2 员工管理整条缺失（全文没有人力资源规划与招聘、工作与岗位设计、薪酬和员工绩效考核、职业健康安全、'
        '培训和职业发展的内容）；“第五部分 员工契合”下“一、凝心聚力的员工环境”是5.5.3，“二、员工契合的结果”是5.5.4（序号陷阱）。'
        '5.4.4 只有2022年和2023年（2021年只出现在说明测评和CRM统计口径2022年起改变、此前数据“不予列示”的句子里），'
        '有行业平均、瑊湲精工对比列和排名。5.6.4 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列和国家标准，没有任何对比。'
        '不利结果：5.7.4 主机厂零公里故障率24、19、27 PPM，2023年上升且高于珙渌轴承21 PPM和标杆8 PPM，只出现在表7-1中，正文未提及或解释；'
        '5.2.4 利润总额、销售利润率、纳税总额2022年下降（已解释：轴承钢涨价、乘用车顾客停产、新产线爬坡）；'
        '5.5.4 员工满意度2022年下降（已解释：四班三倒和通勤班车不足）。'
        '一段回答5.7.3（计量与检测、CNAS实验室）的段落放在5.6.2“一、创新系统”之下（misplaced）。'
        '其他：员工主动流失率、三包索赔率、质量损失率、顾客投诉、能耗、资产负债率越低越好，下降是有利结果；'
        '订单准时交付率低于标杆但差距逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems, parse_source


def width(s):
    """Display width as pandoc's realLength computes it: wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)


def pad(s, w):
    return s + ' ' * (w - width(s))


def read_heading(head, body, chunk):
    _, level, clause, text = head.split(' ', 3)
    level = int(level)
    if level == 1:
        line = text + '\n' + '=' * width(text)
    elif level == 2:
        line = text + '\n' + '-' * width(text)
    else:
        line = '#' * level + ' ' + text
    return {'type': 'heading', 'level': level, 'clause': None if clause == '-' else clause, 'line': line,
            'title': text}


def read_para(head, body, chunk):
    parts = head.split()
    misplaced = None
    for p in parts[2:]:
        if p.startswith('misplaced='):
            misplaced = p.split('=', 1)[1]
    return {'type': 'text', 'clause': None if parts[1] == '-' else parts[1],
            'line': '\n'.join(ln.rstrip() for ln in body).strip(), 'misplaced_under': misplaced}


def _rows(body):
    caption = body[0].strip()
    rows = [[c.strip().split('//') for c in r.split(' | ')] for r in body[1:]]
    n = len(rows[0])
    assert all(len(r) == n for r in rows), caption
    widths = [max(width(part) for r in rows for part in r[i]) for i in range(n)]
    return caption, rows, widths


def read_grid(head, body, chunk):
    caption, rows, widths = _rows(body)

    def rule(ch):
        return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'

    def row_lines(r):
        height = max(len(c) for c in r)
        return ['|' + '|'.join(' ' + pad(c[k] if k < len(c) else '', w) + ' ' for c, w in zip(r, widths)) + '|'
                for k in range(height)]

    out = [caption, rule('-')] + row_lines(rows[0]) + [rule('=')]
    for r in rows[1:]:
        out += row_lines(r) + [rule('-')]
    return {'type': 'table', 'clause': head.split()[1], 'line': '\n'.join(out)}


def read_pipe(head, body, chunk):
    caption, rows, widths = _rows(body)

    def line(r):
        return '| ' + ' | '.join(pad(c[0], w) for c, w in zip(r, widths)) + ' |'

    out = [caption, line(rows[0]), '|' + '|'.join('-' * (w + 2) for w in widths) + '|']
    out += [line(r) for r in rows[1:]]
    return {'type': 'table', 'clause': head.split()[1], 'line': '\n'.join(out)}


def parse(path):
    return parse_source(path, extra={'@H ': read_heading, '@P ': read_para, '@G ': read_grid,
                                     '@M ': read_pipe})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = misplaced_problems(blocks)
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    text = [b for b in body if b['type'] == 'text']
    # layout: 7 setext chapters, setext items, a few ### sub-heads, pandoc artefacts
    chapters = [h for h in heads if h['level'] == 1]
    if [h['clause'] for h in chapters] != ['5.%d' % i for i in range(1, 8)]:
        problems.append('chapters are not 5.1 ... 5.7 in order')
    if not all(re.sub(r'^\[\]\{#_\w+ \.anchor\}', '', h['title']).startswith('第%s部分 ' % n)
               for h, n in zip(chapters, '一二三四五六七')):
        problems.append('chapter titles are not 第n部分')
    items = [h for h in heads if h['level'] == 2]
    for h in items:
        if not re.match(r'(\[\]\{#_\w+ \.anchor\})?[一二三四]、', h['title']):
            problems.append('item heading without 一、: ' + h['title'])
    if len([h for h in heads if h['level'] == 3]) > 6:
        problems.append('too many ### sub-heads')
    if sum('{#_Toc' in h['title'] for h in heads) < 7 or sum('.anchor}' in h['title'] for h in heads) < 3:
        problems.append('pandoc header attributes / anchor spans missing')
    if sum(b['line'].startswith('+---') or '\n+---' in b['line'] for b in body if b['type'] == 'table') != 2:
        problems.append('expected exactly two grid tables')
    if sum(bool(re.search(r'\\\n', b['line'])) for b in text if b['clause']) < 3:
        problems.append('expected hard line breaks in at least three body paragraphs')
    whole = '\n'.join(b['line'] for b in body)
    for esc in ('1\\.', '\\~', '\\*'):
        if esc not in whole:
            problems.append('escape %s missing' % esc)
    # ordinal trap: under 第五部分 the items are 一、 = 5.5.3 and 二、 = 5.5.4
    i5 = next(i for i, h in enumerate(heads) if h['clause'] == '5.5' and h['level'] == 1)
    nxt = heads[i5 + 1:i5 + 4]
    if not (nxt[0]['title'].startswith('一、') and nxt[0]['clause'] == '5.5.3'
            and nxt[1]['title'].startswith('二、') and nxt[1]['clause'] == '5.5.4' and nxt[2]['level'] == 1):
        problems.append('ordinal trap under 第五部分 not as planned')
    # 5.4.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the rise of 零公里故障率 appears only in the table, nowhere in the text
    for b in text:
        if '零公里' in b['line'] or 'PPM' in b['line']:
            problems.append('text mentions 零公里故障率: ' + b['line'][:30])
    # 5.6.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.6.4' and re.search('珙渌|瑊湲|璗淙', b['line']):
            problems.append('5.6.4 names a competitor or benchmark')
    return problems


def fix_heading_texts():
    """Labels: a heading's text is its title line, without the setext underline."""
    path = os.path.join(HERE, 'labels.json')
    labels = json.load(open(path, encoding='utf-8'))
    for h in labels['headings']:
        h['text'] = h['text'].split('\n')[0].strip()
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
    fix_heading_texts()
