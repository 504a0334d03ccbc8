"""Run the CLI on hostile inputs, in this process or measured in a fresh one, and check the
contract of DESIGN §5: one line naming the file, exit 3, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from prodbridge.cli import cli

#: Runs the CLI in a fresh interpreter, then writes its peak resident memory (kB) to a file.
#: VmHWM is per address space, so unlike ru_maxrss it does not inherit the parent's (pytest's)
#: peak across fork+exec.
MEASURED = """
import sys
from prodbridge.cli import cli
try:
    cli(sys.argv[2:], prog_name="prodbridge")
    code = 0
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
with open(sys.argv[1], "w") as out:
    out.write(peak)
sys.exit(code)
"""


@dataclass(frozen=True, slots=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str
    peak_mb: float | None = None


def invoke(*args: str) -> Run:
    """The CLI in this process (fast; the error mapping is the real one)."""
    result = CliRunner().invoke(cli, list(args))
    return Run(result.exit_code, result.stdout, result.stderr)


def measured(tmp: Path, *args: str) -> Run:
    """The CLI in a fresh interpreter, with its peak resident memory in MB."""
    peak_file = tmp / "peak-kb.txt"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, str(peak_file), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    peak = int(peak_file.read_text()) / 1024
    peak_file.unlink()
    return Run(done.returncode, done.stdout, done.stderr, peak)


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` (hidden temp files included), sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def assert_refused(run: Run, path: Path, fragment: str, code: int = 3) -> None:
    """Exit ``code``, and stderr is exactly one line naming ``path`` and saying ``fragment``."""
    assert run.exit_code == code, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith(f"prodbridge: {path}: "), lines[0]
    assert fragment in lines[0], lines[0]
    assert "internal error" not in lines[0]
