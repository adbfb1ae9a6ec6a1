"""Reading report files: sniff the format, enforce limits, dispatch to a reader.

``read_raw`` returns the reader's :class:`RawDocument`; ``read_document`` also runs the shared
text layer (normalization, headings, sections, paragraphs, counts) and returns a
:class:`analyzer.model.Document`. Bad input raises a subclass of :class:`IngestError` with a
Chinese and an English message — never a bare exception from a parser.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import (
    ContentMismatch,
    CorruptFile,
    EmptyFile,
    EncryptedDocument,
    FileNotFound,
    FileTooLarge,
    IngestError,
    LegacyWordFormat,
    UnsupportedFormat,
)
from ..model import Counts, Document
from .blocks import Block, Format, RawDocument
from .ocr import OcrProgress, OcrSettings

__all__ = ["Block", "IngestConfig", "RawDocument", "detect_format", "read_document", "read_raw"]

SUPPORTED_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}
LEGACY_EXTENSIONS = {".doc", ".wps", ".dot", ".rtf", ".wpt"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """Limits for reading one file. The default size limit is the Shenzhen upload limit."""

    max_bytes: int = 50 * 1024 * 1024
    max_docx_uncompressed: int = 200 * 1024 * 1024
    max_docx_parts: int = 2000
    # OCR of scanned pages and pictures (analyzer/ingest/ocr.py; the mode's default is set there)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    # progress(done, total) per OCR'd page or picture (the CLI prints it, the app shows it)
    ocr_progress: OcrProgress | None = field(default=None, compare=False)


def _describe(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        return "ZIP/DOCX"
    if head.startswith(_OLE_MAGIC):
        return "Office 97-2003 / OLE"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if head.startswith(b"{\\rtf"):
        return "RTF"
    return "text" if _looks_like_text(head) else "binary data"


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 50


def detect_format(path: Path, head: bytes) -> Format:
    """Decide the reader from extension and content; refuse what does not match."""
    ext = path.suffix.lower()
    shown = str(path)
    if ext in LEGACY_EXTENSIONS:
        raise LegacyWordFormat(shown, ext)
    if ext not in SUPPORTED_EXTENSIONS:
        what = f"扩展名 {ext}" if ext else "无扩展名"
        raise UnsupportedFormat(shown, f"{what}, content: {_describe(head)}")
    fmt: Format = SUPPORTED_EXTENSIONS[ext]  # type: ignore[assignment]
    if fmt == "pdf":
        # Some producers put junk before the header; the spec allows it within the first 1 KB.
        if b"%PDF-" not in head[:1024]:
            raise (
                ContentMismatch(shown, ext, _describe(head))
                if head.startswith((b"PK\x03\x04", _OLE_MAGIC))
                else CorruptFile(shown, "PDF", "no %PDF header")
            )
    elif fmt == "docx":
        if head.startswith(_OLE_MAGIC):
            # Word stores password-protected .docx inside an OLE container; so do renamed .doc files.
            raise EncryptedDocument(shown)
        if not head.startswith(b"PK\x03\x04"):
            if head.startswith(b"%PDF"):
                raise ContentMismatch(shown, ext, "PDF")
            raise CorruptFile(shown, "DOCX", "not a ZIP archive")
    else:
        if head.startswith((b"%PDF", b"PK\x03\x04", _OLE_MAGIC)):
            raise ContentMismatch(shown, ext, _describe(head))
    return fmt


def read_raw(path: str | Path, config: IngestConfig | None = None) -> RawDocument:
    """Read one report file into blocks (no segmentation yet)."""
    config = config or IngestConfig()
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise FileNotFound(shown)
    if path.is_dir():
        raise UnsupportedFormat(shown, "a folder")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(shown)
    if size > config.max_bytes:
        raise FileTooLarge(shown, size, config.max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(shown, path.suffix.lstrip(".").upper() or "file", exc.strerror or "") from None
    if not data.strip():
        raise EmptyFile(shown)
    fmt = detect_format(path, data[:2048])
    digest = hashlib.sha256(data).hexdigest()
    try:
        if fmt == "pdf":
            from .pdf import read_pdf

            raw = read_pdf(path, config.ocr, config.ocr_progress)
        elif fmt == "docx":
            from .docx import read_docx

            raw = read_docx(
                path,
                max_uncompressed=config.max_docx_uncompressed,
                max_parts=config.max_docx_parts,
                pictures=config.ocr.enabled,
            )
        else:
            from .text import read_text

            raw = read_text(path, data, fmt)
    except IngestError:
        raise
    except zipfile.BadZipFile as exc:  # readers translate their parsers' errors; this is the last net
        raise CorruptFile(shown, fmt.upper(), str(exc)) from None
    if raw.picture_refs:
        from .ocr_pictures import with_picture_text

        raw = with_picture_text(raw, config.ocr, config.ocr_progress)
    if not any(b.text.strip() for b in raw.blocks):
        raise EmptyFile(shown)
    return replace(raw, sha256=digest)


def read_document(path: str | Path, config: IngestConfig | None = None) -> Document:
    """Read and segment one report file.

    The counts leave out what Word's 字数 does not count although a reader sees it: automatic
    list numbers (:func:`uncounted_numbering`)."""
    from ..text.counts import subtract
    from ..text.segment import build_document

    raw = read_raw(path, config)
    doc = build_document(raw)
    less = uncounted_numbering(raw)
    if less and doc.counts is not None:
        doc = replace(doc, counts=subtract(doc.counts, less))
    return doc


def uncounted_numbering(raw: RawDocument) -> list[Counts]:
    """What the automatic list numbers of body text add to the counts: for a paragraph, its
    normalized text with the label (as the document shows it) less its text without; for a
    label in a table cell, the label itself."""
    from ..text.counts import count
    from ..text.normalize import normalize

    out: list[Counts] = []
    for block in raw.blocks:
        if block.numbering and block.kind != "table" and block.source == "body":
            with_label = count(normalize(f"{block.numbering} {block.text}").text)
            without = count(normalize(block.text).text)
            out.append(
                Counts(
                    word_style=with_label.word_style - without.word_style,
                    chars_no_spaces=with_label.chars_no_spaces - without.chars_no_spaces,
                    chars_with_spaces=with_label.chars_with_spaces - without.chars_with_spaces,
                    cjk=with_label.cjk - without.cjk,
                )
            )
    out.extend(count(label) for label in raw.uncounted)
    return out
