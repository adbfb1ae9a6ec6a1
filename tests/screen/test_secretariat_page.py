"""The 秘书处筛查 page (AppTest, headless): screen a server-side folder into the shared store."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyzer.batch.verdict import ScreenRow
from analyzer.review.store import Store
from tests.screen.folder import ROOT, SAMPLES

APP = ROOT / "app.py"
TIMEOUT = 600  # seconds per script run: spawning workers and analysing on a busy machine


def test_screening_a_server_folder_fills_the_table_and_the_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "incoming"
    batch = root / "2024" / "batch"
    batch.mkdir(parents=True)
    shutil.copy(SAMPLES / "bj-logistics" / "report.md", batch / "bj-logistics.md")
    shutil.copy(SAMPLES / "wh-svc-water" / "report.md", batch / "wh-svc-water.md")
    db = tmp_path / "sara.db"
    monkeypatch.setenv("SARA_SCREEN_ROOT", str(root))
    monkeypatch.setenv("SARA_DB", str(db))

    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("app_pages/secretariat.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "秘书处筛查"
    at.radio(key="screen_source").set_value("server")
    at.selectbox(key="screen_folder").set_value("2024/batch")
    at.number_input(key="screen_jobs").set_value(2)
    at.button(key="screen_run").click().run()
    assert not at.exception, at.exception

    table = at.dataframe[0].value
    assert list(table["文件"]) == ["bj-logistics.md", "wh-svc-water.md"]
    assert list(table["结论"]) == ["需补充", "需补充"]
    assert list(table["评价标准"]) == ["beijing-2020", "wuhan-service-2022"]
    assert "筛查完成" in at.success[0].value
    assert {m.label: m.value for m in at.metric}["需补充"] == "2"

    with Store.open(db) as store:  # the reviewers' workspace sees the screened reports
        assert sorted(s.name for s in store.submissions()) == ["bj-logistics.md", "wh-svc-water.md"]
    assert at.selectbox(key="screen_open").options == [
        f"#{s} {n}" for s, n in zip(table["送审编号"], table["文件"], strict=True)
    ]

    download = at.get("download_button")
    assert len(download) == 1 and "Excel" in download[0].proto.label

    # the results live in the database: a new session (a reload) shows the last screening again
    again = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    again.run()
    again.switch_page("app_pages/secretariat.py").run()
    assert not again.exception, again.exception
    assert list(again.dataframe[0].value["文件"]) == ["bj-logistics.md", "wh-svc-water.md"]
    assert again.selectbox(key="screen_run_pick").value == 1


def test_uploads_with_the_same_name_all_get_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real submissions are all called 自评报告: three uploads of that name give three rows."""
    from analyzer.batch.runner import load_run, save_run, screen_folder
    from analyzer.names import unique_names
    from analyzer.review.store import Store

    folder = tmp_path / "up"
    folder.mkdir()
    sources = [SAMPLES / "bj-logistics" / "report.md", SAMPLES / "wh-svc-water" / "report.md", APP]
    names = unique_names(["自评报告.md", "自评报告.md", "自评报告.md"])
    for name, src in zip(names, sources, strict=True):
        (folder / name).write_bytes(src.read_bytes())
    with Store.open(tmp_path / "s.db") as store:
        result = screen_folder(folder, "auto", jobs=1, store=store)
        assert [r.file for r in result.rows] == ["自评报告 (2).md", "自评报告 (3).md", "自评报告.md"]
        assert [r.standard for r in result.rows][::2] == ["wuhan-service-2022", "beijing-2020"]
        run_id = save_run(store, result, "上传")
        back = load_run(store, run_id)
        assert [_bare(r) for r in back.rows] == [_bare(r) for r in result.rows]
        assert [r.record is not None for r in back.rows] == [r.record is not None for r in result.rows]


def _bare(row: ScreenRow) -> ScreenRow:
    return dataclasses.replace(row, record=None)
