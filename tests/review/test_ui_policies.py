"""Policies the app pages used to hold themselves, now in the library (no Streamlit needed): the
upload limit and formats, and the review pages' rules."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from analyzer.batch import secretariat
from analyzer.batch.verdict import ScreenResult
from analyzer.config import DEFAULT_CONFIG
from analyzer.ingest import SUPPORTED_EXTENSIONS
from analyzer.model import BandLevel
from analyzer.record import AnalysisRecord, BackendInfo, BandInfo, ClauseInfo, LengthInfo, SourceInfo, StandardRef
from analyzer.review import workspace as ws

ROOT = Path(__file__).resolve().parents[2]
SHA = "a" * 64


def _record(*clauses: ClauseInfo) -> AnalysisRecord:
    return AnalysisRecord(
        sara_version="test",
        source=SourceInfo(),
        standard=StandardRef(),
        length=LengthInfo(),
        profile_length=None,
        detection=None,
        backend=BackendInfo(),
        diagnostics=(),
        sections=(),
        paragraphs=(),
        clauses=clauses,
        findings=(),
        estimate=None,
    )


def _options(*ids: str) -> tuple[ws.BandOption, ...]:
    return tuple(ws.BandOption(BandLevel(b, 0, 0, "", ""), i, "") for i, b in enumerate(ids))


# --------------------------------------------------------------------------- uploads


def test_the_upload_labels_name_every_format_the_reader_takes() -> None:
    assert ws.UPLOAD_FORMATS_ZH == "PDF、DOCX、TXT 或 Markdown"
    assert secretariat.UPLOAD_FORMATS_ZH == ws.UPLOAD_FORMATS_ZH
    for ext in SUPPORTED_EXTENSIONS:
        assert ext.lstrip(".") in ws.UPLOAD_TYPES


def test_the_upload_limit_is_the_configs_and_streamlit_config_agrees() -> None:
    assert DEFAULT_CONFIG.max_mb == ws.UPLOAD_MAX_MB
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert settings["server"]["maxUploadSize"] == ws.UPLOAD_MAX_MB


# --------------------------------------------------------------------------- the clause page


def test_a_band_is_worth_its_percentages_of_the_units_points() -> None:
    band = BandInfo(low=30, high=45, band_id="30-45")
    assert ws.band_points(80, band) == (24.0, 36.0)
    assert ws.band_points(None, band) == (0.0, 0.0)
    assert ws.band_points(170 / 3, band) == (170 / 3 * 30 / 100, 170 / 3 * 45 / 100)


def test_the_form_starts_on_the_current_band_else_the_machines_else_the_first(tmp_path: Path) -> None:
    options = _options("0-5", "10-25", "30-45")
    assert ws.default_band(options, None, "10-25") == "10-25"
    assert ws.default_band(options, None, "not-a-band") == "0-5"
    assert ws.default_band(options, None, None) == "0-5"
    with ws.open_store(str(tmp_path / "s.db")) as store:
        sub = store.add_submission(SHA, "r.docx", "beijing-2020")
        store.record_decision(sub.id, "1.1", "张三", "30-45", 30, 45, "", None, ())
        current = ws.current_decision(store, sub.id, "1.1", "张三")
    assert ws.default_band(options, current, "10-25") == "30-45"


def test_progress_counts_the_reviewers_banded_units_and_agrees_with_unscored_items(tmp_path: Path) -> None:
    record = _record(
        ClauseInfo(id="1", points=100),
        ClauseInfo(id="1.1", parent="1", points=40),
        ClauseInfo(id="1.2", parent="1", points=60),
        ClauseInfo(id="2", points=50),
    )
    with ws.open_store(str(tmp_path / "s.db")) as store:
        sub = store.add_submission(SHA, "r.docx", "beijing-2020")
        assert ws.review_progress(store, sub.id, record, "张三") == ws.ReviewProgress(0, 3)
        store.record_decision(sub.id, "1.1", "张三", "30-45", 30, 45, "", None, ())
        store.record_decision(sub.id, "1.1", "张三", "50-65", 50, 65, "", None, ())  # a change counts once
        store.record_decision(sub.id, "2", "李四", "10-25", 10, 25, "", None, ())  # someone else's
        store.record_decision(sub.id, "1", "张三", "10-25", 10, 25, "", None, ())  # not a scoring unit
        assert ws.review_progress(store, sub.id, record, "张三") == ws.ReviewProgress(1, 3)
        assert ws.review_progress(store, sub.id, record, " 张三 ") == ws.ReviewProgress(1, 3)
        assert ws.review_progress(store, sub.id, record, "李四") == ws.ReviewProgress(1, 3)
        assert ws.scored_items(store, sub.id, "张三") == {"1.1", "1"}


def test_the_exports_fingerprint_changes_with_the_review(tmp_path: Path) -> None:
    with ws.open_store(str(tmp_path / "s.db")) as store:
        a = ws.exports_fingerprint(store, 1, 7, 0)
        assert a == ws.exports_fingerprint(store, 1, 7, 0)
        assert a != ws.exports_fingerprint(store, 1, 7, 1) != ws.exports_fingerprint(store, 1, 8, 1)
        assert str(tmp_path / "s.db") in a


# --------------------------------------------------------------------------- the overview page


@pytest.mark.parametrize(
    ("info", "state"),
    [
        (LengthInfo(count=1200, limit=1000), "over"),
        (LengthInfo(count=900, limit=1000, over=True), "over"),  # the check's word wins
        (LengthInfo(count=960, limit=1000, state="near"), "near"),
        (LengthInfo(count=1000, limit=1000, state="near"), "near"),
        (LengthInfo(count=500, limit=1000, state="within"), "ok"),
        (LengthInfo(count=500, limit=1000), "ok"),
    ],
)
def test_the_length_state_against_the_limit(info: LengthInfo, state: str) -> None:
    assert ws.length_state(info) == state


# --------------------------------------------------------------------------- the screening page


@pytest.mark.parametrize(
    ("configured", "cpus", "most", "default"),
    [(None, 8, 8, 4), (None, 2, 2, 2), (2, 8, 8, 2), (16, 8, 8, 4), (3, 2, 2, 2), (None, 0, 1, 1)],
)
def test_the_worker_field_offers_one_per_cpu_and_starts_at_four_at_most(
    configured: int | None, cpus: int, most: int, default: int
) -> None:
    assert secretariat.worker_choice(configured, cpus) == secretariat.WorkerChoice(most, default)


def test_recent_runs_are_the_latest_saved_newest_first(tmp_path: Path) -> None:
    with ws.open_store(str(tmp_path / "s.db")) as store:
        ids = [secretariat.save_run(store, ScreenResult((), 0, 0, 0, 0.0), f"run {i}") for i in range(3)]
        assert [r.id for r in secretariat.recent_runs(store)] == ids[::-1]
        assert [r.id for r in secretariat.recent_runs(store, limit=2)] == ids[:0:-1]
        assert json.loads(store.screening(ids[0]).payload)["rows"] == []
