"""Command-line interface: a thin typer layer over the library API.

Exit codes: 0 all inputs processed, 1 an input failed or could not be read or written,
2 usage error; each error is one line on stderr (a traceback only with ``--debug``).
Results go to stdout or ``-o`` (``-`` is stdout/stdin everywhere), status lines to stderr.
Heavy imports happen inside the commands so ``reportnlp extract`` starts fast.
"""
from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Scraped Chinese administrative reports -> clean, structured, auditable JSON.")

DEFAULT_MAX_MB = 64.0
_DEBUG = os.environ.get("REPORTNLP_DEBUG", "") not in ("", "0")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"reportnlp: {message}", err=True)
    raise typer.Exit(code)


def _status(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"reportnlp {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="print the version and exit"),
    debug: bool = typer.Option(False, "--debug", help="show the traceback of an unexpected error"),
) -> None:
    """Scraped Chinese administrative reports -> clean, structured, auditable JSON."""
    global _DEBUG
    _DEBUG = _DEBUG or debug


def _max_bytes(max_mb: float) -> int:
    if not (0 < max_mb < math.inf):
        _fail("--max-mb must be a positive number of megabytes", 2)
    return int(max_mb * 2**20)


def _read_input(path: str, max_bytes: int = int(DEFAULT_MAX_MB * 2**20)) -> tuple[bytes, str]:
    """The bytes of FILE or stdin, at most ``max_bytes`` (a larger input is refused, not read
    into memory); a FIFO without a writer reads as empty instead of hanging."""
    from .batch.inputs import read_capped

    if path == "-":
        data, source = sys.stdin.buffer.read(max_bytes + 1), "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            _fail(f"no such file: {path}", 2)
        if p.is_dir():
            _fail(f"{path} is a directory; use `reportnlp batch` for many files", 2)
        try:
            data, source = read_capped(str(p), max_bytes), str(p)
        except OSError as exc:
            _fail(f"cannot read {path}: {exc.strerror or exc}")
    if len(data) > max_bytes:
        _fail(f"{source}: input is larger than {max_bytes / 2**20:g} MB (raise --max-mb to allow it)")
    return data, source


def _templates(path: Optional[Path]):
    """The TemplateSet in a --templates file; a bad file is a usage error."""
    if path is None:
        return None
    from .templates import TemplateFileError, load_templates

    try:
        return load_templates(path)
    except TemplateFileError as exc:
        _fail(str(exc), 2)


def _analyse(file: str, fn_name: str, templates: Optional[Path] = None, max_mb: float = DEFAULT_MAX_MB):
    """Read FILE (or stdin) and run an api function on it; a bad input is a clear error, exit 1."""
    from . import api
    from .errors import ReportNLPError

    learned = _templates(templates)
    data, source = _read_input(file, _max_bytes(max_mb))
    try:
        return getattr(api, fn_name)(data, source=source, templates=learned)
    except ReportNLPError as exc:
        _fail(f"{source}: {exc}")


def _write(text: str, output: Optional[Path]) -> None:
    """To stdout, or atomically to ``output`` (``-``: stdout)."""
    from .outputs import write_text

    write_text("-" if output is None else output, text)


@app.command()
def extract(
    file: str = typer.Argument(..., help="report file (any common encoding), or - for stdin"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write JSON here instead of stdout"),
    indent: int = typer.Option(1, help="JSON indent (0 for one line; pages of over 10,000 items or 1,000,000 characters are one line)"),
    templates: Optional[Path] = typer.Option(None, "--templates",
                                             help="strip the site templates a batch learned (--templates-out)"),
    max_mb: float = typer.Option(DEFAULT_MAX_MB, "--max-mb", help="refuse inputs larger than this (MB)"),
) -> None:
    """Turn one scraped report file into JSON (documents, sections, metrics, scores, flags)."""
    from .api import item_count, iter_pieces_json, iter_result_json, to_result
    from .errors import ReportNLPError
    from .outputs import atomic_open

    if indent < 0:
        _fail("--indent must be 0 or more", 2)
    count, pages = _analyse(file, "process_pieces", templates, max_mb)
    try:
        if count == 1:
            page = next(pages)
            if indent and item_count(page) <= STREAM_ABOVE:
                _write(to_result(page).model_dump_json(indent=indent), output)
                return
            chunks = iter_result_json(page)
        else:  # a huge page, analysed piece by piece (api.PIECE_CHARS)
            chunks = iter_pieces_json(pages)
        # one line, streamed item by item: a huge page never holds its whole result in memory twice
        with atomic_open("-" if output is None else output, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.write(b"\n")
    except ReportNLPError as exc:  # raised while a stage runs: named as _analyse names its input
        _fail(f"{'<stdin>' if file == '-' else file}: {exc}")


# pages with more located items than this are written as compact JSON, streamed
STREAM_ABOVE = 10_000


@app.command()
def clean(
    file: str = typer.Argument(..., help="report file, or - for stdin"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    templates: Optional[Path] = typer.Option(None, "--templates",
                                             help="strip the site templates a batch learned (--templates-out)"),
    max_mb: float = typer.Option(DEFAULT_MAX_MB, "--max-mb", help="refuse inputs larger than this (MB)"),
) -> None:
    """Print the cleaned text of every report in the file (repeats left out).

    Paragraphs are separated by blank lines, reports by a line holding only a form feed (^L)."""
    page = _analyse(file, "process", templates, max_mb)
    _write(REPORT_SEPARATOR.join(p.text for p in page.parts if p.meta.get("duplicate_of") is None), output)


# a form feed, the classic page break: a blank line already separates paragraphs
REPORT_SEPARATOR = "\n\f\n"


@app.command()
def schema(
    batch_lines: bool = typer.Option(False, "--batch", help="the schema of a batch line: a result or an error record"),
) -> None:
    """Print the JSON Schema of the extract output (or of a batch line)."""
    import json

    from .schema import batch_line_schema, result_schema

    doc = batch_line_schema() if batch_lines else result_schema()
    typer.echo(json.dumps(doc, ensure_ascii=False, indent=1))


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="directory of gold JSON files (gold format)"),
    raw_dir: Path = typer.Argument(..., help="directory of the raw files the gold describes"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="list what was missed"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
    cv: int = typer.Option(0, "--cv", help="cross-validate the learned parts over K folds split by site family"),
    family_prefix: Optional[str] = typer.Option(
        None, "--family-prefix", help="score only pages whose site family starts with this (e.g. form_); "
                                      "with --cv the folds deal out those families and training still uses the rest"),
    pin: Optional[Path] = typer.Option(None, "--pin", help="write the figures as quality floors into this JSON "
                                       "file; refuses (exit 1) to lower any floor"),
    pin_set: Optional[str] = typer.Option(None, "--pin-set", help="floor set to write (default: the name of "
                                          "GOLD_DIR's parent, e.g. corpora)"),
) -> None:
    """Score extraction against your own annotations in the gold format."""
    import json

    from .evaluate import PinError, evaluate_cv, evaluate_dirs, pin_floors

    if not gold_dir.is_dir() or not raw_dir.is_dir():
        _fail("GOLD_DIR and RAW_DIR must be directories", 2)
    if cv == 1 or cv < 0:
        _fail("--cv needs at least 2 folds", 2)
    if cv and pin:
        _fail("--pin takes the in-sample figures; leave out --cv", 2)
    if cv:
        result = evaluate_cv(gold_dir, raw_dir, k=cv, verbose=verbose, family_prefix=family_prefix)
        typer.echo(json.dumps(result.summary(), ensure_ascii=False) if as_json else result.to_text())
        return
    report = evaluate_dirs(gold_dir, raw_dir, verbose=verbose, family_prefix=family_prefix)
    typer.echo(report.to_json() if as_json else report.to_text())
    if pin:
        name = pin_set or gold_dir.resolve().parent.name
        try:
            pinned = pin_floors(pin, name, report.summary())
        except PinError as exc:
            _fail(str(exc))
        typer.echo(f"pinned {len(pinned)} floors of {name!r} in {pin}", err=True)


@app.command()
def train(
    corpora: Path = typer.Option(Path("corpora"), help="annotated corpora directory (raw/ and gold/)"),
    models: Path = typer.Option(Path("models"), help="where to write the model files"),
) -> None:
    """Rebuild models/ from corpora/ deterministically."""
    from .train import train_all

    missing = [str(corpora / d) for d in ("raw", "gold") if not (corpora / d).is_dir()]
    if missing:
        _fail(f"no annotated corpora at {corpora} (missing {', '.join(missing)}); "
              "run from the repository root or pass --corpora", 2)
    for line in train_all(corpora, models):
        _status(line)


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="files, directories, globs, or .jsonl files with id/text; "
                                       "- reads stdin (JSONL records, or one path per line)"),
    output: str = typer.Option(..., "-o", "--output", help="results JSONL (one line per input), - for stdout"),
    workers: int = typer.Option(0, help="worker processes (0 = all cores)"),
    engine: str = typer.Option("local", help="local | dask"),
    scheduler: Optional[str] = typer.Option(None, help="address of a running Dask scheduler"),
    resume: bool = typer.Option(False, help="skip ids already in the output; their error records are retried"),
    retry_failed: bool = typer.Option(True, "--retry-failed/--no-retry-failed",
                                      help="with --resume, run inputs that got an error record again"),
    timeout: float = typer.Option(60.0, help="seconds allowed per input (more than 0)"),
    max_mb: float = typer.Option(DEFAULT_MAX_MB, "--max-mb", help="inputs larger than this get a too_large record"),
    parquet: Optional[Path] = typer.Option(None, help="also write the tidy metrics table here"),
    progress: bool = typer.Option(True, help="show a progress bar"),
    templates: Optional[Path] = typer.Option(None, "--templates",
                                             help="strip the site templates in this file instead of learning them"),
    templates_out: Optional[Path] = typer.Option(None, "--templates-out",
                                                 help="write the site templates learned (or given) here"),
    no_templates: bool = typer.Option(False, "--no-templates",
                                      help="do not learn site templates (lines recurring across the inputs)"),
) -> None:
    """Process many inputs: exactly one result or error record per input.

    A first pass learns the lines that recur across many inputs (site chrome: menus, slogans,
    counters) and the second strips them; --no-templates skips that."""
    from .batch import run_batch
    from .errors import OutputError

    if engine not in ("local", "dask"):
        _fail("--engine must be local or dask", 2)
    if no_templates and (templates or templates_out):
        _fail("--no-templates excludes --templates and --templates-out", 2)
    if workers < 0:
        _fail("--workers must be 0 (all cores) or more", 2)
    if not (0 < timeout < math.inf):
        _fail("--timeout must be a finite number of seconds above 0", 2)
    if output == "-" and resume:
        _fail("--resume needs an output file, not stdout", 2)
    if inputs.count("-") > 1:
        _fail("stdin (-) can be named once", 2)
    if engine != "dask" and scheduler:
        _fail("--scheduler needs --engine dask", 2)
    learned = _templates(templates)
    try:
        summary = run_batch(inputs, output, workers=workers, engine=engine, scheduler=scheduler,
                            resume=resume, retry_failed=retry_failed, timeout=timeout, parquet=parquet,
                            progress=progress, max_bytes=_max_bytes(max_mb),
                            templates=False if no_templates else (learned if learned is not None else True),
                            templates_out=templates_out)
    except OutputError as exc:
        _fail(str(exc))
    if summary.templates or templates or templates_out:
        how = "learned from" if templates is None else "given, learned from"
        _status(f"templates: {summary.templates} lines ({how} {summary.template_inputs} inputs)"
                + (f" -> {templates_out}" if templates_out else ""))
    _status(summary.line())
    if not summary.inputs:
        _fail("no inputs: nothing matched " + " ".join(inputs))
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def compare(
    results: Path = typer.Argument(..., help="results JSONL from `reportnlp batch`"),
    output: Path = typer.Option(..., "-o", "--output", help="output directory"),
) -> None:
    """Cross-document tables: tidy metrics, distributions, 100% shares, template clusters, HTML summary."""
    from .compare import compare_results
    from .errors import ReportNLPError

    if not results.is_file():
        _fail(f"no such file: {results}", 2)
    try:
        for line in compare_results(results, output):
            _status(line)
    except ReportNLPError as exc:
        _fail(str(exc))


@app.command()
def audit(
    file: str = typer.Argument(..., help="report file, or - for stdin"),
    output: str = typer.Option(..., "-o", "--output", help="HTML file to write, - for stdout"),
    max_mb: float = typer.Option(DEFAULT_MAX_MB, "--max-mb", help="refuse inputs larger than this (MB)"),
) -> None:
    """Write a self-contained HTML audit view of one report file."""
    from .report_html import render_audit

    _write(render_audit(_analyse(file, "extract_bytes", max_mb=max_mb)), Path(output) if output != "-" else None)
    if output != "-":
        _status(f"wrote {output}")


def _quiet_stdout() -> None:
    """The reader went away (``| head``): point stdout at /dev/null so the final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _stdout_closed() -> bool:
    """True when nobody reads stdout any more (a pipe whose reader exited reports an error)."""
    import select

    try:
        poll = select.poll()
        poll.register(sys.__stdout__.fileno(), select.POLLOUT)
        return any(ev & (select.POLLERR | select.POLLHUP) for _, ev in poll.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


def _os_message(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    return f"{exc.filename}: {what}" if exc.filename else what


def main() -> None:
    """Entry point: user mistakes and unreadable or unwritable files are one line on stderr
    (exit 1, or 2 for usage), never a traceback unless --debug (or REPORTNLP_DEBUG=1)."""
    debug = _DEBUG or "--debug" in sys.argv[1:]
    try:
        try:
            app(standalone_mode=True)
        finally:
            sys.stdout.flush()
    except SystemExit as exc:
        code = exc.code
        # click turns a broken pipe into exit 1 after wrapping stdout; when it was stdout's
        # reader that went away (`| head`), that is no error
        if code == 1 and type(sys.stdout).__name__.endswith("PacifyFlushWrapper") and _stdout_closed():
            _quiet_stdout()
            code = 0
    except BrokenPipeError:
        _quiet_stdout()
        code = 0  # the reader took what it wanted; like `head`, that is no error
    except KeyboardInterrupt:
        code = 130
    except OSError as exc:
        if debug:
            raise
        typer.echo(f"reportnlp: {_os_message(exc)}", err=True)
        code = 1
    except Exception as exc:
        from .errors import ReportNLPError

        if debug:
            raise
        if isinstance(exc, ReportNLPError):
            typer.echo(f"reportnlp: {exc}", err=True)
        else:
            typer.echo(f"reportnlp: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
                       err=True)
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
