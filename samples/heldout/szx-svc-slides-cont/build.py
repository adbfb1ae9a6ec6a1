#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-slides-cont from source.txt.

A Shenzhen private chain of elder-care day centres and home-care services (深圳市瑈桐长者照护服务有限公司, ~700
staff, 26 长者日间照料中心, home care, meals; its peers 鹭栎颐康 and 沐芑长者之家, its benchmark 杭州瀹岚养老,
the survey firm 岫翎调研 and the partner college 翀汀职业学院 are made up too), written by its 质量与发展部.

Layout: **a report converted from a slide deck** (slides plus speaker notes turned into Markdown), in a
telegraphic voice. Every slide is a ``##`` heading; when a topic runs over several slides the title repeats
the clause with a continuation mark (``## 1.1.1 确定方向`` → ``## 1.1.1 确定方向（续）`` → ``（续二）``,
``## 0 简介`` … ``## 0 简介（续四）``). Four slides carry the company's own title and put the clause only in a
small tag line under it (``## 把人带好、把心留住`` / ``——1.1.2``, ``## 一张流程图管到底`` / ``——2.1.2``,
``## 新点子怎么落地`` / ``——2.3.2``, ``## 长者和家属怎么说`` / ``——3.2.2``); the tag line is an ordinary
paragraph labelled with its clause. Slide bodies are one bullet per paragraph (``- `` on most slides, ``• `` on
others), mostly 10–40 characters, with an occasional one-line takeaway ``要点：……``. Chapters are ``#``
section-divider headings (``# 一、高标准定位`` …); there is no item level (1.1, 1.2 …). A ``## 议程`` slide
listing the chapters opens the deck (front matter, null) and comes back before chapters 二 and 三 as a
progress line (``进度：一、高标准定位 ✓ → ▶ 二、高质量运行 → …``) plus a ``- 本章：……`` bullet; the
checker allows unlabelled paragraphs only as front or back matter, so these two mid-deck agenda slides are
labelled with the chapter they open (``2`` / ``3``; their ``## 议程`` headings stay null). A closing
``## 谢谢`` slide is back matter. Results: small tables with years as columns and bullet series
(``• 指标：2021年 …｜2022年 …｜2023年 …（市平均…）``, twice as a lead bullet followed by a bare series bullet
``- 2021年 …｜…``); comparisons with named peers, 市平均, the 标杆 and rankings.

Planted defects: **1.2.1 对标定位 missing** — no slide at all, and nowhere any benchmarking-to-set-position,
long/short-term plan, cascading into roadmaps/timetables, plan monitoring or plan adjustment. Ordinal trap:
the three 保障机制 slides are numbered ``## 1.2.1 保障机制`` / ``（续）`` / ``（续二）`` by mistake; by
content they are 1.2.2 (and labelled so). **3.2.1 has 2022 and 2023 only** (2021 appears only in the bullet
saying why it is not given: the dispatch system went live in 2022). **3.1.1 has 2021–2023 but only
``2023年目标值`` / ``（目标…）``**, no comparison. Unfavourable: 3.2.2 居家服务家属满意度 93.1 → 93.8 → 91.9,
below 市平均 92.6 and 鹭栎颐康 93.0, only in 表3-4 (unexplained); 3.1.1 护理员年流失率 2022 and 3.1.2
日托中心平均入托率 2022 are explained. **One 1.1.2 bullet (技能比武 → 晋级) sits under the 2.1.2 slide
``## 2.1.2 体系建设（续）``** (``misplaced``).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-slides-cont/build.py
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
    "expected_missing": ["1.2.1"],
    "results_lacking_three_years": ["3.2.1"],
    "results_lacking_comparison": ["3.1.1"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.1.1"],
    # 1.2.1 对标定位 must be absent everywhere: no benchmarking to set the position, no long/short-term plan,
    # no cascading into roadmaps / timetables / project lists, no plan monitoring or adjustment.
    "forbidden_words": [
        "对标", "标杆研究", "发展规划", "五年规划", "三年规划", "十四五", "中长期", "长短期", "路线图",
        "时间表", "项目清单", "规划编制", "规划执行", "规划调整", "规划评估", "战略", "年度计划", "对标定位",
    ],
    "unfavourable_results": [
        {"clause": "3.2.2",
         "indicator": "居家服务家属满意度（93.1%、93.8%，2023年降到91.9%，低于市平均92.6%和鹭栎颐康93.0%）",
         "explained": False},
        {"clause": "3.1.1", "indicator": "护理员年流失率（2022年由24.8%升到29.5%）", "explained": True},
        {"clause": "3.1.2", "indicator": "日托中心平均入托率（2022年由84.2%降到76.5%）", "explained": True},
    ],
    "notes": (
        "深圳服务类，虚构的深圳民营长者日间照料和居家照护连锁企业（深圳市瑈桐长者照护服务有限公司，约700人，26个长者日间照料"
        "中心，另有上门照护和助餐；同行鹭栎颐康、沐芑长者之家，标杆杭州瀹岚养老，测评机构岫翎调研，合作院校翀汀职业学院都不存在）。"
        "版式：由答辩幻灯片和演讲备注转成的Markdown，电报体短句。每张幻灯片是一个##标题；同一条款跨几张幻灯片时标题重复条款号并加"
        "“（续）”“（续二）”等（“## 0 简介”到“## 0 简介（续四）”标0）；四张幻灯片用企业自己的标题，条款只写在标题下一行的小标签里"
        "（“## 把人带好、把心留住”/“——1.1.2”，“## 一张流程图管到底”/“——2.1.2”，“## 新点子怎么落地”/“——2.3.2”，"
        "“## 长者和家属怎么说”/“——3.2.2”），标签行是普通段落，标所属条款。正文每个要点一行、一段（多数用“- ”，部分幻灯片用“• ”），"
        "多为10—40字，偶有一行“要点：……”。章用#分隔标题（“# 一、高标准定位”标1等），没有条目层级（1.1、1.2…）。"
        "开头的“## 议程”幻灯片列出各章（前置内容，clause null）；二、三两章之前再次出现“## 议程”（标题为null），内容是一行进度"
        "（“进度：一、高标准定位 ✓ → ▶ 二、高质量运行 → …”）和一行“- 本章：……”，因标注检查只允许前置或后置内容不标条款，"
        "这两张议程幻灯片的段落按其引出的章标2、3。结尾“## 谢谢”一页为后置内容。结果：年份为列的小表（表3-1至表3-5）和要点式序列"
        "（“• 指标：2021年 …｜2022年 …｜2023年 …（市平均…）”，两处为先一行指标名、再一行“- 2021年 …｜…”）；对比对象为具名同行、"
        "市平均、标杆和排名。"
        "刻意缺陷：1.2.1 对标定位整条缺失（没有任何幻灯片，全文没有对标找定位、长短期规划、路线图时间表分解、规划监测评估和调整的内容；"
        "forbidden_words）。序号陷阱：保障机制的三张幻灯片误编为“## 1.2.1 保障机制”“（续）”“（续二）”，按内容是1.2.2，标1.2.2。"
        "3.2.1 只有2022年和2023年（2021年只出现在说明派单系统2022年上线、此前口径不同所以不列的那一行）。3.1.1 有2021—2023三年，"
        "但只有“2023年目标值”列和“（目标…）”，没有任何对比。不利结果：3.2.2 居家服务家属满意度93.1%→93.8%→91.9%，2023年低于"
        "市平均92.6%和鹭栎颐康93.0%，只在表3-4中，正文没有提及或解释；3.1.1 护理员年流失率2022年升到29.5%（已解释：封控期驻点、"
        "新开中心新人多）；3.1.2 日托中心平均入托率2022年降到76.5%（已解释：疫情期间暂停集中活动）。与标杆瀹岚养老逐年缩小的差距不列为"
        "不利结果。一条回答1.1.2的要点（技能比武、前三名晋级）放在“## 2.1.2 体系建设（续）”下（misplaced）。"
        "深圳标准未规定简介字数，profile_over_limit 为 false。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

COMPARISON_WORDS = ("标杆", "行业", "同行", "同业", "同类", "竞争", "对手", "平均", "排名", "对比", "领先",
                    "优于", "第一", "第2", "第3", "鹭栎", "沐芑", "瀹岚")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
TAGS = {"——1.1.2": "1.1.2", "——2.1.2": "2.1.2", "——2.3.2": "2.3.2", "——3.2.2": "3.2.2"}


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # slide headings: every heading but the title and the chapters is a ## slide
    for b in blocks:
        if b["type"] == "heading" and b["level"] == 2 and not b["line"].startswith("## "):
            problems.append("slide heading without ##: " + b["line"])
    # tag lines: exactly the four, each labelled with its clause, right after a heading
    for i, b in enumerate(blocks):
        if b["type"] == "text" and b["line"].startswith("——"):
            if TAGS.get(b["line"]) != b["clause"]:
                problems.append("tag line %s labelled %s" % (b["line"], b["clause"]))
            if blocks[i - 1]["type"] != "heading":
                problems.append("tag line not right under a slide title: " + b["line"])
    if sum(1 for b in blocks if b["type"] == "text" and b["line"].startswith("——")) != len(TAGS):
        problems.append("want exactly %d tag lines" % len(TAGS))
    # ordinal trap: no heading is labelled 1.2.1; the 保障机制 slides say 1.2.1 and are labelled 1.2.2
    trap = [b for b in blocks if b["type"] == "heading" and "1.2.1" in b["line"]]
    if len(trap) != 3 or any(b["clause"] != "1.2.2" for b in trap):
        problems.append("ordinal-trap headings wrong: %s" % [(b["line"], b["clause"]) for b in trap])
    # the two-year item: 2022 and 2023 only; 2021 only in the bullet saying why it is not given
    t = text_of("3.2.1")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.2.1 years %s" % sorted(set(YEAR.findall(t))))
    for b in body:
        if b["clause"] == "3.2.1" and ("2021" in b["line"] or "2020" in b["line"]) and "不列" not in b["line"]:
            problems.append("3.2.1: 2021 outside the explanation: " + b["line"][:30])
    if "三年" in t:
        problems.append("3.2.1 mentions 三年")
    # the others have 2021–2023 and (except 3.1.1) a comparison
    for c in ["3.1.1", "3.1.2", "3.2.2", "3.3.1", "3.3.2"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks three years" % c)
    for c in ["3.1.2", "3.2.1", "3.2.2", "3.3.1", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.1.1"):
            problems.append("comparison word %s in 3.1.1" % w)
    # unexplained: 居家服务家属满意度 only in the 3.2.2 table; no result text mentions family satisfaction
    if "居家服务家属满意度" not in text_of("3.2.2", ("table",)):
        problems.append("家属满意度 missing from the 3.2.2 table")
    for b in body:
        if b["type"] == "text" and b["clause"].startswith("3") and "家属满意" in b["line"]:
            problems.append("家属满意 mentioned in result text: " + b["line"][:20])
    # explained ones
    if "流失率2022年升到" not in text_of("3.1.1", ("text",)):
        problems.append("3.1.1 explanation missing")
    if "入托率2022年降到" not in text_of("3.1.2", ("text",)):
        problems.append("3.1.2 explanation missing")
    # bullets: process bullets are short (slide lines)
    for b in body:
        if b["type"] == "text" and b["line"][:2] in ("- ", "• ") and not b["clause"].startswith("3"):
            n = len(b["line"]) - 2
            if not 8 <= n <= 40:
                problems.append("bullet length %d: %s" % (n, b["line"][:24]))
    problems += build_common.misplaced_problems(blocks)
    if sum(1 for b in blocks if b.get("misplaced_under")) != 1:
        problems.append("want exactly one misplaced paragraph")
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
