"""Start-up stays light: the CLI root imports no heavy library (click's LazyGroup idea)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("lxml", "openpyxl", "docx", "docxtpl", "jinja2", "screenplain", "xlsxwriter", "PIL")


def test_importing_the_cli_loads_no_heavy_library():
    code = (
        "import sys, prodbridge.cli; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_root_help_loads_no_heavy_library():
    code = (
        "import sys\n"
        "from prodbridge.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('LOADED=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "LOADED="
