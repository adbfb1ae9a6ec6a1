#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-chapter-guides from source.txt.

A Beijing municipal state-owned urban rail-transit maintenance and rolling-stock overhaul company,
北京琠溏轨道交通维保有限公司 (made up; its parent 北京溏岫轨道交通集团有限公司, its peers 天津琷湋轨道车辆检修
有限公司 and 郑州珒滢城轨装备有限公司, its benchmark 广州玘瀞轨道交通维保集团, the survey firm 崿琮市场研究有限公司,
the 全国城轨车辆检修协作网 and 燕澈理工大学 are made up too; 1,812 staff), written by its 企业管理部 in a
formal company-office voice (架修/大修, 在修天数, 一次交验合格率, 国产化替代, 状态修).

Layout: EVERY CHAPTER OPENS WITH A "本章导读" PARAGRAPH.
- Plain text, no ``#``. Two title lines (level 0) and a cover block (front matter, ``@P -``).
- ``第一部分 组织概述`` (= 0, level 1) with ``一、组织描述`` (0.1) and ``二、组织面临的挑战`` (0.2) (level 2)
  and ``（一）（二）…`` sub-headings (level 3, labelled 0.1 / 0.2).
- Chapters ``第二部分 领导`` … ``第八部分 结果`` (level 1): the chapter number is the standard's category + 1.
  Items ``一、二、三、`` (level 2) restart in every chapter; 11 of the 22 item titles are the company's own words
  (``一、班子领航与质量文化`` = 1.1, ``三、责任担当`` = 1.3, ``二、战略落地与监控`` = 2.2, ``一、读懂运营商需求`` = 3.1,
  ``二、资金与预算管控`` = 4.2, ``三、数据与知识`` = 4.3, ``五、携手供方与合作伙伴`` = 4.6, ``一、检修过程的识别与设计``
  = 5.1, ``一、绩效测量与评价`` = 6.1, ``一、检修质量与服务成果`` = 7.1, ``五、关键过程绩效`` = 7.5). Sub-points
  ``（一）（二）…`` (level 3, labelled with their item) in 1.1, 1.2, 1.3, 2.1, 2.2, 4.1, 5.1.
- The first block of every chapter (the profile too) is one plain paragraph
  ``本章导读：本部分从……、……和……三个方面，介绍……`` naming the chapter's items, labelled with the chapter's
  category clause (0, 1, …, 7).
- Results: 表8-1 (7.1) and 表8-4 (7.5) with years as columns and peer / ``行业平均（2023年）`` / benchmark
  columns; 表8-3 (7.3) with years as rows plus ``琷湋检修（2023年）`` and ``行业平均（2023年）`` rows; 7.4 as prose
  series (``由31.6%提高到34.2%、37.5%``) with a ranking; 7.2 a ranking among 9 surveyed companies.

Planted defects:
- 4.5 基础设施 missing: no facility provision, maintenance, renewal or failure-hazard content anywhere. The
  chapter guide of ``第五部分 资源`` still names ``基础设施`` among its six aspects (the writer drafted the guide
  before cutting the section); the body has five items, so ``五、携手供方与合作伙伴`` is 4.6 (ordinal trap).
  ``设施`` occurs only in that guide sentence; other 4.5 words are forbidden everywhere.
- 7.2 has 2022-2023 only (表8-2 with 琷湋检修 / 珒滢装备 / 行业平均 columns, a ranking); 2021 appears only in the
  sentence saying the third-party survey and customer-group statistics began in 2022 (``不予列示``).
- 7.6 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (and 北京市下达的节能指标): no comparison.
- 7.1 修竣车辆质保期内故障率 0.42 -> 0.38 -> 0.45 次/万车公里, worse than 琷湋检修 0.41, only in 表8-1
  (unexplained); 7.3 利润总额 / 净资产收益率 (2022) and 7.5 A型车平均在修天数 (2022) are explained.
- One 4.1 paragraph (岗位资格, 三级培训体系, 师带徒, 技能鉴定) sits at the end of 5.1's
  ``（二）过程设计与应急准备`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-chapter-guides/build.py
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
    'profile_clauses': ['0', '0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['4.5'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 4.5 基础设施 must be absent everywhere: no provision of facilities, maintenance, renewal or
    # failure hazards. ``设施`` / ``基础设施`` are checked in extra_checks (allowed in the 第五部分 guide only).
    'forbidden_words': ['厂房', '库房', '检修库', '架车机', '镟床', '完好率', '点检', '维护保养', '保养',
                        '更新改造', '设备更新', '设备改造', '设备台账', '设备管理', '工装', '天车', '特种设备',
                        '起重', '试验台', '检修线', '生产线', '机床', '场地', '预防性维护', '故障性维护',
                        '设备故障', '设备维修'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '修竣车辆质保期内故障率（0.42→0.38→0.45次/万车公里，2023年上升，高于琷湋检修0.41；只在表8-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '利润总额、净资产收益率、成本费用利润率（2022年由1.08亿元、7.9%、9.6%降至'
                                       '0.86亿元、6.1%、7.1%）', 'explained': True},
        {'clause': '7.5', 'indicator': 'A型车平均在修天数（2022年由32天增至36天）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有城市轨道交通车辆维保与架大修企业（北京琠溏轨道交通维保有限公司不存在；母公司北京溏岫'
        '轨道交通集团有限公司、同行天津琷湋轨道车辆检修有限公司和郑州珒滢城轨装备有限公司、标杆广州玘瀞轨道交通维保集团、'
        '调研机构崿琮市场研究有限公司、全国城轨车辆检修协作网、燕澈理工大学均为虚构，人名、数字和奖项都是编的），员工1,812人。'
        '企业管理部执笔，正式的公司机关口吻（架修/大修、在修天数、一次交验合格率、国产化替代、状态修）。'
        '版式是本样本的重点：每一部分开头都有一段“本章导读：本部分从……、……和……三个方面，介绍……”，点出本章各条目，'
        '标本章的一级指标（0、1…7）。纯文本，无#；两行标题（level 0）和封面信息块（@P -）；“第一部分 组织概述”（标0）'
        '下“一、组织描述”=0.1、“二、组织面临的挑战”=0.2，其下有（一）（二）小标题；“第二部分 领导”…“第八部分 结果”，'
        '部分序号比准则一级指标大1；条目“一、二、三、”每部分重新编号，22个条目中11个用公司自己的标题（一、班子领航与质量文化=1.1，'
        '三、责任担当=1.3，二、战略落地与监控=2.2，一、读懂运营商需求=3.1，二、资金与预算管控=4.2，三、数据与知识=4.3，'
        '五、携手供方与合作伙伴=4.6，一、检修过程的识别与设计=5.1，一、绩效测量与评价=6.1，一、检修质量与服务成果=7.1，'
        '五、关键过程绩效=7.5）；部分条目下有（一）（二）小标题（level 3，标所属条目）。结果：表8-1、表8-4以年份为列，'
        '带同行、行业平均（2023年）和玘瀞集团列；表8-3以年份为行，另有琷湋检修（2023年）和行业平均（2023年）行；'
        '7.4为文字序列（由31.6%提高到34.2%、37.5%）并有排名；7.2有9家企业中的排名。'
        '刻意缺陷：4.5 基础设施整条缺失（全文没有设施配置、维护、更新改造或设施失效带来的安全环境问题），但“第五部分 资源”'
        '的本章导读仍列出“基础设施”（先写导读、后删章节），正文只有五个条目，“五、携手供方与合作伙伴”是4.6（序号陷阱）；'
        '“设施”只出现在这一句导读中。7.2 只有2022年和2023年（2021年只出现在说明2022年起才开展第三方测评和按顾客群统计、'
        '“不予列示”的句子里），有琷湋检修、珒滢装备、行业平均对比和排名。7.6 有2021—2023年三年数据，但只有“2023年目标值”'
        '和“2025年规划目标”列及“北京市下达的节能指标”，没有对手、行业、标杆或排名对比。不利结果：7.1 修竣车辆质保期内故障率'
        '0.42、0.38、0.45次/万车公里，2023年上升且高于琷湋检修0.41，只出现在表8-1中，正文未提及、未解释；7.3 2022年利润总额、'
        '净资产收益率、成本费用利润率下降（已解释：疫情使14列架修推迟、进口材料涨价）；7.5 2022年A型车平均在修天数增加'
        '（已解释：进口制动阀和轴承到货周期延长）。一段回答4.1的段落（岗位资格、三级培训体系、师带徒、技能鉴定）放在5.1'
        '“（二）过程设计与应急准备”之下（misplaced）。其他：员工主动离职率、投诉件数、能耗下降是有利结果；与玘瀞集团的差距'
        '不列为不利结果。组织概述（0、0.1、0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

CN = '一二三四五六七八九十'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    # every chapter (level-1 heading) is followed by its 本章导读 paragraph, labelled with the chapter's clause
    chapters = [i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['level'] == 1]
    if len(chapters) != 8:
        problems.append('expected 8 chapters, got %d' % len(chapters))
    for n, i in enumerate(chapters):
        head, nxt = blocks[i], blocks[i + 1]
        if not head['line'].startswith('第%s部分 ' % CN[n]):
            problems.append('chapter heading not 第%s部分: %s' % (CN[n], head['line']))
        if head['clause'] != str(n):
            problems.append('chapter %s labelled %s' % (head['line'], head['clause']))
        if nxt['type'] != 'text' or nxt['clause'] != head['clause'] \
                or not re.match(r'本章导读：本部分从.+个方面，介绍', nxt['line']):
            problems.append('chapter %s does not open with its 本章导读' % head['line'])
    guides = [b for b in body if b['line'].startswith('本章导读')]
    if len(guides) != 8:
        problems.append('expected 8 guide paragraphs, got %d' % len(guides))
    # items restart at 一、 in every chapter and count up
    for n, i in enumerate(chapters):
        end = chapters[n + 1] if n + 1 < len(chapters) else len(blocks)
        items = [b for b in blocks[i:end] if b['type'] == 'heading' and b['level'] == 2]
        for k, it in enumerate(items):
            if not it['line'].startswith(CN[k] + '、'):
                problems.append('item ordinal out of order: ' + it['line'])
    # 4.5: 设施 only in the 第五部分 guide, which names 基础设施; the ordinal trap under 第五部分
    res_guide = blocks[chapters[4] + 1]
    if '基础设施' not in res_guide['line']:
        problems.append('the 资源 guide does not name 基础设施')
    for b in body:
        if '设施' in b['line'] and b is not res_guide:
            problems.append('设施 outside the 资源 guide: ' + b['line'][:20])
    items = [b for b in blocks[chapters[4]:chapters[5]] if b['type'] == 'heading' and b['level'] == 2]
    if [b['clause'] for b in items] != ['4.1', '4.2', '4.3', '4.4', '4.6'] or not items[4]['line'].startswith('五、'):
        problems.append('ordinal trap under 第五部分 not as planned')
    # 7.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('7.2 mentions an earlier year: ' + sent[:40])
    # 7.1: the rise of 质保期内故障率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '故障率' in b['line']:
            problems.append('7.1 text mentions 质保期内故障率')
    # 7.6: no peer or benchmark names
    for b in body:
        if b['clause'] == '7.6' and re.search('琷湋|珒滢|玘瀞|崿琮|协作网', b['line']):
            problems.append('7.6 names a peer, benchmark or industry source')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
