"""Benchmark the whole mapping step (align → map → coverage → checks) on a 60,000-字 report.

    python pipelines/bench_mapping.py [--chars 60000] [--only lexical|embedding] [--repeat 3]

The report is the Beijing dev report (``../shared/dev-reports/bj-meddevice``) with its headings
kept and every body paragraph followed by perturbed copies (numbers shifted, sentences rotated)
until the report holds ``--chars`` non-whitespace characters — a realistic 60,000-字 Beijing
submission with the standard's structure. Timed per run (best of ``--repeat``), after one warm-up
run that fits the scorer (fit time is reported apart: a batch pays it once per process):

* ``lexical`` — ``AnalyzeOptions(backend="lexical")``;
* ``embedding`` — ``AnalyzeOptions(backend="embedding")`` with a randomly initialised model of
  bge-small-zh-v1.5's shape built locally (see ``bench_mapping_backends.build_bge_small_shape``);
  random weights time the same as trained ones.

Each backend runs in its own subprocess so peak RSS is its own. Reading the file (segmentation)
is timed apart from mapping.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SOURCE = ROOT.parent / "shared" / "dev-reports" / "bj-meddevice" / "report.md"
STANDARD = "beijing-2020"


def inflate(text: str, target_chars: int) -> str:
    """Headings kept; body blocks followed by perturbed copies until ``target_chars`` is reached."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    body_chars = sum(len("".join(b.split())) for b in blocks if not b.startswith("#"))
    copies = max(0, -(-target_chars // max(1, body_chars)) - 1)
    out: list[str] = []
    total = 0
    for b in blocks:
        out.append(b)
        if b.startswith("#"):
            continue
        total += len("".join(b.split()))
        for k in range(1, copies + 1):
            if total >= target_chars * (blocks.index(b) + 1) / len(blocks) + 2000:
                break
            shifted = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), b)
            if "\t" not in b:
                sentences = [s for s in re.split(r"(?<=。)", shifted) if s]
                shifted = "".join(sentences[k % len(sentences) :] + sentences[: k % len(sentences)])
            out.append(shifted)
            total += len("".join(shifted.split()))
    return "\n\n".join(out) + "\n"


def run_one(backend: str, path: Path, model: str | None, repeat: int) -> dict[str, object]:
    from analyzer.ingest import read_document
    from analyzer.pipeline import AnalyzeOptions, analyze_document, fitted_scorer
    from analyzer.standards import load_standard

    t0 = time.perf_counter()
    doc = read_document(path)
    t_read = time.perf_counter() - t0
    std = load_standard(STANDARD)
    options = AnalyzeOptions(backend=backend, model=model)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    fitted_scorer(std, options)
    t_fit = time.perf_counter() - t0
    analyze_document(doc, std, options)  # warm-up (point scorer, jieba in the coverage step)
    best = float("inf")
    steps: dict[str, float] = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        a = analyze_document(doc, std, options)
        dt = time.perf_counter() - t0
        if dt < best:
            best, steps = dt, dict(a.timings)
    assert doc.counts is not None
    return {
        "backend": a.mapping.scorer.name,
        "word_count": doc.counts.word_style,
        "chars_no_spaces": doc.counts.chars_no_spaces,
        "paragraphs": len(doc.paragraphs),
        "read_s": round(t_read, 3),
        "fit_s": round(t_fit, 3),
        "analyze_s": round(best, 3),
        "steps": steps,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=60000)
    ap.add_argument("--only", choices=["lexical", "embedding"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--worker", nargs=3, metavar=("BACKEND", "PATH", "MODEL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        backend, path, model = args.worker
        print(json.dumps(run_one(backend, Path(path), None if model == "-" else model, args.repeat)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report-60k.md"
        report.write_text(inflate(SOURCE.read_text(encoding="utf-8"), args.chars), encoding="utf-8")
        runs: list[tuple[str, str]] = []
        if args.only in (None, "lexical"):
            runs.append(("lexical", "-"))
        if args.only in (None, "embedding"):
            from bench_mapping_backends import build_bge_small_shape  # type: ignore[import-not-found]

            folder = build_bge_small_shape(Path(tmp) / "bge-small-shape", report.read_text(encoding="utf-8"))
            runs.append(("embedding", str(folder)))
        for backend, model in runs:
            out = subprocess.run(
                [sys.executable, __file__, "--repeat", str(args.repeat), "--worker", backend, str(report), model],
                capture_output=True,
                text=True,
                env={"SARA_CACHE_DIR": str(Path(tmp) / "cache"), **__import__("os").environ},
            )
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                raise SystemExit(out.returncode)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{backend:9} 字数 {r['word_count']:>6}  paragraphs {r['paragraphs']:>4}  read {r['read_s']:.2f}s  "
                f"fit {r['fit_s']:.2f}s  map+cover+check {r['analyze_s']:.2f}s {r['steps']}  "
                f"peak RSS {r['peak_rss_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
