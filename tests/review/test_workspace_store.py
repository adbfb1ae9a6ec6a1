"""The workspace's store helpers the pages call instead of the store (issue 16): where the database
is, registering reviewers, the reviewer picker's choices and a reviewer's current band."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.review import workspace as ws

SHA = "a" * 64


def test_the_store_location_follows_sara_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SARA_DB", str(tmp_path / "x.db"))
    assert ws.store_location() == str(tmp_path / "x.db")
    with ws.open_store() as store:
        assert store.path == tmp_path / "x.db"


def test_a_reviewer_joins_the_panel_only_of_a_submission_that_exists(tmp_path: Path) -> None:
    with ws.open_store(str(tmp_path / "s.db")) as store:
        sub = store.add_submission(SHA, "r.docx", "beijing-2020")
        assert ws.add_reviewer(store, "  张三 ", sub.id) == "张三"
        assert ws.add_reviewer(store, "李四", None) == "李四"
        assert ws.add_reviewer(store, "王五", 999) == "王五"  # no such submission: registered only
        assert ws.has_submission(store, sub.id) and not ws.has_submission(store, 999)
        assert not ws.has_submission(store, None)
        choices = ws.reviewer_choices(store, sub.id)
        assert choices.panel == ("张三",)
        assert choices.others == tuple(sorted(("李四", "王五")))
        assert ws.reviewer_choices(store, None).panel == ()


def test_the_current_decision_is_the_reviewers_latest_for_that_item(tmp_path: Path) -> None:
    with ws.open_store(str(tmp_path / "s.db")) as store:
        sub = store.add_submission(SHA, "r.docx", "beijing-2020")
        assert ws.current_decision(store, sub.id, "1.1", "张三") is None
        store.record_decision(sub.id, "1.1", "张三", "10-25", 10, 25, "", None, ())
        store.record_decision(sub.id, "1.1", "张三", "30-45", 30, 45, "", None, ())
        store.record_decision(sub.id, "1.1", "李四", "50-65", 50, 65, "", None, ())
        store.record_decision(sub.id, "1.2", "张三", "70-85", 70, 85, "", None, ())
        got = ws.current_decision(store, sub.id, "1.1", "张三")
        assert got is not None and got.band_id == "30-45"
