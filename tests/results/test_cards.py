"""One-line dashboard cards read as a table of one row: years, figures, comparisons, targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.results import extract_results
from analyzer.results.cards import card_table
from analyzer.standards import load_standard

from .helpers import text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("card", "name", "years", "compared", "targets"),
    [
        (
            "【营业收入（亿元）】2021：18.6｜2022：20.3｜2023：23.9｜2023目标：23.0｜达成率 103.9%",
            "营业收入",
            (2021, 2022, 2023),
            set(),
            1,
        ),
        (
            "▶ 顾客满意度（分）91.2 → 92.0 → 92.6（2021→2023）｜瓘滢光纤 90.8",
            "顾客满意度",
            (2021, 2022, 2023),
            {"competitor"},
            0,
        ),
        (
            "[Q-01] 预制棒一次合格率(%)　2021: 94.8 / 2022: 95.6 / 2023: 96.4　· 瓘滢光纤 95.2 · 行业均值 93.9",
            "预制棒一次合格率",
            (2021, 2022, 2023),
            {"competitor", "average"},
            0,
        ),
        (
            "● 员工满意度：2021年 82.1 / 2022年 83.5 / 2023年 85.0 ｜ 行业均值 80.2",
            "员工满意度",
            (2021, 2022, 2023),
            {"average"},
            0,
        ),
        (
            "◆ 研发投入强度（%）｜2022：6.1｜2023：6.8｜琇澶光电 2023：5.2",
            "研发投入强度",
            (2022, 2023),
            {"competitor"},
            0,
        ),
    ],
)
def test_a_card_gives_its_years_its_comparisons_and_its_targets(
    card: str, name: str, years: tuple[int, ...], compared: set[str], targets: int
) -> None:
    (ind,) = extract_results("x", [text(card)]).indicators
    assert (ind.name, tuple(v.year for v in ind.values)) == (name, years)
    assert {c.kind for c in ind.comparisons} == compared  # 达成率 and 同比 are the card's own figures
    assert len(ind.targets) == targets


@pytest.mark.parametrize(
    "line",
    [
        "2023年营业收入18.6亿元，同比增长12%。",  # a sentence
        "客户满意度：2021年91.2，2022年92.0，2023年93.1",  # prose series, read as prose
        "满意度：2021年92.1%｜2022年93.4%｜2023年94.0%（行业平均91.2%）",  # a segment the card form does not explain
        "· 2021财年 7.8",  # one year
    ],
)
def test_these_are_no_cards(line: str) -> None:
    assert card_table(text(line)) is None


def test_a_report_of_dashboard_cards_gets_exactly_its_planted_results_findings() -> None:
    """wh-mfg-kpi-cards (held out): 5.6.4 has 2022–2023 only, 5.3.4 only targets, 5.4.4 an unexplained
    fall in a ▶ card; the other items' cards give three years and comparisons."""
    doc = read_document(ROOT / "samples" / "heldout" / "wh-mfg-kpi-cards" / "report.md")
    a = analyze_document(doc, load_standard("wuhan-manufacturing-2022"), AnalyzeOptions(backend="lexical"))
    checks = ("results-three-years", "results-comparison", "results-unexplained-decline")
    found = {(f.check, f.clause) for f in a.findings if f.check in checks}
    assert found == {
        ("results-three-years", "5.6.4"),
        ("results-comparison", "5.3.4"),
        ("results-unexplained-decline", "5.4.4"),
    }
