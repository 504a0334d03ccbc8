"""The tag job: script (+ the IC's breakdown.xlsx) → the script with Final Draft intimacy tags."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from prodbridge.config import Config
from prodbridge.errors import InputError, Issue, UsageError
from prodbridge.model import Finding
from prodbridge.pipeline.common import (
    LoadedScript,
    find_config,
    load_breakdown,
    load_script,
    output_lang,
    read_bytes,
)


@dataclass(frozen=True, slots=True)
class TagJobResult:
    """What the job wrote. ``removed``: the run took prodbridge's tags out (``--remove``);
    ``tags``/``notes``/``scenes``/``codes`` count what the tagged file carries;
    ``unchanged``: the output has the input's bytes."""

    output: Path
    removed: bool
    tags: int = 0
    notes: int = 0
    scenes: int = 0
    codes: tuple[str, ...] = ()
    rejected: int = 0
    unchanged: bool = False
    issues: tuple[Issue, ...] = ()


def tag(
    script_path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    breakdown_path: str | os.PathLike[str] | None = None,
    remove: bool = False,
    notes: bool = True,
    lang: str | None = None,
    config: str | os.PathLike[str] | None = None,
) -> TagJobResult:
    """Write ``output``: the Final Draft script with its intimacy findings as breakdown tags.

    Without ``breakdown_path`` every finding of the detector is tagged (recall beats
    precision); with it, the IC's review decides: rejected scenes are not tagged. ``remove``
    writes the script without prodbridge's tags instead. ``lang`` (``en``/``fr``/``auto``)
    is the script language for detection; labels follow ``output_lang``. Raises
    ``UsageError`` for an output that is not ``.fdx``, ``InputError`` for a script that is not
    Final Draft, ``OutputError`` when the output cannot be written (never over an input).
    """
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers import fdx_tags

    out = Path(output)
    if out.suffix.lower() != ".fdx":
        raise UsageError(
            f"the tagged script is a Final Draft file: name it .fdx, not {out.suffix or 'no suffix'}",
            str(out),
        )
    source = Path(script_path)
    inputs = [source] + ([Path(breakdown_path)] if breakdown_path else [])
    if remove:
        original = read_bytes(source)
        _require_fdx(original, source)
        data = fdx_tags.remove(original, str(source))
        written = write_atomic(out, data, inputs=inputs)
        return TagJobResult(written, removed=True, unchanged=data == original)

    loaded = load_script(source, lang)
    if loaded.script.format != "fdx":
        raise InputError(f"tag writes Final Draft files; this script is {loaded.script.format}", str(source))
    cfg = find_config(config, loaded.path.parent)
    label_lang = output_lang(lang, cfg, loaded.script)
    issues: list[Issue] = list(loaded.issues)
    findings, rejected, review_issues = _findings(loaded, breakdown_path, cfg, label_lang)
    issues.extend(review_issues)

    original = read_bytes(source)
    opts = fdx_tags.TagOptions(lang=label_lang, notes=notes, name=str(source))
    result = fdx_tags.write_report(loaded.script, findings, original, opts)
    issues.extend(result.issues)
    written = write_atomic(out, result.data, inputs=inputs)
    return TagJobResult(
        written,
        removed=False,
        tags=result.tags,
        notes=result.notes,
        scenes=len(result.scenes),
        codes=result.codes,
        rejected=rejected,
        unchanged=result.data == original,
        issues=tuple(issues),
    )


def _findings(
    loaded: LoadedScript,
    breakdown_path: str | os.PathLike[str] | None,
    cfg: Config | None,
    lang: str,
) -> tuple[list[Finding], int, list[Issue]]:
    """The findings to tag: the detector's, or with a breakdown the ones the IC did not reject."""
    from prodbridge.pipeline.common import detect_findings

    findings = detect_findings(loaded, cfg)
    if breakdown_path is None:
        return list(findings), 0, []
    merged, issues = load_breakdown(loaded, breakdown_path, cfg, lang, findings)
    active = merged.active()
    kept = [e.finding for e in active if e.finding is not None]
    rejected = sum(1 for e in merged.entries if not e.removed and e.status == "rejected")
    return kept, rejected, issues


def _require_fdx(data: bytes, path: Path) -> None:
    from prodbridge.files.sniff import sniff

    kind = sniff(data, path.name)
    if kind == "empty":
        raise InputError("the file is empty", str(path))
    if kind != "fdx":
        raise InputError(f"tag --remove works on Final Draft files; this file is {kind}", str(path))
