#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-department-styles from source.txt.

A Wuhan private maker of medical-grade plastic consumables and precision injection moulds,
武汉瑢湉医用高分子股份有限公司 (瑢湉医塑; made up, 916 staff; its competitors 江苏瓃潆医疗用品有限公司 and
宁波玪洺塑胶科技股份有限公司, its benchmark 上海瓑溆医疗科技集团, the survey firm 武汉岪滃市场调查有限公司 and the
lab-consumables brand 湉析 are made up too). The report was assembled from chapters written by different
departments (办公室, 战略发展部, 营销中心, 人力资源部, 技术中心, 质量部) and merged without harmonising them.

Layout: EVERY CHAPTER KEEPS ITS OWN DEPARTMENT'S NUMBERING STYLE.
- Plain text, no ``#``. Two title lines (level 0), a cover block and a 编写分工 paragraph (front matter,
  ``@P -``). Chapters ``第一部分 组织环境`` … ``第七部分 质量提升`` (level 1, = 5.1 … 5.7) are the only
  consistent level. Below them:
  - 第一部分 (办公室): bold-looking titles without numbers ``【企业概况】`` ``【竞争环境】`` ``【组织优势】``
    ``【改进系统】`` (level 2, labelled 5.1).
  - 第二部分 (办公室): an unnumbered intro paragraph (= 5.2), items ``一、`` ``二、`` ``三、`` (level 2) with
    ``（一）（二）…`` sub-heads (level 3, labelled with their item). All three item titles in the company's words
    (``一、领导班子定方向、塑文化`` = 5.2.2, ``二、把治理做实`` = 5.2.3, ``三、三年经营与社会贡献`` = 5.2.4).
  - 第三部分 (战略发展部): the standard's decimals and titles ``5.3.2 战略制定`` … ``5.3.4 战略发展的结果``
    (5.3.1 not written); paragraphs open with run-ins ``战略分析。`` ``资源配置。`` (not headings).
  - 第四部分 (营销中心): items ``（一）（二）（三）`` directly under the chapter (level 2; the same marks are level-3
    sub-heads in 第二部分), titles in the company's words (``（一）读懂客户、服务客户`` = 5.4.2,
    ``（二）“瑢湉”品牌的经营`` = 5.4.3, ``（三）市场与品牌表现`` = 5.4.4).
  - 第五部分 (人力资源部): an unnumbered intro paragraph (= 5.5), items ``1.`` ``2.`` (level 2) with
    ``（1）…（4）`` sub-heads (level 3) under ``1.``.
  - 第六部分 (技术中心): items ``1、`` ``2、`` ``3、`` (``2、从课题到量产`` = 5.6.3, ``3、创新成效`` = 5.6.4).
  - 第七部分 (质量部): items ``A.`` ``B.`` ``C.`` (``B. 质量保证体系`` = 5.7.3).
- Results in each department's own style: 表2-1 years as columns with ``瓃潆医疗（2023年）`` /
  ``行业平均（2023年）`` columns and a ranking in prose (5.2.4); 表3-1 years as columns with only
  ``2023年规划目标`` / ``2025年规划目标`` (5.3.4); 表4-1 years as rows with competitor and ``行业平均（2023年）``
  rows plus a prose series and a ranking (5.4.4); ``——`` bullet paragraphs with prose series (5.5.4);
  表6-1 two years with competitor and benchmark columns (5.6.4); a ranking series and 表7-1 with
  玪洺塑胶 / 行业平均 / 瓑溆集团 columns (5.7.4).

Planted defects:
- 5.5.3 员工赋能 missing everywhere (no organisational climate, empowerment, care or support measures,
  employee-satisfaction survey, or review of the people system). 第五部分 has ``1. 人岗匹配与绩效激励``
  (5.5.2) and then ``2. 人力资源结果``, which is 5.5.4 (ordinal trap: ``2.`` would be 5.5.3).
- 5.6.4 has 2022-2023 only (表6-1); 2021 appears only in the sentence saying the R&D figures were re-based
  in 2022 and the earlier ones are ``不再列示``. It has 瓃潆医疗 / 玪洺塑胶 / 瓑溆集团 columns.
- 5.3.4 has 2021-2023 but only ``2023年规划目标`` and ``2025年规划目标`` columns (no comparison).
- 5.4.4 经销商续约率 94.2 -> 95.0 -> 92.7%, below 瓃潆医疗 93.5, 玪洺塑胶 94.1 and 行业平均 93.0, only in
  表4-1 (unexplained); 5.2.4 营业收入增长率 / 净利润 / 销售净利率 / 资产负债率 (2022) and 5.5.4 员工年流失率
  (2022) are explained.
- One 5.4.2 paragraph (客户现场技术支持) sits at the end of 第六部分 ``2、从课题到量产`` (5.6.3) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-department-styles/build.py
"""

import os
import re
import sys

ALL = ['5.1',
       '5.2', '5.2.2', '5.2.3', '5.2.4',
       '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4',
       '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4',
       '5.7', '5.7.2', '5.7.3', '5.7.4']

STANDARD_TITLES = {
    '5.2.2': '引领发展', '5.2.3': '有效治理', '5.2.4': '领导作用的结果',
    '5.3.2': '战略制定', '5.3.3': '战略实施', '5.3.4': '战略发展的结果',
    '5.4.2': '顾客市场', '5.4.3': '品牌管理', '5.4.4': '品牌影响的结果',
    '5.5.2': '员工管理', '5.5.3': '员工赋能', '5.5.4': '员工契合的结果',
    '5.6.2': '创新系统', '5.6.3': '创新实践', '5.6.4': '创新驱动的结果',
    '5.7.2': '运营质量', '5.7.3': '产品和服务质量', '5.7.4': '质量提升的结果',
}

# the item-heading pattern of each chapter (level 2), and of its sub-heads (level 3) where it has them
CHAPTER_STYLES = {
    '5.1': (r'【[^】]+】$', None),
    '5.2': (r'[一二三]、\S', r'（[一二三四]）\S'),
    '5.3': (r'5\.3\.[2-4] \S', None),
    '5.4': (r'（[一二三]）\S', None),
    '5.5': (r'[12]\. \S', r'（[1-4]）\S'),
    '5.6': (r'[123]、\S', None),
    '5.7': (r'[ABC]\. \S', None),
}

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['5.1'],
    'profile_limit': 3000,  # 单位简介 <= 3,000 字 (application form); the profile stays well under it
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.5.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.5.3 员工赋能 must be absent everywhere: no climate, empowerment, care, support, employee
    # satisfaction survey, employee involvement schemes, or review of the people-management system.
    'forbidden_words': ['员工满意', '职工满意', '满意度测评', '员工调查', '员工问卷', '敬业', '员工授权',
                        '授权机制', '充分授权', '赋能', '氛围', '凝聚', '归属感', '关爱', '帮扶', '慰问',
                        '文体', '职工之家', '工会', '心理', '福利', '以人为本', '包容', '多样化', '技能共享',
                        '合理化建议', '员工参与', '选育用留', '选、育', '员工体验', '幸福', '团建', '员工活动',
                        '职代会', '职工代表大会', '困难职工', '宿舍', '食堂', '人文'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '经销商续约率（94.2%→95.0%→92.7%，2023年下降，低于瓃潆医疗93.5%、玪洺塑胶94.1%和'
                      '行业平均93.0%；只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4',
         'indicator': '营业收入增长率、净利润、销售净利率、资产负债率（2022年：增长率12.6%→1.9%，净利润6,850→'
                      '5,410万元，净利率10.0%→7.8%，资产负债率41.2%→44.8%）',
         'explained': True},
        {'clause': '5.5.4', 'indicator': '员工年流失率（2022年由9.8%升至13.6%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营医用塑料耗材和精密注塑模具制造企业（武汉瑢湉医用高分子股份有限公司不存在；'
        '竞争对手江苏瓃潆医疗用品有限公司和宁波玪洺塑胶科技股份有限公司、标杆上海瓑溆医疗科技集团、'
        '调查机构武汉岪滃市场调查有限公司、实验室耗材品牌“湉析”均为虚构，人名、数字和奖项都是编的），员工916人。'
        '报告由办公室、战略发展部、营销中心、人力资源部、技术中心、质量部分别撰写各部分后汇编，未统一口吻和体例。'
        '版式是本样本的重点：各部分保留各自部门的编号风格。纯文本，无“#”；两行标题（level 0）、封面信息块和“编写分工”段（@P -）；'
        '“第一部分 组织环境”…“第七部分 质量提升”（level 1，标5.1…5.7）是唯一统一的层级。其下：第一部分用无编号的'
        '“【企业概况】【竞争环境】【组织优势】【改进系统】”（level 2，标5.1）；第二部分先有一段无编号引言（标5.2），'
        '条目“一、二、三、”（level 2），其下“（一）（二）…”小标题（level 3，标所属条目），三个条目标题都是企业自己的说法'
        '（一、领导班子定方向、塑文化=5.2.2；二、把治理做实=5.2.3；三、三年经营与社会贡献=5.2.4）；第三部分用标准的小数编号和原标题'
        '“5.3.2 战略制定”…“5.3.4 战略发展的结果”（不写5.3.1），段首有“战略分析。”等引导语（不是标题）；第四部分条目'
        '“（一）（二）（三）”直接挂在部分之下（level 2；同样的符号在第二部分是level 3小标题），标题为企业说法（（一）读懂客户、服务客户=5.4.2；'
        '（二）“瑢湉”品牌的经营=5.4.3；（三）市场与品牌表现=5.4.4）；第五部分先有一段无编号引言（标5.5），条目“1. 2.”（level 2），'
        '“1.”下有“（1）…（4）”小标题（level 3）；第六部分条目“1、2、3、”（2、从课题到量产=5.6.3；3、创新成效=5.6.4）；'
        '第七部分条目“A. B. C.”（B. 质量保证体系=5.7.3）。结果部分各有部门风格：表2-1年份为列、带“瓃潆医疗（2023年）”'
        '“行业平均（2023年）”列，正文有纳税排名（5.2.4）；表3-1年份为列、只有“2023年规划目标”“2025年规划目标”列（5.3.4）；'
        '表4-1年份为行、竞争对手和“行业平均（2023年）”为行，另有市场占有率序列和排名（5.4.4）；“——”引导的逐项段落（5.5.4）；'
        '表6-1两年数据加竞争对手和标杆列（5.6.4）；质量评价排名序列和表7-1（玪洺塑胶、行业平均、瓑溆集团列）（5.7.4）。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（全文没有组织氛围、授权、关爱与支持措施、员工满意度测评或员工管理体系的评估改进），'
        '第五部分“1. 人岗匹配与绩效激励”（5.5.2）之后是“2. 人力资源结果”，它是5.5.4（序号陷阱）。'
        '5.6.4 只有2022年和2023年（2021年只出现在说明2022年起按高新技术企业口径重新归集、此前数据“不再列示”的句子里），'
        '有瓃潆医疗、玪洺塑胶和瓑溆集团对比列。5.3.4 有2021—2023年三年数据，但只有“2023年规划目标”和“2025年规划目标”，'
        '没有对手、行业、标杆或排名对比。不利结果：5.4.4 经销商续约率94.2%、95.0%、92.7%，2023年下降，低于瓃潆医疗93.5%、'
        '玪洺塑胶94.1%和行业平均93.0%，只出现在表4-1中，正文没有提及或解释；5.2.4 2022年营业收入增长放缓、净利润和净利率下降、'
        '资产负债率上升（已解释：树脂涨价、客户集采降价、二期借款和折旧）；5.5.4 员工年流失率2022年升至13.6%（已解释：二期投产集中招工、'
        '试用期离职）。5.3.4 海外收入占比未达2023年规划目标（已解释：欧盟注册证推迟一年，且三年在上升），不是下降，未列入不利结果。'
        '一段回答5.4.2（客户现场技术支持）的段落放在第六部分“2、从课题到量产”（5.6.3）的末尾（misplaced）。'
        '其他：与瓑溆集团的差距（5.6.4研发强度、5.7.4注塑一次合格率）逐年缩小，不列为不利结果；市场占有率位列第四、与第一名差距缩小；'
        '客户投诉率、能耗、工伤率、流失率（2023年）越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    body = [b for b in blocks if b['type'] != 'heading']
    # no Markdown markers anywhere
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a block starts with #')
    # chapters: 第一部分 … 第七部分, level 1, = 5.1 … 5.7
    chapters = [b for b in blocks if b['type'] == 'heading' and b['level'] == 1]
    if [c['clause'] for c in chapters] != ['5.%d' % i for i in range(1, 8)] \
            or not all(c['line'].startswith('第%s部分 ' % n) for c, n in zip(chapters, '一二三四五六七')):
        problems.append('chapters are not 第一部分 … 第七部分 = 5.1 … 5.7')
    # each chapter keeps its own numbering style
    chapter = None
    for b in blocks:
        if b['type'] != 'heading':
            continue
        if b['level'] == 1:
            chapter = b['clause']
            continue
        if chapter is None:
            continue
        item_re, sub_re = CHAPTER_STYLES[chapter]
        pat = item_re if b['level'] == 2 else sub_re
        if pat is None or not re.match(pat, b['line']):
            problems.append('heading not in the style of %s: %s' % (chapter, b['line']))
    # intro paragraphs directly after the 第二部分 and 第五部分 headings, and only there
    for i, b in enumerate(blocks):
        if b['type'] == 'heading' and b['level'] == 1:
            nxt = blocks[i + 1]
            has_intro = nxt['type'] == 'text' and nxt['clause'] == b['clause']
            if has_intro != (b['clause'] in ('5.2', '5.5')):
                problems.append('intro paragraph under %s not as planned' % b['clause'])
    # ordinal trap: under 第五部分 the items are 1. (5.5.2) and 2. (5.5.4)
    items5 = [b for b in blocks if b['type'] == 'heading' and b['level'] == 2 and b['clause'].startswith('5.5')]
    if [(b['line'][:2], b['clause']) for b in items5] != [('1.', '5.5.2'), ('2.', '5.5.4')]:
        problems.append('ordinal trap under 第五部分 not as planned: %s' % [(b['line'], b['clause']) for b in items5])
    # item titles: at least 5 in the company's own words
    heads = [b for b in blocks if b['type'] == 'heading' and b['level'] == 2 and b['clause'] in STANDARD_TITLES]
    own = [h for h in heads if not h['line'].endswith(STANDARD_TITLES[h['clause']])]
    if len(own) < 5:
        problems.append('only %d own-words titles' % len(own))
    # 5.6.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.6.4':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('5.6.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: 经销商续约率 only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '续约' in b['line']:
            problems.append('5.4.4 text mentions 续约率')
    # 5.3.4: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '5.3.4' and re.search('瓃潆|玪洺|瓑溆|岪滃', b['line']):
            problems.append('5.3.4 names a comparator')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
