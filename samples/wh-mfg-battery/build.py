#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample wh-mfg-battery from source.txt.

Besides the shared checks in samples/build_common.py, this script verifies what is special
about this report: the shifted decimal heading numbers, the merged heading, the misplaced
paragraph, the result-table defects (two years only / prose without comparison) and the
list of unfavourable results (computed from the tables and compared with META)."""
META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form asks for <= 3,000 字)
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.3.3 战略实施 must be absent everywhere (no deployment of the strategy into plans and
    # targets, no resource allocation for it, no strategy reviews or adjustments)
    'forbidden_words': ['战略部署', '行动计划', '资源配置', '战略评估', '战略调整', '战略回顾', '战略执行',
                        '战略实施', '战略地图', '平衡计分卡', '分解', '纠偏', '经营分析会', '预算',
                        '目标责任书', '责任状', '滚动修订', '年度经营计划'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '营业收入（2023年由68.7亿元降到47.3亿元）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '成品批次一次交验合格率（2022年由99.62%降到99.31%，2023年99.48%仍低于2021年和竞争对手A）',
         'explained': False},
    ],
    'notes': (
        '武汉制造类，虚构锂电池正极材料企业（武汉檀锂新能源材料股份有限公司，不存在）。标题为Markdown，'
        '一级“# 1 组织环境”…“# 7 质量提升”，二级“## 2.1 引领发展”等，编号为报告自己的十进制顺序号，与标准编号错位：'
        '章号n对应标准5.n；章内各节按出现顺序编号，因报告不写5.x.1 概述，通常“## n.k”=5.n.(k+1)（如2.1=5.2.2、7.3=5.7.4），'
        '但第3章缺5.3.3，“## 3.2 战略发展的结果”=5.3.4；第6章合并了两个过程条款，“## 6.2 创新驱动的结果”=5.6.4。'
        '只按数字映射（n.k→5.n.k 或 5.n.(k+1)）都会出错。四个标题为意译：“## 2.2 公司治理与社会责任”=5.2.3 有效治理，'
        '“## 4.1 客户与市场”=5.4.2 顾客市场，“## 5.3 人力资源绩效”=5.5.4 员工契合的结果，“## 7.2 产品质量保证”=5.7.3 产品和服务质量。'
        '“## 6.1 创新体系与创新实践”一个标题合并回答5.6.2和5.6.3：前三段（创新环境、创新机制与平台、创新形式与能力评估）标5.6.2，'
        '后三段（创新策划、创新实施与监测、成果和知识管理）标5.6.3；标题本身记为5.6.2。'
        '刻意缺陷：5.3.3 战略实施整条缺失（第3章只有3.1 战略制定和3.2 战略发展的结果；全文没有战略的计划展开、目标层层落实、'
        '资源配置、战略绩效监测评估或战略调整的内容；3.1 的战略举措段只给牵头人、里程碑和监测指标，属于5.3.2 d）；'
        '5.5.4 只有2022、2023两年数据（正文说明2022年上线e-HR后才统一口径；有行业平均和竞争对手A对比）；'
        '5.6.4 是一段带数字的叙述，有2021—2023三年数据，但没有表格，也没有任何行业、竞争对手或标杆对比；'
        '“## 2.2 公司治理与社会责任”下的“品牌资产保护”段（商标注册、侵权处置、防伪）回答的是5.4.3 品牌管理 c) 品牌保护，'
        '段落标签为5.4.3，并记入misplaced（“## 4.2 品牌管理”下只有品牌策划、传播和评价三段）。'
        '不利结果：5.2.4 营业收入2023年下降31.1%，已解释（碳酸锂价格下跌经“锂价联动”定价传导，销量和利润总额仍增长）；'
        '5.7.4 成品批次一次交验合格率2022年下降、2023年仍低于2021年和竞争对手A，正文未解释。'
        '其余结果条目（5.2.4、5.3.4、5.4.4、5.7.4）为2021—2023三年数据，带行业平均、竞争对手A、标杆企业列（对比列只给2023年值，'
        '5.3.4另有2025年目标列）；与标杆的差距不列为不利结果。5.x.1 概述不计入缺失。章下引言段（第2、3、6章）标为条目号5.2、5.3、5.6。'
        '组织环境（5.1，不含标题）约2,000字；武汉标准本身未规定字数，profile_over_limit 为 false。'
    ),
    # ---- used only by the extra checks below ----
    'merged': {'5.6.2': ['5.6.2', '5.6.3']},          # heading clause -> clauses its paragraphs may answer
    'paraphrased_titles': {'5.2.3': '公司治理与社会责任', '5.4.2': '客户与市场',
                           '5.5.4': '人力资源绩效', '5.7.3': '产品质量保证'},
    'result_clauses': ['5.2.4', '5.3.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4'],
    'prose_only_results': ['5.6.4'],
    'report_year': 2023,
    'lower_better': ['负债率', '能耗', '离职率', '工伤', 'PPM', '不良率', '周期', '成本', '损失率', '事故', '排名'],
    'expected_unfavourable_rows': [('5.2.4', '营业收入（亿元）'), ('5.7.4', '成品批次一次交验合格率（%）')],
    'size_range': (10000, 13000),
    'profile_range': (1800, 2300),
}

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from build_common import main, parse_source

COMPARISON_COLS = ('行业平均', '竞争对手', '标杆', '同行')


def _num(cell):
    cell = cell.strip()
    m = re.fullmatch(r'第(\d+)名', cell)
    if m:
        return float(m.group(1))
    cell = cell.replace(',', '')
    try:
        return float(cell)
    except ValueError:
        return None


def _std_title(yaml_path):
    """Clause titles from the standard YAML (only id/title pairs are needed; no YAML library)."""
    titles, cur = {}, None
    for line in open(yaml_path, encoding='utf-8'):
        m = re.match(r'  - id: "(5\.\d(?:\.\d)?)"', line)
        if m:
            cur = m.group(1)
            continue
        m = re.match(r'    title: "(.*)"', line)
        if m and cur:
            titles[cur] = m.group(1)
            cur = None
    return titles


def extra_checks(META, HERE):
    problems, info = [], []
    blocks = parse_source(os.path.join(HERE, 'source.txt'))
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    std_titles = _std_title(os.path.join(os.path.dirname(os.path.dirname(HERE)), 'standards',
                                         'wuhan-manufacturing-2022.yaml'))

    # 1. headings: "# n 标题" for chapters, "## n.k 标题" numbered in order of appearance
    chap, k, mapping = 0, 0, []
    for b in [b for b in blocks if b['type'] == 'heading']:
        line, c = b['line'], b['clause']
        if b['level'] == 0:
            if c is not None or not line.startswith('# ') or re.match(r'# \d', line):
                problems.append('bad title heading: ' + line)
            continue
        if b['level'] == 1:
            m = re.fullmatch(r'# (\d+) (\S+)', line)
            chap += 1
            k = 0
            if not m or int(m.group(1)) != chap or c != '5.%d' % chap:
                problems.append('bad chapter heading: %s (%s)' % (line, c))
            elif m.group(2) != std_titles.get(c):
                problems.append('chapter title differs from standard: ' + line)
            mapping.append('%s -> %s' % (line, c))
            continue
        m = re.fullmatch(r'## (\d+)\.(\d+) (\S+)', line)
        k += 1
        if not m or int(m.group(1)) != chap or int(m.group(2)) != k:
            problems.append('bad item heading numbering: ' + line)
            continue
        if not c.startswith('5.%d.' % chap) or c.endswith('.1'):
            problems.append('item heading %s mapped to %s' % (line, c))
        if c[2:] == '%s.%s' % (m.group(1), m.group(2)):
            problems.append('heading number equals the standard number: ' + line)
        title = m.group(3)
        if c in META['paraphrased_titles']:
            if title != META['paraphrased_titles'][c] or title == std_titles.get(c):
                problems.append('paraphrased title wrong: %s (%s)' % (line, c))
        elif c in META['merged']:
            if title == std_titles.get(c):
                problems.append('merged heading uses a single standard title: ' + line)
        elif title != std_titles.get(c):
            problems.append('title should be the standard title %s: %s' % (std_titles.get(c), line))
        mapping.append('%s -> %s (standard title: %s)' % (line, c, std_titles.get(c)))
    if chap != 7:
        problems.append('expected 7 chapters, found %d' % chap)
    if len(META['paraphrased_titles']) != 4:
        problems.append('expected 4 paraphrased titles')

    # 2. every paragraph sits under the heading of the clause it answers, except the misplaced one
    under, n_misplaced = None, 0
    for b in blocks:
        if b['type'] == 'heading':
            under = b['clause']
            continue
        if b['clause'].count('.') == 2 and b['clause'].endswith('.1'):
            problems.append('5.x.1 labelled: ' + b['line'][:20])
        if b.get('misplaced_under'):
            n_misplaced += 1
            if under != b['misplaced_under'] or b['clause'] == under:
                problems.append('misplaced marker inconsistent: ' + b['line'][:20])
            info.append('misplaced: "%s" (answers %s) under the %s heading'
                        % (b['line'][:20], b['clause'], under))
            continue
        allowed = set(META['merged'].get(under, [under]))
        if b['clause'] not in allowed:
            problems.append('paragraph %s labelled %s sits under %s' % (b['line'][:20], b['clause'], under))
    if n_misplaced != 1 or len(labels.get('misplaced', [])) != 1:
        problems.append('expected exactly one misplaced paragraph')
    merged_seen = {b['clause'] for b in blocks if b['type'] != 'heading'} & set(META['merged']['5.6.2'])
    if merged_seen != set(META['merged']['5.6.2']):
        problems.append('merged heading does not answer both clauses')

    # 3. result items: tables, years, comparisons
    ry = META['report_year']
    unfavourable = []
    for c in META['result_clauses']:
        bl = [b for b in blocks if b['type'] != 'heading' and b['clause'] == c]
        body = '\n'.join(b['line'] for b in bl)
        tables = [b for b in bl if b['type'] == 'table']
        years = sorted({int(y) for y in re.findall(r'(20\d\d)年', body) if int(y) <= ry})
        if not re.search(r'\d', body):
            problems.append('no numbers in result ' + c)
        if c in META['prose_only_results']:
            if tables:
                problems.append('%s should be prose only' % c)
        elif not tables:
            problems.append('%s has no table' % c)
        table_years, has_comp_col = set(), False
        for t in tables:
            rows = [r.split('\t') for r in t['line'].split('\n')[1:]]
            head = rows[0]
            ycols = [i for i, h in enumerate(head) if re.fullmatch(r'20\d\d年', h) and int(h[:4]) <= ry]
            ccols = [i for i, h in enumerate(head) if any(w in h for w in COMPARISON_COLS)]
            table_years |= {int(head[i][:4]) for i in ycols}
            has_comp_col = has_comp_col or bool(ccols)
            for r in rows[1:]:
                name = r[0]
                lower = any(w in name for w in META['lower_better'])
                vals = [_num(r[i]) for i in ycols]
                worse = lambda a, b: (a > b) if lower else (a < b)  # a is worse than b
                flags = []
                for a, b2 in zip(vals, vals[1:]):
                    if a is not None and b2 is not None and worse(b2, a):
                        flags.append('decline')
                last = vals[-1] if vals else None
                for i in ccols:
                    h = head[i]
                    if '标杆' in h:
                        continue  # gaps to a benchmark are not listed as unfavourable
                    v = _num(r[i])
                    if last is not None and v is not None and worse(last, v):
                        flags.append('worse than ' + h)
                if flags:
                    unfavourable.append((c, name, flags))
        all_years = sorted(set(years) | table_years)
        consecutive3 = any(all(y + d in all_years for d in (0, 1, 2)) for y in all_years)
        if c in META['results_lacking_three_years']:
            if consecutive3 or not all_years:
                problems.append('%s should have fewer than three years: %s' % (c, all_years))
        elif not consecutive3:
            problems.append('%s lacks three consecutive years: %s' % (c, all_years))
        if c in META['results_lacking_comparison']:
            if has_comp_col:
                problems.append('%s should have no comparison column' % c)
        elif not has_comp_col:
            problems.append('%s has no comparison column' % c)
        info.append('%s: years %s, tables %d, comparison columns %s'
                    % (c, all_years, len(tables), 'yes' if has_comp_col else 'no'))
    found = sorted((c, n) for c, n, _ in unfavourable)
    if found != sorted(META['expected_unfavourable_rows']):
        problems.append('unfavourable rows %s != expected %s' % (found, META['expected_unfavourable_rows']))
    for c, n, f in unfavourable:
        info.append('unfavourable: %s %s (%s)' % (c, n, ', '.join(f)))
    if sorted((u['clause'], u['explained']) for u in META['unfavourable_results']) != [('5.2.4', True), ('5.7.4', False)]:
        problems.append('unfavourable_results should be one explained (5.2.4) and one unexplained (5.7.4)')
    # the unexplained one must not be commented on; the explained one must be
    b574 = ''.join(b['line'] for b in blocks if b['type'] == 'text' and b['clause'] == '5.7.4')
    if '交验合格率' in b574 or '一次交验' in b574:
        problems.append('5.7.4 text comments on the unexplained indicator')
    b524 = ''.join(b['line'] for b in blocks if b['type'] == 'text' and b['clause'] == '5.2.4')
    if '营业收入' not in b524 or '原因' not in b524:
        problems.append('5.2.4 text does not explain the revenue decline')

    # 4. sizes
    cc = labels['char_counts']
    lo, hi = META['size_range']
    if not lo <= cc['total_no_whitespace'] <= hi:
        problems.append('total size %d outside %s' % (cc['total_no_whitespace'], META['size_range']))
    lo, hi = META['profile_range']
    if not lo <= cc['profile_no_whitespace'] <= hi:
        problems.append('profile size %d outside %s' % (cc['profile_no_whitespace'], META['profile_range']))

    print('heading map:')
    print('\n'.join('  ' + m for m in mapping))
    print('\n'.join(info))
    if problems:
        print('\n'.join('PROBLEM: ' + p for p in problems))
        sys.exit(1)
    print('extra checks OK')


if __name__ == '__main__':
    main(META, HERE)
    extra_checks(META, HERE)
