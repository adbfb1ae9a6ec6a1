#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-numbers-after-titles from source.txt.

A Shenzhen district public library and cultural centre, 深圳市潓翎区图书馆文化中心 (made up; 公益一类事业单位,
604 staff: 172 事业编制, 263 区聘雇员, 169 外包驻馆人员; it runs the district library's 总分馆 network of 42
branches and 68 self-service kiosks and the district 文化馆). The district 潓翎区, its peer libraries
深圳市漈桐区图书馆 and 深圳市瑢溧区图书馆, its benchmark 苏州市璱湖区图书馆 and the survey firm
深圳市炘汋调查咨询有限公司 are made up too. Written by the 中心办公室 in an earnest office voice
(下面分条汇报, 一是……二是……, 把……管起来).

Layout: CLAUSE NUMBERS WRITTEN AFTER THE HEADING'S TITLE, WITHOUT BRACKETS.
- Plain text, no ``#``. Two title lines (level 0) and a cover block (``@P -``).
- Profile ``单位概况`` (= 0, level 1) with two sub-heads ``基本情况`` / ``形势与挑战`` (level 2, labelled 0).
- Every heading of the body is ``title + separator + number``: ``高标准定位 1`` (level 1), ``领导力 1.1`` (level 2),
  ``确定方向 1.1.1`` (level 3). The separator is one space (most), an ideographic space
  (``带出一支爱书懂人的队伍　1.1.2``, ``运行管理　2.2``, ``高绩效结果　3``, ``经验走出潓翎　3.3.2``), a tab
  (``规划定位<TAB>1.2``, ``把流程一步步理顺<TAB>2.2.2``, ``规划达成结果<TAB>3.1.2``) or a dot leader
  (``对标定位……1.2.1``, ``体系建设……2.1.2``, ``让新办法落地生根……2.3.2``, ``服务水平……3.2.1``).
- Titles are the standard's except six leaves in the centre's own words: ``带出一支爱书懂人的队伍`` = 1.1.2,
  ``让阅读走进每个社区`` = 2.1.1, ``把流程一步步理顺`` = 2.2.2, ``让新办法落地生根`` = 2.3.2,
  ``读者和群众怎么评价我们`` = 3.2.2, ``经验走出潓翎`` = 3.3.2.
- Some headings have a one-sentence run-in paragraph on the next line, labelled with the heading's clause
  (under ``高标准定位 1``, ``领导力 1.1``, ``规划定位 1.2``, ``运行体系 2.1``, ``让阅读走进每个社区 2.1.1``,
  ``运行管理 2.2``, ``创新 2.3``, ``高绩效结果 3`` (data sources), ``高质量运行结果 3.2``).
- Back matter: a heading ``结束语`` (clause null) and one paragraph (``@P -``).
- Results: 表3-1 / 表3-3 / 表3-4 with years as columns and ``漈桐区图书馆（2023年）`` / ``瑢溧区图书馆（2023年）`` /
  ``全市区级馆平均（2023年）`` / ``苏州市璱湖区图书馆（2023年）`` columns; 表3-2 with years as rows and peer / 全市平均 /
  benchmark rows; 表3-5 with a ``全市区级馆排名（2023年）`` column; prose year series; rankings (全市公共文化服务
  考核 第3→2→1位, 满意度 第3/第2/第1位, 技能大赛 第4→2→1名).

Planted defects:
- 2.2.1 量化管理 missing everywhere (no target-responsibility system, no breaking targets down to departments,
  no measuring key indicators, no evaluation of measurements to find improvements, no review of a measurement
  system). No heading carries ``2.2.1``: ``运行管理　2.2`` and its run-in sentence are followed directly by
  ``把流程一步步理顺<TAB>2.2.2`` (the first and only leaf under 2.2: positional trap, its own true number kept).
- 3.3.1 has 2022-2023 only (表3-5 and prose); 2021 appears only in the sentence saying innovation results were
  not registered on one basis before 2022 (``不再列出``). It has 漈桐区 / 瑢溧区 columns, a 全市排名 column and
  rankings.
- 3.3.2 has 2021-2023 but only ``年度目标值`` / ``2023年目标值`` / ``2025年规划目标`` (no peer, average,
  benchmark or ranking).
- 3.2.1 预约图书按时送达率 98.6 -> 98.9 -> 97.8%, below 漈桐区 98.5, 瑢溧区 98.1 and 全市区级馆平均 98.3, only in
  表3-3 (unexplained). 3.1.2 年到馆人次 / 文献外借量 (and the per-capita figures) fell and 单位服务成本 rose in 2022
  (explained: 疫情闭馆47天、限流预约); 3.2.2 线上服务满意度 fell in 2022 (explained: platform migration).
- One 2.1.2 paragraph (社会力量分馆的合作协议、统一标准、联合巡查、评级) sits at the end of
  ``带出一支爱书懂人的队伍　1.1.2`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-numbers-after-titles/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

# the standard's own titles, to count the headings written in the centre's own words
STD_TITLES = {
    '1': '高标准定位', '1.1': '领导力', '1.1.1': '确定方向', '1.1.2': '团队建设', '1.2': '规划定位',
    '1.2.1': '对标定位', '1.2.2': '保障机制', '2': '高质量运行', '2.1': '运行体系', '2.1.1': '服务设计',
    '2.1.2': '体系建设', '2.2': '运行管理', '2.2.1': '量化管理', '2.2.2': '过程优化', '2.3': '创新',
    '2.3.1': '创新策划', '2.3.2': '创新实施', '3': '高绩效结果', '3.1': '高标准定位结果',
    '3.1.1': '领导力结果', '3.1.2': '规划达成结果', '3.2': '高质量运行结果', '3.2.1': '服务水平',
    '3.2.2': '顾客/公众满意', '3.3': '创新与示范结果', '3.3.1': '创新成果', '3.3.2': '示范效应',
}

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['2.2.1'],
    'results_lacking_three_years': ['3.3.1'],
    'results_lacking_comparison': ['3.3.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.2'],
    # 2.2.1 量化管理 must be absent everywhere: no target-responsibility system, no breaking targets down to
    # departments or partners, no measuring of key indicators, no evaluation of measurements to find
    # improvements (internal / peer / benchmark comparison, cause analysis), no review of a measurement system.
    'forbidden_words': ['目标责任', '责任书', '责任状', '责任制', '分解', '考核指标', '指标体系', '测量体系',
                        '测评体系', '绩效考核', '绩效指标', '关键指标', 'KPI', '仪表盘', '驾驶舱', '量化',
                        '改进机会', '因果分析', '目标管理', '绩效管理', '月度通报', '指标监测', '监测指标',
                        '对标分析', '差距分析', '测量结果'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '预约图书按时送达率（98.6%→98.9%→97.8%，2023年下降，低于漈桐区图书馆98.5%、瑢溧区图书馆98.1%'
                      '和全市区级馆平均98.3%；只在表3-3中）',
         'explained': False},
        {'clause': '3.1.2',
         'indicator': '年到馆人次、文献外借量（2022年由721万、498万册次降至583万、463万册次，人均到馆次数和人均外借册次'
                      '随之下降）和单位服务成本（2022年由27.6元升至31.2元）',
         'explained': True},
        {'clause': '3.2.2', 'indicator': '线上服务满意度（2022年由87.5分降至85.9分）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市区级公共图书馆和文化馆运营单位（深圳市潓翎区图书馆文化中心不存在，公益一类事业单位，'
        '在岗604人；潓翎区、同行深圳市漈桐区图书馆和深圳市瑢溧区图书馆、标杆苏州市璱湖区图书馆、调查机构深圳市炘汋调查咨询'
        '有限公司均为虚构，人名、数字和奖项都是编的）。中心办公室执笔，认真、恳切的办公室口吻。'
        '版式是本样本的重点：条款号写在标题文字之后，不加括号。纯文本，没有#；两行标题（level 0）和封面信息块（@P -）；'
        '“单位概况”（level 1，标0）下两个小标题“基本情况”“形势与挑战”（level 2，标0）。正文标题一律是“标题+分隔+编号”：'
        '“高标准定位 1”（level 1）、“领导力 1.1”（level 2）、“确定方向 1.1.1”（level 3）；分隔多数是一个半角空格，'
        '也有全角空格（“带出一支爱书懂人的队伍　1.1.2”“运行管理　2.2”“高绩效结果　3”“经验走出潓翎　3.3.2”）、'
        '制表符（“规划定位”“把流程一步步理顺”“规划达成结果”）和点线（“对标定位……1.2.1”“体系建设……2.1.2”'
        '“让新办法落地生根……2.3.2”“服务水平……3.2.1”）。多数标题用准则原标题，六个叶条款用中心自己的话：'
        '带出一支爱书懂人的队伍=1.1.2、让阅读走进每个社区=2.1.1、把流程一步步理顺=2.2.2、让新办法落地生根=2.3.2、'
        '读者和群众怎么评价我们=3.2.2、经验走出潓翎=3.3.2。部分标题下一行是一句引导语（独立成段，标该标题的条款：'
        '1、1.1、1.2、2.1、2.1.1、2.2、2.3、3（数据来源说明）、3.2）。文末“结束语”标题（clause为null）和一段结束语'
        '（@P -）。结果：表3-1、表3-3、表3-4以年份为列，带“漈桐区图书馆（2023年）”“瑢溧区图书馆（2023年）”'
        '“全市区级馆平均（2023年）”“苏州市璱湖区图书馆（2023年）”列；表3-2以年份为行，带同行、全市平均和标杆行；'
        '表3-5带“全市区级馆排名（2023年）”列；另有正文年份序列和排名（全市公共文化服务考核第3→2→1位、满意度第3/2/1位、'
        '技能大赛第4→2→1名）。'
        '刻意缺陷：2.2.1 量化管理整条缺失（全文没有目标责任制、目标向部门或合作方的逐级落实、关键指标的测量、'
        '对测量结果的评价和改进点识别、测量方法本身的评估）；没有任何标题带“2.2.1”，“运行管理　2.2”及其引导语之后直接是'
        '“把流程一步步理顺	2.2.2”（2.2下唯一的叶条款，编号保持真实，按位置会被误认为2.2.1）。'
        '3.3.1 只有2022年和2023年（表3-5和正文；2021年只出现在说明2022年起才统一登记创新成果、“不再列出”的句子里），'
        '有漈桐区、瑢溧区对比列、全市排名列和排名。3.3.2 有2021—2023年三年数据，但只有“年度目标值”“2023年目标值”'
        '“2025年规划目标”，没有同行、平均、标杆或排名对比。不利结果：3.2.1 预约图书按时送达率98.6%、98.9%、97.8%，'
        '2023年下降，低于漈桐区98.5%、瑢溧区98.1%和全市区级馆平均98.3%，只出现在表3-3中，正文没有提及或解释；'
        '3.1.2 年到馆人次、文献外借量（及人均到馆次数、人均外借册次）2022年下降、单位服务成本上升（已解释：疫情闭馆47天、'
        '限流预约）；3.2.2 线上服务满意度2022年下降（已解释：新平台上线、数据迁移问题）。'
        '一段回答2.1.2（社会力量分馆的合作协议、统一标准、联合巡查和评级）的段落放在“带出一支爱书懂人的队伍　1.1.2”之末'
        '（misplaced）。其他：读者有效投诉、雇员年流失率、新书上架周期、单位服务成本（2023年）越低越好，下降是有利结果；'
        '标杆苏州市璱湖区图书馆多数指标高于中心，暗访测评差距逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

NUMBERED = re.compile(r'^(?P<title>\S.*?)(?P<sep> |\u3000|\t|……)(?P<num>\d(?:\.\d){0,2})$')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    seps, own = set(), []
    for h in heads:
        if '#' in h['line'] or (h['level'] > 0 and re.match(r'^\s*\d', h['line'])):
            problems.append('heading starts with a number or #: ' + h['line'])
        if h['clause'] in (None, '0'):
            if re.search(r'\d(\.\d)*$', h['line']) and h['level'] != 0:
                problems.append('unnumbered heading ends with a number: ' + h['line'])
            continue
        m = NUMBERED.match(h['line'])
        if not m:
            problems.append('heading not "title SEP number": ' + repr(h['line']))
            continue
        if m.group('num') != h['clause']:
            problems.append('heading number %s != clause %s' % (m.group('num'), h['clause']))
        if h['level'] != h['clause'].count('.') + 1:
            problems.append('level of %s' % h['line'])
        seps.add(m.group('sep'))
        if m.group('title') != STD_TITLES[h['clause']]:
            own.append(h['clause'])
    if seps != {' ', '\u3000', '\t', '……'}:
        problems.append('separators used: %r' % sorted(seps))
    if len(own) < 5:
        problems.append('fewer than 5 own titles: %s' % own)
    # the missing leaf: no heading or paragraph carries its number; 2.2 is followed by the 2.2.2 heading
    for b in blocks:
        if '2.2.1' in b['line'] or '量化管理' in b['line']:
            problems.append('2.2.1 or its title appears: ' + b['line'][:30])
    i = next(k for k, h in enumerate(heads) if h['clause'] == '2.2')
    if heads[i + 1]['clause'] != '2.2.2' or not heads[i + 1]['line'].endswith('2.2.2'):
        problems.append('heading after 运行管理 2.2 is not the 2.2.2 heading')
    # 3.3.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.3.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('3.3.1 mentions an earlier year: ' + sent[:40])
            if b['type'] == 'table' and re.search(r'20(1\d|20|21)', b['line']):
                problems.append('3.3.1 table has an earlier year')
    if not any(b['clause'] == '3.3.1' and re.search('漈桐|瑢溧|排名', b['line']) for b in body):
        problems.append('3.3.1 has no comparison')
    # 3.2.1: the 2023 drop of 预约图书按时送达率 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and re.search('送达|预约图书', b['line']):
            problems.append('3.2.1 text mentions 预约图书按时送达率')
    # 3.3.2: no peer, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '3.3.2' and re.search('漈桐|瑢溧|璱湖|炘汋', b['line']):
            problems.append('3.3.2 names a peer or benchmark')
    # the misplaced 2.1.2 paragraph is the last block under the 1.1.2 heading
    i = next(k for k, b in enumerate(blocks) if b['type'] == 'heading' and b['clause'] == '1.1.2')
    j = next(k for k in range(i + 1, len(blocks)) if blocks[k]['type'] == 'heading')
    if blocks[j - 1].get('misplaced_under') != '1.1.2' or blocks[j - 1]['clause'] != '2.1.2':
        problems.append('misplaced 2.1.2 paragraph not at the end of 1.1.2')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
