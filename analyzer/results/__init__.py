"""Results evidence: what a result item (结果) reports — indicators, years, targets, comparisons.

Read by the ``results-*`` checks (:mod:`analyzer.checks`): :func:`extract_results` turns the
paragraphs and tables credited to one result item into a :class:`ResultsEvidence`;
:mod:`analyzer.results.polarity` says which way is good for an indicator;
:mod:`analyzer.results.assess` finds unfavourable results and their explanations;
:mod:`analyzer.results.kpis` finds the key indicators the process chapters and the profile name.
"""

from __future__ import annotations

from .extract import extract_results
from .model import ComparisonEvidence, Indicator, ResultsEvidence, TargetValue, YearValue
from .polarity import Polarity, default_polarity

__all__ = [
    "ComparisonEvidence",
    "Indicator",
    "Polarity",
    "ResultsEvidence",
    "TargetValue",
    "YearValue",
    "default_polarity",
    "extract_results",
]
