"""Results evidence: what a result item (结果) reports — indicators, years, targets, comparisons.

Read by the ``results-*`` checks (:mod:`analyzer.checks`): :func:`extract_results` turns the
paragraphs and tables credited to one result item into a :class:`ResultsEvidence`;
:mod:`analyzer.results.polarity` says which way is good for an indicator;
:mod:`analyzer.results.assess` finds unfavourable results and their explanations;
:mod:`analyzer.results.kpis` finds the key indicators the process chapters and the profile name;
:mod:`analyzer.results.targets` reads targets stated in words (``生鲜损耗率控制在4%以内``).

The patterns (years, plans, units, value verbs, comparison and target words, reasons, gaps) are data
in ``patterns.yaml``, applied with spaCy matchers by :mod:`analyzer.results.lexicon` to the sentences
of SARA's one splitter; which way is good for an indicator is data in ``polarity.yaml``.
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
