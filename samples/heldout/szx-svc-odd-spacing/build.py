#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-odd-spacing from source.txt.

A Shenzhen municipal state-owned operator of public rental housing and talent apartments,
深圳市珣屺人才安居运营有限公司 (珣屺安居, made up; 906 staff, 71 projects, 4.9万套; its parent
深圳市珣屺城建控股集团有限公司, its peers 深圳市瑺崧住房租赁有限公司 (瑺崧租赁) and 广州市泷琯安居发展有限公司
(泷琯安居), its benchmark 上海璟瀞住房服务集团 (璟瀞住房) and the survey firm 深圳市岍煦民意调查有限公司 (岍煦调查)
are made up too), written by its 综合办公室 in a formal state-owned-enterprise voice.

Layout: TEXT PASTED FROM A WEB EDITOR / ONLINE FORM, FULL OF SPACING RESIDUE.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a ``【填写说明】`` line left over from
  the online form (front matter, ``@P -``).
- Headings carry odd spaces and invisible characters: ``单 位 简 介`` (= 0) with ``（一）基本情况``,
  ``(二)服务对象与合作方``, ``（ 三 ）面临的形势`` (0); categories ``一 、高标准定位``, ``二、 高质量运行``,
  ``三 、高绩效结果``; items ``（ 一 ）领导力``, ``(二)规划定位``, ``（一)运行体系``, a no-break space before
  ``（ 二 ）运行管理``, ``（一）<ZWSP>高标准定位结果``, ``(二) 高质量运行结果``, ``（三 ）创新与示范结果``;
  leaves with the standard's numbers in varying spacing: ``1 . 1 . 1 …``, ``1.1.2<U+3000>团队建设``,
  ``1.2.2<NBSP>…``, ``<ZWSP>2.1.1 服务设计``, ``2 .1 .2 …``, ``2. 2. 2 过程优化``, ``3.2.1<ZWSP> 服务水平``.
  8 leaf titles in the company's words (``定方向：让来深青年住得安心`` = 1.1.1, ``向最好的学，把目标定实`` = 1.2.1,
  ``守底线、防风险、配资源`` = 1.2.2, ``把服务写进标准里`` = 2.1.2, ``把新办法落到每个项目`` = 2.3.2,
  ``年度目标完成情况`` = 3.1.2, ``租户满意`` = 3.2.2, ``经验输出与示范带动`` = 3.3.2).
- Paragraphs keep the editor's full-width indent (two U+3000), no-break spaces between numbers and units
  (``906<NBSP>人``, ``312<NBSP>万元``), zero-width spaces inside words and numbers (``7<ZWSP>1个``,
  ``租户<ZWSP>满意度``, ``2<ZWSP>022年`` in 3.3.2), mixed lead-ins ``1、`` / ``2,`` / ``3.`` and ``(1)`` /
  ``（3)`` / ``（4）``, and five paragraphs with a hard line break in mid-sentence.
- Results: tables with years as columns and ``瑺崧租赁（2023年）`` / ``泷琯安居（2023年）`` /
  ``行业平均（2023年）`` / ``璟瀞住房（标杆，2023年）`` columns, cells padded with spaces, no-break and
  ideographic spaces (表3-1, 表3-4), 表3-5 years as rows with peer and benchmark rows, prose series and
  rankings (服务评价 第4 → 第2 → 第1位; 数字化服务指数 第6 → 第4 → 第2位). Intro paragraph under 三 (= 3).
- In source.txt the invisible characters are written as Python escapes (``\\u00a0``, ``\\u200b``,
  ``\\u3000``) and a hard line break as ``\\n``; this builder decodes them and keeps table-cell padding
  (only the one space on each side of `` | `` is removed).

Planted defects:
- 2.3.1 创新策划 missing everywhere (no innovation climate or culture, no search for innovation opportunities,
  no innovation direction, plan or fund, no feasibility review or adjustment of plans). ``（三）创新`` holds only
  ``2 . 3 . 1 把新办法落到每个项目``, which is 2.3.2 (number trap: the heading number is the missing clause's).
- 3.1.2 has 2022-2023 only (表3-2); 2021 appears only in the sentence saying that since the 2022 merger
  the figures are kept on a new basis and the 2021 data ``不再列示``. It has 瑺崧租赁 / 泷琯安居 / 行业平均 columns.
- 3.2.1 has 2021-2023 but only a ``2023年目标值`` column, 年度目标值, a municipal time limit and 国家标准
  (no peer, industry, benchmark or ranking comparison).
- Unfavourable results: 3.2.2 人才公寓租户满意度 92.1 -> 92.6 -> 90.9 (falls in 2023, below 瑺崧租赁 91.7),
  only in 表3-4 (unexplained). Explained: 3.1.1 员工满意度 fell in 2022 (86.2 -> 84.1, closed management);
  3.1.2 平均出租率 fell in 2023 and missed its target (97.1 -> 95.6, new projects delivered in H2).
- One 2.1.1 paragraph (pre-move-in survey of new graduates, 同一企业同楼栋 and 毕业季短租过渡房 services) sits at
  the end of ``2. 2. 2 过程优化`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-odd-spacing/build.py
"""

import os
import re
import sys

LEAVES = ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3.1', '2.3.2',
          '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2']
ALL = ['0', '1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3'] + LEAVES

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': LEAVES,
    'expected_missing': ['2.3.1'],
    'results_lacking_three_years': ['3.1.2'],
    'results_lacking_comparison': ['3.2.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.2.1'],
    # 2.3.1 创新策划 must be absent everywhere: no innovation culture or climate, no search for innovation
    # opportunities, no innovation direction, targets, plan or fund, no feasibility review, no adjustment.
    'forbidden_words': ['创新文化', '创新氛围', '创新机会', '创新方向', '创新方案', '创新基金', '创新策划',
                        '创新计划', '创新项目', '创新课题', '创新激励', '创新目标', '可行性', '立项', '容错',
                        '宽容失败', '包容失败', '金点子', '创意', '新点子', '敢试'],
    'unfavourable_results': [
        {'clause': '3.2.2',
         'indicator': '人才公寓租户满意度（92.1→92.6→90.9分，2023年下降，低于瑺崧租赁91.7分；只在表3-4中）',
         'explained': False},
        {'clause': '3.1.1', 'indicator': '员工满意度（2022年由86.2分降至84.1分）', 'explained': True},
        {'clause': '3.1.2', 'indicator': '平均出租率（2023年由97.1%降至95.6%，未达到96.0%的目标）',
         'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市属国有公租房和人才住房运营企业（深圳市珣屺人才安居运营有限公司不存在；母公司深圳市珣屺城建控股集团、'
        '同行深圳市瑺崧住房租赁有限公司和广州市泷琯安居发展有限公司、标杆上海璟瀞住房服务集团、调研机构深圳市岍煦民意调查有限公司均为虚构，'
        '人名、数字和奖项都是编的），员工906人、在管项目71个、运营房源4.9万套。综合办公室执笔，正式的国企公文口吻。'
        '版式是本样本的重点：从网页编辑器/在线填报表单粘贴出来的文本，到处是空白残留。纯文本，没有#；两行标题（level 0），'
        '封面信息块和在线表单残留的“【填写说明】”一行（@P -）。标题带怪异空格和不可见字符：“单 位 简 介”（标0）下“（一）基本情况”'
        '“(二)服务对象与合作方”“（ 三 ）面临的形势”（标0）；类目“一 、高标准定位”“二、 高质量运行”“三 、高绩效结果”；'
        '条目“（ 一 ）领导力”“(二)规划定位”“（一)运行体系”、前有不换行空格的“（ 二 ）运行管理”、“（一）+零宽空格+高标准定位结果”'
        '“(二) 高质量运行结果”“（三 ）创新与示范结果”；叶子带准则编号但空格各异：“1 . 1 . 1 …”“1.1.2+全角空格+团队建设”'
        '“1.2.2+不换行空格+…”“零宽空格+2.1.1 服务设计”“2 .1 .2 …”“2. 2. 2 过程优化”“3.2.1+零宽空格+ 服务水平”；'
        '8个叶子标题用企业自己的话（定方向：让来深青年住得安心=1.1.1，向最好的学，把目标定实=1.2.1，守底线、防风险、配资源=1.2.2，'
        '把服务写进标准里=2.1.2，把新办法落到每个项目=2.3.2，年度目标完成情况=3.1.2，租户满意=3.2.2，经验输出与示范带动=3.3.2）。'
        '段落保留编辑器的两个全角空格缩进，数字与单位之间有不换行空格（906 人、312 万元），词语和数字内部有零宽空格'
        '（7​1个、租户​满意度、3.3.2中的2​022年），引导语混用“1、”“2,”“3.”和“(1)”“（3)”“（4）”，五个段落句中硬换行。'
        '结果：年份为列的表格带瑺崧租赁（2023年）、泷琯安居（2023年）、行业平均（2023年）、璟瀞住房（标杆，2023年）列，'
        '单元格用空格、不换行空格和全角空格填充（表3-1、表3-4）；表3-5年份为行、带同行和标杆行；文字序列和排名'
        '（服务评价第4→第2→第1位，数字化服务指数第6→第4→第2位）。“三 、高绩效结果”下一段引言标3。'
        '刻意缺陷：2.3.1 创新策划整条缺失（全文没有创新氛围或文化、创新机会识别、创新方向/方案/基金、可行性评估和方案调整，'
        'forbidden_words），“（三）创新”下只有“2 . 3 . 1 把新办法落到每个项目”，它是2.3.2（编号陷阱：标题编号正是缺失条款的编号）。'
        '3.1.2 只有2022年和2023年两年（表3-2；2021年只出现在说明2022年整合后按新口径核算、2021年数据“不再列示”的句子里），'
        '有瑺崧租赁、泷琯安居和行业平均列。3.2.1 有2021—2023年三年数据，但只有“2023年目标值”列、年度目标值、市主管部门规定时限和国家标准，'
        '没有同行、行业、标杆或排名对比。不利结果：3.2.2 人才公寓租户满意度92.1、92.6、90.9分，2023年下降，低于瑺崧租赁91.7分，'
        '只出现在表3-4中，正文没有提及或解释；3.1.1 员工满意度2022年下降（已解释：多个项目封闭管理、驻点时间长、加班集中）；'
        '3.1.2 平均出租率2023年下降且未达目标（已解释：下半年3个新项目6,200套集中交付、配租入住周期）。'
        '离职率、报修响应时长、配租办理时限、投诉量下降是有利结果；与标杆璟瀞住房的差距只有单年标杆值，不列为不利结果。'
        '一段回答2.1.1的段落（入住前线上需求问卷，“同一企业同楼栋”集中配房和“毕业季短租过渡房”）放在“2. 2. 2 过程优化”的末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source

_ESC = re.compile(r'\\u([0-9a-fA-F]{4})')


def dec(s):
    """Decode the escapes of source.txt: \\uXXXX (no-break, zero-width, ideographic spaces) and \\n."""
    return _ESC.sub(lambda m: chr(int(m.group(1), 16)), s).replace('\\n', '\n')


def _heading(head, body, chunk):
    assert not body, chunk[:60]
    _, level, clause, text = head.split(' ', 3)
    return {'type': 'heading', 'level': int(level), 'clause': None if clause == '-' else clause,
            'line': dec(text)}


def _paragraph(head, body, chunk):
    parts = head.split()
    misplaced = None
    for p in parts[2:]:
        if p.startswith('misplaced='):
            misplaced = p.split('=', 1)[1]
    if parts[1] == '-':
        return {'type': 'text', 'clause': None,
                'line': dec('\n'.join(ln.rstrip() for ln in body).strip()), 'misplaced_under': None}
    assert len(body) == 1, chunk[:60]
    # keep the leading indent (escaped U+3000) as pasted
    return {'type': 'text', 'clause': parts[1], 'line': dec(body[0].rstrip()), 'misplaced_under': misplaced}


def _unpad(cell):
    if cell.startswith(' '):
        cell = cell[1:]
    if cell.endswith(' '):
        cell = cell[:-1]
    return cell


def _table(head, body, chunk):
    clause = head.split()[1]
    out = [dec(body[0].strip())]
    for row in body[1:]:
        # split on '|' and drop only the one space each side of it: the padding stays, as pasted
        out.append('\t'.join(dec(_unpad(c)) for c in row.rstrip('\n').split('|')))
    return {'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(out)}


def parse(path):
    return parse_source(path, extra={'@H ': _heading, '@P ': _paragraph, '@T ': _table})


STANDARD_LEAF_TITLES = {'1.1.1': '确定方向', '1.1.2': '团队建设', '1.2.1': '对标定位', '1.2.2': '保障机制',
                        '2.1.1': '服务设计', '2.1.2': '体系建设', '2.2.1': '量化管理', '2.2.2': '过程优化',
                        '2.3.1': '创新策划', '2.3.2': '创新实施', '3.1.1': '领导力结果', '3.1.2': '规划达成结果',
                        '3.2.1': '服务水平', '3.2.2': '顾客/公众满意', '3.3.1': '创新成果', '3.3.2': '示范效应'}


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # 3.1.2: years 2022 and 2023 only; 2021 only in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '3.1.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|24)', sent):
                    problems.append('3.1.2 mentions a year other than 2021-2023: ' + sent[:40])
                if '2021' in sent and '不再列示' not in sent:
                    problems.append('3.1.2 mentions 2021 outside the 不再列示 sentence: ' + sent[:40])
                if '三年' in sent:
                    problems.append('3.1.2 speaks of three years: ' + sent[:40])
    # 3.2.2: the 2023 drop of 人才公寓租户满意度 appears only in the table
    for b in body:
        if b['clause'] == '3.2.2' and b['type'] == 'text' and '人才公寓' in b['line']:
            problems.append('3.2.2 text mentions 人才公寓')
    # 3.2.1: no peer, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '3.2.1' and re.search('瑺崧|泷琯|璟瀞|岍煦|比较|同业', b['line']):
            problems.append('3.2.1 names a comparison: ' + b['line'][:30])
    # number trap: under （三）创新 the only leaf heading is "2 . 3 . 1 …" labelled 2.3.2, then 三 、
    idx = next(i for i, h in enumerate(heads) if h['clause'] == '2.3')
    if not (heads[idx + 1]['line'].startswith('2 . 3 . 1 ') and heads[idx + 1]['clause'] == '2.3.2'
            and heads[idx + 2]['line'].startswith('三 、')):
        problems.append('number trap under 2.3 not as planned')
    # spacing residue: NBSP, ZWSP and U+3000 in headings and in paragraphs; hard line breaks
    for ch, name in (('\u00a0', 'NBSP'), ('\u200b', 'ZWSP'), ('\u3000', 'U+3000')):
        if not any(ch in h['line'] for h in heads):
            problems.append('no %s in any heading' % name)
        if not any(ch in b['line'] for b in body if b['clause'] is not None):
            problems.append('no %s in any paragraph' % name)
    if not any(re.search(r'\d\u200b\d', b['line']) for b in body if b['clause'] is not None):
        problems.append('no ZWSP inside a number')
    broken = [b for b in body if b['type'] == 'text' and b['clause'] is not None and '\n' in b['line']]
    if len(broken) < 3:
        problems.append('fewer than 3 paragraphs with a hard line break')
    for b in broken:
        first, second = b['line'].split('\n', 1)
        if first.endswith('。') or not second:
            problems.append('hard break not mid-sentence: ' + first[-10:])
    # padded table cells
    padded = [c for b in body if b['type'] == 'table' for r in b['line'].split('\n')[1:]
              for c in r.split('\t') if c != c.strip()]
    if len(padded) < 10:
        problems.append('fewer than 10 padded table cells')
    # own-words leaf titles: at least 5
    own = [h for h in heads if h['level'] == 3 and STANDARD_LEAF_TITLES[h['clause']] not in h['line']]
    if len(own) < 5:
        problems.append('fewer than 5 own-words leaf titles: %d' % len(own))
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse)
