"""The standards' own scoring rules (``scoring_guide``): Wuhan 附录A, Shenzhen service 评审细则 and
评分原则, validated like the rest of a standard file and shown beside the band choice."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from analyzer.review import workspace as ws
from analyzer.standards import load_standard, validate_data
from tests.shared_data import SHARED

DATA = Path(__file__).resolve().parent.parent / "data" / "standards"
SEEDS = SHARED / "seeds"


def _plain(text: str) -> str:
    """NFKC without any whitespace: the seeds are PDF extractions with half-width punctuation and
    stray spaces and straight quotes, the standard files are repaired; compare what is left."""
    quotes = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).translate(quotes)


@pytest.mark.parametrize("sid", ["wuhan-manufacturing-2022", "wuhan-service-2022"])
def test_wuhan_names_the_adli_and_letci_factors_of_appendix_a(sid: str) -> None:
    guide = load_standard(sid).scoring_guide
    assert guide is not None and "附录A" in guide.source
    assert [(f.id, f.name_zh) for f in guide.process_factors] == [
        ("A", "方法"),
        ("D", "展开"),
        ("L", "学习"),
        ("I", "整合"),
    ]
    assert [(f.id, f.name_zh) for f in guide.result_factors] == [
        ("Le", "水平"),
        ("T", "趋势"),
        ("C", "对比"),
        ("I", "整合"),
    ]
    assert len(guide.considerations) == 4 and guide.considerations[0].startswith("a)")
    assert guide.results_rules == ()  # Wuhan has one kind of applicant


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"needs the seed files in {SEEDS} (../shared is not part of a clone)")
@pytest.mark.parametrize(
    "sid", ["wuhan-manufacturing-2022", "wuhan-service-2022", "shenzhen-service-2019", "shenzhen-economic-2019"]
)
def test_the_scoring_guide_is_transcribed_from_the_seed(sid: str) -> None:
    std = load_standard(sid)
    guide = std.scoring_guide
    assert guide is not None
    seed = _plain((SEEDS / std.source_seed).read_text(encoding="utf-8"))
    texts = [*guide.considerations, *(f.text for f in (*guide.process_factors, *guide.result_factors))]
    texts += [r.text for r in guide.results_rules]
    texts += [line for line in (guide.introduction + "\n" + guide.principles).splitlines() if line.strip()]
    for text in texts:
        body = _plain(text).removeprefix("a)").removeprefix("b)").removeprefix("c)").removeprefix("d)")
        assert body.rstrip("。；:") in seed, text


def test_shenzhen_service_defines_its_terms_and_the_project_results_rule() -> None:
    guide = load_standard("shenzhen-service-2019").scoring_guide
    assert guide is not None
    assert [t.term for t in guide.terms] == ["基本要求", "总体要求", "要点指引"]
    assert guide.process_factors == () and guide.result_factors == ()  # a PDCA standard
    rules = {r.applies_to: r for r in guide.results_rules}
    assert set(rules["organisation"].required) == {"levels", "trends", "comparisons", "targets"}
    assert rules["organisation"].when_applicable == ()
    assert set(rules["project"].required) == {"levels", "targets"}
    assert set(rules["project"].when_applicable) == {"trends", "comparisons"} and "适用时" in rules["project"].text
    assert "评分原则" in guide.source and guide.principles.startswith("评分采用成熟度评价方法")


def _with_guide(guide: dict, maturity: str = "ADLI") -> dict:
    data = yaml.safe_load((DATA / "mini-2024.yaml").read_text(encoding="utf-8"))
    data["maturity_model"] = maturity
    data["scoring_guide"] = {"source": "附录A", **guide}
    return data


def _factor(fid: str) -> dict:
    return {"id": fid, "name_zh": "因素", "name_en": "factor", "text": "定义"}


def test_a_valid_scoring_guide_passes() -> None:
    data = _with_guide(
        {
            "process_factors": [_factor(i) for i in ("A", "D", "L", "I")],
            "result_factors": [_factor(i) for i in ("Le", "T", "C", "I")],
            "terms": [{"term": "基本要求", "text": "核心主题"}],
        }
    )
    assert validate_data(data, "mini.yaml", stem="mini-2024").problems == []


@pytest.mark.parametrize(
    ("guide", "maturity", "problem"),
    [
        ({"process_factors": [_factor(i) for i in ("A", "L", "D", "I")]}, "ADLI", "A-D-L-I in this order, not A-L-D-I"),
        ({"result_factors": [_factor(i) for i in ("Le", "T", "C")]}, "ADLI", "Le-T-C-I in this order"),
        ({"process_factors": [_factor("A"), _factor("A")]}, "PDCA", "duplicate factor id 'A'"),
        ({"terms": [{"term": "基本要求", "text": "x"}, {"term": "基本要求", "text": "y"}]}, "PDCA", "duplicate term"),
        (
            {"results_rules": [{"applies_to": "project", "label_zh": "项目", "required": ["levels", "trends"],
                                "when_applicable": ["trends"], "text": "x"}]},
            "PDCA",
            "trends cannot be both required and when applicable",
        ),
        (
            {"results_rules": [{"applies_to": "project", "label_zh": "项目", "required": ["levels"], "text": "x"}] * 2},
            "PDCA",
            "a second results rule for 'project'",
        ),
        ({"colour": "red"}, "PDCA", "scoring_guide → colour: Extra inputs are not permitted"),
        ({"process_factors": [_factor("Approach")]}, "PDCA", "scoring_guide → process_factors → 0 (Approach) → id"),
    ],
)  # fmt: skip
def test_a_broken_scoring_guide_is_reported_with_its_location(guide: dict, maturity: str, problem: str) -> None:
    problems = validate_data(_with_guide(guide, maturity), "mini.yaml", stem="mini-2024").problems
    assert any(problem in p for p in problems), problems


def test_the_clause_page_gets_the_definitions_for_the_item_kind() -> None:
    process = ws.scoring_guide_view("wuhan-service-2022", "process")
    assert process is not None and [f.id for f in process.factors] == ["A", "D", "L", "I"]
    assert process.results_rules == ()
    result = ws.scoring_guide_view("wuhan-service-2022", "result")
    assert result is not None and [f.id for f in result.factors] == ["Le", "T", "C", "I"]
    mixed = ws.scoring_guide_view("wuhan-service-2022", "mixed")
    assert mixed is not None and len(mixed.factors) == 8
    sz = ws.scoring_guide_view("shenzhen-service-2019", "result")
    assert sz is not None and [t.term for t in sz.terms] == ["基本要求", "总体要求", "要点指引"]
    assert [r.applies_to for r in sz.results_rules] == ["organisation", "project"]
    assert "趋势、对比（适用时）" in sz.rule_lines[1]
    assert ws.scoring_guide_view("shenzhen-service-2019", "process").results_rules == ()  # type: ignore[union-attr]
    assert ws.scoring_guide_view("beijing-2020", "process") is None  # no guide transcribed yet


def test_standards_show_json_carries_the_scoring_guide() -> None:
    from analyzer.standards.render import standard_to_dict

    shown = standard_to_dict(load_standard("wuhan-manufacturing-2022"))["scoring_guide"]
    assert [f["id"] for f in shown["process_factors"]] == ["A", "D", "L", "I"]
    assert standard_to_dict(load_standard("beijing-2020"))["scoring_guide"] is None


def test_shenzhen_economic_has_its_principles_but_borrows_no_factor_definitions() -> None:
    guide = load_standard("shenzhen-economic-2019").scoring_guide
    assert guide is not None and "A-D-L-I" in guide.principles and len(guide.considerations) == 4
    assert guide.process_factors == () and guide.result_factors == ()  # named, never defined in the seed
    assert [t.term for t in guide.terms] == ["基本要求", "总体要求", "要点指引"]
