"""`prodbridge init`: scaffold a production folder (prodbridge.toml and editable templates)."""

from __future__ import annotations

import click


@click.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    help="Language of the documents (production.language; default en).",
)
def init(folder: str, force: bool, lang: str | None) -> None:
    """Write a commented prodbridge.toml and editable Word templates into FOLDER (default: here).

    Existing files are never overwritten unless --force: they are listed and kept. Edit
    prodbridge.toml (production, dates, locations, hospital, cast, intimacy coordinator,
    file paths), then pass a template to `prodbridge callsheet --template`.

    Example: prodbridge init ~/productions/the-crossing --lang fr
    """
    from prodbridge.pipeline.init import init as run

    result = run(folder, force=force, lang=lang)
    for path in result.written:
        click.echo(f"wrote {path}")
    for path in result.kept:
        click.echo(f"kept {path}: it already exists (use --force to overwrite)", err=True)
    if result.written:
        click.echo(f"Next: edit {result.folder / 'prodbridge.toml'}", err=True)
