"""Day out of days: SW/W/WF/SWF/H from the schedule, cast ids resolved through the cast list."""

from __future__ import annotations

from datetime import date

from prodbridge.analysis.dood import cast_order, day_out_of_days, resolve_cast, scene_performers
from prodbridge.model import CastMember, Paragraph, Scene, Schedule, ScheduleRow, Script, ShootDay

CAST = (
    CastMember("HELEN", "Claire Whitfield", 1),
    CastMember("DANIEL", "Kwame Asante", 2),
    CastMember("ANNA", "Sophie Laurent", 3),
)


def schedule(days: dict[int, list[tuple[str, tuple[str, ...]]]]) -> Schedule:
    rows, shoot_days, n = [], [], 2
    for number, scenes in sorted(days.items()):
        for scene, cast in scenes:
            rows.append(ScheduleRow(n, scene, scene, number, date(2026, 3, number + 1), cast=cast))
            n += 1
        shoot_days.append(ShootDay(number, date(2026, 3, number + 1), tuple(s for s, _ in scenes)))
    return Schedule("csv", tuple(rows), tuple(shoot_days))


def script(characters: dict[str, tuple[str, ...]]) -> Script:
    scenes, paragraphs = [], []
    for i, (number, chars) in enumerate(characters.items(), start=1):
        paragraphs.append(Paragraph(i - 1, "Scene Heading", f"INT. ROOM {number} - DAY", scene=i))
        scenes.append(
            Scene(
                i,
                number,
                number,
                f"INT. ROOM {number} - DAY",
                "INT",
                f"ROOM {number}",
                None,
                "DAY",
                8,
                "file",
                None,
                (i - 1, i),
                chars,
                chars,
            )
        )
    return Script("fdx", "T", "en", tuple(paragraphs), tuple(scenes))


def test_codes_follow_first_last_and_gaps() -> None:
    board = schedule(
        {
            1: [("1", ("1",))],
            2: [("2", ("1", "2"))],
            3: [("3", ("2",))],
            4: [("4", ("1",))],
            5: [("5", ("3",))],
        }
    )
    dood = day_out_of_days(board, None, CAST)
    assert dood.days == (1, 2, 3, 4, 5)
    assert dood.codes["HELEN"] == {1: "SW", 2: "W", 3: "H", 4: "WF"}
    assert dood.codes["DANIEL"] == {2: "SW", 3: "WF"}
    assert dood.codes["ANNA"] == {5: "SWF"}
    assert dood.status("helen", 3) == "H"
    assert dood.status("ANNA", 1) == ""
    assert dood.on_day(3) == ("HELEN", "DANIEL")
    assert dood.working(3) == ("DANIEL",)


def test_script_characters_count_even_when_the_strip_omits_them() -> None:
    board = schedule({1: [("12", ("1",))], 2: [("14", ())]})
    text = script({"12": ("HELEN", "DANIEL"), "14": ("DANIEL",)})
    dood = day_out_of_days(board, text, CAST)
    assert dood.codes["DANIEL"] == {1: "SW", 2: "WF"}
    assert dood.codes["HELEN"] == {1: "SWF"}
    assert scene_performers("12", text, board.rows[:1], CAST) == ("HELEN", "DANIEL")


def test_cast_entries_resolve_ids_names_and_keep_unknown_ids() -> None:
    assert resolve_cast(["1", "daniel", "2.0", "7", "3, 1"], CAST) == ("HELEN", "DANIEL", "#7", "ANNA")
    assert resolve_cast(["1"], ()) == ("#1",)


def test_call_sheet_order_is_cast_ids_then_unknown_ids_then_names() -> None:
    assert cast_order(["WAITER", "#9", "ANNA", "HELEN", "#4"], CAST) == (
        "HELEN",
        "ANNA",
        "#4",
        "#9",
        "WAITER",
    )
