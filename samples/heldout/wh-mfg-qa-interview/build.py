#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-qa-interview from source.txt.

A Wuhan private maker of agricultural-machinery drivetrain components, 武汉滠璟农机传动股份有限公司 (made up;
tractor / harvester gearboxes and PTO / cardan shafts, 1,036 staff, plants in 黄陂 and 东西湖), with its
competitors 潍坊瑧岱传动机械有限公司 and 常州璈湜传动科技股份有限公司, its benchmark 洛阳瑔崟重型传动集团, the survey
firm 珝澐市场研究有限公司 and the 农机传动部件行业协作组 (all made up). People are surname + 某.

Layout: A QUESTION-AND-ANSWER TRANSCRIPT (访谈实录) of the self-assessment interview.
- Plain text, no ``#``. Two title lines (level 0, clause null), a cover block and a ``访谈说明：`` paragraph
  (front matter, ``@P -``).
- Chapters as plain lines ``一、组织环境`` (= 5.1) … ``七、质量提升`` (= 5.7), level 1, numbered by position.
- NO item headings. Each item is a run of turns: a question paragraph ``问：……？`` (the interviewer's own
  paraphrase of the item), 1-4 answers ``答（总经理 郜某）：……`` / ``答（质量部 甘某）：……``, sometimes
  ``追问：……`` and its answer. Questions, follow-ups and answers carry the item's clause.
- One transcriber's note ``（本部分由……主答……）`` under 五、 (= 5.5, category intro).
- Results: figures in speech (``2021年…，2022年…，去年…``, ``去年214家，前年196家，再往前一年178家``) and tables
  the interviewer attached afterwards (caption ``附表n-1 …``; years as columns with ``瑧岱传动（2023年）`` /
  ``瑔崟集团（2023年）`` / ``行业平均（2023年）`` columns; 附表3-1 with years as rows plus a target row and a
  competitor row; rankings).

Planted defects:
- 5.3.2 战略制定 missing everywhere (no environment analysis, SWOT, positioning, setting of strategic goals or
  initiatives). ``三、战略发展`` opens directly with the 5.3.3 question (how the existing 三年规划 is broken
  down into yearly work): ordinal / position trap.
- 5.6.4 has 2022-2023 only (附表6-1 and speech); 2021 appears only in the sentence saying the R&D statistics
  changed in 2022 and the older figures are 不可比、不列. Comparisons: 瑧岱传动 / 璈湜传动 / 行业平均.
- 5.5.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` (no competitor, industry, benchmark
  or ranking).
- 5.4.4 主机厂顾客满意度 92.4 -> 93.1 -> 91.7, below 瑧岱传动 92.5 and 行业平均 92.0, only in 附表4-1
  (unexplained; the 5.4.4 speech never mentions 满意度). Explained: 5.2.4 净利润 / 销售净利率 2022 dip
  (steel price, price-link lag) and 5.7.4 PTO轴三包期故障率 2022 rise (oil-seal batch of a new shaft).
- One 5.4.3 paragraph (trademark protection: 商标注册, 仿冒查处, 电商监测) is an answer of 法务部 in the
  知识产权 follow-up of 5.6.3, under ``六、创新驱动`` (``misplaced``, under 5.6).

Run: /work/main/.venv/bin/python samples/heldout/wh-mfg-qa-interview/build.py
"""

import os
import re
import sys

ALL = ['5.1',
       '5.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4',
       '5.3', '5.3.1', '5.3.2', '5.3.3', '5.3.4',
       '5.4', '5.4.1', '5.4.2', '5.4.3', '5.4.4',
       '5.5', '5.5.1', '5.5.2', '5.5.3', '5.5.4',
       '5.6', '5.6.1', '5.6.2', '5.6.3', '5.6.4',
       '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4']

META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit (the application form's 3,000 字 is not labelled)
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2 and not c.endswith('.1')],
    'expected_missing': ['5.3.2'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.5.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.5.4'],
    # 5.3.2 战略制定 must be absent everywhere: no analysis of the environment or of strengths and weaknesses
    # as strategy input, no positioning, no setting of strategic goals or initiatives.
    'forbidden_words': ['SWOT', 'PEST', '战略分析', '环境分析', '战略定位', '战略制定', '制定战略', '制定规划',
                        '规划制定', '编制规划', '规划编制', '规划的编制', '规划的制定', '战略研讨', '战略举措',
                        '战略机会', '战略目标', '战略方向', '宏观环境', '五力', '优势劣势', '优劣势',
                        '规划是怎么', '怎么定的规划', '定规划'],
    'unfavourable_results': [
        {'clause': '5.4.4',
         'indicator': '主机厂顾客满意度（92.4→93.1→91.7分，2023年下降，低于瑧岱传动92.5分和行业平均92.0分；只在附表4-1中）',
         'explained': False},
        {'clause': '5.2.4', 'indicator': '净利润、销售净利率（2022年由4,120万元、5.9%降至3,380万元、4.6%）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': 'PTO轴三包期故障率（2022年由0.42%升至0.51%）', 'explained': True},
    ],
    'notes': (
        '武汉制造类，虚构的武汉民营农机传动件企业（武汉滠璟农机传动股份有限公司不存在；竞争对手潍坊瑧岱传动机械有限公司、'
        '常州璈湜传动科技股份有限公司，标杆洛阳瑔崟重型传动集团，调查机构珝澐市场研究有限公司，农机传动部件行业协作组均为虚构，'
        '人名均为“姓+某”，数字和奖项都是编的），主营拖拉机和收获机变速箱、PTO轴/万向传动轴，员工1,036人，黄陂本部和东西湖分厂。'
        '口吻是总经理和部门负责人在自评访谈中的口语回答。版式是本样本的重点：问答式访谈实录。纯文本，没有#；两行标题（level 0，'
        'clause为null），封面信息块和一段“访谈说明：”（@P -）；章为纯文本行“一、组织环境”（=5.1）…“七、质量提升”（=5.7），'
        '按位置编号（level 1）；没有任何条款标题，每个条款是一组问答：“问：……？”（顾问用自己的话转述条款要点），随后1—4段'
        '“答（总经理 郜某）：……”“答（质量部 甘某）：……”，有时有“追问：……”及其回答，问、追问和答都标该条款。五、下有一段'
        '整理者说明“（本部分由……主答……）”，标5.5。结果以口语报数（“2021年……，2022年……，去年……”“去年214家，前年196家，'
        '再往前一年178家”）为主，部分回答后附访谈后补充的表（表题“附表n-1 ……”；年份为列，带“瑧岱传动（2023年）”'
        '“瑔崟集团（2023年）”“行业平均（2023年）”等列；附表3-1年份为行，另有规划目标行和竞争对手行；有排名）。'
        '刻意缺陷：5.3.2 战略制定整条缺失（全文没有环境分析、SWOT、战略定位、战略目标和举措的确定），“三、战略发展”下第一个'
        '问题就是5.3.3（已有三年规划如何拆成年度计划），位置陷阱。5.6.4 只有2022年和2023年两年（2021年只出现在说明2022年起'
        '统计口径改变、此前数据不可比“不列”的句子里），有瑧岱传动、璈湜传动和行业平均对比。5.5.4 有2021—2023年三年数据，'
        '但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。不利结果：5.4.4 主机厂顾客满意度'
        '92.4、93.1、91.7分，2023年下降，低于瑧岱传动92.5分和行业平均92.0分，只出现在附表4-1中，口语回答没有提及或解释；'
        '5.2.4 净利润和销售净利率2022年下降（已解释：齿轮钢涨价、价格联动滞后半年），与瑔崟集团在规模、净利率和负债率上的差距'
        '也已解释（规模、集中采购议价）；5.7.4 PTO轴三包期故障率2022年上升（已解释：新上大角度等速PTO轴一批十字轴油封漏油，'
        '改密封结构后下降），台架一次通过率低于瑔崟0.4个百分点也已说明原因。一段回答5.4.3（商标注册、仿冒查处、电商平台监测）'
        '的法务部回答放在“六、创新驱动”5.6.3知识产权追问之后（misplaced，位于5.6之下）。其他结果：流失率、工伤率、故障率、'
        '不良PPM、能耗、资产负债率越低越好，下降是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

TURN = re.compile(r'^(问：|追问：|答（[^）]{2,12} [^）]{1,3}某）：)')


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # plain text, chapter headings only: 一、…七、 with the Wuhan category ids, no item headings
    chapters = [h for h in heads if h['level'] == 1]
    want = ['一、组织环境', '二、领导作用', '三、战略发展', '四、品牌影响', '五、员工契合', '六、创新驱动', '七、质量提升']
    if [h['line'] for h in chapters] != want or [h['clause'] for h in chapters] != ['5.%d' % i for i in range(1, 8)]:
        problems.append('chapter headings not as planned')
    if any(h['level'] > 1 for h in heads):
        problems.append('item headings present')
    for b in blocks:
        if b['line'].lstrip().startswith('#'):
            problems.append('markdown heading: ' + b['line'][:20])
    # every labelled text block is a turn (问/追问/答) or the one transcriber's note; tables are 附表
    for b in body:
        if b['clause'] is None:
            continue
        if b['type'] == 'table':
            if not re.match(r'附表\d-1 ', b['line']):
                problems.append('table caption not 附表n-1: ' + b['line'][:20])
        elif not TURN.match(b['line']) and not (b['clause'] == '5.5' and b['line'].startswith('（本部分')):
            problems.append('not a turn: ' + b['line'][:20])
        if b['line'].startswith(('问：', '追问：')) and not b['line'].endswith('？'):
            problems.append('question without ？: ' + b['line'][:20])
    # every question is followed by at least one answer of the same clause
    for i, b in enumerate(blocks):
        if b['type'] == 'text' and b['line'].startswith(('问：', '追问：')):
            nxt = blocks[i + 1]
            if not (nxt['line'].startswith('答（') and nxt['clause'] == b['clause']):
                problems.append('question not followed by its answer: ' + b['line'][:20])
    # ordinal / position trap: the first turn under 三、 is a 5.3.3 question
    idx = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'] == '三、战略发展')
    if not (blocks[idx + 1]['clause'] == '5.3.3' and blocks[idx + 1]['line'].startswith('问：')):
        problems.append('position trap under 三、 not as planned')
    # 5.6.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.6.4':
            for sent in re.split(r'(?<=[。；])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不列' not in sent:
                    problems.append('5.6.4 mentions an earlier year: ' + sent[:40])
    # 5.4.4: the 满意度 drop appears only in the table
    for b in body:
        if b['clause'] == '5.4.4' and b['type'] == 'text' and '满意' in b['line']:
            problems.append('5.4.4 text mentions 满意度')
    # 5.5.4: no competitor, benchmark or association names
    for b in body:
        if b['clause'] == '5.5.4' and re.search('瑧岱|璈湜|瑔崟|协作组|珝澐', b['line']):
            problems.append('5.5.4 names a comparison source')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
