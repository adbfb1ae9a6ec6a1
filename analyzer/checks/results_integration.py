"""results-integration (SARA-C206, info): key indicators named in the process chapters or the profile have no results.

Why: award guides ask that results "match the key indicators named in the process sections and the
profile", and examiners score integration (the I of Le-T-C-I); a KPI the report says it steers by but
never reports is a gap an examiner notices. Key indicators are those a sentence of the profile or a
process chapter calls key (关键绩效指标, 关键过程指标, 关键指标, 核心指标, KPI) and lists
(:mod:`analyzer.results.kpis`); one is reported when a result item names it in a table or sentence,
also in a shortened or longer form. Severity info: names are matched by their wording, and a
report may reasonably report an indicator under another name — the reviewer judges.

Example (Beijing 4.3): "战略关键绩效指标包括营业收入、净利润率、创新产品收入占比、海外收入占比…" and
no result item reports 创新产品收入占比 → "Key indicators named in 2.2 战略部署 have no results
reported: 创新产品收入占比".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail
from ..results.kpis import KeyIndicator, ResultNames, key_indicators
from ..results.prose import sentences
from .base import CheckContext, CheckSpec
from .results_common import joined, result_items

SPEC = CheckSpec(
    code="SARA-C206",
    slug="results-integration",
    severity="info",
    summary="Key indicators named in the process chapters or the profile appear in no result item.",
    message_zh="{where}中列为关键指标的{names}在结果部分没有对应的数据。请在结果条款中报告这些指标，或说明不报告的原因。",
    message_en=(
        "Key indicators named in {where} have no results reported: {names}. "
        "Report them under the result items, or say why they are not reported."
    ),
)


def _excerpt(key: KeyIndicator, width: int = 24) -> str:
    """The part of the naming sentence around the indicator's name."""
    at = max(key.sentence.find(key.name), 0)
    start = max(at - width, 0)
    end = min(at + len(key.name) + width, len(key.sentence))
    return ("…" if start else "") + key.sentence[start:end] + ("…" if end < len(key.sentence) else "")


def run(ctx: CheckContext) -> Iterator[Finding]:
    items = list(result_items(ctx))
    if not items:
        return
    result_ids = {c.id for c in ctx.result_clauses}
    for c in ctx.result_clauses:
        result_ids.update(a.id for a in ctx.standard.ancestors(c.id))
    names = [i.name for item in items for i in item.evidence.indicators]
    texts = [
        s
        for item in items
        for p in item.paragraphs
        for s in (sentences(p) if p.table is None else ("\t".join(r) for r in p.table.rows))
    ]
    elsewhere = [
        p
        for p in ctx.document.paragraphs
        if p.kind != "heading"
        and (clause := ctx.mapping.of(p.id).clause) is not None
        and clause not in result_ids
        and ctx.standard.clause(clause).kind != "result"
    ]
    missing: dict[str, list[KeyIndicator]] = {}
    index = ResultNames(names, texts)
    for key in key_indicators(elsewhere):
        if index.reported(key.name):
            continue
        clause = ctx.mapping.of(key.paragraph).clause or ""
        missing.setdefault(clause, []).append(key)
    for clause_id, keys in missing.items():
        where = ctx.standard.clause(clause_id).label
        yield SPEC.finding(
            clause=clause_id,
            paragraphs=tuple(dict.fromkeys(k.paragraph for k in keys)),
            details=tuple(
                FindingDetail(
                    subject=k.name,
                    message_zh=f"{k.name}：见“{_excerpt(k)}”",
                    message_en=f"{k.name}: named in “{_excerpt(k)}”",
                    facts=(("named_in", k.paragraph), ("sentence", k.sentence)),
                )
                for k in keys
            ),
            where=where,
            names=joined([k.name for k in keys]),
        )
