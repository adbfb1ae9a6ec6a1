"""Heading variants: the numbering grammar, the generator's data files, and every variant that rewrites
headings or text (numbers, titles, front matter, full-width digits, traditional characters, merged headings)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import yaml

from ...model import Standard
from .labelled import DATA, Block, Context, LabelledDoc, _ws, text_start

# --------------------------------------------------------------------------- numbering grammar

_CN_DIGITS = "零一二三四五六七八九"
_CN = "一二三四五六七八九十百零〇"
_DIG = "0-9０-９"
_PREFIX = re.compile(
    rf"^\s*(?:第[{_CN}{_DIG}]+(?:章|部分|篇|节)"
    rf"|[{_CN}]+[、．.]"
    rf"|[（(][{_CN}{_DIG}]+[）)]"
    rf"|[{_DIG}]+(?:[.．][{_DIG}]+)*[.．、]?(?![A-Za-z%％{_DIG}年月日个项家条])"
    r"|P(?:\.\d+)?(?=\s))\s*"
)
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def strip_number(title: str) -> str:
    """A heading's title without its leading number (``１．１ 高层领导`` → ``高层领导``) or 【】."""
    t = title.strip()
    if t.startswith("【") and t.endswith("】"):
        t = t[1:-1].strip()
    stripped = _PREFIX.sub("", t, count=1).strip()
    return stripped or t


@dataclass(frozen=True, slots=True)
class _HeadingRole:
    index: int
    front: bool
    """Before the first clause heading with no clause: title lines, 目录."""
    depth: int
    """0 = the report's top structural level."""
    sub: bool
    """Same clause as its parent heading: a sub-heading inside one clause's answer."""


def heading_roles(doc: LabelledDoc) -> dict[int, _HeadingRole]:
    heads = [(i, b) for i, b in enumerate(doc.blocks) if b.kind == "heading"]
    clause_levels = [b.level for _, b in heads if b.clause is not None]
    top = min(clause_levels) if clause_levels else 1
    roles: dict[int, _HeadingRole] = {}
    started = False
    stack: list[Block] = []
    for i, b in heads:
        started = started or b.clause is not None
        while stack and stack[-1].level >= b.level:
            stack.pop()
        parent = stack[-1] if stack else None
        sub = b.clause is not None and parent is not None and parent.clause == b.clause
        roles[i] = _HeadingRole(i, front=not started, depth=max(0, b.level - top), sub=sub)
        stack.append(b)
    return roles


def _retitle(doc: LabelledDoc, title: Callable[[Block, _HeadingRole], str]) -> tuple[Block, ...]:
    roles = heading_roles(doc)
    return tuple(
        replace(b, text=title(b, roles[i])) if b.kind == "heading" and not roles[i].front else b
        for i, b in enumerate(doc.blocks)
    )


# --------------------------------------------------------------------------- data


def _data(name: str) -> dict[str, Any]:
    """The generator data file ``name`` (read on each call: a variant reads it once per document)."""
    path = DATA / name
    if not path.is_file():
        raise FileNotFoundError(f"generator data file not found: {path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def paraphrases(standard: str) -> dict[str, list[str]]:
    """Clause id → the organisation's own phrasings of its title (``inherit`` resolved)."""
    data = _data("paraphrases.yaml")["standards"]
    entry = data[standard]
    out: dict[str, list[str]] = {}
    if "inherit" in entry:
        out.update(paraphrases(entry["inherit"]))
    out.update({str(k): list(v) for k, v in (entry.get("clauses") or {}).items()})
    return out


def gbt_mapping(standard: str) -> dict[str, tuple[str, str]]:
    """Clause id → (GB/T 19580-2012 number, title) for the generator's gbt19580 variant."""
    data = _data("gbt19580.yaml")
    entry = data["standards"][standard]
    out: dict[str, tuple[str, str]] = {}
    if "inherit" in entry:
        out.update(gbt_mapping(entry["inherit"]))
    titles = {str(k): v for k, v in data["gbt19580"].items()}
    for cid, num in (entry.get("clauses") or {}).items():
        out[str(cid)] = (str(num), titles[str(num)])
    return out


def _load_standard(sid: str) -> Standard:
    from ...standards import load_standard

    return load_standard(sid)


# --------------------------------------------------------------------------- variants


def _as_written(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return doc.blocks


def _standard_numbers(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    titles = {c.id: c.title for c in ctx.standard.clauses}

    def title(b: Block, role: _HeadingRole) -> str:
        if b.clause is None or role.sub or b.clause not in titles:
            return strip_number(b.text)
        return titles[b.clause] if b.clause == "0" else f"{b.clause} {titles[b.clause]}"

    return _retitle(doc, title)


def _no_numbers(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _retitle(doc, lambda b, role: strip_number(b.text))


def _paraphrased(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    own = paraphrases(doc.standard)

    def title(b: Block, role: _HeadingRole) -> str:
        if b.clause is None or role.sub or b.clause not in own:
            return strip_number(b.text)
        return ctx.rng.choice(own[b.clause])

    return _retitle(doc, title)


def _gbt19580(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    gb = gbt_mapping(doc.standard)

    def title(b: Block, role: _HeadingRole) -> str:
        if b.clause is None or role.sub or b.clause not in gb:
            return strip_number(b.text)
        num, name = gb[b.clause]
        return f"{num} {name}"

    return _retitle(doc, title)


_CN_STYLES: tuple[Callable[[int], str], ...] = (
    lambda n: f"第{cn_number(n)}部分 ",
    lambda n: f"{cn_number(n)}、",
    lambda n: f"（{cn_number(n)}）",
    lambda n: f"{n}.",
    lambda n: f"（{n}）",
)


def _chinese_numbering(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    roles = heading_roles(doc)
    counters = [0] * len(_CN_STYLES)
    out = []
    for i, b in enumerate(doc.blocks):
        role = roles.get(i)
        if role is None or role.front:
            out.append(b)
            continue
        d = min(role.depth, len(_CN_STYLES) - 1)
        counters[d] += 1
        for k in range(d + 1, len(counters)):
            counters[k] = 0
        out.append(replace(b, text=_CN_STYLES[d](counters[d]) + strip_number(b.text)))
    return tuple(out)


_CATEGORY_STYLES: tuple[Callable[[int], str], ...] = (
    lambda n: f"{cn_number(n)}、",
    lambda n: f"（{cn_number(n)}）",
    lambda n: f"{n}. ",
    lambda n: f"（{n}）",
)


def _categories(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    """【一、category】 → （一） items → 1. → （1）, own words, counters restarting under every parent.

    The profile's top heading is an unnumbered 【…】, so the first category is 【一、…】 although it
    is not the report's first chapter.
    """
    own = paraphrases(doc.standard)
    profile = {c.id for c in ctx.standard.clauses if c.kind == "profile"}
    roles = heading_roles(doc)
    counters = [0] * len(_CATEGORY_STYLES)
    out = []
    for i, b in enumerate(doc.blocks):
        role = roles.get(i)
        if role is None or role.front:
            out.append(b)
            continue
        name = strip_number(b.text)
        if b.clause is not None and not role.sub and b.clause in own:
            name = ctx.rng.choice(own[b.clause])
        d = min(role.depth, len(_CATEGORY_STYLES) - 1)
        for k in range(d + 1, len(counters)):
            counters[k] = 0
        if d == 0:
            if b.clause in profile:
                text = f"【{name}】"
            else:
                counters[0] += 1
                text = f"【{_CATEGORY_STYLES[0](counters[0])}{name}】"
        else:
            counters[d] += 1
            text = _CATEGORY_STYLES[d](counters[d]) + name
        out.append(replace(b, text=text))
    return tuple(out)


def _markdown_flat(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    roles = heading_roles(doc)
    return tuple(
        replace(b, marker=2) if b.kind == "heading" and not roles[i].front else b for i, b in enumerate(doc.blocks)
    )


def _brackets(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _retitle(doc, lambda b, role: f"【{strip_number(b.text)}】")


def _org_name(doc: LabelledDoc, award: str) -> str:
    for b in doc.blocks:
        if b.kind == "heading":
            name = b.text.split(award)[0] if award in b.text else b.text
            name = re.split(r"[ \u3000]", name.strip())[0]
            name = re.sub(r"(?:自评报告|质量奖.*)$", "", name)
            if name:
                return name
        break
    return "（申报单位）"


def _front_matter(doc: LabelledDoc, ctx: Context, *, one_block: bool) -> tuple[Block, ...]:
    roles = heading_roles(doc)
    blocks = list(doc.blocks)
    lead = 0
    while lead < len(blocks) and blocks[lead].kind == "heading" and roles[lead].front:
        lead += 1
    marker = next((b.marker for i, b in enumerate(blocks) if i in roles and not roles[i].front), 0)
    top_level = next((b.level for i, b in enumerate(blocks) if i in roles and not roles[i].front), 1)
    award = ctx.standard.award
    cover = Block(
        "text",
        "\n".join(
            (
                f"申报单位：{_org_name(doc, award)}",
                f"申报奖项：{award}",
                "申报类别：组织类",
                "联 系 人：办公室",
                f"申报日期：二〇二四年{cn_number(ctx.rng.randint(1, 6))}月",
            )
        ),
        None,
    )
    entries: list[str] = []
    chars = 0
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            chars += len(_ws(b.text))
            continue
        role = roles[i]
        if role.front or role.depth > 1:
            continue
        page = 2 + chars // 900
        label = b.text
        line = label + "…" * max(4, 26 - len(label)) + str(page)
        if text_start(line) in seen:
            continue
        seen.add(text_start(line))
        entries.append(line)
    toc_head = Block("heading", "目　录", None, level=top_level, marker=marker)
    toc = [Block("text", "\n".join(entries), None)] if one_block else [Block("text", e, None) for e in entries]
    return (*blocks[:lead], cover, toc_head, *toc, *blocks[lead:])


def _front_block(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _front_matter(doc, ctx, one_block=True)


def _front_lines(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _front_matter(doc, ctx, one_block=False)


def _profile_subheadings(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    profile = {c.id for c in ctx.standard.clauses if c.kind == "profile"}
    names: list[str] = list(_data("paraphrases.yaml")["profile_subheadings"])
    blocks = list(doc.blocks)
    region = [i for i, b in enumerate(blocks) if b.kind != "heading" and b.clause in profile]
    if not region:
        return doc.blocks
    # the first contiguous run of profile paragraphs (headings in between allowed)
    run = [region[0]]
    for i in region[1:]:
        if any(blocks[k].kind != "heading" and blocks[k].clause not in profile for k in range(run[-1] + 1, i)):
            break
        run.append(i)
    # only "before the first chapter": a report without chapter headings after its profile keeps its layout
    if not any(b.kind == "heading" and b.clause is not None and b.clause not in profile for b in blocks[run[-1] :]):
        return doc.blocks
    texts = [i for i in run if blocks[i].kind == "text"]
    k = min(len(names), max(2, len(texts) // 2), len(texts))
    if k == 0:
        return doc.blocks
    picks = sorted({texts[(j * len(texts)) // k] for j in range(k)})
    out: list[Block] = []
    last_head: Block | None = None
    n = 0
    for i, b in enumerate(blocks):
        if i in picks:
            level = (last_head.level + 1) if last_head else 2
            marker = (last_head.marker + 1) if last_head and last_head.marker else 0
            n += 1
            out.append(Block("heading", f"（{cn_number(n)}）{names[n - 1]}", b.clause, level=level, marker=marker))
        if b.kind == "heading":
            last_head = b
        out.append(b)
    return tuple(out)


def _map_text(doc: LabelledDoc, fn: Callable[[str], str]) -> tuple[Block, ...]:
    return tuple(replace(b, text=fn(b.text)) for b in doc.blocks)


def to_fullwidth(text: str) -> str:
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return text.translate(_FULLWIDTH)


def _fullwidth(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _map_text(doc, to_fullwidth)


def s2t() -> Callable[[str], str]:
    """A simplified → traditional converter (OpenCC s2t), built once by its caller and used for a whole document."""
    import opencc

    converter = opencc.OpenCC("s2t")
    return lambda text: str(converter.convert(text))


def to_traditional(text: str) -> str:
    return s2t()(text)


def _traditional(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _map_text(doc, s2t())


_JOINERS = ("与", "及", "和", "、")


def _merged_headings(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    """Two neighbouring sibling leaf headings become one (the first parent's pair only per parent).

    The merged heading carries the first clause; the paragraphs below keep their own labels, so the
    second clause's paragraphs sit under a heading that names it only as the second part. The
    second title keeps its number half the time (``1.2.1 对标定位与1.2.2 保障机制``) and loses it
    otherwise (``1.2.1 对标定位与保障机制``).
    """
    std = ctx.standard
    known = {c.id: c for c in std.clauses}
    roles = heading_roles(doc)
    heads = [i for i, b in enumerate(doc.blocks) if b.kind == "heading"]
    merged: dict[int, str] = {}
    dropped: set[int] = set()
    parents_done: set[str | None] = set()
    for i, j in pairwise(heads):
        a, b = doc.blocks[i], doc.blocks[j]
        ra, rb = roles[i], roles[j]
        if i in dropped or ra.front or rb.front or ra.sub or rb.sub or a.level != b.level:
            continue
        ca, cb = known.get(a.clause or ""), known.get(b.clause or "")
        if ca is None or cb is None or ca.id == cb.id or ca.parent != cb.parent or ca.parent in parents_done:
            continue
        if ca.kind == "profile" or ca.kind != cb.kind or std.children(ca.id) or std.children(cb.id):
            continue
        if not any(x.kind != "heading" for x in doc.blocks[i + 1 : j]):
            continue  # the first clause answers nothing of its own here
        second = b.text if ctx.rng.random() < 0.5 else strip_number(b.text)
        merged[i] = f"{a.text}{ctx.rng.choice(_JOINERS)}{second}"
        dropped.add(j)
        parents_done.add(ca.parent)
    return tuple(replace(x, text=merged[k]) if k in merged else x for k, x in enumerate(doc.blocks) if k not in dropped)
