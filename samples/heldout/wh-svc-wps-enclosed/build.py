#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-wps-enclosed from source.txt.

A Wuhan municipal state-owned urban parking and traffic-services operator, 武汉漖埒静态交通运营有限公司 (made up;
its parent 武汉瑀城交通投资集团, its peers 长沙澫垌停车集团有限公司 and 郑州淓埭城市停车有限公司, its benchmark
杭州璕浥城市停车集团, the survey firm 武汉瑍岑调研咨询有限公司 (瑍岑调研), the 中部城市停车服务联席会 and the
“埒泊通” platform are made up too; 1,087 staff), written by its 综合办公室 in a plain general-office voice.

Layout: TEXT EXPORTED FROM WPS, AUTOMATIC NUMBERING TURNED INTO UNICODE ENCLOSED CHARACTERS.
- Plain text (no ``#``). Two title lines (level 0), a cover block and an 编制说明 (front matter, ``@P -``);
  back matter one 附件 line (``@P -``).
- Chapters ``第一部分 组织环境`` (= 5.1) … ``第七部分 质量提升`` (= 5.7), level 1.
- Items numbered with parenthesized ideographs ``㈠ 引领发展`` ``㈡有效治理`` ``㈢ 领导作用的结果``
  (U+3220…), restarting in every chapter (level 2); the profile has ``㈠ 组织概况`` … ``㈣ 改进系统`` (5.1).
  Wuhan's 5.x.1 概述 is not written, so ``㈠`` is 5.x.2. Three items use ordinary ``（三）`` / ``（二）``
  instead (5.3.4, 5.4.3, 5.7.3), one has no space after the ordinal (``㈡有效治理``).
- The writer's sub-heads inside items as ``⑴ …`` lines (U+2474…; level 3, labelled with the item) in 5.2.2,
  5.5.2 and 5.7.3; points as ``①…②…`` run-ins inside paragraphs.
- Results: tables with years as columns and ``澫垌停车（2023年）`` / ``行业平均（2023年）`` /
  ``璕浥停车（标杆，2023年）`` / ``淓埭停车（2023年）`` columns, 表5-1 with years as rows and peer /
  行业平均 rows, prose series, rankings in the 联席会, a narrowing gap to the benchmark.

Planted defects:
- 5.6.3 创新实践 missing everywhere (no innovation plans, idea collection, implementation or monitoring of
  innovation work, no IP or knowledge management). ``第六部分 创新驱动`` has ``㈠ 创新系统`` (5.6.2) and
  ``㈡ 创新驱动的结果`` = 5.6.4 (ordinal trap: ㈡ would be 5.6.3).
- 5.2.4 has 2022-2023 only (表2-1 and prose); 2021 appears only in the sentence saying the figures before the
  2022 merger are not comparable and are 不予列示. It has 澫垌停车 / 行业平均 columns and a 联席会 ranking.
- 5.4.4 has 2021-2023 but only a ``2023年目标值`` column (no competitor, industry, benchmark or ranking).
- 5.3.4 路内泊位日均周转率 4.6 -> 4.8 -> 4.3, below 澫垌停车 4.7 and 行业平均 4.5, only in 表3-1
  (unexplained); 5.5.4 一线员工流失率 (2022) and 5.7.4 停车场设备完好率 (2022) are explained.
- One 5.5.3 paragraph (“泊心驿站”: rest points and care for outdoor staff) sits at the end of 5.7.3's
  ``（二）服务质量`` (under its sub-head ``⑶ 检查与改进``) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-wps-enclosed/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (10000, 14000),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.2.4'],
    'results_lacking_comparison': ['5.4.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.4.4'],
    # 5.6.3 创新实践 must be absent everywhere: no innovation plans, no collecting or screening of ideas,
    # no running, tracking or monitoring of innovation work, no IP protection or knowledge management.
    'forbidden_words': ['创新计划', '创新行动计划', '创新项目', '创意', '金点子', '点子', '立项', '结题',
                        '里程碑', '知识管理', '知识库', '知识共享', '经验库', '案例库', '成果转化',
                        '成果推广', '专利申报', '知识产权', '创新监测', '创新台账', '孵化', '试点', '揭榜',
                        '课题评审', '建议征集', '合理化建议'],
    'unfavourable_results': [
        {'clause': '5.3.4',
         'indicator': '路内泊位日均周转率（4.6次→4.8次→4.3次，2023年下降，低于澫垌停车4.7次和行业平均4.5次；'
                      '只在表3-1中）',
         'explained': False},
        {'clause': '5.5.4', 'indicator': '一线员工流失率（2022年由8.7%升至11.9%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '停车场设备完好率（2022年由98.6%降至97.2%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市属国有城市停车和交通服务运营企业（武汉漖埒静态交通运营有限公司不存在；母公司武汉瑀城交通投资集团、'
        '同行长沙澫垌停车集团有限公司和郑州淓埭城市停车有限公司、标杆杭州璕浥城市停车集团、调查机构武汉瑍岑调研咨询有限公司（瑍岑调研）、'
        '中部城市停车服务联席会和“埒泊通”平台均为虚构，人名、数字和奖项都是编的），员工1,087人。综合办公室执笔，平实的综合办口吻。'
        '版式是本样本的重点：从WPS导出的纯文本，自动编号变成了Unicode带圈/带括号字符。无“#”；两行标题（level 0），封面信息块和'
        '一段“编制说明”（@P -），文末一行“附件：证实性材料目录”（@P -）。章标题“第一部分 组织环境”（=5.1）…“第七部分 质量提升”（=5.7）'
        '（level 1）；条目用带括号的汉字编号“㈠ 引领发展”“㈡有效治理”“㈢ 领导作用的结果”（U+3220起），每章重新起号（level 2）；'
        '组织环境下是“㈠ 组织概况”…“㈣ 改进系统”（标5.1）。武汉标准的5.x.1概述不写，所以“㈠”是5.x.2。三个条目用普通字符'
        '“（三）战略发展的结果”“（二）品牌管理”“（二）服务质量”，一个编号后没有空格。条目内作者自己的小标题是“⑴ ……”行'
        '（U+2474起，level 3，标所属条目，见5.2.2、5.5.2、5.7.3），要点用段内“①……②……”。结果有以年份为列的表'
        '（“澫垌停车（2023年）”“行业平均（2023年）”“璕浥停车（标杆，2023年）”“淓埭停车（2023年）”列）、以年份为行的表5-1'
        '（同行和行业平均行）、文字数列、联席会排名和与标杆差距逐年缩小。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创新计划、创意收集、创新活动的实施和监测、知识产权或知识管理）；'
        '“第六部分 创新驱动”下只有“㈠ 创新系统”（5.6.2）和“㈡ 创新驱动的结果”（=5.6.4，序号陷阱：㈡本应是5.6.3）。'
        '5.2.4 只有2022年和2023年两年（表2-1和正文），2021年只出现在说明2022年合并三家停车场公司后口径改变、此前数据不可比、'
        '“不予列示”的句子里；有澫垌停车和行业平均列以及联席会排名。5.4.4 有2021—2023年三年数据，但只有“2023年目标值”列，'
        '没有同行、行业、标杆或排名对比。不利结果：5.3.4 路内泊位日均周转率4.6、4.8、4.3次，2023年下降，低于澫垌停车4.7次和'
        '行业平均4.5次，只出现在表3-1中，正文没有提及或解释；5.5.4 一线员工流失率2022年上升（已解释：收费岗改巡查岗、'
        '部分年龄较大员工不愿转岗或不适应智能终端）；5.7.4 停车场设备完好率2022年下降（已解释：新并入场站设备老化）。'
        '一段回答5.5.3员工支持（“泊心驿站”、送清凉送温暖）的段落放在5.7.3“（二）服务质量”的“⑶ 检查与改进”之下（misplaced）。'
        '其他：收费差错率、万次停车投诉量、工伤事故率、出口通行时间、拖移到场时间、资产负债率下降是有利结果；'
        '5.7.4 与璕浥停车的差距逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

ENCLOSED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'
ORDINARY = '一二三四五六七八九十'
PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    for b in blocks:
        if any(line.startswith('#') for line in b['line'].split('\n')):
            problems.append('line starting with #: ' + b['line'][:20])
    # chapters 第一部分 … 第七部分 = 5.1 … 5.7 by position
    chapters = [b for b in blocks if b['type'] == 'heading' and b['level'] == 1]
    for k, h in enumerate(chapters):
        if not h['line'].startswith('第%s部分' % ORDINARY[k]) or h['clause'] != '5.%d' % (k + 1):
            problems.append('chapter heading wrong: ' + h['line'])
    # items: ordinal by position inside each chapter, restarting; enclosed ㈠ or ordinary （一）
    pos, ordinary = 0, 0
    for b in blocks:
        if b['type'] != 'heading':
            continue
        if b['level'] == 1:
            pos = 0
        elif b['level'] == 2:
            m = re.match(r'([㈠-㈩])|（([一二三四五六七八九十])）', b['line'])
            if not m:
                problems.append('item heading without ordinal: ' + b['line'])
                continue
            idx = ENCLOSED.index(m.group(1)) if m.group(1) else ORDINARY.index(m.group(2))
            ordinary += bool(m.group(2))
            if idx != pos:
                problems.append('item ordinal not by position: ' + b['line'])
            pos += 1
        elif b['level'] == 3 and b['line'][0] not in PAREN:
            problems.append('sub-head without ⑴: ' + b['line'])
    if ordinary != 3:
        problems.append('expected 3 ordinary （x） item headings, got %d' % ordinary)
    # ordinal trap: 第六部分 has ㈠ = 5.6.2 and ㈡ = 5.6.4
    heads = [b for b in blocks if b['type'] == 'heading']
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('第六部分'))
    if not (heads[i + 1]['clause'] == '5.6.2' and heads[i + 2]['line'].startswith('㈡')
            and heads[i + 2]['clause'] == '5.6.4' and heads[i + 3]['line'].startswith('第七部分')):
        problems.append('ordinal trap under 第六部分 not as planned')
    body = [b for b in blocks if b['type'] != 'heading']
    if sum('①' in b['line'] for b in body) < 5:
        problems.append('fewer than 5 paragraphs with ① run-ins')
    # 5.2.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.2.4':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('5.2.4 mentions an earlier year: ' + sent[:40])
    # 5.3.4: the 2023 drop of 周转率 appears only in the table
    for b in body:
        if b['clause'] == '5.3.4' and b['type'] == 'text' and '周转' in b['line']:
            problems.append('5.3.4 text mentions 周转率')
    # 5.4.4: no peer, benchmark or 联席会 names
    for b in body:
        if b['clause'] == '5.4.4' and re.search('澫垌|淓埭|璕浥|联席会', b['line']):
            problems.append('5.4.4 names a peer, benchmark or the 联席会')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
