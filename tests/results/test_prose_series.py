"""Prose series, generated: every way of writing one value per year, crossed with names, units and year forms.

Each pattern is a template; the tests fill it with several indicator names, units and ways of writing
years (``2021年``, ``2021年度``, full-width ``２０２１年``), so a rule that only fits one sentence fails.
The extraction runs through :func:`extract_results` (one result item), as the checks use it.
"""

from __future__ import annotations

import itertools

import pytest

from analyzer.results import extract_results
from analyzer.results.model import Indicator
from analyzer.results.numbers import fold

from .helpers import text

NAMES = [("客户满意度", "分"), ("订单准时交付率", "%"), ("单位产值综合能耗", "吨标煤/万元"), ("志愿服务时长", "小时")]
YEAR_FORMS = [
    lambda y: f"{y}年",
    lambda y: f"{y}年度",
    lambda y: f"{y}年".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
]
VALUES = ("91.3", "94.6", "97.2")


def _indicator(paragraphs: list[str], name: str) -> Indicator:
    ev = extract_results("x", [text(t, pid=f"p{i}", index=i) for i, t in enumerate(paragraphs)])
    found = {i.name: i for i in ev.indicators}
    assert name in found, f"{name} not read from {paragraphs}: {sorted(found)}"
    return found[name]


CASES = list(itertools.product(NAMES, range(len(YEAR_FORMS))))


def _y(form: int, year: int) -> str:
    return YEAR_FORMS[form](year)


@pytest.mark.parametrize(("named", "form"), CASES)
@pytest.mark.parametrize(
    "template",
    [
        # a year and a figure per clause, verbs varying, an aside in between
        "{y1}，{name}为{a}{u}，{y2}在订单激增的情况下提升至{b}{u}，{y3}达到{c}{u}。",
        "{name}{y1}为{a}{u}，{y2}为{b}{u}，{y3}为{c}{u}。",
        # a list or range of years, then 分别为
        "{name}{y1}—{y3}分别为{a}{u}、{b}{u}和{c}{u}。",
        "{y1}、{y2}和{y3}，{name}分别为{a}{u}、{b}{u}、{c}{u}。",
        # a topic clause names what the clauses after it give figures for
        "{name}方面，{y1}为{a}{u}，{y2}下降至{b}{u}，{y3}提升至{c}{u}。",
        "就{name}而言，{y1}为{a}{u}；{y2}为{b}{u}；{y3}达到{c}{u}。",
        # a from-to chain with a year per figure
        "{name}由{y1}的{a}{u}变为{y2}的{b}{u}、{y3}的{c}{u}。",
    ],
)
def test_three_dated_figures(template: str, named: tuple[str, str], form: int) -> None:
    name, unit = named
    t = template.format(
        name=name,
        u=unit,
        a=VALUES[0],
        b=VALUES[1],
        c=VALUES[2],
        y1=_y(form, 2021),
        y2=_y(form, 2022),
        y3=_y(form, 2023),
    )
    t = t.replace("变为", "提升至")
    ind = _indicator([t], name)
    assert ind.years == (2021, 2022, 2023), t
    assert [v.value for v in ind.values] == [float(v) for v in VALUES]


@pytest.mark.parametrize("named", [*NAMES, ("受托运营项目数", "个"), ("新增授权专利", "项")])
@pytest.mark.parametrize("verb", ["提升至", "增至", "增加为", "跃升至", "降为", "减至", "回落至", "缩减至", "延长到"])
def test_a_from_to_chain_with_any_change_verb_of_the_lexicon(named: tuple[str, str], verb: str) -> None:
    # 由2021年的2个增至2022年的4个、2023年的7个: the change verbs are the value-up / value-down words
    name, unit = named
    t = f"{name}由2021年的{VALUES[0]}{unit}{verb}2022年的{VALUES[1]}{unit}、2023年的{VALUES[2]}{unit}。"
    ind = _indicator([t], name)
    assert ind.years == (2021, 2022, 2023), t
    assert [v.value for v in ind.values] == [float(v) for v in VALUES]


@pytest.mark.parametrize("named", NAMES)
@pytest.mark.parametrize(
    ("span", "anchor"),
    [
        ("三年", "2023年，{name}在全国同行业中位列第二。"),
        ("近三年", "截至2023年底，公司共有门店120家。"),
        ("近3年", "2021—2023年，公司持续推进数字化转型。"),
        ("过去三年", "2023年公司营业收入为12.6亿元。"),
    ],
)
def test_a_relative_span_ends_at_the_items_latest_year(named: tuple[str, str], span: str, anchor: str) -> None:
    name, unit = named
    series = f"{name}{span}分别为93.0{unit}、97.6{unit}和98.5{unit}。"
    ind = _indicator([anchor.format(name=name), series], name)
    assert ind.years == (2021, 2022, 2023)
    assert ind.longest_run == 3


@pytest.mark.parametrize("named", NAMES)
def test_a_relative_span_without_any_year_in_the_item_stays_undated(named: tuple[str, str]) -> None:
    name, unit = named
    ind = _indicator([f"{name}三年分别为93.0{unit}、97.6{unit}和98.5{unit}。"], name)
    assert ind.years == ()
    assert ind.undated == (93.0, 97.6, 98.5)


@pytest.mark.parametrize("named", NAMES)
def test_a_relative_span_with_a_chain_without_years(named: tuple[str, str]) -> None:
    name, unit = named
    ind = _indicator(["2023年数据如下。", f"近三年，{name}由41.3{unit}提升至46.6{unit}、49.3{unit}。"], name)
    assert ind.years == (2021, 2022, 2023)


@pytest.mark.parametrize("named", NAMES)
@pytest.mark.parametrize(
    "template",
    [
        "{name}由2021年的{a}{u}提升至2023年的{c}{u}，近三年稳步上升。",
        "{name}2023年为{c}{u}，较2021年的{a}{u}提高了3.2个百分点。",
        "{name}2023年较2021年增长12.5%，自2022年推行新机制以来持续向好。",
        "2023年{name}达到{c}{u}，2021年为{a}{u}。",
    ],
)
def test_two_points_are_not_three_years(template: str, named: tuple[str, str]) -> None:
    name, unit = named
    paragraph = template.format(name=name, u=unit, a="91.3", c="97.2")
    ev = extract_results("x", [text(paragraph)])
    ind = {i.name: i for i in ev.indicators}.get(name)
    assert ind is None or ind.longest_run < 3, paragraph


@pytest.mark.parametrize("named", NAMES)
@pytest.mark.parametrize(
    "template",
    [
        "{name}2019年为{a}{u}，2022年为{b}{u}，2023年为{c}{u}。",  # 2020 and 2021 are missing
        "{name}调查每两年开展一次，2021年为{a}{u}，2023年为{c}{u}。",
        "2020年和2021年因疫情原因未开展{name}调查；2019年为{a}{u}，2023年为{c}{u}。",
    ],
)
def test_years_that_are_not_consecutive(template: str, named: tuple[str, str]) -> None:
    name, unit = named
    paragraph = template.format(name=name, u=unit, a="91.3", b="94.6", c="97.2")
    ind = {i.name: i for i in extract_results("x", [text(paragraph)]).indicators}.get(name)
    assert ind is None or ind.longest_run < 3, paragraph


@pytest.mark.parametrize(
    "sentence",
    [
        "公司累计注册商标253件（2021年、2022年分别为186件、214件）。",
        "原因是我们下架了低效单品1,200个。",
        "在咨询量激增的情况下，2022年接通率为94.6%。",
    ],
)
def test_names_are_names_not_fragments(sentence: str) -> None:
    for ind in extract_results("x", [text(sentence)]).indicators:
        name = fold(ind.name)
        assert "（" not in name and "(" not in name, ind.name
        assert not name.startswith(("原因", "由于", "在")), ind.name
        assert "情况下" not in name, ind.name


# --------------------------------------------------------------------------- targets and comparisons after a series


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        # table rewritten as prose: the comparison clause follows the series
        ("应收账款周转天数方面，2021年为68天，2022年增至74天，2023年下降至63天，同期行业平均为90天。", "average", 90.0),
        ("应收账款周转天数2021年为68天，2022年为74天，2023年为63天；同期竞争对手甲为82天。", "competitor", 82.0),
        (
            "应收账款周转天数方面，2021年为68天，2022年增至74天，2023年下降至63天，标杆企业同期为55天。",
            "benchmark",
            55.0,
        ),
    ],
)
def test_a_comparison_after_a_series_belongs_to_it(sentence: str, kind: str, value: float) -> None:
    ind = _indicator([sentence], "应收账款周转天数")
    assert ind.years == (2021, 2022, 2023)
    assert [(c.kind, c.value, c.year) for c in ind.comparisons] == [(kind, value, 2023)]


@pytest.mark.parametrize(
    "sentence",
    [
        "应收账款周转天数方面，2021年为68天，2022年增至74天，2023年下降至63天，2023年目标值为70天。",
        "应收账款周转天数2021年为68天，2022年为74天，2023年为63天，规划目标为70天。",
    ],
)
def test_a_target_after_a_series_is_its_target_not_a_comparison(sentence: str) -> None:
    ind = _indicator([sentence], "应收账款周转天数")
    assert ind.comparisons == ()
    assert [(t.value) for t in ind.targets] == [70.0]


@pytest.mark.parametrize("topic", ["12345热线涉中心投诉工单方面", "就12345热线涉中心投诉工单而言"])
def test_a_new_topic_ends_the_series_before_it(topic: str) -> None:
    paragraph = (
        "差评整改回访率方面，2021年为100%，2022年为100%，2023年为100%；"
        f"{topic}，2021年为186件，2022年降至142件，2023年下降至97件。"
    )
    ev = extract_results("x", [text(paragraph)])
    found = {i.name: i for i in ev.indicators}
    assert [v.value for v in found["差评整改回访率"].values] == [100.0, 100.0, 100.0]
    assert [v.value for v in found["12345热线涉中心投诉工单"].values] == [186.0, 142.0, 97.0]


@pytest.mark.parametrize("topic", ["投诉24小时响应率方面", "12345涉医诉求满意率方面", "就投诉24小时响应率而言"])
def test_a_topic_whose_name_holds_a_number_still_starts_a_new_series(topic: str) -> None:
    paragraph = (
        f"市场占有率2022年为10.9%，2023年提升至11.8%；{topic}，2022年为96.8%，2023年达到98.9%，同期行业平均为92.0%。"
    )
    ev = extract_results("x", [text(paragraph)])
    found = {i.name: i for i in ev.indicators}
    assert found["市场占有率"].comparisons == ()
    (other,) = [i for n, i in found.items() if n != "市场占有率"]
    assert [c.value for c in other.comparisons] == [92.0]


@pytest.mark.parametrize(
    ("line", "comparison"),
    [
        ("落地创新项目：2021年4个｜2022年6个｜2023年9个（鹭栎颐康5个）", ("peer", "鹭栎颐康")),
        ("专利：2021年3件，2022年5件，2023年8件（沐芑长者之家：3件）", ("peer", "沐芑长者之家")),
        ("满意度：2021年92.1%｜2022年93.4%｜2023年94.0%（行业平均91.2%）", ("average", "行业平均")),
        ("参与制修订标准：2021年1项，2022年2项，2023年4项（含团体标准2项）", None),
        ("合理化建议：2021年186条，2022年244条，2023年317条（上年244条）", None),
        ("自评得分：2021年38分，2022年40分，2023年42分（满分60分）", None),
    ],
)
def test_a_bracketed_figure_after_the_last_value_is_an_aside(line: str, comparison: tuple[str, str] | None) -> None:
    """Someone else's figure (a named peer, 行业平均) or a part of the value (含…, 上年…) in brackets after
    the latest value: the series keeps all three years, and a named other party is a comparison."""
    from analyzer.results.prose import prose_comparisons

    ev = extract_results("x", [text(line)])
    assert len(ev.indicators) == 1
    assert [v.year for v in ev.indicators[0].values] == [2021, 2022, 2023]
    found = [(c.kind, c.label) for c in prose_comparisons(text(line))]
    assert found[:1] == ([comparison] if comparison else [])


def test_a_named_party_in_an_aside_compares_only_right_after_a_figure() -> None:
    from analyzer.results.prose import prose_comparisons

    assert prose_comparisons(text("公司每年委托第三方（岫翎调研2次）开展满意度测评。")) == ()


@pytest.mark.parametrize(("name", "unit"), NAMES)
def test_two_digit_years_one_after_the_other_are_years(name: str, unit: str) -> None:
    # finance people write 21年、22年、23年: a run of consecutive two-digit years is a series
    ind = _indicator([f"{name}：21年{VALUES[0]}{unit}、22年{VALUES[1]}{unit}、23年{VALUES[2]}{unit}。"], name)
    assert ind.years == (2021, 2022, 2023)


def test_a_two_digit_year_alone_is_no_year() -> None:
    # 成立21年 is a duration; 由21年的…缩小到23年的… writes no run of consecutive years: unsure, no years
    ev = extract_results(
        "x",
        [
            text("公司成立21年来，顾客满意度达到91.3分。", pid="p0", index=0),
            text("与标杆的差距由21年的39个百分点缩小到23年的25个百分点。", pid="p1", index=1),
        ],
    )
    assert all(not i.years for i in ev.indicators)


@pytest.mark.parametrize("aside", ["（2023年目标值6{u}）", "（2025年规划目标10{u}）", "（行业平均2023年为5{u}）"])
@pytest.mark.parametrize(("name", "unit"), NAMES)
def test_a_dated_aside_on_the_last_figure_keeps_that_figure(aside: str, name: str, unit: str) -> None:
    # 2023年7项（2023年目标值6项）: the bracket is about the figure before it; the year is still reported
    ind = _indicator(
        [f"{name}：2021年{VALUES[0]}{unit}，2022年{VALUES[1]}{unit}，2023年{VALUES[2]}{unit}{aside.format(u=unit)}。"],
        name,
    )
    assert ind.years == (2021, 2022, 2023)
    assert [v.text for v in ind.values] == list(VALUES)


def test_peers_who_visit_are_counted_not_compared_with() -> None:
    # 同行 in 同行考察 / 同行交流 are visitors counted by the report, not whom it compares with
    t = "公司接待外地住房保障部门和同行考察交流由2021年的36批次增加到2022年的52批次、2023年的71批次。"
    ind = _indicator([t], "接待外地住房保障部门和同行考察交流")
    assert ind.years == (2021, 2022, 2023)
    # …while 同行业平均 stays whom the report compares with, not an indicator of its own
    ev = extract_results("x", [text("同行业平均满意度2021年为90%，2022年为91%，2023年为92%。")])
    assert not ev.indicators


@pytest.mark.parametrize("named", NAMES)
def test_years_written_relative_to_the_year_last_written(named: tuple[str, str]) -> None:
    name, unit = named
    t = f"{name}2023年为{VALUES[2]}{unit}，上年为{VALUES[1]}{unit}，前年为{VALUES[0]}{unit}，连续三年提升。"
    ind = _indicator([t], name)
    assert ind.years == (2021, 2022, 2023)
    # 上年同期 is the same period of the year before, no year of its own
    ev = extract_results("x", [text(f"{name}2023年为{VALUES[2]}{unit}，上年同期为{VALUES[1]}{unit}。")])
    assert {i.name: i.years for i in ev.indicators}.get(name) == (2023,)


def test_an_item_that_writes_no_year_counts_from_the_report_s_year() -> None:
    t = "品牌认知度前年为31.8%，上年为36.5%，本年度为41.2%；整改完成率近三年分别为91%、95%和100%。"
    ev = extract_results("x", [text(t)], report_year=2023)
    three = (2021, 2022, 2023)
    assert {i.name: i.years for i in ev.indicators} == {"品牌认知度": three, "整改完成率": three}
