#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-svc-zhangjie-inline-results from source.txt.

A Wuhan municipal state-owned sports-venue and fitness-services operator, 武汉珽濬体育场馆运营有限公司 (made up;
its parent 武汉瑭沚文体发展集团有限公司, its peers 长沙瑀潼体育产业集团有限公司 and 合肥琭湛体育发展有限公司, its
benchmark 杭州瓈澔体育服务集团, the survey firm 武汉湲琛市场调查有限公司 and the 中部六省体育场馆运营协作会 are made
up too; 912 staff, 14 venues), written by its 党群工作部 and 运营管理部 in a lively voice with slogans
(“场馆亮起来、市民动起来、服务优起来”, “党建红引领运动绿”, “让江城动起来”).

Layout: CHAPTERS AND SECTIONS (章/节), RESULTS WRITTEN WHERE THE PROCESSES ARE.
- Markdown. A ``#`` title (level 0), a cover block and a ``写在前面：`` paragraph (front matter, ``@P -``).
- Chapters ``## 第一章 组织环境`` (= 5.1) … ``## 第七章 质量提升与成效`` (= 5.7), level 1; sections
  ``### 第一节 …`` (level 2) restarting in every chapter, some titles with a slogan after a colon
  (``### 第一节 引领发展：党建红引领运动绿``). Wuhan's 5.x.1 概述 items are not written.
- Sub-points as plain ``一、…`` lines without ``#`` (level 3, labelled with their section's clause) in 5.2.2,
  5.4.2 and 5.7.3.
- Results inline: chapters 三、四、五、六 end with ``### 第N节 本章成效`` (= 5.3.4, 5.4.4, 5.5.4, 5.6.4).
  第七章 opens with an intro paragraph (= 5.7) that refers back (第三章第三节 …), then 5.7.2, 5.7.3,
  ``### 第三节 质量提升成效`` (= 5.7.4) and ``### 第四节 经营发展与社会贡献成效`` (= 5.2.4: the results of
  第二章 领导作用 are written in the last chapter; 第二章 has no results section).
- Results: tables with years as columns and ``瑀潼体育（2023年）`` / ``琭湛体育（2023年）`` / ``行业平均（2023年）``
  columns (表4-1, 表7-2, 表7-3, 表6-1 with 2022/2023 only), 表5-1 with years as rows (plus a peer and an
  行业平均 row), prose series, rankings (全市公共体育场馆服务评价, 协作会综合评价), a narrowing gap to the
  benchmark (年卡续卡率). 表3-1 has only ``2023年目标值`` / ``2025年规划目标`` columns; 表7-1 (5.7.2) is a
  process table.
- Back matter: ``## 结语`` (clause null) and one paragraph (``@P -``).

Planted defects:
- 5.4.3 品牌管理 missing everywhere (no brand planning, communication, protection or evaluation, no media,
  publicity, trademark, awareness or reputation). ``## 第四章 品牌影响`` has ``### 第一节 顾客与市场`` (5.4.2)
  and then ``### 第二节 本章成效``, which is 5.4.4 (ordinal trap: 第二节 is where 5.4.3 would be).
- 5.6.4 has 2022-2023 only (表6-1 and text); 2021 appears only in the sentence saying the earlier figures were
  kept differently and are 不予列示. It has 瑀潼体育 / 行业平均 columns and a 协作会 award among 31 members.
- 5.3.4 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` (no peer, industry, benchmark or ranking).
- 5.7.4 泳池水质检测合格率 99.1 -> 99.4 -> 98.7%, below 瑀潼体育 99.3, 琭湛体育 99.2 and 行业平均 98.9, only in
  表7-2 (unexplained). Explained: 5.4.4 场馆年接待人次 (2022), 5.2.4 营业收入 / 利润总额 / 成本费用利润率 and
  公益开放服务人次 (2022), 5.7.4 大型活动保障场次 (2022).
- One 5.5.3 paragraph (员工支持: “职工小家”, 帮扶基金, 子女托管, 兴趣协会) sits at the end of
  ``### 第一节 引领发展`` (5.2.2, after ``四、对标一流``) (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/wh-svc-zhangjie-inline-results/build.py
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
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.6.4'],
    'results_lacking_comparison': ['5.3.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3.4'],
    # 5.4.3 品牌管理 must be absent everywhere: no brand planning or identity, no communication, publicity or
    # media, no trademark or brand-asset protection, no brand evaluation, awareness or reputation.
    'forbidden_words': ['品牌', '商标', '传播', '宣传', '推广', '新媒体', '公众号', '视频号', '抖音', '媒体',
                        '知名度', '美誉度', '口碑', '形象', '标识', '吉祥物', '代言', '广告', '冠名', '影响力',
                        '认知度'],
    'unfavourable_results': [
        {'clause': '5.7.4',
         'indicator': '泳池水质检测合格率（99.1%→99.4%→98.7%，2023年下降，低于瑀潼体育99.3%、琭湛体育99.2%和'
                      '行业平均98.9%；只在表7-2中）',
         'explained': False},
        {'clause': '5.4.4', 'indicator': '场馆年接待人次（2022年由612万降至455万）', 'explained': True},
        {'clause': '5.2.4', 'indicator': '营业收入、利润总额、成本费用利润率、公益开放服务人次（2022年下降）',
         'explained': True},
        {'clause': '5.7.4', 'indicator': '大型活动保障场次（2022年由46场降至21场）', 'explained': True},
    ],
    'notes': (
        '武汉服务类2022，虚构的武汉市属国有体育场馆运营和全民健身服务企业（武汉珽濬体育场馆运营有限公司不存在；出资人武汉瑭沚文体发展集团、'
        '同行长沙瑀潼体育产业集团有限公司和合肥琭湛体育发展有限公司、标杆杭州瓈澔体育服务集团、调查机构武汉湲琛市场调查有限公司、'
        '中部六省体育场馆运营协作会均为虚构，人名、数字和奖项都是编的），员工912人，运营14处场馆。党群工作部和运营管理部执笔，'
        '活泼、带口号的口吻（“场馆亮起来、市民动起来、服务优起来”“党建红引领运动绿”“让江城动起来”）。'
        '版式是本样本的重点：章/节编排，结果写在过程旁边。Markdown；“#”标题（level 0），封面信息块和一段“写在前面”（@P -）；'
        '章“## 第一章 组织环境”（=5.1）…“## 第七章 质量提升与成效”（=5.7）（level 1）；节“### 第一节 ……”（level 2），每章重新起号，'
        '部分节标题带冒号口号；武汉标准的5.x.1概述不写。5.2.2、5.4.2、5.7.3 内有不带“#”的“一、……”小点行（level 3，标所属节的条款）。'
        '第三至第六章最后一节是“### 第N节 本章成效”，分别是5.3.4、5.4.4、5.5.4、5.6.4；第七章先有一段引言（标5.7，回指'
        '“第三章第三节”等），再是5.7.2、5.7.3、“### 第三节 质量提升成效”（5.7.4）和“### 第四节 经营发展与社会贡献成效”（5.2.4：'
        '第二章领导作用的结果写在最后一章，第二章本身没有成效节）。结果有以年份为列、带“瑀潼体育（2023年）”“琭湛体育（2023年）”'
        '“行业平均（2023年）”列的表（表4-1、表6-1、表7-2、表7-3）、以年份为行的表5-1（另有同行行和行业平均行）、文字数列、'
        '排名（全市公共体育场馆服务评价、协作会综合评价）和与标杆瓈澔体育差距逐年缩小的年卡续卡率；表7-1是5.7.2的过程表。'
        '文末“## 结语”（clause为null）和一段话（@P -）。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（全文没有品牌策划、传播、宣传或媒体、商标或品牌资产保护、品牌评价、知名度或美誉度）；'
        '“第四章 品牌影响”下是“第一节 顾客与市场”（5.4.2）和“第二节 本章成效”（=5.4.4，序号陷阱：第二节本应是5.4.3）。'
        '5.6.4 只有2022年和2023年（表6-1和正文），2021年只出现在说明此前各场馆自行组织、未统一登记和核算、口径不同、“不予列示”的句子里；'
        '有瑀潼体育和行业平均列以及协作会评奖。5.3.4 有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”，没有任何对比。'
        '不利结果：5.7.4 泳池水质检测合格率99.1%、99.4%、98.7%，2023年下降，低于瑀潼体育、琭湛体育和行业平均，只出现在表7-2中，'
        '正文没有提及或解释；5.4.4 场馆年接待人次2022年下降、5.2.4 营业收入、利润总额、成本费用利润率和公益开放服务人次2022年下降、'
        '5.7.4 大型活动保障场次2022年下降（均已解释：疫情防控期间场馆累计暂停开放97天、演出和赛事取消）。'
        '一段回答5.5.3员工支持（“职工小家”、困难职工帮扶基金、子女托管班、兴趣协会）的段落放在第二章“第一节 引领发展”（5.2.2）末尾、'
        '“四、对标一流”之后（misplaced）。其他：有效投诉、一线员工流失率、能耗、入场等待时间下降是有利结果；年卡续卡率与瓈澔体育的差距'
        '逐年缩小，不列为不利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks

NUM = '一二三四五六七八九十'


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    # chapters ## 第X章 = 5.1 … 5.7 by position, then ## 结语 (null)
    chapters = [h for h in heads if h['level'] == 1]
    for k, h in enumerate(chapters[:7]):
        if not h['line'].startswith('## 第%s章 ' % NUM[k]) or h['clause'] != '5.%d' % (k + 1):
            problems.append('chapter heading wrong: ' + h['line'])
    if len(chapters) != 8 or chapters[7]['line'] != '## 结语' or chapters[7]['clause'] is not None:
        problems.append('expected 7 chapters and ## 结语')
    # sections ### 第N节 restart in every chapter and run on; sub-points 一、 lines without #
    pos = sub = 0
    for h in heads:
        if h['level'] == 1:
            pos = 0
        elif h['level'] == 2:
            sub = 0
            if not h['line'].startswith('### 第%s节 ' % NUM[pos]):
                problems.append('section ordinal not by position: ' + h['line'])
            pos += 1
        elif h['level'] == 3:
            if not h['line'].startswith('%s、' % NUM[sub]):
                problems.append('sub-point not in order: ' + h['line'])
            sub += 1
    # inline results: >= 3 process chapters end with a 本章成效 section labelled 5.x.4
    inline = [h for h in heads if h['level'] == 2 and '本章成效' in h['line']]
    if len(inline) < 3 or any(not re.fullmatch(r'5\.[3-6]\.4', h['clause']) for h in inline):
        problems.append('expected >= 3 本章成效 sections labelled 5.x.4')
    for h in inline:
        i = heads.index(h)
        if heads[i + 1]['level'] != 1:
            problems.append('本章成效 not the last section of its chapter: ' + h['clause'])
    # 5.2.4 sits in 第七章
    i7 = next(i for i, h in enumerate(heads) if h['line'].startswith('## 第七章'))
    if not any(h['clause'] == '5.2.4' for h in heads[i7:]):
        problems.append('5.2.4 not in 第七章')
    # ordinal trap: 第四章 has 第一节 = 5.4.2 and 第二节 = 5.4.4
    i4 = next(i for i, h in enumerate(heads) if h['line'].startswith('## 第四章'))
    sec4 = [h for h in heads[i4 + 1:] if h['level'] <= 2]
    if not (sec4[0]['clause'] == '5.4.2' and sec4[1]['line'].startswith('### 第二节')
            and sec4[1]['clause'] == '5.4.4' and sec4[2]['level'] == 1):
        problems.append('ordinal trap in 第四章 not as planned')
    # 5.6.4: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '5.6.4':
            for sent in re.split(r'(?<=。)|\n', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不予列示' not in sent:
                    problems.append('5.6.4 mentions an earlier year: ' + sent[:40])
    # 5.7.4: the 2023 drop of 泳池水质检测合格率 appears only in the table
    for b in body:
        if b['clause'] == '5.7.4' and b['type'] == 'text' and '水质' in b['line']:
            problems.append('5.7.4 text mentions 水质')
    # 5.3.4: no peer, benchmark or 协作会 names
    for b in body:
        if b['clause'] == '5.3.4' and re.search('瑀潼|琭湛|瓈澔|协作会', b['line']):
            problems.append('5.3.4 names a peer, benchmark or the 协作会')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
