"""Reading report files: sniff the format, enforce limits, dispatch to a reader.

Which files are read, and how, is the format registry (:mod:`.formats`). ``read_raw`` returns the
reader's :class:`RawDocument`; ``read_document`` also runs the shared text layer (normalization,
headings, sections, paragraphs, counts) and returns a :class:`analyzer.model.Document`. Bad input
raises a subclass of :class:`IngestError` with a Chinese and an English message — never a bare
exception from a parser.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import (
    CorruptFile,
    EmptyFile,
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
from .formats import LEGACY_EXTENSIONS, SUPPORTED_EXTENSIONS, FormatSpec, LegacyFormat, describe, format_for
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


def detect_format(path: Path, head: bytes) -> Format:
    """Decide the reader from extension and content; refuse what does not match."""
    return _sniffed(path, head).name


def _sniffed(path: Path, head: bytes) -> FormatSpec:
    """The registered format (:mod:`.formats`) of a file named ``path`` whose content starts with
    ``head``; the named error when it has none or the content does not match."""
    ext = path.suffix.lower()
    shown = str(path)
    spec = format_for(ext)
    if isinstance(spec, LegacyFormat):
        raise LegacyWordFormat(shown, ext)
    if spec is None:
        what = f"扩展名 {ext}" if ext else "无扩展名"
        raise UnsupportedFormat(shown, f"{what}, content: {describe(head)}")
    problem = spec.sniff(shown, ext, head)
    if problem is not None:
        raise problem
    return spec


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
    spec = _sniffed(path, data[:2048])
    if spec.size_check is not None and (problem := spec.size_check(shown, size, config)) is not None:
        raise problem
    digest = hashlib.sha256(data).hexdigest()
    with reading(shown, config.limits) as budget:
        try:
            raw = spec.read(path, data, config)
        except IngestError:
            raise
        except zipfile.BadZipFile as exc:  # readers translate their parsers' errors; this is the last net
            raise CorruptFile(shown, spec.name.upper(), str(exc)) from None
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
