"""What every reader returns: the report as a flat list of blocks, before segmentation.

Readers (``pdf.py``, ``docx.py``, ``text.py``) do only what needs the file format: layout,
styles, automatic numbering, page furniture, tables. Everything that works on plain text —
normalization with offset maps, heading recognition, the section tree, sentences, counts — is
done once for all formats by :func:`analyzer.text.segment.build_document`.

A block's ``text`` is the text *as extracted* (one logical paragraph: PDF lines already rejoined,
page headers/footers already dropped). Tables have ``rows``; their ``text`` is the cells joined
by tabs and the rows by newlines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model import Diagnostic, FileFormat, ParagraphSource

BlockKind = Literal["paragraph", "heading", "table"]
Format = FileFormat
# Which code read the file: pdfminer.six; pdfminer.six on a copy PDFium repaired; PDFium's own
# text layer (see analyzer.ingest._pdfium); python-docx/OOXML; the plain-text reader.
Reader = Literal["pdfminer", "pdfium-repair", "pdfium", "docx", "text"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or table as the reader found it."""

    kind: BlockKind
    text: str
    page: int | None = None
    source: ParagraphSource = "body"
    # Heading level from the format itself: DOCX "Heading n" style / outline level, Markdown "#"
    # count, PDF font-size rank. None when the format says nothing (the segmenter then decides
    # from the numbering pattern in the text).
    style_level: int | None = None
    # Automatic numbering that is visible to a reader but not part of ``text`` (DOCX 多级列表),
    # reconstructed by the reader, e.g. "1.1.1", "（一）", "第一章".
    numbering: str | None = None
    rows: tuple[tuple[str, ...], ...] | None = None
    font_size: float | None = None
    bold: bool = False
    # Automatic list numbers a reader wrote into this table's cells (``"1. 文本"``): visible, but
    # not counted by Word's 字数 (a paragraph's own label is ``numbering``).
    uncounted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A reader's output."""

    source: str
    format: Format
    blocks: tuple[Block, ...]
    pages: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    # Page furniture the reader removed (running headers, footers, page numbers): counted, so the
    # diagnostics can say how many, and never part of ``blocks``.
    furniture_removed: int = 0
    pictures: int = 0
    sha256: str | None = None
    reader: Reader | None = None
    # Visible text inside block texts that Word's 字数 does not count: the automatic list numbers
    # a reader wrote into table cells (``"1. 文本"``). Those of paragraphs are Block.numbering.
    uncounted: tuple[str, ...] = ()
    # Pictures the reader found, in document order, for OCR (analyzer/ingest/ocr.py); each
    # knows the block it sits before. Empty when the reader does not collect them.
    picture_refs: tuple[PictureRef, ...] = ()
    # 1-based pages whose text was read by OCR (pages without a text layer).
    ocr_pages: tuple[int, ...] = ()
    # DOCX only: whether Word's 字数 of this document includes text boxes, footnotes and endnotes
    # (the dialog's checkbox, saved as w:doNotIncludeSubdocsInStats; absent = included). None for
    # formats that carry no such setting. See analyzer/text/counts.py.
    word_counts_subdocs: bool | None = None


@dataclass(frozen=True, slots=True)
class PictureRef:
    """A picture inside the document: its bytes, and where it sits (before ``blocks[anchor]``)."""

    anchor: int
    data: bytes = field(repr=False, compare=False)
    name: str = ""
    page: int | None = None
