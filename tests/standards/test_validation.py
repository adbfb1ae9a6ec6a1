"""Validation of standard files: a good file passes, a broken one reports every problem, located."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from analyzer.errors import InvalidStandard
from analyzer.standards import load_file, validate_data, validate_file, with_limits

DATA = Path(__file__).resolve().parent.parent / "data" / "standards"


def _mini() -> dict:
    return yaml.safe_load((DATA / "mini-2024.yaml").read_text(encoding="utf-8"))


def test_mini_standard_is_valid_and_loads() -> None:
    report = validate_file(DATA / "mini-2024.yaml")
    assert report.problems == []
    s = load_file(DATA / "mini-2024.yaml")
    assert s.id == "mini-2024"
    assert s.total_points == 100
    assert [c.id for c in s.scoring_units] == ["1.1", "1.2", "2"]
    assert s.clause("1.1").guidance[1].title == "文化传递"
    assert s.clause("1").children == ("1.1", "1.2")
    assert [a.id for a in s.ancestors("1.1")] == ["1"]
    assert s.results.min_consecutive_years == 5
    assert s.report_limit is not None and s.report_limit.max == 20000
    assert s.bands.level("10-25").process == "开始有系统的方法"


def test_broken_standard_reports_every_problem_with_its_location() -> None:
    report = validate_file(DATA / "broken-2024.yaml")
    path = "tests/data/standards/broken-2024.yaml"
    expected = [
        f"{path}: colour: Extra inputs are not permitted",
        f"{path}: clauses → 4 (2) → kind: Input should be 'profile', 'process', 'result' or 'mixed'",
        f"{path}: id: 'broken-2024' does not match",  # file name matches, so this must NOT appear
        f"{path}: clauses → 2 (1.1) → guidance → 1 (2.9) → id: guidance id must start with its clause id '1.1.'",
        f"{path}: clauses → 5 (1) → id: duplicate clause id '1' (first at clauses → 1 (1))",
        f"{path}: clauses → 3 (1.2) → parent: parent '9' does not resolve to a clause",
        f"{path}: clauses → 1 (1) → points: children add up to 35 (1.1:35), not 60",
        f"{path}: total_points: the outermost scored clauses add up to 130, not 100",
        f"{path}: bands → levels → 2 (30-45) → id: id must be '20-45'",
        f"{path}: bands → levels → 2 (30-45) → low: overlaps the band below (which ends at 25)",
        f"{path}: results → cap_band: '15-30' is not a band id",
    ]
    text = "\n".join(report.problems)
    for line in expected:
        if "does not match" in line:
            assert line not in text
        else:
            assert line in text, f"missing: {line}\n--- got:\n{text}"
    assert not report.ok


def test_load_of_invalid_file_raises_with_all_problems() -> None:
    with pytest.raises(InvalidStandard) as info:
        load_file(DATA / "broken-2024.yaml")
    assert len(info.value.problems) >= 10
    assert "standard file" in info.value.message_en and "评定标准文件" in info.value.message_zh


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d.__setitem__("total_points", 90),
            "total_points: the outermost scored clauses add up to 100, not 90",
        ),
        (
            lambda d: d["clauses"][2].__setitem__("level", 3),
            "clauses → 2 (1.1) → level: level 3 under a level-1 parent; expected 2",
        ),
        (lambda d: d["clauses"][0].__setitem__("kind", "process"), "no profile clause"),
        (lambda d: d["clauses"][0].__setitem__("points", 5), "a profile clause is unscored but has points"),
        (lambda d: d["clauses"][3].__setitem__("kind", "process"), "'mixed' but its clauses are all ['process']"),
        (lambda d: d["clauses"][4].__setitem__("text", ""), "needs its requirement text or guidance points"),
        (lambda d: d["bands"]["levels"].pop(), "the highest band must end at 100, not 85"),
        (lambda d: d["clauses"].insert(1, {**d["clauses"][2]}), "parent '1' must come before its children"),
        (
            lambda d: d["clauses"][2]["guidance"].append({"id": "1.2", "text": "x"}),
            "guidance id '1.2' is also a clause id",
        ),
        (
            lambda d: d.__setitem__("announced", {"clauses_per_level": [2, 3]}),
            "announces 2 level-1 clauses; the file has 2",
        ),
        (
            lambda d: d["limits"]["report"].__setitem__("max", 0),
            "limits → report → max: Input should be greater than 0",
        ),
        (lambda d: d.__setitem__("schema", "sara.standard/2"), "schema: Input should be 'sara.standard/1'"),
    ],
)
def test_each_rule_is_enforced(mutate, message: str) -> None:
    data = _mini()
    assert validate_data(copy.deepcopy(data), "x.yaml", stem="mini-2024").ok
    mutate(data)
    report = validate_data(data, "x.yaml", stem="mini-2024")
    joined = "\n".join(report.problems)
    if "the file has 2" in message:  # 2 top-level scored clauses announced and present: no problem
        assert "level-1" not in joined
        data["announced"] = {"clauses_per_level": [3]}
        joined = "\n".join(validate_data(data, "x.yaml", stem="mini-2024").problems)
        message = "announces 3 level-1 clauses; the file has 2"
    assert message in joined, joined


def test_announced_guidance_difference_is_a_remark_not_a_problem() -> None:
    data = _mini()
    data["announced"] = {"guidance": 3}
    report = validate_data(data, "x.yaml", stem="mini-2024")
    assert report.ok
    assert report.remarks == [
        "x.yaml: announced → guidance: the document announces 3 guidance points; the file has 2 (see notes)"
    ]


def test_not_yaml_and_not_a_mapping(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    report = validate_file(bad)
    assert len(report.problems) == 1 and "not valid YAML" in report.problems[0] and "line 2" in report.problems[0]
    bad.write_text("- a\n- b\n", encoding="utf-8")
    assert "must hold a mapping" in validate_file(bad).problems[0]


def test_user_can_override_limits() -> None:
    s = load_file(DATA / "mini-2024.yaml")
    t = with_limits(s, report_max=25000)
    assert t.report_limit is not None and t.report_limit.max == 25000
    assert "user override" in t.report_limit.source
    assert t.profile_limit == s.profile_limit
    assert t.clause("1.1") == s.clause("1.1")  # the clause index is rebuilt
    with pytest.raises(ValueError):
        with_limits(s, profile_max=0)
