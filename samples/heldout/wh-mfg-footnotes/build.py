#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-footnotes from source.txt.

A Wuhan state-holding maker of forged railway wheels, axles, wheelsets and bogie forgings,
武汉锽轫轨道装备股份有限公司 (made up; controlling shareholder 武汉泫砻工业投资集团有限公司, competitors
山西锷泷锻造股份有限公司 and 宜昌镔湄车轴有限公司, benchmark 青岛瑽辀轨道部件集团, survey firm 武汉瑠湜市场研究
有限公司, the 全国轮轴锻件产业协作会 and its 《轮轴锻件行业年度质量对标报告》 are made up too; 1,612 staff),
written by its 技术中心（质量与标准化研究室） in an academic-minded voice that cites a source for almost
every figure.

Layout: FOOTNOTES AND ENDNOTES.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph that explains the
  note conventions (front matter, ``@P -``).
- Chapters ``第一章 组织环境`` (5.1) … ``第七章 质量提升`` (5.7), level 1; items ``一、二、三、`` restarting in
  every chapter (5.x.1 not written), level 2; the profile has ``一、企业概况`` … ``四、绩效改进系统`` (5.1).
  Item titles mostly in the company's own words (``一、把方向、育文化、谋长远`` = 5.2.2, ``二、规范治理与风险
  防控`` = 5.2.3, ``三、经营与治理绩效`` = 5.2.4, ``一、战略规划的形成`` = 5.3.2, ``二、战略落地与动态调整`` =
  5.3.3, ``三、规划目标达成情况`` = 5.3.4, ``一、读懂我们的顾客`` = 5.4.2, ``二、“锽轫”品牌的培育`` = 5.4.3,
  ``三、顾客与品牌表现`` = 5.4.4, ``二、队伍建设成效`` = 5.5.4, ``二、创新项目全过程管理`` = 5.6.3,
  ``一、从钢坯到轮对的运营体系`` = 5.7.2, ``二、产品质量保证`` = 5.7.3).
- Sentences carry note markers as circled numbers right after a word or figure (``……达到93.5%②``), numbered
  afresh in every chapter. Chapters 1–4, 6 and 7 end with a heading ``注释：`` (level 2, clause null) and one
  paragraph per note (``① 股权比例截至……``, ``③ 同期行业平均为……，数据来源：……``), all labelled null: they
  answer no clause. The notes of chapter 7 are the report's last blocks (back matter). Chapter 5 has no
  ``注释：`` block: its two notes sit in one paragraph ``注：①……；②……`` right after 表5-1 and are labelled
  with the table's clause (5.5.4).
- Some comparisons appear only in a note (chapter 2 ⑤ 万元产值综合能耗 行业平均; chapter 6 ④ 锷泷锻造's
  granted invention patents); the result items concerned also compare in their own text and tables.
- Results: tables with years as columns and competitor / ``行业平均（2023年）`` / benchmark columns (表2-1,
  表4-1, 表7-1), 表5-1 with years as rows and ``锷泷锻造（2023年）`` / ``行业平均（2023年）`` rows, prose
  series, rankings (全省装备制造业百强第64位, 协作会创新能力评价第2位, OEE 第3位, 市场占有率第三).

Planted defects:
- 5.5.3 员工赋能 missing everywhere (no atmosphere, empowerment, care/support, employee-satisfaction survey or
  review of the people system). ``第五章 员工契合`` has ``一、员工管理`` (5.5.2) and ``二、队伍建设成效``, which
  is the result item 5.5.4 (ordinal trap).
- 5.4.4 has 2022-2023 only (表4-1, with 锷泷锻造 / 镔湄车轴 / 行业平均 columns); 2021 appears only in the
  sentence saying why the older survey figures are not given (``不再列出``).
- 5.3.4 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no competitor, industry,
  benchmark or ranking).
- 5.7.4 车轴超声探伤一次合格率 99.63 -> 99.71 -> 99.12%, below 锷泷锻造 99.45, 镔湄车轴 99.52 and 行业平均
  99.30, only in 表7-1 (unexplained). Explained: 5.2.4 营业收入 / 利润总额 / 销售利润率 / 上缴税费 (2022:
  货车招标量下降、合金涨价) and 5.5.4 全员劳动生产率 (2022: 新线投产前集中招聘、收入下降).
- One 5.4.3 paragraph (品牌保护: 商标注册、防伪编码、仿冒处置) sits at the end of 5.6.3 ``二、创新项目全过程
  管理``, next to the patent paragraph (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-footnotes/build.py
"""

import os
import re
import sys

ALL = ['5.1', '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form asks for 3,000 字)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.5.3'],
    'results_lacking_three_years': ['5.4.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.5.3 员工赋能 must be absent everywhere: no atmosphere or empowerment, no care, support or activities
    # for staff, no employee-satisfaction survey, no review of the people system.
    'forbidden_words': ['员工满意', '职工满意', '满意度调查', '敬业', '关爱', '员工授权', '授权机制', '充分授权',
                        '氛围', '凝聚力', '归属感', '包容', '帮扶', '慰问', '文体', '职工之家', '心理',
                        '福利', '诉求', '合理化建议', '员工参与', '职代会', '职工代表大会', '选育用留',
                        '技能共享', '以人为本'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '车轴超声探伤一次合格率（99.63%→99.71%→99.12%，2023年下降，低于锷泷锻造99.45%、'
                      '镔湄车轴99.52%和行业平均99.30%；只在表7-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、销售利润率、上缴税费（2022年由21.4亿元、1.52亿元、'
                                         '7.1%、1.06亿元降至20.6亿元、1.18亿元、5.7%、0.98亿元）',
         'explained': True},
        {'clause': '5.5.4', 'indicator': '全员劳动生产率（2022年由138.2万元/人降至129.6万元/人）',
         'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉市属国有控股铁路车轮、车轴、轮对和转向架锻件制造企业（武汉锽轫轨道装备股份有限公司不存在；'
        '控股股东武汉泫砻工业投资集团有限公司、竞争对手山西锷泷锻造股份有限公司和宜昌镔湄车轴有限公司、标杆青岛瑽辀轨道部件集团、'
        '调研机构武汉瑠湜市场研究有限公司、全国轮轴锻件产业协作会及其《轮轴锻件行业年度质量对标报告》均为虚构，人名、数字和奖项都是编的），'
        '在册员工1,612人。技术中心（质量与标准化研究室）执笔，学术化、处处注明出处的口吻。'
        '版式是本样本的重点：脚注和章末注。纯文本，没有#；两行标题（level 0）、封面信息块和说明注释规则的“编写说明”（@P -）；'
        '“第一章 组织环境”（5.1）…“第七章 质量提升”（5.7）为level 1，条目“一、二、三、”每章重新编号（不写5.x.1），'
        '多数条目标题用企业自己的说法；组织环境下“一、企业概况”…“四、绩效改进系统”标5.1。'
        '句中词语或数字后紧跟圈码注释标记（①②③），每章重新编号；第一至四章和第六、七章末尾有“注释：”标题（level 2，clause为null），'
        '其下每条注释一段，全部标null（不回答任何条款；第七章的注释是全文最后的块，即back matter）。第五章没有“注释：”块，'
        '两条注释以“注：①……；②……”一段紧随表5-1，标表格所属条款5.5.4。有的比较只出现在注释里（第二章注⑤万元产值综合能耗的行业平均，'
        '第六章注④锷泷锻造的授权发明专利数），相关结果条款的正文或表格中另有比较。'
        '结果：以年份为列、带锷泷锻造/镔湄车轴/瑽辀集团/行业平均（2023年）列的表（表2-1、表4-1、表7-1），'
        '表5-1以年份为行、带“锷泷锻造（2023年）”“行业平均（2023年）”行，另有文字序列和排名。'
        '刻意缺陷：5.5.3 员工赋能整条缺失（全文没有组织氛围、员工授权、关爱支持、员工满意度测评或员工管理体系评估），'
        '“第五章 员工契合”下只有“一、员工管理”（5.5.2）和“二、队伍建设成效”，后者是结果条款5.5.4（序号陷阱）。'
        '5.4.4 只有2022年和2023年（表4-1，有锷泷锻造、镔湄车轴和行业平均列），2021年只出现在说明旧调查数据“不再列出”的句子里。'
        '5.3.4 有2021—2023年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名比较。'
        '不利结果：5.7.4 车轴超声探伤一次合格率99.63%、99.71%、99.12%，2023年下降，低于锷泷锻造、镔湄车轴和行业平均，'
        '只出现在表7-1中，正文没有提及或解释；5.2.4 营业收入、利润总额、销售利润率、上缴税费2022年下降（已解释：货车新造招标量下降、'
        '镍钼合金涨价）；5.5.4 全员劳动生产率2022年下降（已解释：轮对新线投产前集中招聘、当年收入下降）。'
        '一段回答5.4.3（品牌保护：商标注册、防伪编码、仿冒处置）的段落放在5.6.3“二、创新项目全过程管理”末尾、专利段落之后（misplaced）。'
        '其他：与标杆瑽辀集团的差距（车轮一次交检合格率、索赔率、质量损失率、设备综合效率）和货车车轮市场占有率位列第三'
        '（与第二名差距缩小）不列为不利结果；流失率、负伤率、索赔率、质量损失率、能耗、资产负债率越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    # plain text: no markdown heading markers
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('a block starts with #')
    # split into chapters
    chapters, cur = [], None
    for b in blocks:
        if b['type'] == 'heading' and b['level'] == 1 and b['line'].startswith('第'):
            cur = {'title': b['line'], 'blocks': []}
            chapters.append(cur)
        elif cur is not None:
            cur['blocks'].append(b)
    if len(chapters) != 7:
        problems.append('expected 7 chapters, got %d' % len(chapters))
    for ch in chapters:
        bl = ch['blocks']
        idx = next((i for i, b in enumerate(bl) if b['type'] == 'heading' and b['line'] == '注释：'), None)
        if ch['title'].startswith('第五章'):
            if idx is not None:
                problems.append('第五章 should have no 注释： block')
            body = bl
            notes_paras = [b for b in bl if b['type'] == 'text' and b['line'].startswith('注：')]
            if len(notes_paras) != 1:
                problems.append('第五章 needs exactly one 注： paragraph')
                continue
            n = notes_paras[0]
            j = bl.index(n)
            if j == 0 or bl[j - 1]['type'] != 'table' or bl[j - 1]['clause'] != n['clause']:
                problems.append('注： paragraph not right after a table of its clause')
            note_nums = re.findall('[%s]' % CIRCLED, n['line'])
            body = [b for b in bl if b is not n]
        else:
            if idx is None:
                problems.append('%s has no 注释： heading' % ch['title'])
                continue
            if idx != max(i for i, b in enumerate(bl) if b['type'] == 'heading'):
                problems.append('%s: 注释： is not the last heading' % ch['title'])
            notes = bl[idx + 1:]
            if any(b['clause'] is not None or b['type'] != 'text' for b in notes):
                problems.append('%s: a note is labelled or not a paragraph' % ch['title'])
            note_nums = [b['line'][0] for b in notes]
            if any(b['line'][1] != ' ' for b in notes):
                problems.append('%s: note not "① text"' % ch['title'])
            body = bl[:idx]
        if note_nums != list(CIRCLED[:len(note_nums)]):
            problems.append('%s: notes not numbered ①… from 1: %s' % (ch['title'], ''.join(note_nums)))
        used = []
        for b in body:
            if b['type'] != 'heading':
                used += re.findall('[%s]' % CIRCLED, b['line'])
        if used != note_nums:
            problems.append('%s: markers %s vs notes %s' % (ch['title'], ''.join(used), ''.join(note_nums)))
    body = [b for b in blocks if b['type'] != 'heading']
    # 5.4.4: no year before 2022 except in the sentence that says why it is not given
    ch4 = next(c for c in chapters if c['title'].startswith('第四章'))
    for b in body:
        if b['clause'] == '5.4.4' or (b in ch4['blocks'] and b['clause'] is None):
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列出' not in sent:
                    problems.append('5.4.4 mentions an earlier year: ' + sent[:40])
    # 5.3.4: no competitor or benchmark names
    for b in body:
        if b['clause'] == '5.3.4' and re.search('锷泷|镔湄|瑽辀|协作会', b['line']):
            problems.append('5.3.4 names a competitor, benchmark or the industry body')
    # 5.7.4: the 2023 drop of 车轴超声探伤一次合格率 appears only in the table (and not in the notes)
    for b in body:
        if b['type'] == 'text' and (b['clause'] == '5.7.4' or b in chapters[-1]['blocks']) and '车轴超声' in b['line']:
            problems.append('text mentions 车轴超声探伤一次合格率')
    # ordinal trap: 第五章 has 一、 = 5.5.2 and 二、 = 5.5.4
    heads = [b for b in blocks if b['type'] == 'heading']
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('第五章'))
    if not (heads[i + 1]['line'].startswith('一、') and heads[i + 1]['clause'] == '5.5.2'
            and heads[i + 2]['line'].startswith('二、') and heads[i + 2]['clause'] == '5.5.4'
            and heads[i + 3]['line'].startswith('第六章')):
        problems.append('ordinal trap under 第五章 not as planned')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
