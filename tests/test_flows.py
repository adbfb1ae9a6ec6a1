"""The named pipelines in pipelines/*.yaml load, validate strictly and turn into real options."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.flows import InvalidFlow, UnknownFlow, flow_files, load_flow, read_flow
from analyzer.pipeline import AnalyzeOptions, analyze_file

ROOT = Path(__file__).resolve().parents[1]


def test_the_three_shipped_flows_load() -> None:
    assert {"applicant", "reviewer", "secretariat"} <= set(flow_files())
    sec = load_flow("secretariat")
    assert sec.backend == "lexical" and sec.store and "xlsx" in sec.outputs
    opts = sec.analyze_options()
    assert isinstance(opts, AnalyzeOptions) and opts.backend == "lexical"
    assert opts.checks.near_limit_ratio == 0.95
    assert sec.ingest_config().max_bytes == 50 * 1024 * 1024
    assert load_flow("applicant").standard == "auto"


def test_a_flow_runs_the_real_pipeline() -> None:
    flow = load_flow("secretariat")
    a = analyze_file(ROOT / "samples" / "bj-logistics" / "report.md", flow.standard, flow.analyze_options())
    assert a.standard.id == "beijing-2020" and a.mapping.scorer.name == "lexical"


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(f"schema: sara.pipeline/1\nname: {name}\ntitle_zh: 测试\n{body}", encoding="utf-8")
    return path


def test_disabled_checks_reach_the_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "quiet", "backend: lexical\nchecks:\n  disabled: [weak-clause, misplaced-content]\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(tmp_path))
    flow = load_flow("quiet")
    a = analyze_file(ROOT / "samples" / "bj-logistics" / "report.md", "beijing-2020", flow.analyze_options())
    assert not {f.check for f in a.findings} & {"weak-clause", "misplaced-content"}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("colour: red\n", "colour"),
        ("backend: fast\n", "backend"),
        ("checks:\n  disabled: [no-such-check]\n", "no-such-check"),
        ("ingest:\n  max_mb: -1\n", "max_mb"),
        ("jobs: 0\n", "jobs"),
    ],
)
def test_invalid_flows_are_refused_with_the_problem(tmp_path: Path, body: str, problem: str) -> None:
    with pytest.raises(InvalidFlow) as exc:
        read_flow(_write(tmp_path, "bad", body))
    assert problem in exc.value.bilingual()


def test_name_must_match_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "one", "")
    path.rename(tmp_path / "two.yaml")
    with pytest.raises(InvalidFlow, match="file name"):
        read_flow(tmp_path / "two.yaml")


def test_unknown_flow_lists_the_known_ones() -> None:
    with pytest.raises(UnknownFlow) as exc:
        load_flow("nobody")
    assert "secretariat" in exc.value.bilingual()


def test_the_cli_takes_its_defaults_from_the_named_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from analyzer.cli import main

    _write(tmp_path, "quiet", "standard: beijing-2020\nbackend: lexical\nchecks:\n  disabled: [weak-clause]\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(tmp_path))
    report = str(ROOT / "samples" / "bj-logistics" / "report.md")
    assert main(["analyze", report, "--pipeline", "quiet"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["standard"]["id"] == "beijing-2020" and out["detection"] is None
    assert out["backend"]["name"] == "lexical"
    assert "weak-clause" not in {f["check"] for f in out["findings"]}
    # an option on the command line overrides the pipeline's setting
    assert main(["analyze", report, "--pipeline", "quiet", "--standard", "auto"]) == 0
    assert json.loads(capsys.readouterr().out)["detection"] is not None
    assert main(["analyze", report, "--pipeline", "nobody"]) == 2
    assert "nobody" in capsys.readouterr().err


def test_screen_follows_the_pipelines_store_and_jobs(tmp_path: Path) -> None:
    """Run as its own process: spawned workers re-import the parent's ``__main__``, which after an
    AppTest in the same pytest process is the app script (it would open the database itself)."""
    import os
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "samples" / "bj-logistics" / "report.md", folder / "bj.md")
    flows = tmp_path / "flows"
    flows.mkdir()
    _write(flows, "nostore", "backend: lexical\njobs: 1\nstore: false\n")
    db = tmp_path / "sara.db"
    env = {**os.environ, "SARA_PIPELINES_PATH": str(flows), "SARA_DB": str(db)}

    def screen(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "analyzer", "screen", str(folder), *args]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)

    run = screen("--pipeline", "nostore")
    assert run.returncode == 0, run.stderr
    assert "bj.md" in run.stdout
    assert not db.exists()
    # the secretariat pipeline stores (and so caches) its results
    run = screen("--jobs", "1")
    assert run.returncode == 0, run.stderr
    assert db.exists()
