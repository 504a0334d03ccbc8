"""The nightly job: the next shooting day's documents from the config, in a dated folder, under a lock.

``<output>/<YYYY-MM-DD>/`` receives ``callsheet.docx`` (crew, level P), ``annex-restricted.docx``
(level R), ``performers/`` (one level-C sheet per performer of the day's intimate scenes),
``plan.xlsx`` (the schedule with intimacy columns; ``plan.xlsm``/``plan.uss`` for those kinds),
``ic-documents/`` when the IC's reviewed breakdown exists and this installation has the
documents job, and ``report.json``.

Idempotent: the same inputs give byte-identical files, ``report.json`` included. The report
holds no clock time: rider deadlines are judged as of 00:00 on the day before the shooting
day (the evening the call sheet goes out), and that moment is written in the report. Every run
leaves the dated folder holding exactly what its report lists: files an earlier run wrote there
and this one did not (a performer no longer called) are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from prodbridge import __version__
from prodbridge.config import CONFIG_NAME, Config, load_config
from prodbridge.errors import (
    EXIT_ALERT,
    EXIT_OK,
    ConfigError,
    Issue,
    OutputError,
    ProdbridgeError,
)
from prodbridge.model import Alert

LOCK_NAME = ".prodbridge-nightly.lock"
REPORT_NAME = "report.json"
CALLSHEET_NAME = "callsheet.docx"
ANNEX_NAME = "annex-restricted.docx"
PERFORMERS_DIR = "performers"
DOCUMENTS_DIR = "ic-documents"


@dataclass(frozen=True, slots=True)
class NightlyResult:
    """What the run did. ``status``: ``ok``, ``alert`` (failing alerts, with or without
    ``--strict``), ``no-shooting`` or ``failed``; ``exit_code`` is what the CLI exits with."""

    date: date
    folder: Path
    report: Path
    status: str
    exit_code: int
    day: int | None = None
    outputs: tuple[Path, ...] = ()
    alerts: tuple[Alert, ...] = ()
    issues: tuple[Issue, ...] = ()
    error: str = ""
    removed: tuple[Path, ...] = field(default=())


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--config``, else ``prodbridge.toml`` in the current folder; ``ConfigError`` if absent."""
    path = Path(explicit) if explicit else Path.cwd() / CONFIG_NAME
    if not path.is_file():
        hint = "" if explicit else " (run it from the production folder, or give --config PATH)"
        raise ConfigError(f"config file not found{hint}; `prodbridge init` writes one", str(path))
    return path.resolve()


def tomorrow(cfg: Config, today: date | None = None) -> date:
    """The day after ``today`` (default: today in ``production.timezone``, else local time)."""
    if today is None:
        if cfg.timezone:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                zone = ZoneInfo(cfg.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ConfigError(
                    f"production.timezone: unknown time zone {cfg.timezone!r} (e.g. Europe/Paris)",
                    str(cfg.base / CONFIG_NAME),
                ) from None
            today = datetime.now(zone).date()
        else:
            today = date.today()
    return today + timedelta(days=1)


def deadline_clock(when: date) -> datetime:
    """The moment rider deadlines are judged against: 00:00 the day before ``when``."""
    return datetime.combine(when - timedelta(days=1), time(0, 0))


def nightly(
    config: str | os.PathLike[str] | None = None,
    *,
    when: date | None = None,
    out: str | os.PathLike[str] | None = None,
    strict: bool = False,
    today: date | None = None,
) -> NightlyResult:
    """Build ``when``'s documents (default: tomorrow) under the output folder's lock.

    Raises ``ConfigError`` (exit 2: no or invalid config, ``[files]`` script/schedule missing)
    and ``LockHeld`` (exit 1: another run holds the lock) before anything is written. Input
    and output problems during the run end up in the report and in ``exit_code`` (3 for an
    unreadable input, 1 for an output that cannot be written).
    """
    from prodbridge.files.lock import exclusive

    cfg_file = config_path(config)
    cfg = load_config(cfg_file)
    for key, value in (("files.script", cfg.script), ("files.schedule", cfg.schedule)):
        if value is None:
            raise ConfigError(f"{key}: nightly needs it (path relative to the config)", str(cfg_file))
    target = when or tomorrow(cfg, today)
    root = Path(out) if out is not None else (cfg.output or cfg.base / "prodbridge-out")
    folder = root / target.isoformat()
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(exclusive(root / LOCK_NAME))
        except OSError as exc:  # the output folder cannot be created or written
            raise OutputError(f"cannot take the lock: {exc.strerror or exc}", str(root / LOCK_NAME)) from None
        return _run(cfg_file, cfg, target, folder, strict)


def _run(cfg_file: Path, cfg: Config, target: date, folder: Path, strict: bool) -> NightlyResult:
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers.report_json import dumps

    state = _State(cfg_file, cfg, target, folder, strict)
    try:
        state.build()
    except ProdbridgeError as exc:
        state.fail(exc)
    previous = _previous_outputs(folder)
    report = dumps(state.document()).encode()
    removed = _remove_stale(folder, previous, state.outputs)
    written = write_atomic(folder / REPORT_NAME, report, inputs=[p for _, p in state.inputs])
    return NightlyResult(
        date=target,
        folder=folder,
        report=written,
        status=state.status,
        exit_code=state.exit_code,
        day=state.day,
        outputs=tuple(state.outputs),
        alerts=tuple(state.alerts),
        issues=tuple(state.issues),
        error=state.error,
        removed=tuple(removed),
    )


class _State:
    """One run's progress: what was read, written and found, for the report."""

    def __init__(self, cfg_file: Path, cfg: Config, target: date, folder: Path, strict: bool) -> None:
        self.cfg_file, self.cfg, self.target, self.folder, self.strict = cfg_file, cfg, target, folder, strict
        self.inputs: list[tuple[str, Path]] = [("config", cfg_file)]
        self.hashes: dict[Path, str] = {}
        self.outputs: list[Path] = []
        self.alerts: list[Alert] = []
        self.issues: list[Issue] = []
        self.status = "ok"
        self.exit_code = EXIT_OK
        self.error = ""
        self.day: int | None = None
        self.review: Path | None = None
        self.format = ""

    def _read(self, role: str, path: Path) -> bytes:
        from prodbridge.pipeline.common import read_bytes

        self.inputs.append((role, path))
        data = read_bytes(path)
        self.hashes[path] = hashlib.sha256(data).hexdigest()
        return data

    def _issues(self, issues: tuple[Issue, ...] | list[Issue]) -> None:
        for issue in issues:
            if issue not in self.issues:
                self.issues.append(issue)

    def build(self) -> None:
        from prodbridge.pipeline.common import load_schedule

        cfg = self.cfg
        assert cfg.script is not None and cfg.schedule is not None
        self.hashes[self.cfg_file] = hashlib.sha256(self.cfg_file.read_bytes()).hexdigest()
        self._read("script", cfg.script)
        self._read("schedule", cfg.schedule)
        if cfg.breakdown is not None and cfg.breakdown.is_file():
            self._read("breakdown", cfg.breakdown)
            self.review = cfg.breakdown
        schedule, _, _ = load_schedule(cfg.schedule, cfg)  # any kind: xlsx, csv, xls, ods, USS
        self.format = schedule.format
        shoot = schedule.day_on(self.target)
        if shoot is None:
            self.status = "no-shooting"
            return
        self.day = shoot.number
        self._callsheet()
        self._plan()
        self._documents()
        failing = [a for a in self.alerts if a.level in ("warning", "blocking")]
        if failing:
            self.status = "alert"
            if self.strict:
                self.exit_code = EXIT_ALERT

    def _callsheet(self) -> None:
        from prodbridge.pipeline.callsheet import callsheet

        cfg = self.cfg
        assert cfg.script is not None and cfg.schedule is not None
        result = callsheet(
            cfg.schedule,
            cfg.script,
            self.folder / CALLSHEET_NAME,
            when=self.target,
            annex=self.folder / ANNEX_NAME,
            performer_dir=self.folder / PERFORMERS_DIR,
            config=self.cfg_file,
            breakdown_path=self.review,
        )
        self.outputs.append(result.callsheet)
        if result.annex is not None:
            self.outputs.append(result.annex)
        self.outputs.extend(result.performer_sheets)
        self._issues(result.issues)

    def _plan(self) -> None:
        from prodbridge.pipeline.plan import plan

        cfg = self.cfg
        assert cfg.script is not None and cfg.schedule is not None
        suffix = {"xlsm": ".xlsm", "uss": ".uss"}.get(self.format, ".xlsx")  # the schedule's own kind
        result = plan(
            cfg.schedule,
            cfg.script,
            self.folder / f"plan{suffix}",
            breakdown_path=self.review,
            config=self.cfg_file,
            now=deadline_clock(self.target),
        )
        if result.output is not None:
            self.outputs.append(result.output)
        self.alerts.extend(a for a in result.alerts if a.day in (None, self.day))
        self._issues(result.issues)

    def _documents(self) -> None:
        """The IC's documents, when her reviewed breakdown exists and the job is installed."""
        from importlib import import_module
        from importlib.util import find_spec

        if self.review is None or find_spec("prodbridge.pipeline.documents") is None:
            return
        job = import_module("prodbridge.pipeline.documents").documents
        cfg = self.cfg
        result = job(
            cfg.script,
            self.folder / DOCUMENTS_DIR,
            breakdown_path=self.review,
            schedule_path=cfg.schedule,
            config=self.cfg_file,
            when=self.target,
        )
        self.outputs.extend(w.path for w in result.written)
        self._issues(result.issues)

    def fail(self, exc: ProdbridgeError) -> None:
        self.status = "failed"
        self.exit_code = exc.exit_code
        self.error = str(exc)

    def _where(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.cfg.base.resolve()).as_posix()
        except ValueError:
            return str(path.resolve())

    def document(self) -> dict[str, Any]:
        return {
            "prodbridge": __version__,
            "date": self.target.isoformat(),
            "status": self.status,
            "exit_code": self.exit_code,
            "strict": self.strict,
            "error": self.error or None,
            "day": self.day,
            "config": str(self.cfg_file),
            "deadlines_as_of": deadline_clock(self.target).isoformat(timespec="minutes"),
            "inputs": [
                {"role": role, "path": self._where(path), "sha256": self.hashes.get(path)}
                for role, path in self.inputs
            ],
            "outputs": [
                {"path": _relative(path, self.folder), "sha256": _sha256(path)}
                for path in sorted(self.outputs, key=lambda p: _relative(p, self.folder))
            ],
            "alerts": [
                {"code": a.code, "level": a.level, "scene": a.scene, "day": a.day, "text": a.text}
                for a in self.alerts
            ],
            "issues": [
                {"code": i.code, "file": i.file, "location": i.location, "text": i.text} for i in self.issues
            ],
        }


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _previous_outputs(folder: Path) -> list[str]:
    """The outputs the last run's report lists (relative paths), or none."""
    import json

    try:
        document = json.loads((folder / REPORT_NAME).read_text(encoding="utf-8"))
        return [str(o["path"]) for o in document.get("outputs", []) if isinstance(o, dict) and "path" in o]
    except (OSError, ValueError, TypeError, AttributeError):
        return []


def _remove_stale(folder: Path, previous: list[str], current: list[Path]) -> list[Path]:
    """Delete files an earlier run listed and this one did not write (only inside ``folder``)."""
    keep = {_relative(p, folder) for p in current}
    removed = []
    for name in previous:
        pure = PurePosixPath(name)
        if name in keep or pure.is_absolute() or ".." in pure.parts or name == REPORT_NAME:
            continue
        path = folder.joinpath(*pure.parts)
        if path.is_file():
            path.unlink()
            removed.append(path)
            parent = path.parent
            if parent != folder and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
    return removed
