"""Command-line interface: a thin typer layer over the library API.

Exit codes: 0 all inputs processed, 1 some input failed, 2 usage error.
Heavy imports happen inside the commands so ``reportnlp extract`` starts fast.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Scraped Chinese administrative reports -> clean, structured, auditable JSON.")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"reportnlp: {message}", err=True)
    raise typer.Exit(code)


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        _fail(f"no such file: {path}", 2)
    if p.is_dir():
        _fail(f"{path} is a directory; use `reportnlp batch` for many files", 2)
    return p.read_bytes(), str(p)


def _templates(path: Optional[Path]):
    """The TemplateSet in a --templates file; a bad file is a usage error."""
    if path is None:
        return None
    from .templates import TemplateFileError, load_templates

    try:
        return load_templates(path)
    except TemplateFileError as exc:
        _fail(str(exc), 2)


def _analyse(file: str, fn_name: str, templates: Optional[Path] = None):
    """Read FILE (or stdin) and run an api function on it; a bad input is a clear error, exit 1."""
    from . import api
    from .errors import ReportNLPError

    learned = _templates(templates)
    data, source = _read_input(file)
    try:
        return getattr(api, fn_name)(data, source=source, templates=learned)
    except ReportNLPError as exc:
        _fail(f"{source}: {exc}")


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def extract(
    file: str = typer.Argument(..., help="report file (any common encoding), or - for stdin"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write JSON here instead of stdout"),
    indent: int = typer.Option(1, help="JSON indent (0 for one line)"),
    templates: Optional[Path] = typer.Option(None, "--templates",
                                             help="strip the site templates a batch learned (--templates-out)"),
) -> None:
    """Turn one scraped report file into JSON (documents, sections, metrics, scores, flags)."""
    result = _analyse(file, "extract_bytes", templates)
    _write(result.model_dump_json(indent=indent or None), output)


@app.command()
def clean(
    file: str = typer.Argument(..., help="report file, or - for stdin"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    templates: Optional[Path] = typer.Option(None, "--templates",
                                             help="strip the site templates a batch learned (--templates-out)"),
) -> None:
    """Print the cleaned text of every report in the file (repeats left out)."""
    _write(_analyse(file, "clean_text", templates), output)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extract output."""
    import json

    from .schema import ExtractResult

    typer.echo(json.dumps(ExtractResult.model_json_schema(), ensure_ascii=False, indent=1))


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="directory of gold JSON files (gold format)"),
    raw_dir: Path = typer.Argument(..., help="directory of the raw files the gold describes"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="list what was missed"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
    cv: int = typer.Option(0, "--cv", help="cross-validate the learned parts over K folds split by site family"),
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
        result = evaluate_cv(gold_dir, raw_dir, k=cv, verbose=verbose)
        typer.echo(json.dumps(result.summary(), ensure_ascii=False) if as_json else result.to_text())
        return
    report = evaluate_dirs(gold_dir, raw_dir, verbose=verbose)
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

    for line in train_all(corpora, models):
        typer.echo(line)


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="files, directories, globs, or .jsonl files with id/text"),
    output: Path = typer.Option(..., "-o", "--output", help="results JSONL (one line per input)"),
    workers: int = typer.Option(0, help="worker processes (0 = all cores)"),
    engine: str = typer.Option("local", help="local | dask"),
    scheduler: Optional[str] = typer.Option(None, help="address of a running Dask scheduler"),
    resume: bool = typer.Option(False, help="skip ids already in the output"),
    timeout: float = typer.Option(60.0, help="seconds allowed per input"),
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

    if engine not in ("local", "dask"):
        _fail("--engine must be local or dask", 2)
    if no_templates and (templates or templates_out):
        _fail("--no-templates excludes --templates and --templates-out", 2)
    learned = _templates(templates)
    summary = run_batch(inputs, output, workers=workers, engine=engine, scheduler=scheduler,
                        resume=resume, timeout=timeout, parquet=parquet, progress=progress,
                        templates=False if no_templates else (learned if learned is not None else True),
                        templates_out=templates_out)
    if summary.templates or templates or templates_out:
        how = "learned from" if templates is None else "given, learned from"
        typer.echo(f"templates: {summary.templates} lines ({how} {summary.template_inputs} inputs)"
                   + (f" -> {templates_out}" if templates_out else ""), err=True)
    typer.echo(summary.line(), err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def compare(
    results: Path = typer.Argument(..., help="results JSONL from `reportnlp batch`"),
    output: Path = typer.Option(..., "-o", "--output", help="output directory"),
) -> None:
    """Cross-document tables: tidy metrics, distributions, 100% shares, template clusters, HTML summary."""
    from .compare import compare_results

    for line in compare_results(results, output):
        typer.echo(line)


@app.command()
def audit(
    file: str = typer.Argument(..., help="report file, or - for stdin"),
    output: Path = typer.Option(..., "-o", "--output", help="HTML file to write"),
) -> None:
    """Write a self-contained HTML audit view of one report file."""
    from .report_html import render_audit

    output.write_text(render_audit(_analyse(file, "extract_bytes")), encoding="utf-8")
    typer.echo(f"wrote {output}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
