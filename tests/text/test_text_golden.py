"""Golden files: sections and paragraphs of real-looking reports (SARA_UPDATE_GOLDEN=1 to regenerate)."""

from __future__ import annotations

import pytest

from analyzer.text.segment import build_document

from .fixtures import (
    DEV_REPORT_2_NAMES,
    DEV_REPORT_NAMES,
    captions_leadins,
    cover_toc,
    dev_report,
    docx_like,
    pdf_damaged,
    plain_txt,
    profile_first,
    traditional,
)
from .golden_util import check_golden

CASES = {
    "pdf_damaged": pdf_damaged,
    "docx_like": docx_like,
    "plain_txt": plain_txt,
    "cover_toc": cover_toc,
    "profile_first": profile_first,
    "captions_leadins": captions_leadins,
    "traditional": traditional,
    **{name: (lambda n=name: dev_report(n)) for name in DEV_REPORT_NAMES + DEV_REPORT_2_NAMES},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_segmentation_matches_golden(name: str) -> None:
    check_golden(name, build_document(CASES[name]()))
