"""Hard limits on reading one report: the numbers (:class:`Limits`) and the running count (:class:`Budget`).

Every input SARA accepts is bounded in time and memory; going over a limit is a
:class:`~analyzer.errors.LimitExceeded` (a bilingual refusal), never a stuck process or gigabytes of
memory. The numbers were chosen from measurements (``pipelines/bench_hostile.py`` builds the
hostile inputs; the legitimate ones are our rendered reports and real PDFs/DOCX from the web):

==================  =========  ==============================================================
limit               default    what a real report needs (measured) → headroom
==================  =========  ==============================================================
pages               1,000      a 60,000-字 report is ~60–150 pages with its appendices
glyphs per page     30,000     densest real page measured: 6,400 (English, 9 pt); CJK ~1,500
paths per page      100,000    ruling lines and charts: hundreds to a few thousand
glyphs (document)   400,000    ~1 glyph per 字: a 60,000-字 report has ~65,000 (6× headroom)
decompressed bytes  256 MiB    PDF streams: 0.3–4.4 MB measured (fonts included); PDFium's text
                               pass is checked over the same budget before it sees the file
DOCX XML bytes      32 MiB     document.xml of a 30,000-字 report: 0.1–1.5 MB; lxml needs ~11×
                               the XML in memory, so 32 MiB keeps a parse under ~400 MB
paragraphs          20,000     a 30,000-字 DOCX has ~700 paragraphs (table cells included); the
                               analysis time grows with them: 44,000 took 137 s and 836 MB
reading time        50 s       a 30,000-字 PDF reads in ~1.5 s on a loaded 2-core machine; an 87-page
                               English thesis (258,000 glyphs) in 29–40 s alone, but 45.6 s wall for
                               18.2 s CPU on a busy machine. So the limit is passed only when *both*
                               the wall time and the process CPU time are over it: a file that waits
                               for a shared core is not refused, and hostile inputs that only this
                               limit stops still end in about 50 s + start-up on an idle machine.
                               OCR time is not charged here (Budget.paused; OCR has its own limits)
reading wall time   120 s      the backstop of the CPU-time rule: a read that does not burn CPU
                               (blocked, or starved by a very busy machine) still ends; below the
                               screening worker's 180 s, so the refusal is a clear LimitExceeded
screening worker    180 s      hard backstop per file (reading + analysis) without progress; each
                               OCR'd page or picture counts as progress, see analyzer.batch.runner
==================  =========  ==============================================================

The budget of the file being read is held in a context variable for the duration of
:func:`reading` (``analyzer.ingest.read_raw`` opens it), so the hooks inside third-party
decoders (pdfminer's stream filters, PDFium's pre-check) and the readers' loops charge it without
threading a parameter through every call. Outside :func:`reading` each hook call gets a fresh
budget with the default limits, so a bomb is bounded even when a reader is called directly.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields

from ..errors import LimitExceeded

__all__ = ["Budget", "Limits", "current", "reading"]

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """The hard limits of reading one file (see the module docstring for how they were chosen)."""

    max_pages: int = 1000
    max_glyphs_per_page: int = 30_000
    """Characters (glyphs drawn, spaces included) on one PDF page."""
    max_drawings_per_page: int = 100_000
    """Paths painted on one PDF page (ruling lines, chart shapes, glyphs drawn as outlines)."""
    max_glyphs: int = 400_000
    """Characters in the whole document (PDF glyphs; extracted text of DOCX, TXT and Markdown)."""
    max_decompressed_bytes: int = 256 * MiB
    """PDF stream data after decompression, summed over the document."""
    max_xml_bytes: int = 32 * MiB
    """DOCX XML parts parsed (document, styles, numbering, notes, headers), summed."""
    max_paragraphs: int = 20_000
    """Paragraphs (DOCX ``w:p`` including table cells; blocks of any format)."""
    max_seconds: float = 50.0
    """Time to read one file, checked cooperatively in the readers' loops: passed when both the
    wall time and the CPU time of the process are over it (a busy machine does not refuse a good
    file); :attr:`max_wall_seconds` bounds the wall time alone."""
    worker_seconds: float = 180.0
    """Screening: a worker still busy with one file after this long is killed (hard backstop)."""
    min_visible_chars: int = 10
    """Fewer visible characters than this (after removing zero-width and control characters) is
    not a report: the file is refused as empty."""
    max_wall_seconds: float = 60.0
    """Wall time to read one file whatever the CPU time (a read that waits without computing still
    ends): any read, hostile or not, ends within a minute. Between ``max_seconds`` and this, a
    busy machine that has spent little CPU on the file keeps reading. Kept below ``worker_seconds``."""

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) <= 0:
                raise ValueError(f"Limits.{f.name} must be positive")

    @property
    def max_text_bytes(self) -> int:
        """The largest TXT/Markdown file that can hold at most ``max_glyphs`` characters: no
        supported encoding needs more than 4 bytes per character (plus a 4-byte BOM)."""
        return 4 * self.max_glyphs + 4


class Budget:
    """What reading one file has used so far; each ``charge_*``/``check_*`` raises
    :class:`~analyzer.errors.LimitExceeded` when a limit is passed."""

    _CLOCK_EVERY = 512

    def __init__(self, limits: Limits | None = None, path: str = "") -> None:
        self.limits = limits or Limits()
        self.path = path
        self._clock = time.monotonic
        self._cpu_clock = time.process_time
        self.started = self._clock()
        self.cpu_started = self._cpu_clock()
        self.deadline = self.started + self.limits.max_seconds
        self.cpu_deadline = self.cpu_started + self.limits.max_seconds
        self.wall_deadline = self.started + max(self.limits.max_wall_seconds, self.limits.max_seconds)
        self.decompressed = 0
        self.xml_bytes = 0
        self.streams_checked: set[tuple[int, int]] = set()  # PDFium pre-checks done (len, hash)
        self.glyphs = 0
        self.page_glyphs = 0
        self.page_drawings = 0
        self.pages = 0
        self.paragraphs = 0
        self._ticks = 0

    # ----- time

    def check_time(self) -> None:
        """Over the limit when wall *and* CPU time are past ``max_seconds``, or the wall time alone
        is past ``max_wall_seconds`` (the CPU clock is read only once the wall time is over)."""
        now = self._clock()
        if now <= self.deadline:
            return
        if now > self.wall_deadline:
            raise LimitExceeded(self.path, "time", self.limits.max_wall_seconds, round(now - self.started, 1))
        if self._cpu_clock() > self.cpu_deadline:
            raise LimitExceeded(self.path, "time", self.limits.max_seconds, round(now - self.started, 1))

    def tick(self) -> None:
        """Cheap enough for the innermost loops: looks at the clock every few hundred calls."""
        self._ticks += 1
        if self._ticks >= self._CLOCK_EVERY:
            self._ticks = 0
            self.check_time()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Time spent inside is not charged to the reading clock: OCR is bounded by its own limits
        (``OcrSettings.max_pages`` and the picture limits in analyzer/ingest/ocr.py), and a scan of
        a hundred pages takes minutes by nature."""
        start, cpu_start = self._clock(), self._cpu_clock()
        try:
            yield
        finally:
            waited = self._clock() - start
            self.deadline += waited
            self.wall_deadline += waited
            self.cpu_deadline += self._cpu_clock() - cpu_start

    def new_pass(self) -> None:
        """A reader starts over on the same file (pdfminer on a repaired copy): what the previous
        pass decoded is freed, so pages, glyphs and decompressed bytes count from zero again. The
        clock keeps running."""
        self.pages = self.glyphs = self.page_glyphs = self.page_drawings = self.decompressed = 0

    # ----- counts

    def charge_decompressed(self, n: int) -> None:
        self.decompressed += n
        if self.decompressed > self.limits.max_decompressed_bytes:
            raise LimitExceeded(self.path, "decompressed", self.limits.max_decompressed_bytes, self.decompressed)
        self.tick()

    def remaining_decompressed(self) -> int:
        return max(0, self.limits.max_decompressed_bytes - self.decompressed)

    def charge_xml(self, n: int) -> None:
        self.xml_bytes += n
        if self.xml_bytes > self.limits.max_xml_bytes:
            raise LimitExceeded(self.path, "xml", self.limits.max_xml_bytes, self.xml_bytes)
        self.check_time()

    def check_page_count(self, pages: int) -> None:
        """The number of pages a document declares (checked before any page is read)."""
        if pages > self.limits.max_pages:
            raise LimitExceeded(self.path, "pages", self.limits.max_pages, pages)

    def start_page(self) -> None:
        self.pages += 1
        self.page_glyphs = 0
        self.page_drawings = 0
        self.check_page_count(self.pages)
        self.check_time()

    def charge_glyphs(self, n: int = 1) -> None:
        self.glyphs += n
        self.page_glyphs += n
        if self.page_glyphs > self.limits.max_glyphs_per_page:
            raise LimitExceeded(self.path, "glyphs-per-page", self.limits.max_glyphs_per_page, self.page_glyphs)
        if self.glyphs > self.limits.max_glyphs:
            raise LimitExceeded(self.path, "glyphs", self.limits.max_glyphs, self.glyphs)
        self.tick()

    def check_page_glyphs(self, n: int) -> None:
        """Characters of one page counted by a reader that sees a whole page at once (PDFium)."""
        if n > self.limits.max_glyphs_per_page:
            raise LimitExceeded(self.path, "glyphs-per-page", self.limits.max_glyphs_per_page, n)
        self.check_time()

    def charge_drawings(self, n: int = 1) -> None:
        self.page_drawings += n
        if self.page_drawings > self.limits.max_drawings_per_page:
            raise LimitExceeded(self.path, "drawings-per-page", self.limits.max_drawings_per_page, self.page_drawings)
        self.tick()

    def check_text(self, chars: int) -> None:
        """Characters of a document's extracted text (formats without glyph counts)."""
        if chars > self.limits.max_glyphs:
            raise LimitExceeded(self.path, "glyphs", self.limits.max_glyphs, chars)

    def charge_paragraphs(self, n: int = 1) -> None:
        self.paragraphs += n
        if self.paragraphs > self.limits.max_paragraphs:
            raise LimitExceeded(self.path, "paragraphs", self.limits.max_paragraphs, self.paragraphs)
        self.tick()


_ACTIVE: ContextVar[Budget | None] = ContextVar("sara_ingest_budget", default=None)


def current() -> Budget:
    """The budget of the file being read; outside :func:`reading`, a fresh one with the default
    limits for each call (each stream or page is then bounded on its own)."""
    budget = _ACTIVE.get()
    return Budget() if budget is None else budget


@contextmanager
def reading(path: str, limits: Limits | None = None) -> Iterator[Budget]:
    """Open a budget for reading ``path``; every hook called inside charges it."""
    budget = Budget(limits, path)
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)
