"""Every shipped standard file validates and agrees with the hand-checked facts of SPEC.md.

The generic tests run over every standard the loader discovers, so adding a standard is one YAML
file (standards/FORMAT.md): it is validated here without touching this module. The hand-checked
tables (``expected_points.py``, ``LIMITS``) cover the seed standards of SPEC.md, read off the
official texts; a new standard may add rows there but needs none.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard, standard_files, validate_file
from tests.standards.expected_points import EXPECTED, RESULT_CLAUSES

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(standard_files())
"""Every standard the loader finds (the seeds and any added later)."""
SEEDS = sorted(EXPECTED)
"""The standards of SPEC.md, with hand-checked points, result clauses and limits."""


def test_the_seed_standards_are_shipped() -> None:
    assert set(SEEDS) <= set(SHIPPED)


@pytest.mark.parametrize("sid", SHIPPED)
def test_file_validates(sid: str) -> None:
    report = validate_file(standard_files()[sid])
    assert report.problems == []


@pytest.mark.parametrize("sid", SEEDS)
def test_points_match_the_hand_checked_table(sid: str) -> None:
    total, table = EXPECTED[sid]
    s = load_standard(sid)
    assert s.total_points == total
    scored = {c.id: (c.title, c.points) for c in s.clauses if c.points is not None}
    assert scored == table


@pytest.mark.parametrize("sid", sorted(RESULT_CLAUSES))
def test_result_clauses(sid: str) -> None:
    s = load_standard(sid)
    assert {c.id for c in s.clauses if c.kind == "result"} == RESULT_CLAUSES[sid]


@pytest.mark.parametrize("sid", SHIPPED)
def test_every_standard_has_a_profile_and_answerable_clauses_have_content(sid: str) -> None:
    s = load_standard(sid)
    assert s.profile_clauses, "every standard has an unscored profile part"
    for c in s.clauses:
        answered_by_children = any(s.clause(k).expects_answer for k in c.children)
        if c.expects_answer and not answered_by_children:
            assert c.text or c.guidance, c.id
        for g in c.guidance:
            assert g.text.strip(), g.id


@pytest.mark.parametrize("sid", SHIPPED)
def test_bands(sid: str) -> None:
    s = load_standard(sid)
    got = [(b.low, b.high) for b in s.bands.levels]
    assert got[0][0] == 0 and got[-1][1] == 100
    assert all(lo <= hi <= next_lo for (lo, hi), (next_lo, _) in zip(got, got[1:], strict=False))
    if sid == "shenzhen-service-2019":
        assert got == [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]
        assert [b.label_zh for b in s.bands.levels] == ["一般", "较好", "优良", "优秀", "卓越"]
    elif sid in SEEDS:
        assert got == [(0, 5), (10, 25), (30, 45), (50, 65), (70, 85), (90, 100)]
    for b in s.bands.levels:
        assert b.process and b.result and b.process != b.result


LIMITS = {
    "shenzhen-service-2019": (30000, None),
    "shenzhen-economic-2019": (30000, None),
    "wuhan-manufacturing-2022": (30000, 3000),
    "wuhan-service-2022": (30000, 3000),
    "beijing-2020": (60000, 3000),
}


@pytest.mark.parametrize("sid", sorted(LIMITS))
def test_limits_and_results_rules(sid: str) -> None:
    s = load_standard(sid)
    report_max, profile_max = LIMITS[sid]
    assert s.report_limit is not None and s.report_limit.max == report_max
    assert s.report_limit.unit == "word_count" and s.report_limit.includes_tables
    assert (s.profile_limit.max if s.profile_limit else None) == profile_max
    assert s.results.min_consecutive_years == 3
    if sid == "shenzhen-economic-2019":
        assert s.results.min_indicators == 3 and s.results.cap_band == "10-25"


def test_shenzhen_thresholds() -> None:
    for sid in ("shenzhen-service-2019", "shenzhen-economic-2019"):
        t = {x.id: (x.percent, x.inclusive) for x in load_standard(sid).thresholds}
        assert t["shortlist"] == (50, False)
        assert (t["gold"], t["silver"]) == ((60, True), (55, True))
    # outside the economic class the 申报指引 awards only 金奖 and 银奖: no bronze threshold
    assert "bronze" in {x.id for x in load_standard("shenzhen-economic-2019").thresholds}
    assert "bronze" not in {x.id for x in load_standard("shenzhen-service-2019").thresholds}


def test_beijing_structure() -> None:
    s = load_standard("beijing-2020")
    scored = Counter(c.level for c in s.clauses if c.kind != "profile")
    assert scored[1] == 7 and scored[2] == 23
    # the 三级 points are guidance of the 二级 indicators; the document announces 57
    n3 = sum(len(c.guidance) for c in s.clauses if c.level == 2 and c.kind != "profile")
    assert 50 <= n3 <= 60
    assert s.clause("1.1").guidance[0].title == "组织文化"
    assert s.maturity_model == "ADLI"


def test_wuhan_structure() -> None:
    for sid in ("wuhan-manufacturing-2022", "wuhan-service-2022"):
        s = load_standard(sid)
        assert [c.id for c in s.scoring_units] == [f"5.{i}" for i in range(2, 8)]
        for i in range(2, 8):
            assert not s.clause(f"5.{i}.1").expects_answer  # 概述 describes the item
            for j in (2, 3):
                assert [g.number for g in s.clause(f"5.{i}.{j}").guidance] == ["a)", "b)", "c)", "d)"]
            assert s.clause(f"5.{i}.4").kind == "result"
    assert load_standard("wuhan-manufacturing-2022").clause("5.7.3").title == "产品和服务质量"
    assert load_standard("wuhan-service-2022").clause("5.7.3").title == "服务质量"


def test_shenzhen_service_guidance_points() -> None:
    s = load_standard("shenzhen-service-2019")
    assert s.maturity_model == "PDCA"
    for c in s.scoring_units:
        assert len(c.guidance) >= (3 if c.kind == "process" else 1), c.id  # 1.1.2.1 is lost in the seed
        assert all(g.id.startswith(c.id + ".") for g in c.guidance)
    assert s.clause("1.1.1").guidance[0].id == "1.1.1.1"


def test_shenzhen_economic_named_guidance_points() -> None:
    s = load_standard("shenzhen-economic-2019")
    titles = [g.title for g in s.clause("1.1").guidance]
    assert "文化建立" in titles and "文化传递" in titles


def test_a_new_standard_is_one_yaml_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """standards/FORMAT.md promises no code change: a new file in a standards folder is listed,
    validated, loaded and analysed against, with no crosswalk rows of its own."""
    text = standard_files()["wuhan-service-2022"].read_text(encoding="utf-8")
    assert 'id: "wuhan-service-2022"' in text
    new = text.replace('id: "wuhan-service-2022"', 'id: "wuhan-service-2099"', 1)
    (tmp_path / "wuhan-service-2099.yaml").write_text(new, encoding="utf-8")
    monkeypatch.setenv("SARA_STANDARDS_PATH", str(tmp_path))
    files = standard_files()
    assert files["wuhan-service-2099"] == tmp_path / "wuhan-service-2099.yaml"
    assert set(SEEDS) <= set(files)  # the shipped ones are still found after it
    assert validate_file(files["wuhan-service-2099"]).problems == []
    std = load_standard("wuhan-service-2099")
    a = analyze_document(
        read_document(ROOT / "samples" / "wh-svc-water" / "report.md"), std, AnalyzeOptions(backend="lexical")
    )
    assert a.standard.id == "wuhan-service-2099"
    assert [s.clause for s in a.suggestions] == [u.id for u in std.scoring_units]
    assert a.estimate is not None and a.estimate.total_points == 1000
