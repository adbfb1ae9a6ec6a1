"""The layout-perturbation generator keeps labels right in every variant (samples only, no ../shared)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.evaluate import load_labelled, pair_paragraphs
from analyzer.evaluation import perturb as P
from analyzer.ingest import read_document
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
MARKDOWN = ROOT / "samples" / "bj-logistics"  # '#' headings, mixed numbering, a merged heading
PLAIN = ROOT / "samples" / "wh-svc-water"  # plain-text headings, a misplaced paragraph

_FRONT = {"front-matter-block", "front-matter-lines"}
_PLANTS_MISSING = set(P.DOC_VARIANTS)  # variants that plant a missing clause


def _source(folder: Path) -> P.LabelledDoc:
    return P.load(folder)


def _blocks(md: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", md) if b.strip()]


def _non_front_headings(doc: P.LabelledDoc) -> list[P.Block]:
    roles = P.heading_roles(doc)
    return [b for i, b in enumerate(doc.blocks) if b.kind == "heading" and not roles[i].front]


@pytest.mark.parametrize("folder", [MARKDOWN, PLAIN], ids=lambda p: p.name)
@pytest.mark.parametrize("variant", list(P.ALL_VARIANTS))
def test_variant_keeps_labels_consistent(tmp_path: Path, folder: Path, variant: str) -> None:
    src = _source(folder)
    out = P.perturb(src, variant)
    P.write(out, tmp_path)
    md = (tmp_path / "report.md").read_text("utf-8")
    labels = json.loads((tmp_path / "labels.json").read_text("utf-8"))
    blocks = _blocks(md)
    # every text_start starts exactly one block, every heading is one block, in order
    for p in labels["paragraphs"]:
        assert sum(b.startswith(p["text_start"]) for b in blocks) >= 1, p["text_start"]
    heading_lines = [b.lstrip("#").strip() for b in blocks if "\n" not in b]
    for h in labels["headings"]:
        assert h["text"] in heading_lines
    assert len(labels["paragraphs"]) + len(labels["headings"]) == len(blocks)
    # the defect lists never change
    for key in ("missing_clauses", "results_lacking_three_years", "results_lacking_comparison"):
        if key == "missing_clauses" and variant in _PLANTS_MISSING:  # one clause more, the rest unchanged
            added = set(labels[key]) - set(src.missing_clauses)
            assert set(src.missing_clauses) <= set(labels[key]) and len(added) == 1
            continue
        assert labels[key] == list(getattr(src, key))
    assert [u["clause"] for u in labels["unfavourable_results"]] == [u.clause for u in src.unfavourable_results]
    # the labels load and SARA's reader finds every content paragraph (front matter aside)
    report = load_labelled(tmp_path)
    doc = read_document(tmp_path / "report.md")
    unpaired = [lab for lab, p in pair_paragraphs(doc, report.paragraphs) if p is None]
    assert [lab.text_start for lab in unpaired if lab.clause is not None] == []
    if variant not in _FRONT:
        assert unpaired == []
    # misplaced entries follow their paragraph
    starts = {p["text_start"] for p in labels["paragraphs"]}
    assert all(m["text_start"] in starts for m in labels["misplaced"])


def test_deterministic() -> None:
    src = _source(MARKDOWN)
    for variant in ("paraphrased", "table-prose", "front-matter-block"):
        a, b = P.perturb(src, variant, seed=3), P.perturb(src, variant, seed=3)
        assert P.to_markdown(a) == P.to_markdown(b)


def test_standard_numbers_use_the_standards_own_numbers_and_titles() -> None:
    out = P.perturb(_source(MARKDOWN), "standard-numbers")
    texts = {b.clause: b.text for b in _non_front_headings(out)}
    std = {c.id: c.title for c in load_standard("beijing-2020").clauses}
    assert texts["1.1"] == f"1.1 {std['1.1']}"
    assert texts["1.3"] == f"1.3 {std['1.3']}"  # was 【社会责任】
    assert texts["7.3"] == f"7.3 {std['7.3']}"  # was ７．３财务结果


def test_no_numbers_strips_every_numbering_style() -> None:
    src = _source(MARKDOWN)
    out = P.perturb(src, "no-numbers")
    before = [b.text for b in _non_front_headings(src)]
    after = [b.text for b in _non_front_headings(out)]
    assert "１．１ 高层领导的作用" in before and "高层领导的作用" in after
    assert "1.2组织治理" in before and "组织治理" in after
    assert "第一章 领导" in before and "领导" in after
    assert not [t for t in after if re.match(r"^[\d０-９]|^第.+章|^【", t)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("１．１ 高层领导的作用", "高层领导的作用"),
        ("1.2组织治理", "组织治理"),
        ("第二部分 自评报告", "自评报告"),
        ("（三）社会责任", "社会责任"),
        ("三、顾客与市场", "顾客与市场"),
        ("2.1 引领发展", "引领发展"),
        ("【社会责任】", "社会责任"),
        ("P.1 组织描述", "组织描述"),
        # must not change
        ("2023年工作回顾", "2023年工作回顾"),
        ("5G网络建设", "5G网络建设"),
        ("三年行动计划", "三年行动计划"),
        ("组织环境", "组织环境"),
    ],
)
def test_strip_number(title: str, expected: str) -> None:
    assert P.strip_number(title) == expected


def test_paraphrased_headings_are_the_organisations_own_words() -> None:
    out = P.perturb(_source(MARKDOWN), "paraphrased")
    own = P.paraphrases("beijing-2020")
    std = {c.id: c.title for c in load_standard("beijing-2020").clauses}
    heads = [b for b in _non_front_headings(out) if b.clause in own]
    assert len(heads) > 20
    for b in heads:
        assert b.text in own[b.clause]
        assert b.text != std[b.clause]
        assert not re.match(r"^[\d０-９]", b.text)


def test_paraphrase_data_covers_every_clause_of_every_standard() -> None:
    from analyzer.standards import load_all

    for std in load_all():
        own = P.paraphrases(std.id)
        gb = P.gbt_mapping(std.id)
        for c in std.clauses:
            if c.title == "概述":
                continue
            assert len(own.get(c.id, [])) >= 2, (std.id, c.id)
            assert c.id in gb, (std.id, c.id)


def test_gbt19580_numbering() -> None:
    out = P.perturb(_source(MARKDOWN), "gbt19580")
    texts = {b.clause: b.text for b in _non_front_headings(out)}
    assert texts["0.1"] == "P.1 组织描述"
    assert texts["1.1"] == "4.1.2 高层领导的作用"
    assert texts["7.3"] == "4.7.4 财务结果"
    assert texts["1"] == "4.1 领导"


def test_chinese_numbering_at_every_level() -> None:
    out = P.perturb(_source(MARKDOWN), "chinese-numbering")
    heads = _non_front_headings(out)
    roles = P.heading_roles(out)
    by_depth: dict[int, list[str]] = {}
    for i, b in enumerate(out.blocks):
        if b.kind == "heading" and not roles[i].front:
            by_depth.setdefault(roles[i].depth, []).append(b.text)
    assert by_depth[0][0].startswith("第一部分 ") and by_depth[0][1].startswith("第二部分 ")
    assert by_depth[1][0].startswith("一、")
    assert all(re.match(r"^[一二三四五六七八九十]+、", t) for t in by_depth[1])
    assert len(heads) == len(_non_front_headings(_source(MARKDOWN)))
    # counters restart under every parent: several chapters begin again at 一、
    assert sum(t.startswith("一、") for t in by_depth[1]) > 3


def test_brackets() -> None:
    out = P.perturb(_source(PLAIN), "brackets")
    assert all(re.fullmatch(r"【[^【】]+】", b.text) for b in _non_front_headings(out))


def test_front_matter_cover_and_toc() -> None:
    src = _source(PLAIN)
    one = P.perturb(src, "front-matter-block")
    many = P.perturb(src, "front-matter-lines")
    md = P.to_markdown(one)
    assert "申报单位：武汉汉澄水务服务有限公司" in md
    assert "申报奖项：武汉市市长质量奖" in md
    toc = [b for b in one.blocks if b.kind == "text" and "……" in b.text]
    assert len(toc) == 1 and toc[0].clause is None and toc[0].text.count("\n") > 5
    entries = [b for b in many.blocks if b.kind == "text" and "……" in b.text]
    assert len(entries) == toc[0].text.count("\n") + 1
    assert all(b.clause is None and re.search(r"…\d+$", b.text) for b in entries)
    # the 目录 sits before the first chapter
    first_clause = next(i for i, b in enumerate(many.blocks) if b.clause is not None)
    assert all(many.blocks.index(b) < first_clause for b in entries)


def test_profile_subheadings_come_before_the_first_chapter() -> None:
    src = _source(MARKDOWN)
    out = P.perturb(src, "profile-subheadings")
    added = [b for b in out.blocks if b.kind == "heading" and b.text.startswith("（")]
    assert len(added) >= 2
    assert all(b.clause in {"0", "0.1", "0.2"} for b in added)
    chapter = next(i for i, b in enumerate(out.blocks) if b.kind == "heading" and b.clause == "1")
    assert all(out.blocks.index(b) < chapter for b in added)


def test_profile_subheadings_need_a_chapter_after_the_profile() -> None:
    src = _source(ROOT / "samples" / "szx-svc-hospital")  # no headings but the title
    assert P.perturb(src, "profile-subheadings").blocks == src.blocks


def test_fullwidth_digits() -> None:
    md = P.to_markdown(P.perturb(_source(PLAIN), "fullwidth"))
    assert not re.search(r"[0-9]", md)
    assert "２０２２年" in md


def test_traditional_characters_really_convert(tmp_path: Path) -> None:
    out = P.perturb(_source(PLAIN), "traditional")
    md = P.to_markdown(out)
    assert "組織" in md and "组织" not in md
    labels = P.labels_dict(out)
    src_misplaced = [m.text_start for m in _source(PLAIN).misplaced]
    assert [m["text_start"] for m in labels["misplaced"]] == [P.to_traditional(t) for t in src_misplaced]
    assert src_misplaced != [P.to_traditional(t) for t in src_misplaced]
    assert any("務" in p["text_start"] for p in labels["paragraphs"])


def test_tables_with_years_as_rows() -> None:
    src = _source(MARKDOWN)
    out = P.perturb(src, "table-rows")
    before = [P.Table.parse(b.text) for b in src.blocks if b.kind == "table"]
    after = [P.Table.parse(b.text) for b in out.blocks if b.kind == "table"]
    assert sum(t.year_columns() for t in before) >= 5
    assert not any(t.year_columns() for t in after)
    assert sum(t.year_rows() for t in after) == sum(t.year_columns() for t in before)


def test_result_tables_as_prose_series() -> None:
    src = _source(MARKDOWN)
    out = P.perturb(src, "table-prose")
    results = {c.id for c in load_standard("beijing-2020").clauses if c.kind == "result"}
    kept = [b for b in out.blocks if b.kind == "table" and b.clause in results]
    assert not [b for b in kept if P.Table.parse(b.text).year_columns()]
    prose = [b.text for b, s in zip(out.blocks, src.blocks, strict=True) if s.kind == "table" and b.kind == "text"]
    assert prose and all(re.search(r"20\d\d年为", t) for t in prose)
    assert any("同期" in t for t in prose)


def test_table_to_prose_writes_one_value_per_year() -> None:
    import random

    t = P.Table(
        "表7-1 服务质量",
        (
            ("指标", "2021年", "2022年", "2023年", "行业平均", "目标值"),
            ("准时率（%）", "91.3", "94.6", "97.2", "92.0", "95"),
        ),
    )
    text = P.table_to_prose(t, random.Random(0))
    assert text is not None
    assert "2021年为91.3%" in text
    assert re.search(r"2022年(提升至|上升至|增至)94\.6%", text)
    assert re.search(r"2023年(达到|提升至)97\.2%", text)
    assert "同期行业平均为92.0%" in text
    assert "目标值为95%" in text and "同期目标值" not in text
    # years as rows give the same series
    assert P.table_to_prose(t.transposed(), random.Random(0)) == text


def test_categories_number_inside_brackets_and_restart_per_category() -> None:
    out = P.perturb(_source(PLAIN), "categories")
    roles = P.heading_roles(out)
    heads = [(roles[i].depth, b.text) for i, b in enumerate(out.blocks) if b.kind == "heading" and not roles[i].front]
    tops = [t for d, t in heads if d == 0]
    assert all(t.startswith("【") and t.endswith("】") for t in tops)
    assert [t for t in tops if t.startswith("【一、")] and [t for t in tops if t.startswith("【二、")]
    # the first item under every category is （一）
    for k, (d, _t) in enumerate(heads[:-1]):
        if d == 0 and heads[k + 1][0] == 1:
            assert heads[k + 1][1].startswith("（一）")
    # no standard number survives
    assert not any(re.match(r"[0-9]+\.[0-9]", t.strip("【")) for _, t in heads)


def test_markdown_flat_marks_every_heading_alike() -> None:
    out = P.perturb(_source(MARKDOWN), "markdown-flat")
    assert {b.marker for b in _non_front_headings(out)} == {2}


def test_merged_headings_join_two_sibling_leaves_and_keep_every_paragraph_label() -> None:
    src = _source(PLAIN)
    out = P.perturb(src, "merged-headings")
    before = [b for b in _non_front_headings(src)]
    after = [b for b in _non_front_headings(out)]
    assert 0 < len(before) - len(after) <= len(before) // 2
    merged = [b for b in after if b.text not in {x.text for x in before}]
    assert merged and all(any(j in b.text for j in P._JOINERS) for b in merged)
    # the paragraphs and their clauses are unchanged, in order; no clause is missing
    assert [(b.text, b.clause) for b in out.blocks if b.kind != "heading"] == [
        (b.text, b.clause) for b in src.blocks if b.kind != "heading"
    ]
    assert out.missing_clauses == src.missing_clauses


def test_missing_mentioned_removes_a_clause_and_mentions_it_elsewhere() -> None:
    src = _source(PLAIN)
    out = P.perturb(src, "missing-mentioned")
    (cid,) = set(out.missing_clauses) - set(src.missing_clauses)
    assert cid not in {b.clause for b in out.blocks}
    said = [s for b in src.blocks if b.clause == cid and b.kind == "text" for s in P._sentences(b.text)[:2]]
    grown = [b for b in out.blocks if b.kind == "text" and any(s in b.text for s in said[:2])]
    std = load_standard(src.standard)
    kinds = {std.clause(b.clause).kind for b in grown if b.clause is not None}
    assert len(grown) == 2 and "profile" in kinds and cid not in {b.clause for b in grown}


# --------------------------------------------------------------------------- categories-gap


def _items_by_category(doc: P.LabelledDoc) -> list[list[P.Block]]:
    groups: list[list[P.Block]] = []
    for b in doc.blocks:
        if b.kind == "heading" and b.text.startswith("【"):
            groups.append([])
        elif b.kind == "heading" and groups and b.text.startswith("（"):
            groups[-1].append(b)
    return groups


@pytest.mark.parametrize("folder", [MARKDOWN, PLAIN], ids=lambda p: p.name)
def test_categories_gap_removes_the_first_item_of_a_category(folder: Path) -> None:
    src = _source(folder)
    out = P.perturb(src, "categories-gap")
    (removed,) = set(out.missing_clauses) - set(src.missing_clauses)
    assert set(src.missing_clauses) < set(out.missing_clauses)
    # no block of the removed clause is left, every other block is
    assert not [b for b in out.blocks if b.clause == removed]
    assert [b.text for b in src.blocks if b.kind != "heading" and b.clause != removed] == [
        b.text for b in out.blocks if b.kind != "heading"
    ]
    # it was the first item of its category, and its category numbers from （一） again without it
    std = load_standard(src.standard)
    category = std.ancestors(removed)[0].id
    items = [b for b in src.blocks if b.kind == "heading" and b.clause and std.ancestors(b.clause)[:1]]
    first = next(b for b in items if std.ancestors(b.clause or "")[0].id == category)
    assert first.clause == removed
    for group in _items_by_category(out):
        assert [b.text[:3] for b in group] == [f"（{P.cn_number(k)}）" for k in range(1, len(group) + 1)]
    # deterministic
    assert P.perturb(src, "categories-gap") == out


def test_categories_gap_skips_the_middle_level_of_a_three_level_standard() -> None:
    blocks = (
        P.Block("heading", "示例中心 自评报告", None, level=0),
        P.Block("heading", "一、高标准定位", "1", level=1),
        P.Block("heading", "（一）领导力", "1.1", level=2),
        P.Block("heading", "1. 确定方向", "1.1.1", level=3),
        P.Block("text", "中心每年研判发展环境，确定使命和愿景。", "1.1.1"),
        P.Block("heading", "2. 组织治理", "1.1.2", level=3),
        P.Block("text", "中心建立了党组领导下的议事规则和监督体系。", "1.1.2"),
        P.Block("heading", "（二）规划定位", "1.2", level=2),
        P.Block("heading", "1. 对标定位", "1.2.1", level=3),
        P.Block("text", "中心对照先进城市的服务标准确定自己的定位。", "1.2.1"),
        P.Block("heading", "2. 保障机制", "1.2.2", level=3),
        P.Block("text", "人财物向一线窗口倾斜，保障服务承诺兑现。", "1.2.2"),
    )
    doc = P.LabelledDoc("t", "shenzhen-service-2019", blocks, (), (), (), (), False, (), ())
    out = P.perturb(doc, "categories-gap")
    heads = [(b.text, b.clause, b.level) for b in out.blocks if b.kind == "heading"]
    # 1.1 and 1.2 are gone, the leaves sit directly under the category; 1.1.1 (the first) is removed
    assert [c for _, c, _ in heads] == [None, "1", "1.1.2", "1.2.1", "1.2.2"]
    assert [lv for _, _, lv in heads][1:] == [1, 2, 2, 2]
    assert [t[:3] for t, _, _ in heads[2:]] == ["（一）", "（二）", "（三）"]
    assert out.missing_clauses == ("1.1.1",)


def test_as_written_is_the_report_byte_for_byte_and_other_variants_are_rendered() -> None:
    """An outline export's indentation (wh-svc-outline-bullets) is what SARA must read: the blocks keep
    no indentation, so the as-written Markdown is the file itself, not the blocks rendered again."""
    folder = ROOT / "samples" / "heldout" / "wh-svc-outline-bullets"
    src = _source(folder)
    written = (folder / "report.md").read_text(encoding="utf-8")
    assert P.to_markdown(P.perturb(src, "as-written")) == written
    assert "\n    - 一、我们是谁" in written
    assert "\n    - 一、" not in P.to_markdown(P.perturb(src, "fullwidth"))
