"""The applicants' Markdown report from a stored record, with and without reviewer decisions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.export.markdown import record_to_markdown
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import read_record
from analyzer.review.store import Store
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def stored() -> dict[str, Any]:
    """samples/szx-econ-bank analysed, as the JSON text the database keeps."""
    a = analyze_document(
        read_document(SAMPLES / "szx-econ-bank" / "report.md"),
        load_standard("shenzhen-economic-2019"),
        AnalyzeOptions(backend="lexical"),
    )
    data: dict[str, Any] = json.loads(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    return data


def test_report_from_the_stored_record(stored: dict[str, Any]) -> None:
    record = read_record(stored)
    text = record_to_markdown(record)
    assert text.startswith("# SARA 自评报告检查结果 / Self-assessment check: report.md\n")
    e = record.estimate
    assert e is not None and e.thresholds
    assert f"- 预估得分 / Score estimate (machine draft): {e.low:g}–{e.high:g} / 500 " in text
    for t in e.thresholds:
        assert f"  - {t.message_zh} / {t.message_en}" in text
    counts = record.severity_counts()
    assert f"- 发现 / Findings: 错误 {counts['error']}，警告 {counts['warning']}，提示 {counts['info']}" in text
    for c in record.clauses:  # one coverage row per clause, with its status and 字数
        assert f"{c.label} | " in text
    unit = record.scoring_units[0]
    assert unit.band is not None
    assert f"| {unit.band.low}–{unit.band.high}% " in text
    assert "评审意见" not in text


def test_profile_state_is_read_back_and_old_records_fall_back() -> None:
    """``length.profile.state`` is written now (接近 needs it); a record written before it still renders."""
    a = analyze_document(
        read_document(SAMPLES / "bj-logistics" / "report.md"),
        load_standard("beijing-2020"),
        AnalyzeOptions(backend="lexical"),
    )
    stored = json.loads(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    profile = stored["length"]["profile"]
    assert profile is not None and profile["state"] in {"over", "near", "within"}
    line = f"- 组织概述篇幅 / Profile: {profile['count']:,}，限额 {profile['limit']:,}"
    near = json.loads(json.dumps(stored))
    near["length"]["profile"].update(state="near", over=False)
    assert f"{line}（接近）" in record_to_markdown(read_record(near))
    old = json.loads(json.dumps(stored))
    del old["length"]["profile"]["state"]
    old["length"]["profile"]["over"] = True
    assert f"{line}（超出）" in record_to_markdown(read_record(old))
    old["length"]["profile"]["over"] = False
    assert f"{line}（未超出）" in record_to_markdown(read_record(old))


def test_decisions_are_listed_with_their_provenance(stored: dict[str, Any], tmp_path: Path) -> None:
    record = read_record(stored)
    first, second = record.scoring_units[:2]
    with Store.open(tmp_path / "sara.db") as store:
        sub = store.add_submission("0" * 64, "report.md", record.standard.id)
        store.record_decision(sub.id, first.id, "王评审", "50-65", 50, 65, "方法|系统", None, ())
        store.record_decision(sub.id, first.id, "李评审", "30-45", 30, 45, "", None, ())
        store.record_consensus(sub.id, first.id, "50-65", 50, 65, "合议", "组长")
        decisions = [*store.current_decisions(sub.id), *store.consensus(sub.id)]
    text = record_to_markdown(record, decisions)
    assert "## 评审意见 / Review" in text
    row = next(line for line in text.splitlines() if line.startswith(f"| {first.label} | {first.points} |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert first.band is not None
    assert cells[2] == f"{first.band.band_id}%"  # 机器建议
    assert cells[3] == "李评审：30-45%<br>王评审：50-65%（方法｜系统）"  # a "|" cannot break the table
    assert cells[4] == "50-65%：合议"
    assert float(cells[5]) == pytest.approx((first.points or 0) * 0.575)
    other = next(line for line in text.splitlines() if line.startswith(f"| {second.label} |"))
    assert other.endswith("|  |  |  |")
    assert f"已形成共识 / Consensus so far: 1/{len(record.scoring_units)} 个评分单元" in text
