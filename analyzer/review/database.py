"""The review database's connection: opening, migrating, transactions, errors, submissions,
reviewers and the audit log. The :class:`~analyzer.review.store.Store` adds decisions, analyses and
screenings on top (:mod:`.decisions`, :mod:`.analyses`, :mod:`.screenings`)."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import NoReturn, Self

from .. import __version__
from ..errors import SaraError
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

DEFAULT_BUSY_TIMEOUT = 15.0  # seconds a writer waits for the lock before StoreBusy
ENV_VAR = "SARA_DB"

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
class Reviewer:
    id: int
    name: str
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _require(value: str, what_zh: str, what_en: str) -> str:
    clean = value.strip() if isinstance(value, str) else ""
    if not clean:
        raise InvalidRecord(f"{what_zh}不能为空", f"the {what_en} must not be empty")
    return clean


def _rowid(cur: sqlite3.Cursor) -> int:
    rowid = cur.lastrowid
    assert rowid is not None
    return rowid


class Database:
    """The connection and the shared tables. Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.busy_timeout = busy_timeout
        self._lock = threading.RLock()
        self._depth = 0

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Self:
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
        row = (
            self._connection()
            .execute(
                "SELECT (SELECT application_id FROM pragma_application_id()),"
                " (SELECT group_concat(name, char(31)) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"
            )
            .fetchone()
        )
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

    # ----------------------------------------------------------------- submissions, reviewers and audit

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

    def add_reviewer(self, name: str, *, actor: str | None = None) -> Reviewer:
        """The reviewer called ``name`` (surrounding spaces ignored), created on first use."""
        clean = _require(name, "评审员姓名", "reviewer name")
        with self.transaction():
            return self._reviewer(clean, actor or clean)

    def reviewers(self) -> list[Reviewer]:
        with self._lock:
            rows = self._connection().execute("SELECT id, name, created_at FROM reviewers ORDER BY id")
            return [Reviewer(*r) for r in rows]

    def audit(self, submission_id: int | None = None) -> list[AuditEntry]:
        """The audit log in order (all of it, or one submission's rows)."""
        sql = "SELECT id, created_at, actor, action, submission_id, clause, payload FROM audit_log"
        args: tuple[object, ...] = ()
        if submission_id is not None:
            sql, args = sql + " WHERE submission_id = ?", (submission_id,)
        with self._lock:
            return [AuditEntry(*r) for r in self._connection().execute(sql + " ORDER BY id", args)]

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
