"""A clause whose section is credited elsewhere is not reported missing; a truly missing one is.

Built from the project's own labelled sample (samples/szx-econ-bank) re-numbered by GB/T
19580-2012 with the layout-perturbation generator, its innovation results (Shenzhen economic 5.3)
headed ``4.7.4 财务结果``, a number the crosswalk sends to 1.3/2.3/6.3 only, and its
planted missing clause 3.2 has no text at all.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from analyzer.checks import run_checks
from analyzer.checks.base import CheckConfig, CheckContext
from analyzer.evaluate import load_labelled, pair_paragraphs
from analyzer.evaluation import perturb
from analyzer.evaluation.render import rendered
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "szx-econ-bank"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    variant = perturb.perturb(perturb.load(SAMPLE), "gbt19580", seed=0)
    # The innovation results under a GB/T number whose rows all lie elsewhere (4.7.4 财务结果 → SZE
    # 1.3/2.3/6.3): the heading cannot be 5.3, the text is.
    blocks = tuple(
        dataclasses.replace(b, text="4.7.4 财务结果") if b.kind == "heading" and b.clause == "5.3" else b
        for b in variant.blocks
    )
    variant = dataclasses.replace(variant, blocks=blocks)
    labels_dir, path = rendered(variant, "md", tmp_path_factory.mktemp("gbt"))
    report = load_labelled(labels_dir)
    doc = read_document(path)
    std = load_standard(report.standard)
    return report, doc, std, analyze_document(doc, std, AnalyzeOptions(backend="lexical"))


def test_section_answering_a_clause_under_another_heading_keeps_it_from_missing(analysed) -> None:  # type: ignore[no-untyped-def]
    report, doc, _std, a = analysed
    cov = a.coverage.of("5.3")
    assert cov.status == "weak"
    assert cov.elsewhere is not None and cov.elsewhere.credited_to != "5.3"
    assert cov.elsewhere.margin >= 1.1
    labels = {p.id: lp.clause for lp, p in pair_paragraphs(doc, report.paragraphs) if p is not None}
    assert {labels.get(pid) for pid in cov.elsewhere.paragraphs} == {"5.3"}
    assert any("核对" in r for r in cov.reasons_zh) and any("check its heading" in r for r in cov.reasons_en)
    # uncertain: neither an error nor a warning about 5.3
    assert not [f for f in a.findings if f.clause == "5.3" and f.check in ("missing-clause", "weak-clause")]


def test_planted_missing_clause_is_still_missing(analysed) -> None:  # type: ignore[no-untyped-def]
    report, _doc, _std, a = analysed
    assert "3.2" in report.missing_clauses
    cov = a.coverage.of("3.2")
    assert cov.status == "missing" and cov.elsewhere is None
    assert any(f.check == "missing-clause" and f.clause == "3.2" for f in a.findings)


def test_findings_of_the_coverage_agree_with_a_fresh_check_run(analysed) -> None:  # type: ignore[no-untyped-def]
    _report, doc, std, a = analysed
    ctx = CheckContext(doc, std, a.mapping, a.coverage, CheckConfig())
    missing = {f.clause for f in run_checks(ctx) if f.check == "missing-clause"}
    assert "5.3" not in missing and "3.2" in missing
