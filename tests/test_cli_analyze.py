"""``sara analyze``: the sara.analysis/1 contract, Markdown, auto-detection, formats, bad input."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main
from tests.fixtures import make_docx
from tests.shared_data import DEV_REPORTS as DEV
from tests.shared_data import dev_params, dev_report

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
LABELLED = sorted(DEV.glob("*/labels.json")) + sorted((ROOT / "samples").glob("*/labels.json"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "analyze",
        str(dev_report("szx-econ-smartmfg") / "report.md"),
        "--standard",
        "shenzhen-economic-2019",
        "--backend",
        "lexical",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "sara.analysis/1"
    assert data["standard"] == {
        "id": "shenzhen-economic-2019",
        "title": "深圳市市长质量奖评定标准（2019年经济类）",
        "total_points": 500,
        "version": data["standard"]["version"],
        "digest": data["standard"]["digest"],
    }
    length = data["length"]
    assert {"count", "limit", "convention", "over"} <= set(length)
    assert length["limit"] == 30000 and length["convention"] == "word_count" and length["over"] is False
    assert length["counts"]["chars_no_spaces"] == 19517
    p = data["paragraphs"][3]
    assert {"index", "text", "start", "end", "heading", "clause", "score", "method"} <= set(p)
    body = [p for p in data["paragraphs"] if not p["heading"]]
    assert {p["method"] for p in body} <= {"heading", "lexical"}
    assert all(p["clause"] is not None for p in body)
    clauses = {c["id"]: c for c in data["clauses"]}
    assert {"id", "title", "points", "kind", "status", "chars", "paragraphs", "evidence", "band"} <= set(clauses["1.1"])
    assert clauses["5.2"]["status"] == "missing" and clauses["5.2"]["chars"] == 0
    assert clauses["1.1"]["status"] in ("covered", "weak") and clauses["1.1"]["chars"] > 0
    assert {c["kind"] for c in data["clauses"]} <= {"profile", "process", "result", "mixed"}
    missing = [f for f in data["findings"] if f["check"] == "missing-clause"]
    assert [f["clause"] for f in missing] == ["5.2"]
    assert all({"check", "severity", "clause", "message_zh", "message_en"} <= set(f) for f in data["findings"])
    assert data["backend"]["name"] == "lexical"
    band = clauses["1.1"]["band"]
    assert {"low", "high", "reasons"} <= set(band) and band["source"] == "machine"
    assert band["low"] < band["high"] and band["reasons"]
    assert clauses["5.2"]["band"]["low"] == 0  # a missing item gets the lowest band
    assert clauses["1"]["band"] is None  # categories are not banded in this standard
    est = data["score_estimate"]
    assert 0 <= est["low"] <= est["high"] <= 500
    assert {t["id"] for t in est["thresholds"]} >= {"shortlist"}


def test_json_contract_on_a_sample(capsys: pytest.CaptureFixture[str]) -> None:
    """The sara.analysis/1 fields on one of our own samples (runs without ../shared)."""
    folder = ROOT / "samples" / "szx-econ-bank"
    lab = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    code, out, err = run(capsys, "analyze", str(folder / "report.md"), "--backend", "lexical")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "sara.analysis/1"
    assert data["standard"]["id"] == lab["standard"] == data["detection"]["standard"]
    assert {"count", "limit", "convention", "over"} <= set(data["length"])
    assert {"index", "text", "start", "end", "heading", "clause", "score", "method"} <= set(data["paragraphs"][3])
    clauses = {c["id"]: c for c in data["clauses"]}
    for cid in lab["missing_clauses"]:
        assert clauses[cid]["status"] == "missing" and clauses[cid]["chars"] == 0
        assert clauses[cid]["band"]["low"] == 0
    missing = sorted(f["clause"] for f in data["findings"] if f["check"] == "missing-clause")
    assert missing == sorted(lab["missing_clauses"])
    assert all({"check", "severity", "clause", "message_zh", "message_en"} <= set(f) for f in data["findings"])
    est = data["score_estimate"]
    assert 0 <= est["low"] <= est["high"] <= data["standard"]["total_points"]


@pytest.mark.parametrize("labels", LABELLED, ids=lambda p: p.parent.name)
def test_auto_detects_and_reports_exactly_the_planted_missing_clauses_from_docx(
    labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = json.loads(labels.read_text(encoding="utf-8"))
    md = (labels.parent / "report.md").read_text(encoding="utf-8")
    levels = {h["text"]: int(h["level"]) for h in lab["headings"]}
    docx = tmp_path / "report.docx"
    docx.write_bytes(make_docx.md_to_docx(md, headings=levels, auto_numbering=False))
    code, out, err = run(capsys, "analyze", str(docx), "--backend", "lexical")
    assert code == 0, err
    data = json.loads(out)
    assert data["detection"]["standard"] == lab["standard"]
    assert data["source"]["format"] == "docx"
    missing = sorted(f["clause"] for f in data["findings"] if f["check"] == "missing-clause")
    assert missing == sorted(lab["missing_clauses"])


def test_pdf_excerpt_written_by_libreoffice(capsys: pytest.CaptureFixture[str]) -> None:
    # lo_report.pdf: two pages of the Shenzhen service dev report printed by LibreOffice (tests/fixtures)
    code, out, err = run(
        capsys,
        "analyze",
        str(FIXTURES / "pdf" / "lo_report.pdf"),
        "--standard",
        "shenzhen-service-2019",
        "--backend",
        "lexical",
    )
    assert code == 0, err
    data = json.loads(out)
    body = [p for p in data["paragraphs"] if not p["heading"]]
    assert body and all(p["page"] in (1, 2) for p in body)
    clauses = {c["id"]: c for c in data["clauses"]}
    assert clauses["1.1"]["status"] != "missing"  # the excerpt's （一）领导力
    assert clauses["3.3.2"]["status"] == "missing"  # not in the excerpt


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to print the dev reports to PDF")
@pytest.mark.parametrize("labels", dev_params(sorted(DEV.glob("*/labels.json"))), ids=lambda p: p.parent.name)
def test_dev_report_printed_to_pdf(labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Full dev reports as PDF (LibreOffice; the PDFs are too large to commit, ~0.4 MB each)."""
    spec = importlib.util.spec_from_file_location("sara_make_dev_pdfs", FIXTURES / "make_dev_pdfs.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(FIXTURES))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    docx = tmp_path / f"{labels.parent.name}.docx"
    module.make_docx(labels.parent, docx, "dash")
    module.convert_with_libreoffice(docx, tmp_path)
    lab = json.loads(labels.read_text(encoding="utf-8"))
    code, out, err = run(capsys, "analyze", str(tmp_path / f"{labels.parent.name}.pdf"), "--backend", "lexical")
    assert code == 0, err
    data = json.loads(out)
    assert data["standard"]["id"] == lab["standard"]
    assert sorted(f["clause"] for f in data["findings"] if f["check"] == "missing-clause") == lab["missing_clauses"]


def test_markdown_report_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out" / "report.md"
    code, out, err = run(
        capsys,
        "analyze",
        str(dev_report("bj-meddevice") / "report.md"),
        "--format",
        "md",
        "-o",
        str(out_file),
        "--backend",
        "lexical",
    )
    assert code == 0, err
    assert out == ""
    assert "已写入 / wrote" in err and "识别标准 / detected standard: beijing-2020" in err
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith("# SARA 自评报告检查结果")
    assert "未回答条款 4.5 基础设施" in text
    assert "组织概述篇幅 / Profile: 3,302，限额 3,000（超出）" in text
    assert "| 　4.5 基础设施 | 10 | 缺失 | 0 | 0 |" in text
    assert not list(out_file.parent.glob(".*.tmp"))


def test_bad_input_leaves_no_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "x.json"
    code, _, err = run(capsys, "analyze", str(FIXTURES / "pdf" / "image_only.pdf"), "-o", str(out_file))
    assert code == 2
    assert err.startswith("错误 / error:") and "Traceback" not in err
    assert not out_file.exists() and not list(tmp_path.iterdir())
    sample = str(ROOT / "samples" / "bj-logistics" / "report.md")
    code, _, err = run(capsys, "analyze", sample, "--standard", "nope-2000")
    assert code == 2 and "nope-2000" in err
    code, _, err = run(capsys, "analyze", sample, "--format", "pdf")
    assert code == 2 and "用法错误 / usage error" in err


def test_convention_option_changes_the_length_count(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(dev_report("bj-meddevice") / "report.md")
    _, out, _ = run(capsys, "analyze", path, "--standard", "beijing-2020", "--backend", "lexical")
    _, out2, _ = run(
        capsys, "analyze", path, "--standard", "beijing-2020", "--backend", "lexical", "--convention", "chars_no_spaces"
    )
    a, b = json.loads(out)["length"], json.loads(out2)["length"]
    assert (a["convention"], b["convention"]) == ("word_count", "chars_no_spaces")
    assert b["count"] == 24141 and a["count"] < b["count"]


def test_python_dash_m_entry_point() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert r.returncode == 0 and "--standard" in r.stdout and "sara.analysis/1" in r.stdout
