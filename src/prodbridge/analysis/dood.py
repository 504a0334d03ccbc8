"""Day out of days: who works which shooting day, with the SW/W/WF/SWF/H status codes.

A performer's first working day is ``SW`` (start/work), the last ``WF`` (work/finish), a single
working day ``SWF``, other working days ``W``, and every shooting day between the first and the
last on which they do not work ``H`` (hold: still on payroll). Drop/pick-up, travel, fitting and
rehearsal days need information a schedule does not carry, so they are not produced.

Who works a scene: the characters the script gives the scene plus the cast column of the
schedule strip, whose entries are cast ids (resolved through the cast list) or names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from prodbridge.model import CastMember, Schedule, ScheduleRow, Script, scene_key

START_WORK, WORK, WORK_FINISH, START_WORK_FINISH, HOLD = "SW", "W", "WF", "SWF", "H"
_ID = re.compile(r"^#?\s*(\d+)(?:\.0+)?$")
_SPLIT = re.compile(r"[,;/\n]+")


@dataclass(frozen=True, slots=True)
class Dood:
    """Status codes per performer and shooting day.

    ``performers`` are cast keys: the character name in upper case, or ``"#<id>"`` for a
    schedule cast id the cast list does not resolve. ``codes[performer][day]`` is the code;
    a day outside the performer's first-to-last span has no entry.
    """

    days: tuple[int, ...]
    performers: tuple[str, ...]
    codes: dict[str, dict[int, str]]

    def status(self, performer: str, day: int) -> str:
        """The code of ``performer`` on ``day``; ``""`` when they are not engaged that day."""
        return self.codes.get(performer.upper(), {}).get(day, "")

    def on_day(self, day: int) -> tuple[str, ...]:
        """Performers with a code on ``day`` (working or on hold), in ``performers`` order."""
        return tuple(p for p in self.performers if day in self.codes[p])

    def working(self, day: int) -> tuple[str, ...]:
        """Performers who work on ``day`` (every code but ``H``)."""
        return tuple(p for p in self.on_day(day) if self.codes[p][day] != HOLD)


def resolve_cast(entries: Iterable[str], cast: Sequence[CastMember] = ()) -> tuple[str, ...]:
    """Schedule cast entries → cast keys: ``"1"`` → the character with id 1, ``"anna"`` → ``ANNA``.

    An entry may hold several ids (``"1, 2"``). An id the cast list does not know stays as
    ``"#<id>"`` so it is still counted rather than dropped.
    """
    by_id = {c.id: c.character.upper() for c in cast if c.id is not None}
    out: list[str] = []
    for entry in entries:
        for token in _SPLIT.split(str(entry)):
            token = token.strip()
            if not token:
                continue
            match = _ID.match(token)
            if match:
                number = int(match.group(1))
                key = by_id.get(number, f"#{number}")
            else:
                key = token.upper()
            if key not in out:
                out.append(key)
    return tuple(out)


def scene_performers(
    key: str,
    script: Script | None,
    rows: Sequence[ScheduleRow] = (),
    cast: Sequence[CastMember] = (),
) -> tuple[str, ...]:
    """Cast keys working scene ``key``: the script's characters, then the strip's cast column."""
    out: list[str] = []
    scene = script.scene_by_id(key) if script else None
    if scene is not None:
        out.extend(c.upper() for c in scene.characters)
    for row in rows:
        out.extend(resolve_cast(row.cast, cast))
    return tuple(dict.fromkeys(out))


def cast_order(performers: Iterable[str], cast: Sequence[CastMember] = ()) -> tuple[str, ...]:
    """Call-sheet order: cast list ids first (1, 2, …), then unresolved ids, then by name."""
    ids = {c.character.upper(): c.id for c in cast if c.id is not None}

    def sort_key(p: str) -> tuple[int, int, str]:
        if p in ids:
            return (0, ids[p] or 0, p)
        if p.startswith("#") and p[1:].isdigit():
            return (1, int(p[1:]), p)
        return (2, 0, p)

    return tuple(sorted(set(performers), key=sort_key))


def day_rows(schedule: Schedule, day: int, key: str) -> tuple[ScheduleRow, ...]:
    """The strips of scene ``key`` scheduled on ``day``."""
    wanted = scene_key(key)
    return tuple(r for r in schedule.rows if r.day == day and scene_key(r.scene) == wanted)


def day_out_of_days(
    schedule: Schedule, script: Script | None = None, cast: Sequence[CastMember] = ()
) -> Dood:
    """The day-out-of-days of every performer over ``schedule``'s shooting days.

    ``script`` supplies each scene's characters (``None``: the schedule's cast column only);
    ``cast`` resolves cast ids and orders the result.
    """
    days = tuple(sorted(d.number for d in schedule.days))
    worked: dict[str, set[int]] = {}
    for shoot_day in schedule.days:
        for key in shoot_day.scenes:
            rows = day_rows(schedule, shoot_day.number, key)
            for performer in scene_performers(key, script, rows, cast):
                worked.setdefault(performer, set()).add(shoot_day.number)
    codes: dict[str, dict[int, str]] = {}
    for performer, work_days in worked.items():
        first, last = min(work_days), max(work_days)
        row: dict[int, str] = {}
        for day in days:
            if day < first or day > last:
                continue
            if day in work_days:
                if first == last:
                    row[day] = START_WORK_FINISH
                elif day == first:
                    row[day] = START_WORK
                elif day == last:
                    row[day] = WORK_FINISH
                else:
                    row[day] = WORK
            else:
                row[day] = HOLD
        codes[performer] = row
    return Dood(days, cast_order(worked, cast), codes)
