"""The check registry: every check has a spec, docs, both examples, and a stable identity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.checks import CHECKS, run_checks

from .harness import EXAMPLES, example_context

SNAPSHOT = Path(__file__).parent / "registry.snapshot"


def _snapshot() -> str:
    return "".join(f"{c.spec.code} {c.slug} {c.spec.severity}\n" for c in CHECKS)


def test_registry_matches_the_snapshot() -> None:
    """Changing a code, slug or severity must be a visible, reviewed change of this file."""
    assert SNAPSHOT.read_text(encoding="utf-8") == _snapshot()


def test_codes_and_slugs_are_unique_and_well_formed() -> None:
    codes = [c.spec.code for c in CHECKS]
    slugs = [c.slug for c in CHECKS]
    assert len(set(codes)) == len(codes)
    assert len(set(slugs)) == len(slugs)
    for c in CHECKS:
        assert re.fullmatch(r"SARA-C\d{3}", c.spec.code), c.spec.code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", c.slug), c.slug


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.slug)
def test_check_is_documented(check) -> None:  # type: ignore[no-untyped-def]
    assert check.slug in check.doc.splitlines()[0]
    assert "Why" in check.doc and "Example" in check.doc
    assert re.search(r"[\u4e00-\u9fff]", check.spec.message_zh)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.slug)
def test_failing_example_is_flagged(check, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = example_context(check.slug, "failing", tmp_path)
    found = [f for f in run_checks(ctx) if f.check == check.slug]
    assert found, f"{check.slug}: the failing example raised nothing"
    for f in found:
        assert f.code == check.spec.code
        assert f.message_zh and f.message_en and "{" not in f.message_zh + f.message_en


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.slug)
def test_passing_example_is_clean(check, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = example_context(check.slug, "passing", tmp_path)
    found = [f for f in run_checks(ctx) if f.check == check.slug]
    assert not found, f"{check.slug}: the passing example raised {[f.message_en for f in found]}"


def test_every_example_folder_belongs_to_a_check() -> None:
    slugs = {c.slug for c in CHECKS}
    assert {p.name for p in EXAMPLES.iterdir() if p.is_dir()} <= slugs
