#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-hotel-boldlead from source.txt.

A Beijing midscale business-hotel group (北京翃棠酒店管理集团有限公司: 8 hotels, brands 翃棠商旅 and 翃棠·栖居;
peers 澐栈酒店集团 and 栎邸商旅酒店, benchmark 上海璩岚酒店管理集团, survey firm 珈沅调研, data source
《京城商旅酒店联盟》 — all made up), written by its general manager in a warm but precise voice. Layout (Markdown):

- front matter: a plain title line (no ``#``), a cover block and a ``写在前面：`` paragraph (``@P -``);
- the ONLY headings are chapters: ``# 组织概述`` (= 0) and ``# 一、领导`` … ``# 七、结果`` (= 1 … 7);
- there are NO item headings. Each item begins with a paragraph whose first words are a bold run-in lead
  carrying a number and a title, followed by a full-width space and the text
  (``**1.1 高层领导的作用**　集团的经营班子……``); the paragraphs after it have no lead. The profile likewise
  (``**0.1 组织描述**　…``, ``**0.2 组织面临的挑战**　…``). About half the titles are the group's own words
  (``**1.2 把规矩立在明处**``, ``**2.2 把规划变成每家店的日历**``, ``**3.1 读懂住在我们这里的人**``,
  ``**4.2 把钱花在客人看得见的地方**``, ``**5.2 让每一次入住都顺顺当当**``, ``**6.2 小点子带来的大变化**``,
  ``**7.2 客人怎么说、市场怎么看**``, ``**7.4 人、系统、楼宇和伙伴**`` …);
- inside items some paragraphs open with un-numbered bold lead-ins (``**品牌。**``, ``**安全与质量。**``,
  ``**宾客声音。**``, ``**考核与薪酬。**``, ``**学习与成长。**``, ``**员工关怀。**``): points, not items;
- an intro paragraph under ``# 七、结果`` (= 7);
- results: markdown pipe tables kept as written (years as columns with ``行业平均（2023年）`` and peer columns;
  表7-3 with years as rows plus peer and 行业平均 rows), prose series, rankings, a narrowing 标杆 gap, a
  lower-is-better 宾客有效投诉率.

Planted defects: 4.4 技术资源 missing (no service-standard system, know-how, patents or technology plans
anywhere), and the leads in chapter 四 number by position, so ``**4.4 楼宇、客房和设备**`` is 4.5 and
``**4.5 相关方关系**`` (the standard's 4.6 title under a 4.5 number) is 4.6 (ordinal trap). 7.5 has 2022–2023
only (2021 only in the sentence saying why it is not given). 7.6 has 2021–2023 but only ``2023年目标值`` /
``2025年规划目标`` columns. 7.2 宾客有效投诉率 1.42 → 1.31 → 1.76 件/万间夜, above 行业平均 1.58 and 澐栈 1.49,
only in 表7-2 (unexplained); 7.2 入住率/房价/RevPAR, 7.3 and 7.4 一线员工流失率 (2022) and 7.6 (2022) explained.
One 1.3 paragraph (公益: 棠心服务日, donations) sits in chapter 四 among the 4.1 paragraphs (``misplaced``).

source.txt follows samples/build_common.py, plus one marker parsed here:
  ``@M <clause>``  a markdown pipe table: a caption line and the pipe rows, kept verbatim (one block).

Run: /work/main/.venv/bin/python samples/heldout/bj-hotel-boldlead/build.py
"""

import os
import re
import sys

META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
                    '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
                    '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5',
                     '4.6', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'expected_missing': ['4.4'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.6'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.6'],
    # 4.4 技术资源 must be absent everywhere: no evaluation of a technology or service-standard system,
    # no development plans, know-how, patents, own service standards, technology positioning or transfer
    'forbidden_words': ['技术', '标准化', '服务标准', '企业标准', '团体标准', '专利', '诀窍', '产学研',
                        '知识产权', '服务特色', '服务创新', '自主创新'],
    'unfavourable_results': [
        {'clause': '7.2', 'indicator': '宾客有效投诉率（1.42、1.31、1.76件/万间夜，2023年上升且高于行业平均1.58和澐栈1.49，仅见于表7-2）',
         'explained': False},
        {'clause': '7.2', 'indicator': '入住率、平均房价、RevPAR（2022年下降）', 'explained': True},
        {'clause': '7.3', 'indicator': '营业收入、净利润、GOP率、净资产收益率（2022年下降）及资产负债率（2022年升至61.7%）',
         'explained': True},
        {'clause': '7.4', 'indicator': '一线员工年流失率（2022年由29.6%升至36.8%）', 'explained': True},
        {'clause': '7.6', 'indicator': '战略重点任务完成率（2022年由88%降至84%）、纳税总额（2022年下降）、万元收入综合能耗（2022年升至60.3）',
         'explained': True},
    ],
    'notes': (
        '北京2020，虚构北京中端商务酒店集团（北京翃棠酒店管理集团有限公司，8家酒店，品牌“翃棠商旅”“翃棠·栖居”，不存在；'
        '同行澐栈酒店集团、栎邸商旅酒店，标杆上海璩岚酒店管理集团，调研机构珈沅调研，数据来源《京城商旅酒店联盟》均为虚构）。'
        '集团总经理执笔，温和而讲数字的酒店人口吻（入住率、平均房价、RevPAR、GOP率、宾客满意度、OTA评分、会员、协议客户）。'
        '版式：Markdown，只有章标题：“# 组织概述”（level 1，标0）和“# 一、领导”…“# 七、结果”（level 1，标1…7）；'
        '首行为无“#”的报告标题（level 0，clause为null），其后封面信息块和“写在前面：”一段为前置内容（@P -）。'
        '没有条目标题：每个条目以一段加粗的“引导语”开头，粗体里是编号和标题，后接全角空格和正文'
        '（“**1.1 高层领导的作用**　集团的经营班子……”），其后各段没有引导语；组织概述同样以“**0.1 组织描述**”“**0.2 组织面临的挑战**”开头。'
        '约一半条目标题用公司自己的话（1.2 把规矩立在明处、2.2 把规划变成每家店的日历、3.1 读懂住在我们这里的人、'
        '4.2 把钱花在客人看得见的地方、4.4 楼宇、客房和设备（实为4.5）、5.2 让每一次入住都顺顺当当、6.2 小点子带来的大变化、'
        '7.2 客人怎么说、市场怎么看、7.4 人、系统、楼宇和伙伴）。条目内部分段落以不带编号的粗体要点开头'
        '（“**品牌。**”“**安全与质量。**”“**宾客声音。**”“**考核与薪酬。**”“**学习与成长。**”“**员工关怀。**”），是要点不是条目，标所属条目。'
        '“# 七、结果”下有一段引言，标7。结果多为Markdown管道表格：年份为列，带“行业平均（2023年）”和同行列（表7-1、7-2、7-5、7-6、表0-1）；'
        '表7-3年份为行，另有澐栈和行业平均行；另有文字序列、排名（联盟RevPAR排名第5→第4→第3位、同商圈第2位）、逐年缩小的标杆差距，'
        '以及越低越好的宾客有效投诉率。'
        '刻意缺陷：4.4 技术资源整条缺失（全文没有服务标准化体系、技术或服务标准的评估与计划、诀窍专利、服务定位与成果转化的内容），'
        '第四章的粗体编号按位置排，“**4.4 楼宇、客房和设备**”实为4.5，“**4.5 相关方关系**”实为4.6（序号陷阱，后者用的是准则4.6的标题）。'
        '7.5 只有2022年和2023年（2021年只出现在说明口径不同、不列的句子里），有行业平均和澐栈对比。'
        '7.6 有2021—2023三年数据，只有“2023年目标值”“2025年规划目标”列，没有任何对比。'
        '不利结果：7.2 宾客有效投诉率1.42→1.31→1.76件/万间夜，2023年高于行业平均1.58和澐栈1.49，只在表7-2中出现，正文未解释；'
        '7.2 入住率、平均房价、RevPAR 2022年下降（已解释：商务出行停摆、两家店暂停营业）；7.3 2022年收入利润下降、亏损、资产负债率上升（已解释）；'
        '7.4 一线员工流失率2022年上升（已解释）；7.6 战略重点任务完成率、纳税总额2022年下降，万元收入综合能耗2022年上升（已解释）。'
        '一段1.3内容（公益：棠心服务日、帮扶培训、捐赠，高层带头）错放在第四章4.1各段之后（misplaced，所在标题为“# 四、资源”）。'
        '组织概述（0.1+0.2段落与表0-1，不含标题）低于3,000字上限。'
    ),
}

LEAD = re.compile(r'^\*\*(\d)\.(\d) ([^*]+)\*\*　')
# the bold run-in lead of an item is its title line (the standard's title in about half the items), so the
# seed-overlap and word checks read each block without it, as they skip headings
META['check_text'] = lambda s: LEAD.sub('', s)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CHAPTERS = {'0': '# 组织概述', '1': '# 一、领导', '2': '# 二、战略', '3': '# 三、顾客与市场', '4': '# 四、资源',
            '5': '# 五、过程管理', '6': '# 六、测量、分析与改进', '7': '# 七、结果'}


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
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]

    def text_of(c, kind=None):
        return ''.join(b['line'] for b in body if b['clause'] == c and (kind is None or b['type'] == kind))

    # headings: the title (level 0) and the chapters only
    heads = [b for b in blocks if b['type'] == 'heading']
    if heads[0]['level'] != 0 or heads[0]['clause'] is not None or heads[0]['line'].startswith('#'):
        problems.append('title line')
    chap = [b for b in heads if b['clause'] is not None]
    if [b['line'] for b in chap] != [CHAPTERS[c] for c in '01234567'] or any(b['level'] != 1 for b in chap):
        problems.append('chapter headings: %s' % [b['line'] for b in chap])
    # bold run-in leads: the first paragraph of every item, numbered by position in its chapter
    chapter, pos, current = None, 0, None
    for b in blocks:
        if b['type'] == 'heading':
            if b['clause'] is not None:
                chapter, pos, current = b['clause'], 0, None
            continue
        if b['clause'] is None or b['clause'] == chapter:
            continue
        m = LEAD.match(b['line'])
        if b.get('misplaced_under'):
            if m:
                problems.append('misplaced paragraph has a lead')
            continue
        if b['clause'] != current:
            pos += 1
            current = b['clause']
            if not m or m.group(1) != chapter or int(m.group(2)) != pos:
                problems.append('item %s does not open with lead **%s.%d …**' % (b['clause'], chapter, pos))
        elif m or b['line'].startswith('**%s.' % chapter):
            problems.append('second lead in %s: %s' % (b['clause'], b['line'][:20]))
    if not text_of('4.5').startswith('**4.4 ') or not text_of('4.6').startswith('**4.5 '):
        problems.append('ordinal trap in chapter 四 is not in place')
    # three years in every result item but 7.5
    for c in ['7.1', '7.2', '7.3', '7.4', '7.6']:
        t = text_of(c)
        for y in ('2021', '2022', '2023'):
            if y not in t:
                problems.append('%s lacks %s' % (c, y))
    # 7.5: 2021 (or earlier) only in the one sentence saying why it is not given
    n = 0
    for b in body:
        if b['clause'] == '7.5':
            for s in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|2[01])', s):
                    n += 1
                    if '不列' not in s:
                        problems.append('7.5 gives an early year: ' + s[:40])
    if n != 1:
        problems.append('7.5: 2021 should appear in exactly one sentence')
    # 7.2: the rising 投诉率 is shown only in the table, never in the text
    if '投诉' in text_of('7.2', 'text') or '1.76' not in text_of('7.2', 'table'):
        problems.append('7.2: 投诉率 must be visible only in 表7-2')
    # the misplaced paragraph is the only 公益 content
    if any('公益' in b['line'] for b in body if b['clause'] == '1.3' and not b.get('misplaced_under')):
        problems.append('1.3 has 公益 content outside the misplaced paragraph')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
