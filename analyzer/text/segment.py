"""From a reader's blocks to a :class:`analyzer.model.Document`: the format-independent text layer.

:func:`build_document` runs, for every format, in this order:

1. **Visible text per block.** A DOCX block's automatic ``numbering`` is prepended to its text
   (``"1.1" + " " + "文化引领"``), because a reader of the report sees it. A caption paragraph
   (``表6-1 …``) directly before a table becomes the first line of that table block, as in the
   plain-text format. These visible texts joined by ``"\\n"`` are :attr:`Document.extracted_text`.
2. **Normalization** (:mod:`analyzer.text.normalize`) of each block; tables keep tabs and newlines.
   :attr:`Document.text` is the normalized blocks joined by ``"\\n"``; :attr:`Document.offset_map`
   maps every character back to ``extracted_text``. Blocks that normalize to nothing are dropped.
3. **Front matter** (:mod:`analyzer.text.frontmatter`): title lines, the cover block and the 目录
   (heading and entries) are flagged ``front_matter``. 目录 entries and cover lines are never
   headings; a title line or the 目录 heading is a heading of a front-matter section.
4. **Headings.** A block is a heading when the reader says so (``kind == "heading"``) or when
   :func:`analyzer.text.headings.recognize` accepts the paragraph: confidence ≥ 0.6 when the
   format marks no headings at all (plain text), ≥ 0.85 and numbered when it does (then an
   unmarked paragraph needs a number to be promoted). Text boxes and footnotes are never headings.
   **Run-in headings** (``（一）强化领导引领。…`` at a paragraph's start) open sections only where
   the document's own headings are too few to carry its structure (:func:`_decide_run_ins`); their
   paragraph stays a text paragraph and the section's heading span is the lead-in inside it.
   **Levels** (:func:`analyzer.text.levels.assign_levels`): format levels (``style_level``;
   for PDF heading blocks without one, the rank of their font size) win; otherwise the numbering
   grammar relative to the enclosing heading (第X部分 > 一、 > （一） > 1. > （1）, decimal depth) and
   the document's own restarts. Levels are depths in the tree of content headings (1 = top).
5. **Sections and paragraphs.** A front-matter section holds front matter only: the first other
   block closes it, so it is never the parent of a chapter and the profile text right after a
   title line belongs to no section. Heading lines are paragraphs of kind ``heading`` too, so counts
   include them (Word counts them). Section ids are positional paths — ``s1``, ``s1.2``,
   ``s1.2.3`` = 3rd child of the 2nd child of the 1st top section — and paragraph ids ``p1``,
   ``p2`` … in document order: the same file always gives the same ids. A section's span runs from
   its heading to the end of its last paragraph (subsections included); every span slices
   ``Document.text`` exactly.
6. **Counts.** :attr:`Document.counts` sums what Word's 字数 counts in this document: body
   paragraphs (headings and table cells included), and text boxes, footnotes and endnotes when the
   DOCX's own Word setting includes them (:func:`analyzer.text.counts.counted_by_word`, Word's
   default); those it leaves out go to :attr:`Document.excluded_counts`, OCR'd picture text to
   :attr:`Document.picture_counts`.
   Each paragraph is counted by :func:`analyzer.text.counts.paragraph_counts`: its text less its
   automatic list numbers (:attr:`Paragraph.uncounted`), so sections and the profile follow the
   same rule as the document.

Sentence splitting is a separate, heavier step: :func:`analyzer.text.sentences.add_sentences`.
Nothing here imports spaCy or jieba.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..model import Block, Counts, Diagnostic, Document, Paragraph, ParagraphKind, RawDocument, Section, Span, Table
from .chars import FULLWIDTH_NUMBER_MAP
from .counts import SUBDOC_SOURCES, ZERO, add, count, counted_by_word, paragraph_counts, subtract, word_setting_text
from .frontmatter import FrontKind, FrontUnit, front_matter
from .headings import (
    HEADING_THRESHOLD,
    SENTENCE_MARKS,
    STRICT_THRESHOLD,
    TAGGED_PARAGRAPHS,
    HeadingMatch,
    bare_number,
    clause_tag_line,
    glossed_title,
    is_caption,
    is_data_line,
    is_figure_caption,
    is_legend_word,
    labelled_heading,
    legend_line,
    list_marked,
    names_clause,
    ordinal_value,
    paragraph_clause_tags,
    recognize,
    run_in_heading,
    split_number,
    template_titles,
    trailing_number,
    undecorated,
)
from .levels import HeadingInfo, assign_levels, grammar_below
from .normalize import (
    PARAGRAPH_STEPS,
    PARAGRAPH_STEPS_T2S,
    Normalized,
    Step,
    halfwidth_heading_number,
    is_traditional,
    normalize,
    normalize_cell,
    normalize_table,
)

_TITLE_WORDS = re.compile(r"报告|自评|申报|质量奖|评价")
_PARENT_INTRO_MAX = 80


@dataclass(frozen=True, slots=True)
class _Unit:
    """One block after steps 1–3."""

    block: Block
    norm: Normalized
    kind: ParagraphKind
    heading: HeadingMatch | None = None
    rows: tuple[tuple[str, ...], ...] | None = None
    caption: str | None = None
    front: FrontKind | None = None
    uncounted: Counts | None = None  # automatic list numbers: shown, not counted (Word's 字数)
    written: str | None = None
    """The text as written when :attr:`norm` changed it beyond the counting steps (a heading number
    made half-width): Word counts what is written."""
    run_in: HeadingMatch | None = None
    """A numbered heading run into the start of this text paragraph (:func:`_decide_run_ins`)."""
    run_in_end: int = 0


def build_document(raw: RawDocument) -> Document:
    """Normalize, find headings, build the section tree, paragraphs, tables and counts."""
    simplify = is_traditional("\n".join(b.text for b in raw.blocks))
    units = _units(raw, simplify)
    units = _mark_front_matter(units)
    units = _decide_headings(units)
    units = _decide_run_ins(units)
    units = _form_tables(units)
    levels = _levels(units)

    # ---- text, offsets
    texts: list[str] = []
    offset_map: list[int] = []
    extracted_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    ext_pos = 0
    for k, u in enumerate(units):
        if k:
            texts.append("\n")
            offset_map.append(ext_pos - 1)  # the joiner maps to the joiner
            pos += 1
        starts.append(pos)
        texts.append(u.norm.text)
        offset_map.extend(ext_pos + o for o in u.norm.offsets)
        pos += len(u.norm.text)
        extracted_parts.append(u.norm.original)
        ext_pos += len(u.norm.original) + 1
    text = "".join(texts)
    extracted = "\n".join(extracted_parts)

    # ---- sections (positional ids), paragraphs, tables
    paragraphs: list[Paragraph] = []
    tables: list[Table] = []
    open_sections: list[_OpenSection] = []
    closed: list[_OpenSection] = []
    child_counts: dict[str | None, int] = {}
    level_iter = iter(levels)
    for k, u in enumerate(units):
        span = Span(starts[k], starts[k] + len(u.norm.text))
        # a front-matter section holds front matter only: any other block closes it
        while open_sections and open_sections[-1].front and (u.front is None or u.heading is not None):
            closed.append(open_sections.pop())
        opens = u.heading or u.run_in
        if opens is not None:
            level = next(level_iter)
            if u.front == "aside-heading":
                level = 1  # a foreword or closing section stands beside the chapters, under no heading
            elif u.front is not None:
                level = open_sections[-1].level + 1 if open_sections else 1
            while open_sections and open_sections[-1].level >= level:
                closed.append(open_sections.pop())
            parent = open_sections[-1].id if open_sections else None
            child_counts[parent] = child_counts.get(parent, 0) + 1
            sid = f"{parent}.{child_counts[parent]}" if parent else f"s{child_counts[parent]}"
            heading_span = span if u.heading is not None else Span(span.start, span.start + u.run_in_end)
            open_sections.append(_OpenSection(sid, level, parent, u, opens, heading_span, span.end))
        for s in open_sections:
            s.end = span.end
        table: Table | None = None
        if u.kind == "table":
            table = Table(
                id=f"t{len(tables) + 1}",
                rows=u.rows or (),
                span=span,
                page=u.block.page,
                caption=u.caption,
            )
            tables.append(table)
        paragraphs.append(
            Paragraph(
                id=f"p{k + 1}",
                index=k,
                text=u.norm.text,
                span=span,
                section=open_sections[-1].id if open_sections else None,
                page=u.block.page,
                kind=u.kind,
                source=u.block.source,
                table=table,
                front_matter=u.front is not None,
                counts=_word_counts(u),
            )
        )
    closed.extend(open_sections)
    sections = sorted((s.freeze() for s in closed), key=lambda s: (s.heading_span.start, s.level))

    subdocs = raw.word_counts_subdocs
    body = add(paragraph_counts(p) for p in paragraphs if counted_by_word(p.source, subdocs))
    excluded_paras = [p for p in paragraphs if p.source != "picture" and not counted_by_word(p.source, subdocs)]
    included_paras = [p for p in paragraphs if p.source in SUBDOC_SOURCES and counted_by_word(p.source, subdocs)]
    excluded = add(paragraph_counts(p) for p in excluded_paras)
    picture_paras = [p for p in paragraphs if p.source == "picture"]
    picture_counts = add(paragraph_counts(p) for p in picture_paras) if picture_paras else None
    diagnostics = list(raw.diagnostics)
    if simplify:
        diagnostics.append(
            Diagnostic(
                "traditional-characters",
                "info",
                "报告使用繁体字：分析时已转换为简体字（OpenCC），引用的原文仍为繁体",
                "the report is written in traditional characters: it was analysed in simplified characters "
                "(OpenCC); quotes point at the traditional original",
            )
        )
    diagnostics.extend(_count_diagnostics(raw, excluded_paras, excluded, included_paras, {d.code for d in diagnostics}))

    return Document(
        source=raw.source,
        format=raw.format,
        text=text,
        sections=tuple(sections),
        paragraphs=tuple(paragraphs),
        tables=tuple(tables),
        pages=raw.pages,
        diagnostics=tuple(diagnostics),
        sha256=raw.sha256,
        counts=body,
        excluded_counts=excluded,
        extracted_text=extracted,
        offset_map=tuple(offset_map),
        picture_counts=picture_counts,
        ocr_pages=raw.ocr_pages,
        word_counts_subdocs=subdocs,
    )


class _OpenSection:
    __slots__ = ("end", "heading", "heading_span", "id", "level", "parent", "unit")

    def __init__(
        self, sid: str, level: int, parent: str | None, unit: _Unit, heading: HeadingMatch, heading_span: Span, end: int
    ) -> None:
        self.id = sid
        self.level = level
        self.parent = parent
        self.unit = unit
        self.heading = heading
        self.heading_span = heading_span
        self.end = end

    @property
    def front(self) -> bool:
        return self.unit.front is not None

    def freeze(self) -> Section:
        h = self.heading
        return Section(
            id=self.id,
            level=self.level,
            number=h.number,
            title=h.title,
            span=Span(self.heading_span.start, self.end),
            heading_span=self.heading_span,
            page=self.unit.block.page,
            parent=self.parent,
            numbering_style=None if h.style == "plain" else h.style,
            confidence=1.0 if self.unit.block.kind == "heading" else h.confidence,
            front_matter=self.front,
        )


# --------------------------------------------------------------------------- steps 1–3


def _visible_text(block: Block) -> str:
    if block.numbering and block.kind != "table":
        return f"{block.numbering} {block.text}"
    return block.text


def _units(raw: RawDocument, simplify: bool) -> list[_Unit]:
    blocks = list(raw.blocks)
    steps = PARAGRAPH_STEPS_T2S if simplify else PARAGRAPH_STEPS
    units: list[_Unit] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "table":
            units.extend(_table_unit(b, None, simplify))
        elif (
            b.kind == "paragraph"
            and k + 1 < len(blocks)
            and blocks[k + 1].kind == "table"
            and is_caption(normalize(b.text).text)
            and not _table_has_caption(blocks[k + 1])
        ):
            units.extend(_table_unit(blocks[k + 1], b, simplify))
            k += 1
        else:
            norm = normalize(_visible_text(b), steps)
            if norm.text:
                units.append(_Unit(b, norm, "text", uncounted=_label_counts(b, norm, steps)))
        k += 1
    return units


def _word_counts(u: _Unit) -> Counts | None:
    """Word's 字数 of a unit where it differs from the counts of its shown text: the text as
    written, less its automatic list numbers (None: the shown text counts as it is)."""
    if u.written is None and u.uncounted is None:
        return None
    written = count(u.written if u.written is not None else u.norm.text)
    return written if u.uncounted is None else subtract(written, [u.uncounted])


def _table_has_caption(block: Block) -> bool:
    first = block.text.split("\n", 1)[0]
    return "\t" not in first and is_caption(first.strip())


def _table_unit(block: Block, caption_block: Block | None, simplify: bool) -> list[_Unit]:
    raw_text = block.text
    if caption_block is not None:
        raw_text = f"{caption_block.text}\n{raw_text}"
    norm = normalize_table(raw_text, simplify=simplify)
    if not norm.text:
        return []
    lines = norm.text.split("\n")
    caption: str | None = None
    if "\t" not in lines[0] and (is_caption(lines[0]) or len(lines) > 1):
        caption = lines[0]
    if block.rows is not None:
        rows = tuple(tuple(normalize_cell(c, simplify=simplify) for c in r) for r in block.rows)
    else:
        body = lines[1:] if caption is not None else lines
        rows = tuple(tuple(c.strip() for c in ln.split("\t")) for ln in body)
    # the reader wrote "label text": the label and its space
    uncounted = add(count(f"{label} ") for label in block.uncounted) if block.uncounted else None
    return [_Unit(block, norm, "table", rows=rows, caption=caption, uncounted=uncounted)]


def _label_counts(block: Block, norm: Normalized, steps: Sequence[Step]) -> Counts | None:
    """What a paragraph's automatic list number adds to its counts (its normalized text with the
    label, as the document shows it, less its text without)."""
    if not block.numbering or block.kind == "table":
        return None
    return subtract(count(norm.text), [count(normalize(block.text, steps).text)])


def _mark_front_matter(units: list[_Unit]) -> list[_Unit]:
    """Title lines, cover block and 目录 (:mod:`analyzer.text.frontmatter`); text boxes and footnotes
    are not looked at."""
    body = [k for k, u in enumerate(units) if u.block.source == "body"]
    kinds = front_matter(
        [
            FrontUnit(
                text=units[k].norm.original,
                # (📎 附：名词解释, 🗂 目录: the marks an online document puts before a heading)
                normalized=(line := undecorated(units[k].norm.text)),
                is_table=units[k].kind == "table",
                numbered=(number := split_number(line)) is not None,
                style=number[0] if number is not None else None,
                labelled=labelled_heading(line) is not None,
            )
            for k in body
        ]
    )
    out = list(units)
    for k, kind in zip(body, kinds, strict=True):
        if kind is not None:
            out[k] = replace(units[k], front=kind)
    return out


BARE_MIN = 3
"""Lines that are a number alone a document needs before they are its headings."""
BARE_SEQUENCE = 0.8
"""Share of those lines that must number on (each above the one before) and be followed by text."""


def _bare_number_headings(units: list[_Unit]) -> frozenset[int]:
    """Lines that are a clause-like number and nothing else (``2.1``, ``【2.2】``, ``▌3.1``) are the
    headings of a document that writes its headings without titles, where there are at least
    :data:`BARE_MIN` of them, numbered in order and each followed by its text
    (:data:`BARE_SEQUENCE`). One such line, or a column of values (``1.2`` ``1.5`` ``1.8`` one per
    line, as a PDF chart's axis comes out), stays a paragraph."""
    found = {
        k: m
        for k, u in enumerate(units)
        if u.kind == "text" and u.block.source == "body" and u.front is None and (m := bare_number(u.norm.text))
    }
    if len(found) < BARE_MIN:
        return frozenset()
    ks = sorted(found)
    numbers = [tuple(int(p) for p in (found[k].number or "").split(".")) for k in ks]
    rising = sum(1 for a, b in pairwise(numbers) if b > a)
    followed = sum(1 for k in ks if k + 1 < len(units) and units[k + 1].kind != "heading" and k + 1 not in found)
    if rising < BARE_SEQUENCE * (len(ks) - 1) or followed < BARE_SEQUENCE * len(ks):
        return frozenset()
    return frozenset(ks)


def _decide_headings(units: list[_Unit]) -> list[_Unit]:
    explicit = any(u.block.kind == "heading" for u in units)
    bare = _bare_number_headings(units)
    residue = _chart_residue(units) | _figure_text(units)
    trailing = _trailing_numbers(units)
    sentences = _sentence_headings(units)
    listed = _listed_headings(units)
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if u.kind == "table" or u.block.source != "body" or u.front in ("toc", "cover", "aside", "furniture"):
            out.append(u)  # 目录 entries, cover lines, a foreword's prose and page furniture are never headings
            continue
        if k in residue:
            out.append(u)  # what a chart leaves when copied out of a PDF: its axes, labels and legend
            continue
        if k in listed:
            out.append(u)  # - 1.1 文化引领 / - 1.2 组织治理 / …: a list of headings (a 目录), not headings
            continue
        match = trailing.get(k) or sentences.get(k) or _boosted(recognize(u.norm.text), k in bare)
        if u.front is not None and (match is None or match.confidence < STRICT_THRESHOLD):
            # a title line or the 目录 heading: a heading of the front matter
            match = HeadingMatch("plain", None, u.norm.text, 0.9)
        if k == 0 and match is not None and match.number is None and _looks_like_report_title(match):
            match = HeadingMatch(match.style, None, match.title, max(match.confidence, 0.8))
        if u.block.kind == "heading":
            if match is None or (match.confidence == 0 and match.number is None):
                match = HeadingMatch("plain", None, u.norm.text, 1.0)
        elif match is None:
            pass
        elif explicit:
            if match.number is None or match.confidence < STRICT_THRESHOLD:
                match = None
        elif match.confidence < HEADING_THRESHOLD:
            match = None
        if match is None:
            out.append(u)
            continue
        norm = u.norm.then(halfwidth_heading_number)
        if norm.text != u.norm.text:
            match = _boosted(recognize(norm.text), k in bare) or match
        written = u.norm.text if norm.text != u.norm.text else None
        out.append(replace(u, norm=norm, kind="heading", heading=match, written=written))
    return _tagged_by_paragraphs(_tagged_by_table(_tagged_below(out)))


SENTENCE_HEADINGS = 4
"""Numbered titles closed by 。 or ！ a document needs before such lines are read as headings."""
SENTENCE_HEADING_BODY = 50
"""Characters of the paragraph after such a line that make it a heading over its text (a list item's
neighbour is another short item)."""
_CLOSING_MARKS = "。！!"


def _sentence_headings(units: list[_Unit]) -> dict[int, HeadingMatch]:
    """Numbered headings written as slogans that close with 。 or ！ (``一、高标准定位：坚持人民公交为人民。``,
    ``（一）领导力——以上率下，把方向、管大局、保落实。``, ``2.带出一支“车轮上的铁军”。``): lines that read as
    titles but for that closing mark (:func:`~analyzer.text.headings.recognize` without it; a slogan's
    head and gloss, :func:`~analyzer.text.headings.glossed_title`; unnumbered only right before a
    numbered line, ``单位简介：一辆车、一条线、一张网，我们与珖埕一起成长。`` over its parts), each
    followed by the text it heads — a paragraph of :data:`SENTENCE_HEADING_BODY` characters or more, a
    table, or a heading of another style — and never right after one of its own style (a list of short
    numbered sentences, ``1.…。`` / ``2.…。``, is no run of headings). Only where the document writes at
    least :data:`SENTENCE_HEADINGS` of them, and only without Markdown headings (where ``#`` marks the
    headings, a numbered sentence is a list item): their confidence stays below the strict threshold."""
    found: dict[int, HeadingMatch] = {}
    for k, u in enumerate(units):
        text = u.norm.text.strip()
        if u.kind != "text" or u.block.source != "body" or u.front is not None or text[-1:] not in _CLOSING_MARKS:
            continue
        whole = recognize(text)
        if whole is None or whole.confidence >= HEADING_THRESHOLD:
            continue
        if whole.number is None and (k + 1 >= len(units) or split_number(units[k + 1].norm.text) is None):
            continue  # (单位简介：…，我们与珖埕一起成长。 heads its numbered parts; alone it is a sentence)
        bare = recognize(text.rstrip(_CLOSING_MARKS))
        if bare is None or bare.number != whole.number:
            continue
        if bare.confidence < HEADING_THRESHOLD and not glossed_title(bare.title):
            continue  # (a slogan: 高绩效结果：用实打实的数据回答…这道必答题)
        found[k] = replace(bare, confidence=min(max(bare.confidence, HEADING_THRESHOLD), SENTENCE_HEADING_CONFIDENCE))

    def heads_text(k: int) -> bool:
        nxt = units[k + 1] if k + 1 < len(units) else None
        if nxt is None:
            return False
        if nxt.kind == "table" or nxt.block.kind == "heading":
            return True
        if k + 1 in found:
            return found[k + 1].style != found[k].style
        number = split_number(nxt.norm.text)
        if number is not None and number[0] != found[k].style:
            return True  # a numbered line of another style: the first point or sub-heading below it
        return len(nxt.norm.text) >= SENTENCE_HEADING_BODY

    listed = {k for k in found if k + 1 in found and found[k + 1].style == found[k].style}
    listed |= {k + 1 for k in listed}
    plausible = {k for k in found if k not in listed and heads_text(k)}

    # the numbered text line of each candidate's style right before it (one pass, not one walk back each)
    last: dict[str, tuple[int, str]] = {}
    before: dict[int, tuple[int, str] | None] = {}
    for j, u in enumerate(units):
        num = split_number(u.norm.text) if u.kind == "text" and u.front is None else None
        if j in found:
            before[j] = last.get(found[j].style)
        if num is not None:
            last[num[0]] = (j, num[1])

    def numbered_paragraph(k: int) -> bool:
        """The line continues a run of numbered paragraphs (24．公司近三年…见表2-1。 after 23．…): the
        same style's line before it, no heading, has the ordinal before its own."""
        prev = before[k]
        if prev is None:
            return False
        j, number = prev
        m = recognize(units[j].norm.text)
        if j in plausible or (m is not None and m.confidence >= HEADING_THRESHOLD):
            return False  # the heading before it in the same style
        n = ordinal_value(found[k].number)
        return n is not None and ordinal_value(number) == n - 1

    found = {k: m for k, m in found.items() if k in plausible and not numbered_paragraph(k)}
    return found if len(found) >= SENTENCE_HEADINGS else {}


SENTENCE_HEADING_CONFIDENCE = 0.8
"""Below :data:`~analyzer.text.headings.STRICT_THRESHOLD`: a format that marks its headings decides."""


LISTED_HEADINGS = 3
"""Heading-shaped list items in a row, at one depth and with nothing between them, that make a list of
headings (a 目录 written as a Markdown list) rather than headings."""


def _listed_headings(units: list[_Unit]) -> set[int]:
    """Indexes of list items that read as numbered headings (``- 1.1 文化引领``) in runs of
    :data:`LISTED_HEADINGS` or more, in one numbering style at one indentation, with no other block
    between them: an outline export nests its headings (``- 第一部分`` / ``····- 一、`` / ``········- （一）``)
    with text under each, a 目录 lists them one after another (``- 1.1 …`` / ``- 1.2 …`` / ``- 1.3 …``)."""
    out: set[int] = set()
    run: list[int] = []
    shape: tuple[int, str] | None = None

    def close() -> None:
        if len(run) >= LISTED_HEADINGS:
            out.update(run)
        run.clear()

    for k, u in enumerate(units):
        raw = u.block.text
        match = recognize(u.norm.text) if u.kind == "text" and list_marked(raw) else None
        here = (len(raw) - len(raw.lstrip(" \u3000")), match.style) if match is not None else None
        if match is None or match.number is None or (run and here != shape):
            close()
        if match is not None and match.number is not None:
            run.append(k)
            shape = here
    close()
    return out


_LEADER_END = re.compile(r"[ \u3000\t.．…·•]+$")
TRAILING_NUMBERS = 3
"""Headings with their clause number after the title a document needs before such lines are read
as headings: one ``营业收入增长 2.1`` alone is as likely a line of data."""


def _trailing_numbers(units: list[_Unit]) -> dict[int, HeadingMatch]:
    """Headings whose clause number follows the title (``领导力 1.1``, ``对标定位……1.2.1``,
    :func:`~analyzer.text.headings.trailing_number`), read on the line as written (normalising
    removes the space between a title and a figure), where the document has
    :data:`TRAILING_NUMBERS` of them or more."""
    found: dict[int, HeadingMatch] = {}
    integers: dict[int, HeadingMatch] = {}
    for k, u in enumerate(units):
        if u.kind != "text" or u.front is not None or u.block.source != "body" or "\n" in u.block.text.strip():
            continue
        for whole, into in ((False, found), (True, integers)):
            m = trailing_number(u.block.text.strip(), integer=whole)
            if m is not None and m.confidence >= HEADING_THRESHOLD:
                norm = u.norm.text.strip()
                title = norm[: -len(m.number or "")] if norm.endswith(m.number or "") else ""
                into[k] = replace(m, title=_LEADER_END.sub("", title) or m.title)
    if len(found) < TRAILING_NUMBERS:
        return {}
    # a category's number (高标准定位 1) where decimal headings below it carry it (领导力 1.1)
    heads = {(m.number or "").split(".")[0] for m in found.values()}
    return found | {k: m for k, m in integers.items() if m.number in heads}


def _chart_residue(units: list[_Unit]) -> set[int]:
    """Indexes of the lines a chart leaves after its caption when its text is copied out of a PDF
    (``图7-2 …`` then ``99.8 99.6 99.4``, ``2021年 2022年 2023年``, ``本公司 湦岧冷链 行业平均``): lines of
    figures (:func:`~analyzer.text.headings.is_data_line`) and legend lines
    (:func:`~analyzer.text.headings.legend_line`) up to the first other line, when there is at least
    one line of figures among them. A legend line of one name counts when it names the organisation
    or a comparison (``本公司``, ``行业平均``) or stands beside another legend line (``湦岧冷链`` one per
    line): one short line alone after the figures may be the next heading in the organisation's words."""
    out: set[int] = set()
    k = 0
    while k < len(units):
        if units[k].kind != "text" or not is_figure_caption(units[k].norm.text):
            k += 1
            continue
        # each line after the caption: (a line of figures, how many legend names it holds)
        lines: dict[int, tuple[bool, int]] = {}
        end = k + 1
        while end < len(units) and units[end].kind == "text" and units[end].block.kind != "heading":
            text = units[end].norm.text
            data, names = is_data_line(text), legend_line(text)
            if not data and not names:
                break
            lines[end] = (data, names)
            end += 1
        if any(data for data, _ in lines.values()):
            for j, (data, names) in lines.items():
                beside = any(lines.get(i, (False, 0))[1] for i in (j - 1, j + 1))
                if data or names >= 2 or is_legend_word(units[j].norm.text) or beside:
                    out.add(j)
        k = max(end, k + 1)
    return out


BOX_TEXT_CHARS = 20  # the longest line a diagram's box holds
BOX_RUN = 3
"""The fewest box lines that make a diagram: two short lines after a caption may be a chapter heading and
an item heading of a report whose headings carry no numbers."""
_PLACEHOLDER = re.compile(r"[\[【（(]\s*(?:图片|图|照片|image|img|picture|photo)\s*[\]】）)]", re.IGNORECASE)
"""A picture placeholder (``[图片]``, ``【图片】``): what a web page's picture leaves in copied text."""


def _figure_text(units: list[_Unit]) -> set[int]:
    """Indexes of the lines a diagram leaves when a report is copied to text, which are no headings:

    - the texts of its boxes (``股东会`` / ``董事会`` / ``战略分析`` / ``→`` …, one short line each): a run
      of at least :data:`BOX_RUN` unnumbered short lines without a sentence mark right after a figure caption
      (``图2-1 战略管理流程``) or right before one, the caption standing above or below its diagram;
    - a picture placeholder (``[图片]``) and the caption line under it (``▲ 琀芗组织架构图``), as a web
      page's text gives them.

    A numbered line ends a run: ``一、领导`` after a diagram is the next heading. A run with a line of
    figures is a chart's (:func:`_chart_residue`)."""
    out: set[int] = set()

    def box(j: int) -> bool:
        u = units[j]
        if u.kind != "text" or u.block.kind == "heading":
            return False
        text = u.norm.text.strip()
        if not text or len(text) > BOX_TEXT_CHARS or "\n" in text or any(ch in SENTENCE_MARKS for ch in text):
            return False
        if is_caption(text):
            return False
        match = recognize(text)
        return match is None or match.number is None

    for k, u in enumerate(units):
        if u.kind != "text":
            continue
        text = u.norm.text.strip()
        if _PLACEHOLDER.fullmatch(text):
            out.add(k)
            after = units[k + 1].norm.text.strip() if k + 1 < len(units) else ""
            if after and (after[0] in "▲△↑" or is_figure_caption(after)):
                out.add(k + 1)
            continue
        if not is_figure_caption(text):
            continue
        for step in (1, -1):
            run = []
            j = k + step
            while 0 <= j < len(units) and box(j):
                run.append(j)
                j += step
            if len(run) >= BOX_RUN and not any(is_data_line(units[j].norm.text) for j in run):
                out.update(run)  # (a run with figures is a chart's: _chart_residue decides)
    return out


_MAP_HEADER = re.compile(r"对应|条款|准则|标准")
"""A word of a mapping table's header (``| 本章小节 | 对应评价条款 |``)."""
_MAP_CLAUSE = re.compile(r"[ \u3000]*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3})(?![0-9０-９.．])")


def _mapping_rows(rows: tuple[tuple[str, ...], ...]) -> dict[str, str] | None:
    """A table that maps the report's own headings to the clauses they answer (a header naming the
    standard's clauses, then rows ``一、把“质量优先”写进决策 | 1.1 文化引领``): squeezed heading → number."""
    if len(rows) < 2 or any(len(r) != 2 for r in rows) or not _MAP_HEADER.search(rows[0][1]):
        return None
    out: dict[str, str] = {}
    for title, clause in rows[1:]:
        m = _MAP_CLAUSE.match(clause)
        key = _squeezed(title)
        if m is None or not key:
            return None  # every row maps one heading to one clause, or this is no mapping table
        out[key] = "".join(FULLWIDTH_NUMBER_MAP.get(ch, ch) for ch in m.group(1))  # (． is in the map)
    return out


def _tagged_by_table(units: list[_Unit]) -> list[_Unit]:
    """Headings a mapping table names (``本章内容与评价准则对照``: ``一、把“质量优先”写进决策 | 1.1 文化引领``)
    answer the clauses it gives them, as if the tag were written in the heading; a table maps the
    headings after it, up to the next mapping table. The table itself stays a table."""
    out = list(units)
    current: dict[str, str] = {}
    for k, u in enumerate(units):
        if u.kind == "table" and u.rows:
            mapped = _mapping_rows(u.rows)
            if mapped is not None:
                current = mapped
            continue
        if u.heading is None or not current:
            continue
        tag = current.get(_squeezed(u.norm.text))
        if tag is not None:
            out[k] = _tagged(u, tag)
    return out


def _boosted(match: HeadingMatch | None, bare: bool) -> HeadingMatch | None:
    """A number alone the document makes a heading (:func:`_bare_number_headings`) is as sure as a
    heading the format marks."""
    return replace(match, confidence=STRICT_THRESHOLD) if bare and match is not None else match


def _tagged_below(units: list[_Unit]) -> list[_Unit]:
    """A heading followed by a line that only names a clause (``把人带好、把心留住`` / ``——1.1.2``)
    answers that clause, as if the tag were written in the heading (``…（对应1.1.2）``): the line is
    the author's statement. The line itself stays a paragraph of the section."""
    out = list(units)
    for k, u in enumerate(units[:-1]):
        below = units[k + 1]
        if u.heading is None or below.kind != "text" or below.heading is not None or below.front is not None:
            continue
        tag = clause_tag_line(below.norm.text)
        if tag is not None:
            out[k] = _tagged(u, tag)
    return out


def _tagged_by_paragraphs(units: list[_Unit]) -> list[_Unit]:
    """A heading in the organisation's words, with no number, whose own paragraphs say which clause
    they answer (``…。（对应条款1.2.1）`` / ``【1.2.1】…``) answers the clause they name, as if the tag were
    written in it: at least two name it and at most one names another (a paragraph misplaced there).
    Paragraphs naming several clauses stand under a container (``三、顾客与市场`` with ``【3.1】…`` and
    ``【3.2】…``): its heading keeps its own place. Only in a document whose paragraphs carry
    :data:`TAGGED_PARAGRAPHS` such tags or more, and never for a heading that names its clause."""
    tagged = [paragraph_clause_tags(u.norm.text) if u.kind == "text" and u.heading is None else () for u in units]
    if sum(1 for t in tagged if t) < TAGGED_PARAGRAPHS:
        return units
    out = list(units)
    k = 0
    while k < len(units):
        u = units[k]
        end = k + 1
        while end < len(units) and units[end].heading is None:
            end += 1
        if u.heading is not None and u.heading.number is None and u.front is None and not names_clause(u.norm.text):
            named = [t[0] for t in tagged[k + 1 : end] if t]
            top = max(set(named), key=named.count, default=None)
            if top is not None and named.count(top) >= 2 and len(named) - named.count(top) <= 1:
                out[k] = _tagged(u, top)
        k = end
    return out


def _tagged(unit: _Unit, number: str) -> _Unit:
    """``unit``'s heading answering the clause numbered ``number``, as if the number were written in it."""
    assert unit.heading is not None
    return replace(unit, heading=replace(unit.heading, style=f"decimal-{number.count('.') + 1}", number=number))


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


RUN_IN_MIN = 4
"""Run-in headings a document needs before they open sections."""
RUN_IN_SEQUENCE = 0.8
"""Share of a style's run-in headings that must continue its numbering (n + 1) or restart it (1)."""
RUN_IN_SPARSE = 2000
"""Characters of body text per content heading from which a document's headings are too few to
carry its structure (the labelled reports have 300–950; a 公文 with only its chapter lines, 2,900)."""


def _decide_run_ins(units: list[_Unit]) -> list[_Unit]:
    """Numbered run-in headings (``（一）强化领导引领。…`` / ``1.确定方向。…`` at paragraph starts)
    open sections where they carry the document's structure (a 公文 written without item headings).

    Only when the document's own headings cannot, and has some (without any, a lead-in is as likely a
    point as an item and the content decides): the lead-ins number at least :data:`RUN_IN_MIN` and more
    than the content headings, in numbering styles no heading of the document uses, and each style numbered
    as a list is (:data:`RUN_IN_SEQUENCE`: 1, 2, 3 … restarting at 1); and either the headings are
    sparse (:data:`RUN_IN_SPARSE` characters of body text or more per content heading), or the lead-ins
    are decimal numbers under their chapter's number (``3.1 读懂住在我们这里的人　…`` below ``三、顾客与
    市场``: the grammar of item numbers, which a point inside an item does not have). Elsewhere such
    lead-ins (``1）组织文化。…`` inside an item with a heading of its own) stay plain paragraphs.
    """
    heading_styles = {u.heading.style for u in units if u.heading is not None and u.front is None}
    content_headings = sum(1 for u in units if u.heading is not None and u.front is None)
    if not content_headings:
        return units  # no heading at all: a lead-in is as likely a point as an item; the content decides
    units = _interleaved_run_ins(units, heading_styles)
    found: dict[int, tuple[HeadingMatch, int]] = {}
    for k, u in enumerate(units):
        if u.kind != "text" or u.heading is not None or u.front is not None or u.block.source != "body":
            continue
        if u.run_in is not None:
            continue  # (decided already: it carries on its headings' numbering)
        lead = run_in_heading(u.norm.text)
        if lead is not None and lead[0].style not in heading_styles:
            found[k] = lead
    by_style: dict[str, list[int | None]] = {}
    for match, _ in found.values():
        ordinal = 1 if "." in (match.number or "") else ordinal_value(match.number)
        by_style.setdefault(match.style, []).append(ordinal)
    keep = set()
    for style, ordinals in by_style.items():
        pairs = zip([0, *ordinals], ordinals, strict=False)
        fits = sum(1 for prev, n in pairs if n is not None and n in (1, (prev or 0) + 1))
        if fits >= RUN_IN_SEQUENCE * len(ordinals):
            keep.add(style)
    body = sum(len(u.norm.text) for u in units if u.kind in ("text", "table") and u.heading is None and u.front is None)
    if body < RUN_IN_SPARSE * content_headings:
        keep &= _numbered_under_their_chapters(units, found)  # the headings carry the structure otherwise
    found = {k: v for k, v in found.items() if v[0].style in keep}
    if len(found) < RUN_IN_MIN or len(found) <= content_headings:
        return units
    return [replace(u, run_in=found[k][0], run_in_end=found[k][1]) if k in found else u for k, u in enumerate(units)]


def _interleaved_run_ins(units: list[_Unit], heading_styles: set[str]) -> list[_Unit]:
    """Run-in headings that carry on the numbering of headings of their own style: ``（一）高层领导的
    作用。公司的…`` / ``（二）管住权力、管住风险`` (a line of its own) / ``（三）企业责任。公司的…`` — a writer
    who runs most item titles into their paragraphs and sets a few on lines of their own. In each
    group of a style (the units between two headings of other styles), the headings and the run-ins
    of that style number 1, 2, 3 … without a gap or a repeat, and at least one is a heading; then the
    run-ins open sections like the headings. Groups of that style written with run-ins only, under
    the same kind of heading as such a group (``二、战略`` / ``（一）战略怎么定。…`` / ``（二）…``), count
    too when they number 1, 2, 3 …. A point list inside an item (``（一）…`` under ``（一）`` again)
    restarts its numbering and is left alone, and so is a document with fewer than
    :data:`RUN_IN_MIN` such run-ins."""
    leads: dict[int, tuple[HeadingMatch, int]] = {}
    for k, u in enumerate(units):
        if u.front is None and u.heading is None and u.kind == "text" and u.block.source == "body":
            lead = run_in_heading(u.norm.text)
            if lead is not None and lead[0].style in heading_styles:
                leads[k] = lead
    # per style: the groups between headings of other styles (the parent's style names the group)
    groups: list[tuple[str | None, str, list[tuple[int, int | None, bool]]]] = []
    for st in {lead[0].style for lead in leads.values()}:
        parent: str | None = None
        members: list[tuple[int, int | None, bool]] = []
        for k, u in enumerate(units):
            if u.front is not None:
                continue
            if u.heading is not None and u.heading.style != st:
                groups.append((parent, st, members))
                parent, members = u.heading.style, []
            elif u.heading is not None:
                members.append((k, ordinal_value(u.heading.number), True))
            elif k in leads and leads[k][0].style == st:
                members.append((k, ordinal_value(leads[k][0].number), False))
        groups.append((parent, st, members))

    def counts(members: list[tuple[int, int | None, bool]]) -> bool:
        return [n for _, n, _ in members] == list(range(1, len(members) + 1))

    # (only styles the grammar puts below the group's parent: 1.组织文化。 under 1.1 is a point, though
    # its style is also the chapters' 1 领导)
    groups = [(par, st, members) for par, st, members in groups if par is not None and grammar_below(st, par)]
    proven = {(par, st) for par, st, members in groups if counts(members) and any(h for _, _, h in members)}
    found: dict[int, tuple[HeadingMatch, int]] = {}
    for par, st, members in groups:
        if (par, st) in proven and counts(members):
            found.update((k, leads[k]) for k, _n, is_heading in members if not is_heading)
    if len(found) < RUN_IN_MIN:
        return units  # one (1) lead-in beside a (2) heading is a point's title like the others
    return [replace(u, run_in=found[k][0], run_in_end=found[k][1]) if k in found else u for k, u in enumerate(units)]


FORM_LABEL_CHARS = 6
"""Longest field label of a form table's first column (评价条款, 自评说明, 主要证据 …)."""


def form_table_heading(rows: Sequence[Sequence[str]]) -> tuple[HeadingMatch, int] | None:
    """The heading a form table opens with, and how many of its rows say it.

    "一项一表": a two-column table of field labels and their values, whose first row names the item
    it answers (``评价条款 | 1.1 高层领导的作用``, ``评价条款 | 组织治理``), or whose first two rows give
    its number and its name (``条款编号 | 4.3`` / ``条款名称 | 信息和知识资源``). The labels are the
    field labels that announce a heading (``heading_labels.txt``, :func:`labelled_heading`); every
    row must be a label (short, no figures) and its value, so a score summary (``评价条款 | 自评得分``
    over rows of items and scores) is no form.
    """
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return None
    if any(not r[0].strip() or len(r[0].strip()) > FORM_LABEL_CHARS or any(c.isdigit() for c in r[0]) for r in rows):
        return None
    first = labelled_heading(f"{rows[0][0].strip()}：{rows[0][1].strip()}")
    if first is None:
        return None
    if first.number is not None and not first.title and len(rows) > 2:
        named = labelled_heading(f"{rows[1][0].strip()}：{rows[1][1].strip()}")
        if named is not None and named.number is None and named.title:
            both = recognize(f"{rows[0][1].strip()} {rows[1][1].strip()}")
            if both is not None and both.number == first.number:
                return both, 2
    return first, 1


def _form_tables(units: list[_Unit]) -> list[_Unit]:
    """Form tables ("一项一表", :func:`form_table_heading`) open the sections of the items they answer:
    the rows that name the item are the section's heading, run into the table, which stays a table
    of that section. Only where the document answers at least :data:`RUN_IN_MIN` items so (one
    table of labels is as likely a cover form)."""
    found: dict[int, tuple[HeadingMatch, int]] = {}
    for k, u in enumerate(units):
        if u.kind != "table" or u.heading is not None or u.run_in is not None or u.front is not None or not u.rows:
            continue
        form = form_table_heading(u.rows)
        if form is None:
            continue
        lines = u.norm.text.split("\n")
        if len(lines) <= form[1] or (u.caption and lines[0] == u.caption):
            continue
        found[k] = (form[0], len("\n".join(lines[: form[1]])))
    if len(found) < RUN_IN_MIN:
        return units
    return [replace(u, run_in=found[k][0], run_in_end=found[k][1]) if k in found else u for k, u in enumerate(units)]


def _numbered_under_their_chapters(units: list[_Unit], found: dict[int, tuple[HeadingMatch, int]]) -> set[str]:
    """The decimal run-in styles whose numbers continue the number of the heading they sit under
    (``3.1``, ``3.2`` below ``三、`` or ``3 顾客与市场``), in :data:`RUN_IN_SEQUENCE` of their lead-ins."""
    chapter: int | None = None
    agree: dict[str, list[bool]] = {}
    for k, u in enumerate(units):
        if u.heading is not None and u.front is None:
            chapter = ordinal_value(u.heading.number) if u.heading.number else None
            continue
        if k not in found or "." not in (found[k][0].number or ""):
            continue
        match = found[k][0]
        head = (match.number or "").split(".")[0]
        agree.setdefault(match.style, []).append(chapter is not None and head == str(chapter))
    return {s for s, marks in agree.items() if len(marks) >= RUN_IN_MIN and sum(marks) >= RUN_IN_SEQUENCE * len(marks)}


def _looks_like_report_title(match: HeadingMatch) -> bool:
    """The first line naming the report may be longer than a section title (up to 60 characters)."""
    t = match.title
    return len(t) <= 60 and bool(_TITLE_WORDS.search(t)) and not any(ch in "。！？；，,;" for ch in t)


def _levels(units: list[_Unit]) -> list[int]:
    heads = [(k, u, h) for k, u in enumerate(units) if (h := u.heading or u.run_in) is not None]
    if not heads:
        return []
    font_rank = _font_levels([u.block for _, u, _ in heads])
    ends = [k for k, _, _ in heads[1:]] + [len(units)]
    holds_text = [
        any((v.heading or v.run_in) is None for v in units[k + 1 : end])
        for (k, _, _), end in zip(heads, ends, strict=True)
    ]
    templates = template_titles(
        [h.title if h.number is None and u.front is None else None for _, u, h in heads], holds_text
    )
    # per heading, the unit index of the next unnumbered title that is no repeated part (one pass back)
    next_title: list[int | None] = [None] * len(heads)
    following: int | None = None
    for n in range(len(heads) - 1, -1, -1):
        next_title[n] = following
        kk, uu, hh = heads[n]
        if hh.number is None and n not in templates and uu.front is None:
            following = kk
    infos: list[HeadingInfo] = []
    for n, (k, u, h) in enumerate(heads):
        style_level = u.block.style_level if u.heading is not None else None
        if style_level is None and u.block.kind == "heading":
            style_level = font_rank.get(u.block.font_size) if u.block.font_size is not None else None
        parent_shaped = _shaped_as_parent(units, k, heads[n + 1][0]) if n + 1 < len(heads) else False
        # …and against the next unnumbered title that is no repeated part (points a）b） in between left out)
        nxt = next_title[n]
        parent_of_titles = h.number is None and nxt is not None and _shaped_as_parent(units, k, nxt, skip_headings=True)
        infos.append(
            HeadingInfo(
                style=h.style,
                style_level=style_level,
                is_parent_shaped=parent_shaped and u.run_in is None,
                is_document_title=u.front is not None,
                ordinal=None if h.number is None or "." in h.number else ordinal_value(h.number),
                number=h.number,
                is_template=n in templates,
                is_run_in=u.run_in is not None,
                is_parent_of_titles=parent_of_titles and u.run_in is None,
            )
        )
    return assign_levels(infos)


def _shaped_as_parent(units: list[_Unit], k: int, nxt: int, *, skip_headings: bool = False) -> bool:
    """Between the heading at ``k`` and the one at ``nxt`` there is nothing or one short intro
    (``skip_headings``: the headings in between are not counted, their text is)."""
    between = [u for u in units[k + 1 : nxt] if not (skip_headings and (u.heading or u.run_in) is not None)]
    if skip_headings and any((u.heading or u.run_in) is not None for u in units[k + 1 : nxt]) and between:
        return False  # points in between that hold text: the title is an item with parts
    return not between or (
        len(between) == 1 and between[0].kind == "text" and len(between[0].norm.text) <= _PARENT_INTRO_MAX
    )


def _font_levels(blocks: list[Block]) -> dict[float, int]:
    """PDF heading blocks without a style level: the largest font is level 1, and so on."""
    marked = [b for b in blocks if b.kind == "heading"]
    if not marked or any(b.style_level is not None for b in marked):
        return {}
    sizes = sorted({b.font_size for b in marked if b.font_size is not None}, reverse=True)
    return {size: rank + 1 for rank, size in enumerate(sizes)}


# --------------------------------------------------------------------------- counts


def section_counts(doc: Document, section_id: str, *, include_heading: bool = True) -> Counts:
    """Word-style counts of a section and its subsections (what Word counts in this document:
    :func:`~analyzer.text.counts.counted_by_word`)."""
    section = doc.section(section_id)
    return add(
        paragraph_counts(p)
        for p in doc.paragraphs_in(section_id)
        if counted_by_word(p.source, doc.word_counts_subdocs) and (include_heading or p.span != section.heading_span)
    )


def paragraphs_counts(paragraphs: list[Paragraph] | tuple[Paragraph, ...], *, subdocs: bool | None = None) -> Counts:
    """Counts of some paragraphs, e.g. the profile paragraphs of a report: those Word counts in a
    document whose text-box/note setting is ``subdocs`` (:attr:`Document.word_counts_subdocs`;
    None, the default: body paragraphs only)."""
    return add(paragraph_counts(p) for p in paragraphs if counted_by_word(p.source, subdocs))


def _count_diagnostics(
    raw: RawDocument,
    excluded_paras: list[Paragraph],
    excluded: Counts,
    included_paras: list[Paragraph],
    existing: set[str],
) -> list[Diagnostic]:
    """What the counts leave out or take in besides the body, and why (the document's Word setting
    for text boxes and notes, when it has one)."""
    out: list[Diagnostic] = []
    setting = word_setting_text(raw.word_counts_subdocs)
    if excluded_paras and excluded != ZERO and "excluded-from-count" not in existing:
        n, words = len(excluded_paras), excluded.word_style
        why_zh, why_en = "（只计正文）", " (body text only)"  # no Word setting in this format: no claim about Word
        if setting:
            why_zh, why_en = f"（{setting[0]}，与 Word 一致）", f" ({setting[1]}, as in Word)"
        out.append(
            Diagnostic(
                "excluded-from-count",
                "info",
                f"{n} 段文本框、脚注或尾注文字（{words} 字）未计入字数{why_zh}",
                f"{n} text-box, footnote or endnote paragraph(s) ({words} words) are not counted{why_en}",
                count=n,
            )
        )
    included = add(paragraph_counts(p) for p in included_paras)
    if included_paras and included != ZERO and setting and "subdocs-counted" not in existing:
        n, words = len(included_paras), included.word_style
        out.append(
            Diagnostic(
                "subdocs-counted",
                "info",
                f"{n} 段文本框、脚注或尾注文字（{words} 字）已计入字数（{setting[0]}，与 Word 一致）",
                f"{n} text-box, footnote or endnote paragraph(s) ({words} words) are counted ({setting[1]}, "
                "as in Word)",
                count=n,
            )
        )
    if raw.pictures and "pictures-not-counted" not in existing:
        out.append(
            Diagnostic(
                "pictures-not-counted",
                "info",
                f"{raw.pictures} 张图片中的文字无法计入字数",
                f"text inside {raw.pictures} pictures cannot be counted",
                count=raw.pictures,
            )
        )
    return out
