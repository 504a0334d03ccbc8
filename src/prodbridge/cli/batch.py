"""`prodbridge batch`: every script and schedule in files and folders, failures isolated."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from prodbridge.cli.options import lang_option

if TYPE_CHECKING:
    from prodbridge.pipeline.batch import Outcome


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Output folder (default: prodbridge-out beside the first input).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the batch report (JSON) on stdout alone.")
@lang_option("Script language for detection, and of the labels written (auto: config's, else script's).")
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes (0: one per core; 1: no pool).",
)
def batch(paths: tuple[str, ...], out: str | None, as_json: bool, lang: str, jobs: int) -> None:
    """Process every script and schedule in PATHS (files and folders, searched recursively).

    \b
    Kinds come from the content, not the extension:
      script (FDX, Fountain) -> <stem>.scan.json, <stem>.breakdown.xlsx, <stem>.tagged.fdx
      schedule (xlsx, csv, xls, ods, USS) -> <schedule-stem>.plan.xlsx (.uss), against its script
      the IC's breakdown workbook -> used as the review of its script
    Pairing: a folder with one script gives it all the folder's schedules; with several
    scripts, each schedule goes to the script whose name shares most words with its own; a
    schedule in a folder without a script is matched by name against all the scripts.

    Skipped without a word: hidden files, ~$* and .~lock.*# lock files, *.tmp, and prodbridge
    output folders. Images, PDFs and other unrelated files are listed as skipped; empty,
    encrypted or damaged inputs as failed. Inputs are never modified. The report is also
    written to batch-report.json in the output folder.

    Exit codes: 0 every input went through (or was skipped), 1 at least one failed.

    Example: prodbridge batch ~/Desktop/episode-3 --out ~/Desktop/episode-3-out
    """
    from prodbridge.cli.render import table
    from prodbridge.errors import EXIT_SOME_FAILED, printable
    from prodbridge.pipeline.batch import document, execute, prepare
    from prodbridge.writers.report_json import dumps

    plan = prepare(paths, out)
    stderr = sys.stderr
    show_bar = not as_json and stderr.isatty() and len(plan.units) > 0
    detect = None if lang == "auto" else lang
    if show_bar:
        with click.progressbar(length=len(plan.units), label="Processing", file=stderr) as bar:
            result = execute(plan, lang=detect, jobs=jobs, progress=bar.update)
    else:
        result = execute(plan, lang=detect, jobs=jobs)
    if as_json:
        click.echo(dumps(document(result.out, result.outcomes)), nl=False)
    else:
        rows = _rows(result.outcomes)
        click.echo(table(("Input", "Kind", "Status", "Outputs / reason"), rows, max_width=80))
        click.echo(
            f"\n{result.count('ok')} ok, {result.count('failed')} failed, {result.count('skipped')} skipped; "
            f"outputs in {result.out}",
            err=True,
        )
    for outcome in result.outcomes:
        if outcome.status == "failed":
            click.echo(f"error: {printable(str(outcome.about))}: {outcome.message}", err=True)
    if result.failed:
        raise click.exceptions.Exit(EXIT_SOME_FAILED)


def _rows(outcomes: Sequence[Outcome]) -> list[tuple[str, str, str, str]]:
    """One row per input, then one per further output; failures show their problem."""
    from prodbridge.errors import printable
    from prodbridge.pipeline.batch import kind_label

    rows = []
    for o in outcomes:
        message = f"{o.file.name}: {o.message}" if o.file else o.message
        first = o.outputs[0].name if o.outputs else message
        rows.append((_tail(printable(str(o.path))), kind_label(o.kind), o.status, printable(first)))
        rows.extend(("", "", "", p.name) for p in o.outputs[1:])
        if o.outputs and message:
            rows.append(("", "", "", f"({message})"))
    return rows


def _tail(text: str, width: int = 60) -> str:
    """Long paths keep their end (the file name), not their start."""
    return text if len(text) <= width else "…" + text[-(width - 1) :]
