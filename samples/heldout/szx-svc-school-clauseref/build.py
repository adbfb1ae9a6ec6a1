#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-school-clauseref from source.txt.

A Shenzhen private K-12 school group (深圳市瑢泖教育集团, 民办; three campuses in the made-up districts 霈川区 and
岕湾区; its peer schools 深圳市澴屿学校 and 沩珈实验学校, its benchmark 苏州浥岑教育集团, the survey firm
珰澈教育评估中心 and the contractors 驰湍客运 / 禾屿膳食 are made up too), written by the group's 校长办公室 in a
reflective principal's-office voice; 学年 series (``2020—2021学年`` …) for teaching, pupils and parents, calendar
years for money, honours and innovation output.

Layout: **the school's own outline, each heading tagged with the standard clause it answers**. Markdown: a ``#``
title (level 0, null), a cover block and a ``## 写在前面`` foreword (front matter), ``## 集团概况`` (= 0) with two
untagged ``###`` sub-headings, then seven ``##`` sections in the school's own order and grouping
(``## 一、办学理念与领导班子`` … ``## 七、办学成效``) that do not follow the standard: section 三 answers 1.2.1 and
1.2.2, section 五 answers 2.2.1, 2.2.2 and the second half of 2.1.1, 1.2.2 is spread over sections 二 and 三,
2.1.1 over sections 四 and 五. Every ``###`` heading ends with a tag written in a different way each time:
``（对应标准1.1.1）``, ``【条款1.2.2】``, ``——对应1.2.1``, ``(1.2.2)``, ``（对应3.1.1）``; two tags name only the
item (``（对应标准1.2）`` over 1.2.1 content, ``【条款2.2】`` over 2.2.2 content); two results headings carry two
clauses (``（对应3.2.1、3.2.2）``, ``（对应3.3.1、3.3.2）``; labelled 3.2 / 3.3, their paragraphs one by one);
three ``###`` headings have no tag (their content decides). A back-matter ``## 写在最后`` closes the report.

Planted defects: **1.1.2 团队建设 missing** (no tagged heading, no content: nothing on climate, support for staff,
evaluation of the team, staff suggestions or staff development anywhere). Ordinal trap: section 一 is the
leadership section and its untagged second heading ``### （二）校长室的日常：把理念带进每间教室`` is still 1.1.1
(leaders living the values, reviewing and revising them), not 1.1.2. **3.1.2 has 2022 and 2023 only** (2021 only
in the sentence saying why it is not given). **3.3.1 has 2021–2023 but only ``2023年规划目标`` / ``2026年规划目标``**.
Unfavourable: 3.2.1 每千名学生家长有效投诉 2.1 → 1.8 → 2.6, above 区平均 2.0 (only in 表7-3, unexplained); 3.1.2
生均办学成本 / 办学结余率 (2023) and 3.2.2 家长满意度 (2021—2022学年) explained. **One 1.2.2 paragraph (safety
risks and continuity) sits under ``### （二）一天十二个小时的服务链【条款2.1.2】``** (``misplaced``).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-school-clauseref/build.py
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
    "expected_missing": ["1.1.2"],
    "results_lacking_three_years": ["3.1.2"],
    "results_lacking_comparison": ["3.3.1"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.3.1"],
    # 1.1.2 团队建设 must be absent everywhere: no staff climate, support, team evaluation, staff suggestions,
    # training, mentoring, titles/promotion, recognition or staff satisfaction.
    "forbidden_words": [
        "团队", "队伍建设", "培训", "培养", "师徒", "青蓝", "带教", "职称", "晋升", "提拔", "合理化建议",
        "专业成长", "教师发展", "职业发展", "氛围", "激励", "评优", "表彰", "教职工满意", "教师满意",
        "员工满意", "关爱", "教代会", "骨干教师", "名师",
    ],
    "unfavourable_results": [
        {"clause": "3.2.1",
         "indicator": "每千名学生家长有效投诉（2.1、1.8件，2022—2023学年升至2.6件，高于区平均2.0和沩珈实验学校1.9）",
         "explained": False},
        {"clause": "3.1.2", "indicator": "生均办学成本上升8.7%、办学结余率由6.8%降到5.1%（2023年）",
         "explained": True},
        {"clause": "3.2.2", "indicator": "家长满意度（2021—2022学年由91.6%降到88.9%）", "explained": True},
    ],
    "notes": (
        "深圳服务类，虚构的深圳民办K-12学校集团（深圳市瑢泖教育集团，三个校区，在虚构的霈川区、岕湾区；同类学校深圳市澴屿学校、"
        "沩珈实验学校，标杆苏州浥岑教育集团，测评机构珰澈教育评估中心，合作单位驰湍客运、禾屿膳食都不存在）。集团校长办公室执笔，"
        "口吻平实、带反思；教学、学生、家长数据用学年（2020—2021学年…2022—2023学年），经费、荣誉、创新成果用自然年度。"
        "版式：学校按自己的提纲写，每个###小标题末尾标注所对应的标准条款。一行Markdown #标题（level 0，clause null），封面信息块"
        "和“## 写在前面”一段（前置内容，clause null）；“## 集团概况”（标0）下两个不带标注的###小标题（标0）；然后是七个##部分，"
        "顺序和分组都是学校自己的：一、办学理念与领导班子（1.1），二、集团治理与依法办学（1.2），三、发展规划与资源保障（1.2，"
        "含1.2.1和1.2.2），四、学生与家长服务（2.1），五、教学运行与持续改进（2.2，含2.2.1、2.2.2，以及2.1.1的后半部分），"
        "六、改革与创新（2.3），七、办学成效（3）；1.2.2分在二、三两部分，2.1.1分在四、五两部分。###标题的标注写法不统一："
        "“（对应标准1.1.1）”“【条款1.2.2】”“——对应1.2.1”“(1.2.2)”“（对应3.1.1）”；两个只标到条目：“（对应标准1.2）”下是1.2.1"
        "的内容，“【条款2.2】”下是2.2.2的内容（标题按内容标1.2.1、2.2.2）；两个结果标题同时标两个条款（“（对应3.2.1、3.2.2）”"
        "“（对应3.3.1、3.3.2）”，标题标3.2、3.3，段落逐段按所回答的条款标注）；三个###标题没有标注（一（二）=1.1.1，二（二）=1.2.2，"
        "六（三）=2.3.2）。“## 七、办学成效”下有一段说明口径的引言（标3）。末尾“## 写在最后”一段为后置内容（clause null）。"
        "刻意缺陷：1.1.2 团队建设整条缺失（没有带标注的标题，也没有内容：全文没有组织氛围、为教职工履职创造条件、团队建设评估、"
        "员工建议、员工发展的内容；forbidden_words）。序号陷阱：“一、办学理念与领导班子”是领导力部分，其下不带标注的第二个标题"
        "“（二）校长室的日常：把理念带进每间教室”仍是1.1.1（领导垂范、制度和活动传递理念、评估并修订理念），不是1.1.2。"
        "3.1.2 只有2022年和2023年两个年度（2021年只出现在说明2022年起才统一核算、不列以前年度的句子里），有区民办学校平均和"
        "标杆对比。3.3.1 有2021—2023三年数据，但只有“2023年规划目标”“2026年规划目标”列，没有任何对比。"
        "不利结果：3.2.1 每千名学生家长有效投诉2.1→1.8→2.6件，2022—2023学年高于区平均2.0和沩珈实验学校1.9，只在表7-3中出现，"
        "正文没有提及或解释；3.1.2 2023年生均办学成本上升、办学结余率下降（已解释：老校区改造和规划安排的投入）；3.2.2 家长满意度"
        "2021—2022学年下降（已解释：线上教学、校车和寄宿暂停、退费慢）。与标杆浥岑集团的差距不列为不利结果。"
        "一段回答1.2.2 的校园安全风险与办学不中断段落放在“（二）一天十二个小时的服务链【条款2.1.2】”下（misplaced）。"
        "结果写法：表格年份（学年）为列，带“区民办学校平均（2022—2023学年）”“澴屿学校（2022—2023学年）”“浥岑教育集团（标杆）”等列；"
        "叙述序列（由2021年的26门增加到2022年的34门、2023年的41门；分别为6次、9次、14次）；排名（全市第15名升至第7名，全区第1名）。"
        "深圳标准未规定简介字数，profile_over_limit 为 false。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

COMPARISON_WORDS = ("标杆", "行业", "同行", "竞争", "对手", "平均", "排名", "对比", "领先", "优于", "位列",
                    "第一", "第二", "全市", "全区", "全国", "全省", "同类", "澴屿", "沩珈", "浥岑", "名")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
TAG = re.compile(r"(?:（对应(?:标准)?|【条款|——对应|\()([0-9.、]+)(?:）|】|\))?$")
UNTAGGED = {"（二）校长室的日常：把理念带进每间教室", "（二）守规矩，是民办学校的生命线", "（三）把好做法写成规范"}


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # ### headings: a clause tag at the end (leaf, item or two leaves) or one of the three untagged ones
    for b in blocks:
        if b["type"] != "heading" or not b["line"].startswith("### ") or b["clause"] == "0":
            continue
        title = b["line"][4:]
        m = TAG.search(title)
        if title in UNTAGGED:
            if m:
                problems.append("untagged heading has a tag: " + title)
            continue
        if not m:
            problems.append("heading without a tag: " + title)
            continue
        ids = m.group(1).split("、")
        if len(ids) == 2:
            ok = all(i.rsplit(".", 1)[0] == b["clause"] for i in ids)
        else:
            ok = ids[0] == b["clause"] or b["clause"].startswith(ids[0] + ".")
        if not ok:
            problems.append("tag %s does not fit label %s: %s" % (ids, b["clause"], title))
    # the two-year item: 2022 and 2023 only; 2021 only in the sentence saying why it is left out
    t = text_of("3.1.2")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.1.2 years %s" % sorted(set(YEAR.findall(t))))
    for s in re.split(r"(?<=[。；])", t):
        if ("2021" in s or "2020" in s) and "只列" not in s:
            problems.append("3.1.2: 2021 outside the explanation: " + s[:30])
    if "三年" in t or "学年" in t:
        problems.append("3.1.2 mentions 三年 / 学年")
    # the others have three consecutive years (学年 or calendar) and (except 3.3.1) a comparison
    for c in ["3.1.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2"]:
        tc = text_of(c)
        if not ({"2021", "2022", "2023"} <= set(YEAR.findall(tc))
                or all(y in tc for y in ("2020—2021学年", "2021—2022学年", "2022—2023学年"))):
            problems.append("%s lacks three years" % c)
    for c in ["3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.3.1"):
            problems.append("comparison word %s in 3.3.1" % w)
    # unexplained: the complaints figure appears in the 3.2.1 table only, in no text block anywhere
    if "有效投诉" not in text_of("3.2.1", ("table",)):
        problems.append("有效投诉 missing from the 3.2.1 table")
    for b in blocks:
        if b["type"] == "text" and "投诉" in b["line"] and b["clause"] != "1.2.2":
            problems.append("投诉 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained ones
    if "原因主要有两个" not in text_of("3.1.2", ("text",)):
        problems.append("3.1.2 explanation missing")
    if "原因是" not in text_of("3.2.2", ("text",)):
        problems.append("3.2.2 explanation missing")
    problems += build_common.misplaced_problems(blocks)
    if sum(1 for b in blocks if b.get("misplaced_under")) != 1:
        problems.append("want exactly one misplaced paragraph")
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
