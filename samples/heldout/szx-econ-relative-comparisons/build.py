#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-relative-comparisons from source.txt.

A Shenzhen private maker of precision reducers and servo joint modules for industrial robots,
深圳市珸岄精密驱动股份有限公司 (珸岄驱动, made up; 1,126 staff; its competitors 嘉兴瑹湓精密机械有限公司
(= 对手甲) and 东莞玗溏伺服科技有限公司 (= 对手乙), its benchmark 烟台瑌潾传动集团 and the survey firm
深圳市琭翊市场研究有限公司 are made up too), written by its 市场与战略部 in a confident voice that prefers
relative statements to raw numbers (short run-in leads 文化从哪里来。/ 找痛点。, PBC, 8D, SPC, APQP).

Layout: RESULTS WRITTEN AS RELATIVE STATEMENTS, NOT AS PEER VALUES.
- Plain text, no ``#``. Two title lines (level 0), a cover block with a 数据说明 line saying that peer data
  are given only as differences, multiples or ranks (front matter, ``@P -``).
- ``企业简介`` (= 0, level 1) with ``（一）珸岄是谁`` / ``（二）赛道与位置`` (level 2, = 0).
- Categories ``一、领导`` ``二、战略规划`` ``三、聚焦顾客`` ``四、以人为本`` ``五、持续创新`` ``六、高质量的运营``
  (level 1); items ``1.1 …`` with the standard's decimals (level 2), 7 titles in the company's words
  (文化：把“精度”写进每个人的习惯 = 1.1, 经营与社会责任成效 = 1.3, 从路线图到作战图 = 2.2,
  客户在哪里、要什么 = 3.1, 让工程师和技师一起长大 = 4.2, 开放创新与知识沉淀 = 5.2, 一微米的较真 = 6.2).
- Results: the peer's own value is never written. Prose gives comparisons as differences (高于行业平均4.3分,
  比行业平均增速高约6个百分点), multiples (是对手甲的1.3倍), narrowing gaps (差距由8.2个百分点缩小到4.6个百分点),
  rank positions (第4、第3、第2位, 领先第三名约3个百分点, 处于行业前10%). Tables with years as columns whose
  comparison columns hold signed differences (``较行业平均`` / ``与对手甲差值``: 表1-1, 表2-1, 表3-1, 表5-1);
  表4-1 has years as rows and a last row ``较行业平均（2023年）`` of differences; index series (以2021年为100) in
  3.3, 4.3 and 6.3; a YoY-only series (同比分别增长12.1%、9.4%和15.7%) in 3.3; ``- `` bullets in 4.3.

Planted defects:
- 5.1 创新系统 missing everywhere (no innovation strategy or culture, tolerance of failure, incentives, priority
  of resources for innovation, choice of technology-sourcing modes, or mechanisms to commercialise results),
  guarded by ``forbidden_words``. ``五、持续创新`` has ``5.1 开放创新与知识沉淀``, which is 5.2, and
  ``5.2 持续创新的结果``, which is 5.3 (number trap).
- 2.3 has 2022-2023 only (表2-1 and prose); 2021 appears only in the sentence saying that the strategic
  indicators were re-based with the 2022—2025 plan and the older figures are 不再列示. It has 较行业平均 /
  与对手甲差值 columns, a ranking, a multiple of 对手乙 and a narrowing gap to 瑌潾集团.
- 6.3 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns, an index and 国家标准 (no comparison).
- 3.3 订单准时交付率 96.8 -> 97.5 -> 95.9%, 2023 below 对手甲 (−1.1) and 行业平均 (−0.6), only in 表3-1
  (unexplained anywhere); 1.3 销售净利率 / 净资产收益率 / 净利润 (2022) and 4.3 核心技术人员主动离职率 (2022)
  are explained.
- One 1.2 paragraph (审计与风险委员会, 内审, 举报邮箱, 关联交易审查) sits at the end of ``2.1 战略制定``
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-relative-comparisons/build.py
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
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['5.1'],
    'results_lacking_three_years': ['2.3'],
    'results_lacking_comparison': ['6.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['6.3'],
    # 5.1 创新系统 must be absent everywhere: innovation strategy / culture / tolerance of failure, incentives
    # for invention or suggestions, priority of resources for innovation, technology sourcing modes
    # (introduction, cooperation, own development), basic or disruptive research, commercialisation.
    'forbidden_words': ['创新文化', '创新氛围', '创新理念', '创新意识', '宽容失败', '容忍失败', '容错', '试错',
                        '创新激励', '创新奖', '激励制度', '奖励发明', '专利奖', '合理化建议', '金点子', '提案',
                        '创新专项', '创新驱动', '创新计划', '创新目标', '创新战略', '技术路线图', '技术引进',
                        '引进技术', '自主研发', '基础研究', '前沿', '颠覆', '突破性', '成果转化', '转化',
                        '工程化', '技术许可', '孵化', '研发经费', '科研经费', '创新投入', '立项'],
    'unfavourable_results': [
        {'clause': '3.3',
         'indicator': '订单准时交付率（96.8%→97.5%→95.9%，2023年下降，比对手甲低1.1个百分点、比行业平均低0.6个百分点；'
                      '只在表3-1中，以差值列出）',
         'explained': False},
        {'clause': '1.3', 'indicator': '销售净利率、净资产收益率、净利润（2022年由11.8%、14.6%、1.13亿元降至9.1%、10.2%、'
                                       '0.95亿元）', 'explained': True},
        {'clause': '4.3', 'indicator': '核心技术人员主动离职率（2022年由4.6%升至6.3%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营工业机器人精密减速器与伺服关节模组制造企业（深圳市珸岄精密驱动股份有限公司不存在；'
        '竞争对手嘉兴瑹湓精密机械有限公司（对手甲）、东莞玗溏伺服科技有限公司（对手乙），学习标杆烟台瑌潾传动集团，'
        '调研机构深圳市琭翊市场研究有限公司均为虚构，人名、数字和奖项都是编的），员工1,126人。市场与战略部执笔，'
        '自信、偏爱相对表述的口吻（“文化从哪里来。”“找痛点。”等短引语，PBC、8D、SPC、APQP）。'
        '版式是本样本的重点：结果用相对表述，不写对手原值。纯文本，没有“#”；两行标题（level 0，clause为null），'
        '封面信息块，其中“数据说明”一行说明对手数据只写差值、倍数或位次（@P -）。“企业简介”（level 1，标0）下有'
        '“（一）珸岄是谁”“（二）赛道与位置”两个小标题（level 2，标0）；类目“一、领导”“二、战略规划”“三、聚焦顾客”'
        '“四、以人为本”“五、持续创新”“六、高质量的运营”（level 1，标1…6）；条目“1.1 …”用标准的小数编号（level 2），'
        '7个标题用公司自己的说法（文化：把“精度”写进每个人的习惯=1.1、经营与社会责任成效=1.3、从路线图到作战图=2.2、'
        '客户在哪里、要什么=3.1、让工程师和技师一起长大=4.2、开放创新与知识沉淀=5.2、一微米的较真=6.2）。'
        '结果：正文只写相对比较——差值（高于行业平均4.3分、比行业平均增速高约6个百分点）、倍数（是对手甲的1.3倍）、'
        '差距缩小（由8.2个百分点缩小到4.6个百分点）、位次（第4、第3、第2位，领先第三名约3个百分点，处于行业前10%）；'
        '表1-1、表2-1、表3-1、表5-1以年份为列，比较列“较行业平均”“与对手甲差值”只填带正负号的差值；'
        '表4-1以年份为行，最后一行“较行业平均（2023年）”为差值；3.3、4.3、6.3有指数序列（以2021年为100），'
        '3.3有只给同比的序列（同比分别增长12.1%、9.4%和15.7%），4.3有“- ”列表。'
        '刻意缺陷：5.1 创新系统整条缺失（全文没有创新战略与创新文化、宽容失败、创新激励、创新资源优先配置、'
        '技术引进/合作/自主模式、成果转化机制），“五、持续创新”下“5.1 开放创新与知识沉淀”回答的是5.2，'
        '“5.2 持续创新的结果”是5.3（编号陷阱）。2.3 只有2022年和2023年两年（2021年只出现在说明2022年启用新规划、'
        '指标口径重建、旧口径数据“不再列示”的句子里），有“较行业平均”“与对手甲差值”列、排名、对手乙倍数和与瑌潾集团'
        '差距缩小等比较。6.3 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列、以2021年为100的指数'
        '和国家标准，没有对手、行业、标杆或排名比较。不利结果：3.3 订单准时交付率96.8%、97.5%、95.9%，2023年下降，'
        '比对手甲低1.1个百分点、比行业平均低0.6个百分点，只以差值出现在表3-1中，全文没有解释；1.3 销售净利率、'
        '净资产收益率和净利润2022年下降（已解释：原材料涨价、二季度物流受阻、新厂房折旧）；4.3 核心技术人员主动离职率'
        '2022年上升（已解释：新能源汽车电驱企业高薪挖角，已调整薪酬带宽和持股名额）。一段回答1.2（审计与风险委员会、'
        '内审、举报邮箱、关联交易事前审查）的段落放在“2.1 战略制定”的末尾（misplaced）。其他：与瑌潾集团的差距逐年缩小'
        '（不列为不利结果）；资产负债率、应收账款周转天数、投诉率、离职率（2023年）、回差、零公里不良率、质量损失率越低越好，'
        '下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

PEERS = r'对手甲|对手乙|瑹湓|玗溏|瑌潾|行业平均|第一名|第二名|第三名'
SIGNED = re.compile(r'^(?:[+−\-]\d|—$)')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # plain text: no markdown heading markers
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a block starts with #')
    # relative style: no peer value written in prose (peer name directly followed by a value)
    for b in body:
        if b['clause'] is None or b['type'] != 'text':
            continue
        if re.search(r'(?:%s)(?:为|达到|仅为|约为)\s*[\d.]+(?![\d.]|倍)' % PEERS, b['line']):
            problems.append('peer value written in %s: %s' % (b['clause'], b['line'][:30]))
    # comparison columns / rows of result tables hold signed differences only
    for b in body:
        if b['type'] != 'table' or b['clause'] not in ('1.3', '2.3', '3.3', '4.3', '5.3'):
            continue
        rows = [r.split('\t') for r in b['line'].split('\n')[1:]]
        header = rows[0]
        comp_cols = [i for i, h in enumerate(header) if h.startswith('较') or '差值' in h]
        if b['clause'] == '4.3':
            comp_rows = [r for r in rows[1:] if not r[0].startswith('20')]
            if len(comp_rows) != 1 or not comp_rows[0][0].startswith('较'):
                problems.append('表4-1 needs one 较… difference row')
            for r in comp_rows:
                for c in r[1:]:
                    if not SIGNED.match(c):
                        problems.append('unsigned comparison cell %s in %s' % (c, b['clause']))
            continue
        if not comp_cols:
            problems.append('table in %s has no difference column' % b['clause'])
        for r in rows[1:]:
            for i in comp_cols:
                if not SIGNED.match(r[i]):
                    problems.append('unsigned comparison cell %s in %s' % (r[i], b['clause']))
    # 2.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '2.3':
            for sent in re.split(r'(?<=。)', b['line'].replace('\n', ' ')):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('2.3 mentions an earlier year: ' + sent[:40])
    # 3.3: 订单准时交付率 appears only in 表3-1 (no text anywhere mentions it)
    for b in body:
        if b['type'] == 'text' and '准时' in b['line']:
            problems.append('text mentions 准时交付: %s %s' % (b['clause'], b['line'][:20]))
    if not any(b['type'] == 'table' and b['clause'] == '3.3' and '订单准时交付率' in b['line'] for b in body):
        problems.append('表3-1 lacks 订单准时交付率')
    # 6.3: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '6.3' and re.search(r'瑹湓|玗溏|瑌潾|琭翊|对手', b['line']):
            problems.append('6.3 names a peer')
    # number trap: under 五、 the items are numbered 5.1 (= 5.2) and 5.2 (= 5.3), then 六、
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('五、'))
    if not (heads[idx + 1]['line'].startswith('5.1 ') and heads[idx + 1]['clause'] == '5.2'
            and heads[idx + 2]['line'].startswith('5.2 ') and heads[idx + 2]['clause'] == '5.3'
            and heads[idx + 3]['line'].startswith('六、')):
        problems.append('number trap under 五、 not as planned')
    # every other item heading carries its own decimal number
    for h in heads:
        if h['level'] == 2 and h['clause'] not in ('0', '5.2', '5.3') and not h['line'].startswith(h['clause'] + ' '):
            problems.append('item heading number mismatch: ' + h['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
