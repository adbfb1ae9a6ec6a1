"""Find, load and validate standard files, and turn them into :class:`analyzer.model.Standard`.

Standards are looked up, in order, in the folders named by ``SARA_STANDARDS_PATH`` (os.pathsep
separated), the ``standards/`` folder of a source checkout, and the copy packaged with the wheel.
A later folder never shadows an id found in an earlier one.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from pathlib import Path

import yaml

from ..errors import InvalidStandard, UnknownStandard
from ..model import (
    BandLevel,
    BandScheme,
    Clause,
    GuidancePoint,
    LengthLimit,
    ResultsRequirement,
    ResultsRule,
    ScoringFactor,
    ScoringGuide,
    ScoringTerm,
    Standard,
    Threshold,
)
from ..paths import search_dirs
from .schema import FactorSpec, LimitSpec, ScoringGuideSpec, StandardSpec
from .validate import ValidationReport, validate_data

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE.parent / "standards", _PACKAGE / "data" / "standards")


def standard_dirs() -> list[Path]:
    return search_dirs("SARA_STANDARDS_PATH", _CANDIDATES)


def standard_files() -> dict[str, Path]:
    """Standard id → file, first folder wins."""
    found: dict[str, Path] = {}
    for d in standard_dirs():
        for p in sorted(d.glob("*.yaml")):
            found.setdefault(p.stem, p)
    return found


def display_path(path: Path) -> str:
    """A short path for messages: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def safe_load(text: str) -> object:
    """``yaml.safe_load``, through libyaml when PyYAML has it (about 8× faster on the standards).

    Only valid YAML is read by the C parser: on any YAML error the text is parsed again by the
    pure-Python parser, so problems are reported exactly as ``yaml.safe_load`` reports them."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.load(text, Loader=loader)  # CSafeLoader: the safe loader in C
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def validate_file(path: Path) -> ValidationReport:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report = ValidationReport(shown)
        report.problem([], f"cannot read the file ({exc.strerror})")
        return report
    try:
        data = safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        report = ValidationReport(shown)
        report.problem([], "the file is not UTF-8 text")
        return report
    except yaml.YAMLError as exc:
        report = ValidationReport(shown)
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        report.problem([where], f"not valid YAML: {getattr(exc, 'problem', exc)}")
        return report
    return validate_data(data, shown, stem=path.stem)


def load_file(path: Path) -> Standard:
    report = validate_file(path)
    if not report.ok or report.spec is None:
        raise InvalidStandard(report.path, report.problems)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return _to_model(report.spec, str(path), digest)


def load_standard(standard_id: str) -> Standard:
    """Load a standard by id (kept by the current :class:`~analyzer.resources.Resources` until its file changes)."""
    from ..resources import Resources

    files = standard_files()
    if standard_id not in files:
        raise UnknownStandard(standard_id, sorted(files))
    path = files[standard_id]
    return Resources.current().loaded("standard", (str(path), path.stat().st_mtime_ns), lambda: load_file(path))


def load_all() -> list[Standard]:
    return [load_standard(sid) for sid in sorted(standard_files())]


def with_limits(standard: Standard, *, report_max: int | None = None, profile_max: int | None = None) -> Standard:
    """The same standard with user-overridden limits (a limit the standard lacks is created)."""

    def override(limit: LengthLimit | None, new_max: int | None, label: str) -> LengthLimit | None:
        if new_max is None:
            return limit
        if new_max <= 0:
            raise ValueError("a length limit must be positive")
        if limit is None:
            return LengthLimit(new_max, "word_count", True, label, "user override")
        return dataclasses.replace(limit, max=new_max, source=f"user override (standard: {limit.max})")

    return dataclasses.replace(
        standard,
        report_limit=override(standard.report_limit, report_max, "自评报告"),
        profile_limit=override(standard.profile_limit, profile_max, "组织概述"),
        _index={},
    )


def _limit(spec: LimitSpec | None) -> LengthLimit | None:
    if spec is None:
        return None
    return LengthLimit(spec.max, spec.unit, spec.includes_tables, spec.label_zh, spec.source)


def _to_model(spec: StandardSpec, path: str, digest: str) -> Standard:
    kids: dict[str, list[str]] = {c.id: [] for c in spec.clauses}
    for c in spec.clauses:
        if c.parent is not None:
            kids[c.parent].append(c.id)
    clauses = tuple(
        Clause(
            id=c.id,
            title=c.title,
            level=c.level,
            kind=c.kind,
            number=c.number,
            parent=c.parent,
            points=c.points,
            text=c.text.strip(),
            review_text=c.review_text.strip() if c.review_text else None,
            expects_answer=c.expects_answer,
            guidance=tuple(GuidancePoint(g.id, c.id, g.text.strip(), g.number, g.title) for g in c.guidance),
            children=tuple(kids[c.id]),
            notes=c.notes,
        )
        for c in spec.clauses
    )
    bands = BandScheme(
        scheme=spec.bands.scheme,
        levels=tuple(
            BandLevel(b.id, b.low, b.high, b.process.strip(), b.result.strip(), b.label_zh) for b in spec.bands.levels
        ),
        source=spec.bands.source,
        step_percent=spec.bands.step_percent,
    )
    return Standard(
        id=spec.id,
        title=spec.title,
        short_title=spec.short_title,
        award=spec.award,
        award_class=spec.award_class,
        version=spec.version,
        year=spec.year,
        issuer=spec.issuer,
        source_seed=spec.source.seed,
        total_points=spec.total_points,
        maturity_model=spec.maturity_model,
        clauses=clauses,
        bands=bands,
        report_limit=_limit(spec.limits.report),
        profile_limit=_limit(spec.limits.profile),
        results=ResultsRule(spec.results.min_consecutive_years, spec.results.min_indicators, spec.results.cap_band),
        thresholds=tuple(Threshold(t.id, t.label_zh, t.percent, t.inclusive, t.source) for t in spec.thresholds),
        notes=tuple(spec.notes),
        path=path,
        digest=digest,
        scoring_guide=_guide(spec.scoring_guide),
    )


def _factors(specs: list[FactorSpec]) -> tuple[ScoringFactor, ...]:
    return tuple(ScoringFactor(f.id, f.name_zh, f.name_en, f.text.strip()) for f in specs)


def _guide(spec: ScoringGuideSpec | None) -> ScoringGuide | None:
    if spec is None:
        return None
    return ScoringGuide(
        source=spec.source,
        introduction=spec.introduction.strip(),
        considerations=tuple(c.strip() for c in spec.considerations),
        principles=spec.principles.strip(),
        terms=tuple(ScoringTerm(t.term, t.text.strip()) for t in spec.terms),
        process_factors=_factors(spec.process_factors),
        result_factors=_factors(spec.result_factors),
        results_rules=tuple(
            ResultsRequirement(r.applies_to, r.label_zh, tuple(r.required), tuple(r.when_applicable), r.text.strip())
            for r in spec.results_rules
        ),
    )

