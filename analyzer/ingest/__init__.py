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
    LimitExceeded,
    TooLittleText,
    UnsupportedFormat,
)
from ..model import Document
from .blocks import Block, Format, RawDocument
from .limits import Limits, reading
from .ocr import OcrProgress, OcrSettings

__all__ = [
    "LEGACY_EXTENSIONS",
    "SUPPORTED_EXTENSIONS",
    "Block",
    "IngestConfig",
    "Limits",
    "RawDocument",
    "detect_format",
    "read_document",
    "read_raw",
]

SUPPORTED_EXTENSIONS: dict[str, Format] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}
"""The one list of file extensions SARA reads, each with its format (screening, uploads and the CLI ask here)."""
LEGACY_EXTENSIONS = frozenset({".doc", ".wps", ".dot", ".rtf", ".wpt"})
"""Word-processor formats SARA recognises only to say: save it as .docx (:class:`LegacyWordFormat`)."""

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """Limits for reading one file. The default size limit is the Shenzhen upload limit; the hard
    limits on pages, characters, decompressed bytes, paragraphs and time are ``limits``
    (:class:`~analyzer.ingest.limits.Limits`)."""

    max_bytes: int = 50 * 1024 * 1024
    max_docx_uncompressed: int = 200 * 1024 * 1024
    max_docx_parts: int = 2000
    limits: Limits = field(default_factory=Limits)
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
    fmt = SUPPORTED_EXTENSIONS[ext]
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
    if fmt in ("txt", "md") and size > config.limits.max_text_bytes:
        # Even at 4 bytes a character (UTF-32) the text holds more characters than the limit.
        raise LimitExceeded(shown, "glyphs", config.limits.max_glyphs, size // 4)
    digest = hashlib.sha256(data).hexdigest()
    with reading(shown, config.limits) as budget:
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
        if len(raw.blocks) > config.limits.max_paragraphs:
            raise LimitExceeded(shown, "paragraphs", config.limits.max_paragraphs, len(raw.blocks))
        budget.check_text(sum(len(b.text) for b in raw.blocks))
    if raw.picture_refs:
        # OCR of pictures is bounded by its own limits (analyzer/ingest/ocr.py), not by the reading clock.
        from .ocr_pictures import with_picture_text

        raw = with_picture_text(raw, config.ocr, config.ocr_progress)
    if not any(b.text.strip() for b in raw.blocks):
        raise EmptyFile(shown)
    visible = visible_chars(raw, config.limits.min_visible_chars)
    if visible == 0:
        raise EmptyFile(shown)
    if visible < config.limits.min_visible_chars:
        raise TooLittleText(shown, visible)
    return replace(raw, sha256=digest)


_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs", "Zs", "Zl", "Zp"})


def visible_chars(raw: RawDocument, enough: int) -> int:
    """Visible characters in the blocks (zero-width, control and space characters left out),
    counted up to ``enough``."""
    import unicodedata

    n = 0
    for block in raw.blocks:
        for ch in block.text:
            if not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES:
                n += 1
                if n >= enough:
                    return n
    return n


def read_document(path: str | Path, config: IngestConfig | None = None) -> Document:
    """Read and segment one report file.

    The counts leave out what Word's 字数 does not count although a reader sees it: automatic
    list numbers (``Paragraph.uncounted``, subtracted per paragraph by the segmenter)."""
    from ..text.segment import build_document

    return build_document(read_raw(path, config))
