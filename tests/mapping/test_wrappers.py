"""Wrappers (analyzer.mapping.align._is_wrapper): a heading that only names the report wraps the chapters.

``【一、自评报告】`` above chapters titled in the organisation's own words answers no clause: its
title names the report itself (``wrapper_titles`` in synonyms.yaml), whatever its parts are called.
The chapters below it are never wrappers again, also when the results chapter's items echo the
chapters' names (资源成效, 财务表现). Real pipeline, lexical backend, a report written here.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

CHAPTERS = [
    ("领导班子如何带队伍", ["班子成员每季度到网点调研，把使命和价值观讲给员工，带头遵守行为守则。"]),
    ("看清方向再出发", ["本行每三年编制一次发展规划，分析区域经济和同业竞争，确定中长期目标。"]),
    ("以客户为中心", ["本行按小微企业、农户和个人客户细分市场，通过走访和调查了解客户需求。"]),
    ("人财物与信息技术支撑", ["本行建立员工培训和职业发展通道，编制年度预算，建设信息系统和营业网点。"]),
    ("业务流程管理", ["本行梳理信贷、存款、支付等关键流程，明确流程要求并定期评审改进。"]),
    ("用数据说话", ["本行建立经营仪表盘，按月分析关键指标，与同业对比，找出改进机会。"]),
]
RESULTS = [
    ("服务质量成效", "普惠型小微贷款余额由2021年的71.4亿元增加到2022年的84.2亿元、2023年的98.6亿元。"),
    ("市场表现", "客户满意度三年分别为86.4、87.9和89.2分，高于北京地区城商行平均。"),
    ("财务表现", "净利润三年分别为3.62亿元、3.71亿元和3.95亿元，净资产收益率高于同业平均。"),
    ("资源成效", "员工满意度三年分别为82.1、83.5和85.0分，核心系统可用率保持在99.9%以上。"),
    ("运营效率成果", "小微贷款平均审批时长由2021年的36小时缩短到2023年的18小时。"),
    ("战略与治理成果", "年度战略目标完成率三年分别为93.2%、95.6%和98.1%，连续三年无重大合规事件。"),
]


def _report() -> str:
    lines = [
        "# 北京某农商银行自评报告",
        "",
        "# 【走近我们】",
        "",
        "本行是区属农村商业银行，设网点46个，员工1,126人。",
        "",
    ]
    lines += ["# 【一、自评报告】", ""]
    cn = "一二三四五六七"
    for k, (title, paras) in enumerate(CHAPTERS):
        lines += [f"## （{cn[k]}）{title}", "", *[x for p in paras for x in (p, "")]]
    lines += ["## （七）我们交出的成绩单", ""]
    for k, (title, text) in enumerate(RESULTS, start=1):
        lines += [f"### {k}. {title}", "", text, ""]
    return "\n".join(lines)


def test_a_heading_that_names_the_report_wraps_chapters_in_the_organisations_words(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(_report(), "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["自评报告"] is None
    assert any(
        "wrapper" in r
        for r in a.mapping.alignment.of(next(s.id for s in doc.sections if s.title == "自评报告")).reasons
    )
    assert [got[t] for t, _ in CHAPTERS] == ["1", "2", "3", "4", "5", "6"]
    # the results chapter, whose items echo the chapters' names, is the seventh chapter, not a wrapper
    assert got["我们交出的成绩单"] == "7"
    assert [got[t] for t, _ in RESULTS] == ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]


def test_an_item_whose_parts_are_template_parts_is_no_wrapper(tmp_path: Path) -> None:
    """A self-scoring sheet: every item has the same parts on lines of their own (【主要做法】 /
    【实施成效】 / 【优势】 / 【改进机会】). In the item written in the organisation's own words, the
    parts' texts lean on the chapter's three items (environment analysis, deployment, results): it
    is still one item with its parts, not a wrapper of those items."""
    parts = {
        "【主要做法】": "每年开展内外部环境分析和SWOT分析，识别机遇与挑战，确定中长期战略目标。",
        "【实施成效】": "把战略目标分解为年度计划和部门指标，配置资源，按季度监测战略实施进度并调整。",
        "【优势】": "战略目标完成率2021年为91%，2022年为94%，2023年为97%，高于行业平均。",
        "【改进机会】": "1. 环境分析还要更细；2. 指标还没有分解到班组。",
    }
    lines = ["# 武汉某汽车电子有限公司自评报告", "", "## 5.3 战略发展", ""]
    for title in ("评分项04　战略制定", "评分项05　把战略落到每个班组", "评分项06　战略发展的结果"):
        lines += [f"### {title}", ""]
        for part, text in parts.items():
            lines += [f"#### {part}", "", text, ""]
    path = tmp_path / "sheet.md"
    path.write_text("\n".join(lines), "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("wuhan-manufacturing-2022"), AnalyzeOptions(backend="lexical"))
    own = next(s for s in doc.sections if s.title.endswith("把战略落到每个班组"))
    assert a.mapping.alignment.clause_of(own.id) == "5.3.3"
