#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-group-segments from source.txt.

A Shenzhen municipal state-owned community-services group with three business segments, 深圳市瑔澫城市服务集团
有限公司 (made up; about 2,600 staff): 物业服务 (深圳市瑔澫物业服务有限公司), 城市停车 (深圳市瑔澫智慧停车运营
有限公司) and 社区养老 (深圳市瑔澫长者服务有限公司). Its per-segment peers 深圳市瓀溪物业服务有限公司 (瓀溪物业),
深圳洑泊智慧停车有限公司 (洑泊停车) and 深圳市珦禾养老服务有限公司 (珦禾养老), its group benchmark 上海琡岨城市服务
集团 (琡岨集团) and the survey firm 崟湑调研 are made up too. Written by the group's 战略运营部, formal but concrete.

Layout: EVERY ITEM ANSWERED SEGMENT BY SEGMENT.
- Markdown. Two ``#`` title lines (level 0, clause null), a cover block and an 编制说明 paragraph (front matter,
  ``@P -``). Headings use the standard's own decimal numbers and titles with points, as the seed shows them:
  ``## 0. 简介`` (= 0), ``## 1. 高标准定位（120分）`` (level 1), ``### 1.1 领导力（60分）`` (level 2),
  ``#### 1.1.1 确定方向（30分）`` (level 3).
- Under the profile and under 15 of the 16 answered leaves (all but 1.2.2 保障机制, which is group-level only)
  the answer opens with one to three group-level paragraphs, then three sub-sections by segment, each introduced
  by a bold line of its own: ``**▲ 物业服务板块**``, ``**▲ 城市停车板块**``, ``**▲ 社区养老板块**`` — always
  the same three labels, in the same order. They are headings of no clause of their own: they are ``@H 4`` headings
  labelled with the clause of the item they sit in (0 in the profile), so the ``headings`` list holds 48 of them.
- An intro paragraph under ``## 3. 高绩效结果`` (= 3).
- Results are given per segment, each segment with its own peer (瓀溪物业 / 洑泊停车 / 珦禾养老) and the group
  against 琡岨集团: 表3-1 years as columns with target columns only (3.1.1); prose series ``三年依次为…`` (3.1.2,
  3.2.2); 表3-3 segment/indicator rows with ``2022年 | 2023年 | 主要同行（2023年） | 行业平均（2023年）`` (3.2.1);
  表3-4 rows = segments, columns ``2021年 | 2022年 | 2023年 | 行业平均（2023年） | 主要同行（2023年）`` (3.2.2);
  bullets ``- 指标：2021年…，2022年…，2023年…（同行2023年…）`` (3.3.1); 表3-6 years as rows plus a
  ``琡岨集团（2023年）`` row (3.3.2); a ranking (市属国企社会形象评价 位列第4, 全市停车运营企业第2位).

Planted defects:
- 2.3.1 创新策划 missing everywhere (no innovation culture or climate, no identification of innovation
  opportunities, no benchmarking for innovation directions, no innovation plan, feasibility review, project
  management, evaluation or incentives; guarded by forbidden_words). ``### 2.3 创新（60分）`` is followed directly
  by ``#### 2.3.2 创新实施（30分）``, which keeps its standard number; the trap is that the three segment labels
  repeat right after it, as under every other item.
- 3.2.1 has 2022-2023 only (表3-3 and the segment paragraphs); 2021 appears only in the sentence saying the
  monitoring platform went live in 2022 and older figures are not given (``不再列示``). It has 主要同行 and
  行业平均 columns and named peers in the text.
- 3.1.1 has 2021-2023 but only ``2023年目标值`` / ``2025年规划目标`` columns and targets in the text: no peer,
  industry, benchmark or ranking comparison.
- 3.2.2 城市停车 车主满意度 83.7 -> 85.2 -> 82.9, below 行业平均 83.6 and 洑泊停车 84.4, appears only in 表3-4
  (unexplained; the parking sub-section of 3.2.2 talks about complaints only). Explained: 3.1.2 城市停车 营业收入
  fell in 2022 (3.96 -> 3.41 亿元: fee waivers during the epidemic and roadworks); 3.1.1 社区养老 护理员年流失率
  rose in 2022 (24.1% -> 27.4%: closed-management shifts). Falling bad-is-high indicators (收费差错率, 收费员
  流失率, 有效投诉, 跌倒发生数) are favourable.
- One 1.2.2 paragraph (停车收费资金日清日结、纪检审计抽查、双机房与断网演练 — integrity and continuity
  safeguards) sits under 2.2.1 量化管理, inside its ``**▲ 城市停车板块**`` sub-section (``misplaced``).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-group-segments/build.py
"""

import os
import re
import sys

SEGMENTS = ["**▲ 物业服务板块**", "**▲ 城市停车板块**", "**▲ 社区养老板块**"]

META = {
    "standard": "shenzhen-service-2019",
    "seed_glob": "/work/shared/seeds/*.txt",
    "profile_clauses": ["0"],
    "profile_limit": None,  # the Shenzhen service standard sets no profile limit
    "size_range": (11000, 15000),
    "all_clauses": [
        "0", "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2",
        "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1", "2.2.2", "2.3", "2.3.1", "2.3.2",
        "3", "3.1", "3.1.1", "3.1.2", "3.2", "3.2.1", "3.2.2", "3.3", "3.3.1", "3.3.2",
    ],
    "leaf_clauses": [
        "1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.3.2",
        "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.1", "3.3.2",
    ],
    "expected_missing": ["2.3.1"],
    "results_lacking_three_years": ["3.2.1"],
    "results_lacking_comparison": ["3.1.1"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.1.1"],
    # 2.3.1 创新策划 must be absent everywhere: no innovation culture/climate, no identification of innovation
    # opportunities, no innovation directions, goals, plan or programme, no feasibility review, no innovation
    # project management, evaluation or incentive scheme.
    "forbidden_words": [
        "创新文化", "创新氛围", "创新方案", "创新机会", "创新方向", "创新目标", "创新规划", "创新计划",
        "创新策划", "创新课题", "创新项目", "创新激励", "创新奖", "创新管理", "鼓励创新", "容错", "包容失败",
        "可行性", "论证", "立项", "金点子", "创新工作室", "创新大赛", "创新基金", "创新资金",
    ],
    "unfavourable_results": [
        {"clause": "3.2.2",
         "indicator": "城市停车板块车主满意度（83.7、85.2分，2023年降至82.9分，低于行业平均83.6分和洑泊停车84.4分；"
                      "只在表3-4中）",
         "explained": False},
        {"clause": "3.1.2", "indicator": "城市停车板块营业收入（2022年由3.96亿元降至3.41亿元）", "explained": True},
        {"clause": "3.1.1", "indicator": "社区养老板块护理员年流失率（2022年由24.1%升至27.4%）", "explained": True},
    ],
    "notes": (
        "深圳服务类，虚构的深圳市属国有社区综合服务集团（深圳市瑔澫城市服务集团有限公司不存在，员工约2,600人），"
        "三个板块：物业服务（深圳市瑔澫物业服务有限公司）、城市停车（深圳市瑔澫智慧停车运营有限公司）、社区养老"
        "（深圳市瑔澫长者服务有限公司）；分板块同行瓀溪物业、洑泊停车、珦禾养老，集团标杆上海琡岨城市服务集团，"
        "测评机构崟湑调研，均为虚构，人名、数字和奖项都是编的。集团战略运营部执笔，正式而具体的口吻。"
        "版式是本样本的重点：每个条款都分板块作答。Markdown；两行#标题（level 0，clause为null），封面信息块和一段"
        "“编制说明”（@P -）；标题用准则自己的小数编号、标题和分值：“## 0. 简介”（标0）、“## 1. 高标准定位（120分）”"
        "（level 1）、“### 1.1 领导力（60分）”（level 2）、“#### 1.1.1 确定方向（30分）”（level 3）。"
        "简介和16个已作答叶条款中的15个（1.2.2 保障机制只写集团层面）先写一至三段集团层面的做法，再分三个板块，每个板块"
        "以单独一行的粗体标签引出：“**▲ 物业服务板块**”“**▲ 城市停车板块**”“**▲ 社区养老板块**”，三个标签在每个条款下"
        "按同一顺序重复。它们不是任何条款的标题，作为level 4标题（@H 4）标所在条款（简介中标0），headings列表里共48个。"
        "“## 3. 高绩效结果”下有一段引言（标3）。结果分板块给出，各板块有各自的同行（瓀溪物业/洑泊停车/珦禾养老），集团整体"
        "对比琡岨集团：表3-1年份为列、只有目标列（3.1.1）；“三年依次为……”的文字序列（3.1.2、3.2.2）；表3-3按板块和指标成行，"
        "列为2022年、2023年、主要同行（2023年）、行业平均（2023年）（3.2.1）；表3-4行为三个板块，列为2021年、2022年、"
        "2023年、行业平均（2023年）、主要同行（2023年）（3.2.2）；要点式“- 指标：2021年…，2022年…，2023年…（同行2023年…）”"
        "（3.3.1）；表3-6年份为行并有“琡岨集团（2023年）”一行（3.3.2）；排名（市属国企社会形象评价第4位、全市停车运营企业第2位）。"
        "刻意缺陷：2.3.1 创新策划整条缺失（全文没有创新文化和氛围、识别创新机会、对标确定创新方向和目标、形成创新方案、"
        "可行性评估、创新项目管理评价与激励的内容；forbidden_words），“### 2.3 创新（60分）”之后直接是“#### 2.3.2 创新实施"
        "（30分）”，编号保持准则原号；陷阱在于其后紧跟的仍是同样的三个板块标签。3.2.1 只有2022年和2023年（2021年只出现在"
        "说明监测平台2022年上线、此前口径不一“不再列示”的句子里），有主要同行和行业平均列。3.1.1 有2021—2023三年，"
        "但只有“2023年目标值”“2025年规划目标”列和文字中的目标，没有同行、行业、标杆或排名对比。不利结果：3.2.2 城市停车板块"
        "车主满意度83.7→85.2→82.9分，2023年下降且低于行业平均83.6分和洑泊停车84.4分，只在表3-4中，正文（停车板块小节只写投诉）"
        "没有提及或解释；3.1.2 城市停车板块营业收入2022年由3.96亿元降至3.41亿元（已解释：疫情期间阶段性免收停车费、道路改造"
        "减少泊位）；3.1.1 社区养老板块护理员年流失率2022年由24.1%升至27.4%（已解释：封闭管理期间连续驻守）。收费差错率、"
        "收费员流失率、有效投诉、跌倒发生数越低越好，下降是有利结果。一段回答1.2.2的段落（停车收费资金日清日结、纪检审计抽查、"
        "双机房部署和断网切换演练）放在2.2.1 量化管理的“**▲ 城市停车板块**”小节里（misplaced，under_heading_clause为2.2.1）。"
        "深圳标准未规定简介字数，profile_over_limit 为 false。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

COMPARISON_WORDS = ("标杆", "行业", "同行", "同业", "同类", "竞争", "对手", "平均", "排名", "对比", "领先",
                    "优于", "第一", "位列", "瓀溪", "洑泊", "珦禾", "琡岨")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # segment labels: only the three, always in order, each labelled with the item it sits in
    heads = [b for b in blocks if b["type"] == "heading"]
    seg_items = {}
    current = None
    for h in heads:
        if h["line"].startswith("**"):
            if h["line"] not in SEGMENTS or h["level"] != 4:
                problems.append("bad segment heading: " + h["line"])
            if current is None or h["clause"] != current["clause"]:
                problems.append("segment heading %s not labelled with its item" % h["line"])
            seg_items.setdefault(h["clause"], []).append(h["line"])
        else:
            current = h
    for c, segs in seg_items.items():
        if segs != SEGMENTS:
            problems.append("segments under %s: %s" % (c, segs))
    items_with_segments = [c for c in seg_items if c != "0"]
    if len(items_with_segments) < 12:
        problems.append("only %d items have segment sub-sections" % len(items_with_segments))
    # missing 2.3.1: 2.3 is followed directly by 2.3.2
    i = next(k for k, h in enumerate(heads) if h["line"].startswith("### 2.3 "))
    if not heads[i + 1]["line"].startswith("#### 2.3.2 "):
        problems.append("2.3 not followed directly by 2.3.2")
    # 3.2.1: 2022 and 2023 only; 2021 only in the sentence that says why it is not given
    t = text_of("3.2.1")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.2.1 years %s" % sorted(set(YEAR.findall(t))))
    for b in body:
        if b["clause"] == "3.2.1":
            for sent in re.split(r"(?<=[。；])", b["line"]):
                if re.search(r"20(1\d|20|21)", sent) and "不再列示" not in sent:
                    problems.append("3.2.1 mentions an earlier year: " + sent[:40])
    if "三年" in t:
        problems.append("3.2.1 mentions 三年")
    # the others have 2021-2023 and (except 3.1.1) a comparison
    for c in ["3.1.1", "3.1.2", "3.2.2", "3.3.1", "3.3.2"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks three years" % c)
    for c in ["3.1.2", "3.2.1", "3.2.2", "3.3.1", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.1.1"):
            problems.append("comparison word %s in 3.1.1" % w)
    # unexplained: 车主满意度 only in the 3.2.2 table
    if "城市停车（车主） | 83.7 | 85.2 | 82.9" not in text_of("3.2.2", ("table",)).replace("\t", " | "):
        problems.append("parking satisfaction row missing from 表3-4")
    for b in body:
        if b["type"] == "text" and ("车主满意" in b["line"] or "82.9" in b["line"]):
            problems.append("车主满意度 mentioned in text: " + b["line"][:20])
    # explained ones
    if "2022年下降13.9%，主要原因是" not in text_of("3.1.2", ("text",)):
        problems.append("3.1.2 explanation missing")
    if "2022年升至27.4%，主要原因是" not in text_of("3.1.1", ("text",)):
        problems.append("3.1.1 explanation missing")
    problems += build_common.misplaced_problems(blocks)
    mis = [b for b in blocks if b.get("misplaced_under")]
    if len(mis) != 1 or mis[0]["clause"] != "1.2.2" or mis[0]["misplaced_under"] != "2.2.1":
        problems.append("want exactly one misplaced 1.2.2 paragraph under 2.2.1")
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
