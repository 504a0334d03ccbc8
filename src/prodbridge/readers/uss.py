"""Universal Schedule Standard (``.uss`` JSON) → ``Schedule``: breakdowns, stripboards, calendars.

USS (github.com/UniversalScheduleStandard) keeps the scenes ("breakdowns") apart from their
order. A stripboard holds a shooting board, whose nested arrays are the shooting days, and a
boneyard of unscheduled strips. Its calendar (start date, weekly days off, dated days off)
gives the days their dates. Real files differ from the 1.0.0 schema (``breakdownArrays``,
type ``strip``, the 0.9 draft's end-of-day strips). They are read anyway, and every
assumption becomes an ``Issue``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from prodbridge.data import load as load_data
from prodbridge.errors import InputError, Issue, UnsafeInputError, UsageError
from prodbridge.model import Schedule, ScheduleRow, ShootDay, scene_key
from prodbridge.options import ReadOptions

#: A feature's USS export is a few hundred KB; a season's a few MB.
MAX_BYTES = 32 * 1024 * 1024
#: USS nests about nine levels deep (root → stripboards → boards → days → ids).
MAX_DEPTH = 64
WRAPPER = "universalScheduleStandard"
#: Breakdown keys the 1.0.0 schema requires; files without them are read, and told so.
BREAKDOWN_KEYS = (
    "id", "bannerText", "comments", "created", "description", "elements", "pages", "scene",
    "scriptPage", "duration", "type",
)  # fmt: skip
FIELDS = ("set", "int_ext", "time_of_day", "location", "cast")

_BOM = b"\xef\xbb\xbf"
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed USS file.

    ``root`` is the whole JSON object; ``body`` the USS object inside it (``root`` itself when
    the file has no ``universalScheduleStandard`` wrapper). ``legacy`` is true for the pre-1.0
    draft (``version`` 0.x, ``catId``, categories listing their elements).
    """

    root: dict[str, Any]
    body: dict[str, Any]
    version: str | None
    legacy: bool


@cache
def vocabulary() -> dict[str, Any]:
    """``data/uss_labels.toml`` (cached; do not mutate)."""
    return load_data("uss_labels")


# --- bytes → Document ----------------------------------------------------------------------------


def load(data: bytes, name: str = "<input>") -> tuple[Document, list[Issue]]:
    """Parse and check the envelope of a USS file (shared by the reader and the writer).

    Raises ``InputError`` (one line naming the file) for an empty, non-UTF-8, invalid-JSON or
    non-USS file, and ``UnsafeInputError`` for a file over ``MAX_BYTES`` or nested deeper than
    ``MAX_DEPTH``. The issues say which version was assumed.
    """
    root = parse_json(data, name)
    issues: list[Issue] = []
    if not isinstance(root, dict):
        raise InputError(
            f"not a Universal Schedule Standard file: the JSON is {_json_type(root)}, "
            f"not an object with {WRAPPER!r}",
            name,
        )
    body = root.get(WRAPPER)
    if body is None and isinstance(root.get("breakdowns"), list):
        body = root
        issues.append(Issue("uss-unwrapped", name, "", f"no {WRAPPER!r} object; read the top level as USS"))
    if not isinstance(body, dict):
        raise InputError(
            f"not a Universal Schedule Standard file: no {WRAPPER!r} object at the top level", name
        )
    if not isinstance(body.get("breakdowns"), list):
        raise InputError("not a usable USS file: it has no 'breakdowns' list", name)
    version = body.get("ussVersion")
    legacy = False
    if not isinstance(version, str):
        old = body.get("version")
        version = old if isinstance(old, str) else None
        legacy = bool(version and version.startswith("0."))
    if legacy:
        issues.append(
            Issue(
                "uss-legacy-draft",
                name,
                "",
                f"pre-1.0 USS draft (version {version}): read with its old keys (catId, "
                "categories listing their elements, 'day' strips as end-of-day breaks)",
            )
        )
    elif version is None:
        issues.append(Issue("uss-version", name, "", "no ussVersion; read as USS 1.0.0"))
    elif not version.startswith("1."):
        issues.append(Issue("uss-version", name, "", f"USS {version}: read as USS 1.0.0"))
    return Document(root, body, version, legacy), issues


def parse_json(data: bytes, name: str) -> Any:
    """UTF-8 JSON (a BOM allowed) → Python values, within the size and depth limits."""
    if len(data) > MAX_BYTES:
        raise UnsafeInputError(
            f"refused: {len(data) // (1024 * 1024)} MB is larger than any schedule "
            f"(limit {MAX_BYTES // (1024 * 1024)} MB)",
            name,
        )
    if not data.strip():
        raise InputError("the file is empty", name)
    raw = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not a USS file: not UTF-8 text (byte {exc.start})", name) from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise UnsafeInputError(f"refused: the JSON nests deeper than {MAX_DEPTH} levels", name) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not a USS file: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})",
            name,
        ) from None
    except ValueError as exc:
        raise InputError(f"not a USS file: {exc}", name) from None
    if _too_deep(value):
        raise UnsafeInputError(f"refused: the JSON nests deeper than {MAX_DEPTH} levels", name)
    return value


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a JSON number")


def _too_deep(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number or null")


# --- breakdowns, categories, elements ------------------------------------------------------------


def breakdown_kind(breakdown: dict[str, Any]) -> str:
    """``scene``, ``banner``, ``day`` (0.9 end-of-day strip) or ``other``; type ``strip`` is a scene."""
    kind = str(breakdown.get("type") or "").strip().casefold()
    types = vocabulary()["read"]["types"]
    if kind in types["scene"] or kind in types["scene_legacy"]:
        return "scene"
    if kind in types["banner"]:
        return "banner"
    if kind in types["day_break"]:
        return "day"
    return "other"


def is_scene(breakdown: dict[str, Any]) -> bool:
    """A scene strip: type scene/strip, or an unknown type that carries a scene number."""
    kind = breakdown_kind(breakdown)
    return kind == "scene" or (kind == "other" and bool(_text(breakdown.get("scene"))))


def element_categories(body: dict[str, Any]) -> dict[str, str]:
    """Element id → category id, from ``element.category`` (1.0) or category element lists (0.9)."""
    found: dict[str, str] = {}
    for category in _dicts(body.get("categories")):
        for element_id in category.get("elements") or ():
            if isinstance(element_id, str) and isinstance(category.get("id"), str):
                found.setdefault(element_id, category["id"])
    for element in _dicts(body.get("elements")):
        if isinstance(element.get("id"), str) and isinstance(element.get("category"), str):
            found[element["id"]] = element["category"]
    return found


def category_ucid(category: dict[str, Any]) -> int | None:
    """The category's UCI id (``ucid``; ``catId`` in the 0.9 draft), ``None`` when absent."""
    value = category.get("ucid", category.get("catId"))
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value)


class _Catalog:
    """The file's breakdowns by id and, for each element, the scene field it fills."""

    def __init__(self, body: dict[str, Any], name: str, issues: list[Issue]) -> None:
        self.breakdowns: list[tuple[int, dict[str, Any]]] = []
        self.by_id: dict[str, tuple[int, dict[str, Any]]] = {}
        skipped = 0
        for position, item in enumerate(body["breakdowns"], start=1):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                skipped += 1
                continue
            self.breakdowns.append((position, item))
            self.by_id.setdefault(item["id"], (position, item))
        if skipped:
            issues.append(
                Issue("uss-breakdown-skipped", name, "", f"{skipped} breakdown(s) without an id skipped")
            )
        self._note_shapes(name, issues)
        categories = [c for c in _dicts(body.get("categories")) if isinstance(c.get("id"), str)]
        field_of: dict[str, str] = {}
        for field_name in FIELDS:
            spec = vocabulary()["read"]["fields"][field_name]
            chosen = [c for c in categories if category_ucid(c) in spec["ucid"]]
            if not chosen:
                names = {n.casefold() for n in spec["names"]}
                chosen = [c for c in categories if _text(c.get("name")).casefold() in names]
            for category in chosen:
                field_of.setdefault(category["id"], field_name)
        names = {
            e["id"]: _text(e.get("name"))
            for e in _dicts(body.get("elements"))
            if isinstance(e.get("id"), str)
        }
        self.field_of: dict[str, tuple[str, str]] = {}
        for element_id, category_id in element_categories(body).items():
            if category_id in field_of and names.get(element_id):
                self.field_of[element_id] = (field_of[category_id], names[element_id])
        missing = {
            e
            for _, b in self.breakdowns
            for e in b.get("elements") or ()
            if isinstance(e, str) and e not in names
        }
        if missing:
            issues.append(
                Issue(
                    "uss-element-missing",
                    name,
                    "",
                    f"{len(missing)} element id(s) used by breakdowns are not in 'elements'; ignored",
                )
            )

    def _note_shapes(self, name: str, issues: list[Issue]) -> None:
        types = Counter(str(b.get("type")) for _, b in self.breakdowns)
        for legacy in vocabulary()["read"]["types"]["scene_legacy"]:
            if types.get(legacy):
                issues.append(
                    Issue(
                        "uss-breakdown-type",
                        name,
                        "",
                        f"{types[legacy]} breakdown(s) of type {legacy!r} (not in USS 1.0.0) read as scenes",
                    )
                )
        odd = [(b["id"], b) for _, b in self.breakdowns if breakdown_kind(b) == "other"]
        if odd:
            kinds = ", ".join(sorted({repr(b.get("type")) for _, b in odd}))
            issues.append(
                Issue(
                    "uss-breakdown-type",
                    name,
                    f"breakdown {odd[0][0]}",
                    f"{len(odd)} breakdown(s) of unknown type {kinds}: read as scenes when they "
                    "have a scene number, else skipped",
                )
            )
        absent = Counter(k for _, b in self.breakdowns for k in BREAKDOWN_KEYS if k not in b)
        if absent:
            listed = ", ".join(f"{count} without {key!r}" for key, count in sorted(absent.items()))
            issues.append(Issue("uss-missing-keys", name, "", f"breakdowns: {listed}; read as null"))

    def fields(self, breakdown: dict[str, Any]) -> dict[str, list[str]]:
        """Scene field → element names on this breakdown, in the breakdown's order."""
        out: dict[str, list[str]] = {}
        for element_id in breakdown.get("elements") or ():
            found = self.field_of.get(element_id) if isinstance(element_id, str) else None
            if found and found[1] not in out.setdefault(found[0], []):
                out[found[0]].append(found[1])
        return out


# --- stripboards ---------------------------------------------------------------------------------


@dataclass
class Board:
    """One stripboard as read: its shooting days and every strip on it in board order.

    ``days`` holds the breakdown ids of each shooting day (banners included); ``placed`` is
    every id on the stripboard with its day number (``None``: boneyard or outside any day).
    ``issues`` are only reported when this stripboard is the one used.
    """

    name: str
    calendar: str | None
    days: list[list[str]] = field(default_factory=list)
    placed: list[tuple[str, int | None]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def read_boards(body: dict[str, Any], name: str) -> list[Board]:
    """Every stripboard of the file, in file order."""
    kinds = {
        b["id"]: breakdown_kind(b) for b in _dicts(body.get("breakdowns")) if isinstance(b.get("id"), str)
    }
    return [
        _board(item, index, kinds, name)
        for index, item in enumerate(_dicts(body.get("stripboards")), start=1)
    ]


def _board(item: dict[str, Any], index: int, kinds: dict[str, str], name: str) -> Board:
    title = _text(item.get("name")) or f"stripboard {index}"
    calendar = item.get("calendar") if isinstance(item.get("calendar"), str) else None
    board = Board(title, calendar)
    where = f"stripboard {title!r}"
    shooting: list[Any] | None = None
    others: list[list[Any]] = []
    for sub in _dicts(item.get("boards")):
        values, key = _board_ids(sub)
        if key == "breakdownArrays":
            board.issues.append(
                Issue(
                    "uss-board-key",
                    name,
                    where,
                    "boards use 'breakdownArrays' instead of 'breakdownIds'; read the same way",
                )
            )
        elif key is None:
            board.issues.append(
                Issue("uss-board-key", name, where, f"board {sub.get('name')!r} lists no strips")
            )
        if "boneyard" in _text(sub.get("name")).casefold():
            others.append(values)
        elif shooting is None:
            shooting = values
        else:
            others.append(values)
            board.issues.append(
                Issue(
                    "uss-extra-board",
                    name,
                    where,
                    f"second shooting board {sub.get('name')!r}: its strips are read as unscheduled",
                )
            )
    if shooting and any(isinstance(v, list) for v in shooting):
        _nested_days(board, shooting, where, name)
    elif shooting:
        _flat_days(board, shooting, kinds, where, name)
    for values in others:  # a boneyard may keep day arrays too (Think Crew): all unscheduled
        for value in values:
            ids = _flatten(value if isinstance(value, list) else [value], board, where, name)
            board.placed.extend((i, None) for i in ids)
    # A board key may be repeated by both shapes; keep one issue per code and text.
    unique: dict[tuple[str, str], Issue] = {}
    for issue in board.issues:
        unique.setdefault((issue.code, issue.text), issue)
    board.issues = list(unique.values())
    return board


def _board_ids(sub: dict[str, Any]) -> tuple[list[Any], str | None]:
    for key in ("breakdownIds", "breakdownArrays"):
        if isinstance(sub.get(key), list):
            return sub[key], key
    return [], None


def _nested_days(board: Board, values: list[Any], where: str, name: str) -> None:
    """USS 1.0: each array on the shooting board is one shooting day, in order."""
    stray: list[tuple[str, int]] = []
    for value in values:
        if isinstance(value, list):
            ids = _flatten(value, board, where, name)
            board.days.append(ids)
            board.placed.extend((i, len(board.days)) for i in ids)
        elif isinstance(value, str):
            board.placed.append((value, None))
            stray.append((value, len(board.days)))
        else:
            _bad_item(board, value, where, name)
    if stray:
        first, after = stray[0]
        board.issues.append(
            Issue(
                "uss-strip-outside-day",
                name,
                f"{where}, after day {after}" if after else where,
                f"{len(stray)} strip(s) sit between the day arrays, outside any shooting day "
                f"(first: {first}); left unscheduled",
            )
        )


def _flat_days(board: Board, values: list[Any], kinds: dict[str, str], where: str, name: str) -> None:
    """A flat board: 0.9-draft end-of-day strips close days; without them nothing is scheduled."""
    ids = _flatten(values, board, where, name)
    if not any(kinds.get(i) == "day" for i in ids):
        board.placed.extend((i, None) for i in ids)
        return
    pending: list[str] = []
    for strip in ids:
        if kinds.get(strip) == "day":
            board.days.append(pending)
            board.placed.extend((i, len(board.days)) for i in pending)
            pending = []
        else:
            pending.append(strip)
    board.placed.extend((i, None) for i in pending)
    if any(kinds.get(i) not in ("banner", None) for i in pending):
        board.issues.append(
            Issue(
                "uss-strips-after-last-day",
                name,
                where,
                f"{len(pending)} strip(s) after the last end-of-day strip are on no shooting day",
            )
        )


def _flatten(values: list[Any], board: Board, where: str, name: str) -> list[str]:
    out: list[str] = []
    for value in values:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            board.issues.append(
                Issue(
                    "uss-nested-day",
                    name,
                    where,
                    "an array inside a day array: its strips are read as part of that day",
                )
            )
            out.extend(_flatten(value, board, where, name))
        else:
            _bad_item(board, value, where, name)
    return out


def _bad_item(board: Board, value: Any, where: str, name: str) -> None:
    board.issues.append(
        Issue("uss-board-item", name, where, f"{_json_type(value)} on a board is not a strip id; skipped")
    )


def choose_board(boards: list[Board], wanted: str | None, name: str) -> tuple[Board, list[Issue]]:
    """The stripboard named ``wanted`` (exact, then without case), else the one with the most
    shooting days (the first on ties). Raises ``UsageError`` listing the names when none matches."""
    if wanted:
        match = [b for b in boards if b.name == wanted] or [
            b for b in boards if b.name.casefold() == wanted.strip().casefold()
        ]
        if not match:
            raise UsageError(f"no stripboard named {wanted!r}; the file has {_board_list(boards)}", name)
        return match[0], []
    chosen = max(boards, key=lambda b: len(b.days))
    if len(boards) < 2:
        return chosen, []
    others = [b for b in boards if b is not chosen]
    return chosen, [
        Issue(
            "uss-board-chosen",
            name,
            f"stripboard {chosen.name!r}",
            f"used stripboard {chosen.name!r} ({_days(chosen)}), the one with the most shooting "
            f"days; also in the file: {_board_list(others)}",
        )
    ]


def _days(board: Board) -> str:
    count = len(board.days)
    return f"{count} shooting day{'s' if count != 1 else ''}" if count else "no shooting days"


def _board_list(boards: Iterable[Board]) -> str:
    return ", ".join(f"{b.name!r} ({_days(b)})" for b in boards) or "no stripboards"


# --- calendars -----------------------------------------------------------------------------------


def shoot_dates(
    body: dict[str, Any], calendar_id: str | None, count: int, where: str, name: str
) -> tuple[list[date], list[Issue]]:
    """Dates of the first ``count`` shooting days from the stripboard's calendar.

    Day 1 is the start date when it is a working day; weekdays in ``daysOff`` (0 = Sunday, as
    in JavaScript) and dated day-off or holiday events are skipped. Dates are read from the
    ``YYYY-MM-DD`` part of the timestamps, as written. ``[]`` when the calendar is missing or
    has no start (the issue says so).
    """
    if not count:
        return [], []
    calendars = [c for c in _dicts(body.get("calendars")) if isinstance(c.get("id"), str)]
    calendar = next((c for c in calendars if c["id"] == calendar_id), None)
    issues: list[Issue] = []
    if calendar is None:
        if len(calendars) != 1:
            issue = f"calendar {calendar_id!r} not found" if calendar_id else "no calendar"
            return [], [Issue("uss-calendar-missing", name, where, f"{issue}: the days have no dates")]
        calendar = calendars[0]
        issues.append(
            Issue(
                "uss-calendar-missing",
                name,
                where,
                f"calendar {calendar_id!r} not found; used the file's only calendar "
                f"{_text(calendar.get('name'))!r}",
            )
        )
    words = vocabulary()["read"]["calendar"]
    start: date | None = None
    off: set[date] = set()
    for event in _dicts(calendar.get("events")):
        labels = {_text(event.get(k)).casefold() for k in ("type", "name", "effect") if event.get(k)}
        when = _event_date(event.get("date"))
        if when is None:
            continue
        if labels & set(words["start"]):
            start = start or when
        elif labels & set(words["off"]):
            off.add(when)
    weekly = {
        int(d) % 7
        for d in calendar.get("daysOff") or ()
        if isinstance(d, int | float) and not isinstance(d, bool) and math.isfinite(d)
    }
    label = f"calendar {_text(calendar.get('name')) or calendar.get('id')!r}"
    problem = "no start event" if start is None else "every weekday is a day off" if len(weekly) >= 7 else ""
    if start is None or problem:
        return [], [*issues, Issue("uss-no-start-date", name, label, f"{problem}: the days have no dates")]
    dates: list[date] = []
    day = start
    while len(dates) < count:
        if day.isoweekday() % 7 not in weekly and day not in off:
            dates.append(day)
        day += timedelta(days=1)
    return dates, issues


def _event_date(value: Any) -> date | None:
    match = _DATE.match(value) if isinstance(value, str) else None
    if not match:
        return None
    try:
        return date(*(int(x) for x in match.groups()))
    except ValueError:
        return None


# --- the reader ----------------------------------------------------------------------------------


def read(data: bytes, opts: ReadOptions | None = None) -> tuple[Schedule, list[Issue]]:
    """USS bytes → (Schedule, issues).

    ``opts.board`` picks a stripboard by name; by default the one with the most shooting days
    is used (issue ``uss-board-chosen``). One ``ScheduleRow`` per scene strip: the strips of the
    shooting days in board order, then the boneyard, then breakdowns placed on no board (all
    unscheduled). ``ScheduleRow.row`` is the strip's 1-based position in the file's
    ``breakdowns``. Banners and end-of-day strips are not rows. ``Schedule.sheet`` is the
    stripboard's name. Raises ``InputError`` for a file that is not USS, ``UsageError`` for
    an unknown board name.
    """
    opts = opts or ReadOptions()
    name = opts.name
    doc, issues = load(data, name)
    catalog = _Catalog(doc.body, name, issues)
    boards = read_boards(doc.body, name)
    placed: list[tuple[str, int | None]] = []
    chosen: Board | None = None
    if boards:
        chosen, notes = choose_board(boards, opts.board, name)
        issues.extend(notes)
        issues.extend(chosen.issues)
        placed = chosen.placed
    else:
        if opts.board:
            raise UsageError(f"no stripboard named {opts.board!r}; the file has no stripboards", name)
        issues.append(Issue("uss-no-stripboards", name, "", "no stripboards: every scene is unscheduled"))
    where = f"stripboard {chosen.name!r}" if chosen else ""
    dates: list[date] = []
    if chosen:
        dates, notes = shoot_dates(doc.body, chosen.calendar, len(chosen.days), where, name)
        issues.extend(notes)

    seen: set[str] = set()
    unknown: list[str] = []
    duplicates: list[str] = []
    order: list[tuple[int, dict[str, Any], int | None]] = []
    for strip_id, day in placed:
        if strip_id in seen:
            duplicates.append(strip_id)
            continue
        found = catalog.by_id.get(strip_id)
        if found is None:
            unknown.append(strip_id)
            continue
        seen.add(strip_id)
        order.append((found[0], found[1], day))
    unplaced = [(p, b, None) for p, b in catalog.breakdowns if b["id"] not in seen and is_scene(b)]
    if unknown:
        issues.append(
            Issue(
                "uss-unknown-strip",
                name,
                where,
                f"{len(unknown)} strip id(s) on the board are not breakdowns (first: {unknown[0]}); skipped",
            )
        )
    if duplicates:
        issues.append(
            Issue(
                "uss-duplicate-strip",
                name,
                where,
                f"{len(duplicates)} strip(s) appear twice (first: {duplicates[0]}); the first place is used",
            )
        )
    if unplaced and chosen:
        scenes = ", ".join(_text(b.get("scene")) or b["id"] for _, b, _ in unplaced[:5])
        issues.append(
            Issue(
                "uss-strip-not-on-board",
                name,
                where,
                f"{len(unplaced)} scene strip(s) are on neither the board nor the boneyard "
                f"(scene {scenes}{', ...' if len(unplaced) > 5 else ''}); read as unscheduled",
            )
        )

    rows: list[ScheduleRow] = []
    nameless: list[str] = []
    for position, breakdown, day in order + unplaced:
        if not is_scene(breakdown):
            continue
        written = _text(breakdown.get("scene"))
        if not written:
            nameless.append(breakdown["id"])
            continue
        fields = catalog.fields(breakdown)
        rows.append(
            ScheduleRow(
                row=position,
                scene_id=written,
                scene=scene_key(written),
                day=day,
                date=dates[day - 1] if day and day <= len(dates) else None,
                int_ext="/".join(fields.get("int_ext", [])).upper() or None,
                set=" / ".join(fields.get("set", [])) or None,
                time_of_day="/".join(fields.get("time_of_day", [])).upper() or None,
                eighths=_eighths(breakdown.get("pages")),
                cast=tuple(fields.get("cast", [])),
                location=" / ".join(fields.get("location", [])) or None,
                description=_text(breakdown.get("description")) or None,
            )
        )
    if nameless:
        issues.append(
            Issue(
                "uss-scene-without-number",
                name,
                f"breakdown {nameless[0]}",
                f"{len(nameless)} scene strip(s) have no scene number and cannot be matched to "
                "the script; skipped",
            )
        )
    if not rows:
        issues.append(Issue("no-scenes", name, where, "no scene strips"))

    days = []
    for number in range(1, len(chosen.days) + 1 if chosen else 1):
        keys: list[str] = []
        for row in rows:
            if row.day == number and row.scene not in keys:
                keys.append(row.scene)
        days.append(ShootDay(number, dates[number - 1] if number <= len(dates) else None, tuple(keys)))
    schedule = Schedule(
        format="uss",
        rows=tuple(rows),
        days=tuple(days),
        sheet=chosen.name if chosen else None,
    )
    return schedule, issues


def _eighths(value: Any) -> int | None:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return round(value * 8)


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool | dict | list):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
