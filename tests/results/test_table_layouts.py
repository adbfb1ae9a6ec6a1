"""One result table written in several layouts must read the same: years as columns or rows, year forms, units."""

from __future__ import annotations

import pytest

from analyzer.results.tables import read_table

from .helpers import table

YEAR_FORMS = {
    "plain": lambda y: f"{y}",
    "nian": lambda y: f"{y}年",
    "niandu": lambda y: f"{y}年度",
    "fy": lambda y: f"FY{y}",
    "fullwidth": lambda y: f"{y}年".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
}
ROWS = [
    ("客户满意度（分）", ["84.6", "85.9", "87.3"], "82.0"),
    ("订单准时交付率（%）", ["96.1", "97.0", "98.2"], "95.3"),
]
COMPARISON = "北京市同行业平均（2023年）"
TARGET = "2023年目标值"


def _by_columns(form: str) -> str:
    years = [YEAR_FORMS[form](y) for y in (2021, 2022, 2023)]
    lines = [" | ".join(["指标", *years, COMPARISON, TARGET])]
    lines += [" | ".join([name, *vals, comp, "99"]) for name, vals, comp in ROWS]
    return "\n".join(lines)


def _by_rows(form: str) -> str:
    years = [YEAR_FORMS[form](y) for y in (2021, 2022, 2023)]
    lines = [" | ".join(["年份", *(name for name, _, _ in ROWS)])]
    for k, y in enumerate(years):
        lines.append(" | ".join([y, *(vals[k] for _, vals, _ in ROWS)]))
    lines.append(" | ".join([COMPARISON, *(comp for _, _, comp in ROWS)]))
    lines.append(" | ".join([TARGET, *("99" for _ in ROWS)]))
    return "\n".join(lines)


@pytest.mark.parametrize("form", sorted(YEAR_FORMS))
@pytest.mark.parametrize("layout", [_by_columns, _by_rows], ids=["years-as-columns", "years-as-rows"])
def test_layouts_read_the_same(form: str, layout) -> None:  # type: ignore[no-untyped-def]
    reading = read_table(table(layout(form)))
    by_name = {i.name: i for i in reading.indicators}
    assert set(by_name) == {"客户满意度", "订单准时交付率"}
    for name, vals, comp in ROWS:
        ind = by_name[name.split("（")[0]]
        assert ind.years == (2021, 2022, 2023), (form, ind)  # the comparison's (2023年) is no data year
        assert [v.value for v in ind.values] == [float(v) for v in vals]
        assert ind.unit == name.split("（")[1].rstrip("）")
        assert [(c.kind, c.value, c.year) for c in ind.comparisons] == [("average", float(comp), 2023)]
        assert [t.value for t in ind.targets] == [99.0]  # a target, never a comparison


def test_years_as_rows_columns_named_by_whom_they_give_compare_with_the_own_column_of_their_unit() -> None:
    """``行业平均（%）`` and ``瓗湝集团（%）`` (a benchmark's name) beside the one own ``%`` column are its
    comparisons, not indicators of their own (a benchmark's falling figures are no decline of ours);
    two columns of another unit stay indicators when neither is the organisation's (no own/other to tell)."""
    reading = read_table(
        table(
            """年份 | 玭濆传动研发投入强度（%） | 行业平均（%） | 瓗湝集团（%） | 有效发明专利（件）
            2021 | 6.8 | 5.2 | 8.9 | 38
            2022 | 7.3 | 5.4 | 8.7 | 51
            2023 | 7.8 | 5.6 | 8.6 | 69""",
            caption="表6-1 研发投入强度与有效发明专利对比",
        )
    )
    by_name = {i.name: i for i in reading.indicators}
    assert set(by_name) == {"玭濆传动研发投入强度", "有效发明专利"}
    kinds = {(c.kind, c.label) for c in by_name["玭濆传动研发投入强度"].comparisons}
    assert kinds == {("average", "行业平均（%）"), ("competitor", "瓗湝集团（%）")}
    assert by_name["有效发明专利"].comparisons == ()
