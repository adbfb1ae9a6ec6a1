"""Schema of ``standards/*.yaml`` (see standards/FORMAT.md).

Pydantic only checks the shape of each field here (and rejects unknown keys); the rules that
relate fields to one another — unique ids, parents that resolve, points that add up — live in
:mod:`analyzer.standards.validate`, which reports every problem at once.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import LimitUnit

SCHEMA_ID = "sara.standard/1"

_STRICT = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

Id = str


class _Model(BaseModel):
    model_config = _STRICT


class SourceSpec(_Model):
    seed: str = Field(min_length=1)
    document: str = Field(min_length=1)
    pages: str | None = None


class LimitSpec(_Model):
    max: int = Field(gt=0)
    unit: LimitUnit
    includes_tables: bool
    label_zh: str = Field(min_length=1)
    source: str = Field(min_length=1)


class LimitsSpec(_Model):
    report: LimitSpec | None
    profile: LimitSpec | None


class ResultsSpec(_Model):
    min_consecutive_years: int = Field(default=3, ge=1, le=10)
    min_indicators: int | None = Field(default=None, ge=1)
    cap_band: str | None = None


class ThresholdSpec(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label_zh: str = Field(min_length=1)
    percent: float = Field(gt=0, le=100)
    inclusive: bool
    source: str = Field(min_length=1)


class BandLevelSpec(_Model):
    id: str = Field(pattern=r"^\d{1,3}-\d{1,3}$")
    low: int = Field(ge=0, le=100)
    high: int = Field(ge=0, le=100)
    label_zh: str | None = None
    process: str = Field(min_length=1)
    result: str = Field(min_length=1)


class BandsSpec(_Model):
    scheme: str = Field(min_length=1)
    step_percent: int | None = Field(default=None, gt=0, le=50)
    source: str = Field(min_length=1)
    levels: list[BandLevelSpec] = Field(min_length=2)


class GuidanceSpec(_Model):
    id: Id = Field(min_length=1)
    number: str | None = None
    title: str | None = None
    text: str = Field(min_length=1)


class ClauseSpec(_Model):
    id: Id = Field(min_length=1, pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]*$")
    number: str | None = None
    title: str = Field(min_length=1)
    parent: Id | None = None
    level: int = Field(ge=1, le=6)
    points: int | None = Field(default=None, gt=0)
    kind: Literal["profile", "process", "result", "mixed"]
    expects_answer: bool = True
    text: str = ""
    review_text: str | None = None
    guidance: list[GuidanceSpec] = Field(default_factory=list)
    notes: str | None = None


class AnnouncedSpec(_Model):
    """Counts the official document announces (e.g. Beijing: 7 一级, 23 二级, 57 三级)."""

    clauses_per_level: list[int] | None = None
    guidance: int | None = None


ResultElement = Literal["levels", "trends", "comparisons", "targets"]
"""What a result must show: current levels, trends, comparisons (competitors, benchmarks, peers),
achievement against the organisation's own targets."""


class FactorSpec(_Model):
    """One scoring factor: A-D-L-I for processes, Le-T-C-I for results (Wuhan 附录A A.2/A.3)."""

    id: str = Field(pattern=r"^[A-Z][a-z]?$")
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    text: str = Field(min_length=1)


class TermSpec(_Model):
    """A term of the scoring rules (Shenzhen service: 基本要求 / 总体要求 / 要点指引) and what it means."""

    term: str = Field(min_length=1)
    text: str = Field(min_length=1)


class ResultsRuleSpec(_Model):
    """What results an applicant of one kind must show (Shenzhen service: organisations vs projects)."""

    applies_to: Literal["organisation", "project"]
    label_zh: str = Field(min_length=1)
    required: list[ResultElement] = Field(min_length=1)
    when_applicable: list[ResultElement] = Field(default_factory=list)
    """Shown “适用时” (where applicable) only: missing them is no defect for this kind of applicant."""
    text: str = Field(min_length=1)


class ScoringGuideSpec(_Model):
    """How the standard tells reviewers to score: the definitions a reviewer weighs beside the bands."""

    source: str = Field(min_length=1)
    introduction: str = ""
    """The scoring rules' own introduction (评审细则 / A.1 评价方法)."""
    considerations: list[str] = Field(default_factory=list)
    """What to consider in every evaluation (Wuhan A.1 a)–d))."""
    principles: str = ""
    """评分原则 (Shenzhen service 附录一 1.)."""
    terms: list[TermSpec] = Field(default_factory=list)
    process_factors: list[FactorSpec] = Field(default_factory=list)
    result_factors: list[FactorSpec] = Field(default_factory=list)
    results_rules: list[ResultsRuleSpec] = Field(default_factory=list)


class StandardSpec(_Model):
    schema_: Literal["sara.standard/1"] = Field(alias="schema")
    id: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    short_title: str = Field(min_length=1)
    award: str = Field(min_length=1)
    award_class: str = Field(alias="class", min_length=1)
    version: str = Field(min_length=1)
    year: int = Field(ge=1990, le=2100)
    issuer: str = Field(min_length=1)
    source: SourceSpec
    total_points: int = Field(gt=0)
    maturity_model: Literal["PDCA", "ADLI"]
    limits: LimitsSpec
    results: ResultsSpec = Field(default_factory=ResultsSpec)
    thresholds: list[ThresholdSpec] = Field(default_factory=list)
    bands: BandsSpec
    announced: AnnouncedSpec | None = None
    clauses: list[ClauseSpec] = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)
    scoring_guide: ScoringGuideSpec | None = None
