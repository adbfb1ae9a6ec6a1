"""The crosswalk between the five standards: the shipped file is sound, hand-checked facts hold,
broken files report every problem at its place, and the lookups behave."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.errors import InvalidStandard, UnknownStandard
from analyzer.model import Standard
from analyzer.standards import load_file, load_standard, standard_files
from analyzer.standards.crosswalk import (
    ClauseRef,
    Crosswalk,
    InvalidCrosswalk,
    answerable_leaves,
    crosswalk_file,
    load_crosswalk,
    validate_crosswalk,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "standards" / "crosswalk" / "crosswalk.yaml"

SZS = "shenzhen-service-2019"
SZE = "shenzhen-economic-2019"
WHM = "wuhan-manufacturing-2022"
WHS = "wuhan-service-2022"
BJ = "beijing-2020"
FIVE = (SZS, SZE, WHM, WHS, BJ)


@pytest.fixture(scope="module")
def standards() -> list[Standard]:
    return [load_standard(sid) for sid in FIVE]


@pytest.fixture(scope="module")
def cw() -> Crosswalk:
    return load_crosswalk(SHIPPED)


def _kind_class(kind: str) -> str:
    return "result" if kind == "result" else "non-result"


# --------------------------------------------------------------------------- the shipped file


def test_shipped_crosswalk_validates_with_zero_problems(cw: Crosswalk, standards: list[Standard]) -> None:
    assert validate_crosswalk(cw, standards) == []


def test_default_location_is_the_source_checkout_and_not_a_standard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SARA_STANDARDS_PATH", raising=False)
    assert crosswalk_file().resolve() == SHIPPED.resolve()
    assert load_crosswalk().concepts == load_crosswalk(SHIPPED).concepts
    # the standards loader globs only standards/*.yaml: the crosswalk is not taken for a standard
    # (the five shipped standards are there; a sixth YAML file must not break this test)
    files = standard_files()
    assert set(FIVE) <= set(files)
    assert not any(p.parent.name == "crosswalk" for p in files.values())
    assert crosswalk_file().stem not in files


def test_a_standards_path_folder_with_its_own_crosswalk_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["version"] = "local-test"
    (tmp_path / "crosswalk").mkdir()
    (tmp_path / "crosswalk" / "crosswalk.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SARA_STANDARDS_PATH", str(tmp_path))
    assert crosswalk_file() == tmp_path / "crosswalk" / "crosswalk.yaml"
    assert load_crosswalk().version == "local-test"


def test_every_answerable_leaf_is_mapped_and_none_is_left_unmatched(cw: Crosswalk, standards: list[Standard]) -> None:
    # hand count of answerable leaves: profile + scored leaves (Beijing 0 has children 0.1/0.2;
    # Wuhan 5.x.1 概述 expects no answer)
    expected = {SZS: 17, SZE: 19, WHM: 19, WHS: 19, BJ: 25}
    for s in standards:
        leaves = [c.id for c in answerable_leaves(s)]
        assert len(leaves) == expected[s.id], s.id
        unmapped = [cid for cid in leaves if not cw.concepts_of(s.id, cid)]
        assert unmapped == [], s.id
    assert cw.unmatched == ()
    assert "0" not in {m.clause for c in cw.concepts for m in c.members if m.standard == BJ}


def test_concept_ids_are_unique_kebab_case_and_labelled(cw: Crosswalk) -> None:
    ids = [c.id for c in cw.concepts]
    assert len(ids) == len(set(ids)) == 30
    for c in cw.concepts:
        assert c.id.replace("-", "").isalnum() and c.id == c.id.lower()
        assert c.label_zh and c.label_en
        assert len(c.standards) >= 2


def test_results_map_only_to_results(cw: Crosswalk, standards: list[Standard]) -> None:
    """Decision: every concept declares a kind and no shipped concept is mixed, so all members of a
    concept share the kind class (result vs non-result), and a result clause translates only to
    result clauses."""
    by_id = {s.id: s for s in standards}
    assert all(c.kind != "mixed" for c in cw.concepts)
    for c in cw.concepts:
        kinds = {by_id[m.standard].clause(m.clause).kind for m in c.members}
        assert kinds == {c.kind}, c.id
    for s in standards:
        for leaf in answerable_leaves(s):
            for ref in cw.equivalents(s.id, leaf.id):
                other = by_id[ref.standard].clause(ref.clause)
                assert _kind_class(other.kind) == _kind_class(leaf.kind), (s.id, leaf.id, ref)


def test_wuhan_manufacturing_and_service_are_mapped_identically(cw: Crosswalk) -> None:
    for c in cw.concepts:
        assert c.clauses(WHM) == c.clauses(WHS), c.id


# --------------------------------------------------------------------------- hand-checked facts


def test_leadership_culture_links_the_culture_clauses(cw: Crosswalk) -> None:
    # 深圳经济类 1.1 文化引领 ↔ 武汉 5.2.2 引领发展 ↔ 北京 1.1 高层领导的作用 ↔ 深圳服务类 1.1.1 确定方向
    assert [c.id for c in cw.concepts_of(SZE, "1.1")] == ["leadership-culture"]
    assert cw.translate(SZE, "1.1", WHM) == ("5.2.2",)
    assert cw.translate(SZE, "1.1", BJ) == ("1.1",)
    assert cw.translate(WHM, "5.2.2", SZE) == ("1.1",)
    assert cw.translate(BJ, "1.1", SZE) == ("1.1", "3.2", "6.2")  # + 品牌建设 (3.2.4), 质量责任 (6.2.1)
    assert cw.equivalents(SZE, "1.1") == (
        ClauseRef(SZS, "1.1.1"),
        ClauseRef(SZS, "1.1.2"),
        ClauseRef(WHM, "5.2.2"),
        ClauseRef(WHS, "5.2.2"),
        ClauseRef(BJ, "1.1"),
    )


@pytest.mark.parametrize(
    ("source", "clause", "target", "expected"),
    [
        (SZE, "3.3", WHM, ("5.4.4", "5.7.4")),  # 聚焦顾客的结果: customers, and service quality (3.3.1)
        (SZE, "3.3", BJ, ("7.1", "7.2")),
        (WHM, "5.4.4", BJ, ("7.2", "7.6")),  # 品牌影响的结果: customers/market and 7.6.3 品牌结果
        (BJ, "7.2", SZS, ("3.2.2",)),  # 顾客与市场结果 ↔ 顾客/公众满意
        (BJ, "7.3", SZE, ("1.3", "2.3", "6.3")),  # 财务结果
        (BJ, "7.5", WHS, ("5.7.4",)),  # 过程有效性结果
        (SZE, "4.3", BJ, ("7.4",)),  # 以人为本的结果 ↔ 资源结果 (7.4.1 人力结果)
        (SZE, "2.1", WHS, ("5.3.2",)),
        (SZE, "2.2", BJ, ("2.2", "4.2", "4.5", "6.1")),  # 战略实施: deployment, resources, 战略监测
        (WHM, "5.6.2", SZE, ("5.1",)),  # 创新系统 = 创新系统
        (WHM, "5.6.3", SZE, ("5.2",)),
        (SZS, "2.2.1", BJ, ("2.2", "6.1")),  # 量化管理 ↔ 测量、分析和评价 (and 目标分解)
        (SZS, "0", BJ, ("0.1", "0.2")),
        (BJ, "0.2", WHS, ("5.1",)),
        (BJ, "1.3", SZS, ()),  # 社会责任: no Shenzhen-service counterpart
    ],
)
def test_translate(source: str, clause: str, target: str, expected: tuple[str, ...], cw: Crosswalk) -> None:
    assert cw.translate(source, clause, target) == expected


def test_equivalents_are_other_standards_without_repeats_in_a_stable_order(cw: Crosswalk) -> None:
    # Wuhan 5.7.2 运营质量 is in four concepts; Shenzhen economic 6.1 shares all of them
    eq = cw.equivalents(WHM, "5.7.2")
    assert len(eq) == len(set(eq))
    assert all(r.standard != WHM for r in eq)
    assert [r for r in eq if r.standard == SZE] == [ClauseRef(SZE, "2.2"), ClauseRef(SZE, "6.1")]
    assert [r.clause for r in eq if r.standard == BJ] == ["4.6", "5.1", "5.2", "6.1"]
    assert ClauseRef(WHS, "5.7.2") in eq
    standards_order = [r.standard for r in eq]
    assert standards_order == sorted(standards_order, key=FIVE.index)
    assert cw.equivalents(WHM, "5.7.2") == eq


def test_lookups_for_unknown_inputs(cw: Crosswalk) -> None:
    assert cw.translate(BJ, "1.1", BJ) == ("1.1",)
    assert cw.concepts_of(BJ, "9.9") == ()
    assert cw.equivalents(BJ, "0") == ()  # not a leaf, so in no concept
    with pytest.raises(UnknownStandard):
        cw.translate(BJ, "1.1", "hangzhou-2021")
    with pytest.raises(UnknownStandard):
        cw.concepts_of("beijing-2019", "1.1")
    with pytest.raises(KeyError):
        cw.concept("no-such-concept")
    assert cw.concept("results-financial").clauses(BJ) == ("7.3",)


# --------------------------------------------------------------------------- broken files


def _shipped_data() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def _write(path: Path, data: object) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_broken_crosswalk_reports_every_problem_at_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, standards: list[Standard]
) -> None:
    data = _shipped_data()
    concepts = data["concepts"]
    ids = [c["id"] for c in concepts]

    def at(concept_id: str) -> int:
        return ids.index(concept_id)

    lead, gov, fin = at("leadership-culture"), at("governance-risk"), at("results-financial")
    strat, work = at("strategy-development"), at("workforce")
    brand, rel = at("brand-management"), at("customer-relationship")
    concepts[lead]["members"][BJ] = ["1.1", "9.9"]  # unknown clause
    concepts[lead]["members"][WHS] = ["5.2.2", "5.2.1"]  # 概述 expects no answer
    concepts[gov]["members"][BJ] = ["1.2", "7.6"]  # a result clause in a process concept
    concepts[fin]["members"][BJ] = ["7"]  # not a leaf; 7.3 is now in no concept
    concepts[strat]["members"]["hangzhou-2021"] = ["1.1"]  # unknown standard
    concepts[work]["id"] = "leadership-culture"  # duplicate id
    concepts[brand]["members"] = {BJ: ["1.1"]}  # one standard only; Wuhan 5.4.3 is now in no concept
    concepts[rel]["members"][BJ] = ["3.2", "3.2"]  # listed twice
    data["unmatched"] = {SZE: ["1.1"], BJ: ["0"]}
    monkeypatch.chdir(tmp_path)
    cw = load_crosswalk(_write(tmp_path / "crosswalk.yaml", data))

    f = "crosswalk.yaml"
    assert validate_crosswalk(cw, standards) == [
        f"{f}: concepts → {lead} (leadership-culture) → members → {WHS}: "
        "clause 5.2.1 expects no answer (expects_answer: false)",
        f"{f}: concepts → {lead} (leadership-culture) → members → {BJ}: unknown clause 9.9",
        f"{f}: concepts → {gov} (governance-risk) → members → {BJ}: "
        "clause 7.6 is a result clause, but the concept is process",
        f"{f}: concepts → {strat} (strategy-development) → members → hangzhou-2021: unknown standard "
        f"'hangzhou-2021' (known: {', '.join(sorted(FIVE))})",
        f"{f}: concepts → {rel} (customer-relationship) → members → {BJ}: clause 3.2 is listed twice",
        f"{f}: concepts → {brand} (brand-management) → members: a concept must link at least two standards (found 1)",
        f"{f}: concepts → {work} (leadership-culture) → id: duplicate concept id 'leadership-culture' "
        f"(first at concepts → {lead} (leadership-culture))",
        f"{f}: concepts → {fin} (results-financial) → members → {BJ}: "
        "clause 7 is not a leaf (it has children 7.1, 7.2, 7.3, 7.4, 7.5, 7.6); use the children",
        f"{f}: unmatched → {SZE}: clause 1.1 is also in concept(s) leadership-culture",
        f"{f}: unmatched → {BJ}: clause 0 is not a leaf (it has children 0.1, 0.2); use the children",
        f"{f}: {WHM}: leaf clause 5.4.3 品牌管理 is in no concept and not under unmatched",
        f"{f}: {WHS}: leaf clause 5.4.3 品牌管理 is in no concept and not under unmatched",
        f"{f}: {BJ}: leaf clause 7.3 财务结果 is in no concept and not under unmatched",
    ]


def test_unmatched_leaves_count_as_covered_and_mixed_concepts_skip_the_kind_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, standards: list[Standard]
) -> None:
    data = _shipped_data()
    for c in data["concepts"]:
        if c["members"].get(BJ) == ["4.6"]:
            del c["members"][BJ]
        if c["id"] == "results-strategy":
            c["kind"] = "mixed"
            c["members"][BJ] = ["7.6", "2.2"]
    data["unmatched"] = {BJ: ["4.6"]}
    monkeypatch.chdir(tmp_path)
    cw = load_crosswalk(_write(tmp_path / "crosswalk.yaml", data))
    assert validate_crosswalk(cw, standards) == []
    assert cw.unmatched == (ClauseRef(BJ, "4.6"),)
    assert cw.concepts_of(BJ, "4.6") == ()
    assert "2.2" in cw.translate(SZE, "2.3", BJ)


def test_a_standard_missing_from_the_crosswalk_is_one_problem(cw: Crosswalk, standards: list[Standard]) -> None:
    mini = load_file(ROOT / "tests" / "data" / "standards" / "mini-2024.yaml")
    problems = validate_crosswalk(cw, [*standards, mini])
    assert problems == [f"{cw.path}: mini-2024: the standard appears nowhere in the crosswalk"]


def test_shape_errors_are_raised_together_and_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = """\
schema: sara.crosswalk/1
version: "1"
colour: blue
concepts:
  - id: leadership-culture
    label_zh: 文化引领
    label_en: Culture
    kind: proces
    members:
      beijing-2020: [1.1]
      Wuhan: ["5.2.2"]
  - id: Bad_Id
    label_zh: x
    label_en: x
    kind: result
    members: {}
"""
    (tmp_path / "crosswalk.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidCrosswalk) as info:
        load_crosswalk(tmp_path / "crosswalk.yaml")
    problems = info.value.problems
    f = "crosswalk.yaml"
    for expected in (
        f"{f}: colour: Extra inputs are not permitted",
        f"{f}: concepts → 0 (leadership-culture) → kind: Input should be 'profile', 'process', 'result' or 'mixed'",
        f"{f}: concepts → 0 (leadership-culture) → members → beijing-2020 → 0: Input should be a valid string",
        f"{f}: concepts → 1 (Bad_Id) → id: String should match pattern",
        f"{f}: concepts → 1 (Bad_Id) → members: Dictionary should have at least 1 item",
    ):
        assert any(p.startswith(expected) for p in problems), f"missing: {expected}\n--- got:\n" + "\n".join(problems)
    assert any(p.startswith(f"{f}: concepts → 0 (leadership-culture) → members → Wuhan") for p in problems)
    # the CLI prints InvalidStandard problems and one bilingual line
    assert isinstance(info.value, InvalidStandard)
    assert "标准对照表文件 crosswalk.yaml" in info.value.message_zh
    assert f"crosswalk file crosswalk.yaml has {len(problems)} problem(s)" == info.value.message_en


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"concepts: [\n", "crosswalk.yaml: line "),
        (b"\xff\xfe\x00bad", "crosswalk.yaml: the file is not UTF-8 text"),
        (b"- a\n- b\n", "crosswalk.yaml: the file must hold a mapping (key: value) at the top level"),
    ],
)
def test_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str) -> None:
    (tmp_path / "crosswalk.yaml").write_bytes(content)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidCrosswalk) as info:
        load_crosswalk(tmp_path / "crosswalk.yaml")
    assert info.value.problems[0].startswith(message)


def test_loaded_model_is_immutable(cw: Crosswalk) -> None:
    with pytest.raises(AttributeError):
        cw.version = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        cw.concepts[0].members = ()  # type: ignore[misc]


# --------------------------------------------------------------------------- numbering schemes (GB/T 19580-2012)


def test_shipped_numbering_schemes_validate_with_zero_problems(standards: list[Standard]) -> None:
    from analyzer.standards.crosswalk import numbering_schemes, validate_scheme

    schemes = numbering_schemes()
    # the file's scheme, Beijing 2020's own numbering, which follows it item by item, and the
    # numbering of every other shipped standard of categories and items, read through the concepts
    ids = [s.id for s in schemes]
    assert ids[:2] == ["gbt19580-2012", "beijing-2020-numbering"]
    assert {"shenzhen-economic-2019-numbering", "wuhan-manufacturing-2022-numbering"} <= set(ids[2:])
    assert "shenzhen-service-2019-numbering" not in ids  # three levels: its items pair with no one item
    for scheme in schemes:
        assert validate_scheme(scheme, standards) == []


def test_gbt19580_items_and_derived_categories(standards: list[Standard]) -> None:
    from analyzer.standards.crosswalk import numbering_schemes

    gbt = numbering_schemes()[0]
    by_id = {s.id: s for s in standards}
    # Beijing follows GB/T 19580 item by item.
    assert gbt.targets("4.4.2", by_id[BJ]) == ("4.1",)
    assert gbt.targets("P.2", by_id[BJ]) == ("0.2",)
    assert gbt.targets("4.7.7", by_id[BJ]) == ("7.6",)
    # A category is the clause that contains all its items' clauses …
    assert gbt.targets("4.1", by_id[BJ]) == ("1",)
    assert gbt.targets("4.1", by_id[WHM]) == ("5.2",)
    assert gbt.targets("P", by_id[SZE]) == ("0",)
    # … and nothing when they are spread over the standard (resources, results in Shenzhen economic).
    assert gbt.targets("4.4", by_id[SZE]) == ()
    assert gbt.targets("4.7", by_id[SZE]) == ()
    assert gbt.targets("4.1.4", by_id[SZS]) == ()
    assert gbt.targets("9.9", by_id[BJ]) == ()


def test_broken_numbering_scheme_reports_every_problem(tmp_path: Path, standards: list[Standard]) -> None:
    from analyzer.standards.crosswalk import load_scheme, validate_scheme

    rows = {sid: ["1.1"] for sid in FIVE}
    rows[BJ] = ["7.1"]  # a result clause for a process item
    rows.pop(SZS)  # a standard without a row
    data = {
        "schema": "sara.numbering/1",
        "id": "demo",
        "title": "演示",
        "categories": [
            {
                "number": "4.1",
                "title": "领导",
                "kind": "process",
                "items": [
                    {"number": "4.1.2", "title": "高层领导的作用", "targets": rows},
                    {"number": "5.1.2", "title": "错位", "targets": {BJ: ["1"], "no-such-standard": ["1"]}},
                ],
            }
        ],
    }
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = validate_scheme(load_scheme(path), standards)
    text = "\n".join(problems)
    assert "clause 7.1 is a result clause, the item is process" in text
    assert f"no row for {SZS}" in text
    assert "item 5.1.2 does not extend its category 4.1" in text
    assert "clause 1 is not an answerable leaf" in text
    assert "unknown standard 'no-such-standard'" in text

    data["categories"][0]["colour"] = "red"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InvalidCrosswalk) as err:
        load_scheme(path)
    assert any("colour" in p for p in err.value.problems)
