"""missing-clause (SARA-C101, error): a clause the standard asks for is not answered anywhere.

Why: secretariats and examiners deduct for every clause not answered; an applicant must learn
exactly which ones, before submitting. An answerable clause (a scored item, a Wuhan 条款 5.x.2–
5.x.4, a profile part) is missing when no paragraph of the report is credited to it — neither
under its own heading nor, by content, anywhere else (:mod:`analyzer.mapping.coverage`). The
finding names the clause and where the closest related text is, so the applicant can see whether
it only sits in the wrong place. A container (一级/条目) whose every clause is missing is reported
once, for the container.

Example (Shenzhen economic): a report with ``5.1 创新管理`` followed directly by ``5.3 创新结果``
and nothing about knowledge management, IP protection or open innovation → ``5.2 创新生态``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..wording import points as points_text
from .base import Bi, CheckContext, CheckSpec

SPEC = CheckSpec(
    code="SARA-C101",
    slug="missing-clause",
    severity="error",
    summary="A clause of the standard is not answered anywhere in the report.",
    message_zh="未回答条款 {label}（{points}）：报告中没有针对该条款的内容。{nearest}",
    message_en="Clause {label} ({points}) is not answered: no text of the report addresses it.{nearest}",
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    reported: set[str] = set()
    for c in ctx.standard.clauses:
        cov = ctx.coverage.of(c.id)
        if cov.status != "missing" or not c.expects_answer:
            continue
        if any(a.id in reported for a in ctx.standard.ancestors(c.id)):
            continue
        reported.add(c.id)  # a whole container missing: one finding for it, none for its clauses
        weight = cov.weight
        near = cov.nearest
        if near is not None:
            where = ctx.paragraph(near.paragraph)
            page_zh = f"第{where.page}页，" if where.page else ""
            page_en = f"page {where.page}, " if where.page else ""
            under = near.clause or "—"
            nearest_zh = f"最接近的内容：{page_zh}第{where.index + 1}段（已归入 {under}）“{near.excerpt[:30]}…”"
            nearest_en = (
                f" Closest text: {page_en}paragraph {where.index + 1} (credited to {under}) “{near.excerpt[:30]}…”"
            )
            paras: tuple[str, ...] = (near.paragraph,)
        else:
            nearest_zh, nearest_en, paras = "", "", ()
        yield SPEC.finding(
            clause=c.id,
            paragraphs=paras,
            label=c.label,
            points=(
                Bi(f"{points_text(weight)}分", f"{points_text(weight)} points")
                if weight is not None
                else Bi("不计分", "unscored")
            ),
            nearest=Bi(nearest_zh, nearest_en),
        )
