"""The results patterns as data (analyzer/results/patterns.yaml) and the spaCy matchers that apply them."""

from __future__ import annotations

import pytest

from analyzer.results.lexicon import PatternsError, default_patterns, patterns_from_text
from analyzer.results.numbers import fold

# --------------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("2021年营业收入为12.5亿元", [(2021,)]),
        ("2021年度营业收入为12.5亿元", [(2021,)]),
        ("FY2021营业收入为12.5亿元", [(2021,)]),
        ("FY 2022营业收入为13.1亿元", [(2022,)]),
        (fold("２０２２年营业收入为13.1亿元"), [(2022,)]),
        # jieba glues 年 to the next word: 2023 / 年收入 — still a year
        ("2023年收入占比31.6%", [(2023,)]),
        ("在编制2024年度预算时", [(2024,)]),
        # spans and lists
        ("响应率2021—2023年分别为95.8%、97.3%和98.6%", [(2021, 2022, 2023)]),
        ("响应率2021——2023年分别为95.8%、97.3%和98.6%", [(2021, 2022, 2023)]),
        ("响应率2021至2023年分别为95.8%、97.3%和98.6%", [(2021, 2022, 2023)]),
        ("2021年、2022年和2023年，研发投入分别为1.2亿元、1.5亿元和1.9亿元", [(2021, 2022, 2023)]),
        ("2021年度、2022年度及2023年度的研发投入", [(2021, 2022, 2023)]),
        # two years that are no span: each on its own
        ("由2021年的38秒缩短至2022年的26秒", [(2021,), (2022,)]),
        # dates are points in time, not years of data
        ("新标准已于2023年4月起全面实施", []),
        ("价格从2022年11月的高点回落", []),
        # academic years: one year each, never a span of two
        ("专业对口率2020—2021学年为78.6%，2021-2022学年为79.4%，2022/2023学年为74.9%", [(2021,), (2022,), (2023,)]),
        ("2021—2022学年生师比由16.8升至18.9", [(2022,)]),
        ("2022—2023采暖季抢修平均到场时间由35分钟缩短至29分钟", [(2023,)]),
        # no 年, no year
        ("累计服务2021人次", []),
        ("近三年持续提升", []),
    ],
)
def test_year_mentions(sentence: str, years: list[tuple[int, ...]]) -> None:
    assert [m.years for m in default_patterns().year_mentions(sentence)] == years


def test_year_mention_offsets_cover_the_year_words() -> None:
    s = "净利润2023年度为1.2亿元"
    (m,) = default_patterns().year_mentions(s)
    assert s[m.start : m.end] == "2023年度"
    s2 = "2023年收入占比31.6%"
    (m2,) = default_patterns().year_mentions(s2)
    assert s2[m2.start : m2.end] == "2023年"


# --------------------------------------------------------------------------- phrases and sequences


@pytest.mark.parametrize(
    ("text", "label", "found"),
    [
        ("高于同行业平均水平", "compare-target", True),
        ("低于全市各区平均", "compare-target", True),
        ("随货同行的单据", "compare-other", False),
        ("与同行相比", "compare-other", True),
        ("位列全市第三", "ranking", True),
        ("连续三年位列省内同行业第6名", "ranking", True),
        ("位于城市中心", "ranking", False),
        ("优于深圳某某科技公司", "named-peer", True),
        ("同期澜州市12345热线分别为88.1%", "same-period-peer", True),
        ("同期内完成整改", "same-period-peer", False),
        ("受原材料价格上涨影响", "explanation", True),
        ("主要与集采降价有关", "explanation", True),
        ("因此继续推进", "explanation", False),
        ("因原料涨价而上升", "explanation", True),
        ("与标杆的差距由24个百分点缩小到13个百分点", "gap-narrowing", True),
        ("与标杆琰渟数据的差距由2021年的26小时、2022年的15小时缩小到2023年的4小时", "gap-narrowing", True),
        ("与标杆仍有差距", "gap-narrowing", False),
        ("战略目标达成率", "rate-of-plan", True),
        ("预算执行率", "rate-of-plan", True),
        ("行业平均", "comparison-noun", True),
        ("平均等待时长", "comparison-noun", False),
    ],
)
def test_phrases_and_sequences(text: str, label: str, found: bool) -> None:
    assert default_patterns().has(text, label) is found


def test_an_unknown_label_is_an_error() -> None:
    with pytest.raises(KeyError):
        default_patterns().has("x", "no-such-label")


def test_the_data_file_is_validated_with_its_path() -> None:
    bad = """
schema: sara.results-patterns/1
phrases: {a: [x]}
sequences:
  s:
    - steps: [a, b]
tokens: {}
extra: 1
"""
    with pytest.raises(PatternsError) as err:
        patterns_from_text(bad, "my.yaml")
    message = str(err.value)
    assert "my.yaml: unknown keys ['extra']" in message
    assert "my.yaml: sequences → s → 0 → steps: 'b' is no phrase label" in message
    assert "my.yaml: tokens → year: missing" in message


def test_a_pattern_added_as_data_is_found() -> None:
    data = """
schema: sara.results-patterns/1
phrases:
  peer: [兄弟单位]
tokens:
  year: [[{TEXT: {REGEX: "^20[0-3][0-9]$"}}, {TEXT: {REGEX: "^年"}}]]
  date: [[{TEXT: "never"}]]
  plan-year: [[{TEXT: "never"}]]
  year-bare: [[{TEXT: "never"}]]
  year-span-link: [[{TEXT: "never"}]]
  year-list-link: [[{TEXT: "never"}]]
"""
    p = patterns_from_text(data)
    assert p.has("高于兄弟单位", "peer")
    assert not p.has("高于同行", "peer")
