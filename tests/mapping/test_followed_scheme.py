"""A report numbered by another shipped standard (analyzer.standards.crosswalk.followed_scheme).

Beijing 2020 follows GB/T 19580-2012 item by item, so its numbering is a scheme of its own: a
company that reuses its Beijing report for the Wuhan award (``1.1 高层领导的作用``, ``2.1 战略制定``,
``7.3 财务结果``) is read through the GB/T rows (Wuhan 5.2.2, 5.3.2, 5.2.4 …), not by the numbers
``1.1``/``2.1`` the Wuhan standard does not have. A standard that does not follow the scheme item by
item (Wuhan: P.1 and P.2 both 5.1) gives no scheme. Real pipeline, lexical backend.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from analyzer.standards.crosswalk import followed_scheme, numbering_schemes

REPORT = """武汉某冷链物流股份有限公司自评报告

0 组织概述

0.1 组织描述

公司成立于2006年，经营冷库、冷链运输和港口物流，员工1,860人。

1 领导

1.1 高层领导的作用

公司班子确定了使命和愿景，每季度到一线宣讲企业文化，带头落实安全和质量责任。

1.2 组织治理

公司设董事会、监事会和经理层，建立授权审批和内部审计制度，每年评价高管绩效。

2 战略

2.1 战略制定

公司每三年编制一次战略规划，分析冷链市场、政策和竞争对手，确定中长期目标。

2.2 战略部署

公司把战略目标分解为年度计划和部门指标，配置资金和人员，每季度检查进度。

7 结果

7.3 财务结果

营业收入三年分别为18.2亿元、19.6亿元和22.4亿元，净利润率高于行业平均。
"""


def test_a_report_numbered_like_beijing_is_read_for_wuhan_through_the_crosswalk(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("wuhan-service-2022"), AnalyzeOptions(backend="lexical"))
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["高层领导的作用"] == "5.2.2"
    assert got["组织治理"] == "5.2.3"
    assert got["战略制定"] == "5.3.2"
    assert got["战略部署"] == "5.3.3"
    assert got["财务结果"] == "5.2.4"
    reasons = a.mapping.alignment.of(next(s.id for s in doc.sections if s.title == "战略制定")).reasons
    assert any("北京" in r for r in reasons), reasons


def test_only_a_standard_that_follows_the_scheme_item_by_item_gives_one() -> None:
    (gbt,) = (s for s in numbering_schemes() if s.id == "gbt19580-2012")
    beijing = followed_scheme(gbt, load_standard("beijing-2020"))
    assert beijing is not None
    assert beijing.entry("1.1") is not None and beijing.entry("1.1").title == "高层领导的作用"
    assert beijing.targets("1.1", load_standard("wuhan-service-2022")) == ("5.2.2",)
    assert followed_scheme(gbt, load_standard("wuhan-service-2022")) is None
    # analysed against Beijing itself, its own numbering is no foreign scheme
    assert any(s.id == "beijing-2020-numbering" for s in numbering_schemes())


SZE_FRAME = """武汉某光纤科技股份有限公司自评报告

0 组织简介

公司成立于2001年，生产光纤预制棒和特种光纤，员工1,526人。

1 领导

1.1 文化引领

班子确定了使命、愿景和价值观，每年组织文化宣讲，带头落实质量责任。

1.2 组织治理

公司设董事会、监事会和经理层，建立授权审批、内部审计和风险管理制度。

1.3 领导的结果

营业收入三年分别为21.6亿元、20.4亿元和24.8亿元，纳税额三年均居区内前列。

2 战略规划

2.1 战略制定

公司每五年编制一次战略规划，分析市场、技术和政策，确定中长期目标。

2.2 战略规划的结果

“十四五”前三年六项战略指标中五项按期达成，预制棒产能三年分别为620吨、700吨和860吨。

3 聚焦顾客

3.1 顾客服务

公司按运营商、线缆厂和特种行业细分顾客，建立投诉快速响应机制。
"""


def test_a_report_numbered_like_shenzhen_economic_is_read_for_wuhan_through_the_concepts(tmp_path: Path) -> None:
    # SZE numbers 1.1 文化引领 … through the crosswalk's concepts; 2.2 titled like SZE's 2.3 (the
    # report left 2.2 战略实施 out and numbered on) stands for SZE 2.3, the strategy results
    path = tmp_path / "report.txt"
    path.write_text(SZE_FRAME, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("wuhan-manufacturing-2022"), AnalyzeOptions(backend="lexical"))
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["文化引领"] == "5.2.2"
    assert got["组织治理"] == "5.2.3"
    assert got["战略制定"] == "5.3.2"
    assert got["战略规划的结果"] == "5.3.4"
    assert got["顾客服务"] == "5.4.2"
    assert got["领导"] == "5.2" and got["战略规划"] == "5.3"
    reasons = a.mapping.alignment.of(next(s.id for s in doc.sections if s.title == "文化引领")).reasons
    assert any("深圳" in r for r in reasons), reasons
