"""The exports of a submission (Excel scoresheet, JSON with decisions, HTML and Markdown reports), built
from its latest stored record and the current decisions."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Decision
from ..names import disk_name
from ..record import AnalysisRecord
from .records import latest_record
from .store import Store, Submission

# --------------------------------------------------------------------------- exports


@dataclass(frozen=True, slots=True)
class ExportFile:
    label: str
    name: str
    mime: str
    data: bytes


def _decisions_for_export(store: Store, submission_id: int) -> list[Decision]:
    return [*store.current_decisions(submission_id), *store.consensus(submission_id)]


def export_stem(store: Store, sub: Submission) -> str:
    """The start of an export's file name: the submission's file name without its suffix, made safe
    for a download, plus ``-送审{id}`` when another submission has the same name (submissions are
    routinely all called 自评报告.docx or report.docx, and their exports must not all be
    ``report-评分表.xlsx``)."""
    stem = Path(disk_name(sub.name, max_bytes=150)).stem.strip(" .") or "submission"
    clash = any(
        other.id != sub.id and Path(disk_name(other.name, max_bytes=150)).stem.strip(" .") == stem
        for other in store.submissions()
    )
    return f"{stem}-送审{sub.id}" if clash or stem == "submission" else stem


def export_xlsx(store: Store, submission_id: int) -> ExportFile:
    from ..export.xlsx import scoresheet

    opened = latest_record(store, submission_id)
    reviewers = tuple(r.name for r in store.panel(submission_id))
    data = scoresheet(
        opened.record,
        _decisions_for_export(store, submission_id),
        source_name=opened.submission.name,
        reviewers=reviewers,
        history=store.history(submission_id),
    )
    return ExportFile(
        "Excel 评分表",
        f"{export_stem(store, opened.submission)}-评分表.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        data,
    )


def export_json(store: Store, submission_id: int) -> ExportFile:
    from ..export.analysis_json import with_decisions

    opened = latest_record(store, submission_id)
    stored = store.analysis(opened.analysis_id)
    assert stored is not None
    doc = with_decisions(
        stored.result(), _decisions_for_export(store, submission_id), history=store.history(submission_id)
    )
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    return ExportFile(
        "JSON（含评审结果）",
        f"{export_stem(store, opened.submission)}-analysis.json",
        "application/json",
        text.encode("utf-8"),
    )


def export_html(store: Store, submission_id: int) -> ExportFile:
    from ..export.html import html_report

    opened = latest_record(store, submission_id)
    text = html_report(opened.record, _decisions_for_export(store, submission_id))
    return ExportFile(
        "HTML 报告",
        f"{export_stem(store, opened.submission)}-报告.html",
        "text/html; charset=utf-8",
        text.encode("utf-8"),
    )


def export_markdown(store: Store, submission_id: int) -> ExportFile:
    from ..export.markdown import record_to_markdown

    opened = latest_record(store, submission_id)
    text = record_to_markdown(opened.record, _decisions_for_export(store, submission_id))
    return ExportFile(
        "Markdown 报告",
        f"{export_stem(store, opened.submission)}-报告.md",
        "text/markdown; charset=utf-8",
        text.encode("utf-8"),
    )


EXPORTERS: tuple[Callable[[Store, int], ExportFile], ...] = (export_xlsx, export_json, export_html, export_markdown)


def ordered(decisions: Sequence[Decision], record: AnalysisRecord) -> list[Decision]:
    """Decisions re-sorted into the standard's clause order (the store sorts clause ids as text)."""
    order = {c.id: i for i, c in enumerate(record.clauses)}
    return sorted(decisions, key=lambda d: (order.get(d.clause, 1 << 30), d.kind, d.reviewer, d.id))
