"""A document that is not a self-assessment report: CLI analyze, record, exports and screening."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from analyzer.batch.runner import screen_folder
from analyzer.cli import main
from analyzer.export.markdown import record_to_markdown
from analyzer.record import read_record

ROOT = Path(__file__).resolve().parents[1]
OOD = ROOT / "samples" / "out-of-domain"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("standard", ["auto", "beijing-2020"])
def test_analyze_a_budget_evaluation_gives_one_finding_and_no_bands(
    capsys: pytest.CaptureFixture[str], standard: str
) -> None:
    code, out, err = run(
        capsys, "analyze", str(OOD / "budget-performance.md"), "--standard", standard, "--backend", "lexical"
    )
    assert code == 0, err
    data = json.loads(out)
    assert [f["check"] for f in data["findings"]] == ["not-self-assessment"]
    finding = data["findings"][0]
    assert finding["severity"] == "error" and "项目支出绩效自评报告" in finding["message_zh"]
    assert "预算执行率" in finding["message_zh"] and "performance self-evaluation" in finding["message_en"]
    assert data["score_estimate"] is None
    assert all(c["band"] is None for c in data["clauses"])
    assert data["genre"]["is_report"] is False and data["genre"]["genre"] == "budget-performance"
    if standard == "auto":
        assert data["detection"]["standard"] is None and data["detection"]["fits"] is False
        assert data["detection"]["closest"] and "no standard fits" in err
    else:
        assert data["detection"] is None
    record = read_record(data)
    assert record.not_a_report and record.estimate is None and record.genre is not None
    assert "非自评报告" in record_to_markdown(record)


def test_a_report_for_an_unknown_award_is_analysed_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "analyze", str(OOD / "unknown-award-shanghai.md"), "--standard", "auto", "--backend", "lexical"
    )
    assert code == 0, err
    data = json.loads(out)
    checks = [f["check"] for f in data["findings"]]
    assert "not-self-assessment" not in checks and "award-mismatch" in checks
    assert data["detection"]["fits"] is True and data["detection"]["award_named"] == "上海市质量金奖"
    assert data["detection"]["confidence"] <= 0.5
    assert data["score_estimate"] is not None


def test_screen_says_not_a_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SARA_DB", str(tmp_path / "sara.db"))
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(OOD / "tender-document.md", folder / "tender.md")
    shutil.copy(OOD / "unknown-award-shanghai.md", folder / "shanghai.md")
    result = screen_folder(folder, "auto", jobs=1)
    rows = {r.file: r for r in result.rows}
    tender = rows["tender.md"]
    assert tender.verdict == "非自评报告" and "招标文件" in tender.reasons_zh[0]
    assert tender.score_low is None and not tender.missing
    assert rows["shanghai.md"].verdict in ("完整", "需补充")
    assert result.count("非自评报告") == 1
    from analyzer.export.screening import screening_csv

    table = list(csv.reader(io.StringIO(screening_csv(result))))
    verdict = table[0].index("结论")
    assert "非自评报告" in [r[verdict] for r in table[1:]]
