"""Every error a user can cause is a :class:`SaraError`: one Chinese and one English line, never a traceback.

The data files SARA reads (scoring signals, the indicator polarity lexicon, the genre cues) and the
evaluation labels raise errors of the family when they are malformed; the CLI turns any
``SaraError`` into its bilingual line and exit code 2.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

from analyzer.errors import DataFileError, SaraError
from analyzer.evaluation.perturb import LabelError
from analyzer.mapping.genre import profiles_from_mapping
from analyzer.results.polarity import Polarity
from analyzer.scoring import SignalsError, signals_from_mapping

ROOT = Path(__file__).resolve().parents[1]

BROKEN: dict[str, Callable[[], object]] = {
    "scoring signals": lambda: signals_from_mapping({"schema": "sara.scoring-signals/1", "extra": 1}),
    "polarity data": lambda: Polarity.from_mapping({"up": "收入"}),
    "genres.yaml": lambda: profiles_from_mapping({"schema": "sara.genres/1", "colour": []}),
}


@pytest.mark.parametrize("what", list(BROKEN))
def test_a_malformed_data_file_is_a_bilingual_sara_error(what: str) -> None:
    with pytest.raises(DataFileError) as caught:
        BROKEN[what]()
    err = caught.value
    assert isinstance(err, SaraError) and isinstance(err, ValueError)  # still a ValueError for older callers
    assert err.message_en.startswith(f"{what}: ")
    assert "数据文件有误：" in err.message_zh and err.detail in err.message_zh


def test_well_formed_data_files_load() -> None:
    """The passing side: the shipped files are accepted by the same validators."""
    from analyzer.mapping.genre import default_profiles
    from analyzer.results.polarity import default_polarity
    from analyzer.scoring import default_signals

    assert default_signals().floor >= 0
    assert default_polarity().of("客户满意度") == "up"
    assert default_profiles().genres


def test_signals_error_and_label_error_are_in_the_family() -> None:
    assert issubclass(SignalsError, SaraError)
    err = LabelError("report-x: 2 headings and 0 paragraphs not found")
    assert isinstance(err, SaraError) and isinstance(err, ValueError)
    assert err.bilingual() == (
        "报告与标注不一致：report-x: 2 headings and 0 paragraphs not found / "
        "report-x: 2 headings and 0 paragraphs not found"
    )


def test_every_exception_class_in_the_package_is_a_sara_error_or_internal() -> None:
    """A new exception class joins the family unless it is listed here as internal (a programming error
    or a signal caught inside its module, which never reaches a user)."""
    internal = {"SaraError"}  # the family itself
    outside = []
    for path in sorted((ROOT / "analyzer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            builtin = {"Exception", "ValueError", "RuntimeError", "KeyError", "TypeError", "OSError"}
            if bases and bases <= builtin and node.name not in internal:  # only built-in exceptions as bases
                outside.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert not outside, outside
