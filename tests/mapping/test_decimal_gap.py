"""The standard's own decimals read with a clause left out (analyzer.mapping.align._best_gap_reading).

A report that numbers its items like the standard but leaves one out and numbers on — chapter 3
without 3.1 顾客服务, so ``3.1 客户价值共创`` answers 3.2 and ``3.2 客户与市场结果`` the result item
3.3 — is read with the gap when the whole chapter (titles, kinds, body text) fits it clearly better;
a chapter whose numbers fit as written keeps them. Real pipeline, lexical backend, a report written here.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

_HEAD = """# 企业简介

公司是一家电子制造服务企业，在深圳有两个工厂，为消费电子和汽车电子客户提供贴片和组装。

# 第1章 领导力

## 1.1 文化引领

公司确定了使命、愿景和价值观，高层领导每季度到产线宣讲，把质量第一写进岗位手册。

## 1.2 治理与合规风控

公司设董事会和监事会，建立合规和风险管理制度，每年开展内部审计和风险评估。

## 1.3 领导的结果

营业收入2021年为18.2亿元，2022年为19.6亿元，2023年为22.4亿元，高于行业平均增速。

# 第3章 聚焦客户

"""

_GAP = """## 3.1 客户价值共创

公司与客户联合开展可制造性设计评审，提供替代料方案和成本优化建议，帮助客户缩短新品导入周期，创造增值。

## 3.2 客户与市场结果

客户满意度2021年为88.1分，2022年为89.4分，2023年为90.6分，高于行业平均87.5分；市场占有率三年分别为2.1%、2.4%和2.6%。
"""

_WRITTEN = """## 3.1 顾客服务

公司按行业和规模细分客户，设客户经理，通过拜访、满意度调查和投诉处理了解客户需求，投诉48小时内闭环。

## 3.2 顾客增值

公司与客户联合开展可制造性设计评审，提供替代料方案和成本优化建议，帮助客户缩短新品导入周期，创造增值。

## 3.3 聚焦顾客的结果

客户满意度2021年为88.1分，2022年为89.4分，2023年为90.6分，高于行业平均87.5分；市场占有率三年分别为2.1%、2.4%和2.6%。
"""


def _clauses(tmp_path: Path, chapter3: str) -> tuple[dict[str, str | None], dict[str, tuple[str, ...]]]:
    path = tmp_path / "report.md"
    path.write_text(_HEAD + chapter3, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("shenzhen-economic-2019"), AnalyzeOptions(backend="lexical"))
    clause = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    reasons = {s.title: a.mapping.alignment.of(s.id).reasons for s in doc.sections}
    return clause, reasons


def test_a_chapter_that_leaves_its_first_item_out_and_numbers_on_is_read_with_the_gap(tmp_path: Path) -> None:
    clause, reasons = _clauses(tmp_path, _GAP)
    assert clause["客户价值共创"] == "3.2" and clause["客户与市场结果"] == "3.3"
    assert reasons["客户价值共创"][0].startswith("number 3.1 read as 3.2")
    # the chapters before keep their numbers as written
    assert (clause["文化引领"], clause["治理与合规风控"], clause["领导的结果"]) == ("1.1", "1.2", "1.3")


def test_numbers_that_fit_as_written_are_kept(tmp_path: Path) -> None:
    clause, reasons = _clauses(tmp_path, _WRITTEN)
    assert (clause["顾客服务"], clause["顾客增值"], clause["聚焦顾客的结果"]) == ("3.1", "3.2", "3.3")
    assert not any("read as" in r for rs in reasons.values() for r in rs)
