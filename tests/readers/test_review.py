"""breakdown.xlsx → reviews, from workbooks edited the way a person edits them."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pytest

from prodbridge.errors import InputError
from prodbridge.options import ReadOptions
from prodbridge.readers.review import canonical, format_nudity, parse_date, parse_nudity, read


def workbook(rows: list[list[object]], title: str = "Intimacy", extra_sheets: tuple[str, ...] = ()) -> bytes:
    wb = openpyxl.Workbook()
    for name in extra_sheets:
        wb.create_sheet(name)
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_columns_are_found_by_header_text_in_any_order_and_below_a_title():
    data = workbook(
        [
            ["THE CROSSING - intimacy breakdown (IC copy)"],
            [],
            ["IC notes", "Status", "Costume fitting", "Scene", "Rider date", "Nudity (per performer)"],
            ["agreed", "Confirmed", "Tue", 12, "2026-03-02", "ANNA: none; MARC: partial"],
        ]
    )
    reviews, issues = read(data)
    assert issues == []
    review = reviews["12"]
    assert review.scene_id == "12"
    assert review.status == "confirmed"
    assert review.notes == "agreed"
    assert review.rider_date == date(2026, 3, 2)
    assert review.nudity == {"ANNA": "none", "MARC": "partial"}
    assert review.extra == {"Costume fitting": "Tue"}
    assert review.row == 4


def test_french_headers_and_french_statuses_in_any_case():
    data = workbook(
        [
            ["Séquence", "Statut", "Avenant", "Plateau fermé", "Notes de la coordination"],
            ["14 BIS", "CONFIRMÉ", "Signé", "Oui", "ok"],
            ["15", "rejete", "non nécessaire", "non", ""],
            ["16", "Proposé", "EN ATTENTE", "", None],
        ],
        title="Intimité",
    )
    reviews, issues = read(data)
    assert issues == []
    assert [(k, r.status, r.rider_status, r.closed_set) for k, r in reviews.items()] == [
        ("14BIS", "confirmed", "signed", "yes"),
        ("15", "rejected", "not needed", "no"),
        ("16", "proposed", "pending", ""),
    ]


def test_blank_rows_are_skipped_and_row_numbers_are_the_sheet_rows():
    data = workbook([["Scene", "Status"], [None, None], ["3", "rejected"], [], ["  ", ""], ["4", None]])
    reviews, issues = read(data)
    assert issues == []
    assert {k: (r.status, r.row) for k, r in reviews.items()} == {"3": ("rejected", 3), "4": ("proposed", 6)}


def test_dates_typed_as_text_or_entered_as_real_dates():
    data = workbook(
        [
            ["Scene", "Status", "Rider date"],
            ["1", "confirmed", datetime(2026, 3, 4)],
            ["2", "confirmed", "04/03/2026"],
            ["3", "confirmed", "4 mars 2026"],
            ["4", "confirmed", "March 4, 2026"],
            ["5", "confirmed", "next week"],
        ]
    )
    reviews, issues = read(data)
    assert [reviews[k].rider_date for k in "12345"] == [date(2026, 3, 4)] * 4 + [None]
    assert [(i.code, i.location) for i in issues] == [("review-date", "Intimacy row 6")]
    assert "next week" in issues[0].text


def test_unknown_status_is_read_as_proposed_with_an_issue():
    reviews, issues = read(workbook([["Scene", "Status"], ["7", "maybe later"]]), ReadOptions(name="b.xlsx"))
    assert reviews["7"].status == "proposed"
    assert [str(i) for i in issues] == [
        "b.xlsx (Intimacy row 2): status 'maybe later' is not proposed/confirmed/rejected "
        "(or proposé/confirmé/rejeté); read as proposed"
    ]


def test_a_scene_listed_twice_keeps_its_first_row():
    reviews, issues = read(workbook([["Scene", "Status"], ["7", "confirmed"], [7.0, "rejected"]]))
    assert reviews["7"].status == "confirmed"
    assert [i.code for i in issues] == ["review-duplicate-scene"]


def test_a_row_without_scene_number_is_reported_not_read():
    reviews, issues = read(workbook([["Scene", "Status", "IC notes"], [None, "confirmed", "which scene?"]]))
    assert reviews == {}
    assert [i.code for i in issues] == ["review-no-scene"]


def test_the_intimacy_sheet_is_found_among_other_sheets_even_when_renamed():
    data = workbook([["Scene", "Status"], ["2", "rejected"]], title="Claire's review", extra_sheets=("Notes",))
    reviews, _ = read(data)
    assert reviews["2"].status == "rejected"


def test_detection_columns_are_read_back_for_rematching():
    data = workbook(
        [
            ["Scene", "Heading", "Status", "Detection digest", "Script ref"],
            ["12", "INT. BEDROOM - NIGHT", "rejected", "0123456789ab", "e511a90e"],
        ]
    )
    review = read(data)[0]["12"]
    assert (review.heading, review.evidence_digest, review.paragraph_id) == (
        "INT. BEDROOM - NIGHT",
        "0123456789ab",
        "e511a90e",
    )


def test_a_workbook_without_an_intimacy_table_is_refused():
    with pytest.raises(InputError, match="not a prodbridge breakdown workbook"):
        read(workbook([["Day", "Scene", "Set"], [1, "12", "BEDROOM"]], title="Schedule"))


def test_bytes_that_are_not_a_workbook_are_refused():
    with pytest.raises(InputError, match="not an Excel workbook"):
        read(b"Scene;Status\n1;confirmed\n", ReadOptions(name="b.xlsx"))


def test_nudity_entries_split_on_semicolons_or_lines():
    assert parse_nudity("ANNA: none;\nMarc = partial ; LÉA:") == {"ANNA": "none", "MARC": "partial"}
    assert parse_nudity("none") == {"": "none"}
    assert format_nudity({"ANNA": "none", "MARC": "partial"}) == "ANNA: none; MARC: partial"


def test_dates_day_first_unless_impossible():
    assert parse_date("02/03/2026") == date(2026, 3, 2)
    assert parse_date("03/25/2026") == date(2026, 3, 25)
    assert parse_date("2/3/26") == date(2026, 3, 2)
    assert parse_date("1er avril 2026") == date(2026, 4, 1)
    assert parse_date(46083) == date(2026, 3, 2)
    assert parse_date("31/02/2026") is None
    assert parse_date(12) is None


def test_values_are_matched_without_accents_case_or_punctuation():
    assert canonical("status", "  Rejeté ") == "rejected"
    assert canonical("status", "TO REVIEW") == "proposed"
    assert canonical("rider", "Not needed.") == "not_needed"
    assert canonical("yes_no", "X") == "yes"
    assert canonical("status", "perhaps") is None
