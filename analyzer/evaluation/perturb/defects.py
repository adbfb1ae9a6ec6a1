"""Document-level variants that change the labels too: a leaf removed (its topic still mentioned, or the
first item of a category gone after the middle level is skipped), so ``missing_clauses`` grows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import Standard
from .headings import _categories, heading_roles
from .labelled import Block, Context, LabelledDoc


def _section_end(blocks: Sequence[Block], i: int) -> int:
    """The index after heading ``i``'s section: the next heading at its level or above."""
    j = i + 1
    while j < len(blocks) and not (blocks[j].kind == "heading" and blocks[j].level <= blocks[i].level):
        j += 1
    return j


def _skip_middle(doc: LabelledDoc, std: Standard) -> tuple[Block, ...]:
    """Drop the headings of a three-level standard's middle level (1.1, 1.2 between 1 and 1.1.1).

    A heading is a middle one when its clause is neither a category nor a leaf and a heading of
    one of its child clauses follows inside its section; the headings in its section move up one
    level, and its own paragraphs (if any) stay where they are, labelled as before.
    """
    index = {c.id: c for c in std.clauses}
    blocks = list(doc.blocks)
    out: list[Block] = []
    shift_until: list[int] = []
    for i, b in enumerate(blocks):
        while shift_until and i >= shift_until[-1]:
            shift_until.pop()
        if b.kind == "heading" and b.clause in index:
            c = index[b.clause]
            end = _section_end(blocks, i)
            if (
                c.parent is not None
                and c.children
                and c.kind != "profile"
                and any(x.kind == "heading" and x.clause in c.children for x in blocks[i + 1 : end])
            ):
                shift_until.append(end)
                continue
        if b.kind == "heading" and shift_until:
            b = replace(b, level=b.level - len(shift_until))
        out.append(b)
    return tuple(out)


def _first_item_gap(doc: LabelledDoc, ctx: Context) -> LabelledDoc:
    """``doc`` without one more leaf: the first item of a category, chosen among the process items
    whose category has no missing clause yet and whose answer lies wholly under their own heading.
    Unchanged when no item qualifies."""
    index = {c.id: c for c in ctx.standard.clauses}
    blocks = list(doc.blocks)
    roles = heading_roles(doc)
    missing_cats = {ctx.standard.ancestors(m)[0].id if ctx.standard.ancestors(m) else m for m in doc.missing_clauses}
    tied = {m.answers_clause for m in doc.misplaced} | {m.under_heading_clause for m in doc.misplaced}
    candidates: list[tuple[int, int]] = []
    seen_cats: set[str] = set()
    for i, b in enumerate(blocks):
        role = roles.get(i)
        if b.kind != "heading" or role is None or role.front or role.sub or b.clause not in index:
            continue
        c = index[b.clause]
        chain = ctx.standard.ancestors(c.id)
        if c.children or not c.expects_answer or c.kind == "profile" or not chain:
            continue
        cat = chain[0].id
        if cat in seen_cats:
            continue
        seen_cats.add(cat)
        if cat in missing_cats or c.kind != "process" or c.id in tied:
            continue
        end = _section_end(blocks, i)
        inside = sum(1 for x in blocks[i + 1 : end] if x.kind != "heading" and x.clause == c.id)
        total = sum(1 for x in blocks if x.kind != "heading" and x.clause == c.id)
        if inside and inside == total and all(x.clause in (c.id, None) for x in blocks[i + 1 : end]):
            candidates.append((i, end))
    if not candidates:
        return doc
    i, end = ctx.rng.choice(candidates)
    order = {c.id: k for k, c in enumerate(ctx.standard.clauses)}
    missing = tuple(sorted({*doc.missing_clauses, blocks[i].clause or ""}, key=lambda m: order.get(m, 0)))
    return replace(doc, blocks=tuple(blocks[:i] + blocks[end:]), missing_clauses=missing)


def categories_gap(doc: LabelledDoc, ctx: Context) -> LabelledDoc:
    """The ``categories`` layout with the middle level skipped and one more leaf missing."""
    flat = replace(doc, blocks=_skip_middle(doc, ctx.standard))
    gapped = _first_item_gap(flat, ctx)
    return replace(gapped, blocks=_categories(gapped, ctx))


# --------------------------------------------------------------------------- planted defects

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
MENTION_MIN_CHARS = 12
"""A sentence shorter than this (a lead-in such as ``（1）营造氛围。``) says too little to mention a topic."""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= MENTION_MIN_CHARS]


def _own_region(blocks: Sequence[Block], clause: str) -> tuple[int, int] | None:
    """``[start, end)``: the clause's heading and everything labelled with it, when that is one
    contiguous region that begins with its heading and ends where another heading begins."""
    idx = [i for i, b in enumerate(blocks) if b.clause == clause]
    if not idx or blocks[idx[0]].kind != "heading" or idx[-1] - idx[0] + 1 != len(idx):
        return None
    start, end = idx[0], idx[-1] + 1
    if end < len(blocks) and blocks[end].kind != "heading":
        return None  # a merged heading's region: the next clause's paragraphs follow under it
    return start, end


def _missing_mentioned(doc: LabelledDoc, ctx: Context) -> LabelledDoc:
    """Remove one answered process clause; mention its topic in the profile and the section before it."""
    std = ctx.standard
    profile = {c.id for c in std.clauses if c.kind == "profile"}
    blocks = list(doc.blocks)
    involved = {m.under_heading_clause for m in doc.misplaced} | {m.answers_clause for m in doc.misplaced}
    answered = {b.clause for b in blocks if b.kind != "heading" and b.clause is not None}
    plans: list[tuple[str, int, int, int, int, str, str]] = []
    for c in std.clauses:
        if c.children or not c.expects_answer or c.kind not in ("process", "mixed") or c.parent is None:
            continue
        if c.id in doc.missing_clauses or c.id in involved or c.id not in answered:
            continue
        if not any(s.id != c.id and s.expects_answer and s.id in answered for s in std.children(c.parent)):
            continue  # its container would vanish with it: then the container is what is missing
        region = _own_region(blocks, c.id)
        if region is None:
            continue
        start, end = region
        said = [s for b in blocks[start:end] if b.kind == "text" for s in _sentences(b.text)[:2]]
        prev = next(
            (i for i in range(start - 1, -1, -1) if blocks[i].kind == "text" and blocks[i].clause not in profile),
            None,
        )
        prof = next(
            (i for i in range(start - 1, -1, -1) if blocks[i].kind == "text" and blocks[i].clause in profile), None
        )
        if len(said) < 2 or prev is None or prof is None or blocks[prev].clause is None:
            continue
        plans.append((c.id, start, end, prof, prev, said[0], said[1]))
    if not plans:
        return doc
    cid, start, end, prof, prev, first, second = ctx.rng.choice(plans)
    out = []
    for i, b in enumerate(blocks):
        if start <= i < end:
            continue
        if i == prof:
            b = replace(b, text=b.text + first)
        elif i == prev:
            b = replace(b, text=b.text + second)
        out.append(b)
    return replace(doc, blocks=tuple(out), missing_clauses=(*doc.missing_clauses, cid))
