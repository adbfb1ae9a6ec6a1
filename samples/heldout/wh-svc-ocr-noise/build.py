#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-ocr-noise from source.txt.

A Wuhan district state-owned funeral and cemetery services operator, 武汉泚峦殡葬服务有限公司 (made up; the
district 汊浦区, its 殡仪馆, 泚峦陵园 and 青榉山公益性公墓, its peers 长沙璘岵殡仪服务集团 and 合肥泖瑄殡葬服务
有限公司, its benchmark 宁波瓒漪殡仪服务集团, the survey firm 武汉玗澌调查咨询有限公司 and the 中部六省殡葬服务
协作会 are made up too; 608 staff), written by its 综合办公室 in a sober, respectful office voice.

Layout: TEXT OCR'D FROM A SCANNED PRINTOUT, as a secretariat gets it from an applicant who sent paper.
- Plain text, no ``#``. Two title lines (level 0) and a cover block (front matter, ``@P -``).
- Every paragraph keeps the printout's hard line breaks: about 36 characters a line (the first line of a
  paragraph two characters shorter, for the lost indent), lines ending mid-sentence and mid-word, closing
  punctuation hanging at the line end; numbers and Latin words are never split. Written in source.txt as one
  line per paragraph (``@W clause``) and wrapped deterministically by this builder.
- Page furniture between paragraphs: a block of the page footer ``— n —`` followed by the next page's running
  header ``武汉泚峦殡葬服务有限公司自评报告`` (``@P -``, clause null; the numbers make every block unique).
  One page break splits a 5.2.2 paragraph mid-sentence: the two halves are separate blocks with the same clause
  on either side of the footer (the second written ``@W 5.2.2 cont``, without the indent).
- OCR noise, sparingly: a stray space inside a word (``服 务``, ``质量管理体 系``), ``。。`` once, a full-width
  decimal point ``1．2万`` among half-width ones, ``2O22年`` (letter O), ``l2台`` (letter l), a half-width comma
  in Chinese text, half-width brackets in the table headers but full-width ones in 表5-1's rows, two dropped characters (``抽查结单据``, ``负压通和降温``), a double space in
  one chapter heading (``第五部分  员工契合``).
- Chapters ``第一部分 组织环境`` (= 5.1, with ``一、组织概况`` … ``四、改进系统`` labelled 5.1) … ``第七部分
  质量提升``; items ``一、二、三、`` restarting in every chapter, 5.x.1 not written, so ``一、`` is 5.x.2.
  Item titles in the company's words: ``一、守初心、明方向`` = 5.2.2, ``二、依规治企与风险防控`` = 5.2.3,
  ``三、经营与社会效益`` = 5.2.4, ``一、“十四五”规划的制定`` = 5.3.2, ``二、规划目标推进情况`` = 5.3.4,
  ``一、倾听家属心声`` = 5.4.2, ``二、“泚峦”服务品牌建设`` = 5.4.3, ``三、家属满意与品牌影响`` = 5.4.4,
  ``一、岗位、薪酬与职业健康`` = 5.5.2, ``二、关心关爱一线职工`` = 5.5.3, ``二、从一个点子到一项新服务`` = 5.6.3,
  ``三、创新成效`` = 5.6.4, ``一、业务流程与运行保障`` = 5.7.2.
- Results as OCR gives tables: a caption line, then one row per line with the columns separated by runs of
  spaces (``@S clause``, kept verbatim). 表2-1, 表3-1, 表4-1, 表7-1 years as columns with peer /
  ``行业平均(2023年)`` / ``协作会平均(2023年)`` columns; 表5-1 years as rows with peer and 行业平均 rows. Prose
  series, rankings (第7 → 第6 → 第4 位; 7家中第2; 区内第一), ``——`` bullet lines in 5.6.4.

Planted defects:
- 5.3.3 战略实施 missing everywhere (no breaking goals down, annual or action plans, allocation of resources to
  the strategy, monitoring, evaluation or revision of the plan). ``第三部分 战略发展`` has ``一、“十四五”规划的
  制定`` (5.3.2) and then ``二、规划目标推进情况``, which is the result item 5.3.4 (ordinal trap).
- 5.4.4 has 2022-2023 only (表4-1); 2021 appears only in the sentence saying the earlier callback figures are
  not comparable (``不予列示``). It has 璘岵殡仪 / 泖瑄殡葬 / 行业平均 columns and a ranking.
- 5.6.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` in brackets, no comparison.
- 5.7.4 遗体接运按时到达率 98.9 -> 99.2 -> 98.1 %, below both peers and 行业平均, only in 表7-1 (unexplained);
  5.2.4 营业收入 / 利润总额 / 成本费用利润率 / 纳税总额 (2022) and 5.5.4 员工满意度 / 一线员工流失率 (2022)
  are explained.
- One 5.5.2 paragraph (three-level training system, 师带徒, skill certification, career paths, successors)
  sits at the end of ``一、业务流程与运行保障`` (5.7.2) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-ocr-noise/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

PEERS = ('璘岵', '泖瑄', '瓒漪')

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.3.3 战略实施 must be absent everywhere: no breaking the plan down into yearly or unit tasks, no annual
    # or action plans, no allocation of resources to the strategy, no monitoring, evaluation or revision of it.
    'forbidden_words': ['分解', '年度计划', '工作计划', '经营计划', '行动计划', '实施计划', '资源配置',
                        '配置资源', '调配资源', '战略评估', '规划评估', '中期评估', '评估规划', '战略调整',
                        '调整战略', '规划调整', '调整规划', '修订规划', '规划修订', '滚动', '督办', '目标责任',
                        '责任书', '责任状', '经营分析会', '季度分析', '纠偏', '进度监测', '监测规划',
                        '任务清单', '项目清单', '挂图作战', '时间节点', '重点任务', '战略部署', '落地'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '遗体接运按时到达率（98.9%→99.2%→98.1%，2023年下降，低于璘岵殡仪98.8%、泖瑄殡葬98.5%和'
                      '行业平均98.6%；只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、成本费用利润率、纳税总额（2022年由2.86亿元、'
                                         '4820万元、20.3%、1380万元降至2.71亿元、3960万元、17.1%、1210万元）',
         'explained': True},
        {'clause': '5.5.4', 'indicator': '员工满意度、一线员工流失率（2022年满意度由86.4分降至83.9分，'
                                         '流失率由6.8%升至7.9%）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市区属国有殡葬服务企业（武汉泚峦殡葬服务有限公司不存在；汊浦区、泚峦殡仪馆、'
        '泚峦陵园、青榉山公益性公墓、比较对象长沙璘岵殡仪服务集团和合肥泖瑄殡葬服务有限公司、标杆宁波瓒漪殡仪服务集团、'
        '测评机构武汉玗澌调查咨询有限公司、中部六省殡葬服务协作会均为虚构，人名、数字和荣誉都是编的），员工608人。'
        '综合办公室执笔，庄重、克制的办公室口吻。版式是本样本的重点：申报单位寄来纸质件，秘书处扫描后OCR得到的纯文本，'
        '没有#。段落保留打印稿的硬换行（每行约36字，段首行少两字，行尾常断在句中或词中，句末标点悬挂在行尾，数字和'
        '拉丁词不拆行；source.txt中每段写成一行，用@W标记，由build.py确定性地折行）。段落之间夹有页面杂项块：页脚'
        '“— n —”加下一页页眉“武汉泚峦殡葬服务有限公司自评报告”（@P -，clause为null，页码使每块唯一）；一次分页把'
        '5.2.2的一段从句中截断，前后两半是页脚两侧的两个块，标同一条款。少量OCR噪声：词中多出空格（服 务、质量管理体 系）、'
        '一处“。。”、半角小数点中夹一个全角的“1．2万”、“2O22年”（字母O）、“l2台”（字母l）、中文里的半角逗号、'
        '表头用半角括号而表5-1行标签用全角括号、'
        '两处漏字（抽查结单据、负压通和降温）、一个章标题中的双空格。章“第一部分 组织环境”（=5.1，下设一、至四、小标题，'
        '标5.1）至“第七部分 质量提升”；条目“一、二、三、”每章重新编号，不写5.x.1，所以“一、”是5.x.2；13个条目标题'
        '用公司自己的话。结果以OCR表格呈现：表题行，每行一行表格，列之间用多个空格分隔（@S，原样保留）；表2-1、表3-1、'
        '表4-1、表7-1年份为列，带比较对象、行业平均(2023年)、协作会平均(2023年)列；表5-1年份为行，带比较对象和'
        '行业平均行；另有文字序列、排名和5.6.4的“——”条目。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有目标分解、年度或行动计划、为战略配置资源、监测评估和调整规划的内容），'
        '“第三部分 战略发展”下“一、“十四五”规划的制定”是5.3.2，接着的“二、规划目标推进情况”是结果条款5.3.4（序号陷阱）。'
        '5.4.4 只有2022年和2023年两年（2021年只出现在说明此前回访口径不一致、“不予列示”的句子里），有璘岵殡仪、泖瑄殡葬、'
        '行业平均列和排名。5.6.4 有2021—2023年三年数据，但只有括号中的“2023年目标值”和“2025年规划目标”，没有任何对比。'
        '不利结果：5.7.4 遗体接运按时到达率98.9%、99.2%、98.1%，2023年下降，低于两家比较对象和行业平均，只出现在表7-1中，'
        '正文没有提及或解释；5.2.4 营业收入、利润总额、成本费用利润率、纳税总额2022年下降（已解释：基本殡葬服务减免范围扩大、'
        '祭扫预约限流）；5.5.4 员工满意度2022年下降、一线员工流失率上升（已解释：年末火化量集中增加、轮休难以保证）。'
        '一段回答5.5.2（三级培训体系、师带徒、技能等级认定、职业发展双通道、继任人选）的段落放在5.7.2“一、业务流程与运行保障”'
        '末尾（misplaced）。其他结果：生态安葬比例与标杆瓒漪殡仪的差距逐年缩小（不列为不利结果）；差错率、等候时间、'
        '投诉率、流失率越低越好，下降是有利结果。组织环境（5.1）不设字数上限。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source

# ---- the printout's line breaks ------------------------------------------------------------
LINE = 72          # display width of a printed line: 36 CJK characters (CJK and full-width = 2, ASCII = 1)
INDENT = 4         # the first line of a paragraph is two characters shorter (the indent OCR drops)
NO_START = set('，。、；：？！）》”’％‰,.;:)!?')   # may not begin a line (hangs at the end of the previous one)
NO_END = set('（《“‘(')                           # may not end a line


def _w(ch):
    return 1 if ord(ch) < 0x2E80 and ch not in '—“”‘’…·‰' else 2


def wrap(text, first=True):
    tokens = re.findall(r'[A-Za-z0-9.%/:+~\-]+|.', text)
    lines, cur, width = [], '', 0
    limit = LINE - (INDENT if first else 0)
    for tok in tokens:
        tw = sum(_w(c) for c in tok)
        if width + tw > limit and cur.strip():
            if tok[0] in NO_START:
                cur += tok
                width += tw
                continue
            carry = ''
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur.rstrip())
            cur = (carry + tok).lstrip(' ')
            width = sum(_w(c) for c in cur)
            limit = LINE
        else:
            cur += tok
            width += tw
    if cur.strip():
        lines.append(cur.rstrip())
    return '\n'.join(lines)


def read_wrapped(head, body, chunk):
    parts = head.split()
    assert len(body) == 1, chunk[:60]
    misplaced = next((p.split('=', 1)[1] for p in parts[2:] if p.startswith('misplaced=')), None)
    return {'type': 'text', 'clause': parts[1], 'line': wrap(body[0].strip(), first='cont' not in parts[2:]),
            'misplaced_under': misplaced}


def read_spaced_table(head, body, chunk):
    clause = head.split()[1]
    return {'type': 'table', 'clause': None if clause == '-' else clause,
            'line': '\n'.join(r.rstrip() for r in body).strip()}


def parse(path):
    return parse_source(path, extra={'@W ': read_wrapped, '@S ': read_spaced_table})


PAGE = re.compile(r'^— (\d+) —\n武汉泚峦殡葬服务有限公司自评报告$')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    flat = lambda s: re.sub(r'\s', '', s)
    # forbidden and comparison words also across the hard line breaks
    for w in META['forbidden_words']:
        for b in body:
            if w in flat(b['line']):
                problems.append('forbidden word %s in %s (across a line break?)' % (w, b['clause']))
    for c in META['no_comparison_words']:
        txt = ''.join(flat(b['line']) for b in body if b['clause'] == c)
        for w in ('标杆', '行业', '同行', '竞争', '对手', '平均', '排名', '对比', '领先', '优于', '比较', '首家',
                  '第一', '第二', '前列') + PEERS:
            if w in txt:
                problems.append('comparison word %s in %s' % (w, c))
    # 5.4.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.4.4':
            for sent in re.split(r'(?<=。)', flat(b['line'])):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the 2023 drop of 接运按时到达率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and re.search('到达|接运', flat(b['line'])):
            problems.append('5.7.4 text mentions 接运按时到达率')
    # page furniture: footer + next running header, pages increasing, nothing else unlabelled after the cover
    first_clause = next(i for i, b in enumerate(blocks) if b['clause'] is not None)
    pages = []
    for b in blocks[first_clause:]:
        if b['clause'] is None:
            m = PAGE.match(b['line'])
            if not m:
                problems.append('unlabelled block that is not page furniture: ' + b['line'][:20])
            else:
                pages.append(int(m.group(1)))
    if len(pages) < 8 or pages != sorted(pages) or len(set(pages)) != len(pages):
        problems.append('page furniture not as planned: %s' % pages)
    # one paragraph split across a page break (same clause on both sides, first half ends mid-sentence)
    splits = [i for i in range(1, len(blocks) - 1)
              if blocks[i]['clause'] is None and blocks[i - 1]['type'] == 'text'
              and blocks[i + 1]['type'] == 'text' and blocks[i - 1]['clause'] is not None
              and blocks[i - 1]['clause'] == blocks[i + 1]['clause']
              and blocks[i - 1]['line'][-1] not in '。；：！？）']
    if len(splits) != 1 or blocks[splits[0] - 1]['clause'] != '5.2.2':
        problems.append('expected one 5.2.2 paragraph split across a page break, got %d' % len(splits))
    # hard line breaks: every text paragraph longer than a line is broken, no line much over 36 characters
    for b in body:
        if b['type'] != 'text' or b['clause'] is None:
            continue
        if len(b['line']) > 40 and '\n' not in b['line']:
            problems.append('paragraph not wrapped: ' + b['line'][:20])
        for ln in b['line'].split('\n'):
            if sum(_w(c) for c in ln) > LINE + 6:
                problems.append('line too long: ' + ln[:20])
    # OCR noise present, once each
    whole = '\n'.join(b['line'] for b in blocks)
    for noise in ('2O22年', 'l2台', '。。', '1．2万', '抽查结单据', '负压通和降温'):
        if flat(whole).count(noise) != 1:
            problems.append('OCR noise %s occurs %d times' % (noise, flat(whole).count(noise)))
    for noise in ('服 务', '体 系'):  # a stray space inside a word: must survive the line breaks
        if whole.count(noise) != 1:
            problems.append('OCR noise %s occurs %d times' % (noise, whole.count(noise)))
    # tables: spaced columns, no tabs or pipes
    for b in body:
        if b['type'] == 'table' and ('\t' in b['line'] or '|' in b['line']):
            problems.append('table not space-separated: ' + b['line'][:20])
    # ordinal trap: 第三部分 has 一、 (5.3.2) and 二、 (5.3.4), then 第四部分
    heads = [b for b in blocks if b['type'] == 'heading']
    k = next(i for i, h in enumerate(heads) if h['line'].startswith('第三部分'))
    if not (heads[k + 1]['line'].startswith('一、') and heads[k + 1]['clause'] == '5.3.2'
            and heads[k + 2]['line'].startswith('二、') and heads[k + 2]['clause'] == '5.3.4'
            and heads[k + 3]['line'].startswith('第四部分')):
        problems.append('ordinal trap under 第三部分 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
