#!/usr/bin/env python3
"""Check the labels of held-out reports against the standard they answer (not against SARA's output).

    python samples/heldout/check_labels.py [FOLDER ...]      (default: every samples/heldout/*/)

The standard's clause tree is read through the CLI contract (``python -m analyzer standards show ID
--format json``), so the check follows the data in ``standards/`` and no mapping code. The blocks of
``report.md`` are the ones the evaluation reads (:func:`analyzer.evaluation.perturb.labelled.load`:
blank lines between blocks, or lines that open the next label in a file written without them). Checked:

- every block of ``report.md`` is either a labelled heading or a labelled paragraph (in order);
- every labelled clause (paragraphs, headings, flags, unfavourable results, misplaced) exists in the standard;
- a paragraph without a clause (``null``) is front or back matter: it comes before the first heading with a
  clause, or after the last heading or paragraph with a clause (a closing 结束语 under a heading without a clause);
- ``missing_clauses`` is exactly the set of answerable leaf clauses (scored, not profile) without a paragraph;
- every clause in a results flag list is a result clause that has paragraphs;
- ``text_start`` is unique and starts its block.
Exit status 1 on any problem.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analyzer.evaluation.perturb.labelled import LabelError
from analyzer.evaluation.perturb.labelled import load as load_labelled_doc


@cache
def clause_tree(standard: str) -> dict[str, dict]:
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "standards", "show", standard, "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout
    flat: dict[str, dict] = {}

    def walk(node: dict) -> None:
        for c in node.get("children", node.get("clauses", [])):
            flat[c["id"]] = c
            walk(c)

    walk(json.loads(out))
    return flat

# page furniture copied out of a PDF (— 7 — / 第 7 页 共 38 页 / 7/38) may sit between chapters, unlabelled;
# so may a chapter's notes (① 数据来源：……) below an unlabelled 注释： heading
_PAGE_LINE = re.compile(
    r"^\s*(?:[—–\-]\s*\d+\s*[—–\-]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*(?:\n|$)"
    r"|^\s*[\u2460-\u2473]"
)


def answerable_leaves(tree: dict[str, dict]) -> set[str]:
    parents = {c.get("parent") for c in tree.values()}
    return {cid for cid, c in tree.items()
            if cid not in parents and c.get("expects_answer", True) and c.get("kind") != "profile"}


def check(folder: Path) -> list[str]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    tree = clause_tree(labels["standard"])
    problems: list[str] = []

    def known(cid: str | None, where: str) -> None:
        if cid is not None and cid not in tree:
            problems.append(f"{where}: clause {cid} is not in {labels['standard']}")

    # the blocks as the evaluation reads them (blank lines between blocks, or, in a file written
    # without them, where a line opens the next labelled heading or paragraph)
    try:
        blocks = [b.text.strip() for b in load_labelled_doc(folder).blocks]
    except LabelError as e:
        return [str(e)]
    heads, paras = labels["headings"], labels["paragraphs"]
    if len(blocks) != len(heads) + len(paras):
        problems.append(f"{len(blocks)} blocks but {len(heads)} headings + {len(paras)} paragraphs labelled")
    # back matter: null paragraphs after the last labelled heading or paragraph (document order)
    n_labelled_after = sum(h["clause"] is not None for h in heads) + sum(p["clause"] is not None for p in paras)
    hi = pi = 0
    seen_clause_heading = False
    for b in blocks:
        setext = re.fullmatch(r"([^\n]+)\n[ \t]*(?:=+|-+)[ \t]*", b.strip())  # pandoc's underlined headings
        b = setext.group(1) if setext else b
        bare = b.lstrip("#").strip()
        if hi < len(heads) and "\n" not in b and bare == heads[hi]["text"]:
            known(heads[hi]["clause"], f"heading {bare[:20]}")
            seen_clause_heading |= heads[hi]["clause"] is not None
            n_labelled_after -= heads[hi]["clause"] is not None
            hi += 1
            continue
        if pi >= len(paras) or not b.startswith(paras[pi]["text_start"]):
            problems.append(f"block not labelled: {b[:30]!r}")
            break
        p = paras[pi]
        known(p["clause"], f"paragraph {p['text_start']}")
        if p["clause"] is None and seen_clause_heading and n_labelled_after > 0 and not _PAGE_LINE.match(b):
            problems.append(f"unlabelled paragraph after the front matter: {p['text_start']}")
        n_labelled_after -= p["clause"] is not None
        pi += 1
    starts = [p["text_start"] for p in paras]
    for s in starts:
        if sum(blk.startswith(s) for blk in blocks) != 1:
            problems.append(f"text_start not unique: {s}")

    answered = {p["clause"] for p in paras if p["clause"]}
    missing = answerable_leaves(tree) - answered
    if missing != set(labels["missing_clauses"]):
        problems.append(f"missing_clauses {sorted(labels['missing_clauses'])} but unanswered leaves {sorted(missing)}")
    for key in ("results_lacking_three_years", "results_lacking_comparison", "results_without_numbers"):
        for cid in labels.get(key, []):
            known(cid, key)
            if cid in tree and tree[cid].get("kind") != "result":
                problems.append(f"{key}: {cid} is not a result clause")
            if cid not in answered:
                problems.append(f"{key}: {cid} has no paragraph")
    for u in labels.get("unfavourable_results", []):
        known(u["clause"], "unfavourable_results")
        if u["clause"] in tree and tree[u["clause"]].get("kind") != "result":
            problems.append(f"unfavourable_results: {u['clause']} is not a result clause")
    for m in labels.get("misplaced", []):
        known(m["under_heading_clause"], "misplaced")
        known(m["answers_clause"], "misplaced")
    return problems


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(p.parent for p in (ROOT / "samples" / "heldout").glob("*/labels.json"))
    bad = 0
    for folder in folders:
        problems = check(folder)
        print(f"{folder.name}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print("  PROBLEM:", p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
