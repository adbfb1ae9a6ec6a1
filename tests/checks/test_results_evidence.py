"""Issue 12 §C end to end: the results checks on one result item written in the ways reports write it.

Each case is a result item (2.1 of the small exam-2024 standard) in a realistic wording and in a
paraphrase (other words, same meaning); both must give the same findings. The rest of the report is
the passing example of ``results-comparison``. The real pipeline runs (reader, sentence splitter,
mapping, coverage, checks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.checks.registry import run_checks

from .harness import EXAMPLES, context_for, example_standard

RESULTS = ("results-three-years", "results-comparison", "results-unexplained-decline")


def _findings(body: str, tmp_path: Path) -> set[str]:
    standard_id, text = example_standard((EXAMPLES / "results-comparison" / "passing.md").read_text(encoding="utf-8"))
    head, rest = text.split("### 2.1 顾客结果", 1)
    tail = rest[rest.index("### 2.2") :]
    report = f"{head}### 2.1 顾客结果\n\n{body.strip()}\n\n{tail}"
    ctx = context_for(report, standard_id, tmp_path)
    return {f.check for f in run_checks(ctx) if f.check in RESULTS and f.clause == "2.1"}


CASES: dict[str, tuple[tuple[str, str], set[str]]] = {
    # a prose series, one value per year, compared with a named peer: nothing to say
    "series-with-a-named-peer": (
        (
            "顾客满意度2021年为88.2分，2022年在订单激增的情况下提升至89.5分，2023年达到91.0分，"
            "同期澜州市两家同行企业分别为86.0分和87.1分。产品抽检合格率三年分别为99.2%、99.5%和99.7%，"
            "连续三年位列全省速冻食品行业第2名。",
            "2021—2023年，顾客满意度分别为88.2分、89.5分和91.0分，均高于主要竞争对手甲；"
            "产品抽检合格率由2021年的99.2%提高到2022年的99.5%、2023年的99.7%，在全市同行中排名第一。",
        ),
        set(),
    ),
    # two points are no three years; a survey in 2021 and 2023 is no consecutive series
    "two-points-are-not-three-years": (
        (
            "顾客满意度2023年较2021年提高2.8分，2023年为91.0分，高于行业平均的86.0分；"
            "产品抽检合格率由2021年的99.2%提升至2023年的99.7%，高于行业平均水平。",
            "第三方测评每两年开展一次：2021年顾客满意度为88.2分，2023年为91.0分，高于行业平均的86.0分；"
            "产品抽检合格率2019年为98.9%，2022年为99.5%，2023年为99.7%，优于行业平均。",
        ),
        {"results-three-years"},
    ),
    # targets and an indicator named 平均 are no comparison
    "targets-are-no-comparison": (
        (
            "顾客满意度2021年为88.2分，2022年为89.5分，2023年为91.0分，2023年目标值为90分；"
            "平均投诉处理时长2021年为36小时，2022年为30小时，2023年为24小时，均完成年度目标。",
            "顾客满意度三年分别为88.2分、89.5分和91.0分（2021—2023年），超过规划目标；"
            "平均等待时长由2021年的18分钟缩短至2022年的15分钟、2023年的12分钟，符合国家标准要求。",
        ),
        {"results-comparison"},
    ),
    # a decline with its reason right after it is explained
    "a-decline-explained-nearby": (
        (
            "商超客户续约率2021年为93.4%，2022年下降至90.1%，2023年回升至92.6%，高于行业平均的88.0%。"
            "2022年续约率下降，主要是两家区域商超被收购后统一更换了供应商。",
            "2021—2023年商超客户续约率分别为93.4%、90.1%和92.6%，高于行业平均的88.0%。"
            "续约率在2022年走低，原因是两家区域商超并购后集中招标，公司未能中标。",
        ),
        set(),
    ),
    # the same decline without a reason is flagged
    "a-decline-left-unexplained": (
        (
            "商超客户续约率2021年为93.4%，2022年下降至90.1%，2023年回升至92.6%，低于行业平均的93.0%。"
            "公司将继续加强大客户管理。",
            "2021—2023年商超客户续约率分别为93.4%、90.1%和92.6%，同期行业平均为93.0%。下一步将完善客户分级服务。",
        ),
        {"results-unexplained-decline"},
    ),
    # a rise of a time given (volunteering) is no decline; direction unknown raises nothing
    "direction-from-the-name": (
        (
            "员工志愿服务时长2021年为1.2万小时，2022年增加到1.6万小时，2023年达到2.1万小时，高于全市同行业平均水平；"
            "配套经销商数量2021年为126家，2022年为118家，2023年为131家，位列全省第三。",
            "2021—2023年，公益服务时长分别为1.2万小时、1.6万小时和2.1万小时，超过同行平均水平；"
            "合作门店三年分别为126家、118家和131家，在全省同行中排名第三。",
        ),
        set(),
    ),
}


@pytest.mark.parametrize("wording", [0, 1], ids=["as-written", "paraphrase"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_results_evidence_in_prose(case: str, wording: int, tmp_path: Path) -> None:
    texts, expected = CASES[case]
    assert _findings(texts[wording], tmp_path) == expected
