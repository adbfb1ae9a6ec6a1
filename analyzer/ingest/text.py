"""TXT and Markdown reports: encoding detection, then blocks from blank-line-separated text."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import UndecodableText
from ..model import Diagnostic
from .blocks import Format, RawDocument

# (byte-order mark, codec, name shown to users); UTF-32 marks first: they start like UTF-16 ones.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode report text; returns (text, encoding name).

    Order: a byte-order mark; UTF-16 without BOM (NUL bytes in every other position); strict
    UTF-8; strict GB18030 (a superset of GBK and GB2312, what Chinese Windows Notepad writes);
    then charset-normalizer's best guess. Text that still looks binary is refused.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(codec), path), name
            except UnicodeDecodeError:
                raise UndecodableText(path) from None
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return _checked(data.decode(enc), path), "utf-16"
        except UnicodeDecodeError:
            raise UndecodableText(path) from None
    for enc in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(enc), path), enc
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableText(path)
    return _checked(str(best), path), best.encoding


def _checked(text: str, path: str) -> str:
    if "\x00" in text:
        raise UndecodableText(path)
    bad = sum(1 for ch in text[:20000] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    if bad > max(5, len(text[:20000]) // 100):
        raise UndecodableText(path)
    return text


def read_text(path: Path, data: bytes, fmt: Format) -> RawDocument:
    from ..text.plain import blocks_from_plain_text

    text, encoding = decode_text(data, str(path))
    diagnostics: list[Diagnostic] = []
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        diagnostics.append(
            Diagnostic(
                "text-encoding",
                "info",
                f"文本编码为 {encoding}，已自动识别并转换",
                f"the text encoding is {encoding}; it was detected and converted",
            )
        )
    blocks = blocks_from_plain_text(text, markdown=fmt == "md")
    return RawDocument(
        source=str(path), format=fmt, blocks=tuple(blocks), diagnostics=tuple(diagnostics), reader="text"
    )
