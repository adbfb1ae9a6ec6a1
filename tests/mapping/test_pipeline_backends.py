"""The whole analysis with each backend: embedding (a tiny model built here), auto fallback, hybrid."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.ingest import read_document
from analyzer.mapping.embedding import EmbeddingUnavailable
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

from .labelled import report
from .test_backends import build_tiny_model


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SARA_CACHE_DIR", str(tmp_path / "sara-cache"))
    monkeypatch.delenv("SARA_EMBEDDING_MODEL", raising=False)
    monkeypatch.delenv("SARA_EMBEDDING_CONFIG", raising=False)


@pytest.fixture(scope="module")
def case():  # type: ignore[no-untyped-def]
    r = report("szx-econ-smartmfg")
    return r, read_document(r.folder / "report.md"), load_standard(r.standard)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory, case) -> Path:  # type: ignore[no-untyped-def]
    _, doc, std = case
    text = doc.text + "".join(c.title + c.text + "".join(g.text for g in c.guidance) for c in std.clauses)
    return build_tiny_model(tmp_path_factory.mktemp("tiny-pipeline"), text, seed=3)


def test_embedding_backend_runs_the_whole_analysis(case, model: Path) -> None:  # type: ignore[no-untyped-def]
    r, doc, std = case
    a = analyze_document(doc, std, AnalyzeOptions(backend="embedding", model=str(model)))
    data = analysis_to_dict(a)
    assert data["backend"]["name"] == "embedding"
    assert data["backend"]["model_path"] == str(model)
    assert data["backend"]["dimension"] == 32
    body = [p for p in data["paragraphs"] if not p["heading"]]
    # headings decide here; the random model only scores runner-ups and misplacement candidates
    assert {p["method"] for p in body} <= {"heading", "embedding"}
    assert sorted(f.clause for f in a.findings if f.check == "missing-clause") == sorted(r.missing_clauses)


def test_auto_uses_hybrid_when_the_model_loads(case, model: Path) -> None:  # type: ignore[no-untyped-def]
    _, doc, std = case
    a = analyze_document(doc, std, AnalyzeOptions(backend="auto", model=str(model)))
    assert a.mapping.scorer.name == "hybrid"
    assert a.mapping.scorer.fallback is None


def test_auto_falls_back_to_lexical_and_says_why(case) -> None:  # type: ignore[no-untyped-def]
    _, doc, std = case
    a = analyze_document(doc, std, AnalyzeOptions(backend="auto", model="nobody/not-a-model"))
    info = a.mapping.scorer
    assert info.name == "lexical" and info.fallback is not None
    assert "nobody/not-a-model" in info.fallback.reason_en and "词汇匹配" in info.fallback.reason_zh
    assert analysis_to_dict(a)["backend"]["fallback"]["wanted"] == "hybrid"


def test_embedding_backend_never_falls_back(case) -> None:  # type: ignore[no-untyped-def]
    _, doc, std = case
    with pytest.raises(EmbeddingUnavailable):
        analyze_document(doc, std, AnalyzeOptions(backend="embedding", model="nobody/not-a-model"))
