"""The reviewers' SQLite store: submissions, analyses, decisions and an append-only audit log.

One file holds everything a review panel produces::

    with Store.open() as store:                      # SARA_DB, else ~/.local/share/sara/sara.db
        sub = store.add_submission(doc.sha256, "report.docx", "shenzhen-economic-2019")
        store.save_analysis(sub.id, json_text, __version__, std.id, std.version, std.digest, "hybrid")
        store.record_decision(sub.id, "4.1", "张三", "30-45", 30, 45, "部署不够广", "50-65", ("覆盖 3/5 要点",))
        store.current_decisions(sub.id)              # the latest decision per reviewer and item
        store.mark_submitted(sub.id, "张三")          # independent review: 张三 now sees the others

Review panels (schema v4): ``panel`` names a submission's reviewers, ``submitted_reviews`` records
who has submitted their independent review, ``review_settings`` holds the independent-mode switch
per submission (latest row wins; on when there is none). All three are append-only.

Guarantees:

- **Nothing is lost under concurrency.** WAL mode, ``busy_timeout``, and every write runs inside
  ``BEGIN IMMEDIATE`` (writers queue for the lock instead of failing on a stale snapshot), so
  several processes or Streamlit sessions can record decisions at once.
- **A crash never corrupts the file.** A write commits entirely or not at all
  (``synchronous=FULL``: a committed decision survives a crash of the process or the machine).
- **History is append-only.** A new decision never overwrites an old one: the *current* decision
  of a reviewer for an item is the latest row. Triggers refuse ``UPDATE`` and ``DELETE`` on
  ``decisions`` and ``audit_log``. Every change writes its audit row in the same transaction.
- **Schema-versioned.** ``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS` are
  applied in order, one transaction each, when an older file is opened. A file written by a newer
  SARA is refused with :class:`StoreTooNew` and left untouched.

The :class:`Store` is safe to share between threads (one connection, one lock), e.g. through
Streamlit's ``st.cache_resource``; each process opens its own.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NoReturn, Self

from .. import __version__
from ..errors import SaraError
from ..model import Band

APPLICATION_ID = 0x53415241  # "SARA" in the SQLite header, so another program's database is never migrated
DEFAULT_BUSY_TIMEOUT = 15.0  # seconds a writer waits for the lock before StoreBusy
ENV_VAR = "SARA_DB"

DecisionKind = Literal["reviewer", "consensus"]

# --------------------------------------------------------------------------- errors


class StoreError(SaraError):
    """The review database could not be opened, read or written."""


class StoreTooNew(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            f"数据库 {path} 的结构版本为 {found}，本程序（SARA {__version__}）最高支持版本 {supported}；"
            "请升级 SARA 后再打开，数据库未作任何改动",
            f"the database {path} has schema version {found}, but this SARA ({__version__}) supports up to "
            f"version {supported}; please upgrade SARA to open it (the database was not changed)",
        )


class NotASaraDatabase(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"{path} 不是 SARA 评审数据库（{detail}）；请另选文件或设置 {ENV_VAR}",
            f"{path} is not a SARA review database ({detail}); choose another file or set {ENV_VAR}",
        )


class StoreBusy(StoreError):
    def __init__(self, path: str, seconds: float) -> None:
        super().__init__(
            f"数据库 {path} 被其他会话占用超过 {seconds:g} 秒，未保存；请稍后重试",
            f"the database {path} was locked by another session for more than {seconds:g} s; "
            "nothing was saved, please try again",
        )


class StoreWriteFailed(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"保存到数据库 {path} 失败，未写入任何更改：{detail}",
            f"saving to the database {path} failed and nothing was written: {detail}",
        )


class StoreClosed(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"数据库 {path} 已关闭", f"the database {path} is closed")


class UnknownSubmission(StoreError):
    def __init__(self, submission_id: int) -> None:
        self.submission_id = submission_id
        super().__init__(f"没有编号为 {submission_id} 的送审报告", f"no submission with id {submission_id}")


class InvalidRecord(StoreError):
    """A value the caller passed cannot be stored (checked before anything is written)."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Submission:
    """One report file under one standard (the same file under two standards is two submissions)."""

    id: int
    sha256: str
    name: str
    standard_id: str
    created_at: str


@dataclass(frozen=True, slots=True)
class StoredScreening:
    """A saved screening run: its rows as JSON (:mod:`analyzer.batch.runner` reads them back)."""

    id: int
    created_at: str
    actor: str
    label: str
    standard: str
    files: int
    payload: str


@dataclass(frozen=True, slots=True)
class StoredAnalysis:
    """A saved ``sara.analysis/1`` result with the versions that produced it."""

    id: int
    submission_id: int
    result_json: str
    sara_version: str
    standard_id: str
    standard_version: str
    standard_digest: str | None
    backend: str
    created_at: str

    def result(self) -> dict[str, Any]:
        """The parsed ``sara.analysis/1`` document."""
        parsed: dict[str, Any] = json.loads(self.result_json)
        return parsed


@dataclass(frozen=True, slots=True)
class Reviewer:
    id: int
    name: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Decision:
    """One row of decision history: a reviewer's band for an item, or the panel's consensus.

    ``machine_band_id`` and ``machine_reasons`` are the machine suggestion as it was shown when the
    decision was made (``None`` / ``()`` if none was shown), so a later re-analysis cannot rewrite
    what the reviewer saw.
    """

    id: int
    submission_id: int
    clause: str
    reviewer: str
    band_id: str
    low: int
    high: int
    comment: str
    created_at: str
    machine_band_id: str | None
    machine_reasons: tuple[str, ...]
    kind: DecisionKind
    rationale: str | None

    @property
    def agrees_with_machine(self) -> bool | None:
        """Whether the human band equals the machine suggestion shown (``None``: none was shown)."""
        return None if self.machine_band_id is None else self.machine_band_id == self.band_id

    def as_band(self) -> Band:
        """The decision as a :class:`~analyzer.model.Band` whose ``source`` is the human provenance."""
        reason = self.rationale if self.kind == "consensus" else self.comment
        return Band(self.clause, self.low, self.high, self.band_id, (reason,) if reason else (), self.kind)


@dataclass(frozen=True, slots=True)
class SubmittedReview:
    """A reviewer has submitted their review of a submission (in independent mode they now see the others)."""

    submission_id: int
    reviewer: str
    created_at: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit row. ``payload`` is the JSON text recorded with the change (shown, never interpreted)."""

    id: int
    created_at: str
    actor: str
    action: str
    submission_id: int | None
    clause: str | None
    payload: str


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``statements`` run in one transaction that also sets ``user_version``."""

    version: int
    name: str
    statements: tuple[str, ...]


# Append only. Never edit a migration that has shipped: add the next one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "submissions, analyses, reviewers, decisions, audit log",
        (
            f"PRAGMA application_id = {APPLICATION_ID}",
            """CREATE TABLE submissions (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                name TEXT NOT NULL,
                standard_id TEXT NOT NULL CHECK (standard_id <> ''),
                created_at TEXT NOT NULL,
                UNIQUE (sha256, standard_id)
            )""",
            """CREATE TABLE analyses (
                id INTEGER PRIMARY KEY,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                result TEXT NOT NULL CHECK (json_valid(result)),
                sara_version TEXT NOT NULL,
                standard_id TEXT NOT NULL,
                standard_version TEXT NOT NULL,
                standard_digest TEXT,
                backend TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX analyses_by_submission ON analyses (submission_id, id)",
            """CREATE TABLE reviewers (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE decisions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                clause TEXT NOT NULL CHECK (clause <> ''),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                band_id TEXT NOT NULL CHECK (band_id <> ''),
                low INTEGER NOT NULL CHECK (typeof(low) = 'integer' AND low BETWEEN 0 AND 100),
                high INTEGER NOT NULL CHECK (typeof(high) = 'integer' AND high BETWEEN 0 AND 100),
                comment TEXT NOT NULL DEFAULT '',
                machine_band_id TEXT,
                machine_reasons TEXT NOT NULL DEFAULT '[]'
                    CHECK (json_valid(machine_reasons) AND json_type(machine_reasons) = 'array'),
                created_at TEXT NOT NULL,
                CHECK (low <= high)
            )""",
            "CREATE INDEX decisions_by_item ON decisions (submission_id, clause, reviewer_id, id)",
            """CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL CHECK (actor <> ''),
                action TEXT NOT NULL CHECK (action <> ''),
                submission_id INTEGER REFERENCES submissions (id),
                clause TEXT,
                payload TEXT NOT NULL CHECK (json_valid(payload))
            )""",
            "CREATE INDEX audit_by_submission ON audit_log (submission_id, id)",
        ),
    ),
    Migration(
        2,
        "consensus decisions: kind and rationale",
        (
            """ALTER TABLE decisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'reviewer'
                CHECK (kind IN ('reviewer', 'consensus'))""",
            """ALTER TABLE decisions ADD COLUMN rationale TEXT
                CHECK (kind <> 'consensus' OR trim(coalesce(rationale, '')) <> '')""",
            "DROP INDEX decisions_by_item",
            "CREATE INDEX decisions_by_item ON decisions (submission_id, kind, clause, reviewer_id, id)",
        ),
    ),
    Migration(
        3,
        "decisions and audit log are append-only",
        tuple(
            f"""CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
            for table in ("decisions", "audit_log")
            for verb in ("update", "delete")
        ),
    ),
    Migration(
        4,
        "review panels, submitted reviews and the independent-review setting",
        (
            """CREATE TABLE panel (
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                created_at TEXT NOT NULL,
                PRIMARY KEY (submission_id, reviewer_id)
            )""",
            """CREATE TABLE submitted_reviews (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX submitted_by_submission ON submitted_reviews (submission_id, reviewer_id, id)",
            """CREATE TABLE review_settings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                independent INTEGER NOT NULL CHECK (independent IN (0, 1)),
                changed_by TEXT NOT NULL CHECK (changed_by <> ''),
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX settings_by_submission ON review_settings (submission_id, id)",
            # Reviewers who scored a submission before panels existed are its panel.
            """INSERT INTO panel (submission_id, reviewer_id, created_at)
                SELECT submission_id, reviewer_id, min(created_at) FROM decisions WHERE kind = 'reviewer'
                GROUP BY submission_id, reviewer_id""",
            *(
                f"""CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
                for table in ("panel", "submitted_reviews", "review_settings")
                for verb in ("update", "delete")
            ),
        ),
    ),
    Migration(
        5,
        "screening runs (what sara screen and the secretariat page showed), append-only",
        (
            """CREATE TABLE screenings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL CHECK (actor <> ''),
                label TEXT NOT NULL,
                standard TEXT NOT NULL,
                files INTEGER NOT NULL CHECK (files >= 0),
                payload TEXT NOT NULL CHECK (json_valid(payload))
            )""",
            *(
                f"""CREATE TRIGGER screenings_no_{verb} BEFORE {verb.upper()} ON screenings
                BEGIN SELECT RAISE(ABORT, 'screenings is append-only'); END"""
                for verb in ("update", "delete")
            ),
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

# --------------------------------------------------------------------------- location


def default_path() -> Path:
    """``$SARA_DB``, else the per-user data folder: ``$XDG_DATA_HOME/sara/sara.db``
    (``~/.local/share/sara/sara.db``; ``%LOCALAPPDATA%\\sara\\sara.db`` on Windows)."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "").strip()
        base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "sara" / "sara.db"


# --------------------------------------------------------------------------- the store

_SUBMISSION_COLUMNS = "id, sha256, name, standard_id, created_at"
_DECISION_COLUMNS = """d.id, d.submission_id, d.clause, r.name, d.band_id, d.low, d.high, d.comment, d.created_at,
    d.machine_band_id, d.machine_reasons, d.kind, d.rationale"""
_DECISIONS_FROM = "decisions d JOIN reviewers r ON r.id = d.reviewer_id"
_ANALYSIS_COLUMNS = """id, submission_id, result, sara_version, standard_id, standard_version, standard_digest,
    backend, created_at"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """The review database. Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.busy_timeout = busy_timeout
        self._lock = threading.RLock()
        self._depth = 0

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
        """Open (creating folders and file if needed) and migrate the database at ``path``
        (default :func:`default_path`)."""
        where = Path(path).expanduser() if path is not None else default_path()
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"无法创建数据库所在文件夹 {where.parent}：{exc.strerror}",
                f"cannot create the database folder {where.parent}: {exc.strerror}",
            ) from exc
        try:
            conn = sqlite3.connect(where, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"无法打开数据库 {where}：{exc}", f"cannot open the database {where}: {exc}") from exc
        store = cls(conn, where, busy_timeout)
        try:
            store._configure()
            store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    def _configure(self) -> None:
        conn = self._connection()
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotASaraDatabase(str(self.path), str(exc)) from exc
        if app_id not in (0, APPLICATION_ID):
            raise NotASaraDatabase(str(self.path), f"application_id {app_id:#x}")
        self._refuse_foreign()
        if version > SCHEMA_VERSION:
            raise StoreTooNew(str(self.path), version, SCHEMA_VERSION)
        mode = self._enable_wal()
        if str(mode).lower() != "wal":
            raise StoreError(
                f"数据库 {self.path} 无法使用 WAL 模式（当前为 {mode}）；请把它放在本地磁盘上",
                f"the database {self.path} cannot use WAL mode (it is in {mode} mode); keep it on a local disk",
            )
        conn.execute("PRAGMA synchronous = FULL")

    def _enable_wal(self) -> str:
        """Switch to WAL (a no-op once the file is in WAL mode).

        The switch needs an exclusive lock, and SQLite answers SQLITE_BUSY at once, without its busy
        handler, when another process opening the same new file holds a lock: retry until the timeout.
        """
        conn = self._connection()
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.005
        while True:
            try:
                mode: str = conn.execute("PRAGMA journal_mode").fetchone()[0]
                if mode.lower() == "wal":
                    return mode
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                return mode
            except sqlite3.OperationalError as exc:
                refusal = self._refusal(exc)
                if not isinstance(refusal, StoreBusy) or time.monotonic() >= deadline:
                    raise refusal from exc
            time.sleep(pause)
            pause = min(pause * 2, 0.1)

    def _migrate(self) -> None:
        conn = self._connection()
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        while True:
            with self.transaction():
                # Read again under the write lock: another process may have migrated meanwhile.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise StoreTooNew(str(self.path), version, SCHEMA_VERSION)
                if version == SCHEMA_VERSION:
                    return
                if version == 0:
                    self._refuse_foreign()
                step = MIGRATIONS[version]
                for statement in step.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step.version}")
                self._audit(
                    "sara",
                    "schema.migrate",
                    None,
                    None,
                    {"from": version, "to": step.version, "name": step.name, "sara_version": __version__},
                )

    def _refuse_foreign(self) -> None:
        # One statement, so one snapshot: read apart, another process's first migration could commit
        # between the two reads and make a new SARA file look foreign (application_id 0, tables present).
        row = self._connection().execute(
            "SELECT (SELECT application_id FROM pragma_application_id()),"
            " (SELECT group_concat(name, char(31)) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"
        ).fetchone()
        app_id, names = row[0], row[1]
        tables = names.split("\x1f") if names else []
        if app_id != APPLICATION_ID and tables:
            raise NotASaraDatabase(str(self.path), f"tables: {', '.join(sorted(tables)[:5])}")

    @property
    def schema_version(self) -> int:
        with self._lock:
            version: int = self._connection().execute("PRAGMA user_version").fetchone()[0]
            return version

    # ----------------------------------------------------------------- lifecycle

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreClosed(str(self.path))
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all.

        The outermost level takes the write lock at once (``BEGIN IMMEDIATE``); nested levels are
        savepoints, so a failed inner write leaves nothing behind even if the caller goes on.
        """
        with self._lock:
            conn = self._connection()
            if self._depth:
                name = f"sara_{self._depth}"
                conn.execute(f"SAVEPOINT {name}")
                self._depth += 1
                try:
                    yield
                except BaseException as exc:
                    if conn.in_transaction:
                        conn.execute(f"ROLLBACK TO {name}")
                        conn.execute(f"RELEASE {name}")
                    self._reraise(exc)
                else:
                    conn.execute(f"RELEASE {name}")
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise self._refusal(exc) from exc
            self._depth = 1
            try:
                yield
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                self._reraise(exc)
            finally:
                self._depth = 0

    def _refusal(self, exc: sqlite3.OperationalError) -> StoreError:
        """Why SQLite would not start a write: another writer held the lock too long, or something else
        (read-only file, full disk)."""
        primary = getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF  # SQLITE_BUSY_SNAPSHOT → SQLITE_BUSY
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreBusy(str(self.path), self.busy_timeout)
        return StoreWriteFailed(str(self.path), str(exc))

    def _reraise(self, exc: BaseException) -> NoReturn:
        """SQLite's refusals become :class:`StoreWriteFailed`; everything else passes unchanged."""
        if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.ProgrammingError):
            raise StoreWriteFailed(str(self.path), str(exc)) from exc
        raise exc

    # ----------------------------------------------------------------- submissions and analyses

    def add_submission(self, sha256: str, name: str, standard: str, *, actor: str = "sara") -> Submission:
        """The submission for (file hash, standard), created on first use (idempotent; the first name is kept)."""
        sha = sha256.strip().lower()
        if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha):
            raise InvalidRecord(f"文件哈希不是 SHA-256：{sha256!r}", f"the file hash is not a SHA-256: {sha256!r}")
        _require(standard, "评定标准编号", "standard id")
        with self.transaction():
            conn = self._connection()
            cur = conn.execute(
                "INSERT INTO submissions (sha256, name, standard_id, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (sha256, standard_id) DO NOTHING",
                (sha, name, standard, _now()),
            )
            row = conn.execute(
                f"SELECT {_SUBMISSION_COLUMNS} FROM submissions WHERE sha256 = ? AND standard_id = ?",
                (sha, standard),
            ).fetchone()
            submission = Submission(*row)
            if cur.rowcount:
                self._audit(
                    actor, "submission.add", submission.id, None, {"sha256": sha, "name": name, "standard": standard}
                )
        return submission

    def submission(self, submission_id: int) -> Submission | None:
        with self._lock:
            row = (
                self._connection()
                .execute(f"SELECT {_SUBMISSION_COLUMNS} FROM submissions WHERE id = ?", (submission_id,))
                .fetchone()
            )
        return None if row is None else Submission(*row)

    def submissions(self) -> list[Submission]:
        with self._lock:
            rows = self._connection().execute(f"SELECT {_SUBMISSION_COLUMNS} FROM submissions ORDER BY id")
            return [Submission(*r) for r in rows]

    def save_analysis(
        self,
        submission_id: int,
        analysis_json: str,
        sara_version: str,
        standard_id: str,
        standard_version: str,
        standard_digest: str | None,
        backend: str,
        *,
        actor: str = "sara",
    ) -> int:
        """Store a ``sara.analysis/1`` JSON text for a submission; returns the analysis id."""
        try:
            parsed = json.loads(analysis_json)
        except ValueError as exc:
            raise InvalidRecord(
                f"分析结果不是有效的 JSON：{exc}", f"the analysis result is not valid JSON: {exc}"
            ) from exc
        schema = parsed.get("schema") if isinstance(parsed, dict) else None
        if not isinstance(schema, str) or not schema.startswith("sara.analysis/"):
            raise InvalidRecord(
                f"分析结果不是 sara.analysis 文档（schema = {schema!r}）",
                f"the analysis result is not a sara.analysis document (schema = {schema!r})",
            )
        with self.transaction():
            submission = self._submission_or_raise(submission_id)
            if submission.standard_id != standard_id:
                raise InvalidRecord(
                    f"分析所用标准 {standard_id} 与送审报告的标准 {submission.standard_id} 不一致",
                    f"the analysis used standard {standard_id}, but the submission is for {submission.standard_id}",
                )
            cur = self._connection().execute(
                f"INSERT INTO analyses ({_ANALYSIS_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    analysis_json,
                    sara_version,
                    standard_id,
                    standard_version,
                    standard_digest,
                    backend,
                    _now(),
                ),
            )
            analysis_id = _rowid(cur)
            self._audit(
                actor,
                "analysis.save",
                submission_id,
                None,
                {
                    "analysis": analysis_id,
                    "schema": schema,
                    "sara_version": sara_version,
                    "standard": {"id": standard_id, "version": standard_version, "digest": standard_digest},
                    "backend": backend,
                    "bytes": len(analysis_json.encode("utf-8")),
                },
            )
        return analysis_id

    def add_analysed_submission(
        self,
        sha256: str,
        name: str,
        analysis_json: str,
        sara_version: str,
        standard_id: str,
        standard_version: str,
        standard_digest: str | None,
        backend: str,
        *,
        actor: str = "sara",
    ) -> tuple[Submission, int]:
        """:meth:`add_submission` and :meth:`save_analysis` in one transaction: the submission and its
        analysis are stored together or not at all. Returns the submission and the analysis id."""
        with self.transaction():
            sub = self.add_submission(sha256, name, standard_id, actor=actor)
            analysis_id = self.save_analysis(
                sub.id,
                analysis_json,
                sara_version,
                standard_id,
                standard_version,
                standard_digest,
                backend,
                actor=actor,
            )
        return sub, analysis_id

    def latest_analysis(self, submission_id: int) -> StoredAnalysis | None:
        with self._lock:
            row = (
                self._connection()
                .execute(
                    f"SELECT {_ANALYSIS_COLUMNS} FROM analyses WHERE submission_id = ? ORDER BY id DESC LIMIT 1",
                    (submission_id,),
                )
                .fetchone()
            )
        return None if row is None else StoredAnalysis(*row)

    # ----------------------------------------------------------------- reviewers and decisions

    def add_reviewer(self, name: str, *, actor: str | None = None) -> Reviewer:
        """The reviewer called ``name`` (surrounding spaces ignored), created on first use."""
        clean = _require(name, "评审员姓名", "reviewer name")
        with self.transaction():
            return self._reviewer(clean, actor or clean)

    def reviewers(self) -> list[Reviewer]:
        with self._lock:
            rows = self._connection().execute("SELECT id, name, created_at FROM reviewers ORDER BY id")
            return [Reviewer(*r) for r in rows]

    def record_decision(
        self,
        submission_id: int,
        clause: str,
        reviewer: str,
        band_id: str,
        low: int,
        high: int,
        comment: str,
        machine_band_id: str | None,
        machine_reasons: Sequence[str],
    ) -> Decision:
        """Append a reviewer's band for an item, with the machine suggestion shown at that moment.

        The reviewer is registered on first use. Earlier decisions stay in :meth:`history`.
        """
        draft = _draft(submission_id, clause, reviewer, band_id, low, high, machine_band_id, machine_reasons)
        return self._append(replace(draft, comment=comment, kind="reviewer"))

    def record_consensus(
        self,
        submission_id: int,
        clause: str,
        band_id: str,
        low: int,
        high: int,
        rationale: str,
        decided_by: str,
        *,
        machine_band_id: str | None = None,
        machine_reasons: Sequence[str] = (),
    ) -> Decision:
        """Append the panel's consensus band for an item; ``rationale`` is required."""
        draft = _draft(submission_id, clause, decided_by, band_id, low, high, machine_band_id, machine_reasons)
        return self._append(replace(draft, kind="consensus", rationale=_require(rationale, "共识理由", "rationale")))

    def current_decisions(self, submission_id: int) -> list[Decision]:
        """The latest reviewer decision per (item, reviewer), ordered by item then reviewer."""
        return self._decisions(
            "d.id IN (SELECT max(id) FROM decisions WHERE submission_id = ? AND kind = 'reviewer' "
            "GROUP BY clause, reviewer_id)",
            (submission_id,),
            "d.clause, r.name",
        )

    def consensus(self, submission_id: int) -> list[Decision]:
        """The latest consensus decision per item, ordered by item."""
        return self._decisions(
            "d.id IN (SELECT max(id) FROM decisions WHERE submission_id = ? AND kind = 'consensus' GROUP BY clause)",
            (submission_id,),
            "d.clause",
        )

    def history(self, submission_id: int, clause: str | None = None) -> list[Decision]:
        """Every decision (reviewer and consensus) in the order they were made."""
        if clause is None:
            return self._decisions("d.submission_id = ?", (submission_id,), "d.id")
        return self._decisions("d.submission_id = ? AND d.clause = ?", (submission_id, clause), "d.id")

    def audit(self, submission_id: int | None = None) -> list[AuditEntry]:
        """The audit log in order (all of it, or one submission's rows)."""
        sql = "SELECT id, created_at, actor, action, submission_id, clause, payload FROM audit_log"
        args: tuple[object, ...] = ()
        if submission_id is not None:
            sql, args = sql + " WHERE submission_id = ?", (submission_id,)
        with self._lock:
            return [AuditEntry(*r) for r in self._connection().execute(sql + " ORDER BY id", args)]

    # ----------------------------------------------------------------- review panel and independent mode

    def analysis(self, analysis_id: int) -> StoredAnalysis | None:
        """One saved analysis by its id."""
        with self._lock:
            row = (
                self._connection()
                .execute(f"SELECT {_ANALYSIS_COLUMNS} FROM analyses WHERE id = ?", (analysis_id,))
                .fetchone()
            )
        return None if row is None else StoredAnalysis(*row)

    def latest_analysis_ids(self) -> dict[int, tuple[int, str]]:
        """Submission id → (id, created_at) of its latest analysis, without reading the results."""
        with self._lock:
            rows = self._connection().execute(
                "SELECT submission_id, id, created_at FROM analyses "
                "WHERE id IN (SELECT max(id) FROM analyses GROUP BY submission_id)"
            )
            return {r[0]: (r[1], r[2]) for r in rows}

    def add_to_panel(self, submission_id: int, name: str, *, actor: str | None = None) -> Reviewer:
        """Put the reviewer ``name`` on the submission's panel (registered on first use; idempotent)."""
        clean = _require(name, "评审员姓名", "reviewer name")
        with self.transaction():
            self._submission_or_raise(submission_id)
            reviewer = self._reviewer(clean, actor or clean)
            cur = self._connection().execute(
                "INSERT INTO panel (submission_id, reviewer_id, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (submission_id, reviewer_id) DO NOTHING",
                (submission_id, reviewer.id, _now()),
            )
            if cur.rowcount:
                self._audit(actor or clean, "panel.add", submission_id, None, {"reviewer": reviewer.id, "name": clean})
        return reviewer

    def panel(self, submission_id: int) -> list[Reviewer]:
        """The submission's reviewers in the order they joined the panel."""
        with self._lock:
            rows = self._connection().execute(
                "SELECT r.id, r.name, r.created_at FROM panel p JOIN reviewers r ON r.id = p.reviewer_id "
                "WHERE p.submission_id = ? ORDER BY p.created_at, r.id",
                (submission_id,),
            )
            return [Reviewer(*r) for r in rows]

    def mark_submitted(self, submission_id: int, name: str) -> SubmittedReview:
        """Record that ``name`` has submitted their review of the submission (they join the panel).

        Append-only: submitting again adds a row; :meth:`submitted` reports the first.
        """
        clean = _require(name, "评审员姓名", "reviewer name")
        with self.transaction():
            reviewer = self.add_to_panel(submission_id, clean)
            at = _now()
            cur = self._connection().execute(
                "INSERT INTO submitted_reviews (submission_id, reviewer_id, created_at) VALUES (?, ?, ?)",
                (submission_id, reviewer.id, at),
            )
            self._audit(clean, "review.submit", submission_id, None, {"submitted": _rowid(cur), "reviewer": clean})
        return SubmittedReview(submission_id, clean, at)

    def submitted(self, submission_id: int) -> list[SubmittedReview]:
        """Who has submitted their review, with the time of their first submission, in that order."""
        with self._lock:
            rows = self._connection().execute(
                "SELECT s.submission_id, r.name, min(s.created_at) FROM submitted_reviews s "
                "JOIN reviewers r ON r.id = s.reviewer_id WHERE s.submission_id = ? "
                "GROUP BY s.reviewer_id ORDER BY min(s.id)",
                (submission_id,),
            )
            return [SubmittedReview(*r) for r in rows]

    def set_independent(self, submission_id: int, independent: bool, changed_by: str, reason: str = "") -> None:
        """Turn independent review on or off for a submission (append-only; the latest setting holds).
        Who may do it is the workspace's rule (:func:`analyzer.review.workspace.set_independent`)."""
        who = _require(changed_by, "修改人", "changed by")
        with self.transaction():
            self._submission_or_raise(submission_id)
            self._connection().execute(
                "INSERT INTO review_settings (submission_id, independent, changed_by, created_at) VALUES (?, ?, ?, ?)",
                (submission_id, int(bool(independent)), who, _now()),
            )
            detail = {"independent": bool(independent)} | ({"reason": reason} if reason else {})
            self._audit(who, "settings.independent", submission_id, None, detail)

    def independent(self, submission_id: int) -> bool:
        """Whether reviewers see only their own bands until they submit (default: on)."""
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT independent FROM review_settings WHERE submission_id = ? ORDER BY id DESC LIMIT 1",
                    (submission_id,),
                )
                .fetchone()
            )
        return True if row is None else bool(row[0])

    # ----------------------------------------------------------------- internals

    def _append(self, draft: Decision) -> Decision:
        with self.transaction():
            d = replace(draft, created_at=_now())  # stamped under the write lock: time order = id order
            self._submission_or_raise(d.submission_id)
            reviewer_id = self._reviewer(d.reviewer, d.reviewer).id
            cur = self._connection().execute(
                "INSERT INTO decisions (submission_id, clause, reviewer_id, band_id, low, high, comment, "
                "machine_band_id, machine_reasons, kind, rationale, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *(d.submission_id, d.clause, reviewer_id, d.band_id, d.low, d.high, d.comment),
                    *(d.machine_band_id, _dumps(list(d.machine_reasons)), d.kind, d.rationale, d.created_at),
                ),
            )
            decision = replace(d, id=_rowid(cur))
            payload: dict[str, object] = {
                "decision": decision.id,
                "band": d.band_id,
                "low": d.low,
                "high": d.high,
                "machine": {"band": d.machine_band_id, "reasons": list(d.machine_reasons)},
            }
            if d.kind == "consensus":
                payload["rationale"] = d.rationale
                action = "consensus.record"
            else:
                payload["comment"] = d.comment
                action = "decision.record"
            self._audit(d.reviewer, action, d.submission_id, d.clause, payload)
        return decision

    def _decisions(self, where: str, args: tuple[object, ...], order: str) -> list[Decision]:
        sql = f"SELECT {_DECISION_COLUMNS} FROM {_DECISIONS_FROM} WHERE {where} ORDER BY {order}"
        with self._lock:
            rows = self._connection().execute(sql, args).fetchall()
        return [
            Decision(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], tuple(json.loads(r[10])), r[11], r[12])
            for r in rows
        ]

    def _submission_or_raise(self, submission_id: int) -> Submission:
        found = self.submission(submission_id)
        if found is None:
            raise UnknownSubmission(submission_id)
        return found

    def _reviewer(self, name: str, actor: str) -> Reviewer:
        """Inside a transaction: the reviewer row, inserted (and audited) if new."""
        conn = self._connection()
        cur = conn.execute(
            "INSERT INTO reviewers (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", (name, _now())
        )
        reviewer = Reviewer(
            *conn.execute("SELECT id, name, created_at FROM reviewers WHERE name = ?", (name,)).fetchone()
        )
        if cur.rowcount:
            self._audit(actor, "reviewer.add", None, None, {"reviewer": reviewer.id, "name": name})
        return reviewer

    def _audit(self, actor: str, action: str, submission_id: int | None, clause: str | None, payload: object) -> None:
        """Inside a transaction: append an audit row, committed or rolled back with the change it records."""
        self._connection().execute(
            "INSERT INTO audit_log (created_at, actor, action, submission_id, clause, payload) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), actor, action, submission_id, clause, _dumps(payload)),
        )

    # ----------------------------------------------------------------- screening runs and cache

    def add_screening(self, label: str, standard: str, files: int, payload: str, actor: str = "sara") -> int:
        """Save a screening run (``payload``: its rows as JSON); returns its id."""
        who = _require(actor, "操作人", "actor")
        with self.transaction():
            cur = self._connection().execute(
                "INSERT INTO screenings (created_at, actor, label, standard, files, payload) VALUES (?, ?, ?, ?, ?, ?)",
                (_now(), who, label, standard, files, payload),
            )
            run_id = int(cur.lastrowid or 0)
            self._audit(who, "screening.save", None, None, {"screening": run_id, "label": label, "files": files})
        return run_id

    def screenings(self, limit: int = 20) -> list[StoredScreening]:
        """The latest screening runs, newest first."""
        with self._lock:
            rows = self._connection().execute(
                "SELECT id, created_at, actor, label, standard, files, payload FROM screenings "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            )
            return [StoredScreening(*r) for r in rows]

    def screening(self, run_id: int) -> StoredScreening:
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT id, created_at, actor, label, standard, files, payload FROM screenings WHERE id = ?",
                    (run_id,),
                )
                .fetchone()
            )
        if row is None:
            raise InvalidRecord(f"没有编号为 {run_id} 的筛查记录", f"no screening run {run_id}")
        return StoredScreening(*row)

    def analyses_of_file(self, sha256: str, sara_version: str) -> list[tuple[Submission, StoredAnalysis]]:
        """Every analysis of the file with this SHA-256 saved by ``sara_version``, newest first, with its
        submission (``sara screen``'s cache; the caller checks standard, digest and backend)."""
        columns = ", ".join(f"a.{c.strip()}" for c in _ANALYSIS_COLUMNS.split(","))
        with self._lock:
            rows = self._connection().execute(
                f"SELECT s.id, s.sha256, s.name, s.standard_id, s.created_at, {columns} FROM analyses a "
                "JOIN submissions s ON s.id = a.submission_id WHERE s.sha256 = ? AND a.sara_version = ? "
                "ORDER BY a.id DESC",
                (sha256.strip().lower(), sara_version),
            )
            return [(Submission(*r[:5]), StoredAnalysis(*r[5:])) for r in rows]


def _draft(
    submission_id: int,
    clause: str,
    reviewer: str,
    band_id: str,
    low: int,
    high: int,
    machine_band_id: str | None,
    machine_reasons: Sequence[str],
) -> Decision:
    """A validated decision without its id (raises :class:`InvalidRecord` before anything is written)."""
    for value in (low, high):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise InvalidRecord(
                f"分数段百分比须为 0–100 的整数：{value!r}", f"band percentages must be integers 0–100: {value!r}"
            )
    if low > high:
        raise InvalidRecord(f"分数段下限 {low}% 高于上限 {high}%", f"the band's low {low}% is above its high {high}%")
    if isinstance(machine_reasons, str) or not all(isinstance(r, str) for r in machine_reasons):
        raise InvalidRecord(
            "机器建议的理由须为字符串列表", "the machine suggestion's reasons must be a list of strings"
        )
    return Decision(
        id=0,
        submission_id=submission_id,
        clause=_require(clause, "评分条款", "item"),
        reviewer=_require(reviewer, "评审员姓名", "reviewer name"),
        band_id=_require(band_id, "分数段", "band"),
        low=low,
        high=high,
        comment="",
        created_at="",  # stamped when written
        machine_band_id=machine_band_id,
        machine_reasons=tuple(machine_reasons),
        kind="reviewer",
        rationale=None,
    )


def _require(value: str, what_zh: str, what_en: str) -> str:
    clean = value.strip() if isinstance(value, str) else ""
    if not clean:
        raise InvalidRecord(f"{what_zh}不能为空", f"the {what_en} must not be empty")
    return clean


def _rowid(cur: sqlite3.Cursor) -> int:
    rowid = cur.lastrowid
    assert rowid is not None
    return rowid
