"""One validated configuration of an analysis, and the only home of its defaults.

An :class:`AnalysisConfig` says which standard to check against (``auto`` detects it), which
matching backend to use, the checks' options and how to read the file (size limit, OCR). The CLI,
the named pipelines (:mod:`analyzer.flows`, whose YAML keys default to these values) and the app
all build one and turn it into what the steps take::

    config = load_flow("applicant").config().with_overrides(backend="lexical", max_mb=20)
    analyze_file(path, config.standard, config.analyze_options(), ingest=config.ingest_config())

It is cheap to import (the pipeline, the checks and the readers are imported when the options are
built). Invalid values raise :class:`InvalidConfig` (a :class:`~analyzer.errors.SaraError`), never
a silent fallback: a silent fallback changes scores.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, get_args

from .errors import SaraError
from .ingest.ocr import DEFAULT_OCR_MODE, OcrMode
from .model import BACKEND_REQUESTS, LIMIT_UNITS, BackendRequest, LimitUnit

if TYPE_CHECKING:
    from .ingest import IngestConfig
    from .pipeline import AnalyzeOptions

MB = 1024 * 1024

# The named pipelines of the three flows (:mod:`analyzer.flows` loads them and re-exports these
# names). They live here because the CLI names its defaults at import time and must stay cheap to
# import; :mod:`analyzer.flows` needs yaml and pydantic.
APPLICANT_FLOW = "applicant"
"""``sara analyze``'s defaults."""
REVIEWER_FLOW = "reviewer"
"""What ``sara app`` runs (:func:`analyzer.review.workspace.analyze_upload`)."""
SECRETARIAT_FLOW = "secretariat"
"""What ``sara screen`` and the app's screening page run."""


class InvalidConfig(SaraError):
    def __init__(self, problem_zh: str, problem_en: str) -> None:
        super().__init__(f"分析配置无效：{problem_zh}", f"invalid analysis configuration: {problem_en}")


@dataclass(frozen=True, slots=True)
class AnalysisConfig:
    """How to analyse one report. Every field has its one default here."""

    standard: str = "auto"
    """A standard id, or ``auto`` to detect it."""
    backend: BackendRequest = "auto"
    model: str | None = None
    """Embedding model name or local path (None: models/embedding.yaml or ``SARA_EMBEDDING_MODEL``)."""
    allow_download: bool = False
    crosswalk: bool = True
    """Enrich clause profiles with the equivalent clauses of the other standards."""
    length_convention: LimitUnit | None = None
    """The count the length checks compare with a limit (None: the unit the limit states)."""
    near_limit_ratio: float = 0.95
    """At or above this share of a limit (and not over it) the length checks warn."""
    disabled_checks: frozenset[str] = frozenset()
    max_mb: float = 50
    """Refuse files larger than this (the Shenzhen upload limit is 50 MB)."""
    ocr: OcrMode = DEFAULT_OCR_MODE
    """OCR of scanned pages and pictures: off / auto / force."""

    def __post_init__(self) -> None:
        if not isinstance(self.standard, str) or not self.standard.strip():
            raise InvalidConfig("评定标准不能为空", "the standard must not be empty")
        if self.backend not in BACKEND_REQUESTS:
            raise InvalidConfig(
                f"匹配方式 {self.backend!r} 不在 {', '.join(BACKEND_REQUESTS)} 之中",
                f"backend {self.backend!r} is not one of {', '.join(BACKEND_REQUESTS)}",
            )
        if self.length_convention is not None and self.length_convention not in LIMIT_UNITS:
            raise InvalidConfig(
                f"字数口径 {self.length_convention!r} 不在 {', '.join(LIMIT_UNITS)} 之中",
                f"length convention {self.length_convention!r} is not one of {', '.join(LIMIT_UNITS)}",
            )
        if isinstance(self.near_limit_ratio, bool) or not 0 < self.near_limit_ratio <= 1:
            raise InvalidConfig(
                f"接近上限的比例须在 (0, 1] 之内：{self.near_limit_ratio!r}",
                f"near_limit_ratio must be in (0, 1]: {self.near_limit_ratio!r}",
            )
        if isinstance(self.max_mb, bool) or not self.max_mb > 0:
            raise InvalidConfig(
                f"文件大小上限须大于 0：{self.max_mb!r}", f"the file size limit must be above 0: {self.max_mb!r}"
            )
        if self.ocr not in get_args(OcrMode):
            raise InvalidConfig(
                f"OCR 模式 {self.ocr!r} 不在 {', '.join(get_args(OcrMode))} 之中",
                f"OCR mode {self.ocr!r} is not one of {', '.join(get_args(OcrMode))}",
            )

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * MB)

    def with_overrides(
        self,
        *,
        standard: str | None = None,
        backend: BackendRequest | None = None,
        model: str | None = None,
        allow_download: bool | None = None,
        crosswalk: bool | None = None,
        length_convention: LimitUnit | None = None,
        max_mb: float | None = None,
        ocr: OcrMode | None = None,
    ) -> AnalysisConfig:
        """This configuration with a user's choices (None / empty: keep this one's value), validated again."""
        return replace(
            self,
            standard=standard or self.standard,
            backend=backend or self.backend,
            model=model or self.model,
            allow_download=self.allow_download if allow_download is None else allow_download,
            crosswalk=self.crosswalk if crosswalk is None else crosswalk,
            length_convention=length_convention or self.length_convention,
            max_mb=self.max_mb if max_mb is None else max_mb,
            ocr=ocr or self.ocr,
        )

    def analyze_options(self) -> AnalyzeOptions:
        """The options :func:`analyzer.pipeline.analyze_file` takes."""
        from .checks.base import CheckConfig
        from .pipeline import AnalyzeOptions

        checks = CheckConfig(
            length_convention=self.length_convention,
            near_limit_ratio=self.near_limit_ratio,
            disabled=self.disabled_checks,
        )
        return AnalyzeOptions(
            backend=self.backend,
            model=self.model,
            allow_download=self.allow_download,
            crosswalk=self.crosswalk,
            checks=checks,
        )

    def ingest_config(self) -> IngestConfig:
        """The reading limits and OCR mode :func:`analyzer.ingest.read_document` takes."""
        from .ingest import IngestConfig

        config = IngestConfig(max_bytes=self.max_bytes)
        return replace(config, ocr=replace(config.ocr, mode=self.ocr))


DEFAULT_CONFIG = AnalysisConfig()
"""The defaults, for the places that show them (``--help``, the pipeline files' schema)."""
