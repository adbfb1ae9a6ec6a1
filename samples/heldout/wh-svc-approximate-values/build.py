#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-approximate-values from source.txt.

A Wuhan private operator of multi-temperature cold-chain warehouses and urban fresh-food delivery,
武汉湫篁鲜链物流有限公司 (made up; delivery brand 篁鲜送, platform 篁链云; its competitors 长沙澧菀冷链物流有限公司
and 郑州蒗沚鲜配科技有限公司, its benchmark 上海湜筠冷链物流集团, the survey firm 武汉蓼岿市场研究有限公司 and its
21-member 华中冷链城配企业对标组 are made up too; 6 cold stores of about 28万立方米, 420余台 refrigerated trucks,
1,486 staff), written by its 运营管理中心 in a brisk voice (short sentences, `三条：`, `一句话：`, 日清/周比/季对标).

Layout: RESULTS WRITTEN WITH APPROXIMATIONS AND BOUNDS.
- Markdown. A ``#`` title line (level 0), a cover block and an 编写说明 paragraph saying that figures are given
  as 约数 and bounds and what ``>`` ``≤`` ``+`` mean in tables (front matter, ``@P -``).
- ``## 一、组织环境`` (= 5.1) with three ``###`` sub-heads in the company's words (``（一）湫篁是谁``,
  ``（二）赛道和对手``, ``（三）长板和改进体系``, all 5.1); chapters ``## 二、领导作用`` … ``## 七、质量提升``
  (= 5.2 … 5.7, level 1); items ``### （一）…`` numbered by position inside the chapter (5.x.1 not written), 6 of
  17 item titles in the company's words (``（一）定方向、立文化`` = 5.2.2, ``（三）经营与治理成果`` = 5.2.4,
  ``（二）规划目标兑现情况`` = 5.3.4, ``（二）把“篁鲜送”做成招牌`` = 5.4.3, ``（二）从点子到落地`` = 5.6.3,
  ``（二）温度和时间，一个都不能少`` = 5.7.3). Run-in lead-ins (``定方向。``, ``顾客声音。``) are not headings.
  A short intro under ``七、`` (= 5.7).
- Most result figures are approximate or bounded: ``约95%``, ``89左右``, ``超过4,000万元``, ``99.8%以上``,
  ``近2万单``, ``逾1,300家``, ``不足22``, ``3万余单``, ``千余人``, ``7亿多元``, ``85%—90%`` / ``30%—35%``,
  ``持平`` / ``基本持平``, prose series ``2021—2023年分别约为91%、94%和97%以上``; table cells ``约5.9``, ``近6.5``,
  ``>99``, ``≤0.9``, ``1.2万+``, ``2,100+``, ``逾1,100``; comparisons ``高于对标组平均（约85%）``,
  ``高出澧菀冷链约1.5个百分点``, ``约为澧菀冷链的1.4倍``; exact figures elsewhere (7.4, 5.3%, 48.7, 28.4, 0.45‰).
  Tables with years as columns (表2-1, 4-1, 5-1, 6-1, 7-1) and one with years as rows (表3-1, with
  competitor and 对标组平均 rows); rankings; ``- `` bullet paragraphs in 5.5.4 and 5.7.4.

Planted defects:
- 5.3.3 战略实施 missing everywhere (no deployment of the plan into departments or yearly work, no allocation of
  resources to it, no monitoring or review of strategy progress, no strategy adjustment). ``三、战略发展`` has
  ``（一）战略制定`` (5.3.2) and ``（二）规划目标兑现情况``, which is 5.3.4 (ordinal trap).
- 5.4.4 has 2022-2023 only (表4-1 and prose); 2021 appears only in the sentence saying the survey and customer
  data changed in 2022 and the older figures are ``不予列示``. It has 澧菀冷链 / 蒗沚鲜配 / 对标组平均 columns and
  rankings.
- 5.6.4 has 2021-2023 but only a ``2023年目标值`` column and ``国家标准要求`` (no comparison).
- 5.7.4 城配订单准时送达率 ``>98`` → ``约98`` → ``约96``, below 蒗沚鲜配 约97 and 湜筠冷链 约99, only in 表7-1
  (unexplained); 5.2.4 净利润率 (2022, ``约2.9``) and 5.3.4 仓库平均利用率 (2022, 约87% → 约78%) explained.
- One 5.5.2 paragraph (low-temperature work limits, protective clothing, health checks, heat allowance) sits
  under 5.7.2's heading ``（一）运营质量`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-approximate-values/build.py
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
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form's 3,000 字 is not in the labels)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.3.3 战略实施 must be absent everywhere: no deployment or breakdown of the plan, no yearly plans,
    # no resource allocation to the strategy, no strategy monitoring, review or adjustment.
    'forbidden_words': ['战略部署', '战略实施', '战略落地', '战略执行', '分解', '行动计划', '经营计划', '年度计划',
                        '年度目标', '年度重点', '资源配置', '配置资源', '战略资源', '战略评估', '战略复盘',
                        '战略调整', '调整战略', '规划调整', '修订规划', '规划修订', '滚动', '督办', '纠偏',
                        '战略地图', '平衡计分卡', '责任书', '中期评估', '经营分析会', '预算', '子战略',
                        '专项规划', '进度监控', '战略执行'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '城配订单准时送达率（>98%→约98%→约96%，2022—2023年下降，2023年低于蒗沚鲜配约97%和湜筠冷链约99%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由约4.6%降至约2.9%）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '仓库平均利用率（2022年由约87%降至约78%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类，虚构的武汉民营冷链仓储与城市生鲜配送企业（武汉湫篁鲜链物流有限公司不存在；城配品牌“篁鲜送”、平台“篁链云”；'
        '竞争对手长沙澧菀冷链物流有限公司、郑州蒗沚鲜配科技有限公司，标杆上海湜筠冷链物流集团，调研机构武汉蓼岿市场研究有限公司'
        '及其“华中冷链城配企业对标组”（21家）均为虚构，人名、数字和奖项都是编的），6座多温区冷库约28万立方米、冷藏车420余台、'
        '员工1,486人。运营管理中心执笔，干脆利落的口吻（短句、“三条：”“一句话：”、日清/周比/季对标）。'
        '版式是本样本的重点：结果数据多用约数和上下限。Markdown；“#”标题（level 0）、封面信息块和一段说明约数写法及表中“>”“≤”“+”'
        '含义的“编写说明”（@P -）；“## 一、组织环境”（=5.1）下三个公司自拟的“###”小标题（均标5.1）；“## 二、领导作用”…'
        '“## 七、质量提升”（=5.2…5.7）；条目“### （一）…”按在本章中的位置编号（不写5.x.1），17个条目中6个用公司自己的说法'
        '（“（一）定方向、立文化”=5.2.2、“（三）经营与治理成果”=5.2.4、“（二）规划目标兑现情况”=5.3.4、'
        '“（二）把“篁鲜送”做成招牌”=5.4.3、“（二）从点子到落地”=5.6.3、“（二）温度和时间，一个都不能少”=5.7.3）；'
        '段首“定方向。”“顾客声音。”之类是引导语，不是标题；“七、”下有一段引言，标5.7。'
        '结果数据大多写成约数或界限：“约95%”“89左右”“超过4,000万元”“99.8%以上”“近2万单”“逾1,300家”“不足22”“3万余单”“千余人”'
        '“7亿多元”、区间“85%—90%”“30%—35%”、“持平”“基本持平”、散文序列“2021—2023年分别约为91%、94%和97%以上”；'
        '表格单元格“约5.9”“近6.5”“>99”“≤0.9”“1.2万+”“2,100+”“逾1,100”；对比也写成约数（“高于对标组平均（约85%）”'
        '“高出澧菀冷链约1.5个百分点”“约为澧菀冷链的1.4倍”）；也有精确值（7.4亿元、5.3%、48.7%、28.4万立方米、0.45‰）。'
        '年份为列的表（表2-1、4-1、5-1、6-1、7-1）和一张年份为行的表（表3-1，带对手和对标组平均行）；排名；5.5.4和5.7.4有“- ”要点段。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有把规划分解到部门或年度工作、为战略调配资源、监测评估战略进展或调整战略的内容），'
        '“三、战略发展”下只有“（一）战略制定”（5.3.2）和“（二）规划目标兑现情况”，后者是5.3.4（序号陷阱）。'
        '5.4.4 只有2022年和2023年（表4-1和正文；2021年只出现在说明2022年起改由蓼岿调研统一测评、客户数据迁入新系统、'
        '此前数据口径不同“不予列示”的句子里），有澧菀冷链、蒗沚鲜配和对标组平均对比列及排名。'
        '5.6.4 有2021—2023年三年数据，但只有“2023年目标值”列和“符合国家标准要求”，没有对手、行业、标杆或排名对比。'
        '不利结果：5.7.4 城配订单准时送达率“>98”“约98”“约96”，连续下降，2023年低于蒗沚鲜配约97和湜筠冷链约99，'
        '只出现在表7-1中，正文没有提及或解释；5.2.4 净利润率2022年降至约2.9%（已解释：保供支出、阳逻二期折旧、柴油涨价）；'
        '5.3.4 仓库平均利用率2022年由约87%降至约78%（已解释：阳逻二期投用、新库导入客户需要半年左右）。'
        '一段回答5.5.2（冷库低温作业时限、防寒用品、职业健康体检、高温津贴）的段落放在5.7.2“（一）运营质量”之下（misplaced）。'
        '其他结果：流失率、投诉率、货损率、资产负债率、工伤发生率、单票成本、应收账款周转天数越低越好，下降是有利结果；'
        '温控达标率和货损率与湜筠冷链的差距逐年缩小（不列为不利结果）；营收排名第4、市场份额第二、新能源车占比第3位是排名对比。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

# approximate / bounded forms that this layout is about
APPROX_PATTERNS = [r'约\d', r'\d左右', r'超过\d', r'\d以上', r'近\d', r'逾\d', r'不足\d', r'万余', r'千余',
                   r'亿多元', r'\d%—\d+%', r'(?<!基本)持平', r'基本持平', r'分别约为', r'>\d', r'≤\d', r'\d\+',
                   r'余(人|家|件|单|台|次|个|名)', r'个百分点']

STANDARD_TITLES = {'5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果', '5.3.2': '战略制定',
                   '5.3.3': '战略实施', '5.3.4': '战略发展的结果', '5.4.2': '顾客市场', '5.4.3': '品牌管理',
                   '5.4.4': '品牌影响的结果', '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果',
                   '5.6.2': '创新系统', '5.6.3': '创新实践', '5.6.4': '创新驱动的结果', '5.7.2': '运营质量',
                   '5.7.3': '服务质量', '5.7.4': '质量提升的结果'}
RESULTS = ['5.2.4', '5.3.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    text = '\n'.join(b['line'] for b in body if b['clause'])
    # the layout: every approximate form occurs, and often, above all in the result items
    for pat in APPROX_PATTERNS:
        if not re.search(pat, text):
            problems.append('approximate form missing: ' + pat)
    res = '\n'.join(b['line'] for b in body if b['clause'] in RESULTS)
    n_res = sum(len(re.findall(p, res)) for p in APPROX_PATTERNS)
    if n_res < 80:
        problems.append('only %d approximate forms in the result items' % n_res)
    # headings: markdown levels, chapters 一 … 七, items （一）… by position, >= 5 own titles
    for h in heads:
        want = {0: '# ', 1: '## ', 2: '### '}[h['level']]
        if not h['line'].startswith(want):
            problems.append('heading level/marker mismatch: ' + h['line'])
    chapters = [h['line'] for h in heads if h['level'] == 1]
    if [c[3] for c in chapters] != list('一二三四五六七'):
        problems.append('chapters not 一 … 七: %s' % chapters)
    own = 0
    for i, h in enumerate(heads):
        if h['level'] == 1:
            n = 0
        elif h['level'] == 2:
            n += 1
            if not h['line'].startswith('### （%s）' % '一二三四五六七八九'[n - 1]):
                problems.append('item not numbered by position: ' + h['line'])
            if h['clause'] in STANDARD_TITLES and not h['line'].endswith(STANDARD_TITLES[h['clause']]):
                own += 1
    if own < 5:
        problems.append('only %d item titles in the company\'s own words' % own)
    # ordinal trap under 三、: （一）= 5.3.2, （二）= 5.3.4, then 四、
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 三、'))
    h1, h2, h3 = heads[idx + 1], heads[idx + 2], heads[idx + 3]
    if not (h1['line'].startswith('### （一）') and h1['clause'] == '5.3.2'
            and h2['line'].startswith('### （二）') and h2['clause'] == '5.3.4'
            and h3['line'].startswith('## 四、')):
        problems.append('ordinal trap under 三、 not as planned')
    # 5.4.4: no year before 2022 except in the 不予列示 sentence
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)|三年', sent) and '不予列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.6.4: no competitor, benchmark or 对标组
    for b in body:
        if b['clause'] == '5.6.4' and re.search('澧菀|蒗沚|湜筠|对标|蓼岿', b['line']):
            problems.append('5.6.4 names a competitor, benchmark or the 对标组')
    # 5.7.4: the 准时送达率 decline appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and re.search('准时|准点|送达', b['line']):
            problems.append('5.7.4 text mentions 准时送达率')
    # exactly one years-as-rows table, years as columns elsewhere
    rows_tables = [b for b in body if b['type'] == 'table'
                   and [r.split('\t')[0] for r in b['line'].split('\n')[2:5]] == ['2021年', '2022年', '2023年']]
    if len(rows_tables) != 1:
        problems.append('expected one years-as-rows table, got %d' % len(rows_tables))
    # every result item except 5.6.4 names a comparison
    for c in RESULTS:
        t = ''.join(b['line'] for b in body if b['clause'] == c)
        if c != '5.6.4' and not re.search('澧菀|蒗沚|湜筠|对标组|排名|第\\d位|位列', t):
            problems.append('no comparison in ' + c)
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
