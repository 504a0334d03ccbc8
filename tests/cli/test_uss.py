"""USS wherever a schedule is accepted: plan writes .uss back, callsheet reads it, --board picks."""

from __future__ import annotations

import json

from click.testing import CliRunner
from docx import Document

from prodbridge.cli import cli
from tests.conftest import CORPUS, FIXTURES

USS = str(FIXTURES / "schedules" / "the-crossing.uss")
SCRIPT = str(FIXTURES / "scripts" / "the-crossing.fdx")
CONFIG = str(FIXTURES / "prodbridge.toml")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_plan_json_from_uss_gives_the_boards_days_and_scenes():
    result = run("plan", USS, "--script", SCRIPT, "--config", CONFIG, "--json")
    assert result.exit_code == 0, result.stderr
    days = json.loads(result.stdout)["days"]
    assert [(d["day"], d["date"]) for d in days][:5] == [
        (1, "2026-03-02"), (2, "2026-03-03"), (3, "2026-03-04"), (4, "2026-03-05"), (5, "2026-03-09"),
    ]
    assert days[2]["scenes"] == ["12", "12A", "23"]


def test_plan_writes_a_uss_that_validates_against_the_official_schema(tmp_path):
    import jsonschema

    out = tmp_path / "plan.uss"
    result = run("plan", USS, "--script", SCRIPT, "--config", CONFIG, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    schema = json.loads((CORPUS / "production" / "uss-schema-1.0.0.json").read_text(encoding="utf-8"))
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    names = [c.get("name") for c in doc["universalScheduleStandard"]["categories"]]
    assert "Intimacy" in names


def test_a_uss_schedule_cannot_be_written_as_xlsx(tmp_path):
    result = run("plan", USS, "--script", SCRIPT, "--config", CONFIG, "-o", str(tmp_path / "plan.xlsx"))
    assert result.exit_code == 2
    assert "a uss schedule is written as .uss" in result.stderr


def test_callsheet_from_a_uss_schedule_lists_the_days_scenes(tmp_path):
    out = tmp_path / "day3.docx"
    result = run("callsheet", "--schedule", USS, "--script", SCRIPT, "--config", CONFIG, "--day", "3", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = "\n".join(
        cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    assert "12A" in text and "CLOSED SET" in text


def test_an_unknown_board_is_a_usage_error_listing_the_boards(tmp_path):
    result = run(
        "callsheet", "--schedule", USS, "--script", SCRIPT, "--config", CONFIG,
        "--day", "1", "--board", "Nope", "-o", str(tmp_path / "x.docx"),
    )
    assert result.exit_code == 2
    assert "'Shooting Schedule' (8 shooting days)" in result.stderr
    assert not (tmp_path / "x.docx").exists()
