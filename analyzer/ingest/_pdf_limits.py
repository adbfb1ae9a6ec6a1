"""Bounded PDF decoding: the :mod:`.limits` budget enforced inside pdfminer.six and before PDFium.

A 3 MB PDF whose content stream inflates to gigabytes (a *flate bomb*) must not reach the
memory it asks for. Bounds are enforced where the bytes are produced, not checked afterwards:

- **pdfminer.six** decodes every stream in ``PDFStream.decode`` (``pdfminer/pdftypes.py``) with
  the module-level ``zlib.decompress``, ``decompress_corrupted``, ``lzwdecode`` and ``rldecode``.
  :func:`install` replaces those four names in that module with decoders that inflate in chunks
  of at most the remaining budget and charge every byte to the budget of the file being read;
  the first byte over the limit raises :class:`~analyzer.errors.LimitExceeded`. Nothing else in
  pdfminer changes (the other filters only shrink data).
- **PDFium** (pypdfium2) decodes inside C, out of our reach: :func:`check_streams` inflates every
  Flate stream of the file (output discarded, chunk by chunk) against the same budget before a
  document is handed to PDFium. Image XObjects are skipped: PDFium's text layer never decodes them.
- **Page content**: :class:`BoundedAggregator` (pdfminer's ``PDFPageAggregator``) charges each
  page, each glyph and each path painted, so a page of 200,000 glyphs stops at the per-page limit
  during interpretation, before pdfminer's layout analysis would run over them.
"""

from __future__ import annotations

import re
import zlib
from typing import Any, Final

from ..errors import LimitExceeded
from .limits import current

__all__ = ["BoundedAggregator", "check_streams", "install"]

CHUNK: Final = 1 << 20  # bytes inflated per step


def inflate(data: bytes, *, corrupted_ok: bool = False) -> bytes:
    """zlib-inflate ``data`` charging the budget; never holds more than the budget allows.

    A truncated or damaged stream raises ``zlib.error`` like ``zlib.decompress`` (pdfminer then
    tries :func:`_bounded_corrupted`); ``corrupted_ok`` returns what came out before the damage."""
    budget = current()
    d = zlib.decompressobj()
    out: list[bytes] = []
    buf = data
    try:
        while True:
            piece = d.decompress(buf, min(CHUNK, budget.remaining_decompressed() + 1))
            budget.charge_decompressed(len(piece))
            out.append(piece)
            buf = d.unconsumed_tail
            if d.eof or not buf:
                break
        if not d.eof and not corrupted_ok:
            raise zlib.error("incomplete or truncated stream")
    except zlib.error:
        if not corrupted_ok:
            raise
    return b"".join(out)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``: ``decompress`` is bounded,
    everything else is zlib's own."""

    error = zlib.error

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def decompress(data: bytes, *_: object) -> bytes:
        return inflate(data)


def _bounded_corrupted(data: bytes) -> bytes:
    return inflate(data, corrupted_ok=True)


def _bounded_lzw(data: bytes) -> bytes:
    import io

    from pdfminer.lzw import LZWDecoder

    budget = current()
    out: list[bytes] = []
    for piece in LZWDecoder(io.BytesIO(data)).run():
        budget.charge_decompressed(len(piece))
        out.append(piece)
    return b"".join(out)


def _bounded_rl(data: bytes) -> bytes:
    from pdfminer.runlength import rldecode

    budget = current()
    # RunLengthDecode expands at most 128/2 = 64×: refuse before allocating when even the
    # worst case cannot fit, else charge what it produced.
    out = rldecode(data) if len(data) * 64 <= budget.remaining_decompressed() else _rl_checked(data)
    budget.charge_decompressed(len(out))
    return out


def _rl_checked(data: bytes) -> bytes:
    """RunLength decoding in pure Python with the budget checked per run."""
    budget = current()
    out = bytearray()
    i, limit = 0, budget.remaining_decompressed()
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            out += data[i + 1 : i + 2 + n]
            i += n + 2
        else:
            out += data[i + 1 : i + 2] * (257 - n)
            i += 2
        if len(out) > limit:
            budget.charge_decompressed(len(out))
    return bytes(out)


_INSTALLED = False


def install() -> None:
    """Put the bounded decoders into ``pdfminer.pdftypes`` (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    import pdfminer.pdftypes as pdftypes

    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _bounded_corrupted
    pdftypes.lzwdecode = _bounded_lzw
    pdftypes.rldecode = _bounded_rl
    _INSTALLED = True


# --------------------------------------------------------------------------- PDFium pre-check

# "stream" and its line end; an "endstream" is told apart by hand (a look-behind in the pattern
# costs the regex engine its fast literal search: 20 ms instead of 1 ms on a 2 MB file)
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FLATE = re.compile(rb"/FlateDecode\b|/Fl\b")
# DEFLATE cannot expand its input more than 1032:1 (a 258-byte match costs at least 2 bits: zlib's
# technical details, "Maximum compression factor"); a little headroom for the stream's headers.
MAX_INFLATE_RATIO: Final = 1100


def check_streams(data: bytes) -> None:
    """Inflate the Flate streams of the raw file against the budget (output discarded), so PDFium
    is never handed a document whose streams exceed it — only as far as the streams not yet
    inflated could still pass the limit at DEFLATE's largest ratio. Streams inside object streams
    do not exist (a stream is always a top-level object); image XObjects are skipped."""
    budget = current()
    key = (len(data), hash(data))
    if key in budget.streams_checked:
        return
    limit, total = budget.limits.max_decompressed_bytes, 0
    spans: list[tuple[int, int]] = []  # (start, compressed size) of the streams to check
    for m in _STREAM.finditer(data):
        if data[max(0, m.start() - 3) : m.start()] == b"end":
            continue
        head = data[max(0, m.start() - 4096) : m.start()]
        head = head[head.rfind(b"obj") :]
        if _FLATE.search(head) and not _IMAGE.search(head):
            end = data.find(b"endstream", m.end())
            spans.append((m.end(), (len(data) if end < 0 else end) - m.end()))
    unread = sum(size for _, size in spans)
    for pos, size in spans:
        # What is left cannot pass the limit even at DEFLATE's largest ratio: nothing more needs
        # inflating (pdfminer inflates the same streams again, bounded, as it reads them) — most
        # files stop here before the first stream, so the check costs a scan, not a decompression.
        if total + unread * MAX_INFLATE_RATIO <= limit:
            break
        unread -= size
        d = zlib.decompressobj()
        try:
            while not d.eof and pos < len(data):
                chunk = data[pos : pos + CHUNK]
                pos += len(chunk)
                while chunk:
                    piece = d.decompress(chunk, CHUNK)
                    total += len(piece)
                    if total > limit:
                        raise LimitExceeded(budget.path, "decompressed", limit, total)
                    budget.tick()
                    chunk = d.unconsumed_tail
                    if d.eof or (not piece and not chunk):
                        break
        except zlib.error:
            continue  # a damaged stream: PDFium decodes no more of it than zlib could
    budget.streams_checked.add(key)


# --------------------------------------------------------------------------- page content


def _aggregator_base() -> type:
    from pdfminer.converter import PDFPageAggregator

    return PDFPageAggregator


class _Bounded:
    """Mixed into pdfminer's ``PDFPageAggregator``: charges pages, glyphs and paths. It also keeps
    two facts about the page being laid out that the reader needs (not limits): ``page_ctm``, and
    ``undefined``, how many glyphs had no Unicode mapping (pdfminer's ``(cid:N)``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.undefined = 0
        self.page_ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def begin_page(self, page: Any, ctm: Any) -> None:
        current().start_page()
        self.page_ctm = ctm  # user space → the page's layout space
        self.undefined = 0
        super().begin_page(page, ctm)  # type: ignore[misc]

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        current().charge_glyphs(1)
        return super().render_char(*args, **kwargs)  # type: ignore[misc]

    def handle_undefined_char(self, font: Any, cid: int) -> str:
        self.undefined += 1
        return super().handle_undefined_char(font, cid)  # type: ignore[misc, no-any-return]

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        current().charge_drawings(1)
        super().paint_path(*args, **kwargs)  # type: ignore[misc]


def BoundedAggregator(*args: Any, **kwargs: Any) -> Any:
    """A ``PDFPageAggregator`` that charges the budget (pdfminer imported lazily)."""
    global _BOUNDED_CLASS
    if _BOUNDED_CLASS is None:
        _BOUNDED_CLASS = type("BoundedPageAggregator", (_Bounded, _aggregator_base()), {})
    return _BOUNDED_CLASS(*args, **kwargs)


_BOUNDED_CLASS: type | None = None
