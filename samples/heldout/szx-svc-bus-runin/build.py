#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-bus-runin from source.txt.

A Shenzhen district public-transport operator (深圳市澔汀公交集团有限公司, made up; its peers 渼坪巴士集团 and
汭澜公交有限公司 and its benchmark 成都澪川公共交通集团 are made up too), written in the formal government-document
voice (坚持……，围绕……，着力……；一是……二是……三是……). The layout is the point: the ONLY headings are the two
title lines, the unnumbered profile heading ``单位概况`` and three category lines (``一、高标准定位``,
``二、运营服务提质增效``, ``三、发展绩效与示范带动``). Items and leaves have NO headings of their own: every item
opens with a run-in lead-in at the start of a paragraph (``（一）强化领导引领。…`` / ``（二）规划定位：…``) and every
leaf likewise (``1.确定方向。…``), further paragraphs of the same leaf have no lead-in. 2.2.1 量化管理 is missing
everywhere, so ``（二）运行管理`` is followed by ``1.流程再造与精益运行。`` = 2.2.2 (renumbered).

Run: python3 samples/heldout/szx-svc-bus-runin/build.py
"""

import os
import re
import sys

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
    "expected_missing": ["2.2.1"],
    "results_lacking_three_years": ["3.2.2"],
    "results_lacking_comparison": ["3.1.2"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.1.2"],
    # 2.2.1 量化管理 must be absent everywhere: no target-responsibility system, no breaking targets down to
    # departments/processes/partners, no measuring of key performance or process indicators, no evaluation of
    # measured results (internal/peer/benchmark comparison, cause analysis) to find improvement chances, no
    # review of a measurement system.
    "forbidden_words": [
        "目标责任", "责任书", "责任状", "责任制", "量化", "KPI", "关键绩效", "绩效指标", "指标体系", "考核",
        "测量", "分解", "层层落实", "绩效看板", "经营分析会", "绩效管理", "绩效评价", "因果分析", "监测指标",
        "过程指标", "达标率",
    ],
    "unfavourable_results": [
        {"clause": "3.1.2", "indicator": "营业收入、客运量（2022年下降，已解释：疫情防控期间停运限流、出行需求收缩）",
         "explained": True},
        {"clause": "3.2.1",
         "indicator": "高峰准点率（2021年93.8%、2022年93.1%、2023年92.4%，逐年下降，2023年低于行业平均93.0%；只在表3-2中）",
         "explained": False},
    ],
    "notes": (
        "深圳服务类，虚构的深圳区属国有公交企业（深圳市澔汀公交集团有限公司不存在；滢川区、同城公交企业渼坪巴士集团、"
        "汭澜公交有限公司和外部标杆成都澪川公共交通集团也不存在）。公文体（坚持……，围绕……，着力……；一是……二是……"
        "三是……）。版式是本样本的重点：全文只有两行文件标题（level 0，clause null）、不带编号的“单位概况”（level 1，"
        "简介0，下面只有普通段落，没有小标题）和三个类目行“一、高标准定位”“二、运营服务提质增效”“三、发展绩效与示范带动”"
        "（level 1，类目1、2、3；后两个用单位自己的说法）。条目和条款都没有标题：每个条目以段首引导语开头"
        "（“（一）强化领导引领。……”“（二）规划定位：……”“（一）运行体系建设。……”“（二）运行管理：……”“（三）创新驱动。……”"
        "“（一）高标准定位成效。……”“（二）运营服务成效：……”“（三）创新与示范成效。……”），这些条目引导段只是概述，"
        "标条目号（1.1、1.2、2.1、2.2、2.3、3.1、3.2、3.3）；每个条款以段首“1.确定方向。……”“2.锻造队伍。……”之类开头"
        "（条款号由所在条目和序号决定，部分用单位自己的说法：2.锻造队伍=1.1.2，2.保障有力=1.2.2，1.线网与服务设计=2.1.1，"
        "1.流程再造与精益运行=2.2.2，2.创新落地=2.3.2，1.领导力结果=3.1.1，2.规划目标达成=3.1.2，2.乘客满意=3.2.2，"
        "2.示范带动=3.3.2），同一条款的后续段落没有引导语；“1.”“2.”在每个条目下重新编号。封面信息块和“前言：……”段"
        "（front matter，@P -，clause null）。"
        "刻意缺陷：2.2.1 量化管理整条缺失——“（二）运行管理：”之后只有“1.流程再造与精益运行。”（=2.2.2，序号改为1，"
        "序号陷阱），然后是“（三）创新驱动。”；全文没有目标责任制、目标分解、关键绩效或过程指标测量、测量结果评价与"
        "改进机会识别、测量体系评估的内容（forbidden_words）。3.2.2 只有2022年和2023年（2021年只出现在说明“口径不同，"
        "故未列出2021年数据”的句子里），有全市公交行业平均、排名和同城企业对比。3.1.2 有2021—2023年三年数据，"
        "但只有年度目标值、控制目标和2025年规划目标，没有同行、行业、标杆、全市或排名对比。不利结果：3.2.1 高峰准点率"
        "（越高越好）由93.8%降至93.1%、92.4%，2023年低于行业平均93.0%，只出现在表3-2中，全文没有提及或解释"
        "（“准点”一词只在该表中出现）；3.1.2 营业收入和客运量2022年下降（紧接着的句子解释：疫情防控期间停运限流、"
        "出行需求收缩）。方向：百万车公里行车责任事故、万人次有效投诉、驾驶员年流失率、单位车公里运营成本、发车间隔"
        "都是越低越好，它们逐年下降，是有利结果；万人次有效投诉与标杆的差距逐年缩小，不列为不利结果。"
        "一段回答1.2.2 的廉洁风险专项监督检查段落（集团纪委……问责）放在类目二中2.2.2 的段落之后、“（三）创新驱动。”"
        "之前，没有引导语，看起来像2.2.2 的续段（misplaced，under_heading_clause 记为它所接续的段首条款2.2.2；"
        "它上方唯一真正的标题是类目“二、运营服务提质增效”）。结果写法：叙述序列（由2021年的……提升至2022年的……、"
        "2023年的……；三年分别为……）、同城企业和全市公交行业平均对比、排名（连续三年位列全市第一；在9家区属企业中分别"
        "位列第三、第二和第一；排名由全市第四位上升至第一位）；表3-1、表3-2年份为列并带“行业平均（2023年）”列，"
        "表3-3年份为行并带“同城公交企业平均（2023年）”行。"
        "简介（标签0，不含标题）约1,600字；深圳标准未规定简介字数，profile_over_limit 为 false。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

ITEMS = ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]
LEAVES = [c for c in META["leaf_clauses"] if c not in META["expected_missing"]]
COMPARISON_WORDS = (
    "标杆", "行业", "同行", "竞争", "对手", "平均", "排名", "对比", "领先", "优于", "位列", "第一", "第二",
    "第三", "高于", "低于", "高出", "全市", "全国", "全省", "协会", "同类", "同城", "渼坪", "汭澜", "澪川",
)
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
ITEM_LEAD = re.compile(r"^（[一二三]）[^。：]{2,10}[。：]")
LEAF_LEAD = re.compile(r"^(\d)\.[^。：\d]{2,10}[。：]")


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # the only headings: two title lines, 单位概况 and the three category lines
    heads = [b for b in blocks if b["type"] == "heading"]
    if [(b["level"], b["clause"]) for b in heads] != [(0, None), (0, None), (1, "0"), (1, "1"), (1, "2"), (1, "3")]:
        problems.append("unexpected headings: %s" % [b["line"] for b in heads])
    if not all(re.match(r"^[一二三]、", b["line"]) for b in heads if b["clause"] in ("1", "2", "3")):
        problems.append("category lines must start with 一、二、三、")
    # run-in lead-ins: every item and every leaf opens with one, later paragraphs of a leaf have none
    seen = set()
    ordinal = {}
    for b in body:
        c = b["clause"]
        if b["type"] != "text" or b.get("misplaced_under"):
            if b.get("misplaced_under") and (ITEM_LEAD.match(b["line"]) or LEAF_LEAD.match(b["line"])):
                problems.append("misplaced paragraph has a lead-in")
            continue
        first = c not in seen
        seen.add(c)
        if c in ITEMS:
            if not ITEM_LEAD.match(b["line"]):
                problems.append("item %s paragraph without （x） lead-in: %s" % (c, b["line"][:20]))
        elif c in LEAVES:
            m = LEAF_LEAD.match(b["line"])
            if first and not m:
                problems.append("first paragraph of %s without run-in lead-in: %s" % (c, b["line"][:20]))
            if not first and (m or ITEM_LEAD.match(b["line"])):
                problems.append("later paragraph of %s has a lead-in: %s" % (c, b["line"][:20]))
            if first and m:
                ordinal[c] = int(m.group(1))
        elif c != "0":
            problems.append("unexpected clause " + c)
        if c == "0" and (ITEM_LEAD.match(b["line"]) or LEAF_LEAD.match(b["line"])):
            problems.append("profile paragraph with a lead-in")
    # leaf numbering restarts under every item; 2.2.2 is "1." because 2.2.1 is missing
    for c, n in ordinal.items():
        want = 1 if c == "2.2.2" else int(c.split(".")[2])
        if n != want:
            problems.append("%s has ordinal %d, want %d" % (c, n, want))
    # 3.2.2: 2022 and 2023 only; 2021 only in the sentence saying why it is left out
    t = text_of("3.2.2")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.2.2 years %s" % sorted(set(YEAR.findall(t))))
    for s in re.split(r"(?<=[。；])", t):
        if "2021" in s and "未列出" not in s:
            problems.append("3.2.2: 2021 outside the explanation: " + s[:30])
    if "三年" in t or "连续" in t:
        problems.append("3.2.2 mentions 三年/连续")
    for c in ["3.1.1", "3.1.2", "3.2.1", "3.3.1", "3.3.2"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks one of 2021-2023" % c)
    for c in ["3.1.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.1.2"):
            problems.append("comparison word %s in 3.1.2" % w)
    if "目标" not in text_of("3.1.2"):
        problems.append("3.1.2 has no target")
    # unexplained: 准点 appears in the 3.2.1 table only, in no text block anywhere
    if "准点率" not in text_of("3.2.1", ("table",)):
        problems.append("准点率 missing from the 3.2.1 table")
    for b in blocks:
        if b["type"] == "text" and ("准点" in b["line"] or "正点" in b["line"]):
            problems.append("准点 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained: the 2022 fall in 3.1.2 is explained right there, naming both indicators
    expl = [s for s in re.split(r"(?<=。)", text_of("3.1.2", ("text",))) if "主要原因" in s]
    if not expl or "营业收入" not in expl[0] or "客运量" not in expl[0]:
        problems.append("3.1.2 explanation missing or does not name both indicators")
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
