"""Draft band suggestion per scoring unit, and the total score estimate it implies.

Examiners score each scoring unit (:attr:`Standard.scoring_units`: a leaf item such as 深圳 1.1 or
北京 7.3, or a Wuhan 条目 5.x whose 条款 5.x.2–5.x.4 are its evidence) by the bands of the
standard's scoring guide. SARA proposes a *draft* band per unit from explainable evidence; a
reviewer confirms or changes it. Nothing here is learnt: the signals are term lists and patterns in
``scoring_signals.yaml`` next to this module, and every suggestion says what it rests on.

Process content (A-D-L-I, or PDCA for Shenzhen service) is read for

- **coverage** — the share of the clause's guidance points the coverage step found addressed;
- **approach** (A / P) — mechanisms (机制、制度、流程…), cadences (每月、每季度…), owners (负责、牵头、
  委员会…) and measures (指标、考核…), each counted as distinct terms;
- **deployment** (D) — breadth words (各部门、全员、供应商、子公司…);
- **learning** (L, or C and A of PDCA) — evaluation (评价、评审、复盘…) and improvement (改进、优化、
  迭代、PDCA…);
- **integration** (I) — ties to strategy and goals (战略、目标、协同、挂钩…);
- **specificity** — figures and named practices (《员工行为准则》, “问题不过夜”);
- **length** — 字数 against the coverage step's thin threshold ``expected_chars``; an answer under it
  has its whole score scaled down by ``chars / expected_chars``.

Result content (Le-T-C-I) is read from :func:`analyzer.results.extract_results`:

- **levels** (Le) — indicators with data, and the share of judgeable ones that beat their
  comparison or meet their target;
- **trends** (T) — the share of indicators with the required consecutive years, and the share of
  directional ones (:mod:`analyzer.results.polarity`) whose trend is favourable;
- **comparisons** (C) — the share of indicators compared with competitors, benchmarks or averages,
  and how many of those comparisons are favourable;
- **integration** (I) — the share of indicators the profile or the process chapters also name
  (and the result clause's guidance points, where it has any);
- unfavourable results the ``results-unexplained-decline`` check reports lower the score;
- the weaker of T and C holds the item back (the guides put short series or few comparisons in the
  low bands whatever the levels);
- the standard's rule cap (``results.cap_band``: Shenzhen economic caps an item with fewer than
  ``min_indicators`` indicators or under ``min_consecutive_years`` years at 10–25%).

The weighted dimensions give an answered leaf its evidence ``e`` in [0, 1] and its score
``floor + span × e`` (0.10 + 0.62 e: full evidence lands at the bottom of 70–85, because term counts
show the ingredients of a systematic approach, not that it is excellent); a missing leaf scores 0.
A unit's score is the weighted mean of its leaves' (Wuhan 条款 weigh equally). A score ``s`` is
``s × 100`` percent of the unit's points, in the band containing it; a percent in the gap between
two bands goes to the nearer one (the boundary is the middle of the gap: 27.5 between 10–25 and
30–45). A unit with no answer at all gets the lowest band. The machine never proposes the top band
(90–100, 80–100 卓越): that needs on-site evidence an examiner judges.

Calibration (tests/test_scoring.py, on the nine labelled reports and degraded variants of them): a
missing item gets the lowest band, a one-sentence answer the lowest band, complete items land in
30–45 … 70–85 (40–60 … 60–80 for Shenzhen service), result items lacking three years or
comparisons score below every complete result item of their report.

:func:`estimate_score` adds up the bands: low = Σ points × band low %, high = Σ points × band high %,
and compares both ends with the award's thresholds (深圳: > 50% shortlisted; ≥ 60/55/50% gold,
silver and bronze candidates): *reached* when even the low end meets it, *not reached* when even the
high end misses it, *possible* in between.

The pipeline and the exports call these two plain functions::

    suggestions = suggest_bands(doc, standard, mapping, coverage, findings)
    estimate = estimate_score(standard, suggestions)
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml

from .mapping.types import ClauseCoverage, Coverage, CoverageStatus
from .mapping.types import Mapping as ClauseMapping
from .model import (
    Band,
    BandLevel,
    BandScheme,
    Clause,
    ClauseKind,
    Document,
    Finding,
    Paragraph,
    Standard,
    Threshold,
)
from .results import Indicator, ResultsEvidence, extract_results
from .results.assess import assess_years
from .results.numbers import fold
from .results.polarity import Polarity, default_polarity

LeafKind = Literal["process", "result"]
ThresholdState = Literal["reached", "possible", "not-reached"]

_SIGNALS_FILE = "scoring_signals.yaml"

# --------------------------------------------------------------------------- signals (data)


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
    """The contents of ``scoring_signals.yaml`` (see that file for what each field means)."""

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


class SignalsError(ValueError):
    """``scoring_signals.yaml`` (or a replacement) is malformed."""


def _keys(where: str, data: object, required: Iterable[str], optional: Iterable[str] = ()) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise SignalsError(f"scoring signals: {where} must be a mapping")
    req, opt = set(required), set(optional)
    unknown = set(data) - req - opt
    missing = req - set(data)
    if unknown or missing:
        raise SignalsError(f"scoring signals: {where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return data


def _number(where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SignalsError(f"scoring signals: {where} must be a non-negative number")
    return float(value)


def _terms(where: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(t, str) and t for t in value):
        raise SignalsError(f"scoring signals: {where} must be a non-empty list of non-empty strings")
    return tuple(value)


def _weights(where: str, data: object, names: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    d = _keys(where, data, names)
    out = tuple((n, _number(f"{where} → {n}", d[n])) for n in names)
    if not math.isclose(sum(w for _, w in out), 1.0, abs_tol=1e-6):
        raise SignalsError(f"scoring signals: {where} must add up to 1")
    return out


def _pattern(where: str, value: object) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise SignalsError(f"scoring signals: {where} must be a regular expression")
    try:
        return re.compile(value)
    except re.error as e:
        raise SignalsError(f"scoring signals: {where}: {e}") from e


def signals_from_mapping(data: object) -> Signals:
    """Validate the YAML structure of ``scoring_signals.yaml``; unknown or missing keys are errors."""
    top = _keys("top level", data, ("schema", "process", "result", "floor", "span", "top_band"))
    if top["schema"] != "sara.scoring-signals/1":
        raise SignalsError("scoring signals: schema must be sara.scoring-signals/1")
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
        raise SignalsError("scoring signals: top_band must be true or false")
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


def load_signals(path: str | Path) -> Signals:
    """Signals from another YAML file of the same shape (for experiments and tests)."""
    return signals_from_mapping(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


@cache
def default_signals() -> Signals:
    """The packaged ``scoring_signals.yaml``, loaded once."""
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


# --------------------------------------------------------------------------- evidence and results


@dataclass(frozen=True, slots=True)
class Dimension:
    """One dimension of a leaf's evidence (A, D, L, I, Le, T, C …), its value in [0, 1] and what it counted."""

    id: str
    label_zh: str
    label_en: str
    value: float
    weight: float
    detail_zh: str
    detail_en: str


@dataclass(frozen=True, slots=True)
class LeafEvidence:
    """The evidence of one answerable clause of a scoring unit (the unit itself when it is a leaf)."""

    clause: str
    kind: LeafKind
    status: CoverageStatus
    score: float
    """Evidence score in [0, 1] after the length gate, the scale and any rule cap."""
    weight: float
    """Share of the unit this leaf stands for (Wuhan 条款 share their 条目 equally)."""
    dimensions: tuple[Dimension, ...] = ()
    paragraphs: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    cap: str | None = None
    """Band id the standard's results rule caps this leaf at, when it applies."""
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()

    @property
    def missing(self) -> bool:
        return self.status == "missing"


@dataclass(frozen=True, slots=True)
class BandSuggestion:
    """SARA's draft band for one scoring unit, with its reasons in Chinese and English.

    ``band`` is the :class:`~analyzer.model.Band` the pipeline stores (``source="machine"``, its
    ``reasons`` are the Chinese reasons); the rest says what the suggestion rests on.
    """

    band: Band
    kind: ClauseKind
    points: int
    score: float
    """The unit's evidence score in [0, 1]."""
    percent: int
    """Point estimate inside the band (in the scheme's steps), percent of ``points``."""
    label_zh: str | None
    wording: tuple[str, ...]
    """The scoring guide's wording of the suggested band that the reasons cite (process and/or result)."""
    reasons_zh: tuple[str, ...]
    reasons_en: tuple[str, ...]
    evidence: tuple[LeafEvidence, ...]
    paragraphs: tuple[str, ...]
    indicators: tuple[str, ...]
    cap: str | None = None
    missing: bool = False

    @property
    def clause(self) -> str:
        return self.band.clause

    @property
    def low(self) -> int:
        return self.band.low

    @property
    def high(self) -> int:
        return self.band.high

    @property
    def band_id(self) -> str:
        return self.band.band_id

    @property
    def source(self) -> str:
        return self.band.source


@dataclass(frozen=True, slots=True)
class ThresholdStatus:
    """One award threshold and whether the estimated score range reaches it."""

    id: str
    label_zh: str
    percent: float
    inclusive: bool
    points: float
    status: ThresholdState
    message_zh: str
    message_en: str


@dataclass(frozen=True, slots=True)
class ScoreEstimate:
    """The total score the suggested bands imply, as a low–high range of points, against the thresholds."""

    standard: str
    total_points: int
    low: float
    high: float
    point: float
    """Σ points × each suggestion's point estimate (``percent``)."""
    thresholds: tuple[ThresholdStatus, ...]
    units: int
    unscored: tuple[str, ...] = ()
    """Scoring units without a suggestion: counted 0 at the low end and full points at the high end."""

    @property
    def percent_low(self) -> float:
        return round(100 * self.low / self.total_points, 1) if self.total_points else 0.0

    @property
    def percent_high(self) -> float:
        return round(100 * self.high / self.total_points, 1) if self.total_points else 0.0


# --------------------------------------------------------------------------- band scheme


def band_for_score(scheme: BandScheme, score: float) -> BandLevel:
    """The band a score in [0, 1] falls in; a percent in the gap between two bands goes to the nearer."""
    p = 100 * min(max(score, 0.0), 1.0)
    for lower, upper in itertools.pairwise(scheme.levels):
        if p < (lower.high + upper.low) / 2:
            return lower
    return scheme.levels[-1]


def _percent_in(level: BandLevel, score: float, step: int) -> int:
    p = step * round(100 * score / step)
    return int(min(max(p, level.low), level.high))


def _joined_wording(lines: Sequence[str]) -> str:
    """Wording lines as one sentence: ``；`` between lines that do not end in 。 or ；already."""
    return "".join(ln if ln.endswith(("。", "；")) else ln + "；" for ln in lines).rstrip("；")


def _wording_lines(text: str) -> tuple[str, ...]:
    lines = [ln.strip().lstrip("•").strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in lines[0].split("；") if part.strip()]
    return tuple(ln.rstrip("；;") for ln in lines)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Inputs:
    document: Document
    standard: Standard
    mapping: ClauseMapping
    coverage: Coverage
    findings: tuple[Finding, ...]
    signals: Signals
    polarity: Polarity
    paragraphs: dict[str, Paragraph]
    elsewhere: str
    """Folded text of the profile and process paragraphs (where result indicators should be named)."""


def _inputs(
    document: Document,
    standard: Standard,
    mapping: ClauseMapping,
    coverage: Coverage,
    findings: Sequence[Finding],
    signals: Signals,
    polarity: Polarity,
) -> _Inputs:
    paragraphs = {p.id: p for p in document.paragraphs}
    other: list[str] = []
    for m in mapping.matches:
        p = paragraphs.get(m.paragraph)
        if p is None or p.kind == "heading" or m.clause is None:
            continue
        if standard.clause(m.clause).kind != "result":
            other.append(_text_of(p))
    elsewhere = fold("\n".join(other)).casefold()
    return _Inputs(document, standard, mapping, coverage, tuple(findings), signals, polarity, paragraphs, elsewhere)


def _text_of(p: Paragraph) -> str:
    if p.table is not None:
        return "\n".join("\t".join(row) for row in p.table.rows)
    return p.text


def _leaves(standard: Standard, unit: Clause) -> tuple[Clause, ...]:
    """The clauses whose answers are the unit's evidence: the unit itself, or its answerable leaves."""
    if not unit.children:
        return (unit,)
    return tuple(
        d for d in standard.descendants(unit.id) if not d.children and d.expects_answer and d.kind != "profile"
    )


def _leaf_kind(c: Clause) -> LeafKind:
    return "result" if c.kind == "result" else "process"


# --------------------------------------------------------------------------- process evidence


def _listed(terms: Sequence[str], limit: int = 5) -> str:
    """``A、B、C等`` — the first ``limit`` terms."""
    shown = "、".join(terms[:limit])
    return shown + ("等" if len(terms) > limit else "")


def _listed_en(terms: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(terms[:limit])
    return shown + (" …" if len(terms) > limit else "")


def _found_zh(found: Sequence[str], limit: int = 5) -> str:
    return f"（{_listed(found, limit)}）" if found else ""


def _found_en(found: Sequence[str], limit: int = 5) -> str:
    return f" ({_listed_en(found, limit)})" if found else ""


def _missing_leaf(leaf: Clause, kind: LeafKind, weight: float) -> LeafEvidence:
    return LeafEvidence(
        leaf.id,
        kind,
        "missing",
        0.0,
        weight,
        notes_zh=(f"{leaf.label}：报告中没有回答该条款的内容",),
        notes_en=(f"{leaf.label}: the report does not answer this clause",),
    )


def _coverage_dimension(cov: ClauseCoverage, weight: float) -> Dimension:
    if cov.points:
        done = sum(1 for p in cov.points if p.addressed)
        left = [p.label for p in cov.points if not p.addressed]
        zh = f"要点覆盖：回答了{done}/{len(cov.points)}项要点" + (f"（未涉及：{_listed(left)}）" if left else "")
        en = f"guidance points: {done} of {len(cov.points)} addressed" + (
            f" (not addressed: {_listed_en(left)})" if left else ""
        )
        return Dimension("coverage", "要点覆盖", "guidance points", done / len(cov.points), weight, zh, en)
    value = 1.0 if cov.status == "covered" else 0.5
    zh = "要点覆盖：该条款没有单列要点，按覆盖状态计"
    en = "guidance points: the clause lists none; judged by its coverage status"
    return Dimension("coverage", "要点覆盖", "guidance points", value, weight, zh, en)


_APPROACH_ZH = {"mechanism": "机制", "cadence": "周期", "owner": "责任", "measure": "测量"}
_APPROACH_EN = {"mechanism": "mechanisms", "cadence": "cadences", "owner": "owners", "measure": "measures"}


def _approach_dimension(sig: Signals, text: str, letter: str) -> Dimension:
    """A (or P of PDCA): the mean of four term sets — mechanisms, cadences, owners, measures."""
    parts = [(part, ts, ts.found(text)) for part, ts in sig.approach]
    value = sum(ts.value(found) for _, ts, found in parts) / len(parts)
    zh = f"系统方法（{letter}）：" + "，".join(
        f"{_APPROACH_ZH[part]}{len(found)}个{_found_zh(found)}" for part, _, found in parts
    )
    en = f"systematic approach ({letter}): " + "; ".join(
        f"{_APPROACH_EN[part]} {len(found)}{_found_en(found)}" for part, _, found in parts
    )
    return Dimension(
        "approach", f"方法（{letter}）", f"approach ({letter})", value, sig.process_weight("approach"), zh, en
    )


def _learning_dimensions(sig: Signals, text: str, pdca: bool) -> tuple[Dimension, ...]:
    """L of ADLI (evaluation and improvement together), or C and A of PDCA (apart)."""
    ev_found = sig.evaluation.found(text)
    im_found = sig.improvement.found(text)
    ev_w, im_w = sig.process_weight("evaluation"), sig.process_weight("improvement")
    ev_zh = f"评价类{len(ev_found)}个{_found_zh(ev_found)}"
    ev_en = f"evaluation terms {len(ev_found)}{_found_en(ev_found)}"
    im_zh = f"改进类{len(im_found)}个{_found_zh(im_found)}"
    im_en = f"improvement terms {len(im_found)}{_found_en(im_found)}"
    ev_value, im_value = sig.evaluation.value(ev_found), sig.improvement.value(im_found)
    if pdca:
        return (
            Dimension(
                "evaluation", "检查（C）", "check (C)", ev_value, ev_w, f"检查（C）：{ev_zh}", f"check (C): {ev_en}"
            ),
            Dimension(
                "improvement", "处置（A）", "act (A)", im_value, im_w, f"处置（A）：{im_zh}", f"act (A): {im_en}"
            ),
        )
    w = ev_w + im_w
    value = (ev_w * ev_value + im_w * im_value) / w if w else 0.0
    zh, en = f"学习（L）：{ev_zh}，{im_zh}", f"learning (L): {ev_en}; {im_en}"
    return (Dimension("learning", "学习（L）", "learning (L)", value, w, zh, en),)


def _specificity_dimension(sig: Signals, text: str) -> Dimension:
    """Figures (counted each time) and named practices (distinct), each half of the dimension."""
    figures = len(sig.figure_pattern.findall(text))
    named = list(dict.fromkeys(m.group(0) for m in sig.named_pattern.finditer(text)))
    value = 0.5 * min(1.0, figures / max(sig.figures_saturate, 1))
    value += 0.5 * min(1.0, len(named) / max(sig.named_saturate, 1))
    zh = f"具体性：数据{figures}处，具名做法{len(named)}个{_found_zh(named, 4)}"
    en = f"specificity: {figures} figures, {len(named)} named practices{_found_en(named, 4)}"
    return Dimension("specificity", "具体性", "specificity", value, sig.process_weight("specificity"), zh, en)


def _process_leaf(inp: _Inputs, leaf: Clause, cov: ClauseCoverage, weight: float) -> LeafEvidence:
    sig = inp.signals
    paras = [inp.paragraphs[pid] for pid in cov.paragraphs if pid in inp.paragraphs]
    if cov.status == "missing" or not paras:
        return _missing_leaf(leaf, "process", weight)
    text = fold("\n".join(_text_of(p) for p in paras))
    pdca = inp.standard.maturity_model == "PDCA"
    deployed = sig.deployment.found(text)
    tied = sig.integration.found(text)
    expected = cov.expected_chars or sig.default_expected_chars
    full = sig.full_length * expected
    dims = (
        _coverage_dimension(cov, sig.process_weight("coverage")),
        _approach_dimension(sig, text, "P" if pdca else "A"),
        Dimension(
            "deployment",
            "展开（D）",
            "deployment (D)",
            sig.deployment.value(deployed),
            sig.process_weight("deployment"),
            f"展开（D）：覆盖范围词{len(deployed)}个{_found_zh(deployed)}",
            f"deployment (D): {len(deployed)} breadth terms{_found_en(deployed)}",
        ),
        *_learning_dimensions(sig, text, pdca),
        Dimension(
            "integration",
            "整合（I）",
            "integration (I)",
            sig.integration.value(tied),
            sig.process_weight("integration"),
            f"整合（I）：与战略、目标等的关联词{len(tied)}个{_found_zh(tied)}",
            f"integration (I): {len(tied)} terms tying it to strategy and goals{_found_en(tied)}",
        ),
        _specificity_dimension(sig, text),
        Dimension(
            "length",
            "篇幅",
            "length",
            min(1.0, cov.chars / full) if full else 1.0,
            sig.process_weight("length"),
            f"篇幅：{cov.chars}字（按分值薄弱线约{expected}字，完整约{round(full)}字）",
            f"length: {cov.chars} 字 (thin below about {expected}, complete at about {round(full)})",
        ),
    )
    raw = sum(d.value * d.weight for d in dims)
    gate = min(1.0, cov.chars / expected) if expected else 1.0
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    if gate < 1.0:
        notes_zh = (f"{leaf.label}：篇幅不足薄弱线（{cov.chars}/{expected}字），证据得分按比例折减",)
        notes_en = (f"{leaf.label}: shorter than the thin threshold ({cov.chars}/{expected} 字); score scaled down",)
    return LeafEvidence(
        leaf.id,
        "process",
        cov.status,
        gate * sig.score(raw),
        weight,
        dims,
        tuple(p.id for p in paras),
        notes_zh=notes_zh,
        notes_en=notes_en,
    )


# --------------------------------------------------------------------------- result evidence


def _better_or_equal(direction: str, a: float, b: float) -> bool:
    return a >= b if direction == "up" else a <= b


def _direction(inp: _Inputs, ind: Indicator) -> str | None:
    d = inp.polarity.of(ind.name)
    if d is None and ind.group:
        d = inp.polarity.of(ind.group)
    return d if d in ("up", "down") else None


def _good_level(inp: _Inputs, ind: Indicator) -> bool | None:
    """Whether the latest figure is at least as good as what it is compared with (competitors, averages,
    peers; else a benchmark it reaches), or meets its targets; None when that cannot be said."""
    direction = _direction(inp, ind)
    latest = ind.latest
    if direction is None or latest is None or latest.value is None:
        return None
    value = latest.value
    peers = [c.value for c in ind.comparisons if c.value is not None and c.kind != "benchmark"]
    if peers:
        return all(_better_or_equal(direction, value, v) for v in peers)
    marks = [c.value for c in ind.comparisons if c.value is not None]
    if marks:  # trailing a benchmark is normal; reaching one is good
        return True if any(_better_or_equal(direction, value, v) for v in marks) else None
    targets = [t.value for t in ind.targets if t.value is not None]
    if targets:
        return all(_better_or_equal(direction, value, v) for v in targets)
    return None


def _favourable_trend(inp: _Inputs, ind: Indicator) -> bool | None:
    """Whether the last figure is at least as good as the first; None without a direction or a series."""
    direction = _direction(inp, ind)
    nums = ind.numeric
    if direction is None or len(nums) < 2:
        return None
    first, last = nums[0].value, nums[-1].value
    assert first is not None and last is not None
    return _better_or_equal(direction, last, first)


def _named_elsewhere(inp: _Inputs, name: str) -> bool:
    base = fold(name).casefold()
    variants = {base}
    for prefix in inp.signals.name_prefixes:
        if base.startswith(prefix.casefold()):
            variants.add(base[len(prefix) :])
    return any(len(v) >= 2 and v in inp.elsewhere for v in variants)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _unexplained(inp: _Inputs, clause_id: str) -> tuple[str, ...]:
    """Indicators the results-unexplained-decline check reports for the item."""
    names: list[str] = []
    for f in inp.findings:
        if f.check == "results-unexplained-decline" and f.clause == clause_id:
            names.extend(d.subject for d in f.details)
    return tuple(dict.fromkeys(names))


def _levels_dimension(inp: _Inputs, ev: ResultsEvidence) -> Dimension:
    """Le: half for how many indicators have data, half for the share of judgeable ones that are good."""
    sig = inp.signals
    data = ev.with_data
    names = [i.name for i in data]
    judged = [g for i in data if (g := _good_level(inp, i)) is not None]
    good = sum(1 for g in judged if g)
    count_part = min(1.0, len(data) / max(sig.indicators_saturate, 1))
    good_part = _share(good, len(judged)) if judged else 0.5 * count_part
    value = 0.5 * count_part + 0.5 * good_part if data else (0.1 if ev.quantities else 0.0)
    zh = f"水平（Le）：有数据的指标{len(data)}项{_found_zh(names)}"
    en = f"levels (Le): {len(data)} indicators with data{_found_en(names)}"
    if judged:
        zh += f"；可判断优劣的{len(judged)}项中{good}项不劣于对比值或达到目标"
        en += f"; {good} of {len(judged)} judgeable ones at or better than their comparison or target"
    elif not data and ev.quantities:
        zh += f"；只有零散数字{ev.quantities}处"
        en += f"; only {ev.quantities} scattered figures"
    return Dimension("levels", "水平（Le）", "levels (Le)", value, sig.result_weight("levels"), zh, en)


def _trends_dimension(inp: _Inputs, ev: ResultsEvidence, required: int) -> Dimension:
    """T over the indicators with a series (as results-three-years judges them): the share reaching the
    required years, half for having them and half for their direction, plus 0.15 for shorter series;
    scaled by breadth (``series_saturate`` series make it full)."""
    sig = inp.signals
    series = assess_years(ev, required).trends
    enough = sum(1 for i in series if i.longest_run >= required)
    short = len(series) - enough
    directional = [t for i in series if (t := _favourable_trend(inp, i)) is not None]
    favourable = sum(1 for t in directional if t)
    fav_share = _share(favourable, len(directional)) if directional else 0.5
    breadth = min(1.0, len(series) / max(sig.series_saturate, 1))
    value = breadth * (_share(enough, len(series)) * (0.5 + 0.5 * fav_share) + 0.15 * _share(short, len(series)))
    best = max((i.longest_run for i in ev.with_data), default=0)
    zh = f"趋势（T）：有多年数据的{len(series)}项指标中{enough}项连续{required}年及以上（最长连续{best}年）"
    en = f"trends (T): {enough} of {len(series)} indicators with a series have {required}+ consecutive years"
    en += f" (longest run {best})"
    if directional:
        zh += f"；可判断方向的{len(directional)}项中{favourable}项趋势有利"
        en += f"; {favourable} of {len(directional)} directional ones trend favourably"
    return Dimension("trends", "趋势（T）", "trends (T)", value, sig.result_weight("trends"), zh, en)


def _comparisons_dimension(inp: _Inputs, ev: ResultsEvidence) -> Dimension:
    """C: 0.7 × the share of indicators compared (each comparison in a sentence or a ranking adds 0.1, at
    most 0.3) + 0.3 × the share of judgeable compared indicators at or ahead of their comparison."""
    sig = inp.signals
    data = ev.with_data
    compared = [i for i in data if i.comparisons]
    judged = [
        g
        for i in compared
        if any(c.value is not None for c in i.comparisons) and (g := _good_level(inp, i)) is not None
    ]
    ahead = sum(1 for g in judged if g)
    in_text = [c for c in ev.comparisons if c.indicator is None]
    share = min(1.0, _share(len(compared), len(data)) + min(0.3, 0.1 * len(in_text)))
    value = 0.7 * share + 0.3 * (_share(ahead, len(judged)) if judged else 0.5 * share)
    labels = list(dict.fromkeys(c.label for c in ev.comparisons if c.label))
    zh = f"对比（C）：有对比数据的指标{len(compared)}/{len(data)}项，文字对比或排名{len(in_text)}处"
    zh += _found_zh(labels, 4)
    en = f"comparisons (C): {len(compared)} of {len(data)} indicators compared, {len(in_text)} in sentences or rankings"
    en += _found_en(labels, 4)
    if judged:
        zh += f"；可判断的{len(judged)}项中{ahead}项不劣于对比对象"
        en += f"; {ahead} of {len(judged)} judgeable ones at or ahead of their comparison"
    targets_only = [i for i in data if i.targets and not i.comparisons]
    if targets_only and not ev.comparisons:
        zh += f"；{len(targets_only)}项只有目标值（目标值不是对比）"
        en += f"; {len(targets_only)} show targets only (a target is not a comparison)"
    return Dimension("comparisons", "对比（C）", "comparisons (C)", value, sig.result_weight("comparisons"), zh, en)


def _result_integration_dimension(inp: _Inputs, ev: ResultsEvidence, cov: ClauseCoverage) -> Dimension:
    """I: the share of indicators the profile or the process chapters also name; half of it is the
    share of the clause's guidance points addressed, where the clause has any."""
    data = ev.with_data
    named = [i.name for i in data if _named_elsewhere(inp, i.name)]
    value = _share(len(named), len(data))
    zh = f"整合（I）：{len(named)}/{len(data)}项指标在组织概述或过程章节中也出现{_found_zh(named)}"
    en = f"integration (I): {len(named)} of {len(data)} indicators also named in the profile or process chapters"
    en += _found_en(named)
    if cov.points:
        done = sum(1 for p in cov.points if p.addressed)
        value = 0.5 * value + 0.5 * done / len(cov.points)
        zh += f"；要点覆盖{done}/{len(cov.points)}项"
        en += f"; {done} of {len(cov.points)} guidance points addressed"
    return Dimension(
        "integration", "整合（I）", "integration (I)", value, inp.signals.result_weight("integration"), zh, en
    )


def _result_cap(std: Standard, leaf: Clause, ev: ResultsEvidence) -> tuple[str | None, str, str]:
    """The band the standard's results rule caps the item at (Shenzhen economic: fewer than
    ``min_indicators`` indicators or under ``min_consecutive_years`` years ⇒ 10–25%), and why."""
    rule = std.results
    if rule.cap_band is None:
        return None, "", ""
    n = len(ev.with_data)
    few = rule.min_indicators is not None and n < rule.min_indicators
    short = not assess_years(ev, rule.min_consecutive_years).complete
    if not (few or short):
        return None, "", ""
    level = std.bands.level(rule.cap_band)
    why_zh, why_en = [], []
    if few:
        why_zh.append(f"有数据的指标{n}项，少于{rule.min_indicators}项")
        why_en.append(f"{n} indicators with data, fewer than {rule.min_indicators}")
    if short:
        why_zh.append(f"趋势数据不足连续{rule.min_consecutive_years}年")
        why_en.append(f"trend data shorter than {rule.min_consecutive_years} consecutive years")
    return (
        rule.cap_band,
        f"{leaf.label}：{'，'.join(why_zh)}，按评分规则最高为{level.low}–{level.high}%档",
        f"{leaf.label}: {'; '.join(why_en)}: the scoring rule caps it at {level.low}–{level.high}%",
    )


def _result_leaf(inp: _Inputs, leaf: Clause, cov: ClauseCoverage, weight: float) -> LeafEvidence:
    sig = inp.signals
    std = inp.standard
    paras = tuple(inp.paragraphs[pid] for pid in cov.paragraphs if pid in inp.paragraphs)
    if cov.status == "missing" or not paras:
        return _missing_leaf(leaf, "result", weight)
    ev = extract_results(leaf.id, paras)
    dims = (
        _levels_dimension(inp, ev),
        _trends_dimension(inp, ev, std.results.min_consecutive_years),
        _comparisons_dimension(inp, ev),
        _result_integration_dimension(inp, ev, cov),
    )
    raw = sum(d.value * d.weight for d in dims)
    notes_zh: list[str] = []
    notes_en: list[str] = []
    # the weaker of trends and comparisons holds the item back (the guides' low bands)
    weakest = min(dims[1].value, dims[2].value)
    factor = (1 - sig.weakest_link) + sig.weakest_link * weakest
    if factor < 1.0:
        notes_zh.append(f"{leaf.label}：趋势与对比中较弱者为{weakest:.2f}，Le-T-C-I加权{raw:.2f}乘以{factor:.2f}")
        notes_en.append(
            f"{leaf.label}: the weaker of trends and comparisons is {weakest:.2f}; "
            f"the Le-T-C-I mean {raw:.2f} is multiplied by {factor:.2f}"
        )
    unexplained = _unexplained(inp, leaf.id)
    penalty = min(sig.unexplained_max, sig.unexplained_penalty * len(unexplained))
    if unexplained:
        notes_zh.append(
            f"{leaf.label}：不利结果未说明原因{len(unexplained)}项{_found_zh(unexplained)}，扣减{penalty:.2f}"
        )
        notes_en.append(
            f"{leaf.label}: {len(unexplained)} unfavourable results left unexplained{_found_en(unexplained)}, "
            f"minus {penalty:.2f}"
        )
    if ev.has_data:
        score = sig.score(raw * factor - penalty)
    else:
        score = 0.0
        notes_zh.append(f"{leaf.label}：没有量化的结果数据，按评分指南为最低档")
        notes_en.append(f"{leaf.label}: no quantified results: lowest band")
    cap, cap_zh, cap_en = _result_cap(std, leaf, ev)
    if cap is not None:
        score = min(score, _cap_score(std.bands, std.bands.level(cap)))
        notes_zh.append(cap_zh)
        notes_en.append(cap_en)
    return LeafEvidence(
        leaf.id,
        "result",
        cov.status,
        score,
        weight,
        dims,
        ev.paragraphs,
        tuple(i.name for i in ev.with_data),
        cap,
        tuple(notes_zh),
        tuple(notes_en),
    )


def _cap_score(scheme: BandScheme, level: BandLevel) -> float:
    """The highest score that still maps to ``level`` (just under the boundary with the next band)."""
    i = scheme.levels.index(level)
    if i + 1 == len(scheme.levels):
        return 1.0
    edge = (level.high + scheme.levels[i + 1].low) / 2
    return min(level.high, edge - 0.5) / 100


# --------------------------------------------------------------------------- units


def _leaf_evidence(inp: _Inputs, unit: Clause) -> tuple[LeafEvidence, ...]:
    leaves = _leaves(inp.standard, unit)
    out = []
    for leaf in leaves:
        cov = inp.coverage.of(leaf.id)
        weight = cov.weight if cov.weight else 1.0
        if _leaf_kind(leaf) == "result":
            out.append(_result_leaf(inp, leaf, cov, weight))
        else:
            out.append(_process_leaf(inp, leaf, cov, weight))
    return tuple(out)


def _paragraph_refs(inp: _Inputs, ids: Sequence[str]) -> str:
    """``第12–16、20段`` from paragraph ids (numbers as people count them, from 1)."""
    nums = sorted({inp.paragraphs[pid].index + 1 for pid in ids if pid in inp.paragraphs})
    runs: list[str] = []
    for _, group in itertools.groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
        g = [n for _, n in group]
        runs.append(f"{g[0]}–{g[-1]}" if len(g) > 1 else str(g[0]))
    return "、".join(runs)


def _suggest_unit(inp: _Inputs, unit: Clause) -> BandSuggestion:
    std = inp.standard
    scheme = std.bands
    sig = inp.signals
    evidence = _leaf_evidence(inp, unit)
    total_weight = sum(e.weight for e in evidence)
    score = sum(e.score * e.weight for e in evidence) / total_weight if total_weight else 0.0
    missing = all(e.missing for e in evidence)
    reasons_zh: list[str] = []
    reasons_en: list[str] = []
    if missing:
        level = scheme.levels[0]
        score = 0.0
    else:
        level = band_for_score(scheme, score)
    demoted = False
    if not sig.top_band and level == scheme.levels[-1] and len(scheme.levels) > 1:
        level = scheme.levels[-2]
        demoted = True
        score = min(score, _cap_score(scheme, level))
    step = scheme.step_percent or 1
    percent = _percent_in(level, score, step)
    label = f"（{level.label_zh}）" if level.label_zh else ""
    label_en = f" ({level.label_zh})" if level.label_zh else ""
    reasons_zh.append(
        f"机器建议：{level.low}–{level.high}%档{label}，约{percent}%（证据得分{score:.2f}），须由评审员确认或调整"
    )
    reasons_en.append(
        f"machine suggestion: band {level.low}–{level.high}%{label_en}, about {percent}% "
        f"(evidence score {score:.2f}); a reviewer confirms or changes it"
    )
    if missing:
        reasons_zh.append(f"{unit.label}：报告中没有回答该评分单元的内容，按评分指南为最低档")
        reasons_en.append(f"{unit.label}: the report does not answer this scoring unit: lowest band")

    kinds = [k for k in ("process", "result") if any(e.kind == k for e in evidence)]
    wording: list[str] = []
    for k in kinds:
        text = level.process if k == "process" else level.result
        lines = _wording_lines(text)
        wording.extend(lines)
        kind_zh = "过程" if k == "process" else "结果"
        reasons_zh.append(f"评分指南（{kind_zh}，{level.low}–{level.high}%）：{_joined_wording(lines)}")
        reasons_en.append(f"scoring guide ({k}, {level.low}–{level.high}%): {_joined_wording(lines)}")

    several = len(evidence) > 1
    for e in evidence:
        leaf = std.clause(e.clause)
        prefix_zh = f"{leaf.label}：" if several else ""
        prefix_en = f"{leaf.label}: " if several else ""
        if several:
            kind_zh = "过程" if e.kind == "process" else "结果"
            reasons_zh.append(
                f"{leaf.label}（{kind_zh}）：证据得分{e.score:.2f}，占本单元{e.weight / total_weight:.0%}"
            )
            reasons_en.append(
                f"{leaf.label} ({e.kind}): evidence score {e.score:.2f}, {e.weight / total_weight:.0%} of the unit"
            )
        for d in e.dimensions:
            reasons_zh.append(f"{prefix_zh}{d.detail_zh} → {d.value:.2f}")
            reasons_en.append(f"{prefix_en}{d.detail_en} → {d.value:.2f}")
        if not missing or several:
            reasons_zh.extend(e.notes_zh)
            reasons_en.extend(e.notes_en)
    if demoted:
        top = scheme.levels[-1]
        reasons_zh.append(
            f"最高档（{top.low}–{top.high}%）须由评审员依据现场评审证据判定，机器建议不超过{level.low}–{level.high}%"
        )
        reasons_en.append(
            f"the top band ({top.low}–{top.high}%) needs on-site evidence an examiner judges; "
            f"the machine suggests at most {level.low}–{level.high}%"
        )
    paragraphs = tuple(dict.fromkeys(p for e in evidence for p in e.paragraphs))
    indicators = tuple(dict.fromkeys(i for e in evidence for i in e.indicators))
    if paragraphs:
        reasons_zh.append(f"依据段落：第{_paragraph_refs(inp, paragraphs)}段")
        reasons_en.append(f"paragraphs: {_paragraph_refs(inp, paragraphs).replace('、', ', ')}")
    if indicators:
        reasons_zh.append(f"依据指标（{len(indicators)}项）：{_listed(list(indicators), 8)}")
        reasons_en.append(f"indicators ({len(indicators)}): {_listed_en(list(indicators), 8)}")
    caps = [e.cap for e in evidence if e.cap is not None]
    band = Band(unit.id, level.low, level.high, level.id, tuple(reasons_zh), source="machine")
    return BandSuggestion(
        band=band,
        kind=unit.kind,
        points=unit.points or 0,
        score=round(score, 4),
        percent=percent,
        label_zh=level.label_zh,
        wording=tuple(wording),
        reasons_zh=tuple(reasons_zh),
        reasons_en=tuple(reasons_en),
        evidence=evidence,
        paragraphs=paragraphs,
        indicators=indicators,
        cap=caps[0] if caps and len(evidence) == 1 else None,
        missing=missing,
    )


def suggest_bands(
    document: Document,
    standard: Standard,
    mapping: ClauseMapping,
    coverage: Coverage,
    findings: Sequence[Finding],
    *,
    signals: Signals | None = None,
    polarity: Polarity | None = None,
) -> tuple[BandSuggestion, ...]:
    """A draft band for every scoring unit of ``standard``, in the standard's order (see the module docstring).

    ``findings`` are the checks' findings (``results-unexplained-decline`` lowers a result item);
    ``polarity`` defaults to the packaged polarity data (pass the run's overrides, if any).
    """
    inp = _inputs(
        document,
        standard,
        mapping,
        coverage,
        findings,
        signals or default_signals(),
        polarity or default_polarity(),
    )
    return tuple(_suggest_unit(inp, unit) for unit in standard.scoring_units)


# --------------------------------------------------------------------------- total score


def _meets(value: float, threshold: float, inclusive: bool) -> bool:
    eps = 1e-9
    return value >= threshold - eps if inclusive else value > threshold + eps


def _threshold_status(t: Threshold, total: int, low: float, high: float) -> ThresholdStatus:
    """Reached when even the low end meets the threshold, not reached when even the high end misses it."""
    need = round(total * t.percent / 100, 2)
    head_zh = f"{t.label_zh}（{'≥' if t.inclusive else '>'}{t.percent:g}%，{need:g}分）"
    head_en = f"{t.id} ({'≥' if t.inclusive else '>'}{t.percent:g}%, {need:g} points)"
    state: ThresholdState
    if _meets(low, need, t.inclusive):
        state = "reached"
        zh, en = f"{head_zh}：估计下限{low:g}分已达到", f"{head_en}: reached even at the low end ({low:g})"
    elif not _meets(high, need, t.inclusive):
        state = "not-reached"
        zh, en = f"{head_zh}：估计上限{high:g}分仍未达到", f"{head_en}: not reached even at the high end ({high:g})"
    else:
        state = "possible"
        zh = f"{head_zh}：在估计范围{low:g}–{high:g}分之内，取决于评审"
        en = f"{head_en}: within the estimate {low:g}–{high:g}; up to the reviewers"
    return ThresholdStatus(t.id, t.label_zh, t.percent, t.inclusive, need, state, zh, en)


def estimate_score(standard: Standard, suggestions: Sequence[BandSuggestion]) -> ScoreEstimate:
    """Total points implied by the suggested bands (low–high) and where that stands against the thresholds.

    low = Σ unit points × band low %, high = Σ unit points × band high %; a scoring unit without a
    suggestion counts 0 at the low end and its full points at the high end (listed in ``unscored``).
    """
    by_unit = {s.clause: s for s in suggestions}
    low = high = point = 0.0
    unscored: list[str] = []
    units = standard.scoring_units
    for unit in units:
        pts = unit.points or 0
        s = by_unit.get(unit.id)
        if s is None:
            unscored.append(unit.id)
            high += pts
            continue
        low += pts * s.low / 100
        high += pts * s.high / 100
        point += pts * s.percent / 100
    low, high, point = round(low, 2), round(high, 2), round(point, 2)
    return ScoreEstimate(
        standard=standard.id,
        total_points=standard.total_points,
        low=low,
        high=high,
        point=point,
        thresholds=tuple(_threshold_status(t, standard.total_points, low, high) for t in standard.thresholds),
        units=len(units),
        unscored=tuple(unscored),
    )
