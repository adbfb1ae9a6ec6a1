#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-airport-jiepian from source.txt.

A Shenzhen airport ground-handling and passenger-service company (深圳市翯泷空港地面服务有限公司, made up, at the
made-up 深圳璟湾国际机场; its peers 广州岺溆机场地服有限公司 and 厦门沅翚空港服务有限公司 and its benchmark
成都璈岫空港服务集团 are made up too), written by its 服务质量部 in a concrete, procedural voice with passenger and
staff stories (值机, 安检协助, 行李, 特殊旅客, 机坪保障, 正点率).

The layout is the point: plain text, no markdown. A title line and a cover block (front matter), no 目录. The
profile is an unnumbered ``序篇　组织概况`` with ``一、二、三、`` sub-headings. Then THREE heading levels, all written
with 第…, like a book:

- ``第一篇 高标准定位`` … ``第三篇 高绩效结果`` = the standard's categories 1/2/3 (level 1);
- ``第一章 领导力`` … = its items 1.1, 1.2 …; the 章 numbers RESTART in every 篇 (level 2);
- ``第一节 确定方向`` … = its leaves; the 节 numbers RUN ON through the whole report (第一节 … 第十五节) and
  never restart (level 3). About half the 节 titles are the company's own words.

Some 节 have ``（一）（二）`` sub-headings of their own (level 4, labelled with the leaf).

2.1.1 服务设计 is missing everywhere, so ``第二篇 / 第一章 运行体系`` holds only ``第五节 体系建设`` (= 2.1.2) and every
节 from 第五节 on is one off against the standard's leaf order (ordinal trap): 第六节 = 2.2.1, 第九节 = 2.3.2,
第十五节 = 3.3.2.

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-airport-jiepian/build.py
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
    "expected_missing": ["2.1.1"],
    "results_lacking_three_years": ["3.2.2"],
    "results_lacking_comparison": ["3.3.1"],
    "results_without_numbers": [],
    "no_comparison_words": ["3.3.1"],
    # 2.1.1 服务设计 must be absent everywhere: no collecting or identifying what passengers/airlines want, no
    # designing of services or of the ways they are delivered, no feedback channels (hotline, mailbox, forums,
    # surveys, public-opinion monitoring) used to check a service design, no reshaping of the service range.
    "forbidden_words": [
        "服务设计", "设计服务", "需求", "征集", "座谈", "舆情", "问卷", "服务产品", "服务方式", "渠道", "旅程",
        "触点", "细分", "听证", "意见箱", "热线", "服务种类", "服务内容", "服务清单", "新服务", "体验设计",
    ],
    "unfavourable_results": [
        {"clause": "3.1.2",
         "indicator": "营业收入、利润总额、成本费用利润率、保障航班架次（2022年下降）和单架次保障成本（2022年上升），"
                      "已解释：疫情期间航班量大幅减少、固定成本压不下来",
         "explained": True},
        {"clause": "3.1.2", "indicator": "人均保障航班架次（2022年由58.7降至43.5，同句括号内说明因航班减少）",
         "explained": True},
        {"clause": "3.1.2", "indicator": "单位旅客服务人工成本（2022年由3.46元升至3.71元，已解释：旅客量减少而人员未同比例减少）",
         "explained": True},
        {"clause": "3.2.1",
         "indicator": "值机平均排队时长（越短越好；2022年6.9分钟，2023年回升到9.4分钟），已解释：旅客量增长、高峰柜台不足",
         "explained": True},
        {"clause": "3.2.1",
         "indicator": "行李差错率（越低越好；2.6、2.3、3.1件/万件，2023年上升且高于行业平均2.8和岺溆地服2.5；只在表3-3中）",
         "explained": False},
    ],
    "notes": (
        "深圳服务类，虚构的深圳机场地面服务代理企业（深圳市翯泷空港地面服务有限公司不存在；深圳璟湾国际机场、"
        "深圳璟湾机场集团、同行广州岺溆机场地服有限公司、厦门沅翚空港服务有限公司、标杆成都璈岫空港服务集团、"
        "“对标联盟”及文中人物也都不存在）。服务质量部口吻，具体、讲流程，穿插旅客和员工故事。"
        "版式是本样本的重点：纯文本，一行报告标题（level 0，clause null）和封面信息块（@P -，clause null），没有目录；"
        "简介为不带编号的“序篇　组织概况”（level 1，标0），下设“一、我们做什么”“二、我们的长处与短板”“三、我们面对的形势”"
        "（level 2，标0）。正文三级标题都用“第…”：“第一篇 高标准定位”“第二篇 高质量运行”“第三篇 高绩效结果”"
        "（level 1，类目1、2、3）；“第一章 领导力”等（level 2，条目1.1…3.3），章号在每一篇里重新从第一章开始；"
        "“第一节 确定方向”等（level 3，条款），节号像书一样全书连续编号，不重新开始（第一节……第十五节）。"
        "约一半节标题用企业自己的话：第二节 带出一支靠得住的队伍=1.1.2，第四节 治理、合规与资源保障=1.2.2，"
        "第六节 用数据盯住每一个航班=2.2.1，第九节 从点子到现场=2.3.2，第十一节 规划目标完成与经营结果=3.1.2，"
        "第十三节 旅客怎么评价我们=3.2.2，第十五节 可复制的经验=3.3.2。第二节、第七节、第十二节下有企业自己的"
        "“（一）（二）”小标题（level 4，标所属条款）。"
        "刻意缺陷：2.1.1 服务设计整条缺失——“第二篇 第一章 运行体系”下只有“第五节 体系建设”（=2.1.2），"
        "从第五节起节号与标准条款顺序错一位（序号陷阱：第五节按顺序应是2.1.1，实为2.1.2；第十五节为3.3.2）；"
        "全文没有收集识别旅客或航空公司的需求、设计服务及提供方式、意见征集与沟通渠道、跟踪服务设计效果、"
        "优化服务种类的内容（forbidden_words）。3.2.2 只有2022年和2023年（2021年只出现在说明新测评办法"
        "口径不同、“因此未列出”的句子里），有全国千万级机场平均、岺溆地服、沅翚空港对比和排名。"
        "3.3.1 有2021—2023三年数据，但只有“2023年目标值”“2025年规划目标”两列和“完成年度目标”，没有任何对比。"
        "不利结果：3.2.1 行李差错率（越低越好）2.6→2.3→3.1件/万件，2023年高于行业平均2.8和岺溆地服2.5，"
        "只出现在表3-3，正文没有提及或解释（“差错”一词只在该表中）；3.2.1 值机平均排队时长2023年回升（已解释）；"
        "3.1.2 营业收入、利润总额、成本费用利润率、保障航班架次、人均保障架次2022年下降，单架次保障成本和单位旅客"
        "服务人工成本2022年上升（均已解释：疫情期间航班量减少）。与标杆璈岫空港的差距（员工满意度、地面保障准点率）"
        "逐年缩小，文中给出缩小过程，不列为不利结果。"
        "一段回答1.1.2 的“夜班恳谈会”段落（领导听取员工意见、建台账答复）放在第七节 过程优化的“（二）小工具解决大问题”"
        "之下（misplaced）。"
        "结果写法：表3-1年份为行（末两行“对标联盟平均（2023年）”“岺溆地服（2023年）”）；表3-2、表3-3年份为列并带"
        "“对标联盟平均（2023年）”“行业平均（2023年）”和同行列；叙述序列（三年分别为……；由……提高到……和……）、"
        "与同行同句比较（“同期岺溆地服为55.8架次、沅翚空港为51.3架次”）、排名（位列全国同类机场第5名；排名由第9位上升到"
        "第7位、第5位）。值机平均排队时长、行李差错率、旅客有效投诉率、单架次保障成本越低越好；“平均排队时长”"
        "是指标名，不是对比。简介（标签0，不含标题）约1,600字；深圳标准未规定简介字数。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六"]
COMPARISON_WORDS = (
    "标杆", "行业", "同行", "竞争", "对手", "平均", "排名", "对比", "领先", "优于", "位列", "第1", "第2",
    "第3", "高于", "低于", "好于", "全市", "全国", "全省", "联盟", "同类", "岺溆", "沅翚", "璈岫", "排第",
)
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]
    heads = [b for b in blocks if b["type"] == "heading"]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # heading scheme: 篇 (level 1) / 章 restarting per 篇 (level 2) / 节 running on (level 3) / （一） (level 4)
    pian = zhang = jie = 0
    leaves = [c for c in META["leaf_clauses"] if c not in META["expected_missing"]]
    seen_leaves = []
    for h in heads:
        line, lv, c = h["line"], h["level"], h["clause"]
        if lv == 0:
            continue
        if c == "0":
            if lv == 1 and line != "序篇　组织概况":
                problems.append("profile heading: " + line)
            if lv == 2 and not re.match(r"^[一二三]、", line):
                problems.append("profile sub-heading: " + line)
            continue
        if lv == 1:
            pian += 1
            zhang = 0
            if not line.startswith("第%s篇 " % CN[pian]) or c != str(pian):
                problems.append("篇 heading: " + line)
        elif lv == 2:
            zhang += 1
            if not line.startswith("第%s章 " % CN[zhang]) or c != "%d.%d" % (pian, zhang):
                problems.append("章 heading: " + line)
        elif lv == 3:
            jie += 1
            if not line.startswith("第%s节 " % CN[jie]):
                problems.append("节 heading: %s (want 第%s节)" % (line, CN[jie]))
            seen_leaves.append(c)
        elif lv == 4 and (not re.match(r"^（[一二三]）", line) or c != seen_leaves[-1]):
            problems.append("sub-heading: " + line)
    if seen_leaves != leaves:
        problems.append("节 clauses %s" % seen_leaves)
    # 3.2.2: 2022 and 2023 only; 2021 only in the sentence saying why it is left out
    t = text_of("3.2.2")
    if sorted(set(YEAR.findall(t))) != ["2021", "2022", "2023"]:
        problems.append("3.2.2 years %s" % sorted(set(YEAR.findall(t))))
    for s in re.split(r"(?<=[。；])", t):
        if "2021" in s and "未列出" not in s:
            problems.append("3.2.2: 2021 outside the explanation: " + s[:30])
    if "三年" in t or "连续" in t or "逐年" in t:
        problems.append("3.2.2 mentions 三年/连续/逐年")
    for c in ["3.1.1", "3.1.2", "3.2.1", "3.3.1", "3.3.2"]:
        if not {"2021", "2022", "2023"} <= set(YEAR.findall(text_of(c))):
            problems.append("%s lacks one of 2021-2023" % c)
    for c in ["3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.2"]:
        if not any(w in text_of(c) for w in COMPARISON_WORDS):
            problems.append("%s has no comparison word" % c)
    for w in COMPARISON_WORDS:
        if w in text_of("3.3.1"):
            problems.append("comparison word %s in 3.3.1" % w)
    if "目标" not in text_of("3.3.1"):
        problems.append("3.3.1 has no target")
    # unexplained: 行李差错率 appears in the 3.2.1 table only; 差错 in no text block anywhere
    if "行李差错率" not in text_of("3.2.1", ("table",)):
        problems.append("行李差错率 missing from the 3.2.1 table")
    for b in blocks:
        if b["type"] == "text" and "差错" in b["line"]:
            problems.append("差错 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained: the 2022 falls in 3.1.2 and the 2023 rise of the queue time in 3.2.1
    expl = [s for s in re.split(r"(?<=。)", text_of("3.1.2", ("text",))) if "主要原因" in s]
    if not expl or not all(w in expl[0] for w in ("营业收入", "利润总额", "成本费用利润率", "保障航班架次", "单架次保障成本")):
        problems.append("3.1.2 explanation missing or incomplete")
    expl = [s for s in re.split(r"(?<=。)", text_of("3.2.1", ("text",))) if "主要原因" in s]
    if not expl or "排队时长" not in expl[0]:
        problems.append("3.2.1 queue-time explanation missing")
    # the running 节 numbers: the one after the gap must be 第五节 = 2.1.2
    if not any(h["line"] == "第五节 体系建设" and h["clause"] == "2.1.2" for h in heads):
        problems.append("第五节 体系建设 is not 2.1.2")
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
