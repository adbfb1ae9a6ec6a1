"""Small rules of the review pages, kept out of the UI so they are tested without Streamlit:
what a band is worth in points, which band a reviewer's form starts on, how far a reviewer's
review has got, how a length reads against its limit, and when built exports are still current.

:mod:`analyzer.review.workspace` re-exports every name here; the pages call them through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..model import Decision
    from ..record import AnalysisRecord, BandInfo, LengthInfo
    from .bands import BandOption
    from .store import Store

__all__ = [
    "LengthState",
    "ReviewProgress",
    "band_points",
    "default_band",
    "exports_fingerprint",
    "length_state",
    "review_progress",
    "scored_items",
]

LengthState = Literal["over", "near", "ok"]


def band_points(unit_points: float | None, band: BandInfo) -> tuple[float, float]:
    """The points ``band`` stands for on a scoring unit worth ``unit_points`` (None: 0): its low and
    high percentages of them."""
    pts = unit_points or 0
    return pts * band.low / 100, pts * band.high / 100


def default_band(options: Sequence[BandOption], current: Decision | None, machine_id: str | None) -> str:
    """The band a reviewer's form starts on: their current band, else the machine's draft band
    (when it is one of ``options``), else the first band."""
    if current is not None:
        return current.band_id
    return machine_id if machine_id in {o.id for o in options} else options[0].id


def scored_items(store: Store, submission_id: int, reviewer: str) -> frozenset[str]:
    """The items ``reviewer`` has a current band for."""
    name = reviewer.strip()
    return frozenset(
        d.clause for d in store.current_decisions(submission_id) if d.kind == "reviewer" and d.reviewer == name
    )


@dataclass(frozen=True, slots=True)
class ReviewProgress:
    """How many of the report's scoring units a reviewer has banded."""

    done: int
    total: int


def review_progress(store: Store, submission_id: int, record: AnalysisRecord, reviewer: str) -> ReviewProgress:
    """``reviewer``'s progress through ``record``'s scoring units (the complement of
    :func:`~analyzer.review.workspace.unscored_items`)."""
    done = scored_items(store, submission_id, reviewer)
    units = record.scoring_units
    return ReviewProgress(sum(1 for u in units if u.id in done), len(units))


def length_state(info: LengthInfo) -> LengthState:
    """How a count reads against its limit: ``over`` when the check said so or the count is above the
    limit, ``near`` when the check warned it is close, else ``ok``."""
    over = info.count is not None and bool(info.limit) and info.count > (info.limit or 0)
    if info.over or over:
        return "over"
    return "near" if info.state == "near" else "ok"


def exports_fingerprint(store: Store, submission_id: int, analysis_id: int, version: int) -> tuple[str, int, int, int]:
    """What a submission's export files are built from: the database, the submission, its analysis
    and the review's latest change (:attr:`~analyzer.review.workspace.ReviewCounts.version`). Files
    built under an equal fingerprint are still current."""
    return (str(store.path), submission_id, analysis_id, version)
