"""`prodbridge plan`: the schedule annotated with intimacy columns, a per-day sheet and alerts."""

from __future__ import annotations

import click

from prodbridge.cli.options import lang_option
from prodbridge.errors import EXIT_ALERT


@click.command()
@click.argument("schedule", type=click.Path(dir_okay=False))
@click.option(
    "--script",
    "script",
    required=True,
    type=click.Path(dir_okay=False),
    help="The screenplay (.fdx/.fountain).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Annotated schedule (.xlsx; .xlsm for a macro workbook; .csv for a CSV schedule). "
    "Required unless --json.",
)
@click.option("--breakdown", type=click.Path(dir_okay=False), help="The IC's reviewed breakdown.xlsx.")
@click.option("--json", "as_json", is_flag=True, help='Print {"days": [...], "alerts": [...]} on stdout.')
@click.option("--strict", is_flag=True, help="Exit 4 when any warning or blocking alert is raised.")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the schedule)."
)
@lang_option("Language of the added labels (auto: the config's, else the script's).")
@click.option("--sheet", help="Worksheet holding the schedule (default: the first with a header row).")
@click.option("--board", help="USS stripboard to use (default: the one with the most shooting days).")
@click.option("--delimiter", help="CSV delimiter: , ; | or tab (default: detected).")
@click.option("--encoding", help="CSV encoding, e.g. utf-8 or cp1252 (default: detected).")
def plan(
    schedule: str,
    script: str,
    output: str | None,
    breakdown: str | None,
    as_json: bool,
    strict: bool,
    config: str | None,
    lang: str,
    sheet: str | None,
    board: str | None,
    delimiter: str | None,
    encoding: str | None,
) -> None:
    """Match SCHEDULE (.xlsx/.xlsm/.csv/.xls/.ods) to the script and write it back with intimacy
    columns (public level), highlighted intimate rows and an "Intimacy" sheet.

    The user's workbook is patched in place: every other sheet, chart, image, comment and macro
    stays byte for byte. Running plan on its own output updates the columns.

    Example: prodbridge plan stripboard.xlsx --script the-crossing.fdx -o plan.xlsx --strict
    """
    from prodbridge.analysis.rules import has_failing
    from prodbridge.cli.render import warn
    from prodbridge.errors import UsageError
    from prodbridge.pipeline.plan import plan as run
    from prodbridge.writers.plan_xlsx import alerts_json, days_json
    from prodbridge.writers.report_json import dumps

    if output is None and not as_json:
        raise UsageError("give -o/--output for the annotated schedule, or --json")
    result = run(
        schedule,
        script,
        output,
        breakdown_path=breakdown,
        config=config,
        lang=lang,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        board=board,
    )
    warn(result.issues)
    if as_json:
        document = {
            "days": days_json(result.schedule, result.scene_ids),
            "alerts": alerts_json(result.alerts),
        }
        click.echo(dumps(document), nl=False)
    else:
        for alert in result.alerts:
            if alert.level != "info":
                click.echo(f"{alert.level}: {alert.text}", err=True)
    if result.output is not None:
        days = len(result.schedule.days)
        click.echo(
            f"{result.output}: {days} shooting day(s), {len(result.alerts)} alert(s)",
            err=True,
        )
    if strict and has_failing(result.alerts):
        raise click.exceptions.Exit(EXIT_ALERT)
