"""What a result item's evidence needs from the whole report, found once per analysis.

Four facts about the report as a whole change how one item's paragraphs read: its clause-keyed
tables (:func:`~analyzer.results.keyed.keyed_tables`: rows given out to the items they name), the
organisations it compares itself with (:func:`~analyzer.results.parties.report_parties`) and the
paragraphs under a heading that names one year (:func:`~analyzer.results.extract.chronicle_years`)
and the year its results end in (:func:`~analyzer.results.extract.report_year`: 本年度 in an item that
writes no year).
The results checks (:mod:`analyzer.checks.results_common`) and the band estimate
(:mod:`analyzer.scoring.result`) read an item through the same :class:`ReportResults`, so they see
the same evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Paragraph
from .extract import chronicle_years, extract_results, report_year
from .keyed import KeyedTable, item_paragraphs, keyed_tables
from .model import ResultsEvidence
from .parties import report_parties


@dataclass(frozen=True, slots=True)
class ReportResults:
    """The report-wide facts a result item is read with (see the module docstring)."""

    keyed: tuple[KeyedTable, ...]
    parties: frozenset[str]
    dated: frozenset[tuple[str, int]]
    year: int | None = None
    """The year the report's results end in (:func:`~analyzer.results.extract.report_year`)."""

    @classmethod
    def of(cls, document: Document) -> ReportResults:
        return cls(
            keyed_tables(document.paragraphs),
            report_parties(document.paragraphs),
            chronicle_years(document),
            report_year(document),
        )

    def item(self, clause_id: str, credited: Sequence[Paragraph]) -> tuple[tuple[Paragraph, ...], ResultsEvidence]:
        """The paragraphs a result item's evidence is read from (``credited`` to it, less and plus the
        rows of keyed tables) and that evidence."""
        paragraphs = item_paragraphs(clause_id, credited, self.keyed)
        return paragraphs, extract_results(clause_id, paragraphs, self.parties, self.dated, self.year)
