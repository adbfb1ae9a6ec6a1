"""The organisations a report compares itself with, learned from its own tables, and prose that
compares with them by their short name alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.results.parties import report_parties
from analyzer.results.prose import prose_comparisons
from analyzer.standards import load_standard

from .helpers import table, text

ROOT = Path(__file__).resolve().parents[2]

COLUMNS = table(
    """指标 | 2021年 | 2022年 | 2023年 | 溙屺报关（2023年） | 瑮滈货代（2023年） | 行业平均（2023年） | 标杆S（2023年）
    客户满意度（%） | 90.1 | 91.4 | 92.8 | 90.6 | 91.0 | 89.2 | 94.0""",
    caption="表3-1 服务结果",
    pid="t1",
)
ROWS = table(
    """年度 | 人均营业收入（万元） | 员工满意度（%）
    2021年 | 41.2 | 86.4
    2022年 | 43.5 | 87.1
    2023年 | 46.0 | 85.9
    行业平均 | 38.7 | 84.2""",
    caption="表3-2 经营结果",
    pid="t2",
)


def test_named_comparison_columns_and_rows_are_the_report_s_parties() -> None:
    """A named column or row is a party; averages, benchmarks, indicators and prose are not."""
    profile = text("主要竞争对手为深圳市溙屺报关物流有限公司（以下简称“溙屺报关”）。", pid="p1")
    assert report_parties([profile, COLUMNS, ROWS]) == {"溙屺报关", "瑮滈货代"}
    assert report_parties([profile]) == frozenset()


@pytest.mark.parametrize(
    ("sentence", "compares"),
    [
        ("2023年的培训人次约为溙屺报关（520人次）的2.5倍。", True),
        ("接收实习学生41人，比溙屺报关同期多出一倍。", True),
        ("同期溙屺报关参与起草1项。", True),
        # a party named without a figure or a comparing word; another name; no parties known
        ("溙屺报关也推出了预约提柜服务。", False),
        ("2023年的培训人次约为峘沚报关（520人次）的2.5倍。", False),
    ],
)
def test_prose_naming_a_party_with_a_figure_compares(sentence: str, compares: bool) -> None:
    parties = frozenset({"溙屺报关", "瑮滈货代"})
    assert bool(prose_comparisons(text(sentence), parties)) is compares
    assert prose_comparisons(text(sentence)) == ()  # without the report's parties: no general word says so


def test_a_result_item_comparing_with_a_party_by_its_short_name_has_a_comparison() -> None:
    """szx-svc-trailing-tags (held out): 3.3.2 示范效应 compares its bullets with 溙屺报关, named in the
    report's tables; 3.2.2 gives only targets (planted) and is still flagged."""
    doc = read_document(ROOT / "samples" / "heldout" / "szx-svc-trailing-tags" / "report.md")
    a = analyze_document(doc, load_standard("shenzhen-service-2019"), AnalyzeOptions(backend="lexical"))
    flagged = {f.clause for f in a.findings if f.check == "results-comparison"}
    assert flagged == {"3.2.2"}
