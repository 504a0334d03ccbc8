"""`prodbridge breakdown`: the intimacy breakdown workbook and the AD's reports (breakdown.xlsx)."""

from __future__ import annotations

import click


@click.command()
@click.argument("script", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="breakdown.xlsx to write; an existing one is read as the IC's review and updated.",
)
@click.option(
    "--schedule", type=click.Path(dir_okay=False), help="Schedule (.xlsx/.csv) for the day out of days."
)
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    help="Language of sheet names and headers (default: the config's, else the script's).",
)
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the script)."
)
def breakdown(script: str, output: str, schedule: str | None, lang: str | None, config: str | None) -> None:
    """Write the breakdown workbook for SCRIPT (.fdx or .fountain).

    The Intimacy sheet lists the scenes to review; its review columns (status, nudity per
    performer, rider, garments, closed set, rehearsal, notes) belong to the intimacy
    coordinator and survive every run. Other sheets: scene list, scenes by set, cast list,
    day out of days (with --schedule), name check, one sheet per Final Draft tag category,
    and a legend. The workbook is RESTRICTED: it holds evidence and nudity levels.

    Example: prodbridge breakdown the-crossing.fdx -o breakdown.xlsx --schedule stripboard.xlsx
    """
    from collections import Counter

    from prodbridge.analysis.merge import follow_up
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.breakdown import breakdown as run

    result = run(script, output, schedule_path=schedule, lang=lang, config=config)
    warn(result.issues)
    states = Counter(follow_up(e) for e in result.breakdown.entries)
    statuses = Counter(e.status for e in result.breakdown.entries if not e.removed)
    verb = "updated" if result.updated else "wrote"
    click.echo(
        f"{verb} {result.output}: {len(result.breakdown.entries) - states['removed']} scene(s) in the "
        f"Intimacy sheet ({statuses['proposed']} to review, {statuses['confirmed']} confirmed, "
        f"{statuses['rejected']} rejected), {states['removed']} removed from the script; "
        f"{len(result.loaded.script.scenes)} scenes, {result.element_categories} element "
        "categories. The workbook is restricted (evidence, nudity levels)."
    )
