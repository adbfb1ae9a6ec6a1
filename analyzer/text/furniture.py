"""Page furniture as text: how a repeated running header or footer line is compared, and what a
page number looks like (``- 7 -``, ``第 8 页 共 45 页``, ``7/45``, ``Page 3 of 20``, roman numerals).

Shared by the PDF layout reader (:mod:`analyzer.ingest._pdf_layout`, which re-exports both) and
the front-matter rules for text pasted out of a PDF (:mod:`analyzer.text.frontmatter`). They work
on a line's text alone, so they live in the text layer, which imports nothing of
:mod:`analyzer.ingest`.
"""

from __future__ import annotations

import re

__all__ = ["furniture_key", "is_page_number"]

_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-–—~·•\[(（]*\d{1,4}[-–—~·•\])）]*           # 9, - 9 -, — 9 —, (9)
      | 第\d{1,4}[页頁](?:[,，/、]?共\d{1,4}[页頁])?    # 第3页, 第 3 页 共 20 页, 第3页/共20页 (頁: 繁體)
      | 共\d{1,4}[页頁][,，/、]?第\d{1,4}[页頁]
      | \d{1,4}/\d{1,4}                            # 3/20
      | page\d{1,4}(?:(?:of|/)\d{1,4})?            # Page 3, Page 3 of 20
      | [ivxlc]{1,7}                               # front-matter roman numerals
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGITS = re.compile(r"\d+")


def furniture_key(text: str) -> str:
    """A line's text without spaces and with every run of digits as ``#``: how repeats are compared."""
    return _DIGITS.sub("#", "".join(text.split()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match("".join(text.split())))
