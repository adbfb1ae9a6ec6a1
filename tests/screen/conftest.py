"""Fixtures for the screening tests: the submissions folder, built once per session and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.screen.folder import build_folder


@pytest.fixture(scope="session")
def screen_folder_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_folder(tmp_path_factory.mktemp("screen-template") / "submissions")


@pytest.fixture
def submissions(screen_folder_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the folder for one test."""
    return Path(shutil.copytree(screen_folder_template, tmp_path / "submissions"))
