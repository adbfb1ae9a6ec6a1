"""CheckConfig.polarity_overrides reaches results-unexplained-decline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from analyzer.checks import run_checks

from .harness import example_context


def _facts(ctx) -> dict[str, str]:  # type: ignore[no-untyped-def]
    (f,) = [f for f in run_checks(ctx) if f.check == "results-unexplained-decline"]
    (d,) = f.details
    assert d.subject.startswith("顾客投诉率")
    return dict(d.facts)


def test_override_reverses_which_way_is_good(tmp_path: Path) -> None:
    # 顾客投诉率 3.1 → 2.6 → 3.0: by default (down is good) the 2023 rise is the bad move; told that
    # up is good, the 2022 fall is — the finding follows the override.
    ctx = example_context("results-unexplained-decline", "failing", tmp_path)
    before = _facts(ctx)
    assert (before["direction"], before["years"]) == ("down", "2023")
    flipped = replace(ctx, config=replace(ctx.config, polarity_overrides=(("顾客投诉率", "up"),)))
    after = _facts(flipped)
    assert (after["direction"], after["years"]) == ("up", "2022")
