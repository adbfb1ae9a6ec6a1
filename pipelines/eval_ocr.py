"""Scanned reports: how close is the analysis of a report printed to an image-only PDF to its DOCX?

    python pipelines/eval_ocr.py [--reports GLOB] [--variant NAME] [--dpi 150] [--json out.json]

For every labelled report (the same folders as ``eval_generalize.py``, variant ``as-written`` or ``--variant``) the
DOCX and the text PDF are rendered (cached in the evaluation cache), the PDF is printed to a scan
(:func:`analyzer.evaluation.scan.scan_pdf`: 150 dpi, ±0.6° turn, noise, JPEG; cached beside it) and
read with OCR. Reported per report:

- **字数**: the scan's Word-style count against the DOCX's (goal: within 5%);
- **paragraph→clause accuracy** of the scan against the DOCX's, lexical backend (goal: within 0.10);
  labels are paired with paragraphs by their first 20 characters verbatim, so a misread character
  there loses the paragraph; the **tolerant** column pairs such labels with the next paragraph whose
  start reads nearly the same (:func:`tolerant_labels`), which measures the layout and the mapping
  without the recognition errors (``re-paired``: how many labels needed it);
- **OCR character accuracy**: per page, the characters of the PDF's own text layer that the OCR
  text matches (``difflib`` matching blocks, whitespace ignored), weighted by page length;
- seconds of OCR per page (0 when the OCR cache already held the pages).

The held-out reports are measured like the others, never used for tuning.
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.evaluate import LabelledParagraph, LabelledReport, load_labelled, score_mapping  # noqa: E402
from analyzer.evaluation import perturb  # noqa: E402
from analyzer.model import Document  # noqa: E402
from analyzer.text.normalize import to_simplified  # noqa: E402

if TYPE_CHECKING:
    from analyzer.ingest.ocr import OcrSettings

SOURCES: tuple[tuple[str, Path], ...] = (
    ("own", ROOT / "samples"),
    ("heldout", ROOT / "samples" / "heldout"),
    ("dev", ROOT.parent / "shared" / "dev-reports"),
    ("dev2", ROOT.parent / "shared" / "dev-reports-2"),
)
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "sara-eval-cache"
GOAL_COUNT = 0.05
GOAL_ACCURACY_GAP = 0.10


@dataclass(frozen=True, slots=True)
class OcrRow:
    group: str
    report: str
    pages: int
    words_docx: int
    words_scan: int
    acc_docx: float
    acc_scan: float
    char_accuracy: float
    seconds_per_page: float
    error: str = ""
    acc_scan_tolerant: float = 0.0
    """The scan's accuracy with labels paired to paragraphs despite OCR misreadings in their first
    characters (the strict pairing needs the label's first 20 characters verbatim)."""
    repaired: int = 0
    """Labels paired only by the tolerant pairing."""

    @property
    def count_gap(self) -> float:
        return abs(self.words_scan - self.words_docx) / self.words_docx if self.words_docx else 1.0


def folders(pattern: str | None) -> list[tuple[str, Path]]:
    out = []
    for group, base in SOURCES:
        if not base.is_dir():
            continue
        for labels in sorted(base.glob("*/labels.json")):
            name = labels.parent.name
            if pattern is None or fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(f"{group}/{name}", pattern):
                out.append((group, labels.parent))
    return out


def char_accuracy(text_pdf: bytes, scan: bytes, settings: OcrSettings | None = None) -> tuple[float, int]:
    """(share of the text layer's characters the OCR text matches, pages), page by page."""
    import pypdfium2 as pdfium

    from analyzer.ingest.ocr import OcrSettings, ocr_pdf_pages

    pdf = pdfium.PdfDocument(text_pdf)
    try:
        refs = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            refs.append("".join(tp.get_text_range().split()))
            tp.close()
    finally:
        pdf.close()
    pages = ocr_pdf_pages(scan, list(range(1, len(refs) + 1)), settings or OcrSettings())
    matched = total = 0
    for ref, page in zip(refs, pages, strict=True):
        got = "".join("".join(ln.text for ln in page.image.lines).split())
        sm = difflib.SequenceMatcher(None, ref, got, autojunk=False)
        matched += sum(b.size for b in sm.get_matching_blocks())
        total += len(ref)
    return (matched / total if total else 0.0), len(refs)


def tolerant_labels(report: LabelledReport, doc: Document, min_ratio: float = 0.8) -> tuple[LabelledReport, int]:
    """``report`` with every label whose ``text_start`` no paragraph of ``doc`` starts with
    re-anchored to the next unclaimed paragraph whose start reads nearly the same (OCR turned 门 into
    内 or dropped a dash): scoring then measures the mapping, not the recognition. Returns the
    labels and how many were re-anchored."""
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    texts = ["".join(p.text.split()) for p in body]
    out: list[LabelledParagraph] = []
    repaired = 0
    pos = 0
    for lab in report.paragraphs:
        first = "".join((lab.text_start.split("\n")[0] if lab.kind == "table" else lab.text_start).split())
        hit = next((i for i in range(pos, len(texts)) if texts[i].startswith(first)), None)
        if hit is None and first:
            # the paragraphs are read in simplified characters: compare a traditional label so too
            plain = to_simplified(first)[0]
            best, score = None, min_ratio
            for i in range(pos, min(len(texts), pos + 8)):
                r = difflib.SequenceMatcher(None, plain, texts[i][: len(plain)], autojunk=False).ratio()
                if r >= score:
                    best, score = i, r
            if best is not None:
                hit = best
                repaired += 1
                start = body[best].text.strip()[: len(lab.text_start.strip())]
                lab = replace(lab, text_start=start)
        if hit is not None:
            pos = hit + 1
        out.append(lab)
    return replace(report, paragraphs=tuple(out)), repaired


def _accuracy(doc: object, report: object, std_id: str, variant: str) -> float:
    from analyzer.pipeline import AnalyzeOptions, analyze_document
    from analyzer.standards import load_standard

    std = load_standard(std_id)
    a = analyze_document(doc, std, AnalyzeOptions(backend="lexical"))  # type: ignore[arg-type]
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    missing = [c.clause for c in a.coverage.clauses if c.status == "missing"]
    s = score_mapping(report, doc, std, credited, missing, variant=variant, backend="lexical")  # type: ignore[arg-type]
    return s.paragraphs_correct / s.paragraphs if s.paragraphs else 0.0


def run(
    group: str,
    folder: Path,
    cache: Path,
    dpi: int,
    variant_name: str = "as-written",
    rec_heights: tuple[int, ...] | None = None,
    retry_below: float | None = None,
) -> OcrRow:
    from analyzer.evaluation.render import rendered
    from analyzer.evaluation.scan import scan_pdf
    from analyzer.ingest import IngestConfig, read_document
    from analyzer.ingest.ocr import OcrSettings

    try:
        variant = perturb.perturb(perturb.load(folder), variant_name)
        labels_dir, docx = rendered(variant, "docx", cache)
        _, pdf = rendered(variant, "pdf", cache)
        scan = pdf.parent / f"scan-{dpi}.pdf"
        if not scan.exists():
            scan.write_bytes(scan_pdf(pdf.read_bytes(), dpi=dpi))
        report = load_labelled(labels_dir)
        off = IngestConfig(ocr=OcrSettings(mode="off"))
        d_docx = read_document(docx, off)
        t = time.perf_counter()
        settings = OcrSettings(dpi=dpi)
        if rec_heights is not None:
            settings = replace(settings, rec_heights=rec_heights)
        if retry_below is not None:
            settings = replace(settings, retry_below=retry_below)
        d_scan = read_document(scan, IngestConfig(ocr=settings))
        seconds = time.perf_counter() - t
        chars, pages = char_accuracy(pdf.read_bytes(), scan.read_bytes(), settings)
        tolerant, repaired = tolerant_labels(report, d_scan)
        return OcrRow(
            group,
            folder.name,
            pages,
            d_docx.counts.word_style if d_docx.counts else 0,
            d_scan.counts.word_style if d_scan.counts else 0,
            _accuracy(d_docx, report, report.standard, variant_name),
            _accuracy(d_scan, report, report.standard, variant_name),
            chars,
            seconds / max(pages, 1),
            acc_scan_tolerant=_accuracy(d_scan, tolerant, report.standard, variant_name),
            repaired=repaired,
        )
    except Exception as exc:  # a failed report is a row with its error
        return OcrRow(group, folder.name, 0, 0, 0, 0.0, 0.0, 0.0, 0.0, error=f"{type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", default=None, help="glob over report folder names (default: all)")
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--variant", default="as-written", help="layout variant printed and scanned (default as-written)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument(
        "--rec-heights", default=None, help="recognition line heights, e.g. 48 or 32,40,48 (default: OcrSettings')"
    )
    ap.add_argument("--retry-below", type=float, default=None, help="confidence below which a line is read at 48")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    rows = []
    print(
        f"{'report':28} {'pages':>5} {'字数 docx':>9} {'字数 scan':>9} {'gap':>6} {'acc docx':>8} {'acc scan':>8} "
        f"{'tolerant':>8} {'re-paired':>9} {'chars':>6} {'s/page':>6}"
    )
    for group, folder in folders(args.reports):
        heights = tuple(int(h) for h in args.rec_heights.split(",")) if args.rec_heights else None
        r = run(group, folder, args.cache, args.dpi, args.variant, heights, args.retry_below)
        rows.append(r)
        if r.error:
            print(f"{r.report:28} ERROR {r.error}")
            continue
        print(
            f"{r.report:28} {r.pages:5d} {r.words_docx:9d} {r.words_scan:9d} {r.count_gap:6.1%} {r.acc_docx:8.3f} "
            f"{r.acc_scan:8.3f} {r.acc_scan_tolerant:8.3f} {r.repaired:9d} {r.char_accuracy:6.3f} "
            f"{r.seconds_per_page:6.1f}",
            flush=True,
        )
    ok = [r for r in rows if not r.error]
    if ok:
        within = sum(r.count_gap <= GOAL_COUNT for r in ok)
        close = sum(r.acc_docx - r.acc_scan <= GOAL_ACCURACY_GAP for r in ok)
        close_tolerant = sum(r.acc_docx - r.acc_scan_tolerant <= GOAL_ACCURACY_GAP for r in ok)
        print(
            f"\n字数 within {GOAL_COUNT:.0%}: {within}/{len(ok)}; "
            f"accuracy within {GOAL_ACCURACY_GAP}: {close}/{len(ok)} (tolerant pairing {close_tolerant}/{len(ok)}); "
            f"mean char accuracy {sum(r.char_accuracy for r in ok) / len(ok):.3f}"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if ok and len(ok) == len(rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
