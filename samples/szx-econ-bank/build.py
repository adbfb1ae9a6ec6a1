#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample szx-econ-bank from source.txt."""
META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['3.2'],
    'results_lacking_three_years': ['2.3'],
    'results_lacking_comparison': ['6.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['6.3'],
    # 3.2 顾客增值 must be absent everywhere (no customer-orientation culture across departments, no latent-need
    # or value-point identification, no customer-driven product/service innovation, no brand-reputation management
    # towards customers); chapter 3 (3.1, 3.3) is additionally checked with CLAUSE_FORBIDDEN below.
    'forbidden_words': ['痛点', '盲点', '潜在需求', '客户增值', '顾客增值', '客户导向', '顾客导向', '价值主张',
                        '超越客户期望', '超出客户期望', '忠诚', '口碑', '附加价值', '价值点'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '净息差（由2021年2.86%逐年降到2023年2.41%，低于标杆同业）', 'explained': True},
        {'clause': '3.3', 'indicator': '每万户客户投诉量（2022年由2.6件升到3.4件，2023年3.1件仍高于同业平均和主要竞争对手）',
         'explained': False},
    ],
    'notes': (
        '深圳经济类，虚构深圳民营银行（深圳榕汐银行股份有限公司，不存在）。标题为纯文本行（非Markdown）：'
        '“组织概述”（0）、“第一章 领导力”…“第六章 运营与质量”（类目），条目用“1. 2. 3.”编号且在每一章下重新从1开始；'
        '两个条目没有编号：“领导与治理成效”=1.3（紧跟在“2. 公司治理”之后），“开放创新”=5.2（在“1. 创新机制”与“2. 创新成果”之间）。'
        '因此“2.”在第三章下是3.3（3.2缺失）、在第五章下是5.3，只能结合上级章节和标题含义判断。'
        '章标题和条目标题多为意译或简称：领导力=1 领导，文化建设=1.1 文化引领，公司治理=1.2 组织治理，领导与治理成效=1.3，'
        '战略管理=2，战略形成=2.1 战略制定，战略落地=2.2 战略实施，战略成效=2.3，客户与市场=3 聚焦顾客，客户服务=3.1 顾客服务，'
        '客户满意与市场表现=3.3，人才为本=4 以人为本，人员配置与激励=4.1 人力资源管理，人才培养=4.2 人力资源开发，员工结果=4.3，'
        '创新驱动=5 持续创新，创新机制=5.1 创新系统，开放创新=5.2 创新生态，创新成果=5.3，运营与质量=6 高质量的运营，'
        '运营体系=6.1 运营系统，质量管理=6.2 营运质量，经营成果=6.3。段首的“（1）客户细分。”“一是把目标分解到条线和团队。”'
        '“治理架构与议事规则。”等是引导语，不是标题；表格标题（表1-1 …）属于表格块。'
        '刻意缺陷：3.2 顾客增值整条缺失（“1. 客户服务”之后直接是“2. 客户满意与市场表现”；全文没有全员/各部门的客户导向文化、'
        '潜在需求与价值点识别、用客户信息做产品或服务创新、面向客户的品牌形象与口碑管理；3.1 只回答客户细分、倾听客户、'
        '服务承诺与投诉处理、会员与客户关系管理系统，1.1 中的“榕汐”品牌是文化传播内容，属于1.1）；'
        '2.3 只有2022、2023两年数据（有同业平均/标杆同业对比，正文说明规划和口径自2022年起重新设定，仍计为缺三年数据）；'
        '6.3 有2021—2023三年数据和2023年目标值列，但没有同业、标杆、竞争对手或排名对比（目标值不是对比）；'
        '“2. 人才培养”（4.2）下有一段“知识管理”（汐知库、知识调用、模型失效案例提炼为规则）回答的是5.2 创新生态的知识利用要点，'
        '段落标签按其回答的条款标为5.2，并记入misplaced；“开放创新”（5.2）自己的三段只回答创意来源、创新管理和合作创新。'
        '不利结果：1.3 净息差逐年下降且低于标杆同业，正文解释了原因（LPR下行、主动降低小微贷款利率）；'
        '3.3 每万户客户投诉量2022年上升、2023年仍高于同业平均和主要竞争对手，正文未作解释。与标杆逐年缩小的差距'
        '（如4.3 人均培训学时、5.3 科技投入占比）不列为不利结果。其余结果条目（1.3、3.3、4.3、5.3）为2021—2023三年数据，'
        '带民营银行平均/同业平均/行业平均、标杆同业或主要竞争对手列（对比列只给2023年值）。类目引言段（第一章、第五章下第一段）'
        '标为类目号1、5。组织概述（0，不含标题，含两张表）约2,000字；深圳标准没有概述字数上限，profile_over_limit 为 false。'
    ),
}

# chapter-3 paragraphs must not drift into 3.2 (customer culture, value identification/development, brand)
CLAUSE_FORBIDDEN = {
    ('3', '3.1', '3.3'): ['品牌', '价值', '全员', '各部门', '新产品', '产品设计', '产品创新', '创新', '增值',
                          '个性化', '解决方案', '形象'],
}
EXPLAIN_CUES = ('原因', '由于', '主要是', '因为', '导致', '所致', '受到', '影响')

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from build_common import main, parse_source, count_nows


def extra_checks(blocks):
    """Checks specific to this report's heading style and planted defects."""
    problems = []
    body = lambda cs: ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] in cs)
    years = lambda cs: set(re.findall(r'(?<!\d)(20\d\d)(?!\d)', body(cs)))

    # heading style: 第X章 chapters, items "1." restarting under each chapter, exactly two unnumbered items
    heads = [b for b in blocks if b['type'] == 'heading']
    unnumbered, expected_no = [], None
    for h in heads:
        if h['level'] == 1 and h['clause'] != '0':
            if not re.match(r'^第[一二三四五六]章 \S+$', h['line']):
                problems.append('chapter heading style: ' + h['line'])
            expected_no = 1
        elif h['level'] == 2:
            m = re.match(r'^(\d)\. \S+$', h['line'])
            if m:
                if int(m.group(1)) != expected_no:
                    problems.append('item number %s, expected %s: %s' % (m.group(1), expected_no, h['line']))
                expected_no += 1
            else:
                unnumbered.append(h['clause'])
    if unnumbered != ['1.3', '5.2']:
        problems.append('unnumbered items %s != [1.3, 5.2]' % unnumbered)
    if any(b['line'].startswith('#') for b in blocks):
        problems.append('Markdown marker found (headings must be plain text)')

    # lead-ins that are not headings
    texts = [b['line'] for b in blocks if b['type'] == 'text']
    if not any(t.startswith('（1）') for t in texts) or not any(t.startswith('一是') for t in texts):
        problems.append('lead-in paragraphs （1）… / 一是… missing')

    # (b) 2.3: exactly two years, 2022 and 2023, and a comparison column
    if years(['2.3']) != {'2022', '2023'}:
        problems.append('2.3 years %s != {2022, 2023}' % sorted(years(['2.3'])))
    if '同业平均' not in body(['2.3']):
        problems.append('2.3 should still have a comparison')
    # (c) 6.3: three years plus a 目标值 column (comparison words are checked by build_common)
    if not {'2021', '2022', '2023'} <= years(['6.3']) or '目标值' not in body(['6.3']):
        problems.append('6.3 should have 2021-2023 and a 目标值 column')
    # complete result items: three years and a comparison
    for c in ('1.3', '3.3', '4.3', '5.3'):
        if not {'2021', '2022', '2023'} <= years([c]):
            problems.append('%s lacks 2021-2023' % c)
        if not re.search(r'平均|标杆|竞争对手', body([c])):
            problems.append('%s lacks a comparison' % c)

    # (a) 3.2 missing: chapter 3 must not drift into it
    for cs, words in CLAUSE_FORBIDDEN.items():
        for b in blocks:
            if b['type'] != 'heading' and b['clause'] in cs:
                for w in words:
                    if w in b['line']:
                        problems.append('word %s in %s: %s' % (w, b['clause'], b['line'][:20]))

    # (d) unfavourable results: 3.3 not explained, 1.3 净息差 explained
    for w in EXPLAIN_CUES:
        if w in body(['3.3']):
            problems.append('explanation cue %s in 3.3' % w)
    if not any('净息差' in t and '原因' in t for t in texts if t):
        problems.append('1.3 净息差 explanation missing')

    # (e) exactly one misplaced paragraph: a 5.2 knowledge paragraph under the 4.2 heading
    mis = [b for b in blocks if b.get('misplaced_under')]
    if len(mis) != 1 or mis[0]['clause'] != '5.2' or mis[0]['misplaced_under'] != '4.2':
        problems.append('misplaced paragraph not as planned')
    else:
        i = blocks.index(mis[0])
        last_head = [b for b in blocks[:i] if b['type'] == 'heading'][-1]
        if last_head['clause'] != '4.2':
            problems.append('misplaced paragraph is not under the 4.2 heading')
    for b in blocks:
        if b['type'] != 'heading' and not b.get('misplaced_under'):
            for w in ('知识管理', '知库', '知识调用'):
                if w in b['line']:
                    problems.append('knowledge-management word %s outside the misplaced paragraph (%s)' % (w, b['clause']))

    # sizes asked for by the brief
    total = sum(count_nows(b['line']) for b in blocks)
    prof = sum(count_nows(b['line']) for b in blocks if b['type'] != 'heading' and b['clause'] == '0')
    if not (10000 <= total <= 13000):
        problems.append('total size %d outside 10,000-13,000' % total)
    if not (1500 <= prof <= 2500):
        problems.append('profile size %d outside 1,500-2,500' % prof)
    return problems


if __name__ == '__main__':
    problems = extra_checks(parse_source(os.path.join(HERE, 'source.txt')))
    for p in problems:
        print('PROBLEM (extra): ' + p)
    if not problems:
        print('extra checks (heading style, planted defects, sizes): OK')
    main(META, HERE)
    if problems:
        sys.exit(1)
