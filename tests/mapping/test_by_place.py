"""Unnumbered items read by their place (analyzer.mapping.align._by_place).

A chapter whose items carry no numbers and are titled in the organisation's own words
(``学生成长成才`` for 7.1 产品和服务结果) says little by its titles; when the chapter has exactly as
many items as the standard's chapter (or one fewer, a clause left out), their places are ordinals.
A group of another size says nothing by its count. Real pipeline, lexical backend, a report
written here (Beijing standard, a college's results chapter).
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

_RESULTS = [
    (
        "学生成长成才",
        "毕业生就业率2021年为93.1%，2022年为94.0%，2023年为95.2%，高于全国高职院校平均（2023年）91.6%。",
    ),
    (
        "学生与用人单位评价",
        "学生满意度三年分别为88.2、89.5和90.7分，用人单位满意度三年分别为90.1、90.8和92.3分，"
        "均高于北京市高职平均。",
    ),
    ("经费收支", "办学总收入由2021年的4.12亿元增加到2022年的4.35亿元、2023年的4.61亿元，生均拨款高于北京市高职平均。"),
    ("师资与办学条件", "“双师型”教师占比由2021年的61%提高到2022年的66%、2023年的71%，高于全国高职院校平均。"),
    ("教学运行", "课程按计划开出率三年分别为98.6%、99.0%和99.3%，教学事故数逐年减少，优于同类院校平均。"),
    (
        "规划任务与社会贡献",
        "年度重点任务完成率三年分别为92%、95%和97%，社会培训人次由2021年的1.2万增至2023年的1.9万，位列全市第三。",
    ),
]


def _report(items: list[tuple[str, str]]) -> str:
    lines = ["# 学院概况", "", "学院是一所市属公办高等职业院校，在校生一万二千余人，开设专业四十个。", ""]
    lines += ["# 办学成效", "", "本章给出近三年办学成效的数据，并与全国和北京市同类院校比较。", ""]
    for title, text in items:
        lines += [f"## {title}", "", text, ""]
    return "\n".join(lines)


def _analyse(tmp_path: Path, items: list[tuple[str, str]]) -> tuple[dict[str, str | None], Analysis]:
    path = tmp_path / "report.md"
    path.write_text(_report(items), "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    return {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}, a


def test_as_many_unnumbered_items_as_the_chapter_are_its_items_in_order(tmp_path: Path) -> None:
    got, a = _analyse(tmp_path, _RESULTS)
    assert got["办学成效"] == "7"
    assert [got[t] for t, _ in _RESULTS] == ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]
    reasons = [r for s in a.mapping.alignment.sections for r in s.reasons]
    assert any(r.startswith("place 1 among unnumbered headings") for r in reasons)


def test_one_fewer_reads_the_places_with_a_clause_left_out_where_the_text_says_so(tmp_path: Path) -> None:
    # 7.3 财务结果 left out: 师资与办学条件 is the fourth clause, not the third
    items = [x for x in _RESULTS if x[0] != "经费收支"]
    got, _a = _analyse(tmp_path, items)
    assert got["学生成长成才"] == "7.1" and got["规划任务与社会贡献"] == "7.6"
    assert "7.3" not in got.values()


def test_a_group_of_another_size_is_not_read_by_place(tmp_path: Path) -> None:
    items = [
        *_RESULTS[:2],
        ("办学的几点体会", "三年来学院坚持以学生为中心，把就业质量作为办学的第一指标。"),
        ("附带说明", "各项数据来自学院年度质量报告。"),
    ]
    _got, a = _analyse(tmp_path, items)
    reasons = [r for s in a.mapping.alignment.sections for r in s.reasons]
    assert not any(r.startswith("place ") for r in reasons)
