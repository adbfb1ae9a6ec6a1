"""AppTest: the review rules and the named pipelines as the pages show them (issue 14, items 9–12).

Real store (SARA_DB in tmp_path), real lexical analyses, real pipeline files under
``SARA_PIPELINES_PATH``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyzer.review import workspace as ws
from analyzer.review.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
WATER = ROOT / "samples" / "wh-svc-water" / "report.md"  # wuhan-service-2022
TIMEOUT = 120


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store.open(db) as store:
        ws.analyze_path(store, WATER, "wuhan-service-2022", backend="lexical")
    return db


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded: Path) -> Path:
    path = tmp_path / "sara.db"
    shutil.copy(seeded, path)
    monkeypatch.setenv("SARA_DB", str(path))
    return path


def _run(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def clause_page(db: Path) -> Iterator[AppTest]:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["sid"] = "1"
    at.query_params["reviewer"] = "张三"
    _run(at.run())
    _run(at.switch_page("app_pages/clause.py").run())
    _run(at.selectbox(key="clause_pick").set_value("5.2").run())
    yield at
    assert not at.exception


def _texts(at: AppTest) -> str:
    parts: list[str] = []
    for kind in ("markdown", "caption", "success", "info", "warning", "error"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


def test_an_override_without_a_comment_is_refused_on_the_page(db: Path, clause_page: AppTest) -> None:
    at = clause_page
    with Store.open(db) as store:
        band = ws.latest_record(store, 1).record.clause("5.2").band
    assert band is not None
    other = next(o.id for o in ws.band_options("wuhan-service-2022") if o.id != band.band_id)
    at.radio(key="band_1_5.2_张三").set_value(other)
    _run(next(b for b in at.button if b.label == "确认 / confirm").click().run())
    assert any("请填写评语" in e.value for e in at.error), _texts(at)
    with Store.open(db) as store:
        assert store.current_decisions(1) == []


def test_the_band_choice_shows_the_standards_definitions_and_the_unscored_items(clause_page: AppTest) -> None:
    page = _texts(clause_page)
    assert "方法（A, Approach）" in page and "水平（Le, Levels）" in page  # 5.2 is a mixed item
    assert "附录A" in page
    assert "还有 6 个评分项未评分" in page


def test_the_screening_page_runs_the_secretariat_pipeline(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "secretariat.yaml").write_text(
        "schema: sara.pipeline/1\nname: secretariat\ntitle_zh: 测试筛查\nstandard: wuhan-service-2022\n"
        "backend: lexical\njobs: 1\ningest:\n  max_mb: 0.001\n",
        encoding="utf-8",
    )
    folder = tmp_path / "root" / "batch"
    folder.mkdir(parents=True)
    (folder / "water.md").write_bytes(WATER.read_bytes() + "\n（筛查副本）\n".encode())  # not in the database yet
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(flows))
    monkeypatch.setenv("SARA_SCREEN_ROOT", str(tmp_path / "root"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    _run(at.run())
    _run(at.switch_page("app_pages/secretariat.py").run())
    assert at.selectbox(key="screen_standard").value == "wuhan-service-2022"  # the flow's standard
    assert any("测试筛查" in c.value and "0.001 MB" in c.value for c in at.caption)
    _run(at.radio(key="screen_source").set_value("server").run())
    _run(at.selectbox(key="screen_folder").set_value("batch").run())
    _run(at.button(key="screen_run").click().run())
    table = at.dataframe[0].value
    (row,) = table.to_dict("records")
    assert row["文件"] == "water.md" and row["结论"] == "无法读取"  # the flow's 0.001 MB limit refused it
    assert "None" not in table.to_string()


def test_every_finding_shows_its_details_on_the_overview(db: Path) -> None:
    """“（见明细）” and “details” in a finding's message must lead somewhere: each detail line of each
    finding is on the overview page, under its finding (issue 14, item 10)."""
    with Store.open(db) as store:
        record = ws.latest_record(store, 1).record
    with_details = [f for f in record.findings if f.details]
    assert with_details, "the sample's analysis has no finding with details: the test would prove nothing"
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["sid"] = "1"
    _run(at.run())
    _run(at.switch_page("app_pages/overview.py").run())
    page = _texts(at)
    for f in with_details:
        for d in f.details:
            assert f"- {d.message_zh}" in page, (f.check, d.message_zh)
