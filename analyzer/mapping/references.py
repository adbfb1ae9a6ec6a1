"""Tables the text points to (``详见附表2``): credited to the clause of the paragraphs that name them.

A result item may describe its results in words and put its figures in an appendix: ``上述各项指标的
三年数据……详见附表2``, with the tables after the last chapter under ``附表``. By its place such a
table answers no clause (it is back matter), but the text says which item it belongs to. A table
that no clause was credited with (wherever it stands) and whose label (``附表2``, ``表7-1``, ``附件3``)
is named in the body paragraphs of exactly one clause is credited to that clause (method
``reference``); a table nobody names (a score summary, a list of certificates), one named from
several clauses or a label two tables share stays where it was. A table in its item keeps its item.

The label is the table's own caption (its first line), a caption line among the
:data:`CAPTION_REACH` lines right above it (``附表2　……`` / ``数据来源：……`` / the table), or the
title of the section it opens (``## 附表1　主要产品注册证情况``). Linear: two passes over the paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import ClauseMatch, Document, Paragraph
from ..text.chars import FULLWIDTH_NUMBER_MAP

_LABEL = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[见如与和及、详参据照]))"
    r"(附表|附件|附图|续表|表|图)\s*((?:[0-9０-９]+(?:\s*[-－—.．]\s*[0-9０-９]+)*[a-zA-Z]?)|[一二三四五六七八九十]{1,3})"
)
"""A table's label: 附表2, 表7-1, 附件三 — at a word's start or after a word that points (详见附表2, 如表3-1);
not inside a word (发表2篇, 代表3名, 意图一致). 表Ⅶ is no label (Roman numerals are titles' business)."""

CAPTION_REACH = 2
"""How many lines above a table may hold its caption (a caption, then a 数据来源 or 单位 line)."""
REFERENCE_SCORE = 0.5
"""The score of a table credited by reference: the text names it, nothing measured it."""


def _key(kind: str, number: str) -> str:
    """One form for a label (``附表２`` / ``附表2``, ``续表3-1`` / ``表3-1``)."""
    number = "".join(FULLWIDTH_NUMBER_MAP.get(ch, ch) for ch in number)
    number = re.sub(r"\s+", "", number).replace("－", "-").replace("—", "-").replace("．", ".")
    return f"{'表' if kind == '续表' else kind}{number}"


def _own_label(text: str) -> str | None:
    """The label a caption or section title starts with (``附表2　战略规划结果数据`` → 附表2)."""
    m = _LABEL.match(text.strip())
    return _key(m.group(1), m.group(2)) if m else None


def _labels_named(text: str) -> set[str]:
    """Every label a paragraph names (``详见附表2``, ``如表3-1所示``)."""
    return {_key(m.group(1), m.group(2)) for m in _LABEL.finditer(text)}


def credit_referenced_tables(doc: Document, decided: Mapping[str, ClauseMatch]) -> dict[str, ClauseMatch]:
    """Matches for the tables in ``doc`` that ``decided`` credits to no clause and that the body
    paragraphs of exactly one clause name (see the module docstring); keyed by paragraph id."""
    titles = {s.id: s.title for s in doc.sections}
    labels: dict[str, str] = {}
    captions: dict[str, list[str]] = {}  # a table's caption and note lines above it, credited with it
    shared: set[str] = set()
    opened: set[str] = set()  # sections whose first content is a table: the title labels that table
    lines: list[Paragraph] = []  # the short lines right above a table (a caption, a 数据来源 note)
    for p in doc.paragraphs:
        if p.kind == "heading":
            lines = []
            continue
        first_in_section = p.section is not None and p.section not in opened
        if p.section is not None:
            opened.add(p.section)
        if p.kind != "table":
            lines = [*lines[-(CAPTION_REACH - 1) :], p] if CAPTION_REACH > 1 else [p]
            continue
        above, lines = lines, []
        m = decided.get(p.id)
        if m is not None and m.clause is not None:
            continue
        label = _own_label(_caption(p))
        lead: list[str] = []
        for k in range(len(above) - 1, -1, -1):  # 附表2　战略规划结果数据 / 数据来源：… / the table
            q = above[k]
            if label is None and q.section == p.section and _own_label(q.text) is not None:
                label = _own_label(q.text)
                lead = [x.id for x in above[k:] if _unmatched(decided, x.id)]
        if label is None and first_in_section and p.section is not None:
            label = _own_label(titles.get(p.section, ""))
        if label is not None:
            if label in labels:
                shared.add(label)  # two tables under one label: which one the text means is unclear
            labels[label] = p.id
            captions[p.id] = lead
    for label in shared:
        del labels[label]
    if not labels:
        return {}
    named_from: dict[str, set[str]] = {}
    for p in doc.paragraphs:
        if p.kind != "text" or p.front_matter:
            continue
        m = decided.get(p.id)
        if m is None or m.clause is None:
            continue
        own = _own_label(p.text)
        for label in _labels_named(p.text) & labels.keys():
            if label != own:  # a caption line names its own table
                named_from.setdefault(label, set()).add(m.clause)
    out: dict[str, ClauseMatch] = {}
    for label, clauses in named_from.items():
        if len(clauses) == 1:
            clause = next(iter(clauses))
            for pid in (*captions.get(labels[label], ()), labels[label]):
                out[pid] = ClauseMatch(pid, clause, REFERENCE_SCORE, "reference")
    return out


def _unmatched(decided: Mapping[str, ClauseMatch], pid: str) -> bool:
    """No clause was credited with the paragraph."""
    m = decided.get(pid)
    return m is None or m.clause is None


def _caption(p: Paragraph) -> str:
    """A table's caption, or its first line."""
    if p.table is not None and p.table.caption:
        return p.table.caption
    return p.text.split("\n", 1)[0]

