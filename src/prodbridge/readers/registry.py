"""Script readers by format name: a registry, never an if-chain."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from prodbridge.errors import InputError, Issue
from prodbridge.model import Script
from prodbridge.options import ReadOptions

ScriptReader = Callable[[bytes, ReadOptions], tuple[Script, list[Issue]]]

#: format → module whose ``read`` turns bytes into a Script.
SCRIPT_READERS = {
    "fdx": "prodbridge.readers.fdx",
    "fountain": "prodbridge.readers.fountain",
}


def script_reader(fmt: str, name: str = "") -> ScriptReader:
    """The reader for ``fmt``; ``InputError`` naming the file when no reader exists."""
    module = SCRIPT_READERS.get(fmt)
    if module is None:
        raise InputError(
            f"not a screenplay prodbridge can read (found: {fmt}); expected Final Draft .fdx "
            "or Fountain",
            name or None,
        )
    return import_module(module).read
