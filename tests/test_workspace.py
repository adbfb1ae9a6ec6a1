"""The workspace API the Streamlit pages call: real store, real lexical analyses of the bundled samples."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.review import workspace as ws
from analyzer.review.store import InvalidRecord, Store
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parent.parent
WATER = ROOT / "samples" / "wh-svc-water" / "report.md"  # wuhan-service-2022, 6 bands
HOSPITAL = ROOT / "samples" / "szx-svc-hospital" / "report.md"  # shenzhen-service-2019, 5 bands


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the water sample analysed under its standard (closed, so it can be copied)."""
    db = tmp_path_factory.mktemp("seed") / "seed.db"
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


def test_analyse_saves_submission_and_analysis_and_reports_each_step(tmp_path: Path) -> None:
    steps: list[tuple[str, str]] = []
    with Store.open(tmp_path / "a.db") as store:
        opened = ws.analyze_upload(
            store, WATER.read_bytes(), "C:\\报告\\汉澄水务.md", "wuhan-service-2022", backend="lexical",
            progress=lambda step, label: steps.append((step, label)),
        )  # fmt: skip
        assert not opened.reused and opened.message_zh.startswith("分析完成")
        assert opened.submission.name == "汉澄水务.md"
        assert opened.submission.standard_id == "wuhan-service-2022"
        assert [s for s, _ in steps] == ["read", "fit", "map", "cover", "check", "bands"]
        assert steps[0][1] == "读取" and steps[-1][1] == "评分建议"
        record = ws.latest_record(store, opened.submission.id).record
        assert record.source.file == "汉澄水务.md"  # never the temporary path
        assert record.backend.name == "lexical"
        assert [a.action for a in store.audit(opened.submission.id)] == ["submission.add", "analysis.save"]

        again = ws.analyze_upload(store, WATER.read_bytes(), "copy.md", "wuhan-service-2022", backend="lexical")
        assert again.reused and again.submission.id == opened.submission.id
        assert again.analysis_id == opened.analysis_id and "已打开原有记录" in again.message_zh

        fresh = ws.analyze_upload(
            store, WATER.read_bytes(), "copy.md", "wuhan-service-2022", backend="lexical", reanalyse=True
        )
        assert not fresh.reused and fresh.submission.id == opened.submission.id
        assert fresh.analysis_id > opened.analysis_id
        assert ws.latest_record(store, opened.submission.id).analysis_id == fresh.analysis_id


def test_auto_detection_and_reopening_an_auto_detected_file(tmp_path: Path) -> None:
    steps: list[str] = []
    with Store.open(tmp_path / "a.db") as store:
        first = ws.analyze_path(store, HOSPITAL, "auto", backend="lexical", progress=lambda s, _: steps.append(s))
        assert steps[:2] == ["read", "detect"]
        assert first.submission.standard_id == "shenzhen-service-2019"
        assert first.submission.name == "szx-svc-hospital.md"
        record = ws.latest_record(store, first.submission.id).record
        assert record.detection is not None and record.detection.standard == "shenzhen-service-2019"
        again = ws.analyze_path(store, HOSPITAL, "auto", backend="lexical")
        assert again.reused and again.submission.id == first.submission.id
        assert len(store.submissions()) == 1


@pytest.mark.parametrize(
    ("data", "name", "zh", "en"),
    [
        (b"", "empty.md", "文件为空：empty.md", "the file is empty: empty.md"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc", "不支持旧版", "legacy"),
    ],
)
def test_unreadable_uploads_raise_a_bilingual_error_and_store_nothing(
    tmp_path: Path, data: bytes, name: str, zh: str, en: str
) -> None:
    with Store.open(tmp_path / "a.db") as store:
        with pytest.raises(ws.UnreadableUpload) as caught:
            ws.analyze_upload(store, data, name, "auto", backend="lexical")
        err = caught.value
        assert zh in err.message_zh and en in err.message_en
        assert name in err.bilingual() and "sara-upload-" not in err.bilingual()
        assert store.submissions() == []


def test_submissions_are_listed_newest_first_with_their_analysis(store: Store, sid: int) -> None:
    ws.analyze_path(store, HOSPITAL, "shenzhen-service-2019", backend="lexical")
    listed = ws.list_submissions(store)
    assert [s.name for s in listed] == ["szx-svc-hospital.md", "wh-svc-water.md"]
    assert all(s.analysis_id is not None for s in listed)
    assert listed[1].standard_title.startswith("武汉市市长质量奖")
    assert listed[1].label.startswith(f"#{sid} wh-svc-water.md · ")


def test_records_are_cached_by_database_and_analysis(store: Store, sid: int) -> None:
    opened = ws.latest_record(store, sid)
    assert ws.open_record(store, opened.analysis_id) is opened.record
    assert [c.id for c in opened.record.scoring_units] == ["5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]
    with pytest.raises(ws.NoAnalysis):
        ws.latest_record(store, 999)


def test_band_options_follow_the_standard_scheme() -> None:
    six = ws.band_options("wuhan-service-2022", "result")
    assert [o.id for o in six] == ["0-5", "10-25", "30-45", "50-65", "70-85", "90-100"]
    assert [o.index for o in six] == list(range(6))
    assert "(Le)" in six[0].wording and "(A)" not in six[0].wording
    assert "(A)" in ws.band_options("wuhan-service-2022", "process")[0].wording
    assert six[2].label == "30–45%"
    five = ws.band_options("shenzhen-service-2019", "process")
    assert [o.label for o in five] == ["0–20% 一般", "20–40% 较好", "40–60% 优良", "60–80% 优秀", "80–100% 卓越"]
    mixed = ws.band_options("wuhan-service-2022", "mixed")[0].wording
    assert mixed.startswith("过程：") and "结果：" in mixed
    assert ws.band_index("wuhan-service-2022", "50-65") == 3 and ws.band_index("wuhan-service-2022", "x") is None
    assert ws.band_label("shenzhen-service-2019", "40-60") == "40–60% 优良"
    assert ws.band_label("shenzhen-service-2019", None) == "—"
    # an option holds the scheme's level (no copy of its id, bounds and label)
    assert tuple(o.level for o in five) == load_standard("shenzhen-service-2019").bands.levels
    assert (five[2].id, five[2].level.low, five[2].level.high, five[2].label) == ("40-60", 40, 60, "40–60% 优良")


def test_a_decision_keeps_the_machine_suggestion_shown_and_joins_the_panel(store: Store, sid: int) -> None:
    machine = ws.latest_record(store, sid).record.clause("5.2").band
    assert machine is not None and machine.band_id
    d = ws.record_decision(store, sid, "5.2", " 张三 ", "10-25", " 方法未展开 ")
    assert (d.reviewer, d.band_id, d.low, d.high, d.comment) == ("张三", "10-25", 10, 25, "方法未展开")
    assert d.machine_band_id == machine.band_id and d.machine_reasons == machine.reasons
    assert store.current_decisions(sid)[0].machine_band_id == machine.band_id
    assert ws.review_state(store, sid, "张三").panel == ("张三",)
    assert ws.provenance(d) == "评审员：张三" and ws.provenance(None) == "机器建议"
    ws.record_decision(store, sid, "5.2", "张三", "30-45", "再读后上调")
    assert [h.band_id for h in ws.own_history(store, sid, "5.2", "张三")] == ["10-25", "30-45"]
    with pytest.raises(ws.NotAScoringUnit):
        ws.record_decision(store, sid, "5.2.2", "张三", "10-25")
    with pytest.raises(ws.UnknownBand):
        ws.record_decision(store, sid, "5.2", "张三", "20-40")
    assert len(store.history(sid)) == 2


def test_independent_mode_hides_the_others_until_the_reviewer_submits(store: Store, sid: int) -> None:
    ws.record_decision(store, sid, "5.2", "甲", "0-5", "评语")
    ws.record_decision(store, sid, "5.2", "乙", "50-65", "评语")
    assert ws.review_state(store, sid, "乙").independent  # on by default
    assert [d.reviewer for d in ws.visible_decisions(store, sid, "乙")] == ["乙"]
    assert ws.visible_decisions(store, sid, None) == ()
    with pytest.raises(ws.ReviewHidden):
        ws.exports_for(store, sid, "乙")

    ws.submit_review(store, sid, "甲")
    state = ws.review_state(store, sid, "甲")
    assert state.viewer_submitted and state.sees_others and state.submitted == ("甲",)
    assert sorted(d.reviewer for d in ws.visible_decisions(store, sid, "甲")) == ["乙", "甲"]
    assert [d.reviewer for d in ws.visible_decisions(store, sid, "乙")] == ["乙"]  # 乙 has not submitted
    ws.record_consensus(store, sid, "5.2", "30-45", "折中", "甲")
    assert ws.visible_consensus(store, sid, "乙") == ()
    assert [c.band_id for c in ws.visible_consensus(store, sid, "甲")] == ["30-45"]

    ws.set_independent(store, sid, False, "甲", reason="两位评审员已讨论完分歧")
    assert not ws.review_state(store, sid, "乙").independent
    assert len(ws.visible_decisions(store, sid, "乙")) == 2
    last = store.audit(sid)[-1]
    assert last.action == "settings.independent" and last.actor == "甲"
    assert "两位评审员已讨论完分歧" in last.payload


def test_only_a_panel_member_who_submitted_may_switch_independent_review_off(store: Store, sid: int) -> None:
    ws.record_decision(store, sid, "5.2", "甲", "0-5", "评语")
    ws.record_decision(store, sid, "5.2", "乙", "50-65", "评语")
    for who, why in (("王五", "不在本报告的评审组中"), ("乙", "须先提交自己的评审"), ("", "请先选择评审员")):
        with pytest.raises(ws.IndependentModeLocked) as caught:
            ws.set_independent(store, sid, False, who, reason="想看看别人的评分")
        assert why in caught.value.message_zh
    assert ws.review_state(store, sid, "乙").independent  # nothing changed, nothing shown
    assert [d.reviewer for d in ws.visible_decisions(store, sid, "王五")] == []
    ws.submit_review(store, sid, "甲")
    with pytest.raises(ws.ReasonRequired):
        ws.set_independent(store, sid, False, "甲", reason="  ")
    assert ws.review_state(store, sid, "乙").independent
    ws.set_independent(store, sid, True, "王五")  # switching it (back) on is always allowed
    ws.set_independent(store, sid, False, "甲", reason="已讨论")
    assert not ws.review_state(store, sid, "王五").independent


def test_disagreements_split_more_than_one_band_from_one_band(store: Store, sid: int) -> None:
    ws.record_decision(store, sid, "5.2", "甲", "10-25", "只有个别做法")
    ws.record_decision(store, sid, "5.2", "乙", "50-65", "方法系统")
    ws.record_decision(store, sid, "5.3", "甲", "30-45", "评语")
    ws.record_decision(store, sid, "5.3", "乙", "50-65", "评语")
    ws.record_decision(store, sid, "5.4", "甲", "30-45", "评语")
    ws.record_decision(store, sid, "5.4", "乙", "30-45", "评语")
    ws.record_decision(store, sid, "5.5", "甲", "30-45", "评语")  # one reviewer only: nothing to compare
    found = ws.disagreements(store, sid)
    assert [i.clause.id for i in found.major] == ["5.2"]
    assert [i.clause.id for i in found.minor] == ["5.3"]
    item = found.major[0]
    assert item.spread == 2 and item.major
    assert [d.reviewer for d in item.decisions] == ["甲", "乙"]  # panel order
    assert item.machine is not None and item.consensus is None
    assert found.progress == (0, 1)
    with pytest.raises(InvalidRecord) as caught:
        ws.record_consensus(store, sid, "5.2", "30-45", "  ", "甲")
    assert caught.value.message_zh == "共识理由不能为空"
    c = ws.record_consensus(store, sid, "5.2", "30-45", "讨论后取中间档", "甲")
    assert ws.provenance(c) == "共识" and c.machine_band_id == item.machine.band_id
    assert ws.disagreements(store, sid).progress == (1, 1)
    assert [i.clause.id for i in ws.item_reviews(store, sid)] == ["5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]


def test_decisions_are_put_back_into_the_standard_order(store: Store, sid: int) -> None:
    record = ws.latest_record(store, sid).record
    for clause in ("5.7", "5.2", "5.5"):
        ws.record_decision(store, sid, clause, "甲", "30-45", "评语")
    assert [d.clause for d in ws.ordered(store.current_decisions(sid), record)] == ["5.2", "5.5", "5.7"]


def test_highlight_escapes_html_and_marks_the_evidence() -> None:
    text = "<b>营业收入</b>增长 & 营业收入利润率"
    out = ws.highlight(text, ["营业收入", "收入利润", ""])
    assert out == "&lt;b&gt;<mark>营业收入</mark>&lt;/b&gt;增长 &amp; <mark>营业收入利润</mark>率"
    assert ws.highlight("a<b", []) == "a&lt;b"


def test_clause_choices_and_the_clause_view(store: Store, sid: int) -> None:
    record = ws.latest_record(store, sid).record
    choices = ws.clause_choices(record)
    ids = [c.id for c in choices]
    assert ids.index("5.2") < ids.index("5.2.2") < ids.index("5.3") and "5.2.1" not in ids
    by_id = {c.id: c for c in choices}
    assert by_id["5.2.2"].unit == "5.2" and by_id["5.2"].unit == "5.2" and by_id["5.1"].unit is None
    assert (by_id["5.5.3"].status, by_id["5.5.3"].label, by_id["5.5.3"].level) == ("missing", "5.5.3 员工赋能", 2)

    view = ws.clause_view(record, "5.2.2")
    assert view.unit is not None and view.unit.id == "5.2" and view.machine is view.unit.band
    assert view.requirement and len(view.guidance) == 1 and len(view.guidance[0].rows) == 4
    assert all(row.text for row in view.guidance[0].rows)
    assert view.paragraphs and all(p.paragraph.clause == "5.2.2" for p in view.paragraphs)
    assert "<mark>" in "".join(p.html for p in view.paragraphs)
    assert view.paragraphs[0].where.startswith("第 ") and "段 · " in view.paragraphs[0].where

    missing = ws.clause_view(record, "5.5.3")
    assert not missing.paragraphs and "missing-clause" in {f.check for f in missing.findings}
    unit = ws.clause_view(record, "5.5")
    assert "missing-clause" in {f.check for f in unit.findings}  # the unit shows its sub-clauses' findings
    assert [g.clause for g in unit.guidance] == ["5.5.2", "5.5.3"]


def test_heatmap_cells_cover_every_clause_and_section(store: Store, sid: int) -> None:
    record = ws.latest_record(store, sid).record
    cells = ws.heatmap_cells(record)
    rows = {c.clause for c in cells}
    cols = {c.column for c in cells}
    assert len(cells) == len(rows) * len(cols)
    assert "5.5.3" in rows and "5.2" not in rows  # leaves only
    for clause in rows:
        shares = [c.share for c in cells if c.clause == clause]
        assert sum(shares) == pytest.approx(1.0, abs=1e-3) or sum(shares) == 0
    assert sum(c.share for c in cells if c.clause == "5.5.3") == 0


def test_exports_carry_reviewers_consensus_and_history(store: Store, sid: int) -> None:
    from openpyxl import load_workbook

    ws.record_decision(store, sid, "5.2", "甲", "10-25", "甲的评语")
    ws.record_decision(store, sid, "5.2", "乙", "50-65", "乙的评语")
    ws.record_consensus(store, sid, "5.2", "30-45", "取中间档", "甲")
    ws.submit_review(store, sid, "甲")
    files = {f.name: f for f in ws.exports_for(store, sid, "甲")}
    assert sorted(files) == sorted(
        ["wh-svc-water-评分表.xlsx", "wh-svc-water-analysis.json", "wh-svc-water-报告.html", "wh-svc-water-报告.md"]
    )
    book = load_workbook(io.BytesIO(files["wh-svc-water-评分表.xlsx"].data))
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}
    assert {"甲 档(%)", "乙 档(%)", "甲的评语", "乙的评语", "30-45", "取中间档"} <= cells
    doc = json.loads(files["wh-svc-water-analysis.json"].data)
    assert doc["schema"] == "sara.analysis/1"
    assert {(d["provenance"], d["reviewer"], d["band_id"]) for d in doc["decisions"]} == {
        ("reviewer", "甲", "10-25"),
        ("reviewer", "乙", "50-65"),
        ("consensus", "甲", "30-45"),
    }
    assert len(doc["decision_history"]) == 3
    assert "取中间档" in files["wh-svc-water-报告.md"].data.decode("utf-8")
    page = files["wh-svc-water-报告.html"].data.decode("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "5.2" in page
