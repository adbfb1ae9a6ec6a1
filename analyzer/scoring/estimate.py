"""The total score the suggested bands imply (low–high points) and the award thresholds' status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import (
    Standard,
    Threshold,
)
from .reasons import BandSuggestion

ThresholdState = Literal["reached", "possible", "not-reached"]


@dataclass(frozen=True, slots=True)
class ThresholdStatus:
    """One award threshold and whether the estimated score range reaches it."""

    id: str
    label_zh: str
    percent: float
    inclusive: bool
    points: float
    status: ThresholdState
    message_zh: str
    message_en: str


@dataclass(frozen=True, slots=True)
class ScoreEstimate:
    """The total score the suggested bands imply, as a low–high range of points, against the thresholds."""

    standard: str
    total_points: int
    low: float
    high: float
    point: float
    """Σ points × each suggestion's point estimate (``percent``)."""
    thresholds: tuple[ThresholdStatus, ...]
    units: int
    unscored: tuple[str, ...] = ()
    """Scoring units without a suggestion: counted 0 at the low end and full points at the high end."""

    @property
    def percent_low(self) -> float:
        return round(100 * self.low / self.total_points, 1) if self.total_points else 0.0

    @property
    def percent_high(self) -> float:
        return round(100 * self.high / self.total_points, 1) if self.total_points else 0.0


def _meets(value: float, threshold: float, inclusive: bool) -> bool:
    eps = 1e-9
    return value >= threshold - eps if inclusive else value > threshold + eps


def _threshold_status(t: Threshold, total: int, low: float, high: float) -> ThresholdStatus:
    """Reached when even the low end meets the threshold, not reached when even the high end misses it."""
    need = round(total * t.percent / 100, 2)
    head_zh = f"{t.label_zh}（{'≥' if t.inclusive else '>'}{t.percent:g}%，{need:g}分）"
    head_en = f"{t.id} ({'≥' if t.inclusive else '>'}{t.percent:g}%, {need:g} points)"
    state: ThresholdState
    if _meets(low, need, t.inclusive):
        state = "reached"
        zh, en = f"{head_zh}：估计下限{low:g}分已达到", f"{head_en}: reached even at the low end ({low:g})"
    elif not _meets(high, need, t.inclusive):
        state = "not-reached"
        zh, en = f"{head_zh}：估计上限{high:g}分仍未达到", f"{head_en}: not reached even at the high end ({high:g})"
    else:
        state = "possible"
        zh = f"{head_zh}：在估计范围{low:g}–{high:g}分之内，取决于评审"
        en = f"{head_en}: within the estimate {low:g}–{high:g}; up to the reviewers"
    return ThresholdStatus(t.id, t.label_zh, t.percent, t.inclusive, need, state, zh, en)


def estimate_score(standard: Standard, suggestions: Sequence[BandSuggestion]) -> ScoreEstimate:
    """Total points implied by the suggested bands (low–high) and where that stands against the thresholds.

    low = Σ unit points × band low %, high = Σ unit points × band high %; a scoring unit without a
    suggestion counts 0 at the low end and its full points at the high end (listed in ``unscored``).
    """
    by_unit = {s.clause: s for s in suggestions}
    low = high = point = 0.0
    unscored: list[str] = []
    units = standard.scoring_units
    for unit in units:
        pts = unit.points or 0
        s = by_unit.get(unit.id)
        if s is None:
            unscored.append(unit.id)
            high += pts
            continue
        low += pts * s.low / 100
        high += pts * s.high / 100
        point += pts * s.percent / 100
    low, high, point = round(low, 2), round(high, 2), round(point, 2)
    return ScoreEstimate(
        standard=standard.id,
        total_points=standard.total_points,
        low=low,
        high=high,
        point=point,
        thresholds=tuple(_threshold_status(t, standard.total_points, low, high) for t in standard.thresholds),
        units=len(units),
        unscored=tuple(unscored),
    )
