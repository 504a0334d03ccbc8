"""`prodbridge plan` end to end on the fixtures: JSON on stdout alone, exit codes, files written."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.conftest import FIXTURES

SCHEDULES = FIXTURES / "schedules"
CROSSING = str(FIXTURES / "scripts" / "the-crossing.fdx")
TRAVERSEE = str(FIXTURES / "scripts" / "la-traversee.fdx")
CONFIG = str(FIXTURES / "prodbridge.toml")


def invoke(*args: str):
    return CliRunner().invoke(cli, ["plan", *args])


def test_json_prints_the_days_and_alerts_on_stdout_alone():
    result = invoke(
        str(SCHEDULES / "the-crossing-stripboard.xlsx"), "--script", CROSSING, "--config", CONFIG, "--json"
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == ["days", "alerts"]
    assert document["days"] == [
        {"day": 1, "date": "2026-03-02", "scenes": ["3", "8", "13", "24", "28", "19"]},
        {"day": 2, "date": "2026-03-03", "scenes": ["12", "12A", "23", "31"]},
        {"day": 3, "date": "2026-03-04", "scenes": ["6", "7", "17", "25", "26"]},
        {"day": 4, "date": "2026-03-05", "scenes": ["2", "5", "9", "27", "27A"]},
        {"day": 5, "date": "2026-03-06", "scenes": ["1", "27B", "32", "34"]},
        {"day": 6, "date": "2026-03-09", "scenes": ["4", "15", "18", "33"]},
        {"day": 7, "date": "2026-03-10", "scenes": ["11", "20", "21", "22", "29"]},
        {"day": 8, "date": "2026-03-11", "scenes": ["10", "14", "16"]},
    ]
    assert all(set(a) == {"code", "level", "text", "scene", "day"} for a in document["alerts"])
    unbooked = sorted(a["day"] for a in document["alerts"] if a["code"] == "ic-not-booked")
    # the config books the IC on every other intimate day; day 5's only "intimate" scene is the
    # second reader's false alarm on a ferry rail (34), which the IC would reject
    assert unbooked == [4, 5, 7]
    assert not [a for a in document["alerts"] if a["code"] == "scene-not-in-script"]


def test_json_for_the_french_plan_shows_the_scripts_scene_ids():
    result = invoke(str(SCHEDULES / "la-traversee-plan.xlsx"), "--script", TRAVERSEE, "--json")
    assert result.exit_code == 0, result.stderr
    days = json.loads(result.stdout)["days"]
    assert days[0] == {"day": 1, "date": "2026-04-13", "scenes": ["3", "14", "14 BIS", "18", "28"]}
    assert [d["day"] for d in days] == [1, 2, 3, 4, 5, 6, 7, 8]
    alerts = json.loads(result.stdout)["alerts"]
    assert any(a["text"].startswith("Séq. ") for a in alerts)


def test_the_workbook_is_written_and_a_second_run_on_it_changes_nothing(tmp_path):
    once, twice = tmp_path / "plan.xlsx", tmp_path / "plan-again.xlsx"
    first = invoke(
        str(SCHEDULES / "the-crossing-stripboard.xlsx"),
        "--script",
        CROSSING,
        "--config",
        CONFIG,
        "-o",
        str(once),
    )
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    assert f"{once}: 8 shooting day(s)" in first.stderr
    second = invoke(str(once), "--script", CROSSING, "--config", CONFIG, "-o", str(twice))
    assert second.exit_code == 0, second.stderr
    assert twice.read_bytes() == once.read_bytes()
    names = zipfile.ZipFile(io.BytesIO(once.read_bytes())).namelist()
    assert "xl/worksheets/sheet2.xml" in names


def test_strict_exits_4_when_alerts_are_raised_and_still_writes_the_file(tmp_path):
    out = tmp_path / "plan.xlsx"
    result = invoke(
        str(SCHEDULES / "the-crossing-stripboard.xlsx"),
        "--script",
        CROSSING,
        "--config",
        CONFIG,
        "-o",
        str(out),
        "--strict",
    )
    assert result.exit_code == 4
    assert out.is_file()
    assert "warning: Day 4 (2026-03-05): intimate scenes" in result.stderr


def test_a_csv_schedule_can_be_written_back_as_csv_with_forced_dialect(tmp_path):
    out = tmp_path / "plan.csv"
    result = invoke(
        str(SCHEDULES / "flat-cp1252.csv"),
        "--script",
        TRAVERSEE,
        "-o",
        str(out),
        "--delimiter",
        ";",
        "--encoding",
        "cp1252",
        "--lang",
        "fr",
    )
    assert result.exit_code == 0, result.stderr
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[3] == (
        "Jour;Date;Séq.;Effet;Int/Ext;Décor;Pages;Rôles;Résumé;Intimité;Coordination intimité;"
        "Plateau fermé;Échéance avenant;Revue intimité"
    )
    # The summary cell that starts with "-" is written as text, never as a formula. (What the
    # intimacy cells hold is the detector's, pinned by the golden scan, not this test's.)
    bis = next(line for line in lines if line.startswith(";;14 BIS;")).split(";")
    assert bis[8] == "'- Raccord costume avec séq. 14."
    assert len(bis) == 14


def test_an_opendocument_schedule_is_written_as_a_new_workbook(tmp_path):
    out = tmp_path / "week2.xlsx"
    result = invoke(str(SCHEDULES / "the-crossing-week2.ods"), "--script", CROSSING, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert zipfile.ZipFile(out).read("xl/workbook.xml").count(b"<sheet ") == 2


def test_an_output_that_is_the_input_is_refused_and_nothing_is_written(tmp_path):
    schedule = tmp_path / "board.xlsx"
    schedule.write_bytes((SCHEDULES / "the-crossing-stripboard.xlsx").read_bytes())
    result = invoke(str(schedule), "--script", CROSSING, "-o", str(schedule))
    assert result.exit_code == 1
    assert "refusing to overwrite an input file" in result.stderr
    assert schedule.read_bytes() == (SCHEDULES / "the-crossing-stripboard.xlsx").read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give -o/--output for the annotated schedule, or --json"),
        (["-o", "plan.csv"], "a xlsx schedule is written as .xlsx, not .csv"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, message):
    out_args = [a if a != "plan.csv" else str(tmp_path / "plan.csv") for a in args]
    result = invoke(str(SCHEDULES / "the-crossing-stripboard.xlsx"), "--script", CROSSING, *out_args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "plan.csv").exists()


def test_an_encrypted_schedule_is_one_line_and_exit_3(tmp_path):
    locked = tmp_path / "plan.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")
    )
    result = invoke(str(locked), "--script", CROSSING, "-o", str(tmp_path / "out.xlsx"))
    assert result.exit_code == 3
    assert (
        result.stderr
        == f"prodbridge: {locked}: the workbook is password-protected (encrypted); save an unprotected copy\n"
    )
    assert not (tmp_path / "out.xlsx").exists()


def test_help_shows_the_options():
    result = invoke("--help")
    assert result.exit_code == 0
    for option in ("--script", "--output", "--breakdown", "--json", "--strict", "--delimiter", "--encoding"):
        assert option in result.output


def test_the_ics_review_in_the_breakdown_workbook_drives_the_alerts(tmp_path):
    import openpyxl

    workbook = tmp_path / "breakdown.xlsx"
    made = CliRunner().invoke(cli, ["breakdown", CROSSING, "-o", str(workbook), "--config", CONFIG])
    assert made.exit_code == 0, made.stderr
    book = openpyxl.load_workbook(workbook)
    sheet = book["Intimacy"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in ("Scene", "Status", "Rider status", "Rider date")}
    for row in range(2, sheet.max_row + 1):
        scene = str(sheet.cell(row, column["Scene"]).value)
        if scene == "12":
            sheet.cell(row, column["Status"]).value = "confirmed"
            sheet.cell(row, column["Rider status"]).value = "signed"
            sheet.cell(row, column["Rider date"]).value = "2026-02-25"
        elif scene == "5":
            sheet.cell(row, column["Status"]).value = "rejected"
    book.save(workbook)

    result = invoke(
        str(SCHEDULES / "the-crossing-stripboard.xlsx"),
        "--script",
        CROSSING,
        "--config",
        CONFIG,
        "--breakdown",
        str(workbook),
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    alerts = json.loads(result.stdout)["alerts"]
    assert [a["code"] for a in alerts if a["scene"] == "12"] == ["closed-set"]
    assert [a for a in alerts if a["scene"] == "5"] == []
    assert any(a["scene"] == "12A" and a["code"] == "finding-unreviewed" for a in alerts)
