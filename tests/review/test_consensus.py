"""The consensus policy (analyzer.review.consensus): spread, disagreements, the agreed band and the
band the consensus form proposes — on a real standard's band scheme, with hand-made decisions."""

from __future__ import annotations

import pytest

from analyzer.model import Decision, detection_uncertain
from analyzer.record import BandInfo, ClauseInfo
from analyzer.review.bands import band_options
from analyzer.review.consensus import (
    agreed_band,
    item_review,
    proposed_consensus,
    split_disagreements,
)

STANDARD = "wuhan-manufacturing-2022"  # six bands: 0-5, 10-25, 30-45, 50-65, 70-85, 90-100
UNIT = ClauseInfo(id="5.2", number="5.2", title="战略", points=170, kind="process")


def _decision(reviewer: str, band_id: str, kind: str = "reviewer") -> Decision:
    low, high = (int(x) for x in band_id.split("-"))
    return Decision(0, 1, UNIT.id, reviewer, band_id, low, high, "", "", None, (), kind, None)  # type: ignore[arg-type]


def _scheme() -> tuple[dict[str, int], dict[str, str]]:
    options = band_options(STANDARD)
    return {o.id: o.index for o in options}, {o.id: o.label for o in options}


def _ids() -> list[str]:
    return [o.id for o in band_options(STANDARD)]


def test_spread_counts_bands_between_the_highest_and_lowest_reviewer() -> None:
    index, _ = _scheme()
    ids = _ids()
    item = item_review(UNIT, [_decision("甲", ids[1]), _decision("乙", ids[4])], None, index, {})
    assert item.spread == 3 and item.major
    near = item_review(UNIT, [_decision("甲", ids[2]), _decision("乙", ids[3])], None, index, {})
    assert near.spread == 1 and not near.major
    found = split_disagreements([item, near])
    assert found.major == (item,) and found.minor == (near,)
    assert found.progress == (0, 1)


def test_reviewers_follow_the_panel_order_then_their_names() -> None:
    index, _ = _scheme()
    ids = _ids()
    ds = [_decision("丙", ids[2]), _decision("甲", ids[2]), _decision("乙", ids[2])]
    item = item_review(UNIT, ds, None, index, {"乙": 0})
    assert [d.reviewer for d in item.decisions] == ["乙", "丙", "甲"]


def test_agreed_band_takes_the_majority_then_the_machine_then_the_lower_band() -> None:
    index, label = _scheme()
    ids = _ids()
    majority = item_review(
        UNIT, [_decision(n, b) for n, b in (("甲", ids[2]), ("乙", ids[2]), ("丙", ids[3]))], None, index, {}
    )
    got = agreed_band(majority, index, label)
    assert got is not None and got.band_id == ids[2] and "多数" in got.basis

    machine = BandInfo(band_id=ids[3])
    tied = item_review(
        ClauseInfo(id="5.2", band=machine), [_decision("甲", ids[2]), _decision("乙", ids[3])], None, index, {}
    )
    got = agreed_band(tied, index, label)
    assert got is not None and got.band_id == ids[3] and "机器建议" in got.basis

    no_machine = item_review(UNIT, [_decision("甲", ids[2]), _decision("乙", ids[3])], None, index, {})
    got = agreed_band(no_machine, index, label)
    assert got is not None and got.band_id == ids[2] and "较低" in got.basis


def test_no_agreed_band_when_apart_alone_or_already_decided() -> None:
    index, label = _scheme()
    ids = _ids()
    apart = item_review(UNIT, [_decision("甲", ids[1]), _decision("乙", ids[3])], None, index, {})
    alone = item_review(UNIT, [_decision("甲", ids[2])], None, index, {})
    decided = item_review(
        UNIT, [_decision("甲", ids[2]), _decision("乙", ids[2])], _decision("甲", ids[2], "consensus"), index, {}
    )
    assert [agreed_band(i, index, label) for i in (apart, alone, decided)] == [None, None, None]


def test_the_consensus_form_proposes_the_recorded_consensus_else_the_middle_band() -> None:
    index, _ = _scheme()
    options = band_options(STANDARD)
    ids = _ids()
    spread = item_review(UNIT, [_decision("甲", ids[1]), _decision("乙", ids[4])], None, index, {})
    assert proposed_consensus(spread, options) == 2  # halfway between 1 and 4, rounded down
    decided = item_review(UNIT, [_decision("甲", ids[1])], _decision("乙", ids[5], "consensus"), index, {})
    assert proposed_consensus(decided, options) == 5
    assert proposed_consensus(item_review(UNIT, [], None, index, {}), options) == 0


@pytest.mark.parametrize(("confidence", "uncertain"), [(0.59, True), (0.6, False), (0.95, False)])
def test_low_detection_confidence_is_flagged(confidence: float, uncertain: bool) -> None:
    assert detection_uncertain(confidence) is uncertain
