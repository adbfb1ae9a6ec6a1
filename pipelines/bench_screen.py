"""Benchmark: screening a folder of ~30,000-字 DOCX reports with ``analyzer.batch.runner.screen_folder``.

    python pipelines/bench_screen.py [FOLDER] [-n 100] [--jobs 2] [--standard auto] [--json out.json]

Without FOLDER it generates ``-n`` reports with :mod:`pipelines.make_corpus` (seed 7) into
``/tmp/sara-corpus-N`` (reused when it is already there). Then, with a fresh temporary SQLite
database (empty cache) and the lexical backend:

1. **cold run** — every file analysed by ``--jobs`` worker processes; reports the wall time,
   the time per file (per worker: the gaps between its finished files; the first file of a worker
   also waits for the worker's start-up and warm-up), and the peak memory of every worker
   (``VmHWM`` from ``/proc/<pid>/status``, sampled every 0.2 s while the run lasts, and
   ``ru_maxrss`` of the finished children as a cross-check);
2. **cached re-run** — the same folder and database: nothing is analysed again.

Targets (issue 7): 100 reports in ≤ 180 s with 2 jobs; ≤ 1 GB peak per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 180.0
TARGET_WORKER_MB = 1024.0


def _children(parent: int) -> list[int]:
    out = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid …; comm may hold spaces, so split after the last ')'
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            out.append(int(entry.name))
    return out


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of ``pid`` so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class MemorySampler:
    """Peak RSS (VmHWM) and CPU time of every child process of this one, sampled in a thread."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            for pid in _children(me):
                mb = _vm_hwm_mb(pid)
                if mb is not None:
                    self.peak[pid] = max(self.peak.get(pid, 0.0), mb)
                cpu = _cpu_seconds(pid)
                if cpu is not None:
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
            self._stop.wait(self.interval)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _corpus(folder: str | None, n: int) -> Path:
    if folder:
        return Path(folder)
    out = Path(f"/tmp/sara-corpus-{n}")
    if len(list(out.glob("*.docx"))) != n:
        from pipelines.make_corpus import make_corpus

        print(f"generating {n} reports in {out} …", flush=True)
        t = time.perf_counter()
        make_corpus(out, n, 30_000, seed=7)
        print(f"  done in {time.perf_counter() - t:.0f} s", flush=True)
    return out


def run(folder: Path, standard: str, jobs: int, db: Path) -> dict[str, object]:
    from analyzer.batch.runner import ScreenProgress, screen_folder
    from analyzer.pipeline import AnalyzeOptions
    from analyzer.review.store import Store

    finished: dict[int, list[float]] = defaultdict(list)
    t0 = time.perf_counter()
    started: list[float] = []

    def progress(p: ScreenProgress) -> None:
        now = time.perf_counter() - t0
        if p.row is None:
            started.append(now)
        elif p.pid is not None:
            finished[p.pid].append(now)
        if p.row is not None and (p.done % 10 == 0 or p.done == p.total):
            print(f"  {p.done}/{p.total}  {p.elapsed:6.1f} s  eta {p.eta or 0:5.1f} s", flush=True)

    with Store.open(db) as store, MemorySampler() as mem:
        result = screen_folder(
            folder,
            standard,
            jobs=jobs,
            store=store,
            options=AnalyzeOptions(backend="lexical"),
            progress=progress,
            exclude=[folder / "manifest.json"],  # make_corpus's list of what it generated
        )
    wall = time.perf_counter() - t0
    begin = started[0] if started else 0.0
    gaps: list[float] = []
    firsts: list[float] = []
    for times in finished.values():
        firsts.append(times[0] - begin)
        gaps.extend(b - a for a, b in pairwise(times))
    workers = {pid: mb for pid, mb in mem.peak.items() if pid in finished}
    return {
        "files": len(result.rows),
        "analysed": result.analysed,
        "cached": result.cached,
        "failed": result.failed,
        "verdicts": dict(Counter(r.verdict for r in result.rows)),
        "standards": dict(Counter(r.standard for r in result.rows)),
        "wall_s": wall,
        "screen_elapsed_s": result.elapsed,
        "jobs": result.jobs,
        "per_file_median_s": statistics.median(gaps) if gaps else None,
        "per_file_mean_s": statistics.mean(gaps) if gaps else None,
        "first_file_per_worker_s": firsts,
        "throughput_files_per_s": len(result.rows) / wall if wall else None,
        "worker_peak_mb": workers,
        # CPU seconds each worker used (up to the last sample): on a busy machine the wall time
        # overstates the cost; the largest of these is what the run needs on idle cores.
        "worker_cpu_s": {pid: s for pid, s in mem.cpu.items() if pid in finished},
        "load_average": os.getloadavg(),
        "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", help="reports to screen (default: generate -n reports)")
    ap.add_argument("-n", type=int, default=100, help="reports to generate when no folder is given (default 100)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--standard", default="auto")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args(argv)
    folder = _corpus(args.folder, args.n)
    with tempfile.TemporaryDirectory(prefix="sara-bench-screen-") as tmp:
        db = Path(tmp) / "screen.sqlite"
        print(f"cold run: {folder}, {args.jobs} jobs, standard {args.standard}, empty database", flush=True)
        cold = run(folder, args.standard, args.jobs, db)
        print("cached re-run:", flush=True)
        warm = run(folder, args.standard, args.jobs, db)
    peaks = cold["worker_peak_mb"]
    assert isinstance(peaks, dict)
    print()
    print(f"{'':<16} {'files':>5} {'analysed':>8} {'cached':>6} {'failed':>6} {'wall s':>8} {'s/file':>7}")
    for name, r in (("cold (empty db)", cold), ("cached re-run", warm)):
        per = r["per_file_median_s"]
        print(
            f"{name:<16} {r['files']:>5} {r['analysed']:>8} {r['cached']:>6} {r['failed']:>6} "
            f"{float(r['wall_s']):>8.1f} {float(per) if per is not None else float('nan'):>7.2f}"  # type: ignore[arg-type]
        )
    print(f"verdicts: {cold['verdicts']}; standards: {cold['standards']}")
    cpu = cold["worker_cpu_s"]
    assert isinstance(cpu, dict)
    print(
        "CPU time per worker: "
        + ", ".join(f"pid {pid}: {s:.0f} s" for pid, s in sorted(cpu.items()))
        + f" (load average at the end: {', '.join(f'{x:.1f}' for x in cold['load_average'])})"  # type: ignore[union-attr]
    )
    print(
        f"first file per worker (start-up + warm-up + file): {[round(x, 1) for x in cold['first_file_per_worker_s']]}"
    )  # type: ignore[union-attr]
    print(
        "peak memory per worker (VmHWM): "
        + ", ".join(f"pid {pid}: {mb:.0f} MB" for pid, mb in sorted(peaks.items()))
        + f"; max ru_maxrss of finished children: {float(cold['children_maxrss_mb']):.0f} MB"  # type: ignore[arg-type]
    )
    wall_ok = float(cold["wall_s"]) <= TARGET_SECONDS * args.n / 100  # type: ignore[arg-type]
    mem_ok = bool(peaks) and max(peaks.values()) <= TARGET_WORKER_MB
    print(
        f"targets: {args.n} reports ≤ {TARGET_SECONDS * args.n / 100:.0f} s: {'met' if wall_ok else 'MISSED'}; "
        f"≤ {TARGET_WORKER_MB:.0f} MB per worker: {'met' if mem_ok else 'MISSED'}"
    )
    if args.json:
        args.json.write_text(json.dumps({"cold": cold, "cached": warm}, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
