"""Comparisons in prose and table headers, generated over several indicators: what counts and what does not."""

from __future__ import annotations

import pytest

from analyzer.results.prose import prose_comparisons
from analyzer.results.tables import classify_header, comparison_kind

from .helpers import text

NAMES = ["客户满意度", "12345热线接通率", "产品一次交检合格率"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("template", "kind"),
    [
        ("2023年{name}为96.2%，同期澜州市12345热线分别为93.1%、94.0%和94.8%。", None),
        ("2023年{name}为96.2%，优于主要竞争对手甲。", None),
        ("{name}在全市同类单位中位列全市第三。", "ranking"),
        ("{name}连续三年位列全省同行业第6名。", "ranking"),
        ("{name}为96.2%，高于全国平均水平（91.5%）。", "average"),
        ("{name}为96.2%，同行业平均为92.4%。", "average"),
        ("{name}为96.2%，与行业标杆企业（97.5%）仍有差距。", "benchmark"),
        ("{name}达到96.2%，超过标杆值95.0%。", "benchmark"),
        ("2023年{name}为96.2%，而全市平均为90.3%。", "average"),
    ],
)
def test_these_compare(name: str, template: str, kind: str | None) -> None:
    found = prose_comparisons(text(template.format(name=name)))
    assert found, template
    if kind is not None:
        assert found[0].kind == kind


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "template",
    [
        "{name}为96.2%，完成年度目标值95%。",
        "{name}为96.2%，符合国家标准要求。",
        "{name}为96.2%，达到2025年规划目标。",
        "{name}为96.2%，符合医院管理要求，完成2023年中期目标。",
        "平均等待时长由2021年的38秒缩短至2023年的14秒，{name}为96.2%。",
        "平均修复时长三年分别为4.2小时、3.6小时和2.9小时。",
        "{name}由2021年的91.3%提升至2023年的96.2%，较上年提高1.2个百分点。",
    ],
)
def test_these_do_not(name: str, template: str) -> None:
    assert prose_comparisons(text(template.format(name=name))) == ()


@pytest.mark.parametrize(
    "header",
    [
        "北京市同行业平均（2023年）",
        "标杆企业S（2023年）",
        "竞争对手甲（2023年）",
        "全国连锁百强平均（2023年）",
        "行业排名",
        "Peer A 沐岚传感",
        "Industry Avg.",
        "Benchmark（FY2023）",
    ],
)
def test_comparison_columns_with_a_year_are_comparisons(header: str) -> None:
    assert classify_header(header) == "comparison"
    assert comparison_kind(header) is not None


@pytest.mark.parametrize(
    "header",
    ["目标值", "2023年目标值", "2025年规划目标", "2023年预算目标", "国家标准要求", "考核值", "FY2023 Target 目标值"],
)
def test_targets_and_requirements_are_no_comparisons(header: str) -> None:
    assert comparison_kind(header) is None
    assert classify_header(header) != "comparison"
