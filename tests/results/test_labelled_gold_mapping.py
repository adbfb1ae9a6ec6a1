"""The results checks on every labelled report, with the labelled paragraph → clause mapping.

``test_labelled_reports`` runs the whole pipeline, so a mapping error (another step's) shows up as
a results error. Here each paragraph is credited to the clause its label names, so what is measured
is the results reading alone: tables, prose series, comparisons, direction and explanations. All
labelled reports take part — ``samples/*`` and, when present, ``../shared/dev-reports*/*``.
Run with ``-s`` for the table.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from analyzer.checks.base import CheckContext
from analyzer.checks.registry import run_checks
from analyzer.ingest import read_document
from analyzer.mapping.coverage import compute_coverage
from analyzer.pipeline import AnalyzeOptions, fitted_scorer, map_document
from analyzer.standards import load_standard
from analyzer.text.sentences import add_sentences

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted(p.parent for p in (ROOT / "samples").glob("*/labels.json")) + sorted(
    p.parent for p in (ROOT.parent / "shared").glob("dev-reports*/*/labels.json")
)
CHECKS = {
    "results-three-years": lambda labels: set(labels["results_lacking_three_years"]),
    "results-comparison": lambda labels: set(labels["results_lacking_comparison"]),
    "results-unexplained-decline": lambda labels: {
        u["clause"] for u in labels.get("unfavourable_results", []) if not u["explained"]
    },
}


@cache
def _found(folder: Path) -> dict[str, tuple[set[str], set[str]]]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    std = load_standard(labels["standard"])
    doc = add_sentences(read_document(folder / "report.md"))
    mapping = map_document(doc, std, fitted_scorer(std, AnalyzeOptions(backend="lexical")))
    gold = [(p["text_start"], p["clause"]) for p in labels["paragraphs"]]
    by_id = {p.id: p for p in doc.paragraphs}
    matches = []
    for m in mapping.matches:
        text = by_id[m.paragraph].text.strip()
        clause = next((c for start, c in gold if text.startswith(start) or start.startswith(text[:20])), None)
        matches.append(replace(m, clause=clause))
    mapping = replace(mapping, matches=tuple(matches), _by_paragraph={})
    findings = run_checks(CheckContext(doc, std, mapping, compute_coverage(doc, std, mapping)))
    return {
        check: (expected(labels), {f.clause for f in findings if f.check == check and f.clause})
        for check, expected in CHECKS.items()
    }


def test_results_flags_with_the_labelled_mapping() -> None:
    if not FOLDERS:
        pytest.skip("no labelled reports found")
    tp = fp = fn = 0
    lines = []
    for folder in FOLDERS:
        for check, (expected, found) in _found(folder).items():
            tp += len(expected & found)
            fp += len(found - expected)
            fn += len(expected - found)
            if expected != found:
                lines.append(
                    f"{folder.name} {check}: missed {sorted(expected - found)}, extra {sorted(found - expected)}"
                )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\nresults flags, labelled mapping, {len(FOLDERS)} reports: P {precision:.2f} R {recall:.2f} F1 {f1:.2f}")
    print("\n".join(lines))
    assert f1 >= 0.9, lines
    assert precision >= 0.95, lines
