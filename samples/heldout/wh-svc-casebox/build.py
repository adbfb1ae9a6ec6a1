#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-casebox from source.txt.

A Wuhan state-owned public-transport ferry and river-tourism company, 武汉澶舻江渡文旅集团有限公司 (made up;
its parent 武汉淯城交通投资集团有限公司, its peer operators 重庆泩峃两江客运有限公司 and 南京滧栌轮渡有限公司,
its benchmark 上海瀀舫水上旅游集团, the survey firm 武汉琲霂市场调研有限公司 and the industry body
长江沿线城市水上客运联席会 are made up too; about 1,600 staff; commuter ferries, water buses, the night-cruise
brand 澶舻夜航 and a shipyard), written by its 企业管理部（质量办公室） in a storytelling, case-driven voice:
every practice is proved with a case from the company's 江渡案例库.

Layout: CASE BOXES AND SIDEBARS INSIDE EVERY ITEM.
- Plain text. Two title lines (level 0), a cover block and a ``写在前面：`` paragraph that explains the case
  boxes (front matter, ``@P -``).
- Categories ``第一章 组织环境`` … ``第七章 质量提升`` (level 1), two with the company's short titles
  (``第四章 品牌与乘客`` = 5.4, ``第六章 创新`` = 5.6; the others use the standard's titles). The profile
  chapter has the writer's own sub-headings ``一、我们是谁`` / ``二、我们所处的环境`` / ``三、我们的长处`` /
  ``四、我们怎样改进`` (level 2, labelled 5.1). Item headings carry the standard's numbers and titles
  (``5.2.2 引领发展``, level 2; 5.x.1 skipped as the scored leaves are 5.x.2-5.x.4).
- Inside most items one or two case boxes: a title line ``【案例5.x-n】……`` (in 第五章 ``案例一：……`` …
  ``案例三：……``), 1-3 case paragraphs, then a closing line ``（案例完，整理：……）`` / ``（案例完，执笔：……）``
  or ``——案例来源：……``; all labelled with their item (case title lines are NOT headings). Several case
  titles begin with number-like text (``【案例5.2-1】3.0版《江渡守则》…``, ``【案例5.6-2】2.0版调度平台…``,
  ``【案例5.7-1】12分钟一班…``, ``案例一：`` …). Sidebar paragraphs ``▶ 延伸阅读：……`` (labelled with their
  item, or 5.1 in the profile). Every chapter ends with a ``小结：……`` paragraph labelled with the category
  (5.1 … 5.7). An intro paragraph under ``第二章 领导作用`` (= 5.2).
- Results: years as columns with peer columns ``泩峃两江（2023年）`` / ``滧栌轮渡（2023年）`` /
  ``行业平均（2023年）`` / ``瀀舫集团（标杆，2023年）`` (表2-1, 表4-1); prose series (5.3.4, 5.6.4); ``· ``
  bullet lines (5.5.4); 5.3.4's only comparison is one ranking sentence (联席会 14家会员企业中排第3位);
  5.6.4 holds a case box (【案例5.6-3】) that carries a year series with 联席会平均 and 标杆.

Planted defects:
- 5.3.3 战略实施 missing everywhere (no deployment of the plan into action plans or departmental targets,
  no allocation of resources, no monitoring/evaluation of the strategy's progress, no revision of the plan).
  ``第三章 战略发展`` has only ``5.3.2 战略制定`` and ``5.3.4 战略发展的结果`` (the heading numbers are the
  real ids; no ordinal trap). The chapter's 小结 (= 5.3) names 战略实施 in passing in one sentence
  (“战略实施中还有不少值得讲的故事，限于篇幅从略”) without answering it.
- 5.5.4 has 2022-2023 only (bullets); 2021 appears only in the 说明 sentence saying the two predecessor
  companies counted differently and the data are not given (``不再列出``). It has 联席会平均, 泩峃两江,
  瀀舫集团 and 滧栌轮渡 comparisons.
- 5.7.4 has 2021-2023 (表7-1) but only a ``2023年目标值`` column and a 地方标准 requirement (no comparison).
- 5.4.4 夜游线上平台评分 4.72 -> 4.76 -> 4.63 (2023 drop, below 泩峃两江 4.74 and 瀀舫集团 4.81), only in 表4-1
  (unexplained); 5.2.4 营业收入 / 利润总额 / 营业收入利润率 / 客运量 (2022) and 5.7.4 通勤班次准点率 (2022) are
  explained.
- One 5.6.2 paragraph (创新专项资金、“江渡金点子”基金、3个创新工作室) sits under ``5.5.3 员工赋能``
  (``misplaced``).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-casebox/build.py
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
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.7.4'],
    # 5.3.3 战略实施 must be absent everywhere: no deployment of the plan into action plans or targets,
    # no allocation of resources to the strategy, no monitoring or evaluation of the strategy's progress,
    # no revision of the plan. (The 5.3 小结 names the topic 战略实施 once, on purpose.)
    'forbidden_words': ['战略部署', '战略分解', '目标分解', '分解', '资源配置', '配置资源', '配置', '战略评估',
                        '评估战略', '战略执行', '执行情况', '战略调整', '调整战略', '规划调整', '调整规划',
                        '修订规划', '规划修订', '年度计划', '经营计划', '行动计划', '督办', '纠偏', '责任书',
                        '经营分析', '战略地图', '平衡计分卡', '里程碑', '落地', '推进会', '进度通报',
                        '季度通报', '月度通报'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '夜游线上平台评分（4.72→4.76→4.63分，2023年下降，低于泩峃两江4.74分和瀀舫集团4.81分；'
                      '只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、营业收入利润率、客运量（2022年由5.36亿元、0.42亿元、'
                                       '7.8%、1,086万人次降至4.41亿元、0.09亿元、2.0%、842万人次）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': '通勤班次准点率（2022年由98.6%降至96.9%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市属国有轮渡与两江游览企业（武汉澶舻江渡文旅集团有限公司不存在；母公司武汉淯城交通投资集团、'
        '同类对比企业重庆泩峃两江客运有限公司和南京滧栌轮渡有限公司、标杆上海瀀舫水上旅游集团、调研机构武汉琲霂市场调研有限公司、'
        '长江沿线城市水上客运联席会均为虚构，人名、数字和荣誉都是编的），员工约1,600人，经营通勤轮渡、水上巴士、两江夜游'
        '（服务品牌“澶舻夜航”）和船舶修造厂。企业管理部（质量办公室）执笔，讲故事、以案例说话的口吻：每一项做法都用一个'
        '取自“江渡案例库”的案例来证明。版式是本样本的重点：每个条款里都有案例框和旁注。纯文本；两行标题（level 0，clause为null），'
        '封面信息块和一段解释案例框写法的“写在前面：”（@P -）；章标题“第一章 组织环境”…“第七章 质量提升”（level 1），'
        '其中“第四章 品牌与乘客”=5.4、“第六章 创新”=5.6用公司自己的短标题；第一章下有公司自拟小标题“一、我们是谁”'
        '“二、我们所处的环境”“三、我们的长处”“四、我们怎样改进”（level 2，标5.1）；条款标题用准则编号和原标题'
        '（“5.2.2 引领发展”，level 2，不写5.x.1）。多数条款内有一到两个案例框：案例标题行“【案例5.x-n】……”'
        '（第五章用“案例一：”…“案例三：”），随后一到三段案例正文，最后一行“（案例完，整理：……）”“（案例完，执笔：……）”'
        '或“——案例来源：……”；标题行、正文和结束行都标所属条款，案例标题行不是标题。部分案例标题以数字样式开头'
        '（“3.0版《江渡守则》…”“2.0版调度平台…”“12分钟一班…”）。另有“▶ 延伸阅读：……”旁注段（标所属条款）；'
        '每章末尾一段“小结：……”标该章的条目号（5.1…5.7）；第二章下有一段引言（标5.2）。结果：以年份为列、带'
        '“泩峃两江（2023年）”“滧栌轮渡（2023年）”“行业平均（2023年）”“瀀舫集团（标杆，2023年）”列的表格（表2-1、表4-1），'
        '散文式数列（5.3.4、5.6.4），“· ”项目行（5.5.4）；5.3.4唯一的对比是一句排名（联席会14家会员企业中排第3位，2021年第9位）；'
        '5.6.4里有一个案例框（【案例5.6-3】）承载了三年数列和联席会平均、标杆对比。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有把规划展开为行动计划或部门目标、没有战略资源的调配、没有对战略进展的'
        '监测评估、没有对规划的修正），“第三章 战略发展”下只有“5.3.2 战略制定”和“5.3.4 战略发展的结果”（标题编号都是真实'
        '条款号，没有序号陷阱）；第三章小结（标5.3）顺带提到“战略实施中还有不少值得讲的故事，限于篇幅从略”，但没有回答它。'
        '5.5.4 只有2022年和2023年两年（2021年只出现在说明两家原公司统计口径不一、数据不可比“故不再列出”的句子里），'
        '有联席会会员企业平均、泩峃两江、瀀舫集团和滧栌轮渡对比。5.7.4 有2021—2023年三年数据（表7-1），但只有“2023年目标值”列'
        '和地方标准要求，没有对手、行业、标杆或排名对比。不利结果：5.4.4 夜游线上平台评分4.72、4.76、4.63分，2023年下降，'
        '低于泩峃两江4.74分和瀀舫集团4.81分，只出现在表4-1中，正文没有提及或解释；5.2.4 营业收入、利润总额、营业收入利润率和'
        '客运量2022年下降（已解释：疫情停航96天、罕见枯水三条航线累计停航47天、柴油涨价）；5.7.4 通勤班次准点率2022年下降'
        '（已解释：枯水期码头外移、航道变窄）。一段回答5.6.2（创新专项资金、“江渡金点子”基金、3个创新工作室）的段落放在'
        '“5.5.3 员工赋能”之下（misplaced）。其他结果：有效投诉、流失率、燃油消耗、救援到达时间越低越好，下降是有利结果；'
        '与标杆瀀舫集团的差距（乘客满意度、有效投诉、授权专利、燃油消耗、人均培训学时）不列为不利结果；5.2.4公司营业收入、利润总额和客运量均高于两家同类对比企业。组织环境（5.1段落）约2,100字，武汉标准本身未规定上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CASE_TITLE = re.compile(r'^(【案例5\.\d-\d】|案例[一二三四五六七八九十]+：)')
CASE_END = re.compile(r'^(（案例完，(整理|执笔)：|——案例来源：)')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # case boxes: title line, 1-3 paragraphs, closing line, all with the same clause and no heading inside
    i, n_cases = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if b['type'] == 'text' and CASE_TITLE.match(b['line']):
            n_cases += 1
            j = i + 1
            while j < len(blocks) and blocks[j]['type'] == 'text' and not CASE_END.match(blocks[j]['line']) \
                    and not CASE_TITLE.match(blocks[j]['line']):
                j += 1
            if j >= len(blocks) or blocks[j]['type'] != 'text' or not CASE_END.match(blocks[j]['line']):
                problems.append('case box without closing line: ' + b['line'][:20])
            elif not 1 <= j - i - 1 <= 3:
                problems.append('case box with %d paragraphs: %s' % (j - i - 1, b['line'][:20]))
            elif len({blocks[k]['clause'] for k in range(i, j + 1)}) != 1:
                problems.append('case box with mixed clauses: ' + b['line'][:20])
            i = j + 1
            continue
        i += 1
    if n_cases < 14:
        problems.append('expected at least 14 case boxes, got %d' % n_cases)
    # 小结 at the end of every chapter, labelled with the category
    for cat in ('5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7'):
        s = [b for b in body if b['line'].startswith('小结：')]
        if not any(b['clause'] == cat for b in s):
            problems.append('no 小结 labelled ' + cat)
    for b in body:
        if b['line'].startswith('小结：') and b['clause'].count('.') != 1:
            problems.append('小结 not labelled with its category: ' + b['line'][:20])
    # item headings: standard numbers and titles; no 5.3.3 heading
    for h in heads:
        if h['level'] == 2 and h['clause'] != '5.1' and not h['line'].startswith(h['clause'] + ' '):
            problems.append('item heading without its number: ' + h['line'])
        if h['clause'] == '5.3.3':
            problems.append('5.3.3 heading present')
    # 战略实施 named exactly once, in the 5.3 小结
    hits = [b for b in body if '战略实施' in b['line']]
    if len(hits) != 1 or hits[0]['clause'] != '5.3' or not hits[0]['line'].startswith('小结：'):
        problems.append('战略实施 must appear once, in the 5.3 小结')
    # 5.5.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.5.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('5.5.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the 2023 drop of 夜游线上平台评分 appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and ('评分' in b['line'] or '线上' in b['line']):
            problems.append('5.4.4 text mentions 线上平台评分')
    # 5.3.4: the only comparison is a ranking sentence
    t534 = ''.join(b['line'] for b in body if b['clause'] == '5.3.4')
    if re.search('泩峃|滧栌|瀀舫|平均|标杆|行业|对手', t534) or '排第' not in t534:
        problems.append('5.3.4 comparison is not only a ranking')
    # 5.7.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.7.4' and re.search('泩峃|滧栌|瀀舫|联席会', b['line']):
            problems.append('5.7.4 names a peer or the 联席会')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
