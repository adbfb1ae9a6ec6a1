"""Year series written as list lines (issue 12 §C): one line per year, one line per indicator, a
lead line with one bullet per year, and the comparison / target lines of such a list."""

from __future__ import annotations

import pytest

from analyzer.results import default_polarity
from analyzer.results.extract import extract_results
from analyzer.results.prose import read_prose, without_list_marker

from .helpers import text


def _series(*lines: str) -> dict[str, tuple[tuple[int, ...], tuple[float | None, ...]]]:
    ev = extract_results("x", [text(t, pid=f"p{k}", index=k) for k, t in enumerate(lines)])
    return {i.name: (i.years, tuple(v.value for v in i.values)) for i in ev.indicators if i.values}


@pytest.mark.parametrize(
    "year",
    ["FY{y}", "{y}财年", "{y}年度", "{y}年", "{fw}年"],
    ids=["FY", "cainian", "niandu", "nian", "fullwidth"],
)
def test_one_line_per_year_in_every_year_form(year: str) -> None:
    def y(n: int) -> str:
        return year.format(y=n, fw=str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")))

    got = _series(
        "近三年主要结果如下：",
        f"{y(2021)}：客户满意度92.1%，客户流失率3.2%",
        f"{y(2022)}：客户满意度94.0%，客户流失率3.8%",
        f"{y(2023)}：客户满意度95.6%，客户流失率4.1%",
    )
    assert got == {
        "客户满意度": ((2021, 2022, 2023), (92.1, 94.0, 95.6)),
        "客户流失率": ((2021, 2022, 2023), (3.2, 3.8, 4.1)),
    }


@pytest.mark.parametrize("marker", ["· ", "- ", "• ", "●", ""])
def test_a_lead_line_and_one_bullet_per_year(marker: str) -> None:
    got = _series("退货率（%）：", f"{marker}2021年度 0.82", f"{marker}2022年度 0.95", f"{marker}2023年度 1.10")
    assert got == {"退货率": ((2021, 2022, 2023), (0.82, 0.95, 1.10))}
    ev = extract_results("x", [text("退货率（%）：", "a"), text("· 2021年度 0.82", "b", 1)])
    assert ev.indicators[0].unit == "%"


def test_a_short_name_line_without_colon_leads_too() -> None:
    assert _series("准时交付率", "· 2021财年 96.2%", "· 2022财年 97.5%", "· 2023财年 98.1%") == {
        "准时交付率": ((2021, 2022, 2023), (96.2, 97.5, 98.1))
    }


def test_the_lead_ends_at_a_line_that_is_no_year_line() -> None:
    # the third line is prose of its own: 2023's figure is not the lead's
    got = _series("退货率（%）：", "· 2021年度 0.82", "公司持续推进质量改进工作。", "· 2022年度 0.95")
    assert got.get("退货率", ((), ()))[0] == (2021,)


@pytest.mark.parametrize(
    "line",
    [
        "客户投诉率：2021年0.35%，2022年0.31%，2023年0.28%；同期行业平均为0.40%。",
        "客户投诉率（%）：2021年度0.35，2022年度0.31，2023年度0.28；行业平均为0.40。",
        "客户投诉率：FY2021 0.35%，FY2022 0.31%，FY2023 0.28%。",
    ],
)
def test_an_indicator_line_with_its_years(line: str) -> None:
    assert _series(line) == {"客户投诉率": ((2021, 2022, 2023), (0.35, 0.31, 0.28))}


def test_comparison_and_target_lines_attach_to_the_indicators_they_name() -> None:
    ev = extract_results(
        "x",
        [
            text("2021年：营业收入增长率41.3%，净资产收益率13.2%", "a", 0),
            text("2022年：营业收入增长率26.3%，净资产收益率12.5%", "b", 1),
            text("2023年：营业收入增长率23.7%，净资产收益率15.6%", "c", 2),
            text("2023年目标值：营业收入增长率15.0%，净资产收益率14.0%", "d", 3),
            text("行业平均：营业收入增长率12.4%，净资产收益率9.7%", "e", 4),
        ],
    )
    by = {i.name: i for i in ev.indicators}
    roe = by["净资产收益率"]
    assert roe.years == (2021, 2022, 2023)
    assert [(t.label, t.value) for t in roe.targets] == [("2023年目标值", 14.0)]
    assert [(c.kind, c.label, c.value) for c in roe.comparisons] == [("average", "行业平均", 9.7)]


def test_bullet_comparison_and_target_under_a_lead() -> None:
    ev = extract_results(
        "x",
        [
            text(t, f"p{k}", k)
            for k, t in enumerate(
                [
                    "研发投入强度（%）：",
                    "● 2021年10.4",
                    "● 2022年11.2",
                    "● 2023年10.9",
                    "● 2023年目标值：10.0",
                    "● 标杆值：8.7",
                ]
            )
        ],
    )
    (ind,) = ev.indicators
    assert ind.years == (2021, 2022, 2023)
    assert [t.value for t in ind.targets] == [10.0]
    assert [(c.kind, c.value) for c in ind.comparisons] == [("benchmark", 8.7)]


def test_a_bound_target_under_a_lead_keeps_its_bound() -> None:
    lines = ["资产负债率（%）：", "•２０２２年24.6", "• 2023年目标值：≤30"]
    ev = extract_results("x", [text(t, f"p{k}", k) for k, t in enumerate(lines)])
    assert [(t.value, t.text, t.year) for t in ev.indicators[0].targets] == [(30.0, "≤30", 2023)]


@pytest.mark.parametrize("line", ["国家标准：客户投诉率0.50%", "国家标准要求：0.50"])
def test_a_requirement_line_is_no_comparison(line: str) -> None:
    ev = extract_results("x", [text("客户投诉率：2021年0.35%，2022年0.31%，2023年0.28%。", "a"), text(line, "b", 1)])
    assert not [c for i in ev.indicators for c in i.comparisons]


def test_a_minus_sign_is_no_bullet_but_a_dash_before_a_year_is() -> None:
    assert without_list_marker("-3.5%") == "-3.5%"
    assert without_list_marker("-2021年：0.8") == "2021年：0.8"
    assert without_list_marker("· FY2022：0.8") == "FY2022：0.8"
    assert read_prose(text("-3.5%")).indicators == ()


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("客户退货率", "down"),
        ("批次返修率", "down"),
        ("停机次数", "down"),
        ("客户流失率", "down"),
        ("库存周转天数", "down"),
        ("单位能耗", "down"),
        # a later head still decides: what is done about a bad event is better when higher
        ("退货处理及时率", "up"),
        ("故障修复率", "up"),
        ("流失客户挽回率", "up"),
        ("投诉解决率", "up"),
        # a reducing verb turns it round
        ("减少报废", "up"),
    ],
)
def test_bad_events_are_better_when_lower(name: str, direction: str) -> None:
    assert default_polarity().of(name) == direction


@pytest.mark.parametrize(
    "line",
    [
        "- 订单准时率：FY2021 95.2% → FY2022 96.8% → FY2023 98.1%，YoY +1.3pp",
        "订单准时率 2021年95.2%、2022年96.8%、2023年98.1%",
        "订单准时率（%）：FY2021 95.2 / FY2022 96.8 / FY2023 98.1",
        "订单准时率2021—2023年：95.2%→96.8%→98.1%",
        "2021—2023年订单准时率：95.2% → 96.8% → 98.1%，高于行业平均",
    ],
)
def test_a_year_before_each_figure_or_figures_joined_by_arrows(line: str) -> None:
    assert _series(line) == {"订单准时率": ((2021, 2022, 2023), (95.2, 96.8, 98.1))}


@pytest.mark.parametrize(
    "line",
    [
        "订单准时率由95.2%→98.1%",  # two figures, no years: no series
        "订单准时率2021—2023年：95.2%→98.1%",  # two figures for three years
    ],
)
def test_arrows_without_a_year_for_each_figure_give_no_series(line: str) -> None:
    assert _series(line) == {}


def test_labels_after_a_series_give_its_target_and_comparisons() -> None:
    line = (
        "• 成品一次交检合格率：2021年度 98.95% → 2022年度 99.21% → 2023年度 99.46%；"
        "2023年目标值：99.30%，竞争对手甲：99.40%，行业平均：98.50%"
    )
    (ind,) = extract_results("x", [text(line)]).indicators
    assert ind.years == (2021, 2022, 2023)
    assert [(t.label, t.value) for t in ind.targets] == [("2023年目标值", 99.3)]
    assert [(c.kind, c.label, c.value) for c in ind.comparisons] == [
        ("competitor", "竞争对手甲", 99.4),
        ("average", "行业平均", 98.5),
    ]


def test_the_words_that_introduce_a_list_are_no_part_of_the_name() -> None:
    got = _series("近三年顾客满意度情况如下：", "· 2021年 92.1%", "· 2022年 93.1%", "· 2023年 94.0%")
    assert got == {"顾客满意度": ((2021, 2022, 2023), (92.1, 93.1, 94.0))}
    # a lead that names no indicator gives none
    assert _series("近三年主要结果如下：", "· 2021年 92.1%", "· 2022年 93.1%") == {}


@pytest.mark.parametrize(
    "line",
    [
        "订单准时率：FY２０２１ ９５.２% → FY２０２２ ９６.８% → FY２０２３ ９８.１%",
        # the reader may drop the space between full-width digits: FY and four digits are still a year
        "订单准时率：FY２０２１９５.２% → FY２０２２９６.８% → FY２０２３９８.１%",
    ],
)
def test_full_width_fiscal_years(line: str) -> None:
    assert _series(line) == {"订单准时率": ((2021, 2022, 2023), (95.2, 96.8, 98.1))}


def test_thousands_separators_in_a_comparison_line() -> None:
    ev = extract_results(
        "x",
        [
            text("FY2021：单吨加工成本16,800元/吨", "a", 0),
            text("FY2022：单吨加工成本15,200元/吨", "b", 1),
            text("FY2023：单吨加工成本13,900元/吨", "c", 2),
            text("行业平均（2023年）：单吨加工成本17,500元/吨，磷酸铁自供率45%", "d", 3),
        ],
    )
    (cost,) = [i for i in ev.indicators if i.name == "单吨加工成本"]
    assert [v.value for v in cost.values] == [16800, 15200, 13900]
    assert [(c.value, c.year) for c in cost.comparisons] == [(17500, 2023)]
