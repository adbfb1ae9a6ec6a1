"""What every reader returns: the report as a flat list of blocks, before segmentation.

Readers (``pdf.py``, ``docx.py``, ``text.py``) do only what needs the file format: layout,
styles, automatic numbering, page furniture, tables. Everything that works on plain text —
normalization with offset maps, heading recognition, the section tree, sentences, counts — is
done once for all formats by :func:`analyzer.text.segment.build_document`.

A block's ``text`` is the text *as extracted* (one logical paragraph: PDF lines already rejoined,
page headers/footers already dropped). Tables have ``rows``; their ``text`` is the cells joined
by tabs and the rows by newlines.

The types themselves live in :mod:`analyzer.model` (the boundary between reading and
segmenting, used by ``analyzer.text`` too, which must not import ``analyzer.ingest``); this
module re-exports them for the readers.
"""

from __future__ import annotations

from ..model import Block, BlockKind, FileFormat, PictureRef, RawDocument, Reader

Format = FileFormat

__all__ = ["Block", "BlockKind", "Format", "PictureRef", "RawDocument", "Reader"]
