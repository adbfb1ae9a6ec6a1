"""Numbering forms beyond the common ones: financial numerals (壹、贰、) and the enclosed characters a
WPS or Word export leaves where automatic numbering was (㈠ ⑴ ⒈ ㊀)."""

from __future__ import annotations

import pytest

from analyzer.model import RawDocument
from analyzer.text.headings import ordinal_value, recognize
from analyzer.text.plain import blocks_from_plain_text
from analyzer.text.segment import build_document


@pytest.mark.parametrize(
    ("line", "style", "number", "title", "ordinal"),
    [
        ("贰、领导", "cn-capital", "贰", "领导", 2),
        ("拾贰、附录", "cn-capital", "拾贰", "附录", 12),
        ("㈠引领发展", "cn-paren", "(一)", "引领发展", 1),
        ("㈢有效治理", "cn-paren", "(三)", "有效治理", 3),
        ("⑵供应商管理", "paren-num", "(2)", "供应商管理", 2),
        ("⒈方向", "decimal-1", "1", "方向", 1),
        ("㊁团队", "circled", "㊁", "团队", 2),
    ],
)
def test_financial_and_enclosed_numerals(line: str, style: str, number: str, title: str, ordinal: int) -> None:
    m = recognize(line)
    assert m is not None and (m.style, m.number, m.title) == (style, number, title)
    assert ordinal_value(m.number) == ordinal


def _doc(text: str):  # type: ignore[no-untyped-def]
    return build_document(RawDocument("x.txt", "txt", tuple(blocks_from_plain_text(text, False))))


def test_financial_numerals_rank_above_chinese_ones() -> None:
    doc = _doc(
        "某会展中心自评报告\n\n壹、组织概述\n\n一、组织描述\n\n中心成立于1998年，经营两个展馆。\n\n"
        "贰、领导\n\n一、高层领导的作用\n\n班子每季度研究一次服务质量。\n\n（一）文化\n\n中心的使命是办好每一场展会。\n\n"
        "二、组织治理\n\n中心设董事会和经理层。\n"
    )
    parents = {s.title: s.parent for s in doc.sections}
    by_id = {s.id: s.title for s in doc.sections}
    assert by_id.get(parents["高层领导的作用"]) == "领导"
    assert by_id.get(parents["组织治理"]) == "领导"
    assert by_id.get(parents["文化"]) == "高层领导的作用"
    assert by_id.get(parents["组织描述"]) == "组织概述"


def test_enclosed_numbers_nest_like_the_forms_they_stand_for() -> None:
    doc = _doc(
        "某停车公司自评报告\n\n第一部分 组织环境\n\n公司经营全市3.2万个路内泊位。\n\n第二部分 领导作用\n\n"
        "㈠ 引领发展\n\n⑴ 使命愿景\n\n班子确定了使命和愿景。\n\n⑵ 质量文化\n\n每年开展质量月活动。\n\n"
        "㈡ 有效治理\n\n公司设董事会、监事会和经理层。\n"
    )
    parents = {s.title: s.parent for s in doc.sections}
    by_id = {s.id: s.title for s in doc.sections}
    assert by_id.get(parents["引领发展"]) == "领导作用"
    assert by_id.get(parents["质量文化"]) == "引领发展"
    assert by_id.get(parents["有效治理"]) == "领导作用"
