"""Genre recognition: out-of-domain fixtures are non-reports, every labelled report stays a report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.mapping.detect import detect_standard, named_award
from analyzer.mapping.genre import default_profiles, profiles_from_mapping, recognise_genre
from analyzer.standards import load_all

ROOT = Path(__file__).resolve().parents[2]
OOD = ROOT / "samples" / "out-of-domain"
LABELS = json.loads((OOD / "manifest.json").read_text(encoding="utf-8"))
SHARED = ROOT.parent / "shared"
REPORTS = sorted(
    [
        *(ROOT / "samples").glob("*/report.md"),
        *SHARED.glob("dev-reports/*/report.md"),
        *SHARED.glob("dev-reports-2/*/report.md"),
    ]
)


def _headingless(text: str) -> str:
    """The report without its headings: '#' lines and short lines that do not end a sentence."""
    keep = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("#") or (s and len(s) <= 30 and not re.search(r"[。；！？：:]$", s) and "\t" not in s):
            continue
        keep.append(line)
    return "\n".join(keep)


@pytest.mark.parametrize("name", sorted(LABELS), ids=str)
def test_out_of_domain_fixtures(name: str) -> None:
    doc = read_document(OOD / name)
    guess = recognise_genre(doc)
    detection = detect_standard(doc, load_all())
    if LABELS[name]["expected"] == "not-self-assessment":
        assert not guess.is_report and guess.genre == LABELS[name]["genre"]
        assert not detection.fits and detection.confidence == 0.0
    else:
        assert guess.is_report and detection.fits
        assert detection.award_named == named_award(doc) == "上海市质量金奖"
        assert detection.confidence <= 0.5


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("variant", ["as-is", "no-headings"])
def test_labelled_reports_stay_reports(path: Path, variant: str, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if variant == "no-headings":
        text = _headingless(text)
    target = tmp_path / "report.md"
    target.write_text(text, encoding="utf-8")
    doc = read_document(target)
    guess = recognise_genre(doc)
    assert guess.is_report, guess.reasons_en
    standard = json.loads((path.parent / "labels.json").read_text(encoding="utf-8"))["standard"]
    detection = detect_standard(doc, load_all())
    assert detection.fits and detection.award_named is None
    if variant == "as-is":
        assert detection.standard == standard


def test_shared_reports_present_or_skipped() -> None:
    if not (SHARED / "dev-reports").is_dir():
        pytest.skip("../shared/dev-reports is absent (a user's clone): only samples/ reports are checked")
    assert len(REPORTS) >= 12


def test_genre_data_is_validated() -> None:
    assert default_profiles().genres
    with pytest.raises(ValueError, match="unknown keys"):
        profiles_from_mapping({"self_assessment": {}, "genres": [], "extra": 1})
    with pytest.raises(ValueError, match="genres → 0"):
        profiles_from_mapping(
            {
                "self_assessment": {
                    "name_zh": "a",
                    "name_en": "a",
                    "categories": {"x": ["领导"]},
                    "headings": ["领导"],
                },
                "genres": [{"id": "t", "name_zh": "t"}],
            }
        )


def test_no_check_example_is_called_a_non_report() -> None:
    examples = sorted((ROOT / "tests" / "checks" / "examples").glob("*/*.md"))
    assert examples
    for path in examples:
        if path.parent.name == "not-self-assessment" and path.stem == "failing":
            continue
        assert recognise_genre(read_document(path)).is_report, path
