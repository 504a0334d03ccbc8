"""The annotated schedule: in-place patch, untouched parts byte for byte, idempotent, no formulas."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import warnings
import zipfile
from datetime import date, datetime, time

import openpyxl
import pytest
import xlsxwriter

from prodbridge.analysis.rules import Policy, check, scene_flags
from prodbridge.model import Breakdown, BreakdownEntry, Evidence, Finding, Review
from prodbridge.options import ReadOptions, WriteOptions
from prodbridge.readers.schedule import read
from prodbridge.writers.plan_xlsx import Plan, neutralise, write, write_csv
from tests.conftest import CORPUS, FIXTURES

SCHEDULES = FIXTURES / "schedules"
EDITED = {
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/workbook.xml",
    "xl/styles.xml",
}
POLICY = Policy(ic_dates=frozenset({date(2026, 3, 2)}), crew_call=time(7, 0), now=datetime(2026, 2, 20, 9, 0))


def entry(ident, codes, status="proposed", **review):
    evidence = (Evidence(3, codes[0], "naked", "She stands naked at the window, breasts bare."),)
    return BreakdownEntry(
        ident, Finding(1, codes, 0.9, ("HELEN", "DANIEL"), evidence), Review(ident, status=status, **review)
    )


CROSSING = Breakdown(
    (
        entry(
            "12",
            ("KIS", "SEX-S"),
            "confirmed",
            rider_status="signed",
            rider_date=date(2026, 2, 25),
            nudity={"HELEN": "full frontal"},
            garments="flesh-tone thong",
        ),
        entry("12A", ("NUD-I", "SEX-S")),
        entry("23", ("NUD-P", "UND", "SEX-S"), "confirmed", rider_status="pending"),
        entry("27A", ("KIS",)),
    )
)


def make(name, breakdown=CROSSING, lang="en", policy=POLICY, data=None, **options):
    data = data if data is not None else (SCHEDULES / name).read_bytes()
    source = ReadOptions(name=name, **options)
    schedule, _ = read(data, source)
    alerts = check(schedule, breakdown, policy)
    plan = Plan(schedule, scene_flags(schedule, breakdown, policy), alerts, {}, policy.ic_dates)
    return data, plan, source


def run(name, **kwargs):
    data, plan, source = make(name, **kwargs)
    return data, write(plan, WriteOptions(lang=kwargs.get("lang", "en")), data, source=source)


def parts(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {n: archive.read(n) for n in archive.namelist()}


def values(data: bytes, sheet: str) -> list[tuple]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(io.BytesIO(data))
    return [tuple(row) for row in book[sheet].iter_rows(values_only=True)]


# --- what is edited and what survives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sheet_part", "new_part"),
    [
        ("the-crossing-stripboard.xlsx", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"),
        ("la-traversee-plan.xlsx", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"),
        ("rich-xlsxwriter.xlsx", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"),
    ],
)
def test_only_the_schedule_sheet_and_workbook_plumbing_change_every_other_part_is_byte_identical(
    name, sheet_part, new_part
):
    before_data, after_data = run(name)
    before, after = parts(before_data), parts(after_data)
    changed = {n for n in before if before[n] != after[n]}
    assert changed == EDITED | {sheet_part}
    assert set(after) - set(before) == {new_part}
    for part in set(before) - changed:
        assert after[part] == before[part], part


def test_the_rich_workbooks_image_chart_comment_validation_data_bar_and_names_survive():
    before_data, after_data = run("rich-xlsxwriter.xlsx")
    before, after = parts(before_data), parts(after_data)
    for part in (
        "xl/media/image1.png",
        "xl/charts/chart1.xml",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/drawings/drawing1.xml",
        "xl/worksheets/sheet2.xml",
        "docProps/app.xml",
    ):
        assert after[part] == before[part]
    sheet = after["xl/worksheets/sheet1.xml"]
    for kept in (
        b'<dataValidation type="list"',
        b'<cfRule type="dataBar" priority="1">',
        b"<x14:dataBar ",
        b'<drawing r:id="rId1"/>',
        b'<legacyDrawing r:id="rId2"/>',
    ):
        assert kept in sheet
    workbook = after["xl/workbook.xml"]
    assert b'<definedName name="BlockOne" localSheetId="0">Schedule!$A$4:$I$18</definedName>' in workbook
    assert b'<definedName name="CastList">Cast!$A$2:$C$6</definedName>' in workbook


def test_a_macro_workbooks_vba_project_survives_and_it_stays_macro_enabled():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Board")
    for r, row in enumerate(
        [["Sc.", "Set", "Day"], ["12", "HOUSEBOAT - SALOON", 2], ["23", "HOUSEBOAT - CABIN", 2]]
    ):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    vba = b"\xd0\xcf\x11\xe0 stand-in for a real vbaProject.bin " * 20
    book.add_vba_project(io.BytesIO(vba), is_stream=True)
    book.close()
    data = buffer.getvalue()
    _, plan, source = make("board.xlsm", data=data)
    assert plan.schedule.format == "xlsm"
    assert read(data, ReadOptions(name="misnamed.xlsx"))[0].format == "xlsm"
    out = write(plan, WriteOptions(), data, source=source)
    assert parts(out)["xl/vbaProject.bin"] == vba
    assert b"application/vnd.ms-excel.sheet.macroEnabled.main+xml" in parts(out)["[Content_Types].xml"]


def test_an_excel_made_workbook_from_another_tool_is_patched_without_touching_its_other_parts():
    data = (CORPUS / "production" / "scenelist-form-korean.xlsx").read_bytes()
    _, plan, source = make("scenelist.xlsx", data=data)
    out = write(plan, WriteOptions(), data, source=source)
    before, after = parts(data), parts(out)
    changed = {n for n in before if before[n] != after[n]}
    assert changed == EDITED | {"xl/worksheets/sheet1.xml"}
    assert values(out, "Sheet1")[1][-5:] == (
        "Intimacy",
        "IC required",
        "Closed set",
        "Rider deadline",
        "Intimacy review",
    )


# --- the columns ------------------------------------------------------------------------------


def test_the_public_columns_follow_the_last_used_column_and_fill_intimate_rows_only():
    _, out = run("the-crossing-stripboard.xlsx")
    rows = values(out, "Stripboard")
    assert rows[4][7:] == ("Intimacy", "IC required", "Closed set", "Rider deadline", "Intimacy review")
    by_scene = {row[0]: row[7:] for row in rows[5:] if row[0]}
    assert by_scene["12"] == ("KIS, SEX-S", "Yes", "CLOSED SET", "2026-03-01 07:00", "confirmed")
    assert by_scene["12A"] == ("NUD-I, SEX-S", "Yes", "CLOSED SET", "2026-03-01 07:00", "to review")
    assert by_scene["27A"] == ("KIS", "Yes", None, None, "to review")
    assert by_scene["3"] == (None, None, None, None, None)
    banner = next(row for row in rows if str(row[0]).startswith("End of Day 2"))
    assert banner[7:] == (None, None, None, None, None)


def test_nothing_below_the_public_level_reaches_the_workbook():
    _, out = run("the-crossing-stripboard.xlsx")
    text = b" ".join(parts(out)[p] for p in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"))
    for secret in (b"full frontal", b"thong", b"naked", b"breasts", b"pending", b"2026-02-25", b"HELEN"):
        assert secret not in text


def test_rows_are_highlighted_by_one_conditional_format_on_the_codes_column():
    _, out = run("the-crossing-stripboard.xlsx")
    sheet = parts(out)["xl/worksheets/sheet1.xml"].decode()
    assert re.findall(r"<conditionalFormatting .*?</conditionalFormatting>", sheet) == [
        '<conditionalFormatting sqref="A6:L49"><cfRule type="expression" dxfId="0" priority="1">'
        "<formula>LEN($H6)&gt;0</formula></cfRule></conditionalFormatting>"
    ]
    styles = parts(out)["xl/styles.xml"].decode()
    assert '<dxfs count="1"><dxf><fill><patternFill patternType="solid"><fgColor rgb="FFF6D5DF"/>' in styles


def test_french_labels_for_a_french_plan():
    _, out = run(
        "la-traversee-plan.xlsx",
        lang="fr",
        breakdown=Breakdown((entry("14BIS", ("NUD-I",)),)),
        policy=Policy(lang="fr", now=datetime(2026, 4, 1)),
    )
    rows = values(out, "PDT")
    assert rows[4][9:] == (
        "Intimité",
        "Coordination intimité",
        "Plateau fermé",
        "Échéance avenant",
        "Revue intimité",
    )
    bis = next(row for row in rows if row[2] == "14 BIS")
    assert bis[9:] == ("NUD-I", "Oui", "PLATEAU FERMÉ", "2026-04-11 00:00", "à revoir")
    assert values(out, "Intimité")[0][0].startswith("Plan intimité prodbridge")


# --- the Intimacy sheet -------------------------------------------------------------------------


def test_the_intimacy_sheet_summarises_each_day_then_lists_the_alerts():
    _, out = run("the-crossing-stripboard.xlsx")
    rows = [tuple(v for v in row if v is not None) for row in values(out, "Intimacy")]
    assert rows[2:7] == [
        ("Shooting days",),
        (
            "Day",
            "Date",
            "Scenes",
            "Intimate scenes",
            "Codes",
            "IC",
            "Closed set",
            "Rider deadline",
            "To review",
        ),
        (1, "2026-03-02", "3, 8, 13, 24, 28, 19", "none"),
        (
            2,
            "2026-03-03",
            "12, 12A, 23, 31",
            "12, 12A, 23",
            "KIS, SEX-S, NUD-I, NUD-P, UND",
            "NOT BOOKED",
            "12, 12A, 23",
            "2026-03-01 07:00",
            "12A",
        ),
        (3, "2026-03-04", "6, 7, 17, 25, 26", "none"),
    ]
    alerts_at = rows.index(("Alerts",))
    assert rows[alerts_at + 1] == ("Level", "Code", "Day", "Scene", "Alert")
    assert rows[alerts_at + 2 :] == [
        (
            "BLOCKING",
            "ic-not-booked",
            2,
            "Day 2 (2026-03-03): intimate scenes 12, 12A, 23 but no intimacy coordinator booked.",
        ),
        ("info", "closed-set", 2, "12", "Scene 12 (day 2): closed set."),
        (
            "warning",
            "finding-unreviewed",
            2,
            "12A",
            "Scene 12A (day 2): intimacy findings not yet reviewed by the IC.",
        ),
        (
            "warning",
            "rider-unsigned",
            2,
            "12A",
            "Scene 12A (day 2): rider not signed yet; deadline 2026-03-01 07:00 (48 h before call).",
        ),
        ("info", "closed-set", 2, "12A", "Scene 12A (day 2): closed set."),
        (
            "warning",
            "rider-unsigned",
            2,
            "23",
            "Scene 23 (day 2): rider not signed yet; deadline 2026-03-01 07:00 (48 h before call).",
        ),
        ("info", "closed-set", 2, "23", "Scene 23 (day 2): closed set."),
        (
            "warning",
            "ic-not-booked",
            4,
            "Day 4 (2026-03-05): intimate scenes 27A but no intimacy coordinator booked.",
        ),
        (
            "warning",
            "finding-unreviewed",
            4,
            "27A",
            "Scene 27A (day 4): intimacy findings not yet reviewed by the IC.",
        ),
    ]


def test_a_users_own_intimacy_sheet_is_left_alone():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    board = book.add_worksheet("Board")
    for r, row in enumerate([["Sc", "Set", "Day"], ["12", "SALOON", 2]]):
        board.write_row(r, 0, row)
    book.add_worksheet("Intimacy").write_string(0, 0, "IC contact sheet, kept by hand")
    book.close()
    data = buffer.getvalue()
    _, plan, source = make("board.xlsx", data=data)
    once = write(plan, WriteOptions(), data, source=source)
    twice = write(read(once, ReadOptions(name="board.xlsx"))[0] and plan, WriteOptions(), once, source=source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        names = openpyxl.load_workbook(io.BytesIO(twice)).sheetnames
    assert names == ["Board", "Intimacy", "Intimacy (prodbridge)"]
    assert parts(twice)["xl/worksheets/sheet2.xml"] == parts(data)["xl/worksheets/sheet2.xml"]


# --- re-runs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["the-crossing-stripboard.xlsx", "la-traversee-plan.xlsx", "rich-xlsxwriter.xlsx"]
)
def test_running_plan_on_its_own_output_changes_nothing(name):
    _, once = run(name)
    _, twice = run(name, data=once)
    assert twice == once


def test_a_rerun_updates_its_columns_in_place_and_clears_rejected_scenes():
    _, once = run("the-crossing-stripboard.xlsx")
    changed = Breakdown((entry("12", ("KIS", "SEX-S"), "rejected"), entry("31", ("KIS", "TCH"), "confirmed")))
    _, twice = run("the-crossing-stripboard.xlsx", data=once, breakdown=changed)
    rows = values(twice, "Stripboard")
    assert rows[4][7:] == ("Intimacy", "IC required", "Closed set", "Rider deadline", "Intimacy review")
    assert len(rows[4]) == 12
    by_scene = {row[0]: row[7:] for row in rows[5:] if row[0]}
    assert by_scene["12"] == (None, None, None, None, None)
    assert by_scene["31"] == ("KIS, TCH", "Yes", None, None, "confirmed")
    assert parts(twice)["xl/worksheets/sheet1.xml"].count(b"<conditionalFormatting") == 1
    assert parts(twice)["xl/styles.xml"] == parts(once)["xl/styles.xml"]


# --- formulas ---------------------------------------------------------------------------------


def test_text_starting_with_formula_characters_is_never_written_as_a_formula():
    data, plan, source = make("the-crossing-stripboard.xlsx")
    hostile = Plan(
        plan.schedule,
        plan.flags,
        plan.alerts,
        {"12": '=HYPERLINK("http://evil","x")', "3": "+3", "8": "-8"},
        plan.ic_dates,
    )
    out = write(hostile, WriteOptions(), data, source=source)
    for name, payload in parts(out).items():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in payload and b"<f " not in payload
    rows = values(out, "Intimacy")
    assert rows[4][2] == "+3, -8, 13, 24, 28, 19"
    assert rows[5][2] == '=HYPERLINK("http://evil","x"), 12A, 23, 31'


# --- CSV and other inputs -----------------------------------------------------------------------


def test_a_csv_schedule_becomes_a_new_workbook_with_its_cells_as_typed():
    data = "Séq.;Jour;Décor;Notes\r\n12;2;HOUSEBOAT;=1+1\r\n23;2;CABIN;007\r\n".encode("cp1252")
    _, plan, source = make("plan.csv", data=data)
    out = write(plan, WriteOptions(), data, source=source)
    rows = values(out, "Schedule")
    assert rows[0] == (
        "Séq.",
        "Jour",
        "Décor",
        "Notes",
        "Intimacy",
        "IC required",
        "Closed set",
        "Rider deadline",
        "Intimacy review",
    )
    assert rows[1][:4] == (12, 2, "HOUSEBOAT", "=1+1")
    assert rows[2][:4] == (23, 2, "CABIN", "007")
    assert rows[1][4:] == ("KIS, SEX-S", "Yes", "CLOSED SET", "unknown", "confirmed")  # day 2 has no date
    assert b"<f>" not in parts(out)["xl/worksheets/sheet1.xml"]


def test_the_french_csv_fixture_becomes_a_workbook_with_the_same_days():
    data, plan, source = make("flat-cp1252.csv", breakdown=Breakdown((entry("14 BIS", ("NUD-I",)),)))
    out = write(plan, WriteOptions(lang="fr"), data, source=source)
    schedule, _ = read(out, ReadOptions(name="plan.xlsx"))
    assert [(d.number, d.scenes) for d in schedule.days] == [(d.number, d.scenes) for d in plan.schedule.days]
    assert next(r for r in values(out, "Plan de travail") if r[2] == "14 BIS")[9:] == (
        "NUD-I",
        "Oui",
        "PLATEAU FERMÉ",
        "2026-04-11 07:00",
        "à revoir",
    )


def test_a_csv_output_keeps_the_delimiter_adds_the_columns_and_neutralises_formulas():
    data = b'Sc;Set;Day;Notes\r\n12;SALOON;2;=HYPERLINK("x")\r\n3;KITCHEN;1;-2\r\n'
    _, plan, source = make("board.csv", data=data)
    out = write_csv(plan, WriteOptions(), data, source=source)
    assert out.startswith(b"\xef\xbb\xbf")
    assert out.decode("utf-8-sig").split("\r\n") == [
        "Sc;Set;Day;Notes;Intimacy;IC required;Closed set;Rider deadline;Intimacy review",
        '12;SALOON;2;"\'=HYPERLINK(""x"")";KIS, SEX-S;Yes;CLOSED SET;unknown;confirmed',
        "3;KITCHEN;1;-2;;;;;",
        "",
    ]
    schedule, _ = read(out, ReadOptions(name="board.csv"))
    assert write_csv(Plan(schedule, plan.flags, plan.alerts), WriteOptions(), out, source=source) == out


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 7700", "'+44 7700"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2", "-2"),
        ("+3,5", "+3,5"),
        ("- voir note", "'- voir note"),
        ("\tx", "'\tx"),
        ("Scene 12", "Scene 12"),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(value, expected):
    assert neutralise(value) == expected


def test_an_opendocument_schedule_becomes_a_new_workbook():
    data, plan, source = make("the-crossing-week2.ods", breakdown=Breakdown((entry("15", ("KIS", "MIN")),)))
    out = write(plan, WriteOptions(), data, source=source)
    rows = values(out, "Week 2")
    assert rows[2][6:] == ("Intimacy", "IC required", "Closed set", "Rider deadline", "Intimacy review")
    assert next(r for r in rows if r[0] == "15")[6:] == ("KIS, MIN", "Yes", None, None, "to review")


# --- a real client ------------------------------------------------------------------------------


@pytest.mark.client
def test_libreoffice_opens_the_patched_workbook_and_sees_the_columns(tmp_path):
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed for client tests"
    _, out = run("rich-xlsxwriter.xlsx")
    target = tmp_path / "plan.xlsx"
    target.write_bytes(out)
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    lines = (tmp_path / "plan.csv").read_text(encoding="utf-8", errors="replace").splitlines()
    assert lines[2].endswith("Intimacy,IC required,Closed set,Rider deadline,Intimacy review")
    assert any(line.startswith("2,03/03/2026,12,") and "KIS, SEX-S" in line for line in lines)


def test_the_same_inputs_give_the_same_bytes_even_for_a_new_workbook():
    data, plan, source = make("flat-cp1252.csv")
    assert write(plan, WriteOptions(), data, source=source) == write(plan, WriteOptions(), data, source=source)


def test_a_1904_workbook_keeps_its_date_system_and_its_days():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "date_1904": True})
    sheet = book.add_worksheet("Board")
    dated = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["Sc.", "Date", "Set"])
    for r, (scene, day) in enumerate([("12", 3), ("23", 3), ("3", 2)], start=1):
        sheet.write_string(r, 0, scene)
        sheet.write_datetime(r, 1, datetime(2026, 3, day), dated)
        sheet.write_string(r, 2, "HOUSEBOAT")
    book.close()
    data = buffer.getvalue()
    _, plan, source = make("old-mac.xlsx", data=data)
    out = write(plan, WriteOptions(), data, source=source)
    assert b'<workbookPr date1904="1"' in parts(out)["xl/workbook.xml"]
    again, _ = read(out, ReadOptions(name="old-mac.xlsx"))
    assert [(d.number, d.date, d.scenes) for d in again.days] == [
        (1, date(2026, 3, 2), ("3",)),
        (2, date(2026, 3, 3), ("12", "23")),
    ]
