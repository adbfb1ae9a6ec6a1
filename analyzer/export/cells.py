"""Spreadsheet cells from untrusted text: an export never carries a formula (OWASP "CSV injection").

File names, reviewer names, comments and report text reach the Excel and CSV exports. A cell whose
text starts with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return, or their full-width forms,
which spreadsheet programs may fold) can be run as a formula by Excel, LibreOffice or Numbers.

- **xlsx**: openpyxl stores any string that starts with ``=`` as a formula. :func:`workbook_bytes`
  turns every such cell back into a plain string cell before saving, so the text shows exactly as
  written and nothing is ever evaluated.
- **CSV** has no cell types, so :func:`csv_cell` prefixes such text with ``'`` as OWASP recommends
  (``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``). Numbers stay numbers.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def csv_cell(value: object) -> object:
    """``value`` safe for a CSV field: text that a spreadsheet would run as a formula gets a ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def workbook_bytes(wb: Workbook) -> bytes:
    """Save ``wb`` with no formula cell in it: every formula-looking string is stored as text."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
