"""Fountain reader: same model out as FDX; dropped notes are reported, never silent."""

from __future__ import annotations

import pytest

from prodbridge.errors import InputError
from prodbridge.readers.fountain import read

SAMPLE = """Title: Night Shift
Author: A. Writer

INT. WARD - NIGHT #12#

NURSE PATEL checks a chart. [[tighten this]]

PATEL
(quietly)
You should sleep.

DR. OKAFOR ^
I can't.

/* cut scene */

CUT TO:

.FLASHBACK - THE BEACH

They swim.
"""


def test_fountain_gives_scenes_numbers_and_speakers():
    script, _ = read(SAMPLE.encode())
    assert script.title == "Night Shift"
    assert [(s.id, s.set, s.time_of_day) for s in script.scenes] == [
        ("12", "WARD", "NIGHT"),
        ("#2", "FLASHBACK", None),
    ]
    assert [(p.kind, p.text, p.speaker) for p in script.scene_paragraphs(script.scenes[0])] == [
        ("Scene Heading", "INT. WARD - NIGHT", None),
        ("Action", "NURSE PATEL checks a chart.", None),
        ("Character", "PATEL", None),
        ("Parenthetical", "(quietly)", "PATEL"),
        ("Dialogue", "You should sleep.", "PATEL"),
        ("Character", "DR. OKAFOR", None),
        ("Dialogue", "I can't.", "DR. OKAFOR"),
        ("Transition", "CUT TO:", None),
    ]


def test_fountain_dual_dialogue_is_marked():
    script, _ = read(SAMPLE.encode())
    assert [p.text for p in script.paragraphs if p.dual] == [
        "PATEL",
        "(quietly)",
        "You should sleep.",
        "DR. OKAFOR",
        "I can't.",
    ]


def test_notes_and_boneyard_are_reported_as_issues():
    _, issues = read(SAMPLE.encode())
    assert [i.code for i in issues] == ["fountain-notes", "fountain-boneyard"]


def test_bom_and_crlf_are_accepted():
    script, _ = read(b"\xef\xbb\xbf" + SAMPLE.replace("\n", "\r\n").encode())
    assert len(script.scenes) == 2


def test_binary_content_is_not_a_fountain_script():
    with pytest.raises(InputError, match="binary"):
        read(b"\x00\x01\x02" * 100)


def test_title_emphasis_markers_are_removed():
    script, _ = read(b"Title: **NIGHT SHIFT**\n\nINT. WARD - NIGHT\n\nQuiet.\n")
    assert script.title == "NIGHT SHIFT"
