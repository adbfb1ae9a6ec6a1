"""The verdict rules of a screening row (结论): what makes a file 完整, 需补充, 非自评报告 or 无法读取,
and the reasons given — built from the ``sara.analysis/1`` record, so a cached analysis and a fresh
one give the same row. The rules are described in :mod:`analyzer.batch.runner`'s docstring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..errors import SaraError
from ..record import AnalysisRecord, FindingInfo

Verdict = Literal["完整", "需补充", "非自评报告", "无法读取"]

MISSING = "missing-clause"
WEAK = "weak-clause"
THREE_YEARS = "results-three-years"
COMPARISON = "results-comparison"
NO_DATA = "results-no-data"
NOT_REPORT = "not-self-assessment"


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class ScreenRow:
    """One file of a screening run. Clause lists hold clause ids in the standard's order."""

    file: str
    """Path relative to the screened folder, with ``/`` separators."""
    status: Literal["ok", "error"]
    verdict: Verdict
    reasons_zh: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    error_zh: str | None = None
    error_en: str | None = None
    standard: str | None = None
    """The standard the report was analysed against (detected when the request was ``"auto"``)."""
    standard_title: str | None = None
    confidence: float | None = None
    """Detection confidence (0–1); None when the standard was named."""
    format: str | None = None
    pages: int | None = None
    chars: int | None = None
    """The report's length in the convention of its limit (Word 字数 for every shipped standard)."""
    chars_limit: int | None = None
    chars_over: int = 0
    """How many 字 over the limit (0 when within it or without a limit)."""
    profile_chars: int | None = None
    profile_limit: int | None = None
    profile_over: int = 0
    missing: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    no_three_years: tuple[str, ...] = ()
    """Result items without three consecutive years of data (``results-three-years``)."""
    no_comparison: tuple[str, ...] = ()
    """Result items without competitor/benchmark comparisons (``results-comparison``)."""
    no_data: tuple[str, ...] = ()
    """Result items without any quantified data (``results-no-data``)."""
    diagnostics_zh: tuple[str, ...] = ()
    """Extraction warnings (text in pictures, many image pages …)."""
    diagnostics_en: tuple[str, ...] = ()
    score_low: float | None = None
    score_high: float | None = None
    total_points: int | None = None
    percent_low: float | None = None
    percent_high: float | None = None
    errors: int = 0
    warnings: int = 0
    sha256: str | None = None
    from_cache: bool = False
    submission_id: int | None = None
    clause_labels: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """(clause id, ``number title``) for every clause named in the lists above."""
    record: AnalysisRecord | None = field(default=None, repr=False, compare=False)
    """The analysis the row was built from (None for error rows)."""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def label(self, clause_id: str) -> str:
        """``6.2 改进与创新`` for a clause named in this row (else the id)."""
        return dict(self.clause_labels).get(clause_id, clause_id)

    def labels(self, clause_ids: Iterable[str]) -> tuple[str, ...]:
        names = dict(self.clause_labels)
        return tuple(names.get(c, c) for c in clause_ids)

    @property
    def findings(self) -> tuple[FindingInfo, ...]:
        return () if self.record is None else self.record.findings


def _clauses_of(findings: Sequence[FindingInfo], check: str, order: dict[str, int]) -> tuple[str, ...]:
    ids = {f.clause for f in findings if f.check == check and f.clause}
    return tuple(sorted(ids, key=lambda c: (order.get(c, len(order)), c)))


def _listing(labels: Sequence[str], limit: int = 6) -> str:
    shown = "、".join(labels[:limit])
    return shown + (f" 等 {len(labels)} 项" if len(labels) > limit else "")


def _listing_en(ids: Sequence[str], limit: int = 6) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def row_from_record(
    record: AnalysisRecord,
    file: str,
    *,
    detected: bool,
    from_cache: bool = False,
    submission_id: int | None = None,
) -> ScreenRow:
    """The screening row of an analysis. ``detected``: the run asked for ``"auto"`` (the row shows
    the detection confidence)."""
    order = {c.id: i for i, c in enumerate(record.clauses)}
    findings = record.findings
    missing = _clauses_of(findings, MISSING, order)
    weak = _clauses_of(findings, WEAK, order)
    three = _clauses_of(findings, THREE_YEARS, order)
    comparison = _clauses_of(findings, COMPARISON, order)
    no_data = _clauses_of(findings, NO_DATA, order)
    named = {*missing, *weak, *three, *comparison, *no_data}
    labels = tuple((c.id, c.label) for c in record.clauses if c.id in named)
    names = dict(labels)

    length, profile = record.length, record.profile_length
    over = (length.count or 0) - length.limit if length.over and length.limit is not None else 0
    p_over = 0
    if profile is not None and profile.over and profile.limit is not None:
        p_over = (profile.count or 0) - profile.limit
    errors = [f for f in findings if f.severity == "error"]

    zh: list[str] = []
    en: list[str] = []
    if over > 0:
        zh.append(f"报告字数 {length.count:,} 超出上限 {length.limit:,}（超 {over:,} 字）")
        en.append(f"report length {length.count:,} over the limit of {length.limit:,} (by {over:,})")
    if p_over > 0 and profile is not None:
        zh.append(f"组织概述字数 {profile.count:,} 超出上限 {profile.limit:,}（超 {p_over:,} 字）")
        en.append(f"profile length {profile.count:,} over the limit of {profile.limit:,} (by {p_over:,})")
    for ids, what_zh, what_en in (
        (missing, "缺失条款", "missing clauses"),
        (three, "结果缺少连续三年数据", "results without three years of data"),
        (comparison, "结果缺少对比数据", "results without comparisons"),
        (no_data, "结果没有量化数据", "results without data"),
    ):
        if ids:
            zh.append(f"{what_zh} {len(ids)} 项：{_listing([names.get(c, c) for c in ids])}")
            en.append(f"{what_en}: {len(ids)} ({_listing_en(ids)})")
    listed = {MISSING, THREE_YEARS, COMPARISON, NO_DATA, "length-limit", "profile-length-limit"}
    others = [f for f in errors if f.check not in listed]
    if others:
        checks = list(dict.fromkeys(f.check for f in others))
        zh.append(f"其他错误 {len(others)} 项（{'、'.join(checks)}）")
        en.append(f"other errors: {len(others)} ({', '.join(checks)})")
    if not zh and errors:  # a length finding without the length block (should not happen)
        zh.append(f"错误 {len(errors)} 项")
        en.append(f"{len(errors)} error(s)")

    verdict: Verdict = "需补充" if zh else "完整"
    if record.not_a_report:
        verdict = "非自评报告"
        not_report = [f for f in findings if f.check == NOT_REPORT]
        zh = [f.message_zh for f in not_report]
        en = [f.message_en for f in not_report]
    diagnostics = [d for d in record.diagnostics if d.severity in ("warning", "error")]
    estimate = record.estimate
    detection = record.detection
    return ScreenRow(
        file=file,
        status="ok",
        verdict=verdict,
        reasons_zh=tuple(zh),
        reasons_en=tuple(en),
        standard=record.standard.id,
        standard_title=record.standard.title,
        confidence=detection.confidence if detected and detection is not None else None,
        format=record.source.format or None,
        pages=record.source.pages,
        chars=length.count,
        chars_limit=length.limit,
        chars_over=max(0, over),
        profile_chars=None if profile is None else profile.count,
        profile_limit=None if profile is None else profile.limit,
        profile_over=max(0, p_over),
        missing=missing,
        weak=weak,
        no_three_years=three,
        no_comparison=comparison,
        no_data=no_data,
        diagnostics_zh=tuple(d.message_zh for d in diagnostics),
        diagnostics_en=tuple(d.message_en for d in diagnostics),
        score_low=None if estimate is None else estimate.low,
        score_high=None if estimate is None else estimate.high,
        total_points=record.standard.total_points or (None if estimate is None else estimate.total_points),
        percent_low=None if estimate is None else estimate.percent_low,
        percent_high=None if estimate is None else estimate.percent_high,
        errors=len(errors),
        warnings=sum(1 for f in findings if f.severity == "warning"),
        sha256=record.source.sha256 or None,
        from_cache=from_cache,
        submission_id=submission_id,
        clause_labels=labels,
        record=record,
    )


def error_row(file: str, error: SaraError, *, fmt: str | None = None, sha256: str | None = None) -> ScreenRow:
    """The row of a file that could not be read or analysed."""
    return ScreenRow(
        file=file,
        status="error",
        verdict="无法读取",
        reasons_zh=(error.message_zh,),
        reasons_en=(error.message_en,),
        error_zh=error.message_zh,
        error_en=error.message_en,
        format=fmt,
        sha256=sha256,
    )


# --------------------------------------------------------------------------- results and progress


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """A screening run: one row per file (sorted by path) and what the run did."""

    rows: tuple[ScreenRow, ...]
    analysed: int
    """Files analysed successfully in this run."""
    cached: int
    """Files whose stored analysis was reused."""
    failed: int
    """Error rows (无法读取)."""
    elapsed: float
    standard: str = "auto"
    jobs: int = 0
    """Worker processes used (0: nothing needed analysing)."""
    restarts: int = 0
    """How often the worker pool was restarted after a worker died."""

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.rows if r.verdict == verdict)

    @property
    def records(self) -> tuple[AnalysisRecord, ...]:
        return tuple(r.record for r in self.rows if r.record is not None)
