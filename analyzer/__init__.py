"""SARA — Self-Assessment Report Analyzer (自评报告分析器).

Checks Chinese quality-award self-assessment reports (自评报告) against the award standard they
answer. The library comes first; :mod:`analyzer.cli` is a thin command-line layer over it.
Heavy libraries (torch, sentence-transformers, spaCy) are imported lazily, where they are used.
"""

__version__ = "0.1.0"
