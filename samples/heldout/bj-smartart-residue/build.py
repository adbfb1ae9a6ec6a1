#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-smartart-residue from source.txt.

A Beijing private full-process engineering-consulting and project-management firm, 北京璆澥工程咨询有限公司
(made up; 812 staff; its competitors 上海玓瀺工程顾问有限公司 and 北京珝淯项目管理有限公司, its benchmark
深圳瑸湜工程顾问集团, the survey firm 北京崟滉市场调查有限公司 and the 京畿工程咨询发展联盟 are made up too),
written by its 技术质量部 in a methodical voice that points to its figures and tables all the time
(``如图2-1所示``, ``详见表7-4``).

Layout: DIAGRAM RESIDUE. The report was copied from Word to plain text and the text inside its SmartArt
graphics, flowcharts and org charts came along: after (or before) a figure caption ``图n-m ……`` stand the
diagram's box texts, one short line each (``股东会``, ``战略分析``, ``→``, ``战略部署``, ``顾客之声 VOC``,
``PDCA``, ``专业工程师`` …). They look like headings but are residue; each is labelled with the clause of the
item it sits in.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph (``@P -``).
- ``组织概述`` (= 0, level 1) with ``（一）组织描述`` (0.1) and ``（二）组织面临的挑战`` (0.2); categories
  ``一、领导`` … ``七、结果`` (level 1); items ``（一）…`` (level 2), numbered by position inside the category;
  three-level sub-heads ``1. 组织文化与品牌建设`` … in 1.1 and ``1. 组织与人员配置`` … in 4.1 (level 3, labelled
  with the item). Own-words item titles: 1.3 做有温度的工程咨询人, 2.2 把战略落到每个项目, 3.1 读懂业主,
  4.3 数据与知识, 4.6 与合作伙伴共成长, 5.1 全过程咨询的过程体系, 6.2 持续改进与创新, 7.1 咨询服务结果.
- Fourteen diagrams in the profile and process chapters (图0-1 org chart, 图0-2, 图1-1, 图1-2, 图2-1 战略管理流程,
  图2-2, 图3-1 顾客之声闭环, 图4-1, 图4-2, 图4-3, 图5-1 价值链, 图5-2, 图6-1, 图6-2): caption first or last; the
  box texts are blocks of their own, except 图5-2 and 图6-1 (``@F``: caption and box texts in ONE block, one
  per line). Some box texts equal standard titles (``战略制定``, ``战略部署``, ``人力资源部``).
- Results: 表7-1 / 表7-4 years as columns with competitor and ``行业平均（2023年）`` columns, 表7-2 years as
  rows with competitor and 行业平均 rows, 表7-3 with target columns only, 表7-5 (2022–2023) with 玓瀺顾问 /
  行业平均 columns; prose series (7.1, 7.4, 7.5), ``· `` bullets (7.4), rankings (7.2, 7.4, 7.6); two charts
  with residue: 图7-1 (axis values, x-axis years, data labels per series and the legend as blocks of their
  own) and 图7-2 (one ``@F`` block).

Planted defects:
- 4.5 基础设施 missing everywhere (no offices, IT hardware, instruments, vehicles, their maintenance or
  renewal, no 设施 results in 7.4). ``四、资源`` goes ``（四）技术资源`` = 4.4 → ``（五）与合作伙伴共成长`` = 4.6
  (ordinal trap: （五） is 4.5's number).
- 7.6 has 2022–2023 only (表7-5); 2021 appears only in the sentence saying the indicators were unified in
  2022 and older data is ``不再列示``. It has 玓瀺顾问 / 行业平均 columns and a ranking.
- 7.3 has 2021–2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no comparison).
- 7.1 咨询成果一次审查通过率 98.6 → 98.9 → 97.9%, below 玓瀺顾问 98.4, 珝淯管理 98.2 and 行业平均 98.1,
  only in 表7-1 (unexplained); 7.2 新签合同额 (2022) and 7.3 净利润 / 销售净利率 / 经营现金流 /
  应收账款周转天数 (2022) are explained.
- One 4.3 paragraph (知识复用、知识价值评价、数据与知识的准确性和保密) sits at the end of 6.2
  ``（二）持续改进与创新`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-smartart-residue/build.py
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
    'expected_missing': ['4.5'],
    'results_lacking_three_years': ['7.6'],
    'results_lacking_comparison': ['7.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.3'],
    # 4.5 基础设施 must be absent everywhere: no premises, hardware, instruments, vehicles, no upkeep or
    # renewal of them, no hazards from their failure.
    'forbidden_words': ['设施', '设备', '办公场所', '办公场地', '办公楼', '办公区', '办公环境', '维护保养',
                        '维保', '更新改造', '机房', '服务器', '硬件', '仪器', '车辆', '工位', '场地', '装修',
                        '租赁', '物业', '无人机', '检修'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '咨询成果一次审查通过率（98.6%→98.9%→97.9%，2023年下降，低于玓瀺顾问98.4%、珝淯管理98.2%'
                      '和行业平均98.1%；只在表7-1中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '新签合同额（2022年由8.12亿元降至7.26亿元）', 'explained': True},
        {'clause': '7.3', 'indicator': '净利润、销售净利率、经营活动现金流量净额（2022年由6,120万元、9.5%、'
                                       '5,480万元降至4,730万元、7.2%、3,960万元），应收账款周转天数（2022年由168天'
                                       '升至181天）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京民营全过程工程咨询和项目管理企业（北京璆澥工程咨询有限公司不存在；竞争对手上海玓瀺工程顾问有限公司'
        '和北京珝淯项目管理有限公司、标杆深圳瑸湜工程顾问集团、调研机构北京崟滉市场调查有限公司、京畿工程咨询发展联盟均为虚构，'
        '人名、数字和奖项都是编的），员工812人。技术质量部执笔，有条理、处处引用图表的口吻（“如图2-1所示”“详见表7-4”）。'
        '版式是本样本的重点：报告从Word复制成纯文本，SmartArt、流程图和组织结构图里的框内文字随之留下，'
        '在图题“图n-m ……”之后（或之前）每个框一行短文字（“股东会”“战略分析”“→”“战略部署”“顾客之声 VOC”“PDCA”…），'
        '看似标题，实为残留，均标其所在条目。纯文本，无#；两行标题（level 0，clause为null）、封面信息块和“编写说明”（@P -）；'
        '“组织概述”（level 1，标0）下“（一）组织描述”=0.1、“（二）组织面临的挑战”=0.2（level 2）；“一、领导”…“七、结果”'
        '（level 1）；条目“（一）…”（level 2），按在本章中的位置编号；1.1和4.1下有“1. 组织文化与品牌建设”等三级小标题'
        '（level 3，标所属条目）。自拟条目标题：1.3 做有温度的工程咨询人、2.2 把战略落到每个项目、3.1 读懂业主、4.3 数据与知识、'
        '4.6 与合作伙伴共成长、5.1 全过程咨询的过程体系、6.2 持续改进与创新、7.1 咨询服务结果。组织概述和过程章节共14个图'
        '（图0-1组织结构图、图0-2、图1-1、图1-2、图2-1战略管理流程、图2-2、图3-1顾客之声闭环、图4-1、图4-2、图4-3、图5-1价值链、'
        '图5-2、图6-1、图6-2），图题在前或在后；框内文字各成一块，只有图5-2和图6-1是图题加框内文字同在一块（每行一个）。'
        '部分残留文字与准则标题相同（“战略制定”“战略部署”“人力资源部”）。结果：表7-1、表7-4年份为列，带对手和“行业平均（2023年）”列；'
        '表7-2年份为行，带对手和行业平均行；表7-3只有目标列；表7-5（2022—2023年）带玓瀺顾问和行业平均列；7.1、7.4、7.5有文字序列，'
        '7.4有“· ”项目符号，7.2、7.4、7.6有排名；两个图表带残留：图7-1（坐标轴数值、横轴年份、按系列的数据标签和图例各成一块）'
        '和图7-2（一个多行块）。'
        '刻意缺陷：4.5 基础设施整条缺失（全文没有办公场所、信息硬件、仪器、车辆及其维护和更新，7.4也没有设施结果），'
        '“四、资源”的“（四）技术资源”=4.4之后是“（五）与合作伙伴共成长”=4.6（序号陷阱）。7.6 只有2022年和2023年'
        '（2021年只出现在说明2022年起统一口径、此前数据“不再列示”的句子里），有玓瀺顾问、行业平均对比列和排名。'
        '7.3 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：7.1 咨询成果一次审查通过率98.6%、98.9%、97.9%，2023年下降，低于玓瀺顾问98.4%、珝淯管理98.2%和行业平均98.1%，'
        '只出现在表7-1中，正文没有提及或解释；7.2 新签合同额2022年下降（已解释：房地产开发类委托减少、两个区级政府项目立项推迟）；'
        '7.3 净利润、销售净利率、经营现金流2022年下降、应收账款周转天数上升（已解释：政府业主付款周期延长、多计提信用减值、疫情停工）。'
        '一段回答4.3（知识复用与价值评价、数据和知识的准确性与保密）的段落放在6.2“（二）持续改进与创新”的末尾（misplaced）。'
        '其他结果：投资节约率与瑸湜集团的差距逐年缩小（不列为不利结果）；市场占有率排名第四、满意度排名第二；'
        '设计变更费用占比、复核差错率、办结时长、离职率、资产负债率越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def read_figure(head, body, chunk):
    """``@F clause``: a figure caption and its diagram's box texts kept together, one per line."""
    clause = head.split()[1]
    return {'type': 'text', 'clause': clause, 'line': '\n'.join(ln.strip() for ln in body).strip(),
            'misplaced_under': None}


def parse(path):
    return parse_source(path, extra={'@F ': read_figure})


def is_residue(b):
    return b['type'] == 'text' and b['clause'] is not None and len(b['line']) <= 26 \
        and not re.match(r'图\d+-\d+ ', b['line']) and '。' not in b['line']


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # diagrams with residue in the profile and process chapters: a caption next to box-text blocks of its
    # clause, or an @F block (caption + box texts on several lines)
    n_diag = 0
    for i, b in enumerate(blocks):
        if b['type'] != 'text' or not re.match(r'图[0-6]-\d+ ', b['line']):
            continue
        if '\n' in b['line']:
            n_diag += 1
            continue
        near = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        if any(is_residue(n) and n['clause'] == b['clause'] for n in near):
            n_diag += 1
        else:
            problems.append('caption without residue: ' + b['line'])
    if n_diag < 10:
        problems.append('expected at least 10 diagrams with residue, got %d' % n_diag)
    residue = [b for b in body if is_residue(b)]
    if len(residue) < 60:
        problems.append('expected at least 60 residue blocks, got %d' % len(residue))
    # result charts with residue
    for cap in ('图7-1 ', '图7-2 '):
        if not any(b['line'].startswith(cap) for b in body):
            problems.append('missing chart ' + cap)
    # 7.6: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.6':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'(19|20)(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.6 mentions an earlier year: ' + sent[:40])
    # 7.1: the drop of 一次审查通过率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '审查通过' in b['line']:
            problems.append('7.1 text mentions 一次审查通过率')
    # 7.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '7.3' and re.search('玓瀺|珝淯|瑸湜|联盟|崟滉', b['line']):
            problems.append('7.3 names a competitor, benchmark or survey')
    # ordinal trap: 四、 has （一）…（五）, and （五） answers 4.6
    heads = [b for b in blocks if b['type'] == 'heading']
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('四、'))
    items = []
    for h in heads[idx + 1:]:
        if h['level'] == 1:
            break
        if h['level'] == 2:
            items.append(h)
    if [h['clause'] for h in items] != ['4.1', '4.2', '4.3', '4.4', '4.6'] \
            or not items[-1]['line'].startswith('（五）'):
        problems.append('ordinal trap under 四、 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
