"""Offline OCR of scanned pages and of pictures (RapidOCR: PP-OCRv4 Chinese models on onnxruntime).

The models ship inside the ``rapidocr-onnxruntime`` wheel; nothing is downloaded at run time. This
module only *recognises*: images in, :class:`OcrLine` records out (text, box, confidence, page or
picture). Turning lines into paragraphs, headings and tables is :mod:`.ocr_layout`; the readers call
it through small hooks (:mod:`.pdf` for pages without a text layer, :mod:`analyzer.ingest` for
pictures in DOCX and PDF).

- **Settings** (:class:`OcrSettings`): the mode (``off`` / ``auto`` / ``force``, default
  :data:`DEFAULT_OCR_MODE`, the one place it is set), the page resolution, the detector's input
  size, the core budget, page and pixel limits. The speed defaults come from
  ``pipelines/bench_ocr.py``.
- **Cache**: one JSON file per image, keyed by the SHA-256 of its pixels and the settings that change
  the result (:func:`cache_dir`: ``$SARA_OCR_CACHE``, else the user cache dir; ``off`` disables it).
  Re-analysing a file costs no OCR.
- **Parallel pages**: pages are rendered one by one (PDFium is not thread-safe) and recognised by
  ``workers`` threads, each with its own engine and ``cores // workers`` onnxruntime threads.
- **Progress**: ``progress(done, total)`` after every page.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from ..text.normalize import TRADITIONAL_MIN_SHARE, is_traditional

if TYPE_CHECKING:
    import numpy as np

OcrMode = Literal["off", "auto", "force"]
OCR_MODES: Final[tuple[OcrMode, ...]] = ("off", "auto", "force")
DEFAULT_OCR_MODE: Final[OcrMode] = "auto"
"""``auto``: OCR the pages that have no text layer and the pictures; ``force``: also the pages that
have one (a garbled text layer); ``off``: never (a scan is refused with NoTextLayer)."""

ENV_CACHE: Final = "SARA_OCR_CACHE"
ENGINE: Final = "rapidocr-onnxruntime-1.4.4/PP-OCRv4"

# Called as progress(done, total) after each page or picture.
OcrProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """How to OCR. Defaults from ``pipelines/bench_ocr.py`` (2 cores, A4 at 150 dpi)."""

    mode: OcrMode = DEFAULT_OCR_MODE
    dpi: int = 150
    """Resolution pages are rendered at (150–200 reads body text; higher costs time, not accuracy)."""
    det_limit_side_len: int = 1280
    """The detector sees the image scaled so its longer side is at most this (``limit_type=max``)."""
    rec_heights: tuple[int, ...] = (32, 48)
    """Heights a text line may be scaled to for recognition: each line takes the lowest one at least its
    own pixel height (the highest when it is taller), so small print is not blown up to the model's 48
    pixels (``pipelines/bench_ocr.py``: 150-dpi body lines are about 24 pixels; recognising them at 32
    instead of 48 halves the time and reads as well). Taller lines (headings) are few and go to 48: at
    40 a title's 栎 read as 栋. ``(48,)`` is RapidOCR's own setting."""
    retry_below: float = 0.9
    """A line read below the highest height with less confidence than this is read again at the highest
    and the surer reading kept. A page in traditional characters (complex glyphs: at least
    :func:`analyzer.text.normalize.is_traditional`) is read again at the highest height whole."""
    use_cls: bool = False
    """Run the 0°/180° text-direction classifier (scans are upright; it costs ~10%)."""
    cores: int | None = None
    """Core budget (None: the CPUs this process may use)."""
    workers: int | None = None
    """Pages recognised at once (None: one per core); each gets ``cores // workers`` threads."""
    max_pages: int = 150
    """More pages needing OCR than this: refused with a message, nothing recognised."""
    max_pixels: int = 30_000_000
    """Larger pictures are scaled down before recognition (a 30-megapixel limit)."""
    min_picture_side: int = 48
    """Pictures narrower or lower than this (icons, bullets, spacers) are not read."""
    max_pictures: int = 200
    low_confidence: float = 0.8
    """Lines below this recognition confidence are marked ``low_confidence``."""
    cache_dir: str | None = None
    """Overrides ``$SARA_OCR_CACHE`` and the user cache dir; ``"off"`` disables the cache."""

    @property
    def enabled(self) -> bool:
        return self.mode != "off"

    def fingerprint(self) -> str:
        """What changes a recognition result: the engine and the detector settings."""
        heights = ",".join(map(str, self.rec_heights))
        rec = "" if self.rec_heights == (48,) else f"|rec={heights}>{self.retry_below}|t={TRADITIONAL_MIN_SHARE}"
        return f"{ENGINE}|det={self.det_limit_side_len}|cls={int(self.use_cls)}{rec}"

    def budget(self) -> tuple[int, int]:
        """(workers, onnxruntime threads per worker) within the core budget."""
        cores = self.cores or _available_cores()
        workers = max(1, min(self.workers or cores, cores))
        return workers, max(1, cores // workers)


def _available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised text line. ``box`` is (x0, y0, x1, y1) in image pixels, origin top left."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    page: int | None = None
    picture: int | None = None
    low_confidence: bool = False
    quad: tuple[float, ...] = ()
    """The detector's four corners (x, y) × 4, clockwise from top left: the box of a tilted line."""
    ink: float = 0.0
    """Share of dark pixels in the line's box (bold type has more): a hint for headings."""

    @property
    def height(self) -> float:
        """The text height: the quad's left and right sides (not the tilted line's bounding box)."""
        if len(self.quad) == 8:
            q = self.quad
            left = ((q[6] - q[0]) ** 2 + (q[7] - q[1]) ** 2) ** 0.5
            right = ((q[4] - q[2]) ** 2 + (q[5] - q[3]) ** 2) ** 0.5
            return (left + right) / 2
        return self.box[3] - self.box[1]

    @property
    def width(self) -> float:
        if len(self.quad) == 8:
            q = self.quad
            top = ((q[2] - q[0]) ** 2 + (q[3] - q[1]) ** 2) ** 0.5
            bottom = ((q[4] - q[6]) ** 2 + (q[5] - q[7]) ** 2) ** 0.5
            return (top + bottom) / 2
        return self.box[2] - self.box[0]

    @property
    def angle(self) -> float:
        """Tilt of the line's top edge in degrees (positive: falls to the right, image y down)."""
        import math

        if len(self.quad) != 8:
            return 0.0
        q = self.quad
        return math.degrees(math.atan2(q[3] - q[1], q[2] - q[0]))


@dataclass(frozen=True, slots=True)
class OcrImage:
    """What OCR read from one image (a rendered page or a picture)."""

    lines: tuple[OcrLine, ...]
    width: int
    height: int
    sha256: str
    cached: bool = False
    seconds: float = 0.0
    scale: float = 1.0
    """Pixels of the recognised image per pixel of the original (<1 when it was scaled down)."""
    skew: float = 0.0
    """The page's tilt in degrees (:func:`skew_of` its lines)."""
    rules: tuple[tuple[float, float, float, float], ...] = ()
    """Ruling lines (table borders) as (x0, y0, x1, y1) pixels, after turning the image back by
    ``skew`` about its centre; found for rendered pages only."""

    @property
    def chars(self) -> int:
        return sum(1 for ln in self.lines for ch in ln.text if not ch.isspace())


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A rendered page's OCR with the page geometry (PDF points) and the resolution used."""

    number: int  # 1-based
    width_pt: float
    height_pt: float
    dpi: float
    image: OcrImage


# ----------------------------------------------------------------------------- availability


def ocr_available() -> bool:
    """Whether the OCR engine can be imported (the wheel and its native dependencies)."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except Exception:
        return False
    return True


# ----------------------------------------------------------------------------- cache


def cache_dir(settings: OcrSettings) -> Path | None:
    """Where results are cached, or None when caching is off."""
    chosen = settings.cache_dir if settings.cache_dir is not None else os.environ.get(ENV_CACHE)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "none", "0") else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sara" / "ocr"


def _cache_key(pixels: np.ndarray, settings: OcrSettings, rules: bool = False) -> str:
    h = hashlib.sha256()
    h.update(settings.fingerprint().encode())
    h.update(b"rules" if rules else b"")
    h.update(repr(pixels.shape).encode())
    h.update(pixels.tobytes())
    return h.hexdigest()


def _cache_read(key: str, settings: OcrSettings) -> OcrImage | None:
    folder = cache_dir(settings)
    if folder is None:
        return None
    path = folder / key[:2] / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lines = tuple(
            OcrLine(str(t), (float(x0), float(y0), float(x1), float(y1)), float(c), quad=tuple(quad), ink=float(ink))
            for t, x0, y0, x1, y1, c, quad, ink in data["lines"]
        )
        rules = tuple(tuple(float(v) for v in r) for r in data.get("rules", ()))
        return OcrImage(
            lines,
            int(data["width"]),
            int(data["height"]),
            key,
            cached=True,
            scale=float(data["scale"]),
            skew=float(data.get("skew", 0.0)),
            rules=rules,  # type: ignore[arg-type]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_write(result: OcrImage, settings: OcrSettings) -> None:
    folder = cache_dir(settings)
    if folder is None:
        return
    path = folder / result.sha256[:2] / f"{result.sha256}.json"
    data = {
        "engine": settings.fingerprint(),
        "width": result.width,
        "height": result.height,
        "scale": result.scale,
        "skew": result.skew,
        "rules": [list(r) for r in result.rules],
        "lines": [[ln.text, *ln.box, ln.confidence, list(ln.quad), ln.ink] for ln in result.lines],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only or full cache folder costs time, never the analysis


# ----------------------------------------------------------------------------- engine

_LOCAL = threading.local()


def _engine(settings: OcrSettings, threads: int) -> object:
    """This thread's RapidOCR instance for these settings (the engine keeps per-call state)."""
    key = (settings.fingerprint(), threads)
    engines: dict[tuple[str, int], object] = getattr(_LOCAL, "engines", None) or {}
    _LOCAL.engines = engines
    found = engines.get(key)
    if found is None:
        import logging

        from rapidocr_onnxruntime import RapidOCR

        found = RapidOCR(
            det_limit_side_len=settings.det_limit_side_len,
            det_limit_type="max",
            use_cls=settings.use_cls,
            intra_op_num_threads=threads,
            inter_op_num_threads=1,
            max_side_len=max(2000, settings.det_limit_side_len),
        )
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        found.text_rec = _ByLineHeight(found.text_rec, settings.rec_heights, settings.retry_below)
        engines[key] = found
    return found


class _ByLineHeight:
    """RapidOCR's recogniser, called once per target height: each line crop is scaled to the lowest of
    ``heights`` that is at least its own height (the model is fully convolutional, so any height runs);
    a line read with less confidence than ``retry_below`` below the highest height is read again there,
    and the reading with the higher confidence is kept."""

    def __init__(self, rec: Any, heights: tuple[int, ...], retry_below: float = 0.0) -> None:
        self._rec = rec
        self._heights = tuple(sorted(heights))
        self._retry_below = retry_below

    def height_for(self, pixels: int) -> int:
        return next((h for h in self._heights if h >= pixels), self._heights[-1])

    def __call__(self, crops: Any, return_word_box: bool = False) -> tuple[list[Any], float]:
        if not isinstance(crops, list):
            crops = [crops]
        groups: dict[int, list[int]] = {}
        for i, crop in enumerate(crops):
            groups.setdefault(self.height_for(int(crop.shape[0])), []).append(i)
        out: list[Any] = [("", 0.0)] * len(crops)
        elapsed = 0.0
        for height, idx in sorted(groups.items()):
            elapsed += self._read(crops, idx, height, out, return_word_box)
        top = self._heights[-1]
        # a page in traditional characters (the test a report's text gets: text/normalize.py): complex
        # glyphs lose strokes below 48 px (property-hant scan: characters 0.872 at 48 px, 0.843 at 32–40)
        dense = is_traditional("".join(str(t) for t, _ in out))
        again = [i for h, idx in groups.items() if h < top for i in idx if dense or out[i][1] < self._retry_below]
        if again:
            first = {i: out[i] for i in again}
            elapsed += self._read(crops, again, top, out, return_word_box)
            for i, one in first.items():
                if one[1] >= out[i][1]:
                    out[i] = one
        return out, elapsed

    def _read(self, crops: list[Any], idx: list[int], height: int, out: list[Any], word_box: bool) -> float:
        self._rec.rec_image_shape = [3, height, 320]
        found, seconds = self._rec([crops[i] for i in idx], word_box)
        for i, one in zip(idx, found, strict=True):
            out[i] = one
        return float(seconds)


def _grey(pixels: np.ndarray) -> np.ndarray:
    """3-channel uint8 (the engine's input) from grey, RGB(A) or palette-less arrays."""
    import numpy as np

    if pixels.ndim == 2:
        return np.ascontiguousarray(np.repeat(pixels[:, :, None], 3, axis=2))
    if pixels.shape[2] == 4:
        return np.ascontiguousarray(pixels[:, :, :3])
    return np.ascontiguousarray(pixels)


def recognise(
    pixels: np.ndarray,
    settings: OcrSettings,
    *,
    threads: int | None = None,
    page: int | None = None,
    picture: int | None = None,
    scale: float = 1.0,
    rules: bool = False,
) -> OcrImage:
    """OCR one image (H×W grey or H×W×3 RGB, uint8); cached by its pixels and the settings.
    With ``rules``, also find the ruling lines of tables (pages)."""
    key = _cache_key(pixels, settings, rules)
    found = _cache_read(key, settings)
    if found is None:
        t = time.perf_counter()
        engine = _engine(settings, threads or settings.budget()[1])
        img = _grey(pixels)
        result, _ = engine(img[:, :, ::-1].copy())  # type: ignore[operator]  # RGB → BGR (OpenCV order)
        grey = pixels if pixels.ndim == 2 else pixels.mean(axis=2)
        lines: list[OcrLine] = []
        for box, text, score in result or ():
            xs = [float(p[0]) for p in box]
            ys = [float(p[1]) for p in box]
            if str(text).strip():
                quad = tuple(round(float(v), 1) for pt in box for v in pt[:2])
                line = OcrLine(
                    str(text).strip(), (min(xs), min(ys), max(xs), max(ys)), round(float(score), 4), quad=quad
                )
                lines.append(OcrLine(line.text, line.box, line.confidence, quad=quad, ink=_ink(grey, line)))
        skew = skew_of(lines)
        found = OcrImage(
            tuple(lines),
            int(pixels.shape[1]),
            int(pixels.shape[0]),
            key,
            seconds=time.perf_counter() - t,
            scale=scale,
            skew=skew,
            rules=find_rules(grey, skew) if rules else (),
        )
        _cache_write(found, settings)
    marked = tuple(
        OcrLine(
            ln.text,
            ln.box,
            ln.confidence,
            page=page,
            picture=picture,
            low_confidence=ln.confidence < settings.low_confidence,
            quad=ln.quad,
            ink=ln.ink,
        )
        for ln in found.lines
    )
    return replace(found, lines=marked)


def skew_of(lines: Sequence[OcrLine]) -> float:
    """The tilt of a page in degrees: the median angle of its long lines (0 with fewer than 3)."""
    import statistics

    angles = [ln.angle for ln in lines if ln.width > 5 * ln.height and abs(ln.angle) < 10]
    return statistics.median(angles) if len(angles) >= 3 else 0.0


def find_rules(grey: np.ndarray, skew: float) -> tuple[tuple[float, float, float, float], ...]:
    """Horizontal and vertical ruling lines (table borders) of a page: the image is turned back by
    ``skew``, dark pixels opened with long thin kernels (text does not survive), and each remaining
    stroke's bounding box kept as a segment."""
    import cv2
    import numpy as np

    h, w = grey.shape[:2]
    img = np.ascontiguousarray(grey if grey.ndim == 2 else grey.mean(axis=2)).astype(np.uint8)
    if abs(skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    bw = np.where(img < 150, 255, 0).astype(np.uint8)
    out: list[tuple[float, float, float, float]] = []
    for horizontal in (True, False):
        length = max(20, (w if horizontal else h) // 25)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        opened = cv2.morphologyEx(bw, cv2.MORPH_OPEN, kernel)
        opened = cv2.dilate(opened, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            x, y, cw, ch = cv2.boundingRect(c)
            if horizontal and ch <= 8 and cw >= length:
                out.append((float(x), y + ch / 2, float(x + cw), y + ch / 2))
            elif not horizontal and cw <= 8 and ch >= length:
                out.append((x + cw / 2, float(y), x + cw / 2, float(y + ch)))
    return tuple(out)


def _ink(grey: np.ndarray, line: OcrLine) -> float:
    x0, y0, x1, y1 = (round(v) for v in line.box)
    h, w = grey.shape[:2]
    crop = grey[max(0, y0) : min(h, y1), max(0, x0) : min(w, x1)]
    area = max(1.0, line.width * line.height)
    if crop.size == 0:
        return 0.0
    dark = float((crop < 140).sum())
    return round(dark / area, 4)


# ----------------------------------------------------------------------------- pictures


@dataclass(frozen=True, slots=True)
class PictureOutcome:
    """One picture: its OCR, or why it was not read (``skipped``: too small; ``error``: unreadable)."""

    index: int
    image: OcrImage | None = None
    skipped: str | None = None
    error: str | None = None


def decode_picture(data: bytes, settings: OcrSettings) -> tuple[np.ndarray | None, float, str | None, str | None]:
    """(pixels, scale, skipped, error) of an embedded picture. The header is read first, so a
    decompression bomb is scaled down while decoding (``draft``/``thumbnail``) or refused, never
    expanded in full; a corrupt picture is an ``error``, never an exception."""
    import io
    import warnings

    import numpy as np
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            w, h = img.size
            if min(w, h) < settings.min_picture_side:
                return None, 1.0, f"{w}×{h}", None
            if w * h > 16 * settings.max_pixels:
                return None, 1.0, None, f"{w}×{h} pixels, too large"
            scale = 1.0
            if w * h > settings.max_pixels:
                scale = (settings.max_pixels / (w * h)) ** 0.5
                img.draft("L", (int(w * scale), int(h * scale)))
                img = img.convert("L")
                img.thumbnail((int(w * scale), int(h * scale)))
                scale = img.size[0] / w
            if img.mode in ("RGBA", "LA", "P", "PA"):
                rgba = img.convert("RGBA")
                background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                img = Image.alpha_composite(background, rgba)
            img = img.convert("L")
            pixels = np.asarray(img, dtype=np.uint8)
    except Image.DecompressionBombError:
        return None, 1.0, None, "too large (a decompression bomb?)"
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        return None, 1.0, None, f"{type(exc).__name__}: {exc}"[:160]
    return pixels, scale, None, None


def ocr_pictures(
    pictures: Sequence[bytes], settings: OcrSettings, progress: OcrProgress | None = None
) -> list[PictureOutcome]:
    """OCR embedded pictures (PNG, JPEG, …) in parallel within the core budget."""
    outcomes: list[PictureOutcome | None] = [None] * len(pictures)
    todo: list[tuple[int, np.ndarray, float]] = []
    for i, data in enumerate(pictures):
        if i >= settings.max_pictures:
            outcomes[i] = PictureOutcome(i, skipped="limit")
            continue
        pixels, scale, skipped, error = decode_picture(data, settings)
        if pixels is None:
            outcomes[i] = PictureOutcome(i, skipped=skipped, error=error)
        else:
            todo.append((i, pixels, scale))
    workers, threads = settings.budget()
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(recognise, px, settings, threads=threads, picture=i + 1, scale=sc): i for i, px, sc in todo
        }
        for fut, i in futures.items():
            outcomes[i] = PictureOutcome(i, image=fut.result())
            done += 1
            if progress is not None:
                progress(done, len(todo))
    return [o if o is not None else PictureOutcome(i, skipped="?") for i, o in enumerate(outcomes)]


# ----------------------------------------------------------------------------- PDF pages


RenderedPage = tuple[int, float, float, float, "np.ndarray"]


def render_pages(data: bytes, numbers: Sequence[int], settings: OcrSettings) -> Iterator[RenderedPage]:
    """(page number, width pt, height pt, dpi, grey pixels) per 1-based page number, rendered by
    PDFium at ``settings.dpi`` — lower for a page so large that it would exceed ``max_pixels``."""
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for number in numbers:
            page = pdf[number - 1]
            try:
                w_pt, h_pt = page.get_size()
                dpi = float(settings.dpi)
                pixels_at = (w_pt / 72 * dpi) * (h_pt / 72 * dpi)
                if pixels_at > settings.max_pixels:
                    dpi *= (settings.max_pixels / pixels_at) ** 0.5
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                img = bitmap.to_pil().convert("L")
                yield number, float(w_pt), float(h_pt), dpi, np.asarray(img, dtype=np.uint8)
            finally:
                page.close()
    finally:
        pdf.close()


def ocr_pdf_pages(
    data: bytes, numbers: Sequence[int], settings: OcrSettings, progress: OcrProgress | None = None
) -> list[OcrPage]:
    """OCR the given 1-based pages of a PDF, in page order. Rendering stays in this thread;
    recognition runs on ``workers`` threads with at most ``2 × workers`` pages in flight."""
    workers, threads = settings.budget()
    out: dict[int, OcrPage] = {}
    total = len(numbers)
    pending: list[tuple[int, float, float, float, Future[OcrImage]]] = []
    done = 0

    def collect(block_until: int) -> None:
        nonlocal done
        while len(pending) > block_until:
            number, w_pt, h_pt, dpi, fut = pending.pop(0)
            out[number] = OcrPage(number, w_pt, h_pt, dpi, fut.result())
            done += 1
            if progress is not None:
                progress(done, total)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for number, w_pt, h_pt, dpi, pixels in render_pages(data, numbers, settings):
            fut = pool.submit(recognise, pixels, settings, threads=threads, page=number, rules=True)
            pending.append((number, w_pt, h_pt, dpi, fut))
            collect(2 * workers)
        collect(0)
    return [out[n] for n in numbers if n in out]
