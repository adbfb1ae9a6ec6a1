"""Indicators from result tables: years as columns or rows, targets, comparisons, units, snapshots."""

from __future__ import annotations

import pytest

from analyzer.results.numbers import years_inside
from analyzer.results.tables import classify_header, comparison_kind, is_difference_column, read_table

from .helpers import table


def test_years_as_columns_with_target_and_comparisons() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 2023年目标值 | 标杆值（竞争对手A） | 行业平均
        营业收入（亿元） | 24.7 | 31.2 | 38.6 | 36.0 | 52.3 | —
        净资产收益率（%） | 13.2 | 12.5 | 15.6 | 14.0 | 14.9 | 9.7
        """,
        caption="表1-1 领导的主要结果",
    )
    reading = read_table(t)
    revenue, roe = reading.indicators
    assert (revenue.name, revenue.unit, revenue.years) == ("营业收入", "亿元", (2021, 2022, 2023))
    assert [v.value for v in revenue.values] == [24.7, 31.2, 38.6]
    assert [t.text for t in revenue.targets] == ["36.0"]
    assert [(c.kind, c.value) for c in revenue.comparisons] == [("benchmark", 52.3)]  # 行业平均 is "—"
    assert [(c.kind, c.value) for c in roe.comparisons] == [("benchmark", 14.9), ("average", 9.7)]
    assert roe.longest_run == 3
    assert revenue.group == "领导的主要结果"


def test_a_target_column_is_never_a_comparison() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年 | 2023年目标值 | 2025年规划目标
        员工满意度（分） | 80.2 | 82.6 | 84.9 | 84.0 | 88
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.comparisons == ()
    assert [t.label for t in ind.targets] == ["2023年目标值", "2025年规划目标"]
    assert ind.years == (2021, 2022, 2023)


def test_header_kinds() -> None:
    assert classify_header("2021年度") == "year"
    assert classify_header("FY2022") == "year"
    assert classify_header("2023年目标值") == "target"
    assert classify_header("2025年规划目标") == "target"
    assert classify_header("全市各区平均（2023年）") == "comparison"
    assert classify_header("数据来源") == "other"
    assert classify_header("单位") == "unit"
    assert classify_header("2021—2023年复合增长率（%）") == "other"
    assert classify_header("国家标准值") == "other"
    for header, kind in [
        ("标杆值", "benchmark"),
        ("标杆区（2023年）", "benchmark"),
        ("国际领先产品", "benchmark"),
        ("省内先进（2023年）", "benchmark"),
        ("竞争对手甲", "competitor"),
        ("行业平均", "average"),
        ("同业平均（2023年）", "average"),
        ("竞争对手平均", "average"),
        ("全市平均", "average"),
        ("省内同行（2023年）", "peer"),
        ("全省排名", "ranking"),
    ]:
        assert comparison_kind(header) == kind, header
    assert comparison_kind("2023年目标值") is None
    assert comparison_kind("国家和行业标准") is None


def test_full_width_and_fiscal_year_headers() -> None:
    t = table(
        """
        指标 | FY2021 | FY2022 | FY2023
        客户满意度（分） | ８７．２ | ８８．６ | ９１．３
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.years == (2021, 2022, 2023)
    assert [v.value for v in ind.values] == [87.2, 88.6, 91.3]


@pytest.mark.parametrize("years", [("’21", "’22", "’23"), ("21年", "22年", "23年"), ("FY21", "FY22", "FY23")])
def test_two_digit_year_headers(years: tuple[str, str, str]) -> None:
    t = table(f"指标 | {' | '.join(years)}\n客户满意度（分） | 87.2 | 88.6 | 91.3")
    (ind,) = read_table(t).indicators
    assert ind.years == (2021, 2022, 2023)


def test_a_two_row_header_names_the_column_above_and_its_year_below() -> None:
    t = table(
        """
        指标 | 本公司 | 本公司 | 本公司 | 行业标杆（瀛琚部件） | 主要竞争对手A
        （年度） | 2021 | 2022 | 2023 | 2023 | 2023
        客户端PPM（零公里） | 18 | 14 | 21 | 8 | 16
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.name.startswith("客户端PPM") and ind.years == (2021, 2022, 2023)
    assert [v.value for v in ind.values] == [18, 14, 21]
    got = [(c.kind, c.value, c.year) for c in ind.comparisons]
    assert got == [("benchmark", 8.0, 2023), ("competitor", 16.0, 2023)]


def test_years_as_rows() -> None:
    t = table(
        """
        年份 | 顾客满意度（分） | 客户投诉（件）
        2021年 | 88.2 | 31
        2022年 | 89.5 | 26
        2023年 | 91.0 | 22
        2023年目标 | 90.0 | 25
        行业平均（2023年） | 86.0 | 29
        """
    )
    satisfaction, complaints = read_table(t).indicators
    assert satisfaction.name == "顾客满意度" and satisfaction.unit == "分"
    assert satisfaction.years == (2021, 2022, 2023)
    assert [t.value for t in satisfaction.targets] == [90.0]
    assert [(c.kind, c.value, c.year) for c in complaints.comparisons] == [("average", 29.0, 2023)]


def test_a_year_column_with_gaps_and_a_late_start() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年
        一次办成率（%） | — | 93.6 | 96.1
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.years == (2022, 2023)
    assert ind.longest_run == 2


def test_unit_column_and_unit_in_caption() -> None:
    t = table(
        """
        项目 | 单位 | 2021 | 2022 | 2023
        营业收入 | 亿元 | 1.1 | 1.2 | 1.3
        """
    )
    assert read_table(t).indicators[0].unit == "亿元"
    t2 = table(
        """
        业务板块 | 2021年 | 2022年 | 2023年
        新能源电池智能装备 | 15.6 | 19.4 | 23.7
        """,
        caption="表2-2 分业务板块收入结果（亿元）",
    )
    assert read_table(t2).indicators[0].unit == "亿元"


def test_ranking_row_is_a_comparison() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年
        全市区属综合医院综合排名 | 第5名 | 第4名 | 第3名
        """
    )
    reading = read_table(t)
    assert [c.kind for c in reading.comparisons] == ["ranking"]
    assert [v.value for v in reading.indicators[0].values] == [5.0, 4.0, 3.0]


def test_snapshot_with_one_own_column_compares_each_row() -> None:
    t = table(
        """
        产品/性能指标 | 岑衡医疗 | 国内标杆产品 | 国际领先产品
        冠脉球囊：额定爆破压（atm） | 16 | 14 | 16
        """,
        caption="表7.1-2 主要产品关键性能对比（2023年）",
    )
    (ind,) = read_table(t).indicators
    assert ind.years == (2023,)
    assert ind.unit == "atm"
    assert [c.kind for c in ind.comparisons] == ["benchmark", "benchmark"]


def test_snapshot_with_several_columns_gives_one_indicator_per_cell() -> None:
    t = table(
        """
        层级 | 可办事项（项） | 按时办结率（%） | 全市同层级平均按时办结率（%）
        区级大厅 | 1,246 | 99.83 | 99.52
        街道便民服务中心 | 586 | 99.71 | 99.35
        """,
        caption="表3-3a 三级政务服务体系服务水平（2023年）",
    )
    reading = read_table(t)
    assert [i.name for i in reading.indicators] == [
        "区级大厅·可办事项",
        "区级大厅·按时办结率",
        "街道便民服务中心·可办事项",
        "街道便民服务中心·按时办结率",
    ]
    assert all(i.years == (2023,) for i in reading.indicators)
    assert [c.kind for c in reading.comparisons] == ["average", "average"]


def test_a_table_without_figures_gives_no_data() -> None:
    t = table(
        """
        措施 | 责任部门 | 完成情况
        包装改进 | 质量部 | 已完成
        """,
        caption="表2-3 2023年改进措施",
    )
    reading = read_table(t)
    assert reading.quantities == 0
    assert not any(i.has_data for i in reading.indicators)


def test_unit_rows() -> None:
    above = table(
        """
        单位：万元
        指标 | 2021年 | 2022年 | 2023年
        研发投入 | 1,860 | 2,340 | 2,910
        """
    )
    (ind,) = read_table(above).indicators
    assert (ind.name, ind.unit, ind.years) == ("研发投入", "万元", (2021, 2022, 2023))
    inside = table(
        """
        指标 | 2021年 | 2022年 | 2023年
        单位：% | | |
        毛利率 | 35.6 | 34.9 | 32.7
        单位产值综合能耗 | 0.021 | 0.019 | 0.016
        """
    )
    margin, energy = read_table(inside).indicators
    assert (margin.name, margin.unit) == ("毛利率", "%")
    assert energy.name == "单位产值综合能耗" and energy.years == (2021, 2022, 2023)
    per_column = table(
        """
        年度 | 营业收入 | 顾客满意度
        单位 | 亿元 | 分
        2022 | 11.2 | 89.5
        2023 | 12.4 | 91.0
        """
    )
    revenue, satisfaction = read_table(per_column).indicators
    assert (revenue.unit, satisfaction.unit) == ("亿元", "分")
    assert satisfaction.years == (2022, 2023)


@pytest.mark.parametrize(
    ("label", "first"),
    [("品牌知名度（客户调研，%）61", "61"), ("客户满意度(分)87.2", "87.2"), ("营业收入（亿元） 1,230", "1,230")],
)
def test_a_first_figure_glued_to_its_label_by_pdf_extraction_is_repaired(label: str, first: str) -> None:
    t = table(
        f"""
        指标 | 2021年 | 2022年 | 2023年 | 行业标杆
        {label} |  | 66 | 72 | 85
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.years == (2021, 2022, 2023)
    assert ind.values[0].text == first
    assert "（" not in ind.name and "(" not in ind.name


def test_a_label_ending_in_a_number_with_its_first_cell_filled_stays_as_it_is() -> None:
    t = table(
        """
        指标 | 2021年 | 2022年 | 2023年
        PM2.5年均浓度（微克/立方米）35 | 38 | 36 | 33
        """
    )
    (ind,) = read_table(t).indicators
    assert [v.value for v in ind.values] == [38.0, 36.0, 33.0]


@pytest.mark.parametrize(
    "header, compares",
    [
        ("澜川化工股份有限公司（2023年）", True),  # another organisation, for a year the table has
        ("鄂润银行(2022)", True),
        ("华中分公司（2023年）", False),  # a unit of the organisation itself
        ("本集团（2023年）", False),  # the organisation itself
        ("集团（2023年）", False),  # no name before the organisation word
        ("峪川精密集团（2020年）", False),  # a year the table has no own column for
        ("2023年（调整后）", False),  # the own figure, restated
        ("岚栖课堂（2023年）", True),  # a brand, without 公司 or 集团
        ("同比（2023年）", False),  # a change, not another organisation
        ("上半年（2023年）", False),  # a part of the year
        ("2023年实际（2023年）", False),
    ],
)
def test_a_column_naming_another_organisation_for_a_year_of_the_table_compares(header: str, compares: bool) -> None:
    t = table(
        f"""
        指标 | 2022年 | 2023年 | {header}
        线上订单占比（%） | 21.4 | 33.8 | 27.5
        """
    )
    (ind,) = read_table(t).indicators
    assert ind.years == (2022, 2023)
    expected = [("competitor", 27.5, years_inside(header)[0])] if compares else []
    assert [(c.kind, c.value, c.year) for c in ind.comparisons] == expected


def test_a_row_naming_another_organisation_for_a_year_of_the_table_compares() -> None:
    t = table(
        """
        年份 | 准时交付率（%） | 客户投诉（件）
        2021年 | 95.1 | 42
        2022年 | 96.3 | 37
        2023年 | 97.2 | 30
        沃衡压铸有限公司（2023年） | 96.0 | 35
        本公司（2023年） | 97.2 | 30
        """
    )
    on_time, complaints = read_table(t).indicators
    assert on_time.years == (2021, 2022, 2023)
    assert [(c.kind, c.value, c.year) for c in on_time.comparisons] == [("competitor", 96.0, 2023)]
    assert [(c.kind, c.value) for c in complaints.comparisons] == [("competitor", 35.0)]


def test_a_statistics_table_numbers_its_rows_and_names_the_comparator_in_a_cell() -> None:
    t = table(
        """
        序号 | 指标名称 | 单位 | 2021年 | 2022年 | 2023年 | 对标值 | 对标单位
        1 | 浮法玻璃优等品率 | % | 91.4 | 92.6 | 93.5 | 92.0 | 行业平均
        2 | 光伏玻璃成品率 | % | 82.6 | 84.1 | 81.7 | 83.5 | 宿迁玧晞光伏玻璃
        3 | 余热发电量 | 万千瓦时 | 5860 | 6420 | 7350 | — | —
        """
    )
    found = {i.name: i for i in read_table(t).indicators}
    assert set(found) == {"浮法玻璃优等品率", "光伏玻璃成品率", "余热发电量"}  # not 1, 2, 3
    assert found["光伏玻璃成品率"].unit == "%" and found["光伏玻璃成品率"].years == (2021, 2022, 2023)
    assert [(c.kind, c.label, c.value) for c in found["浮法玻璃优等品率"].comparisons] == [
        ("average", "行业平均", 92.0)
    ]
    assert [(c.kind, c.label, c.value) for c in found["光伏玻璃成品率"].comparisons] == [
        ("competitor", "宿迁玧晞光伏玻璃", 83.5)
    ]
    assert found["余热发电量"].comparisons == ()


def test_own_period_words_before_a_bracketed_year_are_year_columns() -> None:
    """``本年（2023年）/上年同期（2022年）/前年同期（2021年）``: the organisation's own years."""
    from analyzer.results.tables import read_table

    reading = read_table(
        table(
            """
指标 | 本年（2023年） | 上年同期（2022年） | 前年同期（2021年） | 本年同比 | 行业平均（2023年）
营业收入（亿元） | 38.7 | 32.9 | 31.6 | 17.6% | 30.0
"""
        )
    )
    (ind,) = reading.indicators
    assert [(v.year, v.value) for v in ind.values] == [(2021, 31.6), (2022, 32.9), (2023, 38.7)]
    assert [c.kind for c in ind.comparisons] == ["average"]


def test_years_as_rows_another_party_s_column_of_the_same_quantity_is_a_comparison() -> None:
    # 瓅淇医疗占有率 beside 本公司配送市场占有率: the competitor's figures, not an indicator of the report's
    # own (its fall is no decline of the applicant); 本公司排名 stays the report's own
    t = table(
        """
        年份 | 本公司配送市场占有率（%） | 本公司排名 | 瓅淇医疗占有率（%） | 行业平均占有率（%）
        2021年 | 6.9 | 4 | 11.2 | 5.0
        2022年 | 7.4 | 3 | 10.9 | 5.1
        2023年 | 8.1 | 3 | 10.7 | 5.3
        """,
        caption="表7-2-2 北京地区市场表现",
    )
    reading = read_table(t)
    assert [i.name for i in reading.indicators] == ["本公司配送市场占有率", "本公司排名"]
    share = reading.indicators[0]
    assert [(c.kind, c.label, c.year, c.value) for c in share.comparisons] == [
        ("competitor", "瓅淇医疗占有率（%）", 2021, 11.2),
        ("competitor", "瓅淇医疗占有率（%）", 2022, 10.9),
        ("competitor", "瓅淇医疗占有率（%）", 2023, 10.7),
        ("average", "行业平均占有率（%）", 2021, 5.0),
        ("average", "行业平均占有率（%）", 2022, 5.1),
        ("average", "行业平均占有率（%）", 2023, 5.3),
    ]


def test_years_as_rows_columns_of_two_quantities_stay_indicators() -> None:
    # 顾客满意度 and 员工满意度 share 满意度, but neither names another party: both are the report's own
    t = table(
        """
        年份 | 顾客满意度（分） | 员工满意度（分）
        2021年 | 88.1 | 80.2
        2022年 | 89.0 | 81.5
        2023年 | 90.2 | 82.0
        """
    )
    assert [i.name for i in read_table(t).indicators] == ["顾客满意度", "员工满意度"]


def test_a_table_split_across_pages_is_read_as_one() -> None:
    # 表4-1 holds 2021 and 2022; 表4-1（续）, after a page break, repeats the header and holds 2023
    from analyzer.results import extract_results

    first = table(
        """
        年度 | 员工满意度（分） | 人均产值（万元）
        2021年 | 81.3 | 93.7
        2022年 | 83.0 | 84.0
        """,
        caption="表4-1 员工关键指标",
        pid="t1",
        index=0,
    )
    rest = table(
        """
        年度 | 员工满意度（分） | 人均产值（万元）
        2023年 | 85.4 | 100.2
        行业平均（2023年） | 80.2 | 86.0
        """,
        caption="表4-1（续）",
        pid="t2",
        index=1,
    )
    ev = extract_results("4.3", [first, rest])
    years = {i.name: i.years for i in ev.indicators}
    assert years == {"员工满意度": (2021, 2022, 2023), "人均产值": (2021, 2022, 2023)}
    assert all(any(c.kind == "average" for c in i.comparisons) for i in ev.indicators)


def test_a_master_table_gives_each_result_item_its_own_rows() -> None:
    from analyzer.results import extract_results
    from analyzer.results.keyed import item_paragraphs, keyed_tables

    from .helpers import text

    master = table(
        """
        对应条款 | 指标 | 2021年 | 2022年 | 2023年 | 行业平均（2023年）
        7.1 | 供水水质综合合格率（%） | 99.95 | 99.96 | 99.98 | 99.90
        7.1 | 管网压力合格率（%） | 98.6 | 98.9 | 97.8 | 98.5
        7.6 | 审计问题整改完成率（%） | 93 | 97 | 100 | —
        """,
        caption="表7-1 关键绩效指标一览",
    )
    prose = text("审计发现问题整改完成率三年逐年提高。", pid="p9")
    # the mapping credited the table to 7.6 (the heading above it); 7.1's rows are 7.1's
    keyed = keyed_tables([prose, master])
    six = item_paragraphs("7.6", [prose, master], keyed)
    one = item_paragraphs("7.1", [], keyed)
    assert [i.name for i in extract_results("7.6", six).indicators] == ["审计问题整改完成率"]
    assert [i.name for i in extract_results("7.1", one).indicators] == ["供水水质综合合格率", "管网压力合格率"]


def test_a_difference_column_gives_the_other_s_level_from_the_signed_lead() -> None:
    # 较行业平均 / 与对手甲差值 hold ours minus theirs (2023): the other's level is ours minus the lead
    reading = read_table(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年 | 较行业平均 | 高于对手甲（2022年）
            应收账款周转天数（天） | 96 | 92 | 88 | −17 | -6
            销售净利率（%） | 11.8 | 9.1 | 11.5 | +3.2 | +1.4
            """
        )
    )
    by_name = {i.name: i for i in reading.indicators}
    days = {c.label: c for c in by_name["应收账款周转天数"].comparisons}
    assert days["较行业平均"].value == 105 and days["较行业平均"].text == "−17"
    assert days["高于对手甲（2022年）"].value == 98  # ours in 2022 (92) minus −6
    margin = {c.label: c.value for c in by_name["销售净利率"].comparisons}
    assert margin["较行业平均"] == pytest.approx(8.3)


def test_an_unsigned_difference_is_a_comparison_without_a_level() -> None:
    reading = read_table(
        table(
            """
            指标 | 2021年 | 2022年 | 2023年 | 与标杆差距（2023年） | 行业平均（2023年）
            一次交检合格率（%） | 98.1 | 98.4 | 98.9 | 0.6 | 97.2
            """
        )
    )
    (ind,) = reading.indicators
    got = {c.label: c.value for c in ind.comparisons}
    assert got == {"与标杆差距（2023年）": None, "行业平均（2023年）": 97.2}


@pytest.mark.parametrize("header", ["较行业平均", "比行业平均", "与对手甲差值", "高于行业平均（百分点）", "较标杆差距"])
def test_difference_headers(header: str) -> None:
    assert is_difference_column(header)


@pytest.mark.parametrize("header", ["行业平均（2023年）", "竞争对手甲", "比较对象平均", "标杆企业S（2023年）"])
def test_level_headers_are_no_differences(header: str) -> None:
    assert not is_difference_column(header)


def test_actual_and_estimate_years_as_analysts_write_them() -> None:
    # 2021A = an actual year; 2024E / 2025E = estimates, i.e. plans: targets, no data
    assert [classify_header(h) for h in ("2021A", "2023A", "2024E", "2025E（目标）")] == [
        "year",
        "year",
        "target",
        "target",
    ]
    reading = read_table(
        table(
            """
            指标 | 2021A | 2022A | 2023A | 2024E | 2025E
            基膜综合良品率（%） | 84.6 | 86.1 | 83.9 | 87.0 | 88.5
            """
        )
    )
    (ind,) = reading.indicators
    assert ind.years == (2021, 2022, 2023)
    assert [t.value for t in ind.targets] == [87.0, 88.5]


def test_this_year_last_year_and_the_year_before_count_from_the_item_s_year() -> None:
    reading = read_table(
        table(
            """
            指标 | 本年度 | 上年度 | 前年度 | 联席会平均（本年度）
            院内跌倒发生率（例/千床日） | 0.47 | 0.38 | 0.42 | 0.45
            """
        ),
        2023,
    )
    (ind,) = reading.indicators
    assert [(v.year, v.value) for v in ind.values] == [(2021, 0.42), (2022, 0.38), (2023, 0.47)]
    assert [c.label for c in ind.comparisons] == ["联席会平均（本年度）"]
    # without a year to count from, such a table gives no years
    assert not read_table(table("指标 | 本年度 | 上年度\n满意度（分） | 92 | 91")).indicators[0].values
