"""Loading steps every job shares: read a file safely, load a script, find the config."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from prodbridge.config import CONFIG_NAME, Config, load_config
from prodbridge.errors import InputError, Issue
from prodbridge.model import Script
from prodbridge.options import ReadOptions

#: No input prodbridge reads is legitimately larger (a feature FDX is ~1 MB).
MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or one clear ``InputError`` (missing, a folder, unreadable, too big)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise InputError("is a folder, not a file", str(p))
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"the file is {size // (1024 * 1024)} MB; prodbridge reads files up to "
                f"{MAX_INPUT_BYTES // (1024 * 1024)} MB",
                str(p),
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(p)) from None
    except PermissionError:
        raise InputError("permission denied", str(p)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", str(p)) from None


@dataclass(frozen=True, slots=True)
class LoadedScript:
    """A script with where it came from and what its reader noticed."""

    path: Path
    script: Script
    issues: tuple[Issue, ...]


def load_script(path: str | os.PathLike[str], lang: str | None = None) -> LoadedScript:
    """Read a screenplay of any supported format, detected from its content.

    ``lang`` (``"en"``/``"fr"``) forces the language; ``None`` or ``"auto"`` detects it.
    """
    from prodbridge.analysis.language import detect_language
    from prodbridge.files.sniff import sniff
    from prodbridge.readers.registry import script_reader

    p = Path(path)
    data = read_bytes(p)
    kind = sniff(data, p.name)
    if kind == "empty":
        raise InputError("the file is empty", str(p))
    reader = script_reader(kind, str(p))
    forced = None if lang in (None, "auto") else lang
    script, issues = reader(data, ReadOptions(name=str(p), lang=forced))
    if forced is None:
        script = replace(script, language=detect_language(par.text for par in script.paragraphs))
    return LoadedScript(p, script, tuple(issues))


def find_config(explicit: str | os.PathLike[str] | None, near: Path | None = None) -> Config | None:
    """The config given on the command line, else a ``prodbridge.toml`` beside ``near`` or in
    the current folder; ``None`` when there is none (every job works without one)."""
    if explicit:
        return load_config(explicit)
    for folder in ([near] if near else []) + [Path.cwd()]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return load_config(candidate)
    return None
