"""Draft band suggestion (analyzer.scoring): band mapping, the score estimate, and calibration.

Calibration runs the real pipeline (reader, lexical mapping, coverage, checks) on the nine labelled
reports (``shared/dev-reports`` and ``samples``) and on degraded variants built here from their
``report.md`` and ``labels.json``: an item emptied to one sentence, an item removed, a result item's
tables cut to one year, its comparison columns removed. The properties asserted:

- a scoring unit with no answer gets the lowest band; a complete unit (nothing missing, its results
  with three years and comparisons) is never in the lowest two bands;
- result items lacking years or comparisons score below every complete result item of their report;
- the Shenzhen economic rule caps an item with under three years at 10–25%;
- missing < one sentence < complete; cutting years or comparisons lowers a result item's band.

Run with ``-s`` to see the calibration table (report, mean suggested band %, total estimate).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from analyzer.errors import SaraError
from analyzer.ingest import read_document
from analyzer.model import Band, BandScheme, Standard
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document
from analyzer.scoring import (
    BandSuggestion,
    ScoreEstimate,
    SignalsError,
    TermSet,
    band_for_score,
    default_signals,
    estimate_score,
    signals_from_mapping,
    suggest_bands,
)
from analyzer.standards import load_standard, standard_files
from tests.shared_data import DEV_REPORTS as DEV
from tests.shared_data import dev_report

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = sorted(p.parent for p in DEV.glob("*/labels.json")) + sorted(
    p.parent for p in (ROOT / "samples").glob("*/labels.json")
)
STANDARD_IDS = tuple(sorted(standard_files()))
"""Every standard the loader finds (a standard added as one YAML file is covered too)."""


# --------------------------------------------------------------------------- running the pipeline


@dataclass(frozen=True)
class Run:
    name: str
    standard: Standard
    analysis: Analysis
    suggestions: tuple[BandSuggestion, ...]
    estimate: ScoreEstimate

    def of(self, clause: str) -> BandSuggestion:
        return next(s for s in self.suggestions if s.clause == clause)


def _run(name: str, path: Path, standard_id: str) -> Run:
    std = load_standard(standard_id)
    a = analyze_document(read_document(path), std, AnalyzeOptions(backend="lexical"))
    suggestions = suggest_bands(a.document, std, a.mapping, a.coverage, a.findings)
    return Run(name, std, a, suggestions, estimate_score(std, suggestions))


@cache
def labels(folder: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


@cache
def labelled_run(folder: Path) -> Run:
    return _run(folder.name, folder / "report.md", labels(folder)["standard"])


def _folder(name: str) -> Path:
    """A labelled folder by name: a sample, or a dev report (the test skips without ../shared)."""
    own = ROOT / "samples" / name
    return own if own.is_dir() else dev_report(name)


def _index(scheme: BandScheme, band_id: str) -> int:
    return [lv.id for lv in scheme.levels].index(band_id)


def _defective(folder: Path) -> frozenset[str]:
    lab = labels(folder)
    return frozenset(
        lab["missing_clauses"]
        + lab["results_lacking_three_years"]
        + lab["results_lacking_comparison"]
        + lab["results_without_numbers"]
    )


def _leaf_ids(s: BandSuggestion) -> frozenset[str]:
    return frozenset(e.clause for e in s.evidence)


# --------------------------------------------------------------------------- degrading a report

_YEAR_HEADER = re.compile(r"^(?:FY)?20\d\d\s*年?度?$")
_COMPARISON_HEADER = re.compile(r"平均|标杆|竞争|对手|同行|同业|先进|领先|省内|全市|全省|国内|国际|排名")


def _blocks(text: str) -> list[str]:
    return text.split("\n\n")


def _clause_of_blocks(folder: Path, blocks: list[str]) -> list[str | None]:
    starts = {p["text_start"]: p["clause"] for p in labels(folder)["paragraphs"]}
    out: list[str | None] = []
    for b in blocks:
        s = b.strip()
        out.append(next((c for t, c in starts.items() if s.startswith(t)), None))
    return out


Edit = Callable[[str], str | None]
Keep = Callable[[int, str, list[str]], bool]


def _edit(folder: Path, clauses: set[str], edit: Edit) -> str:
    """The report with every block labelled with one of ``clauses`` passed through ``edit`` (None drops it)."""
    text = (folder / "report.md").read_text(encoding="utf-8")
    blocks = _blocks(text)
    out: list[str] = []
    for b, c in zip(blocks, _clause_of_blocks(folder, blocks), strict=True):
        new = edit(b) if c in clauses else b
        if new is not None:
            out.append(new)
    return "\n\n".join(out)


def _table_columns(block: str, keep: Keep) -> str:
    """A table block with only the columns ``keep(index, header, headers)`` accepts; other blocks unchanged."""
    lines = block.split("\n")
    rows = [i for i, ln in enumerate(lines) if "\t" in ln]
    if not rows:
        return block
    header = [h.strip() for h in lines[rows[0]].split("\t")]
    cols = [j for j, h in enumerate(header) if keep(j, h, header)]
    for i in rows:
        cells = lines[i].split("\t")
        lines[i] = "\t".join(cells[j] for j in cols if j < len(cells))
    return "\n".join(lines)


def _last_year_only(block: str) -> str:
    """Year columns (2021年 2022年 2023年) cut to the last one; targets and comparisons stay."""

    def keep(j: int, h: str, header: list[str]) -> bool:
        years = [k for k, x in enumerate(header) if _YEAR_HEADER.match(x)]
        return j not in years[:-1]

    return _table_columns(block, keep)


def _no_comparison_columns(block: str) -> str:
    """Comparison columns (行业平均, 标杆, 竞争对手A …) removed; the indicator, years and targets stay.
    A single-year comparison table (指标 / 本公司 / 竞争对手A / 行业标杆) keeps its own column only."""

    def keep(j: int, h: str, header: list[str]) -> bool:
        return j == 0 or _YEAR_HEADER.match(h) is not None or "目标" in h or not _COMPARISON_HEADER.search(h)

    return _table_columns(block, keep)


def _one_sentence(sentence: str) -> Edit:
    """The first block becomes ``sentence``; the others go."""
    done: list[bool] = []

    def edit(block: str) -> str | None:
        if done:
            return None
        done.append(True)
        return sentence

    return edit


_EDITS: dict[str, Callable[[], Edit]] = {
    "thin": lambda: _one_sentence("公司重视这方面的工作，取得了一定成效。"),
    "missing": lambda: lambda block: None,
    "one-year": lambda: _last_year_only,
    "no-comparison": lambda: _no_comparison_columns,
}


class Variants:
    """Degraded copies of the labelled reports, written under a session temp folder and analysed once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runs: dict[tuple[str, str, tuple[str, ...]], Run] = {}

    def __call__(self, name: str, kind: str, clauses: tuple[str, ...]) -> Run:
        key = (name, kind, clauses)
        if key not in self.runs:
            source = _folder(name)
            text = _edit(source, set(clauses), _EDITS[kind]())
            assert text != (source / "report.md").read_text(encoding="utf-8"), f"{kind} changed nothing in {clauses}"
            out = self.folder / f"{name}-{kind}-{'_'.join(clauses)}" / "report.md"
            out.parent.mkdir(parents=True)
            out.write_text(text, encoding="utf-8")
            self.runs[key] = _run(f"{name} ({kind} {','.join(clauses)})", out, labels(source)["standard"])
        return self.runs[key]


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Variants:
    return Variants(tmp_path_factory.mktemp("degraded"))


# --------------------------------------------------------------------------- band scheme and estimate


def test_band_for_score_six_bands() -> None:
    scheme = load_standard("shenzhen-economic-2019").bands
    cases = {0.0: "0-5", 0.05: "0-5", 0.074: "0-5", 0.08: "10-25", 0.25: "10-25", 0.27: "10-25", 0.28: "30-45"}
    cases |= {0.45: "30-45", 0.5: "50-65", 0.66: "50-65", 0.68: "70-85", 0.87: "70-85", 0.88: "90-100", 1.0: "90-100"}
    for score, band in cases.items():
        assert band_for_score(scheme, score).id == band, score


def test_band_for_score_shenzhen_service_five_bands() -> None:
    scheme = load_standard("shenzhen-service-2019").bands
    assert [lv.id for lv in scheme.levels] == ["0-20", "20-40", "40-60", "60-80", "80-100"]
    cases = {0.0: "0-20", 0.199: "0-20", 0.2: "20-40", 0.39: "20-40", 0.4: "40-60", 0.79: "60-80", 0.8: "80-100"}
    for score, band in cases.items():
        assert band_for_score(scheme, score).id == band, score


def _suggestion(std: Standard, clause: str, band_id: str) -> BandSuggestion:
    level = std.bands.level(band_id)
    unit = std.clause(clause)
    return BandSuggestion(
        band=Band(clause, level.low, level.high, level.id, ("机器建议",)),
        kind=unit.kind,
        points=unit.points or 0,
        score=level.low / 100,
        percent=level.low,
        label_zh=level.label_zh,
        wording=(),
        reasons_en=("machine suggestion",),
        evidence=(),
        paragraphs=(),
        indicators=(),
    )


def test_estimate_adds_points_and_compares_with_the_thresholds() -> None:
    std = load_standard("shenzhen-economic-2019")
    every = [_suggestion(std, u.id, "50-65") for u in std.scoring_units]
    est = estimate_score(std, every)
    assert (est.low, est.high, est.total_points) == (250.0, 325.0, 500)
    assert (est.percent_low, est.percent_high) == (50.0, 65.0)
    status = {t.id: t.status for t in est.thresholds}
    # shortlisting needs *more than* 50%: 250 points is not enough, but up to 325 is possible
    assert status == {"shortlist": "possible", "gold": "possible", "silver": "possible", "bronze": "reached"}
    assert all(t.message_zh and t.message_en for t in est.thresholds)

    low = estimate_score(std, [_suggestion(std, u.id, "10-25") for u in std.scoring_units])
    assert (low.low, low.high) == (50.0, 125.0)
    assert {t.status for t in low.thresholds} == {"not-reached"}

    high = estimate_score(std, [_suggestion(std, u.id, "70-85") for u in std.scoring_units])
    assert {t.status for t in high.thresholds} == {"reached"}


def test_estimate_counts_units_without_a_suggestion_as_unknown() -> None:
    std = load_standard("wuhan-manufacturing-2022")
    some = [_suggestion(std, "5.2", "30-45")]
    est = estimate_score(std, some)
    assert est.unscored == ("5.3", "5.4", "5.5", "5.6", "5.7")
    assert est.low == pytest.approx(180 * 0.30)
    assert est.high == pytest.approx(180 * 0.45 + 1000 - 180)
    assert est.thresholds == ()  # Wuhan states no thresholds


# --------------------------------------------------------------------------- signals data


def test_packaged_signals_load() -> None:
    sig = default_signals()
    assert sum(w for _, w in sig.process_weights) == pytest.approx(1.0)
    assert sum(w for _, w in sig.result_weights) == pytest.approx(1.0)
    assert sig.top_band is False


def test_signals_reject_unknown_and_missing_keys() -> None:
    data = yaml.safe_load((ROOT / "analyzer" / "scoring" / "signals.yaml").read_text(encoding="utf-8"))
    with pytest.raises(SignalsError, match="unknown keys \\['extra'\\]"):
        signals_from_mapping({**data, "extra": 1})
    broken = dict(data)
    del broken["span"]
    with pytest.raises(SignalsError, match="missing keys \\['span'\\]"):
        signals_from_mapping(broken)
    weights = {**data["result"]["weights"], "levels": 0.9}
    with pytest.raises(SignalsError, match="add up to 1"):
        signals_from_mapping({**data, "result": {**data["result"], "weights": weights}})


def test_a_bad_signals_file_is_a_bilingual_sara_error() -> None:
    with pytest.raises(SaraError) as caught:
        signals_from_mapping({"schema": "sara.scoring-signals/0"})
    assert isinstance(caught.value, SignalsError)
    assert caught.value.message_zh.startswith("评分信号数据文件有误：")
    assert caught.value.message_en.startswith("scoring signals: top level: unknown keys")


def test_terms_are_counted_once_and_longest_first() -> None:
    ts = TermSet(("事业部", "各事业部", "评价", "PDCA"), 3)
    assert ts.found("各事业部每年评价两次，评价结果用于pdca循环。") == ("各事业部", "评价", "PDCA")
    assert ts.found("事业部与各事业部") == ("事业部", "各事业部")
    assert ts.value(ts.found("评价")) == pytest.approx(1 / 3)


# --------------------------------------------------------------------------- the labelled reports


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_scoring_unit_gets_a_well_formed_machine_suggestion(folder: Path) -> None:
    run = labelled_run(folder)
    scheme = run.standard.bands
    assert [s.clause for s in run.suggestions] == [u.id for u in run.standard.scoring_units]
    for s in run.suggestions:
        assert s.source == "machine" and s.band.source == "machine"
        level = scheme.level(s.band_id)
        assert (s.low, s.high) == (level.low, level.high)
        assert s.low <= s.percent <= s.high
        assert 0.0 <= s.score <= 1.0
        assert s.band.reasons == s.reasons_zh
        assert len(s.reasons_zh) == len(s.reasons_en) >= 3
        assert s.reasons_zh[0].startswith("机器建议") and s.reasons_en[0].startswith("machine suggestion")
        # the reasons quote the scoring guide's wording of the band they suggest
        assert s.wording and all(w in (level.process + level.result) for w in s.wording)
        assert any(s.wording[0] in r for r in s.reasons_zh)
        # the machine never proposes the top band
        assert s.band_id != scheme.levels[-1].id
        if not s.missing:
            assert s.paragraphs, s.clause
            assert any(r.startswith("依据段落：第") for r in s.reasons_zh)
        if any(e.kind == "result" and not e.missing for e in s.evidence) and s.indicators:
            assert any(r.startswith("依据指标") for r in s.reasons_zh)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_missing_units_get_the_lowest_band(folder: Path) -> None:
    run = labelled_run(folder)
    missing = set(labels(folder)["missing_clauses"])
    lowest = run.standard.bands.levels[0].id
    checked = 0
    for s in run.suggestions:
        leaves = _leaf_ids(s)
        if leaves <= missing:
            checked += 1
            assert s.missing and s.band_id == lowest and s.score == 0.0, s.clause
        else:
            assert not s.missing
        for e in s.evidence:
            assert (e.clause in missing) == e.missing
            if e.missing:
                assert e.score == 0.0
    if run.standard.id.startswith("wuhan"):
        assert checked == 0  # a Wuhan 条目 misses one 条款, never all
    else:
        assert checked == len(missing) >= 1


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_complete_units_are_not_in_the_lowest_two_bands(folder: Path) -> None:
    run = labelled_run(folder)
    bad = _defective(folder)
    complete = [s for s in run.suggestions if not (_leaf_ids(s) & bad)]
    assert len(complete) >= 3
    for s in complete:
        assert _index(run.standard.bands, s.band_id) >= 2, (s.clause, s.band_id, s.score)


def _with_weak_results() -> list[Path]:
    return [f for f in FOLDERS if labels(f)["results_lacking_three_years"] or labels(f)["results_lacking_comparison"]]


@pytest.mark.parametrize("folder", _with_weak_results(), ids=lambda p: p.name)
def test_defective_result_items_score_below_every_complete_one(folder: Path) -> None:
    run = labelled_run(folder)
    lab = labels(folder)
    lacking = set(lab["results_lacking_three_years"]) | set(lab["results_lacking_comparison"])
    results = [e for s in run.suggestions for e in s.evidence if e.kind == "result" and not e.missing]
    # an item with an unfavourable result left unexplained has a defect of its own: it is neither weak nor complete
    unexplained = {u["clause"] for u in lab.get("unfavourable_results", ()) if not u["explained"]}
    weak = [e for e in results if e.clause in lacking]
    good = [e for e in results if e.clause not in lacking | unexplained]
    assert weak and good
    assert max(e.score for e in weak) < min(e.score for e in good), (
        [(e.clause, round(e.score, 2)) for e in weak],
        [(e.clause, round(e.score, 2)) for e in good],
    )


@pytest.mark.parametrize("name", ["szx-econ-smartmfg", "szx-econ-bank"])
def test_shenzhen_economic_cap_for_items_under_three_years(name: str) -> None:
    folder = _folder(name)
    run = labelled_run(folder)
    short = set(labels(folder)["results_lacking_three_years"])
    assert short
    cap = run.standard.results.cap_band
    assert cap == "10-25"
    for s in run.suggestions:
        if s.clause in short:
            assert s.cap == cap and _index(run.standard.bands, s.band_id) <= _index(run.standard.bands, cap)
            assert any("按评分规则最高为10–25%档" in r for r in s.reasons_zh)
            assert any("caps it at 10–25%" in r for r in s.reasons_en)
        elif s.kind == "result":
            assert s.cap is None, s.clause


def test_unexplained_unfavourable_results_are_cited() -> None:
    run = labelled_run(_folder("szx-econ-smartmfg"))
    s = run.of("4.3")
    assert any("不利结果未说明原因" in r and "员工主动离职率" in r for r in s.reasons_zh)
    assert any("left unexplained" in r for r in s.reasons_en)


def test_shenzhen_service_reasons_name_the_band() -> None:
    run = labelled_run(_folder("szx-service-govcenter"))
    s = run.of("1.1.1")
    assert s.label_zh in {"一般", "较好", "优良", "优秀"}
    assert f"（{s.label_zh}）" in s.reasons_zh[0]
    # PDCA: check and act are separate dimensions
    assert {d.id for e in s.evidence for d in e.dimensions} >= {"approach", "deployment", "evaluation", "improvement"}


def test_wuhan_unit_rests_on_its_clauses() -> None:
    run = labelled_run(_folder("wh-mfg-notitles"))
    s = run.of("5.4")
    assert [e.clause for e in s.evidence] == ["5.4.2", "5.4.3", "5.4.4"]
    assert [e.kind for e in s.evidence] == ["process", "process", "result"]
    assert s.evidence[1].missing  # 5.4.3 品牌管理 is missing: counts 0 in its 条目
    assert not s.missing
    assert s.score < max(run.of(u).score for u in ("5.2", "5.3", "5.5", "5.6", "5.7"))
    # both wordings of the band are quoted: process and result
    level = run.standard.bands.level(s.band_id)
    assert any("评分指南（过程" in r for r in s.reasons_zh) and any("评分指南（结果" in r for r in s.reasons_zh)
    assert set(s.wording) <= set(level.process.split("\n")) | set(level.result.split("\n"))


def test_suggestions_are_deterministic() -> None:
    folder = _folder("bj-meddevice")
    again = _run("again", folder / "report.md", labels(folder)["standard"])
    assert again.suggestions == labelled_run(folder).suggestions


# --------------------------------------------------------------------------- degraded variants


@pytest.mark.parametrize(
    ("name", "clause"),
    [("szx-econ-smartmfg", "1.1"), ("bj-meddevice", "2.1"), ("szx-service-govcenter", "1.1.2")],
)
def test_missing_below_thin_below_complete(variant: Variants, name: str, clause: str) -> None:
    complete = labelled_run(_folder(name)).of(clause)
    thin = variant(name, "thin", (clause,)).of(clause)
    gone = variant(name, "missing", (clause,)).of(clause)
    scheme = load_standard(labels(_folder(name))["standard"]).bands
    assert gone.missing and gone.band_id == scheme.levels[0].id and gone.score == 0.0
    assert not thin.missing
    assert 0.0 < thin.score < complete.score
    assert _index(scheme, thin.band_id) <= 1, thin.band_id
    assert _index(scheme, thin.band_id) < _index(scheme, complete.band_id)
    assert any("篇幅不足薄弱线" in r for r in thin.reasons_zh)


def test_thin_wuhan_unit(variant: Variants) -> None:
    name = "wh-svc-water"
    leaves = ("5.3.2", "5.3.3", "5.3.4")
    complete = labelled_run(_folder(name)).of("5.3")
    thin = variant(name, "thin", leaves).of("5.3")
    scheme = load_standard("wuhan-service-2022").bands
    assert thin.score < complete.score
    assert _index(scheme, thin.band_id) <= 1 < _index(scheme, complete.band_id)


@pytest.mark.parametrize(
    ("name", "clause"),
    [
        ("szx-econ-smartmfg", "6.3"),
        ("bj-meddevice", "7.1"),
        ("bj-logistics", "7.4"),
        ("szx-svc-hospital", "3.2.1"),
    ],
)
def test_cutting_years_lowers_a_result_band(variant: Variants, name: str, clause: str) -> None:
    before = labelled_run(_folder(name)).of(clause)
    run = variant(name, "one-year", (clause,))
    after = run.of(clause)
    scheme = run.standard.bands
    assert after.score < before.score
    assert _index(scheme, after.band_id) < _index(scheme, before.band_id), (before.band_id, after.band_id)
    if run.standard.results.cap_band is not None:
        assert after.cap == run.standard.results.cap_band
        assert _index(scheme, after.band_id) <= _index(scheme, run.standard.results.cap_band)


@pytest.mark.parametrize(
    ("name", "clause"),
    [
        ("szx-econ-smartmfg", "6.3"),
        ("bj-meddevice", "7.2"),
        ("wh-mfg-notitles", "5.7.4"),
        ("szx-service-govcenter", "3.1.2"),
    ],
)
def test_removing_comparisons_lowers_a_result_band(variant: Variants, name: str, clause: str) -> None:
    base = labelled_run(_folder(name))
    run = variant(name, "no-comparison", (clause,))
    unit = next(u.id for u in base.standard.scoring_units if clause == u.id or clause.startswith(u.id + "."))
    before_leaf = next(e for e in base.of(unit).evidence if e.clause == clause)
    after_leaf = next(e for e in run.of(unit).evidence if e.clause == clause)
    assert after_leaf.score < before_leaf.score
    scheme = run.standard.bands
    assert band_for_score(scheme, after_leaf.score) != band_for_score(scheme, before_leaf.score)
    assert _index(scheme, run.of(unit).band_id) <= _index(scheme, base.of(unit).band_id)
    comparisons = next(d for d in after_leaf.dimensions if d.id == "comparisons")
    assert comparisons.detail_zh.startswith("对比（C）：有对比数据的指标0/")


def test_degrading_lowers_the_total_estimate(variant: Variants) -> None:
    name = "szx-econ-smartmfg"
    base = labelled_run(_folder(name)).estimate
    worse = variant(name, "one-year", ("6.3",)).estimate
    assert worse.low < base.low and worse.high < base.high


# --------------------------------------------------------------------------- calibration table


def test_calibration_table() -> None:
    rows = []
    for folder in FOLDERS:
        run = labelled_run(folder)
        est = run.estimate
        mean = sum(s.percent for s in run.suggestions) / len(run.suggestions)
        weighted = 100 * est.point / est.total_points
        status = ", ".join(f"{t.label_zh} {t.status}" for t in est.thresholds) or "—"
        rows.append((folder.name, run.standard.id, mean, weighted, est, status))
        assert 0 <= est.low <= est.point <= est.high <= est.total_points
        # neither stuck at the bottom nor at the top
        assert 30 <= mean <= 70, (folder.name, mean)
    print()
    print(
        f"{'report':24s} {'standard':26s} {'mean band %':>11s} {'points %':>8s}  {'estimate (points)':>20s}  thresholds"
    )
    for name, sid, mean, weighted, est, status in rows:
        span = f"{est.low:g}–{est.high:g}/{est.total_points}"
        print(f"{name:24s} {sid:26s} {mean:11.1f} {weighted:8.1f}  {span:>20s}  {status}")


def test_the_suggestion_carries_the_models_band() -> None:
    """Each suggestion carries its ``analyzer.model.Band`` (source "machine", the Chinese reasons)."""
    s = labelled_run(_folder("szx-econ-smartmfg")).of("1.1")
    assert isinstance(s.band, Band)
    assert s.band == Band(s.clause, s.low, s.high, s.band_id, s.reasons_zh, "machine")


@pytest.mark.parametrize("standard_id", STANDARD_IDS)
def test_empty_document_gets_the_lowest_band_everywhere(standard_id: str, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("# 自评报告\n\n本报告暂无内容。\n", encoding="utf-8")
    run = _run("empty", path, standard_id)
    lowest = run.standard.bands.levels[0]
    assert {s.band_id for s in run.suggestions} == {lowest.id}
    assert run.estimate.high == pytest.approx(run.standard.total_points * lowest.high / 100)
    assert all(t.status == "not-reached" for t in run.estimate.thresholds)
