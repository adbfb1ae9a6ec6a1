"""Draft band suggestion per scoring unit, and the total score estimate it implies.

Examiners score each scoring unit (:attr:`Standard.scoring_units`: a leaf item such as 深圳 1.1 or
北京 7.3, or a Wuhan 条目 5.x whose 条款 5.x.2–5.x.4 are its evidence) by the bands of the
standard's scoring guide. SARA proposes a *draft* band per unit from explainable evidence; a
reviewer confirms or changes it. Nothing here is learnt: the signals are term lists and patterns in
``signals.yaml`` in this package, and every suggestion says what it rests on.

Process content (A-D-L-I, or PDCA for Shenzhen service) is read for

- **coverage** — the share of the clause's guidance points the coverage step found addressed;
- **approach** (A / P) — mechanisms (机制、制度、流程…), cadences (每月、每季度…), owners (负责、牵头、
  委员会…) and measures (指标、考核…), each counted as distinct terms;
- **deployment** (D) — breadth words (各部门、全员、供应商、子公司…);
- **learning** (L, or C and A of PDCA) — evaluation (评价、评审、复盘…) and improvement (改进、优化、
  迭代、PDCA…);
- **integration** (I) — ties to strategy and goals (战略、目标、协同、挂钩…);
- **specificity** — figures and named practices (《员工行为准则》, “问题不过夜”);
- **length** — 字数 against the coverage step's thin threshold ``expected_chars``; an answer under it
  has its whole score scaled down by ``chars / expected_chars``.

Result content (Le-T-C-I) is read from :func:`analyzer.results.extract_results`:

- **levels** (Le) — indicators with data, and the share of judgeable ones that beat their
  comparison or meet their target;
- **trends** (T) — the share of indicators with the required consecutive years, and the share of
  directional ones (:mod:`analyzer.results.polarity`) whose trend is favourable;
- **comparisons** (C) — the share of indicators compared with competitors, benchmarks or averages,
  and how many of those comparisons are favourable;
- **integration** (I) — the share of indicators the profile or the process chapters also name
  (and the result clause's guidance points, where it has any);
- unfavourable results the ``results-unexplained-decline`` check reports lower the score;
- the weaker of T and C holds the item back (the guides put short series or few comparisons in the
  low bands whatever the levels);
- the standard's rule cap (``results.cap_band``: Shenzhen economic caps an item with fewer than
  ``min_indicators`` indicators or under ``min_consecutive_years`` years at 10–25%).

The weighted dimensions give an answered leaf its evidence ``e`` in [0, 1] and its score
``floor + span × e`` (0.10 + 0.62 e: full evidence lands at the bottom of 70–85, because term counts
show the ingredients of a systematic approach, not that it is excellent); a missing leaf scores 0.
A unit's score is the weighted mean of its leaves' (Wuhan 条款 weigh equally). A score ``s`` is
``s × 100`` percent of the unit's points, in the band containing it; a percent in the gap between
two bands goes to the nearer one (the boundary is the middle of the gap: 27.5 between 10–25 and
30–45). A unit with no answer at all gets the lowest band. The machine never proposes the top band
(90–100, 80–100 卓越): that needs on-site evidence an examiner judges.

Calibration (tests/test_scoring.py, on the nine labelled reports and degraded variants of them): a
missing item gets the lowest band, a one-sentence answer the lowest band, complete items land in
30–45 … 70–85 (40–60 … 60–80 for Shenzhen service), result items lacking three years or
comparisons score below every complete result item of their report.

:func:`estimate_score` adds up the bands: low = Σ points × band low %, high = Σ points × band high %,
and compares both ends with the award's thresholds (深圳: > 50% shortlisted; ≥ 60/55/50% gold,
silver and bronze candidates): *reached* when even the low end meets it, *not reached* when even the
high end misses it, *possible* in between.

The pipeline and the exports call these two plain functions::

    suggestions = suggest_bands(doc, standard, mapping, coverage, findings)
    estimate = estimate_score(standard, suggestions)

Layout (one job per module)::

    signals.py   rules data: signals.yaml and its validation (Signals, TermSet, SignalsError)
    evidence.py  shared evidence types (Dimension, LeafEvidence), inputs, band-scheme arithmetic
    process.py   process leaves: A-D-L-I / PDCA, specificity, length
    result.py    result leaves: Le-T-C-I, unexplained declines, the standard's rule cap
    reasons.py   a unit's band and its reasons (BandSuggestion, suggest_bands)
    estimate.py  the total estimate against the thresholds (ScoreEstimate, estimate_score)
"""

from .estimate import ScoreEstimate, ThresholdState, ThresholdStatus, estimate_score
from .evidence import Dimension, LeafEvidence, LeafKind, band_for_score
from .reasons import BandSuggestion, suggest_bands
from .signals import Signals, SignalsError, TermSet, default_signals, signals_from_mapping

__all__ = [
    "BandSuggestion",
    "Dimension",
    "LeafEvidence",
    "LeafKind",
    "ScoreEstimate",
    "Signals",
    "SignalsError",
    "TermSet",
    "ThresholdState",
    "ThresholdStatus",
    "band_for_score",
    "default_signals",
    "estimate_score",
    "signals_from_mapping",
    "suggest_bands",
]
