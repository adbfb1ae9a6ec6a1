#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-long-titles from source.txt.

A Wuhan municipal state-owned operator of outsourced public-library services and cultural venues,
武汉琟淂文化服务有限公司 (made up; its parent 武汉碕皛文化投资集团有限公司, its local competitor 湖北堧珦图书服务
有限公司, the venue-operator peer 长沙瀹岧文化场馆管理有限公司, the benchmark 苏州琫嵂文化服务集团, the survey firm
武汉岨湋社会调查咨询有限公司, the 中部公共文化服务企业联席会 and the venues 汉皛艺术中心 / 南岸城市记忆馆 /
滠水非遗展示馆 are made up too; 706 staff; 21 委托馆, 86 “琟淂书房”, brands 琟淂 / 淂读江城 / 琟淂书房),
written by its 综合管理部 in a careful voice that restates every requirement before answering it
(本条要求……。公司的做法是…… / 标准要求…… / 关于发展方向，……).

Layout: HEADINGS THAT RESTATE THE REQUIREMENT AS A LONG TITLE.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编制说明 (front matter, ``@P -``).
- ``5.1 组织环境`` (level 1, = 5.1) with four sub-heads ``（一）组织概况：……`` … ``（四）改进系统：……``
  (level 2, = 5.1), themselves long.
- Chapters ``5.2 领导作用`` … ``5.7 质量提升`` (level 1); items with their true numbers ``5.x.y`` (5.x.1 not
  written, level 2) whose heading lines are LONG (44–90 characters): the item name plus a restatement
  of what the standard asks, in several forms: colon (``5.2.2 引领发展：高层领导如何……``), dash
  (``5.2.3 治理与风险防控——公司如何……``), brackets (``5.3.2 战略制定（公司如何……）``); three short ones
  (``5.2.4 领导作用的结果``, ``5.5.4 员工契合的结果``, ``5.7.4 质量提升的结果``). Six item names are the
  company's own: 治理与风险防控 (5.2.3), 规划怎样落地 (5.3.3), 读者与委托馆服务 (5.4.2), 让员工愿意留下来
  (5.5.3), 创新成效 (5.6.4), 馆务服务质量 (5.7.3).
- An intro paragraph under ``5.7 质量提升`` (= 5.7). Back matter: ``结束语`` heading (clause null) + one
  paragraph (``@P -``).
- Results: 表2-1 / 表7-1 with years as columns and ``堧珦图书（2023年）`` / ``瀹岧场馆（2023年）`` /
  ``行业平均（2023年）`` / ``琫嵂集团（标杆，2023年）`` columns; 表3-1 with years as ROWS and peer / 行业平均
  rows; 5.6.4 as ``· `` bullet paragraphs with prose series; rankings (市场占有率三年第一, 同类6家企业第2,
  品牌测评第3, 知识产权数量第4).

Planted defects:
- 5.6.2 创新系统 missing everywhere (no innovation culture, tolerance of failure, innovation platforms,
  rules, incentives or input, no forms of innovation, no innovation-capability evaluation). Chapter
  ``5.6 创新驱动`` goes straight to ``5.6.3 创新实践`` and ``5.6.4`` (true numbers; the gap shows).
- 5.4.4 has 2022–2023 only (表4-1); 2021 appears only in the sentence saying that before 2022 each 委托馆
  ran its own survey and the figures are not listed (``不再列示``). It has 堧珦图书 / 行业平均 / 琫嵂集团
  columns and a ranking.
- 5.5.4 has 2021–2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no comparison).
- 5.7.4 图书编目加工一次合格率 99.3 -> 99.5 -> 98.8%, below 堧珦图书 99.1 and 行业平均 99.0, only in 表7-1
  (unexplained); 5.2.4 营业收入 / 净利润 / 净资产收益率 (2022) and 5.3.4 场馆接待量 (2022) are explained.
- One 5.7.2 paragraph (供应商和合作方的准入、评价、淘汰) sits at the end of ``5.4.3 品牌管理——……`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-long-titles/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard itself sets no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.6.2'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.6.2 创新系统 must be absent everywhere: no innovation culture or climate, no tolerance of failure,
    # no platforms, rules, incentives or input for innovation, no forms of innovation, no evaluation of
    # innovation capability.
    'forbidden_words': ['创新文化', '创新环境', '宽容失败', '容错', '试错', '创新氛围', '创新平台',
                        '创新工作室', '创新实验室', '创新中心', '创新制度', '创新管理办法', '创新机制',
                        '创新体系', '创新方法', '创新激励', '创新奖', '创新投入', '研发投入', '研发经费',
                        '创新能力', '创客', '双创', '明智风险', '技术创新', '管理创新', '服务创新',
                        '模式创新', '原创', '自主创新', '创新形式', '创新人才', '创新团队'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '图书编目加工一次合格率（99.3%→99.5%→98.8%，2023年下降，低于堧珦图书99.1%和行业平均99.0%；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入、净利润、净资产收益率（2022年由2.36亿元、1,520万元、7.8%降至'
                                         '2.18亿元、980万元、4.9%）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '场馆接待量（2022年由186万人次降至121万人次）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市属国有公共图书馆服务外包和文化场馆运营企业（武汉琟淂文化服务有限公司不存在；'
        '母公司武汉碕皛文化投资集团有限公司、本地对手湖北堧珦图书服务有限公司、场馆运营可比企业长沙瀹岧文化场馆管理有限公司、'
        '标杆苏州琫嵂文化服务集团、调查机构武汉岨湋社会调查咨询有限公司、中部公共文化服务企业联席会以及汉皛艺术中心、'
        '南岸城市记忆馆、滠水非遗展示馆均为虚构，人名、数字和奖项都是编的），员工706人，委托馆21家，“琟淂书房”86间，'
        '品牌琟淂、淂读江城、琟淂书房。综合管理部执笔，谨慎的口吻：每条先复述要求（本条要求……/标准要求……/关于……），再写做法。'
        '版式是本样本的重点：标题把要求复述成长标题。纯文本，无#；两行标题（level 0）、封面信息块和编制说明（@P -）；'
        '“5.1 组织环境”（level 1，标5.1）下四个长小标题“（一）组织概况：……”至“（四）改进系统：……”（level 2，标5.1）；'
        '“5.2 领导作用”…“5.7 质量提升”（level 1）；条目用真实编号5.x.y（不写5.x.1，level 2），标题行长44—90字：'
        '条目名称加上用公司自己的话复述的要求，形式有冒号（5.2.2 引领发展：高层领导如何……）、破折号（5.2.3 治理与风险防控——……）、'
        '括号（5.3.2 战略制定（公司如何……））；三个短标题（5.2.4、5.5.4、5.7.4）。六个条目名称是公司自己的说法：'
        '治理与风险防控=5.2.3，规划怎样落地=5.3.3，读者与委托馆服务=5.4.2，让员工愿意留下来=5.5.3，创新成效=5.6.4，'
        '馆务服务质量=5.7.3。“5.7 质量提升”下有一段引言（标5.7）。文末“结束语”标题（clause为null）和一段话（@P -）。'
        '结果：表2-1、表7-1年份为列，带“堧珦图书（2023年）”“瀹岧场馆（2023年）”“行业平均（2023年）”“琫嵂集团（标杆，2023年）”列；'
        '表3-1年份为行，带对手和行业平均行；5.6.4用“· ”分条的文字序列；排名（市场占有率三年第一、同类6家企业第2、品牌测评第3、'
        '知识产权数量第4）。刻意缺陷：5.6.2 创新系统整条缺失（全文没有创新文化与氛围、宽容失败、创新平台、制度、激励和投入、'
        '创新形式、创新能力评估），“5.6 创新驱动”之后直接是“5.6.3 创新实践”和“5.6.4 创新成效——……”（真实编号，缺口可见）。'
        '5.4.4 只有2022年和2023年两年（2021年只出现在说明2022年前由各委托馆自行测评、口径不一、“不再列示”的句子里），'
        '有堧珦图书、行业平均和琫嵂集团对比列及品牌测评排名。5.5.4 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，'
        '没有对手、行业、标杆或排名对比。不利结果：5.7.4 图书编目加工一次合格率99.3%、99.5%、98.8%，2023年下降，'
        '低于堧珦图书99.1%和行业平均99.0%，只出现在表7-1中，正文没有提及或解释；5.2.4 营业收入、净利润、净资产收益率2022年下降'
        '（已解释：两处受托场馆闭馆限流97天、驻馆人员成本照常发生）；5.3.4 场馆接待量2022年下降（已解释：受托场馆闭馆限流）。'
        '一段回答5.7.2（供应商和合作方的准入、评价、淘汰）的段落放在“5.4.3 品牌管理——……”的末尾（misplaced）。'
        '其他结果：差错率、投诉率、流失率越低越好，下降是有利结果；与琫嵂集团逐年缩小的差距不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # plain text: no Markdown heading markers anywhere
    for b in blocks:
        if re.search(r'(?m)^#', b['line']):
            problems.append('Markdown # found: ' + b['line'][:30])
    # item headings: true numbers, long restating titles except three short ones
    items = [h for h in heads if re.match(r'5\.[2-7]\.\d ', h['line'])]
    short = [h for h in items if len(h['line']) < 44]
    for h in items:
        if not h['line'].startswith(h['clause'] + ' '):
            problems.append('item heading number is not its clause: ' + h['line'][:20])
        if len(h['line']) > 90:
            problems.append('item heading too long: ' + h['line'][:20])
        if h['line'].endswith('。'):
            problems.append('item heading ends with 。: ' + h['line'][:20])
    if len(short) != 3:
        problems.append('expected 3 short item headings, got %d' % len(short))
    forms = {'：': 0, '——': 0, '（': 0}
    for h in items:
        for k in forms:
            if k in h['line']:
                forms[k] += 1
    if min(forms.values()) < 2:
        problems.append('heading forms not varied: %s' % forms)
    # the gap: 5.6 is followed directly by 5.6.3
    i = next(k for k, h in enumerate(heads) if h['line'] == '5.6 创新驱动')
    if not heads[i + 1]['line'].startswith('5.6.3 '):
        problems.append('5.6 not followed by 5.6.3')
    # 5.4.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the 2023 drop of 一次合格率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and ('一次合格率' in b['line'] or '编目' in b['line']):
            problems.append('5.7.4 text mentions 编目加工一次合格率')
    # 5.5.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.5.4' and re.search('堧珦|瀹岧|琫嵂|联席会', b['line']):
            problems.append('5.5.4 names a competitor or benchmark')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
