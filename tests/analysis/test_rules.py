"""Compliance rules: rider 48 h before call, IC booked, minors, closed set, review, matching."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from prodbridge.analysis.rules import Policy, answer, check, has_failing, rider_deadline, scene_flags
from prodbridge.model import (
    Alert,
    Breakdown,
    BreakdownEntry,
    Finding,
    Review,
    Scene,
    Schedule,
    ScheduleRow,
    Script,
    ShootDay,
    scene_key,
)

MON, TUE = date(2026, 3, 2), date(2026, 3, 3)


def make_scene(index: int, ident: str, characters: tuple[str, ...] = ()) -> Scene:
    return Scene(
        index,
        ident,
        ident,
        f"INT. HOUSEBOAT - NIGHT ({ident})",
        "INT",
        "HOUSEBOAT",
        None,
        "NIGHT",
        8,
        "file",
        None,
        (0, 0),
        characters,
        characters,
    )


def make_script(*scenes: tuple[str, tuple[str, ...]]) -> Script:
    return Script(
        "fdx", "The Crossing", "en", (), tuple(make_scene(i, s, c) for i, (s, c) in enumerate(scenes, 1))
    )


def make_schedule(
    days: dict[int, tuple[date | None, list[str]]],
    calls: dict[int, datetime] | None = None,
    cast: dict[str, tuple[str, ...]] | None = None,
    boneyard: tuple[str, ...] = (),
) -> Schedule:
    rows, shoot_days, row = [], [], 5
    for number, (when, ids) in days.items():
        for ident in ids:
            row += 1
            rows.append(
                ScheduleRow(row, ident, scene_key(ident), number, when, cast=(cast or {}).get(ident, ()))
            )
        shoot_days.append(ShootDay(number, when, tuple(scene_key(i) for i in ids), (calls or {}).get(number)))
    for ident in boneyard:
        row += 1
        rows.append(ScheduleRow(row, ident, scene_key(ident), None))
    return Schedule("xlsx", tuple(rows), tuple(shoot_days), "Stripboard", 5, {"scene": 1})


def entry(
    ident: str,
    codes: tuple[str, ...],
    characters: tuple[str, ...] = (),
    status: str = "proposed",
    **review: object,
) -> BreakdownEntry:
    return BreakdownEntry(
        ident, Finding(1, codes, 0.9, characters, ()), Review(ident, status=status, **review)
    )


def codes_of(alerts: tuple[Alert, ...]) -> list[tuple[str, str, str | None, int | None]]:
    return [(a.code, a.level, a.scene, a.day) for a in alerts]


BOOKED = Policy(ic_dates=frozenset({MON, TUE}), crew_call=time(7, 0), now=datetime(2026, 2, 20, 9, 0))


# --- rider deadline ---------------------------------------------------------------------------


def test_the_rider_deadline_is_the_days_crew_call_minus_48_hours():
    day = ShootDay(1, TUE, ("12",))
    assert rider_deadline(day, BOOKED) == datetime(2026, 3, 1, 7, 0)
    late_call = Policy(crew_call=time(7, 0), day_calls={TUE: time(14, 0)})
    assert rider_deadline(day, late_call) == datetime(2026, 3, 1, 14, 0)


def test_the_schedules_own_call_time_wins_over_the_config():
    day = ShootDay(1, TUE, ("12",), call=datetime(2026, 3, 3, 18, 30))
    assert rider_deadline(day, BOOKED) == datetime(2026, 3, 1, 18, 30)


def test_without_any_call_time_the_day_starts_at_midnight_the_safest_deadline():
    assert rider_deadline(ShootDay(1, TUE, ()), Policy()) == datetime(2026, 3, 1, 0, 0)
    assert rider_deadline(ShootDay(1, None, ()), Policy()) is None


def test_an_unsigned_rider_before_the_deadline_is_a_warning_with_the_deadline():
    alerts = check(
        make_schedule({2: (TUE, ["12"])}), Breakdown((entry("12", ("SEX-S",), status="confirmed"),)), BOOKED
    )
    rider = [a for a in alerts if a.code.startswith("rider")]
    assert rider == [
        Alert(
            "rider-unsigned",
            "warning",
            "Scene 12 (day 2): rider not signed yet; deadline 2026-03-01 07:00 (48 h before call).",
            "12",
            2,
        )
    ]


def test_an_unsigned_rider_past_the_deadline_is_blocking():
    policy = Policy(ic_dates=frozenset({TUE}), crew_call=time(7, 0), now=datetime(2026, 3, 1, 7, 0))
    breakdown = Breakdown((entry("12", ("NUD-F",), status="confirmed", rider_status="pending"),))
    alerts = check(make_schedule({2: (TUE, ["12"])}), breakdown, policy)
    assert [a for a in alerts if a.code.startswith("rider")] == [
        Alert(
            "rider-late",
            "blocking",
            "Scene 12 (day 2): rider not signed and the 48 h deadline (2026-03-01 07:00) has passed.",
            "12",
            2,
        )
    ]


def test_a_rider_signed_in_time_raises_nothing_and_one_signed_late_is_a_warning():
    on_time = entry("12", ("SEX-S",), status="confirmed", rider_status="Signed", rider_date=date(2026, 2, 27))
    late = entry("12A", ("SEX-S",), status="confirmed", rider_status="signé", rider_date=date(2026, 3, 2))
    alerts = check(make_schedule({2: (TUE, ["12", "12A"])}), Breakdown((on_time, late)), BOOKED)
    assert [a for a in alerts if a.code.startswith("rider")] == [
        Alert(
            "rider-signed-late",
            "warning",
            "Scene 12A (day 2): rider signed on 2026-03-02, after the 48 h deadline (2026-03-01 07:00).",
            "12A",
            2,
        )
    ]


def test_a_kiss_needs_no_rider_and_no_closed_set():
    flags = scene_flags(make_schedule({1: (MON, ["27A"])}), Breakdown((entry("27A", ("KIS",)),)), BOOKED)
    assert (flags["27A"].rider_needed, flags["27A"].rider_deadline, flags["27A"].closed_set) == (
        False,
        None,
        False,
    )


def test_a_day_without_date_gives_an_unsigned_rider_warning_without_deadline():
    alerts = check(
        make_schedule({3: (None, ["7"])}), Breakdown((entry("7", ("NUD-P",), status="confirmed"),)), BOOKED
    )
    assert ("rider-unsigned", "warning", "7", 3) in codes_of(alerts)
    assert ("ic-unchecked", "warning", None, 3) in codes_of(alerts)


# --- intimacy coordinator ---------------------------------------------------------------------


def test_a_day_with_intimate_scenes_and_no_ic_booked_is_flagged():
    policy = Policy(ic_dates=frozenset({MON}), now=datetime(2026, 2, 1))
    breakdown = Breakdown((entry("12", ("KIS",)), entry("5", ("TEN",), status="confirmed")))
    alerts = check(make_schedule({1: (MON, ["12"]), 2: (TUE, ["3", "5"])}), breakdown, policy)
    ic = [a for a in alerts if a.code == "ic-not-booked"]
    assert ic == [
        Alert(
            "ic-not-booked",
            "blocking",
            "Day 2 (2026-03-03): intimate scenes 5 but no intimacy coordinator booked.",
            None,
            2,
        )
    ]


def test_unreviewed_findings_alone_make_the_missing_ic_a_warning():
    alerts = check(make_schedule({2: (TUE, ["12"])}), Breakdown((entry("12", ("KIS",)),)), Policy())
    assert ("ic-not-booked", "warning", None, 2) in codes_of(alerts)


# --- minors -------------------------------------------------------------------------------------


def test_a_minor_taking_part_in_sex_or_nudity_is_blocking():
    breakdown = Breakdown((entry("8", ("NUD-P", "EXP"), ("Anna", "HELEN"), status="confirmed"),))
    alerts = check(
        make_schedule({1: (MON, ["8"])}),
        breakdown,
        Policy(minors=frozenset({"ANNA"}), ic_dates=frozenset({MON})),
    )
    minor = [a for a in alerts if a.code.startswith("minor")]
    assert minor == [
        Alert(
            "minor-blocking",
            "blocking",
            "Scene 8 (day 1): a minor (Anna) takes part in content that needs producer and legal sign-off.",
            "8",
            1,
        )
    ]


def test_a_minor_in_a_kiss_is_a_warning_and_names_match_without_surname_or_accents():
    breakdown = Breakdown((entry("15", ("KIS", "MIN"), ("LEO", "LÉA")),))
    policy = Policy(minors=frozenset({"LEO FINCH", "Lea"}))
    alerts = check(make_schedule({6: (date(2026, 3, 9), ["15"])}), breakdown, policy)
    assert [a.text for a in alerts if a.code == "minor-warning"] == [
        "Scene 15 (day 6): a minor (LEO, LÉA) takes part in intimate content; IC and child supervisor required."
    ]


def test_a_minor_present_while_adults_are_intimate_is_a_warning():
    script = make_script(("13", ("ANNA", "DANIEL", "HELEN")))
    breakdown = Breakdown((entry("13", ("KIS",), ("DANIEL", "HELEN")),))
    alerts = check(make_schedule({1: (MON, ["13"])}), breakdown, Policy(minors=frozenset({"ANNA"})), script)
    assert [(a.code, a.level, a.text) for a in alerts if a.code.startswith("minor")] == [
        (
            "minor-present",
            "warning",
            "Scene 13 (day 1): a minor (ANNA) is present during intimate content; IC and child supervisor required.",
        )
    ]


def test_a_minor_on_the_schedules_cast_list_counts_as_present():
    breakdown = Breakdown((entry("22", ("EXP",), ("RUTH",)),))
    schedule = make_schedule({7: (date(2026, 3, 10), ["22"])}, cast={"22": ("3", "7")})
    policy = Policy(minors=frozenset({"ANNA"}), cast_ids={"3": "ANNA", "7": "RUTH"})
    assert ("minor-present", "warning", "22", 7) in codes_of(check(schedule, breakdown, policy))


def test_a_min_flag_with_nudity_and_no_known_minor_is_blocking_but_only_a_warning_when_minors_are_known():
    breakdown = Breakdown((entry("19", ("SLF", "MIN"), ("HELEN",)),))
    schedule = make_schedule({1: (MON, ["19"])})
    unknown = check(schedule, breakdown, Policy())
    known = check(schedule, breakdown, Policy(minors=frozenset({"ANNA"})))
    assert ("minor-blocking", "blocking", "19", 1) in codes_of(unknown)
    assert [a.text for a in known if a.code.startswith("minor")] == [
        "Scene 19 (day 1): the script flags a minor in intimate content; IC and child supervisor required."
    ]


def test_an_infant_in_a_birth_scene_is_a_warning_not_a_block():
    alerts = check(
        make_schedule({1: (MON, ["21"])}), Breakdown((entry("21", ("EXP", "MIN"), ("RUTH",)),)), Policy()
    )
    assert ("minor-warning", "warning", "21", 1) in codes_of(alerts)
    assert not [a for a in alerts if a.level == "blocking" and a.code.startswith("minor")]


# --- closed set, review, matching ---------------------------------------------------------------


def test_closed_set_follows_the_codes_unless_the_ic_answered():
    breakdown = Breakdown(
        (
            entry("12A", ("SEX-S",)),
            entry("23", ("NUD-P",), closed_set="no"),
            entry("31", ("KIS",), closed_set="Oui"),
        )
    )
    flags = scene_flags(make_schedule({2: (TUE, ["12A", "23", "31"])}), breakdown, BOOKED)
    assert {k: f.closed_set for k, f in flags.items()} == {"12A": True, "23": False, "31": True}


def test_rejected_and_removed_entries_raise_nothing():
    breakdown = Breakdown(
        (
            entry("12", ("SEX-S",), status="rejected"),
            BreakdownEntry("40", None, Review("40", status="confirmed"), removed=True),
        )
    )
    assert check(make_schedule({2: (TUE, ["12"])}), breakdown, Policy()) == ()


def test_every_alert_for_one_scene_in_sorted_order():
    breakdown = Breakdown((entry("23", ("NUD-P", "SEX-S"), ("HELEN", "DANIEL")),))
    alerts = check(
        make_schedule({2: (TUE, ["23"])}), breakdown, Policy(crew_call=time(19, 0), now=datetime(2026, 2, 1))
    )
    assert [(a.code, a.level) for a in alerts] == [
        ("ic-not-booked", "warning"),
        ("finding-unreviewed", "warning"),
        ("rider-unsigned", "warning"),
        ("closed-set", "info"),
    ]


def test_schedule_scenes_missing_from_the_script_and_unscheduled_intimate_scenes_are_flagged():
    script = make_script(("12", ()), ("12A", ()), ("14", ()))
    schedule = make_schedule({1: (MON, ["12", "12 pt 2", "30"])}, boneyard=("14",))
    breakdown = Breakdown((entry("14", ("KIS",), status="confirmed"),))
    alerts = check(schedule, breakdown, BOOKED, script)
    assert [(a.code, a.text) for a in alerts] == [
        ("scene-not-in-script", "Scene 30 (row 8) of the schedule is not in the script."),
        ("intimate-scene-unscheduled", "Scene 14 has intimate content and is on no shooting day."),
    ]


def test_alert_texts_follow_the_language():
    alerts = check(
        make_schedule({2: (TUE, ["14 BIS"])}),
        Breakdown((entry("14BIS", ("NUD-I",)),)),
        Policy(lang="fr", now=datetime(2026, 2, 1)),
        make_script(("14 BIS", ())),
    )
    assert [a.text for a in alerts] == [
        "Jour 2 (2026-03-03) : séquences intimes 14 BIS sans coordinateur·rice d'intimité réservé·e.",
        "Séq. 14 BIS (jour 2) : repérages d'intimité pas encore revus par la coordination.",
        "Séq. 14 BIS (jour 2) : avenant non signé ; échéance 2026-03-01 00:00 (48 h avant la convocation).",
        "Séq. 14 BIS (jour 2) : plateau fermé.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed", True),
        ("signé le 12/02", True),
        ("x", True),
        ("not signed", False),
        ("En attente", False),
        ("Signed (Helen), pending (Daniel)", False),
        ("", None),
        ("  ", None),
        ("see agent", None),
    ],
)
def test_the_ics_answers_are_read_with_no_winning(text, expected):
    assert answer(text) is expected


def test_strict_fails_on_warnings_and_blocks_but_not_on_info():
    info = Alert("closed-set", "info", "Scene 12 (day 2): closed set.", "12", 2)
    warning = Alert("finding-unreviewed", "warning", "…", "12", 2)
    assert has_failing([info]) is False
    assert has_failing([info, warning]) is True


def test_a_scene_split_into_parts_on_the_board_is_scheduled_on_the_first_parts_day():
    schedule = make_schedule({1: (MON, ["12 pt 1"]), 2: (TUE, ["12 pt 2"])})
    breakdown = Breakdown((entry("12", ("KIS",), status="confirmed"),))
    flags = scene_flags(schedule, breakdown, BOOKED)
    assert flags["12"].day == 1
    assert check(schedule, breakdown, BOOKED, make_script(("12", ()))) == ()


def test_the_ic_check_covers_the_day_of_a_later_part():
    schedule = make_schedule({1: (MON, ["12 pt 1"]), 2: (TUE, ["12 pt 2"])})
    alerts = check(
        schedule, Breakdown((entry("12", ("KIS",), status="confirmed"),)), Policy(ic_dates=frozenset({MON}))
    )
    assert codes_of(alerts) == [("ic-not-booked", "blocking", None, 2)]
