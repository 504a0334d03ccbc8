"""`prodbridge documents`: the intimacy coordinator's documents, drafted from the reviewed breakdown."""

from __future__ import annotations

from datetime import datetime

import click

from prodbridge.cli.options import lang_option


@click.command()
@click.option("--script", required=True, type=click.Path(dir_okay=False), help="Screenplay (.fdx/.fountain).")
@click.option(
    "--breakdown",
    type=click.Path(dir_okay=False),
    help="The IC's reviewed breakdown.xlsx (default: [files] breakdown of the config, if it exists).",
)
@click.option(
    "--schedule",
    type=click.Path(dir_okay=False),
    help="Schedule (.xlsx/.csv): shooting days and the 48 h notice dates (default: the config's).",
)
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the script)."
)
@lang_option("Document language (auto: the config's, else the script's).")
@click.option("--day", type=click.IntRange(min=1), help="Also write the daily report of this shooting day.")
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Daily report of this date (YYYY-MM-DD).",
)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
def documents(
    script: str,
    breakdown: str | None,
    schedule: str | None,
    config: str | None,
    lang: str,
    day: int | None,
    when: datetime | None,
    out_dir: str,
) -> None:
    """Draft the intimacy coordinator's documents from the reviewed breakdown, as editable .docx:

    \b
      risk-analysis.docx        risk analysis per intimate scene       RESTRICTED (R)
      rushes-checklist.docx     rushes conformity checklist            RESTRICTED (R)
      clauses/clause-*.docx     nudity / intimacy clause per performer CONFIDENTIAL (C)
      daily-report-day-NN.docx  report to production (--day/--date)    RESTRICTED (R)

    Rejected scenes are left out; unreviewed ones are marked "to review". Each clause holds
    only its own performer's nudity level, rider and limits. Two runs on the same inputs give
    identical files.

    Exit codes: 2 bad options (--day without a schedule, no such day); 3 unreadable input.

    Example: prodbridge documents --script film.fdx --breakdown breakdown.xlsx
    --schedule plan.xlsx --day 2 --out ic-documents
    """
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.documents import documents as run

    result = run(
        script,
        out_dir,
        breakdown_path=breakdown,
        schedule_path=schedule,
        config=config,
        lang=None if lang == "auto" else lang,
        day=day,
        when=when.date() if when else None,
    )
    warn(result.issues)
    scenes = len(result.dossier.scenes)
    source = f"from {result.breakdown}" if result.breakdown else "from detection only (no reviewed breakdown)"
    click.echo(f"{scenes} intimate scene(s) {source}", err=True)
    for item in result.written:
        who = f" — {item.performer}" if item.performer else ""
        click.echo(f"{item.path}: {item.kind} (level {item.level}){who}", err=True)
