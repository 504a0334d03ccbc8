"""`prodbridge watch`: process files dropped into a folder once they stop changing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from prodbridge.cli.options import lang_option

if TYPE_CHECKING:
    from prodbridge.pipeline.batch import Outcome


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Output folder (default: FOLDER/prodbridge-out, which is never watched).",
)
@click.option("--poll", is_flag=True, help="Poll instead of native events (network shares: SMB, NFS, sshfs).")
@click.option(
    "--interval",
    type=click.FloatRange(min=0.1),
    default=2.0,
    show_default=True,
    help="Seconds between looks at the folder.",
)
@click.option(
    "--settle",
    type=click.FloatRange(min=0),
    default=2.0,
    show_default=True,
    help="A file is processed once its size and mtime have not changed for this many seconds.",
)
@click.option("--once", is_flag=True, help="Process what is settled now, then exit (tests, cron).")
@lang_option("Script language for detection, and of the labels written.")
def watch(
    folder: str, out: str | None, poll: bool, interval: float, settle: float, once: bool, lang: str
) -> None:
    """Watch FOLDER and process each script or schedule dropped into it, like `batch`.

    Files are taken once they have stopped changing for --settle seconds; lock files (~$*,
    .~lock.*#), temp and hidden files and the output folder are ignored. A file is processed
    again only when its content changes (size, mtime and sha256 are remembered in
    <out>/.prodbridge-watch.json, across restarts). Stop with Ctrl-C.

    Exit codes: 0 (with --once: 1 when a file failed).

    Example: prodbridge watch /mnt/office/drop --poll --interval 10
    """
    import signal
    import threading

    from prodbridge.errors import EXIT_SOME_FAILED
    from prodbridge.pipeline.batch import kind_label
    from prodbridge.pipeline.watch import watch as run

    def report(outcome: Outcome) -> None:
        outputs = ", ".join(p.name for p in outcome.outputs)
        message = f"{outcome.file}: {outcome.message}" if outcome.file else outcome.message
        detail = f"{outputs} ({message})" if outputs and message else outputs or message
        click.echo(f"{outcome.status}: {outcome.path} [{kind_label(outcome.kind)}] {detail}".rstrip())

    def notice(text: str) -> None:
        click.echo(f"prodbridge: {text}", err=True)

    stop = threading.Event()
    if not once and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())  # systemctl stop: finish cleanly
    if not once:
        mode = "polling" if poll else "watching"
        click.echo(f"{mode} {folder} (settle {settle:g} s); Ctrl-C to stop", err=True)
    result = run(
        folder,
        out,
        poll=poll,
        interval=interval,
        settle=settle,
        once=once,
        lang=None if lang == "auto" else lang,
        report=report,
        notice=notice,
        stop=stop,
    )
    for path in result.pending:
        click.echo(f"waiting: {path} is still changing; it will be processed once settled", err=True)
    if once and result.failed:
        raise click.exceptions.Exit(EXIT_SOME_FAILED)
