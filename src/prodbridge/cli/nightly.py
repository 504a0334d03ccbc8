"""`prodbridge nightly`: tomorrow's call sheet, annex, performer sheets and plan, for cron/systemd."""

from __future__ import annotations

from datetime import datetime

import click


@click.command()
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="prodbridge.toml (default: the one in the current folder).",
)
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Shooting date to prepare (default: tomorrow in production.timezone).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Output folder (default: [files] output); the day's files go to <out>/<YYYY-MM-DD>/.",
)
@click.option("--strict", is_flag=True, help="Exit 4 when the day has a warning or blocking alert.")
def nightly(config: str | None, when: datetime | None, out: str | None, strict: bool) -> None:
    """Build the next shooting day's documents from prodbridge.toml, into a dated folder.

    \b
    <out>/<YYYY-MM-DD>/callsheet.docx          crew call sheet (level P)
    <out>/<YYYY-MM-DD>/annex-restricted.docx   intimacy annex (level R)
    <out>/<YYYY-MM-DD>/performers/*.docx       one sheet per performer (level C)
    <out>/<YYYY-MM-DD>/plan.xlsx               the schedule with intimacy columns
    <out>/<YYYY-MM-DD>/ic-documents/           the IC's documents (reviewed breakdown only)
    <out>/<YYYY-MM-DD>/report.json             inputs (sha256), outputs, alerts, issues

    A lock in <out> keeps two runs from interleaving. The same inputs give byte-identical
    files, report.json included. A day without shooting writes only report.json.

    \b
    Exit codes: 0 ok (also: no shooting that day), 1 another run holds the lock or an
    output cannot be written, 2 bad config (the message names the key and line),
    3 an input is unreadable, 4 the day has an alert and --strict was given.

    Example (cron, 20:00 every day): prodbridge nightly --config /prod/prodbridge.toml --strict
    """
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.nightly import nightly as run

    result = run(config, when=when.date() if when else None, out=out, strict=strict)
    warn(result.issues)
    day = result.date.isoformat()
    if result.status == "failed":
        click.echo(f"prodbridge: {result.error}", err=True)
        click.echo(f"{result.report}: nightly for {day} failed", err=True)
        raise click.exceptions.Exit(result.exit_code)
    if result.status == "no-shooting":
        click.echo(f"{result.report}: no shooting on {day}; nothing else to do", err=True)
        return
    for alert in result.alerts:
        if alert.level != "info":
            click.echo(f"{alert.level}: {alert.text}", err=True)
    for path in result.outputs:
        click.echo(str(path))
    for path in result.removed:
        click.echo(f"removed {path} (written by an earlier run, not needed any more)", err=True)
    click.echo(f"{result.report}: day {result.day} ({day}), {len(result.outputs)} file(s)", err=True)
    raise click.exceptions.Exit(result.exit_code)
