#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-runin-tags from source.txt.

A Shenzhen private smart-lock and home-security device maker, 深圳市珰溁智能安防科技有限公司 (made up; brand
珰溁, IoT platform and app 溁家; its competitors 中山滘栎锁业有限公司 and 杭州琲岙安防科技股份有限公司, its
benchmark 苏州珷淩智能安防集团, the survey firm 浼珂市场研究, the 深圳澜琤理工大学 and the 湾区智能锁具互联互通工作组
are made up too; 1,046 staff), written by its 总裁办公室 in a brisk voice (short sentences: 先说……、……靠……、
……要快).

Layout: NO ITEM HEADINGS, EVERY PARAGRAPH OPENS WITH A RUN-IN CLAUSE TAG, as applicants do when the
secretariat asks them to mark each paragraph with its clause.
- Markdown. ``#`` title, a cover block and an 编写说明 paragraph explaining the tags (front matter, ``@P -``).
- ``## 企业概况`` (= 0) with ordinary prose paragraphs (no tags); chapters ``## 一、领导`` … ``## 六、高质量的运营``
  (labelled 1 … 6). No ``###`` headings at all.
- Below a chapter each paragraph opens with a tag naming its clause, written inconsistently: ``【1.1】``,
  ``1.1：``, ``（1.2）``, ``(1.2) ``, ``〔1.2〕``, ``[2.1] ``, ``（2.1）``, ``〔2.2〕``, ``条款2.2——``, ``〔3.1〕``,
  ``条款4.1——``, ``【4.1】``, ``(5.1) ``, ``条款5.3——``, ``5.2：``, ``6.1：`` …; 10 paragraphs carry no tag and
  continue the previous paragraph's clause (two of them right after a table: 1.3, 4.3), and the misplaced
  paragraph carries none either.
- Two paragraphs carry two clauses: ``【2.2/2.3】`` (labelled 2.2, it is about cascading and monitoring the plan)
  and ``〔6.1、6.2〕`` (labelled 6.2, quality policy, 首席质量官, quality targets).
- Every table follows its paragraph and has a caption line ``表n-1 …`` (part of the table block).
- Results: 表1-1, 表3-1, 表4-1 years as columns with ``滘栎锁业（2023年）`` / ``琲岙安防（2023年）`` /
  ``行业平均（2023年）`` columns; 表2-1 years as rows with ``滘栎锁业（2023年）`` / ``行业平均（2023年）`` rows;
  prose series (``三年分别为……``), rankings (品牌影响力榜 第6→第5→第4, 东南亚 第9→第5→第3), a narrowing gap to
  the benchmark 珷淩集团 (2.3).

Planted defects:
- 4.2 人力资源开发 missing everywhere (no training, learning, development paths, promotion, mentoring,
  empowerment, participation or new organisational forms). ``## 四、以人为本`` has five 4.1 paragraphs
  (``条款4.1——`` twice, ``【4.1】``, ``4.1：``, one untagged) and then ``（4.3）``: the paragraph after the gap carries the next clause's
  tag, so there is no ordinal trap. The string ``4.2`` does not occur in the report.
- 6.3 has 2022-2023 only (表6-1 and the prose); 2021 appears only in the sentence saying the manual counting
  before 2022 is not comparable (``不予列示``). It has 琲岙安防 / 行业平均 columns and a ranking.
- 5.3 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns (no competitor, industry, benchmark or
  ranking).
- 3.3 电商平台好评率 98.4 -> 98.7 -> 97.6 %, below 滘栎锁业 98.5, 琲岙安防 98.2 and 行业平均 98.0, only in
  表3-1 (unexplained). 1.3 营业收入增长率 / 净利润 / 销售净利率 (2022) and 4.3 员工满意度 (2022) are explained.
- One 1.2 paragraph (数据合规: 首席数据合规官 reporting to the 审计与风险委员会, external compliance audit,
  rectification in the executives' appraisal) sits untagged in ``## 六、高质量的运营`` right after the untagged
  6.1 continuation paragraph (misplaced, under 6).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-runin-tags/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['4.2'],
    'results_lacking_three_years': ['6.3'],
    'results_lacking_comparison': ['5.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3'],
    # 4.2 人力资源开发 must be absent everywhere: no training or learning system, no development or promotion
    # paths, no mentoring, no empowerment, no participation in management, no new organisational forms.
    'forbidden_words': ['培训', '培养', '学习', '赋能', '职业发展', '职业通道', '晋升', '导师', '带教', '师徒',
                        '课程', '学院', '讲师', '技能', '能力提升', '轮岗', '双通道', '任职资格', '自主管理',
                        '员工参与', '参与管理', '成长', '内训', '人本', '合伙人', '阿米巴', '自主经营', '内部创业',
                        '创客', '人才发展', '人才梯队', '敏捷组织', '授权员工', '合理化建议', '4.2'],
    'unfavourable_results': [
        {'clause': '3.3',
         'indicator': '电商平台好评率（98.4%→98.7%→97.6%，2023年下降，低于滘栎锁业98.5%、琲岙安防98.2%和'
                      '行业平均98.0%；只在表3-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '营业收入增长率、净利润、销售净利率（2022年由18.3%、1.12亿元、8.9%降至'
                                       '4.0%、0.86亿元、6.6%）', 'explained': True},
        {'clause': '4.3', 'indicator': '员工满意度（2022年由80.2分降至77.9分）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营智能门锁与家庭安防设备企业（深圳市珰溁智能安防科技有限公司不存在；品牌珰溁、'
        '物联网平台和应用“溁家”、竞争对手中山滘栎锁业有限公司和杭州琲岙安防科技股份有限公司、标杆苏州珷淩智能安防集团、'
        '调研机构浼珂市场研究、深圳澜琤理工大学、湾区智能锁具互联互通工作组均为虚构，人名、数字和荣誉都是编的），'
        '员工1,046人。总裁办公室执笔，干脆利落的口吻。版式是本样本的重点：没有条目标题，每段段首用条款号标注它回答的条款，'
        '像秘书处要求“逐段标注条款”时申报单位的做法。Markdown；“#”标题、封面信息块和一段说明标注规则的“编写说明”（@P -）；'
        '“## 企业概况”（标0）下是普通段落；“## 一、领导”…“## 六、高质量的运营”（标1…6），没有“###”。章下每段以条款标签开头，'
        '写法不统一：【1.1】、（1.2）、(1.2)、1.3：、[2.1]、〔2.2〕、条款4.1——、5.2：、6.1：等；10段没有标签，承接上一段的条款（其中1.3、4.3两段紧跟表格），错放段也没有标签。'
        '两段标了两个条款：【2.2/2.3】标2.2（讲目标分解和监控），〔6.1、6.2〕标6.2（质量方针、首席质量官、质量目标）。'
        '每张表紧随其段落，表题行“表n-1 ……”属于表格块。结果：表1-1、表3-1、表4-1年份为列，带“滘栎锁业（2023年）”'
        '“琲岙安防（2023年）”“行业平均（2023年）”列；表2-1年份为行，带“滘栎锁业（2023年）”“行业平均（2023年）”行；'
        '另有“三年分别为……”的文字序列、排名（品牌影响力榜第6、第5、第4位；东南亚电商销量第9、第5、第3位）和2.3中与'
        '珷淩集团逐年缩小的差距（不列为不利结果）。'
        '刻意缺陷：4.2 人力资源开发整条缺失（全文没有培训、学习、职业发展与晋升通道、导师、员工赋能、员工参与管理或新型组织），'
        '“四、以人为本”下五段都是4.1（两段“条款4.1——”、“【4.1】”“4.1：”各一段、一段无标签），随后是“（4.3）”；缺口之后的段落带下一条款的标签，'
        '没有序号陷阱，报告中也没有出现“4.2”。6.3 只有2022年和2023年（表6-1和正文），2021年只出现在说明2022年前为手工统计、'
        '口径不可比、“不予列示”的句子里，有琲岙安防和行业平均对比列以及服务时效测评名次。5.3 有2021—2023年三年数据，'
        '但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、标杆或排名对比。不利结果：3.3 电商平台好评率'
        '98.4%、98.7%、97.6%，2023年下降，低于滘栎锁业98.5%、琲岙安防98.2%和行业平均98.0%，只在表3-1中，正文没有解释；'
        '1.3 2022年营业收入增速、净利润、销售净利率下降（已解释：芯片和电池涨价未提价、地产客户回款风险计提坏账）；'
        '4.3 2022年员工满意度下降（已解释：制造基地搬迁、通勤和公寓过渡）。员工主动流失率、开箱不良率、存货周转天数、'
        '成本费用率、资产负债率越低越好，下降是有利结果。一段回答1.2的段落（数据合规：首席数据合规官向审计与风险委员会报告、'
        '外部合规审计、整改纳入高管考核）没有标签，放在“六、高质量的运营”中6.1的无标签续段之后（misplaced，under 6）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

# a run-in clause tag at the start of a paragraph; group 1 holds the clause number(s)
TAG = re.compile(r'^(?:【([\d.／/、]+)】|（([\d.]+)）|\((\d\.\d)\) |\[([\d./]+)\] |〔([\d.、／/]+)〕'
                 r'|条款(\d\.\d)——|(\d\.\d)：)')


def tag_clauses(line):
    m = TAG.match(line)
    if not m:
        return None
    raw = next(g for g in m.groups() if g)
    return re.split(r'[／/、]', raw)


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    if any(h['line'].startswith('###') for h in heads):
        problems.append('item headings found')
    if [h['clause'] for h in heads] != [None, '0', '1', '2', '3', '4', '5', '6']:
        problems.append('headings are not title, profile and six chapters')
    chapter, prev, untagged, dual = None, None, 0, 0
    for b in blocks:
        if b['type'] == 'heading':
            chapter, prev = b['clause'], None
            continue
        if chapter in (None, '0'):
            if b['type'] == 'text' and tag_clauses(b['line']):
                problems.append('tag in front matter or profile: ' + b['line'][:20])
            prev = b
            continue
        if b['type'] == 'table':
            if not b['line'].startswith('表') or prev is None or prev['clause'] != b['clause']:
                problems.append('table not captioned or not after its paragraph: ' + b['line'][:20])
            prev = b
            continue
        tags = tag_clauses(b['line'])
        if b.get('misplaced_under'):
            if tags or prev is None or prev['clause'] != '6.1' or b['misplaced_under'] != chapter:
                problems.append('misplaced paragraph not an untagged follow-up of 6.1')
        elif tags is None:
            untagged += 1
            if prev is None or prev['clause'] != b['clause']:
                problems.append('untagged paragraph does not continue its clause: ' + b['line'][:20])
        else:
            if b['clause'] not in tags or not b['clause'].startswith(chapter + '.'):
                problems.append('tag %s does not fit label %s' % (tags, b['clause']))
            dual += len(tags) == 2
        prev = b
    if dual != 2:
        problems.append('expected 2 dual-tagged paragraphs, got %d' % dual)
    if untagged < 5:
        problems.append('too few untagged paragraphs: %d' % untagged)
    body = [b for b in blocks if b['type'] != 'heading']
    # 6.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '6.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('6.3 mentions an earlier year: ' + sent[:40])
    # 3.3: the 2023 drop of 好评率 appears only in the table
    for b in body:
        if b['clause'] == '3.3' and b['type'] == 'text' and '好评' in b['line']:
            problems.append('3.3 text mentions 好评率')
    # 5.3: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '5.3' and re.search('滘栎|琲岙|珷淩|浼珂', b['line']):
            problems.append('5.3 names a competitor or benchmark')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
