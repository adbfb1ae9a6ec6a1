"""Generate a corpus of synthetic DOCX self-assessment reports for the speed benchmarks.

    python pipelines/make_corpus.py [OUTDIR] [-n 100] [--chars 30000] [--seed 7]

Material: the five labelled samples (``samples/*/report.md``) and the four dev reports
(``../shared/dev-reports``), with their ``labels.json`` (which block is a heading, which clause a
paragraph answers). Report *i* takes one of them as its skeleton (cycling through all nine, so the
five standards are mixed), then, deterministically from ``--seed`` and *i*:

- shuffles the text paragraphs inside each heading's section, and drops one or two leaf clauses
  (their heading and paragraphs) now and then;
- pads every paragraph's clause with more paragraphs answering the same clause — taken from every
  source report of the same standard and "paraphrased" (sentences reordered or dropped, a few
  verbs swapped, numbers perturbed by up to ±10 %) — until the report holds about ``--chars``
  non-whitespace characters;
- shifts every year by the same offset (0–2) and writes the tables as real Word tables (caption
  paragraph before them);
- styles the headings one of four ways: Word ``Heading n`` styles, bold plain paragraphs, plain
  paragraphs, or ``Heading n`` styles with the leading number removed.

The output folder (default ``/tmp/sara-corpus``) gets ``report-NNN.docx`` files and a
``manifest.json`` (skeleton, standard, heading style, dropped clauses, characters per file).
Generated corpora are scratch data: never commit them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "samples", ROOT.parent / "shared" / "dev-reports")
HEADING_STYLES = ("styles", "bold", "plain", "styles-unnumbered")

_SWAPS = (
    ("建立", "构建"),
    ("提升", "提高"),
    ("加强", "强化"),
    ("持续", "不断"),
    ("开展", "推进"),
    ("明确", "厘清"),
    ("完善", "健全"),
    ("形成", "建成"),
)
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.])")
_SENTENCE = re.compile(r"(?<=[。；！？])")
_HEADING_NUMBER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+[章部分节]\s*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
    r"|[0-9０-９]+(?:[.．][0-9０-９]+)*[.．、]?\s*)"
)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading" | "text" | "table"
    text: str
    clause: str | None = None
    level: int = 0
    caption: str | None = None
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def chars(self) -> int:
        body = self.text if self.kind != "table" else "".join("".join(r) for r in self.rows) + (self.caption or "")
        return len("".join(body.split()))


@dataclass(slots=True)
class Source:
    name: str
    standard: str
    blocks: list[Block]
    chars: int = 0


@dataclass(slots=True)
class Pools:
    """Paragraphs answering each (standard, clause), over every source."""

    text: dict[tuple[str, str], list[Block]] = field(default_factory=dict)


def _parse(folder: Path) -> Source:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    md = (folder / "report.md").read_text(encoding="utf-8")
    heads = {h["text"]: h for h in labels["headings"]}
    starts = {p["text_start"]: p["clause"] for p in labels["paragraphs"]}
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", md):
        raw = chunk.strip()
        if not raw:
            continue
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        first = lines[0].strip()
        bare = first.lstrip("#").strip()
        if len(lines) == 1 and bare in heads:
            h = heads[bare]
            blocks.append(Block("heading", bare, h["clause"], int(h["level"])))
            continue
        clause = starts.get(raw[:20])
        if any("\t" in ln for ln in lines):
            caption = None
            if "\t" not in lines[0]:
                caption, lines = lines[0].strip(), lines[1:]
            rows = tuple(tuple(c.strip() for c in ln.split("\t")) for ln in lines)
            blocks.append(Block("table", raw, clause, caption=caption, rows=rows))
        else:
            blocks.extend(Block("text", ln.strip(), clause) for ln in lines)
    src = Source(folder.name, labels["standard"], blocks)
    src.chars = sum(b.chars for b in blocks)
    return src


def load_sources() -> list[Source]:
    out = []
    for base in SOURCES:
        for labels in sorted(base.glob("*/labels.json")):
            out.append(_parse(labels.parent))
    if not out:
        raise SystemExit(f"no labelled reports found under {', '.join(map(str, SOURCES))}")
    return out


def _pools(sources: list[Source]) -> Pools:
    pools = Pools()
    for s in sources:
        for b in s.blocks:
            if b.kind == "text" and b.clause is not None and len(b.text) >= 30:
                pools.text.setdefault((s.standard, b.clause), []).append(b)
    return pools


def _perturb_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    def year(m: re.Match[str]) -> str:
        return str(int(m.group(1)) + year_shift)

    def number(m: re.Match[str]) -> str:
        s = m.group(1)
        if _YEAR.fullmatch(s):
            return s
        digits = s.replace(",", "")
        value = float(digits) * rng.uniform(0.9, 1.1)
        if "." in digits:
            return f"{value:.{len(digits.split('.')[1])}f}"
        return str(max(0, round(value))) if len(digits) > 1 else s

    text = _NUMBER.sub(number, text)
    return _YEAR.sub(year, text)


def _paraphrase(text: str, rng: random.Random, year_shift: int) -> str:
    sentences = [s for s in _SENTENCE.split(text) if s]
    if len(sentences) > 2:
        if rng.random() < 0.5:
            i = rng.randrange(1, len(sentences) - 1)
            sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        if rng.random() < 0.3:
            del sentences[rng.randrange(1, len(sentences))]
    out = "".join(sentences)
    for a, b in rng.sample(_SWAPS, k=3):
        out = out.replace(a, b)
    return _perturb_numbers(out, rng, year_shift)


def _shift_table(b: Block, rng: random.Random, year_shift: int) -> Block:
    rows = tuple(
        tuple(
            _perturb_numbers(c, rng, year_shift) if r else _YEAR.sub(lambda m: str(int(m[1]) + year_shift), c)
            for c in row
        )
        for r, row in enumerate(b.rows)
    )
    return Block("table", b.text, b.clause, caption=b.caption, rows=rows)


def _drop_candidates(src: Source) -> list[str]:
    """Leaf clauses with their own heading (dropping them makes a 'missing clause')."""
    heads = [b for b in src.blocks if b.kind == "heading" and b.clause and b.level >= 2]
    parents = {h.clause.rsplit(".", 1)[0] for h in heads if h.clause and "." in h.clause}
    return [h.clause for h in heads if h.clause and h.clause not in parents]


def build_report(src: Source, pools: Pools, rng: random.Random, target_chars: int) -> tuple[list[Block], dict]:
    year_shift = rng.choice((0, 0, 1, 2))
    candidates = _drop_candidates(src)
    dropped = rng.sample(candidates, k=min(len(candidates), rng.choice((0, 0, 1, 2))))
    # Sections: a heading and the blocks up to the next heading.
    sections: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for b in src.blocks:
        if b.kind == "heading":
            sections.append((b, []))
        else:
            sections[-1][1].append(b)
    kept = [b for h, body in sections if h is None or h.clause not in dropped for b in body if b.clause not in dropped]
    kept_text = sum(b.chars for b in kept if b.kind == "text")
    # Only text paragraphs are padded; paraphrases lose a sentence now and then (hence 1.05).
    extra_per_block = max(0.0, 1.05 * (target_chars - sum(b.chars for b in kept)) / max(kept_text, 1))
    out: list[Block] = []
    budget = 0.0
    for head, body in sections:
        if head is not None and head.clause in dropped:
            continue
        if head is not None:
            out.append(head)
        body = [b for b in body if b.clause not in dropped]
        texts = [b for b in body if b.kind == "text"]
        if len(texts) > 2:  # keep the first paragraph first (lead-ins), shuffle the rest
            rest = texts[1:]
            rng.shuffle(rest)
            texts = [texts[0], *rest]
        it = iter(texts)
        for b in body:
            if b.kind == "table":
                out.append(_shift_table(b, rng, year_shift))
                continue
            b = next(it)
            out.append(Block("text", _perturb_numbers(b.text, rng, 0) if rng.random() < 0.3 else b.text, b.clause))
            # Pad this clause with paraphrased paragraphs answering it, in proportion to its size.
            budget += extra_per_block * b.chars
            pool = pools.text.get((src.standard, b.clause or ""), []) or [b]
            while budget > 0:
                donor = Block("text", _paraphrase(rng.choice(pool).text, rng, year_shift), b.clause)
                out.append(donor)
                budget -= donor.chars
    out = [
        Block(b.kind, _YEAR.sub(lambda m: str(int(m[1]) + year_shift), b.text), b.clause, b.level)
        if b.kind == "heading"
        else b
        for b in out
    ]
    meta = {
        "skeleton": src.name,
        "standard": src.standard,
        "year_shift": year_shift,
        "dropped_clauses": sorted(dropped),
        "chars": sum(b.chars for b in out),
    }
    return out, meta


def write_docx(blocks: list[Block], style: str, path: Path) -> None:
    doc: DocxDocument = docx.Document()
    doc.core_properties.author = "SARA corpus"
    doc.core_properties.title = "synthetic report"
    for b in blocks:
        if b.kind == "heading":
            text = b.text
            if style == "styles-unnumbered" and b.level > 0:
                text = _HEADING_NUMBER.sub("", text, count=1).strip() or b.text
            if style in ("styles", "styles-unnumbered"):
                doc.add_paragraph(text, style="Title" if b.level == 0 else f"Heading {min(b.level, 9)}")
            else:
                p = doc.add_paragraph()
                run = p.add_run(text)
                if style == "bold":
                    run.bold = True
                    run.font.size = Pt(16 - 2 * min(b.level, 3))
        elif b.kind == "table":
            if b.caption:
                doc.add_paragraph(b.caption, style="Caption")
            ncols = max(len(r) for r in b.rows)
            table = doc.add_table(rows=len(b.rows), cols=ncols)
            table.style = doc.styles["Table Grid"]
            for row, values in zip(table.rows, b.rows, strict=True):
                for cell, value in zip(row.cells, values, strict=False):
                    cell.text = value
        else:
            doc.add_paragraph(b.text)
    doc.save(str(path))


def make_corpus(outdir: Path, n: int, chars: int, seed: int) -> list[dict]:
    sources = load_sources()
    pools = _pools(sources)
    outdir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        src = sources[i % len(sources)]
        style = HEADING_STYLES[(i // len(sources)) % len(HEADING_STYLES)]
        blocks, meta = build_report(src, pools, rng, chars)
        path = outdir / f"report-{i:03d}.docx"
        write_docx(blocks, style, path)
        manifest.append({"file": path.name, "heading_style": style, **meta})
    (outdir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?", default="/tmp/sara-corpus", type=Path)
    ap.add_argument("-n", type=int, default=100, help="number of reports (default 100)")
    ap.add_argument("--chars", type=int, default=30_000, help="target non-whitespace characters per report")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    manifest = make_corpus(args.outdir, args.n, args.chars, args.seed)
    sizes = [m["chars"] for m in manifest]
    print(
        f"{len(manifest)} reports in {args.outdir}: {min(sizes)}–{max(sizes)} chars (mean {sum(sizes) // len(sizes)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
