"""What the start page offers before an analysis: the bundled samples, the standards to choose from,
the reviewer flow's options and the matching backend's status."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..flows import REVIEWER_FLOW, Flow, load_flow
from ..model import BACKEND_REQUESTS, BackendRequest
from ..pipeline import AnalyzeOptions, fitted_scorer
from ..resources import Resources
from ..standards import load_all, load_standard

Backend = BackendRequest
BACKENDS = BACKEND_REQUESTS


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


def warm(standard_id: str, backend: Backend | None = None, resources: Resources | None = None) -> str:
    """Fit (and keep in ``resources``) the scorer for one standard; returns the backend that ran."""
    scorer = fitted_scorer(load_standard(standard_id), analyze_options(backend), resources)
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


def backend_status(
    standard_id: str, backend: Backend | None = None, resources: Resources | None = None
) -> BackendStatus:
    """The backend the reviewer flow resolves to for ``standard_id`` (fits the scorer, cached)."""
    options = analyze_options(backend)
    info = fitted_scorer(load_standard(standard_id), options, resources).describe()
    fallback = info.fallback
    return BackendStatus(
        requested=options.backend,
        name=info.name,
        detail=info.detail,
        fallback_zh=fallback.reason_zh if fallback is not None else None,
        fallback_en=fallback.reason_en if fallback is not None else None,
    )
