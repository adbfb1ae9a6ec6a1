"""The labelled dev reports beside the repository (``../shared``), for the tests that read them.

A user's clone has no ``../shared``: every test that needs those reports skips with :data:`REASON`
instead of failing with FileNotFoundError. Core behaviour stays covered by ``samples/`` and the
committed fixtures. Import from here (``from tests.shared_data import …``), never build the path
again in a test module.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_REPORTS = SHARED / "dev-reports"
DEV_REPORTS_2 = SHARED / "dev-reports-2"
SAMPLES = ROOT / "samples"
REASON = f"needs the labelled dev reports in {DEV_REPORTS} (../shared is not part of a clone)"
HAVE_DEV_REPORTS = DEV_REPORTS.is_dir()

needs_dev_reports = pytest.mark.skipif(not HAVE_DEV_REPORTS, reason=REASON)
"""Mark a test (or ``pytestmark`` a module) that reads ``../shared/dev-reports``."""


def dev_report(name: str) -> Path:
    """The folder of one dev report; skips the calling test when it is absent."""
    folder = DEV_REPORTS / name
    if not (folder / "report.md").is_file():
        pytest.skip(REASON)
    return folder


def dev_folders() -> list[Path]:
    """The dev-report folders with labels, sorted ([] without ``../shared``)."""
    return sorted(p.parent for p in DEV_REPORTS.glob("*/labels.json"))


def sample_folders() -> list[Path]:
    """Our own labelled samples (always present)."""
    return sorted(p.parent for p in SAMPLES.glob("*/labels.json"))


def dev_params(values: Iterable[object]) -> list[object]:
    """Parameters for a test over dev reports: ``values``, or one skipped parameter saying why
    (a Path under ``../shared``, so ``ids=lambda p: p.name`` style callbacks still work)."""
    values = list(values)
    if HAVE_DEV_REPORTS and values:
        return values
    return [pytest.param(SHARED / "absent", marks=pytest.mark.skip(reason=REASON), id="no-shared")]
