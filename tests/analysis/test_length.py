"""Eighths: parsing Final Draft lengths, the estimate's page model, and AD formatting."""

from __future__ import annotations

import pytest

from prodbridge.analysis.length import estimate_eighths, format_eighths, parse_length
from prodbridge.model import Paragraph


@pytest.mark.parametrize(
    ("value", "eighths"),
    [("1/8", 1), ("4/8", 4), ("1", 8), ("1 3/8", 11), (" 2 ", 16), ("", None), (None, None), ("n/a", None)],
)
def test_parse_length(value, eighths):
    assert parse_length(value) == eighths


@pytest.mark.parametrize(("eighths", "text"), [(1, "1/8"), (8, "1"), (11, "1 3/8"), (16, "2")])
def test_format_eighths(eighths, text):
    assert format_eighths(eighths) == text


def test_a_full_page_of_action_is_eight_eighths():
    # 55 lines per page: a heading (3 lines) and 4 action paragraphs of 12 lines + 1 blank
    # line each = 55 lines.
    paragraphs = [Paragraph(0, "Scene Heading", "INT. A - DAY")] + [
        Paragraph(i, "Action", "x" * 61 * 12) for i in range(1, 5)
    ]
    assert estimate_eighths(paragraphs) == 8


def test_a_one_line_scene_is_never_zero_eighths():
    assert estimate_eighths([Paragraph(0, "Scene Heading", "INT. A - DAY")]) == 1


def test_synopses_and_notes_are_not_printed_so_do_not_count():
    base = [Paragraph(0, "Scene Heading", "INT. A - DAY"), Paragraph(1, "Action", "x" * 600)]
    notes = [Paragraph(2, "Summary", "y" * 5000), Paragraph(3, "Note", "z" * 5000)]
    assert estimate_eighths(base + notes) == estimate_eighths(base)
