"""results-no-data (SARA-C204, error): a result item holds no quantitative data at all.

Why: results are scored on levels, trends and comparisons, none of which a narrative without
figures can show; examiners score such an item in the lowest band. The item has no figure in any
table cell or sentence — only years, dates, list numbers or numbers inside names (``12345热线``) do
not count as figures. Such an item also lacks three years and comparisons, and those checks say so.

Example (Shenzhen service 3.3.1 创新成果): one paragraph on new ideas, mechanisms and technology
with no digits → "3.3.1 创新成果 has no quantitative data at all".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import CheckContext, CheckSpec
from .results_common import result_items

SPEC = CheckSpec(
    code="SARA-C204",
    slug="results-no-data",
    severity="error",
    summary="A result item has no quantitative data at all, only narrative.",
    message_zh="结果条款 {label} 没有任何量化数据，只有文字描述。结果须用指标数据说明水平、趋势和对比。",
    message_en=(
        "Result item {label} has no quantitative data at all, only narrative. "
        "Results must be shown with figures: levels, trends and comparisons."
    ),
)


def run(ctx: CheckContext) -> Iterator[Finding]:
    for item in result_items(ctx):
        if item.evidence.has_data:
            continue
        yield SPEC.finding(clause=item.clause.id, paragraphs=item.evidence.paragraphs, label=item.clause.label)
