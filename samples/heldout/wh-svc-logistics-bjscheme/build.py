#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-logistics-bjscheme from source.txt.

A Wuhan cold-chain and port logistics company (武汉漻汊冷链港航物流股份有限公司, made up; peers 岳阳溁澧港航物流,
九江浔砦冷链物流集团, benchmark 宁波琇舸冷链港口集团 and survey firm 峄澜咨询 made up too) that won the Beijing
award in 2023 and REUSES ITS BEIJING REPORT'S STRUCTURE for the Wuhan service award. Written by the strategy
department in an organised, moderate voice with Beijing-style ``1）…。`` lead-ins inside paragraphs.

Layout: plain text; a title line and a cover block (front matter). The chapters and items are the Beijing 2020
standard's, with its numbers and titles: ``0 组织概述`` (``0.1``/``0.2``), ``1 领导`` (``1.1``–``1.3``), ``2 战略``,
``3 顾客与市场``, ``4 资源`` (``4.1``–``4.6``), ``5 过程管理`` (``5.1``/``5.2``), ``6 测量、分析与改进``, ``7 结果``
(``7.1``–``7.6``). Every block is labelled with the WUHAN clause it answers (5.1 … 5.7.4), so paragraphs under one
Beijing heading can carry different Wuhan clauses (1.1 holds 5.2.2 and one 5.2.3 paragraph; 4.1 holds 5.5.2 and
5.5.3; 4.3 holds 5.7.2 and 5.6.3; 7.1 holds 5.7.4 and 5.6.4; 7.4 holds 5.5.4 and 5.6.4; 7.6 holds 5.3.4 and 5.2.4).
The Beijing headings ``5.1 过程的识别与设计`` and ``5.2 过程的实施与改进`` carry numbers that are Wuhan ids of other
clauses (5.1 组织环境, 5.2 领导作用); they answer 5.7.2 and 5.7.3.

Planted defects: 5.4.3 品牌管理 missing everywhere (the Beijing structure has no heading for it, so there is no
ordinal trap); 5.3.4 has 2022–2023 only; 5.6.4 has 2021–2023 with targets only; 5.7.4 冷链货损率 rises in 2023 and
is worse than 行业平均 and 浔砦冷链 (table only, unexplained); one 5.2.3 paragraph (关键社区, 公益) sits under
``4.6 相关方关系`` (labelled 5.7.2)."""
import re

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.4.3 品牌管理 must be absent everywhere: no brand planning, communication, protection or evaluation
    'forbidden_words': ['品牌', '商标', '知名度', '美誉度', '广告', '形象', '宣传', '口碑', '媒体', '标识'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '营业收入、净利润、净资产收益率（2022年下降）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '一线员工年流失率（2022年由14.8%升至18.3%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '冷链货损率（2023年升至0.026%，高于前两年、行业平均0.022%和浔砦冷链0.019%）',
         'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构武汉冷链与港口物流企业（武汉漻汊冷链港航物流股份有限公司，不存在；同行岳阳溁澧港航物流、'
        '九江浔砦冷链物流集团，标杆宁波琇舸冷链港口集团，调查机构峄澜咨询，均不存在）。该公司2023年获北京市人民政府质量管理奖，'
        '本报告沿用其北京申报报告的结构：章节和条目是北京2020准则的编号和标题（0 组织概述/0.1/0.2，1 领导/1.1—1.3，2 战略/2.1/2.2，'
        '3 顾客与市场/3.1/3.2，4 资源/4.1—4.6，5 过程管理/5.1/5.2，6 测量、分析与改进/6.1/6.2，7 结果/7.1—7.6），'
        '但申报的是武汉服务类标准，所以每个段落都按它回答的武汉条款标注（5.1—5.7.4）。战略发展部口吻，段落内用北京式“1）…。”引导语（不是标题）。'
        '纯文本：一行报告标题（level 0，clause为null），一个封面信息块（front matter，clause为null，含“沿用北京申报章节框架”的编制说明）。'
        '标题标注：章（level 1）标大多数内容所属的武汉类目（0=5.1，1=5.2，2=5.3，3=5.4，4 资源=5.5，5=5.7，6=5.6，7 结果=5.7），'
        '条目（level 2）标大多数内容回答的武汉条款：0.1/0.2=5.1，1.1=5.2.2，1.2/1.3=5.2.3，2.1=5.3.2，2.2=5.3.3，3.1/3.2=5.4.2，'
        '4.1=5.5.2，4.2=5.3.3，4.3=5.7.2，4.4=5.6.2，4.5/4.6=5.7.2，5.1 过程的识别与设计=5.7.2，5.2 过程的实施与改进=5.7.3，'
        '6.1=5.3.3，6.2=5.6.3，7.1=5.7.4，7.2=5.4.4，7.3=5.2.4，7.4=5.5.4，7.5=5.7.4，7.6=5.3.4。'
        '同一北京标题下的段落可以属于不同武汉条款：1.1 中“安全生产与质量责任”段为5.2.3；4.1 前四段5.5.2、后两段5.5.3；'
        '4.3 信息系统段5.7.2、知识管理段5.6.3；7.1 服务质量为5.7.4、服务创新成果为5.6.4；7.4 员工为5.5.4、技术结果为5.6.4；'
        '7.6 战略结果为5.3.4、组织和责任结果为5.2.4。注意“5.1 过程的识别与设计”“5.2 过程的实施与改进”的编号恰好是武汉的5.1（组织环境）和5.2（领导作用），'
        '但内容是5.7.2和5.7.3。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（全文没有品牌策划、传播、保护或评价的内容；北京结构本身没有对应的标题，所以这里没有序号陷阱）。'
        '5.3.4 只有2022年和2023年（2021年只出现在说明指标体系2022年重定、口径不同的句子里），有溁澧港航（2023年）和行业平均（2023年）对比。'
        '5.6.4 有2021—2023三年数据，但只有“2023年目标值”列和规划目标，没有任何对比。'
        '不利结果：5.2.4 营业收入、净利润、净资产收益率2022年下降（已解释：进口冷链监管调整、北京基地封控、电价上涨）；'
        '5.5.4 一线员工流失率2022年升至18.3%（已解释：封控期间司机返乡未回岗）；5.7.4 冷链货损率2023年升至0.026%，'
        '高于前两年、行业平均0.022%和浔砦冷链0.019%（只在表7-1中，正文未提及，未解释）。顾客满意度低于标杆琇舸，但差距逐年缩小（5.9、4.3、2.2分），不列入。'
        '一段回答5.2.3（关键社区、志愿服务、公益支出、保供）的段落放在“4.6 相关方关系”（标5.7.2）下（misplaced）。'
        '结果写法：表格年份为列，带“行业平均（2023年）”和同行（2023年）列；叙述序列（由2021年的…提高到2022年的…和2023年的…）；排名（第41位→第35位→第27位，份额排名第二升至第一）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """The planted result defects hold as described."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.3.4: 2021 appears only in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '5.3.4':
            for sent in re.split(r'[。；]', b['line']):
                if '2021' in sent and '口径' not in sent:
                    problems.append('5.3.4 gives 2021 outside the explanation: ' + sent[:30])
    # the unexplained rise of 冷链货损率 is only in the table (no result paragraph mentions it)
    for b in body:
        if '货损' in b['line'] and b['type'] != 'table' and (b['clause'] or '').endswith('.4'):
            problems.append('货损 mentioned in text: ' + b['line'][:20])
    # the misplaced paragraph sits under 4.6 (5.7.2)
    if not any(b.get('misplaced_under') == '5.7.2' and b['clause'] == '5.2.3' for b in body):
        problems.append('misplaced 5.2.3 paragraph not found')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
