"""Cell references, serial dates in both date systems, date number formats."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from prodbridge.xlsx.cells import (
    column_letter,
    column_number,
    from_serial,
    is_date_format,
    parse_range,
    parse_ref,
    ref,
    to_serial,
)


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letters_and_numbers_are_inverse(number, letters):
    assert column_letter(number) == letters
    assert column_number(letters) == number


def test_references_parse_with_or_without_dollars():
    assert parse_ref("B5") == (5, 2)
    assert parse_ref("$AA$12") == (12, 27)
    assert ref(12, 27) == "AA12"
    assert parse_range("C9:A5") == (5, 1, 9, 3)
    assert parse_range("D4") == (4, 4, 4, 4)


def test_a_non_reference_is_refused():
    with pytest.raises(ValueError):
        parse_ref("Sheet1!A1")


def test_serials_of_the_1900_system_give_the_calendar_date():
    assert from_serial(46083) == datetime(2026, 3, 2)
    assert from_serial(46083.75) == datetime(2026, 3, 2, 18, 0)
    assert from_serial(1) == datetime(1900, 1, 1)
    assert from_serial(61) == datetime(1900, 3, 1)


def test_serials_of_the_1904_system_start_four_years_later():
    assert from_serial(44621, date1904=True) == datetime(2026, 3, 2)
    assert to_serial(date(2026, 3, 2), date1904=True) == 44621
    assert to_serial(date(2026, 3, 2)) == 46083


def test_a_pure_fraction_is_a_time_of_day_rounded_to_the_second():
    assert from_serial(0.2916666666) == time(7, 0)
    assert from_serial(0.5) == time(12, 0)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("dd/mm/yyyy", True),
        ("[$-40C]dddd d mmmm yyyy", True),
        ("ddd dd/mm/yyyy", True),
        ("[h]:mm", True),
        ("h:mm AM/PM", True),
        ('"Day "0', False),
        ("[Red]0.00", False),
        ("0.000", False),
        ("General", False),
        ('#,##0 "pages"', False),
    ],
)
def test_custom_formats_are_dates_only_when_they_show_date_or_time_parts(code, expected):
    assert is_date_format(code) is expected
