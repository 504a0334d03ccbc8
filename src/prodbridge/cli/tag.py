"""`prodbridge tag`: the script with its intimacy findings as Final Draft breakdown tags."""

from __future__ import annotations

import click

from prodbridge.cli.options import lang_option


@click.command()
@click.argument("script", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Tagged .fdx to write (never the input itself).",
)
@click.option(
    "--breakdown",
    "breakdown_path",
    type=click.Path(dir_okay=False),
    help="The IC's breakdown.xlsx: rejected scenes are not tagged.",
)
@click.option("--remove", is_flag=True, help="Write SCRIPT without the tags and notes prodbridge added.")
@click.option(
    "--notes/--no-notes",
    default=True,
    show_default=True,
    help="Add one Final Draft note per tagged scene naming its codes.",
)
@lang_option("Script language for detection; also the language of tag labels (auto: the config's, "
    "else the script's).")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="prodbridge.toml (default: beside the script)."
)
def tag(
    script: str,
    output: str,
    breakdown_path: str | None,
    remove: bool,
    notes: bool,
    lang: str,
    config: str | None,
) -> None:
    """Write SCRIPT (.fdx) with its intimacy findings as Final Draft breakdown tags.

    Each cue is tagged in a custom "Intimacy" category (one element per code, e.g.
    "KIS – Kissing"), so the scenes show in Final Draft's tag navigator and reports. Existing
    tags, notes and every other byte of the file are kept; running it again changes nothing,
    and --remove takes out exactly what it added. Notes name codes only (public level).

    Example: prodbridge tag the-crossing.fdx -o the-crossing-tagged.fdx --breakdown breakdown.xlsx
    """
    from prodbridge.cli.render import warn
    from prodbridge.pipeline.tag import tag as run

    result = run(
        script,
        output,
        breakdown_path=breakdown_path,
        remove=remove,
        notes=notes,
        lang=None if lang == "auto" else lang,
        config=config,
    )
    warn(result.issues)
    if result.removed:
        what = "no prodbridge tags found; same bytes" if result.unchanged else "prodbridge tags removed"
        click.echo(f"wrote {result.output}: {what}.")
        return
    codes = ", ".join(result.codes) or "none"
    skipped = f", {result.rejected} rejected scene(s) left out" if result.rejected else ""
    click.echo(
        f"wrote {result.output}: {result.tags} intimacy tag(s) in {result.scenes} scene(s) "
        f"(codes: {codes}), {result.notes} note(s){skipped}."
    )
