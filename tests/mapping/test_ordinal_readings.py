"""Ordinals read per sibling group: the middle level skipped, and one clause left out (the ordinal trap).

A report that numbers its items ``（一）（二）…`` directly under ``【一、…】`` categories, in its own
words, with an item missing, gives every later item the ordinal of the clause before it. The
aligner reads each group's ordinals at depth 1 or 2 and with one skipped clause at each position,
and takes a reading only when the whole group (titles, body text, order) scores better with it
(:func:`analyzer.mapping.align._best_reading`). Built on the project's own sample
``samples/wh-svc-eldercare`` (5.3.2, the first item of its category, and 5.6.3, in the middle, are
missing) and on perturbed reports (``categories-gap``: the first item of a category removed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.evaluate import LabelledReport, load_labelled, pair_paragraphs
from analyzer.evaluation import perturb
from analyzer.evaluation.render import rendered
from analyzer.ingest import read_document
from analyzer.mapping.align import _Reading
from analyzer.model import Document
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from tests.shared_data import dev_report

ROOT = Path(__file__).resolve().parents[2]
ELDERCARE = ROOT / "samples" / "wh-svc-eldercare"


def _analyse(folder: Path, variant: str, tmp: Path) -> tuple[LabelledReport, Document, Analysis]:
    doc_l = perturb.perturb(perturb.load(folder), variant)
    labels_dir, path = rendered(doc_l, "md", tmp)
    report = load_labelled(labels_dir)
    doc = read_document(path)
    return report, doc, analyze_document(doc, load_standard(report.standard), AnalyzeOptions(backend="lexical"))


def test_reading_positions() -> None:
    assert [_Reading().position(k) for k in (1, 2, 3)] == [1, 2, 3]
    # the 2nd clause has no section: ordinals from 2 on name the clause after it
    assert [_Reading(gap=2).position(k) for k in (1, 2, 3)] == [1, 3, 4]
    assert "skip one clause" in _Reading(gap=2).describe() and "two levels" in _Reading(depth=2).describe()
    assert _Reading().describe() == ""


@pytest.fixture(scope="module")
def eldercare(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return _analyse(ELDERCARE, "as-written", tmp_path_factory.mktemp("elder"))


def test_every_item_heading_goes_to_its_labelled_clause_despite_its_ordinal(eldercare) -> None:  # type: ignore[no-untyped-def]
    _report, doc, a = eldercare
    heads = json.loads((ELDERCARE / "labels.json").read_text("utf-8"))["headings"]
    labelled = {h["text"]: h["clause"] for h in heads}
    got = {}
    for s in doc.sections:
        for text, clause in labelled.items():
            if text.endswith(s.title) and clause is not None:
                got[text] = a.mapping.alignment.clause_of(s.id)
    items = {t: c for t, c in labelled.items() if c is not None and t.startswith("（")}
    assert items and {t: got.get(t) for t in items} == items
    # the trap: an item whose ordinal names a missing clause, decided by the whole group
    trapped = [s for s in doc.sections if a.mapping.alignment.clause_of(s.id) in ("5.3.3", "5.6.4")]
    assert trapped and all(any("skip one clause" in r for r in a.mapping.alignment.of(s.id).reasons) for s in trapped)


def test_both_missing_clauses_are_reported_and_nothing_else(eldercare) -> None:  # type: ignore[no-untyped-def]
    report, _doc, a = eldercare
    missing = {f.clause for f in a.findings if f.check == "missing-clause"}
    assert missing == set(report.missing_clauses) == {"5.3.2", "5.6.3"}


def test_paragraphs_follow_their_headings(eldercare) -> None:  # type: ignore[no-untyped-def]
    report, doc, a = eldercare
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    pairs = [(lab.clause, credited.get(p.id)) for lab, p in pair_paragraphs(doc, report.paragraphs) if p is not None]
    # the trapped sections' paragraphs are credited to the clauses they answer
    for clause in ("5.3.3", "5.3.4", "5.6.4"):
        mine = [got for lab, got in pairs if lab == clause]
        assert mine and all(got == clause for got in mine), clause


def test_first_item_of_a_category_removed_is_missing(tmp_path: Path) -> None:
    # wh-mfg-battery's categories-gap variant: the category's lead-in ("本章说明领导班子如何定方向…")
    # previews the removed first item but does not answer it
    report, _doc, a = _analyse(ROOT / "samples" / "wh-mfg-battery", "categories-gap", tmp_path)
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    assert missing == set(report.missing_clauses) and len(missing) == 2


def test_middle_level_skipped_items_align_at_depth_two(tmp_path: Path) -> None:
    # a three-level standard (Shenzhen service) with （一）… items directly under the categories
    report, doc, a = _analyse(dev_report("szx-service-govcenter"), "categories-gap", tmp_path)
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    pairs = [(lab.clause, credited.get(p.id)) for lab, p in pair_paragraphs(doc, report.paragraphs) if p is not None]
    right = sum(lab == got for lab, got in pairs)
    assert right / len(pairs) >= 0.95
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    assert missing == set(report.missing_clauses)
    assert any("two levels down" in r for s in doc.sections for r in a.mapping.alignment.of(s.id).reasons)
