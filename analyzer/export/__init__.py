"""Renderings of an analysis: ``sara.analysis/1`` JSON and the Markdown report for applicants."""
