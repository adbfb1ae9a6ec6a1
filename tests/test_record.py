"""The stored analysis JSON reads back into typed records that agree with the live analysis."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path
from typing import Any

import pytest

from analyzer.export.analysis_json import analysis_json, analysis_to_dict
from analyzer.pipeline import AnalyzeOptions, analyze_file
from analyzer.record import (
    _SHAPES,
    AnalysisRecord,
    BackendInfo,
    ClauseInfo,
    DecisionInfo,
    DetectionInfo,
    DiagnosticInfo,
    EstimateInfo,
    FindingInfo,
    GenreInfo,
    InvalidRecord,
    LengthInfo,
    ParagraphInfo,
    SectionInfo,
    SourceInfo,
    StandardRef,
    read_record,
    record_to_dict,
)
from tests.shared_data import dev_folders

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_FOLDERS = sorted(p.parent for p in (ROOT / "samples").glob("*/labels.json"))


@pytest.fixture(scope="module")
def live():
    return analyze_file(ROOT / "samples" / "bj-logistics" / "report.md", "auto", AnalyzeOptions(backend="lexical"))


def test_record_agrees_with_the_analysis(live) -> None:
    data = analysis_to_dict(live)
    rec = read_record(json.dumps(data, ensure_ascii=False))
    assert rec.standard.id == live.standard.id
    assert [c.id for c in rec.scoring_units] == [c.id for c in live.standard.scoring_units]
    assert [p.id for p in rec.paragraphs] == [p.id for p in live.document.paragraphs]
    assert len(rec.findings) == len(live.findings)
    assert rec.severity_counts()["error"] == sum(f.severity == "error" for f in live.findings)
    for s in live.suggestions:
        band = rec.clause(s.clause).band
        assert band is not None and (band.band_id, band.low, band.high) == (s.band_id, s.low, s.high)
        assert band.source == "machine"
        assert band.as_band(s.clause) == s.band  # the one band type, as the live suggestion holds it
    assert rec.estimate is not None and rec.estimate.low == live.estimate.low
    assert rec.clause("1.2").guidance_tally == "3/3"  # 组织治理: all three guidance points answered
    assert all(c.guidance_tally == "" for c in rec.clauses if not c.guidance)
    unit = rec.scoring_units[0]
    assert [p.id for p in rec.paragraphs_of(unit.id)] == list(live.coverage.of(unit.id).paragraphs)


def test_analysis_json_is_the_last_step_of_every_front_end(live) -> None:
    """The CLI, the workspace and the screening workers share analysis_json: one document, its
    compact (stored) and pretty (printed) texts, and the record read back from it."""
    out = analysis_json(live, file="上传的报告.md")
    assert out.data["source"]["file"] == "上传的报告.md"
    assert analysis_json(live).data["source"]["file"] == analysis_to_dict(live)["source"]["file"]
    assert json.loads(out.compact()) == out.data == json.loads(out.pretty())
    assert "\n" not in out.compact() and out.pretty().endswith("}\n") and "上传" in out.compact()
    assert record_to_dict(out.record()) == out.data


def test_unknown_fields_are_ignored_and_missing_ones_defaulted(live) -> None:
    data = analysis_to_dict(live)
    data["future_field"] = {"x": 1}
    data["clauses"][0]["future"] = 3
    del data["clauses"][0]["nearest"]
    rec = read_record(data)
    assert rec.clauses[0].nearest is None


@pytest.mark.parametrize(
    "bad",
    ["not json", "[]", json.dumps({"schema": "other/1"}), json.dumps({"schema": "sara.analysis/1", "clauses": 3})],
)
def test_bad_records_are_refused_with_a_clear_error(bad: str) -> None:
    with pytest.raises(InvalidRecord) as exc:
        read_record(bad)
    assert "分析记录" in exc.value.bilingual()


# --------------------------------------------------------------------------- round trip: no field dropped


def _same_json(data: dict[str, Any]) -> None:
    """write → read → write gives the identical JSON text (every key, its order and its value)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    again = json.dumps(record_to_dict(read_record(text)), ensure_ascii=False, indent=2)
    assert again == text


def _keys(data: object, prefix: str = "") -> set[str]:
    """Every key path in a JSON document (list items share their list's path)."""
    if isinstance(data, dict):
        out = set()
        for k, v in data.items():
            out.add(prefix + k)
            if k not in ("timings", "facts"):  # free-form objects: their keys are data
                out |= _keys(v, prefix + k + ".")
        return out
    if isinstance(data, list):
        return set().union(*(_keys(v, prefix) for v in data)) if data else set()
    return set()


def test_a_live_analysis_round_trips(live) -> None:
    data = analysis_to_dict(live)
    _same_json(data)
    rec = read_record(data)
    # the fields older readers dropped are read back
    assert any(d.facts for f in rec.findings for d in f.details)
    assert any(s.reasons for s in rec.sections)
    assert rec.clause("1.2").evidence and rec.clause("1.2").evidence[0].paragraph == rec.clause("1.2").paragraphs[0]
    assert rec.length.counts is not None and rec.length.counts.word_style > 0
    assert rec.detection is not None and rec.detection.candidates
    assert rec.genre is not None and rec.genre.report is not None
    assert dict(rec.timings)


def test_a_non_report_round_trips() -> None:
    a = analyze_file(
        ROOT / "samples" / "out-of-domain" / "tender-document.md", "auto", AnalyzeOptions(backend="lexical")
    )
    data = analysis_to_dict(a)
    assert data["genre"]["is_report"] is False and data["score_estimate"] is None
    _same_json(data)


@pytest.mark.parametrize("folder", SAMPLE_FOLDERS + dev_folders()[:1], ids=lambda p: p.name)
def test_every_labelled_report_round_trips(folder: Path) -> None:
    standard = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["standard"]
    a = analyze_file(folder / "report.md", standard, AnalyzeOptions(backend="lexical"))
    _same_json(analysis_to_dict(a))


def _filled(cls: type, seed: int = 1) -> Any:
    """An instance of a record class with every field set to a non-default value of its type."""
    values: dict[str, Any] = {}
    defaults = {f.name: f.default for f in dataclasses.fields(cls)}
    for i, f in enumerate(_SHAPES[cls]):
        hint = typing.get_type_hints(cls)[f.name]
        if f.kind == "record":
            assert f.cls is not None
            values[f.name] = _filled(f.cls, seed + i)
        elif f.kind == "records":
            assert f.cls is not None
            values[f.name] = (_filled(f.cls, seed + i), _filled(f.cls, seed + i + 7))
        elif f.kind == "object":
            values[f.name] = (("a", f"{seed}"), ("b", f"{seed + i}"))
        else:
            args = {a for a in typing.get_args(hint) if a is not type(None)} or {hint}
            if typing.get_origin(hint) is tuple:
                values[f.name] = (f"{f.name}-{seed}", f"{f.name}-{seed + i}")
            elif bool in args:
                values[f.name] = defaults[f.name] is not True
            elif int in args:
                values[f.name] = seed * 10 + i
            elif float in args:
                values[f.name] = seed + i / 4
            else:
                values[f.name] = f"{f.name}-{seed}"
    return cls(**values)


def _full_record() -> AnalysisRecord:
    return AnalysisRecord(
        sara_version="9.9",
        source=_filled(SourceInfo),
        standard=_filled(StandardRef),
        length=_filled(LengthInfo),
        profile_length=_filled(LengthInfo, 2),
        detection=_filled(DetectionInfo),
        backend=_filled(BackendInfo),
        diagnostics=(_filled(DiagnosticInfo),),
        sections=(_filled(SectionInfo),),
        paragraphs=(_filled(ParagraphInfo), _filled(ParagraphInfo, 3)),
        clauses=(_filled(ClauseInfo),),
        findings=(_filled(FindingInfo),),
        estimate=_filled(EstimateInfo),
        mapping_mode="content",
        genre=_filled(GenreInfo),
        timings=(("read", 0.5), ("map", 1.25)),
        decisions=(_filled(DecisionInfo),),
        decision_history=(_filled(DecisionInfo), _filled(DecisionInfo, 4)),
    )


def test_every_field_of_the_schema_round_trips() -> None:
    """A record with every field filled (decisions, fallback, excluded counts… that a lexical run of the
    samples may not produce) writes and reads back whole; no field is left at its default."""
    full = _full_record()
    data = record_to_dict(full)
    assert read_record(data) == full
    _same_json(data)
    for cls, fields in _SHAPES.items():
        defaults = cls()
        for f in fields:
            if f.kind not in ("record", "records"):
                assert getattr(_filled(cls), f.name) != getattr(defaults, f.name), f"{cls.__name__}.{f.name}"


def test_a_live_analysis_writes_every_key_the_schema_names(live) -> None:
    """The writer of the live analysis and the schema agree: the live document has no key the schema
    does not know, and every key of a full record (items of lists it leaves empty aside)."""
    data = analysis_to_dict(live)
    live_keys = _keys(data)
    schema_keys = _keys(record_to_dict(_full_record()))
    assert live_keys <= schema_keys
    empty_lists = {k for k in live_keys if _at(data, k) == []}
    # written only when there is something to say: human decisions, a backend fallback, excluded text,
    # a DOCX's Word setting for text boxes and notes (the live sample is not a DOCX); the profile's
    # length has no per-convention counts
    optional = {"decisions", "decision_history", "backend.fallback", "length.excluded", "length.word_counts_subdocs"}
    optional |= {"length.profile.counts", "length.profile.excluded", "length.profile.word_counts_subdocs"}
    optional |= empty_lists
    missing = {k for k in schema_keys - live_keys if not any(k == o or k.startswith(o + ".") for o in optional)}
    assert not missing, " ".join(sorted(missing))


def _at(data: Any, path: str) -> Any:
    """The value at a key path, following the first item of lists (None when absent)."""
    for part in path.split("."):
        while isinstance(data, list):
            data = data[0] if data else None
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data
