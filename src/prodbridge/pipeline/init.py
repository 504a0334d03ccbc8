"""The init job: a commented prodbridge.toml and editable copies of the Word templates."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from prodbridge.config import CONFIG_NAME
from prodbridge.errors import UsageError

TEMPLATES_DIR = "templates"


@dataclass(frozen=True, slots=True)
class InitResult:
    """Files written, and files kept because they already existed (no ``force``)."""

    folder: Path
    written: tuple[Path, ...]
    kept: tuple[Path, ...]


def bundled_config(lang: str | None = None) -> bytes:
    """The commented example config shipped in the package, with ``language`` set to ``lang``."""
    text = (files("prodbridge") / "templates" / CONFIG_NAME).read_text(encoding="utf-8")
    if lang in ("en", "fr"):
        text = re.sub(r'(?m)^language = "[a-z]+"', f'language = "{lang}"', text, count=1)
    return text.encode("utf-8")


def bundled_templates() -> list[tuple[str, bytes]]:
    """The ``.docx`` templates shipped in the package, by file name."""
    folder = files("prodbridge") / "templates"
    return sorted(
        (entry.name, entry.read_bytes()) for entry in folder.iterdir() if entry.name.endswith(".docx")
    )


def init(folder: str | os.PathLike[str] = ".", *, force: bool = False, lang: str | None = None) -> InitResult:
    """Write ``prodbridge.toml`` and ``templates/*.docx`` into ``folder`` (created if needed).

    Existing files are kept and listed in ``kept`` unless ``force``. Raises ``UsageError``
    when ``folder`` is a file, ``OutputError`` when a file cannot be written.
    """
    from prodbridge.config import parse_config
    from prodbridge.files.atomic import write_atomic

    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise UsageError("init needs a folder, not a file", str(root))
    config = bundled_config(lang)
    parse_config(config.decode("utf-8"), root / CONFIG_NAME)  # the example always loads
    planned = [(root / CONFIG_NAME, config)]
    planned += [(root / TEMPLATES_DIR / name, data) for name, data in bundled_templates()]
    written: list[Path] = []
    kept: list[Path] = []
    for path, data in planned:
        if path.exists() and not force:
            kept.append(path)
            continue
        written.append(write_atomic(path, data))
    return InitResult(root, tuple(written), tuple(kept))
