"""The four labelled dev reports: every labelled heading and paragraph must be recovered."""

from __future__ import annotations

import json

import pytest

from analyzer.model import Document
from analyzer.text.segment import build_document, paragraphs_counts

from .fixtures import DEV_REPORT_NAMES, DEV_REPORTS, dev_report


def _ws(text: str) -> str:
    return "".join(text.split())


def _labels(name: str) -> dict[str, object]:
    return json.loads((DEV_REPORTS / name / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=DEV_REPORT_NAMES)
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
    # levels: the labels start at 0 or 1 depending on the report; ours start at 1
    base = min(int(h["level"]) for h in wanted)  # type: ignore[call-overload]
    assert [s.level for _, s in found] == [int(h["level"]) - base + 1 for h in wanted]  # type: ignore[call-overload]


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


def test_counts_match_the_labels(report: tuple[str, Document, dict[str, object]]) -> None:
    _, doc, labels = report
    cc: dict[str, object] = labels["char_counts"]  # type: ignore[assignment]
    assert doc.counts is not None
    assert doc.counts.chars_no_spaces == cc["total_no_whitespace"]
    assert doc.counts.cjk == cc["total_cjk_ideographs"]
    # the labels' word-style figure is an approximation (see dev-reports/README.md): within 1 %
    approx = int(cc["total_word_style"])  # type: ignore[call-overload]
    assert abs(doc.counts.word_style - approx) <= approx // 100
    # the profile: paragraphs (not headings) of the first chapter after the title
    profile_section = next(s for s in doc.sections if s.level == 2)
    profile = [p for p in doc.paragraphs_in(profile_section.id) if p.kind != "heading"]
    counts = paragraphs_counts(profile)
    assert counts.chars_no_spaces == cc["profile_no_whitespace"]
    assert counts.cjk == cc["profile_cjk_ideographs"]
