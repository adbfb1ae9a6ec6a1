"""Check examples may use the small test standards in tests/data/standards (exam-2024 …)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TEST_STANDARDS = Path(__file__).resolve().parents[1] / "data" / "standards"


@pytest.fixture(autouse=True)
def _test_standards(monkeypatch: pytest.MonkeyPatch) -> None:
    current = os.environ.get("SARA_STANDARDS_PATH", "")
    monkeypatch.setenv("SARA_STANDARDS_PATH", os.pathsep.join(p for p in (str(TEST_STANDARDS), current) if p))
