#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-jv-bilingual from source.txt.

Layout: a Sino-German joint-venture maker of automotive sensors in Shenzhen (深圳琤德汽车传感器有限公司,
Chinese parent 深圳琤澍电子集团, German parent Haldrup Sensorik GmbH — all made up), written by its Quality
Office in a JV voice that mixes management English into Chinese sentences (KPI, SOP, OKR, FY, YoY, benchmark,
gap, owner, Town Hall, Gemba walk, Hoshin Kanri). Markdown with BILINGUAL HEADINGS, Chinese title first and the
English title after it: a `#` title line (level 0), a two-line cover block and a `阅读说明 Reading Guide`
paragraph (front matter, `@P -`); the profile first as `## 0 Company Profile 组织简介` (the only heading with
English first) with three unnumbered bold sub-headings `**基本盘 Who We Are**` / `**赛道与对手 Market &
Competition**` / `**核心能力 Core Competence**` (level 2, labelled 0); chapters `## 第1章 领导 Leadership` …
`## 第6章 高质量的运营 Operational Excellence` (level 1); items `### 1.1 文化引领 Culture Leadership` (level 2),
6 of 17 item titles in the company's own Chinese words with the standard's English meaning after them
(`### 1.2 让治理透明起来 Governance`, `### 2.2 从OKR到车间 Strategy Deployment`, `### 3.1 把OEM的声音带进工厂
Customer Service`, `### 4.2 人才成长与组织活力 Workforce Development`, `### 5.2 和伙伴一起创新 Innovation
Ecosystem`, `### 6.2 零缺陷的质量体系 Operational Quality`). An intro paragraph under 第5章 (labelled 5).

Results: markdown-free tab tables with `FY2021 | FY2022 | FY2023` columns and `Peer A 沐岚传感 | Industry Avg.`
comparison columns (FY2023 values), prose series `FY2021为…，FY22为…，FY23为…`, YoY percentages, rankings,
Peer B 澈岙科技, the German lead plant as internal benchmark and a Haldrup group average.

Planted defects: 3.2 顾客增值 missing (no customer-value culture, value identification, value development or
brand content anywhere), so `### 3.2 聚焦顾客的结果 Customer Results` is 3.3 (ordinal trap); 5.3 has FY2022 and
FY2023 only (FY2021 appears only in the sentence saying why it is not given); 4.3 has FY2021–FY2023 but only a
`FY2023 Target 目标值` column; 3.3 客户投诉 14 → 11 → 19, above Peer A 13 (only in 表3-1, unexplained); 1.3 净利润率
(FY2022) and 6.3 FTY (FY2022) explained; one 6.2 paragraph (CQO, quality policy and objectives) sits under
`### 1.1 文化引领 Culture Leadership`.
"""
META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['3.2'],
    'results_lacking_three_years': ['5.3'],
    'results_lacking_comparison': ['4.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['4.3'],
    # 3.2 顾客增值 must be absent everywhere: no customer-oriented culture, no digging for latent or future
    # needs and pain points, no use of customer information to create added value, no brand or reputation
    # building that exceeds expectations
    'forbidden_words': ['品牌', '增值', '附加值', '附加价值', '痛点', '盲点', '潜在需求', '未来市场需求',
                        '客户价值', '顾客价值', '价值主张', '价值需求', '口碑', '客户导向', '顾客导向',
                        '超越', '超出期望', '解决方案', '忠诚', 'VAVE', '为客户创造', '为顾客创造',
                        '个性化', '定制化'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '净利润率（FY2022由8.6%降至6.9%）', 'explained': True},
        {'clause': '3.3', 'indicator': '客户投诉（14、11、19件，FY2023上升且多于Peer A 沐岚传感13件，仅见于表3-1）',
         'explained': False},
        {'clause': '6.3', 'indicator': '一次交检合格率FTY（FY2022由98.6%降至97.9%）', 'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构中德合资汽车传感器企业（深圳琤德汽车传感器有限公司，中方股东深圳琤澍电子集团，德方股东'
        'Haldrup Sensorik GmbH及其Wendelstadt母厂，竞争对手Peer A 沐岚传感、Peer B 澈岙科技，调查机构珀硕咨询，'
        '深圳汀岚大学，均为虚构）。合资企业质量办口吻，中文句子里夹大量管理英语（KPI、SOP、OKR、FY、YoY、benchmark、'
        'gap、owner、Town Hall、Gemba walk、Hoshin Kanri、QBR、8D）。markdown双语标题，中文在前、英文在后：'
        '“#”报告标题（level 0），两行封面信息和一段“阅读说明 Reading Guide”为前置内容（clause为null）；组织简介放在最前，'
        '为“## 0 Company Profile 组织简介”（唯一英文在前的标题），下设三个不编号的加粗小标题“**基本盘 Who We Are**”'
        '“**赛道与对手 Market & Competition**”“**核心能力 Core Competence**”（level 2，标0）；章为“## 第1章 领导 Leadership”'
        '…“## 第6章 高质量的运营 Operational Excellence”（level 1）；条目为“### 1.1 文化引领 Culture Leadership”（level 2），'
        '17个条目中6个用企业自己的中文标题加标准的英文含义（1.2 让治理透明起来 Governance，2.2 从OKR到车间 Strategy '
        'Deployment，3.1 把OEM的声音带进工厂 Customer Service，4.2 人才成长与组织活力 Workforce Development，'
        '5.2 和伙伴一起创新 Innovation Ecosystem，6.2 零缺陷的质量体系 Operational Quality）。第5章下有一段引言，标5。'
        '结果：表格为FY2021｜FY2022｜FY2023三列加“Peer A 沐岚传感｜Industry Avg.”对比列（FY2023值）；文字序列写作'
        '“FY2021为…，FY22为…，FY23为…”，也有YoY百分比、排名、Peer B 澈岙科技、德方母厂和Haldrup集团均值。'
        '刻意缺陷：3.2 顾客增值整条缺失（全文没有顾客导向文化、潜在需求挖掘、用顾客信息为顾客创造附加价值或品牌塑造的内容），'
        '所以“### 3.2 聚焦顾客的结果 Customer Results”实为3.3（序号陷阱）。5.3 只有FY2022和FY2023两年'
        '（FY2021只出现在说明口径不可比、不予列示的句子里），有Peer A和Industry Avg.对比。4.3 有FY2021—FY2023三年数据，'
        '但只有“FY2023 Target 目标值”一列，没有任何对比。不利结果：1.3 净利润率FY2022下降（已解释：芯片短缺现货补购、'
        '材料涨价）；6.3 一次交检合格率FY2022下降（已解释：两条新线爬坡）；3.3 客户投诉FY2023升至19件，多于前两年和'
        'Peer A的13件（只在表3-1中，正文未解释）。'
        '错位段落：一段6.2（设立CQO、制定质量方针和质量目标并逐级分解）放在“### 1.1 文化引领 Culture Leadership”下（misplaced）。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Bilingual headings; 5.3 gives FY2021 only in the sentence that says why it is left out; the
    unexplained 3.3 complaints stay in the table; 4.3 has no English comparison words either."""
    problems = []
    for b in blocks:
        if (
            b['type'] == 'heading'
            and b['level'] in (1, 2)
            and b['clause'] is not None
            and not (re.search(r'[\u4e00-\u9fff]', b['line']) and re.search(r'[A-Za-z]{3,}', b['line']))
        ):
            problems.append('heading not bilingual: ' + b['line'])
        if b['type'] == 'heading':
            continue
        if b['clause'] == '5.3' and re.search(r'2021|FY21', b['line']) and '口径' not in b['line']:
            problems.append('FY2021 in 5.3 outside the explaining sentence: ' + b['line'][:20])
        if b['clause'] == '3.3' and b['type'] == 'text' and '投诉' in b['line']:
            problems.append('3.3 complaints mentioned in the text: ' + b['line'][:20])
        if b['clause'] == '4.3':
            for w in ('Peer', 'Avg', 'benchmark', 'Benchmark', 'gap', 'rank', 'Haldrup', '母厂', '沐岚', '澈岙'):
                if w in b['line']:
                    problems.append('comparison word %s in 4.3' % w)
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
