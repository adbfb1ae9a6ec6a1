"""Result items written a year at a time, and the ways a text explains a fall.

- A paragraph that opens with a bare year (``2022年，……``) dates its sentences; ``这一年`` / ``当年``
  name the year last written.
- Figures of others (``高于椒澜食堂公布的80.2分``, ``同期椒澜食堂累计5项``, ``（行业平均76.3分）``) are
  no indicators of the report's own.
- One indicator written two ways in different years (a qualifier dropped) is one series.
- A fall is explained by the story of its year told before it in the same sentence, by what was done
  about it, or by a sentence about that year's downturn that names several falling indicators; a
  definition in brackets (``（因地面保障原因未造成延误的航班占比）``) gives no reason, and a reason for one
  other indicator explains nothing here.
"""

from __future__ import annotations

from analyzer.model import Paragraph
from analyzer.results import default_polarity, extract_results
from analyzer.results.assess import Unfavourable, assess_years, find_unfavourable

from .helpers import table, text

YEARS = [
    text(
        "2021年，员工满意度为78.4分，高于京餐联调查的行业平均76.0分；一线员工年流失率38.5%，低于行业平均43.0%。"
        "中央厨房关键设备完好率97.2%，核心供方准时交付率97.6%，与椒澜食堂公开的97.0%大体相当。",
        "p1",
        0,
    ),
    text(
        "2022年，门店多次临时停业，不少兼职员工返乡后没有回来，一线员工年流失率升到44.2%，比上年高5.7个百分点。"
        "我们随后推出保底工资和宿舍免租，下半年流失明显减少。这一年员工满意度79.1分（行业平均76.3分），"
        "中央厨房设备完好率97.9%，核心供方准时交付率98.1%。",
        "p2",
        1,
    ),
    text(
        "2023年，一线员工年流失率降到35.7%；员工满意度82.6分，高于椒澜食堂公布的80.2分。新获专利4项，"
        "同期椒澜食堂累计5项。中央厨房设备完好率98.6%，核心供方准时交付率98.9%。",
        "p3",
        2,
    ),
]


def _series() -> dict[str, tuple[int, ...]]:
    ev = extract_results("7.4", YEARS)
    return {i.name: tuple(v.year for v in i.values) for i in ev.indicators}


def test_a_paragraph_that_opens_with_a_year_dates_its_sentences_and_this_year_names_it() -> None:
    got = _series()
    assert got["员工满意度"] == (2021, 2022, 2023)  # 这一年员工满意度79.1分（行业平均76.3分）
    assert got["一线员工年流失率"] == (2021, 2022, 2023)
    assert got["核心供方准时交付率"] == (2021, 2022, 2023)
    (satisfaction,) = (i for i in extract_results("7.4", YEARS).indicators if i.name == "员工满意度")
    values = {v.year: v.value for v in satisfaction.values}
    assert values[2022] == 79.1  # not the average in brackets


def test_figures_of_others_are_no_indicators() -> None:
    names = set(_series())
    assert not any("椒澜" in n or n.startswith(("高于", "与")) for n in names), names


def test_one_indicator_written_two_ways_in_different_years_is_one_series() -> None:
    got = _series()
    assert got["中央厨房关键设备完好率"] == (2021, 2022, 2023)
    assert "中央厨房设备完好率" not in got
    assert assess_years(extract_results("7.4", YEARS), 3).complete


def test_names_that_overlap_in_years_or_end_differently_stay_apart() -> None:
    paras = [
        text("2021年营业收入为9.4亿元。", "p1", 0),
        text("2022年营业收入增长率为4.8%。", "p2", 1),  # another indicator, whose name ends otherwise
        text("2021年中央厨房关键设备完好率为97.2%。", "p3", 2),
        text("2021年中央厨房设备完好率为96.0%。", "p4", 3),  # the same year twice: two indicators
    ]
    names = {i.name for i in extract_results("7.3", paras).indicators}
    assert {"营业收入", "营业收入增长率", "中央厨房关键设备完好率", "中央厨房设备完好率"} <= names


def _open(*paragraphs: Paragraph) -> set[str]:
    ev = extract_results("7.3", paragraphs)
    found: list[Unfavourable] = list(find_unfavourable(ev, paragraphs, default_polarity()))
    return {u.indicator.name for u in found if not u.explained}


FINANCE = """
年度 | 营业收入（亿元） | 净利润（万元） | 净资产收益率（%）
2021年 | 9.42 | 4,860 | 14.6
2022年 | 8.97 | 2,310 | 6.7
2023年 | 12.65 | 7,920 | 19.8
"""


def test_the_story_of_the_year_before_the_fall_explains_it_and_the_years_other_falls() -> None:
    story = text(
        "2022年北京堂食多次暂停，我们的门店累计停业约4,100个店日，营业收入比上年下降4.8%，"
        "净利润从4,860万元降到2,310万元。2023年客流恢复，营业收入达到12.65亿元。",
        "p1",
        0,
    )
    assert _open(table(FINANCE, pid="t1", index=1), story) == set()
    bare = text("2022年营业收入比上年下降4.8%，净利润从4,860万元降到2,310万元。", "p1", 0)
    assert _open(table(FINANCE, pid="t1", index=1), bare) == {"营业收入", "净利润", "净资产收益率"}


def test_what_was_done_about_a_fall_addresses_it() -> None:
    rows = table("指标 | 2021年 | 2022年 | 2023年\n一线员工年流失率（%） | 38.5 | 44.2 | 35.7", pid="t1", index=0)
    told = text("2022年一线员工年流失率升到44.2%。我们随后推出保底工资和宿舍免租，下半年流失明显减少。", "p2", 1)
    assert _open(rows, told) == set()
    assert _open(rows) == {"一线员工年流失率"}


SERVICE = """
指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
值机平均排队时长（分钟） | 8.6 | 6.9 | 9.4 | 10.2
行李差错率（件/万件） | 2.6 | 2.3 | 3.1 | 2.8
"""


def test_a_definition_in_brackets_and_a_reason_for_another_indicator_explain_nothing() -> None:
    defined = text(
        "航班地面保障准点率（因地面保障原因未造成延误的航班占比）三年分别为98.62%、99.05%、99.21%，2023年高于行业平均。",
        "p1",
        0,
    )
    other = text(
        "值机平均排队时长2023年回升到9.4分钟，主要原因是2023年旅客量大幅增长，早晚高峰值机柜台不够用。", "p3", 2
    )
    assert _open(defined, table(SERVICE, pid="t1", index=1), other) == {"行李差错率"}


def test_a_fall_told_after_a_colon_and_the_ratio_of_an_explained_quantity() -> None:
    rows = "年份 | 12345转办件满意率（%）\n2021年 | 91.2\n2022年 | 89.7\n2023年 | 93.6"
    satisfaction = table(rows, pid="t1", index=0)
    told = text(
        "12345转办件满意率由91.2%降到89.7%：那一年租金减免类工单大幅增加，不少诉求超出区级权限，不满意的比例随之上升。",
        "p2",
        1,
    )
    assert _open(satisfaction, told) == set()
    profit = table(
        "指标 | 2021年 | 2022年 | 2023年\n净利润（万元） | 3,120 | 2,280 | 3,460\n净利润率（%） | 4.1 | 2.9 | 4.3",
        pid="t1",
        index=0,
    )
    why = text("2022年净利润比上年少了840万元，主要是门店临时停业期间房租和人工照付。", "p2", 1)
    assert _open(profit, why) == set()  # the margin is the profit's own fall


def test_a_repeat_rate_is_better_lower() -> None:
    from analyzer.results import default_polarity

    assert default_polarity().of("诉求重复率") == "down"


def test_names_that_name_another_indicator_and_years_that_are_no_dates_stay_apart() -> None:
    paras = [
        text("2021年产品合格率为99.5%。", "p1", 0),
        text("2022年产品合格率为99.6%。", "p2", 1),
        text("2023年产品一次合格率为97.0%。", "p3", 2),  # 一次 names another indicator
    ]
    names = {i.name: tuple(v.year for v in i.values) for i in extract_results("7.1", paras).indicators}
    assert names["产品合格率"] == (2021, 2022) and names["产品一次合格率"] == (2023,)
    since = [text("2020年以来，公司持续推进服务标准化建设。客户满意度达到92.5分。", "p1", 0)]
    assert all(not i.values for i in extract_results("7.2", since).indicators)  # 以来 is no year of data
    now = [text("2021年，营业收入为9.4亿元。目前客户满意度为92.5分。", "p1", 0)]
    got = {i.name: tuple(v.year for v in i.values) for i in extract_results("7.2", now).indicators}
    assert got.get("营业收入") == (2021,) and not got.get("客户满意度")
    own = [text("2023年，营业收入为9.4亿元，同期净利润1.2亿元。", "p1", 0)]
    assert "净利润" in {i.name for i in extract_results("7.3", own).indicators}  # the report's own
