#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-numbered-paragraphs from source.txt.

A Beijing municipal state-owned urban-gas distribution company, 北京珺溍燃气集团有限公司 (made up; its peers
济南瓈沄燃气集团有限公司 and 太原琰濉燃气有限公司, its benchmark 上海玭溠燃气集团, the survey firm
北京嵛沨市场调查有限公司 and the 北方城市燃气企业对标联席会 are made up too; 2,816 staff), written by its
企业管理部 in a formal voice close to a 公文 (截至、按照……、一是……二是……, 门站、调压站、户内安检、冬季保供、
价格倒挂、供销差率).

Layout: EVERY BODY PARAGRAPH NUMBERED STRAIGHT THROUGH THE REPORT, like a legal or consulting document.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编制说明 that explains the paragraph
  numbering (front matter, ``@P -``, not numbered).
- ``组织概述`` (= 0, level 1) with ``一、组织描述`` (0.1) and ``二、组织面临的挑战`` (0.2) (level 2); chapters
  ``第一章 领导`` … ``第七章 结果`` (level 1); items ``第一节 …`` (level 2) numbered by position, restarting in
  every chapter; 9 of 22 item titles in the company's own words (``第二节 党建引领下的公司治理`` = 1.2,
  ``第三节 安全供气与社会责任`` = 1.3, ``第二节 “十四五”规划的分解与推进`` = 2.2, ``第一节 用户与市场的了解`` = 3.1,
  ``第二节 用户服务与用户满意`` = 3.2, ``第三节 燃气技术与标准化`` = 4.4, ``第四节 管网与场站设施`` = 4.5,
  ``第一节 燃气供应与服务质量结果`` = 7.1, ``第二节 用户与市场结果`` = 7.2). Headings carry no paragraph number.
- Every body paragraph, profile included, starts with its running number ``1. `` … ``103. ``, never
  restarting; each is labelled with the clause it answers (the number is part of the paragraph). Intro
  paragraphs under 第一章 (= 1) and 第七章 (= 7). Many 1.1 paragraphs open with a run-in (``文化理念的确立。``,
  ``安全生产。``); two paragraphs cite others (``见第3段``, ``见第98段``).
- Tables are not numbered; their captions are ``表7-1 …`` … ``表7-5 …`` (part of the table block).
- Results: 表7-1 / 表7-3 years as columns with ``瓈沄燃气（2023年）`` / ``琰濉燃气（2023年）`` /
  ``行业平均（2023年）`` columns; 表7-2 years as rows followed by peer and ``行业平均（2023年）`` rows; 表7-4
  (2022, 2023 only) with peer / 行业平均 / ``玭溠集团（2023年）`` columns; prose series
  (``分别为88.6分、86.9分、89.4分``, ``由3.2%、2.9%降至2.4%``); rankings (售气量 第13 → 第12 → 第11位,
  专利数量 第2, 签约规模居同行首位).

Planted defects:
- 4.3 信息和知识资源 missing everywhere (no information sources, information systems, IT planning, security,
  knowledge management or best-practice sharing). ``第四章`` runs 第一节 人力资源 (4.1), 第二节 财务资源 (4.2),
  then ``第三节 燃气技术与标准化``, which is 4.4, ``第四节`` 4.5 and ``第五节`` 4.6 (ordinal trap).
- 7.5 has 2022-2023 only (表7-4 and prose); 2021 appears only in the sentence saying the process indicators
  were redefined in 2022 and the older figures are not comparable (``不再列示``). It has 瓈沄燃气 / 琰濉燃气 /
  行业平均 / 玭溠集团 comparisons.
- 7.6 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` (表7-5), 年度目标, 年度计划 and
  ``国家标准``: no competitor, industry, benchmark or ranking comparison.
- 7.1 户内安检到位率 96.8 -> 97.2 -> 95.9%, below 瓈沄燃气 97.0, 琰濉燃气 96.6 and 行业平均 96.5, only in
  表7-1 (unexplained). 7.2 用户满意度 (2022: 88.6 -> 86.9) and 7.3 利润总额 / 净资产收益率 (2022) are
  explained.
- One 4.1 paragraph (员工满意度调查, 值班宿舍, 专业技术津贴) sits at the end of 3.2 ``第二节 用户服务与用户满意``
  (misplaced), right after the customer-satisfaction survey paragraph.

Run: /work/main/.venv/bin/python samples/heldout/bj-numbered-paragraphs/build.py
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
    'expected_missing': ['4.3'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 4.3 信息和知识资源 must be absent everywhere: no information sources or systems, no IT planning or
    # security, no knowledge management, knowledge bases or sharing of best practice.
    'forbidden_words': ['信息化', '信息系统', '信息管理', '信息安全', '网络安全', '数据安全', '知识管理',
                        '知识库', '知识分享', '知识共享', '知识资产', '最佳实践', '数字化', '智能化', 'SCADA',
                        'GIS', 'ERP', '数据中心', '信息源', '软件', '智慧燃气', '数据平台', '信息平台',
                        '机房', '保密', '物联网', '大数据', '系统集成', '网络攻击'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '户内安检到位率（96.8%→97.2%→95.9%，2023年下降，低于瓈沄燃气97.0%、琰濉燃气96.6%和'
                      '行业平均96.5%；只在表7-1中）',
         'explained': False},
        {'clause': '7.2', 'indicator': '用户满意度（2022年由88.6分降至86.9分）', 'explained': True},
        {'clause': '7.3', 'indicator': '利润总额、净资产收益率（2022年由8.4亿元、7.9%降至5.9亿元、5.4%）',
         'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有城市燃气输配企业（北京珺溍燃气集团有限公司不存在；同行济南瓈沄燃气集团有限公司、'
        '太原琰濉燃气有限公司，标杆上海玭溠燃气集团，调研机构北京嵛沨市场调查有限公司，北方城市燃气企业对标联席会均为虚构，'
        '人名、数字和奖项都是编的），员工2,816人。企业管理部执笔，接近公文的正式口吻（门站、调压站、户内安检、冬季保供、'
        '价格倒挂、供销差率）。版式是本样本的重点：像法律文书或咨询报告一样，全部正文段落从头到尾连续编号。纯文本，无#；'
        '两行标题（level 0，clause为null），封面信息块和一段说明段落编号规则的“编制说明”（@P -，不编号）；'
        '“组织概述”（level 1，标0）下“一、组织描述”=0.1、“二、组织面临的挑战”=0.2（level 2）；“第一章 领导”…“第七章 结果”'
        '（level 1，标1…7）；条目“第一节 …”（level 2）按在本章中的位置编号、每章重新开始，22个条目中9个用公司自己的说法'
        '（“第二节 党建引领下的公司治理”=1.2、“第三节 安全供气与社会责任”=1.3、“第二节 “十四五”规划的分解与推进”=2.2、'
        '“第一节 用户与市场的了解”=3.1、“第二节 用户服务与用户满意”=3.2、“第三节 燃气技术与标准化”=4.4、'
        '“第四节 管网与场站设施”=4.5、“第一节 燃气供应与服务质量结果”=7.1、“第二节 用户与市场结果”=7.2）；标题不带段号。'
        '每个正文段落（含组织概述）以连续段号“1. ”…“103. ”开头，从不重新开始，段号是段落的一部分，段落标其所答条款；'
        '第一章和第七章下各有一段引言（标1和7）；1.1多数段落以“文化理念的确立。”“安全生产。”等引语开头；两处段落互引'
        '（“见第3段”“见第98段”）。表格不编段号，表题为“表7-1 …”…“表7-5 …”（属于表格块）。结果：表7-1、表7-3年份为列，'
        '带“瓈沄燃气（2023年）”“琰濉燃气（2023年）”“行业平均（2023年）”列；表7-2年份为行，后接同行和行业平均行；'
        '表7-4只有2022、2023年两列，带同行、行业平均和“玭溠集团（2023年）”列；散文序列（“分别为88.6分、86.9分、89.4分”）；'
        '排名（售气量全国第13→第12→第11位、专利数量第2、签约规模居同行首位）。'
        '刻意缺陷：4.3 信息和知识资源整条缺失（全文没有信息来源、信息系统、信息化规划与安全、知识管理或经验与最佳实践分享），'
        '“第四章”中第一节人力资源（4.1）、第二节财务资源（4.2）之后的“第三节 燃气技术与标准化”是4.4，第四节是4.5，'
        '第五节是4.6（序号陷阱）。7.5 只有2022年和2023年两年（2021年只出现在说明2022年起口径修订、旧口径数据不可比、'
        '“不再列示”的句子里），有瓈沄燃气、琰濉燃气、行业平均和玭溠集团对比。7.6 有2021—2023年三年数据，但只有'
        '“2023年目标值”“2025年规划目标”列、年度目标/计划和“国家标准”，没有对手、行业、标杆或排名对比。不利结果：'
        '7.1 户内安检到位率96.8%、97.2%、95.9%，2023年下降，低于瓈沄燃气97.0%、琰濉燃气96.6%和行业平均96.5%，'
        '只出现在表7-1中，正文没有提及或解释；7.2 用户满意度2022年下降（已解释：气源紧张有序调峰、居民气价调整）；'
        '7.3 利润总额和净资产收益率2022年下降（已解释：上游气价上涨、居民气价调整滞后形成倒挂、高价LNG）。'
        '一段回答4.1（员工满意度调查、值班宿舍改造、专业技术津贴）的段落放在3.2“第二节 用户服务与用户满意”末尾，'
        '紧接在顾客满意度测评段落之后（misplaced）。其他：管网泄漏率、投诉率、流失率、资产负债率、报装办理时长越低越好，'
        '下降是有利结果；与玭溠集团的差距（用户满意度）逐年缩小，不列为不利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

CN = '一二三四五六七八九十'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    # running paragraph numbers: every labelled text block starts with "n. ", n = 1, 2, 3 … never restarting
    n = 0
    for b in blocks:
        if b['type'] == 'text' and b['clause'] is not None:
            n += 1
            if not b['line'].startswith('%d. ' % n):
                problems.append('paragraph %d not numbered in sequence: %s' % (n, b['line'][:20]))
        elif b['type'] == 'text' and re.match(r'\d+\. ', b['line']):
            problems.append('front matter numbered: ' + b['line'][:20])
        elif b['type'] == 'table' and not re.match(r'表\d+-\d+ ', b['line']):
            problems.append('table caption not 表n-m: ' + b['line'][:20])
        elif b['type'] == 'heading' and re.match(r'\d', b['line']):
            problems.append('heading carries a number: ' + b['line'])
    if n < 100:
        problems.append('only %d numbered paragraphs' % n)
    # 节 numbering restarts per chapter and runs 第一节, 第二节, … by position
    k = 0
    for b in blocks:
        if b['type'] != 'heading':
            continue
        if re.match(r'第.章 ', b['line']):
            k = 0
        elif b['line'].startswith('第') and '节 ' in b['line']:
            k += 1
            if not b['line'].startswith('第%s节 ' % CN[k - 1]):
                problems.append('节 not numbered by position: ' + b['line'])
    # ordinal trap: 第四章 第三节 answers 4.4
    trap = [b for b in blocks if b['type'] == 'heading' and b['line'].startswith('第三节 燃气技术')]
    if len(trap) != 1 or trap[0]['clause'] != '4.4':
        problems.append('ordinal trap in 第四章 not as planned')
    body = [b for b in blocks if b['type'] != 'heading']
    # 7.1: the drop of 户内安检到位率 appears only in the table
    for b in body:
        if b['type'] == 'text' and '安检到位' in b['line']:
            problems.append('text mentions 安检到位率: ' + b['line'][:20])
    # 7.5: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.5':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('7.5 mentions an earlier year: ' + sent[:40])
    # 7.6: no peer or benchmark names
    for b in body:
        if b['clause'] == '7.6' and re.search('瓈沄|琰濉|玭溠|同类', b['line']):
            problems.append('7.6 names a peer or benchmark')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
