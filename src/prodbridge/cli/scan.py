"""`prodbridge scan`: the scene breakdown of a script, as a table or as JSON."""

from __future__ import annotations

import click

from prodbridge.cli.options import lang_option


@click.command()
@click.argument("script", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the JSON document (DESIGN §3) on stdout.")
@lang_option("Script language for detection.")
@click.option("--config", type=click.Path(dir_okay=False), help="prodbridge.toml (cast ages).")
def scan(script: str, as_json: bool, lang: str, config: str | None) -> None:
    """List the scenes of SCRIPT (.fdx or .fountain) with their intimacy findings.

    Example: prodbridge scan fixtures/scripts/the-crossing.fdx --json
    """
    from prodbridge.analysis.length import format_eighths
    from prodbridge.cli.render import table, warn
    from prodbridge.pipeline.scan import scan as run
    from prodbridge.writers.report_json import dumps, scan_document

    result = run(script, lang=lang, config=config)
    warn(result.loaded.issues)
    loaded = result.loaded
    if as_json:
        click.echo(dumps(scan_document(loaded.script, result.findings, loaded.path)), nl=False)
        return
    codes = {f.scene: ",".join(f.codes) for f in result.findings}
    rows = [
        (
            s.id,
            s.int_ext or "",
            s.set + (f" - {s.subset}" if s.subset else ""),
            s.time_of_day or "",
            format_eighths(s.eighths),
            ", ".join(s.characters),
            codes.get(s.index, ""),
        )
        for s in loaded.script.scenes
    ]
    headers = ("Scene", "I/E", "Set", "D/N", "Pages", "Characters", "Intimacy")
    click.echo(table(headers, rows))
    script_ = loaded.script
    click.echo(
        f"\n{len(script_.scenes)} scenes, {sum(s.eighths for s in script_.scenes) / 8:.1f} pages, "
        f"language {script_.language}; {len(result.findings)} scene(s) need intimacy review.",
        err=True,
    )
