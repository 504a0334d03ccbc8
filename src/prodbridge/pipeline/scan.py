"""The scan job: read a script, detect intimacy, return the model for rendering."""

from __future__ import annotations

import os
from dataclasses import dataclass

from prodbridge.model import Finding
from prodbridge.pipeline.common import LoadedScript, find_config, load_script


@dataclass(frozen=True, slots=True)
class ScanResult:
    loaded: LoadedScript
    findings: tuple[Finding, ...]


def scan(
    path: str | os.PathLike[str],
    lang: str | None = None,
    config: str | os.PathLike[str] | None = None,
) -> ScanResult:
    """Read ``path`` and run the intimacy detector over it (cast ages from the config if any)."""
    from prodbridge.analysis.detect import detect

    loaded = load_script(path, lang)
    cfg = find_config(config, loaded.path.parent)
    cast = cfg.cast if cfg else ()
    findings = detect(loaded.script, lang=loaded.script.language, cast=cast)
    return ScanResult(loaded, tuple(findings))
