"""The named pipelines in ``pipelines/*.yaml``: what the applicant, reviewer and secretariat flows run.

Each file is a small declarative config (``schema: sara.pipeline/1``), validated with pydantic
because it is edited by hand: unknown keys and wrong types are errors, never silently ignored. The
code that runs a flow stays in :mod:`analyzer.pipeline`; a flow only turns into the options it
takes::

    flow = load_flow("secretariat")
    analyze_file(path, flow.standard, flow.analyze_options(), ingest=flow.ingest_config())

Files are looked up in ``$SARA_PIPELINES_PATH`` (``os.pathsep``-separated folders), then the
``pipelines/`` folder of a source checkout, then the copy packaged with the wheel; the first folder
holding ``NAME.yaml`` wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .config import APPLICANT_FLOW as APPLICANT_FLOW  # the flow names live in config (cheap for the CLI)
from .config import DEFAULT_CONFIG, AnalysisConfig
from .config import REVIEWER_FLOW as REVIEWER_FLOW
from .config import SECRETARIAT_FLOW as SECRETARIAT_FLOW
from .errors import SaraError, validation_problems
from .ingest.ocr import OcrMode
from .model import BackendRequest, LimitUnit
from .paths import search_dirs

if TYPE_CHECKING:
    from .checks.base import LengthConvention
    from .ingest import IngestConfig
    from .pipeline import AnalyzeOptions

SCHEMA_ID = "sara.pipeline/1"
ENV_PATH = "SARA_PIPELINES_PATH"
_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE.parent / "pipelines", _PACKAGE / "data" / "pipelines")

OutputFormat = Literal["json", "md", "html", "xlsx", "csv"]


class InvalidFlow(SaraError):
    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = problems
        listing = "; ".join(problems)
        super().__init__(f"流程配置 {path} 无效：{listing}", f"pipeline config {path} is invalid: {listing}")


class UnknownFlow(SaraError):
    def __init__(self, name: str, known: list[str]) -> None:
        names = ", ".join(known) or "—"
        super().__init__(f"没有名为 {name} 的流程（可用：{names}）。", f"no pipeline named {name} (known: {names}).")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ChecksSpec(_Strict):
    length_convention: LimitUnit | None = DEFAULT_CONFIG.length_convention
    near_limit_ratio: float = Field(DEFAULT_CONFIG.near_limit_ratio, gt=0, le=1)
    disabled: list[str] = []


class _IngestSpec(_Strict):
    max_mb: float = Field(DEFAULT_CONFIG.max_mb, gt=0, le=1024)
    ocr: OcrMode = DEFAULT_CONFIG.ocr

    @field_validator("ocr", mode="before")
    @classmethod
    def _yaml_off(cls, value: object) -> object:
        # YAML 1.1 reads a bare ``off`` as false: ``ocr: off`` means off, not an error
        return "off" if value is False else value


class _FlowSpec(_Strict):
    schema_: Literal["sara.pipeline/1"] = Field(alias="schema")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title_zh: str = Field(min_length=1)
    description_zh: str = ""
    standard: str = DEFAULT_CONFIG.standard
    backend: BackendRequest = DEFAULT_CONFIG.backend
    model: str | None = DEFAULT_CONFIG.model
    allow_download: bool = DEFAULT_CONFIG.allow_download
    crosswalk: bool = DEFAULT_CONFIG.crosswalk
    checks: _ChecksSpec = _ChecksSpec()
    ingest: _IngestSpec = _IngestSpec()
    outputs: list[OutputFormat] = ["json"]
    jobs: int | None = Field(None, ge=1, le=64)
    store: bool = False


@dataclass(frozen=True, slots=True)
class Flow:
    """One named pipeline with its parameters (see ``pipelines/*.yaml``)."""

    name: str
    title_zh: str
    description_zh: str
    standard: str
    backend: BackendRequest
    model: str | None
    allow_download: bool
    crosswalk: bool
    length_convention: LengthConvention | None
    near_limit_ratio: float
    disabled_checks: frozenset[str]
    max_mb: float
    outputs: tuple[OutputFormat, ...]
    """The renderings the flow hands its users (documentation: the commands take ``--format`` and
    ``--output``, the app offers every export)."""
    jobs: int | None
    """``sara screen``'s worker processes (None: one per core); ``--jobs`` overrides."""
    store: bool
    """Whether ``sara screen`` keeps its results in the review database (and so caches them);
    ``--db`` asks for it, ``--no-db`` turns it off. The workspace always stores."""
    path: str
    ocr: OcrMode = DEFAULT_CONFIG.ocr
    """OCR of scanned pages and pictures (``ingest.ocr``: off / auto / force); ``--ocr`` overrides."""

    def config(self, backend: BackendRequest | None = None) -> AnalysisConfig:
        """The flow's analysis configuration; ``backend`` overrides the file's (a user's choice)."""
        return AnalysisConfig(
            standard=self.standard,
            backend=backend or self.backend,
            model=self.model,
            allow_download=self.allow_download,
            crosswalk=self.crosswalk,
            length_convention=self.length_convention,
            near_limit_ratio=self.near_limit_ratio,
            disabled_checks=self.disabled_checks,
            max_mb=self.max_mb,
            ocr=self.ocr,
        )

    def analyze_options(self, backend: BackendRequest | None = None) -> AnalyzeOptions:
        """The analysis options this flow runs with; ``backend`` overrides the file's (a user's choice)."""
        return self.config(backend).analyze_options()

    def ingest_config(self) -> IngestConfig:
        return self.config().ingest_config()


def flow_dirs() -> list[Path]:
    return search_dirs(ENV_PATH, _CANDIDATES)


def flow_files() -> dict[str, Path]:
    """Flow name → file; the first folder wins. Only files declaring ``sara.pipeline/1`` count."""
    found: dict[str, Path] = {}
    for d in flow_dirs():
        for p in sorted(d.glob("*.yaml")):
            if p.stem not in found and _declares_schema(p):
                found[p.stem] = p
    return found


def _declares_schema(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:4000]
    except OSError:
        return False
    return f"schema: {SCHEMA_ID}" in head


def load_flow(name: str) -> Flow:
    files = flow_files()
    if name not in files:
        raise UnknownFlow(name, sorted(files))
    return read_flow(files[name])


def read_flow(path: Path) -> Flow:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidFlow(str(path), [str(exc).splitlines()[0]]) from exc
    try:
        spec = _FlowSpec.model_validate(data)
    except ValidationError as exc:
        raise InvalidFlow(str(path), validation_problems(exc)) from exc
    if spec.name != path.stem:
        raise InvalidFlow(str(path), [f"name: {spec.name!r} differs from the file name {path.stem!r}"])
    _check_disabled(path, spec.checks.disabled)
    return Flow(
        name=spec.name,
        title_zh=spec.title_zh,
        description_zh=spec.description_zh,
        standard=spec.standard,
        backend=spec.backend,
        model=spec.model,
        allow_download=spec.allow_download,
        crosswalk=spec.crosswalk,
        length_convention=spec.checks.length_convention,
        near_limit_ratio=spec.checks.near_limit_ratio,
        disabled_checks=frozenset(spec.checks.disabled),
        max_mb=spec.ingest.max_mb,
        outputs=tuple(spec.outputs),
        jobs=spec.jobs,
        store=spec.store,
        path=str(path),
        ocr=spec.ingest.ocr,
    )


def _check_disabled(path: Path, disabled: list[str]) -> None:
    from .checks.registry import CHECKS

    known = {c.slug for c in CHECKS}
    unknown = sorted(set(disabled) - known)
    if unknown:
        raise InvalidFlow(str(path), [f"checks.disabled: unknown check {u!r}" for u in unknown])
