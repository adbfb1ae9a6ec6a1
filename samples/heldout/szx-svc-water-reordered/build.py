#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-water-reordered from source.txt.

A Shenzhen district government-affiliated one-stop enterprise service centre (深圳市璘溪区企业服务中心,
made up; its peer centres 瀍湾区企业服务中心 and 玹岭区政企服务中心, its benchmark 苏州市珂淞区企业综合服务中心
and the survey firm 岚澍调研 are made up too). It handles 开办企业, 政策兑现, 企业诉求 and 12345 转办 work.
Voice: a service manager writing short paragraphs, each opening with what was done (``组建于2017年8月。``,
``建立了目标责任制。``, ``把风险管起来。``).

Layout: Markdown ``#`` headings carrying the standard's own decimal numbers and its titles or close
paraphrases (``# 1 高标准定位``, ``## 1.1 领导``, ``### 1.1.1 确定方向``, ``### 3.2.2 企业和群众满意``,
``## 2.3 创新驱动``). A plain title line and a cover block (front matter). **The centre writes its parts in its
own order**: the profile ``# 0 组织概述`` (own sub-headings ``## 0.1`` … ``## 0.3``, labelled 0), then the
results category ``# 3 高绩效结果`` straight after the profile, then ``# 1``, then ``# 2`` in which ``## 2.2
运行管理`` comes before ``## 2.1 运行体系`` (then ``## 2.3``). The numbers in the headings are the true clause
ids, so they do not follow the document order. Short lead-ins under ``# 3`` and ``# 2`` say why (labelled 3
and 2). 2.2.2 过程优化 is missing: ``### 2.2.1`` is followed directly by ``## 2.1``.

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-water-reordered/build.py
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
    "expected_missing": ["2.2.2"],
    "results_lacking_three_years": ["3.3.2"],
    "results_lacking_comparison": ["3.1.2"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.1.2"],
    # 2.2.2 过程优化 must be absent everywhere: no process streamlining or re-engineering, no lean / PDCA /
    # QC circles / quality tools, no process-optimisation goals or their monitoring.
    "forbidden_words": [
        "过程优化", "流程优化", "优化流程", "流程再造", "再造", "精益", "PDCA", "QC", "六西格玛",
        "质量工具", "鱼骨", "价值流", "精细化", "统计技术", "瓶颈", "减环节", "压缩环节", "环节压减",
        "流程改进", "改进流程",
    ],
    "unfavourable_results": [
        {"clause": "3.2.1", "indicator": "政策兑现平均办理时长（2022年由32个工作日延长到36个工作日）",
         "explained": True},
        {"clause": "3.2.1",
         "indicator": "诉求重复率（6.8%、6.1%、2023年升至7.9%，高于全市同类中心平均6.5%、瀍湾中心7.0%、玹岭中心5.9%）",
         "explained": False},
        {"clause": "3.2.2", "indicator": "12345转办件满意率（2022年由91.2%降到89.7%）", "explained": True},
    ],
    "notes": (
        "深圳服务类，虚构的区属一站式企业服务中心（深圳市璘溪区企业服务中心，区政务服务数据管理局管理的公益二类事业单位，"
        "不存在；同类中心瀍湾区企业服务中心、玹岭区政企服务中心，标杆苏州市珂淞区企业综合服务中心，测评机构岚澍调研都不存在）。"
        "业务为开办企业、政策兑现、企业诉求办理和12345转办。服务经理口吻，段落短，每段开头先说做了什么"
        "（“建立了目标责任制。”“把风险管起来。”）。"
        "版式：一行纯文本报告标题（level 0，clause null）和封面信息块（@P -，clause null）；Markdown #标题，带标准自己的"
        "十进制编号和标准标题或相近说法（# 1 高标准定位，## 1.1 领导，### 1.1.1 确定方向，### 1.2.1 对标定位与规划，"
        "## 2.3 创新驱动，### 3.2.2 企业和群众满意）。简介为“# 0 组织概述”（level 1，标0），下有中心自己的小标题"
        "“## 0.1 中心是做什么的”“## 0.2 服务对象、合作单位和要守的规矩”“## 0.3 形势、挑战和我们的底气”（level 2，均标0）。"
        "关键：中心按自己的顺序排类目和条目——简介之后先写结果类目“# 3 高绩效结果”（3.1、3.2、3.3），再写“# 1”，最后写"
        "“# 2”，且在“# 2”里先写“## 2.2 运行管理”再写“## 2.1 运行体系”，然后是“## 2.3”。标题里的编号都是真实条款号，"
        "与文档顺序不一致。“# 3”和“# 2”下各有一段说明写法顺序的引言，分别标3和2。"
        "刻意缺陷：2.2.2 过程优化整条缺失——“### 2.2.1 量化管理”之后直接是“## 2.1 运行体系”；全文没有流程优化、流程再造、"
        "精益、PDCA、QC小组、质量工具或过程优化目标及其监测的内容（forbidden_words）。2.2.1 里有“因果图查原因”和改进事项清单，"
        "属于测量分析识别改进机会（2.2.1.3），不是过程优化；2.1.2 梳理主要服务流程、画流程图，属于体系建设。"
        "3.3.2 示范效应只有2022年和2023年（2021年只出现在说明台账从2022年才建立、不列2021年的句子里），有同类中心排名对比。"
        "3.1.2 规划达成结果有2021—2023年三年数据，但只有“2023年目标值”“2025年规划目标”列和规划值对照，没有同行、平均、"
        "标杆或排名对比。不利结果：3.2.1 政策兑现平均办理时长2022年由32个工作日延长到36个（已解释：纾困政策集中出台、申报量"
        "多1.3倍）；3.2.2 12345转办件满意率2022年由91.2%降到89.7%（已解释：租金减免等工单超出区级权限）；3.2.1 诉求重复率"
        "（越低越好）6.8%→6.1%→7.9%，2023年高于全市同类中心平均6.5%、瀍湾中心7.0%和玹岭中心5.9%，只在表3-3中出现，"
        "正文没有提及或解释。与标杆珂淞中心的差距（开办企业平均办理时长、免申即享资金占比）逐年缩小，不列为不利结果。"
        "一段回答1.2.2 的廉洁与财经纪律段落（兑现岗位分设、回避、廉洁风险排查、问责）放在“### 2.2.1 量化管理”下"
        "（misplaced）。结果写法：表3-1、3-3、3-5年份为列，带“全市同类中心平均（2023年）”和同类中心（2023年）列；表3-4"
        "年份为行，全市同类中心平均（2023年）、瀍湾中心（2023年）为行；表3-2只有目标值列；叙述序列（由2021年的11.5小时"
        "缩短到2022年的7.2小时、2023年的4.6小时；三年分别为……）；排名（2021年排第4，2022年排第2，2023年排第1）；"
        "越低越好的指标（平均办理时长——指标名称，不是对比；诉求重复率；流失率；单件业务综合成本）。"
        "深圳标准未规定简介字数，profile_over_limit 为 false。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

COMPARISON_WORDS = ("标杆", "行业", "同行", "竞争", "对手", "平均", "排名", "对比", "领先", "优于", "位列",
                    "第一", "第二", "第三", "高于", "低于", "全市", "全国", "全省", "同类", "瀍湾", "玹岭", "珂淞")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
# the document order of the category / item headings (the centre's own order)
ORDER = ["0", "3", "3.1", "3.1.1", "3.1.2", "3.2", "3.2.1", "3.2.2", "3.3", "3.3.1", "3.3.2",
         "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2",
         "2", "2.2", "2.2.1", "2.1", "2.1.1", "2.1.2", "2.3", "2.3.1", "2.3.2"]


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # headings: numbered with their true clause id, markdown level = clause depth, in the centre's order
    seen = []
    for b in blocks:
        if b["type"] != "heading" or b["clause"] is None:
            continue
        m = re.match(r"^(#+) (\S+) ", b["line"])
        if not m:
            problems.append("heading without # and number: " + b["line"])
            continue
        if b["clause"] == "0":
            if not m.group(2).startswith("0"):
                problems.append("profile heading: " + b["line"])
        elif m.group(2) != b["clause"] or len(m.group(1)) != b["clause"].count(".") + 1:
            problems.append("heading number/level does not match its clause: " + b["line"])
        if b["clause"] not in seen:
            seen.append(b["clause"])
    if seen != ORDER:
        problems.append("heading order %s" % seen)
    # the item with two years: 2022 and 2023 only; 2021 only in the sentence saying why it is left out
    t = text_of("3.3.2")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.3.2 years %s" % sorted(set(YEAR.findall(t))))
    for s in re.split(r"(?<=[。；])", t):
        if "2021" in s and "不列" not in s:
            problems.append("3.3.2: 2021 outside the explanation: " + s[:30])
    if "三年" in t:
        problems.append("3.3.2 mentions 三年")
    for c in ["3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.1"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks one of 2021-2023" % c)
    for c in ["3.1.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.1.2"):
            problems.append("comparison word %s in 3.1.2" % w)
    # unexplained: 诉求重复率 appears in the 3.2.1 table only, in no text block anywhere
    if "诉求重复率" not in text_of("3.2.1", ("table",)):
        problems.append("诉求重复率 missing from the 3.2.1 table")
    for b in blocks:
        if b["type"] == "text" and "重复" in b["line"]:
            problems.append("重复 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained: the 2022 rises/falls are explained in their text
    if "主要原因" not in text_of("3.2.1", ("text",)):
        problems.append("3.2.1 explanation missing")
    if "89.7%" not in text_of("3.2.2", ("text",)):
        problems.append("3.2.2 explanation missing")
    # the misplaced paragraph sits under 2.2.1
    problems += build_common.misplaced_problems(blocks)
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
