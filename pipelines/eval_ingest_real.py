"""Real-world smoke run for ingest (issue 13): read every PDF/DOCX in a folder and compare 字数
with an independent reference count.

    python pipelines/eval_ingest_real.py FOLDER [--speed] [--ocr auto] [--json OUT]

OCR is off unless ``--ocr auto``: the run measures the text layer, and a PDF without one is a
``NoTextLayer`` row. A rejection counts as *false* when the reference finds at least
``FALSE_REJECTION_WORDS`` 字 in the file's text layer.

Per file it prints the outcome (``ok`` or the error class), SARA's 字数, the time, the reader path
(``pdfminer``, ``pdfium-repair``, ``pdfium``, ``docx``), the reference count and the
disagreement. The references do not use SARA's readers:

- **DOCX**: python-docx's body paragraphs and table cells in document order (headers and footers
  left out, as Word does), plus equation (OMML) text; text boxes (``w:txbxContent`` outside VML
  fallbacks), footnotes and endnotes are added unless the document's settings carry
  ``w:doNotIncludeSubdocsInStats`` (Word's 字数 includes them by default; analyzer/text/counts.py);
  automatic list numbers are not in python-docx's text, as in Word's count; TOC lines are.
  python-docx skips content controls (``w:sdt``): Word puts its generated TOC in one at body
  level, and Word counts it, so the reference descends into block-level ``w:sdt`` and adds the
  text of runs that python-docx's ``Paragraph.text`` does not reach (inline ``w:sdt``,
  ``w:ins``, ``w:fldSimple``, ``w:smartTag``, ``w:customXml``). Before this the reference left
  TOCs out and three theses in /work/corpus-zh disagreed by +2.7% to +10.1%, exactly the words of
  their TOC content control. A vertically merged cell is counted once (python-docx repeats it in
  every row it spans; the reference had counted 选题审批表.docx 2.3% high).
- **PDF**: PDFium's text (pypdfium2 ``get_text_range``) per page, with running headers and
  footers removed (a line at the top or bottom of a page whose text, digits masked, is on at least
  three pages; a line of more than one word anywhere on more than 60% of the pages, such as a
  slide deck's navigation bar; and page-number lines) and TOC leader runs removed. PDFium splits
  glyphs drawn one by one (Chromium kerning, italic maths) into words where its own gap rule says
  so, so the reference is not exact there. The DOCX reference also reads equations in their place
  in the paragraph, in the body and in text boxes.

Both are counted with :func:`analyzer.text.counts.count` (Word's rules). It summarises crashes,
rejections, the share within tolerance (±2% DOCX, ±5% PDF) — over all files, and over the files
where SARA did not warn that the text it read may be wrong (:data:`UNSURE_TEXT`: undecodable
glyphs, pages with far less text than they show; on such files neither count is a measure of the
document, and SARA says so to its user), and over the files whose PDF reference is itself text
(under :data:`UNREADABLE_SHARE` of its characters undecodable, :func:`undecodable_share`: a font
without a Unicode map that PDFium echoes as control codes gives a "count" of noise, so no
independent count of such a file exists) — the median and worst disagreement and the slowest
file. ``--speed`` also times pdfminer's own ``extract_text`` on each PDF (CPU time, both in this
process) for the ≤ 1.3× budget: the ratio of the PDF path (``read_raw``) and, for reference, of
``read_raw`` plus segmentation, over the files pdfminer reads itself (a file only PDFium's repair
opens is one pdfminer gives up on at once).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.errors import IngestError  # noqa: E402
from analyzer.ingest import IngestConfig, read_raw  # noqa: E402
from analyzer.ingest.ocr import OcrMode, OcrSettings  # noqa: E402
from analyzer.text.counts import count  # noqa: E402
from analyzer.text.segment import build_document  # noqa: E402

TOLERANCE = {"docx": 0.02, "pdf": 0.05}
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"  # OMML equation text
REPEATED_SHARE = 0.6  # a PDF line on more than this share of the pages (and at least 4) is furniture
UNSURE_TEXT = frozenset({"pdf-garbled-text", "pdf-little-text", "pdf-text-incomplete", "pdf-pages-without-text"})
"""The diagnostics by which SARA tells its user that the text it read, and so its 字数, may be wrong
(glyphs without a Unicode mapping, pages with far less text than they show): the summary gives the
tolerance share with and without these files."""
FALSE_REJECTION_WORDS = 200  # a rejected file whose reference text layer holds this many 字 was readable
_LEADER = re.compile(r"[ \u3000]*(?:[.·•…⋯・‧．‥][ \u3000]*){4,}")
_LEADER_ONLY = re.compile(r"^[.·•…⋯・‧．‥\s]+$")  # PDFium puts each separately drawn leader glyph on a line
_DIGITS = re.compile(r"\d+")
_PAGE_NO = re.compile(r"^[-–—~·•\[(（第]*\s*\d{1,4}\s*[-–—~·•\])）页]*$|^\d{1,4}\s*/\s*\d{1,4}$")


@dataclass(frozen=True)
class Row:
    file: str
    fmt: str
    outcome: str
    words: int | None
    seconds: float
    cpu_seconds: float
    reader: str | None
    reference: int | None
    disagreement: float | None  # (SARA - reference) / reference
    pdfminer_cpu: float | None = None
    detail: str = ""
    unsure: str = ""  # SARA's own warnings that its text, and so its count, may be wrong
    read_cpu_seconds: float | None = None  # read_raw alone: the PDF path without segmentation
    # the share of the PDF reference's characters PDFium could not decode either (undecodable_share)
    reference_undecodable: float = 0.0


# ----------------------------------------------------------------------------- references


def docx_reference(path: Path) -> int:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    missed = {f"{w}{tag}" for tag in ("sdt", "ins", "fldSimple", "smartTag", "customXml")}
    document = docx.Document(str(path))
    total = 0

    def para_text(p: Paragraph) -> str:
        # python-docx's text has runs and hyperlinks; equations are separate OMML elements, and
        # runs inside inline content controls, insertions, simple fields and smart tags are not
        # reached by it. Equation text is read in its place in the paragraph: appended at the end
        # it ran into the text around it ("ρ=a , φ=ω0" became one word with its neighbours).
        if not any(True for _ in p._p.iter(_MATH_T)):
            hidden = "".join(t.text or "" for child in p._p if child.tag in missed for t in child.iter(f"{w}t"))
            return p.text + hidden
        return "".join(_in_order(p._p, w))

    def blocks(parent, container):  # type: ignore[no-untyped-def]
        # body or cell children in order, descending into block-level content controls (Word's TOC)
        for child in parent:
            if child.tag == f"{w}p":
                yield Paragraph(child, container)
            elif child.tag == f"{w}tbl":
                yield Table(child, container)
            elif child.tag == f"{w}sdt":
                content = child.find(f"{w}sdtContent")
                if content is not None:
                    yield from blocks(content, container)

    def table_words(t: Table) -> int:
        # python-docx repeats a merged cell for every grid column it spans and, when merged
        # vertically, in every row below it: Word counts its text once, so cells are deduplicated
        # over the whole table (the elements are kept alive so that their ids stay unique)
        n = 0
        seen: set[int] = set()
        alive = []
        for row in t.rows:
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                alive.append(cell._tc)
                for item in blocks(cell._tc, cell):
                    n += count(para_text(item)).word_style if isinstance(item, Paragraph) else table_words(item)
        return n

    for item in blocks(document.element.body, document._body):
        if isinstance(item, Paragraph):
            total += count(para_text(item)).word_style
        else:
            total += table_words(item)
    flag = document.settings.element.find(f"{w}doNotIncludeSubdocsInStats")
    if flag is None or (flag.get(f"{w}val") or "true").lower() in ("0", "false", "off"):
        total += _subdoc_words(document, w)
    return total


def _in_order(element, w: str):  # type: ignore[no-untyped-def]
    """The text of a paragraph with equations, in document order: body and equation text (``w:t``,
    ``m:t``), tabs and breaks; text boxes (counted as their own story) and the fallback twin of
    alternate content are left out."""
    skip = {f"{w}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
    stack = [element]
    while stack:
        node = stack.pop()
        if node.tag in skip:
            continue
        if node.tag in (f"{w}t", _MATH_T):
            yield node.text or ""
        elif node.tag == f"{w}tab":
            yield "\t"
        elif node.tag in (f"{w}br", f"{w}cr"):
            yield "\n"
        stack.extend(reversed(list(node)))


def _subdoc_words(document, w: str) -> int:  # type: ignore[no-untyped-def]
    """Words of the text boxes in the body and of the footnotes and endnotes, one count per paragraph."""
    from lxml import etree

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

    def words(paragraphs) -> int:  # type: ignore[no-untyped-def]
        # equations count here too (a figure's labels in text boxes are often OMML: "v0", "ω0")
        return sum(count("".join(_in_order(p, w))).word_style for p in paragraphs)

    total = 0
    for box in document.element.body.iter(f"{w}txbxContent"):
        if not any(a.tag == fallback for a in box.iterancestors()):  # the VML twin of a DrawingML box
            total += words(box.iter(f"{w}p"))
    for part in document.part.package.parts:
        name = str(part.partname)
        if name.endswith(("/footnotes.xml", "/endnotes.xml")):
            root = etree.fromstring(part.blob)
            for note in root:
                if note.get(f"{w}type") in (None, "normal"):
                    total += words(note.iter(f"{w}p"))
    return total


UNREADABLE_SHARE = 0.1  # a reference text with this share of undecodable characters counts nothing
_UNDECODABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd-\uffff]")
"""Characters PDFium gives for glyphs it cannot decode: control codes echoed from a font without a
Unicode map, a symbol font's private-use codes, U+FFFD–U+FFFF."""


def undecodable_share(text: str) -> float:
    """The share of ``text``'s visible characters that are no text (:data:`_UNDECODABLE`)."""
    visible = sum(1 for ch in text if not ch.isspace() or _UNDECODABLE.match(ch))
    return len(_UNDECODABLE.findall(text)) / visible if visible else 0.0


def pdf_reference(path: Path) -> int:
    return _words(pdf_reference_lines(path))


def _words(lines: list[str]) -> int:
    """The lines' 字数, counted with Word's rules."""
    return sum(count(line).word_style for line in lines)


def pdf_reference_lines(path: Path) -> list[str]:
    """The lines of PDFium's text the reference counts (see the module docstring)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages: list[list[str]] = []
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage()
        raw = text.get_text_range()
        pages.append([ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()])
        text.close()
        page.close()
    pdf.close()
    edge: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for lines in pages:
        for ln in {*lines[:2], *lines[-2:]}:
            edge[_DIGITS.sub("#", ln)] += 1
        for ln in {_DIGITS.sub("#", ln) for ln in lines}:
            anywhere[ln] += 1
    needed = 3 if len(pages) >= 4 else 2
    # a line on most pages is furniture wherever PDFium puts it (a slide deck's navigation bar
    # "机动 目录 上页 下页 返回 结束" comes out in the middle of each page's text)
    everywhere = max(4, int(REPEATED_SHARE * len(pages)) + 1)
    kept: list[str] = []
    for lines in pages:
        ends = {*range(min(2, len(lines))), *range(max(0, len(lines) - 2), len(lines))}
        for k, ln in enumerate(lines):
            masked = _DIGITS.sub("#", ln)
            if k in ends and (edge[masked] >= needed or _PAGE_NO.match(ln)):
                continue
            if anywhere[masked] >= everywhere and count(ln).word_style > 1:
                continue
            if _LEADER_ONLY.match(ln):
                continue
            kept.append(_LEADER.sub(" ", ln))
    return kept


# ----------------------------------------------------------------------------- one file


def pdfminer_cpu(path: Path) -> float | None:
    from pdfminer.high_level import extract_text

    start = time.process_time()
    try:
        extract_text(str(path))
    except Exception:
        return None
    return time.process_time() - start


def run_one(path: Path, speed: bool, ocr: OcrMode = "off") -> Row:
    fmt = path.suffix.lower().lstrip(".")
    wall, cpu = time.perf_counter(), time.process_time()
    words: int | None = None
    reader: str | None = None
    detail = ""
    unsure = ""
    read_cpu: float | None = None
    try:
        raw = read_raw(path, IngestConfig(ocr=OcrSettings(mode=ocr)))
        read_cpu = time.process_time() - cpu
        doc = build_document(raw)
        counts = doc.counts
        words = counts.word_style if counts else 0
        reader = raw.reader + ("+ocr" if raw.ocr_pages else "")
        outcome = "ok"
        errors = [d.code for d in doc.diagnostics if d.severity == "error"]
        if errors:
            detail = ",".join(errors)
        unsure = ",".join(d.code for d in doc.diagnostics if d.code in UNSURE_TEXT)
    except IngestError as exc:
        outcome = type(exc).__name__
        detail = str(exc)[:160]
    except Exception as exc:  # a crash: exactly what this run is for
        outcome = "CRASH"
        detail = f"{type(exc).__name__}: {exc}"[:160] + " | " + traceback.format_exc(limit=3).replace("\n", " ")[-200:]
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    reference: int | None = None
    undecodable = 0.0
    try:
        if fmt == "docx":
            reference = docx_reference(path)
        else:
            lines = pdf_reference_lines(path)
            reference = _words(lines)
            undecodable = undecodable_share("".join(lines))
    except Exception as exc:
        detail = (detail + f" reference failed: {type(exc).__name__}").strip()
    disagreement = (words - reference) / reference if words is not None and reference else None
    miner = pdfminer_cpu(path) if speed and fmt == "pdf" else None
    return Row(
        path.name,
        fmt,
        outcome,
        words,
        seconds,
        cpu_seconds,
        reader,
        reference,
        disagreement,
        miner,
        detail,
        unsure,
        read_cpu,
        undecodable,
    )


# ----------------------------------------------------------------------------- summary


def _within(rows: list[Row]) -> list[Row]:
    """The rows whose count agrees with the reference within the format's tolerance."""
    return [r for r in rows if abs(r.disagreement or 0) <= TOLERANCE[r.fmt]]


def summarise(rows: list[Row]) -> list[str]:
    out: list[str] = []
    crashes = [r for r in rows if r.outcome == "CRASH"]
    rejected = [r for r in rows if r.outcome not in ("ok", "CRASH")]
    compared = [r for r in rows if r.disagreement is not None]
    within = _within(compared)
    # a rejection is false when the independent reference finds a real text layer
    false_rejections = [r for r in rejected if (r.reference or 0) >= FALSE_REJECTION_WORDS]
    out.append(
        f"files {len(rows)}: ok {len(rows) - len(crashes) - len(rejected)}, rejected {len(rejected)} "
        f"(false: {len(false_rejections)}), crashes {len(crashes)}"
    )
    for r in false_rejections:
        out.append(f"  false rejection: {r.file} ({r.outcome}, reference {r.reference})")
    if compared:
        dis = [abs(r.disagreement or 0) for r in compared]
        worst = max(compared, key=lambda r: abs(r.disagreement or 0))
        out.append(
            f"within tolerance {len(within)}/{len(compared)} ({100 * len(within) / len(compared):.0f}%); "
            f"median |disagreement| {100 * statistics.median(dis):.1f}%; worst {100 * (worst.disagreement or 0):+.1f}% "
            f"({worst.file})"
        )
        sure = [r for r in compared if not r.unsure]
        if sure and len(sure) < len(compared):
            ok = _within(sure)
            out.append(
                f"  where SARA did not warn that its text may be wrong: {len(ok)}/{len(sure)} "
                f"({100 * len(ok) / len(sure):.0f}%); {len(compared) - len(sure)} file(s) carry such a warning"
            )
        readable = [r for r in compared if r.reference_undecodable < UNREADABLE_SHARE]
        if len(readable) < len(compared):
            ok = _within(readable)
            out.append(
                f"  where the reference itself is text (under {100 * UNREADABLE_SHARE:.0f}% of its characters "
                f"undecodable): {len(ok)}/{len(readable)} ({100 * len(ok) / max(1, len(readable)):.0f}%); "
                f"{len(compared) - len(readable)} file(s) whose glyphs PDFium cannot decode either, so no "
                "independent count exists"
            )
    slowest = max(rows, key=lambda r: r.seconds, default=None)
    if slowest is not None:
        out.append(f"slowest {slowest.seconds:.1f} s ({slowest.file})")
        # the reading deadline needs wall *and* CPU time over its limit (analyzer/ingest/limits.py):
        # on a busy machine the CPU time is the measure of the file itself
        busiest = max(rows, key=lambda r: r.cpu_seconds)
        out.append(f"slowest CPU {busiest.cpu_seconds:.1f} s ({busiest.file})")
    paths = Counter(r.reader for r in rows if r.reader)
    out.append("reader paths: " + ", ".join(f"{k} {v}" for k, v in sorted(paths.items())))
    # Only files pdfminer itself reads: on a file only PDFium's repair opens, extract_text gives up
    # at once and returns nothing (1baeb57e90.pdf: 5 ms), which is no budget to compare with.
    timed = [r for r in rows if r.pdfminer_cpu and r.outcome == "ok" and r.reader == "pdfminer"]
    for label, seconds in (
        ("PDF path (read_raw)", lambda r: r.read_cpu_seconds),
        ("read_raw + segmentation", lambda r: r.cpu_seconds),
    ):
        ratios = sorted(((seconds(r) or 0.0) / (r.pdfminer_cpu or 1.0), r.file) for r in timed)
        if ratios:
            out.append(
                f"{label} CPU / pdfminer extract_text: median {statistics.median(x for x, _ in ratios):.2f}x, "
                f"max {ratios[-1][0]:.2f}x ({ratios[-1][1]}); over 1.3x: {sum(x > 1.3 for x, _ in ratios)} "
                f"of {len(ratios)}"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--speed", action="store_true", help="also time pdfminer's extract_text on each PDF")
    ap.add_argument("--json", type=Path, help="write the rows as JSON")
    ap.add_argument(
        "--ocr",
        choices=("off", "auto"),
        default="off",
        help="OCR pages without a text layer (default off: this run measures the text layer; a PDF without "
        "one is then a NoTextLayer row, and the reference, which reads the text layer only, is 0)",
    )
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder}", file=sys.stderr)
        return 2
    files = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in (".pdf", ".docx") and p.is_file())
    rows: list[Row] = []
    if args.speed:
        # The first file read in a process pays for imports and first-use caches (pypdfium2,
        # pdfminer's CMaps, the segmenter's word lists): read one PDF once, untimed, so that no
        # file's ratio carries them (007a843056.pdf, the first, measured 1.89x with them, 1.17x without).
        warm = next((p for p in files if p.suffix.lower() == ".pdf"), None)
        if warm is not None:
            run_one(warm, True, args.ocr)
    print(f"{'file':44} {'fmt':4} {'outcome':14} {'字数':>7} {'ref':>7} {'diff':>7} {'sec':>6} reader")
    for path in files:
        row = run_one(path, args.speed, args.ocr)
        rows.append(row)
        diff = f"{100 * row.disagreement:+.1f}%" if row.disagreement is not None else "-"
        print(
            f"{row.file[-44:]:44} {row.fmt:4} {row.outcome[:14]:14} {row.words if row.words is not None else '-':>7} "
            f"{row.reference if row.reference is not None else '-':>7} {diff:>7} {row.seconds:6.2f} "
            f"{row.reader or '-'} {row.detail[:60]}{' unsure: ' + row.unsure if row.unsure else ''}",
            flush=True,
        )
    print()
    for line in summarise(rows):
        print(line)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
