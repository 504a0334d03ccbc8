"""Root command: a lazy map of subcommands, and the one place errors become exit codes.

Subcommand modules are imported only when that command runs (or its help is shown), and
they import the pipeline inside their callbacks, so ``prodbridge --help`` stays fast.
"""

from __future__ import annotations

import importlib

import click

from prodbridge import __version__
from prodbridge.errors import EXIT_SOME_FAILED, ProdbridgeError

#: name → "module:attribute"; the order is the order of ``--help``.
COMMANDS = {
    "scan": "prodbridge.cli.scan:scan",
    "breakdown": "prodbridge.cli.breakdown:breakdown",
    "tag": "prodbridge.cli.tag:tag",
    "plan": "prodbridge.cli.plan:plan",
    "callsheet": "prodbridge.cli.callsheet:callsheet",
    "annex": "prodbridge.cli.annex:annex",
    "documents": "prodbridge.cli.documents:documents",
    "batch": "prodbridge.cli.batch:batch",
    "nightly": "prodbridge.cli.nightly:nightly",
    "watch": "prodbridge.cli.watch:watch",
    "init": "prodbridge.cli.init:init",
    "demo": "prodbridge.cli.demo:demo",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use, from an explicit map, and the one
    place where prodbridge errors become a single stderr line and their exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ProdbridgeError as exc:
            click.echo(f"prodbridge: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("prodbridge: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # a bug: one line, the traceback only with --verbose
            if (ctx.obj or {}).get("verbose"):
                raise
            click.echo(
                f"prodbridge: internal error: {type(exc).__name__}: {exc} (run with -v for details)",
                err=True,
            )
            ctx.exit(EXIT_SOME_FAILED)
        return None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="prodbridge")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """prodbridge: from the screenplay to the production paperwork, with intimacy coordination.

    Reads Final Draft (.fdx) and Fountain scripts, shooting schedules (.xlsx/.csv) and writes
    tagged scripts, breakdowns, annotated schedules and call sheets (EN/FR).

    Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 unreadable/unsafe input,
    4 compliance alert (--strict).
    """
    ctx.obj = {"verbose": verbose}


def main() -> None:
    """Console entry point (``prodbridge``)."""
    import multiprocessing

    multiprocessing.freeze_support()  # batch --jobs in a frozen drag-and-drop build
    cli(prog_name="prodbridge")
