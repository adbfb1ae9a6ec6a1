"""Figures with their years from sentences, and comparisons written in prose."""

from __future__ import annotations

import pytest

from analyzer.results.figures import count_quantities
from analyzer.results.model import Indicator
from analyzer.results.prose import prose_comparisons, read_prose

from .helpers import text


def _by_name(t: str) -> dict[str, Indicator]:
    return {i.name: i for i in read_prose(text(t)).indicators}


def _series(ind: Indicator) -> list[tuple[int, float | None]]:
    return [(v.year, v.value) for v in ind.values]


def test_a_year_and_a_figure_per_clause_the_name_carried_over() -> None:
    found = _by_name("2021年平均接通率为92.1%，2022年提升至94.5%，2023年达到96.0%。")
    assert _series(found["平均接通率"]) == [(2021, 92.1), (2022, 94.5), (2023, 96.0)]
    assert found["平均接通率"].unit == "%"
    assert found["平均接通率"].longest_run == 3


def test_a_range_of_years_with_respectively() -> None:
    found = _by_name(
        "公司临床技术支持需求24小时响应率2021—2023年分别为95.8%、97.3%和98.6%，紧急供货48小时送达率分别为96.2%、97.5%和99.1%。"
    )
    assert _series(found["临床技术支持需求24小时响应率"]) == [(2021, 95.8), (2022, 97.3), (2023, 98.6)]
    assert _series(found["紧急供货48小时送达率"]) == [(2021, 96.2), (2022, 97.5), (2023, 99.1)]


@pytest.mark.parametrize("dash", ["—", "-", "~", "至", "–", "——"])
def test_range_dashes(dash: str) -> None:
    found = _by_name(f"研发投入占营业收入的比例2021{dash}2023年分别为13.4%、14.1%和14.6%。")
    assert found["研发投入占营业收入的比例"].years == (2021, 2022, 2023)


def test_a_list_of_years_then_respectively_and_from_to_series() -> None:
    found = _by_name(
        "2021年、2022年和2023年，公司研发投入分别为0.71亿元、2.06亿元和2.08亿元，研发人员由168人增加到205人和236人。"
        "累计授权发明专利由21件增加到34件和52件。"
    )
    assert _series(found["研发投入"]) == [(2021, 0.71), (2022, 2.06), (2023, 2.08)]
    assert _series(found["研发人员"]) == [(2021, 168.0), (2022, 205.0), (2023, 236.0)]
    assert _series(found["累计授权发明专利"]) == [(2021, 21.0), (2022, 34.0), (2023, 52.0)]


def test_from_to_with_years_and_without() -> None:
    found = _by_name(
        "在编干部人均年培训时长由2021年的48学时增加到2023年的72学时，窗口人员人均培训时长由56学时增加到84学时。"
    )
    assert _series(found["在编干部人均年培训时长"]) == [(2021, 48.0), (2023, 72.0)]
    assert found["在编干部人均年培训时长"].longest_run == 1  # 2021 and 2023 are not consecutive
    assert found["窗口人员人均培训时长"].years == ()
    assert found["窗口人员人均培训时长"].undated == (56.0, 84.0)


def test_a_leading_year_clause_dates_the_clause_after_it() -> None:
    found = _by_name("2023年，单笔贷款运营成本由2021年的46元降到29元。")
    assert _series(found["单笔贷款运营成本"]) == [(2021, 46.0), (2023, 29.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "净利润率在2022年由8.6%降到6.9%，主要原因是芯片短缺。",
        "2022年，净利润率由8.6%降到6.9%。",
        "FY2022净利润率由8.6%降到6.9%。",
    ],
)
def test_a_change_in_one_year_starts_from_the_year_before(sentence: str) -> None:
    # the year written before 由A降到B is the year of the change: A is the level of the year before
    assert _series(_by_name(sentence)["净利润率"]) == [(2021, 8.6), (2022, 6.9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "2021年以来，净利润率由8.6%提高到9.9%。",
        "净利润率自2021年起由8.6%提高到9.9%。",
        "近三年净利润率由8.6%提高到9.9%。",
        "净利润率由8.6%提高到9.9%。",
    ],
)
def test_a_change_over_a_period_gives_no_years(sentence: str) -> None:
    assert all(i.years == () for i in read_prose(text(sentence)).indicators)


def test_full_width_digits_in_prose() -> None:
    found = _by_name("２０２２年顾客满意度为９１．２分，２０２３年提高到９２．６分。")
    assert _series(found["顾客满意度"]) == [(2022, 91.2), (2023, 92.6)]


def test_fiscal_years_in_prose() -> None:
    found = _by_name("FY2022营业收入为12.4亿元，FY2023增至15.1亿元。")
    assert _series(found["营业收入"]) == [(2022, 12.4), (2023, 15.1)]


def test_two_digit_fiscal_years_in_prose() -> None:
    found = _by_name("关键工序自动化率FY2021为61%，FY22为68%，FY23为76%。")
    assert _series(found["关键工序自动化率"]) == [(2021, 61.0), (2022, 68.0), (2023, 76.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "近三年，顾客满意度持续提高。",  # 近三年 alone is no year
        "公司成立于2008年，总部位于示例市。",  # history without a figure
        "2016年获得省级质量奖，2019年通过卓越绩效评价。",
        "到2025年，营业收入达到25亿元，海外收入占比达到15%。",  # a plan
        "2025年目标为顾客满意度92分。",
        "公司计划2024年完成数控化改造，数控化率提高到95%。",
        "1999年营业收入为0.8亿元。",  # not a year of this range: no figure is dated 1999
    ],
)
def test_years_that_do_not_count(sentence: str) -> None:
    assert all(not i.values for i in read_prose(text(sentence)).indicators)


def test_rates_of_plans_are_indicators_not_plans() -> None:
    found = _by_name("生产计划达成率2021—2023年分别为94.3%、96.1%和97.8%；2022年战略目标达成率为88%。")
    assert found["生产计划达成率"].years == (2021, 2022, 2023)
    assert _series(found["战略目标达成率"]) == [(2022, 88.0)]


def test_differences_are_not_levels() -> None:
    found = _by_name("2023年员工满意度提高2.5个百分点，净资产收益率超过标杆企业0.7个百分点。")
    assert found == {}


def test_quantities_skip_years_dates_and_list_numbers() -> None:
    assert count_quantities("2023年3月，公司通过ISO 9001认证，见表7.1-1。") == 0
    assert count_quantities("中心先后获评多项荣誉，受到上级部门的肯定。") == 0
    assert count_quantities("顾客满意度为91.2分，投诉下降到24件。") == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("2023年顾客满意度高于行业平均水平。", "average"),
        ("按时办结率与标杆区的差距缩小到0.03个百分点。", "benchmark"),
        ("2023年超过竞争对手甲。", "competitor"),
        ("2023年在全市政务服务大厅考核评价中位列第二名。", "ranking"),
        ("科创企业贷款占比在深圳地方法人银行中列第一。", "ranking"),
        ("单位制水电耗低于省内同行。", "peer"),
        ("质量损失率优于华信精密有限公司。", "peer"),
        ("偏差平均关闭周期为12天，同期行业调研中同规模企业的平均水平为18天。", "average"),
    ],
)
def test_comparisons_in_prose(sentence: str, kind: str) -> None:
    found = prose_comparisons(text(sentence))
    assert [c.kind for c in found] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "主导或参与制定国家和行业标准累计由7项增加到11项。",
        "出厂水水质符合国家标准。",
        "12345热线涉中心投诉工单由186件下降到97件，降幅47.8%。",
        "2023年各项财务指标均完成年度目标值。",
        "员工满意度较上年提高2.1分。",
        "推出了“温度轨迹随货同行”电子签收服务。",
    ],
)
def test_no_comparison_in_prose(sentence: str) -> None:
    assert prose_comparisons(text(sentence)) == ()


def test_a_table_row_with_an_abbreviation_and_the_prose_naming_it_are_one_indicator() -> None:
    from analyzer.results.extract import extract_results

    from .helpers import table

    rows = table(
        "KPI 指标 | FY2021 | FY2022 | FY2023 | Peer A 沐岚传感\n一次交检合格率 FTY（%） | 98.6 | 97.9 | 99.1 | 98.4"
    )
    prose = text("FTY在FY2022由98.6%降到97.9%，原因是两条新线同年投产。", pid="p2", index=1)
    found = extract_results("6.3", [rows, prose])
    named = [i for i in found.indicators if "FTY" in i.name]
    assert len(named) == 1
    assert named[0].years == (2021, 2022, 2023)
