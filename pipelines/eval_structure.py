"""Evaluation job: document structure (headings, their nesting, front matter) on every labelled report.

    python pipelines/eval_structure.py [--verbose] [REPORT_DIR ...]

Reports: ``samples/*``, ``../shared/dev-reports/*`` and ``../shared/dev-reports-2/*`` (those that
exist). Each report's ``labels.json`` lists its headings (text, clause, level). Labels count levels
from 0 or from 1 for the title lines, so nesting is compared as *parents*, which does not depend on
where counting starts:

- **front matter**: the labelled headings with no clause before the first heading that has one
  (title lines, 目录). They must be detected as front matter (or not as headings at all), never as
  the parent of a content heading.
- **heading recall / precision**: labelled content headings found as sections; sections that are
  not labelled headings (a caption, a lead-in, a 目录 entry promoted to a heading…).
- **parent accuracy**: for each labelled content heading, its parent (the nearest earlier content
  heading with a lower level) equals the detected section's parent (front-matter sections are not
  parents).

Reads each ``report.md`` (the other formats: ``pipelines/eval_generalize.py``). Prints one row per
report and the totals; ``--verbose`` lists every wrong heading.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.ingest import read_document  # noqa: E402
from analyzer.model import Document  # noqa: E402

SOURCES = (ROOT / "samples", ROOT.parent / "shared" / "dev-reports", ROOT.parent / "shared" / "dev-reports-2")


def key(text: str) -> str:
    """Comparison key of a heading line: NFKC, no whitespace, no Markdown ``#``."""
    return "".join(unicodedata.normalize("NFKC", text).lstrip("#").split())


@dataclass
class StructureScore:
    report: str
    fmt: str
    labelled: int = 0
    found: int = 0
    detected: int = 0
    extra: int = 0
    parents_correct: int = 0
    front_labelled: int = 0
    front_ok: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return (self.detected - self.extra) / self.detected if self.detected else 1.0

    @property
    def parent_accuracy(self) -> float:
        return self.parents_correct / self.labelled if self.labelled else 1.0


def _label_parents(headings: list[dict]) -> tuple[list[dict], list[tuple[dict, str | None]]]:
    first_content = next((i for i, h in enumerate(headings) if h.get("clause") is not None), len(headings))
    front = headings[:first_content]
    content = headings[first_content:]
    out: list[tuple[dict, str | None]] = []
    for i, h in enumerate(content):
        parent = next((p for p in reversed(content[:i]) if p["level"] < h["level"]), None)
        out.append((h, key(parent["text"]) if parent else None))
    return front, out


def score_structure(name: str, fmt: str, labels: dict, doc: Document) -> StructureScore:
    score = StructureScore(name, fmt)
    front, content = _label_parents(labels["headings"])
    by_id = {s.id: s for s in doc.sections}
    heading_text = {s.id: key(doc.text[s.heading_span.start : s.heading_span.end]) for s in doc.sections}
    detected: dict[str, list] = {}
    for s in doc.sections:
        detected.setdefault(heading_text[s.id], []).append(s)
    labelled_keys = {key(h["text"]) for h in labels["headings"]}

    def content_parent(s) -> str | None:
        p = by_id.get(s.parent) if s.parent else None
        while p is not None and p.front_matter:
            p = by_id.get(p.parent) if p.parent else None
        return heading_text[p.id] if p is not None else None

    for h in front:
        score.front_labelled += 1
        hits = detected.get(key(h["text"]), [])
        contains_content = any(
            any(c.parent == s.id for c in doc.sections if not c.front_matter) for s in hits if not s.front_matter
        )
        if all(s.front_matter for s in hits) or not (hits and contains_content):
            score.front_ok += 1
        else:
            score.wrong.append(f"front matter not flagged: {h['text']}")
    used: dict[str, int] = {}
    for h, parent in content:
        score.labelled += 1
        k = key(h["text"])
        hits = detected.get(k, [])
        n = used.get(k, 0)
        if n >= len(hits):
            score.wrong.append(f"heading not found: {h['text']}")
            continue
        s = hits[n]
        used[k] = n + 1
        score.found += 1
        got = content_parent(s)
        if got == parent:
            score.parents_correct += 1
        else:
            score.wrong.append(f"parent of {h['text']}: got {got}, want {parent}")
    for s in doc.sections:
        if s.front_matter:
            continue
        score.detected += 1
        if heading_text[s.id] not in labelled_keys:
            score.extra += 1
            score.wrong.append(f"not a heading: {heading_text[s.id][:40]}")
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("reports", nargs="*", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    folders = args.reports or [p.parent for base in SOURCES for p in sorted(base.glob("*/labels.json"))]
    totals = StructureScore("TOTAL", "")
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        s = score_structure(folder.name, "md", labels, read_document(folder / "report.md"))
        print(
            f"{s.report:28} headings {s.found:3}/{s.labelled:3} extra {s.extra:2} "
            f"parents {s.parent_accuracy:.2f} front {s.front_ok}/{s.front_labelled}"
        )
        if args.verbose:
            for w in s.wrong:
                print("     ", w)
        for f in ("labelled", "found", "detected", "extra", "parents_correct", "front_labelled", "front_ok"):
            setattr(totals, f, getattr(totals, f) + getattr(s, f))
    print(
        f"{'TOTAL':33} recall {totals.recall:.3f} precision {totals.precision:.3f} "
        f"parents {totals.parent_accuracy:.3f} front {totals.front_ok}/{totals.front_labelled}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
