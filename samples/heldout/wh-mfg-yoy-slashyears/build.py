#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-yoy-slashyears from source.txt.

A Wuhan private maker of automotive glass and sunroof modules, 武汉珥泠汽车玻璃股份有限公司 (made up; about
1,100 staff; its competitors 芜湖玠澈汽车玻璃有限公司 (玠澈玻璃, windscreens and side glass) and 重庆琚沄天窗系统有限公司
(琚沄天窗, sunroof modules), its benchmark 上海瑈渼汽车玻璃集团 (瑈渼集团), the survey firm 武汉珧湉市场研究有限公司
(珧湉调研), the statistics body 中部汽车玻璃产业协作会, the partner 湖北漳澜理工学院 and the product brands 澄瞳 / 晞穹
are made up too), written by its 经营管理部 in a finance-minded voice (预算、毛利、现金流、回收期、“单车算账”、
“算账” as a core value, 质量成本看板).

Layout: RESULTS WRITTEN THE WAY FINANCE PEOPLE WRITE THEM.
- Markdown. Two ``#`` title lines, a cover block and an 编制说明 paragraph (front matter, ``@P -``) that
  says short years 21年/22年/23年 are used.
- Chapters ``## 第一部分 组织环境`` (= 5.1) … ``## 第七部分 质量提升`` (level 1); items ``### （一）…``
  numbered by position and restarting in every chapter, 5.x.1 never written, so （一） is normally 5.x.2.
  The profile has ``### （一）公司概况`` / ``（二）竞争环境`` / ``（三）优势与改进系统`` (labelled 5.1).
  Eight item titles are the company's own: ``（二）治理结构与风险管控`` = 5.2.3, ``（三）经营业绩与社会贡献`` = 5.2.4,
  ``（二）战略解码与全面预算`` = 5.3.3, ``（三）战略目标完成情况`` = 5.3.4, ``（二）市场与品牌表现`` = 5.4.4,
  ``（三）人力资本效率`` = 5.5.4, ``（二）创新项目管理`` = 5.6.3, ``（三）研发投入与产出`` = 5.6.4 (and
  ``（二）产品质量`` = 5.7.3, shortened).
- All tables are Markdown pipe tables (caption line ``表n-m …`` directly above, one block). The year
  notation and the comparison wording vary: ``2021—2023年分别为`` (5.2.4), slash years
  ``2021/2022/2023年分别为`` (5.3.4), short years ``21年、22年、23年`` in ``- `` bullet paragraphs (5.4.4,
  5.7.4), ``近三年`` (5.7.4); ``同比增长``, ``较上年提升…个百分点``, ``三年复合增长率`` (on a 2020 base),
  ``增速高于行业平均…个百分点``, ``年均增长``.
- Two tables with a TWO-ROW HEADER as pasted from Word (表2-1, 表7-1): first row ``指标 | 2021年 | 2022年 |
  2023年 | 2023年对标 | (empty)``, the delimiter row, then the second header row as the first body row
  ``(empty) ×4 | 行业平均 | 标杆企业瑈渼``. 表3-1 has years as rows (and a ``行业平均（2023年）`` row and a
  ranking column); 表5-1 has ``2022年 | 2023年 | 同比 | 行业平均（2023年） | 玠澈玻璃（2023年）``; 表6-1 has
  ``2023年目标值`` only.

Planted defects:
- 5.4.2 顾客市场 missing everywhere (no customer identification or segmentation, no listening to customers,
  no customer support or contact, no customer relationship or complaint handling). ``## 第四部分 品牌影响``
  has ``### （一）品牌管理`` = 5.4.3 and ``### （二）市场与品牌表现`` = 5.4.4 (ordinal trap: （一） would be
  5.4.2, （二） 5.4.3). The profile describes the OEMs only by revenue share; 5.4.4 still reports 顾客满意度
  measured by 珧湉调研.
- 5.5.4 has 2022 and 2023 only (表5-1 plus 同比); the first paragraph says the HR platform changed the basis
  in 2022 and earlier years are not comparable (no earlier year is named). It has 行业平均 and 玠澈玻璃 columns.
- 5.6.4 has 2021–2023 but only a ``2023年目标值`` column (no competitor, industry, benchmark or ranking).
- 5.7.4 天窗模块总成下线一次合格率 99.0 -> 99.3 -> 98.5, below 行业平均 98.9 in 2023, only in 表7-1
  (unexplained; the text says the key quality indicators improved). Explained: 5.2.4 净利润 / 销售净利率 /
  净资产收益率 / 毛利率 and the rise of 资产负债率 in 2022; 5.3.4 天窗模块产能利用率 86.5 -> 78.2 (2022) -> 91.4.
- One 5.3.3 paragraph (资本开支按战略优先级分配和投资后评价) sits at the end of ``### （一）运营质量`` (5.7.2)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-yoy-slashyears/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.4.2'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.4.2 顾客市场 must be absent everywhere: no customer identification, segments or groups, no voice of
    # the customer, no customer support or contact points, no customer relationship or complaint handling.
    'forbidden_words': ['顾客需求', '客户需求', '主机厂需求', '市场需求', '需求调研', '需求分析', '细分',
                        '顾客群', '客户群', '目标市场', '目标客户', '目标顾客', '潜在客户', '潜在顾客',
                        '顾客声音', '客户声音', '客户拜访', '走访', '顾客关系', '客户关系', '投诉', '抱怨',
                        '客户经理', '大客户', '关键客户', '客户画像', '顾客支持', '客户支持', '售后服务',
                        '忠诚', '客户体验', '顾客体验', '了解客户', '了解顾客', '驻厂', '客户服务', '顾客服务',
                        '顾客满意度测评', '客户满意度测评', '满意度调查', '营销策略', '营销网络', '顾客期望',
                        '客户期望'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '天窗模块总成下线一次合格率（99.0%→99.3%→98.5%，2023年下降，低于行业平均98.9%；只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4',
         'indicator': '净利润、销售净利率、净资产收益率、毛利率（2022年由1.12亿元、7.9%、13.1%、24.6%降至0.86亿元、'
                      '5.7%、9.4%、21.3%），资产负债率2022年升至51.2%，营业收入增长率2022年降至6.3%',
         'explained': True},
        {'clause': '5.3.4', 'indicator': '天窗模块产能利用率（2022年由86.5%降至78.2%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营汽车玻璃及天窗模块制造企业（武汉珥泠汽车玻璃股份有限公司不存在；竞争对手芜湖玠澈汽车玻璃有限公司'
        '（玠澈玻璃）和重庆琚沄天窗系统有限公司（琚沄天窗）、标杆上海瑈渼汽车玻璃集团（瑈渼集团）、调研机构武汉珧湉市场研究有限公司'
        '（珧湉调研）、中部汽车玻璃产业协作会、湖北漳澜理工学院、产品品牌澄瞳和晞穹均为虚构，人名、数字和荣誉都是编的），'
        '员工约1,100人。经营管理部执笔，财务口吻（预算、毛利、现金流、回收期、“单车算账”、核心价值观中的“算账”、质量成本看板）。'
        '版式是本样本的重点：像财务人员那样写结果。Markdown；两行#标题（level 0，clause为null），封面信息块和一段编制说明'
        '（@P -，说明文中用21年/22年/23年简写年度）；“## 第一部分 组织环境”（=5.1）…“## 第七部分 质量提升”（level 1）；'
        '条目“### （一）…”按章内位置编号、每章重新编号，不写5.x.1，所以（一）通常是5.x.2；组织环境下有“（一）公司概况”'
        '“（二）竞争环境”“（三）优势与改进系统”（标5.1）。8个条目标题是公司自己的说法：“（二）治理结构与风险管控”=5.2.3、'
        '“（三）经营业绩与社会贡献”=5.2.4、“（二）战略解码与全面预算”=5.3.3、“（三）战略目标完成情况”=5.3.4、'
        '“（二）市场与品牌表现”=5.4.4、“（三）人力资本效率”=5.5.4、“（二）创新项目管理”=5.6.3、“（三）研发投入与产出”=5.6.4'
        '（“（二）产品质量”=5.7.3为缩写）。所有表格都是Markdown管道表，表题行“表n-m …”紧贴表格上方、同属一个块。'
        '年份写法和比较措辞多样：“2021—2023年…分别为”（5.2.4）、斜杠年份“2021/2022/2023年分别为”（5.3.4）、'
        '短年份“21年、22年、23年”（5.4.4的“- ”列表段落和5.7.4）、“近三年”（5.7.4）；“同比增长”“较上年提升…个百分点”'
        '“三年复合增长率”（以2020年为基数）“增速高于行业平均…个百分点”“年均增长”。两张表（表2-1、表7-1）是从Word粘贴的'
        '两行表头：第一行“指标 | 2021年 | 2022年 | 2023年 | 2023年对标 | （空）”，然后是分隔行，第二行表头作为第一行表体'
        '“（空）×4 | 行业平均 | 标杆企业瑈渼”。表3-1年份为行（含“行业平均（2023年）”行和排名列）；表5-1为“2022年 | 2023年 | 同比 |'
        ' 行业平均（2023年） | 玠澈玻璃（2023年）”；表6-1只有“2023年目标值”列。'
        '刻意缺陷：5.4.2 顾客市场整条缺失（全文没有顾客识别或细分、倾听顾客、顾客支持与接触、顾客关系和投诉处理的内容），'
        '“## 第四部分 品牌影响”下只有“### （一）品牌管理”=5.4.3和“### （二）市场与品牌表现”=5.4.4（序号陷阱）；'
        '组织环境只按收入占比描述主机厂，5.4.4仍报告珧湉调研测评的顾客满意度。5.5.4只有2022年和2023年（表5-1加同比），'
        '第一段说明2022年上线人力资源共享平台后统计口径调整、此前年度不可比（没有写出更早的年份）；有行业平均和玠澈玻璃列。'
        '5.6.4有2021—2023年三年数据，但只有“2023年目标值”列，没有对手、行业、标杆或排名对比。'
        '不利结果：5.7.4天窗模块总成下线一次合格率99.0%、99.3%、98.5%，2023年下降且低于行业平均98.9%，只出现在表7-1中，'
        '正文只说主要质量指标向好（未解释）；5.2.4净利润、销售净利率、净资产收益率、毛利率2022年下降以及资产负债率上升（已解释：'
        '原片和PVB涨价、芯片短缺减产、二期折旧和借款）；5.3.4天窗模块产能利用率2022年降至78.2%（已解释：二期投产、新车型2023年'
        '才量产）。一段回答5.3.3（资本开支按战略优先级分配、投资后评价）的段落放在“### （一）运营质量”（5.7.2）末尾（misplaced）。'
        '其他：与标杆瑈渼集团的差距（毛利率、净利率、品牌认知度、质量指标）不列为不利结果；零公里PPM、质量损失率、流失率、'
        '工伤率、能耗下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def read_pipe_table(head, body, chunk):
    """``@T clause``: a caption line, then Markdown pipe-table rows kept verbatim (one block)."""
    clause = head.split()[1]
    lines = [ln.strip() for ln in body if ln.strip()]
    return {'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(lines)}


def parse(path):
    return parse_source(path, extra={'@T ': read_pipe_table})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    tables = [b for b in body if b['type'] == 'table']
    # every table: caption 表n-m, then pipe rows, the second row a delimiter row
    for t in tables:
        rows = t['line'].split('\n')
        if not re.match(r'表\d+-\d+ ', rows[0]):
            problems.append('table caption not 表n-m: ' + rows[0])
        if not all(r.startswith('|') and r.endswith('|') for r in rows[1:]):
            problems.append('table rows not pipe rows: ' + rows[0])
        if not re.fullmatch(r'\|( --- \|)+', rows[2]):
            problems.append('no delimiter row: ' + rows[0])
    # two tables with a two-row header: 2023年对标 then 行业平均 / 标杆企业瑈渼 as the first body row
    two_row = [t for t in tables if '2023年对标' in t['line'].split('\n')[1]
               and re.fullmatch(r'\|(  \|){4} 行业平均 \| 标杆企业瑈渼 \|', t['line'].split('\n')[3])]
    if len(two_row) < 2:
        problems.append('fewer than 2 two-row-header tables: %d' % len(two_row))
    # one table with years as rows
    if not any(all(('\n| %d年 |' % y) in t['line'] for y in (2021, 2022, 2023)) for t in tables):
        problems.append('no table with years as rows')
    # chapter / item headings: ## 第N部分, ### （一） restarting in every chapter
    chapters = [h for h in heads if h['line'].startswith('## ')]
    if [h['line'][3:7] for h in chapters] != ['第一部分', '第二部分', '第三部分', '第四部分', '第五部分',
                                              '第六部分', '第七部分']:
        problems.append('chapter headings not 第一部分…第七部分')
    for i, h in enumerate(heads):
        if h['line'].startswith('## ') and not heads[i + 1]['line'].startswith('### （一）'):
            problems.append('items do not restart at （一） after ' + h['line'])
    # ordinal trap: 第四部分 has （一）= 5.4.3 and （二）= 5.4.4, nothing else
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('## 第四部分'))
    if not (heads[idx + 1]['line'].startswith('### （一）') and heads[idx + 1]['clause'] == '5.4.3'
            and heads[idx + 2]['line'].startswith('### （二）') and heads[idx + 2]['clause'] == '5.4.4'
            and heads[idx + 3]['line'].startswith('## 第五部分')):
        problems.append('ordinal trap under 第四部分 not as planned')
    # the year notations and growth wordings the layout is about
    whole = '\n'.join(b['line'] for b in body)
    for w in ('2021—2023年', '2021/2022/2023年分别为', '21年', '22年', '23年', '近三年', '同比增长',
              '较上年提升', '个百分点', '三年复合增长率', '增速高于行业平均'):
        if w not in whole:
            problems.append('wording missing: ' + w)
    # 5.5.4: 2022 and 2023 only, no earlier year named
    for b in body:
        if b['clause'] == '5.5.4' and re.search(r'20(1\d|20|21)|2[01]年|近三年|三年', b['line']):
            problems.append('5.5.4 mentions an earlier year: ' + b['line'][:30])
    # 5.6.4: no competitor, benchmark or industry names
    for b in body:
        if b['clause'] == '5.6.4' and re.search('玠澈|琚沄|瑈渼|协作会', b['line']):
            problems.append('5.6.4 names a comparator')
    # 5.7.4: the drop of the sunroof-module first-pass yield is only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and ('天窗' in b['line'] or '下线' in b['line']):
            problems.append('5.7.4 text mentions the sunroof-module yield')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse)
