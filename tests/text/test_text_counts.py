"""Word-style 字数 and character counts against hand-counted strings."""

from __future__ import annotations

import pytest

from analyzer.model import Counts
from analyzer.text.counts import ZERO, add, count


@pytest.mark.parametrize(
    ("text", "word_style", "no_spaces", "with_spaces", "cjk"),
    [
        ("", 0, 0, 0, 0),
        ("质量", 2, 2, 2, 2),
        # 6 ideographs + ，+ 。 = 8
        ("质量第一，客户至上。", 10, 10, 10, 8),
        # full-width punctuation one by one: 、。，；：？！（）《》【】… = 15 marks
        ("、。，；：？！（）《》【】……", 15, 15, 15, 0),
        # 2023 = 1 run, 年 = 1
        ("2023年", 2, 5, 5, 1),
        # 12.5% is one run; 增长 2
        ("增长12.5%", 3, 7, 7, 2),
        # ISO, 9001 two runs (a space ends a run); 认证 2
        ("ISO 9001认证", 4, 9, 10, 2),
        # ISO9001:2015 is a single run
        ("ISO9001:2015", 1, 12, 12, 0),
        # Six Sigma = 2 words; 方法 2
        ("Six Sigma方法", 4, 10, 11, 2),
        # full-width letters and digits count one each: Ａ Ｂ １ ２ = 4
        ("ＡＢ１２", 4, 4, 4, 0),
        # mixed: 营业收入(4) 38.6(1) 亿元(2) ，(1) 同比增长(4) 23.7%(1) 。(1) = 14
        ("营业收入38.6亿元，同比增长23.7%。", 14, 21, 21, 10),
        # ambiguous marks: “ ” each 1 and they end a Latin run: “ISO” = 3
        ("“ISO”", 3, 5, 5, 0),
        # —— and …… count 2 each; · counts 1
        ("——", 2, 2, 2, 0),
        ("……", 2, 2, 2, 0),
        ("艾伦·图灵", 5, 5, 5, 4),
        # ‘ ’ each 1
        ("‘好’", 3, 3, 3, 1),
        # ideographic space: 0 in 字数 and 不计空格, 1 in 计空格
        ("\u3000\u3000公司", 2, 2, 4, 2),
        ("姓\u3000名", 2, 2, 3, 2),
        # line breaks count nowhere; tabs (table cell boundaries) count nowhere either
        ("项目\t2021年\n收入\t12.4", 7, 13, 13, 5),
        # half-width punctuation glued to Latin/digits is part of the run: A-D-L-I = 1
        ("A-D-L-I方法", 3, 9, 9, 2),
        # half-width punctuation alone between CJK is a run of its own
        ("质量(2023)", 3, 8, 8, 2),
        # enclosed list numbers count like CJK punctuation
        ("①领导", 3, 3, 3, 2),
    ],
)
def test_hand_counted(text: str, word_style: int, no_spaces: int, with_spaces: int, cjk: int) -> None:
    assert count(text) == Counts(word_style, no_spaces, with_spaces, cjk)


def test_add_sums_every_field() -> None:
    total = add([count("质量第一"), count("ISO 9001")])
    assert total == Counts(word_style=6, chars_no_spaces=11, chars_with_spaces=12, cjk=4)
    assert add([]) == ZERO


def test_counts_of_separate_paragraphs_do_not_merge_runs() -> None:
    # "2023" at the end of one paragraph and "ISO" at the start of the next are two words
    assert add([count("2023"), count("ISO")]).word_style == 2
    assert count("2023\nISO").word_style == 2
