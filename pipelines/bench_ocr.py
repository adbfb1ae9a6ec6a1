"""OCR speed: seconds per A4 page at 150–200 dpi for detector input sizes and thread settings.

    python pipelines/bench_ocr.py [--pdf report.pdf] [--pages 2] [--dpi 150,200]
                                  [--det 736min,960,1280] [--split 1x2,2x1] [--json out.json]

A text PDF (default: the committed two-page fixture ``tests/fixtures/pdf/rl_report.pdf``) is printed to
a scan (:func:`analyzer.evaluation.scan.scan_pdf`) and its pages are recognised with every setting,
with the cache off. ``--rec`` sets are the heights text lines are recognised at
(:attr:`analyzer.ingest.ocr.OcrSettings.rec_heights`; ``48`` is RapidOCR's own, ``32+40+48`` three;
``32+40+48@0.9`` reads lines below 0.9 confidence again at 48, ``@0`` never).
``--det`` values are the detector's ``limit_side_len`` with ``limit_type=max``
(the longer side is scaled down to it), or ``736min``: RapidOCR's default (the shorter side scaled up
to at least 736, so a 150-dpi page is not scaled at all). ``--split WxT`` runs W pages at once with T
onnxruntime threads each (W×T = the core budget). Each row also gives the character accuracy
against the PDF's own text layer, so a faster setting that reads worse shows.

Timings depend on what else runs on the machine: say how busy it was when quoting them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _reference(pdf: bytes, pages: int) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(min(pages, len(doc))):
            tp = doc[i].get_textpage()
            out.append("".join(tp.get_text_range().split()))
            tp.close()
        return out
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdf", type=Path, default=ROOT / "tests" / "fixtures" / "pdf" / "rl_report.pdf")
    ap.add_argument("--pages", type=int, default=2)
    ap.add_argument("--dpi", default="150")
    ap.add_argument("--det", default="736min,960,1280")
    ap.add_argument("--split", default="1x2,2x1")
    ap.add_argument(
        "--rec",
        default="48,32+40+48@0,32+40+48",
        help="recognition line-height sets to compare, comma-separated; the heights of a set joined by +",
    )
    ap.add_argument("--cls", action="store_true", help="also run the text-direction classifier")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)

    from analyzer.evaluation.scan import scan_pdf
    from analyzer.ingest import ocr
    from analyzer.ingest.ocr import OcrSettings, ocr_pdf_pages

    source = args.pdf.read_bytes()
    refs = _reference(source, args.pages)
    numbers = list(range(1, len(refs) + 1))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(numbers)} page(s) of {args.pdf.name}; {os.cpu_count()} CPUs; load average {load:.1f} at start")
    print(f"{'dpi':>4} {'det':>7} {'split':>5} {'rec':>8} {'s/page':>7} {'chars':>6}")
    rows = []
    for dpi in (int(d) for d in args.dpi.split(",")):
        scan = scan_pdf(source, dpi=dpi, pages=numbers)
        for det in args.det.split(","):
            for split, rec in ((sp, r) for sp in args.split.split(",") for r in args.rec.split(",")):
                workers, threads = (int(x) for x in split.split("x"))
                settings = OcrSettings(
                    dpi=dpi,
                    det_limit_side_len=int(det.removesuffix("min")),
                    rec_heights=tuple(int(h) for h in rec.split("@")[0].split("+")),
                    retry_below=float(rec.split("@")[1]) if "@" in rec else OcrSettings().retry_below,
                    use_cls=args.cls,
                    cores=workers * threads,
                    workers=workers,
                    cache_dir="off",
                )
                if det.endswith("min"):
                    original = ocr._engine
                    ocr._LOCAL.engines = {}

                    def engine(s: OcrSettings, t: int, _orig=original) -> object:  # RapidOCR's own default
                        from rapidocr_onnxruntime import RapidOCR

                        key = ("min", s.rec_heights, t)
                        found = ocr._LOCAL.__dict__.setdefault("engines", {}).get(key)
                        if found is None:
                            found = RapidOCR(use_cls=s.use_cls, intra_op_num_threads=t, inter_op_num_threads=1)
                            found.text_rec = ocr._ByLineHeight(found.text_rec, s.rec_heights, s.retry_below)
                            ocr._LOCAL.engines[key] = found
                        return found

                    ocr._engine = engine  # type: ignore[assignment]
                try:
                    t = time.perf_counter()
                    pages = ocr_pdf_pages(scan, numbers, settings)
                    seconds = (time.perf_counter() - t) / len(numbers)
                finally:
                    if det.endswith("min"):
                        ocr._engine = original  # type: ignore[assignment]
                matched = total = 0
                for ref, page in zip(refs, pages, strict=True):
                    got = "".join("".join(ln.text for ln in page.image.lines).split())
                    sm = difflib.SequenceMatcher(None, ref, got, autojunk=False)
                    matched += sum(b.size for b in sm.get_matching_blocks())
                    total += len(ref)
                acc = matched / total if total else 0.0
                rows.append(
                    {"dpi": dpi, "det": det, "split": split, "rec": rec, "seconds_per_page": seconds, "chars": acc}
                )
                print(f"{dpi:4d} {det:>7} {split:>5} {rec:>8} {seconds:7.1f} {acc:6.3f}", flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} at the end")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
