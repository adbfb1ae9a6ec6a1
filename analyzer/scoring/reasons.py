"""One scoring unit's draft band: its leaves' evidence combined, the band chosen, and the reasons
(Chinese and English) that say what it rests on; :func:`suggest_bands` for every unit of a standard."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..mapping.types import Coverage
from ..mapping.types import Mapping as ClauseMapping
from ..model import (
    Band,
    BandSource,
    Clause,
    ClauseKind,
    Document,
    Finding,
    Standard,
)
from ..results.polarity import Polarity, default_polarity
from .evidence import (
    LeafEvidence,
    _cap_score,
    _Inputs,
    _inputs,
    _joined_wording,
    _leaf_kind,
    _leaves,
    _listed,
    _listed_en,
    _percent_in,
    _wording_lines,
    band_for_score,
)
from .process import _process_leaf
from .result import _result_leaf
from .signals import Signals, default_signals


@dataclass(frozen=True, slots=True)
class BandSuggestion:
    """SARA's draft band for one scoring unit, with its reasons in Chinese and English.

    A wrapper that holds the one band type: ``band`` is the :class:`~analyzer.model.Band`
    (``source="machine"``; its ``reasons`` are the Chinese reasons, :attr:`reasons_zh`); the fields
    say what the suggestion rests on (evidence, score, point estimate, wording, English reasons),
    data a band set by a reviewer or the panel does not have. Its record form, read back from
    ``sara.analysis/1``, is :class:`analyzer.record.BandInfo`.
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
    def source(self) -> BandSource:
        return self.band.source

    @property
    def reasons_zh(self) -> tuple[str, ...]:
        """The Chinese reasons: the band's own (one list, not a copy beside it)."""
        return self.band.reasons


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
