"""AnalysisConfig: the one home of an analysis's defaults, validated; the named pipelines and the
CLI build it (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.checks.base import CheckConfig
from analyzer.config import DEFAULT_CONFIG, AnalysisConfig, InvalidConfig
from analyzer.errors import SaraError
from analyzer.flows import flow_files, load_flow, read_flow
from analyzer.ingest import IngestConfig
from analyzer.pipeline import AnalyzeOptions


def test_the_defaults_build_the_steps_default_options() -> None:
    """The step dataclasses keep defaults of their own (library callers); they must equal these."""
    assert DEFAULT_CONFIG.analyze_options() == AnalyzeOptions()
    assert DEFAULT_CONFIG.analyze_options().checks == CheckConfig()
    assert DEFAULT_CONFIG.ingest_config() == IngestConfig()


def test_a_pipeline_file_that_sets_nothing_gets_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "bare.yaml"
    path.write_text("schema: sara.pipeline/1\nname: bare\ntitle_zh: 空\n", encoding="utf-8")
    assert read_flow(path).config() == DEFAULT_CONFIG


@pytest.mark.parametrize("name", sorted(flow_files()))
def test_every_named_pipeline_builds_a_valid_config(name: str) -> None:
    flow = load_flow(name)
    config = flow.config()
    assert config.analyze_options() == flow.analyze_options()
    assert config.ingest_config() == flow.ingest_config()
    assert flow.config("lexical").backend == "lexical"


def test_overrides_replace_only_what_the_user_gave() -> None:
    base = AnalysisConfig(standard="beijing-2020", max_mb=20, ocr="off")
    same = base.with_overrides(standard=None, backend=None, max_mb=None, ocr=None, crosswalk=None)
    assert same == base
    changed = base.with_overrides(backend="lexical", max_mb=5, crosswalk=False, length_convention="chars_no_spaces")
    assert (changed.backend, changed.max_bytes, changed.crosswalk) == ("lexical", 5 * 1024 * 1024, False)
    assert changed.analyze_options().checks.length_convention == "chars_no_spaces"
    assert changed.ingest_config().max_bytes == 5 * 1024 * 1024
    assert changed.ingest_config().ocr.mode == "off"


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ({"standard": " "}, "standard"),
        ({"backend": "magic"}, "backend"),
        ({"length_convention": "pages"}, "length convention"),
        ({"near_limit_ratio": 0}, "near_limit_ratio"),
        ({"near_limit_ratio": 1.5}, "near_limit_ratio"),
        ({"max_mb": 0}, "size limit"),
        ({"ocr": "sometimes"}, "OCR mode"),
    ],
)
def test_invalid_values_are_bilingual_errors(fields: dict[str, object], word: str) -> None:
    with pytest.raises(InvalidConfig) as caught:
        AnalysisConfig(**fields)  # type: ignore[arg-type]
    assert isinstance(caught.value, SaraError)
    assert word in caught.value.message_en and "分析配置无效" in caught.value.message_zh
