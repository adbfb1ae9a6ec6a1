#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-global-ordinals from source.txt.

A Shenzhen private property-and-facility services company for industrial parks, 深圳市嵚湲园区服务有限公司
(made up; about 1,500 staff, 47 parks in 深圳/东莞/惠州; its peers 东莞汯琂产业园服务有限公司 (汯琂园服) and
深圳市崧湓物业管理有限公司 (崧湓物业), its benchmark 苏州碶瑒园区综合服务集团 (碶瑒集团), the survey firm
沇昱市场调查有限公司 (沇昱调查), the 深圳市产业园区服务联盟 and the founder 邬承岳 are made up too), written by
its 品质部 in a plain, modest voice (我们……, 还有不小差距, 恳请批评指正).

Layout: ITEMS NUMBERED STRAIGHT THROUGH THE WHOLE REPORT.
- Plain text, no ``#``. Two title lines (level 0), a cover block (``@P -``), a heading ``前言`` (level 1,
  clause null) and one 前言 paragraph (``@P -``) that says the items are numbered continuously and that a
  few items are written as two.
- The profile is an unnumbered line ``组织概述`` (= 0, level 1) with plain paragraphs.
- Categories ``第一部分　高标准定位`` / ``第二部分　高质量运行`` / ``第三部分　高绩效结果`` (level 1, = 1/2/3),
  with the standard's titles; there is no 1.1 / 1.2 item level at all.
- Directly under the categories, leaf items numbered ``（一）`` … ``（十八）`` **continuing across the
  categories** (第二部分 starts at ``（五）``, 第三部分 at ``（十）``), all titles in the company's own words
  (``（一）定方向：从“看好房子”到“服务好园区里的企业”`` = 1.1.1, ``（四）规划落地靠什么保障`` = 1.2.2,
  ``（七）目标分到人、数据看得见`` = 2.2.1, ``（十六）客户满不满意`` = 3.2.2 …). Three result leaves are written
  as two items each: ``（十）守法合规与队伍建设`` + ``（十一）在行业里的位置和口碑`` = 3.1.1,
  ``（十二）规划目标完成得怎样`` + ``（十三）经营效益`` = 3.1.2, ``（十四）设施和服务的质量`` +
  ``（十五）响应速度和应急保障`` = 3.2.1; so from （十一） on the ordinal is not the leaf's position.
- Sub-points: ``1.方向是怎样定下来的`` style lines (level 3, labelled with their item, numbering restarting
  in every item) in （一）（三）（七）; run-ins ``一是……二是……`` inside paragraphs in （二）（九）.
- Intro paragraphs under 第一部分 (= 1) and 第三部分 (= 3).
- Results: tables with years as columns and ``汯琂园服（2023年）`` / ``崧湓物业（2023年）`` /
  ``行业平均（2023年）`` columns (表3-1, 表3-3, 表3-4), 表3-2 with years as rows and peer / 行业平均 rows,
  prose series (``三年分别为…``, ``由…增加到…、…``), rankings (联盟名录 第9→7→5位, 沇昱调查 第7→4位),
  ``——`` bullet paragraphs in 3.3.2.

Planted defects:
- 2.2.2 过程优化 missing everywhere (no process optimisation, standardisation/lean programmes, QC teams,
  quality tools, PDCA, or use of technology to improve work processes). After ``（七）`` (= 2.2.1) comes
  ``（八）创新方向怎么定``, which is 2.3.1 (ordinal trap: （八） is the ordinal 2.2.2 would have had).
- 3.2.2 has 2022-2023 only (表3-4 and the ranking); 2021 appears only in the sentence saying the older
  questionnaires are not comparable and ``不再列示``. It has 行业平均, both peers and a ranking.
- 3.3.1 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no comparison).
- Unfavourable: 3.2.1 工单按时完成率 98.6 -> 98.9 -> 97.8 %, below 汯琂园服 98.4 and 行业平均 98.2, only in
  表3-3 (unexplained); 3.1.1 一线员工年流失率 rose to 34.2 % in 2022 and 3.1.2 净利润 / 销售净利率 /
  成本费用率 worsened in 2022 (both explained).
- One 1.1.2 paragraph (技能比武, 班组长带班训练营) sits at the end of ``（六）服务标准和管理体系`` (2.1.2)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-global-ordinals/build.py
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
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': LEAVES,
    'expected_missing': ['2.2.2'],
    'results_lacking_three_years': ['3.2.2'],
    'results_lacking_comparison': ['3.3.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.1'],
    # 2.2.2 过程优化 must be absent everywhere: no process optimisation or re-engineering, no
    # standardisation / lean / refinement programmes, QC teams, quality or statistical tools, PDCA,
    # and no use of technology to improve work processes.
    'forbidden_words': ['过程优化', '流程优化', '优化流程', '流程再造', '再造', '精益', 'QC', '质量工具',
                        '管理工具', '统计技术', '统计工具', 'PDCA', '戴明', '六西格玛', '持续改进', '改进项目',
                        '改善项目', '精细化', '流程改进', '过程改进', '流程简化', '简化流程', '压减环节',
                        '根因', '鱼骨', '5S', '6S', '工作效率', '作业效率', '提质增效', '效率提升', '提升效率',
                        '提高效率', '改进工具', '合理化', '价值流', '瓶颈'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '工单按时完成率（98.6%→98.9%→97.8%，2023年下降，低于汯琂园服98.4%和行业平均98.2%；只在表3-3中）',
         'explained': False},
        {'clause': '3.1.1', 'indicator': '一线员工年流失率（2022年由29.6%升至34.2%）', 'explained': True},
        {'clause': '3.1.2', 'indicator': '净利润、销售净利率、成本费用率（2022年净利润由3,260万元降至2,480万元，'
                                         '销售净利率由5.8%降至4.2%，成本费用率由93.1%升至94.6%）',
         'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳民营产业园区物业与设施管理服务企业（深圳市嵚湲园区服务有限公司不存在；同行东莞汯琂产业园服务有限公司、'
        '深圳市崧湓物业管理有限公司，标杆苏州碶瑒园区综合服务集团，调研机构沇昱市场调查有限公司，深圳市产业园区服务联盟，创始人邬承岳'
        '均为虚构，数字和奖项都是编的），员工约1,500人。品质部执笔，朴实、谦虚的口吻。版式是本样本的重点：条目全文连续编号。'
        '纯文本，无#；两行标题（level 0），封面信息块（@P -），“前言”标题（level 1，clause为null）和一段前言（@P -，说明条目全文连续编号、'
        '个别条目拆成两条写）；“组织概述”是一行不编号的标题（level 1，标0），下面是普通段落；类目“第一部分　高标准定位”“第二部分　高质量运行”'
        '“第三部分　高绩效结果”（level 1，标1/2/3），没有1.1/1.2这一级；类目下直接是叶条款条目“（一）”…“（十八）”，编号跨部分连续'
        '（第二部分从（五）开始，第三部分从（十）开始），标题都是公司自己的话。三个结果条款各拆成两个条目：（十）+（十一）=3.1.1，'
        '（十二）+（十三）=3.1.2，（十四）+（十五）=3.2.1，所以从（十一）起序号与条款位置不再对应。（一）（三）（七）下有“1.…”“2.…”小标题行'
        '（level 3，标所属条款，每条重新编号），（二）（九）用“一是……二是……”段内列举。第一部分和第三部分下各有一段引言（标1、3）。'
        '结果：年份为列、带“汯琂园服（2023年）”“崧湓物业（2023年）”“行业平均（2023年）”列的表（表3-1、3-3、3-4），表3-2年份为行、'
        '同行和行业平均为行；“三年分别为…”“由…增加到…、…”的文字序列，排名（联盟名录第9、7、5位，沇昱调查第7、4位），3.3.2用“——”列举段。'
        '刻意缺陷：2.2.2 过程优化整条缺失（全文没有过程优化、标准化/精益/精细化管理、QC小组、质量或统计工具、PDCA、用技术改进工作过程的内容），'
        '（七）=2.2.1之后紧接“（八）创新方向怎么定”，它是2.3.1（序号陷阱：（八）本是2.2.2应有的序号）。3.2.2 只有2022、2023两年'
        '（表3-4和排名），2021年只出现在说明旧问卷不可比“不再列示”的句子里，有行业平均、两家同行和排名对比。3.3.1 有2021—2023年数据，'
        '但只有“2023年目标值”“2025年规划目标”列，没有对比。不利结果：3.2.1 工单按时完成率98.6%、98.9%、97.8%，2023年下降，'
        '低于汯琂园服98.4%和行业平均98.2%，只在表3-3中，正文未提及或解释；3.1.1 一线员工年流失率2022年升至34.2%（已解释：封闭管理期间'
        '员工返乡未返岗、周边工厂高薪招工）；3.1.2 净利润、销售净利率2022年下降、成本费用率上升（已解释：防疫费用、服务费减免、新园区开办投入）。'
        '一段回答1.1.2的段落（技能比武、班组长带班训练营）放在“（六）服务标准和管理体系”（2.1.2）末尾（misplaced）。'
        '其他：有效投诉率、流失率（2023年）、非计划停电、电梯困人故障率、应收账款周转天数越低越好，下降是有利结果；'
        '人均在管面积逐年提高但低于碶瑒集团、中级技能员工占比低于碶瑒集团，差距在缩小或只与标杆比，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四',
            '十五', '十六', '十七', '十八']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # no Markdown markers
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a line starts with #')
    # level-2 items: （一）…（十八）, numbered straight through the report
    items = [h for h in heads if h['level'] == 2]
    got = [re.match(r'（([一二三四五六七八九十]+)）', h['line']) for h in items]
    if [m.group(1) if m else None for m in got] != ORDINALS:
        problems.append('items not numbered （一）…（十八） straight through: %s' % [h['line'][:6] for h in items])
    # the ordinal trap: （七） is 2.2.1 and （八） is 2.3.1
    if len(items) == 18 and not (items[6]['clause'] == '2.2.1' and items[7]['clause'] == '2.3.1'):
        problems.append('ordinal trap after （七） not as planned')
    # categories continue the numbering: 第二部分 starts at （五）, 第三部分 at （十）
    for i, b in enumerate(blocks):
        if b['type'] == 'heading' and b['line'].startswith(('第二部分', '第三部分')):
            nxt = next(x for x in blocks[i + 1:] if x['type'] == 'heading' and x['level'] == 2)
            want = '（五）' if b['line'].startswith('第二部分') else '（十）'
            if not nxt['line'].startswith(want):
                problems.append('%s does not start at %s' % (b['line'][:4], want))
    # 3.2.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.2.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.2.2 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 drop of 工单按时完成率 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and ('按时完成' in b['line'] or '工单' in b['line']):
            problems.append('3.2.1 text mentions 工单按时完成率')
    # 3.3.1: no peer or benchmark names
    for b in body:
        if b['clause'] == '3.3.1' and re.search('汯琂|崧湓|碶瑒|联盟|沇昱', b['line']):
            problems.append('3.3.1 names a peer, the benchmark or a ranking source')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
