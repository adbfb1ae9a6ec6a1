"""How numbers read (analyzer.wording) and where that shows: points, the screening table, the
results-three-years counts, the backend line of the reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.checks.results_three_years import _trend_summary
from analyzer.export.common import backend_text
from analyzer.export.markdown import record_to_markdown
from analyzer.export.screening import display_cell
from analyzer.pipeline import AnalyzeOptions, analyze_file
from analyzer.record import BackendInfo, FallbackInfo, read_record
from analyzer.wording import band_range, integer, percent, points, points_range, ratio_percent

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("value", "text"),
    [(56.666666, "56.67"), (30.0, "30"), (17.25, "17.25"), (0, "0"), (53.33333, "53.33"), (None, ""), (-0.001, "0")],
)
def test_points(value: float | None, text: str) -> None:
    assert points(value) == text


def test_ranges_percentages_and_counts() -> None:
    assert points_range(17.25, 25.5) == "17.25–25.5" and points_range(30, 30.0) == "30"
    assert band_range(30, 45) == "30–45%" and band_range(40, 60, "优良") == "40–60% 优良"
    assert percent(57.142857) == "57.1" and percent(50.0) == "50" and percent(None) == ""
    assert ratio_percent(0.903) == "90%" and ratio_percent(None) == ""
    assert integer(16.0) == "16" and integer(12345) == "12,345" and integer(float("nan")) == "" and integer(None) == ""


@pytest.mark.parametrize(
    ("header", "value", "text"),
    [
        ("识别置信度", 0.903, "90%"),
        ("页数", 16.0, "16"),
        ("字数", 31093, "31,093"),
        ("页数", None, ""),
        ("文件", "自评报告.docx", "自评报告.docx"),
    ],
)
def test_screening_cells_read_as_people_write_them(header: str, value: object, text: str) -> None:
    shown = display_cell(header, value)  # type: ignore[arg-type]
    assert shown == text and "None" not in shown


def test_trend_counts_are_worded_for_one_none_and_some() -> None:
    one = _trend_summary(1, 0, 3, 2)
    assert "1项" not in one.zh and "仅0项" not in one.zh and "唯一一项" in one.zh and "连续2年" in one.zh
    assert "the only indicator" in one.en
    none = _trend_summary(4, 0, 3, 2)
    assert "仅0项" not in none.zh and "4项有多年数据的指标均不足连续3年" in none.zh and "none of the 4" in none.en
    some = _trend_summary(4, 1, 3, 3)
    assert "4项有多年数据的指标中仅1项" in some.zh and "only 1 of 4 indicators with several years has" in some.en


def test_the_backend_line_names_the_backend_without_the_fallback_reason() -> None:
    fell_back = BackendInfo(
        name="lexical",
        requested="auto",
        fallback=FallbackInfo(wanted="hybrid", reason_zh="未设置 SARA_MODEL 环境变量", reason_en="x"),
    )
    assert backend_text(fell_back) == "lexical（自动选择 / auto）"
    assert backend_text(BackendInfo(name="lexical", requested="lexical")) == "lexical"


def test_the_markdown_report_has_no_long_decimals_and_no_fallback_warning() -> None:
    report = ROOT / "samples" / "wh-mfg-battery" / "report.md"  # Wuhan: a 条目's points split three ways
    analysis = analyze_file(report, "wuhan-manufacturing-2022", AnalyzeOptions(backend="lexical"))
    from analyzer.export.analysis_json import analysis_to_dict

    doc = analysis_to_dict(analysis)
    doc["backend"]["requested"] = "auto"
    doc["backend"]["fallback"] = {
        "wanted": "hybrid",
        "reason_zh": "请设置环境变量 SARA_MODEL",
        "reason_en": "set SARA_MODEL",
    }
    record = read_record(json.dumps(doc, ensure_ascii=False))
    assert any(c.weight and c.weight != round(c.weight, 2) for c in record.clauses)  # 56.666…
    md = record_to_markdown(record)
    assert "56.67" in md or "53.33" in md
    assert "56.6667" not in md and "53.3333" not in md
    assert "SARA_MODEL" not in md and "lexical（自动选择 / auto）" in md
