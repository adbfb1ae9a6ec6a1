"""Tables the text points to (analyzer.mapping.references): an appendix table named by one clause.

A result item that describes its results in words and says ``详见附表2`` is answered by 附表2 after the
last chapter; a table nobody names (a score summary) or one named from two clauses stays back matter.
Real pipeline, lexical backend, a report written here (Shenzhen economic standard).
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

REPORT = """# 企业概况

公司是一家医疗器械企业，主要产品为监护仪和超声诊断系统，员工1,260人。

# 一、领导力

## 1.1 文化引领

公司确定了使命、愿景和价值观，高层领导每季度到一线宣讲，把质量第一写进岗位职责。

# 二、战略规划

## 2.1 战略制定

公司每三年编制一次战略规划，分析市场、技术和法规环境，确定中长期目标和年度计划。

## 2.3 战略规划的结果

规划实施的三年，战略目标达成率和重点项目完成率逐年提高，海外收入占比稳步上升。上述指标的三年数据及与同行的比较详见附表2，客户方面的指标另见附表3。

# 三、聚焦顾客

## 3.3 聚焦顾客的结果

顾客满意度三年分别为88.1、89.4和90.6分，高于行业平均87.5分；老客户复购率见附表3。

# 附表

附表1　自评得分汇总

条款\t标题\t自评分
1.1\t文化引领\t16
2.1\t战略制定\t20

附表2　战略规划结果数据

数据来源：公司年度报告

指标\t2021年\t2022年\t2023年\t行业平均（2023年）
战略目标达成率（%）\t91.2\t93.5\t95.1\t90.0
海外收入占比（%）\t27.4\t31.3\t36.4\t19.6

附表3　客户指标

指标\t2021年\t2022年\t2023年
老客户复购率（%）\t88.6\t87.2\t84.9
"""


def test_an_appendix_table_named_by_one_item_answers_that_item(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT, "utf-8")
    doc = read_document(path)
    std = load_standard("shenzhen-economic-2019")
    a = analyze_document(doc, std, AnalyzeOptions(backend="lexical"))
    clause_of = {m.paragraph: m.clause for m in a.mapping.matches}
    table = next(p for p in doc.paragraphs if p.kind == "table" and "战略目标达成率" in p.text)
    match = next(m for m in a.mapping.matches if m.paragraph == table.id)
    assert (match.clause, match.method) == ("2.3", "reference")
    note = next(p for p in doc.paragraphs if p.text.startswith("数据来源"))
    assert clause_of[note.id] == "2.3"  # its note line goes with it
    # nobody names the score summary: it stays back matter and covers nothing
    summary = next(p for p in doc.paragraphs if p.kind == "table" and "自评分" in p.text)
    assert next(m for m in a.mapping.matches if m.paragraph == summary.id).clause is None
    # named from two items: whose it is, the text does not say
    both = next(p for p in doc.paragraphs if p.kind == "table" and "老客户复购率" in p.text)
    assert clause_of[both.id] is None
    # the item's figures are read from the appendix: three years and a comparison
    assert not any(f.check in ("results-three-years", "results-no-data") and f.clause == "2.3" for f in a.findings)


def test_labels_are_named_at_a_words_start_or_after_a_pointing_word() -> None:
    from analyzer.mapping.references import _labels_named

    assert _labels_named("上述数据详见附表2，另如表3-1所示。") == {"附表2", "表3-1"}
    assert _labels_named("职工代表3名，发表2篇论文，代表一线员工，意图一致。") == set()
