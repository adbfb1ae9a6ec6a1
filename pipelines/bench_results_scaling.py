"""Benchmark: does the check step stay linear in report length? (issue 12 §C, "linear cost")

    python pipelines/bench_results_scaling.py [REPORT.md] [--standard ID] [--times 1,2,4]

The report's body is written ``k`` times in one document (every copy's paragraphs marked with the
copy number, so no per-text cache serves a later copy from an earlier one); each size runs in a
fresh process, warmed up first on a differently marked copy (imports, jieba, patterns, scorers).
Printed per size: characters, and the wall time of the ``check`` and ``bands`` steps
(the results checks and the band suggestions read the result items), with the ratio to ×1.
Linear means the ratio grows like ``k``, not like ``k²``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "samples" / "szx-econ-bank" / "report.md"

_CHILD = r"""
import json, sys, re, time
sys.path.insert(0, sys.argv[1])
from analyzer.ingest import read_document
from analyzer.model import Document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
import tempfile, pathlib
src, std, k = sys.argv[2], sys.argv[3], int(sys.argv[4])
text = pathlib.Path(src).read_text(encoding="utf-8")
blocks = text.split("\n\n")


def build(copies, mark):
    out = []
    for copy in copies:
        for b in blocks:
            if b.strip() and not b.lstrip().startswith("#") and "\t" not in b:
                b = b.rstrip() + f"（{mark}{copy + 1}）"
            out.append(b)
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "report.md"
        path.write_text("\n\n".join(out), encoding="utf-8")
        return read_document(path)


standard = load_standard(std)
# warm up (imports, jieba, spaCy patterns, scorers) on text no later run repeats
analyze_document(build([0], "预热"), standard, AnalyzeOptions(backend="lexical"))
doc = build(range(k), "第")
a = analyze_document(doc, standard, AnalyzeOptions(backend="lexical"))
t = dict(a.timings)
print(json.dumps({"chars": len(doc.text), "check": t.get("check"), "bands": t.get("bands")}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--standard", default=None, help="standard id (default: from labels.json beside the report)")
    ap.add_argument("--times", default="1,2,4")
    args = ap.parse_args(argv)
    standard = args.standard
    if standard is None:
        labels = args.report.parent / "labels.json"
        standard = json.loads(labels.read_text(encoding="utf-8"))["standard"]
    rows = []
    for k in (int(x) for x in args.times.split(",")):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(ROOT), str(args.report), standard, str(k)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append((k, json.loads(done.stdout.strip().splitlines()[-1])))
    base = rows[0][1]
    print(f"{'×':>3} {'chars':>9} {'check s':>9} {'ratio':>6} {'bands s':>9} {'ratio':>6}")
    for k, r in rows:
        print(
            f"{k:>3} {r['chars']:>9} {r['check']:>9.3f} {r['check'] / base['check']:>6.2f} "
            f"{r['bands']:>9.3f} {r['bands'] / base['bands']:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
