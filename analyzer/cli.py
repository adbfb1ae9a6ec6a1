"""The ``sara`` command: a thin layer that turns library calls into output and exit codes.

Exit codes: 0 done (findings are not errors); 2 bad usage or unreadable input, with one clear
line in Chinese and English on stderr and no traceback. Heavy libraries are never imported here.
"""

from __future__ import annotations

import json
import math
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .config import APPLICANT_FLOW, DEFAULT_CONFIG, SECRETARIAT_FLOW, AnalysisConfig
from .errors import InvalidStandard, SaraError
from .model import BACKEND_REQUESTS, LIMIT_UNITS, detection_uncertain
from .names import display_name

if TYPE_CHECKING:
    from .flows import Flow
    from .ingest import IngestConfig
    from .pipeline import AnalyzeOptions

EXIT_USAGE = 2


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="sara")
def cli() -> None:
    """SARA 自评报告分析器 — checks Chinese quality-award self-assessment reports (自评报告)
    against the award standard they answer."""


@cli.group(invoke_without_command=True)
@click.pass_context
def standards(ctx: click.Context) -> None:
    """List the award standards (评定标准): id, title, total points and length limits."""
    if ctx.invoked_subcommand is not None:
        return
    from .standards import load_all

    rows = [["id", "title 标准", "total 总分", "report limit 报告字数上限", "profile limit 概述字数上限"]]
    for s in load_all():
        rows.append(
            [
                s.id,
                s.title,
                str(s.total_points),
                f"{s.report_limit.max:,}" if s.report_limit else "—",
                f"{s.profile_limit.max:,}" if s.profile_limit else "—",
            ]
        )
    click.echo(_table(rows))


@standards.command("show")
@click.argument("standard_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
def standards_show(standard_id: str, fmt: str) -> None:
    """Show a standard's clause tree (条款树) with points, kinds and guidance."""
    from .standards import load_standard, standard_to_dict

    s = load_standard(standard_id)
    if fmt == "json":
        click.echo(json.dumps(standard_to_dict(s), ensure_ascii=False, indent=2))
        return
    click.echo(f"{s.title}  [{s.id}]  总分 {s.total_points}")
    for lim in (s.report_limit, s.profile_limit):
        if lim is not None:
            click.echo(f"  {lim.label_zh} ≤ {lim.max:,} ({lim.unit}; {lim.source})")
    click.echo(f"  bands 评分档: {', '.join(b.id + '%' for b in s.bands.levels)}")
    units = {c.id for c in s.scoring_units}
    for c in s.clauses:
        pts = f" ({c.points}分)" if c.points is not None else ""
        mark = " *" if c.id in units else ""
        click.echo(f"{'  ' * c.level}{c.label}{pts}  [{c.kind}]{mark}")
        for g in c.guidance:
            head = " ".join(x for x in (g.number, g.title) if x) or g.id
            click.echo(f"{'  ' * (c.level + 1)}· {head}")
    click.echo("(* = scoring unit 评分单元)")


@standards.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def standards_validate(paths: tuple[Path, ...]) -> None:
    """Validate standard files (default: every file in the standards folders).

    Prints every problem with its file and path; exits 2 when any file is invalid."""
    from .standards import standard_files, validate_file

    targets = list(paths) or list(standard_files().values())
    if not targets:
        raise SaraError("没有找到评定标准文件", "no standard files found")
    bad = 0
    for p in targets:
        if not p.exists():
            raise SaraError(f"文件不存在：{p}", f"no such file: {p}")
        report = validate_file(p)
        for remark in report.remarks:
            click.echo(f"note: {remark}")
        if report.ok:
            click.echo(f"ok {report.path}")
        else:
            bad += 1
            for problem in report.problems:
                click.echo(problem, err=True)
    if bad:
        raise SaraError(
            f"{len(targets)} 个评定标准文件中有 {bad} 个无效",
            f"{bad} of {len(targets)} standard file(s) invalid",
        )


def _ocr_progress(done: int, total: int) -> None:
    """Progress of OCR on a terminal: one stderr line, rewritten per page or picture. Not on a pipe or
    a log, where stderr keeps to the one-line bilingual error contract."""
    if sys.stderr.isatty():
        line = f"OCR 识别 / recognising: {done}/{total}"
        click.echo("\r" + line + ("\n" if done == total else ""), nl=False, err=True)


def _ocr_option() -> Callable[[Callable[..., None]], Callable[..., None]]:
    from .ingest.ocr import OCR_MODES

    return click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=None,
        help="OCR of scanned pages and pictures: off, auto (pages without a text layer, pictures), "
        "force (every page) [default: the pipeline's, auto].",
    )


@cli.command()
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_CONFIG.max_mb,
    show_default=True,
    help="Refuse files larger than this (the Shenzhen upload limit is 50 MB).",
)
@_ocr_option()
def inspect(file: Path, fmt: str, max_mb: float, ocr: str | None) -> None:
    """Show what was read from a report (PDF, DOCX, TXT, MD): counts, diagnostics, headings, paragraphs."""
    from .ingest import IngestConfig, read_document
    from .report import inspect_to_dict, inspect_to_text

    config = IngestConfig(max_bytes=AnalysisConfig(max_mb=max_mb).max_bytes)
    if ocr is not None:
        config = replace(config, ocr=replace(config.ocr, mode=ocr))  # type: ignore[arg-type]
    if config.ocr.enabled:
        config = replace(config, ocr_progress=_ocr_progress)
    doc = read_document(file, config)
    if fmt == "json":
        click.echo(json.dumps(inspect_to_dict(doc), ensure_ascii=False, indent=2))
    else:
        click.echo(inspect_to_text(doc))


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder: never a half-written file."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _pipeline_option(default: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option(
        "--pipeline",
        "pipeline_name",
        default=default,
        show_default=True,
        metavar="NAME",
        help="Named pipeline in pipelines/*.yaml whose settings are the defaults (options given here override).",
    )


def _flow_settings(
    pipeline_name: str,
    *,
    standard_id: str | None,
    backend: str | None,
    model: str | None = None,
    allow_download: bool | None = None,
    convention: str | None = None,
    crosswalk: bool | None = None,
    max_mb: float | None = None,
    ocr: str | None = None,
) -> tuple[Flow, str, AnalyzeOptions, IngestConfig]:
    """The named pipeline's standard, options and ingest limits, with the command line's overrides."""

    from .flows import load_flow

    flow = load_flow(pipeline_name)
    config = flow.config().with_overrides(
        standard=standard_id,
        backend=backend,  # type: ignore[arg-type]
        model=model,
        allow_download=allow_download,
        crosswalk=crosswalk,
        length_convention=convention,  # type: ignore[arg-type]
        max_mb=max_mb,
        ocr=ocr,  # type: ignore[arg-type]
    )
    ingest = config.ingest_config()
    if ingest.ocr.enabled:
        ingest = replace(ingest, ocr_progress=_ocr_progress)
    return flow, config.standard, config.analyze_options(), ingest


@cli.command()
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE")
@_pipeline_option(APPLICANT_FLOW)
@click.option(
    "--standard",
    "standard_id",
    default=None,
    metavar="ID|auto",
    help="Standard id (see 'sara standards'), or auto to detect it [default: the pipeline's, auto].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "md", "html", "xlsx"]),
    default="json",
    show_default=True,
    help="json: sara.analysis/1; md / html: report for applicants; xlsx: scoresheet (needs --output).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here instead of stdout (xlsx: required).",
)
@click.option(
    "--backend",
    type=click.Choice(BACKEND_REQUESTS),
    default=None,
    help="auto: embedding (+lexical) when the model loads offline, else lexical [default: the pipeline's, auto].",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME|PATH",
    help="Embedding model name or local folder (default: models/embedding.yaml, or SARA_EMBEDDING_MODEL).",
)
@click.option(
    "--allow-download", is_flag=True, default=None, help="Let sentence-transformers download the model (default: off)."
)
@click.option(
    "--convention",
    type=click.Choice(LIMIT_UNITS),
    default=None,
    help="Count length limits in this convention instead of the one the limit states (Word 字数).",
)
@click.option(
    "--crosswalk/--no-crosswalk",
    default=None,
    help="Enrich clause profiles with the other standards' equivalent clauses [default: the pipeline's, on].",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help=f"File size limit [default: {DEFAULT_CONFIG.max_mb:g}].",
)
@_ocr_option()
def analyze(
    file: Path,
    pipeline_name: str,
    standard_id: str | None,
    fmt: str,
    output: Path | None,
    backend: str | None,
    model: str | None,
    allow_download: bool | None,
    convention: str | None,
    crosswalk: bool | None,
    max_mb: float | None,
    ocr: str | None,
) -> None:
    """Check a report against a standard: clause mapping, coverage, findings, draft bands.

    Output: JSON sara.analysis/1, a Markdown or HTML report for applicants, or an Excel scoresheet."""
    from .pipeline import analyze_file
    from .resources import Resources
    from .standards import load_standard

    _, standard_id, options, ingest = _flow_settings(
        pipeline_name,
        standard_id=standard_id,
        backend=backend,
        model=model,
        allow_download=allow_download,
        convention=convention,
        crosswalk=crosswalk,
        max_mb=max_mb,
        ocr=ocr,
    )
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx needs --output FILE.xlsx (an Excel file is not written to the terminal)")
    std = "auto" if standard_id == "auto" else load_standard(standard_id)  # unknown ids fail before reading
    result = analyze_file(file, std, options, ingest=ingest, resources=Resources())
    detection = result.detection
    if detection is not None and not detection.fits:
        click.echo(
            f"没有适用的标准（最接近：{detection.standard}） / no standard fits (closest: {detection.standard})",
            err=True,
        )
    elif detection is not None:
        click.echo(f"识别标准 / detected standard: {detection.standard} ({detection.confidence:.0%})", err=True)
        if detection_uncertain(detection.confidence):
            click.echo(
                "注意：识别置信度较低，建议用 --standard 指定 / "
                "note: low confidence, consider naming the standard with --standard",
                err=True,
            )
    if result.genre is not None and not result.genre.is_report:
        click.echo(
            f"注意：文档不是质量奖自评报告（更像{result.genre.name_zh}），不给出建议分数段和预估得分 / "
            f"note: not a self-assessment report (reads like a {result.genre.name_en}); no bands or score estimate",
            err=True,
        )
    info = result.mapping.scorer
    if info.fallback is not None:
        click.echo(f"{info.fallback.reason_zh} / {info.fallback.reason_en}", err=True)
    # One code path with the workspace: the stored JSON, read back as a record, rendered.
    from .export.analysis_json import analysis_json

    out = analysis_json(result)
    text: str | bytes
    if fmt == "json":
        text = out.pretty()
    elif fmt == "xlsx":
        from .export.xlsx import scoresheet

        text = scoresheet(out.record(), source_name=file.name)
    elif fmt == "html":
        from .export.html import html_report

        text = html_report(out.record())
    else:
        from .export.markdown import record_to_markdown

        text = record_to_markdown(out.record())
    if output is None:
        assert isinstance(text, str)
        click.echo(text, nl=False)
        return
    write_atomically(output, text)
    n = {sev: sum(1 for f in result.findings if f.severity == sev) for sev in ("error", "warning", "info")}
    click.echo(
        f"已写入 / wrote {output}: 错误 errors {n['error']}, 警告 warnings {n['warning']}, 提示 info {n['info']}",
        err=True,
    )


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path), metavar="FOLDER")
@_pipeline_option(SECRETARIAT_FLOW)
@click.option(
    "--standard",
    "standard_id",
    default=None,
    metavar="ID|auto",
    help="Standard id (see 'sara standards'), or auto to detect each report's [default: the pipeline's, auto].",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the table to FILE.xlsx (three sheets) or FILE.csv; default: a compact table on stdout.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: the pipeline's jobs, else one per CPU].",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite database 数据库 (else SARA_DB, else the default).",
)
@click.option(
    "--no-db",
    is_flag=True,
    help="Do not read or write the database (no cache, nothing saved) [default: as the pipeline's store says].",
)
@click.option(
    "--backend",
    type=click.Choice(BACKEND_REQUESTS),
    default=None,
    help="[default: the pipeline's, lexical] lexical is fast and needs no model; completeness screening needs no more.",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help=f"File size limit [default: {DEFAULT_CONFIG.max_mb:g}].",
)
@_ocr_option()
def screen(
    folder: Path,
    pipeline_name: str,
    standard_id: str | None,
    output: Path | None,
    jobs: int | None,
    db: Path | None,
    no_db: bool,
    backend: str | None,
    max_mb: float | None,
    ocr: str | None,
) -> None:
    """Screen every report (PDF, DOCX, TXT, MD) under FOLDER: one row per file 秘书处形式审查.

    Files are analysed in parallel; a file that cannot be read becomes a row with its error and the
    run goes on. Results are saved to the reviewers' database as they finish, so a re-run only
    analyses new or changed files and an interrupted run resumes. Exit 0 even when files fail."""
    import contextlib
    import time

    from .batch.runner import ScreenProgress, screen_folder

    if not folder.is_dir():
        raise click.UsageError(f"不是文件夹 / not a folder: {folder}")
    if output is not None and output.suffix.lower() not in (".xlsx", ".csv"):
        raise click.UsageError(f"--output 须为 .xlsx 或 .csv 文件 / --output must end in .xlsx or .csv: {output}")
    flow, standard_id, options, ingest = _flow_settings(
        pipeline_name, standard_id=standard_id, backend=backend, max_mb=max_mb, ocr=ocr
    )
    ingest = replace(ingest, ocr_progress=None)  # per-page OCR lines would break the screen's progress
    if standard_id != "auto":
        from .standards import load_standard

        load_standard(standard_id)  # an unknown id fails before anything is read
    tty = sys.stderr.isatty()
    saved = 0

    def show(p: ScreenProgress) -> None:
        nonlocal saved
        if p.row is not None and p.row.ok and not p.row.from_cache:
            saved += 1
        if tty:
            eta = "—" if p.eta is None else _clock(p.eta)
            current = p.running[0] if p.running else p.file
            share = p.done / max(p.total, 1)
            line = f"[{p.done}/{p.total}] {share:4.0%}  已用 {_clock(p.elapsed)}  剩余 {eta}  {current}"
            click.echo("\r" + _pad(line[:100], 110), nl=False, err=True)
        elif p.row is None:
            click.echo(f"分析 / analysing {p.total - p.done} 个文件 / files …", err=True)
        else:
            note = " (缓存 cached)" if p.row.from_cache else ""
            why = f" — {p.row.error_zh}" if p.row.error_zh else ""
            eta = "" if p.eta is None else f", 剩余 ETA {_clock(p.eta)}"
            click.echo(
                f"[{p.done}/{p.total}] {p.row.file}: {p.row.verdict}{note}{why} ({_clock(p.elapsed)}{eta})", err=True
            )

    with contextlib.ExitStack() as stack:
        store = None
        if not no_db and (flow.store or db is not None):
            from .review.store import Store

            store = stack.enter_context(Store.open(db))
        started = time.perf_counter()
        try:
            result = screen_folder(
                folder,
                standard_id,
                jobs=jobs or flow.jobs,
                store=store,
                options=options,
                ingest=ingest,
                progress=show,
                exclude=[output] if output is not None else [],
            )
        except KeyboardInterrupt:
            kept = f"已保存 {saved} 份新分析，重新运行即可继续 / {saved} new analyses saved; run again to resume"
            took = _clock(time.perf_counter() - started)
            click.echo(f"\n用时 / after {took}" + (f"：{kept}" if store is not None else ""), err=True)
            raise click.Abort() from None
        if store is not None:
            from .batch.runner import save_run

            save_run(store, result, display_name(str(Path(folder).resolve())))
    if tty:
        click.echo("", err=True)
    if output is not None:
        from .export.screening import screening_csv, screening_xlsx

        data: str | bytes = screening_csv(result) if output.suffix.lower() == ".csv" else screening_xlsx(result)
        write_atomically(output, data)
    else:
        click.echo(_screen_table(result))
    click.echo(
        f"筛查完成 / screened {len(result.rows)} 个文件 files in {_clock(result.elapsed)}: "
        f"完整 {result.count('完整')}, 需补充 {result.count('需补充')}, 无法读取 {result.count('无法读取')}, "
        f"非自评报告 {result.count('非自评报告')}; "
        f"新分析 analysed {result.analysed}, 缓存 cached {result.cached}"
        + (f", 工作进程重启 worker restarts {result.restarts}" if result.restarts else ""),
        err=True,
    )
    if store is not None:
        click.echo(f"数据库 / database: {store.path}", err=True)
    if output is not None:
        click.echo(f"已写入 / wrote {output}", err=True)


def _clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _screen_table(result: object) -> str:
    from .batch.verdict import ScreenResult

    assert isinstance(result, ScreenResult)
    rows = [["文件", "结论", "标准", "字数/上限", "缺失", "薄弱", "缺三年", "缺对比", "无数据", "预估得分", "说明"]]
    for r in result.rows:
        if not r.ok:
            rows.append([r.file, r.verdict, "", "", "", "", "", "", "", "", r.error_zh or ""])
            continue
        length = f"{r.chars:,}" if r.chars is not None else "—"
        if r.chars_limit is not None:
            length += f"/{r.chars_limit:,}"
        score = f"{r.score_low:g}–{r.score_high:g}" if r.score_low is not None and r.score_high is not None else ""
        rows.append(
            [
                r.file,
                r.verdict,
                r.standard or "",
                length,
                *(str(len(ids)) for ids in (r.missing, r.weak, r.no_three_years, r.no_comparison, r.no_data)),
                score,
                "；".join(r.reasons_zh),
            ]
        )
    return _table(rows) if len(rows) > 1 else "（文件夹中没有文件 / no files in the folder）"


def app_script() -> Path:
    """``app.py``: beside the package in a checkout or editable install, else shipped in the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "app.py", here / "data" / "app" / "app.py"):
        if candidate.is_file():
            return candidate
    raise SaraError("找不到界面程序 app.py。", "The UI script app.py was not found.")


@cli.command("app")
@click.option("--port", type=int, default=8501, show_default=True, help="Port 端口.")
@click.option(
    "--address",
    default="localhost",
    show_default=True,
    help="Address to bind 监听地址 (localhost: only this machine; 0.0.0.0 opens it to the network).",
)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="SQLite database 数据库 (else SARA_DB).")
@click.option("--headless/--open-browser", default=False, help="Do not open a browser tab 不自动打开浏览器.")
def app_cmd(port: int, address: str, db: Path | None, headless: bool) -> None:
    """Start the reviewers' workspace 评审工作台 (Streamlit), bound to localhost, telemetry off."""
    import signal
    import subprocess

    from .lifetime import die_with_parent

    script = app_script()
    env = dict(os.environ)
    if db is not None:
        env["SARA_DB"] = str(db)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.address",
        address,
        "--server.port",
        str(port),
        "--server.headless",
        "true" if headless else "false",
        "--browser.gatherUsageStats",
        "false",
        "--server.showEmailPrompt",
        "false",
        "--server.maxUploadSize",
        str(math.ceil(DEFAULT_CONFIG.max_mb)),  # whole MB; the upload hint shows the same limit
        "--global.developmentMode",
        "false",
    ]
    click.echo(f"SARA 评审工作台 / workspace: http://{address}:{port}", err=True)
    # The server is our child: SIGTERM / SIGHUP to `sara app` (a service manager stopping it) are
    # passed on to it, and the kernel stops it if `sara app` itself is killed outright.
    child = subprocess.Popen(cmd, cwd=script.parent, env=env, preexec_fn=die_with_parent)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, forward)
    while True:
        try:
            rc = child.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C reaches the child too (same process group); wait for it
            continue
    if rc and rc not in (-signal.SIGTERM, -signal.SIGINT, -signal.SIGHUP):
        raise click.exceptions.Exit(rc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of raising."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        # With standalone_mode=False click returns the code of a ``click.exceptions.Exit`` raised inside
        # a command (``sara app`` passes on Streamlit's) instead of raising it.
        rc = cli.main(args=args, prog_name="sara", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        return 0
    except click.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx else "sara"
        click.echo(f"用法错误 / usage error: {exc.format_message()} (see '{path} --help')", err=True)
        return EXIT_USAGE
    except InvalidStandard as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        click.echo(f"错误 / error: {exc.bilingual()}", err=True)
        return EXIT_USAGE
    except SaraError as exc:
        click.echo(f"错误 / error: {exc.bilingual()}", err=True)
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort:
        click.echo("已中止 / aborted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an internal error: one line, traceback only on request
        if os.environ.get("SARA_DEBUG"):
            raise
        click.echo(
            f"内部错误 / internal error: {type(exc).__name__}: {exc} (SARA_DEBUG=1 shows the traceback)",
            err=True,
        )
        return 1
    return rc if isinstance(rc, int) else 0
