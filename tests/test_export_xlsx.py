"""The Excel scoresheet from a stored record: machine draft, reviewers, consensus, summary, findings,
decision history — read back with openpyxl."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from analyzer.cli import main
from analyzer.export.analysis_json import analysis_to_dict
from analyzer.export.xlsx import SHEETS, scoresheet
from analyzer.ingest import read_document
from analyzer.model import Decision
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import AnalysisRecord, read_record
from analyzer.review.store import Store
from analyzer.standards import load_standard
from tests.shared_data import dev_report

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def record() -> AnalysisRecord:
    doc = read_document(dev_report("szx-econ-smartmfg") / "report.md")
    a = analyze_document(doc, load_standard("shenzhen-economic-2019"), AnalyzeOptions(backend="lexical"))
    return read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))


def _rows(ws: Any) -> list[list[object]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def _book(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data))


def test_machine_only_sheet(record: AnalysisRecord) -> None:
    wb = _book(scoresheet(record))
    assert tuple(wb.sheetnames) == SHEETS == ("评分表", "汇总", "问题清单", "决策记录")
    ws = wb["评分表"]
    rows = _rows(ws)
    assert rows[0] == [
        "条款",
        "名称",
        "类型",
        "分值",
        "覆盖状态",
        "机器建议档(%)",
        "机器建议得分",
        "共识档(%)",
        "共识理由",
        "得分",
        "机器建议依据",
    ]
    assert ws.freeze_panes == "C2"
    assert len(rows) == 1 + len(record.scoring_units)
    by = {r[0]: r for r in rows[1:]}
    assert by["5.2"][4] == "缺失" and by["5.2"][5] == "0-5"
    u = record.clause("1.1")
    assert u.band is not None
    assert by["1.1"][3] == u.points == 20
    assert by["1.1"][6] == f"{20 * u.band.low / 100:g}–{20 * u.band.high / 100:g}"
    assert by["1.1"][10] == "；".join(u.band.reasons) and by["1.1"][10]
    assert by["1.1"][7:10] == [None, None, None]  # no human columns filled without decisions
    summary = {r[0]: r[1] for r in _rows(wb["汇总"])[1:]}
    assert summary["总分"] == 500
    assert summary["共识得分"] == "（尚未全部形成共识）"
    assert summary["机器预估得分（草稿）"] == "229.5–302"
    assert summary["门槛：入围（50%，250分）"].startswith("机器预估取决于评审：入围（>50%，250分）")
    findings = _rows(wb["问题清单"])
    assert findings[0] == ["严重程度", "检查项", "条款", "说明", "Message", "位置", "明细"]
    missing = next(r for r in findings if r[1] == "missing-clause" and r[2].startswith("5.2 "))
    assert missing[0] == "错误" and "第" in missing[5]
    assert _rows(wb["决策记录"]) == [
        ["时间", "类型", "评审员/决定人", "条款", "档(%)", "评语/共识理由", "当时机器建议档(%)", "与机器建议"]
    ]


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "sara.db") as s:
        yield s


def test_reviewers_consensus_and_history_from_the_store(record: AnalysisRecord, store: Store) -> None:
    sub = store.add_submission("0" * 64, "report.md", "shenzhen-economic-2019")
    m = record.clause("1.1").band
    assert m is not None
    store.record_decision(sub.id, "1.1", "王评审", "30-45", 30, 45, "初评偏低", m.band_id, m.reasons)
    store.record_decision(sub.id, "1.1", "王评审", "50-65", 50, 65, "方法系统", m.band_id, m.reasons)
    store.record_decision(sub.id, "1.1", "李评审", "30-45", 30, 45, "部署不足", m.band_id, m.reasons)
    store.record_consensus(sub.id, "1.1", "50-65", 50, 65, "合议后采纳王评审意见", "组长", machine_band_id=m.band_id)
    decisions = [*store.current_decisions(sub.id), *store.consensus(sub.id)]
    history = store.history(sub.id)
    wb = _book(scoresheet(record, decisions, reviewers=["赵评审", "李评审"], history=history, source_name="申报.md"))
    rows = _rows(wb["评分表"])
    head = rows[0]
    # named reviewers first (赵评审 has not decided yet), then anyone else who decided
    assert head[7:13] == ["赵评审 档(%)", "赵评审 评语", "李评审 档(%)", "李评审 评语", "王评审 档(%)", "王评审 评语"]
    cell = dict(zip(head, next(r for r in rows if r[0] == "1.1"), strict=True))
    assert cell["王评审 档(%)"] == "50-65" and cell["王评审 评语"] == "方法系统"  # the latest decision
    assert cell["李评审 档(%)"] == "30-45" and cell["李评审 评语"] == "部署不足"
    assert cell["赵评审 档(%)"] is None
    assert cell["共识档(%)"] == "50-65" and cell["共识理由"] == "合议后采纳王评审意见"
    assert cell["得分"] == pytest.approx(20 * 57.5 / 100)
    assert cell["机器建议档(%)"] == m.band_id  # machine column untouched by human decisions
    other = dict(zip(head, next(r for r in rows if r[0] == "1.2"), strict=True))
    assert other["共识档(%)"] is None and other["得分"] is None
    summary = {r[0]: r[1:] for r in _rows(wb["汇总"])[1:]}
    assert summary["报告文件"][0] == "申报.md"
    assert summary["共识得分"] == ["（尚未全部形成共识）", f"已形成共识 1/{len(record.scoring_units)} 个评分单元"]
    assert summary["评审员"][0] == "赵评审、李评审、王评审"
    log = _rows(wb["决策记录"])[1:]
    assert len(log) == 4 == len(history)
    assert [r[1:6] for r in log] == [
        ["评审员", "王评审", "1.1 " + record.clause("1.1").title, "30-45", "初评偏低"],
        ["评审员", "王评审", "1.1 " + record.clause("1.1").title, "50-65", "方法系统"],
        ["评审员", "李评审", "1.1 " + record.clause("1.1").title, "30-45", "部署不足"],
        ["共识", "组长", "1.1 " + record.clause("1.1").title, "50-65", "合议后采纳王评审意见"],
    ]
    assert all(r[6] == m.band_id for r in log)
    assert [r[7] for r in log] == ["一致" if b == m.band_id else "不一致" for b in ("30-45", "50-65", "30-45", "50-65")]
    assert log[0][0] == history[0].created_at


def test_full_consensus_total_against_the_thresholds(record: AnalysisRecord, store: Store) -> None:
    sub = store.add_submission("1" * 64, "report.md", "shenzhen-economic-2019")
    for u in record.scoring_units:  # the panel agrees on 50-65 for every unit: 57.5% of 500 = 287.5
        store.record_consensus(sub.id, u.id, "50-65", 50, 65, "合议", "组长")
    wb = _book(scoresheet(record, store.consensus(sub.id)))
    rows = _rows(wb["评分表"])
    scores = [r[rows[0].index("得分")] for r in rows[1:]]
    assert all(isinstance(s, int | float) for s in scores)
    summary = {r[0]: r[1:] for r in _rows(wb["汇总"])[1:]}
    assert summary["共识得分"][0] == pytest.approx(sum(scores)) == pytest.approx(287.5, abs=0.5)
    assert summary["门槛：入围（50%，250分）"][1] == "已达到"
    assert summary["门槛：银奖候选（55%，275分）"][1] == "已达到"
    assert summary["门槛：金奖候选（60%，300分）"][1] == "未达到"


def test_cli_writes_xlsx_and_requires_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.xlsx"
    args = ["analyze", str(dev_report("wh-mfg-notitles") / "report.md"), "--backend", "lexical", "--format", "xlsx"]
    assert main([*args, "-o", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    assert wb["评分表"]["A2"].value == "5.2"
    assert wb["汇总"]["B3"].value == "report.md"
    assert not list(tmp_path.glob(".*.tmp"))
    capsys.readouterr()
    assert main(args) == 2
    assert "--format xlsx needs --output" in capsys.readouterr().err


def test_decision_sort_key_is_the_id_not_the_argument_order(record: AnalysisRecord, store: Store) -> None:
    """Several rows for one reviewer and item (e.g. a whole history passed as ``decisions``): the latest wins."""
    sub = store.add_submission("2" * 64, "report.md", "shenzhen-economic-2019")
    store.record_decision(sub.id, "1.2", "王评审", "70-85", 70, 85, "第一次", None, ())
    store.record_decision(sub.id, "1.2", "王评审", "30-45", 30, 45, "改判", None, ())
    history: list[Decision] = store.history(sub.id)
    wb = _book(scoresheet(record, list(reversed(history))))
    rows = _rows(wb["评分表"])
    cell = dict(zip(rows[0], next(r for r in rows if r[0] == "1.2"), strict=True))
    assert cell["王评审 档(%)"] == "30-45" and cell["王评审 评语"] == "改判"
    log = _rows(wb["决策记录"])[1:]
    assert [r[5] for r in log] == ["第一次", "改判"] and {r[7] for r in log} == {"（未显示机器建议）"}


def test_a_strict_threshold_is_not_reached_at_exactly_its_points(record: AnalysisRecord, store: Store) -> None:
    """入围 is “高于50%”: a consensus total of exactly 250 of 500 does not reach it, 铜奖 (≥50%) does."""
    sub = store.add_submission("3" * 64, "report.md", "shenzhen-economic-2019")
    for u in record.scoring_units:  # every unit at 50% exactly: 250 points
        store.record_consensus(sub.id, u.id, "50", 50, 50, "合议", "组长")
    summary = {r[0]: r[1:] for r in _rows(_book(scoresheet(record, store.consensus(sub.id)))["汇总"])[1:]}
    assert summary["共识得分"][0] == 250
    assert summary["门槛：入围（50%，250分）"][1] == "未达到"
    assert summary["门槛：铜奖候选（50%，250分）"][1] == "已达到"


def test_machine_only_sheet_of_a_sample() -> None:
    """On one of our own samples (runs without ../shared): sheets, one row per scoring unit, the missing unit."""
    folder = Path(__file__).resolve().parents[1] / "samples" / "szx-econ-bank"
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    a = analyze_document(
        read_document(folder / "report.md"), load_standard(labels["standard"]), AnalyzeOptions(backend="lexical")
    )
    rec = read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    wb = _book(scoresheet(rec))
    assert tuple(wb.sheetnames) == SHEETS
    rows = _rows(wb["评分表"])
    assert len(rows) == 1 + len(rec.scoring_units)
    by = {r[0]: r for r in rows[1:]}
    for cid in labels["missing_clauses"]:  # 3.2
        assert by[cid][4] == "缺失" and by[cid][5] == "0-5"
    summary = {r[0]: r[1] for r in _rows(wb["汇总"])[1:]}
    assert summary["总分"] == rec.standard.total_points == 500
    findings = _rows(wb["问题清单"])
    assert sum(r[1] == "missing-clause" for r in findings) == len(labels["missing_clauses"])
