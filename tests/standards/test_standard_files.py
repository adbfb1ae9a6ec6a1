"""Every shipped standard file validates and agrees with the hand-checked facts of SPEC.md."""

from __future__ import annotations

from collections import Counter

import pytest

from analyzer.standards import load_standard, standard_files, validate_file
from tests.standards.expected_points import EXPECTED, RESULT_CLAUSES

IDS = sorted(EXPECTED)


def test_the_five_standards_are_shipped() -> None:
    assert set(IDS) <= set(standard_files())


@pytest.mark.parametrize("sid", IDS)
def test_file_validates(sid: str) -> None:
    report = validate_file(standard_files()[sid])
    assert report.problems == []


@pytest.mark.parametrize("sid", IDS)
def test_points_match_the_hand_checked_table(sid: str) -> None:
    total, table = EXPECTED[sid]
    s = load_standard(sid)
    assert s.total_points == total
    scored = {c.id: (c.title, c.points) for c in s.clauses if c.points is not None}
    assert scored == table


@pytest.mark.parametrize("sid", IDS)
def test_result_clauses(sid: str) -> None:
    s = load_standard(sid)
    assert {c.id for c in s.clauses if c.kind == "result"} == RESULT_CLAUSES[sid]


@pytest.mark.parametrize("sid", IDS)
def test_every_standard_has_a_profile_and_answerable_clauses_have_content(sid: str) -> None:
    s = load_standard(sid)
    assert s.profile_clauses, "every standard has an unscored profile part"
    for c in s.clauses:
        answered_by_children = any(s.clause(k).expects_answer for k in c.children)
        if c.expects_answer and not answered_by_children:
            assert c.text or c.guidance, c.id
        for g in c.guidance:
            assert g.text.strip(), g.id


@pytest.mark.parametrize("sid", IDS)
def test_bands(sid: str) -> None:
    s = load_standard(sid)
    got = [(b.low, b.high) for b in s.bands.levels]
    if sid == "shenzhen-service-2019":
        assert got == [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]
        assert [b.label_zh for b in s.bands.levels] == ["一般", "较好", "优良", "优秀", "卓越"]
    else:
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


@pytest.mark.parametrize("sid", IDS)
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
