"""Screenings: saved secretariat runs (their rows as JSON)."""

from __future__ import annotations

from dataclasses import dataclass

from .database import Database, InvalidRecord, _now, _require


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


class ScreeningsMixin(Database):
    """The store's screening runs."""

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
