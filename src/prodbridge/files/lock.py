"""An exclusive, non-blocking lock so that two nightly runs never interleave."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from prodbridge.errors import OutputError


class LockHeld(OutputError):
    """Another run holds the lock (exit 1: try again later)."""


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[Path]:
    """Hold an exclusive lock on ``path`` for the block, or raise ``LockHeld`` at once.

    The lock is the kernel's (``flock``): it is released when the process ends, even when it is
    killed, so a crashed run never leaves a stale lock behind. The file records the holder's pid.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise LockHeld(
                f"another prodbridge run (pid {holder}) holds the lock; try again when it ends",
                str(path),
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)
