"""The results checks on result items written as list lines (real pipeline, lexical backend):
each case has a paraphrase, and the pairs go both ways (a finding where one is due, none where not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.checks.registry import run_checks
from tests.checks.conftest import _test_standards  # noqa: F401 - the examples' small test standards
from tests.checks.harness import EXAMPLES, context_for, example_standard

RESULTS = ("results-three-years", "results-comparison", "results-unexplained-decline")


def _findings(body: str, tmp_path: Path) -> set[str]:
    standard_id, text = example_standard((EXAMPLES / "results-comparison" / "passing.md").read_text(encoding="utf-8"))
    head, rest = text.split("### 2.1 顾客结果", 1)
    tail = rest[rest.index("### 2.2") :]
    report = f"{head}### 2.1 顾客结果\n\n{body.strip()}\n\n{tail}"
    ctx = context_for(report, standard_id, tmp_path)
    return {f.check for f in run_checks(ctx) if f.check in RESULTS and f.clause == "2.1"}


CASES: dict[str, tuple[tuple[str, str], set[str]]] = {
    # three years as list lines, a named peer and a ranking: nothing to say
    "year-lines-complete": (
        (
            "近三年顾客结果如下：\n\n"
            "- FY2021：顾客满意度88.2分，产品抽检合格率99.2%\n\n"
            "- FY2022：顾客满意度89.5分，产品抽检合格率99.5%\n\n"
            "- FY2023：顾客满意度91.0分，产品抽检合格率99.7%\n\n"
            "FY2023顾客满意度高于主要竞争对手甲（87.1分），产品抽检合格率位列全省同行业第二。",
            "顾客满意度（分）：\n\n· 2021年度 88.2\n\n· 2022年度 89.5\n\n· 2023年度 91.0\n\n"
            "· 行业平均（2023年）：86.0\n\n"
            "产品抽检合格率（%）：2021财年99.2，2022财年99.5，2023财年99.7；同期全市同行平均为99.1。",
        ),
        set(),
    ),
    # two fiscal years are no three-year series
    "two-years-of-lines": (
        (
            "顾客结果（统计口径自2022财年起统一）：\n\n"
            "· 2022财年：顾客满意度89.5分，产品抽检合格率99.5%\n\n"
            "· 2023财年：顾客满意度91.0分，产品抽检合格率99.7%\n\n"
            "2023财年顾客满意度高于行业平均的86.0分。",
            "顾客满意度（分）：\n\n- 2022年度 89.5\n\n- 2023年度 91.0\n\n- 行业平均（2023年）：86.0",
        ),
        {"results-three-years"},
    ),
    # targets, a national standard and an indicator named 平均 are no comparison
    "targets-are-no-comparison": (
        (
            "- 2021年：顾客满意度88.2分，平均投诉处理时长36小时\n\n"
            "- 2022年：顾客满意度89.5分，平均投诉处理时长30小时\n\n"
            "- 2023年：顾客满意度91.0分，平均投诉处理时长24小时\n\n"
            "- 2023年目标值：顾客满意度90分，平均投诉处理时长26小时",
            "顾客满意度（分）：2021年88.2，2022年89.5，2023年91.0；2023年规划目标为90。\n\n"
            "平均等待时长（分钟）：2021年度18，2022年度15，2023年度12，符合国家标准要求。",
        ),
        {"results-comparison"},
    ),
    # a rising bad-event rate (退货率) left unexplained
    "a-rising-bad-rate-unexplained": (
        (
            "FY2021：顾客满意度88.2分，客户退货率0.31%\n\n"
            "FY2022：顾客满意度89.5分，客户退货率0.36%\n\n"
            "FY2023：顾客满意度91.0分，客户退货率0.44%\n\n"
            "FY2023顾客满意度高于行业平均的86.0分，客户退货率低于主要竞争对手甲。",
            "客户退货率（%）：\n\n· 2021年度 0.31\n\n· 2022年度 0.36\n\n· 2023年度 0.44\n\n"
            "顾客满意度（分）：2021年88.2，2022年89.5，2023年91.0；同期行业平均为86.0。",
        ),
        {"results-unexplained-decline"},
    ),
    # the same rate falling, or rising with its reason, is no finding
    "a-falling-bad-rate": (
        (
            "FY2021：顾客满意度88.2分，客户退货率0.44%\n\n"
            "FY2022：顾客满意度89.5分，客户退货率0.36%\n\n"
            "FY2023：顾客满意度91.0分，客户退货率0.31%\n\n"
            "FY2023顾客满意度高于行业平均的86.0分，客户退货率低于主要竞争对手甲。",
            "客户退货率（%）：\n\n· 2021年度 0.31\n\n· 2022年度 0.36\n\n· 2023年度 0.44\n\n"
            "退货率上升，主要是由于2022年起新增的出口客户验收标准更严。\n\n"
            "顾客满意度（分）：2021年88.2，2022年89.5，2023年91.0；同期行业平均为86.0。",
        ),
        set(),
    ),
}


@pytest.mark.parametrize("wording", [0, 1], ids=["as-written", "paraphrase"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_results_checks_on_list_lines(case: str, wording: int, tmp_path: Path) -> None:
    texts, expected = CASES[case]
    assert _findings(texts[wording], tmp_path) == expected
