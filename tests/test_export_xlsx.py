"""The Excel scoresheet: machine draft, reviewers, consensus, summary and findings, read back with openpyxl."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from analyzer.cli import main
from analyzer.export.xlsx import scoresheet
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from analyzer.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev-reports"


@pytest.fixture(scope="module")
def analysis():  # type: ignore[no-untyped-def]
    doc = read_document(DEV / "szx-econ-smartmfg" / "report.md")
    return analyze_document(doc, load_standard("shenzhen-economic-2019"), AnalyzeOptions(backend="lexical"))


def _rows(ws) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_machine_only_sheet(analysis) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(io.BytesIO(scoresheet(analysis)))
    assert wb.sheetnames == ["评分表", "汇总", "问题清单"]
    rows = _rows(wb["评分表"])
    assert rows[0][:7] == ["条款", "名称", "类型", "分值", "覆盖状态", "机器建议档(%)", "机器建议得分"]
    assert len(rows) == 1 + len(analysis.standard.scoring_units)
    by = {r[0]: r for r in rows[1:]}
    assert by["5.2"][4] == "缺失" and by["5.2"][5] == "0-5"
    assert by["1.1"][3] == analysis.standard.clause("1.1").points
    summary = dict((r[0], r[1]) for r in _rows(wb["汇总"])[1:])
    assert summary["总分"] == 500
    assert summary["共识得分"] == "（尚未全部形成共识）"
    findings = _rows(wb["问题清单"])
    assert any(r[1] == "missing-clause" and r[2] == "5.2" for r in findings)


def test_reviewers_and_consensus_from_the_store(analysis, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "sara.db") as store:
        sub = store.add_submission("0" * 64, "report.md", "shenzhen-economic-2019")
        machine = {s.clause: s for s in analysis.suggestions}
        m = machine["1.1"]
        store.record_decision(sub.id, "1.1", "王评审", "50-65", 50, 65, "方法系统", m.band_id, m.reasons_zh)
        store.record_decision(sub.id, "1.1", "李评审", "30-45", 30, 45, "部署不足", m.band_id, m.reasons_zh)
        store.record_consensus(sub.id, "1.1", "50-65", 50, 65, "合议后采纳王评审意见", "组长")
        decisions = [*store.current_decisions(sub.id), *store.consensus(sub.id)]
    wb = load_workbook(io.BytesIO(scoresheet(analysis, decisions)))
    rows = _rows(wb["评分表"])
    head = rows[0]
    assert "王评审 档(%)" in head and "李评审 评语" in head and "共识档(%)" in head
    row = next(r for r in rows if r[0] == "1.1")
    cell = dict(zip(head, row, strict=True))
    assert cell["王评审 档(%)"] == "50-65" and cell["李评审 评语"] == "部署不足"
    assert cell["共识档(%)"] == "50-65" and cell["共识理由"] == "合议后采纳王评审意见"
    assert cell["得分"] == pytest.approx(analysis.standard.clause("1.1").points * 57.5 / 100, abs=0.05)
    assert cell["机器建议档(%)"] == m.band_id  # machine column untouched by human decisions


def test_cli_writes_xlsx_and_requires_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.xlsx"
    args = ["analyze", str(DEV / "wh-mfg-notitles" / "report.md"), "--backend", "lexical", "--format", "xlsx"]
    assert main([*args, "-o", str(out)]) == 0
    wb = load_workbook(out)
    assert wb["评分表"]["A2"].value == "5.2"
    capsys.readouterr()
    assert main(args) == 2
    assert "--format xlsx needs --output" in capsys.readouterr().err
