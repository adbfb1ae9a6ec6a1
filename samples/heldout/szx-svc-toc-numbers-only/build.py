#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-toc-numbers-only from source.txt.

A Shenzhen district state-owned hospital-logistics and medical-waste services company,
深圳市瑷浔医疗环境服务有限公司 (瑷浔医环; made up, 1,312 staff; its shareholder 深圳市溆岭区投资控股集团有限公司,
the district 溆岭区, its peers 深圳市琯溪医院后勤管理有限公司 (琯溪后勤) and 东莞市澯屿环境服务有限公司 (澯屿环境),
its benchmark 上海珧涴医疗环境集团 (珧涴集团), the survey firm 沺琋市场调查有限公司 (沺琋调查) and the
珠三角医院后勤服务协作会 are made up too), written by its 综合管理部 in a careful, measured voice
(院内物流 / 中央运送, 医废收运处置, 电子联单, RFID 周转箱, 日清率).

Layout: TEXT COPIED OUT OF WORD, THE AUTOMATIC HEADING NUMBERS LOST.
- Plain text, no ``#``. Word's multilevel numbering lived only in the heading list style, so the body headings
  are bare titles on lines of their own: ``高标准定位`` (level 1), ``领导力`` (level 2),
  ``让每一位员工知道往哪走`` (level 3) …
- Two title lines (level 0) and a cover block (``@P -``); a heading ``目　录`` (clause null) and the Word TOC as
  one front-matter block (``@P -``). The TOC was generated from the real headings, so its lines DO carry the
  numbers and page numbers (``1  高标准定位 ......... 3``, ``1.1.1  让每一位员工知道往哪走 ......... 3``), one line
  per heading, and it lists exactly the headings the report has (the profile entries have no number).
- Profile ``组织概述`` (= 0, level 1) with two sub-heads ``公司基本情况`` / ``面临的形势与挑战`` (level 2, labelled 0).
- Categories and items keep the standard's titles (``高标准定位``, ``领导力``, ``规划定位``, ``运行体系`` …);
  ten leaves are titled in the company's own words: ``让每一位员工知道往哪走`` = 1.1.1,
  ``带出一支靠得住的队伍`` = 1.1.2, ``对照一流找差距、定规划`` = 1.2.1, ``从病区到处置炉的运行体系`` = 2.1.2,
  ``用指标把目标管起来`` = 2.2.1, ``让好办法落地、复制`` = 2.3.2, ``规划目标与经营成果`` = 3.1.2,
  ``收运与院内物流服务质量`` = 3.2.1, ``医院、医护人员和患者的评价`` = 3.2.2, ``经验输出与带动作用`` = 3.3.2.
- An intro paragraph under ``高绩效结果`` (= 3) on data sources.
- Results: tables with years as columns and ``琯溪后勤（2023年）`` / ``澯屿环境（2023年）`` / ``行业平均（2023年）``
  columns (表3-1, 表3-3), 表3-5 with years as rows and peer / benchmark rows, prose year series, rankings
  (区属国企考核 第4→3→2名, 全市处置单位 第三→第二, 协作会 第2, 评选 第4位), a narrowing benchmark gap.

Planted defects:
- 2.1.1 服务设计 missing everywhere (no collecting or identifying what hospitals and the public want, no design of
  services or their delivery, no feedback channels, no tracking of service design, no optimisation of service
  types). ``运行体系`` holds only ``从病区到处置炉的运行体系`` (= 2.1.2), and because Word renumbers, the TOC
  lists it as ``2.1.1`` (ordinal trap: the number of the missing leaf names the next one).
- 3.2.2 has 2022-2023 only (表3-4; 2021 appears only in the sentence saying the earlier phone checks are not
  comparable and ``不予列示``); it has 琯溪后勤 / 行业平均 columns and a ranking.
- 3.1.2 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no competitor, industry, benchmark or
  ranking comparison).
- 3.2.1 院内标本及时送达率 99.2 -> 99.4 -> 98.6%, below 琯溪后勤 99.1 and 澯屿环境 / 行业平均 98.9, only in
  表3-3 (unexplained); 3.1.1 一线员工年流失率 rose in 2022 (explained) and 3.1.2 净利润 / 国有资产保值增值率 fell in
  2022 (explained).
- One 1.2.2 paragraph (业务连续性: 备用处置线、备用车、互备协议、应急预案) sits at the end of ``过程优化`` (2.2.2)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-toc-numbers-only/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['2.1.1'],
    'results_lacking_three_years': ['3.2.2'],
    'results_lacking_comparison': ['3.1.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.1.2'],
    # 2.1.1 服务设计 must be absent everywhere: no identifying what the served want, no service design or
    # delivery design, no hotlines / mailboxes / forums / new-media channels, no opinion collection or
    # public-opinion monitoring, no optimisation of service types or service experience.
    'forbidden_words': ['服务设计', '设计服务', '设计了', '需求', '期望', '热线', '座谈', '意见箱', '信箱',
                        '舆情', '听证', '诉求', '服务种类', '服务方式', '提供方式', '服务体验', '服务产品',
                        '新服务', '服务包', '服务清单', '服务目录', '定制', '意见征集', '征求意见', '征集',
                        '公众号', '小程序', '新媒体', '回访', '走访医院', '客户走访'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '院内标本及时送达率（99.2%→99.4%→98.6%，2023年下降，低于琯溪后勤99.1%和澯屿环境、行业平均98.9%；'
                      '只在表3-3中）',
         'explained': False},
        {'clause': '3.1.1', 'indicator': '一线员工年流失率（2022年由14.8%升至17.6%，2023年降至12.3%）',
         'explained': True},
        {'clause': '3.1.2', 'indicator': '净利润、国有资产保值增值率（2022年由0.38亿元、106.3%降至0.27亿元、103.1%）',
         'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市区属国有医疗后勤和医疗废物服务企业（深圳市瑷浔医疗环境服务有限公司不存在；'
        '出资人深圳市溆岭区投资控股集团有限公司、溆岭区、同行深圳市琯溪医院后勤管理有限公司和东莞市澯屿环境服务有限公司、'
        '标杆上海珧涴医疗环境集团、调查机构沺琋市场调查有限公司、珠三角医院后勤服务协作会均为虚构，人名、数字和奖项都是编的），'
        '员工1,312人。综合管理部执笔，谨慎、平实的口吻。版式是本样本的重点：从Word复制出的纯文本，标题的自动编号丢失。'
        'Word的多级编号只存在于标题的列表样式里，复制后正文标题只剩标题文字，各占一行（“高标准定位”“领导力”'
        '“让每一位员工知道往哪走”……），没有#。两行标题（level 0）和封面信息块（@P -）；“目　录”标题（clause为null）'
        '和Word自动生成的目录（一个front matter块，@P -）：目录由真实标题生成，所以目录行带编号、点线和页码'
        '（“1  高标准定位 ......... 3”“1.1.1  让每一位员工知道往哪走 ......... 3”），每个标题一行，组织概述部分不编号，'
        '目录只列出报告实际有的标题。组织概述（level 1，标0）下两个小标题“公司基本情况”“面临的形势与挑战”（level 2，标0）。'
        '类目和条目用准则原标题；十个叶条款用公司自己的话：让每一位员工知道往哪走=1.1.1、带出一支靠得住的队伍=1.1.2、'
        '对照一流找差距、定规划=1.2.1、从病区到处置炉的运行体系=2.1.2、用指标把目标管起来=2.2.1、让好办法落地、复制=2.3.2、'
        '规划目标与经营成果=3.1.2、收运与院内物流服务质量=3.2.1、医院、医护人员和患者的评价=3.2.2、经验输出与带动作用=3.3.2。'
        '“高绩效结果”下有一段说明数据来源的引言，标3。结果：以年份为列、带“琯溪后勤（2023年）”“澯屿环境（2023年）”'
        '“行业平均（2023年）”列的表（表3-1、表3-3），表3-5以年份为行、带同行和标杆行，正文年份序列、排名和逐年缩小的标杆差距。'
        '刻意缺陷：2.1.1 服务设计整条缺失（全文没有识别服务对象的要求、设计服务及其提供方式、沟通渠道、跟踪服务设计效果、'
        '优化服务种类的内容）；“运行体系”下只有“从病区到处置炉的运行体系”（=2.1.2），由于Word自动重新编号，目录把它列为'
        '“2.1.1”（序号陷阱）。3.2.2 只有2022年和2023年（表3-4；2021年只出现在说明此前电话抽查口径不同、“不予列示”的句子里），'
        '有琯溪后勤、行业平均列和排名。3.1.2 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列，没有对手、'
        '行业、标杆或排名对比。不利结果：3.2.1 院内标本及时送达率99.2%、99.4%、98.6%，2023年下降，低于琯溪后勤99.1%和'
        '澯屿环境、行业平均98.9%，只出现在表3-3中，正文没有提及或解释；3.1.1 一线员工年流失率2022年上升（已解释：疫情期间'
        '任务骤增、外省籍员工返乡）；3.1.2 净利润和国有资产保值增值率2022年回落（已解释：临时租车、防护和加班支出，收费标准未调）。'
        '一段回答1.2.2（业务连续性：备用处置线、应急备用车、互备协议、专项应急预案）的段落放在“过程优化”（2.2.2）之末（misplaced）。'
        '其他：运送差错率、有效投诉、职业暴露发生率、综合能耗越低越好，下降是有利结果；与珧涴集团的职业暴露差距逐年缩小'
        '（不列为不利结果）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

TOC_LINE = re.compile(r'^(?:(\d+(?:\.\d+)*)  )?(\S.*?) \.{5,} (\d+)$')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # headings carry no numbers and no markdown
    for h in heads:
        if re.match(r'^\s*(#|\d|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', h['line']):
            problems.append('heading carries a number or marker: ' + h['line'])
    # the TOC: one line per body heading (after 目录), in order, numbers as Word's multilevel list gives them
    toc_idx = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'] == '目　录')
    toc = blocks[toc_idx + 1]
    if toc['type'] != 'text' or toc['clause'] is not None:
        problems.append('TOC block not front matter')
    body_heads = [b for b in blocks[toc_idx + 2:] if b['type'] == 'heading']
    lines = toc['line'].split('\n')
    if len(lines) != len(body_heads):
        problems.append('TOC has %d lines for %d headings' % (len(lines), len(body_heads)))
    counters, pages = [0, 0, 0], []
    for ln, h in zip(lines, body_heads):
        m = TOC_LINE.match(ln)
        if not m:
            problems.append('bad TOC line: ' + ln)
            continue
        num, title, page = m.group(1), m.group(2), int(m.group(3))
        pages.append(page)
        if title != h['line']:
            problems.append('TOC title %s != heading %s' % (title, h['line']))
        if h['clause'] == '0':
            want = None
        else:
            lv = h['level'] - 1
            counters[lv] += 1
            for k in range(lv + 1, 3):
                counters[k] = 0
            want = '.'.join(str(c) for c in counters[:lv + 1])
        if num != want:
            problems.append('TOC number %s for %s, Word would give %s' % (num, title, want))
        if num == '2.1.1' and h['clause'] != '2.1.2':
            problems.append('ordinal trap: TOC 2.1.1 is not the 2.1.2 heading')
    if pages != sorted(pages):
        problems.append('TOC page numbers not ascending')
    if '服务设计' in toc['line'] or '2.1.2' in toc['line']:
        problems.append('TOC lists the missing leaf or its number')
    # 3.2.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.2.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('3.2.2 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 drop of 标本及时送达率 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and '标本' in b['line']:
            problems.append('3.2.1 text mentions 标本')
    # 3.1.2: no peer, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '3.1.2' and re.search('琯溪|澯屿|珧涴|协作会', b['line']):
            problems.append('3.1.2 names a peer or benchmark')
    # the misplaced 1.2.2 paragraph is the last block under 过程优化
    i = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'] == '过程优化')
    j = next(k for k in range(i + 1, len(blocks)) if blocks[k]['type'] == 'heading')
    if blocks[j - 1].get('misplaced_under') != '2.2.2' or blocks[j - 1]['clause'] != '1.2.2':
        problems.append('misplaced 1.2.2 paragraph not at the end of 过程优化')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
