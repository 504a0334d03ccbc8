"""Golden scan dumps: the whole `scan --json` document of each bundled script, compared exactly.

pandoc's `.native` idea: any change in what prodbridge reads or detects shows up here as a
readable diff. After an intended change, regenerate with
`PRODBRIDGE_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py` and review the diff.
Comparisons never flatten whitespace.
"""

from __future__ import annotations

import json
import os

import pytest

from prodbridge.pipeline.scan import scan
from prodbridge.writers.report_json import dumps, scan_document
from tests.conftest import FIXTURES, ROOT

GOLDEN = ROOT / "tests" / "golden"
SCRIPTS = sorted(p for p in (FIXTURES / "scripts").iterdir() if p.suffix in (".fdx", ".fountain"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_scan_json_matches_the_golden_dump(script):
    # The bundled config is The Crossing's (its cast ages); the other scripts are read without.
    config = FIXTURES / "prodbridge.toml" if script.name == "the-crossing.fdx" else None
    result = scan(script, config=config)
    relative = script.relative_to(ROOT)
    actual = dumps(scan_document(result.loaded.script, result.findings, relative))
    golden = GOLDEN / f"{script.name}.scan.json"
    if os.environ.get("PRODBRIDGE_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"missing {golden}: run with PRODBRIDGE_UPDATE_GOLDEN=1"
    assert json.loads(actual) == json.loads(golden.read_text(encoding="utf-8"))
    assert actual == golden.read_text(encoding="utf-8")
