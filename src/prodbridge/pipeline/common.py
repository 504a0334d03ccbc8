"""Loading steps every job shares: read a file safely, load a script, find the config."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from prodbridge.config import CONFIG_NAME, Config, load_config
from prodbridge.errors import InputError, Issue
from prodbridge.model import Breakdown, CastMember, Finding, Review, Schedule, Script
from prodbridge.options import ReadOptions

if TYPE_CHECKING:
    from prodbridge.readers.fdx_tags import FdxBreakdown

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
    Within one process the result is reused while the file is unchanged (same size and
    modification time): nightly, batch and demo run several jobs on the same script.
    """
    p = Path(path)
    forced = None if lang in (None, "auto") else lang
    stamp = _stamp(p)
    if stamp is None:  # missing or unreadable: the uncached path gives the one clear error
        return _read_script(str(p), forced)
    return _read_script_cached(str(p), forced, stamp)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _read_script_cached(path: str, forced: str | None, stamp: tuple[int, int]) -> LoadedScript:
    return _read_script(path, forced)


def _read_script(path: str, forced: str | None) -> LoadedScript:
    from prodbridge.analysis.language import detect_language
    from prodbridge.files.sniff import sniff
    from prodbridge.readers.registry import script_reader

    p = Path(path)
    data = read_bytes(p)
    kind = sniff(data, p.name)
    if kind == "empty":
        raise InputError("the file is empty", str(p))
    reader = script_reader(kind, str(p))
    script, issues = reader(data, ReadOptions(name=str(p), lang=forced))
    if forced is None:
        script = replace(script, language=detect_language(par.text for par in script.paragraphs))
    return LoadedScript(p, script, tuple(issues))


def clear_caches() -> None:
    """Forget the scripts, findings and tags kept for reuse within this process (benchmarks
    use it so that every timed run of a single stage starts cold)."""
    for cached in (_read_script_cached, _detect_cached, _tags_cached, _read_schedule_cached):
        cached.cache_clear()


def find_config(explicit: str | os.PathLike[str] | None, near: Path | None = None) -> Config | None:
    """The config given on the command line, else a ``prodbridge.toml`` beside ``near`` (the
    input it belongs to), else — only when there is no such input — one in the current folder.

    Returns ``None`` when there is none: every job works without one. Results never depend on
    the folder a job happens to be started from when it has an input to look beside.
    """
    if explicit:
        return load_config(explicit)
    folder = near if near is not None else Path.cwd()
    candidate = folder / CONFIG_NAME
    return load_config(candidate) if candidate.is_file() else None


def output_lang(lang: str | None, cfg: Config | None, script: Script) -> str:
    """Language of what a job writes: ``--lang`` when given (``en``/``fr``), else the config's
    ``[production].language``, else the script's."""
    if lang in ("en", "fr"):
        return lang
    configured = (cfg.raw.get("production") or {}).get("language") if cfg else None
    if configured in ("en", "fr"):
        return configured
    return script.language if script.language in ("en", "fr") else "en"


def detect_findings(loaded: LoadedScript, cfg: Config | None) -> tuple[Finding, ...]:
    """The detector over a loaded script, with the config's cast ages when there is one
    (reused within a process for the same loaded script and cast)."""
    return _detect_cached(loaded, cfg.cast if cfg else ())


@lru_cache(maxsize=8)
def _detect_cached(loaded: LoadedScript, cast: tuple[CastMember, ...]) -> tuple[Finding, ...]:
    from prodbridge.analysis.detect import detect

    script = loaded.script
    return tuple(detect(script, lang=script.language, cast=cast))


@lru_cache(maxsize=8)
def introduced_minors(script: Script) -> frozenset[str]:
    """Characters the script introduces with an age under 18 ("ANNA (16)"), once per script."""
    from prodbridge.analysis.detect import find_intros

    return frozenset(i.name for i in find_intros(script) if i.age is not None and i.age < 18)


def script_tags(loaded: LoadedScript) -> tuple[FdxBreakdown | None, list[Issue]]:
    """Final Draft's own tags and heading ids of an FDX script (``None`` for other formats)."""
    tags, issues = _tags_cached(loaded)
    return tags, list(issues)


@lru_cache(maxsize=8)
def _tags_cached(loaded: LoadedScript) -> tuple[FdxBreakdown | None, tuple[Issue, ...]]:
    if loaded.script.format != "fdx":
        return None, ()
    from prodbridge.readers import fdx_tags

    tags, issues = fdx_tags.read(read_bytes(loaded.path), ReadOptions(name=str(loaded.path)))
    return tags, tuple(issues)


def load_reviews(path: str | os.PathLike[str] | None) -> tuple[dict[str, Review], list[Issue]]:
    """The IC's review columns of a breakdown workbook; nothing when ``path`` is ``None``."""
    if path is None:
        return {}, []
    from prodbridge.readers import review

    p = Path(path)
    reviews, issues = review.read(read_bytes(p), ReadOptions(name=str(p)))
    return reviews, list(issues)


def load_breakdown(
    loaded: LoadedScript,
    review_path: str | os.PathLike[str] | None,
    cfg: Config | None,
    lang: str,
    findings: tuple[Finding, ...] | None = None,
) -> tuple[Breakdown, list[Issue]]:
    """Detection over the script merged with the IC's review (human columns always win).

    Without a reviewed breakdown every finding is a ``proposed`` entry: it still counts
    everywhere (recall beats precision). ``findings`` avoids running the detector twice.
    """
    from prodbridge.analysis.merge import merge

    if findings is None:
        findings = detect_findings(loaded, cfg)
    reviews, issues = load_reviews(review_path)
    tags, _ = script_tags(loaded)  # the tag issues are the breakdown job's to report
    heading_ids = dict(tags.heading_ids) if tags else {}
    return merge(loaded.script, findings, reviews, heading_ids, lang), issues


def load_schedule(
    path: str | os.PathLike[str],
    cfg: Config | None = None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    board: str | None = None,
) -> tuple[Schedule, list[Issue], bytes]:
    """Read a schedule of any supported kind (xlsx/xlsm/xls/ods/csv, or USS JSON), detected from
    its content; returns the bytes too, for the writers that patch the user's file.

    Reused within a process while the file is unchanged (nightly runs plan and callsheet on it).
    """
    p = Path(path)
    columns = tuple(sorted((cfg.schedule_columns if cfg else {}).items()))
    options = (encoding, delimiter, sheet, board, columns)
    stamp = _stamp(p)
    if stamp is None:  # missing or unreadable: the uncached path gives the one clear error
        schedule, issues, data = _read_schedule(str(p), options)
    else:
        schedule, issues, data = _read_schedule_cached(str(p), options, stamp)
    return schedule, list(issues), data


_ScheduleOptions = tuple[str | None, str | None, str | None, str | None, tuple[tuple[str, str], ...]]


@lru_cache(maxsize=4)
def _read_schedule_cached(
    path: str, options: _ScheduleOptions, stamp: tuple[int, int]
) -> tuple[Schedule, tuple[Issue, ...], bytes]:
    return _read_schedule(path, options)


def _read_schedule(path: str, options: _ScheduleOptions) -> tuple[Schedule, tuple[Issue, ...], bytes]:
    from prodbridge.files.sniff import sniff

    encoding, delimiter, sheet, board, columns = options
    p = Path(path)
    data = read_bytes(p)
    opts = ReadOptions(name=str(p), encoding=encoding, delimiter=delimiter, sheet=sheet, board=board)
    if sniff(data, p.name) == "uss":
        from prodbridge.readers import uss

        schedule, issues = uss.read(data, opts)
    else:
        from prodbridge.readers import schedule as spreadsheet

        schedule, issues = spreadsheet.read(data, opts, columns=dict(columns))
    return schedule, tuple(issues), data
