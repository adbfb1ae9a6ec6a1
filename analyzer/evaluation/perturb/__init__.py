"""Layout-perturbation generator: re-render a labelled report and keep its labels right.

A labelled report is a folder with ``report.md`` and ``labels.json`` (format:
``../shared/dev-reports/README.md``, ``samples/README.md``). :func:`load` reads it into
:class:`Block` s (heading / text / table, each with its labelled clause); a *variant* returns new
blocks; :func:`to_markdown` and :func:`labels_dict` write the report and its labels back:
``text_start`` recomputed for every paragraph (the first 20 characters of the stripped block),
the ``headings`` list rewritten, the defect lists (missing clauses, results lists, unfavourable
results) unchanged, and ``misplaced`` entries following their paragraph.

Variants (:data:`VARIANTS`), each deterministic for a given seed:

=====================  ==========================================================================
``as-written``         the report as it is
``standard-numbers``   every clause heading = the standard's own number and title
``no-numbers``         the report's own heading titles with their numbers removed
``paraphrased``        headings in the organisation's own words, from ``pipelines/data/paraphrases.yaml``
``gbt19580``           GB/T 19580-2012 numbers and titles (P / P.1 …, 4.1 领导 / 4.1.2 …), mapping
                       in ``pipelines/data/gbt19580.yaml``
``chinese-numbering``  第一部分 / 一、 / （一） / 1. / （1） by heading depth, counters restarting
``brackets``           headings as 【title】
``front-matter-block`` cover block (申报单位：…) and a 目录 with dotted leaders, as one block
``front-matter-lines`` the same 目录 with one paragraph per entry
``profile-subheadings`` （一）… sub-headings inside the profile, before the first chapter
``fullwidth``          every digit full-width (２０２２年, １．２)
``traditional``        traditional characters (OpenCC s2t)
``table-rows``         year-column tables transposed: years as rows
``table-prose``        result tables rewritten as prose series (2021年为…，2022年提升至…；同期行业平均为…)
``table-bullets``      result tables rewritten as list lines, one value per year per indicator (one line
                       per year, per indicator, or a lead line and one bullet per year; FY2021, 2021财年,
                       2021年度, ２０２１年)
``categories``         categories as 【一、…】 (the profile as 【…】) with （一） items under them, then 1. and
                       （1）, titles in the organisation's own words, numbering restarting in every
                       category (no standard numbers anywhere)
``markdown-flat``      every heading ``##`` in Markdown whatever its depth: the ``#`` levels say nothing,
                       the numbering alone gives the structure
``merged-headings``    in every parent, the first two neighbouring leaf clauses share one heading
                       (``1.2.1 对标定位与1.2.2 保障机制``, ``领导作用与组织治理``); each paragraph keeps the
                       clause it answers, neither clause is missing
``missing-mentioned``  one answered process clause removed (its heading and paragraphs), and its topic
                       still mentioned elsewhere, as real reports do: the first sentence of its answer
                       appended to the profile's last paragraph, another appended to the last paragraph
                       of the section before it. Labels (:data:`DOC_VARIANTS`): the clause joins
                       ``missing_clauses``; the paragraphs that mention it keep their own sections'
                       clauses
``categories-gap``     ``categories`` with a three-level standard's middle level skipped (（一） items
                       directly under 【一、…】) and one more leaf removed, the first item of a category
                       that had none missing, so every later item's ordinal is its predecessor's
                       (:data:`DOC_VARIANTS`, like ``missing-mentioned``: they change ``missing_clauses``)
=====================  ==========================================================================

The data files are for the generator only: the aligner must never read them.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import replace

from ...model import Standard
from .defects import MENTION_MIN_CHARS, _missing_mentioned, _sentences, categories_gap
from .headings import (
    _JOINERS,
    _as_written,
    _brackets,
    _categories,
    _chinese_numbering,
    _front_block,
    _front_lines,
    _fullwidth,
    _gbt19580,
    _load_standard,
    _markdown_flat,
    _merged_headings,
    _no_numbers,
    _paraphrased,
    _profile_subheadings,
    _standard_numbers,
    _traditional,
    cn_number,
    gbt_mapping,
    heading_roles,
    paraphrases,
    strip_number,
    to_fullwidth,
    to_traditional,
)
from .labelled import (
    DATA,
    TEXT_START,
    Block,
    Context,
    LabelError,
    LabelledDoc,
    Misplaced,
    Unfavourable,
    labels_dict,
    load,
    text_start,
    to_markdown,
    write,
)
from .tables import Table, _table_bullets, _table_prose, _table_rows, table_to_bullets, table_to_prose

__all__ = [
    "ALL_VARIANTS",
    "DATA",
    "DOC_VARIANTS",
    "MENTION_MIN_CHARS",
    "SHORT",
    "TEXT_START",
    "VARIANTS",
    "_JOINERS",
    "Block",
    "Context",
    "LabelError",
    "LabelledDoc",
    "Misplaced",
    "Table",
    "Unfavourable",
    "Variant",
    "_sentences",
    "cn_number",
    "gbt_mapping",
    "heading_roles",
    "labels_dict",
    "load",
    "paraphrases",
    "perturb",
    "strip_number",
    "table_to_bullets",
    "table_to_prose",
    "text_start",
    "to_fullwidth",
    "to_markdown",
    "to_traditional",
    "write",
]

Variant = Callable[[LabelledDoc, Context], tuple[Block, ...]]

SHORT: dict[str, str] = {
    "as-written": "as-is",
    "standard-numbers": "std-num",
    "no-numbers": "no-num",
    "paraphrased": "own-words",
    "gbt19580": "gbt19580",
    "chinese-numbering": "cn-num",
    "brackets": "brackets",
    "front-matter-block": "toc-block",
    "front-matter-lines": "toc-lines",
    "profile-subheadings": "prof-subh",
    "fullwidth": "fullwidth",
    "traditional": "trad",
    "table-rows": "tbl-rows",
    "table-prose": "tbl-prose",
    "table-bullets": "tbl-list",
    "categories": "categ",
    "markdown-flat": "md-flat",
    "merged-headings": "merged",
    "missing-mentioned": "miss-ment",
    "categories-gap": "cat-gap",
}
"""Column labels for the evaluation matrix (at most 9 characters)."""

VARIANTS: dict[str, Variant] = {
    "as-written": _as_written,
    "standard-numbers": _standard_numbers,
    "no-numbers": _no_numbers,
    "paraphrased": _paraphrased,
    "gbt19580": _gbt19580,
    "chinese-numbering": _chinese_numbering,
    "brackets": _brackets,
    "front-matter-block": _front_block,
    "front-matter-lines": _front_lines,
    "profile-subheadings": _profile_subheadings,
    "fullwidth": _fullwidth,
    "traditional": _traditional,
    "table-rows": _table_rows,
    "table-prose": _table_prose,
    "table-bullets": _table_bullets,
    "categories": _categories,
    "markdown-flat": _markdown_flat,
    "merged-headings": _merged_headings,
}


DOC_VARIANTS: dict[str, Callable[[LabelledDoc, Context], LabelledDoc]] = {
    "missing-mentioned": _missing_mentioned,
    "categories-gap": categories_gap,
}
"""Variants that change the labels too (a leaf removed → one more missing clause)."""

ALL_VARIANTS: tuple[str, ...] = (*VARIANTS, *DOC_VARIANTS)


def perturb(doc: LabelledDoc, variant: str, *, seed: int = 0, standard: Standard | None = None) -> LabelledDoc:
    """``doc`` re-rendered as ``variant`` (deterministic for ``seed``)."""
    if variant not in VARIANTS and variant not in DOC_VARIANTS:
        raise KeyError(f"unknown variant {variant!r}; known: {', '.join([*VARIANTS, *DOC_VARIANTS])}")
    std = standard or _load_standard(doc.standard)
    rng = random.Random(zlib.crc32(f"{seed}:{doc.name}:{variant}".encode()))
    if variant == "as-written":
        return replace(doc, variant=variant)  # (with its source: rendered as written)
    if variant in DOC_VARIANTS:
        return replace(DOC_VARIANTS[variant](doc, Context(std, rng)), variant=variant, source=None)
    blocks = VARIANTS[variant](doc, Context(std, rng))
    return replace(doc, blocks=tuple(blocks), variant=variant, source=None)
