"""Schedule reading: header anywhere, EN/FR synonyms, days from columns, merges, dates or banners."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
import xlsxwriter

from prodbridge.errors import InputError
from prodbridge.options import ReadOptions
from prodbridge.readers.schedule import DateReader, read, scene_ids, sniff
from tests.conftest import CORPUS, FIXTURES

SCHEDULES = FIXTURES / "schedules"
CROSSING_DAYS = [
    (1, date(2026, 3, 2), ("3", "8", "13", "24", "28", "19")),
    (2, date(2026, 3, 3), ("12", "12A", "23", "31")),
    (3, date(2026, 3, 4), ("6", "7", "17", "25", "26")),
    (4, date(2026, 3, 5), ("2", "5", "9", "27", "27A")),
    (5, date(2026, 3, 6), ("1", "27B", "32", "34")),
    (6, date(2026, 3, 9), ("4", "15", "18", "33")),
    (7, date(2026, 3, 10), ("11", "20", "21", "22", "29")),
    (8, date(2026, 3, 11), ("10", "14", "16")),
]
TRAVERSEE_DAYS = [
    (1, date(2026, 4, 13), ("3", "14", "14BIS", "18", "28")),
    (2, date(2026, 4, 14), ("12", "13", "21", "24")),
    (3, date(2026, 4, 15), ("6", "7", "17", "22", "23")),
    (4, date(2026, 4, 16), ("2", "5", "9", "25", "26", "31")),
    (5, date(2026, 4, 17), ("1", "27", "30", "32")),
    (6, date(2026, 4, 20), ("4", "15", "8", "16")),
    (7, date(2026, 4, 21), ("11", "19", "20", "29")),
    (8, date(2026, 4, 22), ("10",)),
]


def days(schedule):
    return [(d.number, d.date, d.scenes) for d in schedule.days]


def load(name: str, **options):
    return read((SCHEDULES / name).read_bytes(), ReadOptions(name=name, **options))


def workbook(rows, *, merges=(), date1904=False, formats=None) -> bytes:
    """A small xlsx: ``rows`` are lists of values (datetime → a dated cell)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "date_1904": date1904, "strings_to_numbers": False}
    )
    sheet = book.add_worksheet("Board")
    dated = book.add_format({"num_format": "dd/mm/yyyy"})
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if isinstance(value, datetime):
                sheet.write_datetime(r, c, value, dated)
            elif isinstance(value, str):
                sheet.write_string(r, c, value)
            elif value is not None:
                sheet.write_number(r, c, value)
    for r1, c1, r2, c2, value in merges:
        sheet.merge_range(r1, c1, r2, c2, value)
    book.close()
    return buffer.getvalue()


# --- the fixtures -------------------------------------------------------------------------------


def test_the_english_stripboard_takes_its_days_from_end_of_day_banners():
    schedule, issues = load("the-crossing-stripboard.xlsx")
    assert issues == []
    assert (schedule.format, schedule.sheet, schedule.header_row) == ("xlsx", "Stripboard", 5)
    assert schedule.columns == {
        "scene": 1,
        "int_ext": 2,
        "set": 3,
        "time_of_day": 4,
        "pages": 5,
        "cast": 6,
        "location": 7,
    }
    assert days(schedule) == CROSSING_DAYS
    first = schedule.rows[0]
    assert (
        first.row,
        first.scene_id,
        first.day,
        first.int_ext,
        first.set,
        first.time_of_day,
        first.eighths,
        first.cast,
    ) == (6, "3", 1, "INT", "ANNA'S FLAT - KITCHEN", "DAY", 6, ("1", "3"))
    assert len(schedule.rows) == 36


def test_the_french_plan_takes_its_days_from_merged_jour_cells_and_real_dates():
    schedule, issues = load("la-traversee-plan.xlsx")
    assert issues == []
    assert (schedule.sheet, schedule.header_row) == ("PDT", 5)
    assert schedule.columns == {
        "day": 1,
        "date": 2,
        "scene": 3,
        "time_of_day": 4,
        "int_ext": 5,
        "set": 6,
        "pages": 7,
        "cast": 8,
        "description": 9,
    }
    assert days(schedule) == TRAVERSEE_DAYS
    bis = next(r for r in schedule.rows if r.scene == "14BIS")
    assert (bis.scene_id, bis.day, bis.date, bis.description) == (
        "14 BIS",
        1,
        date(2026, 4, 13),
        "- Raccord costume avec séq. 14.",
    )


def test_the_cp1252_csv_with_semicolons_and_accented_headers_gives_the_same_days():
    schedule, issues = load("flat-cp1252.csv")
    assert [i.code for i in issues] == ["csv-encoding"]
    assert (schedule.format, schedule.header_row) == ("csv", 4)
    assert days(schedule) == TRAVERSEE_DAYS
    assert next(r for r in schedule.rows if r.scene == "25").set == "LE MISTRAL - SALLE DES MACHINES"


def test_forcing_the_wrong_delimiter_finds_no_header():
    with pytest.raises(InputError, match=r"no schedule header row found.*--delimiter"):
        load("flat-cp1252.csv", delimiter=",")


def test_the_rich_workbook_takes_its_days_from_the_day_column():
    schedule, issues = load("rich-xlsxwriter.xlsx")
    assert issues == []
    assert (schedule.sheet, schedule.header_row) == ("Schedule", 3)
    assert days(schedule) == CROSSING_DAYS[:3]
    assert [r.eighths for r in schedule.rows[:3]] == [6, 3, 4]


def test_the_opendocument_export_takes_its_days_from_day_banners():
    schedule, issues = load("the-crossing-week2.ods")
    assert issues == []
    assert (schedule.format, schedule.sheet, schedule.header_row) == ("ods", "Week 2", 3)
    assert days(schedule) == CROSSING_DAYS[5:]


# --- header detection ------------------------------------------------------------------------------


def test_a_project_header_mapping_wins_over_the_synonyms():
    data = b"Strip No.,Int/Ext,Shoot Day\r\n12,INT,1\r\n14,EXT,2\r\n"
    with pytest.raises(InputError):
        read(data, ReadOptions(name="board.csv"))
    schedule, issues = read(data, ReadOptions(name="board.csv"), columns={"scene": "Strip No."})
    assert issues == []
    assert [(r.scene, r.day) for r in schedule.rows] == [("12", 1), ("14", 2)]


def test_an_unknown_mapping_field_and_a_missing_mapped_header_are_issues():
    data = b"Sc.;D/N;Jour\r\n12;NUIT;1\r\n"
    _, issues = read(data, ReadOptions(name="plan.csv"), columns={"scenery": "Décor", "cast": "Comédiens"})
    assert [(i.code, i.text) for i in issues] == [
        (
            "unknown-column-field",
            "[schedule.columns] 'scenery' is not a schedule field (scene, int_ext, set, time_of_day, pages, eighths, "
            "cast, day, date, call, location, description)",
        ),
        ("column-not-found", "[schedule.columns] cast = 'Comédiens': no such header; synonyms used instead"),
    ]


def test_a_sheet_can_be_chosen_by_name():
    with pytest.raises(InputError, match="no sheet named 'Nope'"):
        load("rich-xlsxwriter.xlsx", sheet="Nope")


# --- days ---------------------------------------------------------------------------------------


def test_french_end_of_day_banners_in_a_csv():
    data = (
        "Séq.;Décor;Effet\n3;CUISINE;JOUR\n14;CUISINE;JOUR\n« FIN DE JOURNÉE 1 » lundi 13 avril 2026;;\n"
        "12;ENTRÉE;NUIT\nFin de journée n° 2 - mardi 14/04/2026;;\n"
    ).encode()
    schedule, _ = read(data, ReadOptions(name="plan.csv"))
    assert days(schedule) == [(1, date(2026, 4, 13), ("3", "14")), (2, date(2026, 4, 14), ("12",))]


def test_day_banners_without_numbers_are_counted_and_the_boneyard_is_unscheduled():
    data = (
        b"Sc,I/E,Set\n1,EXT,DOCK\nEnd of Day -- Monday March 2 2026\n2,INT,BRIDGE\nEND OF DAY\n"
        b"BONEYARD\n33,EXT,BEACH\n"
    )
    schedule, issues = read(data, ReadOptions(name="board.csv"))
    assert days(schedule) == [(1, date(2026, 3, 2), ("1",)), (2, None, ("2",))]
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", 1), ("2", 2), ("33", None)]
    assert issues == []


def test_strips_after_the_last_end_of_day_are_unscheduled_and_reported():
    data = b"Sc,Set\n1,DOCK\nEnd of Day 1\n2,BRIDGE\n"
    schedule, issues = read(data, ReadOptions(name="board.csv"))
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", 1), ("2", None)]
    assert [(i.code, i.location) for i in issues] == [("strips-after-last-day", "row 4")]


def test_a_day_break_whose_page_count_disagrees_with_its_strips_is_reported():
    data = b"Sc,Pages\n1,1 2/8\n2,3/8\nEnd of Day 1 -- Monday, March 2, 2026 -- 1 6/8 pages\n"
    _, issues = read(data, ReadOptions(name="board.csv"))
    assert [(i.code, i.text) for i in issues] == [
        ("day-pages-mismatch", "the day-break row says 1 6/8 pages; its strips add up to 1 5/8")
    ]


def test_a_day_column_continues_through_blank_cells_and_merged_cells():
    rows = [
        ["THE CROSSING"],
        [],
        ["Day", "Scene", "Set"],
        [1, "3", "KITCHEN"],
        [None, "8", "BATHROOM"],
        [None, "12", "SALOON"],
        [None, "12A", "CABIN"],
        ["Day 3", "6", "LANTERN"],
    ]
    data = workbook(rows, merges=[(5, 0, 6, 0, 2)])
    schedule, issues = read(data, ReadOptions(name="board.xlsx"))
    assert issues == []
    assert [(d.number, d.scenes) for d in schedule.days] == [(1, ("3", "8")), (2, ("12", "12A")), (3, ("6",))]


def test_a_date_column_alone_numbers_the_days_in_date_order_in_the_1904_system():
    rows = [
        ["Sc.", "Date", "D/N"],
        ["12", datetime(2026, 3, 3), "NIGHT"],
        ["3", datetime(2026, 3, 2), "DAY"],
        ["12A", datetime(2026, 3, 3), "NIGHT"],
    ]
    schedule, _ = read(workbook(rows, date1904=True), ReadOptions(name="old-mac.xlsx"))
    assert days(schedule) == [(1, date(2026, 3, 2), ("3",)), (2, date(2026, 3, 3), ("12", "12A"))]


def test_serial_numbers_in_a_date_column_are_dates_even_without_a_date_style():
    rows = [["Day", "Date", "Scene", "Set"], [1, 46083, "3", "KITCHEN"], [2, 46084, "12", "SALOON"]]
    schedule, _ = read(workbook(rows), ReadOptions(name="board.xlsx"))
    assert days(schedule) == [(1, date(2026, 3, 2), ("3",)), (2, date(2026, 3, 3), ("12",))]


def test_a_call_column_gives_the_days_call_time():
    data = b"Day;Date;Call;Sc.;Set\n1;2026-03-02;07:30;3;KITCHEN\n2;2026-03-03;14h00;12;SALOON\n"
    schedule, _ = read(data, ReadOptions(name="board.csv"))
    assert [d.call for d in schedule.days] == [datetime(2026, 3, 2, 7, 30), datetime(2026, 3, 3, 14, 0)]


def test_two_dates_for_one_day_keep_the_first_and_say_so():
    data = b"Jour;Date;Seq;Decor\n1;13/04/2026;3;CUISINE\n1;14/04/2026;14;CUISINE\n"
    schedule, issues = read(data, ReadOptions(name="plan.csv"))
    assert schedule.days[0].date == date(2026, 4, 13)
    assert [(i.code, i.location) for i in issues] == [("day-date-conflict", "row 3")]


def test_a_schedule_without_days_lists_every_strip_as_unscheduled():
    schedule, issues = read(b"Scene,Set\n1,DOCK\n2,BRIDGE\n", ReadOptions(name="list.csv"))
    assert schedule.days == ()
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", None), ("2", None)]
    assert [i.code for i in issues] == ["no-shooting-days"]


# --- strips ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sc. 12a", [("Sc. 12a", "12A")]),
        (12.0, [("12", "12")]),
        ("14 BIS", [("14 BIS", "14BIS")]),
        ("12, 13", [("12", "12"), ("13", "13")]),
        ("27A & 27B", [("27A", "27A"), ("27B", "27B")]),
        ("12 pt 2", [("12 pt 2", "12PT2")]),
        ("Day 6 - Mon 9 Mar 2026", []),
        ("TOTAL", []),
        (None, []),
        (datetime(2026, 3, 2), []),
    ],
)
def test_scene_cells_become_ids_as_written_and_keys(value, expected):
    assert scene_ids(value) == expected


def test_pages_typed_as_four_eighths_that_excel_turned_into_a_date_are_read_back():
    rows = [["Sc.", "Pages", "Day"], ["12", datetime(2026, 4, 8), 1], ["14", "1 3/8", 1], ["15", 0.75, 1]]
    schedule, _ = read(workbook(rows), ReadOptions(name="board.xlsx"))
    assert [r.eighths for r in schedule.rows] == [4, 11, 6]


def test_a_repeated_header_row_is_skipped_and_a_bad_scene_number_reported():
    data = b"Sc,Set,Day\n1,DOCK,1\nSc,Set,Day\n2?,BRIDGE,1\n3,BRIDGE,1\n"
    schedule, issues = read(data, ReadOptions(name="board.csv"))
    assert [r.scene for r in schedule.rows] == ["1", "3"]
    assert [(i.code, i.location, i.text) for i in issues] == [
        ("schedule-row-skipped", "row 4", "'2?' is not a scene number; row skipped")
    ]


def test_numeric_dates_follow_the_language_unless_a_day_above_12_decides():
    assert DateReader("en").parse("3/2/2026") == date(2026, 3, 2)
    assert DateReader("fr").parse("3/2/2026") == date(2026, 2, 3)
    assert DateReader("en", ["13/03/2026"]).parse("3/2/2026") == date(2026, 2, 3)
    assert DateReader("en").parse("Monday, March 2, 2026") == date(2026, 3, 2)
    assert DateReader("fr").parse("lundi 2 mars 2026") == date(2026, 3, 2)
    assert DateReader("en").parse("2026-03-02 07:00") == date(2026, 3, 2)
    assert DateReader("en").parse("March 2") is None


# --- bad input --------------------------------------------------------------------------------


def test_content_that_contradicts_the_extension_is_refused():
    ods = (SCHEDULES / "the-crossing-week2.ods").read_bytes()
    with pytest.raises(InputError, match=r"OpenDocument spreadsheet \(\.ods\), not \.xlsx"):
        read(ods, ReadOptions(name="plan.xlsx"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    with pytest.raises(InputError, match=r"Excel 97-2003 \(\.xls\) workbook, not \.xlsx"):
        read(ole, ReadOptions(name="plan.xlsx"))
    with pytest.raises(InputError, match=r"not a \.xlsx workbook: the content is plain text"):
        read(b"Sc,Set\n1,DOCK\n", ReadOptions(name="plan.xlsx"))


def test_an_encrypted_workbook_is_one_clear_line():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(InputError) as error:
        read(ole, ReadOptions(name="plan.xlsx"))
    assert (
        str(error.value)
        == "plan.xlsx: the workbook is password-protected (encrypted); save an unprotected copy"
    )


def test_a_damaged_legacy_workbook_is_one_clear_line():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    assert sniff(ole, "plan.xls") == "xls"
    with pytest.raises(InputError, match="cannot be read as a spreadsheet"):
        read(ole, ReadOptions(name="plan.xls"))


def test_truncated_and_empty_files_are_refused():
    data = (SCHEDULES / "the-crossing-stripboard.xlsx").read_bytes()
    with pytest.raises(InputError, match="damaged or truncated"):
        read(data[:3000], ReadOptions(name="board.xlsx"))
    with pytest.raises(InputError, match="empty"):
        read(b"", ReadOptions(name="board.csv"))


# --- files made by other tools (shared corpus) -----------------------------------------------------


def test_a_tab_separated_scene_list_with_a_preamble_line_is_read_unscheduled():
    data = (CORPUS / "production" / "scriptschedule-cleancode-e17-schedule.tsv").read_bytes()
    schedule, issues = read(data, ReadOptions(name="schedule.tsv"))
    assert (schedule.header_row, schedule.columns) == (2, {"set": 1, "cast": 2, "scene": 4})
    assert [r.scene for r in schedule.rows] == [str(n) for n in range(1, 172)]
    assert [i.code for i in issues] == ["no-shooting-days"]


def test_an_excel_form_with_a_merged_title_above_the_header_is_found_empty():
    data = (CORPUS / "production" / "scenelist-form-korean.xlsx").read_bytes()
    schedule, issues = read(data, ReadOptions(name="scenelist.xlsx"))
    assert (schedule.sheet, schedule.header_row, schedule.rows) == ("Sheet1", 2, ())
    assert schedule.columns == {"scene": 1, "int_ext": 3, "time_of_day": 4}
    assert [i.code for i in issues] == ["no-scenes"]


@pytest.mark.parametrize(
    "name",
    [
        "callsheet-livestream-korfball-dutch.xlsx",
        "callsheet-maker-sectioned-sample.csv",
        "callsheet-create-call-sheet-sample-output.xlsx",
    ],
)
def test_files_that_are_not_schedules_are_refused_with_one_line(name):
    data = (CORPUS / "production" / name).read_bytes()
    with pytest.raises(InputError, match="no schedule header row found"):
        read(data, ReadOptions(name=name))


def test_times_in_a_call_column_accept_excel_fractions():
    rows = [["Day", "Call", "Sc", "Set"], [1, 0.3125, "3", "KITCHEN"]]
    schedule, _ = read(workbook(rows), ReadOptions(name="board.xlsx"))
    assert schedule.days[0].call is None  # no date: a call time alone can't make a moment
    rows = [["Day", "Date", "Call", "Sc"], [1, datetime(2026, 3, 2), 0.3125, "3"]]
    schedule, _ = read(workbook(rows), ReadOptions(name="board.xlsx"))
    assert schedule.days[0].call == datetime.combine(date(2026, 3, 2), time(7, 30))


def test_day_cells_are_read_in_their_usual_spellings():
    data = "Jour;Séq.;Décor\nJ1;3;CUISINE\nDay 2 of 8;12;ENTRÉE\n3/8;6;SALLE\njour 4 sur 8;2;MACHINES\nD5;1;GARE\n".encode()
    schedule, issues = read(data, ReadOptions(name="plan.csv"))
    assert issues == []
    assert [(d.number, d.scenes) for d in schedule.days] == [
        (1, ("3",)),
        (2, ("12",)),
        (3, ("6",)),
        (4, ("2",)),
        (5, ("1",)),
    ]


def test_a_day_cell_that_is_not_a_day_number_unschedules_its_strip_and_says_so():
    schedule, issues = read(b"Day,Sc,Set\n1,3,KITCHEN\nTBC,12,SALOON\n", ReadOptions(name="board.csv"))
    assert [(r.scene, r.day) for r in schedule.rows] == [("3", 1), ("12", None)]
    assert [(i.code, i.location, i.text) for i in issues] == [
        ("day-unreadable", "row 3", "day 'TBC' is not a day number; the strip is unscheduled")
    ]
