#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-trailing-tags from source.txt.

A Shenzhen private port-logistics and customs-brokerage service company, 深圳市琞洊港航通关服务有限公司
(琞洊港通, made up; its peers 深圳市溙屺报关物流有限公司 and 广州市瑮滈国际货运代理有限公司, its benchmark
上海琁湠口岸物流集团, the survey firm 深圳市珸潟市场调查有限公司 and the 深港口岸关务服务协作会 are made up too;
1,726 staff), written by its 综合管理部 in a plain, compliance-minded voice (海关高级认证, 如实申报, 删改单率,
两步申报, 单一窗口, 提柜, 查验, 外协车队).

Layout: HEADINGS WITHOUT NUMBERS, CLAUSE REFERENCES AT THE END OF PARAGRAPHS.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph that explains the
  trailing tags (front matter, ``@P -``).
- ``企业简介`` (= 0, level 1), plain paragraphs, three of them tagged ``（对应简介）``.
- Two heading levels only, no numbers anywhere in headings and no tags in headings: category-like
  (level 1: ``以客户为中心的领导体系`` = 1, ``让每一票货顺畅通关的运行体系`` = 2, ``高绩效结果`` = 3) and
  leaf-like (level 2), mostly in the company's own words (``带出一支守规矩、肯吃苦的关务队伍`` = 1.1.2,
  ``对标一流，把规划落到每一票货`` = 1.2.1, ``管得住、保得牢`` = 1.2.2 …); ``过程优化`` and ``示范效应`` (and the
  category ``高绩效结果``) are the standard's titles. There is no item level (1.1, 1.2 …).
- Almost every body paragraph ends with the clause it answers, in varied forms: ``（对应条款2.2.1）``,
  ``【1.2.2】``, ``——对应标准2.3.2``, ``（对应1.2.2）``, ``(2.2.2)``, ``〔条款2.1.2〕``, ``（对应标准3）`` (the
  intro under 高绩效结果, labelled 3); one paragraph answers two leaves, ``(2.1.2、2.2.1)``, and is labelled
  with the first. Two table captions carry a tag (``表3-1 合规与队伍建设指标（对应3.1.1）``). Ten text
  paragraphs (four in the profile, six in the body) and three tables carry no tag (labelled by content).
  Tags are always correct.
- Results (category 3): 表3-1 years as columns with two peers and 行业平均（2023年）; 表3-2 years as rows with
  peer and 行业平均 rows; 表3-3 years as columns (2022/2023 only) with peer / 行业平均 columns; 表3-4 with a
  ``2023年目标值`` and a ``2025年规划目标`` column; prose series, rankings (协作会 评价 第五/第三/第二), ``· `` bullets
  in 示范效应.

Planted defects:
- 1.1.1 确定方向 missing everywhere: no mission, vision, values, culture, service philosophy, leaders'
  example or culture activities, anywhere (forbidden_words); no paragraph is tagged 1.1.1. The first leaf
  heading under ``以客户为中心的领导体系`` answers 1.1.2 (positional trap: it sits where 1.1.1 would be).
- 3.2.1 has 2022-2023 only (表3-3); 2021 appears only in the sentence saying that the older hand-counted
  figures are not comparable and ``不再列示``. It has 溙屺报关 / 瑮滈货代 / 行业平均 columns and a ranking.
- 3.2.2 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` and 年度目标 (no peer, industry,
  benchmark or ranking comparison).
- Unfavourable results: 3.1.1 员工满意度 86.4 -> 87.1 -> 85.9, falls in 2023 and is below 溙屺报关 86.8,
  瑮滈货代 86.5 and 行业平均 86.2, only in 表3-1 (unexplained); 3.1.2 营业收入 / 净利润 / 销售净利率 fall in 2022
  (explained: weaker exports, fuel prices, closed-loop driver management); 3.2.1 查验货物平均提离时长 rises in
  2023 (lower is better; explained: higher inspection ratio, 大铲湾 inspection site rebuilt).
  Falling 删改单率, 流失率, 投诉, 成本 are favourable.
- One 2.1.2 paragraph (合作方服务协议、联席会、外协车队评级) sits at the end of ``把新办法落到码头和单证室``
  (2.3.2); it carries its true tag ``【2.1.2】`` and is labelled 2.1.2 (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-trailing-tags/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['1.1.1'],
    'results_lacking_three_years': ['3.2.1'],
    'results_lacking_comparison': ['3.2.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.2.2'],
    # 1.1.1 确定方向 must be absent everywhere: no mission, vision, values, culture or philosophy, no
    # leaders setting an example for them, no culture activities, no direction-setting statement.
    'forbidden_words': ['使命', '愿景', '价值观', '价值理念', '价值取向', '价值体系', '核心价值', '理念', '宗旨',
                        '文化', '为民', '清廉', '垂范', '以身作则', '率先垂范', '精神', '发展方向', '初心',
                        '口号', '信条', '哲学', '企业形象', '认同'],
    'unfavourable_results': [
        {'clause': '3.1.1',
         'indicator': '员工满意度（86.4→87.1→85.9分，2023年下降，低于溙屺报关86.8、瑮滈货代86.5和行业平均86.2；'
                      '只在表3-1中）',
         'explained': False},
        {'clause': '3.1.2',
         'indicator': '营业收入、净利润、销售净利率（2022年由11.8亿元、0.86亿元、7.3%降至11.2亿元、0.71亿元、6.3%）',
         'explained': True},
        {'clause': '3.2.1',
         'indicator': '查验货物平均提离时长（越低越好；2023年由17.8小时升至19.6小时）',
         'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳民营港口物流和报关服务企业（深圳市琞洊港航通关服务有限公司不存在；同行深圳市溙屺报关物流'
        '有限公司和广州市瑮滈国际货运代理有限公司、标杆上海琁湠口岸物流集团、调查机构深圳市珸潟市场调查有限公司、'
        '深港口岸关务服务协作会均为虚构，人名、数字和奖项都是编的），员工1,726人。综合管理部执笔，平实、重合规的口吻。'
        '版式是本样本的重点：标题不带编号，条款号写在段末。纯文本，无#；两行标题（level 0）、封面信息块和说明段末标注规则的'
        '“编写说明”（@P -）；“企业简介”（level 1，标0），其中三段末尾标“（对应简介）”。标题只有两级、都不带编号和条款号：'
        '类目级（level 1：以客户为中心的领导体系=1、让每一票货顺畅通关的运行体系=2、高绩效结果=3）和叶条款级（level 2），'
        '多数用公司自己的话（带出一支守规矩、肯吃苦的关务队伍=1.1.2、对标一流，把规划落到每一票货=1.2.1、管得住、保得牢=1.2.2、'
        '从客户的一票货出发设计服务=2.1.1、关务、堆场、运输连成一张网=2.1.2、用数据说话的目标管理=2.2.1、创新从哪里来=2.3.1、'
        '把新办法落到码头和单证室=2.3.2、合规经营与队伍成长=3.1.1、规划目标与经营成果=3.1.2、通关与物流服务水平=3.2.1、'
        '客户怎么评价我们=3.2.2、创新带来的变化=3.3.1），“过程优化”“示范效应”和类目“高绩效结果”用准则原标题；没有1.1、1.2这一级。'
        '大多数正文段落末尾注明所对应的条款，写法不一：“（对应条款2.2.1）”“【1.2.2】”“——对应标准2.3.2”“（对应1.2.2）”'
        '“(2.2.2)”“〔条款2.1.2〕”，“高绩效结果”下的引言标“（对应标准3）”（标3）；一段同时回应两条写作“(2.1.2、2.2.1)”，'
        '标第一个；两张表的表题带条款号。十段文字（简介四段、正文六段）和三张表没有标注，按内容标注。标注都正确。结果：表3-1以年份为列、带两家同行和'
        '“行业平均（2023年）”列；表3-2以年份为行、带同行和行业平均行；表3-3以年份为列（只有2022、2023年）；表3-4带'
        '“2023年目标值”“2025年规划目标”列；正文年份序列、协作会评价排名、示范效应用“· ”条目。'
        '刻意缺陷：1.1.1 确定方向整条缺失（全文没有使命、愿景、价值观、文化、理念、领导示范或文化活动，forbidden_words），'
        '没有任何段落标注1.1.1；“以客户为中心的领导体系”下第一个叶标题回答1.1.2（位置陷阱）。3.2.1 只有2022年和2023年'
        '（表3-3；2021年只出现在说明此前为手工统计、口径不同“不再列示”的句子里），有溙屺报关、瑮滈货代、行业平均列和排名。'
        '3.2.2 有2021—2023年三年数据，但只有年度目标、“2023年目标值”“2025年规划目标”，没有同行、行业、标杆或排名对比。'
        '不利结果：3.1.1 员工满意度86.4、87.1、85.9分，2023年下降，低于溙屺报关86.8、瑮滈货代86.5和行业平均86.2，'
        '只出现在表3-1中，正文没有提及或解释；3.1.2 营业收入、净利润、销售净利率2022年回落（已解释：外需收缩、出口重箱量下降、'
        '柴油涨价、司机闭环管理支出）；3.2.1 查验货物平均提离时长（越低越好）2023年由17.8小时升至19.6小时（已解释：'
        '海关提高布控查验比例、大铲湾查验场地改造）。删改单率、流失率、万票有效投诉、单票成本、能耗越低越好，下降是有利结果；'
        '与琁湠集团一体化收入占比的差距逐年缩小（不列为不利结果）。一段回答2.1.2（与合作方签订服务协议、联席会、外协车队评级）'
        '的段落放在“把新办法落到码头和单证室”（2.3.2）之末，段末标注“【2.1.2】”，标2.1.2（misplaced）。'
        '深圳标准未规定简介字数，profile_over_limit 为 false。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

ID = r'\d(?:\.\d){0,2}'
TAG = re.compile(r'(?:（对应(?:条款|标准)?|【|\(|〔条款|——对应标准)(简介|%s)(?:、(%s))?(?:）|】|\)|〕)?$' % (ID, ID))


def tag_of(block):
    """The clause ids named by the trailing tag of a paragraph (or of a table's caption), or None."""
    line = block['line'].split('\n')[0] if block['type'] == 'table' else block['line']
    m = TAG.search(line.strip())
    if not m:
        return None
    first = '0' if m.group(1) == '简介' else m.group(1)
    return [first] + ([m.group(2)] if m.group(2) else [])


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading' and b['clause'] is not None]
    heads = [b for b in blocks if b['type'] == 'heading']
    # headings: no digits, no tags, only levels 0-2
    for h in heads:
        if re.search(r'[0-9０-９]', h['line']) or TAG.search(h['line']) or h['level'] > 2:
            problems.append('heading carries a number, a tag or a deep level: ' + h['line'])
    # trailing tags: always the paragraph's own clause (the first of a dual tag); enough untagged paragraphs
    untagged, forms = 0, set()
    for b in body:
        t = tag_of(b)
        if t is None:
            untagged += 1
            continue
        forms.add(re.sub(r'[\d.、]|简介', '', TAG.search((b['line'].split('\n')[0] if b['type'] == 'table'
                                                         else b['line']).strip()).group(0)))
        if t[0] != b['clause']:
            problems.append('tag %s on a %s paragraph: %s' % (t, b['clause'], b['line'][:20]))
        if '1.1.1' in t:
            problems.append('a paragraph is tagged with the missing 1.1.1')
        if b.get('misplaced_under') and t[0] == b['misplaced_under']:
            problems.append('misplaced paragraph tagged with its heading clause')
    if untagged < 6:
        problems.append('only %d untagged paragraphs' % untagged)
    if len(forms) < 6:
        problems.append('only %d tag forms: %s' % (len(forms), forms))
    if not any(t and len(t) == 2 for t in map(tag_of, body)):
        problems.append('no dual tag')
    if '1.1.1' in ''.join(b['line'] for b in blocks):
        problems.append('1.1.1 named somewhere')
    # positional trap: the first leaf heading under category 1 answers 1.1.2
    i = next(i for i, h in enumerate(heads) if h['clause'] == '1')
    if heads[i + 1]['clause'] != '1.1.2':
        problems.append('first leaf heading under category 1 is not 1.1.2')
    # 3.2.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.2.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.2.1 mentions an earlier year: ' + sent[:40])
    # 3.1.1: 员工满意度 only in the table
    for b in body:
        if b['clause'] == '3.1.1' and b['type'] == 'text' and '满意' in b['line']:
            problems.append('3.1.1 text mentions 满意度')
    # 3.2.2: no peer, benchmark or association names
    for b in body:
        if b['clause'] == '3.2.2' and re.search('溙屺|瑮滈|琁湠|协作会', b['line']):
            problems.append('3.2.2 names a peer, benchmark or the association')
    # the misplaced 2.1.2 paragraph is the last block under the 2.3.2 heading
    k = next(k for k, b in enumerate(blocks) if b['type'] == 'heading' and b['clause'] == '2.3.2')
    j = next(m for m in range(k + 1, len(blocks)) if blocks[m]['type'] == 'heading')
    if blocks[j - 1].get('misplaced_under') != '2.3.2' or blocks[j - 1]['clause'] != '2.1.2':
        problems.append('misplaced 2.1.2 paragraph not at the end of 2.3.2')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
