"""Options several commands share, declared once so their names, choices and defaults agree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def lang_option(help: str) -> Callable[[Any], Any]:
    """``--lang auto|en|fr`` (default auto); ``help`` says what the language is used for here."""
    return click.option(
        "--lang", type=click.Choice(["auto", "en", "fr"]), default="auto", show_default=True, help=help
    )
