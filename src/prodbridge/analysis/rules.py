"""Compliance checks over schedule + breakdown (+ script) → ``Alert``s, and per-scene plan flags.

The rules (DESIGN §3, ``data/rules.toml``): a rider must be signed 48 h before the day's call;
an intimacy coordinator must be booked on every day with intimate scenes; a minor taking part
in SEX-S/SLF/SXV/NUD-* is blocking, in any other intimate content (or present during it) a
warning; closed sets are announced; unreviewed findings, schedule scenes missing from the
script and intimate scenes on no shooting day are warnings. Alert texts stay at the PUBLIC
level: they name scenes, days, deadlines and (for minors) the character, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from prodbridge.accents import strip_accents
from prodbridge.data import load
from prodbridge.model import (
    Alert,
    Breakdown,
    BreakdownEntry,
    Schedule,
    ScheduleRow,
    Script,
    ShootDay,
    scene_key,
)

LEVEL_ORDER = {"blocking": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Policy:
    """What the project's config tells the rules (all optional).

    ``ic_dates``: dates the intimacy coordinator is booked (empty: booked on no day).
    ``minors``: character names played by minors, as written (compared accent-free and
    case-free; ``LEO`` matches ``LEO FINCH``). ``cast_ids``: schedule cast id → character.
    ``crew_call``/``day_calls``: call times used when the schedule gives none; with neither,
    a day's call is taken as 00:00, the earliest (and so the safest) deadline.
    ``now``: the moment deadlines are compared to (``None``: no deadline has passed).
    """

    ic_name: str | None = None
    ic_dates: frozenset[date] = frozenset()
    minors: frozenset[str] = frozenset()
    cast_ids: Mapping[str, str] = field(default_factory=dict)
    crew_call: time | None = None
    day_calls: Mapping[date, time] = field(default_factory=dict)
    now: datetime | None = None
    lang: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "minors", _names(self.minors))


@dataclass(frozen=True, slots=True)
class SceneFlags:
    """What the schedule shows for one intimate scene (public level).

    ``scene`` is the scene key; ``day`` the first shooting day (``None`` when unscheduled);
    ``review`` is ``"proposed"`` (to review) or ``"confirmed"``.
    """

    scene: str
    codes: tuple[str, ...]
    ic_required: bool
    closed_set: bool
    rider_needed: bool
    rider_deadline: datetime | None
    review: str
    day: int | None


@cache
def _rules() -> dict[str, Any]:
    return load("rules")


def _fold(text: str) -> str:
    return strip_accents(text).casefold().strip()


def answer(text: str | None) -> bool | None:
    """The IC's free-text answer read as yes (``True``), no (``False``) or unknown (``None``).

    A "no" word wins: ``"not signed"`` is no, ``"signed"`` is yes, ``""`` is unknown.
    """
    if not text or not text.strip():
        return None
    words = set(re.findall(r"[a-z]+", _fold(text)))
    folded = " " + " ".join(re.findall(r"[a-z]+", _fold(text))) + " "
    answers = _rules()["answers"]
    for phrase in answers["no"]:
        if (" " in phrase and f" {phrase} " in folded) or phrase in words:
            return False
    for phrase in answers["yes"]:
        if (" " in phrase and f" {phrase} " in folded) or phrase in words:
            return True
    return None


def call_time(day: ShootDay, policy: Policy) -> datetime | None:
    """The day's call: from the schedule, else the config's per-day or default crew call, else
    00:00 of the day. ``None`` when the day has no date."""
    if day.call is not None:
        return day.call
    if day.date is None:
        return None
    when = policy.day_calls.get(day.date) or policy.crew_call or time(0, 0)
    return datetime.combine(day.date, when)


def rider_deadline(day: ShootDay, policy: Policy) -> datetime | None:
    """The day's call minus ``rider_hours`` (48 h); ``None`` when the day has no date."""
    call = call_time(day, policy)
    if call is None:
        return None
    return call - timedelta(hours=int(_rules()["rules"]["rider_hours"]))


def _first_days(schedule: Schedule) -> dict[str, ShootDay]:
    first: dict[str, ShootDay] = {}
    for day in sorted(schedule.days, key=lambda d: d.number):
        for key in day.scenes:
            first.setdefault(key, day)
            first.setdefault(base_key(key), day)  # "12 pt 1" on the board is scene 12
    return first


def _codes(entry: BreakdownEntry) -> tuple[str, ...]:
    return entry.finding.codes if entry.finding else ()


def scene_flags(schedule: Schedule, breakdown: Breakdown, policy: Policy) -> dict[str, SceneFlags]:
    """Scene key → flags for every active (not removed, not rejected) breakdown entry."""
    rules = _rules()["rules"]
    first = _first_days(schedule)
    flags: dict[str, SceneFlags] = {}
    for entry in breakdown.active():
        key = scene_key(entry.scene_id)
        codes = _codes(entry)
        closed = answer(entry.review.closed_set)
        if closed is None:
            closed = bool(set(codes) & set(rules["closed_set_codes"]))
        rider = bool(set(codes) & set(rules["rider_codes"]))
        day = first.get(key)
        flags[key] = SceneFlags(
            scene=key,
            codes=codes,
            ic_required=True,
            closed_set=closed,
            rider_needed=rider,
            rider_deadline=rider_deadline(day, policy) if rider and day else None,
            review="confirmed" if entry.status == "confirmed" else "proposed",
            day=day.number if day else None,
        )
    return flags


# --- alerts ----------------------------------------------------------------------------------


class _Texts:
    def __init__(self, lang: str) -> None:
        texts = _rules()["text"]
        self.table = texts.get(lang, texts["en"])

    def where(self, scene: str, day: int | None) -> str:
        if day is None:
            return self.table["where"].format(scene=scene)
        return self.table["where_day"].format(scene=scene, day=day)

    def __call__(self, name: str, **values: Any) -> str:
        return self.table[name].format(**values)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(_fold(n).upper().split()) for n in names if n and n.strip())


def check(
    schedule: Schedule,
    breakdown: Breakdown,
    policy: Policy,
    script: Script | None = None,
) -> tuple[Alert, ...]:
    """Every compliance alert, sorted by day (unscheduled last), scene, then severity."""
    text = _Texts(policy.lang)
    rules = _rules()["rules"]
    first = _first_days(schedule)
    flags = scene_flags(schedule, breakdown, policy)
    entries = {scene_key(e.scene_id): e for e in breakdown.active()}
    alerts: list[Alert] = []

    def ids(key: str) -> str:
        if script is not None:
            scene = script.scene_by_id(key)
            if scene is not None:
                return scene.id
        row = next((r for r in schedule.rows if r.scene == key), None)
        return row.scene_id if row else key

    # Scenes of the schedule that the script doesn't have.
    if script is not None:
        known = {scene_key(s.id) for s in script.scenes}
        seen: set[str] = set()
        for row in schedule.rows:
            if row.scene not in known and base_key(row.scene) not in known and row.scene not in seen:
                seen.add(row.scene)
                alerts.append(
                    Alert(
                        "scene-not-in-script",
                        "warning",
                        text("scene-not-in-script", scene=row.scene_id, row=row.row),
                        row.scene_id,
                        row.day,
                    )
                )

    for key, flag in flags.items():
        entry = entries[key]
        day = first.get(key)
        shown = ids(key)
        where = text.where(shown, day.number if day else None)
        number = day.number if day else None
        if day is None:
            alerts.append(
                Alert(
                    "intimate-scene-unscheduled",
                    "warning",
                    text("intimate-scene-unscheduled", scene=shown),
                    shown,
                )
            )
        if entry.status != "confirmed" and entry.finding is not None:
            alerts.append(
                Alert("finding-unreviewed", "warning", text("finding-unreviewed", where=where), shown, number)
            )
        if day is not None and flag.closed_set:
            alerts.append(Alert("closed-set", "info", text("closed-set", where=where), shown, number))
        if day is not None and flag.rider_needed:
            alerts.extend(_rider_alerts(entry, flag, where, shown, number, policy, text))
        alerts.extend(_minor_alerts(entry, key, where, shown, number, policy, schedule, script, text, rules))

    # Days with intimate scenes need the IC.
    for day in sorted(schedule.days, key=lambda d: d.number):
        intimate = list(dict.fromkeys(_flag_key(k, flags) for k in day.scenes if _flag_key(k, flags)))
        if not intimate:
            continue
        scenes = ", ".join(ids(k) for k in intimate)
        if day.date is None:
            message = text("ic-unchecked", day=day.number, scenes=scenes)
            alerts.append(Alert("ic-unchecked", "warning", message, None, day.number))
        elif day.date not in policy.ic_dates:
            level = "blocking" if any(entries[k].status == "confirmed" for k in intimate) else "warning"
            alerts.append(
                Alert(
                    "ic-not-booked",
                    level,
                    text("ic-not-booked", day=day.number, date=day.date.isoformat(), scenes=scenes),
                    None,
                    day.number,
                )
            )
    return tuple(sorted(_dedupe(alerts), key=_sort_key))


def _flag_key(key: str, flags: Mapping[str, SceneFlags]) -> str | None:
    """The flags entry for a board strip: its own key, or its scene's for a part ("12PT2")."""
    if key in flags:
        return key
    return base_key(key) if base_key(key) in flags else None


def base_key(key: str) -> str:
    """``12PT1`` → ``12``: a scene split into parts on the board is still scene 12."""
    return re.sub(r"(?:PT|PART)\d+$", "", key)


def _rider_alerts(
    entry: BreakdownEntry,
    flag: SceneFlags,
    where: str,
    shown: str,
    number: int | None,
    policy: Policy,
    text: _Texts,
) -> list[Alert]:
    signed = answer(entry.review.rider_status)
    deadline = flag.rider_deadline
    if signed:
        signed_on = entry.review.rider_date
        if deadline is not None and signed_on is not None and signed_on > deadline.date():
            return [
                Alert(
                    "rider-signed-late",
                    "warning",
                    text(
                        "rider-signed-late",
                        where=where,
                        signed=signed_on.isoformat(),
                        deadline=_stamp(deadline),
                    ),
                    shown,
                    number,
                )
            ]
        return []
    if deadline is None:
        return [Alert("rider-unsigned", "warning", text("rider-unsigned-nodate", where=where), shown, number)]
    if policy.now is not None and policy.now >= deadline:
        return [
            Alert(
                "rider-late",
                "blocking",
                text("rider-late", where=where, deadline=_stamp(deadline)),
                shown,
                number,
            )
        ]
    return [
        Alert(
            "rider-unsigned",
            "warning",
            text("rider-unsigned", where=where, deadline=_stamp(deadline)),
            shown,
            number,
        )
    ]


def _minor_alerts(
    entry: BreakdownEntry,
    key: str,
    where: str,
    shown: str,
    number: int | None,
    policy: Policy,
    schedule: Schedule,
    script: Script | None,
    text: _Texts,
    rules: Mapping[str, Any],
) -> list[Alert]:
    codes = set(_codes(entry))
    intimate = codes - {"MIN"}
    if not intimate and "MIN" not in codes:
        return []
    blocking = bool(codes & set(rules["minor_blocking_codes"]))
    minors = policy.minors
    finding = entry.finding
    taking_part = _minors_among(finding.characters if finding else (), minors)
    present: set[str] = set()
    if script is not None:
        scene = script.scene_by_id(key)
        if scene is not None:
            present |= set(scene.characters)
    for row in _rows(schedule, key):
        present |= {policy.cast_ids.get(c, c) for c in row.cast}
    taken = _names(taking_part)
    present_minors = {next(iter(_names([n]))): n for n in _minors_among(present, minors)}
    present_minors = {k: n for k, n in present_minors.items() if k not in taken}
    who = ", ".join(sorted(taking_part))
    if taking_part and blocking:
        message = text("minor-blocking", where=where, who=who)
        return [Alert("minor-blocking", "blocking", message, shown, number)]
    if taking_part:
        return [Alert("minor-warning", "warning", text("minor-warning", where=where, who=who), shown, number)]
    if present_minors and intimate:
        return [
            Alert(
                "minor-present",
                "warning",
                text("minor-present", where=where, who=", ".join(sorted(present_minors.values()))),
                shown,
                number,
            )
        ]
    if "MIN" in codes and blocking and not minors:
        # The script flags a minor nobody could name: assume the worst.
        return [Alert("minor-blocking", "blocking", text("minor-blocking-flag", where=where), shown, number)]
    if "MIN" in codes:
        return [Alert("minor-warning", "warning", text("minor-warning-flag", where=where), shown, number)]
    return []


def _minors_among(names: Iterable[str], minors: frozenset[str]) -> frozenset[str]:
    """The names (as written) that are minors; ``LEO`` matches a minor introduced as ``LEO FINCH``."""
    found = set()
    for name in names:
        folded = next(iter(_names([name])), "")
        words = set(folded.split())
        for minor in minors:
            minor_words = set(minor.split())
            if folded == minor or (words and (words <= minor_words or minor_words <= words)):
                found.add(name.strip())
                break
    return frozenset(found)


def _rows(schedule: Schedule, key: str) -> list[ScheduleRow]:
    return [r for r in schedule.rows if r.scene == key]


def _dedupe(alerts: list[Alert]) -> list[Alert]:
    seen: set[Alert] = set()
    kept = []
    for alert in alerts:
        if alert not in seen:
            seen.add(alert)
            kept.append(alert)
    return kept


def _sort_key(alert: Alert) -> tuple[int, int, str, int, str]:
    scene = alert.scene or ""
    match = re.match(r"(\d+)", scene_key(scene))
    return (
        alert.day if alert.day is not None else 1_000_000,
        int(match.group(1)) if match else -1,
        scene_key(scene),
        LEVEL_ORDER.get(alert.level, 3),
        alert.code,
    )


def has_failing(alerts: Iterable[Alert]) -> bool:
    """True when ``--strict`` should exit 4: any warning or blocking alert."""
    return any(a.level in ("warning", "blocking") for a in alerts)
