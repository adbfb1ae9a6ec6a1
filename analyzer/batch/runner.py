"""Secretariat screening (秘书处形式审查): every report under a folder, one row per file.

::

    with Store.open() as store:
        result = screen_folder("submissions/", "auto", jobs=4, store=store, progress=print)
    for row in result.rows:
        print(row.file, row.verdict, "；".join(row.reasons_zh))

What it does:

- **Finds** every file under the folder, recursively, in sorted order of its relative path.
  Hidden files and folders (``.name``), Office lock files (``~$name``), ``Thumbs.db`` and
  ``desktop.ini`` are skipped. PDF, DOCX, TXT and Markdown files are analysed; any other file
  (``.doc``, ``.xlsx``, pictures …) becomes an error row saying the format is not supported.
- **Analyses in parallel** worker processes (``spawn`` context, so it behaves the same on Linux,
  macOS and Windows). Each worker loads the standards and fits the scorers once, in its
  initializer, for every standard the run may need (all of them for ``"auto"``), and ignores
  Ctrl-C: the main process owns the interrupt and the database.
- **Never aborts on one file.** A file that cannot be read becomes a row with the bilingual
  message of its :class:`~analyzer.errors.SaraError` (an unexpected exception becomes an
  "internal error" row). A worker that dies (killed, out of memory, a parser crash) breaks the pool:
  the pool is restarted and the files that were in flight are retried once, each alone; a file that
  kills a worker again becomes an error row.
- **Caches by content.** With a :class:`~analyzer.review.store.Store`, each result is committed as soon as
  it arrives (an interrupted run keeps everything finished), and a file is not analysed again when
  the store holds an analysis of the same bytes (SHA-256) for the same request (the named standard,
  or ``"auto"``), made by the same SARA version, against the same standard digest, with the same
  options (:func:`options_key`). Errors are not cached: an unreadable file is tried again on the
  next run. The stored analyses are ordinary submissions of the reviewers' workspace.
- **Rows come from the record.** :func:`row_from_record` builds a :class:`ScreenRow` from the
  ``sara.analysis/1`` record (:mod:`analyzer.record`), so a cached analysis and a fresh one give
  the same row.

The verdict (结论) of a row:

- ``无法读取`` — the file could not be read or analysed (``status == "error"``): unsupported format,
  empty, encrypted, no text layer (scanned), corrupt, a worker crashed on it twice, or an internal
  error. The reason is the error message.
- ``非自评报告`` — the file was read but is not a quality-award self-assessment report (a thesis, a
  tender, a 项目支出绩效自评报告 …: its ``not-self-assessment`` finding); the reason is that finding's
  message. It has no clause lists and no score estimate.
- ``需补充`` — the file was analysed and at least one of these holds: the report's length is over
  the standard's limit; the profile (组织概述) is over its limit; or the analysis has any finding of
  severity ``error`` (among them ``missing-clause``, ``results-three-years``,
  ``results-comparison``, ``results-no-data``, ``length-limit``, ``profile-length-limit``). The
  reasons name each of them with the clauses concerned.
- ``完整`` — analysed, within the limits, and no ``error`` finding. Warnings (weak clauses,
  unexplained declines …) and notes do not change the verdict; they are counted in their columns.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
import multiprocessing.queues
import os
import queue as queue_module
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..config import DEFAULT_CONFIG
from ..errors import EmptyFile, LegacyWordFormat, OutsideFolder, SaraError, UnsupportedFormat
from ..ingest import LEGACY_EXTENSIONS, SUPPORTED_EXTENSIONS, IngestConfig
from ..lifetime import exit_with_parent
from ..pipeline import AnalyzeOptions
from ..record import AnalysisRecord, read_record
from ..resources import Resources
from .verdict import ScreenResult, ScreenRow, error_row, row_from_record

if TYPE_CHECKING:
    from ..model import Standard
    from ..review.screenings import StoredScreening
    from ..review.store import Store

DEFAULT_OPTIONS = DEFAULT_CONFIG.with_overrides(backend="lexical").analyze_options()
"""``screen_folder``'s options when the caller gives none: the config's defaults except the backend.
Lexical on purpose (as ``pipelines/secretariat.yaml`` says too): a folder of reports is screened
fast and identically on every machine, with no embedding model needed. :func:`options_key` compares
a run's checks with these."""
SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini"})

CRASH_ENV = "SARA_SCREEN_CRASH_ON"
"""Test hook: a worker asked to analyse a file of this name exits at once (as if killed)."""
HANG_ENV = "SARA_SCREEN_HANG_ON"
"""Test hook: a worker asked to analyse a file of this name never finishes (as if stuck in a parser)."""


class NotAFolder(SaraError):
    def __init__(self, path: str) -> None:
        super().__init__(f"不是文件夹：{path}", f"not a folder: {path}")


class WorkerCrashed(SaraError):
    def __init__(self, file: str) -> None:
        super().__init__(
            f"分析该文件时工作进程两次异常退出（文件可能使解析器崩溃或耗尽内存）：{file}",
            f"the worker process died twice while analysing this file (it may crash the parser or exhaust memory): "
            f"{file}",
        )


class WorkerTimeout(SaraError):
    """The worker analysing a file was still busy after the hard time limit
    (:attr:`analyzer.ingest.limits.Limits.worker_seconds`) and was killed."""

    def __init__(self, file: str, seconds: float) -> None:
        super().__init__(
            f"分析该文件超过 {seconds:g} 秒仍未结束，工作进程已被终止：{file}",
            f"the analysis did not finish within {seconds:g} s; its worker process was killed: {file}",
        )


class InternalError(SaraError):
    def __init__(self, file: str, exc: BaseException) -> None:
        super().__init__(
            f"分析时出现内部错误（{type(exc).__name__}: {exc}）：{file}",
            f"internal error while analysing ({type(exc).__name__}: {exc}): {file}",
        )


# --------------------------------------------------------------------------- saved runs

_ROW_FIELDS = tuple(f.name for f in fields(ScreenRow) if f.name != "record")
_RUN_FIELDS = ("analysed", "cached", "failed", "elapsed", "standard", "jobs", "restarts")


def _tuples(value: object) -> object:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def save_run(store: Store, result: ScreenResult, label: str, actor: str = "sara") -> int:
    """Keep a screening run in the store (the rows without their records, which are the
    submissions' own analyses); returns its id for :func:`load_run`."""
    payload = {f: getattr(result, f) for f in _RUN_FIELDS}
    payload["rows"] = [{f: getattr(r, f) for f in _ROW_FIELDS} for r in result.rows]
    text = json.dumps(payload, ensure_ascii=False)
    return store.add_screening(label, result.standard, len(result.rows), text, actor)


RECENT_RUNS = 20
"""How many saved runs the screening page offers."""


def recent_runs(store: Store, limit: int = RECENT_RUNS) -> list[StoredScreening]:
    """The latest saved screening runs, newest first (ids for :func:`load_run`)."""
    return store.screenings(limit=limit)


def load_run(store: Store, run_id: int) -> ScreenResult:
    """A saved screening run, each analysed row with its submission's stored analysis again."""
    data = json.loads(store.screening(run_id).payload)
    rows = []
    for raw in data.get("rows", []):
        row = ScreenRow(**{f: _tuples(raw[f]) for f in _ROW_FIELDS if f in raw})
        stored = store.latest_analysis(row.submission_id) if row.submission_id is not None else None
        if stored is not None:
            row = replace(row, record=read_record(stored.result_json))
        rows.append(row)
    return ScreenResult(rows=tuple(rows), **{f: data[f] for f in _RUN_FIELDS if f in data})


# --------------------------------------------------------------------------- workers

APP_MAX_JOBS = 4
"""The screening page starts at no more than four workers: the app's server shares the machine with
the reviewers' sessions (the user may raise it up to the CPU count)."""


@dataclass(frozen=True, slots=True)
class WorkerChoice:
    """The screening page's worker field: at most one per CPU, starting at :attr:`default`."""

    most: int
    default: int


def worker_choice(configured: int | None, cpus: int | None = None) -> WorkerChoice:
    """The workers the screening page offers: up to one per CPU (``cpus``, default
    ``os.cpu_count()``), starting at the pipeline's ``jobs`` (None: one per CPU), at most the CPU
    count and at most :data:`APP_MAX_JOBS`."""
    n = max((os.cpu_count() if cpus is None else cpus) or 1, 1)
    return WorkerChoice(most=n, default=min(configured or n, n, APP_MAX_JOBS))


@dataclass(frozen=True, slots=True)
class ScreenProgress:
    """Reported after every finished file (``row`` set) and when analysis starts (``row`` None)."""

    done: int
    total: int
    file: str
    """The file just finished (or, when ``row`` is None, the first file handed to a worker)."""
    row: ScreenRow | None
    elapsed: float
    eta: float | None
    """Seconds left, from the pace of this run's analyses (None until one finished)."""
    running: tuple[str, ...] = ()
    """Files handed to workers and not yet finished."""
    pid: int | None = None
    """The worker process that produced ``row`` (None for cached and skipped files)."""


ScreenCallback = Callable[[ScreenProgress], None]


# --------------------------------------------------------------------------- finding files


@dataclass(frozen=True, slots=True)
class FoundFile:
    rel: str
    path: Path
    supported: bool
    outside: bool = False
    """A link that resolves outside the screened folder: never read (it becomes an error row)."""


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in SKIPPED_NAMES


def find_files(folder: str | Path, exclude: Iterable[str | Path] = ()) -> tuple[FoundFile, ...]:
    """Every file under ``folder`` (recursively, sorted by relative path) except hidden files and
    folders, Office lock files and the paths in ``exclude`` (e.g. the output file)."""
    root = Path(folder)
    real_root = root.resolve()
    skip = {Path(p).resolve() for p in exclude}
    found: list[FoundFile] = []
    for dirpath, dirnames, filenames in os.walk(root):  # does not descend into linked folders
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if _skipped(name) or not path.is_file() or path.resolve() in skip:
                continue
            rel = path.relative_to(root).as_posix()
            outside = not path.resolve().is_relative_to(real_root)
            found.append(FoundFile(rel, path, path.suffix.lower() in SUPPORTED_EXTENSIONS, outside))
    return tuple(sorted(found, key=lambda f: f.rel))


# --------------------------------------------------------------------------- cache


def options_key(options: AnalyzeOptions) -> str:
    """What the store's ``backend`` column holds for a screening analysis: the requested backend,
    plus every option that differs from the defaults (so a different setting is a cache miss)."""
    parts = [str(options.backend)]
    if options.model is not None:
        parts.append(f"model={options.model}")
    if not options.crosswalk:
        parts.append("crosswalk=0")
    if options.checks != DEFAULT_OPTIONS.checks:
        digest = hashlib.sha256(repr(options.checks).encode()).hexdigest()[:12]
        parts.append(f"checks={digest}")
    return ";".join(parts)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _cached(
    store: Store,
    sha: str,
    request: str,
    standards: dict[str, Standard],
    key: str,
) -> tuple[AnalysisRecord, int] | None:
    """The newest stored analysis that answers this request exactly, with its submission id."""
    for sub, stored in store.analyses_of_file(sha, __version__):
        std = standards.get(stored.standard_id)
        if stored.backend != key or std is None or stored.standard_digest != std.digest:
            continue
        if request != "auto" and stored.standard_id != request:
            continue
        try:
            record = read_record(stored.result_json)
        except SaraError:
            continue
        if request == "auto" and record.detection is None:
            continue
        return record, sub.id
    return None


# --------------------------------------------------------------------------- workers


@dataclass(frozen=True, slots=True)
class _Outcome:
    json_text: str | None
    error_zh: str | None
    error_en: str | None
    seconds: float
    pid: int


def _warm(standard_ids: tuple[str, ...], options: AnalyzeOptions) -> None:
    from ..pipeline import prepare
    from ..standards import load_standard

    # More than one standard means ``auto``: detection's content scorers are needed too.
    prepare([load_standard(sid) for sid in standard_ids], options, detect=len(standard_ids) > 1, resources=_RESOURCES)


_RESOURCES: Resources | None = None
"""In a worker: its own :class:`Resources`, built in the initializer and used by every file it analyses."""

_STARTED: multiprocessing.queues.Queue[tuple[int, int]] | None = None
"""In a worker: where it announces (task number, pid) as it starts a file, and again after each
OCR'd page or picture, so the main process can kill a worker that makes no progress for longer
than the hard time limit."""


def _worker_init(
    standard_ids: tuple[str, ...],
    options: AnalyzeOptions,
    parent: int,
    started: multiprocessing.queues.Queue[tuple[int, int]] | None = None,
) -> None:
    """Once per worker: ignore Ctrl-C (the main process handles it), then load the standards and fit
    the scorers of every standard the run may need, so no file pays for jieba, the vectorizers or a
    model again.

    The fitting runs in a background thread: a task that needs a scorer waits for it on the
    worker's :class:`Resources` lock (never longer than fitting it itself would take), while a file that
    cannot be read fails at once instead of waiting seconds for scorers it does not need (a re-run
    whose only uncached files are unreadable ones stays quick)."""
    global _STARTED, _RESOURCES
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent)
    _STARTED = started
    _RESOURCES = Resources()
    threading.Thread(target=_warm, args=(standard_ids, options), name="sara-warm", daemon=True).start()


def _worker_analyse(
    path: str, rel: str, standard: str, options: AnalyzeOptions, ingest: IngestConfig | None, task: int = 0
) -> _Outcome:
    if _STARTED is not None:
        started = _STARTED
        started.put((task, os.getpid()))
        from ..ingest import IngestConfig

        config = ingest or IngestConfig()
        if config.ocr.enabled:
            # Each page or picture OCR finishes is progress: it restarts the backstop's clock, so a
            # long scan is not killed while it advances (the OCR limits bound it instead).
            def beat(done: int, total: int) -> None:
                started.put((task, os.getpid()))

            ingest = replace(config, ocr_progress=beat)
    if os.environ.get(CRASH_ENV) and Path(path).name == os.environ[CRASH_ENV]:
        os._exit(70)
    if os.environ.get(HANG_ENV) and Path(path).name == os.environ[HANG_ENV]:
        threading.Event().wait()
    from ..export.analysis_json import analysis_json
    from ..pipeline import analyze_file

    t = time.perf_counter()
    try:
        analysis = analyze_file(path, standard, options, ingest=ingest, resources=_RESOURCES)
        text = analysis_json(analysis).compact()
        return _Outcome(text, None, None, time.perf_counter() - t, os.getpid())
    except SaraError as exc:
        err: SaraError = exc
    except Exception as exc:  # one file must never abort the run
        err = InternalError(rel, exc)
    return _Outcome(
        None, err.message_zh.replace(path, rel), err.message_en.replace(path, rel), time.perf_counter() - t, os.getpid()
    )


class _Pool:
    """A process pool that is replaced after a worker died. ``generation`` counts the pools, so a
    failure reported late by a future of an old pool does not drop its healthy successor."""

    def __init__(
        self,
        jobs: int,
        standard_ids: tuple[str, ...],
        options: AnalyzeOptions,
        started: multiprocessing.queues.Queue[tuple[int, int]] | None = None,
    ) -> None:
        self.jobs = jobs
        self._args = (standard_ids, options, os.getpid(), started)
        self._pool: ProcessPoolExecutor | None = None
        self.generation = 0

    def submit(self, *args: object) -> tuple[Future[_Outcome], int]:
        while True:
            if self._pool is None:
                self.generation += 1
                self._pool = ProcessPoolExecutor(
                    max_workers=self.jobs,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_init,
                    initargs=self._args,
                )
            try:
                return self._pool.submit(_worker_analyse, *args), self.generation
            except BrokenProcessPool:  # a worker died while nothing of ours was in flight
                self.broken(self.generation)

    def broken(self, generation: int) -> None:
        """The pool of ``generation`` lost a worker: drop it; the next :meth:`submit` starts a new one."""
        if self._pool is not None and generation == self.generation:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    @property
    def restarts(self) -> int:
        return max(0, self.generation - 1)

    def close(self, *, kill: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            # Interrupted: stop the workers now instead of letting them finish their files.
            # (ProcessPoolExecutor has no public way to do this before Python 3.14.)
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- the run


def _standards(request: str) -> dict[str, Standard]:
    from ..standards import load_all, load_standard

    if request == "auto":
        return {s.id: s for s in load_all()}
    std = load_standard(request)  # raises UnknownStandard before anything is read
    return {std.id: std}


def screen_folder(
    folder: str | Path,
    standard: str = "auto",
    *,
    jobs: int | None = None,
    store: Store | None = None,
    options: AnalyzeOptions = DEFAULT_OPTIONS,
    ingest: IngestConfig | None = None,
    progress: ScreenCallback | None = None,
    exclude: Iterable[str | Path] = (),
) -> ScreenResult:
    """Screen every report under ``folder`` against ``standard`` (an id, or ``"auto"`` to detect
    each report's standard). ``jobs``: worker processes (default: one per CPU). ``store``: where
    results are committed and looked up (None: no cache, nothing saved). ``exclude``: paths to
    leave out (the output file). Raises :class:`NotAFolder` and
    :class:`~analyzer.errors.UnknownStandard`; every problem with a file becomes its row."""
    started = time.perf_counter()
    root = Path(folder)
    if not root.is_dir():
        raise NotAFolder(str(folder))
    standards = _standards(standard)
    auto = standard == "auto"
    key = options_key(options)
    files = find_files(root, exclude)
    total = len(files)
    rows: dict[str, ScreenRow] = {}
    cached = 0
    todo: list[tuple[FoundFile, str]] = []

    def emit(file: str, row: ScreenRow | None, eta: float | None, running: tuple[str, ...], pid: int | None) -> None:
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress(ScreenProgress(len(rows), total, file, row, elapsed, eta, running, pid))

    for f in files:
        suffix = f.path.suffix.lower()
        if f.outside:
            rows[f.rel] = error_row(f.rel, OutsideFolder(f.rel), fmt=suffix.lstrip(".") or None)
            emit(f.rel, rows[f.rel], None, (), None)
            continue
        if not f.supported:
            err = LegacyWordFormat(f.rel, suffix) if suffix in LEGACY_EXTENSIONS else UnsupportedFormat(f.rel, suffix)
            rows[f.rel] = error_row(f.rel, err, fmt=suffix.lstrip(".") or None)
            emit(f.rel, rows[f.rel], None, (), None)
            continue
        try:
            size = f.path.stat().st_size
            sha = _sha256(f.path)
        except OSError as exc:
            problem = f"（{exc.strerror}）：{f.rel}", f" ({exc.strerror}): {f.rel}"
            rows[f.rel] = error_row(f.rel, SaraError("无法读取文件" + problem[0], "cannot read the file" + problem[1]))
            emit(f.rel, rows[f.rel], None, (), None)
            continue
        if size == 0:
            rows[f.rel] = error_row(f.rel, EmptyFile(f.rel), fmt=suffix.lstrip("."), sha256=sha)
            emit(f.rel, rows[f.rel], None, (), None)
            continue
        hit = _cached(store, sha, standard, standards, key) if store is not None else None
        if hit is not None:
            record, sid = hit
            rows[f.rel] = row_from_record(record, f.rel, detected=auto, from_cache=True, submission_id=sid)
            cached += 1
            emit(f.rel, rows[f.rel], None, (), None)
            continue
        todo.append((f, sha))

    analysed, restarts, used = 0, 0, 0
    if todo:
        used = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
        analysed, restarts = _run_pool(todo, standard, standards, options, ingest, store, key, used, rows, emit)
    ordered = tuple(rows[f.rel] for f in files)
    return ScreenResult(
        rows=ordered,
        analysed=analysed,
        cached=cached,
        failed=sum(1 for r in ordered if r.status == "error"),
        elapsed=time.perf_counter() - started,
        standard=standard,
        jobs=used,
        restarts=restarts,
    )


def _run_pool(
    todo: list[tuple[FoundFile, str]],
    standard: str,
    standards: dict[str, Standard],
    options: AnalyzeOptions,
    ingest: IngestConfig | None,
    store: Store | None,
    key: str,
    jobs: int,
    rows: dict[str, ScreenRow],
    emit: Callable[[str, ScreenRow | None, float | None, tuple[str, ...], int | None], None],
) -> tuple[int, int]:
    """Analyse ``todo`` in worker processes, filling ``rows``; returns (analysed, pool restarts).

    Hard backstop: each worker announces the task it starts (and each OCR step it finishes); a task
    running ``worker_seconds`` (from :class:`~analyzer.ingest.limits.Limits`) since its last
    announcement has its worker killed, and
    its row says so (:class:`WorkerTimeout`); the other files in flight are retried as after a crash."""
    from ..ingest import IngestConfig

    limit = (ingest or IngestConfig()).limits.worker_seconds
    started_q: multiprocessing.queues.Queue[tuple[int, int]] = multiprocessing.get_context("spawn").Queue()
    pool = _Pool(jobs, tuple(standards), options, started_q)
    tasks = itertools.count(1)
    task_of: dict[Future[_Outcome], int] = {}
    running_since: dict[int, tuple[int, float]] = {}  # task → (worker pid, start seen)
    timed_out: set[str] = set()
    queue = deque(todo)
    suspects: deque[tuple[FoundFile, str]] = deque()
    strikes: dict[str, int] = {}
    in_flight: dict[Future[_Outcome], tuple[FoundFile, str, int]] = {}
    pool_started = time.perf_counter()
    finished = analysed = 0
    announced = False

    def running() -> tuple[str, ...]:
        return tuple(f.rel for f, _, _ in in_flight.values())

    def submit(item: tuple[FoundFile, str]) -> None:
        f, sha = item
        task = next(tasks)
        fut, generation = pool.submit(str(f.path), f.rel, standard, options, ingest, task)
        in_flight[fut] = (f, sha, generation)
        task_of[fut] = task

    def enforce_time_limit() -> None:
        while True:
            try:
                task, pid = started_q.get_nowait()
            except queue_module.Empty:
                break
            running_since[task] = (pid, time.monotonic())
        now = time.monotonic()
        for fut, (f, _, _) in list(in_flight.items()):
            seen = running_since.get(task_of.get(fut, -1))
            if seen is not None and now - seen[1] > limit and f.rel not in timed_out and not fut.done():
                timed_out.add(f.rel)
                try:
                    os.kill(seen[0], signal.SIGKILL)
                except OSError:  # it finished meanwhile
                    timed_out.discard(f.rel)

    def eta() -> float | None:
        if not finished:
            return None
        return (time.perf_counter() - pool_started) / finished * (len(todo) - finished)

    def fmt(f: FoundFile) -> str:
        return f.path.suffix.lower().lstrip(".")

    interrupted = True
    try:
        while queue or suspects or in_flight:
            if queue:
                while queue and len(in_flight) < jobs:
                    submit(queue.popleft())
            elif suspects and not in_flight:
                submit(suspects.popleft())  # alone: if the pool breaks now, this file broke it
            if not announced:
                announced = True
                emit(running()[0], None, None, running(), None)
            done, _ = wait(in_flight, timeout=min(1.0, limit), return_when=FIRST_COMPLETED)
            enforce_time_limit()
            for fut in sorted(done, key=lambda d: in_flight[d][0].rel):
                f, sha, generation = in_flight.pop(fut)
                running_since.pop(task_of.pop(fut, -1), None)
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    pool.broken(generation)
                    if f.rel in timed_out:
                        rows[f.rel] = error_row(f.rel, WorkerTimeout(f.rel, limit), fmt=fmt(f), sha256=sha)
                        finished += 1
                        emit(f.rel, rows[f.rel], eta(), running(), None)
                        continue
                    strikes[f.rel] = strikes.get(f.rel, 0) + 1
                    if strikes[f.rel] < 2:
                        suspects.append((f, sha))
                        continue
                    rows[f.rel] = error_row(f.rel, WorkerCrashed(f.rel), fmt=fmt(f), sha256=sha)
                    finished += 1
                    emit(f.rel, rows[f.rel], eta(), running(), None)
                    continue
                finished += 1
                if outcome.json_text is None:
                    err = SaraError(outcome.error_zh or "", outcome.error_en or "")
                    rows[f.rel] = error_row(f.rel, err, fmt=fmt(f), sha256=sha)
                else:
                    record = read_record(outcome.json_text)
                    sid = None
                    if store is not None:
                        sid = _commit(store, f.rel, sha, record, outcome.json_text, key)
                    rows[f.rel] = row_from_record(record, f.rel, detected=standard == "auto", submission_id=sid)
                    analysed += 1
                emit(f.rel, rows[f.rel], eta(), running(), outcome.pid)
        interrupted = False
    finally:
        pool.close(kill=interrupted)
        started_q.close()
        started_q.cancel_join_thread()
    return analysed, pool.restarts


def _commit(store: Store, rel: str, sha: str, record: AnalysisRecord, json_text: str, key: str) -> int:
    """Save one analysis as a submission of the reviewers' workspace (committed at once)."""
    std = record.standard
    sub, _ = store.add_analysed_submission(sha, rel, json_text, __version__, std.id, std.version, std.digest, key)
    return sub.id
