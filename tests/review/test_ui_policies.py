"""Policies the app pages used to hold themselves, now in the library (no Streamlit needed): the
upload limit and formats, and the review pages' rules."""

from __future__ import annotations

import tomllib
from pathlib import Path

from analyzer.batch import secretariat
from analyzer.config import DEFAULT_CONFIG
from analyzer.ingest import SUPPORTED_EXTENSIONS
from analyzer.review import workspace as ws

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- uploads


def test_the_upload_labels_name_every_format_the_reader_takes() -> None:
    assert ws.UPLOAD_FORMATS_ZH == "PDF、DOCX、TXT 或 Markdown"
    assert secretariat.UPLOAD_FORMATS_ZH == ws.UPLOAD_FORMATS_ZH
    for ext in SUPPORTED_EXTENSIONS:
        assert ext.lstrip(".") in ws.UPLOAD_TYPES


def test_the_upload_limit_is_the_configs_and_streamlit_config_agrees() -> None:
    assert DEFAULT_CONFIG.max_mb == ws.UPLOAD_MAX_MB
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert settings["server"]["maxUploadSize"] == ws.UPLOAD_MAX_MB
