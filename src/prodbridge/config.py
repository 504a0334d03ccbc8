"""prodbridge.toml → Config. Every validation message names the key and, when known, its line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from prodbridge.analysis.characters import fold
from prodbridge.errors import ConfigError
from prodbridge.model import CastMember

CONFIG_NAME = "prodbridge.toml"


@dataclass(frozen=True, slots=True)
class Person:
    name: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    sets: tuple[str, ...] = ()
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    parking: str = ""


@dataclass(frozen=True, slots=True)
class CastCall:
    """One character's times on a day (the call sheet's cast table), as typed."""

    pickup: str = ""
    hmc: str = ""
    on_set: str = ""
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class DayCalls:
    """Call times for a day; ``None`` fields fall back to ``[calls]``.

    ``instructions`` (department → text) add to or replace ``[instructions]`` on that day;
    ``cast`` maps a character (as written) to its times that day. Both only for ``[[days]]``.
    """

    crew_call: time | None = None
    shooting_call: time | None = None
    breakfast: time | None = None
    lunch: time | None = None
    wrap: time | None = None
    notes: str = ""
    instructions: dict[str, str] = field(default_factory=dict)
    cast: dict[str, CastCall] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Config:
    """The project's configuration; defaults make every key optional except where noted.

    ``base`` is the folder of the toml file: every path in ``[files]`` is relative to it.
    """

    base: Path = Path(".")
    title: str = ""
    language: str = "en"
    company: str = ""
    director: str = ""
    producer: str = ""
    first_ad: str = ""
    first_ad_phone: str = ""
    start_date: date | None = None
    total_days: int | None = None
    timezone: str = ""
    script: Path | None = None
    schedule: Path | None = None
    breakdown: Path | None = None
    output: Path | None = None
    calls: DayCalls = field(default_factory=DayCalls)
    days: dict[date, DayCalls] = field(default_factory=dict)
    pages_per_hour: float = 0.5
    intimacy_coordinator: Person = field(default_factory=Person)
    ic_available: tuple[date, ...] = ()
    child_supervisor: Person = field(default_factory=Person)
    hospital: Location | None = None
    hospital_phone: str = ""
    locations: tuple[Location, ...] = ()
    cast: tuple[CastMember, ...] = ()
    support: tuple[Person, ...] = ()
    annex_recipients: tuple[Person, ...] = ()
    instructions: dict[str, str] = field(default_factory=dict)
    schedule_columns: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)

    def calls_for(self, day: date | None) -> DayCalls:
        """The day's call times: its ``[[days]]`` entry over the ``[calls]`` defaults."""
        override = self.days.get(day) if day else None
        if override is None:
            return self.calls
        base = self.calls
        return DayCalls(
            crew_call=override.crew_call or base.crew_call,
            shooting_call=override.shooting_call or base.shooting_call,
            breakfast=override.breakfast or base.breakfast,
            lunch=override.lunch or base.lunch,
            wrap=override.wrap or base.wrap,
            notes=override.notes or base.notes,
            instructions=override.instructions,
            cast=override.cast,
        )

    def location_for(self, set_name: str) -> Location | None:
        """The location where ``set_name`` is shot (case-insensitive match on ``sets``)."""
        wanted = _set_key(set_name)
        for location in self.locations:
            if any(_set_key(s) == wanted for s in location.sets):
                return location
        return None

    def cast_member(self, character: str) -> CastMember | None:
        wanted = character.strip().upper()
        return next((c for c in self.cast if c.character.strip().upper() == wanted), None)


def _set_key(name: str) -> str:
    """Sets match whatever apostrophe, accents, case or spacing were typed."""
    return " ".join(fold(name.replace("’", "'").replace("‘", "'")).split())


def load_config(path: str | Path) -> Config:
    """Read and validate ``prodbridge.toml``; ``ConfigError`` names the key and the line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("config file not found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the config: {exc}", str(path)) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    """Validate the TOML ``text`` of the config found at ``path``."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from None
    return _Builder(raw, text, path).build()


class _Builder:
    def __init__(self, raw: dict[str, Any], text: str, path: Path) -> None:
        self.raw, self.text, self.path = raw, text, path

    def fail(self, key: str, problem: str) -> ConfigError:
        line = self._line_of(key)
        where = f"line {line}: " if line else ""
        return ConfigError(f"{where}{key}: {problem}", str(self.path))

    def _line_of(self, key: str) -> int | None:
        leaf = key.split(".")[-1].split("[")[0]
        pattern = re.compile(rf"^\s*\"?{re.escape(leaf)}\"?\s*=", re.MULTILINE)
        match = pattern.search(self.text)
        return self.text.count("\n", 0, match.start()) + 1 if match else None

    def table(self, key: str, value: Any = None) -> dict[str, Any]:
        value = self.raw.get(key, {}) if value is None else value
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return value

    def str_(self, table: dict[str, Any], key: str, full: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.fail(full, f"must be text, not {type(value).__name__}")
        return value

    def date_(self, table: dict[str, Any], key: str, full: str) -> date | None:
        value = table.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(full, f"must be a date like 2026-03-02, not {value!r}") from None

    def time_(self, table: dict[str, Any], key: str, full: str) -> time | None:
        value = table.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, time):
            return value
        try:
            return time.fromisoformat(str(value).strip().replace("h", ":").replace("H", ":"))
        except ValueError:
            raise self.fail(full, f"must be a time like 07:30, not {value!r}") from None

    def number(self, table: dict[str, Any], key: str, full: str) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(full, f"must be a number, not {value!r}")
        return float(value)

    def path_(self, table: dict[str, Any], key: str) -> Path | None:
        value = self.str_(table, key, f"files.{key}")
        return (self.path.parent / value) if value else None

    def calls(self, table: dict[str, Any], prefix: str) -> DayCalls:
        return DayCalls(
            **{
                name: self.time_(table, name, f"{prefix}.{name}")
                for name in ("crew_call", "shooting_call", "breakfast", "lunch", "wrap")
            },
            notes=self.str_(table, "notes", f"{prefix}.notes"),
        )

    def texts(self, value: Any, key: str) -> dict[str, str]:
        """A table of department → text (``[instructions]``)."""
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self.fail(key, "must map a department name to a text")
        return dict(value)

    def cast_calls(self, value: Any, key: str) -> dict[str, CastCall]:
        """``[days.cast.NAME]`` tables of pickup / hmc / on_set / remarks."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, "must map a character to its call times")
        out = {}
        for character, entry in value.items():
            where = f"{key}.{character}"
            entry = self.table(where, entry)
            unknown = sorted(set(entry) - {"pickup", "hmc", "on_set", "remarks"})
            if unknown:
                known = "pickup, hmc, on_set, remarks"
                raise self.fail(where, f"unknown field(s) {', '.join(unknown)} (known: {known})")
            out[character] = CastCall(**{k: str(v) for k, v in entry.items()})
        return out

    def person(self, table: dict[str, Any], prefix: str) -> Person:
        return Person(
            **{k: self.str_(table, k, f"{prefix}.{k}") for k in ("name", "phone", "email", "role")}
        )

    def location(self, table: dict[str, Any], prefix: str) -> Location:
        sets = table.get("sets", [])
        if not isinstance(sets, list) or not all(isinstance(s, str) for s in sets):
            raise self.fail(f"{prefix}.sets", "must be a list of set names")
        lat = self.number(table, "latitude", f"{prefix}.latitude")
        lon = self.number(table, "longitude", f"{prefix}.longitude")
        if lat is not None and not -90 <= lat <= 90:
            raise self.fail(f"{prefix}.latitude", f"must be between -90 and 90, not {lat}")
        if lon is not None and not -180 <= lon <= 180:
            raise self.fail(f"{prefix}.longitude", f"must be between -180 and 180, not {lon}")
        return Location(
            name=self.str_(table, "name", f"{prefix}.name"),
            sets=tuple(sets),
            address=self.str_(table, "address", f"{prefix}.address"),
            latitude=lat,
            longitude=lon,
            parking=self.str_(table, "parking", f"{prefix}.parking"),
        )

    def cast(self, entries: Any) -> tuple[CastMember, ...]:
        if not isinstance(entries, list):
            raise self.fail("cast", "must be an array of tables ([[cast]])")
        out = []
        for i, entry in enumerate(entries, start=1):
            prefix = f"cast[{i}]"
            entry = self.table(prefix, entry)
            character = self.str_(entry, "character", f"{prefix}.character").strip()
            if not character:
                raise self.fail(f"{prefix}.character", "is required for every cast entry")
            age = self.number(entry, "age", f"{prefix}.age")
            minor = entry.get("minor")
            if minor is not None and not isinstance(minor, bool):
                raise self.fail(f"{prefix}.minor", "must be true or false")
            number = self.number(entry, "id", f"{prefix}.id")
            out.append(
                CastMember(
                    character=character.upper(),
                    actor=self.str_(entry, "actor", f"{prefix}.actor"),
                    id=int(number) if number is not None else None,
                    age=int(age) if age is not None else None,
                    minor=minor if minor is not None else (age is not None and age < 18),
                    contact=self.str_(entry, "contact", f"{prefix}.contact"),
                    limits=self.str_(entry, "limits", f"{prefix}.limits"),
                )
            )
        return tuple(out)

    def build(self) -> Config:
        production = self.table("production")
        files = self.table("files")
        calls = self.table("calls")
        ic = self.table("intimacy_coordinator")
        language = self.str_(production, "language", "production.language") or "en"
        if language not in ("en", "fr"):
            raise self.fail("production.language", f"must be 'en' or 'fr', not {language!r}")
        available = ic.get("available", [])
        if not isinstance(available, list):
            raise self.fail("intimacy_coordinator.available", "must be a list of dates")
        ic_dates = tuple(
            d
            for i, _ in enumerate(available)
            if (d := self.date_({"v": available[i]}, "v", "intimacy_coordinator.available"))
        )
        days: dict[date, DayCalls] = {}
        for i, entry in enumerate(self.raw.get("days", []), start=1):
            entry = self.table(f"days[{i}]", entry)
            when = self.date_(entry, "date", f"days[{i}].date")
            if when is None:
                raise self.fail(f"days[{i}].date", "is required for every [[days]] entry")
            days[when] = replace(
                self.calls(entry, f"days[{i}]"),
                instructions=self.texts(entry.get("instructions"), f"days[{i}].instructions"),
                cast=self.cast_calls(entry.get("cast"), f"days[{i}].cast"),
            )
        hospital = self.table("hospital")
        total_days = self.number(production, "total_days", "production.total_days")
        pages_per_hour = self.number(calls, "pages_per_hour", "calls.pages_per_hour")
        columns = self.table("schedule").get("columns", {})
        if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
            raise self.fail("schedule.columns", "must map field names to header texts")
        return Config(
            base=self.path.parent,
            title=self.str_(production, "title", "production.title"),
            language=language,
            company=self.str_(production, "company", "production.company"),
            director=self.str_(production, "director", "production.director"),
            producer=self.str_(production, "producer", "production.producer"),
            first_ad=self.str_(production, "first_ad", "production.first_ad"),
            first_ad_phone=self.str_(production, "first_ad_phone", "production.first_ad_phone"),
            start_date=self.date_(production, "start_date", "production.start_date"),
            total_days=int(total_days) if total_days is not None else None,
            timezone=self.str_(production, "timezone", "production.timezone"),
            script=self.path_(files, "script"),
            schedule=self.path_(files, "schedule"),
            breakdown=self.path_(files, "breakdown"),
            output=self.path_(files, "output"),
            calls=self.calls(calls, "calls"),
            days=days,
            pages_per_hour=pages_per_hour if pages_per_hour else 0.5,
            intimacy_coordinator=self.person(ic, "intimacy_coordinator"),
            ic_available=ic_dates,
            child_supervisor=self.person(self.table("child_supervisor"), "child_supervisor"),
            hospital=self.location(hospital, "hospital") if hospital else None,
            hospital_phone=self.str_(hospital, "phone", "hospital.phone"),
            locations=tuple(
                self.location(self.table(f"locations[{i}]", loc), f"locations[{i}]")
                for i, loc in enumerate(self.raw.get("locations", []), start=1)
            ),
            cast=self.cast(self.raw.get("cast", [])),
            support=tuple(
                self.person(self.table(f"support[{i}]", p), f"support[{i}]")
                for i, p in enumerate(self.raw.get("support", []), start=1)
            ),
            instructions=self.texts(self.raw.get("instructions"), "instructions"),
            annex_recipients=tuple(
                self.person(self.table(f"annex.recipients[{i}]", p), f"annex.recipients[{i}]")
                for i, p in enumerate(self.table("annex").get("recipients", []), start=1)
            ),
            schedule_columns=dict(columns),
            raw=self.raw,
        )
