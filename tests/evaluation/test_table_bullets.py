"""The ``table-bullets`` variant: a result table rewritten as list lines keeps its indicators, years,
values and comparison columns — read back by SARA's own results extraction, in every line shape."""

from __future__ import annotations

import random

import pytest

from analyzer.evaluation import perturb as P
from analyzer.model import Paragraph, Span
from analyzer.results.extract import extract_results

TABLE = P.Table(
    "表7-1 服务质量",
    (
        ("指标", "2021年", "2022年", "2023年", "行业平均（2023年）", "2023年目标值"),
        ("准时交付率（%）", "91.3", "94.6", "97.2", "92.0", "95"),
        ("客户退货率（%）", "0.31", "0.36", "0.44", "0.40", "0.30"),
    ),
)


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    return [Paragraph(id=f"p{k}", index=k, text=t, span=Span(0, len(t)), section=None) for k, t in enumerate(lines)]


@pytest.mark.parametrize("seed", range(12))
def test_bullet_lines_read_back_as_the_table(seed: int) -> None:
    lines = P.table_to_bullets(TABLE, random.Random(seed))
    assert lines
    ev = extract_results("7.1", _paragraphs(lines))
    got = {i.name: (i.years, tuple(v.value for v in i.numeric)) for i in ev.indicators if i.values}
    assert got == {
        "准时交付率": ((2021, 2022, 2023), (91.3, 94.6, 97.2)),
        "客户退货率": ((2021, 2022, 2023), (0.31, 0.36, 0.44)),
    }
    assert any(c.kind == "average" for c in ev.comparisons)


def test_years_as_rows_give_the_same_lines_and_a_table_without_years_none() -> None:
    assert P.table_to_bullets(TABLE.transposed(), random.Random(1)) == P.table_to_bullets(TABLE, random.Random(1))
    assert P.table_to_bullets(P.Table(None, (("项目", "内容"), ("认证", "ISO 9001"))), random.Random(0)) is None


def test_the_variant_replaces_only_result_tables_and_keeps_their_clause() -> None:
    block = P.Block("table", TABLE.render(), "7.1", origin="表7-1 服务质量")
    doc = P.LabelledDoc("x", "beijing-2020", (block,), (), (), (), (), False, (), ())
    out = P.perturb(doc, "table-bullets")
    assert out.blocks and all(b.kind == "text" and b.clause == "7.1" for b in out.blocks)
    assert out.blocks[0].origin == block.origin
    labels = P.labels_dict(out)
    assert len(labels["paragraphs"]) == len(out.blocks)
