"""Analyses: saved ``sara.analysis/1`` results with the versions that produced them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .database import Database, InvalidRecord, Submission, _now, _rowid

_ANALYSIS_COLUMNS = """id, submission_id, result, sara_version, standard_id, standard_version, standard_digest,
    backend, created_at"""


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


class AnalysesMixin(Database):
    """The store's analyses."""

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
