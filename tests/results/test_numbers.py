"""Years, cell values and units as reports write them."""

from __future__ import annotations

import pytest

from analyzer.results.numbers import fold, parse_cell, split_unit, year_of_cell, years_inside


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        ("2021", 2021),
        ("2021年", 2021),
        ("2021年度", 2021),
        ("FY2022", 2022),
        ("fy 2022", 2022),
        ("２０２３年", 2023),
        ("２０２３年度", 2023),
        ("2023年（实际）", 2023),
        ("2000年", 2000),
        ("2035年", 2035),
        ("1999年", None),
        ("2036年", None),
        ("2023年目标值", None),
        ("全市各区平均（2023年）", None),
        ("2021—2023年复合增长率（%）", None),
        ("指标", None),
        # two-digit years, in a cell only
        ("’21", 2021),
        ("22年", 2022),
        ("FY23", 2023),
        ("21", None),
        # academic years stand for the year they end in
        ("2020—2021学年", 2021),
        ("2021-2022学年", 2022),
        ("2022/2023学年度", 2023),
        # heating seasons (mid-November to mid-March) likewise
        ("2021—2022供暖季", 2022),
        ("2022-2023采暖季", 2023),
        ("二〇二三—二〇二四供热季", 2024),
        ("2023—2024采暖期", 2024),
        # years in Chinese numerals, digit by digit, as formal documents write them
        ("二〇二二年", 2022),
        ("二○二三年", 2023),
        ("二零二一年度", 2021),
        ("二十一年", None),
    ],
)
def test_year_of_cell(cell: str, year: int | None) -> None:
    assert year_of_cell(cell) == year


def test_years_inside_a_longer_header() -> None:
    assert years_inside("全市各区平均（2023年）") == (2023,)
    assert years_inside("标杆区（２０２２）") == (2022,)
    assert years_inside("单价（12345元）") == ()
    # a fiscal year with a space (a PDF's kerning, or the writer's): one year, not FY 2023 and 2023
    assert years_inside("玓湟电池（FY 2023）") == (2023,)
    assert years_inside("FY2021 FY2022") == (2021, 2022)
    assert years_inside("行业平均") == ()
    assert years_inside("“双高”院校平均（2022—2023学年）") == (2023,)


@pytest.mark.parametrize(
    ("cell", "present", "value", "bound"),
    [
        ("24.7", True, 24.7, False),
        ("1,830", True, 1830.0, False),
        ("99.5%", True, 99.5, False),
        ("１２．５", True, 12.5, False),
        ("-3.2", True, -3.2, False),
        ("第3", True, 3.0, False),
        ("第 5 名", True, 5.0, False),
        ("≥95", True, 95.0, True),
        ("≤30", True, 30.0, True),
        ("12.6万", True, 12.6, False),
        ("AA+", True, None, False),
        ("B+", True, None, False),
        ("—", False, None, False),
        ("——", False, None, False),
        ("-", False, None, False),
        ("", False, None, False),
        ("/", False, None, False),
    ],
)
def test_parse_cell(cell: str, present: bool, value: float | None, bound: bool) -> None:
    cv = parse_cell(cell)
    assert (cv.present, cv.value, cv.bound) == (present, value, bound)


@pytest.mark.parametrize(
    ("label", "name", "unit"),
    [
        ("营业收入（亿元）", "营业收入", "亿元"),
        ("员工满意度(分)", "员工满意度", "分"),
        ("品牌知名度（客户调研，%）", "品牌知名度", "%"),
        ("主导或参与制定标准数（项，累计）", "主导或参与制定标准数", "项"),
        ("客户端设备故障率（次/台·年）", "客户端设备故障率", "次/台·年"),
        ("客户零公里PPM", "客户零公里PPM", None),
    ],
)
def test_split_unit(label: str, name: str, unit: str | None) -> None:
    assert split_unit(label) == (name, unit)


def test_a_base_year_note_is_no_unit_of_the_name() -> None:
    name, note = split_unit("集采产品单位制造成本指数（2020年=100）")
    assert name == "集采产品单位制造成本指数"
    assert note == "2020年=100"


def test_fold_keeps_length_and_chinese_punctuation() -> None:
    s = "２０２２年满意度为９１．２％，（１）"
    assert fold(s) == "2022年满意度为91.2%，（1）"
    assert len(fold(s)) == len(s)


def test_years_in_chinese_numerals_fold_to_digits() -> None:
    assert fold("二〇二一至二〇二三年依次为") == "2021至2023年依次为"
    assert years_inside("行业平均（二〇二三年）") == (2023,)
    # other Chinese numbers stay as they are (and the length never changes)
    for text in ("二十一项", "一二〇二一", "第二〇二条"):
        assert fold(text) == text


@pytest.mark.parametrize(
    ("cell", "value"),
    [("约98", 98.0), ("约 96", 96.0), ("近6.5", 6.5), ("逾1,200", 1200.0), ("超过99", 99.0), ("不足0.5", 0.5)],
)
def test_an_approximate_cell_gives_its_figure(cell: str, value: float) -> None:
    got = parse_cell(cell)
    assert got.present and got.value == value and got.text == cell


@pytest.mark.parametrize("cell", ["约A级", "近期", "约"])
def test_a_qualifier_without_a_figure_gives_none(cell: str) -> None:
    assert parse_cell(cell).value is None


def test_figures_written_in_other_units_are_compared_on_one_scale() -> None:
    from analyzer.results.model import YearValue
    from analyzer.results.numbers import on_one_scale

    money = (YearValue(2021, 8650, "8,650万元"), YearValue(2022, 1.21, "1.21亿元"), YearValue(2023, 9760, "9,760万元"))
    assert on_one_scale(money, None) == [8650e4, 1.21e8, 9760e4]
    # a figure with no unit of its own has the series' unit
    time = (YearValue(2021, 6.5, "6.5"), YearValue(2022, 118, "118小时"), YearValue(2023, 72, "72小时"))
    assert on_one_scale(time, "天") == [156.0, 118.0, 72.0]
    share = (YearValue(2021, 0.42, "0.42‰"), YearValue(2022, 0.036, "0.036%"))
    levels = on_one_scale(share, None)
    assert levels is not None and levels[0] == pytest.approx(0.00042) and levels[1] == pytest.approx(0.00036)
    # units of different kinds, or unknown ones, are not compared at all
    rates = (YearValue(2021, 2.3, "2.3次/万公里"), YearValue(2022, 0.0002, "0.0002次/公里"))
    assert on_one_scale(rates, None) is None
    # one unit throughout: the figures as they are
    same = (YearValue(2021, 95.0, "95%以上"), YearValue(2022, 96.0, "96%"))
    assert on_one_scale(same, "%") == [95.0, 96.0]
