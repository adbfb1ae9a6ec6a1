"""Rendering results as plain data (JSON) and text for people."""

from __future__ import annotations

from typing import Any

from .model import Counts, Diagnostic, Document
from .names import display_name

JsonObject = dict[str, Any]


def counts_to_dict(c: Counts) -> JsonObject:
    return {
        "word_style": c.word_style,
        "chars_no_spaces": c.chars_no_spaces,
        "chars_with_spaces": c.chars_with_spaces,
        "cjk": c.cjk,
    }


def diagnostic_to_dict(d: Diagnostic) -> JsonObject:
    return {
        "code": d.code,
        "severity": d.severity,
        "message_zh": d.message_zh,
        "message_en": d.message_en,
        "count": d.count,
    }


def _counts(doc: Document) -> Counts:
    if doc.counts is None:
        from .text.counts import add, counted_by_word, paragraph_counts

        return add(paragraph_counts(p) for p in doc.paragraphs if counted_by_word(p.source, doc.word_counts_subdocs))
    return doc.counts


def inspect_to_dict(doc: Document) -> JsonObject:
    """What was read: ``sara inspect --format json``."""
    counts = _counts(doc)
    return {
        "schema": "sara.inspect/1",
        "source": display_name(doc.source),
        "sha256": doc.sha256,
        "format": doc.format,
        "pages": doc.pages,
        "counts": counts_to_dict(counts),
        # text boxes, footnotes and endnotes that this document's Word 字数 leaves out (read, not counted)
        "excluded_counts": counts_to_dict(doc.excluded_counts) if doc.excluded_counts else None,
        # DOCX: its Word setting "包括文本框、脚注和尾注" that "counts" follows (null: no such setting)
        "word_counts_subdocs": doc.word_counts_subdocs,
        "diagnostics": [diagnostic_to_dict(d) for d in doc.diagnostics],
        "sections": [
            {
                "id": s.id,
                "level": s.level,
                "number": s.number,
                "title": s.title,
                "start": s.span.start,
                "end": s.span.end,
                "page": s.page,
                "parent": s.parent,
            }
            for s in doc.sections
        ],
        "paragraphs": [
            {
                "id": p.id,
                "section": p.section,
                "text": p.text,
                "start": p.span.start,
                "end": p.span.end,
                "page": p.page,
                "kind": p.kind,
                "source": p.source,
            }
            for p in doc.paragraphs
        ],
    }


def inspect_to_text(doc: Document) -> str:
    """A person's view of what was read: counts, diagnostics, then the outline with paragraphs."""
    counts = _counts(doc)
    lines = [
        f"{display_name(doc.source)}  [{doc.format}]" + (f"  {doc.pages} 页 pages" if doc.pages else ""),
        f"字数 (Word) {counts.word_style:,} · 字符数(不计空格) {counts.chars_no_spaces:,} · "
        f"字符数(计空格) {counts.chars_with_spaces:,} · 汉字 CJK {counts.cjk:,}",
        f"{len(doc.sections)} 个标题 headings · {sum(p.kind != 'heading' for p in doc.paragraphs)} 个段落 paragraphs · "
        f"{len(doc.tables)} 个表格 tables",
    ]
    for d in doc.diagnostics:
        lines.append(f"[{d.severity}] {d.message_zh} / {d.message_en}")
    lines.append("")
    by_section: dict[str | None, int] = {}
    for p in doc.paragraphs:
        if p.kind != "heading":
            by_section[p.section] = by_section.get(p.section, 0) + 1
    for s in doc.sections:
        head = " ".join(x for x in (s.number, s.title) if x)
        page = f"  p.{s.page}" if s.page else ""
        lines.append(f"{'  ' * (s.level - 1)}{head}  ({by_section.get(s.id, 0)} ¶){page}")
    return "\n".join(lines)
