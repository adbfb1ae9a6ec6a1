"""The caller owns the resources: analyze() uses the object it is given, and leaf helpers see it."""

from __future__ import annotations

from pathlib import Path

from analyzer.export.analysis_json import analysis_to_dict
from analyzer.pipeline import AnalyzeOptions, analyze_file
from analyzer.resources import Resources
from analyzer.results.lexicon import default_patterns
from analyzer.text.tokenize import default_tokenizer

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "szx-econ-bank" / "report.md"
LEXICAL = AnalyzeOptions(backend="lexical")


def test_the_callers_resources_are_used_and_current_while_the_analysis_runs() -> None:
    res = Resources()
    seen: list[tuple[str, bool, bool]] = []

    def progress(step: str, done: int, total: int) -> None:
        cur = Resources.current()
        seen.append((step, cur is res, default_patterns() is res.patterns and default_tokenizer() is res.tokenizer))

    a = analyze_file(SAMPLE, "shenzhen-economic-2019", LEXICAL, progress=progress, resources=res)
    assert seen and all(is_res and leaves for _, is_res, leaves in seen)
    std = a.standard
    assert res.scorer(std, LEXICAL) is res.scorer(std, LEXICAL)
    assert (std.id, std.digest or "") in res._point_scorers
    # outside the analysis the process default is current again, a different object
    assert Resources.current() is Resources.default() and Resources.current() is not res


def test_own_resources_and_the_default_give_the_same_analysis() -> None:
    own = analyze_file(SAMPLE, "auto", LEXICAL, resources=Resources())
    default = analyze_file(SAMPLE, "auto", LEXICAL)
    a, b = analysis_to_dict(own), analysis_to_dict(default)
    a.pop("timings", None)
    b.pop("timings", None)
    assert a == b
    assert own.detection is not None and own.detection.standard == "shenzhen-economic-2019"


def test_each_resources_fits_its_own_scorers() -> None:
    first, second = Resources(), Resources()
    from analyzer.standards import load_standard

    std = load_standard("shenzhen-economic-2019")
    assert first.content_scorer(std) is first.content_scorer(std)
    assert first.content_scorer(std) is not second.content_scorer(std)


def test_two_resources_share_no_loaded_file() -> None:
    """A standard or crosswalk loaded by one Resources is not another's: a new object reads the
    files again (a changed search path or file needs no cache_clear)."""
    from analyzer.standards import load_standard
    from analyzer.standards.crosswalk import load_crosswalk

    first, second = Resources(), Resources()
    with first.active():
        a, cw_a = load_standard("shenzhen-economic-2019"), load_crosswalk()
        assert load_standard("shenzhen-economic-2019") is a and load_crosswalk() is cw_a
    with second.active():
        b, cw_b = load_standard("shenzhen-economic-2019"), load_crosswalk()
    assert a == b and a is not b
    assert cw_b is not cw_a
