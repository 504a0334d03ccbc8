"""The watch job: process files dropped into a folder once they have stopped changing.

A file is *settled* when two looks at it, ``settle`` seconds apart, find the same size and
modification time (a copy in progress, an editor's save, a sync client's download all change
one of them). Settled files go through the same per-file processing as ``batch`` (kind from the
content, pairing, the same output names), with the same exclusions (hidden, ``~$*``,
``.~lock.*#``, temp files, the output folder).

watchdog's observer (native, or polling with ``poll=True`` for network shares, where native
events do not arrive) only wakes the loop up early; every decision comes from looking at the
folder, which also catches events an observer missed. ``once`` looks twice, ``settle`` seconds
apart, processes what is settled, and returns.

Memory: ``<out>/.prodbridge-watch.json`` keeps size, mtime, sha256, kind and status of every
file processed, so an unchanged file is never processed again, even after a restart; a file
that is only touched (same sha256) is not reprocessed either. A file that goes away is
forgotten, so dropping it again processes it again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prodbridge.errors import ProdbridgeError, UsageError
from prodbridge.pipeline.batch import (
    OUTPUT_FOLDER,
    SCHEDULE_KINDS,
    SCRIPT_KINDS,
    Entry,
    Outcome,
    classify,
    ignored_name,
    plan_units,
    prepare_out,
    run_unit,
    walk,
)

STATE_NAME = ".prodbridge-watch.json"
Report = Callable[[Outcome], None]
Notice = Callable[[str], None]
Signature = tuple[int, int]


@dataclass
class _Seen:
    signature: Signature
    since: float


@dataclass(frozen=True, slots=True)
class WatchResult:
    """Everything processed (in processing order), what was still changing when ``once``
    returned, and how the folder was observed (``native``, ``polling`` or ``once``)."""

    outcomes: tuple[Outcome, ...]
    pending: tuple[Path, ...] = ()
    observer: str = "once"
    notes: tuple[str, ...] = field(default=())

    @property
    def failed(self) -> bool:
        return any(o.status == "failed" for o in self.outcomes)


class Watcher:
    """The folder's state between looks: what is settling and what was already processed."""

    def __init__(
        self,
        folder: Path,
        out: Path,
        settle: float,
        lang: str | None,
        report: Report | None = None,
        notice: Notice | None = None,
    ) -> None:
        self.folder, self.out, self.settle, self.lang = folder, out, settle, lang
        self.report, self.notice = report, notice
        self.seen: dict[Path, _Seen] = {}
        self.memory: dict[str, dict[str, Any]] = {}
        self.notes: list[str] = []
        self._load()

    def note(self, text: str) -> None:
        """Something the user should know that is not about one file's outcome."""
        self.notes.append(text)
        if self.notice:
            self.notice(text)

    # --- memory ---------------------------------------------------------------------------------

    def _key(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def _load(self) -> None:
        state = self.out / STATE_NAME
        if not state.exists():
            return
        try:
            document = json.loads(state.read_text(encoding="utf-8"))
            files = document["files"]
            if not isinstance(files, dict):
                raise TypeError("files is not a table")
            self.memory = {str(k): dict(v) for k, v in files.items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.note(f"{state}: unreadable memory ({exc}); every file will be processed again")
            self.memory = {}

    def _save(self) -> None:
        from prodbridge.files.atomic import write_atomic

        document = {"version": 1, "files": dict(sorted(self.memory.items()))}
        write_atomic(
            self.out / STATE_NAME, (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode()
        )

    # --- looking --------------------------------------------------------------------------------

    def candidates(self) -> dict[Path, Signature]:
        """Every file of the folder that could be an input, with its size and mtime."""
        found: dict[Path, Signature] = {}
        for path in walk(self.folder, self.out):
            try:
                info = path.stat()
            except OSError:
                continue  # went away between the listing and the look
            found[path] = (info.st_size, info.st_mtime_ns)
        return found

    @property
    def pending(self) -> tuple[Path, ...]:
        """Files seen but not yet settled (or settled and not yet looked at again)."""
        return tuple(p for p, s in sorted(self.seen.items()) if not self._remembered(p, s.signature))

    def _remembered(self, path: Path, signature: Signature) -> bool:
        entry = self.memory.get(self._key(path))
        return bool(entry) and (entry.get("size"), entry.get("mtime_ns")) == signature

    def tick(self, now: float | None = None) -> list[Outcome]:
        """Look once: note what changed, process what has settled, forget what went away."""
        now = time.monotonic() if now is None else now
        current = self.candidates()
        ready: list[Path] = []
        for path, signature in current.items():
            before = self.seen.get(path)
            if before is None or before.signature != signature:
                self.seen[path] = _Seen(signature, now)
                if self.settle > 0 and not self._remembered(path, signature):
                    continue
            elif now - before.since < self.settle:
                continue
            if not self._remembered(path, signature):
                ready.append(path)
        for path in list(self.seen):
            if path not in current:
                del self.seen[path]
        gone = [k for k in self.memory if (self.folder / k) not in current]
        for key in gone:
            del self.memory[key]
        outcomes = self.process(ready, current)
        if gone and not outcomes:
            self._save()
        return outcomes

    # --- processing -----------------------------------------------------------------------------

    def process(self, ready: list[Path], current: dict[Path, Signature]) -> list[Outcome]:
        """Run the batch steps for the settled files whose content is new."""
        changed: list[Path] = []
        digests: dict[Path, str] = {}
        touched = False
        for path in ready:
            digest = _sha256(path)
            if digest is None:
                continue
            entry = self.memory.get(self._key(path))
            size, mtime = current[path]
            if entry and entry.get("sha256") == digest:  # touched, not changed
                entry.update(size=size, mtime_ns=mtime)
                touched = True
                continue
            digests[path] = digest
            changed.append(path)
        if not changed:
            if touched:
                self._save()
            return []
        prepare_out(self.out)
        entries = [classify(p) for p in changed]
        kinds = {e.path: e.kind for e in entries}
        for path in sorted(current):
            if path in kinds:
                continue
            entry = self.memory.get(self._key(path))
            kind = entry.get("kind") if entry else None
            if (
                entry
                and entry.get("usable")
                and (kind in SCRIPT_KINDS or kind in SCHEDULE_KINDS or kind == "breakdown")
            ):
                entries.append(Entry(path, str(kind)))
        units, decided = plan_units(entries, changed=set(changed), protected=list(current))
        outcomes: dict[Path, Outcome] = {p: o for p, o in decided.items() if p in digests}
        for unit in units:
            for outcome in run_unit(unit, self.out, self.lang):
                outcomes[outcome.path] = outcome
        ordered = [outcomes[p] for p in sorted(outcomes, key=lambda p: (p not in digests, str(p)))]
        for path in changed:
            outcome = outcomes.get(path)
            size, mtime = current[path]
            self.memory[self._key(path)] = {
                "size": size,
                "mtime_ns": mtime,
                "sha256": digests[path],
                "kind": kinds[path],
                "usable": next(e.outcome is None for e in entries if e.path == path),
                "status": outcome.status if outcome else "skipped",
            }
        self._save()
        if self.report:
            for outcome in ordered:
                self.report(outcome)
        return ordered


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def watch(
    folder: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    poll: bool = False,
    interval: float = 2.0,
    settle: float = 2.0,
    once: bool = False,
    lang: str | None = None,
    report: Report | None = None,
    notice: Notice | None = None,
    stop: threading.Event | None = None,
) -> WatchResult:
    """Watch ``folder`` until ``stop`` is set or Ctrl-C (or, with ``once``, look and return).

    ``out`` defaults to ``<folder>/prodbridge-out`` (ignored by the watcher). ``report`` is
    called with each outcome as soon as it is known, ``notice`` with other news (the native
    observer is unavailable, the memory file was unreadable). Raises ``UsageError`` when ``folder`` is
    not a folder or the timings are negative.
    """
    root = Path(folder)
    if not root.is_dir():
        raise UsageError("no such folder to watch", str(root))
    if interval <= 0 or settle < 0:
        raise UsageError("--interval must be positive and --settle zero or more")
    target = Path(out) if out is not None else root / OUTPUT_FOLDER
    if target.exists() and not target.is_dir():
        raise UsageError("--out must be a folder", str(target))
    watcher = Watcher(root, target, settle, lang, report, notice)
    if once:
        return _once(watcher)
    return _loop(watcher, poll, interval, stop or threading.Event())


def _once(watcher: Watcher) -> WatchResult:
    outcomes = watcher.tick()
    if watcher.settle > 0:
        time.sleep(watcher.settle)
        outcomes += watcher.tick()
    return WatchResult(tuple(outcomes), watcher.pending, "once", tuple(watcher.notes))


def _loop(watcher: Watcher, poll: bool, interval: float, stop: threading.Event) -> WatchResult:
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    wake = threading.Event()
    out = watcher.out.resolve()

    class Wake(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            path = Path(os.fsdecode(event.src_path))
            if ignored_name(path.name) or path.resolve().is_relative_to(out):
                return
            wake.set()

    kind = "polling" if poll else "native"
    observer = PollingObserver(timeout=interval) if poll else Observer()
    observer.schedule(Wake(), str(watcher.folder), recursive=True)
    try:
        observer.start()
    except OSError as exc:  # e.g. the inotify watch limit: polling still works
        watcher.note(f"native file events unavailable ({exc}); polling every {interval:g} s instead")
        observer = PollingObserver(timeout=interval)
        observer.schedule(Wake(), str(watcher.folder), recursive=True)
        observer.start()
        kind = "polling"
    outcomes: list[Outcome] = []
    try:
        while not stop.is_set():
            try:
                outcomes += watcher.tick()
            except ProdbridgeError as exc:  # e.g. the output folder is gone: say so, keep watching
                watcher.note(str(exc))
            busy = bool(watcher.pending)
            wake.wait(min(interval, max(0.2, watcher.settle / 2)) if busy else interval)
            wake.clear()
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
    return WatchResult(tuple(outcomes), watcher.pending, kind, tuple(watcher.notes))
