"""--standard auto: the labelled reports are recognised as written, without title, and without any heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.mapping.detect import detect_standard
from analyzer.standards import load_all

from .labelled import names, report


@pytest.mark.parametrize("variant", ["as-written", "no-title", "no-headings"])
@pytest.mark.parametrize("name", names())
def test_detects_the_standard(name: str, variant: str, tmp_path: Path) -> None:
    r = report(name)
    text = {"as-written": r.text, "no-title": r.text.split("\n", 1)[1], "no-headings": r.without_headings()}[variant]
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    guess = detect_standard(read_document(path), load_all())
    print(f"\n{name} {variant}: {guess.standard} {guess.confidence:.2f}")
    assert guess.standard == r.standard
    assert 0.0 < guess.confidence <= 1.0
    assert guess.reasons_zh and guess.reasons_en
    if variant == "as-written":
        assert guess.confidence >= 0.9
