"""Comparisons written in other ways (均值, 中位数, 高出, 竞品, 头部企业, 较…高, 同期), and what is none
(targets, standards, our own past, indicators named 平均…)."""

from __future__ import annotations

import pytest

from analyzer.results.prose import prose_comparisons

from .helpers import text

COMPARE = [
    "顾客满意度高出行业均值2.4分。",
    "FY2023 行业均值 90.0%",
    "顾客满意度为92.1%（行业中位数88.0%）。",
    "准时交付率超过竞品水平。",
    "顾客满意度较主要竞争对手高1.9分。",
    "主要竞品同期为88.0%。",
    "头部企业同期为91.0%。",
    "2023年顾客满意度92.1%，较行业平均高1.2个百分点。",
    "市场占有率在湖北省同行业中排名第二。",
    # joint ventures name whom they compare with in English
    "FY2023客户满意度比Peer A高3.1分，比Industry Avg.高6.6分。",
    "关键工序自动化率FY2023为76%，高于Industry Avg.的58%。",
    "FY2023 FTY回升到99.1%，高于Peer A。",
    "单位制造成本与集团benchmark的差距缩小到4%。",
    # a place in a ranking, with no ranking verb
    "在联盟的企业综合评价中，我们从2021年的第6位升到2022年的第5位、2023年的第3位。",
    "纳税总额2023年在海淀区教育服务类企业中排第7位。",
]
NOT_COMPARE = [
    "2023年目标值为90%。",
    "合格率符合国家标准要求。",
    "行业标准要求≥95%。",
    "平均等待时长由18分钟缩短至12分钟。",
    "公司平均交付周期为12天。",
    "顾客满意度高于上年同期。",
    "满意度优于年度目标。",
    "满意度比2022年提高2分。",
    "满意度较上年提高1.2分。",
    "Average handling time由18分钟缩短至12分钟。",
    "通过Peer Review的设计占比95%。",
    "FY2023的YoY增长为12%。",
    "第二期项目满意度为92%。",  # 第二 without 位 or 名 is no place in a ranking
]


@pytest.mark.parametrize("sentence", COMPARE)
def test_compares_with_others(sentence: str) -> None:
    assert prose_comparisons(text(sentence))


@pytest.mark.parametrize("sentence", NOT_COMPARE)
def test_is_no_comparison(sentence: str) -> None:
    assert prose_comparisons(text(sentence)) == ()


def test_a_note_on_a_table_compares_with_no_one() -> None:
    from analyzer.results.prose import prose_comparisons

    from .helpers import text

    assert prose_comparisons(text("注：“—”表示无可比的行业统计或标杆公开数据。")) == ()
    assert prose_comparisons(text("说明：行业平均取自协会年报，标杆为上海某集团。")) == ()
    assert prose_comparisons(text("2023年顾客满意度高于行业平均2.1分。")) != ()
