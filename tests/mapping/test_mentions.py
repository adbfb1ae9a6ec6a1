"""A clause whose section is absent is missing even when the report mentions its topic elsewhere.

Built with the layout-perturbation generator's ``missing-mentioned`` variant: one answered process
clause is removed and the first sentences of its answer are appended to the profile and to the
section before it, as real reports mention a topic in their 组织概述 and in neighbouring sections.
The clause must be reported missing, the paragraphs that mention it must stay with their own
sections, and the same report as written must not lose the clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.evaluate import load_labelled, pair_paragraphs
from analyzer.evaluation import perturb
from analyzer.evaluation.render import rendered
from analyzer.ingest import read_document
from analyzer.mapping.coverage import expected_chars
from analyzer.mapping.elsewhere import borrowed_credit
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from tests.shared_data import dev_report

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _analyse(folder: Path, variant: str, tmp: Path):  # type: ignore[no-untyped-def]
    source = perturb.load(folder)
    out = perturb.perturb(source, variant, seed=0)
    labels_dir, path = rendered(out, "md", tmp)
    report = load_labelled(labels_dir)
    doc = read_document(path)
    std = load_standard(report.standard)
    return source, out, report, doc, std, analyze_document(doc, std, AnalyzeOptions(backend="lexical"))


def _planted(source: perturb.LabelledDoc, out: perturb.LabelledDoc) -> str:
    (cid,) = set(out.missing_clauses) - set(source.missing_clauses)
    return cid


@pytest.mark.parametrize("name", ["wh-svc-water", "bj-logistics"])
def test_planted_clause_with_mentions_is_missing(tmp_path: Path, name: str) -> None:
    source, out, report, doc, _std, a = _analyse(SAMPLES / name, "missing-mentioned", tmp_path)
    cid = _planted(source, out)
    assert a.coverage.of(cid).status == "missing"
    assert any(f.check == "missing-clause" and f.clause == cid for f in a.findings)
    # the mentions are really there, in paragraphs labelled with other clauses, and stay with them
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    pairs = [(lp, p) for lp, p in pair_paragraphs(doc, report.paragraphs) if p is not None]
    removed = [b for b in source.blocks if b.clause == cid and b.kind == "text"]
    first = perturb._sentences(removed[0].text)[0]
    holders = [(lp, p) for lp, p in pairs if first in p.text]
    assert holders and all(lp.clause != cid for lp, _ in holders)
    assert all(credited[p.id] == lp.clause for lp, p in holders)


@pytest.mark.parametrize("name", ["wh-svc-water", "bj-logistics"])
def test_the_same_clause_as_written_is_not_missing(tmp_path: Path, name: str) -> None:
    source = perturb.load(SAMPLES / name)
    cid = _planted(source, perturb.perturb(source, "missing-mentioned", seed=0))
    _s, _o, _r, _d, _std, a = _analyse(SAMPLES / name, "as-written", tmp_path)
    assert a.coverage.of(cid).status != "missing"


def test_container_introduction_only_mentions_a_clause_without_heading(tmp_path: Path) -> None:
    """Flat layout (every heading at one level): the 质量提升 category's introduction is credited to
    5.7.2 by content once 5.7.2's own section is gone; that credit is a mention, not an answer."""
    source, out, _report, doc, std, a = _analyse(dev_report("wh-mfg-notitles"), "missing-mentioned", tmp_path)
    cid = _planted(source, out)
    mentions = borrowed_credit(doc, std, a.mapping)
    assert mentions.get(cid)
    chars = sum(len(p.text) for p in doc.paragraphs if p.id in mentions[cid])
    expected = expected_chars(std, std.clause(cid))
    assert expected is not None and chars < 2 * expected
    assert a.coverage.of(cid).status == "missing"


def test_a_whole_section_under_a_container_heading_is_an_answer(tmp_path: Path) -> None:
    """Own-words headings: 创新怎么谋划 is aligned to the container 2.3, its five paragraphs answer
    2.3.1 (more than a thin answer), so 2.3.1 is covered, not missing."""
    _s, _o, report, _doc, _std, a = _analyse(dev_report("szx-service-govcenter"), "categories", tmp_path)
    assert "2.3.1" not in report.missing_clauses
    assert a.coverage.of("2.3.1").status != "missing"
