#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-chart-residue from source.txt.

A Beijing private cold-chain food-distribution company, 北京琹渃冷链配送股份有限公司 (made up; about 1,500
staff: 1,526 at the end of 2023; its competitors 北京湦岧冷链物流有限公司 and 天津瑎浢食品供应链有限公司, its
benchmark 上海琫洤冷链物流集团, the survey firm 北京涊汖市场调查有限公司 and the 首都冷链配送联盟 are made up
too), written by its 质量与运营中心 in a brisk voice (short run-in lead-ins such as ``理念从哪来：``,
``怎么听：``, ``盯指标：``; numbers everywhere).

Layout: RESULTS SHOWN AS CHARTS, COPIED OUT OF A PDF.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a ``阅读提示`` line (front matter,
  ``@P -``).
- ``组织概述`` (= 0, level 1) with ``（一）我们是谁`` (0.1) and ``（二）竞争格局与挑战`` (0.2) (level 2);
  chapters ``一、领导`` … ``七、结果`` (level 1); items ``（一）`` … restarting in every chapter (level 2),
  13 of 22 titles in the company's words (``（一）高层领导：定方向、守底线`` = 1.1, ``（一）战略怎么定`` = 2.1,
  ``（二）战略怎么落地`` = 2.2, ``（一）客户分层与需求洞察`` = 3.1, ``（四）冷库、车队和场站`` = 4.5,
  ``（一）指标看板与经营分析`` = 6.1, ``（一）配送服务质量`` = 7.1, ``（四）人、系统与设施`` = 7.4,
  ``（五）运营效率`` = 7.5 …).
- Chapter 七: an intro (= 7) and nine charts ``图7-1`` … ``图7-9``. Each chart is the residue a PDF copy
  leaves: the caption line ``图7-n 2021—2023年……（单位）``, then short lines with the axis values (on one
  line or one per line), the x-axis years (``2021 2022 2023`` / ``2021年 2022年 2023年`` / one per line),
  the data labels (grouped by year, by series, or all on one line) and the legend (one line or one per
  line, before or after the numbers). Two forms:
  * one block (``@C clause`` in source.txt: several lines, no blank line between them) — 图7-1, 7-3,
    7-5, 7-7, 7-9;
  * every residue line (or group of lines) a block of its own, as when each PDF line became a paragraph —
    图7-2, 7-4, 7-6, 7-8 (caption block, axis block, data-label blocks, year block, legend block).
  Caption and residue are labelled with the item's clause. After each chart 1–2 prose sentences read it
  (sometimes restating the values, sometimes not).
- Also four ordinary tables (表7-1 years as columns with 湦岧冷链 / 行业平均（2023年） columns; 表7-2 years as
  rows with 湦岧冷链（2023年） and 行业平均（2023年） rows; 表7-3 with ``2023年目标值`` / ``2025年规划目标``;
  表7-4 with a 琫洤冷链（2023年） column), a prose series (7.5 拣选准确率; 7.3 应收账款周转天数), ``· `` bullets
  (7.2) and rankings (7.2 market-share rank, 7.6 联盟综合评价 rank).

Planted defects:
- 4.4 技术资源 missing everywhere (no technology or service-standard assessment, development plans,
  know-how, patents, standards work, 产学研 or transfer of results). ``四、资源`` runs ``（一）人力资源`` 4.1,
  ``（二）资金与财务管控`` 4.2, ``（三）数据与信息平台`` 4.3, then ``（四）冷库、车队和场站``, which is 4.5
  (ordinal trap), and ``（五）承运商与合作伙伴`` 4.6. 7.4 reports no 技术 results.
- 7.2 has 2022-2023 only: 图7-3 (客户满意度, x-axis ``2022 2023``) and 图7-4 (市场占有率, ``2022年 2023年``),
  bullets for 2022 and 2023; 2021 appears only in the sentence saying the older figures are not comparable
  (``不再列出``). It compares with 湦岧冷链, 瑎浢供应链, the 联盟成员平均 and a ranking.
- 7.4 has 2021-2023 but no comparison: 图7-6's legend is only ``本公司 目标值``, 表7-3 has only
  ``2023年目标值`` / ``2025年规划目标`` columns.
- 7.1 门店到货温度合格率 99.3 -> 99.5 -> 99.1 (2023 drop, below 湦岧冷链 99.4 and 行业平均 99.2) is visible only in
  the data labels of 图7-2 (unexplained: the sentence after it only says the rate stayed above 99%).
  Explained: 7.3 净利润 / 销售净利率 / 总资产周转率 / 资产负债率 (2022) and 7.5 车辆满载率 (2022).
- One 1.3 paragraph (公益: 食物银行, 送热餐, 志愿服务队) sits at the end of ``四、`` ``（一）人力资源`` (4.1)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-chart-residue/build.py
"""

import os
import re
import sys

ALL = ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
       '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
       '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6']

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['4.4'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 4.4 技术资源 must be absent everywhere: no technology / service-standard assessment or plans,
    # know-how, patents, standards work, R&D, 产学研 or transfer of results.
    'forbidden_words': ['技术', '专利', '研发', '科研', '发明', '著作权', '软著', '标准化', '服务标准',
                        '团体标准', '地方标准', '行业标准', '企业标准', '标准制定', '制修订', '诀窍',
                        '产学研', '高校', '成果转化', '工艺'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '门店到货温度合格率（99.3%→99.5%→99.1%，2023年下降，低于湦岧冷链99.4%和行业平均99.2%；'
                      '只在图7-2的数据标签中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '净利润、销售净利率、总资产周转率下降，资产负债率上升（2022年：0.54→0.45亿元、'
                                       '2.9%→2.1%、1.42→1.36次、56.3%→58.7%）', 'explained': True},
        {'clause': '7.5', 'indicator': '车辆满载率（2022年由78.5%降至74.2%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营冷链食品配送企业（北京琹渃冷链配送股份有限公司不存在；竞争对手北京湦岧冷链物流有限公司、'
        '天津瑎浢食品供应链有限公司，标杆上海琫洤冷链物流集团，调研机构北京涊汖市场调查有限公司，首都冷链配送联盟均为虚构，'
        '人名和数字都是编的），员工1,526人。质量与运营中心执笔，干脆利落的口吻（“理念从哪来：”“怎么听：”“盯指标：”等短引语，'
        '数字密集）。版式是本样本的重点：第七章的结果以图为主，图是从PDF里复制出来的残留文字。纯文本，没有#；两行标题'
        '（level 0，clause为null），封面信息块和一行“阅读提示”（@P -）；“组织概述”（level 1，标0）下“（一）我们是谁”=0.1、'
        '“（二）竞争格局与挑战”=0.2；“一、领导”…“七、结果”（level 1，标1…7）；条目“（一）”起按章重新编号（level 2），'
        '22个条目中13个用公司自己的说法（“（一）高层领导：定方向、守底线”=1.1、“（一）战略怎么定”=2.1、'
        '“（四）冷库、车队和场站”=4.5、“（四）人、系统与设施”=7.4、“（五）运营效率”=7.5等）。第七章有一段引言（标7）和九张图'
        '图7-1…图7-9：图题行“图7-n 2021—2023年……（单位）”之后是PDF复制出的短行——坐标轴刻度（一行或每值一行）、'
        '横轴年份（“2021 2022 2023”“2021年 2022年 2023年”或每年一行）、数据标签（按年分组、按系列或全部一行）、图例'
        '（一行或每项一行，在数字之前或之后）。两种形态：图7-1、7-3、7-5、7-7、7-9整张图是一个多行块；图7-2、7-4、7-6、7-8'
        '的图题、刻度、数据标签、年份、图例各自成块（每行PDF文字变成了一个段落）。图题和残留文字都标所属条目。每张图后有'
        '1—2句读图的话（有时复述数值，有时不复述）。另有四张普通表格（表7-1年份为列，带湦岧冷链和行业平均（2023年）列；'
        '表7-2年份为行，带湦岧冷链（2023年）和行业平均（2023年）行；表7-3只有2023年目标值和2025年规划目标列；表7-4带琫洤冷链'
        '（2023年）列）、文字数列（7.5拣选准确率、7.3应收账款周转天数）、“· ”列点（7.2）和排名（7.2市场份额名次、7.6联盟综合评价名次）。'
        '刻意缺陷：4.4 技术资源整条缺失（全文没有技术或服务规范的评估、开发计划、诀窍、专利、标准制定、产学研和成果转化），'
        '“四、资源”下依次是“（一）人力资源”4.1、“（二）资金与财务管控”4.2、“（三）数据与信息平台”4.3、“（四）冷库、车队和场站”'
        '——它是4.5（序号陷阱）——和“（五）承运商与合作伙伴”4.6；7.4也没有技术方面的结果。7.2 只有2022年和2023年两年'
        '（图7-3横轴只有“2022 2023”，图7-4只有“2022年 2023年”，列点也只有两年；2021年只出现在说明口径不可比、'
        '“不再列出”的句子里），有湦岧冷链、瑎浢供应链、联盟成员平均和名次对比。7.4 有2021—2023年三年数据，但图7-6的图例只有'
        '“本公司 目标值”，表7-3只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。不利结果：7.1 门店到货'
        '温度合格率99.3%、99.5%、99.1%，2023年下降，低于湦岧冷链99.4%和行业平均99.2%，只出现在图7-2的数据标签里，读图的句子只说'
        '“三年都在99%以上”，没有解释；7.3 净利润、销售净利率、总资产周转率2022年下降、资产负债率上升（已解释：柴油涨价而运价一年一调、'
        '封控期间线路空驶、为换新能源车增加融资租赁）；7.5 车辆满载率2022年下降（已解释：封控期间门店停业、订单零碎）。'
        '一段回答1.3公益支持的段落（食物银行、送热餐、志愿服务队）放在4.1“（一）人力资源”的末尾（misplaced）。'
        '其他结果：7.1订单准时交付率2021年低于湦岧冷链、2022年起反超，7.2市场份额第二、与第一名湦岧冷链的差距缩小，7.6品牌知名度与湦岧冷链的差距逐年缩小，7.5单位库容耗电与标杆的'
        '差距缩小，7.6碳排放仍高于标杆琫洤冷链（差距随新能源车占比提高而缩小），均不列为不利结果；货损率、客诉量、流失率、'
        '耗电量、碳排放、周转天数越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def read_chart(head, body, chunk):
    """``@C clause``: a chart copied out of a PDF as one block of short lines (no blank lines between)."""
    clause = head.split()[1]
    lines = [ln.strip() for ln in body if ln.strip()]
    assert len(lines) >= 2, chunk[:60]
    return {'type': 'text', 'clause': clause, 'line': '\n'.join(lines), 'misplaced_under': None}


def parse(path):
    return parse_source(path, extra={'@C ': read_chart})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a block starts with #')
    # nine chart captions 图7-1 … 图7-9, in order, each labelled 7.x and followed by residue of the same clause
    caps = [(i, b) for i, b in enumerate(blocks) if b['type'] == 'text' and re.match(r'图7-\d ', b['line'])]
    if [re.match(r'图7-(\d)', b['line']).group(1) for _, b in caps] != [str(n) for n in range(1, 10)]:
        problems.append('chart captions are not 图7-1 … 图7-9 in order')
    for i, b in caps:
        if not (b['clause'] or '').startswith('7.'):
            problems.append('chart caption not labelled 7.x: ' + b['line'][:12])
        if '\n' in b['line']:
            continue  # a one-block chart: the residue lines follow the caption inside the block
        nxt = blocks[i + 1]
        if nxt['type'] != 'text' or nxt['clause'] != b['clause'] or not re.match(r'[\d本]', nxt['line']):
            problems.append('chart %s not followed by residue of the same clause' % b['line'][:6])
    one_block = [b for _, b in caps if '\n' in b['line']]
    if len(one_block) < 4 or len(caps) - len(one_block) < 4:
        problems.append('want at least four one-block and four split charts')
    # 7.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('7.2 mentions an earlier year: ' + sent[:40])
    # 7.2's chart shows only two years on its x-axis
    if not any(b['clause'] == '7.2' and '\n2022 2023\n' in b['line'] for b in body):
        problems.append('图7-3 x-axis is not 2022 2023')
    # 7.4: no competitor, benchmark or peer names; the chart legend is 本公司 目标值
    for b in body:
        if b['clause'] == '7.4' and re.search('湦岧|瑎浢|琫洤|联盟', b['line']):
            problems.append('7.4 names a competitor, benchmark or peer group')
    if not any(b['clause'] == '7.4' and b['line'] == '本公司 目标值' for b in body):
        problems.append('图7-6 legend is not 本公司 目标值')
    # 7.1: the 2023 drop of 到货温度合格率 (99.1) appears only in 图7-2's data labels
    for b in body:
        if b['clause'] == '7.1' and '99.1' in b['line'] and b['line'] != '99.3 99.5 99.1':
            problems.append('7.1 mentions 99.1 outside the chart: ' + b['line'][:20])
    # ordinal trap: under 四、 the fourth item heading is （四） and answers 4.5
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('四、'))
    if not (heads[idx + 4]['line'].startswith('（四）') and heads[idx + 4]['clause'] == '4.5'
            and heads[idx + 3]['clause'] == '4.3' and heads[idx + 5]['clause'] == '4.6'):
        problems.append('ordinal trap under 四、 not as planned')
    # the misplaced 1.3 paragraph is the last block under 4.1
    mis = [i for i, b in enumerate(blocks) if b.get('misplaced_under')]
    if len(mis) != 1 or blocks[mis[0] + 1]['type'] != 'heading' or blocks[mis[0]]['clause'] != '1.3':
        problems.append('misplaced 1.3 paragraph not at the end of 4.1')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
