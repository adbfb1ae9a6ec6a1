"""The labelled reports (four dev reports and our own samples) for mapping tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from analyzer.evaluate import LabelledReport, load_labelled

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "dev-reports"
SAMPLES = ROOT / "samples"


@cache
def labelled() -> tuple[LabelledReport, ...]:
    folders = sorted(DEV.glob("*/labels.json")) + sorted(SAMPLES.glob("*/labels.json"))
    return tuple(load_labelled(p.parent) for p in folders)


def names() -> list[str]:
    return [r.name for r in labelled()]


def report(name: str) -> LabelledReport:
    return next(r for r in labelled() if r.name == name)
