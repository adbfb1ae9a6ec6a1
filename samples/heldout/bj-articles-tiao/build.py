#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-articles-tiao from source.txt.

A Beijing municipal state-owned public-transport smart-card and payment operator, 北京瑅衢城市交通支付有限公司
(made up, ~900 staff; card brand 衢通卡, app 衢通出行; its controlling shareholder 北京滠枥交通投资集团, its peer
operators in other cities 天津洑瑭交通卡有限公司 and 西安湑岐城市一卡通有限公司, its benchmark 深圳瓅湾城市通卡集团,
the survey firm 潆珈市场研究有限公司 and the industry body 全国城市交通支付联席会 are made up too), written by its
法务与制度管理部 in the dry, exact voice of company regulations (应当、须、按照……执行、由……负责、每年……次).

Layout: REGULATION-STYLE ARTICLES NUMBERED CONTINUOUSLY ACROSS THE WHOLE REPORT.
- Plain text, no ``#`` anywhere. Two title lines (level 0), a cover block (申报组织/文件编号/编制部门/审议情况/
  报告期间) and an 编制说明 paragraph (front matter, ``@P -``).
- ``序　章　组织概述`` (= 0, level 1) with its own articles ``第一条　公司概况与主营业务`` (0.1),
  ``第二条　治理结构与主要相关方`` (0.1), ``第三条　竞争地位与面临的挑战`` (0.2) (level 2).
- Categories are chapters ``第一章　领导`` … ``第七章　结果`` (level 1, full-width space). Items are articles
  ``第四条　高层领导的作用`` … ``第二十六条　领导方面的结果`` (level 2), numbered continuously over the whole
  report, so an article number never equals a clause position. 13 article titles are the standard's, 10 the
  company's own (``第六条　履行交通支付服务的社会责任`` = 1.3, ``第七条　把年度经营计划分解到每一条线路`` = 2.2,
  ``第八条　持卡人和运营单位需求的识别`` = 3.1, ``第十一条　资金保障与财务管控`` = 4.2,
  ``第十四条　数据中心、终端与服务网点`` = 4.5, ``第十七条　关键过程的运行与改进`` = 5.2,
  ``第十九条　持续改进与创新的管理`` = 6.2, ``第二十二条　持卡人与市场结果`` = 7.2,
  ``第二十五条　关键过程的有效性结果`` = 7.5, ``第二十条　结果数据的来源与比较对象`` = 7 (intro article)).
- Under an article its 款 are paragraphs opening ``（一）（二）…`` (not headings, labelled with the article's
  clause); some carry 项 run in as ``1.`` ``2.`` inside the paragraph. A single-款 article has no ``（一）``.
- Results: 表7-1 has Chinese-numeral year columns ``二〇二一年 | 二〇二二年 | 二〇二三年`` and peer / 行业平均
  columns ``（二〇二三年）``; 7.3 opens with a prose series ``营业收入二〇二一年至二〇二三年依次为……``; everywhere
  else Arabic years: years as columns (7.2, 7.5, 7.6), years as rows with comparison rows (7.3, 7.4), 项 series
  ``2021年至2023年分别为……`` (7.4, 7.6), one ranking sentence (7.2, 2022 and 2023 only).
- Back matter: ``附　则`` (heading, clause null) and three articles ``第二十七条``…``第二十九条`` (who interprets
  the report, when it takes effect) as ``@P -`` paragraphs.

Planted defects:
- 2.1 战略制定 missing everywhere (no strategy-making organisation, no environment scanning or analysis, no
  statement of strategy, strategic goals, their timetable or KPIs, no opportunities). ``第二章　战略`` holds only
  ``第七条　把年度经营计划分解到每一条线路``, which is 2.2 (ordinal trap: first article of its chapter). The
  2.2 text names the existing “十四五”发展规划 as the source of the annual plan, without its content.
- 7.2 has 2022-2023 only (表7-2, ranking 2022/2023); 2021 appears only in the sentence saying the survey method
  and the market statistics changed in 2022 (不予列示). It has 洑瑭交通卡, 湑岐一卡通 and 行业平均 columns and a
  ranking.
- 7.5 has 2021-2023 but only ``2023年目标值`` and ``国家标准要求`` columns (no comparison).
- 7.1 实体卡年坏卡率 1.8 -> 1.6 -> 2.3‰, above 洑瑭交通卡 1.9, 湑岐一卡通 1.7 and 行业平均 2.0, only in 表7-1
  (unexplained). 7.3 营业收入 / 净利润 / 净资产收益率 / 成本费用利润率 fell and 单笔交易处理成本 rose in 2022
  (explained); 7.4 员工主动离职率 rose in 2022 (explained).
- One 6.2 paragraph (QC小组和精益改善项目的立项、评审、奖励、推广和工具) sits in 第十条　人力资源 (4.1) as its
  ``（五）`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/bj-articles-tiao/build.py
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
    'size_range': (10000, 14000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 1 and not c.startswith('0')],
    'expected_missing': ['2.1'],
    'results_lacking_three_years': ['7.2'],
    'results_lacking_comparison': ['7.5'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.5'],
    # 2.1 战略制定 must be absent everywhere: no strategy-making, environment analysis, strategic goals,
    # timetable, strategic KPIs or opportunities.
    'forbidden_words': ['战略分析', '环境分析', '环境信息', 'SWOT', 'PEST', '战略制定', '制定战略', '规划编制',
                        '编制规划', '战略研讨', '内外部环境', '外部环境', '战略目标', '战略关键绩效', '长期目标',
                        '中长期', '时间表', '京津冀协同', '战略定位', '发展方向', '战略方向', '机遇', '创新机会',
                        '商业模式', '发展战略', '战略规划', '战略委员会'],
    'unfavourable_results': [
        {'clause': '7.1',
         'indicator': '实体卡年坏卡率（1.8‰→1.6‰→2.3‰，2023年上升，高于洑瑭交通卡1.9‰、湑岐一卡通1.7‰和行业平均2.0‰；'
                      '只在表7-1中）',
         'explained': False},
        {'clause': '7.3', 'indicator': '营业收入、净利润、净资产收益率、成本费用利润率（2022年由9.86亿元、1.32亿元、'
                                       '8.1%、15.6%降至9.12亿元、0.87亿元、5.2%、10.3%），单笔交易处理成本（2022年由'
                                       '0.061元升至0.064元）', 'explained': True},
        {'clause': '7.4', 'indicator': '员工主动离职率（2022年由3.1%升至4.6%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构的北京市属国有公共交通支付卡运营企业（北京瑅衢城市交通支付有限公司不存在；卡品牌衢通卡、APP衢通出行，'
        '控股股东北京滠枥交通投资集团、外地同类机构天津洑瑭交通卡有限公司和西安湑岐城市一卡通有限公司、标杆深圳瓅湾城市通卡集团、'
        '调研机构潆珈市场研究有限公司、全国城市交通支付联席会均为虚构，数字都是编的），员工约900人。法务与制度管理部执笔，'
        '公司规章制度的口吻（应当、须、按照……执行、由……负责、每年……次）。'
        '版式是本样本的重点：规章体例，条文从序章起在全文连续编号。纯文本，没有#；两行标题（level 0，clause为null），'
        '封面信息块和“编制说明”（@P -）；“序　章　组织概述”（level 1，标0）下“第一条　公司概况与主营业务”=0.1、'
        '“第二条　治理结构与主要相关方”=0.1、“第三条　竞争地位与面临的挑战”=0.2（level 2）；“第一章　领导”…“第七章　结果”'
        '（level 1，标1…7，章名中间为全角空格）；条目为“第四条　高层领导的作用”…“第二十六条　领导方面的结果”（level 2），'
        '条号全文连续，与准则序号无关；13个条标题用准则原标题，10个用公司自己的说法（第六条=1.3，第七条　把年度经营计划分解到'
        '每一条线路=2.2，第八条=3.1，第十一条=4.2，第十四条=4.5，第十七条=5.2，第十九条=6.2，第二十二条=7.2，第二十五条=7.5，'
        '第二十条　结果数据的来源与比较对象=7）。条下各款为以“（一）（二）……”开头的段落（不是标题，标所属条目），部分款内'
        '以“1.”“2.”列项；只有一款的条不编“（一）”。结果：表7-1年份列写作“二〇二一年 | 二〇二二年 | 二〇二三年”，带'
        '“洑瑭交通卡（二〇二三年）”“湑岐一卡通（二〇二三年）”“行业平均（二〇二三年）”列；7.3以“营业收入二〇二一年至二〇二三年依次为……”'
        '的文字序列开头；其余用阿拉伯数字年份：年份为列的表（7.2、7.5、7.6）、年份为行并带对比行的表（7.3、7.4）、'
        '“2021年至2023年分别为……”的列项序列（7.4、7.6）和一句排名（7.2）。文末“附　则”（标题，clause为null）和'
        '第二十七条至第二十九条（解释权、施行日期）为back matter（@P -）。'
        '刻意缺陷：2.1 战略制定整条缺失（全文没有战略制定的组织安排、环境信息收集分析、战略和战略目标及其时间安排和指标、'
        '创新机会），“第二章　战略”下只有“第七条　把年度经营计划分解到每一条线路”，它是2.2（序号陷阱：本章第一条）；'
        '2.2只提到已有的“十四五”发展规划是年度计划的依据，没有其内容。7.2 只有2022年和2023年两年（2021年只出现在说明'
        '2022年起测评办法和市场统计口径改变、“不予列示”的句子里），有洑瑭交通卡、湑岐一卡通、行业平均对比列和排名。'
        '7.5 有2021—2023年三年数据，但只有“2023年目标值”和“国家标准要求”列，没有对手、行业、标杆或排名对比。'
        '不利结果：7.1 实体卡年坏卡率1.8‰、1.6‰、2.3‰，2023年上升，高于洑瑭交通卡、湑岐一卡通和行业平均，只出现在表7-1中，'
        '正文没有提及或解释；7.3 营业收入、净利润、净资产收益率、成本费用利润率2022年下降、单笔交易处理成本上升（已解释：客流'
        '下降、减免小微商户手续费、集中投入）；7.4 员工主动离职率2022年上升（已解释：互联网支付企业高薪招聘，2022年四季度调整'
        '薪酬）。一段回答6.2（QC小组和精益改善项目的立项、评审、奖励、推广和工具）的段落作为“第十条　人力资源”（4.1）的'
        '“（五）”（misplaced）。其他：7.3与瓅湾通卡的差距缩小、7.6品牌知晓度与瓅湾通卡差距缩小（不列为不利结果）；投诉、'
        '清分差错、离职率（2023年）、PUE、验码时间越低越好，下降是有利结果。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CN = '零一二三四五六七八九'


def cn_num(n):
    """1..99 in Chinese numerals as used in 第n条 (十, 十一, 二十, 二十九)."""
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else CN[tens]) + '十' + (CN[ones] if ones else '')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # no markdown markers
    for b in blocks:
        for ln in b['line'].split('\n'):
            if ln.startswith('#'):
                problems.append('markdown marker: ' + ln[:30])
    # chapters 第一章　… 第七章　 in order, clause = chapter number
    chapters = [h for h in heads if re.match(r'第.章', h['line'])]
    if [h['line'][:4] for h in chapters] != ['第%s章　' % CN[i] for i in range(1, 8)] \
            or [h['clause'] for h in chapters] != [str(i) for i in range(1, 8)]:
        problems.append('chapters not 第一章　…第七章　 labelled 1…7')
    # articles numbered continuously over the whole report (headings, then the 附则 paragraphs)
    arts = [b['line'] for b in blocks if re.match(r'第[一二三四五六七八九十]+条　', b['line'])]
    want = ['第%s条　' % cn_num(i) for i in range(1, len(arts) + 1)]
    if [a[:len(w)] for a, w in zip(arts, want)] != want:
        problems.append('articles not numbered continuously: ' + ' '.join(a[:6] for a in arts))
    # 款 paragraphs under each article: （一）（二）… in order, or one paragraph without a number
    cur, seq = None, []

    def close(cur, seq):
        if cur is None or not seq:
            return
        nums = [re.match(r'（([一二三四五六七八九十]+)）', s) for s in seq]
        if len(seq) == 1 and nums[0] is None:
            return
        if [m.group(1) if m else None for m in nums] != [cn_num(i) for i in range(1, len(seq) + 1)]:
            problems.append('款 numbering wrong under ' + cur[:8])
    for b in blocks:
        if b['type'] == 'heading':
            close(cur, seq)
            cur, seq = (b['line'] if re.match(r'第.+条　', b['line']) else None), []
        elif b['type'] == 'text' and cur is not None:
            seq.append(b['line'])
    close(cur, seq)
    # ordinal trap: the only article under 第二章 answers 2.2
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('第二章'))
    if not (heads[i + 1]['clause'] == '2.2' and heads[i + 2]['line'].startswith('第三章')):
        problems.append('ordinal trap under 第二章 not as planned')
    # 7.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '7.2':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)|二〇二[01]', sent) and '不予列示' not in sent:
                    problems.append('7.2 mentions an earlier year: ' + sent[:40])
    # 7.1: the rise of 坏卡率 appears only in the table
    for b in body:
        if b['clause'] == '7.1' and b['type'] == 'text' and '坏卡' in b['line']:
            problems.append('7.1 text mentions 坏卡率')
    # 7.5: no peer or benchmark names
    for b in body:
        if b['clause'] == '7.5' and re.search('洑瑭|湑岐|瓅湾|联席会|集团', b['line']):
            problems.append('7.5 names a peer or benchmark')
    # Chinese-numeral years only in 表7-1 and the 7.3 series
    cn_year = [b for b in body if '二〇二' in b['line']]
    if len(cn_year) != 2 or cn_year[0]['clause'] != '7.1' or cn_year[0]['type'] != 'table' \
            or '二〇二一年\t二〇二二年\t二〇二三年' not in cn_year[0]['line'] \
            or cn_year[1]['clause'] != '7.3' or '二〇二一年至二〇二三年依次为' not in cn_year[1]['line']:
        problems.append('Chinese-numeral years not exactly in 表7-1 and the 7.3 series')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
