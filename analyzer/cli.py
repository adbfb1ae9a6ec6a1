"""The ``sara`` command: a thin layer that turns library calls into output and exit codes.

Exit codes: 0 done (findings are not errors); 2 bad usage or unreadable input, with one clear
line in Chinese and English on stderr and no traceback. Heavy libraries are never imported here.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__
from .errors import InvalidStandard, SaraError

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


@cli.command()
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=50,
    show_default=True,
    help="Refuse files larger than this (the Shenzhen upload limit is 50 MB).",
)
def inspect(file: Path, fmt: str, max_mb: float) -> None:
    """Show what was read from a report (PDF, DOCX, TXT, MD): counts, diagnostics, headings, paragraphs."""
    from .ingest import IngestConfig, read_document
    from .report import inspect_to_dict, inspect_to_text

    doc = read_document(file, IngestConfig(max_bytes=int(max_mb * 1024 * 1024)))
    if fmt == "json":
        click.echo(json.dumps(inspect_to_dict(doc), ensure_ascii=False, indent=2))
    else:
        click.echo(inspect_to_text(doc))


LOW_CONFIDENCE = 0.6


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


@cli.command()
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE")
@click.option(
    "--standard",
    "standard_id",
    default="auto",
    show_default=True,
    metavar="ID|auto",
    help="Standard id (see 'sara standards'), or auto to detect it.",
)
@click.option("--format", "fmt", type=click.Choice(["json", "md", "xlsx"]), default="json", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here instead of stdout (xlsx: required).",
)
@click.option(
    "--backend",
    type=click.Choice(["auto", "lexical", "embedding"]),
    default="auto",
    show_default=True,
    help="auto: embedding (+lexical) when the model loads offline, else lexical.",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME|PATH",
    help="Embedding model name or local folder (default: models/embedding.yaml, or SARA_EMBEDDING_MODEL).",
)
@click.option("--allow-download", is_flag=True, help="Let sentence-transformers download the model (off by default).")
@click.option(
    "--convention",
    type=click.Choice(["word_count", "chars_no_spaces", "chars_with_spaces"]),
    default=None,
    help="Count length limits in this convention instead of the one the limit states (Word 字数).",
)
@click.option("--no-crosswalk", is_flag=True, help="Do not enrich clause profiles with the other standards' clauses.")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=50, show_default=True)
def analyze(
    file: Path,
    standard_id: str,
    fmt: str,
    output: Path | None,
    backend: str,
    model: str | None,
    allow_download: bool,
    convention: str | None,
    no_crosswalk: bool,
    max_mb: float,
) -> None:
    """Check a report against a standard: clause mapping, coverage, findings, draft bands.

    Output: JSON sara.analysis/1, a Markdown report for applicants, or an Excel scoresheet."""
    from .checks.base import CheckConfig
    from .ingest import IngestConfig
    from .pipeline import AnalyzeOptions, analyze_file
    from .standards import load_standard

    options = AnalyzeOptions(
        backend=backend,  # type: ignore[arg-type]
        model=model,
        allow_download=allow_download,
        crosswalk=not no_crosswalk,
        checks=CheckConfig(length_convention=convention),  # type: ignore[arg-type]
    )
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx needs --output FILE.xlsx (an Excel file is not written to the terminal)")
    std = "auto" if standard_id == "auto" else load_standard(standard_id)  # unknown ids fail before reading
    result = analyze_file(file, std, options, ingest=IngestConfig(max_bytes=int(max_mb * 1024 * 1024)))
    detection = result.detection
    if detection is not None:
        click.echo(f"识别标准 / detected standard: {detection.standard} ({detection.confidence:.0%})", err=True)
        if detection.confidence < LOW_CONFIDENCE:
            click.echo(
                "注意：识别置信度较低，建议用 --standard 指定 / "
                "note: low confidence, consider naming the standard with --standard",
                err=True,
            )
    info = result.mapping.scorer
    if info.fallback is not None:
        click.echo(f"{info.fallback.reason_zh} / {info.fallback.reason_en}", err=True)
    text: str | bytes
    if fmt == "json":
        from .export.analysis_json import analysis_to_dict

        text = json.dumps(analysis_to_dict(result), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "xlsx":
        from .export.xlsx import scoresheet

        text = scoresheet(result, source_name=file.name)
    else:
        from .export.markdown import analysis_to_markdown

        text = analysis_to_markdown(result)
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
    import subprocess

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
        "--global.developmentMode",
        "false",
    ]
    click.echo(f"SARA 评审工作台 / workspace: http://{address}:{port}", err=True)
    try:
        rc = subprocess.call(cmd, cwd=script.parent, env=env)
    except KeyboardInterrupt:
        rc = 0
    if rc:
        raise click.exceptions.Exit(rc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of raising."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        cli.main(args=args, prog_name="sara", standalone_mode=False)
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
    return 0
