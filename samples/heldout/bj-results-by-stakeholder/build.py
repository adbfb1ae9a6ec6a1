#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-results-by-stakeholder from source.txt.

A Beijing private commercial-laundry and linen-rental company, 北京绡潨洗涤服务股份有限公司 (made up; 1,126
staff; hotel linen rental and hospital textile washing and disinfection; its competitors 北京纨浵洗涤科技有限公司
and 廊坊泂绉布草服务有限公司, its benchmark 上海缦岢织物服务集团, the survey firm 北京翷綪市场调查有限公司 and the
京津冀布草洗涤对标联盟 are made up too), written by its 总经理办公室 in a straightforward office voice
(布草租赁, 医用织物, 隧道洗涤线, RFID, 返洗率, 吨布草耗水).

Layout: THE RESULTS CHAPTER IS ORGANISED BY STAKEHOLDER, NOT BY THE STANDARD'S RESULT ITEMS.
- Plain text, no ``#``. Two title lines (level 0) and a cover block (front matter, ``@P -``).
- ``组织概述`` (= 0, level 1) with ``（一）公司基本情况`` (0.1) and ``（二）竞争环境与挑战`` (0.2).
- Chapters ``一、领导`` … ``六、测量、分析与改进`` (level 1); items ``（一）（二）…`` (level 2) numbered by
  position and restarting in every chapter; 11 titles in the company's own words (``（一）班子带头定方向`` = 1.1,
  ``（二）规矩立在前头`` = 1.2, ``（二）把规划落到每个厂`` = 2.2, ``（一）读懂酒店和医院`` = 3.1,
  ``（二）客户关系与满意`` = 3.2, ``（一）员工队伍建设`` = 4.1, ``（二）资金和财务管理`` = 4.2,
  ``（三）信息化与知识积累`` = 4.3, ``（四）洗涤技术与服务标准`` = 4.4, ``（五）厂房设备与车队`` = 4.5,
  ``（一）持续改进与创新`` = 6.2).
- ``七、经营结果`` (= 7) opens with an intro paragraph that says the chapter follows the stakeholders, then
  ``（一）对客户`` ``（二）对员工`` ``（三）对股东`` ``（四）对社会与伙伴`` ``（五）运营与创新``. Each sub-head mixes
  result items; every block is labelled with the item it answers, each sub-head with the item most of its
  blocks answer: 对客户 = 7.2 (7.1 ×3, 7.2 ×4), 对员工 = 7.4, 对股东 = 7.3 (7.3 ×3, 7.6 ×2: 战略目标),
  对社会与伙伴 = 7.6 (7.6 ×4: 纳税、公益、合规、品牌与治理; 7.4 ×1: 供方), 运营与创新 = 7.5 (7.5 ×3,
  7.4 ×2: RFID/专利/信息系统, 设备综合效率). 7.4 is thus spread over three sub-heads, 7.6 over two.
- Results: tables with years as columns and ``纨浵洗涤（2023年）`` / ``泂绉布草（2023年）`` / ``行业平均（2023年）`` /
  ``缦岢集团（2023年）`` columns, 表7-3 with years as rows and peer / 行业平均 rows, prose series, ``· `` bullet
  paragraphs, rankings (联盟成员中排第一位, 7家北京同行中排第一).

Planted defects:
- 6.1 测量、分析和评价 missing everywhere (no measurement system, no analysis or evaluation of performance
  data, no priorities for improvement drawn from such analysis). ``六、测量、分析与改进`` has only
  ``（一）持续改进与创新``, which is 6.2 (ordinal trap). 1.1 (leaders review 12 key indicators monthly) and 2.2
  (strategy task list, forecast and comparison of strategic progress) keep to their own points.
- 7.1 has 2022-2023 only (表7-1); 2021 appears only in the sentence saying the outgoing inspection changed in
  January 2022 and the older figures are not comparable (``不再列示``). It has 纨浵洗涤 / 行业平均 / 缦岢集团 columns.
- 7.6 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` / a plan figure / the local discharge limit
  (no competitor, industry, benchmark or ranking).
- 7.5 洗涤返洗率 1.8 -> 1.6 -> 2.4%, worse than 纨浵洗涤 1.7% and 行业平均 1.9%, only in 表7-7 (unexplained);
  7.2 酒店客户保留率 / 租赁占有率 / 服务客户数 (2022) and 7.3 营业收入 / 净利润 / 营业净利率 / 净资产收益率
  (2022) are explained.
- One 1.3 paragraph (leaders lead emergency washing for hospitals and 养老院 volunteering) sits at the end of
  4.4's ``（四）洗涤技术与服务标准`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-results-by-stakeholder/build.py
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
    'expected_missing': ['6.1'],
    'results_lacking_three_years': ['7.1'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 6.1 测量、分析和评价 must be absent everywhere: no performance-measurement system, no analysis or
    # overall evaluation of performance data, no improvement priorities drawn from it.
    'forbidden_words': ['绩效测量', '测量系统', '测量体系', '指标库', '指标体系', '绩效分析', '绩效评价',
                        '综合评价', '对比分析', '趋势分析', '数据分析', '统计分析', '平衡计分卡', '经营分析',
                        '分析会', '驾驶舱', '仪表盘', '看板', '优先次序', '改进优先', '优先改进', '内外部对比',
                        '测量、分析'],
    'unfavourable_results': [
        {'clause': '7.5',
         'indicator': '洗涤返洗率（1.8%→1.6%→2.4%，2023年上升，高于纨浵洗涤1.7%和行业平均1.9%；只在表7-7中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '酒店客户保留率、北京中高端酒店布草租赁占有率、服务客户数（2022年由93.5%、'
                                       '17.8%、402家降至88.7%、16.2%、389家）', 'explained': True},
        {'clause': '7.3', 'indicator': '营业收入、净利润、营业净利率、净资产收益率（2022年由4.62亿元、3,860万元、'
                                       '8.4%、12.6%降至4.18亿元、2,410万元、5.8%、7.9%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营商业洗涤和布草租赁企业（北京绡潨洗涤服务股份有限公司不存在；竞争对手北京纨浵洗涤科技有限公司、'
        '廊坊泂绉布草服务有限公司，标杆上海缦岢织物服务集团，调研机构北京翷綪市场调查有限公司，京津冀布草洗涤对标联盟均为虚构，'
        '人名、数字都是编的），员工1,126人，服务酒店和医院。总经理办公室执笔，朴实直白的办公室口吻。'
        '版式是本样本的重点：结果一章按利益相关方组织，而不是按准则的结果条目。纯文本，无#；两行标题（level 0）和封面信息块（@P -）；'
        '“组织概述”（level 1，标0）下“（一）公司基本情况”=0.1、“（二）竞争环境与挑战”=0.2；“一、领导”…“六、测量、分析与改进”'
        '（level 1），条目“（一）（二）…”按在本章中的位置编号、每章重新开始，11个标题用公司自己的话。'
        '“七、经营结果”（标7）先有一段引言说明按“对谁负责”组织，然后是“（一）对客户”“（二）对员工”“（三）对股东”'
        '“（四）对社会与伙伴”“（五）运营与创新”；每个小标题下混合多个结果条目，每段/每表按其实际回答的条目标注，'
        '小标题标其下多数段落的条目：对客户=7.2（7.1三块、7.2四块），对员工=7.4，对股东=7.3（7.3三块、7.6两块：战略目标），'
        '对社会与伙伴=7.6（7.6四块、7.4一块：供方），运营与创新=7.5（7.5三块、7.4两块：RFID/专利/信息系统、设备综合效率）。'
        '结果有以年份为列、带“纨浵洗涤（2023年）”“泂绉布草（2023年）”“行业平均（2023年）”“缦岢集团（2023年）”列的表，'
        '表7-3以年份为行并有对手和行业平均行，散文序列，“· ”项目段，排名。'
        '刻意缺陷：6.1 测量、分析和评价整条缺失（全文没有绩效测量系统、绩效数据的分析评价、据此确定改进重点的内容），'
        '“六、测量、分析与改进”下只有“（一）持续改进与创新”，它是6.2（序号陷阱）；1.1（班子每月审视12项关键指标）和2.2'
        '（战略重点任务清单、预测、与联盟和对手对照）只写各自的要点。7.1 只有2022年和2023年两年（2021年只出现在说明2022年1月起'
        '出厂检验方法改变、此前数据不可比“不再列示”的句子里），有纨浵洗涤、行业平均、缦岢集团对比列。7.6 有2021—2023年三年数据，'
        '但只有“2023年目标值”“2025年规划目标”、计划数和北京市地方排放标准限值，没有对手、行业、标杆或排名对比。'
        '不利结果：7.5 洗涤返洗率1.8%、1.6%、2.4%，2023年上升，高于纨浵洗涤1.7%和行业平均1.9%，只出现在表7-7中，正文没有提及或解释；'
        '7.2 酒店客户保留率、租赁占有率和服务客户数2022年下降（已解释：酒店停业或改作隔离点、部分改回自洗）；7.3 营业收入、净利润、'
        '营业净利率、净资产收益率2022年下降（已解释：酒店入住率低迷、天然气涨价和防疫支出）。'
        '一段回答1.3（董事长带队应急洗涤、总经理带志愿者到养老院）的段落放在4.4“（四）洗涤技术与服务标准”之下（misplaced）。'
        '其他：与缦岢集团的差距逐年缩小（不列为不利结果）；流失率、投诉率、工伤率、耗水耗气、周转时间、资产负债率越低越好，'
        '下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

STAKEHOLDER_HEADS = ['（一）对客户', '（二）对员工', '（三）对股东', '（四）对社会与伙伴', '（五）运营与创新']
PEERS = '纨浵|泂绉|缦岢|联盟'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # plain text: no markdown headings
    for b in blocks:
        if re.match(r'#', b['line']):
            problems.append('markdown marker in: ' + b['line'][:20])
    # 7.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.1 mentions an earlier year: ' + sent[:40])
    # 7.5: the 2023 rise of 返洗率 appears only in the table
    for b in body:
        if b['clause'] == '7.5' and b['type'] == 'text' and '返洗' in b['line']:
            problems.append('7.5 text mentions 返洗率')
    # 7.6: no competitor, benchmark or alliance names; three years present
    six = ''.join(b['line'] for b in body if b['clause'] == '7.6')
    if re.search(PEERS, six):
        problems.append('7.6 names a competitor, benchmark or the alliance')
    for y in ('2021', '2022', '2023'):
        if y not in six:
            problems.append('7.6 lacks ' + y)
    # ordinal trap: the only item heading under 六、 is （一） and answers 6.2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('六、'))
    if not (heads[idx + 1]['line'].startswith('（一）') and heads[idx + 1]['clause'] == '6.2'
            and heads[idx + 2]['line'].startswith('七、')):
        problems.append('ordinal trap under 六、 not as planned')
    # results chapter: stakeholder sub-heads, each labelled with the majority clause of its blocks
    i7 = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('七、'))
    subs = [i for i in range(i7 + 1, len(blocks)) if blocks[i]['type'] == 'heading']
    if [blocks[i]['line'] for i in subs] != STAKEHOLDER_HEADS:
        problems.append('results sub-heads not the stakeholder heads')
    for n, i in enumerate(subs):
        end = subs[n + 1] if n + 1 < len(subs) else len(blocks)
        counts = {}
        for b in blocks[i + 1:end]:
            counts[b['clause']] = counts.get(b['clause'], 0) + 1
        best = max(counts.values())
        winners = [c for c, k in counts.items() if k == best]
        if winners != [blocks[i]['clause']]:
            problems.append('sub-head %s labelled %s, blocks %s' % (blocks[i]['line'], blocks[i]['clause'], counts))
    for c in ('7.1', '7.2', '7.3', '7.4', '7.5', '7.6'):
        if not any(b['clause'] == c for b in body):
            problems.append('no block answers ' + c)
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
