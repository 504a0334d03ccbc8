"""Atomic writes: temp file beside the target, fsync, os.replace; the temp file goes on failure.

Never overwrites an input, and says which file to close when another program holds the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from prodbridge.errors import OutputError


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` name the same file (links and case-insensitive disks too)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def write_atomic(path: str | os.PathLike[str], data: bytes, inputs: Iterable[Path] = ()) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    Raises ``OutputError`` (one clear line) when ``path`` is one of ``inputs``, when the folder
    cannot be written, or when another program (Excel, Word) holds the file open.
    """
    target = Path(path)
    for source in inputs:
        if same_file(target, Path(source)) or target.resolve() == Path(source).resolve():
            raise OutputError("refusing to overwrite an input file; choose another output", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder: {exc.strerror}", str(folder)) from None
    lock_file = folder / f".~lock.{target.name}#"
    office_locks = (folder / f"~${target.name}", folder / f"~${target.name[2:]}")
    if lock_file.exists() or any(lock.exists() for lock in office_locks):
        raise OutputError(
            "the file is open in another program (LibreOffice/Word/Excel lock file found); "
            "close it and run again",
            str(target),
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp creates 0600; a call sheet in a shared office folder must stay readable, so
        # keep the replaced file's mode, or give a new file the umask's usual mode.
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except PermissionError:
        _discard(tmp)
        raise OutputError(
            "cannot replace the file: it is open in another program or read-only; close it and "
            "run again",
            str(target),
        ) from None
    except OSError as exc:
        _discard(tmp)
        raise OutputError(f"cannot write: {exc.strerror or exc}", str(target)) from None
    except BaseException:
        _discard(tmp)
        raise
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
