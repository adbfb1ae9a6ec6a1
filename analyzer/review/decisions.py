"""Decisions: reviewers' bands and the panel's consensus (append-only history), the review panel
and the independent-mode switch. The :class:`~analyzer.model.Decision` row itself is a boundary type
of :mod:`analyzer.model` (re-exported here and by :mod:`analyzer.review.store`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Decision
from .database import Database, InvalidRecord, Reviewer, _dumps, _now, _require, _rowid

_DECISION_COLUMNS = """d.id, d.submission_id, d.clause, r.name, d.band_id, d.low, d.high, d.comment, d.created_at,
    d.machine_band_id, d.machine_reasons, d.kind, d.rationale"""
_DECISIONS_FROM = "decisions d JOIN reviewers r ON r.id = d.reviewer_id"


@dataclass(frozen=True, slots=True)
class SubmittedReview:
    """A reviewer has submitted their review of a submission (in independent mode they now see the others)."""

    submission_id: int
    reviewer: str
    created_at: str


class DecisionsMixin(Database):
    """The store's decisions, panel and independent mode."""

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
