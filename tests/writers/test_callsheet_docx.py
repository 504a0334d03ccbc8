"""Crew call sheet: content of a real call sheet, level-P only, templates, determinism."""

from __future__ import annotations

import io
import zipfile
from datetime import date, time
from pathlib import Path

import pytest
from docx import Document

from prodbridge.config import CastCall, Config, DayCalls, Location, Person
from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.model import (
    Breakdown,
    BreakdownEntry,
    CastMember,
    Evidence,
    Finding,
    Paragraph,
    Review,
    Scene,
    Schedule,
    ScheduleRow,
    Script,
    ShootDay,
)
from prodbridge.options import WriteOptions
from prodbridge.writers.callsheet_docx import (
    CALLSHEET_FIELDS,
    CallDay,
    assemble,
    callsheet_context,
    write_callsheet,
)
from prodbridge.writers.docx_common import packaged_template

# --- a small production built in code ---------------------------------------------------------

#: Phrases that must never reach the crew call sheet (level R/C), compared case-insensitively.
RESTRICTED = (
    "she unbuttons her shirt",  # evidence quote
    "unbuttons",  # cue
    "nudity",  # code meaning / level wording
    "nudité",
    "Partial nudity, back only",  # nudity level (C)
    "topless",
    "undressing",
    "déshabillage",
    "kissing",
    "baiser",
    "rider",
    "avenant",
    "Pouch and robe",  # garments (R)
    "Rehearsal 11:00 room B",  # rehearsal slot (R)
    "Director, DP, boom, IC, 1st AD",  # essential-crew list (R)
    "Only back, no front",  # performer limits (C)
    "Closed-mouth kisses only",
    "What is shown?",  # open question (R)
    "confidential",
)
#: Intimacy codes, matched as whole words in upper case.
RESTRICTED_CODES = ("KIS", "UND", "NUD-P", "NUD-I", "NUD-F", "TEN")


def leaks(text: str, phrases=RESTRICTED, codes=RESTRICTED_CODES) -> list[str]:
    """The restricted strings found in ``text`` (an empty list means the document is clean)."""
    import re

    found = [p for p in phrases if p.lower() in text.lower()]
    found += [c for c in codes if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)]
    return found


def _scene(index: int, number: str, heading: str, int_ext: str, set_: str, tod: str, chars, first: int):
    return Scene(
        index=index,
        id=number,
        number=number,
        heading=heading,
        int_ext=int_ext,
        set=set_,
        subset=None,
        time_of_day=tod,
        eighths=11 if number == "12" else 6,
        eighths_source="file",
        page=str(index),
        paragraphs=(first, first + 2),
        characters=tuple(chars),
        speaking=tuple(chars),
    )


def make_script() -> Script:
    paragraphs = []
    scenes = []
    specs = [
        ("3", "INT. HARBOUR OFFICE - DAY", "INT", "HARBOUR OFFICE", "DAY", ["ANNA", "TOM"]),
        ("12", "INT. BEDROOM - NIGHT", "INT", "BEDROOM", "NIGHT", ["ANNA", "MARC"]),
        ("14A", "EXT. QUAY - NIGHT", "EXT", "QUAY", "NIGHT", ["MARC", "TOM"]),
        ("20", "INT. HARBOUR OFFICE - DAY", "INT", "HARBOUR OFFICE", "DAY", ["TOM"]),
        ("21", "EXT. QUAY - DAY", "EXT", "QUAY", "DAY", ["ANNA"]),
    ]
    for i, (number, heading, ie, set_, tod, chars) in enumerate(specs, start=1):
        first = len(paragraphs)
        paragraphs.append(Paragraph(first, "Scene Heading", heading, scene=i))
        text = "Anna kisses Marc; she unbuttons her shirt." if number == "12" else "They talk."
        paragraphs.append(Paragraph(first + 1, "Action", text, scene=i))
        scenes.append(_scene(i, number, heading, ie, set_, tod, chars, first))
    return Script("fdx", "The Crossing", "en", tuple(paragraphs), tuple(scenes))


def make_schedule() -> Schedule:
    rows = (
        ScheduleRow(2, "3", "3", 1, date(2026, 3, 2), cast=("1", "3"), description="Tom briefs Anna"),
        ScheduleRow(3, "12", "12", 2, date(2026, 3, 3), cast=("1", "2"), description="Anna and Marc"),
        ScheduleRow(4, "14A", "14A", 2, date(2026, 3, 3), cast=("2", "3")),
        ScheduleRow(5, "20", "20", 3, date(2026, 3, 4), cast=("3",)),
        ScheduleRow(6, "21", "21", 4, date(2026, 3, 5), cast=("1",)),
    )
    days = (
        ShootDay(1, date(2026, 3, 2), ("3",)),
        ShootDay(2, date(2026, 3, 3), ("12", "14A")),
        ShootDay(3, date(2026, 3, 4), ("20",)),
        ShootDay(4, date(2026, 3, 5), ("21",)),
    )
    return Schedule("xlsx", rows, days)


def make_breakdown(status: str = "confirmed", closed_set: str = "") -> Breakdown:
    finding = Finding(
        scene=2,
        codes=("KIS", "UND", "NUD-P"),
        confidence=0.92,
        characters=("ANNA", "MARC"),
        evidence=(
            Evidence(3, "KIS", "kisses", "Anna kisses Marc; she unbuttons her shirt."),
            Evidence(3, "UND", "unbuttons", "Anna kisses Marc; she unbuttons her shirt."),
        ),
        questions=("'she unbuttons her shirt': What is shown?",),
    )
    review = Review(
        scene_id="12",
        status=status,
        nudity={"ANNA": "Partial nudity, back only (topless)", "Marc Olsen": "none"},
        rider_status="signed",
        rider_date=date(2026, 2, 27),
        garments="Pouch and robe for Anna",
        closed_set=closed_set,
        rehearsal="Rehearsal 11:00 room B",
        notes="Rider signed; check the pouch fitting",
        extra={"Essential crew": "Director, DP, boom, IC, 1st AD"},
    )
    rejected = BreakdownEntry(
        "14A",
        Finding(3, ("TEN",), 0.3, ("MARC",), (Evidence(5, "TEN", "looks", "They talk."),)),
        Review("14A", status="rejected"),
    )
    return Breakdown((BreakdownEntry("12", finding, review), rejected))


def make_config() -> Config:
    return Config(
        title="The Crossing",
        language="en",
        company="Northlight Pictures",
        director="Maya Okafor",
        producer="Lena Fischer",
        first_ad="Tom Reyes",
        first_ad_phone="+44 7700 900123",
        total_days=20,
        timezone="Europe/London",
        calls=DayCalls(
            crew_call=time(7, 0),
            shooting_call=time(8, 0),
            breakfast=time(6, 30),
            lunch=time(13, 0),
            wrap=time(19, 0),
        ),
        days={
            date(2026, 3, 3): DayCalls(
                crew_call=time(14, 0),
                shooting_call=time(15, 0),
                notes="Night shoot",
                cast={"ANNA": CastCall(pickup="12:45", hmc="13:15", on_set="15:00")},
            )
        },
        instructions={"Camera": "Second camera from 16:00", "Props": "Harbour keys"},
        intimacy_coordinator=Person(
            name="Claire Dubois", phone="+44 7700 900456", email="claire@example.org"
        ),
        child_supervisor=Person(name="Ruth Adams", phone="+44 7700 900789"),
        hospital=Location(name="Bristol Royal Infirmary A&E", address="Upper Maudlin St, Bristol BS2 8HW"),
        hospital_phone="+44 117 923 0000",
        locations=(
            Location(
                name="Harbour flat",
                sets=("BEDROOM",),
                address="12 Quay Street, Bristol",
                latitude=51.45,
                longitude=-2.597,
                parking="Unit base at Quay car park, level 2",
            ),
            Location(name="Harbour office", sets=("HARBOUR OFFICE", "QUAY"), address="1 Wapping Rd"),
        ),
        cast=(
            CastMember("ANNA", "Sophie Laurent", 1, limits="Only back, no front"),
            CastMember("MARC", "Marc Olsen", 2, limits="Closed-mouth kisses only"),
            CastMember("TOM", "Idris Cole", 3),
        ),
    )


def make_day(number: int = 2, breakdown: Breakdown | None = None, config: Config | None = None) -> CallDay:
    return assemble(
        make_schedule(),
        make_script(),
        make_breakdown() if breakdown is None else breakdown,
        config or make_config(),
        number,
    )


# --- reading documents back -------------------------------------------------------------------


def _cells_text(table) -> list[str]:
    out = []
    for row in table.rows:
        for cell in row.cells:
            out.extend(p.text for p in cell.paragraphs)
            for inner in cell.tables:
                out.extend(_cells_text(inner))
    return out


def docx_text(data: bytes) -> str:
    """All visible text: body paragraphs, tables (nested too), headers and footers."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts.extend(_cells_text(table))
    for section in doc.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.even_page_header):
            parts.extend(p.text for p in hf.paragraphs)
            for table in hf.tables:
                parts.extend(_cells_text(table))
    return "\n".join(parts)


def package_text(data: bytes) -> str:
    """The text content of every XML part (document, headers, footers, core properties...)."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            " ".join(etree.fromstring(archive.read(n)).itertext())
            for n in archive.namelist()
            if n.endswith(".xml")
        )


# --- assembly ---------------------------------------------------------------------------------


def test_day_lists_scenes_in_shooting_order_with_schedule_and_script_fields() -> None:
    day = make_day(2)
    assert [s.id for s in day.plan.scenes] == ["12", "14A"]
    bedroom = day.plan.scenes[0]
    assert (bedroom.int_ext, bedroom.set, bedroom.time_of_day, bedroom.eighths) == (
        "INT",
        "BEDROOM",
        "NIGHT",
        11,
    )
    assert bedroom.performers == ("ANNA", "MARC")
    assert bedroom.location is not None and bedroom.location.name == "Harbour flat"


def test_only_active_breakdown_entries_mark_intimate_scenes() -> None:
    day = make_day(2)
    assert [s.id for s in day.intimate_scenes()] == ["12"]  # 14A was rejected by the IC
    proposed = make_day(2, make_breakdown(status="proposed"))
    assert [s.id for s in proposed.intimate_scenes()] == ["12"]  # unreviewed still counts


def test_day_override_sets_the_general_call_and_the_rider_deadline_base() -> None:
    day = make_day(2)
    assert day.call is not None and day.call.isoformat() == "2026-03-03T14:00:00"
    assert day.calls.notes == "Night shoot"


def test_cast_status_comes_from_day_out_of_days_including_holds() -> None:
    day = make_day(3)  # day 3: TOM finishes (days 1-3); ANNA works days 1, 2 and 4: hold
    status = {c.key: c.status for c in day.cast}
    assert status == {"ANNA": "H", "TOM": "WF"}
    day2 = {c.key: (c.status, c.pickup, c.hmc, c.on_set) for c in make_day(2).cast}
    assert day2 == {
        "ANNA": ("W", "12:45", "13:15", "15:00"),
        "MARC": ("SWF", "", "", ""),
        "TOM": ("W", "", "", ""),
    }


def test_sunrise_and_sunset_use_the_first_located_scene() -> None:
    day = make_day(2)
    assert day.sun is not None and day.sun.sunrise is not None and day.sun.sunset is not None
    assert day.sun.sunrise.strftime("%H:%M") == "06:51"
    assert day.sun.sunset.strftime("%H:%M") == "17:54"


def test_scene_missing_from_the_script_is_listed_from_the_schedule_with_an_issue() -> None:
    schedule = make_schedule()
    schedule = Schedule(
        schedule.format,
        (*schedule.rows, ScheduleRow(9, "99", "99", 3, set="BOATHOUSE", int_ext="INT", eighths=3)),
        (*schedule.days[:2], ShootDay(3, date(2026, 3, 4), ("20", "99")), schedule.days[3]),
    )
    day = assemble(schedule, make_script(), make_breakdown(), make_config(), 3)
    assert [(s.id, s.set, s.eighths) for s in day.plan.scenes] == [
        ("20", "HARBOUR OFFICE", 6),
        ("99", "BOATHOUSE", 3),
    ]
    assert [i.code for i in day.issues] == ["scene-not-in-script"]


# --- the public sheet -------------------------------------------------------------------------


def test_context_names_match_the_documented_fields() -> None:
    assert set(callsheet_context(make_day(), "en")) == CALLSHEET_FIELDS


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_crew_sheet_holds_the_day_and_closed_set_markers_but_no_restricted_detail(lang: str) -> None:
    data = write_callsheet(make_day(2), WriteOptions(lang=lang))
    text = docx_text(data)
    for expected in (
        "The Crossing",
        "12",
        "14A",
        "BEDROOM",
        "QUAY",
        "Claire Dubois",
        "+44 7700 900456",
        "Sophie Laurent",
        "SWF",
        "Bristol Royal Infirmary A&E",
        "Unit base at Quay car park, level 2",
        "Second camera from 16:00",
        "Night shoot",
        "1 3/8",
    ):
        assert expected in text, expected
    if lang == "en":
        for expected in (
            "CALL SHEET",
            "Day 2 of 20",
            "Tuesday 3 March 2026",
            "14:00",
            "15:00",
            "CLOSED SET / PLATEAU FERMÉ",
            "No photos, no personal recording devices on set or at the monitors.",
            "Essential crew only during closed-set scenes — see the 1st AD.",
            "Intimacy coordinator on set: Claire Dubois",
            "06:51",
            "17:54",
            "Day 3 of 20 — Wednesday 4 March 2026",
        ):
            assert expected in text, expected
    else:
        for expected in (
            "FEUILLE DE SERVICE",
            "Jour 2 sur 20",
            "mardi 3 mars 2026",
            "14h00",
            "PAT (prêt à tourner)",
            "PLATEAU FERMÉ / CLOSED SET",
            "Coordination d'intimité sur le plateau : Claire Dubois",
            "06h51",
        ):
            assert expected in text, expected
    package = package_text(data)
    assert leaks(package) == []
    # the schedule's description of the intimate scene is replaced by the marker
    assert leaks(package, phrases=("Anna and Marc",), codes=()) == []


def test_rejected_or_open_set_scene_is_not_marked_closed() -> None:
    day = make_day(2, make_breakdown(closed_set="no"))
    text = docx_text(write_callsheet(day, WriteOptions(lang="en")))
    assert "CLOSED SET" not in text
    assert "Intimacy coordinator present" in text
    assert "No photos" not in text


def test_day_without_intimate_scene_has_no_protocol_block() -> None:
    text = docx_text(write_callsheet(make_day(1), WriteOptions(lang="en")))
    assert "Tom briefs Anna" in text
    assert "Closed set — intimacy protocol" not in text
    assert "Claire Dubois" not in text
    assert "No photos" not in text
    # the advance schedule (day 2) still flags its closed-set scene
    assert text.count("CLOSED SET / PLATEAU FERMÉ") == 1


def test_minor_in_the_cast_gets_the_child_supervisor_remark_and_instruction() -> None:
    config = make_config()
    cast = (CastMember("ANNA", "Sophie Laurent", 1, age=16, minor=True), *config.cast[1:])
    day = assemble(make_schedule(), make_script(), make_breakdown(), _replace(config, cast=cast), 1)
    text = docx_text(write_callsheet(day, WriteOptions(lang="en")))
    assert "Minor — child supervisor: Ruth Adams" in text
    assert "Ruth Adams — +44 7700 900789" in text


def _replace(config: Config, **changes):
    from dataclasses import replace

    return replace(config, **changes)


def test_draft_flag_puts_the_draft_line_in_the_header() -> None:
    data = write_callsheet(make_day(2), WriteOptions(lang="en", draft=True))
    header = Document(io.BytesIO(data)).sections[0].header
    assert "DRAFT — NOT FINAL, DO NOT DISTRIBUTE" in [p.text for p in header.paragraphs]
    plain = Document(io.BytesIO(write_callsheet(make_day(2), WriteOptions(lang="en"))))
    assert "DRAFT" not in "\n".join(p.text for p in plain.sections[0].header.paragraphs)


def test_two_runs_give_identical_bytes_with_fixed_zip_times_and_dates() -> None:
    first = write_callsheet(make_day(2), WriteOptions(lang="fr"))
    second = write_callsheet(make_day(2), WriteOptions(lang="fr"))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"
    props = Document(io.BytesIO(first)).core_properties
    assert props.created is not None and props.created.date() == date(2026, 3, 3)
    assert props.modified == props.created
    assert props.title == "The Crossing — FEUILLE DE SERVICE — Jour 2 sur 20"


def test_ampersand_and_angle_brackets_are_escaped_not_breaking_the_xml() -> None:
    config = _replace(make_config(), title="Love & <Other> Crimes")
    data = write_callsheet(make_day(2, config=config), WriteOptions(lang="en"))
    assert "Love & <Other> Crimes" in docx_text(data)


# --- templates --------------------------------------------------------------------------------


def _template(*paragraphs: list[str]) -> bytes:
    """A user template: each paragraph given as its runs (Word often splits a tag like this)."""
    doc = Document()
    for runs in paragraphs:
        p = doc.add_paragraph()
        for i, text in enumerate(runs):
            p.add_run(text).bold = i % 2 == 1
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_placeholder_split_across_runs_still_renders() -> None:
    template = _template(["{{ produc", "tion.ti", "tle }}"], ["{{ day.", "title }}"])
    text = docx_text(write_callsheet(make_day(2), WriteOptions(lang="en"), template, "mine.docx"))
    assert "The Crossing" in text and "Day 2 of 20" in text


def test_unknown_template_field_fails_with_one_line_listing_the_names() -> None:
    template = _template(["{{ production.title }} {{ budget }} {{ crew_list }}"])
    with pytest.raises(InputError) as err:
        write_callsheet(make_day(2), WriteOptions(lang="en"), template, "mine.docx")
    message = str(err.value)
    assert message.startswith("mine.docx: the template asks for unknown fields: budget, crew_list (known: ")
    assert "\n" not in message
    assert err.value.exit_code == 3


def test_unknown_attribute_of_a_known_field_fails_clearly() -> None:
    template = _template(["{{ production.budget }}"])
    with pytest.raises(InputError, match=r"mine.docx: the template asks for an unknown field: .*budget"):
        write_callsheet(make_day(2), WriteOptions(lang="en"), template, "mine.docx")


def test_template_cannot_reach_python_internals() -> None:
    template = _template(["{{ production.__class__.__mro__ }}"])
    with pytest.raises(UnsafeInputError):
        write_callsheet(make_day(2), WriteOptions(lang="en"), template, "evil.docx")


def test_a_non_word_template_is_refused_with_one_line() -> None:
    with pytest.raises(InputError, match=r"not-a-template\.docx: not an OOXML"):
        write_callsheet(make_day(2), WriteOptions(lang="en"), b"hello", "not-a-template.docx")


@pytest.mark.parametrize("kind", ["callsheet", "annex", "performer"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bundled_templates_use_word_styles_and_tables(kind: str, lang: str) -> None:
    doc = Document(io.BytesIO(packaged_template(kind, lang)))
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Subtitle", "Heading 1"} <= styles
    assert doc.tables and all(t.style is not None and t.style.name == "Table Grid" for t in doc.tables)


def test_bundled_templates_are_what_make_templates_writes(tmp_path: Path) -> None:
    """templates/make_templates.py is reproducible, so the committed .docx match its output."""
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_templates", root / "templates" / "make_templates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = tmp_path
    module.main()
    for built in sorted(tmp_path.glob("*.docx")):
        assert built.read_bytes() == (root / "src" / "prodbridge" / "templates" / built.name).read_bytes(), (
            built.name
        )
