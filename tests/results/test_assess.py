"""Years of an item as a whole, unfavourable results and their explanations, indicator mentions."""

from __future__ import annotations

import pytest

from analyzer.model import Paragraph
from analyzer.results import default_polarity, extract_results
from analyzer.results.assess import Unfavourable, assess_years, find_unfavourable, mentions

from .helpers import table, text

SATISFACTION_TABLE = """
指标 | 2021年 | 2022年 | 2023年 | 行业平均 | 标杆企业
顾客满意度（分） | 88.2 | 89.5 | 91.0 | 86.0 | 91.5
顾客投诉率（件/百万件） | 3.1 | 2.6 | 3.0 | 2.9 | 1.8
商超客户续约率（%） | 90.5 | 92.1 | 93.4 | 88.0 | 95.0
"""


def _unfavourable(*paragraphs: Paragraph) -> list[Unfavourable]:
    ev = extract_results("2.1", paragraphs)
    return list(find_unfavourable(ev, paragraphs, default_polarity()))


def _open(found: list[Unfavourable]) -> set[tuple[str, str]]:
    return {(u.indicator.name, u.kind) for u in found if not u.explained}


# --------------------------------------------------------------------------- years


def test_one_short_indicator_inside_a_complete_item_is_fine() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年
        按时办结率（%） | 99.21 | 99.47 | 99.83
        一次办成率（%） | — | 93.6 | 96.1
        即办件占比（%） | 38.4 | 45.2 | 53.7
        """
    )
    years = assess_years(extract_results("3.2.1", [t]), 3)
    assert years.complete
    assert [i.name for i in years.lacking] == ["一次办成率"]


def test_an_item_with_two_years_only_is_incomplete() -> None:
    t = table(
        """
        指标 | 2022年 | 2023年 | 行业平均
        顾客满意度（分） | 87.3 | 89.6 | 83.5
        战略客户复购率（%） | 82.4 | 86.7 | 71.0
        """
    )
    years = assess_years(extract_results("3.3", [t]), 3)
    assert not years.complete
    assert [(i.name, i.years) for i in years.lacking] == [
        ("顾客满意度", (2022, 2023)),
        ("战略客户复购率", (2022, 2023)),
    ]


def test_the_required_number_of_years_comes_from_the_caller() -> None:
    t = table("指标 | 2022年 | 2023年\n顾客满意度（分） | 87.3 | 89.6")
    assert assess_years(extract_results("x", [t]), 2).complete
    assert not assess_years(extract_results("x", [t]), 3).complete


def test_narrative_without_years_is_incomplete() -> None:
    p = text("近三年，顾客满意度逐年提高，投诉明显减少。")
    years = assess_years(extract_results("x", [p]), 3)
    assert not years.complete and years.trends == ()


# --------------------------------------------------------------------------- unfavourable results


def test_a_rise_of_a_down_indicator_without_a_reason() -> None:
    found = _unfavourable(table(SATISFACTION_TABLE), text("顾客满意度三年提高2.8分，高于行业平均。"))
    assert _open(found) == {("顾客投诉率", "decline"), ("顾客投诉率", "below-average")}
    decline = next(u for u in found if u.kind == "decline")
    assert decline.years == (2023,) and decline.direction == "down"


@pytest.mark.parametrize(
    "reason",
    [
        "2023年顾客投诉率回升到3.0件，主要原因是新品包装在冷链运输中破损较多。",
        "2023年顾客投诉率回升到3.0件。主要是新品包装在冷链运输中破损较多。",  # the next sentence
        # the next statement, after one of several parts split at ；
        "2023年顾客投诉率回升到3.0件；退货率1.2%；商超客户续约率持平。主要是新品包装在冷链运输中破损较多。",
        "受新品包装破损影响，2023年顾客投诉率回升到3.0件。",
        "2023年受冷链运输包装破损影响，投诉有所增加。",  # a reason for the year, no other indicator named
        "2023年顾客投诉率回升到3.0件。回升主要出在新品包装的冷链运输环节。",  # where the problem lies
        "顾客投诉率2023年回升到3.0件，同样来自上面说的包装因素。",  # a fall said to come from a factor
    ],
)
def test_a_reason_nearby_explains_it(reason: str) -> None:
    found = _unfavourable(table(SATISFACTION_TABLE), text(reason))
    assert _open(found) == set()
    assert all(u.explanation for u in found)


@pytest.mark.parametrize(
    ("told", "explained"),
    [
        ("结构转型见效：工程渠道收入占比由2021年的58.0%降到2023年的46.0%，经营风险明显分散。", True),
        ("公司主动调整渠道布局，工程渠道收入占比由2021年的58.0%降到2023年的46.0%。", True),
        ("工程渠道收入占比由2021年的58.0%降到2023年的46.0%，经营风险明显分散。", False),
    ],
)
def test_a_fall_the_organisation_made_on_purpose_is_explained(told: str, explained: bool) -> None:
    found = _unfavourable(text(told))
    assert [u.indicator.name for u in found] == ["工程渠道收入占比"]
    assert found[0].explained is explained


def test_a_reason_for_the_profits_fall_explains_the_ratios_computed_from_it() -> None:
    # 销售净利率 and 净资产收益率 are computed from profit: the reason given for 净利润's fall that
    # year is theirs too (patterns.yaml profit / profit-ratio); 顾客满意度 is not computed from it
    t = table(
        "指标 | 2021年 | 2022年 | 2023年\n净利润（万元） | 4120 | 3380 | 4650\n销售净利率（%） | 5.9 | 4.6 | 5.4\n"
        "净资产收益率（%） | 8.6 | 5.1 | 9.2\n顾客满意度（分） | 88.1 | 86.0 | 89.2"
    )
    found = _unfavourable(t, text("2022年净利润从4,120万元降到3,380万元，原因是齿轮钢一年涨了将近两成。"))
    assert _open(found) == {("顾客满意度", "decline")}


def test_a_plan_is_no_explanation() -> None:
    found = _unfavourable(table(SATISFACTION_TABLE), text("2023年顾客投诉率为3.0件，下一步公司将重点改进包装。"))
    assert ("顾客投诉率", "decline") in _open(found)


def test_a_reason_for_another_indicator_explains_nothing_here() -> None:
    found = _unfavourable(
        table(SATISFACTION_TABLE),
        text("2023年顾客满意度提高，主要得益于配送改进；商超客户续约率上升，主要是新签了两家连锁商超。"),
    )
    assert ("顾客投诉率", "decline") in _open(found)


def test_a_dip_is_no_unfavourable_result_while_still_ahead_and_said_so() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 标杆值 | 行业平均
        营业收入增长率（%） | 41.3 | 26.3 | 23.7 | 19.8 | 12.4
        """
    )
    assert _unfavourable(t, text("2023年，公司营业收入增速高于标杆企业和行业平均。")) == []
    # not said: still unfavourable
    assert _open(_unfavourable(t, text("公司经营规模持续扩大。"))) == {("营业收入增长率", "decline")}


def test_a_dip_is_no_unfavourable_result_while_ahead_of_all_and_on_target() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 2023年目标值 | 竞争对手甲
        经营活动现金流净额/净利润（倍） | 1.12 | 1.08 | 1.21 | ≥1.0 | 0.96
        """
    )
    assert _unfavourable(t) == []


def test_a_dip_that_recovered_is_still_unfavourable_when_not_explained() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 竞争对手A（2023年） | 行业平均（2023年）
        客户保留率（%） | 91.2 | 87.4 | 92.1 | 90.5 | 85.0
        """
    )
    found = _unfavourable(t, text("客户满意度连续三年提升，2023年高于两家主要竞争对手。"))
    assert _open(found) == {("客户保留率", "decline")}
    assert found[0].years == (2022,)


def test_a_gap_the_report_states_without_a_reason() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 行业标杆 | 竞争对手A
        品牌知名度（客户调研，%） | 61 | 66 | 72 | 85 | 70
        """
    )
    found = _unfavourable(t, text("品牌知名度逐年提高，但与行业标杆仍有13个百分点的差距。"))
    assert _open(found) == {("品牌知名度", "gap")}
    # a gap said to be narrowing is no unfavourable result
    assert _unfavourable(t, text("品牌知名度逐年提高，与行业标杆的差距由24个百分点缩小到13个百分点。")) == []
    # a gap to a target is no comparison
    assert _unfavourable(t, text("品牌知名度距2025年目标差距较大。")) == []
    # trailing a benchmark without saying so is not flagged (being behind the 标杆 is normal)
    assert _unfavourable(t, text("品牌知名度逐年提高。")) == []
    # nor when the same statement puts it ahead of the others
    ahead = text("品牌知名度2023年为72%，高于竞争对手A的70%和行业平均的65%，低于行业标杆的85%。")
    assert _unfavourable(t, ahead) == []
    # behind a competitor is a gap whatever else is said
    behind = text("品牌知名度2023年为72%，高于行业平均的65%，低于竞争对手B的78%。")
    assert _open(_unfavourable(t, behind)) == {("品牌知名度", "gap")}


def test_a_gap_with_its_reason_is_explained() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 标杆值 | 行业平均
        营业利润率（%） | 11.9 | 12.0 | 12.1 | 12.6 | 9.1
        """
    )
    found = _unfavourable(
        t, text("营业利润率2023年为12.1%，仍略低于标杆企业0.5个百分点，主要与公司海外服务中心处于投入期有关。")
    )
    assert [(u.kind, u.explained) for u in found] == [("gap", True)]


def test_worse_than_an_average_is_unfavourable_for_either_direction() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 全市区属医院平均（2023年）
        百元医疗收入卫生材料消耗（元） | 21.9 | 21.7 | 21.6 | 20.1
        四级手术占比（%） | 16.8 | 19.5 | 22.7 | 17.9
        """
    )
    assert _open(_unfavourable(t)) == {("百元医疗收入卫生材料消耗", "below-average")}


def test_indicators_without_polarity_are_not_judged() -> None:
    t = table(
        "指标 | 2021年 | 2022年 | 2023年\n配套整车企业数（家） | 29 | 26 | 32\n纳税总额（亿元） | 1.26 | 1.18 | 1.52"
    )
    assert _unfavourable(t) == []


def test_a_series_already_judged_in_an_earlier_item_is_skipped() -> None:
    t = table("指标 | 2021年 | 2022年 | 2023年\n海外收入占比（%） | 6.9 | 5.8 | 7.6")
    ev = extract_results("7.6", [t])
    polarity = default_polarity()
    assert find_unfavourable(ev, [t], polarity)
    assert find_unfavourable(ev, [t], polarity, skip=[(i.name, i.values) for i in ev.indicators]) == ()


# --------------------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    ("sentence", "name", "unit"),
    [
        ("2022年战略目标达成率有所下降", "年度战略目标达成率", "%"),
        ("2023年，公司营业收入增速高于标杆企业", "营业收入增长率", "%"),
        ("制动卡钳配套份额逐年提升", "制动卡钳国内配套份额", "%"),
        ("受集采影响，公司冠脉产品平均售价大幅下降", "冠脉介入产品", None),
        ("2022年接待考察批次有所减少", "接待外地考察学习", "批次"),
        ("三类顾客的满意度均连续三年提升", "顾客满意度", "分"),
    ],
)
def test_mentions_allow_the_usual_shortenings(sentence: str, name: str, unit: str | None) -> None:
    assert mentions(sentence, name, unit) >= 0


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("员工满意度提高2.5分", "客户满意度"),
        ("研发投入占比持续提高", "新产品销售收入占比"),
        ("投诉关闭率达到100%", "投诉量"),
    ],
)
def test_mentions_do_not_confuse_indicators(sentence: str, name: str) -> None:
    assert mentions(sentence, name) < 0


@pytest.mark.parametrize(
    "series",
    [
        "营业收入增长率方面，2021年为41.3%，2022年降至26.3%，2023年降至23.7%，同期行业平均为12.4%。",
        "营业收入增长率2021年为41.3%，2022年为26.3%，2023年为23.7%；同期标杆企业为19.8%，同期行业平均为12.4%。",
    ],
)
def test_a_dip_written_as_prose_while_still_ahead_and_said_so(series: str) -> None:
    """The same judgement as for the table: comparisons written after the series belong to it."""
    said = text("2023年，公司营业收入增速高于标杆企业和行业平均。", pid="p2", index=1)
    assert _unfavourable(text(series), said) == []
    # without the comparison clause nothing shows it is still ahead: unfavourable
    alone = series.split("同期")[0].rstrip("，；") + "。"
    assert _open(_unfavourable(text(alone), text("公司经营规模持续扩大。", pid="p2", index=1))) == {
        ("营业收入增长率", "decline")
    }


@pytest.mark.parametrize(
    "target",
    [
        "年度质量目标包括食品安全抽检合格率不低于99.5%、生鲜损耗率控制在4%以内。",
        "公司把生鲜损耗率不超过4%列为年度经营目标。",
    ],
)
def test_a_dip_still_ahead_but_missing_a_target_stated_in_words_is_unfavourable(target: str) -> None:
    from analyzer.results.targets import stated_targets

    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 全国百强平均（2023年） | 竞争对手甲（2023年）
        生鲜损耗率（%） | 4.6 | 3.9 | 4.2 | 5.8 | 4.5
        """
    )
    said = text("生鲜损耗率2023年仍低于全国百强平均和竞争对手甲。", pid="p2", index=1)
    ev = extract_results("6.3", [t, said])
    # without the target the dip is excused: still ahead of both, and the report says so
    assert find_unfavourable(ev, [t, said], default_polarity()) == ()
    stated = stated_targets([text(target, pid="p0")])
    assert [(s.name, s.target.value) for s in stated if "损耗" in s.name] == [("生鲜损耗率", 4.0)]
    found = find_unfavourable(ev, [t, said], default_polarity(), stated=stated)
    assert _open(list(found)) == {("生鲜损耗率", "decline")}
    assert found[0].missed_target is not None and found[0].missed_target.value == 4.0
    # a target met (4.5% allowed) excuses nothing away but does not make the dip unfavourable either
    met = stated_targets([text(target.replace("4%", "4.5%"), pid="p0")])
    assert find_unfavourable(ev, [t, said], default_polarity(), stated=met) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "员工志愿服务时长由2021年的1.2万小时增加到2022年的1.6万小时、2023年的2.1万小时。",
        "三年来公益服务时长分别为1.2万小时、1.6万小时和2.1万小时（2021—2023年）。",
        "2021年人均志愿时长为8.5小时，2022年提升至9.6小时，2023年达到11.2小时。",
    ],
)
def test_more_time_given_is_no_decline(sentence: str) -> None:
    """时长 is usually time taken (down is good); time given as a volunteer is more when better."""
    assert _unfavourable(text(sentence)) == []
    # the same words falling are a decline
    falling = sentence.replace("1.2", "3.0").replace("8.5", "14.0")
    assert {kind for _, kind in _open(_unfavourable(text(falling)))} == {"decline"}


def test_a_caption_gives_the_direction_only_to_rows_that_name_no_indicator() -> None:
    # 分产品线毛利率: rows are product lines and take the caption's direction; under 能耗与排放指标 a
    # row named 余热发电量 is an indicator of its own (no known direction) and rises without a finding
    lines = table("产品线 | 2021年 | 2022年 | 2023年\n产品A | 31.2 | 29.4 | 30.1", caption="表7-2 分产品线毛利率（%）")
    energy = table(
        "指标 | 2021年 | 2022年 | 2023年\n余热发电量（万千瓦时） | 5860 | 6420 | 7350",
        caption="表7-5 能耗与排放指标",
        pid="t2",
    )
    found = _unfavourable(lines, energy)
    assert [u.indicator.name for u in found] == ["产品A"]


STAFF_TABLE = """
指标 | 2021年 | 2022年 | 2023年 | 行业平均
员工满意度（%） | 84.6 | 86.0 | 88.3 | 85.0
护理员年流失率（%） | 24.8 | 29.5 | 21.7 | 23.0
"""


@pytest.mark.parametrize(
    "told",
    [
        "流失率2022年升到29.5%：封控期驻点连续工作，加上新开4个中心、新人多。",
        "2022年流失率为29.5%，主要原因是新开中心新人多。",
    ],
)
def test_an_indicator_written_by_the_tail_of_its_name_with_its_own_figure_is_explained(told: str) -> None:
    """The report names 护理员年流失率 by its tail (流失率) and repeats its 2022 figure: the same
    indicator (one series, not a second one), and the sentence explains its rise."""
    found = _unfavourable(table(STAFF_TABLE), text(told, pid="p2", index=1))
    assert ("护理员年流失率", "decline") not in _open(found)
    ev = extract_results("2.1", [table(STAFF_TABLE), text(told, pid="p2", index=1)])
    assert [i.name for i in ev.indicators] == ["员工满意度", "护理员年流失率"]


def test_the_tail_of_a_name_without_the_indicators_figure_explains_nothing() -> None:
    # another 流失率 (the customers') with a figure that is not this indicator's
    found = _unfavourable(table(STAFF_TABLE), text("客户流失率2022年为6.2%：受封控影响，部分长者暂停服务。", pid="p2"))
    assert ("护理员年流失率", "decline") in _open(found)


PROFIT_TABLE = """
指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
利润总额（亿元） | 1.52 | 1.18 | 1.79 | —
净利润（亿元） | 1.31 | 1.02 | 1.55 | —
营业收入增长率（%） | 24.6 | 12.3 | 15.8 | 8.7
"""


def test_reasons_listed_after_a_semicolon_still_explain() -> None:
    # 原因两条：一是…；二是…。: the sentence split at ；is one statement; the 净利润 sentence after it is explained
    found = _unfavourable(
        table(PROFIT_TABLE),
        text(
            "2022年利润总额下滑是三年里最大的不利变化。原因两条：一是磁钢全年涨价约40%，毛利率掉了4.1个百分点；"
            "二是房地产新开工减少，主机厂压价。当年启动锁价和专项降本，2023年净利润回到1.55亿元。"
        ),
    )
    assert ("净利润", "decline") not in _open(found)
    assert ("利润总额", "decline") not in _open(found)


def test_the_year_s_fall_told_in_general_words_then_its_reasons_explains_the_falls_of_that_year() -> None:
    found = _unfavourable(
        table(PROFIT_TABLE),
        text("2022年利润下滑明显。主要原因是磁钢全年涨价约40%，主机厂同时压价。"),
    )
    assert not {("利润总额", "decline"), ("净利润", "decline"), ("营业收入增长率", "decline")} & _open(found)


def test_a_fall_of_named_indicators_and_its_reasons_explain_those_only() -> None:
    # the writer explains the profit fall; the slower revenue growth of the same year stays unexplained
    found = _unfavourable(
        table(PROFIT_TABLE),
        text("2022年利润总额比上年下降22.4%，净利润随之回落。主要原因是磁钢采购均价同比上涨约58%。"),
    )
    assert ("营业收入增长率", "decline") in _open(found)
    assert ("利润总额", "decline") not in _open(found)


def test_a_fall_told_with_another_indicator_and_in_general_words_explains_both() -> None:
    # 营业收入 is named, 利润 is 利润总额's (and 净利润's) own word: the reason explains the profit falls;
    # the growth rate, which the sentence does not speak of, stays unexplained
    found = _unfavourable(
        table(PROFIT_TABLE.replace("营业收入增长率", "营业收入").replace("24.6 | 12.3 | 15.8", "9.5 | 8.9 | 10.6")),
        table(PROFIT_TABLE.split("利润总额")[0] + "资产周转率（次） | 0.92 | 0.81 | 0.95 | —", pid="t2"),
        text("2022年营业收入和利润下滑，原因是疫情期间门店停业近四个月。", pid="p2"),
    )
    assert {("利润总额", "decline"), ("净利润", "decline"), ("营业收入", "decline")}.isdisjoint(_open(found))
    assert ("资产周转率", "decline") in _open(found)


def test_a_figure_without_years_in_the_reasons_is_no_other_indicator() -> None:
    # 流通加价率由约6%降到约2% is a reason, not a series: the year's fall and its reasons explain the
    # fall of 净利润率 too, which the sentence does not name
    found = _unfavourable(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
            营业收入增长率（%） | 9.8 | 2.1 | 15.4 | 5.1
            毛利率（%） | 8.6 | 7.4 | 7.9 | 7.2
            净利润率（%） | 4.7 | 3.9 | 4.7 | 3.5
            """
        ),
        text(
            "2022年营业收入增速放缓、毛利率下降，原因有二：冠脉支架带量采购在北京执行，"
            "两类产品的流通加价率由约6%降到约2%；封控期间医院择期手术减少。"
        ),
    )
    assert not {("营业收入增长率", "decline"), ("毛利率", "decline"), ("净利润率", "decline")} & _open(found)


FINANCE_TABLE = """
指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
营业收入（亿元） | 6.82 | 6.95 | 7.96 | —
营业收入增长率（%） | 12.6 | 1.9 | 14.5 | 6.8
净利润（万元） | 6,850 | 5,410 | 7,320 | —
销售净利率（%） | 10.0 | 7.8 | 9.2 | 7.1
资产负债率（%） | 41.2 | 44.8 | 39.6 | 48.5
"""


def test_a_name_followed_by_the_growth_rate_s_figure_speaks_of_the_growth_rate() -> None:
    # 营业收入仅增长1.9%: 1.9 is 营业收入增长率's 2022 figure, so the sentence is about the growth rate's
    # fall (营业收入 itself rose); 资产负债率 (no known direction) does not say the year went well
    found = _unfavourable(
        table(FINANCE_TABLE),
        text(
            "2022年营业收入仅增长1.9%，净利润由6,850万元降至5,410万元，资产负债率升至44.8%，主要原因是："
            "原材料采购均价上涨18%，两家大客户要求降价5%。"
        ),
    )
    assert not {("营业收入增长率", "decline"), ("销售净利率", "decline"), ("净利润", "decline")} & _open(found)


def test_a_sentence_about_the_revenue_that_rose_explains_no_growth_rate() -> None:
    # the figure after 营业收入 is its own (6.95 亿元, a rise): the sentence names an indicator that did
    # not fall that year, and the growth rate's fall stays unexplained
    found = _unfavourable(
        table(FINANCE_TABLE),
        text("2022年营业收入达到6.95亿元，再创新高，净利润降至5,410万元，主要原因是原材料采购均价上涨18%。"),
    )
    assert ("营业收入增长率", "decline") in _open(found)


def test_circumstances_told_in_an_earlier_part_of_the_statement_explain_a_later_part() -> None:
    found = _unfavourable(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年 | 2023年目标值
            营业收入（亿元） | 8.62 | 7.95 | 10.38 | 10.00
            净利润率（%） | 9.8 | 6.1 | 10.4 | 9.5
            """
        ),
        text(
            "2022年是三年中唯一下降的一年：当年两轮疫情管控，种植和正畸等需要多次复诊的项目大量延期，"
            "营业收入比2021年减少7.8%；停诊期间房租和人工照付，净利润率由9.8%降到6.1%。"
        ),
    )
    assert not {("营业收入", "decline"), ("净利润率", "decline")} & _open(found)


def test_a_ratio_s_fall_is_explained_where_the_fall_of_the_figure_it_is_computed_from_is() -> None:
    # the reasons follow the statement that names 净利润; 净利润率 (computed from it) fell the same year
    tbl = """
    指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
    营业收入（万元） | 186,400 | 172,350 | 213,680 | —
    净利润（万元） | 9,860 | 7,420 | 12,468 | —
    净利润率（%） | 5.29 | 4.31 | 5.83 | 3.9
    """
    prose = (
        "2022年，营业收入172,350万元，同比下降7.5%；净利润7,420万元，同比下降24.7%。"
        "下降原因有两条：消费电子需求走弱，两家耳机客户全年订单下调约三成；新工厂投产第二年折旧增加。"
    )
    found = _unfavourable(table(tbl), text(prose, pid="p2"))
    assert not {("净利润", "decline"), ("净利润率", "decline")} & _open(found)
    ratio = next(u for u in found if u.indicator.name == "净利润率")
    assert ratio.explanation is not None and "下降原因" in ratio.explanation


def test_a_ratio_s_fall_in_another_year_than_the_explained_one_stays_open() -> None:
    tbl = """
    指标 | 2021年 | 2022年 | 2023年
    净利润（万元） | 9,860 | 7,420 | 12,468
    净利润率（%） | 5.29 | 5.61 | 4.83
    """
    prose = "2022年净利润7,420万元，同比下降24.7%，主要原因是消费电子需求走弱。"
    found = _unfavourable(table(tbl), text(prose, pid="p2"))
    assert ("净利润率", "decline") in _open(found)


def test_a_cause_told_then_its_effect_with_shi_explains() -> None:
    found = _unfavourable(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年
            年度重点项目完成率（%） | 88.9 | 83.3 | 100
            """
        ),
        text("儿童早矫筛查和新院区装修两个重点项目顺延到2023年，使重点项目完成率降为83.3%。"),
    )
    assert ("年度重点项目完成率", "decline") not in _open(found)


def test_a_heading_like_lead_before_a_series_is_no_circumstance() -> None:
    # 从顾客与市场主要结果看 opens the statement; the fall in a later ；-part stays unexplained
    found = _unfavourable(
        text(
            "从顾客与市场主要结果看，客户满意度方面，2021年为87.5分，2022年提升至88.9分，2023年达到90.3分；"
            "客户保留率方面，2021年为91.2%，2022年下降至87.4%，2023年提升至92.1%，同期行业平均为88.0%。"
        )
    )
    assert ("客户保留率", "decline") in _open(found)


def test_a_fall_said_to_be_brought_by_a_change_is_explained() -> None:
    found = _unfavourable(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年
            仓库平均利用率（%） | 约87 | 约78 | 89左右
            """
        ),
        text("仓库平均利用率2022年由约87%降到约78%，是主动扩容带来的：阳逻二期约6万立方米在当年三季度投用。"),
    )
    assert ("仓库平均利用率", "decline") not in _open(found)


def test_a_fall_shows_only_once_the_units_are_read() -> None:
    found = _unfavourable(
        table(
            """
            项目 | 2021年 | 2022年 | 2023年 | 对比（2023年）
            海外销售额 | 8,650万元 | 1.21亿元 | 9,760万元 | 瑵潟特纤0.74亿元
            特种光纤销量 | 38.5万公里 | 412,000公里 | 46.8万公里 | —
            """
        )
    )
    assert _open(found) == {("海外销售额", "decline")}


def test_a_chain_whose_figures_change_their_unit_is_read_on_one_scale() -> None:
    found = _unfavourable(text("投诉平均处理时长由2021年的6.5天缩短到2022年的118小时和2023年的72小时。"))
    assert ("投诉平均处理时长", "decline") not in _open(found)
