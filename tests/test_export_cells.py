"""No export carries a formula: names, comments and file names starting with = + - @ stay text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from analyzer.batch.verdict import ScreenResult, error_row
from analyzer.errors import UnsupportedFormat
from analyzer.export.analysis_json import analysis_to_dict
from analyzer.export.cells import csv_cell, workbook_bytes
from analyzer.export.screening import screening_csv, screening_xlsx
from analyzer.export.xlsx import scoresheet
from analyzer.ingest import read_document
from analyzer.model import Decision
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import read_record
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "\tx", "＝1+1")


def _formulas(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    return [f"{c.parent.title}!{c.coordinate}" for c in cells if c.data_type == "f"]


def _texts(data: bytes) -> set[str]:
    wb = load_workbook(io.BytesIO(data))
    return {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cell_prefixes_formula_text(text: str) -> None:
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["质量=生命", "ISO 9001", "2023", 12, -3.5, 0.9, "（一）领导"])
def test_csv_cell_leaves_other_values(value: object) -> None:
    assert csv_cell(value) == value


def test_csv_cell_none_is_empty() -> None:
    assert csv_cell(None) == ""


def test_workbook_bytes_stores_formula_looking_text_as_text() -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["=1+1", "plain", 3])
    assert ws["A1"].data_type == "f"  # what openpyxl does on its own
    data = workbook_bytes(wb)
    assert _formulas(data) == []
    assert load_workbook(io.BytesIO(data)).active["A1"].value == "=1+1"


def test_scoresheet_with_hostile_reviewer_comment_and_file_name() -> None:
    doc = read_document(ROOT / "samples" / "bj-logistics" / "report.md")
    a = analyze_document(doc, load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    record = read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    info = next(c for c in record.clauses if c.band is not None)
    clause, band = info.id, info.band
    assert band is not None
    decisions = [
        Decision(
            id=i,
            submission_id=1,
            clause=clause,
            reviewer=name,
            band_id=band.band_id,
            low=band.low,
            high=band.high,
            comment="=HYPERLINK(\"http://evil\",\"点我\")",
            created_at="2026-12-05T10:00:00",
            machine_band_id=band.band_id,
            machine_reasons=(),
            kind="reviewer",
            rationale=None,
        )
        for i, name in enumerate(("=1+1", "@甲"), start=1)
    ]
    data = scoresheet(record, decisions, source_name="=cmd|' /C calc'!A0.docx", history=decisions)
    assert _formulas(data) == []
    texts = _texts(data)
    assert "=cmd|' /C calc'!A0.docx" in texts
    assert any(t.startswith("=HYPERLINK") for t in texts)


def test_screening_exports_neutralise_hostile_file_names() -> None:
    rows = tuple(error_row(name, UnsupportedFormat(name)) for name in ("=1+1.docx", "-报告.pdf", "@x.md"))
    result = ScreenResult(rows=rows, analysed=0, cached=0, failed=len(rows), elapsed=0.0)
    assert _formulas(screening_xlsx(result)) == []
    table = list(csv.reader(io.StringIO(screening_csv(result).lstrip("\ufeff"))))
    files = [r[0] for r in table[1:]]
    assert files == ["'=1+1.docx", "'-报告.pdf", "'@x.md"]
