"""The reading deadline counts CPU time as well as wall time (issue 13): a good file read on a busy
machine (wall time over the limit, CPU time under it) is not refused, a read that computes past the
limit is, and a read that waits without computing still ends at the wall-time backstop.

The clocks are replaced by counters the test moves, so nothing here depends on the machine's speed."""

from __future__ import annotations

import pytest

from analyzer.errors import LimitExceeded
from analyzer.ingest.limits import Budget, Limits


class FakeClocks:
    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def attach(self, budget: Budget) -> Budget:
        budget._clock = lambda: self.wall
        budget._cpu_clock = lambda: self.cpu
        budget.started = budget.cpu_started = 0.0
        budget.deadline = budget.cpu_deadline = budget.limits.max_seconds
        budget.wall_deadline = max(budget.limits.max_wall_seconds, budget.limits.max_seconds)
        return budget


def budget(clocks: FakeClocks, **kw: float) -> Budget:
    return clocks.attach(Budget(Limits(**kw), "report.pdf"))  # type: ignore[arg-type]


def test_busy_machine_does_not_refuse_a_good_file() -> None:
    clocks = FakeClocks()
    b = budget(clocks, max_seconds=50, max_wall_seconds=120)
    clocks.wall, clocks.cpu = 45.6 + 20, 18.2  # waited for a shared core: wall over, CPU well under
    b.check_time()


def test_computing_past_the_limit_is_refused() -> None:
    clocks = FakeClocks()
    b = budget(clocks, max_seconds=50, max_wall_seconds=120)
    clocks.wall, clocks.cpu = 51, 50.5
    with pytest.raises(LimitExceeded) as exc:
        b.check_time()
    assert exc.value.kind == "time"


def test_cpu_alone_over_the_limit_is_not_enough() -> None:
    # CPU time of other threads can exceed the wall time of this read; wall time must be over too
    clocks = FakeClocks()
    b = budget(clocks, max_seconds=50, max_wall_seconds=120)
    clocks.wall, clocks.cpu = 30, 60
    b.check_time()


def test_a_read_that_waits_ends_at_the_wall_backstop() -> None:
    clocks = FakeClocks()
    b = budget(clocks, max_seconds=50, max_wall_seconds=120)
    clocks.wall, clocks.cpu = 119, 1
    b.check_time()
    clocks.wall = 121
    with pytest.raises(LimitExceeded) as exc:
        b.check_time()
    assert exc.value.limit == 120


def test_paused_time_is_charged_to_neither_clock() -> None:
    clocks = FakeClocks()
    b = budget(clocks, max_seconds=50, max_wall_seconds=120)
    with b.paused():  # OCR: two minutes of wall and CPU time
        clocks.wall, clocks.cpu = 200, 150
    clocks.wall, clocks.cpu = 200 + 49, 150 + 49
    b.check_time()
    clocks.wall, clocks.cpu = 200 + 51, 150 + 51
    with pytest.raises(LimitExceeded):
        b.check_time()


def test_wall_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Limits(max_wall_seconds=0)
