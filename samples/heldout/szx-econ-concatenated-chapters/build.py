#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-concatenated-chapters from source.txt.

A Shenzhen private maker of medical ultrasound probes and portable ultrasound devices, 深圳市琇澔超声医疗股份有限公司
(琇澔超声, made up; 912 staff; its competitors 无锡璘潼医学影像有限公司 (璘潼医学, probe OEM) and 珠海琍沄超声电子
有限公司 (琍沄超声, portable ultrasound), its benchmark 杭州瓛湄医学影像集团 (瓛湄集团) and the survey firm
深圳市珝汭医械市场研究有限公司 (珝汭研究) are made up too), compiled by its 质量与法规部 in an engineer-like voice
(阵元切割, 单晶, 匹配层, 声透镜, NMPA/MDR/510(k), ISO 13485, MDSAP, SPC, FMEA, 8D, CAPA, 上市后监督).

Layout: CHAPTERS WRITTEN BY DIFFERENT DEPARTMENTS AS SEPARATE FILES AND PASTED TOGETHER.
- Plain text, no ``#``. One title line (level 0, null) and one cover block (``@P -``) at the top.
- Every chapter starts with the header block of its own file: the report title line again (level 0, null),
  the chapter line ``第X部分 …`` (level 1, the chapter heading: 第一部分 企业概况 = 0, 第二部分 领导 = 1 …
  第七部分 高质量的运营 = 6) and ``编写部门：…　审核：…　版本：V2.1`` (level 0, null).
- Each department numbers its own file in its own way, consistently within the chapter:
  总经理办公室 (第一、二部分) ``一、`` items with ``（一）`` sub-heads; 战略发展部 (第三部分) and 质量与法规部
  (第七部分) decimals derived from THEIR PART NUMBER, ``3.1 战略制定`` / ``3.1.1 …`` (= 2.1) and ``7.1 运营系统`` /
  ``7.1.1 …`` (= 6.1), so the 第三部分 numbers collide with the standard's 3.1–3.3; 市场营销中心 (第四部分) and
  研发中心 (第六部分) bare headings in their own words (``客户在哪里、要什么`` = 3.1, ``为客户多创造一份价值`` = 3.2,
  ``让工程师敢试、试得起`` = 5.1, ``借外脑、守成果、攒知识`` = 5.2, ``创新投入与产出`` = 5.3); 人力资源部
  (第五部分) ``（一）`` items with ``1.`` sub-heads. Sub-heads are labelled with their item.
- Tables are numbered by part (表2-1, 表4-1, 表5-1, 表6-1, 表7-1).
- Results: 表2-1 / 表4-1 / 表7-1 years as columns with ``璘潼医学（2023年）`` / ``琍沄超声（2023年）`` /
  ``行业平均（2023年）`` (/ ``瓛湄集团（2023年）``) columns; 表6-1 years as rows with competitor, 行业平均 and
  ``瓛湄集团（2023年，标杆）`` rows; prose series (2.3, 6.3), a ranking series (第5 → 第4 → 第3位, 2.3) and
  ``· `` bullets (6.3).

Planted defects:
- 4.1 人力资源管理 missing everywhere (no workforce planning, staffing, recruiting, selection, pay, appraisal,
  benefits, occupational health or employee-satisfaction work). 第五部分 opens with ``（一）人力资源开发``,
  which is 4.2, and ``（二）以人为本的结果`` is 4.3 (ordinal trap).
- 3.3 has 2022-2023 only (表4-1); 2021 appears only in the sentence saying the earlier self-run telephone
  survey used a different method and is ``不再列示``. It has 璘潼医学 / 琍沄超声 / 行业平均 columns.
- 4.3 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- 6.3 探头年返修率 0.42 -> 0.38 -> 0.47%, above 璘潼医学 0.44%, 琍沄超声 0.41% and 行业平均 0.45%, only in 表7-1
  (unexplained); 1.3 净利润 / 销售净利率 (2022) and 2.3 境外收入 (2022) are explained.
- One 4.2 paragraph (新人营、带教导师、上岗考评) sits at the end of 第六部分's ``让工程师敢试、试得起`` (5.1)
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-concatenated-chapters/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['4.1'],
    'results_lacking_three_years': ['3.3'],
    'results_lacking_comparison': ['4.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['4.3'],
    # 4.1 人力资源管理 must be absent everywhere: no workforce planning or staffing, no recruiting, selection,
    # appointment or retention system, no pay, appraisal or incentive scheme, no benefits, rights,
    # occupational health and safety, no employee-satisfaction survey.
    'forbidden_words': ['招聘', '校招', '社招', '人力规划', '人力需求', '人员配置', '编制', '定岗', '定编',
                        '任职资格', '选拔', '晋升', '薪酬', '工资', '奖金', '津贴', '福利', '五险', '社保',
                        '公积金', '劳动合同', '劳动保护', '职业健康', '职业病', '体检', '安全生产', '工伤',
                        '权益', '工会', '员工满意', '满意度调查', '绩效考核', '绩效管理', '绩效工资',
                        '股权激励', '期权', '激励机制', '离职', '留人', '选育', '双通道', '两条通道'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '探头年返修率（0.42%→0.38%→0.47%，2023年上升，高于璘潼医学0.44%、琍沄超声0.41%和行业平均0.45%；只在表7-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润、销售净利率（2022年由0.98亿元、14.4%降至0.81亿元、11.3%）',
         'explained': True},
        {'clause': '2.3', 'indicator': '境外收入（2022年由2.31亿元降至2.06亿元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营医用超声探头和便携式超声设备制造企业（深圳市琇澔超声医疗股份有限公司不存在；'
        '竞争对手无锡璘潼医学影像有限公司（探头OEM）和珠海琍沄超声电子有限公司（便携超声）、标杆杭州瓛湄医学影像集团、'
        '调研机构深圳市珝汭医械市场研究有限公司均为虚构，人名、数字和奖项都是编的），员工912人。质量与法规部汇总合稿，'
        '工程师口吻（阵元切割、单晶、匹配层、NMPA/MDR/510(k)、ISO 13485、MDSAP、SPC、FMEA、8D、CAPA）。'
        '版式是本样本的重点：各部分由不同部门分别写成独立文件后拼接。纯文本，无#；开头一行标题（level 0，null）和一个封面信息块（@P -）；'
        '每一部分都以其原文件的页眉块开头：再次出现的报告标题行（level 0，null）、“第X部分 …”章标题（level 1；第一部分 企业概况=0，'
        '第二部分 领导=1 … 第七部分 高质量的运营=6）和“编写部门：…　审核：…　版本：V2.1”行（level 0，null）。'
        '各部门编号方式不同、部分内一致：总经理办公室（第一、二部分）用“一、”条目和“（一）”小标题；战略发展部（第三部分）和质量与法规部'
        '（第七部分）用按本部分序号派生的小数编号“3.1 战略制定”“3.1.1 …”（=2.1）、“7.1 运营系统”“7.1.1 …”（=6.1），'
        '第三部分的编号与准则3.1—3.3冲突；市场营销中心（第四部分）和研发中心（第六部分）用不带编号的自拟标题（“客户在哪里、要什么”=3.1、'
        '“为客户多创造一份价值”=3.2、“让工程师敢试、试得起”=5.1、“借外脑、守成果、攒知识”=5.2、“创新投入与产出”=5.3）；'
        '人力资源部（第五部分）用“（一）”条目和“1.”小标题。小标题标其所属条目。表格按部分编号（表2-1、表4-1、表5-1、表6-1、表7-1）。'
        '结果：表2-1、表4-1、表7-1年份为列，带“璘潼医学（2023年）”“琍沄超声（2023年）”“行业平均（2023年）”（及“瓛湄集团（2023年）”）列；'
        '表6-1年份为行，带对手、行业平均和“瓛湄集团（2023年，标杆）”行；2.3和6.3有文字序列，2.3有排名序列（第5→第4→第3位），6.3有“· ”列表。'
        '刻意缺陷：4.1 人力资源管理整条缺失（全文没有人力需求规划与配置、招聘选拔任用、薪酬考核激励、福利权益、职业健康安全或员工满意度），'
        '第五部分以“（一）人力资源开发”开头，它是4.2，“（二）以人为本的结果”是4.3（序号陷阱）。3.3只有2022年和2023年两年'
        '（2021年只出现在说明此前为自行电话回访、方法不同“不再列示”的句子里），有璘潼医学、琍沄超声和行业平均对比列。'
        '4.3有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。'
        '不利结果：6.3探头年返修率0.42%、0.38%、0.47%，2023年上升，高于璘潼医学0.44%、琍沄超声0.41%和行业平均0.45%，只出现在表7-1中，'
        '正文没有提及或解释；1.3净利润和销售净利率2022年下降（已解释：进口单晶材料和前端芯片涨价、OEM合同价格按年锁定）；'
        '2.3境外收入2022年下降（已解释：欧盟MDR换证延迟、欧元贬值）。一段回答4.2（新人营、带教导师、上岗考评）的段落放在第六部分'
        '“让工程师敢试、试得起”（5.1）末尾（misplaced）。其他：投诉率、投诉关闭周期、生产周期、制造成本越低越好，下降是有利结果；'
        '与标杆瓛湄集团的差距（研发投入强度、一次合格率、交付率、存货周转）逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

TITLE = '深圳市琇澔超声医疗股份有限公司市长质量奖自评报告'
# chapter -> (category clause, pattern every item heading of the chapter matches, sub-head pattern or None)
STYLES = {
    '第一部分': ('0', r'[一二三四]、', r'（[一二三四]）'),
    '第二部分': ('1', r'[一二三四]、', r'（[一二三四]）'),
    '第三部分': ('2', r'3\.\d ', r'3\.\d\.\d '),
    '第四部分': ('3', r'[^\d一二三四（]', None),
    '第五部分': ('4', r'（[一二三四]）', r'\d\. '),
    '第六部分': ('5', r'[^\d一二三四（]', None),
    '第七部分': ('6', r'7\.\d ', r'7\.\d\.\d '),
}


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # every chapter: title line, 第X部分 line, 编写部门 line, in that order
    chapters = [i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('第')]
    if [blocks[i]['line'][:4] for i in chapters] != list(STYLES):
        problems.append('chapters not 第一部分 … 第七部分')
    for i in chapters:
        prev, nxt = blocks[i - 1], blocks[i + 1]
        if not (prev['type'] == 'heading' and prev['line'] == TITLE and prev['clause'] is None):
            problems.append('chapter %s not preceded by the repeated title' % blocks[i]['line'])
        if not (nxt['type'] == 'heading' and nxt['clause'] is None and nxt['line'].startswith('编写部门：')
                and nxt['line'].endswith('版本：V2.1')):
            problems.append('chapter %s not followed by its 编写部门 line' % blocks[i]['line'])
        if blocks[i]['clause'] != STYLES[blocks[i]['line'][:4]][0]:
            problems.append('chapter %s labelled %s' % (blocks[i]['line'], blocks[i]['clause']))
    # numbering consistent inside each chapter (level 2 items, level 3 sub-heads)
    bounds = chapters + [len(blocks)]
    for k, i in enumerate(chapters):
        _, item_pat, sub_pat = STYLES[blocks[i]['line'][:4]]
        for b in blocks[i + 2:bounds[k + 1]]:
            if b['type'] != 'heading' or b['line'] == TITLE:
                continue
            pat = item_pat if b['level'] == 2 else sub_pat
            if pat is None or not re.match(pat, b['line']):
                problems.append('heading style in %s: %s' % (blocks[i]['line'][:4], b['line']))
    # no other null paragraph than the cover block
    nulls = [b for b in body if b['clause'] is None]
    if len(nulls) != 1:
        problems.append('expected exactly one null paragraph (the cover block), got %d' % len(nulls))
    # 3.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.3 mentions an earlier year: ' + sent[:40])
            if '三年' in b['line']:
                problems.append('3.3 speaks of three years')
    # 6.3: the 返修率 rise appears only in the table
    for b in body:
        if b['clause'] == '6.3' and b['type'] == 'text' and '返修' in b['line']:
            problems.append('6.3 text mentions 返修率')
    # 4.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '4.3' and re.search('璘潼|琍沄|瓛湄', b['line']):
            problems.append('4.3 names a competitor or benchmark')
    # ordinal trap: 第五部分 has exactly two items, （一）= 4.2 and （二）= 4.3
    i5 = next(i for i in chapters if blocks[i]['line'].startswith('第五部分'))
    end5 = next(i for i in chapters if blocks[i]['line'].startswith('第六部分'))
    items = [b for b in blocks[i5:end5] if b['type'] == 'heading' and b['level'] == 2]
    if [(b['line'][:3], b['clause']) for b in items] != [('（一）', '4.2'), ('（二）', '4.3')]:
        problems.append('ordinal trap in 第五部分 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
