"""The results checks on the labelled reports (dev reports and samples) against their labels.

Each folder has ``report.md`` and ``labels.json``; the real pipeline (reader, heading alignment,
lexical mapping, coverage, checks) runs on it. Compared per result item:

- ``results-three-years`` with ``results_lacking_three_years``,
- ``results-comparison`` with ``results_lacking_comparison``,
- ``results-no-data`` with ``results_without_numbers``,
- ``results-unexplained-decline`` with the items of ``unfavourable_results`` whose ``explained`` is false.

Every planted defect must be flagged and nothing else. Run with ``-s`` to see the precision/recall table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from tests.shared_data import dev_folders, dev_report, sample_folders

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = dev_folders() + sample_folders()

CHECKS = ("results-three-years", "results-comparison", "results-no-data", "results-unexplained-decline")


def _expected(labels: dict, check: str) -> frozenset[str]:  # type: ignore[type-arg]
    if check == "results-three-years":
        return frozenset(labels["results_lacking_three_years"])
    if check == "results-comparison":
        return frozenset(labels["results_lacking_comparison"])
    if check == "results-no-data":
        return frozenset(labels["results_without_numbers"])
    return frozenset(u["clause"] for u in labels.get("unfavourable_results", []) if not u["explained"])


@dataclass(frozen=True)
class Outcome:
    report: str
    check: str
    expected: frozenset[str]
    found: frozenset[str]


@cache
def _outcomes(folder: Path) -> tuple[Outcome, ...]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    analysis = analyze_document(
        read_document(folder / "report.md"), load_standard(labels["standard"]), AnalyzeOptions(backend="lexical")
    )
    return tuple(
        Outcome(
            folder.name,
            check,
            _expected(labels, check),
            frozenset(f.clause for f in analysis.findings if f.check == check and f.clause),
        )
        for check in CHECKS
    )


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
@pytest.mark.parametrize("check", CHECKS)
def test_findings_match_the_labels(folder: Path, check: str) -> None:
    (outcome,) = [o for o in _outcomes(folder) if o.check == check]
    missed = sorted(outcome.expected - outcome.found)
    extra = sorted(outcome.found - outcome.expected)
    assert not missed and not extra, f"{folder.name} {check}: missed {missed}, extra {extra}"


def test_precision_and_recall_table() -> None:
    if not FOLDERS:
        pytest.skip("no labelled reports found")
    rows = []
    for check in CHECKS:
        tp = fp = fn = 0
        for folder in FOLDERS:
            (o,) = [o for o in _outcomes(folder) if o.check == check]
            tp += len(o.found & o.expected)
            fp += len(o.found - o.expected)
            fn += len(o.expected - o.found)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        rows.append((check, tp, fp, fn, precision, recall))
    print(f"\nresults checks over {len(FOLDERS)} labelled reports")
    print(f"{'check':<30}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>11}{'recall':>8}")
    for check, tp, fp, fn, precision, recall in rows:
        print(f"{check:<30}{tp:>4}{fp:>4}{fn:>4}{precision:>11.2f}{recall:>8.2f}")
    assert all(r[4] == 1.0 and r[5] == 1.0 for r in rows)


def test_every_finding_carries_per_indicator_details() -> None:
    folder = dev_report("szx-econ-smartmfg")
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    analysis = analyze_document(
        read_document(folder / "report.md"), load_standard(labels["standard"]), AnalyzeOptions(backend="lexical")
    )
    (three,) = [f for f in analysis.findings if f.check == "results-three-years"]
    assert three.clause == "3.3" and three.code == "SARA-C201"
    satisfaction = next(d for d in three.details if d.subject == "顾客满意度")
    assert dict(satisfaction.facts)["years"] == "2022, 2023"
    (decline,) = [f for f in analysis.findings if f.check == "results-unexplained-decline"]
    assert "员工主动离职率" in [d.subject for d in decline.details]
