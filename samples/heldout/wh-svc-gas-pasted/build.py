#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-gas-pasted from source.txt.

A Wuhan city-gas supplier (武汉沣澜燃气有限公司, made up; its peers 长沙沅翮燃气有限公司 and 南昌浛岫燃气集团
and its benchmark 杭州璆澄燃气集团 are made up too) in a plain state-owned utility voice (安全供气, 户内安检,
管网, 抢修, 95860客服热线). The layout imitates text COPIED OUT OF A PDF and pasted into a text file:

- page furniture: at every page end a footer (``- 7 -``, ``第 8 页 共 41 页`` or a bare ``9``, mixed)
  followed by the running header ``武汉沣澜燃气有限公司 2024年武汉市市长质量奖自评报告`` of the next page,
  every 2-4 blocks. check_labels.py does not accept null-clause blocks in the middle of a report, so these
  lines are attached to the END of the preceding paragraph or table block (as extra lines of that block,
  which keeps its clause);
- paragraphs broken at a page end: the first half ends mid-sentence (no 。), then the furniture lines, then
  the second half starts a new block mid-sentence; both halves carry the same clause;
- a few paragraphs with hard line breaks in mid-sentence (a block of 2-3 lines);
- tables with cells separated by single spaces (表2-1, 表7-1), by two spaces (表5-1) or by tabs.

source.txt follows samples/build_common.py, with these extensions (parsed here):
  ``@P <clause>`` may have several body lines (joined with a line break, as written);
  ``@T <clause> sp|sp2`` joins cells with one / two spaces instead of a tab;
  a body line ``~P`` is a page break (footer of this page + header of the next one), ``~E`` the last footer.

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-gas-pasted/build.py
"""

import os
import re
import sys

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.4.3 品牌管理 must be absent everywhere (headings exempt: 第四部分 品牌影响 / 二、品牌影响的结果):
    # no brand planning, identity, communication/publicity, media, brand protection or brand evaluation.
    'forbidden_words': ['品牌', '商标', '形象', '美誉', '知名度', '认知度', '传播', '宣传', '媒体', '口碑',
                        '标识', '声誉', '名片', '广告'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '售气量、营业收入、利润总额、净资产收益率、纳税总额（2022年下降）',
         'explained': True},
        {'clause': '5.7.4',
         'indicator': '燃气泄漏报警平均响应时间（24.6→23.9→27.8分钟，2023年变差，高于全国燃气行业平均26.5和'
                      '南昌浛岫燃气25.2；只在表7-1中）',
         'explained': False},
    ],
    'notes': (
        '武汉服务类，虚构的武汉城市燃气企业（武汉沣澜燃气有限公司不存在；对比企业长沙沅翮燃气有限公司、南昌浛岫燃气集团和'
        '同类城市燃气企业标杆杭州璆澄燃气集团也不存在；95860热线号码是编的）。国企公用事业的平实口吻（安全供气、户内安检、'
        '管网、抢修、保供）。版式是本样本的重点：模仿从PDF里复制出来、粘贴成文本的自评报告。'
        '标题结构正常：两行标题（level 0，clause null）、封面信息块（front matter，@P -，clause null），'
        '“第一部分 组织环境”（level 1，5.1）下有“一、组织概况”“二、竞争环境”“三、优势与改进系统”三个小标题（level 2，标5.1），'
        '“第二部分 领导作用”……“第七部分 质量提升”（level 1，5.2…5.7），其下“一、二、三、”条款标题（level 2），'
        '没有更深的标题。七个条款标题用企业自己的说法：二、依法治企与风险防控=5.2.3，一、“十四五”规划的编制=5.3.2，'
        '三、规划目标完成情况=5.3.4，一、用户细分与用户服务=5.4.2，二、关心关爱职工=5.5.3，二、科技与管理创新实践=5.6.3，'
        '一、管网运行与安全供气=5.7.2。“第二部分 领导作用”下有一段引言，标5.2。'
        '页面残留：每隔2–4个块（含标题块）有一次分页，分页处是页脚（“- 7 -”“第 8 页 共 41 页”“9”三种写法混用；封面页没有页脚）'
        '加下一页的页眉“武汉沣澜燃气有限公司 2024年武汉市市长质量奖自评报告”。check_labels 不接受报告中间 clause 为 null 的块，'
        '所以页脚和页眉作为单独的行附在前一个段落块或表格块的末尾，属于该段的条款（选择的是这种做法）；'
        '最后一段末尾只有页脚。跨页断开的段落：11个段落在页末句中断开（前半段不以“。”结尾，后接页脚和页眉行，'
        '后半段另起一个块、从句子中间开始，如“2.38万户，2023年售气量……”“的监督检查。”“气源和较密的服务网络。”），'
        '两半标同一条款。硬换行：5.1 服务渠道段、5.2.2 契合时代段、5.6.3 重点项目段是在句中折行的2–3行段落。'
        '表格：表1-1、表3-1、表4-1、表6-1用制表符分列；表2-1、表7-1用单个空格分列，表5-1用两个空格分列（单元格内没有空格）。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（“第四部分 品牌影响”下只有“一、用户细分与用户服务”=5.4.2和'
        '“二、品牌影响的结果”=5.4.4，序号陷阱）；全文正文没有品牌策划、标识、传播/宣传、媒体、品牌保护或品牌评价内容'
        '（forbidden_words，只在标题里出现“品牌”）。5.3.4 只有2022年和2023年（说明规划中期调整后按新口径从2022年起统计，'
        '正文没有2021年数字），有南昌浛岫燃气（2023年）对比列和2025年规划目标。5.5.4 有2021—2023年三年数据，'
        '但只有“2023年目标值”列和“均完成年度目标”，没有任何对比。不利结果：5.2.4 售气量、营业收入、利润总额、'
        '净资产收益率、纳税总额2022年下降（紧接着的段落解释：疫情下工商业停产停业、购销价差收窄）；5.7.4 燃气泄漏报警平均'
        '响应时间由24.6、23.9升至27.8分钟，2023年高于全国燃气行业平均26.5和南昌浛岫燃气25.2，只出现在表7-1中，正文没有'
        '提及或解释（“响应时间”一词不在任何文字段落里）。一段回答5.5.2 员工保护的劳动防护、职业健康体检、高温津贴、工伤段落'
        '放在“一、管网运行与安全供气”（5.7.2）下的运营段落之间（misplaced）。结果写法：年份为列的表格（带全国燃气行业平均、'
        '同类城市燃气企业标杆、对比企业列），叙述序列（由2021年的……增至2022年的……和2023年的……；三年分别为……），'
        '排名（由第4位升至第2位；在5家经营企业中排第二）。方向：万户有效投诉量、百公里管网泄漏次数、员工主动离职率越低越好，'
        '逐年下降，是有利结果；研发投入、线上业务办理占比与标杆的差距逐年缩小，不列为不利结果。'
        '组织环境（5.1，不含标题，含附在其段落末尾的页眉页脚行）约2,000字；武汉标准未规定简介字数。全文共45页（封面无页脚）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

RUNNING_HEADER = '武汉沣澜燃气有限公司 2024年武汉市市长质量奖自评报告'
FOOTER_STYLES = ['dash', 'of', 'bare', 'dash', 'dash', 'of', 'bare', 'of', 'dash', 'bare']
SENT_END = '。；：！？”）'


def _count_pages(raw):
    return raw.count('\n~P') + 1


def _footer(page, total):
    style = FOOTER_STYLES[(page - 2) % len(FOOTER_STYLES)]
    if style == 'dash':
        return '- %d -' % page
    if style == 'of':
        return '第 %d 页 共 %d 页' % (page, total)
    return str(page)


def parse_source(path):
    """build_common.parse_source plus multi-line @P, space-separated tables and page furniture."""
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    total = _count_pages(raw)
    page = 1
    blocks = []

    def furniture(line):
        nonlocal page
        if line == '~E':
            return [_footer(page, total)]
        out = [] if page == 1 else [_footer(page, total)]  # the cover page has no footer
        page += 1
        return out + [RUNNING_HEADER]

    for chunk in re.split(r'\n\s*\n', raw.strip()):
        lines = chunk.split('\n')
        head, body = lines[0], lines[1:]
        if head.startswith('@H '):
            _, level, clause, text = head.split(' ', 3)
            assert not body, chunk[:40]
            blocks.append({'type': 'heading', 'level': int(level),
                           'clause': None if clause == '-' else clause, 'line': text})
            continue
        out, nfurn = [], 0
        parts = head.split()
        kind = {'@P': 'text', '@T': 'table'}.get(parts[0])
        if kind is None:
            raise SystemExit('bad block: ' + chunk[:60])
        clause = None if parts[1] == '-' else parts[1]
        sep = '\t'
        misplaced = None
        for p in parts[2:]:
            if p.startswith('misplaced='):
                misplaced = p.split('=', 1)[1]
            elif p == 'sp':
                sep = ' '
            elif p == 'sp2':
                sep = '  '
            else:
                raise SystemExit('bad option %s in %s' % (p, head))
        for i, ln in enumerate(body):
            ln = ln.rstrip()
            if ln in ('~P', '~E'):
                out += furniture(ln)
                nfurn += ln == '~P'  # the last footer (~E) is no page break
                continue
            if kind == 'table' and i > 0:
                ln = sep.join(c.strip() for c in ln.split(' | '))
            out.append(ln.strip() if kind == 'text' else ln)
        blocks.append({'type': kind, 'clause': clause, 'line': '\n'.join(out),
                       'misplaced_under': misplaced, 'page_break': nfurn > 0,
                       'content': '\n'.join(x for x in body if x not in ('~P', '~E'))})
    return blocks


YEAR = re.compile(r'(?<!\d)(20[0-3]\d)(?!\d)')
COMPARISON_WORDS = ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于', '高于', '低于',
                    '全国', '全省', '同类', '沅翮', '浛岫', '璆澄', '第一', '第二', '位居', '前列')


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kinds=('text', 'table')):
        return ''.join(b['content'] for b in body if b['clause'] == c and b['type'] in kinds)

    # headings: levels 0-2 only, categories 第X部分, items 一、二、三、
    for b in blocks:
        if b['type'] != 'heading':
            continue
        if b['level'] > 2:
            problems.append('heading deeper than level 2: ' + b['line'])
        if b['level'] == 1 and not re.match(r'^第[一二三四五六七]部分 ', b['line']):
            problems.append('category heading not 第X部分: ' + b['line'])
        if b['level'] == 2 and not re.match(r'^[一二三]、', b['line']):
            problems.append('item heading not 一、: ' + b['line'])
    # page furniture every 2-4 blocks, only at the end of paragraph / table blocks
    breaks = [i for i, b in enumerate(blocks) if b.get('page_break')]
    prev = -1
    for i in breaks:
        if not 2 <= i - prev <= 4:
            problems.append('page break gap %d before block %d: %s' % (i - prev, i, blocks[i]['line'][:20]))
        prev = i
    if len(blocks) - 1 - prev > 4:
        problems.append('no page break in the last %d blocks' % (len(blocks) - 1 - prev))
    # paragraphs broken at a page end: first half ends mid-sentence, second half has the same clause
    splits = 0
    for i, b in enumerate(blocks[:-1]):
        if b['type'] == 'text' and b['clause'] and b.get('page_break'):
            last = b['content'].rstrip()[-1]
            if last not in SENT_END:
                nxt = blocks[i + 1]
                if nxt['type'] != 'text' or nxt['clause'] != b['clause']:
                    problems.append('split paragraph not continued with the same clause: ' + b['line'][:20])
                else:
                    splits += 1
    if splits < 8:
        problems.append('only %d split paragraphs' % splits)
    for b in body:
        if b['type'] == 'text' and not b.get('page_break') and b['content'].rstrip()[-1] not in SENT_END:
            problems.append('paragraph ends mid-sentence without a page break: ' + b['line'][:20])
    hard = [b for b in body if b['type'] == 'text' and '\n' in b['content']]
    if not 2 <= len(hard) <= 5 or any(b['content'].count('\n') > 2 for b in hard):
        problems.append('hard line breaks: %d blocks' % len(hard))
    # tables: some space-separated, some tab-separated
    tabs = [b for b in body if b['type'] == 'table' and '\t' in b['line']]
    spaces = [b for b in body if b['type'] == 'table' and '\t' not in b['line']]
    if len(tabs) < 2 or len(spaces) < 2:
        problems.append('want both tab- and space-separated tables')
    # 5.3.4: 2022 and 2023 only (plus the 2025 target); no 2021, no 三年/连续
    yrs = set(YEAR.findall(text_of('5.3.4')))
    if yrs != {'2022', '2023', '2025'}:
        problems.append('5.3.4 years %s' % sorted(yrs))
    if '三年' in text_of('5.3.4') or '连续' in text_of('5.3.4'):
        problems.append('5.3.4 mentions 三年/连续')
    for c in ['5.2.4', '5.4.4', '5.5.4', '5.6.4', '5.7.4']:
        if not {'2021', '2022', '2023'} <= set(YEAR.findall(text_of(c))):
            problems.append('%s lacks one of 2021-2023' % c)
    for c in ['5.2.4', '5.3.4', '5.4.4', '5.6.4', '5.7.4']:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append('%s has no comparison word' % c)
    for w in COMPARISON_WORDS:
        if w in text_of('5.5.4'):
            problems.append('comparison word %s in 5.5.4' % w)
    if '目标值' not in text_of('5.5.4'):
        problems.append('5.5.4 has no 目标值')
    # unexplained: 响应时间 only in the 5.7.4 table, never in a text block
    if '响应时间' not in text_of('5.7.4', ('table',)):
        problems.append('响应时间 missing from 表7-1')
    for b in blocks:
        if b['type'] == 'text' and '响应时间' in b['content']:
            problems.append('响应时间 mentioned in text (%s)' % b['clause'])
    # explained: the 2022 fall in 5.2.4 is explained right after the table
    expl = [s for s in re.split(r'(?<=。)', text_of('5.2.4', ('text',))) if '主要原因' in s]
    if not expl or '2022' not in expl[0] or '售气量' not in expl[0]:
        problems.append('5.2.4 explanation missing')
    return problems


if __name__ == '__main__':
    build_common.main_with_checks(META, HERE, extra_checks, parse=parse_source)
