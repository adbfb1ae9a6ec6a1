#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-sentence-headings from source.txt.

A Shenzhen district-owned public-transport and community-shuttle operator, 深圳市珖埕区公共交通集团有限公司
(珖埕公交; made up, like 珖埕区 and its 国有资产监督管理局, the shuttle brand 埕邻巴士 / 埕邻约车, its peers
深圳市琞湳巴士有限公司 and 深圳市洤屿公共交通有限公司, its benchmark 厦门市琷澜公交集团 and the survey firm
深圳市昚瞻社会调查有限公司; 2,046 staff, 1,126 electric buses and 146 community minibuses), written by its
党群工作部 and 综合办公室 in a formal voice that turns headings into slogans and whole sentences.

Layout: HEADINGS THAT ARE WHOLE SENTENCES WITH PUNCTUATION.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a ``写在前面：`` paragraph (front matter,
  ``@P -``).
- Profile ``单位简介：一辆车、一条线、一张网，我们与珖埕一起成长。`` (= 0, level 1) with two question
  sub-headings ``（一）我们从哪里来，今天又是什么样子？`` / ``（二）站在新的起点上，我们面对哪些机遇和挑战？``
  (level 2, labelled 0).
- Categories ``一、高标准定位：坚持人民公交为人民。`` / ``二、高质量运行：让每一趟车都准时、安全、有温度！`` /
  ``三、高绩效结果：用实打实的数据回答“乘客满不满意”这道必答题。`` (level 1), an intro under 一、 (= 1) and
  三、 (= 3).
- Items ``（一）领导力——以上率下，把方向、管大局、保落实。`` (level 2): the standard's item title, an em-dash and
  a slogan sentence ending with 。 or ！.
- Leaves ``1.``/``2.`` restarting under every item (level 3), whole sentences with commas, colons, 、 and
  quotation marks: five end with ？ or contain one (``1.确定方向：我们为什么出发，又要去向哪里？``,
  ``1.新点子从哪里来？从难题里来，从乘客的抱怨里来。``), six end with 。, one with ！, three have no final
  punctuation (``2.体系建设：一套标准管到每一个车厢``). Six carry the standard's title before a colon
  (确定方向, 保障机制, 体系建设, 过程优化, 领导力结果, 服务水平); nine are in the company's own words
  (``2.带出一支“车轮上的铁军”。`` = 1.1.2, ``1.线路怎么开、站点怎么设，先听乘客怎么说。`` = 2.1.1,
  ``1.年度目标层层分解、月月考核，千斤重担人人挑。`` = 2.2.1, ``2.好点子怎样变成好服务、好标准？`` = 2.3.2,
  ``2.“十四五”规划的账本，我们一年一年算清楚。`` = 3.1.2, ``2.乘客说好，才是真的好！`` = 3.2.2,
  ``1.这三年，我们拿出了哪些新东西？`` = 3.3.1, ``2.别人学得去、用得好，才算真正的示范。`` = 3.3.2 …).
- Body paragraphs are ordinary prose (``一是……二是……`` inside sentences).
- Results: 表3-1 years as columns with a ``2023年目标值`` column only (3.1.1); 表3-2 years as ROWS with
  ``琞湳巴士（2023年）`` and ``全市公交行业平均（2023年）`` rows (3.1.2); 表3-3 years as columns with
  ``琞湳巴士（2023年） | 行业平均（2023年） | 琷澜公交（标杆，2023年）`` columns (3.2.1); 表3-4 2022/2023 with
  peer and benchmark columns (3.3.2); prose series and rankings (3.2.1, 3.2.2, 3.3.1).
- Back matter: ``结束语：初心如磐，笃行不怠。`` (heading, clause null) and its paragraph (``@P -``).

Planted defects:
- 1.2.1 对标定位 missing everywhere (no benchmark research for positioning, no drawing-up of a development plan,
  no roadmap / timetable / project list, no monitoring, evaluation or adjustment of a plan). ``（二）规划定位——…``
  holds only ``1.保障机制：权力有边界，资源有保障，风险有预案。``, which is 1.2.2 (number trap: its ``1.`` is the
  missing leaf's number). The 3.1.2 result mentions the “十四五”规划 targets; that is not a 1.2.1 answer.
- 3.3.2 has 2022-2023 only (表3-4 and prose); 2021 appears only in the sentence saying that exchanges and
  outputs were registered centrally from 2022 and the earlier figures ``不再列示``. It has 琞湳巴士 / 琷澜公交
  comparisons.
- 3.1.1 has 2021-2023 but only a ``2023年目标值`` column, 区国资局考核等次 and ratings (no peer, industry,
  benchmark or ranking).
- 3.2.1 埕邻约车预约按时接驳率 96.4 -> 96.9 -> 94.6%, below 琞湳巴士 95.8 and 行业平均 95.2, only in 表3-3
  (unexplained); 3.1.2 客运量 / 营运收入 / 单车日均载客 (2022) and 3.2.2 乘客满意度 (2022) explained.
- One 1.1.2 paragraph (司机之家, 心理疏导, 体检, 子女托管) sits at the end of ``2.过程优化：…`` (2.2.2)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-sentence-headings/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

STANDARD_TITLES = {
    '1.1.1': '确定方向', '1.1.2': '团队建设', '1.2.1': '对标定位', '1.2.2': '保障机制',
    '2.1.1': '服务设计', '2.1.2': '体系建设', '2.2.1': '量化管理', '2.2.2': '过程优化',
    '2.3.1': '创新策划', '2.3.2': '创新实施', '3.1.1': '领导力结果', '3.1.2': '规划达成结果',
    '3.2.1': '服务水平', '3.2.2': '顾客/公众满意', '3.3.1': '创新成果', '3.3.2': '示范效应',
}

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['1.2.1'],
    'results_lacking_three_years': ['3.3.2'],
    'results_lacking_comparison': ['3.1.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.1.1'],
    # 1.2.1 对标定位 must be absent everywhere: no benchmark research to fix the company's position, no drawing-up
    # of long- or short-term plans, no roadmap, timetable or project list, no monitoring, evaluation or adjustment
    # of a plan's implementation.
    'forbidden_words': ['对标', '标杆研究', '标杆学习', '定位', '路线图', '时间表', '项目清单', '任务清单',
                        '制定规划', '规划制定', '编制规划', '规划编制', '规划纲要', '修编', '中期评估',
                        '动态调整', '滚动', '调整规划', '规划调整', '长短期', '中长期', '长期发展', '发展规划',
                        '战略', 'SWOT', '专家论证', '人大', '政协', '规划实施', '实施规划', '分解规划',
                        '规划分解', '规划目标分解', '形势研判'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '埕邻约车预约按时接驳率（96.4%→96.9%→94.6%，2023年下降，低于琞湳巴士95.8%和行业平均95.2%；'
                      '只在表3-3中）',
         'explained': False},
        {'clause': '3.1.2', 'indicator': '客运量、营运收入、单车日均载客（2022年由13,620万人次、3.12亿元、331人次降至'
                                         '11,840万人次、2.74亿元、288人次）', 'explained': True},
        {'clause': '3.2.2', 'indicator': '乘客满意度（2022年由88.6分降至87.9分）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市区属国有公交和社区巴士运营企业（深圳市珖埕区公共交通集团有限公司不存在；珖埕区及其国资局、'
        '社区巴士品牌“埕邻巴士”“埕邻约车”、同行深圳市琞湳巴士有限公司和深圳市洤屿公共交通有限公司、学习标杆厦门市琷澜公交集团、'
        '调查机构深圳市昚瞻社会调查有限公司均为虚构，人名、数字和荣誉都是编的），员工2,046人，纯电动公交车1,126辆、社区小巴146辆。'
        '党群工作部和综合办公室执笔，正式的国企宣传口吻，标题写成口号和完整的句子。'
        '版式是本样本的重点：标题是带标点的整句。纯文本，没有#；两行标题（level 0）、封面信息块和“写在前面：”段（@P -）；'
        '“单位简介：一辆车、一条线、一张网，我们与珖埕一起成长。”（level 1，标0）下两个问句小标题（level 2，标0）；'
        '类目“一、高标准定位：坚持人民公交为人民。”“二、高质量运行：让每一趟车都准时、安全、有温度！”'
        '“三、高绩效结果：用实打实的数据回答‘乘客满不满意’这道必答题。”（level 1），一、和三、下各有一段引言（标1、3）；'
        '条目“（一）领导力——以上率下，把方向、管大局、保落实。”（level 2，准则条目名+破折号+口号句，以。或！结尾）；'
        '评分项“1.”“2.”在每个条目下重新编号（level 3），是带逗号、冒号、顿号、引号的整句：有的以？结尾或含？，有的以。或！结尾，'
        '三个没有句末标点；六个在冒号前带准则原标题（确定方向、保障机制、体系建设、过程优化、领导力结果、服务水平），'
        '九个完全是企业自己的话（如“2.带出一支‘车轮上的铁军’。”=1.1.2，“1.线路怎么开、站点怎么设，先听乘客怎么说。”=2.1.1，'
        '“1.年度目标层层分解、月月考核，千斤重担人人挑。”=2.2.1，“2.乘客说好，才是真的好！”=3.2.2，'
        '“2.别人学得去、用得好，才算真正的示范。”=3.3.2）。正文为普通段落。'
        '结果：表3-1年份为列、只有“2023年目标值”列（3.1.1）；表3-2年份为行，带“琞湳巴士（2023年）”“全市公交行业平均（2023年）”行'
        '（3.1.2）；表3-3年份为列，带“琞湳巴士（2023年）”“行业平均（2023年）”“琷澜公交（标杆，2023年）”列（3.2.1）；'
        '表3-4只有2022、2023年，带同行和标杆列（3.3.2）；另有文字序列和排名（3.2.1、3.2.2、3.3.1）。'
        '文末“结束语：初心如磐，笃行不怠。”标题（clause为null）及其段落是back matter（@P -）。'
        '刻意缺陷：1.2.1 对标定位整条缺失（全文没有为找准定位开展的标杆研究、没有制定长短期发展规划、没有路线图、时间表、'
        '项目清单，也没有对规划实施的监测、评估和调整），“（二）规划定位——……”下只有“1.保障机制：权力有边界，资源有保障，'
        '风险有预案。”，它是1.2.2（序号陷阱：它的“1.”是缺失条款的序号）；3.1.2结果中提到“十四五”规划指标的完成情况，'
        '这不是1.2.1的回答。3.3.2只有2022年和2023年两年（2021年只出现在说明2022年起统一登记、此前口径不全“不再列示”的句子里），'
        '有琞湳巴士和琷澜公交对比。3.1.1有2021—2023年三年数据，但只有“2023年目标值”列、区国资局考核等次和纳税信用等级，'
        '没有同行、行业、标杆或排名对比。不利结果：3.2.1 埕邻约车预约按时接驳率96.4%、96.9%、94.6%，2023年下降，'
        '低于琞湳巴士95.8%和行业平均95.2%，只出现在表3-3中，正文没有提及或解释；3.1.2 客运量、营运收入、单车日均载客2022年下降'
        '（已解释：疫情防控期间46条线路停运或限流、居家办公，地铁延长线分流）；3.2.2 乘客满意度2022年下降0.7分'
        '（已解释：集中调整27条线路，老年乘客不适应）。一段回答1.1.2（司机之家、心理疏导、体检、子女托管）的段落放在2.2.2'
        '“2.过程优化：哪里有堵点，就在哪里下功夫”末尾（misplaced）。'
        '其他：表3-3中车辆完好率、万公里责任事故率、站点覆盖率仍不及标杆琷澜公交，准点率和满意度与琷澜的差距逐年缩小，'
        '3.3.2接待批次少于琷澜（正文已说明），这些与标杆的差距不列为不利结果；万公里责任事故率、每百万人次有效投诉、'
        '百公里运营成本、驾驶员年流失率、候车时间越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('markdown # found')
    # categories: 一、…：…。/！ ; profile and closing headings are sentences too
    l1 = [h for h in heads if h['level'] == 1]
    cats = [(h['line'][:2], h['clause']) for h in l1 if h['clause'] in ('1', '2', '3')]
    if cats != [('一、', '1'), ('二、', '2'), ('三、', '3')]:
        problems.append('category headings not as planned: %s' % cats)
    for h in l1:
        if not (re.search('[。！]$', h['line']) and '：' in h['line']):
            problems.append('level-1 heading not a sentence with ：…。/！: ' + h['line'])
    # items: （n）title——slogan。/！
    for h in heads:
        if h['level'] == 2 and h['clause'] != '0' and not re.match(r'（[一二三]）\S+——\S+[。！]$', h['line']):
            problems.append('item heading not （n）title——slogan。: ' + h['line'])
    # leaves: n.sentence; endings varied; at least 5 in the company's own words
    leaves = [h for h in heads if h['level'] == 3]
    ends = {'？': 0, '。': 0, '！': 0, 'plain': 0}
    own = 0
    for h in leaves:
        if not re.match(r'[12]\.\S', h['line']):
            problems.append('leaf heading not n.sentence: ' + h['line'])
        last = h['line'][-1]
        ends[last if last in ends else 'plain'] += 1
        if not re.search('[，、：？“]', h['line']):
            problems.append('leaf heading has no inner punctuation: ' + h['line'])
        if STANDARD_TITLES[h['clause']] not in h['line']:
            own += 1
    if ends['？'] < 3 or ends['。'] < 3 or ends['plain'] < 2 or ends['！'] < 1:
        problems.append('leaf heading endings not varied as planned: %s' % ends)
    if own < 5:
        problems.append('fewer than 5 leaf titles in own words: %d' % own)
    # number trap: （二）规划定位 → 1. = 1.2.2, then 二、
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('（二）规划定位'))
    if not (heads[idx + 1]['line'].startswith('1.') and heads[idx + 1]['clause'] == '1.2.2'
            and heads[idx + 2]['line'].startswith('二、')):
        problems.append('number trap under （二）规划定位 not as planned')
    # 3.3.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.3.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.3.2 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 drop of 预约按时接驳率 appears only in 表3-3
    for b in body:
        if b['type'] == 'text' and ('接驳率' in b['line'] or '按时接驳' in b['line']):
            problems.append('按时接驳率 mentioned in text (%s)' % b['clause'])
    # 3.1.1: no peer, benchmark, survey-firm or city-wide names
    for b in body:
        if b['clause'] == '3.1.1' and re.search('琞湳|洤屿|琷澜|昚瞻|全市|第[一二三四五六七八九十\\d]+位|第\\d名', b['line']):
            problems.append('3.1.1 names a comparison: ' + b['line'][:30])
    # misplaced paragraph is the last block under 2.2.2
    mis = [i for i, b in enumerate(blocks) if b.get('misplaced_under')]
    if len(mis) != 1 or blocks[mis[0] + 1]['type'] != 'heading' or blocks[mis[0]]['clause'] != '1.1.2':
        problems.append('misplaced 1.1.2 paragraph not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
