"""The `sara` command: help, listing, JSON shape, and exact error messages and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.standards import standard_files

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "standards"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_help_lists_commands() -> None:
    r = run("--help")
    assert r.returncode == 0
    assert "SARA 自评报告分析器" in r.stdout and "standards" in r.stdout


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from analyzer.cli import main; main(['standards']); "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'spacy', 'streamlit', 'sklearn') if m in sys.modules]; "
        "print('HEAVY', heavy)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "HEAVY []" in r.stdout, r.stdout + r.stderr


def test_standards_lists_every_standard() -> None:
    r = run("standards")
    assert r.returncode == 0
    shipped = set(standard_files())
    assert {"shenzhen-service-2019", "shenzhen-economic-2019", "wuhan-manufacturing-2022"} <= shipped
    assert {"wuhan-service-2022", "beijing-2020"} <= shipped
    for sid in shipped:
        assert sid in r.stdout
    assert "60,000" in r.stdout and "30,000" in r.stdout


def test_show_json_shape() -> None:
    r = run("standards", "show", "beijing-2020", "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert {"id", "title", "total_points", "limits", "bands", "clauses"} <= set(d)
    assert d["id"] == "beijing-2020" and d["total_points"] == 1000
    c = next(c for c in d["clauses"] if c["id"] == "1.1")
    assert {"id", "parent", "title", "points", "kind", "text", "guidance"} <= set(c)
    assert c["parent"] == "1" and c["points"] == 50 and c["kind"] == "process"
    assert d["limits"]["profile"]["max"] == 3000


def test_show_text() -> None:
    r = run("standards", "show", "shenzhen-service-2019")
    assert r.returncode == 0
    assert "1.1.1 确定方向 (30分)  [process] *" in r.stdout


def test_unknown_standard_is_exit_2_with_bilingual_message() -> None:
    r = run("standards", "show", "nope")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.startswith("错误 / error: 未知的评定标准“nope”，可用：beijing-2020, ")
    assert "/ unknown standard 'nope'; available: beijing-2020, " in r.stderr
    assert "Traceback" not in r.stderr


def test_usage_errors_are_exit_2() -> None:
    r = run("standards", "shwo")
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "用法错误 / usage error: No such command 'shwo'. Did you mean 'show'? (see 'sara standards --help')"
    )
    r = run("standards", "show", "beijing-2020", "--format", "xml")
    assert r.returncode == 2 and "用法错误 / usage error: Invalid value for '--format'" in r.stderr
    r = run("frobnicate")
    assert r.returncode == 2 and "No such command 'frobnicate'" in r.stderr


def test_validate_ok_and_broken() -> None:
    r = run("standards", "validate")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("ok ") == len(standard_files())
    r = run("standards", "validate", "tests/data/standards/mini-2024.yaml", "tests/data/standards/broken-2024.yaml")
    assert r.returncode == 2
    assert "ok tests/data/standards/mini-2024.yaml" in r.stdout
    assert "tests/data/standards/broken-2024.yaml: colour: Extra inputs are not permitted" in r.stderr
    assert r.stderr.strip().endswith("错误 / error: 2 个评定标准文件中有 1 个无效 / 1 of 2 standard file(s) invalid")
    assert "Traceback" not in r.stderr


def test_validate_missing_file() -> None:
    r = run("standards", "validate", "nowhere.yaml")
    assert r.returncode == 2
    assert r.stderr.strip() == "错误 / error: 文件不存在：nowhere.yaml / no such file: nowhere.yaml"


def test_standards_path_adds_user_standards() -> None:
    r = run("standards", env={"SARA_STANDARDS_PATH": str(DATA)})
    # the broken file is listed by the directory but fails to load: exit 2 with located problems
    assert r.returncode == 2
    assert "broken-2024.yaml" in r.stderr
    r = run("standards", "show", "mini-2024", "--format", "json", env={"SARA_STANDARDS_PATH": str(DATA)})
    assert r.returncode == 0 and json.loads(r.stdout)["total_points"] == 100


@pytest.mark.parametrize("argv", [["--version"], ["standards", "--help"]])
def test_in_process_main_returns_zero(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    assert capsys.readouterr().out
