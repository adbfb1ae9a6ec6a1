"""Shared builder of the fictional sample reports: source.txt → report.md + labels.json, checked."""

# ---------------------------------------------------------------------------
# Shared by every samples/<name>/build.py, which holds only its META and calls main(META, HERE).
# source.txt holds the report as annotated blocks separated by blank lines.
# The first line of every block is a marker line:
#   @H <level> <clause|-> <heading line exactly as in the report>
#   @P <clause> [misplaced=<clause of the heading it sits under>]   (text paragraph, one line follows)
#   @P -                                       (front matter, clause null: cover block or 目录 lines)
#   @T <clause>                                (table: caption line, then rows with cells split by " | ")
# build.py strips the markers, writes report.md and labels.json and checks them.
# Deterministic: no clocks, no randomness; output depends only on source.txt and META.
import json, os, re, sys, glob

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


def parse_source(path, extra=None):
    """The blocks of a ``source.txt``. ``extra`` (optional) maps a marker of a builder's own
    (``'@M '``) to a function ``(head, body, chunk) -> block``; it is asked first, so a builder
    may also read a common marker its own way (a table kept verbatim)."""
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    blocks = []
    for chunk in re.split(r'\n\s*\n', raw.strip()):
        lines = chunk.split('\n')
        head, body = lines[0], lines[1:]
        own = next((read for marker, read in (extra or {}).items() if head.startswith(marker)), None)
        if own is not None:
            blocks.append(own(head, body, chunk))
        elif head.startswith('@H '):
            _, level, clause, text = head.split(' ', 3)
            blocks.append({'type': 'heading', 'level': int(level),
                           'clause': None if clause == '-' else clause, 'line': text})
        elif head.startswith('@P '):
            parts = head.split()
            misplaced = None
            for p in parts[2:]:
                if p.startswith('misplaced='):
                    misplaced = p.split('=', 1)[1]
            if parts[1] == '-':
                # front matter (cover block, 目录 entries): clause null, may span several lines
                blocks.append({'type': 'text', 'clause': None,
                               'line': '\n'.join(ln.rstrip() for ln in body).strip(),
                               'misplaced_under': None})
                continue
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': body[0].strip(),
                           'misplaced_under': misplaced})
        elif head.startswith('@T '):
            clause = head.split()[1]
            caption, rows = body[0].strip(), body[1:]
            out = [caption] + ['\t'.join(c.strip() for c in r.split(' | ')) for r in rows]
            # `@T -`: a table of the front or back matter (a score sheet after the last chapter)
            blocks.append({'type': 'table', 'clause': None if clause == '-' else clause, 'line': '\n'.join(out)})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


def ngram_overlaps(blocks, seed_texts, n=12, check_text=None):
    """Runs of n or more characters shared with any seed text (headings and front matter are exempt).
    Checked twice: on the raw text and with all whitespace removed from both sides.
    check_text (optional str -> str) maps each block before the comparison, e.g. a
    traditional-character report converted to simplified, as the seeds are."""
    conv = check_text or (lambda s: s)
    hits = []
    for variant in ('raw', 'nows'):
        grams = set()
        for s in seed_texts:
            s2 = s if variant == 'raw' else re.sub(r'\s', '', s)
            for i in range(len(s2) - n + 1):
                grams.add(s2[i:i + n])
        for b in blocks:
            if b['type'] == 'heading' or b['clause'] is None:  # headings and front matter (award name) exempt
                continue
            t = conv(b['line']) if variant == 'raw' else re.sub(r'\s', '', conv(b['line']))
            for i in range(len(t) - n + 1):
                if t[i:i + n] in grams:
                    hits.append((variant, b['clause'], t[i:i + n]))
    return hits



def misplaced_problems(blocks):
    """Problems with ``misplaced`` paragraphs: each must come after a heading labelled with the
    clause it is said to sit under (the nearest heading above it)."""
    problems, last_head = [], None
    for b in blocks:
        if b['type'] == 'heading':
            last_head = b
        elif b.get('misplaced_under') and (last_head is None or last_head['clause'] != b['misplaced_under']):
            problems.append('misplaced paragraph not under %s' % b['misplaced_under'])
    return problems

def main(META, HERE, parse=parse_source):
    """Write report.md and labels.json from source.txt (read with ``parse``) and check them."""
    blocks = parse(os.path.join(HERE, 'source.txt'))
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
        if b['clause'] is not None:
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
    # META['check_text'] (optional str -> str) maps block text before the word and seed checks,
    # which are written in simplified characters (a traditional-character sample converts).
    conv = META.get('check_text') or (lambda s: s)
    problems = []
    text = open(os.path.join(HERE, 'report.md'), encoding='utf-8').read()
    block_starts = [blk.strip()[:20] for blk in re.split(r'\n\s*\n', text.strip())]
    for p in paragraphs:
        if block_starts.count(p['text_start']) != 1:
            problems.append('text_start not unique as block start: ' + p['text_start'])
        if p['clause'] is not None and p['clause'] not in META['all_clauses']:
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
        body = ''.join(conv(b['line']) for b in blocks if b['type'] != 'heading' and b['clause'] == c)
        for w in ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于'):
            if w in body:
                problems.append('comparison word %s in %s' % (w, c))
    for w in META.get('forbidden_words', []):
        for b in blocks:
            if b['type'] != 'heading' and w in conv(b['line']):
                problems.append('forbidden word %s in %s: %s' % (w, b['clause'], b['line'][:20]))
    lo, hi = META.get('size_range', (9000, 13000))  # non-whitespace characters of the whole report
    if not (lo <= char_counts['total_no_whitespace'] <= hi):
        problems.append('total size out of range: %d (want %d-%d)' % (char_counts['total_no_whitespace'], lo, hi))
    seeds = sorted(glob.glob(META['seed_glob']))
    if seeds:
        hits = ngram_overlaps(blocks, [open(s, encoding='utf-8').read() for s in seeds],
                              check_text=META.get('check_text'))
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


def main_with_checks(META, HERE, extra_checks, parse=parse_source):
    """main() after the folder's own checks of its planted defects (``extra_checks(blocks)`` → a
    list of problems, each printed); exit status 1 when main or any of them fails."""
    extra = extra_checks(parse(os.path.join(HERE, 'source.txt')))
    for p in extra:
        print('PROBLEM (extra): ' + p)
    try:
        main(META, HERE, parse)
    except SystemExit as e:
        if e.code:
            raise
    if extra:
        sys.exit(1)
