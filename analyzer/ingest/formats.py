"""The one registry of file formats: for each, its extensions, its name in labels, how its content is
sniffed, the limit checked before reading, and its reader.

Everything that needs to know which files SARA reads asks here: :func:`analyzer.ingest.read_raw`
(sniffing and dispatch), screening (which files of a folder are reports), the upload boxes and their
labels. Adding a format is one :class:`FormatSpec` in :data:`FORMATS` (and its name in
:data:`analyzer.model.FileFormat`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ContentMismatch, CorruptFile, EncryptedDocument, IngestError, LimitExceeded
from ..model import FileFormat, RawDocument

if TYPE_CHECKING:  # the config is defined by the package that reads with it
    from . import IngestConfig

__all__ = [
    "FORMATS",
    "LEGACY_EXTENSIONS",
    "READABLE",
    "RECOGNISED_EXTENSIONS",
    "SUPPORTED_EXTENSIONS",
    "FormatSpec",
    "LegacyFormat",
    "describe",
    "format_for",
]

Sniff = Callable[[str, str, bytes], IngestError | None]
"""``sniff(shown, ext, head)``: the problem with a file named ``ext`` whose first bytes are ``head``
(its content is another format, or not this one at all), or None when it may be read."""
SizeCheck = Callable[[str, int, "IngestConfig"], IngestError | None]
"""``check(shown, size, config)``: the limit a file of ``size`` bytes is over before it is read, or None."""
Read = Callable[[Path, bytes, "IngestConfig"], RawDocument]
"""``read(path, data, config)``: the reader, given the file's bytes (already read) and the config."""

_PDF_MAGIC = b"%PDF"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class FormatSpec:
    """A format SARA reads."""

    name: FileFormat
    label: str
    """How labels name the format (upload boxes: ``PDF、DOCX、TXT 或 Markdown``)."""
    extensions: tuple[str, ...]
    """Lower-case, with the dot; an extension belongs to one format only."""
    sniff: Sniff
    read: Read
    size_check: SizeCheck | None = None


@dataclass(frozen=True, slots=True)
class LegacyFormat:
    """Word-processor formats SARA recognises only to say: save it as .docx
    (:class:`~analyzer.errors.LegacyWordFormat`, whatever the content)."""

    name: str
    extensions: tuple[str, ...]


def describe(head: bytes) -> str:
    """What a file's first bytes look like, for messages (``content: image``)."""
    if head.startswith(_PDF_MAGIC):
        return "PDF"
    if head.startswith(_ZIP_MAGIC):
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


# --------------------------------------------------------------------------- PDF


def _sniff_pdf(shown: str, ext: str, head: bytes) -> IngestError | None:
    # Some producers put junk before the header; the spec allows it within the first 1 KB.
    if b"%PDF-" in head[:1024]:
        return None
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return ContentMismatch(shown, ext, describe(head))
    return CorruptFile(shown, "PDF", "no %PDF header")


def _read_pdf(path: Path, data: bytes, config: IngestConfig) -> RawDocument:
    from .pdf import read_pdf  # pdfminer and PDFium load only when a PDF is read

    return read_pdf(path, config.ocr, config.ocr_progress)


# --------------------------------------------------------------------------- DOCX


def _sniff_docx(shown: str, ext: str, head: bytes) -> IngestError | None:
    if head.startswith(_OLE_MAGIC):
        # Word stores password-protected .docx inside an OLE container; so do renamed .doc files.
        return EncryptedDocument(shown)
    if head.startswith(_ZIP_MAGIC):
        return None
    if head.startswith(_PDF_MAGIC):
        return ContentMismatch(shown, ext, "PDF")
    return CorruptFile(shown, "DOCX", "not a ZIP archive")


def _read_docx(path: Path, data: bytes, config: IngestConfig) -> RawDocument:
    from .docx import read_docx

    return read_docx(
        path,
        max_uncompressed=config.max_docx_uncompressed,
        max_parts=config.max_docx_parts,
        pictures=config.ocr.enabled,
    )


# --------------------------------------------------------------------------- TXT and Markdown


def _sniff_text(shown: str, ext: str, head: bytes) -> IngestError | None:
    if head.startswith((_PDF_MAGIC, _ZIP_MAGIC, _OLE_MAGIC)):
        return ContentMismatch(shown, ext, describe(head))
    return None


def _text_size(shown: str, size: int, config: IngestConfig) -> IngestError | None:
    if size > config.limits.max_text_bytes:
        # Even at 4 bytes a character (UTF-32) the text holds more characters than the limit.
        return LimitExceeded(shown, "glyphs", config.limits.max_glyphs, size // 4)
    return None


def _text_reader(fmt: FileFormat) -> Read:
    def read(path: Path, data: bytes, config: IngestConfig) -> RawDocument:
        from .text import read_text

        return read_text(path, data, fmt)

    return read


# --------------------------------------------------------------------------- the registry

FORMATS: tuple[FormatSpec | LegacyFormat, ...] = (
    FormatSpec("pdf", "PDF", (".pdf",), _sniff_pdf, _read_pdf),
    FormatSpec("docx", "DOCX", (".docx",), _sniff_docx, _read_docx),
    FormatSpec("txt", "TXT", (".txt", ".text"), _sniff_text, _text_reader("txt"), _text_size),
    FormatSpec("md", "Markdown", (".md", ".markdown"), _sniff_text, _text_reader("md"), _text_size),
    LegacyFormat("legacy-word", (".doc", ".dot", ".rtf", ".wps", ".wpt")),
)
"""Every format SARA recognises, in the order labels and upload boxes list them."""

READABLE: tuple[FormatSpec, ...] = tuple(f for f in FORMATS if isinstance(f, FormatSpec))
"""The formats SARA reads."""
SUPPORTED_EXTENSIONS: dict[str, FileFormat] = {ext: f.name for f in READABLE for ext in f.extensions}
"""Each extension SARA reads, with its format."""
LEGACY_EXTENSIONS: frozenset[str] = frozenset(
    ext for f in FORMATS if isinstance(f, LegacyFormat) for ext in f.extensions
)
"""The extensions SARA recognises only to say: save it as .docx."""
RECOGNISED_EXTENSIONS: tuple[str, ...] = tuple(ext for f in FORMATS for ext in f.extensions)
"""Every extension of the registry, in its order (what an upload box offers)."""


def format_for(ext: str) -> FormatSpec | LegacyFormat | None:
    """The format an extension (lower-case, with the dot) belongs to; None for one SARA does not know."""
    return next((f for f in FORMATS if ext in f.extensions), None)
