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
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..config import DEFAULT_CONFIG
from ..errors import SaraError
from ..export.common import backend_text
from ..export.labels import UPLOAD_FORMATS_ZH
from ..ingest.formats import RECOGNISED_EXTENSIONS
from ..model import Decision, detection_uncertain
from ..names import disk_name, display_name
from ..pipeline import analyze_file
from ..record import AnalysisRecord, BandInfo, ClauseInfo, LengthInfo
from ..resources import Resources
from .bands import (
    CONSENSUS,
    MACHINE,
    PROVENANCE_LEGEND,
    RESULT_ELEMENT_ZH,
    REVIEWER_PREFIX,
    BandOption,
    GuideView,
    UnknownBand,
    band_index,
    band_label,
    band_option,
    band_options,
    provenance,
    scoring_guide_view,
)
from .consensus import (
    AgreedBand,
    Disagreements,
    ItemReview,
    agreed_band,
    item_review,
    proposed_consensus,
    split_disagreements,
)
from .exports import EXPORTERS, ExportFile, export_html, export_json, export_markdown, export_stem, export_xlsx, ordered
from .records import NoAnalysis, OpenRecord, SubmissionSummary, latest_record, list_submissions, open_record
from .rules import (
    LengthState,
    ReviewProgress,
    band_points,
    default_band,
    exports_fingerprint,
    length_state,
    review_progress,
    scored_items,
)
from .setup import (
    BACKENDS,
    Backend,
    BackendStatus,
    Sample,
    StandardChoice,
    analyze_options,
    backend_status,
    bundled_samples,
    reviewer_flow,
    samples_dir,
    standard_choices,
    warm,
)
from .store import Store, Submission, default_path
from .views import (
    SEVERITY_ZH,
    STATUS_ZH,
    ClauseChoice,
    ClauseView,
    GuidanceGroup,
    GuidanceRow,
    HeatCell,
    ParagraphView,
    attribution_uncertain,
    clause_choices,
    clause_view,
    heatmap_cells,
    highlight,
    section_parents,
)

# The pages call this module only: besides its own, it offers the names they use from the other review
# modules (records, rules, setup, views, bands, consensus, exports).
__all__ = [
    "BACKENDS",
    "CONSENSUS",
    "EXPORTERS",
    "MACHINE",
    "PROVENANCE_LEGEND",
    "RESULT_ELEMENT_ZH",
    "REVIEWER_PREFIX",
    "SEVERITY_ZH",
    "STATUS_ZH",
    "STEP_LABELS",
    "UPLOAD_FORMATS_ZH",
    "UPLOAD_MAX_MB",
    "UPLOAD_TYPES",
    "AgreedBand",
    "AnalysisRecord",
    "Backend",
    "BackendStatus",
    "BandOption",
    "ClauseChoice",
    "ClauseView",
    "CommentRequired",
    "Disagreements",
    "ExportFile",
    "GuidanceGroup",
    "GuidanceRow",
    "GuideView",
    "HeatCell",
    "IndependentModeLocked",
    "ItemReview",
    "LengthInfo",
    "LengthState",
    "NoAnalysis",
    "NotAScoringUnit",
    "OpenRecord",
    "Opened",
    "ParagraphView",
    "Progress",
    "RationaleRequired",
    "ReasonRequired",
    "Resources",
    "ReviewCounts",
    "ReviewHidden",
    "ReviewProgress",
    "ReviewState",
    "ReviewerChoices",
    "Sample",
    "StandardChoice",
    "Store",
    "SubmissionSummary",
    "Submitted",
    "UnknownBand",
    "UnreadableUpload",
    "accept_agreed",
    "add_reviewer",
    "agreed_band",
    "agreed_bands",
    "analyze_options",
    "analyze_path",
    "analyze_upload",
    "attribution_uncertain",
    "backend_status",
    "backend_text",
    "band_index",
    "band_label",
    "band_option",
    "band_options",
    "band_points",
    "bundled_samples",
    "clause_choices",
    "clause_view",
    "current_decision",
    "default_band",
    "detection_uncertain",
    "disagreements",
    "export_html",
    "export_json",
    "export_markdown",
    "export_stem",
    "export_xlsx",
    "exports_fingerprint",
    "exports_for",
    "has_submission",
    "heatmap_cells",
    "highlight",
    "item_review",
    "item_reviews",
    "join_panel",
    "latest_record",
    "length_state",
    "list_submissions",
    "open_record",
    "open_store",
    "ordered",
    "overrides_machine",
    "own_history",
    "proposed_consensus",
    "provenance",
    "record_consensus",
    "record_decision",
    "review_counts",
    "review_progress",
    "review_state",
    "reviewer_choices",
    "reviewer_flow",
    "samples_dir",
    "scored_items",
    "scoring_guide_view",
    "section_parents",
    "set_independent",
    "split_disagreements",
    "standard_choices",
    "store_location",
    "submit_review",
    "switch_off_refusal",
    "unscored_items",
    "visible_consensus",
    "visible_decisions",
    "warm",
]

UPLOAD_TYPES: tuple[str, ...] = tuple(e.lstrip(".") for e in RECOGNISED_EXTENSIONS)
"""What the upload box offers: every extension of the format registry — those SARA reads, and the
legacy Word ones it explains."""
UPLOAD_MAX_MB: float = DEFAULT_CONFIG.max_mb
"""The largest upload the app takes, per file: the config's default file size limit, which ``sara app``
also passes to Streamlit as ``--server.maxUploadSize`` (and ``.streamlit/config.toml`` repeats)."""


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
    resources: Resources | None = None,
) -> Opened:
    """Analyse an uploaded file and save submission and analysis together (one transaction).

    ``resources``: the app's :class:`Resources` (built once per process, ``st.cache_resource``).

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
            config = flow.config(backend)
            analysis = analyze_file(
                path,
                standard,
                config.analyze_options(),
                ingest=config.ingest_config(),
                progress=step,
                resources=resources,
            )
        except SaraError as exc:
            raise UnreadableUpload(
                shown,
                exc,
                zh=exc.message_zh.replace(str(path), shown).replace(tmp, ""),
                en=exc.message_en.replace(str(path), shown).replace(tmp, ""),
            ) from exc
    from ..export.analysis_json import analysis_json

    result = analysis_json(analysis, file=shown)
    std = analysis.standard
    sub, analysis_id = store.add_analysed_submission(
        sha,
        shown,
        result.compact(),
        __version__,
        std.id,
        std.version,
        std.digest,
        str(result.data["backend"]["name"]),
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
    resources: Resources | None = None,
) -> Opened:
    """:func:`analyze_upload` for a file on disk (a bundled sample); ``resources`` as there."""
    name = f"{path.parent.name}.md" if path.name == "report.md" else path.name
    data = path.read_bytes()
    return analyze_upload(
        store, data, name, standard, backend=backend, progress=progress, reanalyse=reanalyse, resources=resources
    )


# --------------------------------------------------------------------------- the store for the pages


def store_location() -> str:
    """Where the review database is (``SARA_DB`` or the per-user default): the key the app opens it under."""
    return str(default_path())


def open_store(path: str | None = None) -> Store:
    """The review database at ``path`` (default :func:`store_location`), opened and migrated."""
    return Store.open(path if path is not None else default_path())


def has_submission(store: Store, submission_id: int | None) -> bool:
    return submission_id is not None and store.submission(submission_id) is not None


def add_reviewer(store: Store, name: str, submission_id: int | None = None) -> str:
    """Register the reviewer ``name``; with a submission that exists, put them on its panel too.
    Returns the cleaned name."""
    if submission_id is not None and has_submission(store, submission_id):
        return join_panel(store, submission_id, name)
    return store.add_reviewer(name).name


@dataclass(frozen=True, slots=True)
class ReviewerChoices:
    panel: tuple[str, ...]
    """The submission's panel in the order they joined (empty without a submission)."""
    others: tuple[str, ...]
    """Every other registered reviewer, by name."""


def reviewer_choices(store: Store, submission_id: int | None) -> ReviewerChoices:
    panel = tuple(r.name for r in store.panel(submission_id)) if submission_id is not None else ()
    return ReviewerChoices(panel, tuple(sorted(r.name for r in store.reviewers() if r.name not in panel)))


def current_decision(store: Store, submission_id: int, clause: str, reviewer: str) -> Decision | None:
    """The reviewer's current band for the item (None when they have not scored it)."""
    mine = [d for d in store.current_decisions(submission_id) if d.clause == clause and d.reviewer == reviewer]
    return mine[0] if mine else None


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    """What the export page reports about the review behind the files."""

    panel: int
    decisions: int
    """Current reviewer decisions."""
    consensus: int
    """Items with a consensus."""
    progress: tuple[int, int]
    """(items more than one band apart with a consensus, items more than one band apart)."""
    version: int
    """The id of the latest decision (0: none): changes whenever the review does."""


def review_counts(store: Store, submission_id: int) -> ReviewCounts:
    history = store.history(submission_id)
    return ReviewCounts(
        panel=len(store.panel(submission_id)),
        decisions=len(store.current_decisions(submission_id)),
        consensus=len(store.consensus(submission_id)),
        progress=disagreements(store, submission_id).progress,
        version=history[-1].id if history else 0,
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
    done = scored_items(store, submission_id, reviewer)
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
            opt.level.low,
            opt.level.high,
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
        opt.level.low,
        opt.level.high,
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


def exports_for(store: Store, submission_id: int, viewer: str | None) -> tuple[ExportFile, ...]:
    """All exports of a submission; in independent mode only after ``viewer`` has submitted."""
    if not review_state(store, submission_id, viewer).sees_others:
        raise ReviewHidden(viewer)
    return tuple(export(store, submission_id) for export in EXPORTERS)
