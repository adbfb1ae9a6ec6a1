#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-circled-items from source.txt.

A Shenzhen private vocational-skills training and exam-centre operator, 深圳市璘湑职业技能培训有限公司 (made up;
its peers 广州市琭澴职业培训学校有限公司 and 东莞市瑔濛教育科技有限公司, its benchmark 上海瑀滢职业教育集团,
the survey firm 深圳市瀞珂市场调查有限公司 and the 珠三角民办职业培训机构联席会 are made up too; 506 staff),
written by its 教务与质量部 in a problem-oriented voice (内审, 外部审核, 投诉 as the source of every problem).

Layout: AN UNUSUAL BUT CONSISTENT NUMBERING GRAMMAR, AND A PROBLEM-MEASURE-EFFECT PATTERN.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph (front matter, ``@P -``).
- ``企业概况`` (= 0, level 1) with ``（1）基本情况`` / ``（2）发展环境与挑战`` (level 2, = 0).
- Categories ``一、高标准定位`` … ``三、高绩效结果`` (level 1); items (the standard's 1.1, 1.2 …) as circled
  numbers ``① 领导力`` ``② 规划定位`` restarting in every category (level 2); leaves (1.1.1 …) as ``（1）`` ``（2）``
  restarting in every item (level 3). So ① sits ABOVE （1）, the reverse of the usual order, consistently.
- Every process leaf holds three run-in paragraphs opening ``存在问题：`` ``改进措施：`` ``取得成效：`` (labelled with
  the leaf); some ``取得成效：`` paragraphs give a figure or two. Intros under ``一、`` (= 1) and ``三、`` (= 3).
- Results: 表3-1/3-2/3-3 with years as columns and peer / ``行业平均（2023年）`` columns, 表3-4 with years as rows,
  表3-5 with ``2023年目标值`` / ``2025年规划目标`` columns, prose series, rankings (联席会 综合评价 第2位, 评选 第1位),
  ``——`` bullets in 3.3.2, a narrowing gap to the benchmark 瑀滢职教.

Planted defects:
- 2.3.1 创新策划 missing everywhere (no identification of innovation opportunities, no innovation direction or
  targets from benchmarking, no innovation plan, no feasibility review, no innovation incentive mechanism).
  ``③ 创新`` has only ``（1）创新实施``, which is 2.3.2 (ordinal trap).
- 3.1.1 has 2022-2023 only (表3-1, with 琭澴职培 / 行业平均 columns and a ranking); 2021 appears only in the sentence
  saying the indicators were collected by 瀞珂调查 on a new scale from 2022 and are not shown (不再列示).
- 3.3.1 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- 3.2.1 计划开班准时率 98.7 -> 99.1 -> 97.9, below 琭澴职培 98.6 and 行业平均 98.2, only in 表3-3 (unexplained);
  3.1.2 营业收入 / 净利润 / 销售净利率 / 结业人次 (2022) and 3.2.2 学员满意度 (2022) are explained.
- One 1.2.1 paragraph (五年规划中期评估和调整) sits at the end of ``（2）过程优化`` (2.2.2) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-circled-items/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['2.3.1'],
    'results_lacking_three_years': ['3.1.1'],
    'results_lacking_comparison': ['3.3.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.1'],
    # 2.3.1 创新策划 must be absent everywhere: no innovation opportunities, directions, targets or plans, no
    # feasibility review, no innovation culture, management or incentive mechanism.
    'forbidden_words': ['创新策划', '创新方案', '创新方向', '创新机会', '创新目标', '创新文化', '创新氛围',
                        '创新机制', '创新激励', '创新管理', '创新基金', '可行性', '论证', '立项', '容错',
                        '试错', '金点子', '创意', '创新课题', '创新评审', '新理念'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '计划开班准时率（98.7%→99.1%→97.9%，2023年下降，低于琭澴职培98.6%和行业平均98.2%；只在表3-3中）',
         'explained': False},
        {'clause': '3.1.2',
         'indicator': '营业收入、净利润、销售净利率、培训结业人次、人均营业收入（2022年由2.86亿元、2,980万元、10.4%、'
                      '5.2万人次、60.3万元降至2.41亿元、1,760万元、7.3%、4.6万人次、49.8万元）',
         'explained': True},
        {'clause': '3.2.2', 'indicator': '学员满意度（2022年由88.6分降至86.3分）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳民营职业技能培训与考试服务机构（深圳市璘湑职业技能培训有限公司不存在；'
        '同行广州市琭澴职业培训学校有限公司和东莞市瑔濛教育科技有限公司、标杆上海瑀滢职业教育集团、'
        '调查机构深圳市瀞珂市场调查有限公司、珠三角民办职业培训机构联席会均为虚构，人名、数字和奖项都是编的），员工506人。'
        '教务与质量部执笔，以问题为导向的口吻（每个问题注明来自内审、外部审核、投诉或员工意见）。'
        '版式是本样本的重点：少见但前后一致的编号体系，加上“问题—措施—成效”的写法。纯文本，没有#；两行标题（level 0）、'
        '封面信息块和一段“编写说明”（@P -）；“企业概况”（level 1，标0）下“（1）基本情况”“（2）发展环境与挑战”（level 2，标0）；'
        '类目“一、高标准定位”…“三、高绩效结果”（level 1）；条目（准则的1.1、1.2…）用圈码“① 领导力”“② 规划定位”，'
        '每个类目内从①重新编号（level 2）；评分要点（1.1.1…）用“（1）”“（2）”，每个条目内重新编号（level 3）。'
        '即①在（1）之上，与常见顺序相反，但全文一致。每个过程要点下有三段以“存在问题：”“改进措施：”“取得成效：”开头的段落'
        '（标该要点），部分“取得成效：”段给出一两个数字（不是完整的结果序列）。“一、”和“三、”下各有一段引言，标1和3。'
        '结果：表3-1、3-2、3-3年份为列，带同行和“行业平均（2023年）”列；表3-4年份为行；表3-5只有“2023年目标值”和'
        '“2025年规划目标”列；文字序列、排名（联席会综合评价第2位、示范培训机构评选单项第1位）、3.3.2的“——”条目，'
        '与标杆瑀滢职教的差距逐年缩小（不列为不利结果）。'
        '刻意缺陷：2.3.1 创新策划整条缺失（全文没有识别创新机会、对标确定创新方向和目标、形成创新方案、评估可行性、'
        '创新管理与激励机制），“③ 创新”下只有“（1）创新实施”，它是2.3.2（序号陷阱）。'
        '3.1.1 只有2022年和2023年两年（表3-1，有琭澴职培、行业平均列和排名；2021年只出现在说明2022年起改由瀞珂调查按新量表采集、'
        '此前口径不同“不再列示”的句子里）。3.3.1 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，'
        '没有同行、行业、标杆或排名对比。不利结果：3.2.1 计划开班准时率98.7%、99.1%、97.9%，2023年下降，'
        '低于琭澴职培98.6%和行业平均98.2%，只出现在表3-3中，正文没有提及或解释；3.1.2 营业收入、净利润、销售净利率、'
        '结业人次、人均营业收入2022年下降（已解释：线下实操课停开约11周、两个考点暂停、线上课单价低、未裁减讲师）；'
        '3.2.2 学员满意度2022年下降（已解释：实操课改线上、补课排期拥挤）。'
        '一段回答1.2.1（五年规划中期评估和动态调整）的段落放在2.2.2“（2）过程优化”的末尾（misplaced）。'
        '考务差错率、流失率、投诉量、预算执行偏差率越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CIRCLED = '①②③④⑤⑥⑦⑧⑨'


def extra_checks(blocks):
    """Checks of this folder's numbering grammar, run-in pattern and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # numbering grammar: categories 一、二、三、; items ① … restarting per category; leaves （n） restarting per item
    cat_i = item_i = leaf_i = 0
    in_profile = False
    prof_i = 0
    for b in blocks:
        if b['type'] != 'heading' or b['level'] == 0:
            continue
        line = b['line']
        if b['level'] == 1:
            in_profile = b['clause'] == '0'
            if not in_profile:
                cat_i += 1
                if not line.startswith('一二三'[cat_i - 1] + '、'):
                    problems.append('category heading out of order: ' + line)
            item_i = 0
        elif b['level'] == 2 and in_profile:
            prof_i += 1
            if not line.startswith('（%d）' % prof_i):
                problems.append('profile sub-head out of order: ' + line)
        elif b['level'] == 2:
            item_i += 1
            leaf_i = 0
            if not line.startswith(CIRCLED[item_i - 1] + ' '):
                problems.append('item heading out of order: ' + line)
        elif b['level'] == 3:
            leaf_i += 1
            if not line.startswith('（%d）' % leaf_i):
                problems.append('leaf heading out of order: ' + line)
    # every process leaf: its own paragraphs open 存在问题： 改进措施： 取得成效： (in this order, first three)
    for c in ALL:
        if c.count('.') == 2 and c[0] in '12' and c != '2.3.1':
            paras = [b['line'] for b in body if b['clause'] == c and not b.get('misplaced_under')]
            opens = [p[:5] for p in paras[:3]]
            if opens != ['存在问题：', '改进措施：', '取得成效：']:
                problems.append('process leaf %s lacks the problem-measure-effect run-ins: %s' % (c, opens))
    # 3.1.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.1.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.1.1 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 drop of 计划开班准时率 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and '开班准时' in b['line']:
            problems.append('3.2.1 text mentions 开班准时率')
    # 3.3.1: no peer or benchmark names
    for b in body:
        if b['clause'] == '3.3.1' and re.search('琭澴|瑔濛|瑀滢|联席会', b['line']):
            problems.append('3.3.1 names a peer or benchmark')
    # ordinal trap: the only leaf heading under ③ 创新 is （1） and answers 2.3.2
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('③ 创新') and h['clause'] == '2.3')
    if not (heads[idx + 1]['line'].startswith('（1）') and heads[idx + 1]['clause'] == '2.3.2'
            and heads[idx + 2]['line'].startswith('三、')):
        problems.append('ordinal trap under ③ 创新 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
