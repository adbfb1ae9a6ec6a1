"""The comparison parties a report names itself: the competitors, peers and benchmarks it gives figures for.

A report that compares itself with 深圳市溙屺报关物流有限公司 calls it ``溙屺报关`` in its tables
(a column ``溙屺报关（2023年）``, a row ``溙屺报关``). Its prose then compares with the short name alone
— ``约为溙屺报关（520人次）的2.5倍``, ``比溙屺报关同期多出一倍``, ``同期溙屺报关参与起草1项`` — which no
general word pattern can know is another organisation. :func:`report_parties` collects those names
from the report's own tables, once per analysis: the named comparison columns and rows
(:func:`~analyzer.results.tables.read_table`: a competitor, peer or benchmark) whose label, without
its bracketed year, holds no general comparison word (``行业平均``, ``标杆``, ``对手甲`` are found by
the patterns anyway) and does not end like an indicator's name (a row ``人均营业收入`` of a table
read the other way round). A name given only in the profile (``以下简称“X”``) is not taken: the same
sentence often introduces a survey firm or a data source, which is no comparison.

:func:`~analyzer.results.prose.prose_comparisons` then reads a sentence that names one of them
with a figure or a comparing word as a comparison with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Paragraph
from .lexicon import ResultsPatterns, default_patterns
from .mentions import ends_like_an_indicator
from .numbers import fold
from .tables import BRACKETED, read_table

_FIGURE_TAIL = re.compile(r"\s*(?:FY|fy)?\d[\d.,%]*\s*$")
"""A figure or fiscal year glued to the name in its cell (``洑泊停车84.4``, ``璁榉集团FY23``)."""
_NOT_A_NAME = re.compile(r"比较|对比|对象|本公司|我公司|本企业")
_SHORTEST, _LONGEST = 2, 12

_NAMED_KINDS = ("competitor", "peer", "benchmark")


def report_parties(paragraphs: Iterable[Paragraph]) -> frozenset[str]:
    """Names of the organisations the report compares itself with (see the module docstring)."""
    return _parties(tuple(p for p in paragraphs if p.table is not None), default_patterns())


# Each results check and the band estimate ask once per analysis; the tables are read once (keyed by
# the current Resources' patterns too, as the evidence memo in extract.py is).
@lru_cache(maxsize=64)
def _parties(tables: tuple[Paragraph, ...], p: ResultsPatterns) -> frozenset[str]:
    names: set[str] = set()
    for para in tables:
        reading = read_table(para)
        for c in (*reading.comparisons, *(c for i in reading.indicators for c in i.comparisons)):
            if c.kind in _NAMED_KINDS:
                names.add(_FIGURE_TAIL.sub("", BRACKETED.sub("", fold(c.label))).strip())
    general = ("compare-noun", "comparison-noun", "header-average", "header-benchmark", "header-peer", "target")
    return frozenset(
        n
        for n in names
        if _SHORTEST <= len(n) <= _LONGEST
        and re.search(r"[\u4e00-\u9fff]", n)
        and not p.has(n, *general)
        and not _NOT_A_NAME.search(n)
        and not ends_like_an_indicator(n)
    )
