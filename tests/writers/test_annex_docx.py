"""Restricted annex (R), per-performer sheets (C) and the crew protocol appended to a call sheet
made elsewhere (P): each document holds its level and nothing above it."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from docx.shared import Cm
from lxml import etree

from prodbridge.config import Person
from prodbridge.errors import InputError
from prodbridge.model import Breakdown, BreakdownEntry, Review
from prodbridge.options import WriteOptions
from prodbridge.writers.annex_docx import (
    ANNEX_FIELDS,
    PERFORMER_FIELDS,
    annex_context,
    append_crew_protocol,
    day_performers,
    performer_context,
    performer_file_name,
    rider_text,
    write_annex,
    write_performer_sheet,
)
from prodbridge.writers.callsheet_docx import rider_deadline
from tests.writers.test_callsheet_docx import (
    docx_text,
    leaks,
    make_breakdown,
    make_config,
    make_day,
    package_text,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- restricted annex -------------------------------------------------------------------------


def test_context_names_match_the_documented_fields() -> None:
    day = make_day(2)
    assert set(annex_context(day, "en")) == ANNEX_FIELDS
    assert set(performer_context(day, "ANNA", "en")) == PERFORMER_FIELDS


def test_annex_holds_codes_evidence_and_protocol_details() -> None:
    text = docx_text(write_annex(make_day(2), WriteOptions(lang="en")))
    for expected in (
        "CONFIDENTIAL — restricted",
        "INTIMACY PROTOCOL ANNEX",
        "Director: Maya Okafor",
        "1st AD: Tom Reyes",
        "Producer: Lena Fischer",
        "Intimacy coordinator: Claire Dubois",
        "Head of costume",
        "Scene 12 — INT. BEDROOM - NIGHT",
        "KIS (kissing), NUD-P (partial nudity), UND (undressing)",
        "92 %",
        "Anna kisses Marc; she unbuttons her shirt.",
        "unbuttons",
        "'she unbuttons her shirt': What is shown?",
        "ANNA (Sophie Laurent), MARC (Marc Olsen)",
        "signed Friday 27 February 2026 — on time",
        "Sunday 1 March 2026 14:00",
        "Pouch and robe for Anna",
        "Rehearsal 11:00 room B",
        "Director, DP, boom, IC, 1st AD",
        "Only the monitors of the people present at the rehearsal stay on",
        "Closure with the performers after the last take",
        "Rider signed; check the pouch fitting",
        "confirmed by the IC",
        "+44 7700 900456",
    ):
        assert expected in text, expected
    # the rejected scene 14A is not in the annex
    assert "Scene 14A" not in text


def test_annex_keeps_performer_level_data_out() -> None:
    package = package_text(write_annex(make_day(2), WriteOptions(lang="en")))
    assert (
        leaks(package, phrases=("back only", "topless", "Only back, no front", "Closed-mouth"), codes=())
        == []
    )


def test_annex_in_french_uses_french_wording() -> None:
    text = docx_text(write_annex(make_day(2), WriteOptions(lang="fr")))
    for expected in (
        "CONFIDENTIEL — diffusion restreinte",
        "ANNEXE — PROTOCOLE D'INTIMITÉ",
        "Réalisation : Maya Okafor",
        "Séquence 12 — INT. BEDROOM - NIGHT",
        "KIS (baiser), NUD-P (nudité partielle), UND (déshabillage)",
        "signé le vendredi 27 février 2026 — dans les délais",
    ):
        assert expected in text, expected


def test_named_heads_of_department_replace_the_default_roles() -> None:
    config = make_config()
    named = replace(config, annex_recipients=(Person(name="Ana Ruiz", role="Costume designer"),))
    text = docx_text(write_annex(make_day(2, config=named), WriteOptions(lang="en")))
    assert "Costume designer: Ana Ruiz" in text
    assert "Head of costume" not in text


def test_unreviewed_finding_is_shown_as_to_review_with_defaults() -> None:
    entry = make_breakdown().entries[0]
    bare = Breakdown((BreakdownEntry("12", entry.finding, Review("12")),))
    text = docx_text(write_annex(make_day(2, bare), WriteOptions(lang="en")))
    assert "to review — proposed by prodbridge, not yet confirmed by the IC" in text
    assert "NOT RECORDED — deadline Sunday 1 March 2026 14:00" in text
    assert "(default list — to be confirmed by the IC and the 1st AD)" in text
    assert "to be scheduled by the IC (performers clothed)" in text


def test_day_without_intimate_scene_gives_a_one_line_annex() -> None:
    text = docx_text(write_annex(make_day(1), WriteOptions(lang="en")))
    assert "No intimate scene is scheduled on this day." in text
    assert "Scene 3" not in text


@pytest.mark.parametrize(
    ("status", "signed_on", "expected"),
    [
        ("signed", date(2026, 3, 1), "signed Sunday 1 March 2026 — on time"),
        ("Signé", date(2026, 3, 2), "signed Monday 2 March 2026 — AFTER the 48 h deadline"),
        ("sent", None, "NOT SIGNED — status: sent"),
        ("signed", None, "signed (date not recorded)"),
        ("", None, "NOT RECORDED — deadline Sunday 1 March 2026 14:00"),
    ],
)
def test_rider_status_is_judged_against_call_minus_48_hours(status, signed_on, expected) -> None:
    day = make_day(2)
    review = Review("12", rider_status=status, rider_date=signed_on)
    assert rider_text(review, rider_deadline(day), "en") == expected


def test_annex_is_deterministic() -> None:
    assert write_annex(make_day(2), WriteOptions(lang="en")) == write_annex(
        make_day(2), WriteOptions(lang="en")
    )


# --- per-performer sheets ---------------------------------------------------------------------


def test_performers_of_the_day_are_those_of_its_intimate_scenes() -> None:
    day = make_day(2)
    assert day_performers(day) == ("ANNA", "MARC")  # TOM works the day but not scene 12
    assert performer_file_name(day, "ANNA") == "performer-1-anna.docx"


def test_each_performer_sheet_holds_only_that_performer() -> None:
    day = make_day(2)
    anna = docx_text(write_performer_sheet(day, "ANNA", WriteOptions(lang="en")))
    marc = docx_text(write_performer_sheet(day, "MARC", WriteOptions(lang="en")))
    for expected in (
        "PERSONAL AND CONFIDENTIAL — for Sophie Laurent only",
        "Only back, no front",
        "Sc. 12: Partial nudity, back only (topless)",
        "BEDROOM",
        "15:00",  # her own on-set time from [[days]].cast
        "Claire Dubois",
    ):
        assert expected in anna, expected
    others = ("Marc Olsen", "Closed-mouth kisses only", "Idris")
    assert leaks(anna, phrases=others, codes=("MARC", "TOM")) == []
    for expected in ("Marc Olsen", "Closed-mouth kisses only", "Sc. 12: none", "14:00"):
        assert expected in marc, expected
    others = ("Sophie", "back only", "topless", "Only back")
    assert leaks(marc, phrases=others, codes=("ANNA", "TOM")) == []
    # neither sheet carries the restricted annex material
    for sheet in (anna, marc):
        assert leaks(sheet, phrases=("unbuttons", "Pouch", "Rehearsal 11:00", "Director, DP"), codes=()) == []


def test_performer_without_recorded_limits_is_told_so() -> None:
    config = make_config()
    cast = tuple(replace(c, limits="") for c in config.cast)
    day = make_day(2, config=replace(config, cast=cast))
    text = docx_text(write_performer_sheet(day, "MARC", WriteOptions(lang="fr")))
    assert "pas encore renseigné — voyez la coordination d'intimité" in text
    assert "PERSONNEL ET CONFIDENTIEL — pour Marc Olsen uniquement" in text


# --- crew protocol appended to a call sheet made elsewhere ------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def other_tool_callsheet() -> bytes:
    """A call sheet as another tool makes it: header, logo image, custom style, a table."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "NORTHLIGHT PICTURES — CALL SHEET"
    doc.styles.add_style("Prod Banner", 1).font.bold = True
    doc.add_paragraph("The Crossing — Day 2", style="Prod Banner")
    doc.add_picture(io.BytesIO(_png()), width=Cm(2))
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Crew call"
    table.cell(0, 1).text = "14:00"
    doc.add_paragraph("Walkie channel 3")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _body_children(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return [etree.tostring(child) for child in root.find(f"{{{W}}}body")]


def test_append_keeps_every_other_part_and_the_original_body() -> None:
    original = other_tool_callsheet()
    result = append_crew_protocol(original, make_day(2), "en", "theirs.docx")
    with zipfile.ZipFile(io.BytesIO(original)) as before, zipfile.ZipFile(io.BytesIO(result)) as after:
        assert after.namelist() == before.namelist()
        changed = [n for n in before.namelist() if before.read(n) != after.read(n)]
        assert changed == ["word/document.xml"]
        assert any(n.startswith("word/media/") for n in after.namelist())
    old_body, new_body = _body_children(original), _body_children(result)
    # original paragraphs and table first, then the added section, then the same sectPr
    assert new_body[: len(old_body) - 1] == old_body[:-1]
    assert new_body[-1] == old_body[-1]
    reopened = Document(io.BytesIO(result))
    assert reopened.sections[0].header.paragraphs[0].text == "NORTHLIGHT PICTURES — CALL SHEET"
    assert len(reopened.inline_shapes) == 1
    paragraphs = [(p.style.name, p.text) for p in reopened.paragraphs]
    assert ("Prod Banner", "The Crossing — Day 2") in paragraphs
    added = [t for _, t in paragraphs[paragraphs.index(("Normal", "Walkie channel 3")) + 1 :]]
    assert added == [
        "",  # page break
        "Intimacy protocol — Day 2 of 20 — Tuesday 3 March 2026",
        "Sc. 12 · INT · BEDROOM · NIGHT · CLOSED SET / PLATEAU FERMÉ",
        "Intimacy coordinator on set: Claire Dubois",
        "Contact: +44 7700 900456 · claire@example.org",
        "No photos, no personal recording devices on set or at the monitors.",
        "Essential crew only during closed-set scenes — see the 1st AD.",
    ]
    assert paragraphs[-6][0] == "Heading 1"


def test_appended_call_sheet_carries_no_restricted_detail() -> None:
    result = append_crew_protocol(other_tool_callsheet(), make_day(2), "fr", "theirs.docx")
    assert "PLATEAU FERMÉ / CLOSED SET" in docx_text(result)
    assert leaks(package_text(result)) == []


def test_append_uses_a_localised_heading_style_by_its_name() -> None:
    doc = Document(io.BytesIO(other_tool_callsheet()))
    doc.styles["Heading 1"].element.set(f"{{{W}}}styleId", "Titre1")
    out = io.BytesIO()
    doc.save(out)
    result = append_crew_protocol(out.getvalue(), make_day(2), "fr", "theirs.docx")
    with zipfile.ZipFile(io.BytesIO(result)) as archive:
        assert b'<w:pStyle w:val="Titre1"/>' in archive.read("word/document.xml")


def test_append_is_deterministic_and_a_quiet_day_changes_nothing() -> None:
    original = other_tool_callsheet()
    first = append_crew_protocol(original, make_day(2), "en", "theirs.docx")
    assert first == append_crew_protocol(original, make_day(2), "en", "theirs.docx")
    assert append_crew_protocol(original, make_day(1), "en", "theirs.docx") == original


def test_append_refuses_what_is_not_a_word_document() -> None:
    with pytest.raises(InputError, match=r"theirs\.docx: not an OOXML"):
        append_crew_protocol(b"%PDF-1.7", make_day(2), "en", "theirs.docx")
