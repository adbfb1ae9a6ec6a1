"""Targets the report states in words, anywhere (process chapters, profile, results).

``年度质量目标包括食品安全监督抽检合格率不低于99.5%、重大食品安全事故为零、生鲜损耗率控制在4%以内``:
a sentence with a target word (``target`` in ``patterns.yaml``: 目标, 规划, 计划 …) lists items; an
item is an indicator name, a bound (``target-bound``: 不低于, 控制在, 达到 …) and a figure right after
it. The name starts after the last target word or list lead (包括, 为 …) before it. A target dated
with one year (``2023年目标``) has that year; a target for a later year is no target for the years
reported (``到2025年``). Used by ``results-unexplained-decline``: a dip is excused by still being
ahead of others only when the latest figure also meets the indicator's targets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Paragraph
from .figures import clean_name, figure_value, find_figures, good_name, unit_after
from .lexicon import default_patterns
from .model import TargetValue
from .prose import clauses, sentences


@dataclass(frozen=True, slots=True)
class StatedTarget:
    """A target written in a sentence: the indicator it names and the target value."""

    name: str
    target: TargetValue
    unit: str | None
    paragraph: str


def stated_targets(paragraphs: Iterable[Paragraph]) -> tuple[StatedTarget, ...]:
    """Targets written in the sentences of ``paragraphs`` (tables and headings skipped)."""
    p = default_patterns()
    out: list[StatedTarget] = []
    for para in paragraphs:
        if para.table is not None or para.kind == "heading":
            continue
        for sentence in sentences(para):
            if not _speaks_of_targets(sentence):
                continue
            years = sorted({y for m in p.year_mentions(sentence) for y in m.years})
            year = years[0] if len(years) == 1 else None
            for clause in clauses(sentence):
                for item in clause.split("、"):
                    found = _item(item, year, para.id)
                    if found is not None:
                        out.append(found)
    return tuple(out)


def _speaks_of_targets(sentence: str) -> bool:
    """A target word that is not part of an indicator's name (计划达成率), and a bound."""
    p = default_patterns()
    rates = p.find(sentence, "rate-of-plan")
    words = [h for h in p.find(sentence, "target") if not any(r.start <= h.start and h.end <= r.end for r in rates)]
    return bool(words) and p.has(sentence, "target-bound")


def _item(item: str, year: int | None, pid: str) -> StatedTarget | None:
    p = default_patterns()
    bound = p.first(item, "target-bound")
    if bound is None:
        return None
    figs = [f for f in find_figures(item) if f.start() >= bound.end and f.start() - bound.end <= 1]
    if not figs:
        return None
    f = figs[0]
    head = item[: bound.start]
    cut = max((h.end for h in p.find(head, "target") + p.find(head, "list-lead")), default=0)
    name = clean_name(head[cut:])
    lead = p.first(name, "name-lead")
    if lead is not None and lead.start == 0:
        name = clean_name(name[lead.end :])
    if not good_name(name) or p.has(name, "target"):
        return None
    value = figure_value(f.group(0))
    said = item.strip(" 。；;")
    return StatedTarget(name, TargetValue(said, value, said, year), unit_after(item[f.end() :]), pid)
