"""`prodbridge callsheet`: the crew call sheet of one shooting day, with its intimacy annex."""

from __future__ import annotations

from datetime import datetime

import click

from prodbridge.cli.options import lang_option


@click.command()
@click.option("--schedule", required=True, type=click.Path(dir_okay=False), help="Schedule (.xlsx/.csv).")
@click.option("--script", required=True, type=click.Path(dir_okay=False), help="Screenplay (.fdx/.fountain).")
@click.option("--day", type=click.IntRange(min=1), help="Shooting day number.")
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), help="Shooting date (YYYY-MM-DD).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Call sheet (.docx).")
@click.option(
    "--annex",
    type=click.Path(dir_okay=False),
    help="Also write the restricted intimacy annex here (.docx; director, 1st AD, producer, IC, HoDs).",
)
@click.option(
    "--performer-sheets",
    "performer_dir",
    type=click.Path(file_okay=False),
    help="Also write one confidential sheet per performer of the day's intimate scenes in this folder.",
)
@click.option("--breakdown", type=click.Path(dir_okay=False), help="The IC's reviewed breakdown.xlsx.")
@click.option("--board", help="USS stripboard to use (default: the one with the most shooting days).")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the schedule)."
)
@click.option(
    "--template",
    type=click.Path(dir_okay=False),
    help="Your own Word template for the call sheet (docxtpl placeholders; see templates/README.md).",
)
@lang_option("Document language (auto: the config's, else the script's).")
@click.option("--draft", is_flag=True, help="Mark the call sheet DRAFT in its header.")
def callsheet(
    schedule: str,
    script: str,
    day: int | None,
    when: datetime | None,
    output: str,
    annex: str | None,
    performer_dir: str | None,
    breakdown: str | None,
    board: str | None,
    config: str | None,
    template: str | None,
    lang: str,
    draft: bool,
) -> None:
    """Write the call sheet (feuille de service) of one day from the schedule and the script.

    Intimate scenes show only "CLOSED SET / PLATEAU FERMÉ", the intimacy coordinator, "no
    photos" and "essential crew only"; the details go to the restricted --annex and to the
    per-performer sheets. Two runs on the same inputs give identical files.

    Exit codes: 2 bad options or no such day; 3 unreadable input, or a --template that asks
    for unknown fields (the message lists them).

    Example: prodbridge callsheet --schedule plan.xlsx --script film.fdx --day 2 -o day02.docx
    --annex day02-annex.docx --performer-sheets day02-performers
    """
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.callsheet import callsheet as run

    result = run(
        schedule,
        script,
        output,
        day=day,
        when=when.date() if when else None,
        annex=annex,
        performer_dir=performer_dir,
        config=config,
        template=template,
        lang=None if lang == "auto" else lang,
        draft=draft,
        breakdown_path=breakdown,
        board=board,
    )
    warn(result.issues)
    plan = result.day.plan
    closed = sum(1 for s in plan.scenes if s.intimate)
    when_text = f", {plan.date.isoformat()}" if plan.date else ""
    click.echo(
        f"{result.callsheet}: day {plan.number} of {result.day.total_days}{when_text}, "
        f"{len(plan.scenes)} scene(s), {closed} with the intimacy protocol",
        err=True,
    )
    if result.annex:
        click.echo(f"{result.annex}: restricted annex", err=True)
    for path in result.performer_sheets:
        click.echo(f"{path}: performer sheet", err=True)
