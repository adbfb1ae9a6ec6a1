"""AppTest flows through the Streamlit workspace: real store (SARA_DB in tmp_path), real lexical analyses.

Each ``AppTest`` is one browser session; a second ``AppTest`` on the same database is a new
session (another reviewer, or the same one tomorrow).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyzer.review import workspace as ws
from analyzer.review.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
SAMPLE = "wh-svc-water"  # wuhan-service-2022: scoring units 5.2 … 5.7, six bands
TIMEOUT = 120  # seconds per script run; generous so a slow machine never fails a flow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample analysed once (auto-detected, lexical): also warms the process's scorers."""
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store.open(db) as store:
        ws.analyze_path(store, ROOT / "samples" / SAMPLE / "report.md", "auto", backend="lexical")
    return db


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded: Path) -> Path:
    path = tmp_path / "sara.db"
    monkeypatch.setenv("SARA_DB", str(path))
    return path


@pytest.fixture
def seeded_db(db: Path, seeded: Path) -> Path:
    shutil.copy(seeded, db)
    return db


Session = Callable[..., AppTest]


@pytest.fixture
def session() -> Iterator[Session]:
    """New browser sessions; every run of every session is checked for exceptions at the end."""
    opened: list[AppTest] = []

    def new(sid: int | None = None, reviewer: str | None = None) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        if sid is not None:
            at.query_params["sid"] = str(sid)
        if reviewer is not None:
            at.query_params["reviewer"] = reviewer
        opened.append(at)
        return run(at.run())

    yield new
    for at in opened:
        assert not at.exception


def run(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Every text the page shows (markdown, captions, alerts, metrics, tables) as one string."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "success", "info", "warning", "error", "title", "header", "subheader"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [df.value.to_string() for df in at.dataframe]
    return "\n".join(parts)


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r}: {[b.label for b in at.button]}"
    return found[0]


def add_reviewer(at: AppTest, name: str) -> AppTest:
    at.text_input(key="new_reviewer").input(name)
    return run(at.button(key="add_reviewer").click().run())


def open_clause(at: AppTest, clause: str) -> AppTest:
    run(at.switch_page("app_pages/clause.py").run())
    return run(at.selectbox(key="clause_pick").set_value(clause).run())


def confirm_band(at: AppTest, sid: int, clause: str, reviewer: str, band: str, comment: str) -> AppTest:
    key = f"{sid}_{clause}_{reviewer}"
    at.radio(key=f"band_{key}").set_value(band)
    at.text_area(key=f"comment_{key}").input(comment)
    return run(button(at, "确认 / confirm").click().run())


def submit(at: AppTest) -> AppTest:
    return run(button(at, "提交我的评审 / submit my review").click().run())


def machine_band(db: Path, sid: int, clause: str) -> str:
    with Store.open(db) as store:
        band = ws.latest_record(store, sid).record.clause(clause).band
    assert band is not None
    return band.band_id


# --------------------------------------------------------------------------- (a)


def test_analyse_a_sample_confirm_a_band_and_find_it_in_a_new_session(db: Path, session: Session) -> None:
    at = session()
    assert at.title[0].value == "SARA 自评报告分析"
    run(at.radio(key="source_pick").set_value("sample").run())
    at.selectbox(key="sample_pick").set_value(SAMPLE)
    at.selectbox(key="backend_pick").set_value("lexical")
    run(at.button(key="analyse").click().run())
    assert any("分析完成" in s.value and "评分建议" in s.value for s in at.success), texts(at)
    sid = at.session_state["sid"]
    with Store.open(db) as store:
        assert [s.id for s in store.submissions()] == [sid]

    run(at.switch_page("app_pages/overview.py").run())
    page = texts(at)
    assert "读取诊断" in page and "自评报告字数" in page and "预估得分" in page and "机器草稿" in page

    add_reviewer(at, "张三")
    open_clause(at, "5.2")
    machine = machine_band(db, sid, "5.2")
    page = texts(at)
    assert "机器建议（草稿，不是评审结论）" in page and "5.2 领导作用" in page
    choice = next(o.id for o in ws.band_options("wuhan-service-2022") if o.id != machine)
    confirm_band(at, sid, "5.2", "张三", choice, "方法尚未全面展开")
    assert any("已保存" in s.value and "与机器建议不同" in s.value for s in at.success), texts(at)

    # A new browser session on the same database: open the submission from the start page.
    again = session()
    run(again.selectbox(key="open_pick").set_value(sid).run())
    run(again.button(key="open_submission").click().run())
    run(again.selectbox(key="reviewer_pick").set_value("张三").run())
    open_clause(again, "5.2")
    label = ws.band_label("wuhan-service-2022", choice)
    assert any(
        "你的当前评分（评审员：张三）" in s.value and label in s.value and "方法尚未全面展开" in s.value
        for s in again.success
    ), texts(again)
    assert again.radio(key=f"band_{sid}_5.2_张三").value == choice

    with Store.open(db) as store:
        (d,) = store.current_decisions(sid)
    assert (d.reviewer, d.clause, d.band_id, d.comment) == ("张三", "5.2", choice, "方法尚未全面展开")
    assert d.machine_band_id == machine and d.machine_reasons  # the machine suggestion shown


# --------------------------------------------------------------------------- (b)


def test_two_reviewers_disagree_reach_consensus_and_export_it(seeded_db: Path, session: Session) -> None:
    sid = 1
    a = session(sid=sid)
    add_reviewer(a, "甲")
    open_clause(a, "5.2")
    confirm_band(a, sid, "5.2", "甲", "10-25", "甲：只有个别做法")
    submit(a)

    b = session(sid=sid, reviewer="乙")
    open_clause(b, "5.2")
    confirm_band(b, sid, "5.2", "乙", "50-65", "乙：方法系统且展开")
    submit(b)
    assert "评审员：甲" in texts(b)  # after submitting, 乙 sees 甲's band

    run(b.switch_page("app_pages/consensus.py").run())
    page = texts(b)
    assert "5.2 领导作用" in page and "相差超过一档" in page and "已形成共识 0 / 1" in page
    assert "评审员：甲" in page and "评审员：乙" in page and "甲：只有个别做法" in page

    b.selectbox(key=f"cband_{sid}_5.2").set_value("30-45")
    run(button(b, "记录共识 / record consensus").click().run())  # no rationale: refused
    assert any("请填写共识理由" in e.value for e in b.error)
    b.selectbox(key=f"cband_{sid}_5.2").set_value("30-45")
    b.text_area(key=f"crat_{sid}_5.2").input("讨论后取中间档：方法系统但展开不足")
    run(button(b, "记录共识 / record consensus").click().run())
    page = texts(b)
    assert "已形成共识 1 / 1" in page and "已记录 5.2 领导作用 的共识" in page

    run(b.switch_page("app_pages/export.py").run())
    assert sorted(d.label for d in b.download_button) == ["下载 / download"] * 4
    files = b.session_state["sara_exports"][1]
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(files["wh-svc-water-评分表.xlsx"].data))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert {"甲 档(%)", "甲 评语", "乙 档(%)", "乙 评语", "共识档(%)", "共识理由"} <= set(header)
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "5.2")
    cells = dict(zip(header, row, strict=False))
    assert (cells["甲 档(%)"], cells["甲 评语"]) == ("10-25", "甲：只有个别做法")
    assert (cells["乙 档(%)"], cells["乙 评语"]) == ("50-65", "乙：方法系统且展开")
    assert (cells["共识档(%)"], cells["共识理由"]) == ("30-45", "讨论后取中间档：方法系统但展开不足")


# --------------------------------------------------------------------------- (c)


def test_independent_mode_hides_the_other_band_until_the_reviewer_submits(seeded_db: Path, session: Session) -> None:
    sid = 1
    a = session(sid=sid, reviewer="甲")
    open_clause(a, "5.3")
    confirm_band(a, sid, "5.3", "甲", "90-100", "甲的秘密评语")

    b = session(sid=sid, reviewer="乙")
    open_clause(b, "5.3")
    confirm_band(b, sid, "5.3", "乙", "10-25", "乙的评语")
    page = texts(b)
    assert "独立评审模式" in page
    assert "评审员：甲" not in page and "甲的秘密评语" not in page
    assert not any("90–100%" in str(e.value) for e in (*b.success, *b.info))  # 甲's band is nowhere
    assert not any("评审员：甲" in df.value.to_string() for df in b.dataframe)

    run(b.switch_page("app_pages/consensus.py").run())
    page = texts(b)
    assert "提交你自己的评审后" in page and "甲的秘密评语" not in page and "已形成共识" not in page
    run(b.switch_page("app_pages/export.py").run())
    assert not b.download_button and "请先选择评审员并提交自己的评审" in texts(b)

    open_clause(b, "5.3")
    submit(b)
    page = texts(b)
    assert "乙 已提交评审" in page and "评审员：甲" in page and "甲的秘密评语" in page

    a2 = session(sid=sid, reviewer="甲")  # 甲 has not submitted: still only their own band
    open_clause(a2, "5.3")
    assert "乙的评语" not in texts(a2)


def test_a_newcomer_cannot_switch_independent_review_off(seeded_db: Path, session: Session) -> None:
    sid = 1
    a = session(sid=sid, reviewer="甲")
    open_clause(a, "5.3")
    confirm_band(a, sid, "5.3", "甲", "90-100", "甲的秘密评语")

    w = session(sid=sid, reviewer="王五")  # typed in, on no panel, nothing scored
    run(w.switch_page("app_pages/consensus.py").run())
    assert "独立评审模式：开启" in texts(w) and "不在本报告的评审组中" in texts(w)
    assert not [b for b in w.button if b.label.startswith("关闭")]
    open_clause(w, "5.3")
    assert "甲的秘密评语" not in texts(w)

    run(a.switch_page("app_pages/consensus.py").run())
    assert "须先提交自己的评审" in texts(a)
    submit(a)
    a.text_input(key=f"independent_reason_{sid}").input("评审组长决定公开讨论")
    a.checkbox(key=f"independent_sure_{sid}").check()
    run(button(a, "关闭 / switch off").click().run())
    assert "独立评审模式：关闭" in texts(a)
    with Store.open(seeded_db) as store:
        last = store.audit(sid)[-1]
    assert (last.action, last.actor) == ("settings.independent", "甲") and "评审组长决定公开讨论" in last.payload
    open_clause(w, "5.3")
    assert "甲的秘密评语" in texts(w)


# --------------------------------------------------------------------------- (d)


@pytest.mark.parametrize(
    ("name", "data", "zh", "en"),
    [
        ("empty.md", b"", "文件为空：empty.md", "the file is empty: empty.md"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "不支持旧版", "legacy"),
    ],
)
def test_an_unreadable_upload_shows_a_bilingual_error(
    db: Path, session: Session, name: str, data: bytes, zh: str, en: str
) -> None:
    at = session()
    at.selectbox(key="backend_pick").set_value("lexical")
    at.file_uploader(key="upload").upload(name, data, "application/octet-stream")
    run(at.button(key="analyse").click().run())
    errors = [e.value for e in at.error]
    assert any(zh in e and en in e for e in errors), errors
    assert not at.exception
    with Store.open(db) as store:
        assert store.submissions() == []


# --------------------------------------------------------------------------- bulk consensus


def test_items_within_one_band_are_adopted_as_consensus_only_with_a_rationale(
    seeded_db: Path, session: Session
) -> None:
    sid = 1
    with Store.open(seeded_db) as store:
        ws.record_decision(store, sid, "5.2", "甲", "10-25", "甲")
        ws.record_decision(store, sid, "5.2", "乙", "70-85", "乙")  # more than one band apart: not bulk
        ws.record_decision(store, sid, "5.3", "甲", "50-65", "甲")
        ws.record_decision(store, sid, "5.3", "乙", "50-65", "乙")  # the same band
        ws.record_decision(store, sid, "5.4", "甲", "30-45", "甲")
        ws.record_decision(store, sid, "5.4", "乙", "50-65", "乙")  # one band apart
        for name in ("甲", "乙"):
            ws.submit_review(store, sid, name)
        agreed = {a.item.clause.id: a for a in ws.agreed_bands(store, sid)}
        machine = ws.latest_record(store, sid).record.clause("5.4").band
    assert set(agreed) == {"5.3", "5.4"} and agreed["5.3"].band_id == "50-65"
    assert agreed["5.4"].band_id in {"30-45", "50-65"} and "相差一档" in agreed["5.4"].basis
    if machine is not None and machine.band_id in {"30-45", "50-65"}:
        assert agreed["5.4"].band_id == machine.band_id  # a tie goes to the band nearer the machine's

    at = session(sid=sid, reviewer="乙")
    run(at.switch_page("app_pages/consensus.py").run())
    assert "一致的评分项" in texts(at)
    bulk = "对一致的条目采用评审员一致的档（需填理由）· 2 项"
    run(button(at, bulk).click().run())  # no rationale: refused, nothing recorded
    assert any("请填写共识理由" in e.value for e in at.error)
    with Store.open(seeded_db) as store:
        assert store.consensus(sid) == []
    at.text_area(key=f"bulk_rationale_{sid}").input("评审组确认：相差不超过一档的采用评审员的档")
    run(button(at, bulk).click().run())
    assert "已为 2 个评分项记录共识" in texts(at)
    with Store.open(seeded_db) as store:
        recorded = {d.clause: d for d in store.consensus(sid)}
    assert set(recorded) == {"5.3", "5.4"}  # 5.2 still needs a discussion
    assert recorded["5.3"].band_id == "50-65" and recorded["5.3"].reviewer == "乙"
    assert all(
        d.rationale and d.rationale.startswith("评审组确认") and "批量采用" in d.rationale for d in recorded.values()
    )
