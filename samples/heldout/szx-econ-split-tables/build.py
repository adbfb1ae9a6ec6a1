#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-split-tables from source.txt.

A Shenzhen private maker of industrial-robot reducers and servo systems, 深圳市璠岦精密传动股份有限公司
(made up; 1,318 staff; harmonic and RV reducers, low-voltage servo motors and drives, integrated joint
modules). Its competitors 苏州瓛溱精密传动有限公司 (瓛溱传动) and 东莞珅岈伺服技术有限公司 (珅岈伺服), its
benchmark 杭州瑽岳传动集团 (瑽岳集团) and the survey firm 深圳市玞泖市场研究有限公司 (玞泖调研) are made up
too. Written by its 运营管理部 in a concise voice (short sentences, run-in labels such as ``治理结构：``).

Layout: TABLES SPLIT ACROSS PAGES, AS COPIED OUT OF A PDF.
- Plain text, no ``#``. Two title lines (level 0, clause null) and a cover block (``@P -``).
- ``组织简介`` (= 0, level 1) with ``（一）基本情况`` ``（二）竞争环境`` ``（三）核心竞争力`` (level 2, = 0).
- Chapters ``一、领导`` … ``六、高质量的运营`` (level 1, the standard's category titles); items ``（一）`` …
  restarting in every chapter (level 2). Eight item titles are the company's own words:
  ``（二）规范治理与风险防控`` = 1.2, ``（三）领导与经营成效`` = 1.3, ``（二）战略落地`` = 2.2,
  ``（二）为客户创造增量价值`` = 3.2, ``（三）客户与市场表现`` = 3.3, ``（一）研发体系与成果转化`` = 5.1,
  ``（二）全过程质量管控`` = 6.2, ``（三）运营结果`` = 6.3.
- Page furniture between blocks, every ~900 characters: a block of two lines, the page footer ``— n —`` and
  the running header of the next page (``深圳市璠岦精密传动股份有限公司　市长质量奖自评报告``), labelled ``-``
  (``@P -``); 15 such blocks, numbered 1…15.
- Tables are tab-separated lines (caption ``表n-1 …`` first). FOUR result tables are split across a page
  break: the first part (caption, header, some rows), then the page-furniture block, then a second table
  block whose caption is ``续表3-1`` / ``表4-1（续）`` / ``续表5-1`` / ``表6-1（续）``, with the header row
  repeated and the remaining rows. Both parts carry the item's clause.
- Results: 表1-1 years as columns with a ``2023年目标值`` column; 表2-1 ``2022年 | 2023年`` with competitor
  and 行业平均 columns; 表3-1/表5-1/表6-1 years as columns with competitor / ``行业平均（2023年）`` / benchmark
  columns; 表4-1 years as ROWS (``2021年`` … ``2023年``) with comparison rows ``瓛溱传动（2023年）`` and
  ``行业平均（2023年）`` (the 2023 row and the comparison rows only in the continuation); prose series
  (``分别为…``), rankings (第3, 第2, 第1).

Planted defects:
- 5.2 创新生态 missing everywhere (no idea sourcing, knowledge management, innovation-risk or IP
  management, no cooperation with universities, customers or partners on innovation, no open innovation).
  ``五、持续创新`` has ``（一）研发体系与成果转化`` (5.1) and ``（二）持续创新的结果``, which is 5.3
  (ordinal trap: （二） is 5.2's ordinal).
- 2.3 has 2022-2023 only (表2-1 and one prose sentence); 2021 appears only in the sentence saying the
  indicator basis changed in 2022 and 2021 is ``不予列示``. It has 瓛溱传动 / 行业平均 columns and a ranking.
- 1.3 has 2021-2023 (表1-1 and prose series) but only a ``2023年目标值`` column: no competitor, industry,
  benchmark or ranking comparison.
- 6.3 谐波减速器出厂一次交检合格率 99.2 -> 99.4 -> 98.7%, below 瓛溱传动 99.1 and 行业平均 98.9; it is only in
  the SECOND part of the split table (``表6-1（续）``) and the text does not mention it (unexplained).
  Explained: 3.3 新开发客户数 and 营业收入增长率 (2022, 87 -> 64 and 24.1% -> 8.2%, in ``续表3-1``) and
  4.3 人均产值 (2022, 93.7 -> 84.0 万元, in the first part of 表4-1).
- One 1.2 paragraph (sales compliance: 廉洁承诺, 返利走合同, 内审抽查) sits at the end of
  ``（二）为客户创造增量价值`` (3.2) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-split-tables/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['5.2'],
    'results_lacking_three_years': ['2.3'],
    'results_lacking_comparison': ['1.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['1.3'],
    # 5.2 创新生态 must be absent everywhere: no idea sources, knowledge management, innovation risk or IP
    # management, no cooperative / open innovation with universities, customers, suppliers or alliances.
    'forbidden_words': ['知识', '创意', '点子', '产学研', '高校', '大学', '研究院', '院校', '科研院所',
                        '联合实验室', '联合开发', '共同开发', '协同开发', '合作研发', '技术合作', '合作创新',
                        '协同创新', '开放创新', '开放式', '生态', '孵化', '众包', '联盟', '共享', '外部专家',
                        '专家顾问', '侵权', '专利布局', '专利保护', '商业秘密', '技术秘密', '保密', '创新风险',
                        '创新管理', '经验库', '案例库', '标杆学习', '大数据'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '谐波减速器出厂一次交检合格率（99.2%→99.4%→98.7%，2023年下降，低于瓛溱传动99.1%和行业平均98.9%；'
                      '只在分页后的“表6-1（续）”中）',
         'explained': False},
        {'clause': '3.3', 'indicator': '新开发客户数和营业收入增长率（2022年由87家、24.1%降至64家、8.2%；在“续表3-1”中）',
         'explained': True},
        {'clause': '4.3', 'indicator': '人均产值（2022年由93.7万元降至84.0万元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳民营工业机器人减速器与伺服系统制造企业（深圳市璠岦精密传动股份有限公司不存在；竞争对手'
        '苏州瓛溱精密传动有限公司、东莞珅岈伺服技术有限公司，标杆杭州瑽岳传动集团，调研机构深圳市玞泖市场研究有限公司均为虚构，'
        '人名、数字和奖项都是编的），员工1,318人，运营管理部执笔，简练的运营口吻。版式是本样本的重点：从PDF复制出来的、'
        '跨页断开的表格。纯文本，无#；两行标题（level 0，clause为null）和封面信息块（@P -）；“组织简介”（level 1，标0）下'
        '“（一）基本情况”“（二）竞争环境”“（三）核心竞争力”（level 2，标0）；“一、领导”…“六、高质量的运营”（level 1）；'
        '条目“（一）”…每章重新编号（level 2），8个条目标题为公司自拟（（二）规范治理与风险防控=1.2，（三）领导与经营成效=1.3，'
        '（二）战略落地=2.2，（二）为客户创造增量价值=3.2，（三）客户与市场表现=3.3，（一）研发体系与成果转化=5.1，'
        '（二）全过程质量管控=6.2，（三）运营结果=6.3）。每约900字有一个分页块：页脚“— n —”加下一页页眉'
        '“深圳市璠岦精密传动股份有限公司　市长质量奖自评报告”两行，标null（@P -），共15个。表格为制表符分隔。'
        '四张结果表跨页断开：第一部分（表题、表头、部分行），然后是分页块，然后是“续表3-1”“表4-1（续）”“续表5-1”“表6-1（续）”，'
        '重复表头后接其余各行，两部分都标条目号。表1-1年份为列并带“2023年目标值”列；表2-1只有2022年、2023年两列，带瓛溱传动和'
        '行业平均列；表3-1、表5-1、表6-1年份为列，带竞争对手、行业平均（2023年）和标杆列；表4-1年份为行，2023年行和'
        '“瓛溱传动（2023年）”“行业平均（2023年）”对比行只在续表中。另有“分别为……”式数列和排名。'
        '刻意缺陷：5.2 创新生态整条缺失（全文没有创意收集、知识管理、创新风险和知识产权管理、产学研或与客户、供方的合作创新、'
        '开放式创新）；“五、持续创新”下只有“（一）研发体系与成果转化”（5.1）和“（二）持续创新的结果”，后者是5.3（序号陷阱）。'
        '2.3 只有2022年和2023年两年（2021年只出现在说明统计口径调整、2021年数据“不予列示”的句子里），有瓛溱传动和行业平均对比'
        '及市场排名。1.3 有2021—2023年三年数据，但只有“2023年目标值”列，没有对手、行业、标杆或排名对比。'
        '不利结果：6.3 谐波减速器出厂一次交检合格率99.2%、99.4%、98.7%，2023年下降，低于瓛溱传动99.1%和行业平均98.9%，'
        '只出现在跨页后的“表6-1（续）”中，正文没有提及或解释；3.3 新开发客户数和营业收入增长率2022年下降（在“续表3-1”中，'
        '正文已解释：二季度华东物流受阻、客户推迟扩产）；4.3 人均产值2022年下降（已解释：惠州基地投产前提前招聘186人）。'
        '5.3 与标杆瑽岳集团的差距在正文中说明（不列为不利结果）。主动离职率、客户退货率、内部质量损失率、订单交付周期越低越好，'
        '下降是有利结果。一段回答1.2的段落（销售合规：廉洁承诺、返利走合同、内审抽查）放在3.2“（二）为客户创造增量价值”末尾'
        '（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

PAGE = re.compile(r'^— (\d+) —\n深圳市璠岦精密传动股份有限公司　市长质量奖自评报告$')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    # no Markdown markers
    if any(b['line'].startswith('#') for b in blocks):
        problems.append('a line starts with #')
    # page furniture: numbered 1..n in order, labelled null, never inside the front matter
    pages = [int(PAGE.match(b['line']).group(1)) for b in body if b['clause'] is None and PAGE.match(b['line'])]
    if pages != list(range(1, len(pages) + 1)) or len(pages) < 10:
        problems.append('page furniture not numbered 1..n: %s' % pages)
    # split tables: part 1, page block, continuation with the same clause and the same header row
    splits = []
    for i, b in enumerate(blocks):
        if b['type'] != 'table':
            continue
        cap = b['line'].split('\n')[0]
        m = re.match(r'续表(\d+-\d+)$|表(\d+-\d+)（续）$', cap)
        if not m:
            continue
        num = m.group(1) or m.group(2)
        page, first = blocks[i - 1], blocks[i - 2]
        if not (page['clause'] is None and PAGE.match(page['line'])):
            problems.append('continuation %s not preceded by a page block' % num)
        if not (first['type'] == 'table' and first['line'].startswith('表' + num + ' ')
                and first['clause'] == b['clause'] and b['clause'] is not None
                and first['line'].split('\n')[1] == b['line'].split('\n')[1]):
            problems.append('continuation %s does not continue its table' % num)
        splits.append((num, b['clause']))
    if len(splits) < 3:
        problems.append('fewer than three split tables: %s' % splits)
    # 2.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '2.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('2.3 mentions an earlier year: ' + sent[:40])
    # 1.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '1.3' and re.search('瓛溱|珅岈|瑽岳', b['line']):
            problems.append('1.3 names a competitor or benchmark')
    # 6.3: the drop of 一次交检合格率 is only in the continuation table, never in the text
    for b in body:
        if b['clause'] == '6.3' and '交检' in b['line'] and (
            b['type'] == 'text' or not b['line'].startswith('表6-1（续）')
        ):
            problems.append('6.3 一次交检合格率 outside the continuation table')
    # ordinal trap: under 五、 the item headings are （一）= 5.1 and （二）= 5.3
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('五、'))
    if not (heads[idx + 1]['line'].startswith('（一）') and heads[idx + 1]['clause'] == '5.1'
            and heads[idx + 2]['line'].startswith('（二）') and heads[idx + 2]['clause'] == '5.3'
            and heads[idx + 3]['line'].startswith('六、')):
        problems.append('ordinal trap under 五、 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
