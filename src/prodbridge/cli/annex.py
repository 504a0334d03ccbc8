"""`prodbridge annex`: add the crew-level intimacy protocol to a call sheet made elsewhere."""

from __future__ import annotations

from datetime import datetime

import click

from prodbridge.cli.options import lang_option


@click.command()
@click.argument("callsheet", type=click.Path(dir_okay=False))
@click.option("--schedule", required=True, type=click.Path(dir_okay=False), help="Schedule (.xlsx/.csv).")
@click.option("--script", required=True, type=click.Path(dir_okay=False), help="Screenplay (.fdx/.fountain).")
@click.option("--day", type=click.IntRange(min=1), help="Shooting day number.")
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), help="Shooting date (YYYY-MM-DD).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output .docx.")
@click.option("--breakdown", type=click.Path(dir_okay=False), help="The IC's reviewed breakdown.xlsx.")
@click.option("--board", help="USS stripboard to use (default: the one with the most shooting days).")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the schedule)."
)
@lang_option("Language of the added section (auto: the config's, else the script's).")
def annex(
    callsheet: str,
    schedule: str,
    script: str,
    day: int | None,
    when: datetime | None,
    output: str,
    breakdown: str | None,
    board: str | None,
    config: str | None,
    lang: str,
) -> None:
    """Copy CALLSHEET (.docx from any tool) to --output with the day's closed-set protocol
    appended: closed-set scenes, the intimacy coordinator, no photos, essential crew only.

    Everything already in CALLSHEET (text, styles, headers, images) is kept; CALLSHEET itself
    is never modified. No restricted detail is added (see `callsheet --annex` for that).

    Example: prodbridge annex their-callsheet.docx --schedule plan.xlsx --script film.fdx
    --date 2026-03-03 -o callsheet-with-protocol.docx
    """
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.callsheet import annex as run

    result = run(
        callsheet,
        schedule,
        script,
        output,
        day=day,
        when=when.date() if when else None,
        config=config,
        lang=None if lang == "auto" else lang,
        breakdown_path=breakdown,
        board=board,
    )
    warn(result.issues)
    plan = result.day.plan
    if result.appended:
        scenes = ", ".join(s.id for s in plan.scenes if s.intimate)
        click.echo(f"{result.output}: intimacy protocol added for scene(s) {scenes}", err=True)
    else:
        click.echo(f"{result.output}: no intimate scene on day {plan.number}; copied unchanged", err=True)
