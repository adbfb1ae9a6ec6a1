"""Key indicators named by the process chapters and the profile, and whether results report them."""

from __future__ import annotations

import pytest

from analyzer.results.kpis import key_indicators, reported

from .helpers import text


def _names(t: str) -> list[str]:
    return [k.name for k in key_indicators([text(t)])]


def test_a_list_after_the_key_indicator_word() -> None:
    assert _names(
        "战略关键绩效指标包括营业收入、净利润率、创新产品收入占比、海外收入占比和顾客满意度等12项，均设定了年度目标。"
    ) == [
        "营业收入",
        "净利润率",
        "创新产品收入占比",
        "海外收入占比",
        "顾客满意度",
    ]


def test_a_list_before_the_key_indicator_word_and_nothing_from_other_clauses() -> None:
    found = _names(
        "高层领导每月审视收入、利润、温控达标率、准时交付率、客户投诉和安全事故等关键指标，并指定责任部门和完成时间。"
    )
    assert found == ["收入", "利润", "温控达标率", "准时交付率", "客户投诉", "安全事故"]


def test_a_list_continued_in_the_next_clauses_and_the_next_sentence() -> None:
    found = _names(
        "公司为每个关键过程设置关键绩效指标，例如研发过程的开发周期达成率、注册一次通过率，生产过程的一次交检合格率、单位制造成本。"
        "例如，供应链过程的要求是“齐套、准时”，对应指标为物料齐套率和存货周转天数。"
    )
    assert found == ["开发周期达成率", "注册一次通过率", "一次交检合格率", "单位制造成本", "物料齐套率", "存货周转天数"]


@pytest.mark.parametrize(
    "sentence",
    [
        "每个关键过程都设定了质量、成本、交付、安全四类KPI。",  # categories, not indicators
        "公司级KPI 24项，中心级KPI 96项。",
        "按“日调度、周例会、月分析”的节奏跟踪关键指标。",
        "技能人员实行产量、质量和安全三项指标的计件考核。",  # no key-indicator word
        "监测指标为一次性告知率和材料退回率。",  # a workplace's measures are not key indicators
    ],
)
def test_no_key_indicators(sentence: str) -> None:
    assert _names(sentence) == []


def test_reported_in_results_under_a_longer_or_shorter_name() -> None:
    results = ["成品批次一次交验合格率", "单吨产品综合能耗", "生产安全死亡及重伤事故", "产品召回", "全程温控达标率"]
    assert reported("一次交验合格率", results, [])
    assert reported("单吨能耗", results, [])
    assert reported("安全事故", results, [])
    assert reported("产品召回次数", results, [])
    assert reported("温控达标率", results, [])
    assert reported("顾客满意度", results, ["三类顾客的满意度均连续三年提升。"])
    assert not reported("计划达成率", results, [])
    assert not reported("抄表准确率", ["抄表差错率"], [])
