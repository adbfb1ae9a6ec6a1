#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-fiveyear-fy from source.txt.

A Shenzhen listed (ChiNext) consumer-battery and energy-storage module maker, 深圳市瑮岏新能源股份有限公司
(瑮岏能源, made up; about 2,600 staff), with its competitors 惠州玓湟电池股份有限公司 (玓湟电池) and 东莞琱湱储能
科技有限公司 (琱湱储能), its benchmark 常州珋岾能源集团 (珋岾集团) and the survey firm 深圳市琗溙市场研究有限公司
(琗溙研究), all made up, as are the people (汲岱衡, 柘闻澍), numbers and awards. Written by its 战略与证券部 in an
investor-relations voice (归母净利润, 复合增长率, 信息披露考评, 限制性股票, 致股东信, 业绩说明会).

Layout: RESULTS IN FIVE-YEAR SERIES AND FISCAL YEARS.
- Markdown. ``# `` title (level 0), a cover block and a 阅读提示 paragraph (front matter, ``@P -``).
- ``## 企业概况`` (= 0, level 1) with ``### 公司速览`` / ``### 行业与竞争格局`` / ``### 核心竞争力`` (level 2, = 0).
- Chapters ``## 第一章 领导`` … ``## 第六章 高质量的运营`` (level 1); an intro paragraph under 第一章 (= 1).
- Items ``### 1.1 …`` (level 2) numbered as the standard does, but renumbered consecutively where an item is
  left out; 8 titles in the company's own words (1.1 以“电芯级严谨”凝聚全员, 1.2 上市公司治理与风险防控,
  2.1 “消费+储能”双轮战略的形成, ``### 2.2 五年经营答卷：双轮结构与行业位次`` = 2.3, 3.2 与客户共创价值,
  4.2 人才开发与赋能, 5.1 研究院牵引的创新机制, 6.1 从订单到交付的运营系统).
- Results written with fiscal years: ``FY2019``…``FY2023`` columns, ``2022财年``, ``FY22``, ``2019—2023年``,
  ``FY2019—FY2023``; five-year tables with years as columns and comparison columns (``玓湟电池（FY2023）``,
  ``琱湱储能（FY2023）``, ``行业平均（FY2023）``, ``珋岾集团（FY2023）``), cells ``—`` and ``n/a``; two tables with
  years as rows (表2-1, 表6-2) whose last rows are competitor / 行业平均 rows; prose series
  (``五年间依次为…``), CAGR statements (``近五年复合增长率12.4%``), a ranking series (第9 → 第4位), ``- `` bullets.
- Back matter: ``## 结语`` (clause null) and one paragraph (``@P -``).

Planted defects:
- 2.2 战略实施 missing everywhere (no target decomposition, annual/implementation plans, resource allocation,
  budget, monitoring or revision of the strategy). The applicant renumbered: ``## 第二章`` has ``### 2.1`` (2.1)
  and ``### 2.2 五年经营答卷…``, which is 2.3 (ordinal trap).
- 3.3 has a GAP: all its indicators come from the 琗溙研究 survey, FY2019, FY2020, FY2022, FY2023 with the FY2021
  column ``—`` (survey cancelled), so no three consecutive years; it has 玓湟电池 / 琱湱储能 / 行业平均 columns.
- 4.3 has FY2019-FY2023 but only ``FY2023目标`` / ``FY2025规划目标`` columns (no comparison).
- 6.3 存货周转天数 55 -> 71 days in FY2023 (higher is worse), worse than 玓湟电池 60, 琱湱储能 66 and 行业平均 64,
  only in 表6-1 (unexplained); 1.3 归母净利润 / 毛利率 / 销售净利率 (FY2022) and 4.3 人均营业收入 (FY2020) are explained.
- One 4.1 paragraph (职业健康: 职业危害因素, 体检, 防护用品, 安全教育) sits at the end of ``### 6.2 营运质量``
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-fiveyear-fy/build.py
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
    'expected_missing': ['2.2'],
    'results_lacking_three_years': ['3.3'],
    'results_lacking_comparison': ['4.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['4.3'],
    # 2.2 战略实施 must be absent everywhere: no decomposition of targets into plans, no annual or
    # implementation plans, no allocation of resources or budget to the strategy, no monitoring,
    # evaluation or revision of the strategy's execution.
    'forbidden_words': ['分解', '承接', '层层', '逐级', '实施计划', '行动计划', '年度计划', '经营计划', '工作计划',
                        '重点工作', '任务清单', '资源配置', '资源调配', '调配', '配置资源', '资源保障', '资源投放',
                        '预算', '战略执行', '执行情况', '战略实施', '战略落地', '战略监测', '战略监控', '监测', '督办',
                        '督查', '纠偏', '修正', '动态调整', '滚动', '战略地图', '平衡计分卡', 'BSC', 'KPI', 'OKR',
                        '责任书', '军令状', '经营分析', '战略复盘', '战略解码', '战略评估', '达成率', '完成率',
                        '目标达成', '募集', '推进会'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '存货周转天数（FY2022 55天→FY2023 71天，越高越差；差于玓湟电池60天、琱湱储能66天和行业平均64天；'
                      '只在表6-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '归母净利润、毛利率、销售净利率（FY2022由2.76亿元、20.3%、7.1%降至1.88亿元、'
                                       '16.1%、4.3%）', 'explained': True},
        {'clause': '4.3', 'indicator': '人均营业收入（FY2020由166.3万元降至157.1万元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳创业板上市消费类锂电池模组与储能电池模组制造企业（深圳市瑮岏新能源股份有限公司不存在；'
        '竞争对手惠州玓湟电池股份有限公司、东莞琱湱储能科技有限公司，标杆常州珋岾能源集团，调研机构深圳市琗溙市场研究有限公司'
        '均为虚构，人名汲岱衡、柘闻澍，数字和奖项都是编的），员工2,612人，战略与证券部执笔，投资者关系口吻'
        '（归母净利润、复合增长率、信息披露考评、限制性股票、致股东信、业绩说明会）。'
        '版式是本样本的重点：结果按五年序列和财年列示。Markdown；“# ”标题（level 0，clause为null），封面信息块和“阅读提示”'
        '（@P -）；“## 企业概况”（level 1，标0）下“### 公司速览”“### 行业与竞争格局”“### 核心竞争力”（level 2，标0）；'
        '“## 第一章 领导”…“## 第六章 高质量的运营”（level 1），第一章下有一段引言（标1）；条目“### 1.1 …”（level 2）按标准编号，'
        '但缺项后连续重编；8个条目标题为公司自拟（1.1 以“电芯级严谨”凝聚全员，1.2 上市公司治理与风险防控，2.1 “消费+储能”'
        '双轮战略的形成，“### 2.2 五年经营答卷：双轮结构与行业位次”=2.3，3.2 与客户共创价值，4.2 人才开发与赋能，'
        '5.1 研究院牵引的创新机制，6.1 从订单到交付的运营系统）。年份写成财年：表头FY2019…FY2023，正文“2022财年”“FY22”'
        '“2019—2023年”“FY2019—FY2023”；五年表以年份为列，带“玓湟电池（FY2023）”“琱湱储能（FY2023）”“行业平均（FY2023）”'
        '“珋岾集团（FY2023）”对比列，部分单元格为“—”或“n/a”；表2-1、表6-2以年份为行，末尾是对手和行业平均行；'
        '另有“五年间依次为……”式数列、复合增长率（近五年复合增长率12.4%、54.2%、18.9%）、排名数列（第9→第4位）和“- ”列表段落。'
        '文末“## 结语”（clause为null）和一段结语（@P -）。'
        '刻意缺陷：2.2 战略实施整条缺失（全文没有目标分解、年度或实施计划、资源调配、预算、战略执行的监测评价和修正）；'
        '申报方连续重编，“## 第二章”下只有“### 2.1”（2.1）和“### 2.2 五年经营答卷……”，后者是2.3（序号陷阱）。'
        '3.3 的数据有断档：全部指标来自琗溙研究的年度客户调研，有FY2019、FY2020、FY2022、FY2023，FY2021一栏为“—”'
        '（正文说明当年调研取消），没有连续三年，但有玓湟电池、琱湱储能和行业平均对比列。'
        '4.3 有FY2019—FY2023五年数据，但只有“FY2023目标”和“FY2025规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：6.3 存货周转天数FY2022为55天、FY2023升至71天（越高越差），差于玓湟电池60天、琱湱储能66天和行业平均64天，'
        '只出现在表6-1中，正文没有提及或解释；1.3 FY2022归母净利润、毛利率、销售净利率下降（已解释：碳酸锂涨价、客户框架价格'
        '调整滞后）；4.3 FY2020人均营业收入下降（已解释：惠州基地投产前集中招聘266人）。'
        '以下不列为不利结果：2.3储能收入占比低于专注储能的琱湱储能（正文说明与“双轮”定位相符）；5.3研发投入强度低于标杆'
        '珋岾集团但差距逐年收窄，发明专利、PCT申请、标准数量和新产品占比低于珋岾集团（正文已解释：全产业链、研发人员规模）。'
        '主动离职率、客户端不良率、质量损失率、单位产值能耗越低越好，下降是有利结果。'
        '一段回答4.1的段落（职业健康：职业危害因素清单、工作场所检测、职业健康体检、防护用品、安全教育）放在“### 6.2 营运质量”'
        '末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

STANDARD_TITLES = {'文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                   '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                   '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果'}
COMPETITORS = ('玓湟', '琱湱', '珋岾')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # Markdown markers match the levels: # title, ## chapters, ### items / profile sub-heads
    for h in heads:
        want = '#' * (h['level'] + 1) + ' '
        if not h['line'].startswith(want) or h['line'].startswith(want[:-1] + '#'):
            problems.append('heading marker does not match level %d: %s' % (h['level'], h['line']))
    if any(b['line'].startswith('#') for b in body):
        problems.append('a paragraph starts with #')
    # items renumbered consecutively inside each chapter; the number after the gap is the missing item's
    chap = None
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
    # ordinal trap: 第二章 holds ### 2.1 (2.1) and ### 2.2 (2.3), then 第三章
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('## 第二章'))
    if not (heads[i + 1]['line'].startswith('### 2.1 ') and heads[i + 1]['clause'] == '2.1'
            and heads[i + 2]['line'].startswith('### 2.2 ') and heads[i + 2]['clause'] == '2.3'
            and heads[i + 3]['line'].startswith('## 第三章')):
        problems.append('ordinal trap in 第二章 not as planned')
    # at least 5 item titles in the company's own words
    own = [h for h in heads if re.match(r'### \d\.\d ', h['line'])
           and h['line'].split(' ', 2)[2] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('only %d own item titles' % len(own))
    # fiscal-year notations and five-year forms
    text = '\n'.join(b['line'] for b in body)
    for form in ('财年', 'FY22', 'FY2019—FY2023', '2019—2023年', '近五年复合增长率', '五年间依次为', 'n/a'):
        if form not in text:
            problems.append('form missing: ' + form)
    rows_tables = [b for b in body if b['type'] == 'table' and '\nFY2019\t' in b['line']]
    if len(rows_tables) < 2:
        problems.append('fewer than 2 tables with years as rows')
    col_tables = [b for b in body if b['type'] == 'table'
                  and all(y in b['line'].split('\n')[1] for y in ('FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2023'))]
    if len(col_tables) < 4:
        problems.append('fewer than 4 five-year-column tables')
    # 3.3: a gap at FY2021 -- the FY2021 column is '—' in every row, no other year series with 2021
    for b in body:
        if b['clause'] != '3.3':
            continue
        if b['type'] == 'table':
            rows = [r.split('\t') for r in b['line'].split('\n')[1:]]
            k = rows[0].index('FY2021')
            if any(r[k] != '—' for r in rows[1:]):
                problems.append('3.3 table has a FY2021 value')
        else:
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'2021|FY21', sent) and '取消' not in sent:
                    problems.append('3.3 mentions 2021: ' + sent[:40])
    # 4.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '4.3' and any(c in b['line'] for c in COMPETITORS):
            problems.append('4.3 names a competitor or the benchmark')
    # 6.3: the 存货周转天数 rise appears only in the table
    for b in body:
        if b['clause'] == '6.3' and b['type'] == 'text' and re.search('存货|周转', b['line']):
            problems.append('6.3 text mentions 存货周转天数')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
