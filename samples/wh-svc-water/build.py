#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample wh-svc-water from source.txt."""
META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form asks for <= 3,000 字)
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.5.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.5.3 must be absent everywhere, and 5.5.2 must not answer its own point d) either
    'forbidden_words': ['培训', '职业发展', '职业生涯', '晋升', '授权', '赋能', '继任', '学习', '关爱',
                        '员工满意', '成长', '技能', '人才梯队', '后备', '导师', '师带徒', '授课'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '成本费用利润率（2022年由9.8%降到7.6%）', 'explained': True},
        {'clause': '5.3.4', 'indicator': '综合漏损率（2022年回升到9.9%，2023年仍高于标杆企业）', 'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构城市供水服务企业（武汉汉澄水务服务有限公司，不存在）。标题为纯文本行（非Markdown），'
        '中文编号：第一部分 组织环境 / 一、领导作用 / （一）引领发展；只有“组织环境”用“第一部分”，其后直接是“一、…六、”。'
        '部分标题为简称或意译：（二）治理体系=5.2.3 有效治理，（二）客户服务=5.4.2 顾客市场，（三）创新成效=5.6.4 创新驱动的结果，'
        '（二）供水服务质量=5.7.3 服务质量。“三、品牌影响”下顺序颠倒：（一）品牌管理=5.4.3 在前，（二）客户服务=5.4.2 在后。'
        '“四、员工契合”下只有（一）员工管理=5.5.2 和（二）员工契合的结果=5.5.4，按序号推断会把（二）误判为5.5.3。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（全文没有组织氛围与授权、员工关爱支持、员工满意度测评、员工管理体系评估的内容，'
        '也没有任何培训、职业发展或继任内容，5.5.2 只回答了工作组织、绩效薪酬和员工保护）；5.6.4 只有2022、2023两年数据'
        '（正文说明2022年起才统一口径，仍计为缺三年数据；有行业平均/省内同行对比）；5.5.4 有2021—2023三年数据和2023年目标值列，'
        '但没有任何行业、同行或标杆对比（目标值不是对比）；5.4.2“客户服务”下有一段“供应网络管理”回答的是5.7.2 运营质量'
        '（b 供应网络、c 成本），段落标签按其回答的条款标为5.7.2，并记入misplaced。不利结果：5.2.4 成本费用利润率2022年下降，'
        '已解释；5.3.4 综合漏损率2022年回升且2023年仍高于标杆企业，未解释。其余结果条目（5.2.4、5.3.4、5.4.4、5.7.4）'
        '均为2021—2023三年数据，带行业平均、省内同行、标杆企业对比（5.2.4另有全省排名）；对比列只给2023年值。'
        '5.x.1 概述不计入缺失。条目引言段（如“一、领导作用”下第一段）标为条目号5.2。组织环境（5.1，不含标题）约2,600字，'
        '低于申报书3,000字的单位简介上限；武汉标准本身未规定字数，profile_over_limit 为 false。'
    ),
}

# ---------------------------------------------------------------------------
# Generic part (identical in every samples/<name>/build.py).
# source.txt holds the report as annotated blocks separated by blank lines.
# The first line of every block is a marker line:
#   @H <level> <clause|-> <heading line exactly as in the report>
#   @P <clause> [misplaced=<clause of the heading it sits under>]   (text paragraph, one line follows)
#   @T <clause>                                (table: caption line, then rows with cells split by " | ")
# build.py strips the markers, writes report.md and labels.json and checks them.
# Deterministic: no clocks, no randomness; output depends only on source.txt and META.
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
CJK = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')
CJK_PUNCT = set('“”‘’—…·')


def strip_md(text):
    return re.sub(r'(?m)^#+[ \t]*', '', text)


def count_nows(text):
    return len(re.sub(r'\s', '', text))


def count_cjk(text):
    return len(CJK.findall(text))


def count_word_style(text):
    """CJK ideographs and CJK/full-width punctuation count 1 each; every maximal run of
    other non-space characters (Latin letters, digits, half-width punctuation) counts 1."""
    n = 0
    for tok in re.findall(r'\S+', text):
        in_run = False
        for ch in tok:
            wide = (CJK.match(ch) or '\u3000' <= ch <= '\u303f' or '\uff00' <= ch <= '\uffef'
                    or ch in CJK_PUNCT)
            if wide:
                n += 1
                in_run = False
            elif not in_run:
                n += 1
                in_run = True
    return n


def parse_source(path):
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    blocks = []
    for chunk in re.split(r'\n\s*\n', raw.strip()):
        lines = chunk.split('\n')
        head, body = lines[0], lines[1:]
        if head.startswith('@H '):
            _, level, clause, text = head.split(' ', 3)
            blocks.append({'type': 'heading', 'level': int(level),
                           'clause': None if clause == '-' else clause, 'line': text})
        elif head.startswith('@P '):
            parts = head.split()
            misplaced = None
            for p in parts[2:]:
                if p.startswith('misplaced='):
                    misplaced = p.split('=', 1)[1]
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': body[0].strip(),
                           'misplaced_under': misplaced})
        elif head.startswith('@T '):
            clause = head.split()[1]
            caption, rows = body[0].strip(), body[1:]
            out = [caption] + ['\t'.join(c.strip() for c in r.split(' | ')) for r in rows]
            blocks.append({'type': 'table', 'clause': clause, 'line': '\n'.join(out)})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


def ngram_overlaps(blocks, seed_texts, n=12):
    """Runs of n or more characters shared with any seed text (headings are exempt).
    Checked twice: on the raw text and with all whitespace removed from both sides."""
    hits = []
    for variant in ('raw', 'nows'):
        grams = set()
        for s in seed_texts:
            s2 = s if variant == 'raw' else re.sub(r'\s', '', s)
            for i in range(len(s2) - n + 1):
                grams.add(s2[i:i + n])
        for b in blocks:
            if b['type'] == 'heading':
                continue
            t = b['line'] if variant == 'raw' else re.sub(r'\s', '', b['line'])
            for i in range(len(t) - n + 1):
                if t[i:i + n] in grams:
                    hits.append((variant, b['clause'], t[i:i + n]))
    return hits


def main():
    blocks = parse_source(os.path.join(HERE, 'source.txt'))
    report = '\n\n'.join(b['line'] for b in blocks) + '\n'
    with open(os.path.join(HERE, 'report.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(report)

    paragraphs, headings, misplaced = [], [], []
    by_clause = {}
    profile_text = []
    for b in blocks:
        if b['type'] == 'heading':
            headings.append({'text': strip_md(b['line']).strip(), 'clause': b['clause'],
                             'level': b['level']})
            continue
        start = b['line'].strip()[:20]
        paragraphs.append({'text_start': start, 'clause': b['clause'], 'kind': b['type']})
        by_clause[b['clause']] = by_clause.get(b['clause'], 0) + count_nows(b['line'])
        if b['clause'] in META['profile_clauses']:
            profile_text.append(b['line'])
        if b.get('misplaced_under'):
            misplaced.append({'text_start': start, 'under_heading_clause': b['misplaced_under'],
                              'answers_clause': b['clause']})

    whole = strip_md(report)
    prof = '\n'.join(profile_text)
    char_counts = {
        'total_no_whitespace': count_nows(whole),
        'total_cjk_ideographs': count_cjk(whole),
        'total_word_style': count_word_style(whole),
        'profile_no_whitespace': count_nows(prof),
        'profile_cjk_ideographs': count_cjk(prof),
        'profile_word_style': count_word_style(prof),
        'by_clause_no_whitespace': {k: by_clause[k] for k in sorted(by_clause, key=lambda c: [int(x) for x in c.split('.')])},
    }
    labelled = {p['clause'] for p in paragraphs}
    missing = [c for c in META['leaf_clauses'] if c not in labelled]
    limit = META.get('profile_limit')
    labels = {
        'standard': META['standard'],
        'paragraphs': paragraphs,
        'missing_clauses': missing,
        'results_lacking_three_years': META['results_lacking_three_years'],
        'results_lacking_comparison': META['results_lacking_comparison'],
        'results_without_numbers': META['results_without_numbers'],
        'profile_over_limit': bool(limit and char_counts['profile_no_whitespace'] > limit),
        'notes': META['notes'],
        'headings': headings,
        'unfavourable_results': META['unfavourable_results'],
        'char_counts': char_counts,
    }
    if misplaced:
        labels['misplaced'] = misplaced
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')

    # ---- checks -----------------------------------------------------------
    problems = []
    text = open(os.path.join(HERE, 'report.md'), encoding='utf-8').read()
    block_starts = [blk.strip()[:20] for blk in re.split(r'\n\s*\n', text.strip())]
    for p in paragraphs:
        if block_starts.count(p['text_start']) != 1:
            problems.append('text_start not unique as block start: ' + p['text_start'])
        if p['clause'] not in META['all_clauses']:
            problems.append('unknown clause ' + p['clause'])
    if sorted(missing) != sorted(META['expected_missing']):
        problems.append('missing clauses %s != expected %s' % (missing, META['expected_missing']))
    if len([b for b in blocks if b['type'] != 'heading']) != len(paragraphs):
        problems.append('paragraph count mismatch')
    for c in META['results_without_numbers']:
        body = ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] == c)
        if re.search(r'[0-9０-９]', body):
            problems.append('digits found in ' + c)
    for c in META.get('no_comparison_words', []):
        body = ''.join(b['line'] for b in blocks if b['type'] != 'heading' and b['clause'] == c)
        for w in ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于'):
            if w in body:
                problems.append('comparison word %s in %s' % (w, c))
    for w in META.get('forbidden_words', []):
        for b in blocks:
            if b['type'] != 'heading' and w in b['line']:
                problems.append('forbidden word %s in %s: %s' % (w, b['clause'], b['line'][:20]))
    if not (9000 <= char_counts['total_no_whitespace'] <= 13000):
        problems.append('total size out of range: %d' % char_counts['total_no_whitespace'])
    seeds = sorted(glob.glob(META['seed_glob']))
    if seeds:
        hits = ngram_overlaps(blocks, [open(s, encoding='utf-8').read() for s in seeds])
        for h in hits:
            problems.append('12-char overlap with seed (%s) in %s: %s' % h)
        print('12-char overlap check against %d seed file(s): %d hit(s)' % (len(seeds), len(hits)))
    else:
        print('seed files not found; overlap check skipped')
    print(json.dumps({k: v for k, v in char_counts.items() if k != 'by_clause_no_whitespace'},
                     ensure_ascii=False))
    print(json.dumps(char_counts['by_clause_no_whitespace'], ensure_ascii=False))
    print('paragraphs:', len(paragraphs), 'headings:', len(headings), 'missing:', missing)
    if problems:
        print('\n'.join('PROBLEM: ' + p for p in problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
