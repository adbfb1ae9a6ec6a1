"""The SQLite review store: location, migrations, records, atomic audit, concurrency and crash safety.

Every test works on real SQLite files under ``tmp_path``. The multi-process tests use the ``spawn``
start method; their workers are module-level functions so the children can import them.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path

import pytest

from analyzer import __version__
from analyzer.model import Band
from analyzer.review.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    InvalidRecord,
    NotASaraDatabase,
    Store,
    StoreClosed,
    StoreTooNew,
    StoreWriteFailed,
    UnknownSubmission,
    default_path,
)

ROOT = Path(__file__).resolve().parent.parent
SHA = "3f" * 32
OTHER_SHA = "a0" * 32


def raw(path: Path) -> closing[sqlite3.Connection]:
    """A plain connection that bypasses the store (closed on exit)."""
    return closing(sqlite3.connect(path, isolation_level=None))


def scalar(path: Path, sql: str, *args: object) -> object:
    with raw(path) as conn:
        return conn.execute(sql, args).fetchone()[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "review.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store.open(db) as s:
        yield s


# --------------------------------------------------------------------------- location


def test_explicit_path_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "sara.db"
    with Store.open(path) as s:
        assert s.path == path
    assert path.is_file()


def test_default_location_honours_sara_db_then_xdg_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SARA_DB", str(tmp_path / "env" / "x.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "env" / "x.db"
    monkeypatch.setenv("SARA_DB", "")
    assert default_path() == tmp_path / "xdg" / "sara" / "sara.db"
    with Store.open() as s:
        assert s.path == tmp_path / "xdg" / "sara" / "sara.db"
    assert (tmp_path / "xdg" / "sara" / "sara.db").is_file()
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if sys.platform != "win32":
        assert default_path() == tmp_path / "home" / ".local" / "share" / "sara" / "sara.db"


# --------------------------------------------------------------------------- schema and migrations


def test_empty_file_is_migrated_to_the_current_version(db: Path) -> None:
    db.touch()
    with Store.open(db) as s:
        assert s.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        steps = [json.loads(a.payload) for a in s.audit() if a.action == "schema.migrate"]
    assert [(p["from"], p["to"]) for p in steps] == [(v, v + 1) for v in range(SCHEMA_VERSION)]
    with raw(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"submissions", "analyses", "reviewers", "decisions", "audit_log"} <= tables


def test_connection_settings(store: Store) -> None:
    conn = store._connection()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 15000
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


# Schema version 1 exactly as it shipped, written by hand (never import it from the code under test).
V1_SCHEMA = [
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE submissions (id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        name TEXT NOT NULL, standard_id TEXT NOT NULL CHECK (standard_id <> ''), created_at TEXT NOT NULL,
        UNIQUE (sha256, standard_id))""",
    """CREATE TABLE analyses (id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions (id),
        result TEXT NOT NULL CHECK (json_valid(result)), sara_version TEXT NOT NULL, standard_id TEXT NOT NULL,
        standard_version TEXT NOT NULL, standard_digest TEXT, backend TEXT NOT NULL, created_at TEXT NOT NULL)""",
    "CREATE INDEX analyses_by_submission ON analyses (submission_id, id)",
    """CREATE TABLE reviewers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
        created_at TEXT NOT NULL)""",
    """CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id INTEGER NOT NULL REFERENCES submissions (id), clause TEXT NOT NULL CHECK (clause <> ''),
        reviewer_id INTEGER NOT NULL REFERENCES reviewers (id), band_id TEXT NOT NULL CHECK (band_id <> ''),
        low INTEGER NOT NULL CHECK (typeof(low) = 'integer' AND low BETWEEN 0 AND 100),
        high INTEGER NOT NULL CHECK (typeof(high) = 'integer' AND high BETWEEN 0 AND 100),
        comment TEXT NOT NULL DEFAULT '', machine_band_id TEXT,
        machine_reasons TEXT NOT NULL DEFAULT '[]'
            CHECK (json_valid(machine_reasons) AND json_type(machine_reasons) = 'array'),
        created_at TEXT NOT NULL, CHECK (low <= high))""",
    "CREATE INDEX decisions_by_item ON decisions (submission_id, clause, reviewer_id, id)",
    """CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (actor <> ''), action TEXT NOT NULL CHECK (action <> ''),
        submission_id INTEGER REFERENCES submissions (id), clause TEXT,
        payload TEXT NOT NULL CHECK (json_valid(payload)))""",
    "CREATE INDEX audit_by_submission ON audit_log (submission_id, id)",
    "PRAGMA user_version = 1",
]


def make_v1(path: Path) -> None:
    t = "2026-01-05T08:00:00.000000+00:00"
    with raw(path) as conn:
        conn.execute("BEGIN")
        for sql in V1_SCHEMA:
            conn.execute(sql)
        conn.execute("INSERT INTO submissions VALUES (1, ?, '旧报告.docx', 'beijing-2020', ?)", (SHA, t))
        conn.execute("INSERT INTO reviewers VALUES (1, '王五', ?)", (t,))
        conn.execute(
            "INSERT INTO decisions (submission_id, clause, reviewer_id, band_id, low, high, comment, "
            "machine_band_id, machine_reasons, created_at) VALUES (1, '4.1', 1, 'B3', 30, 45, '旧评语', 'B2', ?, ?)",
            (json.dumps(["覆盖 2/4 要点"], ensure_ascii=False), t),
        )
        conn.execute(
            "INSERT INTO audit_log (created_at, actor, action, submission_id, clause, payload) "
            "VALUES (?, '王五', 'decision.record', 1, '4.1', '{}')",
            (t,),
        )
        conn.execute("COMMIT")


def test_v1_database_is_migrated_and_keeps_its_decisions(db: Path) -> None:
    make_v1(db)
    with Store.open(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        (old,) = s.history(1)
        assert (old.reviewer, old.clause, old.band_id, old.low, old.high, old.comment) == (
            "王五",
            "4.1",
            "B3",
            30,
            45,
            "旧评语",
        )
        assert (old.kind, old.rationale, old.machine_band_id, old.machine_reasons) == (
            "reviewer",
            None,
            "B2",
            ("覆盖 2/4 要点",),
        )
        assert s.current_decisions(1) == [old]
        agreed = s.record_consensus(1, "4.1", "B3", 30, 45, "两位评审一致", "王五")
        assert s.consensus(1) == [agreed]
        assert [r.name for r in s.panel(1)] == ["王五"]  # v4: earlier reviewers form the panel
        assert s.independent(1) and s.submitted(1) == []
        steps = [
            (json.loads(a.payload)["from"], json.loads(a.payload)["to"])
            for a in s.audit()
            if a.action == "schema.migrate"
        ]
        assert steps == [(v, v + 1) for v in range(1, SCHEMA_VERSION)]
    with raw(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE decisions SET band_id = 'B6'")


def test_a_newer_database_is_refused_and_left_untouched(db: Path) -> None:
    with raw(db) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreTooNew) as info:
        Store.open(db)
    found = SCHEMA_VERSION + 1
    assert info.value.bilingual() == (
        f"数据库 {db} 的结构版本为 {found}，本程序（SARA {__version__}）最高支持版本 {SCHEMA_VERSION}；"
        "请升级 SARA 后再打开，数据库未作任何改动"
        f" / the database {db} has schema version {found}, but this SARA ({__version__}) supports up to "
        f"version {SCHEMA_VERSION}; please upgrade SARA to open it (the database was not changed)"
    )
    assert scalar(db, "PRAGMA user_version") == found
    assert scalar(db, "PRAGMA journal_mode") == "delete"


def test_other_files_are_not_taken_for_a_sara_database(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with raw(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(NotASaraDatabase, match="customers"):
        Store.open(foreign)
    assert scalar(foreign, "SELECT count(*) FROM sqlite_master") == 1  # not migrated
    text = tmp_path / "notes.db"
    text.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(NotASaraDatabase) as info:
        Store.open(text)
    assert info.value.message_zh.startswith(f"{text} 不是 SARA 评审数据库")


# --------------------------------------------------------------------------- submissions and analyses


def test_add_submission_is_idempotent(store: Store) -> None:
    first = store.add_submission(SHA, "报告.docx", "beijing-2020")
    again = store.add_submission(SHA.upper(), "改名.docx", "beijing-2020")
    assert again == first and again.name == "报告.docx"
    other_standard = store.add_submission(SHA, "报告.docx", "wuhan-service-2022")
    other_file = store.add_submission(OTHER_SHA, "b.pdf", "beijing-2020")
    assert len({first.id, other_standard.id, other_file.id}) == 3
    assert store.submissions() == [first, other_standard, other_file]
    assert store.submission(first.id) == first and store.submission(999) is None
    assert [a.action for a in store.audit() if a.action == "submission.add"] == ["submission.add"] * 3
    with pytest.raises(InvalidRecord, match="SHA-256"):
        store.add_submission("abc", "x", "beijing-2020")


def test_a_real_analysis_round_trips(store: Store) -> None:
    from analyzer.export.analysis_json import analysis_to_dict
    from analyzer.pipeline import AnalyzeOptions, analyze_file

    a = analyze_file(ROOT / "samples" / "szx-econ-bank" / "report.md", "auto", AnalyzeOptions(backend="lexical"))
    data = analysis_to_dict(a)
    text = json.dumps(data, ensure_ascii=False)
    sub = store.add_submission(a.document.sha256, "report.md", a.standard.id)
    assert store.latest_analysis(sub.id) is None
    std = a.standard
    first = store.save_analysis(sub.id, text, a.sara_version, std.id, std.version, std.digest, a.mapping.scorer.name)
    second = store.save_analysis(sub.id, text, a.sara_version, std.id, std.version, std.digest, "hybrid")
    latest = store.latest_analysis(sub.id)
    assert latest is not None and latest.id == second > first
    assert store.latest_analysis_ids() == {sub.id: (second, latest.created_at)}
    assert store.analysis(first) is not None and store.analysis(first).backend == a.mapping.scorer.name  # type: ignore[union-attr]
    assert latest.result() == data and latest.result()["schema"] == "sara.analysis/1"
    assert latest.sara_version == __version__ and latest.standard_id == "shenzhen-economic-2019"
    assert (latest.standard_version, latest.standard_digest) == (std.version, std.digest)
    with pytest.raises(InvalidRecord, match="standard"):
        store.save_analysis(sub.id, text, __version__, "beijing-2020", "2020", None, "lexical")
    with pytest.raises(InvalidRecord, match="JSON"):
        store.save_analysis(sub.id, "{not json", __version__, std.id, std.version, None, "lexical")
    with pytest.raises(UnknownSubmission):
        store.save_analysis(999, text, __version__, std.id, std.version, None, "lexical")


def test_a_submission_and_its_analysis_are_stored_together_or_not_at_all(store: Store, db: Path) -> None:
    text = json.dumps({"schema": "sara.analysis/1"})
    std = ("beijing-2020", "2020", None)
    sub, analysis_id = store.add_analysed_submission(SHA, "报告.md", text, __version__, *std, "x")
    latest = store.latest_analysis(sub.id)
    assert latest is not None and latest.id == analysis_id and latest.backend == "x"
    assert (sub.sha256, sub.name, sub.standard_id) == (SHA, "报告.md", "beijing-2020")
    with pytest.raises(InvalidRecord, match="JSON"):
        store.add_analysed_submission(OTHER_SHA, "坏.md", "{not json", __version__, *std, "x")
    assert scalar(db, "SELECT count(*) FROM submissions") == 1
    assert scalar(db, "SELECT count(*) FROM analyses") == 1


# --------------------------------------------------------------------------- decisions


def test_decision_history_and_current(store: Store) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    store.add_reviewer("张三")
    a1 = store.record_decision(sub, "4.1", "张三", "B2", 10, 25, "初评", "B3", ["覆盖 2/4 要点", "无数据"])
    b1 = store.record_decision(sub, "4.1", "李四", "B3", 30, 45, "", "B3", ["覆盖 2/4 要点"])
    a2 = store.record_decision(sub, "4.1", "张三", "B4", 50, 65, "复核后上调", "B3", ["覆盖 2/4 要点"])
    c1 = store.record_decision(sub, "5.2", " 张三 ", "B1", 0, 5, "未涉及", None, [])
    assert store.current_decisions(sub) == [a2, b1, c1]
    assert store.history(sub) == [a1, b1, a2, c1]
    assert store.history(sub, "4.1") == [a1, b1, a2]
    assert a1.machine_reasons == ("覆盖 2/4 要点", "无数据") and c1.reviewer == "张三"
    assert (a2.agrees_with_machine, b1.agrees_with_machine, c1.agrees_with_machine) == (False, True, None)
    assert a2.as_band() == Band("4.1", 50, 65, "B4", ("复核后上调",), "reviewer")
    assert [r.name for r in store.reviewers()] == ["张三", "李四"]
    other = store.add_submission(OTHER_SHA, "b.pdf", "beijing-2020").id
    assert store.current_decisions(other) == []


def test_consensus(store: Store) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    store.record_decision(sub, "4.1", "张三", "B2", 10, 25, "", "B3", [])
    store.record_decision(sub, "4.1", "李四", "B5", 70, 85, "", "B3", [])
    first = store.record_consensus(sub, "4.1", "B3", 30, 45, "取中间档", "组长", machine_band_id="B3")
    final = store.record_consensus(sub, "4.1", "B4", 50, 65, "补充材料后上调", "组长")
    other = store.record_consensus(sub, "6.1", "B2", 10, 25, "数据不足三年", "李四")
    assert store.consensus(sub) == [final, other]
    assert final.kind == "consensus" and final.as_band() == Band("4.1", 50, 65, "B4", ("补充材料后上调",), "consensus")
    assert first.agrees_with_machine is True
    assert {d.kind for d in store.current_decisions(sub)} == {"reviewer"}
    assert [d.kind for d in store.history(sub, "4.1")] == ["reviewer", "reviewer", "consensus", "consensus"]
    with pytest.raises(InvalidRecord) as info:
        store.record_consensus(sub, "4.1", "B4", 50, 65, "  ", "组长")
    assert info.value.bilingual() == "共识理由不能为空 / the rationale must not be empty"
    actions = [(a.action, a.actor, a.clause) for a in store.audit(sub)]
    assert actions.count(("consensus.record", "组长", "4.1")) == 2


def test_invalid_decisions_write_nothing(store: Store, db: Path) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    before = len(store.audit())
    with pytest.raises(InvalidRecord) as info:
        store.record_decision(sub, "4.1", "张三", "B3", 60, 40, "", None, [])
    assert info.value.bilingual() == "分数段下限 60% 高于上限 40% / the band's low 60% is above its high 40%"
    for bad in ({"low": 101}, {"low": True}, {"band_id": " "}, {"clause": ""}, {"reviewer": ""}):
        args = {"clause": "4.1", "reviewer": "张三", "band_id": "B3", "low": 10, "high": 20} | bad
        with pytest.raises(InvalidRecord):
            store.record_decision(sub, comment="", machine_band_id=None, machine_reasons=[], **args)  # type: ignore[arg-type]
    with pytest.raises(UnknownSubmission):
        store.record_decision(999, "4.1", "张三", "B3", 10, 20, "", None, [])
    assert store.history(sub) == [] and store.reviewers() == [] and len(store.audit()) == before


def test_append_only_tables_refuse_updates_and_deletes(store: Store, db: Path) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    store.record_decision(sub, "4.1", "张三", "B3", 30, 45, "", None, [])
    with raw(db) as conn:
        for sql in ("UPDATE decisions SET low = 0", "DELETE FROM decisions", "UPDATE audit_log SET actor = 'x'"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log")
    assert len(store.history(sub)) == 1


# --------------------------------------------------------------------------- panel and independent mode (v4)


def test_panel_submitted_reviews_and_the_independent_setting(store: Store) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    other = store.add_submission(OTHER_SHA, "别的.docx", "beijing-2020").id
    assert store.panel(sub) == [] and store.submitted(sub) == [] and store.independent(sub) is True
    store.add_to_panel(sub, " 乙 ")
    store.add_to_panel(sub, "甲")
    store.add_to_panel(sub, "乙")  # idempotent
    store.add_to_panel(other, "丙")
    assert [r.name for r in store.panel(sub)] == ["乙", "甲"]
    assert [r.name for r in store.panel(other)] == ["丙"]

    first = store.mark_submitted(sub, "甲")
    store.mark_submitted(sub, "甲")  # again: appended, the first time is reported
    store.mark_submitted(sub, "丁")  # submitting puts a reviewer on the panel
    assert (store.submitted(sub)[0].reviewer, store.submitted(sub)[0].created_at) == ("甲", first.created_at)
    assert [s.reviewer for s in store.submitted(sub)] == ["甲", "丁"]
    assert [r.name for r in store.panel(sub)] == ["乙", "甲", "丁"]
    assert store.submitted(other) == []

    store.set_independent(sub, False, "甲")
    assert store.independent(sub) is False and store.independent(other) is True
    store.set_independent(sub, True, "乙")
    assert store.independent(sub) is True
    actions = [a.action for a in store.audit(sub)]
    assert actions.count("panel.add") == 3 and actions.count("review.submit") == 3
    assert actions[-2:] == ["settings.independent", "settings.independent"]

    with pytest.raises(UnknownSubmission):
        store.add_to_panel(999, "甲")
    with pytest.raises(UnknownSubmission):
        store.set_independent(999, False, "甲")
    with pytest.raises(InvalidRecord):
        store.mark_submitted(sub, "  ")
    assert store.latest_analysis(sub) is None and store.analysis(12345) is None
    assert store.latest_analysis_ids() == {}


def test_v4_tables_are_append_only(store: Store, db: Path) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    store.mark_submitted(sub, "甲")
    store.set_independent(sub, False, "甲")
    with raw(db) as conn:
        for table in ("panel", "submitted_reviews", "review_settings"):
            for sql in (f"UPDATE {table} SET created_at = 'x'", f"DELETE FROM {table}"):
                with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                    conn.execute(sql)
    assert store.independent(sub) is False and [r.name for r in store.panel(sub)] == ["甲"]


# --------------------------------------------------------------------------- atomicity


FAIL_AUDIT = """CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log
    WHEN NEW.action = 'decision.record' AND NEW.clause = 'bad'
    BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"""


def test_a_decision_and_its_audit_row_commit_together(store: Store, db: Path) -> None:
    """The audit insert fails after the decision (and a new reviewer) were inserted: nothing remains."""
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    with raw(db) as conn:
        conn.execute(FAIL_AUDIT)
    audit_before = len(store.audit())
    with pytest.raises(StoreWriteFailed) as info:
        store.record_decision(sub, "bad", "新评审", "B3", 30, 45, "should vanish", "B2", ["r"])
    assert info.value.message_en == f"saving to the database {db} failed and nothing was written: disk on fire"
    assert scalar(db, "SELECT count(*) FROM decisions") == 0
    assert scalar(db, "SELECT count(*) FROM reviewers") == 0
    assert scalar(db, "SELECT count(*) FROM audit_log") == audit_before
    # The store is still usable and the same write succeeds once the cause is gone.
    ok = store.record_decision(sub, "good", "新评审", "B3", 30, 45, "", None, [])
    assert store.history(sub) == [ok]
    assert [a.action for a in store.audit()][-2:] == ["reviewer.add", "decision.record"]


def test_transaction_groups_writes_and_inner_failures_leave_nothing(store: Store, db: Path) -> None:
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id
    with raw(db) as conn:
        conn.execute(FAIL_AUDIT)
    with pytest.raises(RuntimeError), store.transaction():
        store.record_decision(sub, "4.1", "张三", "B3", 30, 45, "", None, [])
        store.record_decision(sub, "4.2", "张三", "B3", 30, 45, "", None, [])
        raise RuntimeError("the reviewer closed the tab")
    assert store.history(sub) == []
    with store.transaction():
        first = store.record_decision(sub, "4.1", "张三", "B3", 30, 45, "", None, [])
        with pytest.raises(StoreWriteFailed):
            store.record_decision(sub, "bad", "张三", "B3", 30, 45, "", None, [])
        last = store.record_decision(sub, "4.2", "张三", "B3", 30, 45, "", None, [])
    assert store.history(sub) == [first, last]
    assert [a.clause for a in store.audit(sub) if a.action == "decision.record"] == ["4.1", "4.2"]


def test_a_closed_store_says_so(db: Path) -> None:
    s = Store.open(db)
    s.close()
    s.close()
    with pytest.raises(StoreClosed):
        s.submissions()


# --------------------------------------------------------------------------- concurrency


def _record_many(
    path: str, submission_id: int, reviewer: str, count: int, pause: float, barrier: Barrier, results: Queue[Timing]
) -> None:
    """Child process: open the store, wait for the others, then record ``count`` decisions one by one."""
    with Store.open(path, busy_timeout=60) as s:
        barrier.wait(60)
        start, slowest = time.perf_counter(), 0.0
        for i in range(count):
            t = time.perf_counter()
            low = i % 6 * 15
            s.record_decision(
                submission_id,
                f"{i % 10 + 1}.1",
                reviewer,
                f"B{i % 6 + 1}",
                low,
                low + 10,
                f"{reviewer}#{i}",
                "B3",
                ["r"],
            )
            slowest = max(slowest, time.perf_counter() - t)
            time.sleep(pause)
        results.put((reviewer, time.perf_counter() - start, slowest))


Timing = tuple[str, float, float]


@pytest.mark.parametrize("pause", [0.0, 0.003], ids=["burst", "paced"])
def test_concurrent_processes_lose_no_decision(db: Path, pause: float) -> None:
    """6 processes record 40 decisions each at the same moment (burst: back to back; paced: 3 ms apart,
    so writers interleave). Every row and its audit row must be there and the file must be sound."""
    processes, per_process = 6, 40
    with Store.open(db) as s:
        sub = s.add_submission(SHA, "报告.docx", "beijing-2020").id
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(processes), ctx.Queue()
    names = [f"评审{n}" for n in range(processes)]
    workers = [
        ctx.Process(target=_record_many, args=(str(db), sub, name, per_process, pause, barrier, results))
        for name in names
    ]
    for w in workers:
        w.start()
    try:
        timings: list[Timing] = [results.get(timeout=120) for _ in workers]
    finally:
        for w in workers:
            w.join(60)
        results.close()
    assert [w.exitcode for w in workers] == [0] * processes

    with Store.open(db) as s:
        history = s.history(sub)
        current = s.current_decisions(sub)
        audit = [a for a in s.audit(sub) if a.action == "decision.record"]
    with raw(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    total = processes * per_process
    assert len(history) == total and len(audit) == total
    assert Counter(d.reviewer for d in history) == dict.fromkeys(names, per_process)
    assert {d.comment for d in history} == {f"{n}#{i}" for n in names for i in range(per_process)}
    assert sorted(json.loads(a.payload)["decision"] for a in audit) == sorted(d.id for d in history)
    # Each reviewer decided every item 4 times; the current decision is the last of them (i = 30..39).
    assert len(current) == processes * 10
    assert {d.comment for d in current} == {f"{n}#{i}" for n in names for i in range(per_process - 10, per_process)}
    assert integrity == "ok"
    switches = sum(a.reviewer != b.reviewer for a, b in itertools.pairwise(history))
    print(
        f"\nconcurrency ({'paced' if pause else 'burst'}): {processes} processes x {per_process} decisions = "
        f"{len(history)}/{total} rows kept, {switches} switches between writers, "
        f"write phase {max(t[1] for t in timings):.2f} s, slowest single save {max(t[2] for t in timings):.3f} s, "
        f"integrity_check {integrity}"
    )


def _open_fresh(path: str, barrier: Barrier) -> None:
    barrier.wait(60)
    with Store.open(path, busy_timeout=60) as s:
        s.add_submission(SHA, "报告.docx", "beijing-2020")


def test_processes_creating_the_same_new_database_at_once(db: Path) -> None:
    """The app and a CLI run may both be the first to open a new file: it is migrated exactly once."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    workers = [ctx.Process(target=_open_fresh, args=(str(db), barrier)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0] * 4
    with Store.open(db) as s:
        assert s.schema_version == SCHEMA_VERSION and len(s.submissions()) == 1
        assert [a.action for a in s.audit()] == ["schema.migrate"] * SCHEMA_VERSION + ["submission.add"]


def test_threads_sharing_one_store(store: Store) -> None:
    """Streamlit sessions share one Store through st.cache_resource: threads must not lose writes either."""
    sub = store.add_submission(SHA, "报告.docx", "beijing-2020").id

    def work(n: int) -> None:
        for i in range(25):
            store.record_decision(sub, f"{i}.1", f"线程{n}", "B3", 30, 45, "", None, [])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.history(sub)) == 100 and len(store.current_decisions(sub)) == 100


# --------------------------------------------------------------------------- crash safety


def _write_until_killed(path: str, submission_id: int, committed: int, in_flight: Event) -> None:
    """Child process: commit ``committed`` decisions, then hold one long write transaction open and keep
    writing into it (large enough to spill uncommitted pages into the WAL) until the parent kills us."""
    s = Store.open(path)
    for i in range(committed):
        s.record_decision(submission_id, f"{i}.1", "崩溃前", "B3", 30, 45, f"kept {i}", None, [])
    with s.transaction():
        for i in range(20_000):
            s.record_decision(submission_id, "9.9", "写到一半", "B6", 90, 100, "x" * 2000, None, [])
            if i == 3000:
                in_flight.set()
        time.sleep(120)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_process_killed_mid_transaction_leaves_a_sound_database(db: Path) -> None:
    committed = 25
    with Store.open(db) as s:
        sub = s.add_submission(SHA, "报告.docx", "beijing-2020").id
    ctx = multiprocessing.get_context("spawn")
    in_flight = ctx.Event()
    child = ctx.Process(target=_write_until_killed, args=(str(db), sub, committed, in_flight))
    child.start()
    try:
        reached = in_flight.wait(120)
        wal_bytes = os.path.getsize(f"{db}-wal")
    finally:
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
    assert reached, "the child never reached the middle of its transaction"
    assert child.exitcode == -signal.SIGKILL
    assert wal_bytes > 4 * 1024 * 1024  # uncommitted pages really reached the disk before the kill

    with Store.open(db) as s:
        history = s.history(sub)
        assert [d.comment for d in history] == [f"kept {i}" for i in range(committed)]
        assert "写到一半" not in {r.name for r in s.reviewers()}
        assert sum(a.action == "decision.record" for a in s.audit(sub)) == committed
        s.record_decision(sub, "after", "崩溃后", "B3", 30, 45, "still writable", None, [])
    with raw(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == committed + 1
    print(f"\ncrash: killed mid-transaction with {wal_bytes / 1_048_576:.1f} MB in the WAL; {committed} decisions kept")
