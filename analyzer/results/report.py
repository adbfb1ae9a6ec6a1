"""What a result item's evidence needs from the whole report, found once per analysis.

Three facts about the report as a whole change how one item's paragraphs read: its clause-keyed
tables (:func:`~analyzer.results.keyed.keyed_tables`: rows given out to the items they name), the
organisations it compares itself with (:func:`~analyzer.results.parties.report_parties`) and the
paragraphs under a heading that names one year (:func:`~analyzer.results.extract.chronicle_years`).
The results checks (:mod:`analyzer.checks.results_common`) and the band estimate
(:mod:`analyzer.scoring.result`) read an item through the same :class:`ReportResults`, so they see
the same evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Paragraph
from .extract import chronicle_years, extract_results
from .keyed import KeyedTable, item_paragraphs, keyed_tables
from .model import ResultsEvidence
from .parties import report_parties


@dataclass(frozen=True, slots=True)
class ReportResults:
    """The report-wide facts a result item is read with (see the module docstring)."""

    keyed: tuple[KeyedTable, ...]
    parties: frozenset[str]
    dated: frozenset[tuple[str, int]]

    @classmethod
    def of(cls, document: Document) -> ReportResults:
        return cls(keyed_tables(document.paragraphs), report_parties(document.paragraphs), chronicle_years(document))

    def item(self, clause_id: str, credited: Sequence[Paragraph]) -> tuple[tuple[Paragraph, ...], ResultsEvidence]:
        """The paragraphs a result item's evidence is read from (``credited`` to it, less and plus the
        rows of keyed tables) and that evidence."""
        paragraphs = item_paragraphs(clause_id, credited, self.keyed)
        return paragraphs, extract_results(clause_id, paragraphs, self.parties, self.dated)
