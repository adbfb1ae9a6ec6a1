"""The mention index gives the answers of the one-sentence definition, for every indicator and sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.results.kpis import ResultNames, _is_subsequence
from analyzer.results.mentions import MentionIndex, mentions
from analyzer.results.numbers import fold
from analyzer.results.prose import read_prose, sentences
from analyzer.results.tables import read_table

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p.parent for p in (ROOT / "samples").glob("*/labels.json"))

HAND = [
    "年度战略目标达成率2023年为96%，顾客的满意度持续提高。",
    "冠脉产品毛利率下降，营业收入增速放缓。",
    "接待考察批次三年分别为12批、18批和25批。",
    "",
    "满意度",
]
NAMES = [("年度战略目标达成率", None), ("顾客满意度", "分"), ("冠脉介入产品", None), ("营业收入增长率", "%")]
NAMES += [("接待外地考察学习", "批次"), ("毛利率", "%"), ("度", None)]


def _brute(
    texts: list[str], names: list[tuple[str, str | None]]
) -> dict[tuple[str, str | None], list[tuple[int, int]]]:
    return {n: [(k, at) for k, t in enumerate(texts) if (at := mentions(t, *n)) >= 0] for n in names}


def test_a_compound_name_without_its_leading_qualifier_still_names_it() -> None:
    # 收入增速 for 营业收入增长率 (净资产收益率和收入增速同步回落); 营业收入 itself is never just 收入
    assert mentions("净资产收益率和收入增速同步回落。", "营业收入增长率", "%") > 0
    assert mentions("销售收入增长率三年保持两位数。", "主营业务收入增长率", "%") >= 0
    assert mentions("职工人均收入提高了8%。", "营业收入", "亿元") == -1


def test_a_name_with_its_abbreviation_is_named_by_either() -> None:
    assert mentions("FTY在FY2022由98.6%降到97.9%。", "一次交检合格率 FTY", "%") == 0
    assert mentions("一次交检合格率三年保持在97%以上。", "一次交检合格率 FTY", "%") == 0
    assert mentions("设备OEE提高到82%。", "设备综合效率（OEE）", "%") == 2
    assert mentions("OTD连续三年保持在99%以上。", "准时交付率OTD", "%") == 0
    assert mentions("KPI树覆盖28个指标。", "KPI达成率", "%") == -1  # KPI is part of that name, no abbreviation
    assert mentions("来料PPM下降。", "客户端零公里PPM", None) == -1  # 客户端零公里 names no indicator alone


def test_a_name_without_whose_figure_it_is() -> None:
    assert mentions("2022年主动离职率升到19.6%，主要是改了招生方式。", "员工主动离职率", "%") == 5
    assert mentions("满意度提高到92分。", "员工满意度", "分") == -1  # 满意度 alone may be anyone's


def test_hand_built_sentences() -> None:
    index = MentionIndex(HAND)
    for n, hits in _brute(HAND, NAMES).items():
        assert list(index.where(*n)) == hits, n


@pytest.mark.parametrize("folder", SAMPLES, ids=lambda p: p.name)
def test_every_indicator_of_a_sample_report(folder: Path) -> None:
    doc = read_document(folder / "report.md")
    texts = [s for p in doc.paragraphs if p.table is None and p.kind != "heading" for s in sentences(p)]
    names = list(
        dict.fromkeys(
            (i.name, i.unit)
            for p in doc.paragraphs
            if p.kind != "heading"
            for i in (read_table(p).indicators if p.table is not None else read_prose(p).indicators)
        )
    )
    assert texts and names
    index = MentionIndex(texts)
    for n, hits in _brute(texts, names).items():
        assert list(index.where(*n)) == hits, n


def _reported_brute(name: str, result_names: list[str], texts: list[str]) -> bool:
    key = fold(name)
    for r in result_names:
        rn = fold(r)
        if key in rn or (len(rn) >= 4 and rn in key) or _is_subsequence(key, rn):
            return True
    return any(mentions(t, key) >= 0 for t in texts)


@pytest.mark.parametrize("folder", SAMPLES[:2], ids=lambda p: p.name)
def test_result_names_index_answers_like_the_pairwise_comparison(folder: Path) -> None:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    assert labels["standard"]
    doc = read_document(folder / "report.md")
    texts = [s for p in doc.paragraphs if p.table is None and p.kind != "heading" for s in sentences(p)]
    result_names = [i.name for p in doc.paragraphs if p.table is not None for i in read_table(p).indicators]
    keys = [*result_names, "客户满意度", "单吨能耗", "安全事故", "营业收入", "不存在的指标名称", "率"]
    index = ResultNames(result_names[: len(result_names) // 2], texts[: len(texts) // 2])
    for key in keys:
        expected = _reported_brute(key, result_names[: len(result_names) // 2], texts[: len(texts) // 2])
        assert index.reported(key) == expected, key
