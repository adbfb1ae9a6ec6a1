#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-hospital-deepnum from source.txt.

A Beijing district public hospital (北京市泠岫区医院, made up; its peers 漪垣医院 and 枞溪医院 and its benchmark
杭州栝川医院 are made up too), written in a hospital-administration voice (院党委, 医疗质量与安全, DRG,
国考). Headings: chapters ``第1章 领导`` … ``第7章 结果`` (Arabic numeral inside 第…章), items with the
standard's decimal numbers (``1.1 高层领导的作用``), and below every item the hospital's OWN deeper decimal
numbering ``1.1.1 …`` (sub-headings labelled with their item; Beijing has no 1.1.1 clause). Profile
``第0章 医院概述`` with ``0.1`` / ``0.2`` and their own ``0.1.1`` … sub-headings. Front matter (title, cover
block, 目录 listing chapters and items) and back matter (自评得分汇总表, a table marked ``@T -``) are clause
null. 4.4 技术资源 is missing everywhere.

Run: /work/main/.venv/bin/python samples/heldout/bj-hospital-deepnum/build.py
"""

import os
import re
import sys

META = {
    "standard": "beijing-2020",
    "seed_glob": "/work/shared/seeds/*.txt",
    "size_range": (12000, 16000),
    "profile_clauses": ["0.1", "0.2"],
    "profile_limit": 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    "all_clauses": [
        "0",
        "0.1",
        "0.2",
        "1",
        "1.1",
        "1.2",
        "1.3",
        "2",
        "2.1",
        "2.2",
        "3",
        "3.1",
        "3.2",
        "4",
        "4.1",
        "4.2",
        "4.3",
        "4.4",
        "4.5",
        "4.6",
        "5",
        "5.1",
        "5.2",
        "6",
        "6.1",
        "6.2",
        "7",
        "7.1",
        "7.2",
        "7.3",
        "7.4",
        "7.5",
        "7.6",
    ],
    "leaf_clauses": [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
        "3.1",
        "3.2",
        "4.1",
        "4.2",
        "4.3",
        "4.4",
        "4.5",
        "4.6",
        "5.1",
        "5.2",
        "6.1",
        "6.2",
        "7.1",
        "7.2",
        "7.3",
        "7.4",
        "7.5",
        "7.6",
    ],
    "expected_missing": ["4.4"],
    "results_lacking_three_years": ["7.4"],
    "results_lacking_comparison": ["7.5"],
    "results_without_numbers": [],
    "no_comparison_words": ["7.5"],
    # 4.4 技术资源 must be absent everywhere (front and back matter included): no management of medical
    # technologies (准入, 限制类, 评估), no new techniques or projects, no research, patents, papers,
    # trials or their transfer, no key specialties or discipline building, no own innovation in technology.
    "forbidden_words": [
        "新技术",
        "新项目",
        "技术准入",
        "限制类",
        "科研",
        "专利",
        "课题",
        "成果转化",
        "重点专科",
        "重点学科",
        "学科建设",
        "学科带头人",
        "技术管理",
        "自主创新",
        "技术储备",
        "研究",
        "论文",
        "临床试验",
        "技术评估",
        "技术创新",
        "医疗技术",
        "技术资源",
        "新业务",
        "创新技术",
        "技术引进",
        "适宜技术",
        "技术人员",
    ],
    "unfavourable_results": [
        {
            "clause": "7.2",
            "indicator": "门诊患者满意度（88.6、89.3分，2023年降至87.4分，低于同级医院平均88.9分、"
            "北京市三级医院平均89.5分和枞溪医院88.8分）",
            "explained": False,
        },
        {
            "clause": "7.3",
            "indicator": "医疗收入与收支结余率（2022年由21.8亿元降至21.2亿元、由2.1%降至0.4%）",
            "explained": True,
        },
    ],
    "notes": (
        "北京2020，虚构的北京区属三级综合医院（北京市泠岫区医院，泠岫区不存在；同级医院漪垣医院、枞溪医院和标杆杭州栝川医院也不存在）。"
        "医院管理部门语体：院党委、医疗质量与安全、DRG、国考/市考、患者体验，平实、以事实为主。"
        "版式：两行标题（level 0，clause null）；封面信息块和目录块（front matter，@P -，clause null；“目　录”标题level 1，clause null），"
        "目录只列章和条目（点状前导符加页码），不列4.4。概述为“第0章 医院概述”（level 1，标0），其下“0.1 组织概况”“0.2 组织面临的挑战”"
        "（level 2），再下是医院自己的“0.1.1 医院基本情况”“0.1.2 组织结构与服务对象”“0.2.1 竞争环境”“0.2.2 战略挑战与优势”"
        "“0.2.3 绩效改进系统”（level 3，分别标0.1、0.2）。正文章标题“第1章 领导”…“第7章 结果”（第…章中为阿拉伯数字，level 1，标1…7），"
        "条目标题带准则编号“1.1 高层领导的作用”（level 2），约一半用医院自己的说法：“1.2 党委领导下的医院治理”=1.2，"
        "“2.2 规划落地与执行监测”=2.2，“3.1 患者和服务需求的了解”=3.1，“3.2 患者关系与就医体验”=3.2，“4.2 运营与财务管理”=4.2，"
        "“4.5 院区、设备与后勤保障”=4.5，“4.6 医联体与合作单位”=4.6，“5.2 诊疗过程的实施与改进”=5.2，“6.2 持续改进与创新”=6.2，"
        "“7.1 医疗服务结果”=7.1。每个条目下有医院自己的三级十进制小标题（1.1.1、1.1.2、1.1.3、4.1.1…4.1.4、7.1.1 医疗质量指标、"
        "7.1.2 与同级医院对比等，level 3），标所属条目——北京准则没有1.1.1这一层，它们不是条款。部分段落以“【做法】”“【成效】”开头"
        "（段内引导语，不是标题）。第7章下有一段引言，标7。文末“附：自评得分汇总表”（标题level 1，clause null）及一张得分表"
        "（@T -，back matter，clause null；表中列出条目编号和名称，不含4.4）。"
        "刻意缺陷：4.4 技术资源整条缺失——第4章从4.3直接到4.5，目录也没有4.4；全文没有医疗技术临床应用管理、新技术新项目准入、"
        "限制类技术、科研、专利、论文、成果转化、重点专科或学科建设的内容（forbidden_words），7.4 也没有技术结果。"
        "6.2 写的是改进项目、品管圈和服务模式（日间手术、多学科联合门诊等）的试点推广，不是技术资源。"
        "7.4 只有2022年和2023年（2021年只出现在说明人事薪酬制度改革后口径不可比、未列出的句子里），有同级医院平均（2023年）、"
        "北京市三级医院平均（2023年）和“在北京市区属医院中位列第二”的对比，不计入缺对比。"
        "7.5 有2021—2023年三年数据，但只有“2023年目标值”“国家考核标准”两列以及“十四五”规划要求、“完成年度计划”，"
        "没有同级医院、北京市平均、同行、标杆或排名对比。"
        "不利结果：7.2 门诊患者满意度三年为88.6、89.3、87.4分，2023年下降且低于同级医院平均、北京市三级医院平均和枞溪医院，"
        "只在表7-2中出现，正文（包括3.2和7.2）没有提及或解释；7.3 医疗收入和收支结余率2022年下降，已解释（承担区定点救治任务、"
        "择期手术推迟、防护物资和人力支出增加）。一段回答3.2的段落（投诉办结后回访）放在“5.2.3 两个院区的同质化管理”小标题下"
        "（misplaced）。结果写法：多为年份为列的表（2021年、2022年、2023年、同级医院平均、北京市三级医院平均（2023年）、"
        "枞溪医院（2023年）），7.6 表中有国考等级和“全国第412位”等排名及漪垣医院、枞溪医院列；另有叙述序列"
        "（由2021年的21个增加到2022年的38个、2023年的56个；三年分别为……）。7.5 的“4.4”是表中急诊滞留时间的数值，不是条款号。"
        "组织概述（0.1+0.2段落，不含标题）低于3,000字上限。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
RESULT_ITEMS = ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]
EXTRA_COMPARISON = ("同级", "全市", "全国", "位列", "北京市", "枞溪", "漪垣", "栝川", "高于", "低于", "好于", "名次")


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # heading layout: 第N章 / item number / own deeper number under the item
    chapter = item = None
    subs = {}
    for b in blocks:
        if b["type"] != "heading" or b["clause"] is None:
            continue
        line, lvl, c = b["line"], b["level"], b["clause"]
        if lvl == 1:
            if not line.startswith("第%s章 " % c):
                problems.append("chapter heading: " + line)
            chapter = c
        elif lvl == 2:
            if not line.startswith(c + " ") or c.split(".")[0] != chapter:
                problems.append("item heading: " + line)
            item = c
        elif lvl == 3:
            if c != item or not re.match(re.escape(item) + r"\.\d ", line):
                problems.append("sub-heading not under its item: " + line)
            subs[item] = subs.get(item, 0) + 1
    for c in META["all_clauses"]:
        item = c.count(".") == 1 and c not in ("4.4",) and not c.startswith("0")
        if item and (not 2 <= subs.get(c, 0) <= 4 or (not c.startswith("7") and subs.get(c, 0) < 3)):
            problems.append("%s has %d sub-headings" % (c, subs.get(c, 0)))
    # 4.4 not in the table of contents nor a heading
    for b in blocks:
        if b["clause"] is None and b["type"] == "text" and re.search(r"(?m)^\s*4\.4", b["line"]):
            problems.append("4.4 listed in front matter")
    # 7.4: 2022 and 2023 only; 2021 only in the sentence saying why it is left out
    t = text_of("7.4")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("7.4 years %s" % sorted(set(YEAR.findall(t))))
    for s in re.split(r"(?<=[。；\n])", t):
        if "2021" in s and "不可比" not in s:
            problems.append("7.4: 2021 outside the explanation: " + s[:30])
    if "三年" in t:
        problems.append("7.4 mentions 三年")
    for c in ["7.1", "7.2", "7.3", "7.5", "7.6"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks one of 2021-2023" % c)
    # 7.5: no comparison of any kind
    for w in EXTRA_COMPARISON:
        if w in text_of("7.5"):
            problems.append("comparison word %s in 7.5" % w)
    if re.search(r"第\d+位", text_of("7.5")):
        problems.append("ranking in 7.5")
    for c in ["7.1", "7.2", "7.3", "7.4", "7.6"]:
        if not any(w in text_of(c) for w in ("同级医院平均", "北京市三级医院平均", "枞溪", "漪垣", "位列", "全国第")):
            problems.append("%s has no comparison" % c)
    # unexplained: 门诊患者满意度 only in the 7.2 table, never in text
    if "门诊患者满意度" not in text_of("7.2", ("table",)):
        problems.append("门诊患者满意度 missing from the 7.2 table")
    for b in blocks:
        if b["type"] == "text" and ("门诊患者满意" in b["line"] or "门诊满意" in b["line"]):
            problems.append("门诊满意度 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained: the 2022 fall in 7.3
    if "主要原因" not in text_of("7.3", ("text",)):
        problems.append("7.3 explanation missing")
    # inline lead-ins
    if sum(b["line"].startswith(("【做法】", "【成效】")) for b in body) < 6:
        problems.append("too few 【做法】/【成效】 lead-ins")
    # the misplaced paragraph sits under a 5.2 sub-heading
    problems += build_common.misplaced_problems(blocks)
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
