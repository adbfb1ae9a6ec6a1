"""length-limit (SARA-C301, error; warning when near): the report is longer than the standard allows.

Why: award guides cap the self-assessment report (Shenzhen and the Wuhan form 30,000 字 including
charts and tables, Beijing 60,000 字) and secretariats check the cap with Microsoft Word's 字数统计
before anyone reads a line; an over-long report is sent back or rejected. The applicant needs the
count as the secretariat will see it, how far over it is, and where cutting costs the fewest points.

What it measures: what Word's 字数 counts in this report — the body text with its headings and
table cells, and the text boxes, footnotes and endnotes when the DOCX's own Word setting includes
them, as Word does by default (:attr:`Document.counts`; rules in :mod:`analyzer.text.counts`, the
text-box rule in :func:`~analyzer.text.counts.counted_by_word`); table text is left out only when
the limit says it excludes tables. Against :attr:`Standard.report_limit` (the standard's data, or a user
override via :func:`analyzer.standards.loader.with_limits`):

- over the limit → ``error`` with the excess;
- at or above :attr:`CheckConfig.near_limit_ratio` (95 %) of it → ``warning`` with what is left;
- otherwise, or when the standard states no limit → nothing.

The message names the convention used, the text-box and note text it includes (with the document's
Word setting that includes it), what was not counted (text boxes and notes when that setting leaves
them out or the format has no such setting; text in pictures; PDF pages without a text layer) and
where to cut: the details list the three answerable clauses whose share of the text most exceeds
their share of the points (:func:`cut_candidates`).

**Convention.** A limit states its unit (:attr:`LengthLimit.unit`: ``word_count`` = Word's 字数, or
``chars_no_spaces`` / ``chars_with_spaces`` = Word's 字符数). The count uses the limit's own unit
unless the user configured a convention (:attr:`CheckConfig.length_convention` not None): a limit
is only meaningful in its own unit, but a user who knows that their secretariat counts 字符数 must
be able to say so. The finding always says which convention was used and, when it is not the
limit's own, that the limit is stated in another one.

Example (exam-2024, limit 3,000 字): a report of 3,200 字 → error “自评报告（含图表）超出篇幅限制：
字数（Word 字数统计口径）3,200字，限额3,000字，超出200字（6.7%）。” with details such as
“1.1 文化引领：1,100字，占各条款正文的40.0%；分值20分，占20.0%；比按分值应占的篇幅多约550字”.
A report of 2,900 字 (96.7 %) → warning; 2,000 字 → nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Clause, Counts, Document, Finding, FindingDetail, LengthLimit, Paragraph
from ..text.counts import SUBDOC_SOURCES, add, counted_by_word, paragraph_counts, word_setting_text
from .base import Bi, CheckConfig, CheckContext, CheckSpec, LengthConvention

SPEC = CheckSpec(
    code="SARA-C301",
    slug="length-limit",
    severity="error",
    summary="The report is over (error) or close to (warning) the standard's length limit.",
    message_zh="{label}{state}：{convention}{count}，限额{limit}，{margin}。{basis}{included}{not_counted}{cut}",
    message_en="{label} {state}: {count} ({convention}), limit {limit}, {margin}.{basis}{included}{not_counted}{cut}",
)

CUT_CANDIDATES = 3
"""How many clauses the details suggest cutting."""

PICTURE_DIAGNOSTICS = frozenset({"docx-pictures", "pdf-pictures", "pictures-not-counted"})
"""Diagnostics whose ``count`` is the number of pictures (readers and :mod:`analyzer.text.segment`)."""
NO_TEXT_PAGES_DIAGNOSTIC = "pdf-pages-without-text"

LengthState = Literal["over", "near", "within"]

CONVENTION_NAME: dict[LengthConvention, Bi] = {
    "word_count": Bi("字数（Word 字数统计口径）", "Word's word count, 字数"),
    "chars_no_spaces": Bi("字符数（不计空格）", "character count without spaces, 字符数(不计空格)"),
    "chars_with_spaces": Bi("字符数（计空格）", "character count with spaces, 字符数(计空格)"),
}
_UNIT: dict[LengthConvention, Bi] = {
    "word_count": Bi("字", " 字"),
    "chars_no_spaces": Bi("个字符", " characters"),
    "chars_with_spaces": Bi("个字符", " characters"),
}


# --------------------------------------------------------------------------- measuring


def pick(counts: Counts, convention: LengthConvention) -> int:
    """The number ``counts`` holds for ``convention``."""
    if convention == "word_count":
        return counts.word_style
    if convention == "chars_no_spaces":
        return counts.chars_no_spaces
    return counts.chars_with_spaces


def convention_for(config: CheckConfig, limit: LengthLimit) -> tuple[LengthConvention, bool]:
    """The convention to count in and whether the user chose it over the limit's own unit.

    The limit's unit, unless the configured convention is not the default (see the module docstring).
    """
    if config.length_convention is not None:
        return config.length_convention, config.length_convention != limit.unit
    return limit.unit, False


def counted_paragraphs(
    paragraphs: Iterable[Paragraph], limit: LengthLimit, *, subdocs: bool | None
) -> tuple[Paragraph, ...]:
    """The paragraphs a limit counts: those Word's 字数 counts in a document whose text-box/note
    setting is ``subdocs`` (:attr:`Document.word_counts_subdocs`, rule in
    :func:`~analyzer.text.counts.counted_by_word`), tables only if the limit includes them."""
    return tuple(
        p for p in paragraphs if counted_by_word(p.source, subdocs) and (limit.includes_tables or p.kind != "table")
    )


def not_counted_by_word(paragraphs: Iterable[Paragraph], subdocs: bool | None) -> list[Paragraph]:
    """The paragraphs Word's 字数 leaves out (text boxes and notes by the document's setting, picture text)."""
    return [p for p in paragraphs if not counted_by_word(p.source, subdocs)]


@dataclass(frozen=True, slots=True)
class LengthMeasure:
    """One text measured against one limit."""

    count: int
    limit: LengthLimit
    convention: LengthConvention
    overridden: bool
    """True when the user's convention replaced the limit's own unit."""
    state: LengthState

    @property
    def excess(self) -> int:
        """How far over the limit (negative: how much is left)."""
        return self.count - self.limit.max

    @property
    def ratio(self) -> float:
        return self.count / self.limit.max


def measure(counts: Counts, limit: LengthLimit, config: CheckConfig) -> LengthMeasure:
    """Compare ``counts`` with ``limit`` in the convention :func:`convention_for` picks."""
    convention, overridden = convention_for(config, limit)
    n = pick(counts, convention)
    if n > limit.max:
        state: LengthState = "over"
    elif n >= config.near_limit_ratio * limit.max:
        state = "near"
    else:
        state = "within"
    return LengthMeasure(n, limit, convention, overridden, state)


def report_measure(document: Document, limit: LengthLimit, config: CheckConfig) -> LengthMeasure:
    """The whole report against ``limit``: what Word counts in it, tables unless the limit excludes them."""
    if document.counts is not None and limit.includes_tables:
        counts = document.counts
    else:
        counted = counted_paragraphs(document.paragraphs, limit, subdocs=document.word_counts_subdocs)
        counts = add(paragraph_counts(p) for p in counted)
    return measure(counts, limit, config)


# --------------------------------------------------------------------------- where to cut


@dataclass(frozen=True, slots=True)
class CutCandidate:
    """An answerable clause whose share of the text exceeds its share of the points."""

    clause: Clause
    count: int
    points: float
    text_share: float
    point_share: float
    over_share_by: int
    """How much longer it is than its share of the points would make it (same convention)."""

    @property
    def excess_share(self) -> float:
        return self.text_share - self.point_share

    def detail(self, convention: LengthConvention) -> FindingDetail:
        unit = _UNIT[convention]
        pts = f"{self.points:.0f}" if self.points == round(self.points) else f"{self.points:.1f}"
        return FindingDetail(
            subject=self.clause.label,
            message_zh=(
                f"{self.clause.label}：{self.count:,}{unit.zh}，占各条款正文的{self.text_share:.1%}；"
                f"分值{pts}分，占{self.point_share:.1%}；比按分值应占的篇幅多约{self.over_share_by:,}{unit.zh}"
            ),
            message_en=(
                f"{self.clause.label}: {self.count:,}{unit.en}, {self.text_share:.1%} of the clauses' text; "
                f"{pts} points, {self.point_share:.1%} of the points; about {self.over_share_by:,}{unit.en} "
                "longer than its share of the points"
            ),
            facts=(
                ("clause", self.clause.id),
                ("count", str(self.count)),
                ("convention", convention),
                ("text_share", f"{self.text_share:.4f}"),
                ("points", f"{self.points:.4g}"),
                ("point_share", f"{self.point_share:.4f}"),
                ("over_share_by", str(self.over_share_by)),
            ),
        )


def cut_candidates(ctx: CheckContext, limit: LengthLimit, convention: LengthConvention) -> tuple[CutCandidate, ...]:
    """The answerable clauses whose text share most exceeds their point share, best cut first.

    Over the answerable leaves that carry a weight (scored items, Wuhan 条款 with their share of the
    条目): text share = the clause's count / the count of all of them; point share = its weight / the
    sum of their weights. Only clauses with a positive excess, at most :data:`CUT_CANDIDATES`.
    """
    rows: list[tuple[Clause, int, float]] = []
    for c in ctx.answerable_leaves:
        cov = ctx.coverage.of(c.id)
        if cov.weight is None or cov.weight <= 0:
            continue
        paras = counted_paragraphs(
            (ctx.paragraph(pid) for pid in cov.paragraphs), limit, subdocs=ctx.document.word_counts_subdocs
        )
        rows.append((c, pick(add(paragraph_counts(p) for p in paras), convention), cov.weight))
    total_chars = sum(n for _, n, _ in rows)
    total_points = sum(w for _, _, w in rows)
    if total_chars == 0 or total_points == 0:
        return ()
    out = []
    for c, n, w in rows:
        text_share, point_share = n / total_chars, w / total_points
        if text_share > point_share:
            over = round(n - point_share * total_chars)
            out.append(CutCandidate(c, n, w, text_share, point_share, over))
    out.sort(key=lambda k: (-k.excess_share, -k.count))
    return tuple(out[:CUT_CANDIDATES])


# --------------------------------------------------------------------------- message parts


def amount(n: int, convention: LengthConvention) -> Bi:
    unit = _UNIT[convention]
    return Bi(f"{n:,}{unit.zh}", f"{n:,}{unit.en}")


def state_text(m: LengthMeasure) -> Bi:
    if m.state == "over":
        return Bi("超出篇幅限制", "is over its length limit")
    return Bi("接近篇幅限制", "is close to its length limit")


def margin_text(m: LengthMeasure) -> Bi:
    if m.state == "over":
        a = amount(m.excess, m.convention)
        share = m.excess / m.limit.max
        return Bi(f"超出{a.zh}（{share:.1%}）", f"{a.en} ({share:.1%}) over")
    left = amount(-m.excess, m.convention)
    return Bi(f"已达{m.ratio:.1%}，仅余{left.zh}", f"{m.ratio:.1%} used, {left.en} left")


def basis_text(m: LengthMeasure) -> Bi:
    """Says so when the user's convention replaced the limit's own unit."""
    if not m.overridden:
        return Bi("", "")
    stated, used = CONVENTION_NAME[m.limit.unit], CONVENTION_NAME[m.convention]
    return Bi(
        f"该限额按{stated.zh}规定，此处按设置改以{used.zh}计算。",
        f" The limit is stated in {stated.en}; counted in {used.en} as configured.",
    )


def measure_values(m: LengthMeasure, label: Bi) -> dict[str, Bi]:
    """The message values both length checks share: label, state, convention, count, limit, margin, basis."""
    return {
        "label": label,
        "state": state_text(m),
        "convention": CONVENTION_NAME[m.convention],
        "count": amount(m.count, m.convention),
        "limit": amount(m.limit.max, m.convention),
        "margin": margin_text(m),
        "basis": basis_text(m),
    }


def _subdoc_names(paragraphs: Sequence[Paragraph]) -> Bi:
    """The kinds of text-box and note text present: 文本框、脚注和尾注 / text boxes and footnotes/endnotes."""
    sources = {p.source for p in paragraphs}
    names = [(zh, en) for src, zh, en in _SUBDOC_NAMES if src in sources]
    return Bi("、".join(zh for zh, _ in names), " and ".join(en for _, en in names))


_SUBDOC_NAMES = (("textbox", "文本框", "text boxes"), ("footnote", "脚注和尾注", "footnotes/endnotes"))


def included_text(document: Document, counted: Sequence[Paragraph], m: LengthMeasure) -> Bi:
    """The text-box and note text the count includes (``counted``: the paragraphs the limit counts),
    and the document's Word setting that includes it; empty when there is none."""
    subdocs = [p for p in counted if p.source in SUBDOC_SOURCES]
    n = pick(add(paragraph_counts(p) for p in subdocs), m.convention)
    setting = word_setting_text(document.word_counts_subdocs)
    if n <= 0 or setting is None:
        return Bi("", "")
    a, what = amount(n, m.convention), _subdoc_names(subdocs)
    return Bi(
        f"其中含{what.zh}中的{a.zh}（{setting[0]}，与 Word 显示的字数一致）。",
        f" This includes {a.en} in {what.en} ({setting[1]}, so Word's count includes them too).",
    )


def not_counted_text(document: Document, excluded: Sequence[Paragraph], m: LengthMeasure, tables: Counts | None) -> Bi:
    """What the count leaves out: ``excluded`` paragraphs (text boxes and notes that Word's 字数 leaves
    out in this document, OCR'd picture text), tables (when the limit excludes them), text in the
    document's pictures, PDF pages without a text layer."""
    zh: list[str] = []
    en: list[str] = []
    from_pictures = [p for p in excluded if p.source == "picture"]  # OCR text of pictures (analyzer/ingest/ocr.py)
    excluded = [p for p in excluded if p.source != "picture"]
    n = pick(add(paragraph_counts(p) for p in excluded), m.convention)
    if n > 0:
        a, what = amount(n, m.convention), _subdoc_names(excluded)
        setting = word_setting_text(document.word_counts_subdocs)
        if setting is None:  # no Word setting in this format: SARA counts the body only
            zh.append(f"{what.zh}中的{a.zh}（只计正文）")
            en.append(f"{a.en} in {what.en} (body text only)")
        else:
            zh.append(f"{what.zh}中的{a.zh}（{setting[0]}）")
            en.append(f"{a.en} in {what.en} ({setting[1]})")
    if tables is not None and pick(tables, m.convention) > 0:
        a = amount(pick(tables, m.convention), m.convention)
        zh.append(f"表格中的{a.zh}（该限额不含图表）")
        en.append(f"{a.en} in tables (the limit excludes them)")
    # the reader and the segmenter both report the same pictures: take the largest count, not the sum
    pictures = max((d.count or 0 for d in document.diagnostics if d.code in PICTURE_DIAGNOSTICS), default=0)
    if from_pictures:
        a = amount(pick(add(paragraph_counts(p) for p in from_pictures), m.convention), m.convention)
        zh.append(f"全文{pictures}张图片中经 OCR 识别的{a.zh}（Word 也不计图片中的文字）")
        en.append(f"{a.en} that OCR read in the document's {pictures} picture(s) (Word does not count them either)")
    elif pictures:
        zh.append(f"全文{pictures}张图片中的文字（无法读取）")
        en.append(f"text in the document's {pictures} picture(s) (cannot be read)")
    pages = max((d.count or 0 for d in document.diagnostics if d.code == NO_TEXT_PAGES_DIAGNOSTIC), default=0)
    if pages:
        zh.append(f"{pages}页没有文字层的页面")
        en.append(f"{pages} page(s) without a text layer")
    ocr_zh = ocr_en = ""
    if document.ocr_pages:
        k = len(document.ocr_pages)
        ocr_zh = f"{k}页扫描页的文字由 OCR 识别后计入，请核对。"
        en_s = "s were" if k > 1 else " was"
        ocr_en = f" The text of {k} scanned page{en_s} read by OCR and is counted; check it."
    if not zh:
        return Bi(ocr_zh, ocr_en)
    return Bi("未计入：" + "；".join(zh) + "。" + ocr_zh, " Not counted: " + "; ".join(en) + "." + ocr_en)


def _cut_text(cands: tuple[CutCandidate, ...]) -> Bi:
    if not cands:
        return Bi("", "")
    labels = "、".join(c.clause.label for c in cands)
    return Bi(
        f"可优先压缩篇幅占比明显高于分值占比的条款：{labels}（见明细）。",
        f" Cut first where a clause's share of the text most exceeds its share of the points: "
        f"{', '.join(c.clause.label for c in cands)} (see details).",
    )


# --------------------------------------------------------------------------- the check


def run(ctx: CheckContext) -> Iterator[Finding]:
    limit = ctx.standard.report_limit
    if limit is None:
        return
    doc = ctx.document
    m = report_measure(doc, limit, ctx.config)
    if m.state == "within":
        return
    subdocs = doc.word_counts_subdocs
    in_count = [p for p in doc.paragraphs if counted_by_word(p.source, subdocs)]
    tables = None if limit.includes_tables else add(paragraph_counts(p) for p in in_count if p.kind == "table")
    cands = cut_candidates(ctx, limit, m.convention)
    yield SPEC.finding(
        severity="error" if m.state == "over" else "warning",
        details=tuple(c.detail(m.convention) for c in cands),
        **measure_values(m, Bi(limit.label_zh, f"The report ({limit.label_zh})")),
        included=included_text(doc, counted_paragraphs(doc.paragraphs, limit, subdocs=subdocs), m),
        not_counted=not_counted_text(doc, not_counted_by_word(doc.paragraphs, subdocs), m, tables),
        cut=_cut_text(cands),
    )
