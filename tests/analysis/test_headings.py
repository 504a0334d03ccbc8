"""Heading rules: INT/EXT variants, set and sub-set, EN/FR times, numbers in the text."""

from __future__ import annotations

import pytest

from prodbridge.analysis.headings import Heading, parse_heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INT. BEDROOM - NIGHT", Heading("INT", "BEDROOM", None, "NIGHT", None)),
        ("EXT. HARBOUR - DAWN", Heading("EXT", "HARBOUR", None, "DAWN", None)),
        ("INT./EXT. CAR - MOVING - DAY", Heading("INT/EXT", "CAR", "MOVING", "DAY", None)),
        ("I/E CAR - DAY", Heading("INT/EXT", "CAR", None, "DAY", None)),
        ("INT ANNA'S FLAT - BEDROOM - CONTINUOUS", Heading("INT", "ANNA'S FLAT", "BEDROOM", "CONTINUOUS", None)),
        ("INT. KITCHEN - MOMENTS LATER", Heading("INT", "KITCHEN", None, "MOMENTS LATER", None)),
        ("INT. KITCHEN - LATER", Heading("INT", "KITCHEN", None, "LATER", None)),
        ("EXT. ROOFTOP", Heading("EXT", "ROOFTOP", None, None, None)),
    ],
)
def test_english_headings(text, expected):
    assert parse_heading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SÉQ. 12 - INT. APPARTEMENT DE LÉA - CHAMBRE - NUIT", Heading("INT", "APPARTEMENT DE LÉA", "CHAMBRE", "NUIT", "12")),
        ("SÉQ. 14 BIS - EXT. PLAGE - CRÉPUSCULE", Heading("EXT", "PLAGE", None, "CRÉPUSCULE", "14 BIS")),
        ("SEQ 3 - EXT. PORT - AUBE", Heading("EXT", "PORT", None, "AUBE", "3")),
        ("INT. bureau de Marion - jour", Heading("INT", "BUREAU DE MARION", None, "JOUR", None)),
        ("INT. CUISINE - SOIR", Heading("INT", "CUISINE", None, "SOIR", None)),
        ("EXT. RUE - SUITE", Heading("EXT", "RUE", None, "SUITE", None)),
        ("INT. GARE - PLUS TARD", Heading("INT", "GARE", None, "PLUS TARD", None)),
    ],
)
def test_french_headings(text, expected):
    assert parse_heading(text) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12 INT. HOUSE - DAY", "12"),
        ("12A. EXT. HOUSE - DAY", "12A"),
        ("EXT. STREET - DAY #14A#", "14A"),
        ("Scene 3 - The Garden", "3"),
        ("EXT. ROUTE 66 - DAY", None),
        ("1969 - WOODSTOCK", None),
        ("SCHOOL CORRIDOR - DAY", None),
    ],
)
def test_numbers_written_in_heading_text(text, number):
    assert parse_heading(text).number == number


def test_heading_without_int_ext_keeps_its_words_as_the_set():
    assert parse_heading("Back") == Heading(None, "BACK", None, None, None)
