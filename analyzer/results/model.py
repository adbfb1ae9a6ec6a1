"""What a result item reports: indicators with their years, targets and comparisons.

These frozen dataclasses are what :func:`analyzer.results.extract.extract_results` returns for one
result item (北京 7.1, 武汉 5.x.4, 深圳 1.3 …) and what the ``results-*`` checks read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ComparisonKind = Literal["benchmark", "competitor", "average", "peer", "ranking"]
EvidenceSource = Literal["table", "prose"]


@dataclass(frozen=True, slots=True)
class YearValue:
    """One year's figure of an indicator, as written (``value`` is None for ``AA+``, ``B+`` …)."""

    year: int
    value: float | None
    text: str


@dataclass(frozen=True, slots=True)
class TargetValue:
    """A target (目标值, 2025年规划目标 …). Never a comparison."""

    label: str
    value: float | None
    text: str
    year: int | None = None


@dataclass(frozen=True, slots=True)
class ComparisonEvidence:
    """A comparison with others: a benchmark, competitor or average column, a ranking, a sentence."""

    kind: ComparisonKind
    label: str
    """The column header, row label or matched phrase (``行业平均（2023年）``, ``位列第二名``)."""
    paragraph: str
    source: EvidenceSource
    indicator: str | None = None
    value: float | None = None
    text: str = ""
    """The cell as written, or the sentence the phrase was found in."""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Indicator:
    """One result indicator of an item and everything reported about it."""

    name: str
    unit: str | None
    values: tuple[YearValue, ...]
    """Dated figures, one per year, in year order."""
    comparisons: tuple[ComparisonEvidence, ...] = ()
    targets: tuple[TargetValue, ...] = ()
    undated: tuple[float, ...] = ()
    """Figures without a year (``由168人增加到236人``, a single-year table without a year)."""
    paragraphs: tuple[str, ...] = ()
    source: EvidenceSource = "table"
    group: str | None = None
    """The caption of the table it comes from (``分产品线毛利率``), if any."""

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(v.year for v in self.values)

    @property
    def is_series(self) -> bool:
        """Values for two years or more: a series, not one year's figure."""
        return len(set(self.years)) >= 2

    @property
    def longest_run(self) -> int:
        """The longest run of consecutive years with a figure."""
        best = run = 0
        prev: int | None = None
        for y in self.years:
            run = run + 1 if prev is not None and y == prev + 1 else 1
            best = max(best, run)
            prev = y
        return best

    @property
    def has_data(self) -> bool:
        return bool(self.values) or bool(self.undated)

    @property
    def numeric(self) -> tuple[YearValue, ...]:
        return tuple(v for v in self.values if v.value is not None)

    @property
    def latest(self) -> YearValue | None:
        nums = self.numeric
        return nums[-1] if nums else None

    @property
    def label(self) -> str:
        """Name and unit as a person writes them: ``营业收入（亿元）``."""
        return f"{self.name}（{self.unit}）" if self.unit else self.name


@dataclass(frozen=True, slots=True)
class ResultsEvidence:
    """Everything a result item reports, read from its paragraphs and tables."""

    clause: str
    indicators: tuple[Indicator, ...]
    comparisons: tuple[ComparisonEvidence, ...]
    """Every comparison in the item: those of indicators and item-level ones (sentences, rankings)."""
    quantities: int
    """How many figures (numbers that are not years, dates or list numbers) the item holds."""
    paragraphs: tuple[str, ...]

    @property
    def has_data(self) -> bool:
        return self.quantities > 0 or any(i.has_data for i in self.indicators)

    @property
    def with_data(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.has_data)

    @property
    def trends(self) -> tuple[Indicator, ...]:
        """Indicators with figures for at least two different years."""
        return tuple(i for i in self.indicators if len(i.values) >= 2)
