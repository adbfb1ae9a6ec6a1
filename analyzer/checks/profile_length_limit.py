"""profile-length-limit (SARA-C302, error; warning when near): the profile part is longer than allowed.

Why: besides the whole report, some awards cap the unscored profile (组织概述 / 单位简介): Beijing's
实施细则 limits 第一部分组织概述 to 3,000 字, the Wuhan application form the 单位简介 to 3,000 字. The
profile is usually written first and grows unchecked; secretariats count it separately with Word.

What it measures: the body paragraphs and tables credited to the standard's profile clauses
(:attr:`Standard.profile_clauses` and their parts, through the mapping — :meth:`CheckContext.paragraphs_of`),
**headings excluded** — the profile's own text, as the labelled dev reports count it — with text
boxes, footnotes and endnotes counted or left out as the document's Word setting says
(:func:`~analyzer.text.counts.counted_by_word`: counted by Word's default, left out when a DOCX
saves "do not include", left out for formats without the setting). Against
:attr:`Standard.profile_limit`, with the same rules as ``length-limit``
(:mod:`analyzer.checks.length_limit`): error when over, warning at or above
:attr:`CheckConfig.near_limit_ratio` of the limit, nothing otherwise or when the standard has
no profile limit; counted in the limit's own unit unless the user configured another convention,
and the finding says which. The details say where to cut: the profile's parts (0.1 组织描述, 0.2 组织
面临的挑战) by length when there are several, then its three longest paragraphs.

Example (Beijing, limit 3,000 字): a 组织概述 of 3,302 字 (3,505 non-whitespace characters) → error
“第一部分组织概述（简介）超出篇幅限制：正文（不计标题）字数（Word 字数统计口径）3,302字，限额3,000字，
超出302字（10.1%）。”; a profile of 1,400 字 → nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, FindingDetail, Paragraph
from ..text.counts import add, counted_by_word, paragraph_counts
from .base import Bi, CheckContext, CheckSpec, LengthConvention
from .length_limit import (
    LengthMeasure,
    amount,
    counted_paragraphs,
    included_text,
    measure,
    measure_values,
    not_counted_by_word,
    not_counted_text,
    pick,
)

SPEC = CheckSpec(
    code="SARA-C302",
    slug="profile-length-limit",
    severity="error",
    summary="The profile part (组织概述) is over (error) or close to (warning) the standard's limit for it.",
    message_zh=(
        "{label}{state}：正文（不计标题）{convention}{count}，限额{limit}，{margin}。{basis}{included}{not_counted}{cut}"
    ),
    message_en=(
        "{label} {state}: {count} ({convention}; body text, headings not counted), limit {limit}, {margin}."
        "{basis}{included}{not_counted}{cut}"
    ),
)

LONGEST_PARAGRAPHS = 3


def profile_paragraphs(ctx: CheckContext) -> tuple[Paragraph, ...]:
    """Body paragraphs and tables (no headings) credited to the profile clauses, in document order."""
    found = {p.id: p for c in ctx.standard.profile_clauses for p in ctx.paragraphs_of(c.id)}
    return tuple(sorted(found.values(), key=lambda p: p.index))


def profile_measure(ctx: CheckContext) -> LengthMeasure | None:
    """The profile's body text against the standard's profile limit (None: no limit)."""
    limit = ctx.standard.profile_limit
    if limit is None:
        return None
    counted = counted_paragraphs(profile_paragraphs(ctx), limit, subdocs=ctx.document.word_counts_subdocs)
    return measure(add(paragraph_counts(p) for p in counted), limit, ctx.config)


def run(ctx: CheckContext) -> Iterator[Finding]:
    m = profile_measure(ctx)
    if m is None or m.state == "within":
        return
    limit = m.limit
    paras = profile_paragraphs(ctx)
    subdocs = ctx.document.word_counts_subdocs
    counted = counted_paragraphs(paras, limit, subdocs=subdocs)
    in_count = [p for p in paras if counted_by_word(p.source, subdocs)]
    tables = None if limit.includes_tables else add(paragraph_counts(p) for p in in_count if p.kind == "table")
    parts = _parts(ctx, counted, m.convention)
    details = parts + _longest(counted, m.convention)
    profile = ctx.standard.profile_clauses
    yield SPEC.finding(
        clause=profile[0].id if len(profile) == 1 else None,
        paragraphs=(p.id for p in counted),
        severity="error" if m.state == "over" else "warning",
        details=details,
        **measure_values(m, Bi(limit.label_zh, f"The profile ({limit.label_zh})")),
        included=included_text(ctx.document, counted, m),
        not_counted=not_counted_text(ctx.document, not_counted_by_word(paras, subdocs), m, tables),
        cut=_cut_text(bool(parts), bool(details)),
    )


def _cut_text(has_parts: bool, has_details: bool) -> Bi:
    if not has_details:
        return Bi("", "")
    if has_parts:
        return Bi(
            "压缩建议见明细（各部分的篇幅和最长的段落）。",
            " Where to cut: see the details (its parts and its longest paragraphs).",
        )
    return Bi("压缩建议见明细（最长的段落）。", " Where to cut: see the details (its longest paragraphs).")


def _parts(
    ctx: CheckContext, counted: tuple[Paragraph, ...], convention: LengthConvention
) -> tuple[FindingDetail, ...]:
    """The profile's parts by length, when it has more than one part with text."""
    ids = {p.id for p in counted}
    total = pick(add(paragraph_counts(p) for p in counted), convention)
    rows = []
    for top in ctx.standard.profile_clauses:
        for part in ctx.standard.children(top.id):
            n = pick(add(paragraph_counts(p) for p in ctx.paragraphs_of(part.id) if p.id in ids), convention)
            if n:
                rows.append((part.label, part.id, n))
    if len(rows) < 2 or total == 0:
        return ()
    rows.sort(key=lambda r: -r[2])
    out = []
    for label, clause_id, n in rows:
        a = amount(n, convention)
        share = n / total
        out.append(
            FindingDetail(
                subject=label,
                message_zh=f"{label}：{a.zh}，占该部分的{share:.1%}",
                message_en=f"{label}: {a.en}, {share:.1%} of the profile",
                facts=(("clause", clause_id), ("count", str(n)), ("convention", convention), ("share", f"{share:.4f}")),
            )
        )
    return tuple(out)


def _longest(counted: tuple[Paragraph, ...], convention: LengthConvention) -> tuple[FindingDetail, ...]:
    """The longest paragraphs of the profile, with where they are."""
    sized = sorted(((pick(paragraph_counts(p), convention), p) for p in counted), key=lambda t: (-t[0], t[1].index))
    out = []
    for n, p in sized[:LONGEST_PARAGRAPHS]:
        a = amount(n, convention)
        page_zh = f"第{p.page}页" if p.page else ""
        page_en = f", page {p.page}" if p.page else ""
        what_zh, what_en = ("段（表格）", " (table)") if p.kind == "table" else ("段", "")
        excerpt = " ".join(p.text.split())[:24]
        out.append(
            FindingDetail(
                subject=p.id,
                message_zh=f"{page_zh}第{p.index + 1}{what_zh}：{a.zh}“{excerpt}…”",
                message_en=f"paragraph {p.index + 1}{what_en}{page_en}: {a.en} “{excerpt}…”",
                facts=(("paragraph", p.id), ("count", str(n)), ("convention", convention)),
            )
        )
    return tuple(out)
