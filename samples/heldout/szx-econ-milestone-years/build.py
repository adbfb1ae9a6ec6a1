#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-milestone-years from source.txt.

A Shenzhen private maker of water-treatment membranes and membrane systems, 深圳市淜瑡膜科技股份有限公司
(made up; 1,046 staff; its competitors 天津潀峧膜材料股份有限公司 and 杭州溹玚水处理技术有限公司, its benchmark
苏州湀璒膜科技集团 and the survey firm 深圳市泒嶆市场研究有限公司 are made up too, as are the people 郗澜舟, 蔺岑,
覃砚秋 and all numbers), written by its 规划发展部 in a planning-department voice that thinks in five-year
plans (“十三五”末, “十四五”以来, 基期, 里程碑年, 中期评估, 规划目标).

Layout: RESULTS REPORTED AGAINST BASE AND MILESTONE YEARS, NOT ALWAYS YEAR BY YEAR.
- Markdown. ``#`` title (level 0), a cover block and a 口径说明 paragraph defining 基期 (2020), 里程碑年
  (2019 / 2021 / 2023), “十四五”以来累计 and 年均 (front matter, ``@P -``).
- ``## 企业简介`` (= 0) with two ``###`` sub-heads; ``## 第一章 领导`` … ``## 第六章 运营``; items ``### 1.1 …``
  with the standard's decimals (numbering closes up after the gap); 7 item titles in the company's own words
  (1.1, 2.1, 2.2, 2.3, 4.2(=4.3), 5.2, 6.1). An intro paragraph under 第二章 (= 2).
- Results: 表1-1 ``“十三五”末（2020年） | 2021年 | 2022年 | 2023年`` + competitor / 行业平均 columns; 表2-1
  ``基期（2020年） | 2021年 … | 2025年规划目标``; 表3-1 every-other-year columns ``2019年 | 2021年 | 2023年``;
  表4-1 years as rows (基期 row + 2021–2023 + competitor / 行业平均 rows); 表5-1 ordinary ``2021年 | 2022年 |
  2023年`` with competitor / 行业平均 / 标杆 columns and 表5-2 ``2019年 | 2021年 | 2023年``; 表6-1 ordinary
  consecutive years with competitor / 行业平均 / 标杆 columns and 表6-2 ``基期（2020年） | 2022年 | 2023年``;
  ``“十四五”以来累计…``, ``2021—2023年年均增长…``, prose series, rankings.

Planted defects:
- 4.2 人力资源开发 missing everywhere (no training or learning system, no career paths or promotion, no
  succession or talent pools, no empowerment, participation or self-management, no new organisation forms,
  no review of the people-development system). 第四章 has ``### 4.1 人力资源管理`` (4.1) and
  ``### 4.2 “十四五”以来的队伍建设成效``, which is the result item 4.3 (number trap).
- 3.3 has only milestone years 2019 / 2021 / 2023 (biennial third-party survey and biennial market report,
  explained in a 说明 sentence that names no even year) plus a “十四五”以来累计 total; it has competitor and
  行业平均 columns and a ranking.
- 2.3 has 基期（2020年）and 2021–2023 but only a ``2025年规划目标`` column and a 中期里程碑 (no comparison).
- 5.3 新产品销售收入占比 27.4 → 28.9 → 26.1%, below 潀峧膜材 29.5%, only in 表5-1 (unexplained);
  1.3 净利润 / 销售净利率 / 净资产收益率 (2022) and 6.3 产能利用率 / 毛利率 (2022) are explained.
- One 3.1 paragraph (400热线, 平台预警, 两级响应, 投诉分级, 回访) sits at the end of ``### 6.2 营运质量``
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-milestone-years/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['4.2'],
    'results_lacking_three_years': ['3.3'],
    'results_lacking_comparison': ['2.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['2.3'],
    # 4.2 人力资源开发 must be absent everywhere: no training / learning system, no careers or promotion,
    # no succession or talent pools, no empowerment or participation, no new organisation forms.
    'forbidden_words': ['培训', '培养', '学习', '晋升', '职业发展', '职业生涯', '通道', '职称', '继任', '后备',
                        '梯队', '导师', '师带徒', '传帮带', '赋能', '一线授权', '向一线', '充分授权', '员工持股',
                        '股权激励', '合伙人', '内部创业', '自主经营', '阿米巴', '参与管理', '自主管理', '人本',
                        '技能竞赛', '技能等级', '轮岗', '人才盘点', '课程', '讲师', '学院', '训练', '胜任',
                        '能力提升', '员工成长', '成长计划', '组织活力', '平台化', '扁平化', '人才发展', '人才开发',
                        '育人', '选育', '人才队伍建设', '带教'],
    'unfavourable_results': [
        {'clause': '5.3',
         'indicator': '新产品销售收入占比（27.4%→28.9%→26.1%，2023年下降，低于潀峧膜材29.5%；只在表5-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润、销售净利率、净资产收益率（2022年由1.13亿元、10.9%、13.1%降至'
                                       '0.98亿元、8.3%、10.2%）', 'explained': True},
        {'clause': '6.3', 'indicator': '产能利用率、毛利率（2022年由86.5%、33.6%降至72.4%、30.8%）',
         'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳民营水处理膜及膜系统制造企业（深圳市淜瑡膜科技股份有限公司不存在；竞争对手天津潀峧膜材料'
        '股份有限公司、杭州溹玚水处理技术有限公司，对标企业苏州湀璒膜科技集团，调研机构深圳市泒嶆市场研究有限公司均为虚构，'
        '人名郗澜舟、蔺岑、覃砚秋，数字和奖项都是编的），员工1,046人，规划发展部执笔，按五年规划思考的口吻'
        '（“十三五”末、“十四五”以来、基期、里程碑年、中期评估、规划目标）。'
        '版式是本样本的重点：结果按基期和里程碑年列示，而不总是逐年列示。Markdown；“# ”标题（level 0，clause为null），'
        '封面信息块和定义基期（2020年）、里程碑年（2019/2021/2023年）、“十四五”以来累计和年均口径的“口径说明”（@P -）；'
        '“## 企业简介”（level 1，标0）下“### 一、基本情况”“### 二、竞争环境与核心竞争力”（level 2，标0）；'
        '“## 第一章 领导”…“## 第六章 运营”（level 1）；条目“### 1.1 …”（level 2）按标准编号，缺项后编号顺延；'
        '7个条目标题为公司自拟（1.1 “一张膜”上的共识，2.1 从“十三五”到“十四五”：规划是怎样编出来的，2.2 规划落地与年度滚动，'
        '2.3 “十四五”中期规划目标完成情况，“### 4.2 “十四五”以来的队伍建设成效”=4.3，5.2 向产业链要创新，'
        '6.1 从订单到出水的运营系统）。第二章下有一段引言（标2）。'
        '结果的列法：表1-1“‘十三五’末（2020年）| 2021年 | 2022年 | 2023年”加潀峧膜材、行业平均列；表2-1“基期（2020年）| '
        '2021年 | 2022年 | 2023年 | 2025年规划目标”；表3-1隔年列“2019年 | 2021年 | 2023年”加对手和行业平均列；'
        '表4-1年份为行（基期行、2021—2023年行、对手行和行业平均行）；表5-1普通的连续三年列加对手、行业平均、标杆列，'
        '表5-2隔年列“2019年 | 2021年 | 2023年”加标杆列；表6-1连续三年列加两家对手、行业平均、标杆列，'
        '表6-2“基期（2020年）| 2022年 | 2023年”加行业平均列；正文有“‘十四五’以来累计……”“2021—2023年年均增长……”、'
        '数列和排名。连续三年数据旁另有基期或里程碑列的条目视为完整。'
        '刻意缺陷：4.2 人力资源开发整条缺失（全文没有学习与培训体系、职业发展与晋升、继任与后备人才、授权与员工参与、'
        '新型组织形态及人力资源开发体系的评价改进）；“## 第四章 人才”下只有“### 4.1 人力资源管理”（4.1）和'
        '“### 4.2 “十四五”以来的队伍建设成效”，后者是结果条目4.3（编号陷阱）。'
        '3.3 只有里程碑年2019、2021、2023年的数据（第三方满意度测评和双年度市场格局报告每两年一次，说明句没有提到偶数年份），'
        '另有“十四五”以来累计数，没有连续三年；但有潀峧膜材、溹玚水处理、行业平均对比列和排名。'
        '2.3 有基期（2020年）和2021—2023年数据，但只有“2025年规划目标”列和中期里程碑，没有对手、行业、标杆或排名对比。'
        '不利结果：5.3 新产品销售收入占比27.4%、28.9%、26.1%，2023年下降，低于潀峧膜材29.5%，只出现在表5-1中，'
        '正文没有提及或解释；1.3 2022年净利润、销售净利率、净资产收益率回落（已解释：原料涨价而合同调价滞后、江门基地投产'
        '首年折旧和试产损耗、海外项目推迟验收）；6.3 2022年产能利用率、毛利率下降（已解释：江门新线爬坡、原料涨价）。'
        '以下不列为不利结果：对标企业湀璒集团在5.3、6.3多项指标上高于公司（正文说明差距与原因）；主动离职率、千人工伤率、'
        '早期失效率、单位产值综合能耗、资产负债率越低越好，下降是有利结果。'
        '一段回答3.1的段落（400热线与平台预警、两级响应、投诉分级闭环和回访）放在“### 6.2 营运质量”末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

STANDARD_TITLES = {'文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                   '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                   '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果'}
COMPETITORS = ('潀峧', '溹玚', '湀璒', '泒嶆')


def table_header(b):
    return b['line'].split('\n')[1].split('\t')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    tables = [b for b in body if b['type'] == 'table']
    # Markdown markers match the levels: # title, ## chapters / profile, ### items / profile sub-heads
    for h in heads:
        want = '#' * (h['level'] + 1) + ' '
        if not h['line'].startswith(want) or h['line'].startswith(want[:-1] + '#'):
            problems.append('heading marker does not match level %d: %s' % (h['level'], h['line']))
    if any(b['line'].startswith('#') for b in body):
        problems.append('a paragraph starts with #')
    # chapters 第一章 … 第六章; items numbered consecutively inside each chapter
    chap, seen = None, 0
    for h in heads:
        m = re.match(r'## 第(.)章 ', h['line'])
        if m:
            chap, seen = h['clause'], 0
            continue
        m = re.match(r'### (\d)\.(\d) (.+)$', h['line'])
        if m and chap:
            seen += 1
            if m.group(1) != chap or int(m.group(2)) != seen:
                problems.append('item not numbered consecutively: ' + h['line'])
    # number trap: 第四章 holds ### 4.1 (4.1) and ### 4.2 (4.3), then 第五章
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('## 第四章'))
    if not (heads[i + 1]['line'].startswith('### 4.1 ') and heads[i + 1]['clause'] == '4.1'
            and heads[i + 2]['line'].startswith('### 4.2 ') and heads[i + 2]['clause'] == '4.3'
            and heads[i + 3]['line'].startswith('## 第五章')):
        problems.append('number trap in 第四章 not as planned')
    own = [h for h in heads if re.match(r'### \d\.\d ', h['line'])
           and h['line'].split(' ', 2)[2] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('only %d own item titles' % len(own))
    # the layout's year forms
    text = '\n'.join(b['line'] for b in body)
    for form in ('基期（2020年）\t2022年\t2023年', '“十三五”末（2020年）', '2019年\t2021年\t2023年', '以来累计',
                 '2021—2023年年均', '2021年\t2022年\t2023年', '规划目标'):
        if form not in text:
            problems.append('form missing: ' + form)
    if not any(b['line'].split('\n')[2].startswith('基期（2020年）\t') for b in tables):
        problems.append('no table with years as rows')
    # 3.3: only 2019 / 2021 / 2023, never 2020 or 2022, no year ranges
    for b in body:
        if b['clause'] != '3.3':
            continue
        if re.search(r'20(20|22)|—20|2021—', b['line']):
            problems.append('3.3 has an even year or a range: ' + b['line'][:40])
        if b['type'] == 'table':
            years = [c for c in table_header(b) if re.fullmatch(r'20\d\d年', c)]
            if years != ['2019年', '2021年', '2023年']:
                problems.append('3.3 table years %s' % years)
    # 2.3: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '2.3' and any(c in b['line'] for c in COMPETITORS):
            problems.append('2.3 names a competitor, the benchmark or the survey firm')
    # 5.3: the 新产品销售收入占比 drop appears only in the table
    for b in body:
        if b['clause'] == '5.3' and b['type'] == 'text' and '新产品' in b['line']:
            problems.append('5.3 text mentions 新产品销售收入占比')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
