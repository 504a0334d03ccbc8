"""The scan job: read a script, detect intimacy, return the model for rendering."""

from __future__ import annotations

import os
from dataclasses import dataclass

from prodbridge.model import Finding
from prodbridge.pipeline.common import LoadedScript, detect_findings, find_config, load_script


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
    loaded = load_script(path, lang)
    cfg = find_config(config, loaded.path.parent)
    return ScanResult(loaded, detect_findings(loaded, cfg))
