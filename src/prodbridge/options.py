"""Reader and writer options: records with defaults, in one place (pandoc's ReaderOptions)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. ``name`` is the file name used in messages and issues.

    ``lang`` forces the script language (``None``: detect). ``encoding``/``delimiter`` override
    CSV sniffing (``None``: detect).
    """

    name: str = "<input>"
    lang: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    board: str | None = None


@dataclass(frozen=True, slots=True)
class WriteOptions:
    """How to write outputs. ``lang`` picks labels and templates; ``strict`` turns alerts into
    exit 4; ``deterministic`` fixes zip timestamps and ids so two runs give identical bytes."""

    lang: str = "en"
    strict: bool = False
    deterministic: bool = True
    draft: bool = False
