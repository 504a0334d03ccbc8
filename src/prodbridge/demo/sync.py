"""Copy the demo inputs from fixtures/ into src/prodbridge/demo/ (run after changing a fixture).

`prodbridge demo` reads these copies through importlib.resources, so it works from a wheel as
well as from `pip install -e .`; tests/pipeline/test_demo.py fails when they differ from
fixtures/. Usage: python src/prodbridge/demo/sync.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[2] / "fixtures"

#: Paths relative to fixtures/ (and to this folder): the config's [files] paths stay valid.
FILES = (
    "prodbridge.toml",
    "scripts/the-crossing.fdx",
    "scripts/la-traversee.fdx",
    "scripts/night-shift.fountain",
    "schedules/the-crossing-stripboard.xlsx",
    "schedules/la-traversee-plan.xlsx",
)


def differences() -> list[str]:
    """The demo files that are missing or differ from their fixture."""
    return [
        name
        for name in FILES
        if not (HERE / name).is_file() or (HERE / name).read_bytes() != (FIXTURES / name).read_bytes()
    ]


def main() -> None:
    for name in FILES:
        target = HERE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, target)
        print(f"{target.relative_to(HERE.parents[2])}")


if __name__ == "__main__":
    main()
