"""The one explicit list of checks, in the order they run and report.

Adding a check: write ``analyzer/checks/<name>.py`` with ``SPEC`` and ``run`` (see
:mod:`analyzer.checks.base`), add it below, add ``tests/checks/examples/<slug>/failing.md`` and
``passing.md``, and update the registry snapshot (``tests/checks/registry.snapshot``).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from ..model import Finding
from . import (
    award_mismatch,
    length_limit,
    misplaced_content,
    missing_clause,
    not_self_assessment,
    profile_length_limit,
    results_comparison,
    results_indicators,
    results_integration,
    results_no_data,
    results_three_years,
    results_unexplained_decline,
    weak_clause,
)
from .base import Check, CheckContext

_MODULES: tuple[ModuleType, ...] = (
    not_self_assessment,
    award_mismatch,
    missing_clause,
    weak_clause,
    misplaced_content,
    length_limit,
    profile_length_limit,
    results_three_years,
    results_comparison,
    results_indicators,
    results_no_data,
    results_unexplained_decline,
    results_integration,
)

CHECKS: tuple[Check, ...] = tuple(Check(spec=m.SPEC, run=m.run, doc=m.__doc__ or "") for m in _MODULES)


def check(slug: str) -> Check:
    for c in CHECKS:
        if c.slug == slug:
            return c
    raise KeyError(slug)


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def run_checks(ctx: CheckContext, checks: Iterable[Check] = CHECKS) -> tuple[Finding, ...]:
    """Run every enabled check; findings ordered by severity, then check order, then clause order."""
    order = {c.id: i for i, c in enumerate(ctx.standard.clauses)}
    found: list[tuple[int, int, int, int, Finding]] = []
    for i, c in enumerate(checks):
        if c.slug in ctx.config.disabled:
            continue
        for f in c.run(ctx):
            found.append((_SEVERITY_ORDER[f.severity], i, order.get(f.clause or "", -1), len(found), f))
    return tuple(t[-1] for t in sorted(found, key=lambda t: t[:4]))
