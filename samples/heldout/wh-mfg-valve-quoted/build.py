#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-valve-quoted from source.txt.

A Wuhan industrial-valve and flow-control maker (武汉翕澜阀业股份有限公司, a 专精特新 SME with 916 staff, made
up; its competitors 温州瓯漷阀门集团 and 铁岭汧椴流体控制 and its benchmark 上海溦澂控制阀集团 are made up too),
written by its quality-management office in a careful, slightly bureaucratic voice (按照……要求, 建立了……机制,
形成了……). Layout (Markdown):

- front matter: a bare title line, a cover block (申报单位/申报类别/…, one multi-line block), a ``# 目　录``
  heading and the 目录 as a markdown pipe table ``| 章节 | 页码 |`` (all front matter, ``@P -``);
- chapters ``# 一、组织环境`` … ``# 七、质量提升`` (Chinese numbering with 、 inside ``#``); items ``## （一）…``
  in the standard's order, numbered by position, titled mostly in the company's own words
  (``（一）把方向、育文化、谋长远`` = 5.2.2, ``（三）经营发展与社会贡献`` = 5.2.4, ``（二）以“精控”保品质`` = 5.7.3 …);
  the profile ``# 一、组织环境`` has four ``## （一）…（四）`` sub-headings (5.1);
- every process item opens with a blockquote ``> 评价要点：……`` restating what the item asks in the company's
  words, and EVERY item (process and result) ends with a paragraph ``自评得分：47分（满分60分）`` (labelled with
  the item; each score line is unique);
- bold run-in lead-ins at paragraph starts in 5.2.2 (``**一是明确发展方向。**``) and 5.7.3 (``**质量基础。**``);
  one markdown bullet list (``- 技术支持：…``, each bullet its own paragraph) in 5.4.2;
- results as markdown pipe tables kept as written (``| 指标 | 2021年 | 2022年 | 2023年 | 行业平均 |``), with a
  separate unit column in 表4-1/5-1/7-1, years as rows in 表6-1 (``行业平均（2023年）`` and a competitor row),
  prose series (由……提升至……, 较上年) and rankings; 5.7.4 has no comparison column and gives its comparison
  only in the sentence after the table (``同期行业平均……``).

source.txt follows samples/build_common.py, plus one marker parsed here:
  ``@M <clause>``  a markdown pipe table: a caption line and the pipe rows, kept verbatim (one block).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-valve-quoted/build.py
"""

import os
import re
import sys

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.6.3'],
    'results_lacking_three_years': ['5.5.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.6.3 创新实践 must be absent everywhere: no idea collection, project selection, innovation plans,
    # monitoring of innovation work, IP/patent management or knowledge management
    'forbidden_words': ['创意', '立项', '创新项目', '创新计划', '创新行动', '项目评审', '知识管理', '知识库',
                        '知识产权管理', '专利布局', '专利申报', '成果转化', '知识共享'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '净利润（2022年由5,410万元降至5,020万元）', 'explained': True},
        {'clause': '5.2.4', 'indicator': '净利润率（2022年由9.3%降至7.9%）', 'explained': True},
        {'clause': '5.2.4', 'indicator': '净资产收益率（2022年由12.6%降至11.4%）', 'explained': True},
        {'clause': '5.4.4', 'indicator': '老客户复购率（92.4→91.8→89.6%，2023年低于行业平均90.5%和瓯漷阀门93.1%；只在表4-1中）',
         'explained': False},
        {'clause': '5.7.4', 'indicator': '出厂试验一次合格率（2022年由98.62%降至98.15%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构工业阀门与流体控制专精特新企业（武汉翕澜阀业股份有限公司，不存在；竞争对手温州瓯漷阀门集团、'
        '铁岭汧椴流体控制及标杆上海溦澂控制阀集团也不存在）。质量管理办公室执笔，口吻审慎、略带公文腔。'
        'Markdown：一行标题、封面块、“# 目　录”及markdown管道表格形式的目录（均为前置内容，clause为null）；'
        '章为“# 一、组织环境”…“# 七、质量提升”（level 1），条目为“## （一）…”（level 2），按位置编号，标题多为企业自拟'
        '（（一）把方向、育文化、谋长远=5.2.2，（二）规范治理与风险防控=5.2.3，（三）经营发展与社会贡献=5.2.4，'
        '（一）谋划“十四五”发展蓝图=5.3.2，（二）规划的分解与落地=5.3.3，（一）读懂客户、服务客户=5.4.2，'
        '（二）打造“翕澜”品牌=5.4.3，（一）选好人、用好人、育好人=5.5.2，（二）让员工有归属、有干劲=5.5.3，'
        '（一）搭平台、建机制、强能力=5.6.2，（二）创新成效=5.6.4，（一）运营体系与效率=5.7.2，（二）以“精控”保品质=5.7.3）；'
        '组织环境下有（一）至（四）四个小标题（标5.1）。每个过程条目以“> 评价要点：……”引用块开头（企业自己的话转述要求，标所属条目），'
        '每个条目（含结果条目）以“自评得分：xx分（满分xx分）”单独成段结尾（标所属条目）。5.2.2和5.7.3段首有加粗引导语，'
        '5.4.2有一组“- ”项目符号段落。'
        '刻意缺陷：5.6.3 创新实践整条缺失（全文没有创意征集、立项、创新计划与监测、知识产权或知识管理的内容），'
        '所以“六、创新驱动”下的“（二）创新成效”是5.6.4（序号陷阱）。5.5.4 只有2022年和2023年（2021年只出现在说明口径调整、不予列示的句子里），'
        '有湖北省机械行业平均和排名对比。5.3.4 有2021—2023三年数据，但只有“2023年目标值”“2025年规划目标”列，没有任何对比。'
        '一段5.5.2（员工职业健康与权益保护）放在“（一）运营体系与效率”（5.7.2）下（misplaced）。'
        '不利结果：5.2.4 净利润、净利润率、净资产收益率2022年下降（已解释：原材料涨价、订单价格锁定）；'
        '5.7.4 出厂试验一次合格率2022年下降（已解释：LNG低温阀首批投产）；5.4.4 老客户复购率逐年下降，2023年低于行业平均和瓯漷阀门，'
        '只在表4-1中出现（未解释）。'
        '结果以markdown管道表格为主：表2-1年份为列加“行业平均”列，表4-1/5-1/7-1有单独的“单位”列，表6-1年份为行（末两行为'
        '“行业平均（2023年）”“汧椴流控（2023年）”）；另有“由……提升至……”“较上年”的文字序列和排名。'
        '5.7.4 表内没有对比列，对比只在表后一句“同期行业平均……”中。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def parse(path):
    """build_common's format plus ``@M <clause>``: a markdown pipe table kept verbatim."""
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
            if parts[1] == '-':
                blocks.append({'type': 'text', 'clause': None,
                               'line': '\n'.join(ln.rstrip() for ln in body).strip(),
                               'misplaced_under': None})
                continue
            assert len(body) == 1, chunk[:60]
            blocks.append({'type': 'text', 'clause': parts[1], 'line': body[0].strip(),
                           'misplaced_under': misplaced})
        elif head.startswith('@M '):
            clause = head.split()[1]
            assert all(r.startswith('|') and r.endswith('|') for r in body[1:]), chunk[:60]
            blocks.append({'type': 'table', 'clause': None if clause == '-' else clause,
                           'line': '\n'.join(ln.rstrip() for ln in body)})
        else:
            raise SystemExit('bad block: ' + chunk[:60])
    return blocks


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.5.4: 2021 only in the one sentence that says why it is not given
    with2021 = [b for b in body if b['clause'] == '5.5.4' and '2021' in b['line']]
    if len(with2021) != 1 or '不予列示' not in with2021[0]['line']:
        problems.append('5.5.4: 2021 must appear only in the sentence explaining its absence')
    # 5.4.4: the falling 复购率 is visible only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '复购' in b['line']:
            problems.append('5.4.4: 复购率 mentioned in the text')
    # every item ends with a unique score line; every process item opens with a blockquote
    items = [c for c in META['leaf_clauses'] if c not in META['expected_missing']]
    scores = []
    for c in items:
        own = [b for b in body if b['clause'] == c and not b.get('misplaced_under')]
        if not own[-1]['line'].startswith('自评得分：'):
            problems.append(c + ': does not end with a score line')
        scores.append(own[-1]['line'])
        is_result = c.endswith('.4')
        if is_result == own[0]['line'].startswith('> 评价要点：'):
            problems.append(c + ': blockquote only (and always) at the start of process items')
    if len(set(scores)) != len(scores):
        problems.append('score lines not unique')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
