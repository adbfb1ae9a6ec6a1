"""Normalization steps: examples, inputs that must not change, and offset-map properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.text.chars import is_ideograph
from analyzer.text.normalize import (
    PARAGRAPH_STEPS,
    Normalized,
    collapse_whitespace,
    equivalent,
    halfwidth_heading_number,
    join_lines,
    normalize,
    normalize_table,
    remove_cjk_spaces,
    strip_invisible,
    unify_line_breaks,
)

# Ordinary text every step must leave exactly as it is: full-width punctuation stays full-width
# (NFKC would turn "，" into "," and "（１）" into "(1)"), Latin spaces stay.
UNCHANGED = [
    "公司坚持“客户为先、精益求真”的核心价值观，2023年营业收入38.6亿元，同比增长23.7%。",
    "（１）全角数字在正文中保持不变：１２３，ＡＢＣ；“引号”……——破折号·间隔号。",
    "通过ISO 9001、IATF 16949认证，推行Six Sigma方法。",
    "表6-1 质量水平指标",
    "1.1 文化引领",
    "某某公司 深圳市市长质量奖（经济类）自评报告",
    "《产品质量法》《安全生产法》",
]


@pytest.mark.parametrize("text", UNCHANGED)
@pytest.mark.parametrize(
    "step",
    [unify_line_breaks, strip_invisible, join_lines, remove_cjk_spaces, collapse_whitespace],
    ids=lambda s: s.__name__,
)
def test_ordinary_text_is_unchanged_by_every_step(text: str, step: object) -> None:
    out, offsets = step(text)  # type: ignore[operator]
    assert out == text
    assert offsets == tuple(range(len(text)))


@pytest.mark.parametrize("text", UNCHANGED)
def test_ordinary_text_is_unchanged_by_the_chain(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024 年度", "2024年度"),
        ("营 业 收 入", "营业收入"),
        ("营业收入 24.7 亿元", "营业收入24.7亿元"),
        ("达到 12.5% ，同比", "达到12.5%，同比"),
        ("ISO 9001 质量管理体系", "ISO 9001质量管理体系"),
        ("推行 Six Sigma 方法", "推行Six Sigma方法"),
        ("（ 一 ） 领导力", "（一）领导力"),
        ("\u3000\u3000公司成立于2009年。", "公司成立于2009年。"),
        ("公司成立于2009年，\r\n总部位于深圳。", "公司成立于2009年，总部位于深圳。"),
        ("质量是生命\n线。", "质量是生命线。"),
        ("hard wrapped\nEnglish line", "hard wrapped English line"),
        ("零\u200b宽\ufeff字符\x07", "零宽字符"),
        ("多个   空格  between  words", "多个 空格between words"),  # two words stay apart
        ("A-D-L-I 与 PDCA", "A-D-L-I与PDCA"),
        ("1.1 文化引领", "1.1 文化引领"),
        ("1 领导", "1 领导"),
        ("a) 引领发展", "a) 引领发展"),
        ("表6-1 质量水平指标", "表6-1 质量水平指标"),
        ("某某公司 北京市质量奖自评报告", "某某公司 北京市质量奖自评报告"),
        ("第 一 部 分 领 导", "第一部分领导"),
    ],
)
def test_examples(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_table_mode_keeps_cells_and_rows() -> None:
    n = normalize_table("表6-1 质量 水平\n 项目 \t 2021 年\t\t x \n\n")
    assert n.text == "表6-1 质量 水平\n项目\t2021年\t\tx"
    assert "\t\t" in n.text  # an empty cell survives


def test_offsets_point_back_to_the_extracted_text() -> None:
    raw = "\u3000\u3000营 业 收 入 24.7 亿元"
    n = normalize(raw)
    assert n.text == "营业收入24.7亿元"
    assert [raw[i] for i in n.offsets] == list(n.text)
    assert n.original_index(len(n.text)) == len(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１．２ 顾客满意", "1.2 顾客满意"),
        ("5. 2. 1 有效治理", "5.2.1 有效治理"),
        ("（１）文化建设", "（1）文化建设"),
        ("Ａ．引领发展", "A.引领发展"),
        ("1.1 文化引领，１２３", "1.1 文化引领，１２３"),  # only the number part
        ("一、领导", "一、领导"),
    ],
)
def test_halfwidth_heading_number(raw: str, expected: str) -> None:
    out = Normalized.identity(raw).then(halfwidth_heading_number)
    assert out.text == expected
    assert all(equivalent(c, raw[o]) for c, o in zip(out.text, out.offsets, strict=True))


def test_a_step_with_a_bad_offset_map_is_refused() -> None:
    with pytest.raises(ValueError, match="bad offset map"):
        Normalized.identity("abc").then(lambda s: (s, (0,)))


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("营业收入质量管理体系公司年度，。、；：（）“”—…·")
    + list("ISO9001abcXYZ.%-()")
    + [" ", "  ", "\u3000", "\t", "\n", "\r\n", "\r", "\u200b", "\ufeff", "\x07", "\u00a0", "１", "．", "Ａ"]
)
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join)


def _check(raw: str, n: Normalized) -> None:
    assert n.original == raw
    assert len(n.offsets) == len(n.text)
    # monotonic: strictly increasing, inside the input
    assert all(a < b for a, b in zip(n.offsets, n.offsets[1:], strict=False))
    assert all(0 <= o < len(raw) for o in n.offsets)
    # every output character maps to an equal input character or its defined normalized form
    for ch, o in zip(n.text, n.offsets, strict=True):
        assert equivalent(ch, raw[o]), (ch, raw[o])
    # no CJK ideograph is ever dropped
    kept = set(n.offsets)
    assert {i for i, ch in enumerate(raw) if is_ideograph(ch)} <= kept


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_paragraph_normalization_properties(raw: str) -> None:
    _check(raw, normalize(raw, PARAGRAPH_STEPS))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_table_normalization_properties(raw: str) -> None:
    _check(raw, normalize_table(raw))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_heading_number_step_properties(raw: str) -> None:
    _check(raw, normalize(raw).then(halfwidth_heading_number))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_normalization_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode_text_keeps_its_ideographs(raw: str) -> None:
    _check(raw, normalize(raw))
