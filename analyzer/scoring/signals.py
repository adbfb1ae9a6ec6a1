"""Rules data: the evidence signals of ``signals.yaml`` (term lists, patterns, weights) and their validation.

The YAML is validated by hand (unknown or missing keys are errors, weights add up to 1) so that a
hand-edited file fails with the key path of its problem, never with a silent default."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

from ..errors import DataFileError

_SIGNALS_FILE = "signals.yaml"


@dataclass(frozen=True, slots=True)
class TermSet:
    """A list of terms and how many distinct ones make a dimension full."""

    terms: tuple[str, ...]
    saturate: int

    def found(self, text: str) -> tuple[str, ...]:
        """The distinct terms in ``text``, in list order; a term inside a longer found one is not counted."""
        return _distinct_terms(self.terms, text)

    def value(self, found: Sequence[str]) -> float:
        return min(1.0, len(found) / self.saturate) if self.saturate > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Signals:
    """The contents of ``signals.yaml`` (see that file for what each field means)."""

    process_weights: tuple[tuple[str, float], ...]
    full_length: float
    default_expected_chars: int
    approach: tuple[tuple[str, TermSet], ...]
    deployment: TermSet
    evaluation: TermSet
    improvement: TermSet
    integration: TermSet
    named_pattern: re.Pattern[str]
    named_saturate: int
    figure_pattern: re.Pattern[str]
    figures_saturate: int
    result_weights: tuple[tuple[str, float], ...]
    indicators_saturate: int
    series_saturate: int
    unexplained_penalty: float
    unexplained_max: float
    name_prefixes: tuple[str, ...]
    weakest_link: float
    floor: float
    span: float
    top_band: bool

    def score(self, evidence: float) -> float:
        """An answered leaf's score from its evidence in [0, 1]: ``floor + span × evidence``."""
        return min(1.0, self.floor + self.span * min(max(evidence, 0.0), 1.0))

    def process_weight(self, name: str) -> float:
        return dict(self.process_weights)[name]

    def result_weight(self, name: str) -> float:
        return dict(self.result_weights)[name]


_PROCESS_DIMENSIONS = (
    "coverage",
    "approach",
    "deployment",
    "evaluation",
    "improvement",
    "integration",
    "specificity",
    "length",
)
_RESULT_DIMENSIONS = ("levels", "trends", "comparisons", "integration")
_APPROACH_PARTS = ("mechanism", "cadence", "owner", "measure")


class SignalsError(DataFileError):
    """``signals.yaml`` (or a replacement) is malformed; the message names the key path."""

    def __init__(self, detail: str) -> None:
        super().__init__("评分信号", "scoring signals", detail)


def _keys(where: str, data: object, required: Iterable[str], optional: Iterable[str] = ()) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise SignalsError(f"{where} must be a mapping")
    req, opt = set(required), set(optional)
    unknown = set(data) - req - opt
    missing = req - set(data)
    if unknown or missing:
        raise SignalsError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return data


def _number(where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SignalsError(f"{where} must be a non-negative number")
    return float(value)


def _terms(where: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(t, str) and t for t in value):
        raise SignalsError(f"{where} must be a non-empty list of non-empty strings")
    return tuple(value)


def _weights(where: str, data: object, names: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    d = _keys(where, data, names)
    out = tuple((n, _number(f"{where} → {n}", d[n])) for n in names)
    if not math.isclose(sum(w for _, w in out), 1.0, abs_tol=1e-6):
        raise SignalsError(f"{where} must add up to 1")
    return out


def _pattern(where: str, value: object) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise SignalsError(f"{where} must be a regular expression")
    try:
        return re.compile(value)
    except re.error as e:
        raise SignalsError(f"{where}: {e}") from e


def signals_from_mapping(data: object) -> Signals:
    """Validate the YAML structure of ``signals.yaml``; unknown or missing keys are errors."""
    top = _keys("top level", data, ("schema", "process", "result", "floor", "span", "top_band"))
    if top["schema"] != "sara.scoring-signals/1":
        raise SignalsError("schema must be sara.scoring-signals/1")
    p = _keys(
        "process",
        top["process"],
        (
            "weights",
            "full_length",
            "default_expected_chars",
            "approach",
            "deployment",
            "evaluation",
            "improvement",
            "integration",
            "specificity",
        ),
    )
    a = _keys("process → approach", p["approach"], ("saturate", *_APPROACH_PARTS))
    a_sat = int(_number("process → approach → saturate", a["saturate"]))

    def termset(name: str) -> TermSet:
        d = _keys(f"process → {name}", p[name], ("saturate", "terms"))
        return TermSet(
            _terms(f"process → {name} → terms", d["terms"]), int(_number(f"process → {name} → saturate", d["saturate"]))
        )

    s = _keys(
        "process → specificity",
        p["specificity"],
        ("figures_saturate", "named_saturate", "named_pattern", "figure_pattern"),
    )
    r = _keys(
        "result",
        top["result"],
        (
            "weights",
            "weakest_link",
            "indicators_saturate",
            "series_saturate",
            "unexplained_penalty",
            "unexplained_max",
            "name_prefixes",
        ),
    )
    if not isinstance(top["top_band"], bool):
        raise SignalsError("top_band must be true or false")
    return Signals(
        process_weights=_weights("process → weights", p["weights"], _PROCESS_DIMENSIONS),
        full_length=_number("process → full_length", p["full_length"]),
        default_expected_chars=int(_number("process → default_expected_chars", p["default_expected_chars"])),
        approach=tuple(
            (part, TermSet(_terms(f"process → approach → {part}", a[part]), a_sat)) for part in _APPROACH_PARTS
        ),
        deployment=termset("deployment"),
        evaluation=termset("evaluation"),
        improvement=termset("improvement"),
        integration=termset("integration"),
        named_pattern=_pattern("process → specificity → named_pattern", s["named_pattern"]),
        named_saturate=int(_number("process → specificity → named_saturate", s["named_saturate"])),
        figure_pattern=_pattern("process → specificity → figure_pattern", s["figure_pattern"]),
        figures_saturate=int(_number("process → specificity → figures_saturate", s["figures_saturate"])),
        result_weights=_weights("result → weights", r["weights"], _RESULT_DIMENSIONS),
        indicators_saturate=int(_number("result → indicators_saturate", r["indicators_saturate"])),
        series_saturate=int(_number("result → series_saturate", r["series_saturate"])),
        unexplained_penalty=_number("result → unexplained_penalty", r["unexplained_penalty"]),
        unexplained_max=_number("result → unexplained_max", r["unexplained_max"]),
        name_prefixes=_terms("result → name_prefixes", r["name_prefixes"]),
        weakest_link=_number("result → weakest_link", r["weakest_link"]),
        floor=_number("floor", top["floor"]),
        span=_number("span", top["span"]),
        top_band=top["top_band"],
    )


def default_signals() -> Signals:
    """The signals of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().signals


def load_signals_file() -> Signals:
    """The packaged ``signals.yaml`` (a ``Resources`` holds one per process)."""
    text = resources.files(__package__).joinpath(_SIGNALS_FILE).read_text(encoding="utf-8")
    return signals_from_mapping(yaml.safe_load(text))


def _distinct_terms(terms: Sequence[str], text: str) -> tuple[str, ...]:
    """Distinct terms found in ``text``; longer terms claim their characters first (各事业部 before 事业部)."""
    hay = text.casefold()
    claimed: list[tuple[int, int]] = []
    found: set[str] = set()
    for term in sorted(dict.fromkeys(terms), key=lambda t: (-len(t), terms.index(t))):
        needle = term.casefold()
        start = hay.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not any(s < end and start < e for s, e in claimed):
                found.add(term)
                claimed.append((start, end))
            start = hay.find(needle, start + 1)
    return tuple(t for t in dict.fromkeys(terms) if t in found)
