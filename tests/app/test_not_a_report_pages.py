"""The workspace pages on a document that is not a self-assessment report: no crash, the verdict shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyzer.review import workspace as ws
from analyzer.review.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"


def test_overview_and_clause_pages_of_a_thesis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "sara.db"
    monkeypatch.setenv("SARA_DB", str(db))
    with Store.open(db) as store:
        ws.analyze_path(store, ROOT / "samples" / "out-of-domain" / "thesis-excerpt.md", "auto", backend="lexical")
        sid = store.submissions()[0].id
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["sid"] = str(sid)
    at.run()
    assert not at.exception
    at.switch_page("app_pages/overview.py").run()
    assert not at.exception, [e.value for e in at.exception]
    shown = "\n".join(str(e.value) for e in [*at.error, *at.caption, *at.markdown])
    assert "不是质量奖自评报告" in shown and "没有适用的标准" in shown
    at.switch_page("app_pages/clause.py").run()
    assert not at.exception, [e.value for e in at.exception]
