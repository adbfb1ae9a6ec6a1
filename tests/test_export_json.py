"""``with_decisions``: the sara.analysis/1 document plus current decisions and history, round-tripped."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.export.analysis_json import SCHEMA, analysis_to_dict, with_decisions
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import read_record, record_to_dict
from analyzer.review.store import Store
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def stored() -> dict[str, Any]:
    a = analyze_document(
        read_document(SAMPLES / "wh-mfg-battery" / "report.md"),
        load_standard("wuhan-manufacturing-2022"),
        AnalyzeOptions(backend="lexical"),
    )
    data: dict[str, Any] = json.loads(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    return data


def test_decisions_and_history_round_trip(stored: dict[str, Any], tmp_path: Path) -> None:
    record = read_record(stored)
    a, b = record.scoring_units[:2]
    assert a.band is not None
    with Store.open(tmp_path / "sara.db") as store:
        sub = store.add_submission("0" * 64, "report.md", record.standard.id)
        store.record_decision(sub.id, b.id, "王评审", "30-45", 30, 45, "初评", None, ())
        store.record_decision(sub.id, a.id, "王评审", "70-85", 70, 85, "先给高档", a.band.band_id, a.band.reasons)
        store.record_decision(sub.id, a.id, "王评审", "50-65", 50, 65, "改判", a.band.band_id, a.band.reasons)
        store.record_consensus(sub.id, a.id, "50-65", 50, 65, "合议", "组长", machine_band_id=a.band.band_id)
        current = [*store.current_decisions(sub.id), *store.consensus(sub.id)]
        history = store.history(sub.id)
    before = json.dumps(stored, sort_keys=True)
    doc = with_decisions(stored, current, history)
    assert json.dumps(stored, sort_keys=True) == before  # the input is not changed
    text = json.dumps(doc, ensure_ascii=False)
    back = json.loads(text)
    assert back["schema"] == SCHEMA
    assert {k: v for k, v in back.items() if k not in ("decisions", "decision_history")} == stored
    again = read_record(text)  # still a valid sara.analysis/1 record, decisions read back too
    assert record_to_dict(again) == back
    assert dataclasses.replace(again, decisions=None, decision_history=None) == read_record(stored)
    assert again.decisions is not None and again.decisions[0].reviewer == "王评审"
    # reviewers first in the standard's clause order, then consensus
    assert [(d["provenance"], d["clause"], d["band_id"]) for d in back["decisions"]] == [
        ("reviewer", a.id, "50-65"),
        ("reviewer", b.id, "30-45"),
        ("consensus", a.id, "50-65"),
    ]
    mine = back["decisions"][0]
    assert mine["reviewer"] == "王评审" and mine["comment"] == "改判" and mine["rationale"] is None
    assert mine["machine_band_id"] == a.band.band_id and mine["machine_reasons"] == list(a.band.reasons)
    assert mine["agrees_with_machine"] == (a.band.band_id == "50-65")
    assert back["decisions"][1]["machine_band_id"] is None and back["decisions"][1]["agrees_with_machine"] is None
    assert back["decisions"][2]["rationale"] == "合议" and back["decisions"][2]["reviewer"] == "组长"
    assert [d["comment"] or d["rationale"] for d in back["decision_history"]] == ["初评", "先给高档", "改判", "合议"]
    assert [d["created_at"] for d in back["decision_history"]] == [d.created_at for d in history]
    # passing the whole history as decisions keeps only the latest per reviewer and item
    assert with_decisions(stored, history)["decisions"] == doc["decisions"]
    assert "decision_history" not in with_decisions(stored, current)


def test_refuses_other_documents(stored: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"not a sara\.analysis/1 document"):
        with_decisions({**stored, "schema": "sara.analysis/0"}, ())
    assert with_decisions(stored, ())["decisions"] == []
