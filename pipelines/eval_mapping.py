"""Evaluation job: paragraph→clause mapping and missing clauses on every labelled report.

    python pipelines/eval_mapping.py [--backend lexical|embedding|auto ...] [--model PATH] [--verbose]

Reports: the four dev reports (``../shared/dev-reports``) and our own samples (``samples/``),
each (a) as written and (b) with every heading line removed. Prints one row per report ×
variant × backend and the totals per variant × backend: paragraph accuracy, leaf-clause
accuracy, missing-clause precision/recall (definitions in :mod:`analyzer.evaluate`), misplaced
paragraphs found. Exit status 1 when a target is missed (paragraph accuracy ≥ 0.97 as written,
≥ 0.85 without headings; missing-clause recall 1.0 and precision ≥ 0.9 as written).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.evaluate import LabelledReport, MappingScore, load_labelled, precision_recall, score_mapping  # noqa: E402
from analyzer.ingest import read_document  # noqa: E402
from analyzer.pipeline import AnalyzeOptions, analyze_document  # noqa: E402
from analyzer.standards import load_standard  # noqa: E402

DEV = ROOT.parent / "shared" / "dev-reports"
OWN = ROOT / "samples"
TARGETS = {"as-written": (0.97, 1.0, 0.9), "no-headings": (0.85, None, None)}


def labelled_reports() -> list[tuple[str, LabelledReport]]:
    out = []
    for group, base in (("dev", DEV), ("own", OWN)):
        for labels in sorted(base.glob("*/labels.json")):
            out.append((group, load_labelled(labels.parent)))
    return out


def evaluate(report: LabelledReport, variant: str, options: AnalyzeOptions, tmp: Path) -> MappingScore:
    path = report.folder / "report.md"
    if variant == "no-headings":
        path = tmp / f"{report.name}-noheadings.md"
        path.write_text(report.without_headings(), encoding="utf-8")
    doc = read_document(path)
    std = load_standard(report.standard)
    a = analyze_document(doc, std, options)
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    missing = [c.clause for c in a.coverage.clauses if c.status == "missing"]
    return score_mapping(
        report,
        doc,
        std,
        credited,
        missing,
        variant=variant,
        backend=a.mapping.scorer.name,
        misplaced=[m.paragraph for m in a.mapping.misplaced],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", action="append", choices=["lexical", "embedding", "auto"])
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-crosswalk", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    backends = args.backend or ["lexical"]
    rows: list[tuple[str, MappingScore]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            options = AnalyzeOptions(backend=backend, model=args.model, crosswalk=not args.no_crosswalk)
            for group, report in labelled_reports():
                for variant in TARGETS:
                    rows.append((group, evaluate(report, variant, options, Path(tmp))))
    head = (
        f"{'group':5} {'report':22} {'variant':12} {'backend':8} {'para acc':>9} {'leaf acc':>9} "
        f"{'missing (true/found)':>22} {'misplaced':>10}"
    )
    print(head)
    print("-" * len(head))
    for group, s in rows:
        miss = f"{','.join(sorted(s.missing_true))}/{','.join(sorted(s.missing_found)) or '-'}"
        mis = f"{s.misplaced_correct}/{s.misplaced_true} ({s.misplaced_found})"
        print(
            f"{group:5} {s.report:22} {s.variant:12} {s.backend:8} "
            f"{s.paragraph_accuracy:>9.3f} {s.leaf_accuracy:>9.3f} {miss:>22} {mis:>10}"
        )
        if args.verbose and s.wrong:
            for w in s.wrong:
                print(f"        {w}")
    print()
    totals: dict[tuple[str, str, str], list[MappingScore]] = defaultdict(list)
    for group, s in rows:
        totals[(group, s.variant, s.backend)].append(s)
        totals[("all", s.variant, s.backend)].append(s)
    print(
        f"{'group':5} {'variant':12} {'backend':8} {'para acc':>9} {'leaf acc':>9} "
        f"{'miss P':>7} {'miss R':>7}  {'misplaced':>9}"
    )
    ok = True
    for (group, variant, backend), ss in sorted(totals.items()):
        pa = sum(s.paragraphs_correct for s in ss) / sum(s.paragraphs for s in ss)
        la = sum(s.leaves_correct for s in ss) / sum(s.leaves for s in ss)
        p, r, *_ = precision_recall(ss)
        mc = sum(s.misplaced_correct for s in ss)
        mt = sum(s.misplaced_true for s in ss)
        mf = sum(s.misplaced_found for s in ss)
        print(f"{group:5} {variant:12} {backend:8} {pa:>9.3f} {la:>9.3f} {p:>7.2f} {r:>7.2f}  {mc}/{mt} ({mf})")
        if group == "all":
            t_pa, t_r, t_p = TARGETS[variant]
            ok &= pa >= t_pa and (t_r is None or r >= t_r) and (t_p is None or p >= t_p)
    print("\ntargets met" if ok else "\ntargets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
