"""Band schemes as a reviewer sees them: the options of a standard's scheme with their wording,
labels, the scoring guide beside the choice, and the provenance of a band (machine, reviewer,
consensus)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SaraError
from ..model import BandLevel, Decision, ResultsRequirement, ScoringFactor, ScoringTerm
from ..standards import load_standard
from ..wording import band_range

MACHINE = "机器建议"
CONSENSUS = "共识"
REVIEWER_PREFIX = "评审员："


class UnknownBand(SaraError):
    def __init__(self, band_id: str, standard_id: str) -> None:
        super().__init__(
            f"评定标准 {standard_id} 没有分数段 {band_id}", f"the standard {standard_id} has no band {band_id}"
        )


@dataclass(frozen=True, slots=True)
class BandOption:
    """One band of the standard's scheme, with the wording for the item's kind.

    A choice on the reviewer's form, not a band of an item (no clause, no provenance, no reasons, so
    not a :class:`~analyzer.model.Band`): it holds the scheme's :class:`~analyzer.model.BandLevel`
    and adds what the form needs, its position in the scheme and the wording for the item's kind.
    The band the reviewer picks is recorded as a :class:`~analyzer.model.Decision`."""

    level: BandLevel
    index: int
    wording: str
    """Process wording for process items, result wording for result items, both for mixed items."""

    @property
    def id(self) -> str:
        return self.level.id

    @property
    def label(self) -> str:
        return band_range(self.level.low, self.level.high, self.level.label_zh)


def band_options(standard_id: str, kind: str = "process") -> tuple[BandOption, ...]:
    """The scheme's bands in order (lowest first) with the wording a reviewer weighs for ``kind``."""
    scheme = load_standard(standard_id).bands
    out = []
    for i, lv in enumerate(scheme.levels):
        if kind == "result":
            wording = lv.result
        elif kind == "process":
            wording = lv.process
        else:
            wording = f"过程：{lv.process}\n结果：{lv.result}"
        out.append(BandOption(lv, i, wording.strip()))
    return tuple(out)


RESULT_ELEMENT_ZH: dict[str, str] = {
    "levels": "现有水平",
    "trends": "趋势",
    "comparisons": "对比",
    "targets": "目标达成",
}


@dataclass(frozen=True, slots=True)
class GuideView:
    """The standard's own scoring definitions a reviewer weighs beside the band choice for one
    item kind: the process factors (A-D-L-I) for process items, the result factors (Le-T-C-I) and
    the results rules per kind of applicant for result items, both for mixed items."""

    source: str
    introduction: str
    considerations: tuple[str, ...]
    principles: str
    terms: tuple[ScoringTerm, ...]
    factors: tuple[ScoringFactor, ...]
    results_rules: tuple[ResultsRequirement, ...]

    @property
    def factor_lines(self) -> tuple[str, ...]:
        """``方法（A, Approach）：…``, one line per factor."""
        return tuple(f"{f.name_zh}（{f.id}, {f.name_en}）：{f.text}" for f in self.factors)

    @property
    def rule_lines(self) -> tuple[str, ...]:
        """``项目：须有 现有水平、目标达成；趋势、对比（适用时）``, one line per kind of applicant."""
        out = []
        for r in self.results_rules:
            need = "、".join(RESULT_ELEMENT_ZH.get(e, e) for e in r.required)
            maybe = "、".join(RESULT_ELEMENT_ZH.get(e, e) for e in r.when_applicable)
            out.append(f"{r.label_zh}：须有 {need}" + (f"；{maybe}（适用时）" if maybe else ""))
        return tuple(out)


def scoring_guide_view(standard_id: str, kind: str) -> GuideView | None:
    """The scoring definitions for an item of ``kind`` (None when the standard file has none)."""
    guide = load_standard(standard_id).scoring_guide
    if guide is None:
        return None
    process = kind in ("process", "mixed")
    result = kind in ("result", "mixed")
    factors = (*(guide.process_factors if process else ()), *(guide.result_factors if result else ()))
    return GuideView(
        source=guide.source,
        introduction=guide.introduction,
        considerations=guide.considerations,
        principles=guide.principles,
        terms=guide.terms,
        factors=factors,
        results_rules=guide.results_rules if result else (),
    )


def band_index(standard_id: str, band_id: str) -> int | None:
    for opt in band_options(standard_id):
        if opt.id == band_id:
            return opt.index
    return None


def band_option(standard_id: str, band_id: str) -> BandOption:
    """The band ``band_id`` of the standard's scheme (:class:`UnknownBand` if it has none)."""
    for opt in band_options(standard_id):
        if opt.id == band_id:
            return opt
    raise UnknownBand(band_id, standard_id)


def band_label(standard_id: str, band_id: str | None) -> str:
    if not band_id:
        return "—"
    for opt in band_options(standard_id):
        if opt.id == band_id:
            return opt.label
    return band_id


def provenance(decision: Decision | None) -> str:
    """机器建议 (no decision), 评审员：姓名, or 共识."""
    if decision is None:
        return MACHINE
    return CONSENSUS if decision.kind == "consensus" else f"{REVIEWER_PREFIX}{decision.reviewer}"


PROVENANCE_LEGEND: tuple[tuple[str, str], ...] = (
    ("machine", f"{MACHINE}：SARA 自动生成的草稿分数段，仅供参考，须由评审员确认"),
    ("reviewer", f"{REVIEWER_PREFIX}姓名：评审员本人确认或修改后的分数段"),
    ("consensus", f"{CONSENSUS}：评审组讨论后形成的最终分数段及理由"),
)
"""(kind, explanation) of each source of a band; the UI draws the kind as a labelled badge."""
