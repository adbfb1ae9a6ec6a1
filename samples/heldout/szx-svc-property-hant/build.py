#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional sample szx-svc-property-hant from source.txt.

The report is written in traditional characters; the word and seed-overlap checks convert each
block to simplified first (OpenCC t2s), so this build needs `opencc-python-reimplemented`
(installed in the project venv): `/work/main/.venv/bin/python samples/szx-svc-property-hant/build.py`.
"""
import os
import re
import sys
import unicodedata

try:
    from opencc import OpenCC
except ImportError:
    sys.exit('this build needs opencc-python-reimplemented (pip install opencc-python-reimplemented); '
             'run it with the project venv python')

_T2S = OpenCC('t2s')


def to_simplified(text):
    return _T2S.convert(text)


META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen service standard sets no profile limit
    'check_text': to_simplified,
    'all_clauses': ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
                    '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
                    '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2'],
    'leaf_clauses': ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2',
                     '2.3.1', '2.3.2', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.1', '3.3.2'],
    'expected_missing': ['2.3.1'],
    'results_lacking_three_years': ['3.3.1'],
    'results_lacking_comparison': ['3.1.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.1.2'],
    # 2.3.1 words are checked below, outside the result items only
    'forbidden_words': [],
    'unfavourable_results': [
        {'clause': '3.1.1', 'indicator': '前線員工年流失率（2021—2023年由21.4%升至26.1%，2023年高於深圳同行平均24.0%）',
         'explained': False},
        {'clause': '3.2.1', 'indicator': '報修平均到場時間（2022年由18分鐘升至24分鐘）', 'explained': True},
    ],
    'notes': (
        '深圳服務類，虛構的港資物業服務企業（瀚溱物業服務（深圳）有限公司及其香港母公司瀚溱集團均不存在）。全文為繁體中文，'
        '部分年份和一組分數用全形數字（２０２３年、８６．４分）。標題：兩行文件標題（level 0，clause null）；【公司概況】（level 1，'
        '簡介0）下有（一）我們是誰、（二）服務與客戶、（三）環境、挑戰與應對三個小標題（level 2，clause 0）；類目用【一、定位與領導】'
        '【二、運作與服務】【三、成績與示範】（level 1，clause 1/2/3）；類目下直接是（一）（二）…（level 2），沒有1.1、1.2這一層，'
        '序號在每個類目下重新開始，標題是公司自己的說法而不是標準條目名稱，例如（一）把方向定清楚=1.1.1 確定方向，'
        '（二）把隊伍帶起來=1.1.2 團隊建設，（三）向最好的看齊=1.2.1 對標定位，（四）守規矩、配資源、防風險=1.2.2 保障機制，'
        '（三）用數字管目標=2.2.1 量化管理，（四）把每道工序磨順=2.2.2 過程優化，（二）規劃目標的兌現=3.1.2，'
        '（四）住戶怎麼評價我們=3.2.2，（六）經驗走出去=3.3.2。簡介的（一）（二）（三）與類目下的（一）（二）同級。'
        '【二】和【三】下各有一段引言，標為類目號2、3。text_start 為繁體原文的前20個字符。'
        '刻意缺陷：2.3.1 創新策劃整條缺失——【二、運作與服務】下（四）把每道工序磨順=2.2.2 之後直接是（五）新做法落地與推廣=2.3.2'
        '（序號陷阱：（五）不是2.3.1）；全文（結果條目除外）沒有創新文化、創新機會識別、創新方向與目標、創新方案、可行性評估或論證的'
        '內容，2.3.2 只寫四項新做法如何組織推行、試點、收集反饋和固化推廣，不寫這些做法如何選出；1.2.1 的對標是規劃定位，'
        '2.2.2 的年度優化清單是過程優化，1.1.2 的「點子箱」改善建議屬團隊建設，2.1.1 的「新服務先在一至兩個項目試行三個月再決定是否推開」屬服務設計，四者都不是2.3.1。'
        '3.3.1 缺三年數據：每項指標只有2021年和2023年（或2021年底、2023年底）兩個時點，2022年只出現在說明未列數據原因的句子中'
        '（平台遷移、口徑不一），有深圳同行一般水平的對比和獲獎名次。3.1.2 有2021—2023三年數據，但只有「2023年規劃目標」'
        '「2025年規劃目標」兩行和「完成目標」的文字，沒有任何同行、行業、標竿或排名對比（規劃目標不是對比；表頭含年份的是目標行）。'
        '不利結果：3.1.1 表3-1 中前線員工年流失率三年上升且2023年高於深圳同行平均，正文及全文都沒有提及或解釋；3.2.1 報修平均'
        '到場時間2022年上升，正文已解釋（新接管保障房小區分散、設備老舊，疫情封閉管理）。其餘結果條目（3.1.1、3.2.1、3.2.2、'
        '3.3.2）均有2021—2023三年數據和行業/同行/全市平均或排名對比，寫法各異：散文序列（「由２０２１年的41秒縮短至２０２２年的29秒、'
        '２０２３年的17秒」「三年分別為…」）、年份為行的表格（表3-1、表3-2、表3-3，對比為「深圳同行平均（2023年）」「行業平均（2023年）」行）、'
        '年份為列且對比列表頭含年份的表格（表3-4「2023年全市同類企業平均」）、排名（全市第11位、全國第46位、排名第三、居第二）。'
        '簡介（標籤0，不含標題）約1,560字；深圳標準未規定簡介字數，profile_over_limit 為 false。'
    ),
}

# Extra checks for this sample, run on the parsed source (in simplified characters where words are compared).
EXTRA = {
    'missing_clause_words': {  # must not appear in any non-result block (clauses 0, 1.x, 2.x)
        'clause': '2.3.1',
        'words': ['创新文化', '创新氛围', '创新机会', '创新方向', '创新目标', '创新方案', '创新规划', '创新计划',
                  '创新项目', '可行性', '论证', '立项', '评估方案', '调整方案', '选定', '遴选', '筛选'],
        # the word 创新 itself: only the 2.3.2 blocks may use it outside the results
        'innovation_word_allowed_in': ['2.3.2'],
    },
    'two_year_items': {'3.3.1': {'data_years': ['2021', '2023'], 'explanation_only': '2022',
                                 'explanation_marker': '未列出'}},
    'three_year_items': ['3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.3.2'],
    'comparison_items': ['3.1.1', '3.2.1', '3.2.2', '3.3.1', '3.3.2'],
    'no_comparison_extra_words': {'3.1.2': ['标竿', '位列', '位居', '名列', '第一', '第二', '第三', '高于', '低于',
                                            '全市', '全国', '全省', '协会']},
    'unexplained_absent': {'3.1.1': ['流失', '离职']},  # only in 表3-1, in no text block of the report
    'explained_present': {'3.2.1': ['由18分钟升至24分钟', '主要原因']},
}

COMPARISON_WORDS = ('标杆', '标竿', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于',
                    '位列', '居第')

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main, parse_source

YEAR = re.compile(r'(?<!\d)(20[0-3]\d)(?!\d)')


def years(text):
    return YEAR.findall(unicodedata.normalize('NFKC', text))


# Characters that OpenCC s2t maps to a variant although they are correct traditional forms here
# (平台, 鄰里, 里程碑, 若干, 神秘, 高峰).
TRADITIONAL_AS_IS = set('台里干秘峰')


def leftover_simplified(text):
    """Characters that OpenCC s2t would change: simplified forms left in a traditional text."""
    s2t = OpenCC('s2t')
    return sorted({ch for ch in set(text) if '\u4e00' <= ch <= '\u9fff' and s2t.convert(ch) != ch
                   and ch not in TRADITIONAL_AS_IS})


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # written in traditional characters throughout
    left = leftover_simplified(''.join(b['line'] for b in blocks))
    if left:
        problems.append('simplified characters left: %s' % ''.join(left))
    # category headings use 【】, item headings （一）…, and numbering restarts in every category
    for h in heads:
        if h['level'] == 1 and not (h['line'].startswith('【') and h['line'].endswith('】')):
            problems.append('level-1 heading without 【】: ' + h['line'])
        if h['level'] == 2 and not re.match(r'^（[一二三四五六七八九十]+）', h['line']):
            problems.append('level-2 heading without （一）: ' + h['line'])
        if re.search(r'\d', unicodedata.normalize('NFKC', h['line'])) and h['level'] > 0:
            problems.append('heading carries a number: ' + h['line'])
    # blocks follow the standard's order (the missing clause is skipped)
    order = [META['all_clauses'].index(b['clause']) for b in body]
    if order != sorted(order):
        problems.append('blocks are not in the standard order')
    # 2.3.1 content absent outside the result items
    mc = EXTRA['missing_clause_words']
    for b in body:
        if b['clause'].startswith('3'):
            continue
        simp = to_simplified(b['line'])
        for w in mc['words']:
            if w in simp:
                problems.append('%s word %s in %s: %s' % (mc['clause'], w, b['clause'], b['line'][:20]))
        if '创新' in simp and b['clause'] not in mc['innovation_word_allowed_in']:
            problems.append('创新 outside 2.3.2 and the results in %s: %s' % (b['clause'], b['line'][:20]))
    # the item lacking three years: data years only, the third year only in the explanation sentence
    for c, spec in EXTRA['two_year_items'].items():
        text = ''.join(b['line'] for b in body if b['clause'] == c)
        found = sorted(set(years(text)))
        expected = sorted(spec['data_years'] + [spec['explanation_only']])
        if found != expected:
            problems.append('%s years %s != %s' % (c, found, expected))
        sentences = re.split(r'(?<=[。；])', unicodedata.normalize('NFKC', text))
        for s in sentences:
            if spec['explanation_only'] in years(s) and spec['explanation_marker'] not in s:
                problems.append('%s: %s outside the explanation: %s' % (c, spec['explanation_only'], s[:30]))
        if '三年' in text:
            problems.append('%s mentions 三年' % c)
    # the other result items: 2021, 2022 and 2023 all present
    for c in EXTRA['three_year_items']:
        text = ''.join(b['line'] for b in body if b['clause'] == c)
        if not {'2021', '2022', '2023'} <= set(years(text)):
            problems.append('%s lacks one of 2021-2023' % c)
    for c in EXTRA['comparison_items']:
        text = to_simplified(''.join(b['line'] for b in body if b['clause'] == c))
        if not any(w in text for w in COMPARISON_WORDS):
            problems.append('%s has no comparison word' % c)
    for c, words in EXTRA['no_comparison_extra_words'].items():
        text = to_simplified(''.join(b['line'] for b in body if b['clause'] == c))
        for w in words + list(COMPARISON_WORDS):
            if w in text:
                problems.append('comparison word %s in %s' % (w, c))
    # unfavourable results: the unexplained one is mentioned in no text block, the explained one is
    for c, words in EXTRA['unexplained_absent'].items():
        for b in body:
            if b['type'] == 'text':
                for w in words:
                    if w in to_simplified(b['line']):
                        problems.append('unexplained result mentioned in %s text: %s' % (b['clause'], w))
    for c, words in EXTRA['explained_present'].items():
        text = to_simplified(''.join(b['line'] for b in body if b['clause'] == c and b['type'] == 'text'))
        for w in words:
            if w not in text:
                problems.append('explanation %s missing in %s' % (w, c))
    # full-width digits occur (years and one score series)
    if not re.search(r'[０-９]{4}年', ''.join(b['line'] for b in body)):
        problems.append('no full-width year')
    return problems


if __name__ == '__main__':
    extra = extra_checks(parse_source(os.path.join(HERE, 'source.txt')))
    code = 0
    try:
        main(META, HERE)
    except SystemExit as e:
        code = e.code or 0
    print('extra checks (traditional text, heading styles, order, 2.3.1 absent, 3.3.1 two years, '
          '3.1.2 no comparison, unfavourable results): %d problem(s)' % len(extra))
    for p in extra:
        print('PROBLEM: ' + p)
    if extra or code:
        sys.exit(1)
    print('OK (extra checks)')
