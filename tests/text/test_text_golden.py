"""Golden files: sections and paragraphs of real-looking reports (SARA_UPDATE_GOLDEN=1 to regenerate)."""

from __future__ import annotations

import pytest

from analyzer.text.segment import build_document

from .fixtures import DEV_REPORT_NAMES, dev_report, docx_like, pdf_damaged, plain_txt
from .golden_util import check_golden

CASES = {
    "pdf_damaged": pdf_damaged,
    "docx_like": docx_like,
    "plain_txt": plain_txt,
    **{name: (lambda n=name: dev_report(n)) for name in DEV_REPORT_NAMES},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_segmentation_matches_golden(name: str) -> None:
    check_golden(name, build_document(CASES[name]()))
