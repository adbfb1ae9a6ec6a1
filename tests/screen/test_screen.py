"""``sara screen`` and :func:`analyzer.batch.runner.screen_folder` on a real folder (no mocks).

The folder (``conftest.build_folder``): three good reports of three standards (Markdown, DOCX, one
in a nested folder), a corrupt PDF, an encrypted PDF, a scanned PDF, an empty file and a ``.doc``;
a hidden file, a hidden folder and an Office lock file that must be skipped.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from analyzer.batch.runner import CRASH_ENV, ScreenProgress, find_files, load_run, screen_folder
from analyzer.batch.verdict import row_from_record
from analyzer.cli import main
from analyzer.record import read_record
from analyzer.review.store import Store
from tests.screen.folder import FILES, GOOD, ROOT, SAMPLES, UNREADABLE, build_folder

HEADERS_NEEDED = ("文件", "结论", "原因", "评价标准", "识别置信度", "字数", "字数上限", "超出字数", "缺失条款数")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Run(code, out.getvalue(), err.getvalue())


@dataclass(frozen=True)
class Screened:
    folder: Path
    db: Path
    xlsx: Path
    run: Run


@pytest.fixture(scope="module")
def screened(tmp_path_factory: pytest.TempPathFactory) -> Screened:
    """One ``sara screen`` run over a fresh folder, into a fresh database, written as Excel."""
    base = tmp_path_factory.mktemp("screened")
    folder = build_folder(base / "submissions")
    db, xlsx = base / "sara.db", base / "out" / "screen.xlsx"
    run = run_cli("screen", str(folder), "--jobs", "2", "--db", str(db), "--output", str(xlsx))
    return Screened(folder, db, xlsx, run)


def _sheet_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = load_workbook(path)[sheet]
    values = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def _same(text: str, value: object) -> bool:
    """A CSV cell says what the Excel cell holds (Excel stores 1.0 as 1)."""
    if isinstance(value, int | float):
        return float(text) == float(value)
    return text == ("" if value is None else str(value))


def _codes(cell: object) -> list[str]:
    """Clause ids from a cell like ``6.2 改进与创新；7.5 过程有效性结果``."""
    return [part.split(" ")[0] for part in str(cell or "").split("；") if part]


# --------------------------------------------------------------------------- the first run


def test_screen_writes_one_correct_row_per_file(screened: Screened) -> None:
    assert screened.run.code == 0, screened.run.err
    assert "完整 0, 需补充 3, 无法读取 5" in screened.run.err
    assert "新分析 analysed 3, 缓存 cached 0" in screened.run.err
    rows = _sheet_rows(screened.xlsx, "筛查结果")
    assert [r["文件"] for r in rows] == FILES  # sorted, nested path kept, hidden and lock files skipped
    by_file = {str(r["文件"]): r for r in rows}
    for name, exp in GOOD.items():
        r = by_file[name]
        assert r["结论"] == "需补充", r
        assert r["评价标准"] == exp.standard
        assert isinstance(r["识别置信度"], int | float) and r["识别置信度"] >= 0.6
        assert _codes(r["缺失条款"]) == list(exp.missing)
        assert r["缺失条款数"] == len(exp.missing)
        assert _codes(r["缺三年数据"]) == list(exp.three_years)
        assert _codes(r["缺对比数据"]) == list(exp.comparison)
        assert _codes(r["无量化数据"]) == list(exp.no_data)
        assert r["超出字数"] == 0 and isinstance(r["字数"], int) and r["字数"] < r["字数上限"]  # type: ignore[operator]
        assert "缺失条款 1 项" in str(r["原因"])
        assert r["格式"] == Path(name).suffix.lstrip(".")
        assert r["来自缓存"] == "否" and isinstance(r["送审编号"], int)
        low, high = str(r["预估得分"]).split("–")
        assert 0 <= float(low) <= float(high) <= float(r["总分"])  # type: ignore[arg-type]
    for name, fragment in UNREADABLE.items():
        r = by_file[name]
        assert r["结论"] == "无法读取"
        assert fragment in str(r["错误信息"]) and name in str(r["错误信息"])
        assert str(r["Error"]) and name in str(r["Error"])
        assert str(screened.folder) not in str(r["错误信息"])  # relative paths, not this machine's
        assert r["缺失条款数"] is None and r["送审编号"] is None


def test_excel_has_three_formatted_sheets(screened: Screened) -> None:
    wb = load_workbook(screened.xlsx)
    assert wb.sheetnames == ["筛查结果", "覆盖矩阵", "问题清单"]
    ws = wb["筛查结果"]
    header = [c.value for c in ws[1]]
    assert set(HEADERS_NEEDED) <= set(header)
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    rules = {
        (str(rng.sqref), r.type, r.operator, tuple(r.formula)) for rng in ws.conditional_formatting for r in rng.rules
    }
    verdict = f"{chr(ord('A') + header.index('结论'))}2:{chr(ord('A') + header.index('结论'))}9"
    assert {(verdict, "cellIs", "equal", (f'"{v}"',)) for v in ("无法读取", "需补充", "完整")} <= rules
    over = chr(ord("A") + header.index("超出字数"))
    assert (f"{over}2:{over}9", "cellIs", "greaterThan", ("0",)) in rules
    missing = chr(ord("A") + header.index("缺失条款数"))
    assert (f"{missing}2:{missing}9", "cellIs", "greaterThan", ("0",)) in rules
    assert ws.column_dimensions["A"].width >= 30

    matrix = wb["覆盖矩阵"]
    cells = [[c.value for c in row] for row in matrix.iter_rows()]
    titles = [row[0] for row in cells if str(row[0] or "").startswith("评价标准：")]
    assert len(titles) == 3  # three standards, one block each
    assert any("beijing-2020" in str(t) for t in titles)
    bj = next(i for i, row in enumerate(cells) if "beijing-2020" in str(row[0]))
    head, line = cells[bj + 1], cells[bj + 2]
    assert head[0] == "文件" and line[0] == "bj-logistics.md"
    col = next(j for j, h in enumerate(head) if str(h or "").startswith("6.2 "))
    assert line[col] == "缺失"
    assert set(line[1:]) <= {"已覆盖", "薄弱", "缺失"} and "已覆盖" in line
    assert matrix.freeze_panes == "B1"
    status_rules = {tuple(r.formula) for rng in matrix.conditional_formatting for r in rng.rules}
    assert {('"缺失"',), ('"薄弱"',), ('"已覆盖"',)} <= status_rules

    issues = _sheet_rows(screened.xlsx, "问题清单")
    assert {"文件", "严重程度", "检查项", "条款", "说明", "Message"} <= set(issues[0])
    bj_missing = [i for i in issues if i["文件"] == "bj-logistics.md" and i["检查项"] == "missing-clause"]
    assert len(bj_missing) == 1 and str(bj_missing[0]["条款"]).startswith("6.2") and bj_missing[0]["严重程度"] == "错误"
    assert {i["文件"] for i in issues if i["检查项"] == "unreadable"} == set(UNREADABLE)


def test_screened_reports_are_submissions_of_the_workspace(screened: Screened) -> None:
    with Store.open(screened.db) as store:
        subs = {s.name: s for s in store.submissions()}
        assert set(subs) == set(GOOD)
        for name, exp in GOOD.items():
            assert subs[name].standard_id == exp.standard
            stored = store.latest_analysis(subs[name].id)
            assert stored is not None and stored.backend == "lexical"
            assert read_record(stored.result_json).standard.id == exp.standard


# --------------------------------------------------------------------------- re-runs


def test_rerun_uses_the_cache_and_adding_a_file_analyses_only_it(screened: Screened, tmp_path: Path) -> None:
    assert screened.run.code == 0
    csv_path = tmp_path / "screen.csv"
    again = run_cli("screen", str(screened.folder), "--jobs", "2", "--db", str(screened.db), "-o", str(csv_path))
    assert again.code == 0, again.err
    assert "新分析 analysed 0, 缓存 cached 3" in again.err
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    first = _sheet_rows(screened.xlsx, "筛查结果")
    assert [r["文件"] for r in rows] == FILES
    for cached, fresh in zip(rows, first, strict=True):
        assert cached["来自缓存"] == ("是" if cached["文件"] in GOOD else "否")
        for key, value in fresh.items():  # the cached rows say exactly what the fresh ones said
            if key != "来自缓存":
                assert _same(cached[key], value), key

    added = screened.folder / "nested" / "szx-svc-hospital.md"
    shutil.copy(SAMPLES / "szx-svc-hospital" / "report.md", added)
    try:
        third = run_cli("screen", str(screened.folder), "--jobs", "2", "--db", str(screened.db))
    finally:
        added.unlink()
    assert third.code == 0, third.err
    assert "新分析 analysed 1, 缓存 cached 3" in third.err
    line = next(ln for ln in third.out.splitlines() if ln.startswith("nested/szx-svc-hospital.md"))
    assert "shenzhen-service-2019" in line


def test_a_killed_worker_does_not_stop_the_run_and_finished_files_are_not_redone(
    submissions: Path, tmp_path: Path
) -> None:
    killed: list[int] = []

    def kill_first_worker(p: ScreenProgress) -> None:
        if p.pid is not None and not killed and p.running:
            killed.append(p.pid)
            os.kill(p.pid, signal.SIGKILL)

    with Store.open(tmp_path / "sara.db") as store:
        result = screen_folder(submissions, "auto", jobs=2, store=store, progress=kill_first_worker)
        assert killed and result.restarts >= 1
        assert [r.file for r in result.rows] == FILES
        assert {r.file for r in result.rows if r.verdict == "需补充"} == set(GOOD)
        assert {r.file for r in result.rows if r.verdict == "无法读取"} == set(UNREADABLE)
        assert result.analysed == 3 and result.cached == 0
        for r in result.rows:
            if r.file in UNREADABLE:
                assert UNREADABLE[r.file] in (r.error_zh or "")
        saved = {s.name: len(store.analyses_of_file(s.sha256, store_version())) for s in store.submissions()}
        assert saved == dict.fromkeys(GOOD, 1)  # each finished file committed exactly once

        again = screen_folder(submissions, "auto", jobs=2, store=store)
        assert again.analysed == 0 and again.cached == 3 and again.restarts == 0
        assert [dataclasses.replace(r, from_cache=False) for r in again.rows] == list(result.rows)
        saved = {s.name: len(store.analyses_of_file(s.sha256, store_version())) for s in store.submissions()}
        assert saved == dict.fromkeys(GOOD, 1)


def store_version() -> str:
    from analyzer import __version__

    return __version__


def test_a_file_that_kills_its_worker_twice_becomes_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "crash"
    folder.mkdir()
    shutil.copy(SAMPLES / "bj-logistics" / "report.md", folder / "crasher.md")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.setenv(CRASH_ENV, "crasher.md")
    result = screen_folder(folder, "beijing-2020", jobs=2)
    assert [r.file for r in result.rows] == ["corrupt.pdf", "crasher.md", "empty.txt"]
    crasher = result.rows[1]
    assert crasher.verdict == "无法读取" and "两次异常退出" in (crasher.error_zh or "")
    assert "died twice" in (crasher.error_en or "")
    assert "已损坏" in (result.rows[0].error_zh or "")
    assert result.restarts >= 1 and result.failed == 3


# --------------------------------------------------------------------------- the verdict


def test_verdict_rules_on_real_records(screened: Screened) -> None:
    with Store.open(screened.db) as store:
        sub = next(s for s in store.submissions() if s.name == "bj-logistics.md")
        stored = store.latest_analysis(sub.id)
    assert stored is not None
    data = stored.result()
    record = read_record(data)
    row = row_from_record(record, "bj.md", detected=False)
    assert row.verdict == "需补充" and row.confidence is None and row.errors == 5
    assert row.reasons_zh[0] == "缺失条款 1 项：6.2 改进与创新"

    clean = {**data, "findings": [f for f in data["findings"] if f["severity"] != "error"]}
    ok = row_from_record(read_record(clean), "bj.md", detected=True)
    assert ok.verdict == "完整" and ok.reasons_zh == () and ok.missing == () and ok.weak  # warnings stay listed
    assert ok.confidence == record.detection.confidence  # type: ignore[union-attr]

    limit = data["length"]["limit"]
    long = {**clean, "length": {**data["length"], "count": limit + 1234, "over": True, "state": "over"}}
    over = row_from_record(read_record(long), "bj.md", detected=False)
    assert over.verdict == "需补充" and over.chars_over == 1234
    assert over.reasons_zh == (f"报告字数 {limit + 1234:,} 超出上限 {limit:,}（超 1,234 字）",)


def test_find_files_skips_hidden_lock_and_excluded_files(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / ".hidden").mkdir(parents=True)
    (folder / ".hidden" / "a.md").write_text("x", encoding="utf-8")
    (folder / "b").mkdir()
    for name in ("b/z.md", "a.PDF", "~$a.docx", ".x.md", "Thumbs.db", "notes.xlsx", "out.xlsx"):
        (folder / name).write_bytes(b"x")
    found = find_files(folder, exclude=[folder / "out.xlsx"])
    assert [(f.rel, f.supported) for f in found] == [("a.PDF", True), ("b/z.md", True), ("notes.xlsx", False)]


# --------------------------------------------------------------------------- the command line


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    missing = run_cli("screen", str(tmp_path / "nope"))
    assert missing.code == 2 and "not a folder" in missing.err
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert run_cli("screen", str(tmp_path / "a.md")).code == 2
    bad_out = run_cli("screen", str(tmp_path), "--no-db", "-o", str(tmp_path / "x.json"))
    assert bad_out.code == 2 and ".xlsx" in bad_out.err
    unknown = run_cli("screen", str(tmp_path), "--no-db", "--standard", "nope-2099")
    assert unknown.code == 2 and "nope-2099" in unknown.err


def test_sara_screen_as_a_subprocess(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "bj-logistics" / "report.md", folder / "report.md")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    env = {**os.environ, "SARA_DB": str(tmp_path / "sara.db"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "screen", str(folder), "--standard", "beijing-2020", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("文件") and len(lines) == 4  # header, rule, two rows
    assert lines[2].startswith("old.doc") and "无法读取" in lines[2]
    assert lines[3].startswith("report.md") and "需补充" in lines[3] and "6.2 改进与创新" in lines[3]
    assert "[2/2]" in proc.stderr and "新分析 analysed 1, 缓存 cached 0" in proc.stderr
    assert (tmp_path / "sara.db").exists()
    # the run itself is kept: the secretariat page lists it after a reload and re-opens its rows
    with Store.open(tmp_path / "sara.db") as store:
        (run,) = store.screenings()
        again = load_run(store, run.id)
    assert [r.file for r in again.rows] == ["old.doc", "report.md"]


def test_links_out_of_the_folder_are_not_read(tmp_path: Path) -> None:
    """SARA_SCREEN_ROOT / a screened folder: a file link (or a linked folder) that leads outside is
    never read; the file link becomes an error row saying why, and no text of it is stored."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_text("机密：这是筛查文件夹以外的文件。\n", encoding="utf-8")
    folder = tmp_path / "screen"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "ok.md").write_text("x", encoding="utf-8")
    (folder / "link.md").symlink_to(secret)
    (folder / "inner" / "sibling.md").symlink_to(folder / "inner" / "ok.md")  # inside: fine
    (folder / "linked-dir").symlink_to(outside, target_is_directory=True)
    found = {f.rel: f.outside for f in find_files(folder)}
    assert found == {"inner/ok.md": False, "inner/sibling.md": False, "link.md": True}
    result = screen_folder(folder, standard="beijing-2020", store=None)
    row = next(r for r in result.rows if r.file == "link.md")
    assert row.status == "error" and "筛查文件夹之外" in (row.error_zh or "") and "outside" in (row.error_en or "")
