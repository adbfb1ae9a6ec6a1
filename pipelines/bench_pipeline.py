"""Benchmark: per-file time of the analysis pipeline on ~30,000-字 DOCX reports (lexical backend).

    python pipelines/bench_pipeline.py [FILES_OR_FOLDER ...] [--files 5] [--repeat 2] [--json out.json]

Without arguments it builds five reports with :mod:`pipelines.make_corpus` in a temporary folder.
For every file, warm (standards loaded, scorers fitted, jieba initialised, in this process):

- ``read``: :func:`analyzer.ingest.read_document` only;
- ``read+jieba``: reading plus the project's jieba tokenizer over the whole text — the issue's
  baseline (the analysis should take at most 3× this);
- ``explicit``: :func:`analyzer.pipeline.analyze_file` with the report's standard named;
- ``auto``: the same with ``standard="auto"`` (detection among all bundled standards);
- the steps of the auto run: read / detect / fit / map / cover / check / bands
  (``Analysis.timings`` plus the reading and detection around it).

Cold start is measured in fresh subprocesses: the imports, then the first ``analyze_file`` of one
file (explicit and auto), which pays for the jieba dictionary, loading the standards and the
crosswalk and fitting the TF-IDF scorers. Peak RSS is ``ru_maxrss`` of this process (and of the
cold subprocesses). The best of ``--repeat`` runs is reported per file.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLOCK = time.perf_counter
TARGET_SECONDS = 1.5
TARGET_RATIO = 3.0


def _files(args: list[str], n: int, tmp: Path) -> list[Path]:
    if not args:
        from pipelines.make_corpus import make_corpus

        make_corpus(tmp, n, 30_000, seed=11)
        return sorted(tmp.glob("*.docx"))
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out.extend(sorted(p.glob("*.docx"))[:n] if p.is_dir() else [p])
    return out


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold(path: Path, standard: str, second: Path | None = None) -> dict[str, object]:
    """Import and analyse one file in this (fresh) process, then another; seconds per phase."""
    t0 = CLOCK()
    from analyzer.pipeline import AnalyzeOptions, analyze_file

    t1 = CLOCK()
    a = analyze_file(path, standard, AnalyzeOptions(backend="lexical"))
    t2 = CLOCK()
    b = analyze_file(second, standard, AnalyzeOptions(backend="lexical")) if second is not None else None
    t3 = CLOCK()
    return {
        "import": t1 - t0,
        "first_file": t2 - t1,
        "second_file": t3 - t2 if b is not None else None,
        "first_steps": dict(a.timings),
        "second_steps": dict(b.timings) if b is not None else None,
        "peak_rss_mb": _peak_rss_mb(),
        "standard": a.standard.id,
    }  # type: ignore[dict-item]


def _cold_subprocess(path: Path, standard: str, second: Path | None = None) -> dict[str, object]:
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); "
        "from pipelines.bench_pipeline import cold; "
        "from pathlib import Path; "
        f"print(json.dumps(cold(Path({str(path)!r}), {standard!r}, {f'Path({str(second)!r})' if second else None})))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def warm(files: list[Path], repeat: int) -> list[dict[str, object]]:
    import jieba

    from analyzer.ingest import read_document
    from analyzer.mapping.detect import detect_standard
    from analyzer.pipeline import AnalyzeOptions, analyze_document, analyze_file
    from analyzer.standards import load_all, load_standard
    from analyzer.text.counts import count
    from analyzer.text.tokenize import default_tokenizer

    options = AnalyzeOptions(backend="lexical")
    jieba.initialize()
    tok = default_tokenizer()

    def forget() -> None:
        """Per-text caches start empty for every timed run, as for a new report."""
        for clear in (getattr(tok, "clear_cache", None), getattr(count, "cache_clear", None)):
            if clear is not None:
                clear()

    # Warm everything once: jieba, standards, crosswalk, every standard's scorers.
    for f in files[:1]:
        analyze_file(f, "auto", options)
    for std in load_all():
        analyze_file(files[0], std, options)
    rows: list[dict[str, object]] = []
    for f in files:
        best: dict[str, float] = {}
        steps: dict[str, float] = {}
        info: dict[str, object] = {}
        for _ in range(repeat):
            t0 = CLOCK()
            doc = read_document(f)
            t1 = CLOCK()
            jieba.lcut(doc.text)
            read_jieba = CLOCK() - t0
            forget()
            t2 = CLOCK()
            a = analyze_file(f, "auto", options)
            t3 = CLOCK()
            forget()
            t3 = CLOCK()
            analyze_file(f, a.standard.id, options)
            t4 = CLOCK()
            # The auto run's steps, with reading and detection timed around analyze_document.
            forget()
            s0 = CLOCK()
            doc = read_document(f)
            s1 = CLOCK()
            guess = detect_standard(doc, load_all())
            s2 = CLOCK()
            b = analyze_document(doc, load_standard(guess.standard), options, detection=guess)
            run = {"read": t1 - t0, "read+jieba": read_jieba, "auto": t3 - t2, "explicit": t4 - t3}
            for k, v in run.items():
                best[k] = min(best.get(k, v), v)
            run_steps = {"read": s1 - s0, "detect": s2 - s1, **dict(b.timings)}
            for k, v in run_steps.items():
                steps[k] = min(steps.get(k, v), v)
            info = {
                "chars": len("".join(doc.text.split())),
                "paragraphs": len(doc.paragraphs),
                "standard": a.standard.id,
                "confidence": a.detection.confidence if a.detection else None,
            }
        rows.append({"file": f.name, **info, **best, "steps": steps})
    return rows


def _print(rows: list[dict[str, object]], colds: dict[str, dict[str, object]]) -> dict[str, object]:
    cols = ("read", "read+jieba", "explicit", "auto")
    step_names: list[str] = []
    for r in rows:
        for k in r["steps"]:  # type: ignore[union-attr]
            if k not in step_names:
                step_names.append(k)
    head = f"{'file':<18} {'字':>6} {'paras':>5} " + " ".join(f"{c:>10}" for c in cols)
    head += f" {'ratio':>6} | " + " ".join(f"{s:>6}" for s in step_names)
    print(head)
    print("-" * len(head))
    for r in rows:
        ratio = float(r["explicit"]) / float(r["read+jieba"])  # type: ignore[arg-type]
        line = f"{r['file']:<18} {r['chars']:>6} {r['paragraphs']:>5} "
        line += " ".join(f"{float(r[c]):>10.3f}" for c in cols)  # type: ignore[arg-type]
        line += f" {ratio:>6.2f} | " + " ".join(f"{r['steps'].get(s, 0.0):>6.3f}" for s in step_names)  # type: ignore[union-attr]
        print(line)
    summary: dict[str, object] = {}
    for c in cols:
        summary[c] = statistics.mean(float(r[c]) for r in rows)  # type: ignore[arg-type]
    summary["ratio_explicit"] = float(summary["explicit"]) / float(summary["read+jieba"])  # type: ignore[arg-type]
    summary["ratio_auto"] = float(summary["auto"]) / float(summary["read+jieba"])  # type: ignore[arg-type]
    summary["peak_rss_mb"] = _peak_rss_mb()
    print(
        f"{'mean':<31} "
        + " ".join(f"{float(summary[c]):>10.3f}" for c in cols)  # type: ignore[arg-type]
        + f" {float(summary['ratio_explicit']):>6.2f}"  # type: ignore[arg-type]
    )
    print(f"auto / read+jieba: {float(summary['ratio_auto']):.2f}")  # type: ignore[arg-type]
    print(f"peak RSS of the warm process: {float(summary['peak_rss_mb']):.0f} MB")  # type: ignore[arg-type]
    for name, c in colds.items():
        then = f", then another file {c['second_file']:.2f} s" if c["second_file"] is not None else ""
        print(
            f"cold ({name}): import {c['import']:.2f} s, first file {c['first_file']:.2f} s "
            f"(steps {c['first_steps']}){then}, peak RSS {c['peak_rss_mb']:.0f} MB"
        )
    ok_time = float(summary["explicit"]) <= TARGET_SECONDS and float(summary["auto"]) <= TARGET_SECONDS  # type: ignore[arg-type]
    ok_ratio = float(summary["ratio_explicit"]) <= TARGET_RATIO  # type: ignore[arg-type]
    print(
        f"targets: ≤ {TARGET_SECONDS} s per file: {'met' if ok_time else 'MISSED'}; "
        f"≤ {TARGET_RATIO}× read+jieba: {'met' if ok_ratio else 'MISSED'}"
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="DOCX files or folders (default: generate --files reports)")
    ap.add_argument("--files", type=int, default=5, help="how many files (default 5)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per file, best kept (default 2)")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start subprocesses")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time (default) or this process's CPU time, steadier on a busy machine; "
        "the step columns are always wall time",
    )
    args = ap.parse_args(argv)
    global CLOCK
    CLOCK = time.perf_counter if args.clock == "wall" else time.process_time
    with tempfile.TemporaryDirectory(prefix="sara-bench-") as tmp:
        files = _files(args.paths, args.files, Path(tmp))
        colds: dict[str, dict[str, object]] = {}
        if not args.no_cold:
            second = files[-1] if len(files) > 1 else files[0]
            colds["auto"] = _cold_subprocess(files[0], "auto", second)
            colds["explicit"] = _cold_subprocess(files[0], str(colds["auto"]["standard"]))
        rows = warm(files, args.repeat)
        summary = _print(rows, colds)
    if args.json:
        args.json.write_text(
            json.dumps({"rows": rows, "summary": summary, "cold": colds}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
