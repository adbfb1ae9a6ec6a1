#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-point-subheads from source.txt.

A Shenzhen district state-owned public-housing and property-services company, 深圳市珫溎安居集团有限公司
(made up, in the made-up 珫溎区; about 1,400 staff, 41 保障房 estates with 2.86万套 and 52 public-building
properties; its peers 深圳市璲岈安居有限公司 (璲岈安居) and 广州市溓垍住房租赁运营有限公司 (溓垍住房), its
benchmark 苏州瑫沕安居服务集团 (瑫沕安居), the survey firm 深圳市湨璯市场调查有限公司 (湨璯调查) and the
全市安居企业运营联席会 (联席会汇编) are made up too), written by its 品质管理部 in a methodical voice
(what was done, by whom, how often, with one worked example per point).

Layout: EVERY LEAF ANSWERED POINT BY POINT UNDER SUB-HEADINGS THAT PARAPHRASE THE GUIDANCE POINTS.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph (front matter,
  ``@P -``) that says each clause is answered point by point under the department's own sub-headings.
- ``企业简介`` (= 0, level 1) with two sub-heads ``（一）公司基本情况`` / ``（二）发展环境、机遇与挑战``
  (level 2, = 0).
- Categories ``第一部分 高标准定位`` / ``第二部分 高质量运行`` / ``第三部分 高绩效结果`` (level 1);
  items ``一、领导力`` … (level 2, numbering restarting in every 部分); leaves ``（一）确定方向`` …
  (level 3, restarting in every item), mostly the standard's titles, five in the company's words:
  ``（二）带好队伍`` = 1.1.2, ``（一）对标找位与发展规划`` = 1.2.1, ``（一）从租户需要出发设计服务`` = 2.1.1,
  ``（二）租户与公众满意`` = 3.2.2, ``（二）经验输出与带动`` = 3.3.2; ``三、创新驱动`` = 2.3.
- Inside every leaf (except 3.3.2) numbered sub-heads ``1. 使命愿景怎么定`` ``2. 如何传到每位员工和合作方`` …
  (level 4, labelled with the leaf), one per guidance point of the leaf in the standard's order, each
  followed by 1–2 paragraphs; numbering restarts in every leaf. Thin answers (one point skipped, so the
  sub-heads are 1–3): 1.1.2 (three points as in the seed), 1.2.2 (point 4 optimisation not answered),
  2.1.2 (point 3 supervision not answered), 2.3.1 (point 4 adjustment not answered). Result leaves use
  sub-heads for their named points (3.1.1, 3.1.2, 3.3.1) or for aspects of the single point (3.2.1,
  3.2.2); 3.3.2 has plain paragraphs and ``——`` bullets.
- An intro paragraph under ``第三部分`` (= 3) naming the data sources.
- Results: 表3-1 (2022–2023 only) and 表3-3 years as columns with peer / ``行业平均（2023年）`` columns;
  表3-2 years as columns with ``2023年目标值`` and peer / benchmark columns; 表3-4 years as rows with
  peer / 行业平均 / benchmark rows; prose series (``分别为…``, ``依次为…``, ``从…缩短到…、…``);
  ``· `` bullets with per-year figures; rankings (区属企业 第3→第1, 联席会评价 第3→第2, 各区评价
  第4→3→2位, 案例评选 第5→2→1).

Planted defects:
- 2.2.1 量化管理 missing everywhere (no target-responsibility system, no cascading of goals to departments
  or partners, no KPI measurement, no evaluation of measured results to find improvements, no review of the
  measurement system). ``二、运行管理`` holds only ``（一）过程优化``, which is 2.2.2 (ordinal trap: （一）
  is the ordinal 2.2.1 would have had).
- 3.1.1 has 2022-2023 only (表3-1 and the rankings); 2021 appears only in the sentence saying the new
  compliance evaluation and the new survey scale started in 2022 and the older data ``不再列示``. It has
  璲岈安居 / 行业平均 columns and rankings.
- 3.3.1 has 2021-2023 but only 当年目标 and a ``“十四五”规划`` requirement (no comparison).
- Unfavourable: 3.2.1 保障房空置房源平均周转天数 26 -> 24 -> 31 (lower is better; 2023 worse than both
  peers and 行业平均 28), only in 表3-3 (unexplained); 3.1.2 净利润 / 净利润率 (2022, rent relief and
  epidemic costs) and 3.2.2 保障房租户满意度 (2022, estate renovation works and lockdown deliveries)
  explained. Falling 投诉量, 流失率, 响应时间 are favourable.
- One 2.1.2 paragraph (外部协同: 住区联动 with streets and utilities, 63 outsourcing partners' admission and
  evaluation) sits at the end of 1.2.2's sub-head ``3. 保障机制是否管用：定期检查`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-point-subheads/build.py
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
    'expected_missing': ['2.2.1'],
    'results_lacking_three_years': ['3.1.1'],
    'results_lacking_comparison': ['3.3.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.1'],
    # 2.2.1 量化管理 must be absent everywhere: no target-responsibility system, no cascading of goals,
    # no KPI measurement or measurement system, no evaluation of measured results by comparison.
    'forbidden_words': ['目标责任', '责任书', '责任状', '责任制', 'KPI', '关键绩效', '绩效指标', '绩效目标',
                        '指标体系', '测量体系', '测量系统', '逐级分解', '层层分解', '分解到', '分解至', '分解',
                        '绩效考核', '考核指标', '考核办法', '月度考核', '季度考核', '经营业绩考核', '绩效合约',
                        '绩效评价', '绩效测量', '量化管理', '目标管理', '计分卡', '同行对比', '内部对比',
                        '因果分析', '考核'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '保障房空置房源平均周转天数（26→24→31天，越低越好，2023年上升，差于璲岈安居25、溓垍住房27和'
                      '行业平均28；只在表3-3中）',
         'explained': False},
        {'clause': '3.1.2', 'indicator': '净利润、净利润率（2022年由0.61亿元、7.0%降至0.43亿元、4.8%）',
         'explained': True},
        {'clause': '3.2.2', 'indicator': '保障房租户满意度（2022年由86.2分降至84.9分）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市珫溎区区属国有保障房运营和物业服务企业（深圳市珫溎安居集团有限公司不存在；'
        '珫溎区、同行深圳市璲岈安居有限公司和广州市溓垍住房租赁运营有限公司、标杆苏州瑫沕安居服务集团、调研机构深圳市'
        '湨璯市场调查有限公司、全市安居企业运营联席会均为虚构，人名、数字和奖项都是编的），员工1,412人。品质管理部执笔，'
        '条理清楚、按部就班的口吻。版式是本样本的重点：每个条款按评审细则的要点逐点作答，要点用公司自己概括的带序号小标题'
        '（“1. 使命愿景怎么定”“2. 如何传到每位员工和合作方”……，level 4，标所属条款），每个小标题下1—2段。纯文本，无#；'
        '两行标题（level 0）、封面信息块和“编写说明”（@P -）；“企业简介”（=0）下两个小标题“（一）公司基本情况”'
        '“（二）发展环境、机遇与挑战”；“第一部分 高标准定位”…“第三部分 高绩效结果”（level 1）；条目“一、领导力”…'
        '（level 2，每部分重新编号）；条款“（一）确定方向”…（level 3，每个条目重新编号），多数用标准原题，五个用公司'
        '自己的说法（（二）带好队伍=1.1.2，（一）对标找位与发展规划=1.2.1，（一）从租户需要出发设计服务=2.1.1，'
        '（二）租户与公众满意=3.2.2，（二）经验输出与带动=3.3.2）。部分条款少答一个要点（1.1.2、1.2.2、2.1.2、2.3.1'
        '只有三个小标题）。结果条款按其要点或方面设小标题（3.3.2除外），“第三部分”下有一段说明数据来源的引言（标3）。'
        '结果：表3-1（只有2022、2023年）和表3-3年份为列、带同行和“行业平均（2023年）”列；表3-2带“2023年目标值”和'
        '同行、标杆列；表3-4年份为行、带同行、行业平均、标杆行；文字序列、“· ”分项、“——”分项和排名。'
        '刻意缺陷：2.2.1 量化管理整条缺失（全文没有目标责任制、目标分解、关键指标测量、测量结果评价和测量体系评估），'
        '“二、运行管理”下只有“（一）过程优化”，它是2.2.2（序号陷阱）。3.1.1 只有2022年和2023年（2021年只出现在说明'
        '合规评价办法和员工调查量表2022年起变化、此前数据“不再列示”的句子里），有璲岈安居、行业平均和排名对比。'
        '3.3.1 有2021—2023年三年数据，但只有当年目标和“十四五”规划要求，没有同行、行业、标杆或排名对比。'
        '不利结果：3.2.1 保障房空置房源平均周转天数26、24、31天（越低越好），2023年上升且差于两家同行和行业平均，'
        '只出现在表3-3中，正文没有提及或解释；3.1.2 净利润和净利润率2022年下降（已解释：商铺租金减免、防疫支出）；'
        '3.2.2 保障房租户满意度2022年下降（已解释：老旧小区集中施工、封控期间配送）。投诉量、流失率、响应时间'
        '下降是有利结果。一段回答2.1.2（住区联动、外包单位准入和评价）的段落放在1.2.2的小标题“3. 保障机制是否管用：'
        '定期检查”之下（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

# sub-heads per leaf (leaves with fewer are the thin answers)
SUBHEADS = {'1.1.1': 4, '1.1.2': 3, '1.2.1': 4, '1.2.2': 3, '2.1.1': 4, '2.1.2': 3, '2.2.2': 4,
            '2.3.1': 3, '2.3.2': 4, '3.1.1': 2, '3.1.2': 2, '3.2.1': 2, '3.2.2': 2, '3.3.1': 3}


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a line starts with #')
    # level-4 sub-heads: "n. …", numbered 1..k inside each leaf, labelled with the leaf
    for leaf, k in SUBHEADS.items():
        subs = [h for h in heads if h['level'] == 4 and h['clause'] == leaf]
        nums = [re.match(r'(\d+)\. ', h['line']) for h in subs]
        if [int(m.group(1)) if m else None for m in nums] != list(range(1, k + 1)):
            problems.append('sub-heads of %s not numbered 1..%d: %s' % (leaf, k, [h['line'][:6] for h in subs]))
    if any(h['level'] == 4 and h['clause'] == '3.3.2' for h in heads):
        problems.append('3.3.2 should have no sub-heads')
    # every sub-head is followed by at least one paragraph before the next heading
    for i, b in enumerate(blocks):
        if b['type'] == 'heading' and b['level'] == 4 and (i + 1 >= len(blocks) or blocks[i + 1]['type'] == 'heading'):
            problems.append('sub-head without paragraph: ' + b['line'])
    # ordinal trap: under 二、运行管理 the only leaf is （一）过程优化 = 2.2.2
    idx = next(i for i, h in enumerate(heads) if h['line'] == '二、运行管理')
    if not (heads[idx + 1]['line'].startswith('（一）') and heads[idx + 1]['clause'] == '2.2.2'
            and all(h['level'] == 4 for h in heads[idx + 2:idx + 6])
            and heads[idx + 6]['line'].startswith('三、')):
        problems.append('ordinal trap under 二、运行管理 not as planned')
    # 3.1.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.1.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.1.1 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 rise of 空置房源平均周转天数 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and ('周转' in b['line'] or '空置' in b['line']):
            problems.append('3.2.1 text mentions 空置房源周转天数')
    # 3.3.1: no peer, benchmark or ranking source names
    for b in body:
        if b['clause'] == '3.3.1' and re.search('璲岈|溓垍|瑫沕|联席会|湨璯', b['line']):
            problems.append('3.3.1 names a peer, the benchmark or a ranking source')
    # the misplaced paragraph is the last block under 1.2.2
    mis = [i for i, b in enumerate(blocks) if b.get('misplaced_under')]
    if len(mis) != 1 or blocks[mis[0]]['clause'] != '2.1.2' or blocks[mis[0] + 1]['line'] != '第二部分 高质量运行':
        problems.append('misplaced 2.1.2 paragraph not at the end of 1.2.2')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
