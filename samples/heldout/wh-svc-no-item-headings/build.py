#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-no-item-headings from source.txt.

A Wuhan private property-management company serving hospitals and office parks, 武汉璵澊物业服务有限公司
(made up; 2,614 staff, 58 projects: 24 hospitals and 34 office parks / office buildings, 641万平方米; its
competitors 武汉瑐漎物业管理有限公司 and 湖北璄滮后勤服务集团有限公司, its benchmark 上海瑏潿医院后勤管理集团, the
survey firm 武汉岞浭市场调查有限公司, the 汉江医院后勤服务协作会 and the founder 段承岳 are made up too), written
by its 综合管理部 in a plain, compact small-applicant voice.

Layout: CATEGORY HEADINGS ONLY, NO ITEM HEADINGS.
- Markdown. A ``#`` title line (level 0), a cover block and an 编写说明 paragraph (front matter, ``@P -``).
- The only headings below the title are the seven category headings ``## 一、组织环境`` … ``## 七、质量提升``
  (level 1, labelled 5.1 … 5.7) and the back-matter heading ``## 结语`` (null). No ``###`` and no other
  heading anywhere: the profile (5.1) has no sub-heads either.
- Inside a category the items follow one another as plain paragraphs in the standard's order. The writer
  signals an item only sometimes, with a run-in phrase at the start of a paragraph: ``（一）引领发展方面：``,
  ``（二）治理方面：``, ``（三）领导作用的结果：`` (5.2), ``在战略制定方面，`` (5.3.2), ``关于顾客，`` (5.4.2),
  ``员工管理上，`` / ``在员工赋能方面，`` (5.5), ``（一）创新体系。`` / ``（二）创新成效。`` (5.6), ``运营方面，`` /
  ``服务质量上，`` (5.7); most paragraphs simply move on to the next topic. A one-paragraph intro under
  ``七、质量提升`` (= 5.7).
- Results: 表2-1 / 表7-1 years as columns with ``瑐漎物业（2023年）`` / ``璄滮后勤（2023年）`` /
  ``行业平均（2023年）`` (and ``瑏潿集团（标杆，2023年）``) columns; 表4-1 years as rows with competitor, 行业平均
  and benchmark rows; 5.6.4 as ``- `` bullet paragraphs with prose series; rankings in 5.2.4, 5.3.4, 5.4.4,
  5.7.4.

Planted defects:
- 5.6.3 创新实践 missing everywhere (no innovation plans, projects, idea collection, implementation,
  monitoring, knowledge management or conversion of results). ``六、创新驱动`` has ``（一）创新体系。``
  (5.6.2) and then ``（二）创新成效。``, which is 5.6.4 (ordinal trap: （二） is the missing item's position).
- 5.3.4 has 2022-2023 only (表3-1); 2021 appears only in the sentence saying the strategic KPIs were
  re-based in 2022 and the older data are ``不再列示``. It has 瑐漎物业 / 璄滮后勤 / 行业平均 columns and a ranking.
- 5.5.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no comparison).
- 5.4.4 园区客户满意度 89.1 -> 89.6 -> 87.8, below 瑐漎物业 88.9 and 行业平均 88.3, only in 表4-1
  (unexplained); 5.2.4 净利润率 (2022) and 5.7.4 工单按时完成率 (2022) are explained.
- One 5.5.2 paragraph (职业暴露防护、职业健康体检、防暑) sits in ``七、质量提升`` after the 5.7.2 paragraphs
  (misplaced, under the category heading 5.7).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-no-item-headings/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form's 3,000 字 is not in the labels)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.6.3 创新实践 must be absent everywhere: no innovation plans or projects, no collecting of ideas,
    # no implementation, monitoring or adjustment of innovation work, no knowledge management, no patent
    # filing or conversion of results.
    'forbidden_words': ['创新计划', '创新行动', '创新项目', '创新实践', '立项', '创意', '点子', '知识管理',
                        '知识库', '知识共享', '经验库', '案例库', '成果转化', '转化应用', '专利申请', '专利申报',
                        '申报专利', '知识产权保护', '创新监测', '创新进度', '孵化', '揭榜', '课题', '里程碑',
                        '试点', '先行先试'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '园区客户满意度（89.1→89.6→87.8分，2023年下降，低于瑐漎物业88.9分和行业平均88.3分；只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由6.1%降至4.9%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '工单按时完成率（2022年由97.6%降至96.1%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类，虚构的武汉民营物业服务企业（武汉璵澊物业服务有限公司不存在；竞争对手武汉瑐漎物业管理有限公司和'
        '湖北璄滮后勤服务集团有限公司、标杆上海瑏潿医院后勤管理集团、调查机构武汉岞浭市场调查有限公司、汉江医院后勤服务协作会、'
        '创始人段承岳均为虚构，数字和奖项都是编的），2023年末员工2,614人，在管医院24个、办公园区和写字楼34个，'
        '在管面积641万平方米。综合管理部执笔，朴素、简练的小企业口吻。版式是本样本的重点：只有部分（category）标题，'
        '没有条目标题。Markdown；“#”标题（level 0）、封面信息块和“编写说明”（@P -）；正文只有“## 一、组织环境”…'
        '“## 七、质量提升”七个部分标题（level 1，标5.1…5.7）和文末“## 结语”（clause为null），没有“###”或其他任何下级标题，'
        '组织环境也不设小标题。每个部分内各条目按准则顺序以普通段落依次写出，只有少数段落以句首引导语提示条目：'
        '“（一）引领发展方面：”“（二）治理方面：”“（三）领导作用的结果：”（5.2）、“在战略制定方面，”（5.3.2）、'
        '“关于顾客，”（5.4.2）、“员工管理上，”“在员工赋能方面，”（5.5）、“（一）创新体系。”“（二）创新成效。”（5.6）、'
        '“运营方面，”“服务质量上，”（5.7），多数段落直接转入下一个话题。“七、质量提升”下有一段引言，标5.7。'
        '结果：表2-1、表7-1年份为列，带“瑐漎物业（2023年）”“璄滮后勤（2023年）”“行业平均（2023年）”列（表7-1另有'
        '“瑏潿集团（标杆，2023年）”列）；表4-1年份为行，带对手、行业平均和标杆行；5.6.4用“- ”开头的条目段落写数列；'
        '5.2.4、5.3.4、5.4.4、5.7.4有排名。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创新计划或项目、创意收集、创新实施、监测和调整、知识管理、专利申报和成果转化），'
        '“六、创新驱动”下“（一）创新体系。”是5.6.2，随后“（二）创新成效。”是5.6.4（序号陷阱：（二）是缺失条目的位置）。'
        '5.3.4 只有2022年和2023年两年（表3-1；2021年只出现在说明2022年起按新规划口径统计、此前数据“不再列示”的句子里），'
        '有瑐漎物业、璄滮后勤、行业平均对比列和排名。5.5.4 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，'
        '没有对手、行业、标杆或排名对比。不利结果：5.4.4 园区客户满意度89.1、89.6、87.8分，2023年下降，低于瑐漎物业88.9分和'
        '行业平均88.3分，只出现在表4-1中，正文没有提及或解释；5.2.4 净利润率2022年下降（已解释：医院封闭管理期间增派人员、'
        '防护和住宿支出增加而合同价格未调整）；5.7.4 工单按时完成率2022年下降（已解释：新接管6家医院集中报修、工程人员被封闭在院区）。'
        '一段回答5.5.2（职业暴露防护、职业健康体检、防暑）的段落放在“七、质量提升”中5.7.2段落之后（misplaced，所在标题为5.7）。'
        '其他结果：流失率、投诉率、响应时间、差错率、工伤发生率、应收账款周转天数越低越好，下降是有利结果；'
        '与瑏潿集团（标杆）的差距不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CATEGORIES = ['## 一、组织环境', '## 二、领导作用', '## 三、战略发展', '## 四、品牌影响', '## 五、员工契合',
              '## 六、创新驱动', '## 七、质量提升']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # the layout: a # title, the seven category headings (5.1 … 5.7) and ## 结语, nothing else
    want = ['# '] + CATEGORIES + ['## 结语']
    got = [h['line'] for h in heads]
    if len(got) != len(want) or not all(g.startswith(w) for g, w in zip(got, want)):
        problems.append('headings are not exactly title + seven categories + 结语: %s' % got)
    for h, c in zip(heads[1:8], ALL[0:1] + ['5.2', '5.3', '5.4', '5.5', '5.6', '5.7']):
        if h['clause'] != c:
            problems.append('category heading %s not labelled %s' % (h['line'], c))
    if any(h['line'].startswith('###') for h in heads):
        problems.append('item heading found')
    # run-in phrases: some, not most, paragraphs of process/result items open with one
    runin = re.compile(r'^(（[一二三]）|在\S{2,6}方面，|关于\S{2,4}，|\S{2,4}上，|运营方面，)')
    items = [b for b in body if b['type'] == 'text' and b['clause'] and b['clause'].count('.') == 2]
    n_runin = sum(1 for b in items if runin.match(b['line']))
    if not (8 <= n_runin <= len(items) // 2):
        problems.append('run-in paragraphs: %d of %d' % (n_runin, len(items)))
    # every item has 1-4 text paragraphs (bullets of 5.6.4 counted as one list)
    for c in ALL:
        if c.count('.') == 2 and not c.endswith('.1') and c != '5.6.3':
            n = sum(1 for b in items if b['clause'] == c and not b['line'].startswith('- ')
                    and not b.get('misplaced_under'))
            if not 1 <= n <= 4:
                problems.append('%s has %d paragraphs' % (c, n))
    # 5.3.4: no year before 2022 except in the 不再列示 sentence
    for b in body:
        if b['clause'] == '5.3.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.3.4 mentions an earlier year: ' + sent[:40])
    # 5.5.4: no competitor, benchmark or 协作会
    for b in body:
        if b['clause'] == '5.5.4' and re.search('瑐漎|璄滮|瑏潿|协作会|岞浭', b['line']):
            problems.append('5.5.4 names a competitor, benchmark or the 协作会')
    # 5.4.4: the 2023 drop of 园区客户满意度 appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and re.search('园区客户满意|园区满意', b['line']):
            problems.append('5.4.4 text mentions 园区客户满意度')
    # ordinal trap under 六、: （一） is 5.6.2, （二） is 5.6.4
    i6 = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('## 六、'))
    sec = []
    for b in blocks[i6 + 1:]:
        if b['type'] == 'heading':
            break
        sec.append(b)
    o1 = [b for b in sec if b['line'].startswith('（一）')]
    o2 = [b for b in sec if b['line'].startswith('（二）')]
    if not (len(o1) == 1 and o1[0]['clause'] == '5.6.2' and len(o2) == 1 and o2[0]['clause'] == '5.6.4'
            and sec[0] is o1[0]):
        problems.append('ordinal trap under 六、 not as planned')
    # the misplaced paragraph: 5.5.2 under 七、 (5.7)
    mis = [b for b in blocks if b.get('misplaced_under')]
    if len(mis) != 1 or mis[0]['clause'] != '5.5.2' or mis[0]['misplaced_under'] != '5.7':
        problems.append('misplaced paragraph not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
