"""A result item told year by year: a sub-heading per year (``#### 2021年``), the year's figures of
several indicators in prose under it, a name written in full once and shortened after."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.results import extract_results
from analyzer.results.prose import heading_year
from analyzer.standards import load_standard

from .helpers import text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("2021年", 2021),
        ("2021年：打基础", 2021),
        ("【2022年】", 2022),
        ("FY2023", 2023),
        ("2021—2023年主要指标", None),  # a span, not a year's account
        ("2025年目标", None),  # a plan
        ("2022年起的变化", None),
        ("2023年营业收入18.6亿元", None),  # figures: no heading of a year
        ("与目标对照", None),
    ],
)
def test_the_year_a_heading_names(heading: str, year: int | None) -> None:
    assert heading_year(heading) == year


def test_undated_figures_under_year_headings_make_one_series_per_indicator() -> None:
    """The year comes from the heading, and 装配一次合格率 continues 谐波减速器装配一次合格率."""
    paragraphs = (
        text("谐波减速器装配一次合格率98.6%，客户端PPM为420。", pid="p1", index=1),
        text("装配一次合格率98.9%，客户端PPM降至310。", pid="p2", index=2),
        text("装配一次合格率98.1%，客户端PPM降至260。", pid="p3", index=3),
    )
    dated = frozenset({("p1", 2021), ("p2", 2022), ("p3", 2023)})
    ev = extract_results("5.7.4", paragraphs, dated=dated)
    years = {i.name: tuple(v.year for v in i.values) for i in ev.indicators}
    assert years["谐波减速器装配一次合格率"] == (2021, 2022, 2023)
    assert years["客户端PPM"] == (2021, 2022, 2023)
    assert extract_results("5.7.4", paragraphs).with_data == ()  # without the headings: no years at all


def test_a_report_telling_its_results_year_by_year_is_not_said_to_lack_three_years() -> None:
    """wh-mfg-yearly-narrative (held out): 5.2.4 (#### 2021年) and 5.7.4 (#### 2021年：打基础, names
    shortened after the first year) give three years; 5.4.4 starts at 2022 (planted)."""
    doc = read_document(ROOT / "samples" / "heldout" / "wh-mfg-yearly-narrative" / "report.md")
    a = analyze_document(doc, load_standard("wuhan-manufacturing-2022"), AnalyzeOptions(backend="lexical"))
    flagged = {f.clause for f in a.findings if f.check == "results-three-years"}
    assert "5.4.4" in flagged
    assert not {"5.2.4", "5.7.4"} & flagged
