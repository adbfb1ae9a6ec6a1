"""The check framework: what a check is, what it may read, and how it reports.

A check is one module under :mod:`analyzer.checks` that defines

- ``SPEC``: a :class:`CheckSpec` — a permanent ``code`` (``SARA-C101``), a kebab-case ``slug``
  (``missing-clause``), a default ``severity``, and ``message_zh`` / ``message_en`` templates with
  the same ``{placeholders}``;
- ``run(ctx) -> Iterator[Finding]``: reads only its :class:`CheckContext` (document, standard,
  mapping, coverage, config) — no file I/O, no model loading, no UI;
- a module docstring saying what it flags, why, and an example.

Checks are registered in one explicit list in :mod:`analyzer.checks.registry` (no import side
effects). Every check has a hand-built failing and passing example under
``tests/checks/examples/<slug>/``; a test walks the registry and insists on both.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ..mapping.types import Coverage, Mapping
from ..model import Clause, Document, Finding, FindingDetail, LimitUnit, Paragraph, Severity, Standard
from ..results.report import ReportResults

LengthConvention = LimitUnit


@dataclass(frozen=True, slots=True)
class Bi:
    """A message value that differs by language: ``{points}`` → ``40分`` / ``40 points``."""

    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """The permanent identity of a check and its message templates."""

    code: str
    slug: str
    severity: Severity
    summary: str
    message_zh: str
    message_en: str

    def __post_init__(self) -> None:
        zh = _placeholders(self.message_zh)
        en = _placeholders(self.message_en)
        if zh != en:
            raise ValueError(f"{self.slug}: message placeholders differ: zh {sorted(zh)} vs en {sorted(en)}")

    def finding(
        self,
        *,
        clause: str | None = None,
        paragraphs: Iterable[str] = (),
        severity: Severity | None = None,
        details: tuple[FindingDetail, ...] = (),
        **values: object,
    ) -> Finding:
        """A finding of this check with its messages filled from ``values`` (:class:`Bi` per language)."""
        zh = {k: (v.zh if isinstance(v, Bi) else v) for k, v in values.items()}
        en = {k: (v.en if isinstance(v, Bi) else v) for k, v in values.items()}
        return Finding(
            check=self.slug,
            code=self.code,
            severity=severity or self.severity,
            message_zh=self.message_zh.format(**zh),
            message_en=self.message_en.format(**en),
            clause=clause,
            paragraphs=tuple(paragraphs),
            details=details,
        )


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Settings the checks read. Unknown settings are errors (this is a frozen dataclass)."""

    length_convention: LengthConvention | None = None
    """Which count ``length-limit`` and ``profile-length-limit`` compare with the limit; None: the
    unit the limit itself states (Word's 字数 for every shipped standard)."""
    near_limit_ratio: float = 0.95
    """At or above this share of a limit (and not over it) the length checks warn."""
    disabled: frozenset[str] = frozenset()
    """Check slugs not to run."""
    polarity_overrides: tuple[tuple[str, Literal["up", "down", "neutral"]], ...] = ()
    """Indicator-name fragment → which direction is good, before the packaged polarity data."""


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read."""

    document: Document
    standard: Standard
    mapping: Mapping
    coverage: Coverage
    config: CheckConfig = CheckConfig()
    _paragraphs: dict[str, Paragraph] = field(default_factory=dict, repr=False, compare=False)
    _results: list[ReportResults] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._paragraphs.update({p.id: p for p in self.document.paragraphs})

    def paragraph(self, paragraph_id: str) -> Paragraph:
        return self._paragraphs[paragraph_id]

    def paragraphs_of(self, clause_id: str) -> tuple[Paragraph, ...]:
        """Body paragraphs and tables (not headings) credited to the clause or its descendants, in order."""
        ids = {clause_id, *(d.id for d in self.standard.descendants(clause_id))}
        return tuple(
            self._paragraphs[m.paragraph]
            for m in self.mapping.matches
            if m.clause in ids and self._paragraphs[m.paragraph].kind != "heading"
        )

    @property
    def report_results(self) -> ReportResults:
        """What the result items are read with from the whole report, found on first use and kept
        for the other results checks of this analysis (:class:`~analyzer.results.report.ReportResults`)."""
        if not self._results:
            self._results.append(ReportResults.of(self.document))
        return self._results[0]

    @property
    def answerable_leaves(self) -> tuple[Clause, ...]:
        """Clauses a report must answer directly: no children, ``expects_answer``, not profile."""
        return tuple(c for c in self.standard.clauses if not c.children and c.expects_answer and c.kind != "profile")

    @property
    def result_clauses(self) -> tuple[Clause, ...]:
        """The result items: answerable leaves of kind ``result`` (北京 7.1…, 武汉 5.x.4, 深圳 1.3 …)."""
        return tuple(c for c in self.answerable_leaves if c.kind == "result")


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check: its spec and its function."""

    spec: CheckSpec
    run: Callable[[CheckContext], Iterator[Finding]]
    doc: str = ""

    @property
    def slug(self) -> str:
        return self.spec.slug
