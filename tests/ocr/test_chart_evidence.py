"""Chart evidence: a result item whose years and benchmark appear only in a chart picture.

The chart is drawn with matplotlib (Chinese title, legend 本公司/行业标杆, data labels); OCR reads it
into a table the results reader knows, attached to the section the picture sits in."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.checks.base import CheckConfig
from analyzer.ingest import IngestConfig, read_document
from analyzer.ingest.ocr import OcrSettings, ocr_pictures
from analyzer.ingest.ocr_layout import picture_blocks
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

from .fixtures import bar_chart_png, cjk_font, result_item_docx

pytestmark = pytest.mark.skipif(cjk_font() is None, reason="no CJK font for the chart (fonts-noto-cjk)")

YEARS = (2021, 2022, 2023)
TITLE = "图5.7-1 产品一次交验合格率（%）"
INTRO = "公司持续提升产品质量，产品一次交验合格率稳步提高，与行业标杆的对比情况见下图。"


@pytest.fixture(scope="module")
def chart() -> bytes:
    return bar_chart_png(TITLE, YEARS, [("本公司", [97.2, 98.1, 98.9]), ("行业标杆", [97.8, 98.3, 98.6])])


def test_chart_labels_become_a_result_table(chart: bytes) -> None:
    (outcome,) = ocr_pictures([chart], OcrSettings())
    assert outcome.image is not None
    blocks = picture_blocks(outcome.image, page=None)
    table = next(b for b in blocks if b.kind == "table")
    assert table.source == "picture"
    assert table.rows is not None
    header, row = table.rows[0], table.rows[1]
    assert header[1:4] == ("2021年", "2022年", "2023年")
    assert row[1:4] == ("97.2", "98.1", "98.9")
    assert [h for h in header if h.startswith("行业标杆")] == [f"行业标杆（{y}年）" for y in YEARS]
    assert row[4:] == ("97.8", "98.3", "98.6")


def test_a_chart_without_a_legend_for_several_bars_is_plain_text() -> None:
    png = bar_chart_png("图1 营业收入", YEARS, [("", [1.0, 2.0, 3.0]), ("", [1.5, 2.5, 3.5])])
    (outcome,) = ocr_pictures([png], OcrSettings())
    assert outcome.image is not None
    blocks = picture_blocks(outcome.image)
    assert [b.kind for b in blocks] == ["paragraph"]  # two values per year and no names: not guessed


def _findings(path: Path, mode: str) -> tuple[list[str], object]:
    doc = read_document(path, IngestConfig(ocr=OcrSettings(mode=mode)))  # type: ignore[arg-type]
    std = load_standard("wuhan-manufacturing-2022")
    options = AnalyzeOptions(backend="lexical", checks=CheckConfig(disabled=frozenset({"not-self-assessment"})))
    a = analyze_document(doc, std, options)
    return [f.check for f in a.findings if f.clause == "5.7.4"], a


def test_result_item_with_its_data_only_in_a_chart(tmp_path: Path, chart: bytes) -> None:
    path = result_item_docx(tmp_path / "chart.docx", "5.7.4 质量提升的结果", INTRO, chart, TITLE)
    with_ocr, a = _findings(path, "auto")
    without, _ = _findings(path, "off")
    # without OCR the item has no figures at all; with it, three years and a benchmark
    assert "results-no-data" in without or "results-three-years" in without
    assert "results-three-years" not in with_ocr and "results-no-data" not in with_ocr
    assert "results-comparison" not in with_ocr
    doc = a.document  # type: ignore[attr-defined]
    pictures = [p for p in doc.paragraphs if p.source == "picture"]
    assert pictures and any(p.kind == "table" for p in pictures)
    # the picture text sits in the result item's section and is counted apart from Word's 字数
    section = next(s for s in doc.sections if s.title.endswith("质量提升的结果"))
    assert all(p.section == section.id for p in pictures)
    assert doc.picture_counts is not None and doc.picture_counts.word_style > 0
    body_only = read_document(path, IngestConfig(ocr=OcrSettings(mode="off")))
    assert doc.counts == body_only.counts


def test_the_evidence_says_it_came_from_a_chart(tmp_path: Path, chart: bytes) -> None:
    from analyzer.export.analysis_json import analysis_to_dict

    path = result_item_docx(tmp_path / "chart.docx", "5.7.4 质量提升的结果", INTRO, chart, TITLE)
    _, a = _findings(path, "auto")
    data = analysis_to_dict(a)  # type: ignore[arg-type]
    clause = next(c for c in data["clauses"] if c["id"] == "5.7.4")
    charts = clause["charts"]
    assert charts and charts[0]["note_zh"] == "来自图表（OCR）" and charts[0]["note_en"] == "from a chart, OCR"
    assert any("2021年" in c["excerpt"] for c in charts)


def test_chart_in_a_text_pdf_is_read_too(tmp_path: Path, chart: bytes) -> None:
    from .fixtures import result_item_pdf

    path = result_item_pdf(tmp_path / "chart.pdf", "5.7.4 质量提升的结果", INTRO, chart, TITLE)
    with_ocr, a = _findings(path, "auto")
    assert "results-three-years" not in with_ocr and "results-comparison" not in with_ocr
    doc = a.document  # type: ignore[attr-defined]
    assert any(p.source == "picture" and p.kind == "table" for p in doc.paragraphs)
    assert doc.ocr_pages == ()  # a text page with a picture is not a scan
