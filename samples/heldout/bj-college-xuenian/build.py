#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-college-xuenian from source.txt.

A Beijing public higher-vocational college (北京市澂岚职业技术学院, made up; its peers 北京璟漪职业学院 and
北京汀岷科技职业学院, its benchmark 苏州瀚翎职业技术学院, its partner companies and the survey firm 岑衡教育评价
are made up too), written by the college's 质量办 in an academic-administration voice (立德树人, 产教融合,
双高计划, 人才培养方案, 诊改; 学生/家长/用人单位 as customers, 办学经费 as finance). Plain-text headings:
two title lines and a cover block (no 目录); the profile ``学院概况`` with two sub-headings of its own; chapters
``一、`` … ``七、`` with the college's titles; items ``（一）（二）…`` with the college's titles; below the
items question sub-headings ``1. 学院怎样确定办学定位？`` (level 3, labelled with the item). Results are given
by ACADEMIC YEAR (``2020—2021学年``, ``2021-2022学年``, ``2022/2023学年``) and, for 经费, by calendar year.
4.3 信息和知识资源 is missing everywhere, so chapter 四's ``（三）`` is 4.4, ``（四）`` 4.5, ``（五）`` 4.6.

Run: /work/main/.venv/bin/python samples/heldout/bj-college-xuenian/build.py
"""

import os
import re
import sys

ALL = ["0", "0.1", "0.2", "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "3", "3.1", "3.2",
       "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5", "5.1", "5.2", "6", "6.1", "6.2",
       "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]

META = {
    "standard": "beijing-2020",
    "seed_glob": "/work/shared/seeds/*.txt",
    "size_range": (12000, 16000),
    "profile_clauses": ["0.1", "0.2"],
    "profile_limit": 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    "all_clauses": ALL,
    "leaf_clauses": [c for c in ALL if c.count(".") == 1 and not c.startswith("0")],
    "expected_missing": ["4.3"],
    "results_lacking_three_years": ["7.5"],
    "results_lacking_comparison": ["7.6"],
    "results_without_numbers": [],
    "no_comparison_words": ["7.6"],
    # 4.3 信息和知识资源 must be absent everywhere (front matter included): no information sources or
    # information systems, no campus IT / digital campus / network security, no online teaching or online
    # services, no data centre or data governance, no knowledge management or sharing of best practice.
    "forbidden_words": [
        "信息", "数字化", "数字校园", "智慧校园", "网络", "校园网", "网上", "在线", "线上", "一网通办",
        "数据中心", "大数据", "数据治理", "数据共享", "数据平台", "平台", "软件", "云", "等级保护",
        "知识管理", "知识库", "知识分享", "经验分享", "最佳实践", "系统集成", "电子", "计算机",
    ],
    "unfavourable_results": [
        {
            "clause": "7.1",
            "indicator": "专业对口率（78.6%、79.4%，2022—2023学年降至74.9%，低于全国高职院校平均76.8%）",
            "explained": False,
        },
        {
            "clause": "7.4",
            "indicator": "生师比（2021—2022学年由16.8升至18.9，2022—2023学年回到17.2）",
            "explained": True,
        },
    ],
    "notes": (
        "北京2020，虚构的北京市属公办高职院校（北京市澂岚职业技术学院，不存在；竞争院校北京璟漪职业学院、北京汀岷科技职业学院，"
        "标杆苏州瀚翎职业技术学院，合作企业澂轨城市轨道运营公司、京岳新能源汽车服务公司和第三方岑衡教育评价也都不存在）。"
        "学院质量办的教育管理语体：立德树人、产教融合、双高计划、人才培养方案、诊改；顾客写作学生、家长、用人单位，经营写作办学，"
        "财务写作经费。版式：两行标题（level 0，clause null）和封面信息块（front matter，@P -，clause null），没有目录。"
        "概述为无编号的“学院概况”（level 1，标0），下设“办学基本面”=0.1、“所处形势与面临的挑战”=0.2（level 2）。"
        "正文章标题“一、学院领导与治理”=1、“二、发展规划”=2、“三、学生与用人单位”=3、“四、办学资源”=4、“五、教育教学过程”=5、"
        "“六、质量诊断与改进创新”=6、“七、办学成效”=7（level 1），条目“（一）班子带头把方向”=1.1、“（二）依章程办学”=1.2、"
        "“（三）服务首都与社会”=1.3、“（一）‘十四五’规划怎样编出来”=2.1、“（二）规划怎样落到每个二级学院”=2.2、"
        "“（一）读懂学生和企业需要什么”=3.1、“（二）让学生满意、让企业放心”=3.2、“（一）建一支‘双师’队伍”=4.1、"
        "“（二）管好用好办学经费”=4.2、“（三）专业标准与技术服务”=4.4、“（四）校园与实训基地”=4.5、“（五）与企业和伙伴同行”=4.6、"
        "“（一）人才培养过程怎样设计”=5.1、“（二）教学运行与改进”=5.2、“（一）用指标看清办学状态”=6.1、“（二）改进与创新”=6.2、"
        "“（一）学生成长成才”=7.1、“（二）学生与用人单位评价”=7.2、“（三）经费收支”=7.3、“（四）师资与办学条件”=7.4、"
        "“（五）教学运行”=7.5、“（六）规划任务与社会贡献”=7.6（level 2，全部用学院自己的说法）。每个条目下有问句式小标题"
        "“1. 学院怎样确定办学定位？”“2. 怎样让全体教职工认同？”……（level 3，每个条目内从1重新编号，标所属条目，不是条款）。"
        "第七章下有一段口径说明引言，标7。结果按学年（2020—2021学年、2021-2022学年、2022/2023学年三种写法分表混用）给出，"
        "经费按日历年（2021年、2022年、2023年）；有学年为列并带“全国高职院校平均”“北京市高职平均”“北京璟漪职业学院”列的表、"
        "学年为行并带““双高”院校平均”行的表（表7-4）、叙述序列（分别为……、由……提高到……）和排名（全国高职院校第58位、北京市第3位）。"
        "刻意缺陷：4.3 信息和知识资源整条缺失——第四章从“（二）管好用好办学经费”（4.2）直接到“（三）专业标准与技术服务”（4.4），"
        "其后“（四）”=4.5、“（五）”=4.6（序号陷阱）；全文没有信息来源、信息系统、校园信息化、网络安全、在线教学或网上办事、"
        "数据中心、知识管理或经验分享的内容（forbidden_words），7.4 也没有信息结果。"
        "7.5 只有2021/2022学年和2022/2023学年两个学年（2020—2021学年只出现在说明口径不可比、未列出的句子里），"
        "有北京市高职平均（2022/2023学年）列，不计入缺对比。7.6 有三个学年，但只有“建设任务书目标（2023年）”一列和"
        "“全部完成当年建设任务”，没有全国、北京市、“双高”院校平均、竞争院校、标杆或排名对比。"
        "不利结果：7.1 专业对口率三学年为78.6%、79.4%、74.9%，2022—2023学年下降且低于全国高职院校平均76.8%，只出现在表7-1中，"
        "正文没有提及或解释；7.4 生师比2021—2022学年由16.8升至18.9（生师比升高为不利），已解释（承担扩招任务、新教师下一学年入职），"
        "2022—2023学年回到17.2。一段回答4.5的段落（实训设备三级维护保养、完好率）放在第三章“（二）让学生满意、让企业放心”的"
        "“2. 满意度怎样测、怎样用？”小标题下（misplaced）。组织概述（0.1+0.2段落，不含标题）低于3,000字上限。"
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

import build_common

CN = "一二三四五六七八九十"
ACAD = re.compile(r"(20\d\d)\s*[—\-/–]\s*(20\d\d)学年")
CAL = re.compile(r"(?<![\d—\-/–])(20[0-3]\d)年")
EXTRA_COMPARISON = ("全国", "北京市", "位列", "璟漪", "汀岷", "瀚翎", "高于", "低于", "好于", "双高”院校平均", "第")


def extra_checks(blocks):
    problems = []
    body = [b for b in blocks if b["type"] != "heading" and b["clause"] is not None]

    def text_of(c, kinds=("text", "table")):
        return "".join(b["line"] for b in body if b["clause"] == c and b["type"] in kinds)

    # heading layout: 一、 chapters / （一） items numbered by position / question sub-headings 1. …？
    chapter = item = None
    pos = qn = 0
    qs = {}
    for b in blocks:
        if b["type"] != "heading" or b["clause"] is None:
            if b["type"] == "text" and b["clause"] is None and "目" in b["line"] and "录" in b["line"]:
                problems.append("a 目录 in the front matter")
            continue
        line, lvl, c = b["line"], b["level"], b["clause"]
        if c == "0":
            if line != "学院概况":
                problems.append("profile heading: " + line)
            chapter = "0"
            continue
        if lvl == 1:
            if not line.startswith(CN[int(c) - 1] + "、"):
                problems.append("chapter heading: " + line)
            chapter, pos = c, 0
        elif lvl == 2 and chapter == "0":
            if re.match(r"[（(]?[一二三0-9]", line):
                problems.append("profile sub-heading is numbered: " + line)
        elif lvl == 2:
            pos += 1
            if not line.startswith("（%s）" % CN[pos - 1]) or c.split(".")[0] != chapter:
                problems.append("item heading: " + line)
            item, qn = c, 0
        elif lvl == 3:
            qn += 1
            if c != item or not re.fullmatch(r"%d\. .+？" % qn, line):
                problems.append("question sub-heading: " + line)
            qs[item] = qs.get(item, 0) + 1
    for c in META["leaf_clauses"]:
        if c not in META["expected_missing"] and not 1 <= qs.get(c, 0) <= 4:
            problems.append("%s has %d question sub-headings" % (c, qs.get(c, 0)))
    # the ordinal lie: （三） of chapter 四 is 4.4
    if not any(b["type"] == "heading" and b["clause"] == "4.4" and b["line"].startswith("（三）") for b in blocks):
        problems.append("4.4 is not （三）")
    # academic-year dash styles and calendar years
    whole = "\n".join(b["line"] for b in blocks)
    for pat, what in ((r"20\d\d—20\d\d学年", "em dash"), (r"20\d\d-20\d\d学年", "hyphen"), (r"20\d\d/20\d\d学年", "slash")):
        if not re.search(pat, whole):
            problems.append("no academic year with " + what)
    if "2021年、2022年、2023年" not in whole:
        problems.append("no calendar-year series 2021年、2022年、2023年")
    # three academic (or calendar) years in every result item but 7.5
    for c in ["7.1", "7.2", "7.3", "7.4", "7.6"]:
        t = text_of(c)
        ac = {a for a, _ in ACAD.findall(t)}
        cal = set(CAL.findall(t))
        if not ({"2020", "2021", "2022"} <= ac or {"2021", "2022", "2023"} <= cal):
            problems.append("%s lacks three years (%s / %s)" % (c, sorted(ac), sorted(cal)))
    # 7.5: two academic years; 2020—2021 only in the sentence saying why it is left out
    t = text_of("7.5")
    if sorted({a for a, _ in ACAD.findall(t)}) != ["2020", "2021", "2022"]:
        problems.append("7.5 academic years %s" % sorted({a for a, _ in ACAD.findall(t)}))
    for s in re.split(r"(?<=[。；\n])", t):
        if re.search(r"2020\s*[—\-/]\s*2021", s) and "不可比" not in s:
            problems.append("7.5: 2020—2021 outside the explanation: " + s[:30])
    if "三学年" in t or "三年" in t:
        problems.append("7.5 mentions three years")
    # 7.6: no comparison of any kind
    for w in EXTRA_COMPARISON:
        if w in text_of("7.6"):
            problems.append("comparison word %s in 7.6" % w)
    for c in ["7.1", "7.2", "7.3", "7.4", "7.5"]:
        if not any(w in text_of(c) for w in ("全国高职院校平均", "北京市高职平均", "双高”院校平均", "璟漪", "第58位")):
            problems.append("%s has no comparison" % c)
    # unexplained: 专业对口率 only in the 7.1 table
    if "专业对口率" not in text_of("7.1", ("table",)):
        problems.append("专业对口率 missing from the 7.1 table")
    for b in blocks:
        if b["type"] == "text" and "对口率" in b["line"] and "岗位实习对口率" not in b["line"]:
            problems.append("对口率 mentioned in text (%s): %s" % (b["clause"], b["line"][:20]))
    # explained: 生师比 in 7.4
    if "主要原因" not in text_of("7.4", ("text",)) or "生师比" not in text_of("7.4", ("text",)):
        problems.append("7.4 explanation missing")
    for w in ("恶化", "变差", "下滑", "不理想", "不利"):
        if any(w in b["line"] for b in body):
            problems.append("judgement word %s in the text" % w)
    # the misplaced paragraph sits under a 3.2 question sub-heading
    problems += build_common.misplaced_problems(blocks)
    return problems


if __name__ == "__main__":
    build_common.main_with_checks(META, HERE, extra_checks)
