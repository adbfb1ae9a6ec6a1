"""Review discipline in the workspace (issue 14, items 9–11): overrides are explained, unscored items
are listed on submitting, 归属不确定 only where the credit is in doubt, exports named after their
submission, and the app's analyses run the reviewer flow of ``pipelines/reviewer.yaml``."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.pipeline import AnalyzeOptions, analyze_file
from analyzer.record import AnalysisRecord, read_record
from analyzer.review import workspace as ws
from analyzer.review.store import Store

ROOT = Path(__file__).resolve().parent.parent
WATER = ROOT / "samples" / "wh-svc-water" / "report.md"  # wuhan-service-2022


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("discipline") / "seed.db"
    with Store.open(db) as store:
        ws.analyze_path(store, WATER, "wuhan-service-2022", backend="lexical")
    return db


@pytest.fixture
def store(seeded: Path, tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "sara.db"
    shutil.copy(seeded, db)
    with Store.open(db) as s:
        yield s


@pytest.fixture
def sid(store: Store) -> int:
    return ws.list_submissions(store)[0].id


def _machine(store: Store, sid: int, clause: str) -> str:
    band = ws.latest_record(store, sid).record.clause(clause).band
    assert band is not None and band.band_id
    return band.band_id


def _other_band(store: Store, sid: int, clause: str) -> str:
    machine = _machine(store, sid, clause)
    return next(o.id for o in ws.band_options("wuhan-service-2022") if o.id != machine)


# --------------------------------------------------------------------------- overrides need a comment


def test_overriding_the_machine_band_without_a_comment_is_refused(store: Store, sid: int) -> None:
    other = _other_band(store, sid, "5.2")
    for blank in ("", "  \n "):
        with pytest.raises(ws.CommentRequired) as caught:
            ws.record_decision(store, sid, "5.2", "张三", other, blank)
        assert "与机器建议" in caught.value.message_zh and "comment" in caught.value.message_en
    assert store.current_decisions(sid) == []  # nothing was written


def test_an_override_with_a_comment_and_an_agreement_without_one_are_kept(store: Store, sid: int) -> None:
    machine, other = _machine(store, sid, "5.2"), _other_band(store, sid, "5.2")
    agreed = ws.record_decision(store, sid, "5.2", "张三", machine, "")
    assert agreed.agrees_with_machine and agreed.comment == ""
    changed = ws.record_decision(store, sid, "5.2", "张三", other, "方法尚未在各水厂展开")
    assert changed.band_id == other and not changed.agrees_with_machine
    assert ws.overrides_machine(None, other) is False  # no machine band: nothing to override


# --------------------------------------------------------------------------- submitting with unscored items


def test_submitting_lists_the_items_left_without_a_band(store: Store, sid: int) -> None:
    units = [u.id for u in ws.latest_record(store, sid).record.scoring_units]
    assert len(units) > 2
    ws.record_decision(store, sid, units[0], "李四", _machine(store, sid, units[0]))
    before = ws.unscored_items(store, sid, "李四")
    assert [u.id for u in before] == units[1:]
    done = ws.submit_review(store, sid, "李四")
    assert [u.id for u in done.unscored] == units[1:]
    assert done.warning_zh is not None and str(len(units) - 1) in done.warning_zh
    assert ws.latest_record(store, sid).record.clause(units[1]).label in done.warning_zh
    assert done.warning_en is not None and "not banded" in done.warning_en
    assert ws.review_state(store, sid, "李四").viewer_submitted  # a warning, not a refusal


def test_submitting_with_every_item_banded_warns_about_nothing(store: Store, sid: int) -> None:
    for unit in ws.latest_record(store, sid).record.scoring_units:
        ws.record_decision(store, sid, unit.id, "王五", _machine(store, sid, unit.id))
    done = ws.submit_review(store, sid, "王五")
    assert done.unscored == () and done.warning_zh is None and done.warning_en is None


# --------------------------------------------------------------------------- 归属不确定


def _record_with_own_subheadings(tmp_path: Path) -> AnalysisRecord:
    """The water sample with the applicant's own sub-headings (1．2．) inside 5.2.4, a result item
    without sub-clauses, under the exactly matched heading （三）领导作用的结果."""
    text = WATER.read_text(encoding="utf-8")
    text = text.replace("（三）领导作用的结果\n\n", "（三）领导作用的结果\n\n1．经营规模与效益\n\n", 1)
    text = text.replace(
        "\n2022年成本费用利润率由9.8%降到7.6%", "\n2．安全与社会贡献\n\n2022年成本费用利润率由9.8%降到7.6%", 1
    )
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    analysis = analyze_file(path, "wuhan-service-2022", AnalyzeOptions(backend="lexical"))
    return read_record(json.dumps(analysis_to_dict(analysis), ensure_ascii=False))


def test_sub_headings_inside_an_exactly_matched_leaf_item_are_not_uncertain(tmp_path: Path) -> None:
    record = _record_with_own_subheadings(tmp_path)
    flagged = [p for p in record.paragraphs if p.clause == "5.2.4" and p.uncertain]
    assert flagged, "the mapper flags the paragraphs under the applicant's own sub-headings"
    assert not any(ws.attribution_uncertain(record, p) for p in flagged)
    view = ws.clause_view(record, "5.2.4")
    assert view.paragraphs and not any(v.uncertain for v in view.paragraphs)


def test_a_paragraph_that_may_belong_to_a_sub_clause_stays_uncertain(tmp_path: Path) -> None:
    record = _record_with_own_subheadings(tmp_path)
    p = next(p for p in record.paragraphs if p.clause == "5.2.4" and p.uncertain)
    # Credited to 5.2 (which has sub-clauses 5.2.2–5.2.4) instead: the doubt is real.
    moved = dataclasses.replace(p, clause="5.2")
    assert ws.attribution_uncertain(record, moved)
    # A content decision in doubt is shown as such.
    assert ws.attribution_uncertain(record, dataclasses.replace(p, method="lexical"))
    # And a paragraph the mapper is sure of is never marked.
    assert not ws.attribution_uncertain(record, dataclasses.replace(p, uncertain=False))


def test_section_parents_follow_the_heading_levels(tmp_path: Path) -> None:
    record = _record_with_own_subheadings(tmp_path)
    parents = ws.section_parents(record)
    by_title = {s.title: s.id for s in record.sections}
    assert parents[by_title["经营规模与效益"]] == by_title["领导作用的结果"]
    assert parents[by_title["领导作用的结果"]] == by_title["领导作用"]


# --------------------------------------------------------------------------- exports named after the submission


def test_exports_of_submissions_with_the_same_file_name_are_told_apart(tmp_path: Path) -> None:
    data = WATER.read_bytes()
    with Store.open(tmp_path / "a.db") as store:
        first = ws.analyze_upload(store, data, "自评报告.md", "wuhan-service-2022", backend="lexical")
        alone = ws.export_xlsx(store, first.submission.id).name
        assert alone == "自评报告-评分表.xlsx"  # a unique name is used as it is
        second = ws.analyze_upload(
            store, data + b"\n", "D:\\other\\自评报告.md", "wuhan-service-2022", backend="lexical"
        )
        names = {ws.export_xlsx(store, o.submission.id).name for o in (first, second)}
        assert names == {
            f"自评报告-送审{first.submission.id}-评分表.xlsx",
            f"自评报告-送审{second.submission.id}-评分表.xlsx",
        }
        assert ws.export_markdown(store, second.submission.id).name == f"自评报告-送审{second.submission.id}-报告.md"


# --------------------------------------------------------------------------- the reviewer flow reaches the app


def _flow(folder: Path, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reviewer.yaml").write_text(
        f"schema: sara.pipeline/1\nname: reviewer\ntitle_zh: 测试评审\n{body}", encoding="utf-8"
    )


def test_the_workspace_runs_the_reviewer_flow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flows = tmp_path / "flows"
    _flow(flows, "backend: lexical\nchecks:\n  disabled: [weak-clause, results-comparison]\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(flows))
    assert ws.reviewer_flow().title_zh == "测试评审"
    assert ws.analyze_options().backend == "lexical"
    assert ws.analyze_options("embedding").backend == "embedding"  # the user's choice overrides
    with Store.open(tmp_path / "a.db") as store:
        opened = ws.analyze_upload(store, WATER.read_bytes(), "water.md", "wuhan-service-2022")
        record = ws.latest_record(store, opened.submission.id).record
    assert record.backend.name == "lexical"
    assert not {f.check for f in record.findings} & {"weak-clause", "results-comparison"}


def test_the_reviewer_flow_limits_the_upload_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flows = tmp_path / "flows"
    _flow(flows, "backend: lexical\ningest:\n  max_mb: 0.001\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(flows))
    with Store.open(tmp_path / "a.db") as store, pytest.raises(ws.UnreadableUpload) as caught:
        ws.analyze_upload(store, WATER.read_bytes(), "water.md", "wuhan-service-2022")
    assert "water.md" in caught.value.message_zh and str(tmp_path) not in caught.value.message_zh


def test_an_invalid_reviewer_flow_is_a_bilingual_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analyzer.flows import InvalidFlow

    flows = tmp_path / "flows"
    _flow(flows, "backend: fastest\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(flows))
    with pytest.raises(InvalidFlow) as caught:
        ws.analyze_options()
    assert "backend" in caught.value.message_zh and "backend" in caught.value.message_en


def test_the_backend_is_described_once_for_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _flow(tmp_path / "flows", "backend: lexical\n")
    monkeypatch.setenv("SARA_PIPELINES_PATH", str(tmp_path / "flows"))
    status = ws.backend_status("wuhan-service-2022")
    assert (status.requested, status.name, status.fallback_zh) == ("lexical", "lexical", None)
    assert status.text_zh == "段落匹配：lexical" and status.detail
