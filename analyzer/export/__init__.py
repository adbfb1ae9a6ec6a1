"""Renderings of an analysis: the ``sara.analysis/1`` JSON (with reviewer decisions when asked), and —
from the stored record (:class:`~analyzer.record.AnalysisRecord`) — the Markdown and HTML reports
for applicants and the Excel scoresheet for the review panel."""
