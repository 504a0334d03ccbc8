"""The crew call sheet (feuille de service): one shooting day assembled from the model, rendered
through a Word template. Only confidentiality level P reaches this document (DESIGN §3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from prodbridge.accents import strip_accents
from prodbridge.analysis.dood import Dood, cast_order, day_out_of_days, day_rows, scene_performers
from prodbridge.analysis.length import format_eighths
from prodbridge.analysis.sun import SunTimes, sun_times
from prodbridge.config import CastCall, Config, DayCalls, Location
from prodbridge.data import load
from prodbridge.errors import Issue
from prodbridge.model import Breakdown, BreakdownEntry, CastMember, Schedule, Script, scene_key
from prodbridge.options import WriteOptions
from prodbridge.writers.docx_common import packaged_template, render_template

#: The names a call-sheet template may use (the documented context, templates/README.md).
CALLSHEET_FIELDS = frozenset(
    {
        "production",
        "day",
        "calls",
        "sun",
        "weather",
        "hospital",
        "locations",
        "scenes",
        "total_pages",
        "cast",
        "instructions",
        "intimacy",
        "advance",
        "draft",
        "draft_text",
        "label",
        "protocol",
    }
)


# --- the assembled day ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayScene:
    """A scene as scheduled on a day. ``entry`` is its active breakdown entry (level R: never
    passed to the crew sheet); ``closed`` says whether the crew sheet marks it closed set."""

    key: str
    id: str
    heading: str
    int_ext: str
    set: str
    time_of_day: str
    eighths: int | None
    performers: tuple[str, ...]
    location: Location | None
    description: str = ""
    entry: BreakdownEntry | None = None
    closed: bool = False

    @property
    def intimate(self) -> bool:
        return self.entry is not None


@dataclass(frozen=True, slots=True)
class DayPlan:
    """A shooting day's scenes in shooting order."""

    number: int
    date: date | None
    scenes: tuple[DayScene, ...]


@dataclass(frozen=True, slots=True)
class DayCast:
    """A cast line of the day: ``key`` as in ``Dood``; ``status`` is its day-out-of-days code."""

    key: str
    id: str
    character: str
    actor: str
    status: str
    member: CastMember | None = None
    pickup: str = ""
    hmc: str = ""
    on_set: str = ""
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class CallDay:
    """Everything the call sheet, the annex and the performer sheets of one day draw on."""

    config: Config
    plan: DayPlan
    total_days: int
    call: datetime | None
    calls: DayCalls
    sun: SunTimes | None
    cast: tuple[DayCast, ...]
    advance: DayPlan | None
    instructions: tuple[tuple[str, str], ...] = ()
    issues: tuple[Issue, ...] = field(default=())

    def intimate_scenes(self) -> tuple[DayScene, ...]:
        return tuple(s for s in self.plan.scenes if s.intimate)

    def performer(self, key: str) -> DayCast | None:
        return next((c for c in self.cast if c.key == key), None)


def fold(text: str) -> str:
    """Lower case without accents, for comparing what people type in cells."""
    return strip_accents(text.strip().casefold())


def _protocol_words(section: str, key: str) -> frozenset[str]:
    words: set[str] = set()
    for lang in ("en", "fr"):
        words.update(fold(w) for w in load(f"protocol_{lang}")[section][key])
    return frozenset(words)


def is_closed(entry: BreakdownEntry) -> bool:
    """Closed set unless the IC wrote a "no" in the closed-set column (human columns win)."""
    value = fold(entry.review.closed_set)
    return not value or value not in _protocol_words("closed_set", "no")


def assemble(
    schedule: Schedule,
    script: Script | None,
    breakdown: Breakdown | None,
    config: Config,
    number: int,
    name: str = "prodbridge.toml",
) -> CallDay:
    """The call-sheet day ``number`` of ``schedule`` (which must hold that day).

    ``script`` fills headings, sets and characters (``None``: the schedule's columns only);
    ``breakdown`` marks intimate scenes (its active entries: not rejected, not removed).
    Problems that do not stop the sheet (a scene missing from the script, an unknown time zone)
    come back in ``CallDay.issues``; ``name`` is the config file used in those messages.
    """
    issues: list[Issue] = []
    shoot_day = schedule.day(number)
    if shoot_day is None:
        raise ValueError(f"the schedule has no day {number}")
    dood = day_out_of_days(schedule, script, config.cast)
    plan = _plan(schedule, script, breakdown, config, number, issues)
    later = sorted(d.number for d in schedule.days if d.number > number)
    advance = _plan(schedule, script, breakdown, config, later[0], []) if later else None
    calls = config.calls_for(shoot_day.date)
    override = config.days.get(shoot_day.date) if shoot_day.date else None
    call: datetime | None = None
    if override and override.crew_call and shoot_day.date:
        call = datetime.combine(shoot_day.date, override.crew_call)
    elif shoot_day.call:
        call = shoot_day.call
    elif calls.crew_call and shoot_day.date:
        call = datetime.combine(shoot_day.date, calls.crew_call)
    if call and not calls.crew_call:
        calls = _with_crew_call(calls, call.time())
    cast = _cast(dood, number, config, calls)
    total = config.total_days or max((d.number for d in schedule.days), default=number)
    return CallDay(
        config=config,
        plan=plan,
        total_days=total,
        call=call,
        calls=calls,
        sun=_sun(plan, config, issues, name),
        cast=cast,
        advance=advance,
        instructions=_instructions(config, calls, cast),
        issues=tuple(issues),
    )


def _with_crew_call(calls: DayCalls, crew: time) -> DayCalls:
    return DayCalls(crew, calls.shooting_call, calls.breakfast, calls.lunch, calls.wrap, calls.notes)


def _plan(
    schedule: Schedule,
    script: Script | None,
    breakdown: Breakdown | None,
    config: Config,
    number: int,
    issues: list[Issue],
) -> DayPlan:
    shoot_day = schedule.day(number)
    assert shoot_day is not None
    active = {scene_key(e.scene_id): e for e in breakdown.active()} if breakdown else {}
    scenes: list[DayScene] = []
    for key in shoot_day.scenes:
        rows = day_rows(schedule, number, key)
        row = rows[0] if rows else None
        scene = script.scene_by_id(key) if script else None
        if script is not None and scene is None:
            issues.append(
                Issue(
                    "scene-not-in-script",
                    "schedule",
                    f"day {number}",
                    f"scene {key} is scheduled but not in the script; listed from the schedule",
                )
            )
        set_name = (row.set if row and row.set else None) or (scene.set if scene else "")
        location = find_location(
            config, set_name, scene.heading if scene else "", row.location if row else None
        )
        eighths = row.eighths if row and row.eighths is not None else None
        if eighths is None and scene is not None:
            eighths = scene.eighths
        entry = active.get(scene_key(key))
        scenes.append(
            DayScene(
                key=key,
                id=(scene.id if scene else (row.scene_id if row else key)),
                heading=scene.heading if scene else "",
                int_ext=(row.int_ext if row and row.int_ext else None)
                or (scene.int_ext if scene and scene.int_ext else ""),
                set=set_name,
                time_of_day=(row.time_of_day if row and row.time_of_day else None)
                or (scene.time_of_day if scene and scene.time_of_day else ""),
                eighths=eighths,
                performers=cast_order(scene_performers(key, script, rows, config.cast), config.cast),
                location=location,
                description=(row.description or "") if row else "",
                entry=entry,
                closed=is_closed(entry) if entry else False,
            )
        )
    return DayPlan(number, shoot_day.date, tuple(scenes))


def _plain(text: str) -> str:
    return " ".join(fold(text).replace("\u2019", "'").replace("\u2018", "'").split())


def find_location(
    config: Config, set_name: str, heading: str = "", written: str | None = None
) -> Location | None:
    """The config location of a scene: its set named exactly in ``sets``, else a ``sets`` entry
    contained in the set or the heading (case, accents and curly apostrophes ignored), else
    the location the schedule names (by config name; unknown names are kept as written)."""
    if set_name:
        exact = config.location_for(set_name)
        if exact is not None:
            return exact
    haystacks = [_plain(t) for t in (set_name, heading) if t]
    for location in config.locations:
        if any(_plain(s) and _plain(s) in h for s in location.sets for h in haystacks):
            return location
    if written:
        named = next((loc for loc in config.locations if _plain(loc.name) == _plain(written)), None)
        return named or Location(name=written)
    return None


def _sun(plan: DayPlan, config: Config, issues: list[Issue], name: str) -> SunTimes | None:
    if plan.date is None:
        return None
    where = next(
        (
            s.location
            for s in plan.scenes
            if s.location and s.location.latitude is not None and s.location.longitude is not None
        ),
        None,
    )
    if where is None or where.latitude is None or where.longitude is None:
        return None
    zone = None
    if config.timezone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = ZoneInfo(config.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            issues.append(
                Issue(
                    "unknown-timezone",
                    name,
                    "production.timezone",
                    f"unknown time zone {config.timezone!r}: sunrise and sunset are given in UTC",
                )
            )
    else:
        issues.append(
            Issue(
                "no-timezone",
                name,
                "production.timezone",
                "no time zone set: sunrise and sunset are given in UTC",
            )
        )
    return sun_times(plan.date, where.latitude, where.longitude, zone)


def _cast(dood: Dood, number: int, config: Config, calls: DayCalls) -> tuple[DayCast, ...]:
    by_name = {fold(k): v for k, v in calls.cast.items()}
    out: list[DayCast] = []
    for key in dood.on_day(number):
        member = config.cast_member(key) if not key.startswith("#") else None
        status = dood.status(key, number)
        entry = by_name.get(fold(key), CastCall()) if status != "H" else CastCall()
        cells = {"pickup": entry.pickup, "hmc": entry.hmc, "on_set": entry.on_set, "remarks": entry.remarks}
        unresolved = key.startswith("#")
        cast_id = key[1:] if unresolved else ""
        if member and member.id is not None:
            cast_id = str(member.id)
        out.append(
            DayCast(
                key=key,
                id=cast_id,
                character="" if unresolved else key,
                actor=member.actor if member else "",
                status=status,
                member=member,
                **cells,
            )
        )
    return tuple(out)


def _instructions(
    config: Config, calls: DayCalls, cast: Sequence[DayCast]
) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    if calls.notes:
        out.append(("production", calls.notes))
    out.extend({**config.instructions, **calls.instructions}.items())
    if any(c.member and c.member.minor and c.status != "H" for c in cast):
        supervisor = config.child_supervisor
        contact = " — ".join(x for x in (supervisor.name, supervisor.phone) if x)
        out.append(("child_supervisor", contact or "?"))
    return tuple(out)


# --- formatting -------------------------------------------------------------------------------


def labels(lang: str) -> dict[str, Any]:
    return load("callsheet_labels")[lang]


def protocol(lang: str) -> dict[str, Any]:
    return load(f"protocol_{lang}")


def fmt_time(value: time | datetime | None, lang: str, base: date | None = None) -> str:
    """``07:30`` (en) / ``07h30`` (fr); a datetime on the day after ``base`` gets a suffix."""
    if value is None:
        return ""
    text = labels(lang)["time_format"].format(h=value.hour, m=value.minute)
    if isinstance(value, datetime) and base and value.date() > base:
        text += " " + labels(lang)["next_day_suffix"]
    return text


def fmt_date(value: date | None, lang: str) -> str:
    """``Monday 2 March 2026`` / ``lundi 2 mars 2026``: names from the labels, not the locale."""
    if value is None:
        return ""
    lab = labels(lang)
    return lab["date_format"].format(
        weekday=lab["weekdays"][value.weekday()],
        day=value.day,
        month=lab["months"][value.month - 1],
        year=value.year,
    )


def fmt_datetime(value: datetime | None, lang: str) -> str:
    return f"{fmt_date(value.date(), lang)} {fmt_time(value, lang)}" if value else ""


def pages(eighths: int | None) -> str:
    return format_eighths(eighths) if eighths is not None else ""


def cast_ids(performers: Iterable[str], config: Config) -> str:
    """``"1, 2, 7"``: cast ids where the cast list has them, else the character names."""
    out = []
    for key in performers:
        member = None if key.startswith("#") else config.cast_member(key)
        if member and member.id is not None:
            out.append(str(member.id))
        else:
            out.append(key.lstrip("#"))
    return ", ".join(out)


def day_title(plan: DayPlan, total: int | None, lang: str) -> str:
    lab = labels(lang)["callsheet"]
    return (
        lab["day_of"].format(number=plan.number, total=total)
        if total
        else lab["day"].format(number=plan.number)
    )


def production_context(config: Config) -> dict[str, str]:
    return {
        "title": config.title,
        "company": config.company,
        "director": config.director,
        "producer": config.producer,
        "first_ad": config.first_ad,
        "first_ad_phone": config.first_ad_phone,
    }


def ic_lines(config: Config, lang: str) -> tuple[str, str]:
    """The crew-level coordinator line and its contact line (level P)."""
    crew = protocol(lang)["crew"]
    ic = config.intimacy_coordinator
    if not ic.name:
        return crew["ic_unassigned"], ""
    contact = " · ".join(x for x in (ic.phone, ic.email) if x)
    return crew["ic"].format(name=ic.name), crew["ic_contact"].format(contact=contact) if contact else ""


def crew_protocol(day: CallDay, lang: str) -> dict[str, Any]:
    """The crew-level intimacy block: closed-set scenes, coordinator, no photos, essential crew.

    Level P only: built from scene ids and the config, never from findings or reviews.
    """
    crew = protocol(lang)["crew"]
    intimate = day.intimate_scenes()
    closed = [s.id for s in intimate if s.closed]
    ic, contact = ic_lines(day.config, lang)
    lines = []
    if closed:
        lines.append(crew["scenes"].format(scenes=", ".join(closed)))
    lines += [x for x in (ic, contact) if x]
    if closed:
        lines += [crew["no_photos"], crew["essential_crew"]]
    return {
        "active": bool(intimate),
        "heading": crew["heading"],
        "marker": crew["closed_set"],
        "scenes": ", ".join(closed),
        "ic": ic,
        "ic_contact": contact,
        "no_photos": crew["no_photos"],
        "essential_crew": crew["essential_crew"],
        "lines": lines if intimate else [],
    }


def _scene_row(scene: DayScene, config: Config, lang: str) -> dict[str, str]:
    crew = protocol(lang)["crew"]
    if scene.intimate:
        notes = crew["closed_set"] if scene.closed else crew["ic_present"]
    else:
        notes = scene.description
    return {
        "id": scene.id,
        "int_ext": scene.int_ext,
        "set": scene.set,
        "time_of_day": scene.time_of_day,
        "pages": pages(scene.eighths),
        "cast": cast_ids(scene.performers, config),
        "location": scene.location.name if scene.location else "",
        "closed_set": crew["closed_set"] if scene.intimate and scene.closed else "",
        "notes": notes,
    }


def _plan_context(plan: DayPlan | None, total: int, config: Config, lang: str) -> dict[str, Any]:
    lab = labels(lang)["callsheet"]
    if plan is None:
        return {"present": False, "title": lab["no_advance"], "scenes": [], "total_pages": ""}
    title = " — ".join(x for x in (day_title(plan, total, lang), fmt_date(plan.date, lang)) if x)
    eighths = sum(s.eighths or 0 for s in plan.scenes)
    return {
        "present": True,
        "title": title,
        "scenes": [_scene_row(s, config, lang) for s in plan.scenes],
        "total_pages": pages(eighths),
    }


def _sun_context(sun: SunTimes | None, lang: str, base: date | None) -> dict[str, str]:
    lab = labels(lang)
    if sun is None:
        return {"sunrise": "", "sunset": ""}
    if sun.polar:
        text = lab["polar_day"] if sun.polar == "day" else lab["polar_night"]
        return {"sunrise": text, "sunset": text}
    return {
        "sunrise": fmt_time(sun.sunrise, lang, base),
        "sunset": fmt_time(sun.sunset, lang, base),
    }


def callsheet_context(day: CallDay, lang: str, draft: bool = False) -> dict[str, Any]:
    """The template context of the crew call sheet (level P; names in ``CALLSHEET_FIELDS``)."""
    config, plan, lab = day.config, day.plan, labels(lang)
    cs = lab["callsheet"]
    hospital = config.hospital
    locations: list[dict[str, str]] = []
    seen: set[str] = set()
    for scene in plan.scenes:
        loc = scene.location
        if loc and loc.name not in seen:
            seen.add(loc.name)
            locations.append({"name": loc.name, "address": loc.address, "parking": loc.parking})
    dept_names = {"production": cs["production_notes"], "child_supervisor": cs["child_supervisor_department"]}
    instructions = [{"department": dept_names.get(d, d), "text": t} for d, t in day.instructions]
    cast = []
    for c in day.cast:
        remarks = c.remarks
        if c.member and c.member.minor and c.status != "H":
            sup = config.child_supervisor.name or "?"
            extra = cs["minor_remark"].format(name=sup)
            remarks = f"{remarks} · {extra}" if remarks else extra
        cast.append(
            {
                "id": c.id,
                "actor": c.actor,
                "character": c.character,
                "status": c.status,
                "pickup": c.pickup,
                "hmc": c.hmc,
                "on_set": c.on_set,
                "remarks": remarks,
            }
        )
    return {
        "production": production_context(config),
        "day": {
            "number": plan.number,
            "total": day.total_days,
            "title": day_title(plan, day.total_days, lang),
            "date": fmt_date(plan.date, lang),
            "iso_date": plan.date.isoformat() if plan.date else "",
        },
        "calls": {
            "crew_call": fmt_time(day.call or day.calls.crew_call, lang),
            "shooting_call": fmt_time(day.calls.shooting_call, lang),
            "breakfast": fmt_time(day.calls.breakfast, lang),
            "lunch": fmt_time(day.calls.lunch, lang),
            "wrap": fmt_time(day.calls.wrap, lang),
            "notes": day.calls.notes,
        },
        "sun": _sun_context(day.sun, lang, plan.date),
        "weather": lab["to_complete"],
        "hospital": {
            "name": hospital.name if hospital else "",
            "address": hospital.address if hospital else "",
            "phone": config.hospital_phone,
            "text": " — ".join(x for x in (hospital.name, hospital.address, config.hospital_phone) if x)
            if hospital
            else config.hospital_phone,
        },
        "locations": locations,
        "scenes": [_scene_row(s, config, lang) for s in plan.scenes],
        "total_pages": pages(sum(s.eighths or 0 for s in plan.scenes)),
        "cast": cast,
        "instructions": instructions,
        "intimacy": crew_protocol(day, lang),
        "advance": _plan_context(day.advance, day.total_days, config, lang),
        "draft": draft,
        "draft_text": lab["draft"] if draft else "",
        "label": lab,
        "protocol": {"crew": protocol(lang)["crew"]},
    }


def document_title(day: CallDay, lang: str, kind: str = "callsheet") -> str:
    """Core-properties title: production, document and day (no intimacy detail)."""
    lab = labels(lang)
    name = lab[kind]["title"]
    parts = [day.config.title, name, day_title(day.plan, day.total_days, lang)]
    return " — ".join(p for p in parts if p)


def write_callsheet(day: CallDay, opts: WriteOptions, template: bytes | None = None, name: str = "") -> bytes:
    """The crew call sheet of ``day`` as .docx bytes.

    ``template`` is a user's own docxtpl template (``None``: the bundled one for
    ``opts.lang``); ``name`` is its file name for messages. ``opts.draft`` adds the DRAFT line
    to the header. Identical inputs give identical bytes.
    """
    context = callsheet_context(day, opts.lang, draft=opts.draft)
    data = template if template is not None else packaged_template("callsheet", opts.lang)
    return render_template(
        data,
        context,
        CALLSHEET_FIELDS,
        name or f"callsheet_{opts.lang}.docx",
        title=document_title(day, opts.lang),
        stamp=day.plan.date,
    )


def slug(text: str) -> str:
    """A file-name-safe ASCII slug: ``"Anne-Sophie D."`` → ``"anne-sophie-d"``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def rider_deadline(day: CallDay) -> datetime | None:
    """Riders are due 48 h before the day's call (SAG-AFTRA rule, DESIGN §3)."""
    return day.call - timedelta(hours=48) if day.call else None
