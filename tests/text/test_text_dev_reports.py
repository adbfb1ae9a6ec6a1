"""The labelled dev reports (both sets): every labelled heading and paragraph must be recovered, with
its level; the title lines, cover block and 目录 are front matter."""

from __future__ import annotations

import json

import pytest

from analyzer.model import Document
from analyzer.text.segment import build_document, paragraphs_counts

from .fixtures import DEV_REPORT_2_NAMES, DEV_REPORT_NAMES, dev_report, dev_report_folder


def _ws(text: str) -> str:
    return "".join(text.split())


def _labels(name: str) -> dict[str, object]:
    return json.loads((dev_report_folder(name) / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=DEV_REPORT_NAMES + DEV_REPORT_2_NAMES)
def report(request: pytest.FixtureRequest) -> tuple[str, Document, dict[str, object]]:
    name = request.param
    return name, build_document(dev_report(name)), _labels(name)


def test_headings_recovered_with_their_levels(report: tuple[str, Document, dict[str, object]]) -> None:
    name, doc, labels = report
    wanted: list[dict[str, object]] = labels["headings"]  # type: ignore[assignment]
    found = [(p, s) for p in doc.paragraphs if p.kind == "heading" for s in doc.sections if s.heading_span == p.span]
    found_texts = [_ws(p.text) for p, _ in found]
    wanted_texts = [_ws(str(h["text"])) for h in wanted]
    hits = sum(1 for t in wanted_texts if t in found_texts)
    recall = hits / len(wanted_texts)
    precision = sum(1 for t in found_texts if t in wanted_texts) / max(1, len(found_texts))
    print(f"\n{name}: headings {hits}/{len(wanted_texts)} recall {recall:.0%} precision {precision:.0%}")
    assert found_texts == wanted_texts
    # front matter: the labelled headings without a clause before the first one with a clause
    # (title lines, 目录); they are level 1 and contain no content heading
    n_front = next(i for i, h in enumerate(wanted) if h["clause"] is not None)
    assert [s.front_matter for _, s in found] == [i < n_front for i in range(len(found))]
    front_ids = {s.id for _, s in found[:n_front]}
    assert not any(s.parent in front_ids for s in doc.sections)
    # levels of the content headings: the labels start at 0, 1 or 2 depending on the report; ours at 1
    content = wanted[n_front:]
    base = min(int(h["level"]) for h in content)  # type: ignore[call-overload]
    assert [s.level for _, s in found[n_front:]] == [int(h["level"]) - base + 1 for h in content]  # type: ignore[call-overload]


def test_paragraphs_recovered(report: tuple[str, Document, dict[str, object]]) -> None:
    name, doc, labels = report
    wanted: list[dict[str, str]] = labels["paragraphs"]  # type: ignore[assignment]
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    hits = 0
    for label, p in zip(wanted, body, strict=False):
        if _ws(p.text).startswith(_ws(label["text_start"])) and p.kind == label["kind"]:
            hits += 1
    print(f"\n{name}: paragraphs {hits}/{len(wanted)} ({hits / len(wanted):.0%}), found {len(body)}")
    assert len(body) == len(wanted)
    assert hits == len(wanted)


def test_front_matter_paragraphs_are_the_unlabelled_ones(report: tuple[str, Document, dict[str, object]]) -> None:
    _, doc, labels = report
    wanted: list[dict[str, str]] = labels["paragraphs"]  # type: ignore[assignment]
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    n_front = next(i for i, p in enumerate(wanted) if p["clause"] is not None)
    assert [p.front_matter for p in body] == [i < n_front for i in range(len(body))]


def test_counts_match_the_labels(report: tuple[str, Document, dict[str, object]]) -> None:
    name, doc, labels = report
    if name not in DEV_REPORT_NAMES:
        pytest.skip("set 2 counts its profile per clause (by_clause_no_whitespace), not per chapter")
    cc: dict[str, object] = labels["char_counts"]  # type: ignore[assignment]
    assert doc.counts is not None
    assert doc.counts.chars_no_spaces == cc["total_no_whitespace"]
    assert doc.counts.cjk == cc["total_cjk_ideographs"]
    # the labels' word-style figure is an approximation (see dev-reports/README.md): within 1 %
    approx = int(cc["total_word_style"])  # type: ignore[call-overload]
    assert abs(doc.counts.word_style - approx) <= approx // 100
    # the profile: paragraphs (not headings) of the first chapter after the title
    profile_section = next(s for s in doc.sections if not s.front_matter)
    profile = [p for p in doc.paragraphs_in(profile_section.id) if p.kind != "heading"]
    counts = paragraphs_counts(profile)
    assert counts.chars_no_spaces == cc["profile_no_whitespace"]
    assert counts.cjk == cc["profile_cjk_ideographs"]
