"""Acceptance run for ingest (issue 3): every labelled report as Markdown, DOCX and PDF.

For each labelled report (shared/dev-reports/*, samples/*) it writes a DOCX (real heading
styles and tables, page header and page-number footer; optionally the heading numbers moved into
Word's automatic numbering), exports it to PDF with LibreOffice, reads all three with SARA and
prints how many labelled headings and paragraphs each recovers and the 字数 of each.

Needs LibreOffice (Debian: libreoffice-writer fonts-noto-cjk); not part of CI.

    python pipelines/ingest_eval.py [OUT_DIR]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from analyzer.ingest import read_document  # noqa: E402
from analyzer.model import Document  # noqa: E402
from analyzer.text.normalize import normalize  # noqa: E402

REPORT_DIRS = [
    *sorted((ROOT.parent / "shared" / "dev-reports").glob("*/labels.json")),
    *sorted((ROOT / "samples").glob("*/labels.json")),
]


@dataclass(frozen=True)
class Row:
    report: str
    fmt: str
    headings: int
    headings_found: int
    paragraphs: int
    paragraphs_found: int
    word_count: int
    pages: int | None


_FULLWIDTH_NUMBERING = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _norm(text: str) -> str:
    # heading numbers are normalized to ASCII digits (１．１ → 1.1); labels keep what was typed
    return "".join(normalize(text).text.split()).translate(_FULLWIDTH_NUMBERING)


def score(name: str, fmt: str, labels: dict, doc: Document) -> Row:
    heads = {_norm(p.text) for p in doc.paragraphs if p.kind == "heading"}
    found_h = sum(_norm(h["text"]) in heads for h in labels["headings"])
    texts = [(p.kind, _norm(p.text)) for p in doc.paragraphs if p.kind != "heading"]
    found_p = 0
    for para in labels["paragraphs"]:
        first = para["text_start"].split("\n")[0]
        want = _norm(first)
        if para["kind"] == "table" and "\t" not in first:  # a caption: a short paragraph or a table's caption
            found_p += any(t.startswith(want) for _, t in texts) or any(
                t.caption and _norm(t.caption).startswith(want) for t in doc.tables
            )
        else:
            found_p += any(t.startswith(want) for _, t in texts)
    assert doc.counts is not None
    return Row(
        name,
        fmt,
        len(labels["headings"]),
        found_h,
        len(labels["paragraphs"]),
        found_p,
        doc.counts.word_style,
        doc.pages,
    )


def main(argv: list[str]) -> int:
    from make_dev_pdfs import make_docx  # type: ignore[import-not-found]
    from make_pdf import convert_with_libreoffice  # type: ignore[import-not-found]

    out = Path(argv[0]) if argv else ROOT / "tmp" / "ingest-eval"
    out.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for i, label_file in enumerate(REPORT_DIRS):
        report = label_file.parent
        labels = json.loads(label_file.read_text(encoding="utf-8"))
        rows.append(score(report.name, "md", labels, read_document(report / "report.md")))
        docx = out / f"{report.name}.docx"
        make_docx(report, docx, "dash" if i % 2 else "cn", minimal=True)
        rows.append(score(report.name, "docx", labels, read_document(docx)))
        pdf = convert_with_libreoffice(docx, out)
        rows.append(score(report.name, "pdf", labels, read_document(pdf)))
    print(f"{'report':24} {'fmt':5} {'headings':>9} {'paragraphs':>11} {'字数':>7} {'pages':>5}")
    for r in rows:
        print(
            f"{r.report:24} {r.fmt:5} {r.headings_found:>4}/{r.headings:<4} {r.paragraphs_found:>5}/{r.paragraphs:<5}"
            f" {r.word_count:>7} {r.pages or '':>5}"
        )
    by = {(r.report, r.fmt): r for r in rows}
    print("\n字数 DOCX vs PDF:")
    for name in dict.fromkeys(r.report for r in rows):
        d, p = by[(name, "docx")].word_count, by[(name, "pdf")].word_count
        print(f"  {name:24} docx {d:>6}  pdf {p:>6}  diff {100 * (p - d) / d:+.2f}%")
    ok = all(r.headings_found == r.headings and r.paragraphs_found == r.paragraphs for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
