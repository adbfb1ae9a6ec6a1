#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample szx-svc-hospital from source.txt."""
META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen service standard sets no profile limit
    'all_clauses': ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
                    '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
                    '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2'],
    'leaf_clauses': ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2',
                     '2.3.1', '2.3.2', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2'],
    'expected_missing': ['1.2.2'],
    'results_lacking_three_years': ['3.2.2'],
    'results_lacking_comparison': ['3.3.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.2'],
    # build_common checks forbidden_words in every block; 1.2.2's words are checked below,
    # outside the result items only (3.1.1/3.1.2 legitimately report 审计 and 预算 results)
    'forbidden_words': [],
    'unfavourable_results': [
        {'clause': '3.1.2', 'indicator': '百元医疗收入卫生材料消耗（2022、2023年连续上升，2023年高于全市区属医院平均，且背离2025年目标）',
         'explained': False},
        {'clause': '3.2.1', 'indicator': '门诊患者平均候诊时间（2022年由24分钟升至31分钟）', 'explained': True},
    ],
    'notes': (
        '深圳服务类，虚构区属三级甲等综合医院（深圳市芷川区人民医院，芷川区及医院均不存在）。全文除首行文档标题外没有任何标题：'
        '简介和各条款的回答是一串连续的段落和表格，按标准顺序排列（简介→1.1.1→…→3.3.2），只能凭内容和顺序映射到条款。'
        '段首的“在确定方向方面，”“（1）营造氛围、提供条件。”“在对标定位上，”“在创新策划上，”等是引导语，不是标题；表格标题行'
        '（如“表3-1 领导力主要结果”）属于表格块。headings 只含文档标题（clause 为 null，level 0）。简介（标签0）共8块（7段文字加表0-1），1,602字（不含空白），'
        '其中表0-1为运行数据；结果部分之前有一段说明数据来源的引言，标为类目号3。条款标签为标准三级评分条目（1.1.1等），不细到要点。'
        '刻意缺陷：1.2.2 保障机制整条缺失——1.2.1 的最后一段（规划监测、评议、风险清单、动态调整）之后直接是2.1.1 服务设计；'
        '全文（结果条目除外）没有治理结构、议事规则、廉洁或合规要求、预算审计问责、人财物统筹或业务连续性的内容，简介只写'
        '内设部门和向区卫生健康局请示报告；1.2.1 中的规划风险清单属于1.2.1 的监测要点，不是1.2.2。3.1.1 表中的审计整改率和'
        '3.1.2 表中的预算执行率是结果，不是1.2.2 的过程回答。3.2.2 只有2022、2023两年数据（正文说明2022年起市里统一第三方调查口径，'
        '仍计为缺三年数据；有全市公立医院平均和标杆医院对比）。3.3.2 有2021—2023三年数据，但没有任何全市平均、同行、标杆或排名对比。'
        '不利结果：3.1.2 百元医疗收入卫生材料消耗2022、2023年连续上升，2023年高于全市区属医院平均，正文未作任何解释；3.2.1 门诊患者'
        '平均候诊时间2022年上升，正文已解释（北岭院区开诊初期排班、疫情期间分诊核验环节）。其余结果条目（3.1.1、3.1.2、3.2.1、3.3.1）'
        '均为2021—2023三年数据，带全市区属医院平均和/或标杆医院对比（对比列只给2023年值）；与标杆医院的差距只给2023年值，不计为不利结果。'
        '2.2.1 的“同行对比、标杆比对”是量化管理的方法，2.3.1 的“对照国内外同类医院”是创新策划的对标，1.2.1 的标杆研究是对标定位，'
        '三处都用“标杆”一词，需按上下文区分。1.1.2 中的“改进和创新建议”（金点子）属于团队建设，不是2.3.1。'
    ),
}

# Extra checks for this sample (build_common has no clause-restricted word check, no heading-free
# check and no check of the two-year item); they run on the parsed source before the common build.
EXTRA = {
    'max_total': 12000,
    'missing_clause_words': {  # must not appear in any non-result block (clauses 0, 1.x.x, 2.x.x)
        'clause': '1.2.2',
        'words': ['议事', '治理', '廉洁', '清廉', '廉政', '三重一大', '预算', '审计', '问责', '纪检', '纪委',
                  '监察', '合规', '业务连续', '连续性', '办公会', '党委会', '决策', '内控', '资源配置', '配置资源',
                  '人财物', '人、财、物', '财务', '行风', '反腐', '职责', '保障机制', '监督机制'],
    },
    'two_year_items': {'3.2.2': ['2022', '2023']},
    'three_year_items': ['3.1.1', '3.1.2', '3.2.1', '3.3.1', '3.3.2'],
    'comparison_items': ['3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1'],
    'unexplained_absent': {'3.1.2': ['卫生材料', '耗材']},  # not mentioned in the item's text paragraphs
    'explained_present': {'3.2.1': ['候诊时间由24分钟升至31分钟', '主要原因']},
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from build_common import main, parse_source, count_nows, strip_md

COMPARISON_WORDS = ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于')


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # only the title line is a heading
    if len(heads) != 1 or heads[0]['level'] != 0 or heads[0]['clause'] is not None or blocks[0] is not heads[0]:
        problems.append('headings other than the title: %s' % [h['line'] for h in heads])
    # blocks follow the standard's order (the missing clause is skipped)
    order = [META['all_clauses'].index(b['clause']) for b in body]
    if order != sorted(order):
        problems.append('blocks are not in the standard order')
    # 1.2.2 content absent outside the result items
    mc = EXTRA['missing_clause_words']
    for b in body:
        if b['clause'].startswith('3'):
            continue
        for w in mc['words']:
            if w in b['line']:
                problems.append('%s word %s in %s: %s' % (mc['clause'], w, b['clause'], b['line'][:20]))
    # two-year item: no other year anywhere in it
    for c, years in EXTRA['two_year_items'].items():
        text = ''.join(b['line'] for b in body if b['clause'] == c)
        found = sorted(set(re.findall(r'(?<!\d)(20[0-3]\d)(?!\d)', text)))
        if found != sorted(years):
            problems.append('%s years %s != %s' % (c, found, years))
    # the other result items: three consecutive year columns in a table
    for c in EXTRA['three_year_items']:
        tables = [b['line'] for b in body if b['clause'] == c and b['type'] == 'table']
        ok = any(re.search(r'2021年\t2022年\t2023年', t) for t in tables)
        if not ok:
            problems.append('%s lacks a 2021-2023 table' % c)
    for c in EXTRA['comparison_items']:
        text = ''.join(b['line'] for b in body if b['clause'] == c)
        if not any(w in text for w in COMPARISON_WORDS):
            problems.append('%s has no comparison word' % c)
    # unfavourable results: the unexplained one is not mentioned in text, the explained one is
    for c, words in EXTRA['unexplained_absent'].items():
        for b in body:
            if b['clause'] == c and b['type'] == 'text':
                for w in words:
                    if w in b['line']:
                        problems.append('unexplained result mentioned in %s text: %s' % (c, w))
    for c, words in EXTRA['explained_present'].items():
        text = ''.join(b['line'] for b in body if b['clause'] == c and b['type'] == 'text')
        for w in words:
            if w not in text:
                problems.append('explanation %s missing in %s' % (w, c))
    whole = strip_md('\n\n'.join(b['line'] for b in blocks) + '\n')
    if count_nows(whole) > EXTRA['max_total']:
        problems.append('total size above %d: %d' % (EXTRA['max_total'], count_nows(whole)))
    return problems


if __name__ == '__main__':
    extra = extra_checks(parse_source(os.path.join(HERE, 'source.txt')))
    code = 0
    try:
        main(META, HERE)
    except SystemExit as e:
        code = e.code or 0
    print('extra checks (no headings, order, 1.2.2 absent, 3.2.2 two years, 3.3.2 no comparison, '
          'unfavourable results): %d problem(s)' % len(extra))
    for p in extra:
        print('PROBLEM: ' + p)
    if extra or code:
        sys.exit(1)
    print('OK (extra checks)')
