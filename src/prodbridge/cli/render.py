"""Terminal rendering shared by commands: aligned tables and warning lines (stderr)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import click

from prodbridge.errors import Issue


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], max_width: int = 40) -> str:
    """A plain aligned text table; cells longer than ``max_width`` are cut with ``…``."""
    cells = [[_cell(c, max_width) for c in headers]]
    cells += [[_cell(c, max_width) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object, max_width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def warn(issues: Iterable[Issue]) -> None:
    """One ``warning:`` line per issue on stderr."""
    for issue in issues:
        click.echo(f"warning: {issue}", err=True)
