"""The Markdown report shows report text, names and comments as text: no raw HTML, no live links.

Rendered with a real CommonMark renderer (markdown-it-py, which streamlit brings) to check what a
Markdown viewer would make of it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.export.markdown import record_to_markdown
from analyzer.ingest import read_document
from analyzer.model import Decision
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import AnalysisRecord, read_record

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = (
    "<script>alert(1)</script>",
    "[点此领奖](javascript:alert(1))",
    "<javascript:alert(2)>",
    "<img src=x onerror=alert(3)>",
    "![](javascript:alert(4))",
)


@pytest.fixture(scope="module")
def record() -> AnalysisRecord:
    from analyzer.standards import load_standard

    doc = read_document(ROOT / "samples" / "bj-logistics" / "report.md")
    a = analyze_document(doc, load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    return read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))


def _html(md: str) -> str:
    return MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table").render(md)


def test_hostile_text_in_findings_and_reviews_renders_as_text(record: AnalysisRecord) -> None:
    payload = " ".join(HOSTILE)
    assert record.findings
    f0 = dataclasses.replace(record.findings[0], message_zh=payload, message_en=payload)
    hostile = dataclasses.replace(record, findings=(f0, *record.findings[1:]))
    unit = next(c for c in record.clauses if c.band is not None)
    assert unit.band is not None
    d = Decision(
        id=1, submission_id=1, clause=unit.id, reviewer="<b>甲</b>", band_id=unit.band.band_id,
        low=unit.band.low, high=unit.band.high, comment=payload, created_at="2026-12-05T10:00:00",
        machine_band_id=None, machine_reasons=(), kind="reviewer", rationale=None,
    )
    html = _html(record_to_markdown(hostile, [d]))
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<b>甲" not in lowered
    assert "javascript:" not in "".join(a.split(">")[0] for a in lowered.split("<a ")[1:])  # no link points there
    assert "href=" not in lowered
    # the text itself is still there, readable
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[点此领奖](javascript:alert(1))" in html


def test_the_reports_own_markup_stays(record: AnalysisRecord) -> None:
    html = _html(record_to_markdown(record))
    assert "<table>" in html and "<h1>" in html and "<strong>" in html
