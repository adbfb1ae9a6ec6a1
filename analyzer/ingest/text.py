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

    Order: a byte-order mark; strict UTF-8 (when the data holds no NUL byte: no UTF-8 or
    GB/Big5 text does); otherwise every encoding a Chinese report can be in without a mark —
    GB18030 (a superset of GBK and GB2312, what simplified-Chinese Windows Notepad writes), Big5
    (CP950, what traditional-Chinese Windows writes) and UTF-16 LE/BE — each decoded strictly and
    scored by :func:`plausibility`; the best wins (earlier ones on ties). The byte patterns of these
    encodings overlap (almost any Big5 text is valid GB18030, and CJK UTF-16 holds no NUL byte),
    so only the decoded text can tell them apart. When no candidate reads as text,
    charset-normalizer's guess is tried; text that still looks binary is refused.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(codec), path), name
            except UnicodeDecodeError:
                raise UndecodableText(path) from None
    has_nul = b"\x00" in data
    if not has_nul:
        try:
            return _checked(data.decode("utf-8"), path), "utf-8"
        except UnicodeDecodeError:
            pass
    candidates = () if has_nul else (("gb18030", "gb18030"), ("cp950", "big5"))
    if len(data) % 2 == 0:
        candidates += (("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"))
    best: tuple[float, str, str] | None = None
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is not None and best[0] >= PLAUSIBLE:
        return _checked(best[1], path), best[2]
    if has_nul:
        raise UndecodableText(path)
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None:
        raise UndecodableText(path)
    text = str(guess)
    if plausibility(text) < PLAUSIBLE:
        raise UndecodableText(path)
    return _checked(text, path), guess.encoding


# Share of a decoded sample that must be ordinary text for a decoding to be believed.
PLAUSIBLE = 0.9
_SAMPLE = 20_000


def _common_hanzi() -> frozenset[str]:
    """See :func:`_build_common_hanzi` (built once per :class:`~analyzer.resources.Resources`)."""
    from ..resources import Resources

    return Resources.current().loaded("common hanzi", (), _build_common_hanzi)


def _build_common_hanzi() -> frozenset[str]:
    """The frequently used Chinese characters, simplified and traditional, taken from the
    encodings themselves: GB2312 level 1 (3,755 characters, rows B0–D7) and Big5 level 1
    (5,401 characters, A440–C67E)."""
    out: set[str] = set()
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for codec, leads, trails in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), big5_trails),
    ):
        for lead in leads:
            for trail in trails:
                try:
                    out.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return frozenset(out)


def _ordinary(ch: str) -> bool:
    o = ord(ch)
    return (
        0x20 <= o < 0x7F
        or ch in "\t\n\r\f\u3000\u00a0"
        or 0x3000 <= o <= 0x303F  # CJK punctuation
        or 0xFF01 <= o <= 0xFF5E  # full-width forms
        or 0x2010 <= o <= 0x203A  # dashes, quotes, ellipsis
        or ch in "·×÷°±≤≥≈%‰℃№"
    )


def plausibility(text: str) -> float:
    """Share of the first characters of ``text`` that are ordinary in a Chinese report: ASCII,
    CJK and full-width punctuation, or a frequently used Chinese character (:func:`_common_hanzi`).
    Text decoded with the wrong encoding is mostly rare characters, symbols or private-use code
    points."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    common = _common_hanzi()
    good = sum(1 for ch in sample if ch in common or _ordinary(ch))
    return good / len(sample)


def _checked(text: str, path: str) -> str:
    if "\x00" in text:
        raise UndecodableText(path)
    bad = sum(1 for ch in text[:20000] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    if bad > max(5, len(text[:20000]) // 100):
        raise UndecodableText(path)
    return text


RUNNING_HEADER_REPEATS = 3
"""A line written this many times (digits aside) that names the report is a running header."""
_RUNNING_HEADER_MIN = 8
_RUNNING_HEADER_MAX = 60


def strip_page_furniture(text: str) -> tuple[str, int]:
    """``text`` without the page furniture of a PDF pasted as text, and how many lines went.

    Running headers: a line of 8–60 characters with no sentence or label punctuation, repeated at
    least :data:`RUNNING_HEADER_REPEATS` times (digits aside), that names the report (a title word
    of ``front_matter.yaml`` such as 自评报告 or 质量奖) or is the document's first line; its first
    occurrence stays when it opens the document (the title). Page numbers: ``- 7 -``, ``第 8 页 共
    45 页``, ``7/45``, ``Page 7`` on a line of their own; a bare number (``9``) only next to a
    running header or another page number, since a lone figure on a line may be data.
    """
    from ..text.frontmatter import lexicon
    from ._pdf_layout import furniture_key, is_page_number

    lines = text.split("\n")
    keys = [furniture_key(ln) for ln in lines]
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    first = next((k for k in keys if k), "")
    words = [w for w in lexicon().title_words if len(w) >= 3]  # 自评报告, 质量奖 (not 报告 or 自评 alone)
    header_keys = {
        k
        for k, n in counts.items()
        if n >= RUNNING_HEADER_REPEATS
        and _RUNNING_HEADER_MIN <= len(k) <= _RUNNING_HEADER_MAX
        and not any(ch in k for ch in "。！？；：:")
        and (k == first or any(w in k for w in words))
    }
    drop = [keys[i] in header_keys for i in range(len(lines))]
    opening = next((i for i, k in enumerate(keys) if k), None)
    if opening is not None and drop[opening]:
        drop[opening] = False  # the title line
    bare = [ln.strip().isdigit() and len(ln.strip()) <= 4 for ln in lines]
    decorated = [bool(keys[i]) and not bare[i] and is_page_number(lines[i]) for i in range(len(lines))]
    def beside_furniture(i: int) -> bool:
        return any(0 <= j < len(lines) and (keys[j] in header_keys or decorated[j]) for j in (i - 1, i + 1))

    for i in range(len(lines)):
        if decorated[i] or (bare[i] and beside_furniture(i)):
            drop[i] = True
    removed = sum(drop)
    if not removed:
        return text, 0
    return "\n".join(ln for ln, d in zip(lines, drop, strict=True) if not d), removed


def read_text(path: Path, data: bytes, fmt: Format) -> RawDocument:
    from ..text.plain import blocks_from_plain_text

    text, encoding = decode_text(data, str(path))
    diagnostics: list[Diagnostic] = []
    text, furniture = strip_page_furniture(text)
    if furniture:
        diagnostics.append(
            Diagnostic(
                "page-furniture",
                "info",
                f"已去除 {furniture} 行页眉、页脚或页码（从 PDF 复制的文本）",
                f"{furniture} running header, footer or page-number lines were removed (text copied from a PDF)",
            )
        )
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
