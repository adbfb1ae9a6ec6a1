#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-outline-bullets from source.txt.

A Wuhan municipal state-owned elderly-care and community-health services group, 武汉市瑧湲康养服务集团有限公司
(瑧湲康养; 1,904 staff; home care, 3 nursing homes + 2 care homes with 2,480 beds, 9 community health stations,
the "湲心守护" call centre and mini-program), written by its 运营管理部 in a warm but data-minded voice ("我们",
"心到、手到、数到"). Peers 成都玗澄颐养服务集团有限公司 (玗澄颐养) and 南昌市珙澍健康养老集团有限公司 (珙澍养老),
benchmark 上海瑱濡养老服务集团 (瑱濡), survey firm 武汉峘沚市场调查有限公司 (峘沚调查), the 长江康养服务联盟 and all
people, numbers and awards are made up.

Layout: AN OUTLINE-TOOL EXPORT (幕布 / XMind / 飞书大纲 -> Markdown). The whole report is a nested Markdown
bullet list, blank lines between bullets (a loose list).
- One ``#`` title line (level 0), then a front-matter bullet block ``- 申报单位：…`` … ``- 申报日期：…`` (``@P -``).
- Headings are bullets: parts ``- 第一部分 组织环境`` … ``- 第七部分 质量提升`` at column 0 (level 1, = 5.1 … 5.7);
  items ``    - 一、…`` indented four spaces (level 2), numbering restarting in every part (5.x.1 is not written, so
  一、 = 5.x.2 normally); inside the profile and every process item but 5.2.3, 5.4.3, 5.5.3 and 5.6.3, sub-heads
  ``        - （一）…`` indented eight spaces (level 3, labelled with their item). 7 item titles in the group's own
  words (一、我们是谁 … 四、我们怎样改进 in 5.1; 一、把舵定向，涵养文化 = 5.2.2; 二、规范治理与风险防控 = 5.2.3;
  一、读懂长者，也读懂家属 = 5.4.2; 二、让员工安心、舒心 = 5.5.3; 二、把点子变成服务 = 5.6.3;
  二、服务质量：从规范到温度 = 5.7.3).
- Body paragraphs are bullets one level deeper than their heading (long lines of 1-3 sentences); eight of them
  continue on a following line indented two more spaces, without a bullet (still one block). Intro bullets under
  parts 5.2, 5.5 and 5.7 (labelled with the part).
- Tables stay Markdown pipe tables at column 0 outside the list (blank line before and after), each right after
  a caption bullet ``- 表n-1 …`` (a text block labelled with the table's clause). Results: years-as-columns
  tables with peer / ``行业平均（2023年）`` / ``瑱濡（2023年）`` columns, 表3-1 with years as rows and peer rows,
  prose series in bullets, rankings (全市第一, 联盟综合评价第4 -> 第2位, 品牌知名度第三 -> 第一位, 五级机构数第一).

Planted defects:
- 5.3.3 战略实施 missing everywhere (no cascading of goals to units, no allocation of money or people to the
  strategy, no monitoring, review or revision of the strategy). ``第三部分 战略发展`` has ``一、战略制定`` (5.3.2)
  and then ``二、战略发展的结果``, which is 5.3.4 (ordinal trap: 二、 is normally 5.x.3).
- 5.7.4 has 2022-2023 only (表7-1 and prose); 2021 appears only in the sentence saying the figures were counted
  by the old method and are not given (不再列出). It has 玗澄颐养 / 珙澍养老 / 行业平均 columns and 瑱濡 in prose.
- 5.2.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no comparison anywhere in 5.2.4).
- 5.4.4 居家服务续约率 92.4 -> 93.1 -> 90.6%, below 玗澄颐养 91.8, 珙澍养老 90.9 and 行业平均 91.0, only in
  表4-1 (unexplained). 5.2.4 营业收入 / 利润总额 / 利润率 / 纳税额 / 保值增值率 (2022) and 5.5.4 员工满意度
  (2022, 82.7 -> 81.9) are explained.
- One 5.4.3 paragraph (商标注册, 冒用“湲心”名义推销保健品的处置 = 品牌保护) sits at the end of
  ``二、规范治理与风险防控`` (5.2.3) (misplaced). 5.4.3's own heading has brand planning, communication and evaluation.

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-outline-bullets/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-service-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.3.3'],
    'results_lacking_three_years': ['5.7.4'],
    'results_lacking_comparison': ['5.2.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.2.4'],
    # the seed check compares text, not the outline's indentation (12 spaces would match the seeds' blank runs)
    'check_text': lambda s: re.sub(r'(?m)^ +', '', s),
    # 5.3.3 战略实施 must be absent everywhere: no cascading of goals, no allocation of resources to the
    # strategy, no monitoring / evaluation / revision of the strategy or its plans
    'forbidden_words': ['分解', '战略部署', '资源配置', '配置资源', '战略评估', '战略调整', '中期评估',
                        '年度计划', '行动计划', '滚动', '预算', '纠偏', '目标责任书', '经营计划', '调整规划',
                        '规划调整', '修订规划', '执行情况', '战略执行', '战略落地', '进度', '层层落实'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '居家服务续约率（92.4%→93.1%→90.6%，2023年下降，低于玗澄颐养91.8%、珙澍养老90.9%和'
                      '行业平均91.0%；只在表4-1中）',
         'explained': False},
        {'clause': '5.2.4',
         'indicator': '营业收入、利润总额、营业收入利润率、纳税额、国有资产保值增值率（2022年下降，如营业收入'
                      '9.46亿元降至8.87亿元）',
         'explained': True},
        {'clause': '5.5.4', 'indicator': '员工满意度（2022年由82.7分降至81.9分）', 'explained': True},
    ],
    'notes': (
        '武汉服务类，虚构的武汉市属国有养老和社区健康服务集团（武汉市瑧湲康养服务集团有限公司不存在；对比企业成都玗澄颐养服务集团'
        '有限公司和南昌市珙澍健康养老集团有限公司、标杆上海瑱濡养老服务集团、调研机构武汉峘沚市场调查有限公司、长江康养服务联盟'
        '均为虚构，人名、数字和奖项都是编的），员工1,904人。运营管理部执笔，温和而重数据的口吻（“我们”，“心到、手到、数到”）。'
        '版式是本样本的重点：大纲工具（幕布/XMind/飞书大纲）导出的Markdown，全文是一个嵌套的项目符号列表，项目之间有空行。'
        '只有第一行是“#”标题（level 0）；封面信息是一组“- 申报单位：……”“- 申报日期：……”项目（@P -）。标题都是项目：'
        '“- 第一部分 组织环境”…“- 第七部分 质量提升”在第0列（level 1，标5.1…5.7）；条目“    - 一、……”缩进4格（level 2），'
        '每部分重新编号，不写5.x.1，所以一、通常是5.x.2；组织环境和大多数过程条目下还有缩进8格的“        - （一）……”子标题'
        '（level 3，标所属条目）。7个条目标题用自己的话（一、把舵定向，涵养文化=5.2.2；二、规范治理与风险防控=5.2.3；'
        '一、读懂长者，也读懂家属=5.4.2；二、让员工安心、舒心=5.5.3；二、把点子变成服务=5.6.3；二、服务质量：从规范到温度=5.7.3；'
        '组织环境下的一、我们是谁…四、我们怎样改进）。正文段落是比其标题深一级的项目，每段1—3句的长行；8段在下一行缩进两格、'
        '不带项目符号续写（仍是同一块）。第二、五、七部分下各有一段引言项目（标5.2、5.5、5.7）。'
        '表格保持Markdown管道表，位于列表之外的第0列，前后有空行；每张表前紧接一个题注项目“- 表n-1 ……”（文本块，标表格所属条款）。'
        '结果：以年份为列的表格带对比企业、“行业平均（2023年）”或“瑱濡（2023年）”列，表3-1以年份为行并带对比企业行，'
        '项目中的文字数列，排名（全市第一、联盟综合评价第4位升至第2位、品牌知名度第三升至第一、五级机构数第一）。'
        '刻意缺陷：5.3.3 战略实施整条缺失（全文没有目标分解、为战略配置资源、战略监测评估或调整），“第三部分 战略发展”下是'
        '“一、战略制定”（5.3.2）和“二、战略发展的结果”（5.3.4，序号陷阱）。5.7.4 只有2022年和2023年两年（2021年只出现在说明'
        '按旧口径统计、不可比、“不再列出”的句子里），有玗澄颐养、珙澍养老、行业平均对比列，正文还与瑱濡比较。5.2.4 有2021—2023年'
        '三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。不利结果：5.4.4 居家服务续约率'
        '92.4%、93.1%、90.6%，2023年下降，低于玗澄颐养、珙澍养老和行业平均，只出现在表4-1中，正文没有提及或解释；'
        '5.2.4 营业收入、利润等2022年下降（已解释：疫情期间护理院暂停收住、助餐点停业、防疫支出增加）；5.5.4 员工满意度2022年'
        '下降（已解释：封闭管理期间护理员连续驻院）。一段回答5.4.3（品牌保护：商标注册、冒用名义推销保健品的处置）的段落放在'
        '5.2.3“二、规范治理与风险防控”的末尾（misplaced）；5.4.3自己的标题下只有品牌策划、传播和评价。'
        '其他：投诉、流失率、压疮、跌倒、工伤、资产负债率越低越好，下降是有利结果；5.6.4和5.7.4与瑱濡的差距逐年缩小（不列为不利结果）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def _clause(tok):
    return None if tok == '-' else tok


def _heading(head, body, chunk):
    # @H <level> <clause|->, then the heading line verbatim (with its indentation)
    _, level, clause = head.split()
    assert len(body) == 1, chunk[:60]
    return {'type': 'heading', 'level': int(level), 'clause': _clause(clause), 'line': body[0].rstrip()}


def _para(head, body, chunk):
    # @P <clause|-> [misplaced=<clause>], then the bullet verbatim; continuation lines are kept
    parts = head.split()
    misplaced = next((p.split('=', 1)[1] for p in parts[2:] if p.startswith('misplaced=')), None)
    return {'type': 'text', 'clause': _clause(parts[1]), 'line': '\n'.join(ln.rstrip() for ln in body),
            'misplaced_under': misplaced}


def _table(head, body, chunk):
    # @T <clause>, then a Markdown pipe table verbatim at column 0
    return {'type': 'table', 'clause': _clause(head.split()[1]), 'line': '\n'.join(ln.rstrip() for ln in body)}


def parse(path):
    return parse_source(path, extra={'@H ': _heading, '@P ': _para, '@T ': _table})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    lines = [ln for b in blocks for ln in b['line'].split('\n')]
    if not blocks[0]['line'].startswith('# ') or any(ln.startswith('#') for ln in lines[1:]):
        problems.append('exactly one # line (the title) expected')
    depth = None  # indentation of the nearest heading's children
    prev = None
    for b in blocks[1:]:
        first = b['line'].split('\n')[0]
        ind = len(first) - len(first.lstrip(' '))
        if b['type'] == 'heading':
            if not re.match(r'( {4})*- \S', first) or ind != 4 * (b['level'] - 1):
                problems.append('heading not a bullet at level indentation: ' + first.strip()[:20])
            depth = 4 * b['level']
        elif b['type'] == 'table':
            if any(not ln.startswith('|') for ln in b['line'].split('\n')) or not re.match(r'\|( --- \|)+$', b['line'].split('\n')[1]):
                problems.append('table not a pipe table at column 0: ' + first[:20])
            if not (prev and prev['type'] == 'text' and prev['clause'] == b['clause']
                    and re.match(r'- 表\d-1 ', prev['line'].strip())):
                problems.append('table without its caption bullet: ' + first[:20])
        else:
            want = 0 if b['clause'] is None else depth
            if not first.startswith(' ' * want + '- ') or ind != want:
                problems.append('paragraph bullet at wrong depth: ' + first.strip()[:20])
            for ln in b['line'].split('\n')[1:]:
                if b['clause'] is not None and (not ln.startswith(' ' * (want + 2)) or ln.strip().startswith('- ')):
                    problems.append('continuation line not indented without bullet: ' + ln.strip()[:20])
        prev = b
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.7.4: no year before 2022 except in the sentence saying why it is not given
    for b in body:
        if b['clause'] == '5.7.4':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('5.7.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the 2023 drop of 续约率 appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '续约' in b['line']:
            problems.append('5.4.4 text mentions 续约率')
    # 5.2.4: no peer or benchmark names
    for b in body:
        if b['clause'] == '5.2.4' and re.search('玗澄|珙澍|瑱濡|联盟', b['line']):
            problems.append('5.2.4 names a peer, benchmark or alliance')
    # ordinal trap: under 第三部分 the items are 一、 (5.3.2) and 二、 (5.3.4)
    heads = [b for b in blocks if b['type'] == 'heading']
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('- 第三部分'))
    items = []
    for h in heads[i + 1:]:
        if h['level'] == 1:
            break
        if h['level'] == 2:
            items.append((h['line'].strip()[:4], h['clause']))
    if items != [('- 一、', '5.3.2'), ('- 二、', '5.3.4')]:
        problems.append('ordinal trap under 第三部分 not as planned: %s' % items)
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
