"""The labelled reports (four dev reports when ../shared is present, and our own samples) for mapping tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from analyzer.evaluate import LabelledReport, load_labelled
from tests.shared_data import DEV_REPORTS as DEV
from tests.shared_data import REASON

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


@cache
def labelled() -> tuple[LabelledReport, ...]:
    folders = sorted(DEV.glob("*/labels.json")) + sorted(SAMPLES.glob("*/labels.json"))
    return tuple(load_labelled(p.parent) for p in folders)


def names() -> list[str]:
    return [r.name for r in labelled()]


def report(name: str) -> LabelledReport:
    """A labelled report by name; the calling test skips when it is a dev report and ../shared is absent."""
    found = next((r for r in labelled() if r.name == name), None)
    if found is None:
        pytest.skip(REASON)
    return found
