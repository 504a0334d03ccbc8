"""USS reader: every corpus sample day by day, the tolerance rules, and one-line refusals."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from prodbridge.errors import EXIT_BAD_INPUT, EXIT_USAGE, InputError, UnsafeInputError, UsageError
from prodbridge.model import ScheduleRow, ShootDay, scene_key
from prodbridge.options import ReadOptions
from prodbridge.readers import uss
from prodbridge.readers.fdx import read as read_fdx
from prodbridge.readers.uss import read

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = ROOT.parent / "shared" / "corpus" / "production"
SMALL = "uss-small-sample-wonderful-life.uss"
FULL = "uss-full-sample-wonderful-life.uss"
LARGE = "uss-large-sample-think-crew.uss"
DRAFT = "uss-draft-0.9-sample.uss"
CROSSING = ROOT / "fixtures" / "schedules" / "the-crossing.uss"


def _read(name: str, board: str | None = None):
    return read((PRODUCTION / name).read_bytes(), ReadOptions(name=name, board=board))


def _raw(name: str) -> dict[str, Any]:
    return json.loads((PRODUCTION / name).read_bytes())["universalScheduleStandard"]


def _codes(issues) -> list[str]:
    return [i.code for i in issues]


def _raw_days(body: dict[str, Any], board: str) -> list[list[str]]:
    """Scene keys per day array of a stripboard, straight from the JSON (no reader code); a
    scene split over two strips of one day counts once, as in the spreadsheet readers."""
    strips = {b["id"]: b for b in body["breakdowns"]}
    stripboard = next(s for s in body["stripboards"] if s["name"] == board)
    shooting = next(b for b in stripboard["boards"] if b["name"] == "stripboard")
    ids = shooting.get("breakdownIds", shooting.get("breakdownArrays"))
    days = []
    for day in ids:
        if isinstance(day, list):
            scenes = [strips[i]["scene"] for i in day if strips[i]["type"] in ("scene", "strip")]
            days.append(list(dict.fromkeys(scene_key(s) for s in scenes if s)))
    return days


# --- the corpus ------------------------------------------------------------------------------------


def test_small_sample_uses_the_scheduled_first_pass_and_says_so():
    schedule, issues = _read(SMALL)
    assert schedule.format == "uss"
    assert schedule.sheet == "First Pass"
    assert schedule.days == (ShootDay(1, date(2022, 6, 20), ("89PT1",)),)
    assert schedule.rows == (
        ScheduleRow(
            row=2,
            scene_id="89PT1",
            scene="89PT1",
            day=1,
            date=date(2022, 6, 20),
            int_ext="EXT",
            set="BEDFORD FALLS BRIDGE",
            time_of_day="NIGHT",
            eighths=2,
            cast=("GEORGE", "CLARENCE"),
            location=None,
            description="George finds Zuzu's petals in his pocket",
        ),
    )
    assert _codes(issues) == ["uss-board-chosen"]
    assert issues[0].text == (
        "used stripboard 'First Pass' (1 shooting day), the one with the most shooting days; "
        "also in the file: 'Script Order' (no shooting days)"
    )


def test_a_flat_script_order_board_schedules_nothing():
    schedule, issues = _read(SMALL, board="Script Order")
    assert schedule.days == ()
    assert [(r.scene, r.day, r.date) for r in schedule.rows] == [("89PT1", None, None)]
    assert issues == []


def test_large_sample_first_pass_has_31_days_as_the_json_says():
    schedule, issues = _read(LARGE)
    raw_days = _raw_days(_raw(LARGE), "First Pass")
    assert len(raw_days) == 31
    assert [list(d.scenes) for d in schedule.days] == raw_days
    assert [len(d.scenes) for d in schedule.days] == [
        2, 7, 3, 2, 4, 2, 3, 5, 7, 3, 4, 8, 3, 2, 5, 10, 4, 4, 5, 4, 3, 8, 2, 2, 6, 6, 1, 11, 5, 9, 7,
    ]  # fmt: skip
    assert sum(len(d.scenes) for d in schedule.days) == len(schedule.rows) == 147
    assert [d.number for d in schedule.days] == list(range(1, 32))
    assert _codes(issues) == ["uss-board-chosen"]
    assert "'First Pass' (31 shooting days)" in issues[0].text
    assert "'Script Order' (1 shooting day)" in issues[0].text


def test_large_sample_dates_skip_weekends_and_the_calendar_days_off():
    schedule, _ = _read(LARGE)
    dates = [d.date for d in schedule.days]
    assert dates[0] == date(2025, 4, 7)
    assert dates[26:] == [
        date(2025, 5, 13),
        date(2025, 5, 21),  # 14-16 and 19-20 May are dayOff events
        date(2025, 5, 22),
        date(2025, 5, 23),
        date(2025, 5, 26),
    ]
    weekdays = [d for d in (date(2025, 4, 7) + timedelta(n) for n in range(50)) if d.weekday() < 5]
    off = {date(2025, 5, d) for d in (14, 15, 16, 19, 20)}
    assert dates == [d for d in weekdays if d not in off][:31]
    assert all(r.date == dates[r.day - 1] for r in schedule.rows)


def test_large_sample_rows_carry_the_breakdown_fields():
    schedule, _ = _read(LARGE)
    (row,) = [r for r in schedule.rows if r.scene == "6"]
    assert row == ScheduleRow(
        row=6,
        scene_id="6",
        scene="6",
        day=8,
        date=date(2025, 4, 16),
        int_ext="INT",
        set="BAHIR'S HOUSE - LIVING ROOM",  # category "Set" on custom id 50: found by name
        time_of_day="NIGHT",
        eighths=7,
        cast=("BAHIR", "TAREFF"),
        location=None,
        description="Bahir asks Tareff about the bombing, he doesn't respond",
    )


def test_large_sample_script_order_is_one_block_of_147_scenes():
    schedule, issues = _read(LARGE, board="script order")
    assert schedule.sheet == "Script Order"
    assert len(schedule.days) == 1
    assert len(schedule.days[0].scenes) == 147
    assert schedule.days[0].date == date(2025, 4, 7)
    assert issues == []  # the boneyard's 31 arrays (banners only) are not an oddity


def test_full_sample_default_is_the_board_with_most_days_and_every_quirk_is_reported():
    schedule, issues = _read(FULL)
    assert schedule.sheet == "Second Pass"
    raw_days = _raw_days(_raw(FULL), "Second Pass")
    assert [list(d.scenes) for d in schedule.days] == raw_days
    assert len(schedule.days) == 67
    assert (schedule.days[0].date, schedule.days[-1].date) == (date(2022, 8, 10), date(2022, 11, 10))
    assert [r.scene for r in schedule.rows if r.day is None] == ["45", "46"]
    assert len(schedule.rows) == 172  # 173 strips, one without a scene number
    assert _codes(issues) == [
        "uss-breakdown-type",
        "uss-missing-keys",
        "uss-board-chosen",
        "uss-board-key",
        "uss-scene-without-number",
    ]
    assert issues[0].text == "173 breakdown(s) of type 'strip' (not in USS 1.0.0) read as scenes"
    assert issues[1].text == "breakdowns: 3 without 'created'; read as null"
    assert issues[4].location == "breakdown 5e2dd860fb4b290017196836"


def test_full_sample_first_pass_leaves_the_stray_flat_id_unscheduled():
    schedule, issues = _read(FULL, board="First Pass")
    raw_days = _raw_days(_raw(FULL), "First Pass")
    assert len(schedule.days) == len(raw_days) == 60
    assert [list(d.scenes) for d in schedule.days] == raw_days
    assert schedule.days[0].scenes == ()  # its only strip has no scene number
    (stray,) = [i for i in issues if i.code == "uss-strip-outside-day"]
    assert stray.location == "stripboard 'First Pass', after day 7"
    assert [(r.scene, r.day) for r in schedule.rows if r.day is None] == [
        ("7", None),
        ("29", None),
        ("29", None),
    ]
    # Start Wed 3 Aug 2022; weekends and the holidays of 5 Sep and 10 Oct are skipped.
    assert schedule.days[0].date == date(2022, 8, 3)
    assert schedule.days[23].date == date(2022, 9, 6)
    assert schedule.days[59].date == date(2022, 10, 27)


def test_draft_09_is_read_as_legacy_with_day_strips_closing_days():
    schedule, issues = _read(DRAFT)
    assert schedule.sheet == "The name of this stripboard"
    assert schedule.days == (ShootDay(1, date(2022, 6, 20), ("89PT1",)),)
    (row,) = schedule.rows
    assert (row.int_ext, row.set, row.time_of_day, row.cast) == (
        "EXT",
        "BEDFORD FALLS BRIDGE",
        "NIGHT",
        ("GEORGE", "CLARENCE"),
    )  # categories list their elements and use catId in the draft
    assert _codes(issues) == ["uss-legacy-draft", "uss-missing-keys", "uss-board-chosen"]
    assert issues[0].text.startswith("pre-1.0 USS draft (version 0.9.0)")
    assert _read(DRAFT, board="Script Order")[0].days == ()


def test_the_crossing_fixture_holds_the_script_scenes():
    script, _ = read_fdx((ROOT / "fixtures" / "scripts" / "the-crossing.fdx").read_bytes(), ReadOptions())
    schedule, issues = read(CROSSING.read_bytes(), ReadOptions(name="the-crossing.uss"))
    assert sorted(r.scene for r in schedule.rows) == sorted(scene_key(s.id) for s in script.scenes)
    by_scene = {r.scene: r for r in schedule.rows}
    for scene in script.scenes:
        assert by_scene[scene.id].eighths == scene.eighths
        assert by_scene[scene.id].cast == scene.characters
    assert [(d.number, d.date, d.scenes) for d in schedule.days] == [
        (1, date(2026, 3, 2), ("2", "5", "9", "27A")),
        (2, date(2026, 3, 3), ("1", "27", "27B", "32", "34")),
        (3, date(2026, 3, 4), ("12", "12A", "23")),
        (4, date(2026, 3, 5), ("3", "8", "13", "19", "24", "28")),
        (5, date(2026, 3, 9), ("6", "7", "17", "25", "26")),  # Fri 6 March is a dayOff event
        (6, date(2026, 3, 10), ("11", "20", "21", "22")),
        (7, date(2026, 3, 11), ("4", "15", "18", "31", "33")),
        (8, date(2026, 3, 12), ("10", "14", "16")),
    ]
    assert [r.scene for r in schedule.rows if r.day is None] == ["29"]
    assert _codes(issues) == ["uss-board-chosen"]


# --- tolerance rules on small documents ---------------------------------------------------------


def _scene(strip_id: str, scene: str | None, kind: str = "scene") -> dict[str, Any]:
    return {
        "id": strip_id, "bannerText": None, "comments": None, "created": "2026-01-01T00:00:00.000Z",
        "description": None, "elements": [], "pages": 0.5, "scene": scene, "scriptPage": None,
        "duration": None, "type": kind,
    }  # fmt: skip


def _doc(
    breakdowns: list[dict[str, Any]],
    shooting: list[Any],
    boneyard: list[Any] | None = None,
    calendar: dict[str, Any] | None = None,
    wrapped: bool = True,
) -> bytes:
    body = {
        "id": "x",
        "ussVersion": "1.0.0",
        "breakdowns": breakdowns,
        "categories": [],
        "elements": [],
        "stripboards": [
            {
                "id": "sb",
                "name": "Board",
                "calendar": "cal",
                "boards": [
                    {"id": "b1", "name": "stripboard", "breakdownIds": shooting},
                    {"id": "b2", "name": "boneyard", "breakdownIds": boneyard or []},
                ],
            }
        ],
        "calendars": [
            calendar
            or {
                "id": "cal",
                "name": "Cal",
                "daysOff": [0, 6],
                "events": [{"id": "e", "type": "start", "name": None, "date": "2026-03-06T08:00:00.000Z"}],
            }
        ],
    }
    return json.dumps({"universalScheduleStandard": body} if wrapped else body).encode()


def test_nested_days_start_on_the_first_working_day():
    data = _doc([_scene("a", "1"), _scene("b", "2"), _scene("c", "3")], [["a", "b"], [], ["c"]])
    schedule, issues = read(data, ReadOptions(name="t.uss"))
    # Friday 6 March, then Monday 9 and Tuesday 10: an empty day array is still a day.
    assert schedule.days == (
        ShootDay(1, date(2026, 3, 6), ("1", "2")),
        ShootDay(2, date(2026, 3, 9), ()),
        ShootDay(3, date(2026, 3, 10), ("3",)),
    )
    assert issues == []


def test_flat_board_with_day_strips_ends_a_day_at_each_one():
    strips = [
        _scene("a", "1"),
        _scene("d1", None, "day"),
        _scene("b", "2"),
        _scene("d2", None, "day"),
        _scene("c", "3"),
    ]
    schedule, issues = read(_doc(strips, ["a", "d1", "b", "d2", "c"]), ReadOptions(name="t.uss"))
    assert [(d.number, d.scenes) for d in schedule.days] == [(1, ("1",)), (2, ("2",))]
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", 1), ("2", 2), ("3", None)]
    assert _codes(issues) == ["uss-strips-after-last-day"]


def test_unknown_duplicate_and_unplaced_strips_are_reported_not_dropped():
    strips = [_scene("a", "1"), _scene("b", "2"), _scene("c", "3")]
    schedule, issues = read(_doc(strips, [["a", "ghost", "a"]], ["b"]), ReadOptions(name="t.uss"))
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", 1), ("2", None), ("3", None)]
    assert _codes(issues) == ["uss-unknown-strip", "uss-duplicate-strip", "uss-strip-not-on-board"]
    assert issues[2].text == (
        "1 scene strip(s) are on neither the board nor the boneyard (scene 3); read as unscheduled"
    )


def test_unknown_breakdown_types_count_as_scenes_only_with_a_number():
    strips = [_scene("a", "1", "shot"), _scene("b", None, "note"), _scene("c", "2", "banner")]
    schedule, issues = read(_doc(strips, [["a", "b", "c"]]), ReadOptions(name="t.uss"))
    assert schedule.days[0].scenes == ("1",)
    assert _codes(issues) == ["uss-breakdown-type"]


def test_a_missing_calendar_leaves_the_days_undated():
    calendar = {"id": "other", "name": "A", "daysOff": [], "events": []}
    data = json.loads(_doc([_scene("a", "1")], [["a"]], calendar=calendar))
    data["universalScheduleStandard"]["calendars"].append(dict(calendar, id="another"))
    schedule, issues = read(json.dumps(data).encode(), ReadOptions(name="t.uss"))
    assert schedule.days == (ShootDay(1, None, ("1",)),)
    assert _codes(issues) == ["uss-calendar-missing"]


def test_a_calendar_without_start_or_with_every_day_off_gives_no_dates():
    no_start = {"id": "cal", "name": "C", "daysOff": [], "events": []}
    all_off = {"id": "cal", "name": "C", "daysOff": [0, 1, 2, 3, 4, 5, 6],
               "events": [{"id": "e", "type": "start", "name": None, "date": "2026-03-06"}]}  # fmt: skip
    for calendar in (no_start, all_off):
        schedule, issues = read(_doc([_scene("a", "1")], [["a"]], calendar=calendar), ReadOptions())
        assert schedule.days[0].date is None
        assert _codes(issues) == ["uss-no-start-date"]


def test_holiday_events_and_zero_based_sunday_days_off_are_skipped():
    calendar = {
        "id": "cal", "name": "C", "daysOff": [0],
        "events": [
            {"id": "s", "type": "start", "name": None, "date": "2026-03-07T07:00:00.000+0000"},
            {"id": "h", "type": "event", "name": "holiday", "date": "2026-03-09T07:00:00.000+0000"},
            {"id": "t", "type": "event", "name": "travel", "date": "2026-03-10T07:00:00.000+0000"},
        ],
    }  # fmt: skip
    strips = [_scene("a", "1"), _scene("b", "2"), _scene("c", "3")]
    schedule, _ = read(_doc(strips, [["a"], ["b"], ["c"]], calendar=calendar), ReadOptions())
    # Saturday 7 works (only Sunday is off), Sunday 8 off, Monday 9 holiday, travel is no day off.
    assert [d.date for d in schedule.days] == [date(2026, 3, 7), date(2026, 3, 10), date(2026, 3, 11)]


def test_an_unwrapped_document_is_read_and_flagged():
    schedule, issues = read(_doc([_scene("a", "1")], [["a"]], wrapped=False), ReadOptions())
    assert schedule.days[0].scenes == ("1",)
    assert _codes(issues) == ["uss-unwrapped"]


def test_no_stripboards_means_every_scene_is_unscheduled():
    data = json.loads(_doc([_scene("a", "1")], []))
    data["universalScheduleStandard"]["stripboards"] = None
    schedule, issues = read(json.dumps(data).encode(), ReadOptions())
    assert schedule.days == ()
    assert [(r.scene, r.day) for r in schedule.rows] == [("1", None)]
    assert _codes(issues) == ["uss-no-stripboards"]


def test_an_unknown_board_name_is_a_usage_error_listing_the_boards():
    with pytest.raises(UsageError) as caught:
        _read(FULL, board="Third Pass")
    assert caught.value.exit_code == EXIT_USAGE
    assert str(caught.value) == (
        f"{FULL}: no stripboard named 'Third Pass'; the file has 'Script Order' (no shooting days), "
        "'First Pass' (60 shooting days), 'Second Pass' (67 shooting days), 'Rev. WHITE' (56 shooting days)"
    )


# --- refusals ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (
            b'{"universalScheduleStandard": {"breakdowns": [',
            "not a USS file: invalid JSON at line 1, column 47",
        ),
        (b"[1, 2]", "not a Universal Schedule Standard file: the JSON is an array"),
        (b'{"name": "budget"}', "not a Universal Schedule Standard file: no 'universalScheduleStandard'"),
        (
            b'{"universalScheduleStandard": {"name": "x"}}',
            "not a usable USS file: it has no 'breakdowns' list",
        ),
        (b'{"universalScheduleStandard": {"breakdowns": [NaN]}}', "not a USS file: NaN is not a JSON number"),
        ('{"a": "é"}'.encode("cp1252"), "not a USS file: not UTF-8 text (byte 7)"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_3(data: bytes, message: str):
    with pytest.raises(InputError) as caught:
        read(data, ReadOptions(name="plan.uss"))
    assert caught.value.exit_code == EXIT_BAD_INPUT
    text = str(caught.value)
    assert text.startswith(f"plan.uss: {message}")
    assert "\n" not in text


@pytest.mark.parametrize("depth", [uss.MAX_DEPTH + 1, 100_000])
def test_deep_nesting_is_refused(depth: int):
    data = b'{"universalScheduleStandard": {"breakdowns": ' + b"[" * depth + b"]" * depth + b"}}"
    with pytest.raises(UnsafeInputError, match="nests deeper than 64 levels"):
        read(data, ReadOptions(name="deep.uss"))


def test_an_oversized_file_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(uss, "MAX_BYTES", 1024)
    with pytest.raises(UnsafeInputError, match="refused"):
        read((PRODUCTION / SMALL).read_bytes(), ReadOptions(name=SMALL))


def test_a_bom_is_accepted():
    schedule, _ = read(b"\xef\xbb\xbf" + (PRODUCTION / SMALL).read_bytes(), ReadOptions(name=SMALL))
    assert schedule.days[0].scenes == ("89PT1",)
