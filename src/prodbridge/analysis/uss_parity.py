"""USS parity rules: the cross-references the official validator checks beyond the schema.

The rules follow UniversalScheduleStandard/uss-validator (``parity/*.js``) with two fixes:
strip ids inside day arrays are looked up one by one (the validator compares whole arrays
and so flags every nested board), and category element lists are only checked when a file
has them (the 0.9 draft). The validator's "every breakdown is on every stripboard" count is
left out: the official samples fail it by design (banners kept off the script order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: Rule name → what it checks, in the order they are reported.
RULES = {
    "duplicate-id": "an id is used by two breakdowns, two categories or two elements",
    "breakdown-element-missing": "every element id used by a breakdown exists in elements",
    "element-without-category": "every element belongs to an existing category",
    "category-element-missing": "every element id a category lists exists in elements",
    "linked-element-missing": "every linked element exists in elements",
    "board-strip-missing": "every strip id on a board exists in breakdowns",
    "stripboard-calendar-missing": "every stripboard's calendar exists in calendars",
    "calendar-without-start": "every calendar has a start event",
}


@dataclass(frozen=True, slots=True)
class ParityProblem:
    """One broken rule: ``rule`` is a key of ``RULES``; ``ids`` the offending ids, in file order."""

    rule: str
    ids: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.ids[:5]) + (", ..." if len(self.ids) > 5 else "")
        return f"{self.rule}: {len(self.ids)} id(s) ({shown}); rule: {RULES[self.rule]}"


def check_parity(document: dict[str, Any]) -> list[ParityProblem]:
    """The broken parity rules of a parsed USS file (the whole JSON or the object inside
    ``universalScheduleStandard``); ``[]`` when every rule holds. Missing lists count as empty."""
    body = document.get("universalScheduleStandard", document)
    breakdowns = _dicts(body.get("breakdowns"))
    categories = _dicts(body.get("categories"))
    elements = _dicts(body.get("elements"))
    stripboards = _dicts(body.get("stripboards"))
    calendars = _dicts(body.get("calendars"))
    element_ids = {e.get("id") for e in elements}
    category_ids = {c.get("id") for c in categories}
    breakdown_ids = {b.get("id") for b in breakdowns}
    calendar_ids = {c.get("id") for c in calendars}
    listed = {
        element_id: category.get("id")
        for category in categories
        for element_id in _list(category.get("elements"))
    }

    found: dict[str, list[str]] = {rule: [] for rule in RULES}
    for group in (breakdowns, categories, elements):
        counts = Counter(item.get("id") for item in group)
        found["duplicate-id"] += [str(i) for i, n in counts.items() if n > 1]
    found["breakdown-element-missing"] = [
        e for b in breakdowns for e in _list(b.get("elements")) if e not in element_ids
    ]
    found["element-without-category"] = [
        str(e.get("id"))
        for e in elements
        if e.get("category") not in category_ids and listed.get(e.get("id")) not in category_ids
    ]
    found["category-element-missing"] = [e for e in listed if e not in element_ids]
    found["linked-element-missing"] = [
        x for e in elements for x in _list(e.get("linkedElements")) if x not in element_ids
    ]
    for stripboard in stripboards:
        for board in _dicts(stripboard.get("boards")):
            strips = board.get("breakdownIds", board.get("breakdownArrays"))
            found["board-strip-missing"] += [s for s in _strips(_list(strips)) if s not in breakdown_ids]
    found["stripboard-calendar-missing"] = [
        str(s.get("id"))
        for s in stripboards
        if isinstance(s.get("calendar"), str) and s["calendar"] and s["calendar"] not in calendar_ids
    ]
    found["calendar-without-start"] = [
        str(c.get("id"))
        for c in calendars
        if not any(e.get("type") == "start" or e.get("effect") == "start" for e in _dicts(c.get("events")))
    ]
    return [ParityProblem(rule, tuple(_unique(ids))) for rule, ids in found.items() if ids]


def _strips(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        out.extend(_strips(value) if isinstance(value, list) else [value])
    return out


def _unique(ids: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(str(i) for i in ids))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]
