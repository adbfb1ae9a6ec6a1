"""A labelled report as blocks: its types, reading it, writing it back, and the context a variant gets."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ...errors import SaraError
from ...model import Standard

DATA = Path(__file__).resolve().parents[3] / "pipelines" / "data"
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
    source: str | None = None
    """The report's Markdown as written (``report.md``), for the as-written variant: rendering the
    blocks again would drop what they do not keep (an outline export's indentation)."""

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
    # Blocks are separated by blank lines; a file written without them (a WPS text export: one
    # paragraph per line, tables as lines of box-drawing characters) is split where a line opens
    # the next labelled heading or paragraph.
    try:
        blocks = _blocks_by_blank_lines(folder.name, text, heads, paras)
    except LabelError:
        blocks = _blocks_by_lines(folder.name, text, heads, paras)
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
        source=text,
    )


def _label_block(label: dict, text: str) -> Block:
    kind: BlockKind = "table" if label["kind"] == "table" else "text"
    return Block(kind, text, label["clause"], origin=label["text_start"])


def _blocks_by_blank_lines(name: str, text: str, heads: list[dict], paras: list[dict]) -> list[Block]:
    """One block per run of lines between blank lines (a 目录 whose lines repeat the headings stays one)."""
    blocks: list[Block] = []
    hi = pi = 0
    for chunk in re.split(r"\n[ \t\u3000]*\n", text):
        first = chunk.strip("\n").strip()
        if not first:
            continue
        # a setext heading (pandoc): its title line underlined with === or ---
        setext = re.fullmatch(r"([^\n]+)\n[ \t]*(?:=+|-+)[ \t]*", first)
        line = setext.group(1).strip() if setext else first
        marks = len(line) - len(line.lstrip("#"))
        bare = line[marks:].strip()
        if "\n" not in line and hi < len(heads) and _ws(bare) == _ws(heads[hi]["text"]):
            h = heads[hi]
            blocks.append(Block("heading", bare, h["clause"], level=int(h["level"]), marker=marks))
            hi += 1
            continue
        if pi >= len(paras) or not first.startswith(paras[pi]["text_start"].strip()):
            want = paras[pi]["text_start"] if pi < len(paras) else "(no more labels)"
            raise LabelError(f"{name}: block {first[:30]!r} matches neither heading nor label {want!r}")
        blocks.append(_label_block(paras[pi], first))
        pi += 1
    if hi != len(heads) or pi != len(paras):
        raise LabelError(f"{name}: {len(heads) - hi} headings and {len(paras) - pi} paragraphs not found")
    return blocks


def _blocks_by_lines(name: str, text: str, heads: list[dict], paras: list[dict]) -> list[Block]:
    """Blocks of a file written without blank lines between them: a block starts at a line that
    opens the next labelled heading (the whole line) or paragraph (its ``text_start``)."""
    blocks: list[Block] = []
    hi = pi = 0
    current: list[str] = []
    current_label: dict | None = None

    def close() -> None:
        nonlocal current, current_label
        if current_label is not None:
            blocks.append(_label_block(current_label, "\n".join(current).strip()))
        current, current_label = [], None

    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            close()
            continue
        marks = len(stripped) - len(stripped.lstrip("#"))
        bare = stripped[marks:].strip()
        if hi < len(heads) and _ws(bare) == _ws(heads[hi]["text"]):
            close()
            h = heads[hi]
            blocks.append(Block("heading", bare, h["clause"], level=int(h["level"]), marker=marks))
            hi += 1
            continue
        if pi < len(paras) and stripped.startswith(paras[pi]["text_start"].strip().split("\n")[0].strip()):
            close()
            current, current_label = [line], paras[pi]
            pi += 1
            continue
        if current_label is None:
            want = paras[pi]["text_start"] if pi < len(paras) else "(no more labels)"
            raise LabelError(f"{name}: block {stripped[:30]!r} matches neither heading nor label {want!r}")
        current.append(line)
    close()
    if hi != len(heads) or pi != len(paras):
        raise LabelError(f"{name}: {len(heads) - hi} headings and {len(paras) - pi} paragraphs not found")
    return blocks


def to_markdown(doc: LabelledDoc) -> str:
    """The report as Markdown: as written when ``doc`` has its source, else rendered from its blocks."""
    if doc.source is not None:
        return doc.source
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


# --------------------------------------------------------------------------- variants


@dataclass(frozen=True, slots=True)
class Context:
    standard: Standard
    rng: random.Random
