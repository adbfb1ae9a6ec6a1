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

import json
import random
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise, zip_longest
from pathlib import Path
from typing import Any, Literal

import yaml

from ..errors import SaraError
from ..model import Standard

DATA = Path(__file__).resolve().parents[2] / "pipelines" / "data"
TEXT_START = 20

BlockKind = Literal["heading", "text", "table"]


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a labelled report."""

    kind: BlockKind
    text: str
    """Headings: the line without ``#`` marks; text and tables: the block's lines joined by ``\\n``."""
    clause: str | None
    level: int = 0
    """Headings: the level in ``labels.json``."""
    marker: int = 0
    """Headings: the number of ``#`` marks in the Markdown (0 = a plain line)."""
    origin: str = ""
    """Paragraphs: the ``text_start`` in the source labels (to carry ``misplaced`` entries)."""


@dataclass(frozen=True, slots=True)
class Unfavourable:
    clause: str
    indicator: str
    explained: bool


@dataclass(frozen=True, slots=True)
class Misplaced:
    text_start: str
    under_heading_clause: str
    answers_clause: str


@dataclass(frozen=True, slots=True)
class LabelledDoc:
    """A labelled report as blocks, with the label lists that no layout change touches."""

    name: str
    standard: str
    blocks: tuple[Block, ...]
    missing_clauses: tuple[str, ...]
    results_lacking_three_years: tuple[str, ...]
    results_lacking_comparison: tuple[str, ...]
    results_without_numbers: tuple[str, ...]
    profile_over_limit: bool
    unfavourable_results: tuple[Unfavourable, ...]
    misplaced: tuple[Misplaced, ...]
    variant: str = "as-written"

    @property
    def unexplained_declines(self) -> frozenset[str]:
        """Clauses with an unfavourable result the text leaves unexplained."""
        return frozenset(u.clause for u in self.unfavourable_results if not u.explained)


class LabelError(SaraError, ValueError):
    """The report and its labels disagree (a block that matches no label, or a label without a block)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"报告与标注不一致：{detail}", detail)


# --------------------------------------------------------------------------- reading and writing


def _ws(text: str) -> str:
    return "".join(text.split())


def text_start(block_text: str) -> str:
    return block_text.strip()[:TEXT_START]


def load(folder: Path) -> LabelledDoc:
    """Read ``folder/report.md`` and ``folder/labels.json`` into blocks."""
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    text = (folder / "report.md").read_text(encoding="utf-8").replace("\r\n", "\n")
    heads = list(data["headings"])
    paras = list(data["paragraphs"])
    blocks: list[Block] = []
    hi = pi = 0
    for chunk in re.split(r"\n[ \t\u3000]*\n", text):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        first = chunk.strip()
        marks = len(first) - len(first.lstrip("#"))
        bare = first[marks:].strip()
        if "\n" not in first and hi < len(heads) and _ws(bare) == _ws(heads[hi]["text"]):
            h = heads[hi]
            blocks.append(Block("heading", bare, h["clause"], level=int(h["level"]), marker=marks))
            hi += 1
            continue
        if pi >= len(paras) or not first.startswith(paras[pi]["text_start"].strip()):
            want = paras[pi]["text_start"] if pi < len(paras) else "(no more labels)"
            raise LabelError(f"{folder.name}: block {first[:30]!r} matches neither heading nor label {want!r}")
        p = paras[pi]
        kind: BlockKind = "table" if p["kind"] == "table" else "text"
        blocks.append(Block(kind, first, p["clause"], origin=p["text_start"]))
        pi += 1
    if hi != len(heads) or pi != len(paras):
        raise LabelError(f"{folder.name}: {len(heads) - hi} headings and {len(paras) - pi} paragraphs not found")
    return LabelledDoc(
        name=folder.name,
        standard=data["standard"],
        blocks=tuple(blocks),
        missing_clauses=tuple(data.get("missing_clauses", ())),
        results_lacking_three_years=tuple(data.get("results_lacking_three_years", ())),
        results_lacking_comparison=tuple(data.get("results_lacking_comparison", ())),
        results_without_numbers=tuple(data.get("results_without_numbers", ())),
        profile_over_limit=bool(data.get("profile_over_limit", False)),
        unfavourable_results=tuple(
            Unfavourable(u["clause"], u["indicator"], bool(u["explained"]))
            for u in data.get("unfavourable_results", ())
        ),
        misplaced=tuple(
            Misplaced(m["text_start"], m["under_heading_clause"], m["answers_clause"])
            for m in data.get("misplaced", ())
        ),
    )


def to_markdown(doc: LabelledDoc) -> str:
    out = []
    for b in doc.blocks:
        if b.kind == "heading":
            out.append(("#" * b.marker + " " if b.marker else "") + b.text)
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"


def labels_dict(doc: LabelledDoc) -> dict[str, Any]:
    """The ``labels.json`` content of ``doc`` (same keys as the dev reports; no ``char_counts``)."""
    origin_to_start = {b.origin: text_start(b.text) for b in doc.blocks if b.kind != "heading" and b.origin}
    return {
        "standard": doc.standard,
        "variant": doc.variant,
        "paragraphs": [
            {"text_start": text_start(b.text), "clause": b.clause, "kind": b.kind}
            for b in doc.blocks
            if b.kind != "heading"
        ],
        "headings": [{"text": b.text, "clause": b.clause, "level": b.level} for b in doc.blocks if b.kind == "heading"],
        "missing_clauses": list(doc.missing_clauses),
        "results_lacking_three_years": list(doc.results_lacking_three_years),
        "results_lacking_comparison": list(doc.results_lacking_comparison),
        "results_without_numbers": list(doc.results_without_numbers),
        "profile_over_limit": doc.profile_over_limit,
        "unfavourable_results": [
            {"clause": u.clause, "indicator": u.indicator, "explained": u.explained} for u in doc.unfavourable_results
        ],
        "misplaced": [
            {
                "text_start": origin_to_start.get(m.text_start, m.text_start),
                "under_heading_clause": m.under_heading_clause,
                "answers_clause": m.answers_clause,
            }
            for m in doc.misplaced
        ],
    }


def write(doc: LabelledDoc, folder: Path) -> Path:
    """Write ``report.md`` and ``labels.json`` into ``folder`` (created); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.md").write_text(to_markdown(doc), encoding="utf-8")
    (folder / "labels.json").write_text(
        json.dumps(labels_dict(doc), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return folder


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


@cache
def _data(name: str) -> dict[str, Any]:
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
    from ..standards import load_standard

    return load_standard(sid)


# --------------------------------------------------------------------------- variants


@dataclass(frozen=True, slots=True)
class Context:
    standard: Standard
    rng: random.Random


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


@cache
def _opencc() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_opencc().convert(text))


def _traditional(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    return _map_text(doc, to_traditional)


# --------------------------------------------------------------------------- tables

_YEAR_CELL = re.compile(r"^(?:FY)?\s*((?:19|20)\d\d)\s*年?度?\s*(?:[（(][^）)]*[）)])?$")
_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]\s*$")
_TARGET = re.compile(r"目标|规划|预算|计划")
_EMPTY = {"", "—", "-", "－", "/", "——", "…"}


@dataclass(frozen=True, slots=True)
class Table:
    caption: str | None
    rows: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Table:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        caption = None
        if lines and "\t" not in lines[0]:
            caption, lines = lines[0].strip(), lines[1:]
        return cls(caption, tuple(tuple(c.strip() for c in ln.split("\t")) for ln in lines))

    def render(self) -> str:
        body = "\n".join("\t".join(r) for r in self.rows)
        return f"{self.caption}\n{body}" if self.caption else body

    def year_columns(self) -> bool:
        return bool(self.rows) and sum(bool(_YEAR_CELL.match(c)) for c in self.rows[0][1:]) >= 2

    def year_rows(self) -> bool:
        return len(self.rows) > 2 and sum(bool(_YEAR_CELL.match(r[0])) for r in self.rows[1:] if r) >= 2

    def transposed(self, corner: str | None = None) -> Table:
        cols = list(zip_longest(*self.rows, fillvalue=""))
        rows = [tuple(c) for c in cols]
        if corner is not None and rows:
            rows[0] = (corner, *rows[0][1:])
        return Table(self.caption, tuple(rows))


def _table_rows(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    out = []
    for b in doc.blocks:
        if b.kind == "table":
            t = Table.parse(b.text)
            if t.year_columns():
                b = replace(b, text=t.transposed(corner="年份").render())
        out.append(b)
    return tuple(out)


def _number(value: str) -> float | None:
    m = re.search(r"-?\d+(?:,\d{3})*(?:\.\d+)?", value.translate({0xFF10 + i: 48 + i for i in range(10)}))
    return float(m[0].replace(",", "")) if m else None


def _with_unit(value: str, unit: str) -> str:
    if not unit or unit in value or not re.search(r"\d$", value):
        return value
    return value + unit


def _series_sentence(name: str, header: Sequence[str], row: Sequence[str], rng: random.Random) -> str | None:
    unit = ""
    m = _UNIT.search(name)
    if m:
        unit, name = m[1], name[: m.start()].strip()
        if unit in {"个", "项", "次"} or len(unit) > 4:
            unit = unit if len(unit) <= 4 else ""
    years: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    for h, v in zip(header[1:], row[1:], strict=False):
        if v.strip() in _EMPTY:
            continue
        ym = _YEAR_CELL.match(h)
        if ym:
            years.append((ym[1], v))
        else:
            others.append((h, v))
    if not years:
        return None
    parts: list[str] = []
    prev: float | None = None
    for k, (y, v) in enumerate(years):
        cur = _number(v)
        vv = _with_unit(v, unit)
        if k == 0 or cur is None or prev is None:
            parts.append(f"{y}年为{vv}")
        elif cur > prev:
            verb = rng.choice(("达到", "提升至")) if k == len(years) - 1 else rng.choice(("提升至", "上升至", "增至"))
            parts.append(f"{y}年{verb}{vv}")
        elif cur < prev:
            parts.append(f"{y}年{rng.choice(('下降至', '降至'))}{vv}")
        else:
            parts.append(f"{y}年与上年持平，为{vv}")
        prev = cur if cur is not None else prev
    text = f"{name}{rng.choice(('', '方面，'))}" + "，".join(parts)
    for h, v in others:
        h_unitless = _UNIT.sub("", h).strip() or h
        if _TARGET.search(h):
            text += f"，{h_unitless}为{_with_unit(v, unit)}"
        else:
            text += f"，同期{h_unitless}为{_with_unit(v, unit)}"
    return text


def table_to_prose(table: Table, rng: random.Random) -> str | None:
    """A result table as one paragraph of prose series, or None when it has no year structure."""
    if table.year_rows() and not table.year_columns():
        table = table.transposed()
    if not table.year_columns():
        return None
    header = table.rows[0]
    sentences = [s for row in table.rows[1:] if row and (s := _series_sentence(row[0], header, row, rng))]
    if not sentences:
        return None
    lead = ""
    if table.caption:
        topic = re.sub(r"^[表图][\d０-９.．\-—－]+\s*", "", table.caption).strip()
        if topic:
            lead = f"{topic}：" if rng.random() < 0.5 else f"从{topic}看，"
    return lead + "；".join(sentences) + "。"


def _table_prose(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    results = {c.id for c in ctx.standard.clauses if c.kind == "result"}
    out = []
    for b in doc.blocks:
        if b.kind == "table" and b.clause in results:
            prose = table_to_prose(Table.parse(b.text), ctx.rng)
            if prose is not None:
                b = replace(b, kind="text", text=prose)
        out.append(b)
    return tuple(out)


_YEAR_FORMS = ("FY{y}", "{y}财年", "{y}年度", "{y}年", "{fy}年")
_MARKERS = ("", "· ", "- ", "• ", "● ")


def _split_name(label: str) -> tuple[str, str]:
    """A row label as (name, unit): ``客户满意度（%）`` → (客户满意度, %)."""
    m = _UNIT.search(label)
    return (label[: m.start()].strip(), m[1]) if m else (label.strip(), "")


def table_to_bullets(table: Table, rng: random.Random) -> list[str] | None:
    """A result table as list lines, one value per year per indicator, in one of three forms:

    - one line per year holding every indicator (``FY2021：客户满意度92.1%，客户流失率3.2%``), then one
      line per other column (``行业平均（2023年）：客户满意度90.0%``);
    - one line per indicator (``客户满意度（%）：2021年度92.1，2022年度94.0，2023年度95.6；行业平均为90.0``);
    - a lead line per indicator (``退货率（%）：``) and one bullet per year (``· 2021财年 0.82``) and per
      other column (``· 行业平均（2023年）：0.90``);
    - one line per indicator with arrows (``- 客户满意度：FY2021 92.1% → FY2022 94.0% → FY2023 95.6%``).

    Years are written FY2021, 2021财年, 2021年度, 2021年 or ２０２１年 (one form per table). None when the
    table has no year structure."""
    if table.year_rows() and not table.year_columns():
        table = table.transposed()
    if not table.year_columns():
        return None
    header = table.rows[0]
    rows = [r for r in table.rows[1:] if r and r[0].strip()]
    if not rows:
        return None
    form = rng.choice(_YEAR_FORMS)
    marker = rng.choice(_MARKERS)

    def year_text(cell: str) -> str:
        ym = _YEAR_CELL.match(cell)
        y = ym[1] if ym else cell
        return form.format(y=y, fy=y.translate(_FULLWIDTH))

    columns = list(enumerate(header))[1:]
    shape = rng.randrange(4)
    lines: list[str] = []
    if shape == 0:
        for k, h in columns:
            parts = []
            for r in rows:
                v = r[k].strip() if k < len(r) else ""
                if v in _EMPTY:
                    continue
                name, unit = _split_name(r[0])
                parts.append(f"{name}{_with_unit(v, unit)}")
            if not parts:
                continue
            label = year_text(h) if _YEAR_CELL.match(h) else h
            lines.append(f"{marker}{label}：" + "，".join(parts))
        return lines or None
    for r in rows:
        name, unit = _split_name(r[0])
        years = [(h, r[k].strip()) for k, h in columns if k < len(r) and r[k].strip() not in _EMPTY]
        dated = [(year_text(h), v) for h, v in years if _YEAR_CELL.match(h)]
        others = [(_UNIT.sub("", h).strip() or h, v) for h, v in years if not _YEAR_CELL.match(h)]
        if not dated:
            continue
        if shape == 3:  # - 客户满意度：FY2021 92.1% → FY2022 94.0% → FY2023 95.6%；行业平均（2023年）：90.0%
            line = f"{marker}{name}：" + " → ".join(f"{y} {_with_unit(v, unit)}" for y, v in dated)
            if others:
                line += "；" + "，".join(f"{h}：{_with_unit(v, unit)}" for h, v in others)
            lines.append(line)
        elif shape == 1:
            line = f"{r[0].strip()}：" + "，".join(f"{y}{'' if y.endswith(('年', '度')) else ' '}{v}" for y, v in dated)
            if others:
                line += "；" + "，".join(f"{h}为{v}" for h, v in others)
            lines.append(line + "。")
        else:
            lines.append(f"{name}（{unit}）：" if unit else f"{name}：")
            lines.extend(f"{marker or '· '}{y} {v}" for y, v in dated)
            lines.extend(f"{marker or '· '}{h}：{v}" for h, v in others)
    return lines or None


def _table_bullets(doc: LabelledDoc, ctx: Context) -> tuple[Block, ...]:
    results = {c.id for c in ctx.standard.clauses if c.kind == "result"}
    out: list[Block] = []
    for b in doc.blocks:
        if b.kind == "table" and b.clause in results:
            lines = table_to_bullets(Table.parse(b.text), ctx.rng)
            if lines is not None:
                out.extend(
                    replace(b, kind="text", text=line, origin=b.origin if k == 0 else "")
                    for k, line in enumerate(lines)
                )
                continue
        out.append(b)
    return tuple(out)


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
    if variant in DOC_VARIANTS:
        return replace(DOC_VARIANTS[variant](doc, Context(std, rng)), variant=variant)
    blocks = VARIANTS[variant](doc, Context(std, rng))
    return replace(doc, blocks=tuple(blocks), variant=variant)
