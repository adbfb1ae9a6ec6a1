"""The ``slow`` list of tests/conftest.py: what it covers, and that every entry names something real."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SLOW, _slow_entry

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = ("tests/app/", "tests/test_lifetime.py", "tests/test_store.py::test_concurrent")


@pytest.mark.parametrize(
    ("nodeid", "entry"),
    [
        ("tests/app/test_flows.py::test_x", "tests/app/"),
        ("tests/test_lifetime.py::test_y[a-b]", "tests/test_lifetime.py"),
        ("tests/test_store.py::test_concurrent[2]", "tests/test_store.py::test_concurrent"),
        ("tests/test_store.py::test_concurrent", "tests/test_store.py::test_concurrent"),
        ("tests/test_store.py::test_concurrent_other", None),  # a longer name is another test
        ("tests/apps/test_z.py::test_z", None),
        ("tests/test_lifetime_more.py::test_y", None),
    ],
)
def test_an_entry_covers_its_module_folder_or_function(nodeid: str, entry: str | None) -> None:
    assert _slow_entry(nodeid, ENTRIES) == entry


@pytest.mark.parametrize("entry", SLOW)
def test_every_slow_entry_names_a_file_or_folder_that_exists(entry: str) -> None:
    path = ROOT / entry.split("::", 1)[0]
    assert path.is_dir() if entry.endswith("/") else path.is_file(), entry
