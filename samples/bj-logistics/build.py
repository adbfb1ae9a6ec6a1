#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample bj-logistics from source.txt."""
META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
                    '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
                    '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5',
                     '4.6', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'expected_missing': ['6.2'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.3', '7.5'],
    'results_without_numbers': ['7.5'],
    'no_comparison_words': ['7.3', '7.5'],
    # 6.2 must be absent everywhere: no innovation-management system, no improvement-activity methods
    'forbidden_words': ['QC', '合理化建议', '六西格玛', '创新激励', '创新投入', '创新计划', '创新管理',
                        '改进与创新', '精益', '金点子', '统计技术', '创新成果'],
    'unfavourable_results': [
        {'clause': '7.2', 'indicator': '客户保留率（2022年由91.2%降到87.4%）', 'explained': False},
        {'clause': '7.3', 'indicator': '净利润、净利润率（2022年下降）', 'explained': True},
        {'clause': '7.6', 'indicator': '年度战略目标达成率（2022年降到88%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构京津冀冷链物流企业（北京霜屿冷链物流股份有限公司，不存在）。标题为Markdown（#/##/###），但编号混杂：'
        '“## 组织概述”“## 第一章 领导”…“## 第七章 结果”用“第X章”，二级标题多为全角数字加全角点（“### １．１ 高层领导的作用”“### ７．３财务结果”），'
        '部分为半角且编号与标题之间无空格（“### 1.2组织治理”“### 3.2顾客关系与顾客满意”），1.3 只有“### 【社会责任】”而没有编号。'
        '“### 4.5 基础设施与相关方关系”一个标题下合并回答4.5和4.6：第一段（设施配置、维护、更新、失效应急）标4.5，第二段（相关方识别分类、合作、沟通）标4.6；'
        '标题本身记为4.5。段落内“1）组织文化。”等三级引导语不是标题。刻意缺陷：6.2 改进与创新整条缺失（6.1之后直接是第七章；全文没有创新计划、创新投入、'
        '创新激励、改进活动方法或统计工具的内容，4.4 的自主创新和5.2 的流程再造是各自条款的内容，不是6.2）；7.3 财务结果有2021—2023三年数据，'
        '只有2023年目标值列，没有竞争对手、标杆或行业对比；7.5 过程有效性结果是纯叙述，没有任何数字（同时计入缺三年数据和缺对比）；'
        '7.2 客户保留率2022年下降，正文未作解释。其余结果（7.1、7.2、7.4、7.6）为2021—2023三年数据，带竞争对手A/B、行业平均、行业标杆列（对比列只给2023年值）。'
        '不利结果只列下降趋势和差于竞争对手或行业平均的结果；逐年缩小的与行业标杆的差距（如7.1温控达标率）不列。'
        '7.3 的2022年净利润下降和7.6 的2022年战略目标达成率下降均已解释。组织概述（0.1+0.2段落，不含标题）约2,500字，低于3,000字上限。'
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
