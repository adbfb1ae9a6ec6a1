"""--ocr on the command line and ingest.ocr in the named pipelines (no recognition runs here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.flows import InvalidFlow, load_flow, read_flow
from analyzer.ingest import IngestConfig
from analyzer.ingest.ocr import DEFAULT_OCR_MODE

IMAGE_ONLY = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "image_only.pdf"


def test_one_default_for_the_ocr_mode() -> None:
    assert IngestConfig().ocr.mode == DEFAULT_OCR_MODE
    for name in ("applicant", "reviewer", "secretariat"):
        assert load_flow(name).ingest_config().ocr.mode == DEFAULT_OCR_MODE


def test_ocr_off_refuses_a_scan(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(IMAGE_ONLY), "--ocr", "off"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("错误 / error:") and "needs OCR first" in err and "Traceback" not in err


def test_unknown_ocr_mode_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(IMAGE_ONLY), "--ocr", "sometimes"])
    assert code == 2
    assert "sometimes" in capsys.readouterr().err


def test_pipeline_ocr_setting_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "schema: sara.pipeline/1\nname: mine\ntitle_zh: 试用\ningest:\n  ocr: maybe\n", encoding="utf-8"
    )
    with pytest.raises(InvalidFlow) as exc:
        read_flow(path)
    assert "ingest → ocr" in exc.value.message_en
    path.write_text("schema: sara.pipeline/1\nname: mine\ntitle_zh: 试用\ningest:\n  ocr: off\n", encoding="utf-8")
    assert read_flow(path).ingest_config().ocr.mode == "off"
