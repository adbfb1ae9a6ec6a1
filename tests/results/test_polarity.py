"""Which way is good for an indicator, from its name (data in analyzer/results/polarity.yaml)."""

from __future__ import annotations

import pytest

from analyzer.results.polarity import Polarity, default_polarity


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("顾客满意度", "up"),
        ("营业收入增长率", "up"),
        ("一次交检合格率", "up"),
        ("海外收入占比", "up"),
        ("净息差", "up"),
        ("员工主动离职率", "down"),
        ("窗口人员年度流失率", "down"),
        ("每万户客户投诉量", "down"),
        ("证照差错率", "down"),
        ("千人工伤事故率", "down"),
        ("产销差率", "down"),  # utilities: water produced but not billed
        ("千公里管网年爆管次数", "down"),
        ("计划停水按时恢复率", "up"),  # what is done about the cut-off: 恢复率 is its head
        ("客户端来料不良率", "down"),
        ("单位产值综合能耗", "down"),
        ("每万件办件运行成本", "down"),
        ("门诊患者平均候诊时间", "down"),
        ("窗口平均等候时长", "down"),
        ("应收账款周转天数", "down"),
        ("国内锂电模组/PACK设备市场排名", "down"),
        # the keyword that ends latest decides: the head of the noun phrase
        ("投诉按时办结率", "up"),
        ("投诉24小时响应率", "up"),
        ("成本费用利润率", "up"),
        ("审计发现问题整改率", "up"),
        ("百元医疗收入卫生材料消耗", "down"),
        # among keywords ending at the same place, the longest
        ("人均培训时长", "up"),
        # a reducing verb turns a down-keyword round
        ("群众和企业节约办事成本", "up"),
        ("纳税总额", "neutral"),
        ("资产负债率", "neutral"),
        ("配套整车企业数", None),
        # a share A占B(的)比例 is judged by A, whatever B is
        ("药品收入占医疗收入比例", "down"),
        ("医疗服务收入占医疗收入比例", "up"),
        ("研发投入占营业收入的比例", "up"),
        ("人员支出占业务支出比例", None),
        ("耗材收入占医疗收入比重", "down"),
        # ratings and scores are better higher, a risk score lower
        ("夜游线上平台评分", "up"),
        ("OTA综合评分", "up"),
        ("神秘访客得分", "up"),
        ("信用风险评分", "down"),
        # time given is not time taken
        ("志愿服务时长", "up"),
        ("员工人均志愿服务时长", "up"),
        ("平均等待时长", "down"),
        ("生鲜损耗率", "down"),
        ("原材料损耗", "down"),
        # schools: placement and completion are better higher, students per teacher lower
        ("专业对口率", "up"),
        ("毕业生就业去向落实率", "up"),
        ("生师比", "down"),
        ("高峰准点率", "up"),
        # arriving on time: 准时送达率 is a 送达率
        ("外卖订单准时送达率", "up"),
        # launched on schedule
        ("课程按期上线率", "up"),
        ("直播准时开播率", "up"),
        ("航班准时到达率", "up"),
        ("工单按时率", "up"),
        # a contract renewed is a customer kept
        ("托管服务合同续签率", "up"),
        ("学员续费率", "up"),
        # anything broken is a bad event
        ("实体卡年坏卡率", "down"),
        ("设备损坏率", "down"),
        # a quoted name (a programme, a document) is no head word: “时间银行” is no 时间
        ("“时间银行”注册志愿者", None),
        ("“时间银行”服务时长", "down"),
        ("《员工手册》培训覆盖率", "up"),
        # money collected (utilities, receivables)
        ("热费收缴率", "up"),
        ("电费回收率", "up"),
        ("应收账款回款率", "up"),
        ("非计划停热次数", "down"),
        # utilities' volumes sold
        ("售气量", "up"),
        ("居民售电量", "up"),
        # a share of something bad is bad; other shares are shares (up)
        ("医保违规金额占比", "down"),
        ("投诉占比", "down"),
        ("海外收入占比", "up"),
        ("研发人员占比", "up"),
        # time without a failure is better longer
        ("平均无故障工作时间", "up"),
        ("设备平均故障间隔时间", "up"),
        ("连续安全生产天数", "up"),
        ("平均故障修复时间", "down"),
        # English abbreviations and names that manufacturers write as they are
        ("OTD", "up"),
        ("OTD准时交付率", "up"),
        ("MTBF", "up"),
        ("FPY", "up"),
        ("EBITDA margin", "up"),
        ("R&D intensity", "up"),
        ("8D closure rate", "up"),
        ("eNPS", "up"),
        ("DPPM", "down"),
        ("MTTR", "down"),
        ("COPQ", "down"),
        ("scrap rate", "down"),
        ("turnover rate", "down"),
    ],
)
def test_default_polarity(name: str, direction: str | None) -> None:
    assert default_polarity().of(name) == direction


def test_full_width_and_case_do_not_matter() -> None:
    assert default_polarity().of("净推荐值ＮＰＳ") == "up"
    assert default_polarity().of("客户零公里ppm") == "down"


def test_exact_names_override_keywords() -> None:
    p = default_polarity().with_overrides([("资产负债率", "down"), ("配套整车企业数", "up")])
    assert p.of("资产负债率") == "down"
    assert p.of("配套整车企业数") == "up"
    assert default_polarity().of("资产负债率") == "neutral"  # the packaged data is unchanged


def test_from_mapping_validates() -> None:
    p = Polarity.from_mapping({"up": ["好评率"], "down": ["差评"], "names": {"差评整改率": "up"}})
    assert p.of("差评整改率") == "up" and p.of("月度差评") == "down"
    with pytest.raises(ValueError, match="unknown keys"):
        Polarity.from_mapping({"upp": ["好评率"]})
    with pytest.raises(ValueError, match="not up, down or neutral"):
        Polarity.from_mapping({"names": {"差评": "sideways"}})
    with pytest.raises(ValueError, match="list of non-empty strings"):
        Polarity.from_mapping({"down": "差评"})


@pytest.mark.parametrize("name", ["人均培训天数", "员工年均带薪休假天数", "志愿服务时间", "人均学习时间"])
def test_time_given_is_better_when_longer(name: str) -> None:
    assert default_polarity().of(name) == "up"


@pytest.mark.parametrize("name", ["应收账款周转天数", "平均办理时间", "订单交付天数"])
def test_time_taken_is_better_when_shorter(name: str) -> None:
    assert default_polarity().of(name) == "down"


@pytest.mark.parametrize("name", ["前五大客户收入占比", "前十大客户销售占比", "客户集中度"])
def test_customer_concentration_has_no_direction(name: str) -> None:
    assert default_polarity().of(name) == "neutral"


@pytest.mark.parametrize(
    ("name", "direction"),
    [("万元产值综合能耗较2020年降幅", "up"), ("成本下降率", "up"), ("营业收入降幅", "down"), ("投诉率降幅", "up")],
)
def test_the_size_of_a_decrease_turns_the_decreased_thing_round(name: str, direction: str) -> None:
    assert default_polarity().of(name) == direction


@pytest.mark.parametrize("name", ["车辆平均故障间隔里程", "平均无故障里程", "平均故障间隔时间"])
def test_time_or_distance_between_failures_is_better_when_longer(name: str) -> None:
    assert default_polarity().of(name) == "up"
