"""`prodbridge demo`: batch and nightly on the bundled example production."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--out",
    default="prodbridge-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the copied inputs and every output.",
)
def demo(out: str) -> None:
    """Run the whole pipeline on the bundled example (an English and a French script, a
    Fountain script, two schedules and a complete prodbridge.toml) and say where each output
    went. Runs offline; a second run gives identical files.

    Example: prodbridge demo --out out/demo
    """
    from prodbridge.errors import EXIT_SOME_FAILED
    from prodbridge.pipeline.demo import DEMO_DATE
    from prodbridge.pipeline.demo import demo as run

    result = run(out)
    click.echo(f"inputs (copies of the bundled example): {result.inputs}")
    click.echo(f"\nbatch: every script and schedule -> {result.batch.out}")
    for outcome in result.batch.outcomes:
        status = "" if outcome.status == "ok" else f"  [{outcome.status}: {outcome.message}]"
        click.echo(f"  {outcome.path.name}{status}")
        for path in outcome.outputs:
            click.echo(f"    -> {path}")
    if result.batch.report is not None:
        click.echo(f"  report -> {result.batch.report}")
    nightly = result.nightly
    click.echo(f"\nnightly for {DEMO_DATE.isoformat()} (day {nightly.day}) -> {nightly.folder}")
    for path in (*nightly.outputs, nightly.report):
        click.echo(f"    -> {path}")
    if nightly.alerts:
        click.echo(f"  {len(nightly.alerts)} alert(s) for the day, listed in {nightly.report.name}")
    if nightly.error:
        click.echo(f"prodbridge: {nightly.error}", err=True)
    if result.failed:
        raise click.exceptions.Exit(EXIT_SOME_FAILED)
