"""The consensus policy: how reviewers' bands compare (disagreements more than one band apart, or
one band apart), which band the panel adopts where they agree within one band, and which band the
consensus form proposes first. Pure functions over the current decisions; the workspace
(:mod:`analyzer.review.workspace`) reads them from the store and records what the panel decides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import Decision
from ..record import BandInfo, ClauseInfo
from .bands import BandOption


@dataclass(frozen=True, slots=True)
class ItemReview:
    """One scoring unit's bands side by side: each reviewer's current band, the machine's, the consensus."""

    clause: ClauseInfo
    decisions: tuple[Decision, ...]
    machine: BandInfo | None
    consensus: Decision | None
    spread: int
    """Bands between the highest and lowest reviewer band (by position in the scheme)."""

    @property
    def major(self) -> bool:
        """The reviewers are more than one band apart: the panel must discuss it."""
        return self.spread > 1


@dataclass(frozen=True, slots=True)
class Disagreements:
    major: tuple[ItemReview, ...]
    """Items whose reviewer bands differ by more than one band."""
    minor: tuple[ItemReview, ...]
    """Items whose reviewer bands differ by exactly one band."""

    @property
    def progress(self) -> tuple[int, int]:
        """(items among :attr:`major` with a consensus, number of :attr:`major` items)."""
        return sum(1 for i in self.major if i.consensus is not None), len(self.major)


def item_review(
    unit: ClauseInfo,
    decisions: Sequence[Decision],
    consensus: Decision | None,
    index: Mapping[str, int],
    panel_order: Mapping[str, int],
) -> ItemReview:
    """One scoring unit's current bands: reviewers in panel order (then by name), the spread between
    the highest and the lowest reviewer band (by position in the scheme, ``index``)."""
    ds = sorted(decisions, key=lambda d: (panel_order.get(d.reviewer, 1 << 30), d.reviewer))
    positions = [index[d.band_id] for d in ds if d.band_id in index]
    spread = max(positions) - min(positions) if positions else 0
    return ItemReview(unit, tuple(ds), unit.band, consensus, spread)


def split_disagreements(items: Sequence[ItemReview]) -> Disagreements:
    """Scoring units where the reviewers disagree: more than one band apart, and exactly one band apart."""
    return Disagreements(
        major=tuple(i for i in items if i.spread > 1),
        minor=tuple(i for i in items if i.spread == 1),
    )


@dataclass(frozen=True, slots=True)
class AgreedBand:
    """An item the reviewers agree on within one band, and the band the panel would adopt for it.

    A proposal, not a band yet: the scheme's ``band_id`` and the ``basis`` that chose it. Only when
    the panel accepts it (:func:`analyzer.review.workspace.accept_agreed`) is it recorded as a
    consensus :class:`~analyzer.model.Decision`, whose :meth:`~analyzer.model.Decision.as_band` is
    the band with ``source="consensus"``."""

    item: ItemReview
    band_id: str
    basis: str
    """Why this band, in Chinese (recorded with the consensus): the reviewers' bands and the rule."""


def agreed_band(
    item: ItemReview, index: Mapping[str, int], label: Mapping[str, str], min_reviewers: int = 2
) -> AgreedBand | None:
    """The band to adopt for an item without a consensus whose reviewer bands (at least
    ``min_reviewers`` of them) are at most one band apart: the band most reviewers gave; on a tie the
    one nearer the machine suggestion; still tied, the lower band (the panel errs on the cautious
    side). None when the item does not qualify. ``label`` names each band id for the basis."""
    ds = [d for d in item.decisions if d.band_id in index]
    if item.consensus is not None or len(ds) < min_reviewers or item.spread > 1:
        return None
    votes: dict[str, int] = {}
    for d in ds:
        votes[d.band_id] = votes.get(d.band_id, 0) + 1
    machine = index.get(item.machine.band_id) if item.machine is not None else None

    def rank(band: str) -> tuple[int, int, int]:
        distance = abs(index[band] - machine) if machine is not None else 0
        return (-votes[band], distance, index[band])

    band = min(votes, key=rank)
    given = "、".join(f"{d.reviewer} {label.get(d.band_id, d.band_id)}" for d in ds)
    if len(votes) == 1:
        rule = "评审员一致"
    elif sorted(votes.values())[-1] > sorted(votes.values())[-2]:
        rule = "相差一档，取多数评审员的档"
    elif machine is not None and len({abs(index[b] - machine) for b in votes}) > 1:
        rule = "相差一档且票数相同，取更接近机器建议的档"
    else:
        rule = "相差一档且票数相同，取较低的档"
    return AgreedBand(item, band, f"{given}；{rule}：{label.get(band, band)}")


def proposed_consensus(item: ItemReview, options: Sequence[BandOption]) -> int:
    """The position in ``options`` the consensus form starts at: the recorded consensus if there is
    one, else halfway between the lowest and the highest reviewer band (rounded down), else the first."""
    ids = [o.id for o in options]
    if item.consensus is not None and item.consensus.band_id in ids:
        return ids.index(item.consensus.band_id)
    positions = sorted(ids.index(d.band_id) for d in item.decisions if d.band_id in ids)
    return (positions[0] + positions[-1]) // 2 if positions else 0
