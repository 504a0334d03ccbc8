"""The AD's reports: scene list, scenes by set, cast list, elements, name check, day out of days."""

from __future__ import annotations

from datetime import date

import pytest

from prodbridge.analysis.reports import (
    build,
    cast_list,
    dood_table,
    element_lists,
    minutes_for,
    name_check,
    scene_list,
    scenes_by_set,
    similar,
)
from prodbridge.model import (
    Breakdown,
    BreakdownElement,
    BreakdownEntry,
    CastMember,
    Review,
    Scene,
    Schedule,
    ScheduleRow,
    Script,
    ShootDay,
)


def scene(index, scene_id, set_name, tod, eighths, characters, speaking=None, subset=None, ie="INT"):
    heading = f"{ie}. {set_name}{' - ' + subset if subset else ''} - {tod}"
    return Scene(
        index=index,
        id=scene_id,
        number=scene_id,
        heading=heading,
        int_ext=ie,
        set=set_name,
        subset=subset,
        time_of_day=tod,
        eighths=eighths,
        eighths_source="file",
        page=str(index),
        paragraphs=(index, index + 1),
        characters=tuple(characters),
        speaking=tuple(speaking if speaking is not None else characters),
    )


SCENES = (
    scene(1, "1", "FLAT", "DAY", 4, ["ANNA", "MARC"], subset="KITCHEN"),
    scene(2, "2", "PIER", "NIGHT", 12, ["MARC", "LEO"], speaking=["MARC"], ie="EXT"),
    scene(3, "3", "FLAT", "NIGHT", 8, ["ANNA", "MARC"], subset="BEDROOM"),
    scene(4, "3A", "FLAT", "DAY", 3, ["ANNA"], subset="KITCHEN"),
    scene(5, "4", "PIER", "NIGHT", 5, ["LEO", "ANNA"], ie="EXT"),
)
SCRIPT = Script("fdx", "T", "en", (), SCENES)


def test_shooting_time_follows_pages_per_hour():
    assert minutes_for(8, 0.5) == 120
    assert minutes_for(4, 0.5) == 60
    assert minutes_for(3, 1.0) == 22  # 3/8 page at a page an hour: 22.5 min, rounded half to even
    with pytest.raises(ValueError):
        minutes_for(8, 0)


def test_scene_list_is_in_continuity_order_with_cast_ids_and_silent_characters():
    lines = scene_list(SCRIPT)
    assert [line.scene.id for line in lines] == ["1", "2", "3", "3A", "4"]
    assert lines[1].cast_ids == (2, 3)
    assert lines[1].present == ("LEO",)
    assert lines[1].minutes == 180


def test_scene_list_shows_intimacy_at_public_level_only():
    breakdown = Breakdown(
        (
            BreakdownEntry("1", None, Review("1", "confirmed", closed_set="yes", nudity={"ANNA": "partial"})),
            BreakdownEntry("2", None, Review("2", "proposed")),
            BreakdownEntry("3", None, Review("3", "rejected")),
            BreakdownEntry("9", None, Review("9", "confirmed"), removed=True),
        )
    )
    lines = {line.scene.id: line for line in scene_list(SCRIPT, breakdown)}
    assert (lines["1"].intimacy, lines["1"].closed_set) == ("ic", True)
    assert (lines["2"].intimacy, lines["2"].closed_set) == ("to_review", False)
    assert lines["3"].intimacy == "" and lines["4"].intimacy == ""


def test_scenes_grouped_by_set_and_sub_set_with_totals_per_day_and_night():
    groups = scenes_by_set(SCRIPT)
    assert [g.set for g in groups] == ["FLAT", "PIER"]
    flat = groups[0]
    assert [(r.subset, r.time_of_day, r.scenes, r.eighths) for r in flat.rows] == [
        ("KITCHEN", "DAY", ("1", "3A"), 7),
        ("BEDROOM", "NIGHT", ("3",), 8),
    ]
    assert (flat.scenes, flat.eighths, flat.minutes) == (3, 15, 225)
    assert flat.by_time == (("DAY", 7), ("NIGHT", 8))
    assert groups[1].by_time == (("NIGHT", 17),)
    assert build(SCRIPT).by_time == (("DAY", 7), ("NIGHT", 25))


def test_cast_ids_put_the_lead_first_by_number_of_scenes():
    cast = cast_list(SCRIPT)
    assert [(c.id, c.character, len(c.scenes), c.speaking, c.eighths) for c in cast] == [
        (1, "ANNA", 4, 4, 20),
        (2, "MARC", 3, 3, 24),
        (3, "LEO", 2, 1, 17),
    ]
    assert (cast[2].first, cast[2].last) == ("2", "4")


def test_cast_ids_from_the_config_are_kept_and_the_others_follow():
    cast = cast_list(SCRIPT, [CastMember("LEO", actor="Jo Okoro", id=7), CastMember("MARC", id=1)])
    assert [(c.id, c.character, c.actor) for c in cast] == [(1, "MARC", ""), (7, "LEO", "Jo Okoro"), (8, "ANNA", "")]


def test_elements_are_listed_per_category_id_by_first_appearance():
    elements = [
        BreakdownElement("cat-props", "Props", "torch", "d1", "6", (9,), (3,), 1),
        BreakdownElement("cat-props", "Props", "Anchor", "d2", "6", (2, 7), (1, 3), 2),
        BreakdownElement("cat-props", "Props", "lantern", "d3", "6", (), (), 1),
        BreakdownElement("cat-x", "Props", "coat", "d4", "32", (5,), (2,), 1),
    ]
    lists = element_lists(SCRIPT, elements)
    assert [(e.category_id, e.category) for e in lists] == [("cat-props", "Props"), ("cat-x", "Props")]
    assert [(line.name, line.scenes, line.occurrences) for line in lists[0].elements] == [
        ("Anchor", ("1", "3"), 2),
        ("torch", ("3",), 1),
        ("lantern", (), 1),
    ]
    assert lists[0].elements[0].first_heading == "INT. FLAT - KITCHEN - DAY"


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("LÉA", "LEA", "accents"),
        ("MRS. SMITH", "MRS SMITH", "punctuation"),
        ("JIM", "JIM SMITH", "contains"),
        ("JIM", "JAMES", "nickname"),
        ("MARC", "MARK", "spelling"),
        ("NATHALIE", "NATAHLIE", "spelling"),
        ("COP 1", "COP 2", None),
        ("ANNA", "MARC", None),
        ("LEO", "LEA", None),
        ("AL", "ALEX", None),
    ],
)
def test_name_check_reasons(a, b, reason):
    assert similar(a, b) == reason


def test_name_check_lists_pairs_with_their_scenes_and_merges_nothing():
    script = Script(
        "fdx",
        "T",
        "fr",
        (),
        (
            scene(1, "1", "A", "JOUR", 8, ["LÉA", "JIM"]),
            scene(2, "2", "A", "JOUR", 8, ["LEA", "JAMES"]),
        ),
    )
    checks = name_check(script)
    assert [(c.first, c.second, c.reason, c.first_scenes, c.second_scenes) for c in checks] == [
        ("LÉA", "LEA", "accents", ("1",), ("2",)),
        ("JIM", "JAMES", "nickname", ("1",), ("2",)),
    ]
    assert [c.character for c in cast_list(script)] == ["LÉA", "JIM", "LEA", "JAMES"]


def test_day_out_of_days_codes_for_a_small_schedule():
    days = (
        ShootDay(1, date(2026, 3, 2), ("1",)),
        ShootDay(2, date(2026, 3, 3), ("2",)),
        ShootDay(3, date(2026, 3, 4), ("3",)),
        ShootDay(4, date(2026, 3, 5), ()),
        ShootDay(5, date(2026, 3, 6), ("4",)),
    )
    rows = tuple(ScheduleRow(i, d.scenes[0], d.scenes[0], d.number) for i, d in enumerate(days, 2) if d.scenes)
    schedule = Schedule("xlsx", rows, days)
    ids = {c.character: c.id for c in cast_list(SCRIPT)}
    table = dood_table(schedule, SCRIPT, (), ids)
    assert [(line.id, line.character, line.codes) for line in table.lines] == [
        (1, "ANNA", ("SW", "H", "W", "H", "WF")),
        (2, "MARC", ("SW", "W", "WF", "", "")),
        (3, "LEO", ("", "SW", "H", "H", "WF")),
    ]
    anna, marc, leo = table.lines
    assert (anna.work, anna.hold, table.start(anna), table.finish(anna)) == (3, 2, 1, 5)
    assert (marc.work, marc.hold) == (3, 0)
    assert (leo.work, leo.hold, table.start(leo)) == (2, 2, 2)


def test_a_single_working_day_is_swf():
    schedule = Schedule(
        "xlsx",
        (ScheduleRow(2, "2", "2", 1), ScheduleRow(3, "1", "1", 2)),
        (ShootDay(1, None, ("2",)), ShootDay(2, None, ("1",))),
    )
    table = dood_table(schedule, SCRIPT)
    assert {line.character: line.codes for line in table.lines} == {
        "ANNA": ("", "SWF"),
        "MARC": ("SW", "WF"),
        "LEO": ("SWF", ""),
    }


def test_build_leaves_the_day_out_of_days_empty_without_a_schedule():
    reports = build(SCRIPT, pages_per_hour=1.0)
    assert reports.dood is None
    assert reports.scenes[0].minutes == 30
