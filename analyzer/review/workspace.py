"""The reviewers' workspace without the UI: everything the Streamlit pages ask for, typed and testable.

The pages under ``app_pages/`` render what this module returns and call it to change anything;
they hold no analysis, scoring or review logic. The store is the single source of truth: an
analysis is saved as its ``sara.analysis/1`` JSON the moment it finishes, and every page renders
from the :class:`~analyzer.record.AnalysisRecord` of the latest stored analysis, so another browser
session (or another reviewer) sees the same report without re-running anything::

    with Store.open() as store:
        opened = analyze_upload(store, data, "报告.docx", "auto", backend="lexical")
        record = latest_record(store, opened.submission.id).record
        record_decision(store, opened.submission.id, "5.2", "张三", "30-45", "部署不够广")
        review_state(store, opened.submission.id, "张三")     # independent mode: what 张三 may see
        disagreements(store, opened.submission.id).major      # items two or more bands apart

Provenance is explicit everywhere: the machine's draft band is labelled :data:`MACHINE`
(机器建议), a reviewer's band ``评审员：姓名``, the panel's band :data:`CONSENSUS` (共识).

**Independent mode** (per submission, on by default): until a reviewer has submitted their review
(:func:`submit_review`), they see only their own bands and the machine's; afterwards they see
everyone's, the consensus and the exports.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..errors import SaraError
from ..flows import REVIEWER_FLOW, Flow, load_flow
from ..ingest import LEGACY_EXTENSIONS, SUPPORTED_EXTENSIONS
from ..mapping.content import UNCERTAIN_ALIGNMENT
from ..model import BACKEND_REQUESTS, BackendRequest, Standard
from ..model import detection_uncertain as detection_uncertain
from ..names import disk_name, display_name
from ..pipeline import AnalyzeOptions, analyze_file, fitted_scorer
from ..record import AnalysisRecord, BandInfo, ClauseInfo, FindingInfo, ParagraphInfo, read_record
from ..standards import load_all, load_standard

# The pages call this module only: the band and consensus names they use are re-exported here.
from .bands import (
    CONSENSUS as CONSENSUS,
)
from .bands import (
    MACHINE as MACHINE,
)
from .bands import (
    PROVENANCE_LEGEND as PROVENANCE_LEGEND,
)
from .bands import (
    RESULT_ELEMENT_ZH as RESULT_ELEMENT_ZH,
)
from .bands import (
    REVIEWER_PREFIX as REVIEWER_PREFIX,
)
from .bands import (
    BandOption as BandOption,
)
from .bands import (
    GuideView as GuideView,
)
from .bands import (
    UnknownBand as UnknownBand,
)
from .bands import (
    band_index as band_index,
)
from .bands import (
    band_label as band_label,
)
from .bands import (
    band_option as band_option,
)
from .bands import (
    band_options as band_options,
)
from .bands import (
    provenance as provenance,
)
from .bands import (
    scoring_guide_view as scoring_guide_view,
)
from .consensus import (
    AgreedBand as AgreedBand,
)
from .consensus import (
    Disagreements as Disagreements,
)
from .consensus import (
    ItemReview as ItemReview,
)
from .consensus import (
    agreed_band as agreed_band,
)
from .consensus import (
    item_review as item_review,
)
from .consensus import (
    proposed_consensus as proposed_consensus,
)
from .consensus import (
    split_disagreements as split_disagreements,
)
from .store import Decision, Store, Submission

Backend = BackendRequest
BACKENDS = BACKEND_REQUESTS
UPLOAD_TYPES: tuple[str, ...] = tuple(e.lstrip(".") for e in (*SUPPORTED_EXTENSIONS, *sorted(LEGACY_EXTENSIONS)))
"""What the upload box offers: every extension SARA reads, and the legacy Word ones it explains."""


STEP_LABELS: dict[str, str] = {
    "read": "读取",
    "detect": "识别标准",
    "fit": "准备匹配模型",
    "map": "映射",
    "cover": "覆盖",
    "check": "检查",
    "bands": "评分建议",
}
"""Chinese names of the pipeline steps, in the order they run (``detect`` only with auto-detection)."""

STATUS_ICON: dict[str, str] = {"covered": "🟢", "weak": "🟡", "missing": "🔴", "not-applicable": "⚪"}
STATUS_ZH: dict[str, str] = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失", "not-applicable": "不适用"}
SEVERITY_ZH: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ICON: dict[str, str] = {"error": "🔴", "warning": "🟠", "info": "🔵"}
THRESHOLD_ZH: dict[str, str] = {
    "reached": "✅ 达到",
    "possible": "❔ 不确定（区间跨越门槛）",
    "not-reached": "❌ 未达到",
}

# --------------------------------------------------------------------------- errors


class UnreadableUpload(SaraError):
    """An uploaded file could not be analysed; the message names the file, never a temp path."""

    def __init__(self, name: str, cause: SaraError | None = None, *, zh: str = "", en: str = "") -> None:
        self.name = name
        self.cause = cause
        super().__init__(zh or f"无法分析文件 {name}", en or f"cannot analyse the file {name}")


class NotAScoringUnit(SaraError):
    def __init__(self, clause: str) -> None:
        super().__init__(
            f"条款 {clause} 不是评分项，不能给分数段", f"clause {clause} is not a scored item and takes no band"
        )


class NoAnalysis(SaraError):
    def __init__(self, submission_id: int) -> None:
        super().__init__(
            f"送审报告 {submission_id} 还没有分析结果", f"the submission {submission_id} has not been analysed"
        )


class CommentRequired(SaraError):
    """A reviewer chose a band other than the machine's draft without saying why."""

    def __init__(self, clause: str, machine: str, chosen: str) -> None:
        super().__init__(
            f"{clause}：所选分数段 {chosen} 与机器建议 {machine} 不同，请填写评语说明理由",
            f"{clause}: the band {chosen} differs from the machine suggestion {machine}; "
            "a comment saying why is required",
        )


class RationaleRequired(SaraError):
    def __init__(self) -> None:
        super().__init__("请填写共识理由", "the consensus rationale is required")


class IndependentModeLocked(SaraError):
    """Someone may not switch independent review off (it would show every band to everyone)."""

    def __init__(self, who: str, why_zh: str, why_en: str) -> None:
        super().__init__(
            f"{who or '（未选择评审员）'} 不能关闭独立评审模式：{why_zh}",
            f"{who or '(no reviewer chosen)'} may not switch independent review off: {why_en}",
        )


class ReasonRequired(SaraError):
    def __init__(self) -> None:
        super().__init__("关闭独立评审模式须填写理由", "switching independent review off needs a reason")


class ReviewHidden(SaraError):
    """In independent mode, a reviewer asked for something that would show them the others' bands."""

    def __init__(self, reviewer: str | None) -> None:
        who = reviewer or "（未选择评审员）"
        super().__init__(
            f"独立评审模式：{who} 提交自己的评审后才能查看其他评审员的评分、共识和导出",
            f"independent review: {reviewer or '(no reviewer chosen)'} sees the other reviewers' bands, "
            "the consensus and the exports after submitting their own review",
        )


# --------------------------------------------------------------------------- samples and standards


@dataclass(frozen=True, slots=True)
class Sample:
    """A bundled fictional sample report (``samples/<name>/report.md``)."""

    name: str
    title: str
    path: Path


def samples_dir() -> Path | None:
    """``samples/`` beside the package in a checkout, else the copy shipped in the wheel."""
    here = Path(__file__).resolve().parents[1]  # the analyzer package
    for candidate in (here.parent / "samples", here / "data" / "app" / "samples"):
        if candidate.is_dir():
            return candidate
    return None


def bundled_samples() -> tuple[Sample, ...]:
    """The bundled samples with the report's title line, by folder name."""
    root = samples_dir()
    if root is None:
        return ()
    out = []
    for report in sorted(root.glob("*/report.md")):
        title = report.parent.name
        with report.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    title = line.strip().lstrip("#").strip()
                    break
        out.append(Sample(report.parent.name, title, report))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class StandardChoice:
    id: str
    title: str
    total_points: int

    @property
    def label(self) -> str:
        return f"{self.title}（{self.total_points} 分）"


def standard_choices() -> tuple[StandardChoice, ...]:
    return tuple(StandardChoice(s.id, s.title, s.total_points) for s in load_all())


def reviewer_flow() -> Flow:
    """The named pipeline the workspace runs: ``pipelines/reviewer.yaml`` (or the file
    ``$SARA_PIPELINES_PATH`` puts first). Backend, model, crosswalk, checks and the upload limit all
    come from it; the user's backend choice overrides the file's. Read afresh
    each time so an edit takes effect on the next analysis; an invalid file raises its bilingual error."""
    return load_flow(REVIEWER_FLOW)


def analyze_options(backend: Backend | None = None) -> AnalyzeOptions:
    """The options every workspace analysis runs with: the reviewer flow's, ``backend`` overriding."""
    return reviewer_flow().analyze_options(backend)


def warm(standard_id: str, backend: Backend | None = None) -> str:
    """Fit (and cache for the process) the scorer for one standard; returns the backend that ran."""
    scorer = fitted_scorer(load_standard(standard_id), analyze_options(backend))
    return scorer.describe().name


@dataclass(frozen=True, slots=True)
class BackendStatus:
    """What paragraph matching will run as, shown once in the settings (never as a warning on every
    analysis; each analysis records it in its JSON under ``backend``)."""

    requested: str
    name: str
    detail: str
    fallback_zh: str | None
    fallback_en: str | None

    @property
    def text_zh(self) -> str:
        tail = f"（{self.fallback_zh}）" if self.fallback_zh else ""
        return f"段落匹配：{self.name}{tail}"


def backend_status(standard_id: str, backend: Backend | None = None) -> BackendStatus:
    """The backend the reviewer flow resolves to for ``standard_id`` (fits the scorer, cached)."""
    options = analyze_options(backend)
    info = fitted_scorer(load_standard(standard_id), options).describe()
    fallback = info.fallback
    return BackendStatus(
        requested=options.backend,
        name=info.name,
        detail=info.detail,
        fallback_zh=fallback.reason_zh if fallback is not None else None,
        fallback_en=fallback.reason_en if fallback is not None else None,
    )


# --------------------------------------------------------------------------- analysing


Progress = Callable[[str, str], None]
"""``progress(step, label_zh)`` after each pipeline step."""


@dataclass(frozen=True, slots=True)
class Opened:
    """A submission ready to review: just analysed, or an earlier analysis of the same file re-opened."""

    submission: Submission
    analysis_id: int
    reused: bool

    @property
    def message_zh(self) -> str:
        if self.reused:
            return f"同一文件已按同一标准分析过，已打开原有记录（编号 {self.submission.id}），评审结果保留。"
        return f"分析完成，已保存（编号 {self.submission.id}）。"


def _existing(store: Store, sha256: str, standard: str) -> tuple[Submission, int] | None:
    """An earlier analysed submission of the same file: same standard, or auto-detected if ``auto``."""
    for sub in reversed(store.submissions()):
        if sub.sha256 != sha256 or (standard != "auto" and sub.standard_id != standard):
            continue
        stored = store.latest_analysis(sub.id)
        if stored is None:
            continue
        if standard == "auto" and stored.result().get("detection") is None:
            continue
        return sub, stored.id
    return None


def analyze_upload(
    store: Store,
    data: bytes,
    name: str,
    standard: str = "auto",
    *,
    backend: Backend | None = None,
    progress: Progress | None = None,
    reanalyse: bool = False,
    actor: str = "sara",
) -> Opened:
    """Analyse an uploaded file and save submission and analysis together (one transaction).

    The same bytes under the same standard (or auto-detected again) re-open the earlier submission
    instead of analysing twice, unless ``reanalyse``. Unreadable input raises
    :class:`UnreadableUpload` with the reader's bilingual reason. The options are the reviewer
    flow's (``pipelines/reviewer.yaml``); ``backend`` (None: the flow's) overrides its backend.
    """
    flow = reviewer_flow()
    shown = display_name(name)
    if not data:
        raise UnreadableUpload(shown, zh=f"文件为空：{shown}", en=f"the file is empty: {shown}")
    sha = hashlib.sha256(data).hexdigest()
    if not reanalyse:
        found = _existing(store, sha, standard)
        if found is not None:
            return Opened(found[0], found[1], reused=True)

    def step(name_: str, done: int, total: int) -> None:
        if progress is not None:
            progress(name_, STEP_LABELS.get(name_, name_))

    with tempfile.TemporaryDirectory(prefix="sara-upload-") as tmp:
        path = Path(tmp) / disk_name(shown)
        path.write_bytes(data)
        try:
            analysis = analyze_file(
                path, standard, flow.analyze_options(backend), ingest=flow.ingest_config(), progress=step
            )
        except SaraError as exc:
            raise UnreadableUpload(
                shown,
                exc,
                zh=exc.message_zh.replace(str(path), shown).replace(tmp, ""),
                en=exc.message_en.replace(str(path), shown).replace(tmp, ""),
            ) from exc
    from ..export.analysis_json import analysis_to_dict

    result = analysis_to_dict(analysis)
    result["source"]["file"] = shown
    std = analysis.standard
    sub, analysis_id = store.add_analysed_submission(
        sha,
        shown,
        json.dumps(result, ensure_ascii=False),
        __version__,
        std.id,
        std.version,
        std.digest,
        str(result["backend"]["name"]),
        actor=actor,
    )
    return Opened(sub, analysis_id, reused=False)


def analyze_path(
    store: Store,
    path: Path,
    standard: str = "auto",
    *,
    backend: Backend | None = None,
    progress: Progress | None = None,
    reanalyse: bool = False,
) -> Opened:
    """:func:`analyze_upload` for a file on disk (a bundled sample)."""
    name = f"{path.parent.name}.md" if path.name == "report.md" else path.name
    data = path.read_bytes()
    return analyze_upload(store, data, name, standard, backend=backend, progress=progress, reanalyse=reanalyse)


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


def _standard_of(record: AnalysisRecord) -> Standard:
    return load_standard(record.standard.id)


# --------------------------------------------------------------------------- the clause view


@dataclass(frozen=True, slots=True)
class ClauseChoice:
    id: str
    label: str
    level: int
    status: str
    unit: str | None
    """The scoring unit this clause is reviewed under (itself, an ancestor, or None above the units)."""

    @property
    def display(self) -> str:
        indent = "　" * (self.level - 1)
        return f"{indent}{STATUS_ICON.get(self.status, '⚪')} {self.label}"


def _unit_of(record: AnalysisRecord, clause_id: str) -> str | None:
    units = {u.id for u in record.scoring_units}
    cid: str | None = clause_id
    while cid is not None and record.has_clause(cid):
        if cid in units:
            return cid
        cid = record.clause(cid).parent
    return None


def clause_choices(record: AnalysisRecord) -> tuple[ClauseChoice, ...]:
    """Clauses a reviewer can open, in the standard's order (not-applicable ones left out)."""
    return tuple(
        ClauseChoice(c.id, c.label, c.level, c.status, _unit_of(record, c.id))
        for c in record.clauses
        if c.status != "not-applicable"
    )


@dataclass(frozen=True, slots=True)
class GuidanceRow:
    id: str
    label: str
    text: str
    addressed: bool
    sentence: str | None
    paragraph: str | None


@dataclass(frozen=True, slots=True)
class GuidanceGroup:
    clause: str
    label: str
    rows: tuple[GuidanceRow, ...]


@dataclass(frozen=True, slots=True)
class ParagraphView:
    paragraph: ParagraphInfo
    section: str
    clause_label: str
    html: str
    """The text, HTML-escaped, with the evidence wrapped in ``<mark>``."""
    cited: bool
    """Cited by the machine's band suggestion."""
    uncertain: bool = False
    """The credit to ``clause_label`` is in doubt (see :func:`attribution_uncertain`)."""

    @property
    def where(self) -> str:
        page = f"第 {self.paragraph.page} 页 · " if self.paragraph.page is not None else ""
        return f"{page}第 {self.paragraph.index + 1} 段 · {self.section}"


@dataclass(frozen=True, slots=True)
class ClauseView:
    clause: ClauseInfo
    requirement: str
    review_text: str | None
    unit: ClauseInfo | None
    sub_units: tuple[ClauseInfo, ...]
    """Scoring units under this clause when it sits above them (a category)."""
    guidance: tuple[GuidanceGroup, ...]
    paragraphs: tuple[ParagraphView, ...]
    findings: tuple[FindingInfo, ...]
    machine: BandInfo | None
    machine_paragraphs: tuple[ParagraphView, ...]


def highlight(text: str, needles: Iterable[str]) -> str:
    """``text`` HTML-escaped, with every occurrence of the needles wrapped in ``<mark>`` (overlaps merged)."""
    spans: list[tuple[int, int]] = []
    for needle in {n.strip() for n in needles if n and n.strip()}:
        for m in re.finditer(re.escape(needle), text):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _descendants(record: AnalysisRecord, clause_id: str) -> list[ClauseInfo]:
    out: list[ClauseInfo] = []
    frontier = {clause_id}
    for c in record.clauses:  # the standard's order lists parents before children
        if c.parent in frontier:
            out.append(c)
            frontier.add(c.id)
    return out


def _section_labels(record: AnalysisRecord) -> dict[str, str]:
    return {s.id: " ".join(x for x in (s.number, s.title) if x) for s in record.sections}


def section_parents(record: AnalysisRecord) -> dict[str, str | None]:
    """Section id → the id of the section it nests under (by heading level, in document order)."""
    parents: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for s in record.sections:
        while stack and stack[-1][0] >= s.level:
            stack.pop()
        parents[s.id] = stack[-1][1] if stack else None
        stack.append((s.level, s.id))
    return parents


def attribution_uncertain(record: AnalysisRecord, paragraph: ParagraphInfo) -> bool:
    """Whether to mark the paragraph's clause as 归属不确定 for a reviewer.

    The mapper flags every paragraph whose own section heading aligned weakly. That is too often
    for one common shape: an applicant's own sub-headings (（一）（二）…) inside a chapter whose heading
    matched a clause exactly, when that clause has no sub-clauses of its own (a result item, the
    profile). The paragraphs can then only belong to that clause, so they are not in doubt. A
    paragraph stays uncertain when the clause has sub-clauses it might answer instead, or when no
    enclosing heading matched its clause."""
    if not paragraph.uncertain:
        return False
    if paragraph.method != "heading" or paragraph.clause is None or paragraph.section is None:
        return True
    if any(c.parent == paragraph.clause for c in record.clauses):
        return True
    sections = {s.id: s for s in record.sections}
    parents = section_parents(record)
    current = parents.get(paragraph.section)
    while current is not None:
        s = sections[current]
        if s.clause == paragraph.clause and (s.score or 0.0) >= UNCERTAIN_ALIGNMENT:
            return False
        current = parents.get(current)
    return True


def clause_view(record: AnalysisRecord, clause_id: str) -> ClauseView:
    """What the clause page shows: requirement, guidance, evidence, findings, the machine's draft."""
    clause = record.clause(clause_id)
    std = _standard_of(record)
    std_clause = std.clause(clause_id) if clause_id in {c.id for c in std.clauses} else None
    guidance_text = {g.id: g.text for g in std.guidance}
    family = [clause, *_descendants(record, clause_id)]
    groups = []
    needles_by_paragraph: dict[str, list[str]] = {}
    for c in family:
        rows = tuple(
            GuidanceRow(g.id, g.label, guidance_text.get(g.id, ""), g.addressed, g.sentence, g.paragraph)
            for g in c.guidance
        )
        for g in rows:
            if g.addressed and g.paragraph and g.sentence:
                needles_by_paragraph.setdefault(g.paragraph, []).append(g.sentence)
        if rows:
            groups.append(GuidanceGroup(c.id, c.label, rows))
    unit_id = _unit_of(record, clause_id)
    unit = record.clause(unit_id) if unit_id else None
    machine = unit.band if unit is not None else None
    indicators = machine.indicators if machine is not None else ()
    cited = set(machine.paragraphs) if machine is not None else set()
    sections = _section_labels(record)

    def view(p: ParagraphInfo) -> ParagraphView:
        label = record.clause(p.clause).label if p.clause and record.has_clause(p.clause) else "—"
        return ParagraphView(
            p,
            sections.get(p.section or "", "（无标题）"),
            label,
            highlight(p.text, [*needles_by_paragraph.get(p.id, ()), *indicators]),
            p.id in cited,
            attribution_uncertain(record, p),
        )

    paragraphs = tuple(view(p) for p in record.paragraphs_of(clause_id))
    shown = {v.paragraph.id for v in paragraphs}
    machine_paragraphs = tuple(
        view(record.paragraph(pid))
        for pid in (machine.paragraphs if machine is not None else ())
        if pid not in shown and pid in {p.id for p in record.paragraphs}
    )
    family_ids = {c.id for c in family}
    units = {u.id for u in record.scoring_units}
    return ClauseView(
        clause=clause,
        requirement=(std_clause.text if std_clause else "").strip(),
        review_text=std_clause.review_text if std_clause else None,
        unit=unit,
        sub_units=tuple(c for c in family[1:] if c.id in units) if unit is None else (),
        guidance=tuple(groups),
        paragraphs=paragraphs,
        findings=tuple(f for f in record.findings if f.clause in family_ids),
        machine=machine,
        machine_paragraphs=machine_paragraphs,
    )


# --------------------------------------------------------------------------- reviewers and independent mode


@dataclass(frozen=True, slots=True)
class ReviewState:
    """What a reviewer may see of one submission's review."""

    viewer: str | None
    independent: bool
    panel: tuple[str, ...]
    submitted: tuple[str, ...]

    @property
    def viewer_submitted(self) -> bool:
        return self.viewer is not None and self.viewer in self.submitted

    @property
    def sees_others(self) -> bool:
        """Not in independent mode, or the viewer has submitted."""
        return not self.independent or self.viewer_submitted


def review_state(store: Store, submission_id: int, viewer: str | None) -> ReviewState:
    name = viewer.strip() if viewer else None
    return ReviewState(
        viewer=name or None,
        independent=store.independent(submission_id),
        panel=tuple(r.name for r in store.panel(submission_id)),
        submitted=tuple(s.reviewer for s in store.submitted(submission_id)),
    )


def join_panel(store: Store, submission_id: int, name: str) -> str:
    """Put ``name`` on the submission's panel; returns the cleaned name."""
    return store.add_to_panel(submission_id, name).name


def unscored_items(store: Store, submission_id: int, reviewer: str) -> tuple[ClauseInfo, ...]:
    """The scoring units ``reviewer`` has not banded yet, in the standard's order."""
    record = latest_record(store, submission_id).record
    name = reviewer.strip()
    done = {d.clause for d in store.current_decisions(submission_id) if d.kind == "reviewer" and d.reviewer == name}
    return tuple(u for u in record.scoring_units if u.id not in done)


@dataclass(frozen=True, slots=True)
class Submitted:
    """A review just submitted, with the items the reviewer left without a band (a warning, not a
    refusal: a reviewer may leave an item to the panel)."""

    reviewer: str
    unscored: tuple[ClauseInfo, ...]

    @property
    def warning_zh(self) -> str | None:
        if not self.unscored:
            return None
        names = "、".join(u.label for u in self.unscored)
        return f"{self.reviewer} 提交时还有 {len(self.unscored)} 个评分项未评分：{names}"

    @property
    def warning_en(self) -> str | None:
        if not self.unscored:
            return None
        ids = ", ".join(u.number or u.id for u in self.unscored)
        n = len(self.unscored)
        return f"{self.reviewer} submitted with {n} scoring item{'s' if n > 1 else ''} not banded: {ids}"


def submit_review(store: Store, submission_id: int, name: str) -> Submitted:
    """``name`` has finished their independent review: from now on they see everyone's bands.

    Returns the items still without their band (:attr:`Submitted.unscored`), for the warning that
    lists them; :func:`unscored_items` gives the same list before submitting."""
    unscored = unscored_items(store, submission_id, name)
    store.mark_submitted(submission_id, name)
    return Submitted(name.strip(), unscored)


def switch_off_refusal(state: ReviewState) -> IndependentModeLocked | None:
    """Why ``state.viewer`` may not switch independent review off (None: they may).

    Switching it off shows every reviewer's bands and comments to the whole panel, including those
    still scoring, so only a panel member who has submitted their own review may do it (and with a
    reason, see :func:`set_independent`). A name just typed in, who has scored nothing, may not."""
    who = state.viewer or ""
    if not who:
        return IndependentModeLocked(who, "请先选择评审员", "choose a reviewer first")
    if who not in state.panel:
        return IndependentModeLocked(who, "不在本报告的评审组中", "not on this submission's panel")
    if not state.viewer_submitted:
        return IndependentModeLocked(who, "须先提交自己的评审", "submit your own review first")
    return None


def set_independent(store: Store, submission_id: int, on: bool, changed_by: str, reason: str = "") -> None:
    """Switch independent review on (anyone) or off (a panel member who has submitted, with a reason;
    the audit log keeps who, when and why)."""
    if not on:
        refusal = switch_off_refusal(review_state(store, submission_id, changed_by))
        if refusal is not None:
            raise refusal
        if not reason.strip():
            raise ReasonRequired()
    store.set_independent(submission_id, on, changed_by, reason=reason.strip())


def visible_decisions(store: Store, submission_id: int, viewer: str | None) -> tuple[Decision, ...]:
    """The current reviewer decisions ``viewer`` may see: all of them, or in independent mode
    before they submit, only their own."""
    state = review_state(store, submission_id, viewer)
    current = store.current_decisions(submission_id)
    if state.sees_others:
        return tuple(current)
    return tuple(d for d in current if d.reviewer == state.viewer)


def visible_consensus(store: Store, submission_id: int, viewer: str | None) -> tuple[Decision, ...]:
    if not review_state(store, submission_id, viewer).sees_others:
        return ()
    return tuple(store.consensus(submission_id))


def own_history(store: Store, submission_id: int, clause: str, reviewer: str) -> tuple[Decision, ...]:
    """The reviewer's own decisions on an item, oldest first."""
    return tuple(d for d in store.history(submission_id, clause) if d.kind == "reviewer" and d.reviewer == reviewer)


def _unit_or_raise(record: AnalysisRecord, clause: str) -> ClauseInfo:
    if clause not in {u.id for u in record.scoring_units}:
        raise NotAScoringUnit(clause)
    return record.clause(clause)


def overrides_machine(machine: BandInfo | None, band_id: str) -> bool:
    """Whether choosing ``band_id`` changes the machine's draft band (then a comment is required)."""
    return machine is not None and bool(machine.band_id) and machine.band_id != band_id


def record_decision(
    store: Store, submission_id: int, clause: str, reviewer: str, band_id: str, comment: str = ""
) -> Decision:
    """Append ``reviewer``'s band for a scoring unit, with the machine suggestion the record shows.

    The reviewer joins the submission's panel in the same transaction. A band other than the
    machine's draft needs a ``comment`` (:class:`CommentRequired`): an override is explained.
    """
    record = latest_record(store, submission_id).record
    unit = _unit_or_raise(record, clause)
    opt = band_option(record.standard.id, band_id)
    machine = unit.band
    if overrides_machine(machine, opt.id) and not comment.strip():
        assert machine is not None
        std = record.standard.id
        raise CommentRequired(unit.label, band_label(std, machine.band_id), band_label(std, opt.id))
    with store.transaction():
        store.add_to_panel(submission_id, reviewer)
        return store.record_decision(
            submission_id,
            clause,
            reviewer,
            opt.id,
            opt.low,
            opt.high,
            comment.strip(),
            machine.band_id if machine is not None else None,
            machine.reasons if machine is not None else (),
        )


def record_consensus(
    store: Store, submission_id: int, clause: str, band_id: str, rationale: str, decided_by: str
) -> Decision:
    """Append the panel's consensus band (``rationale`` required) with the machine suggestion shown."""
    record = latest_record(store, submission_id).record
    unit = _unit_or_raise(record, clause)
    opt = band_option(record.standard.id, band_id)
    machine = unit.band
    return store.record_consensus(
        submission_id,
        clause,
        opt.id,
        opt.low,
        opt.high,
        rationale,
        decided_by,
        machine_band_id=machine.band_id if machine is not None else None,
        machine_reasons=machine.reasons if machine is not None else (),
    )


# --------------------------------------------------------------------------- disagreements and consensus


def item_reviews(store: Store, submission_id: int) -> tuple[ItemReview, ...]:
    """Every scoring unit in the standard's order with the current bands (ignores independent mode)."""
    record = latest_record(store, submission_id).record
    index = {o.id: o.index for o in band_options(record.standard.id)}
    panel_order = {r.name: i for i, r in enumerate(store.panel(submission_id))}
    by_clause: dict[str, list[Decision]] = {}
    for d in store.current_decisions(submission_id):
        by_clause.setdefault(d.clause, []).append(d)
    consensus = {d.clause: d for d in store.consensus(submission_id)}
    return tuple(
        item_review(unit, by_clause.get(unit.id, []), consensus.get(unit.id), index, panel_order)
        for unit in record.scoring_units
    )


def disagreements(store: Store, submission_id: int) -> Disagreements:
    """Scoring units where the reviewers disagree: more than one band apart, and exactly one band apart."""
    return split_disagreements(item_reviews(store, submission_id))


def agreed_bands(store: Store, submission_id: int, min_reviewers: int = 2) -> tuple[AgreedBand, ...]:
    """Items without a consensus whose reviewer bands are at most one band apart, each with the band
    to adopt (the rule: :func:`analyzer.review.consensus.agreed_band`)."""
    record = latest_record(store, submission_id).record
    options = band_options(record.standard.id)
    index = {o.id: o.index for o in options}
    label = {o.id: o.label for o in options}
    found = (agreed_band(item, index, label, min_reviewers) for item in item_reviews(store, submission_id))
    return tuple(a for a in found if a is not None)


def accept_agreed(
    store: Store, submission_id: int, rationale: str, decided_by: str, clauses: Iterable[str] | None = None
) -> tuple[Decision, ...]:
    """Record a consensus for every item of :func:`agreed_bands` (or those among ``clauses``), each with
    the panel's ``rationale`` (required) followed by the reviewers' bands and the rule that chose the
    band — an explicit, audited consensus per item, never a silent default."""
    text = rationale.strip()
    if not text:
        raise RationaleRequired()
    wanted = set(clauses) if clauses is not None else None
    out = []
    with store.transaction():
        for agreed in agreed_bands(store, submission_id):
            if wanted is not None and agreed.item.clause.id not in wanted:
                continue
            out.append(
                record_consensus(
                    store,
                    submission_id,
                    agreed.item.clause.id,
                    agreed.band_id,
                    f"{text}（批量采用：{agreed.basis}）",
                    decided_by,
                )
            )
    return tuple(out)


# --------------------------------------------------------------------------- heatmap


@dataclass(frozen=True, slots=True)
class HeatCell:
    clause: str
    clause_label: str
    row: int
    section_label: str
    column: int
    chars: int
    share: float
    status: str


def heatmap_cells(record: AnalysisRecord) -> tuple[HeatCell, ...]:
    """The coverage matrix in long form (one cell per clause × section) for a chart."""
    from ..heatmap import coverage_matrix

    m = coverage_matrix(record)
    # Chart axes are keyed by label: a label printed twice (two untitled stretches) gets its position.
    seen: dict[str, int] = {}
    columns: list[str] = []
    for label in m.section_labels:
        seen[label] = seen.get(label, 0) + 1
        columns.append(label if seen[label] == 1 else f"{label}（{seen[label]}）")
    return tuple(
        HeatCell(
            clause,
            m.clause_labels[i],
            i,
            columns[j],
            j,
            m.chars[i][j],
            round(m.share(i, j), 4),
            m.status[i],
        )
        for i, clause in enumerate(m.clauses)
        for j in range(len(m.sections))
    )


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


def exports_for(store: Store, submission_id: int, viewer: str | None) -> tuple[ExportFile, ...]:
    """All exports of a submission; in independent mode only after ``viewer`` has submitted."""
    if not review_state(store, submission_id, viewer).sees_others:
        raise ReviewHidden(viewer)
    return tuple(export(store, submission_id) for export in EXPORTERS)


def ordered(decisions: Sequence[Decision], record: AnalysisRecord) -> list[Decision]:
    """Decisions re-sorted into the standard's clause order (the store sorts clause ids as text)."""
    order = {c.id: i for i, c in enumerate(record.clauses)}
    return sorted(decisions, key=lambda d: (order.get(d.clause, 1 << 30), d.kind, d.reviewer, d.id))
