"""The stored analysis JSON reads back into typed records that agree with the live analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.pipeline import AnalyzeOptions, analyze_file
from analyzer.record import InvalidRecord, read_record

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def live():
    return analyze_file(ROOT / "samples" / "bj-logistics" / "report.md", "auto", AnalyzeOptions(backend="lexical"))


def test_record_agrees_with_the_analysis(live) -> None:
    data = analysis_to_dict(live)
    rec = read_record(json.dumps(data, ensure_ascii=False))
    assert rec.standard.id == live.standard.id
    assert [c.id for c in rec.scoring_units] == [c.id for c in live.standard.scoring_units]
    assert [p.id for p in rec.paragraphs] == [p.id for p in live.document.paragraphs]
    assert len(rec.findings) == len(live.findings)
    assert rec.severity_counts()["error"] == sum(f.severity == "error" for f in live.findings)
    for s in live.suggestions:
        band = rec.clause(s.clause).band
        assert band is not None and (band.band_id, band.low, band.high) == (s.band_id, s.low, s.high)
        assert band.source == "machine"
    assert rec.estimate is not None and rec.estimate.low == live.estimate.low
    assert rec.clause("1.2").guidance_tally == "3/3"  # 组织治理: all three guidance points answered
    assert all(c.guidance_tally == "" for c in rec.clauses if not c.guidance)
    unit = rec.scoring_units[0]
    assert [p.id for p in rec.paragraphs_of(unit.id)] == list(live.coverage.of(unit.id).paragraphs)


def test_unknown_fields_are_ignored_and_missing_ones_defaulted(live) -> None:
    data = analysis_to_dict(live)
    data["future_field"] = {"x": 1}
    data["clauses"][0]["future"] = 3
    del data["clauses"][0]["nearest"]
    rec = read_record(data)
    assert rec.clauses[0].nearest is None


@pytest.mark.parametrize(
    "bad",
    ["not json", "[]", json.dumps({"schema": "other/1"}), json.dumps({"schema": "sara.analysis/1", "clauses": 3})],
)
def test_bad_records_are_refused_with_a_clear_error(bad: str) -> None:
    with pytest.raises(InvalidRecord) as exc:
        read_record(bad)
    assert "分析记录" in exc.value.bilingual()
