"""Submissions and their stored records: the list the start page shows, and the parsed
``sara.analysis/1`` record of an analysis (kept in a small in-process cache keyed by database and analysis id)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from ..errors import SaraError
from ..record import AnalysisRecord, read_record
from ..standards import load_all
from .store import Store, Submission


class NoAnalysis(SaraError):
    def __init__(self, submission_id: int) -> None:
        super().__init__(
            f"送审报告 {submission_id} 还没有分析结果", f"the submission {submission_id} has not been analysed"
        )


# --------------------------------------------------------------------------- submissions and records


@dataclass(frozen=True, slots=True)
class SubmissionSummary:
    id: int
    name: str
    standard_id: str
    standard_title: str
    created_at: str
    analysis_id: int | None
    analysed_at: str | None
    reviewers: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"#{self.id} {self.name} · {self.standard_title}"


def list_submissions(store: Store) -> tuple[SubmissionSummary, ...]:
    """Every submission, newest first, with its latest analysis and panel."""
    titles = {s.id: s.title for s in load_all()}
    latest = store.latest_analysis_ids()
    out = []
    for sub in reversed(store.submissions()):
        analysis_id, analysed_at = latest.get(sub.id, (None, None))
        out.append(
            SubmissionSummary(
                sub.id,
                sub.name,
                sub.standard_id,
                titles.get(sub.standard_id, sub.standard_id),
                sub.created_at,
                analysis_id,
                analysed_at,
                tuple(r.name for r in store.panel(sub.id)),
            )
        )
    return tuple(out)


_RECORDS: OrderedDict[tuple[str, int], AnalysisRecord] = OrderedDict()
_RECORDS_LOCK = threading.Lock()
_RECORDS_MAX = 16


def open_record(store: Store, analysis_id: int) -> AnalysisRecord:
    """The typed record of a stored analysis (cached by database and analysis id: analyses never change)."""
    key = (str(store.path), analysis_id)
    with _RECORDS_LOCK:
        found = _RECORDS.get(key)
        if found is not None:
            _RECORDS.move_to_end(key)
            return found
    stored = store.analysis(analysis_id)
    if stored is None:
        raise SaraError(f"没有编号为 {analysis_id} 的分析结果", f"no analysis with id {analysis_id}")
    record = read_record(stored.result_json)
    with _RECORDS_LOCK:
        _RECORDS[key] = record
        while len(_RECORDS) > _RECORDS_MAX:
            _RECORDS.popitem(last=False)
    return record


@dataclass(frozen=True, slots=True)
class OpenRecord:
    submission: Submission
    analysis_id: int
    analysed_at: str
    record: AnalysisRecord


def latest_record(store: Store, submission_id: int) -> OpenRecord:
    """The submission with the record of its latest analysis (the result JSON is read and parsed
    only when :func:`open_record` has not cached that analysis yet)."""
    sub = store.submission(submission_id)
    latest = store.latest_analysis_ids().get(submission_id)
    if sub is None or latest is None:
        raise NoAnalysis(submission_id)
    analysis_id, analysed_at = latest
    return OpenRecord(sub, analysis_id, analysed_at, open_record(store, analysis_id))
