"""What the pages draw for counts and states (issue 14 items 7–8), through AppTest on a real analysis:
字数 bars green below the limit (red only over it), no arrow on a remainder, no bar for a 0/0
consensus, no emoji status marks, the report pane with anchors and the clause in the URL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from analyzer import reading
from analyzer.review import workspace as ws
from analyzer.review.store import Store
from app_pages.common import BAR_COLOURS

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
SAMPLE = ROOT / "samples" / "wh-svc-water" / "report.md"
EMOJI = re.compile("[\U0001f300-\U0001faff\u2705\u274c\u2b55\u23f3\u26a0\u26d4\u2754]")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    db = tmp_path_factory.mktemp("marks") / "sara.db"
    with Store.open(db) as store:
        opened = ws.analyze_path(store, SAMPLE, "auto", backend="lexical")
    return db, opened.submission.id


def page(seeded: tuple[Path, int], monkeypatch: pytest.MonkeyPatch, name: str, **params: str) -> AppTest:
    db, sid = seeded
    monkeypatch.setenv("SARA_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["sid"] = str(sid)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"app_pages/{name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    kinds = ("markdown", "caption", "info", "warning", "error", "success")
    parts = [str(e.value) for kind in kinds for e in getattr(at, kind)]
    return "\n".join(parts + [f"{m.label} {m.value}" for m in at.metric])


def bars(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html") if 'class="sara-bar"' in h.value]


def test_length_below_the_limit_is_green_without_an_arrow(
    seeded: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    at = page(seeded, monkeypatch, "overview")
    length = next(m for m in at.metric if m.label == "自评报告字数")
    assert length.proto.delta.startswith("余 ")
    assert length.proto.direction == MetricProto.MetricDirection.NONE  # no ↑ on a remainder
    assert length.proto.color != MetricProto.MetricColor.RED
    drawn = bars(at)
    assert drawn and all('data-state="ok"' in b and BAR_COLOURS["ok"] in b for b in drawn), drawn
    assert BAR_COLOURS["over"] not in "".join(drawn)
    assert not EMOJI.search(shown(at))


def test_a_consensus_of_nothing_draws_no_bar(seeded: tuple[Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    db, sid = seeded
    with Store.open(db) as store:
        record = ws.latest_record(store, sid).record
        unit = record.scoring_units[0]
        band = ws.band_options(record.standard.id, unit.kind)[1].id
        ws.record_decision(store, sid, unit.id, "赵六", band, comment="证据不足，下调")
        ws.submit_review(store, sid, "赵六")
    at = page(seeded, monkeypatch, "consensus", reviewer="赵六")
    assert "已形成共识 0 / 0" in shown(at) or any(m.value == "0 / 0" for m in at.metric)
    assert not bars(at) and not at.get("progress"), "0 of 0 is not a full bar"
    assert not EMOJI.search(shown(at))


def test_clause_page_puts_the_clause_in_the_url_and_draws_the_report_pane(
    seeded: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, sid = seeded
    with Store.open(db) as store:
        record = ws.latest_record(store, sid).record
    clause = record.scoring_units[1]
    at = page(seeded, monkeypatch, "clause", clause=clause.id)
    assert at.query_params["clause"] == [clause.id] or at.query_params["clause"] == clause.id
    assert any(h.value == clause.label for h in at.header)
    pane = next(h.value for h in at.get("html") if 'id="sara-pane"' in h.value)
    assert all(reading.anchor(p.id) in pane for p in record.paragraphs)  # the whole report, anchored
    first = record.paragraphs_of(clause.id)[0]
    assert f'data-target="{reading.anchor(first.id)}"' in pane
    text = shown(at)
    assert "已涉及" in text or "未涉及" in text  # guidance marks are words with icons, not emoji
    assert not EMOJI.search(text)
    at.text_input(key="report_query").input("水质").run()
    pane = next(h.value for h in at.get("html") if 'id="sara-pane"' in h.value)
    hits = reading.search(record.paragraphs, "水质")
    assert pane.count('class="sara-hit"') == len(hits) > 0
    assert f'data-target="{reading.anchor(hits[0].paragraph)}"' in pane


def test_screening_uploads_leave_no_stray_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing files again clears the session's upload folder; nothing of that shows on the page."""
    monkeypatch.setenv("SARA_DB", str(tmp_path / "sara.db"))
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.switch_page("app_pages/secretariat.py").run()
    uploader = at.get("file_uploader")[0]
    uploader.upload("自评报告.txt", "第一份".encode(), "text/plain").run()  # type: ignore[attr-defined]
    at.get("file_uploader")[0].upload("自评报告.txt", "第二份".encode(), "text/plain").run()  # type: ignore[attr-defined]
    assert not at.exception, [e.value for e in at.exception]
    assert "None" not in [str(m.value).strip("` ") for m in at.markdown]  # magic writes None as `None`
