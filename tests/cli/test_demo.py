"""`prodbridge demo`: the whole pipeline on the bundled example, printed, and reproducible."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from prodbridge.cli import cli
from tests.ops_fixtures import tree_hashes


def test_demo_runs_everything_says_where_and_a_rerun_is_identical(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        "batch/.prodbridge-output",
        "batch/batch-report.json",
        "batch/la-traversee-plan.plan.xlsx",
        "batch/la-traversee.breakdown.xlsx",
        "batch/la-traversee.scan.json",
        "batch/la-traversee.tagged.fdx",
        "batch/night-shift.breakdown.xlsx",
        "batch/night-shift.scan.json",
        "batch/the-crossing-stripboard.plan.xlsx",
        "batch/the-crossing.breakdown.xlsx",
        "batch/the-crossing.scan.json",
        "batch/the-crossing.tagged.fdx",
        "inputs/prodbridge.toml",
        "inputs/schedules/la-traversee-plan.xlsx",
        "inputs/schedules/the-crossing-stripboard.xlsx",
        "inputs/scripts/la-traversee.fdx",
        "inputs/scripts/night-shift.fountain",
        "inputs/scripts/the-crossing.fdx",
        "nightly/.prodbridge-nightly.lock",
        "nightly/2026-03-03/annex-restricted.docx",
        "nightly/2026-03-03/callsheet.docx",
        "nightly/2026-03-03/performers/performer-1-helen.docx",
        "nightly/2026-03-03/performers/performer-2-daniel.docx",
        "nightly/2026-03-03/plan.xlsx",
        "nightly/2026-03-03/report.json",
    ]
    printed = [line.split("-> ", 1)[1] for line in result.stdout.splitlines() if "-> " in line]
    for name in written:
        if not name.startswith("inputs/") and not name.rsplit("/", 1)[-1].startswith("."):
            assert str(out / name) in printed, name
    report = json.loads((out / "nightly" / "2026-03-03" / "report.json").read_text(encoding="utf-8"))
    assert (report["status"], report["day"]) == ("alert", 2)
    first = tree_hashes(out)
    again = CliRunner().invoke(cli, ["demo", "--out", str(out)], catch_exceptions=False)
    assert again.exit_code == 0
    assert again.stdout == result.stdout
    second = tree_hashes(out)
    del first["nightly/.prodbridge-nightly.lock"], second["nightly/.prodbridge-nightly.lock"]  # holds the pid
    assert second == first
