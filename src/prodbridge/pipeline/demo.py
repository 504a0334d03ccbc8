"""The demo job: batch and nightly on the bundled example production, into one folder.

The inputs (the fixtures' English and French scripts, a Fountain script, two schedules and the
complete prodbridge.toml) ship inside the package (``prodbridge/demo/``), so the demo runs the
same from a source checkout and from an installed wheel. They are copied to ``<out>/inputs/``
first: every job then reads ordinary files the user can open, and nothing in the installed
package is ever written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from prodbridge.pipeline.batch import BatchResult
from prodbridge.pipeline.nightly import NightlyResult

#: Day 2 of The Crossing: night shoot on the houseboat, three scenes under the intimacy protocol.
DEMO_DATE = date(2026, 3, 3)
DEMO_FILES = (
    "prodbridge.toml",
    "scripts/the-crossing.fdx",
    "scripts/la-traversee.fdx",
    "scripts/night-shift.fountain",
    "schedules/the-crossing-stripboard.xlsx",
    "schedules/la-traversee-plan.xlsx",
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    """Where the inputs were copied, and what batch and nightly did with them."""

    inputs: Path
    batch: BatchResult
    nightly: NightlyResult

    @property
    def failed(self) -> bool:
        return self.batch.failed or self.nightly.status == "failed"


def copy_inputs(folder: Path) -> list[Path]:
    """The bundled inputs, copied to ``folder`` (files already identical are left alone)."""
    from prodbridge.files.atomic import write_atomic

    source = files("prodbridge") / "demo"
    copied = []
    for name in DEMO_FILES:
        data = source.joinpath(*name.split("/")).read_bytes()
        target = folder.joinpath(*name.split("/"))
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
        copied.append(target)
    return copied


def demo(out: str | os.PathLike[str] = "prodbridge-demo", *, jobs: int = 0) -> DemoResult:
    """Copy the inputs to ``<out>/inputs``, run batch into ``<out>/batch`` and nightly for
    2026-03-03 into ``<out>/nightly``. Two runs give identical files."""
    from prodbridge.pipeline.batch import batch
    from prodbridge.pipeline.nightly import nightly

    root = Path(out)
    inputs = root / "inputs"
    copy_inputs(inputs)
    batch_result = batch([inputs / "scripts", inputs / "schedules"], root / "batch", jobs=jobs)
    nightly_result = nightly(inputs / "prodbridge.toml", when=DEMO_DATE, out=root / "nightly")
    return DemoResult(inputs, batch_result, nightly_result)
