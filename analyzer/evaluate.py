"""Scoring SARA against labelled reports (the format of ``../shared/dev-reports/README.md``).

Used by ``pipelines/eval_mapping.py`` and by the tests. A labelled report is a folder with
``report.md`` and ``labels.json``; :func:`pair_paragraphs` pairs the labels' paragraphs with the
document's by their first characters (whitespace and an opening bullet mark ignored), in order.

Metrics (:class:`MappingScore`):

- *paragraph accuracy*: labelled paragraphs credited to the labelled clause;
- *leaf-clause accuracy*: answerable leaf clauses (profile excluded) whose credited paragraphs
  agree with the labels — paragraph-set F1 ≥ :data:`LEAF_F1`, or both empty for a missing clause;
- *missing-clause precision/recall*: clauses SARA calls missing against ``missing_clauses``;
- *results flags* (:func:`result_flags`, :func:`flag_score`): (clause, check) pairs of the three
  results checks against the labels' ``results_lacking_three_years``,
  ``results_lacking_comparison`` and unexplained ``unfavourable_results``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import Document, Paragraph, Standard
from .results.prose import without_list_marker
from .text.headings import undecorated
from .text.normalize import to_simplified
from .text.plain import inline_text, is_thematic_break, without_quote

LEAF_F1 = 0.8


@dataclass(frozen=True, slots=True)
class LabelledParagraph:
    text_start: str
    clause: str
    kind: str
    first_line: str = ""
    """The first line of the block the label starts, in full (pairing falls back on it where the
    label's 20 characters are all markup: ``<p style="text-inden``)."""


@dataclass(frozen=True, slots=True)
class LabelledReport:
    name: str
    folder: Path
    standard: str
    text: str
    paragraphs: tuple[LabelledParagraph, ...]
    headings: tuple[str, ...]
    missing_clauses: frozenset[str]
    misplaced: tuple[str, ...]
    """``text_start`` of paragraphs labelled as sitting under the wrong heading."""
    lacking_three_years: frozenset[str] = frozenset()
    lacking_comparison: frozenset[str] = frozenset()
    unexplained_declines: frozenset[str] = frozenset()
    """Clauses with an ``unfavourable_results`` entry whose ``explained`` is false."""

    def without_headings(self) -> str:
        """The report text with every labelled heading line removed (title included)."""
        wanted = {_ws(h) for h in self.headings}
        kept = [line for line in self.text.split("\n") if _ws(line.lstrip("#")) not in wanted]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip() + "\n"


def _first_line(report: str, text_start: str) -> str:
    """The first line of the block of ``report`` that starts with ``text_start`` ("" if none)."""
    at = report.find(text_start)
    if at < 0 or not text_start.strip():
        return ""
    end = report.find("\n", at)
    return report[at : end if end >= 0 else len(report)]


def load_labelled(folder: Path) -> LabelledReport:
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    text = (folder / "report.md").read_text(encoding="utf-8")
    return LabelledReport(
        name=folder.name,
        folder=folder,
        standard=data["standard"],
        text=text,
        paragraphs=tuple(
            LabelledParagraph(p["text_start"], p["clause"], p["kind"], _first_line(text, p["text_start"]))
            for p in data["paragraphs"]
        ),
        headings=tuple(h["text"] for h in data["headings"]),
        missing_clauses=frozenset(data["missing_clauses"]),
        misplaced=tuple(m["text_start"] for m in data.get("misplaced", [])),
        lacking_three_years=frozenset(data.get("results_lacking_three_years", [])),
        lacking_comparison=frozenset(data.get("results_lacking_comparison", [])),
        unexplained_declines=frozenset(
            u["clause"] for u in data.get("unfavourable_results", []) if not u.get("explained", True)
        ),
    )


def _ws(text: str) -> str:
    return "".join(text.split())


_CUT_IMAGE = re.compile(r"!\[([^\]]*)\]?(?:\([^)]*)?$")


def _key(text: str, *, shown: bool = False) -> str:
    """What pairing compares: the text without whitespace and without the bullet mark it opens with
    (a PDF may draw ``·`` or ``•`` as a graphic, so its text starts after the mark) or the symbols
    in front of it (an emoji an exporter drew as a picture), in simplified characters (a
    traditional label against a document read in simplified, or OCR that mixed the two).
    With ``shown``, Markdown inline markup is read as the text it shows (a Markdown reader shows
    ``1. **课程质量**：…`` as 1. 课程质量：… and ``> 💡 小贴士`` as 💡 小贴士), and ``**`` a cut label
    leaves open is dropped."""
    text = undecorated(text.strip())
    if shown:
        text = undecorated(without_quote(text))
        text = _CUT_IMAGE.sub(r"\1", text)  # ![图3-1 学员满意度](img/fig — a label cut inside the link
        text = re.sub(r"&[A-Za-z0-9#]{0,7}$", "", text)  # …&nbsp;&n — cut inside an entity
        text = re.sub(r"<[^<>]*$", "", text)  # <p style="te — cut inside a tag
        text = re.sub(r"\*\*|__", "", inline_text(text))
    key = _ws(without_list_marker(text.strip())) or _ws(text)
    # a pipe table's label is its first row as written (| 评价条款 | 1.1 …), the reader's table its cells
    key = key.replace("|", "") if key.startswith("|") else key
    return to_simplified(key)[0]


def _start(lab: LabelledParagraph) -> str:
    """What pairing compares for ``lab``: its start, or its block's first line where the start shows
    no text (cut inside an HTML tag)."""
    start = lab.text_start.split("\n")[0] if lab.kind == "table" else lab.text_start
    if not _key(start, shown=True).strip() and lab.first_line and _key(lab.first_line, shown=True).strip():
        return lab.first_line
    return start


def _shows_text(lab: LabelledParagraph) -> bool:
    line = _start(lab).strip()
    return not (is_thematic_break(line) or not _key(line, shown=True).strip())


_FIRST_LINE_CHARS = 4
"""A label's first line pairs alone with a paragraph equal to it when it shows this many characters."""


def pair_paragraphs(
    doc: Document, labels: Sequence[LabelledParagraph]
) -> list[tuple[LabelledParagraph, Paragraph | None]]:
    """Each label with the document paragraph it describes (None when not found), in order. Labels
    and paragraphs are compared as written and as shown (:func:`_key`), so a Markdown label pairs
    with the paragraph a reader made of it whether or not that reader read the markup."""
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    # the text as extracted too: a traditional report is analysed in simplified characters
    extracted = [doc.extracted_text[s.start : s.end] for s in (doc.extracted_span(p.span) for p in body)]
    keys = [
        {k for t in (p.text, e) for k in (_key(t), _key(t, shown=True)) if k}
        for p, e in zip(body, extracted, strict=True)
    ]

    def starts(i: int, firsts: set[str]) -> bool:
        return any(k.startswith(f) for k in keys[i] for f in firsts)

    out: list[tuple[LabelledParagraph, Paragraph | None]] = []
    pos = 0
    for lab in labels:
        start = _start(lab)
        firsts = {k for k in (_key(start), _key(start, shown=True)) if k}
        hit = next((i for i in range(pos, len(body)) if firsts and starts(i, firsts)), None)
        line = start.split("\n")[0]
        if hit is None and line != start and len(_key(line, shown=True)) >= _FIRST_LINE_CHARS:
            # a block of lines the reader made one paragraph per line (text copied from a web
            # page: one sentence a line): the label pairs with the paragraph of its first line
            ones = {k for k in (_key(line), _key(line, shown=True)) if k}
            hit = next((i for i in range(pos, len(body)) if keys[i] & ones), None)
        if hit is None:
            hit = next((i for i in range(len(body)) if firsts and starts(i, firsts)), None)
        out.append((lab, body[hit] if hit is not None else None))
        if hit is not None:
            pos = hit + 1
    return out


@dataclass(frozen=True, slots=True)
class MappingScore:
    report: str
    variant: str
    backend: str
    paragraphs: int
    paragraphs_correct: int
    leaves: int
    leaves_correct: int
    missing_true: frozenset[str]
    missing_found: frozenset[str]
    misplaced_true: int = 0
    misplaced_found: int = 0
    misplaced_correct: int = 0
    wrong: tuple[str, ...] = ()

    @property
    def paragraph_accuracy(self) -> float:
        return self.paragraphs_correct / self.paragraphs if self.paragraphs else 1.0

    @property
    def leaf_accuracy(self) -> float:
        return self.leaves_correct / self.leaves if self.leaves else 1.0


def score_mapping(
    report: LabelledReport,
    doc: Document,
    standard: Standard,
    credited: Mapping[str, str | None],
    missing: Iterable[str],
    *,
    variant: str,
    backend: str,
    misplaced: Iterable[str] = (),
) -> MappingScore:
    """Compare ``credited`` (paragraph id → clause) and ``missing`` with the labels."""
    # a label of a line that shows nothing (a Markdown rule, ``&nbsp;``) has no paragraph when the
    # reader read the markup; it is no paragraph to score then
    pairs = [(lab, p) for lab, p in pair_paragraphs(doc, report.paragraphs) if p is not None or _shows_text(lab)]
    correct = 0
    wrong: list[str] = []
    lab_sets: dict[str, set[int]] = {}
    got_sets: dict[str, set[int]] = {}
    for i, (lab, p) in enumerate(pairs):
        got = credited.get(p.id) if p is not None else None
        lab_sets.setdefault(lab.clause, set()).add(i)
        if got is not None:
            got_sets.setdefault(got, set()).add(i)
        if got == lab.clause:
            correct += 1
        else:
            wrong.append(f"{lab.clause}→{got}: {lab.text_start[:12]}")
    leaves = [c.id for c in standard.clauses if not c.children and c.expects_answer and c.kind != "profile"]
    leaves_ok = 0
    for cid in leaves:
        a, b = lab_sets.get(cid, set()), got_sets.get(cid, set())
        if (not a and not b) or (a and b and 2 * len(a & b) / (len(a) + len(b)) >= LEAF_F1):
            leaves_ok += 1
    mis_ids = set(misplaced)
    true_mis = {p.id for lab, p in pairs if p is not None and lab.text_start in report.misplaced}
    return MappingScore(
        report=report.name,
        variant=variant,
        backend=backend,
        paragraphs=len(pairs),
        paragraphs_correct=correct,
        leaves=len(leaves),
        leaves_correct=leaves_ok,
        missing_true=report.missing_clauses,
        missing_found=frozenset(missing),
        misplaced_true=len(true_mis),
        misplaced_found=len(mis_ids),
        misplaced_correct=len(true_mis & mis_ids),
        wrong=tuple(wrong),
    )


def precision_recall(scores: Iterable[MappingScore]) -> tuple[float, float, int, int, int]:
    """Missing-clause precision, recall, and the counts (true positives, found, true)."""
    tp = found = true = 0
    for s in scores:
        tp += len(s.missing_true & s.missing_found)
        found += len(s.missing_found)
        true += len(s.missing_true)
    return (tp / found if found else 1.0), (tp / true if true else 1.0), tp, found, true


THREE_YEARS = "results-three-years"
COMPARISON = "results-comparison"
UNEXPLAINED_DECLINE = "results-unexplained-decline"
FLAG_CHECKS = (THREE_YEARS, COMPARISON, UNEXPLAINED_DECLINE)
"""The results checks scored against the labels, by check slug."""


def result_flags(report: LabelledReport) -> frozenset[tuple[str, str]]:
    """The (clause, check) pairs the labels expect from the results checks."""
    return frozenset(
        {(c, THREE_YEARS) for c in report.lacking_three_years}
        | {(c, COMPARISON) for c in report.lacking_comparison}
        | {(c, UNEXPLAINED_DECLINE) for c in report.unexplained_declines}
    )


@dataclass(frozen=True, slots=True)
class FlagScore:
    tp: int
    found: int
    true: int

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def flag_score(true: Iterable[Hashable], found: Iterable[Hashable]) -> FlagScore:
    """Precision/recall/F1 of ``found`` against ``true`` (sets of flag triples or pairs)."""
    t, f = set(true), set(found)
    return FlagScore(len(t & f), len(f), len(t))
