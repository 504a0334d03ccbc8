"""The AD's reports computed from the script: scene list, scenes by set, cast list, element
lists, day out of days and the character-name check. Plain data; the workbook writer renders it.

Character names are the script reader's (``normalize_cue`` applied once, accents kept); they
are never merged here. Names that may be one person (``LÉA``/``LEA``, ``JIM``/``JAMES``) are
listed by ``name_check`` for a human to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from prodbridge.analysis.characters import fold
from prodbridge.data import load
from prodbridge.model import (
    Breakdown,
    BreakdownElement,
    CastMember,
    Scene,
    Schedule,
    Script,
    ShootDay,
)

DEFAULT_PAGES_PER_HOUR = 0.5


@dataclass(frozen=True, slots=True)
class SceneLine:
    """A scene of the scene list. ``intimacy`` is the public-level marker only (DESIGN §3, P):
    ``""``, ``"to_review"`` (a proposed finding) or ``"ic"`` (confirmed); never the codes."""

    scene: Scene
    cast_ids: tuple[int, ...]
    present: tuple[str, ...]
    minutes: int
    intimacy: str = ""
    closed_set: bool = False


@dataclass(frozen=True, slots=True)
class SetRow:
    """Scenes of one set sharing sub-set, INT/EXT and time of day."""

    subset: str
    int_ext: str
    time_of_day: str
    scenes: tuple[str, ...]
    eighths: int
    minutes: int


@dataclass(frozen=True, slots=True)
class SetGroup:
    """A set with its rows and totals; ``by_time`` is (time of day, eighths) in script order."""

    set: str
    rows: tuple[SetRow, ...]
    scenes: int
    eighths: int
    minutes: int
    by_time: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class CastLine:
    """A character of the cast list: its id, scene ids in script order, page total."""

    id: int
    character: str
    actor: str
    scenes: tuple[str, ...]
    speaking: int
    eighths: int

    @property
    def first(self) -> str:
        return self.scenes[0] if self.scenes else ""

    @property
    def last(self) -> str:
        return self.scenes[-1] if self.scenes else ""


@dataclass(frozen=True, slots=True)
class ElementLine:
    """An element with the ids of the scenes it is tagged in (first appearance first)."""

    name: str
    scenes: tuple[str, ...]
    first_heading: str
    occurrences: int


@dataclass(frozen=True, slots=True)
class ElementList:
    """One Final Draft tag category (keyed on its Id) and its elements."""

    category_id: str
    category: str
    number: str
    elements: tuple[ElementLine, ...]


@dataclass(frozen=True, slots=True)
class NameCheck:
    """Two character names that may be one person; ``reason`` is a key of ``name_reasons``."""

    first: str
    second: str
    reason: str
    first_scenes: tuple[str, ...]
    second_scenes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DoodLine:
    """A performer's day-out-of-days row: one code per shooting day (``""`` when not engaged)."""

    id: int | None
    character: str
    codes: tuple[str, ...]

    @property
    def work(self) -> int:
        return sum(1 for c in self.codes if c in ("SW", "W", "WF", "SWF"))

    @property
    def hold(self) -> int:
        return sum(1 for c in self.codes if c == "H")


@dataclass(frozen=True, slots=True)
class DoodTable:
    days: tuple[ShootDay, ...]
    lines: tuple[DoodLine, ...]

    def start(self, line: DoodLine) -> int | None:
        """Day number of the first working day."""
        worked = [d.number for d, c in zip(self.days, line.codes, strict=True) if c and c != "H"]
        return worked[0] if worked else None

    def finish(self, line: DoodLine) -> int | None:
        worked = [d.number for d, c in zip(self.days, line.codes, strict=True) if c and c != "H"]
        return worked[-1] if worked else None


@dataclass(frozen=True, slots=True)
class Reports:
    """Everything the AD sheets of the breakdown workbook show."""

    scenes: tuple[SceneLine, ...]
    sets: tuple[SetGroup, ...]
    by_time: tuple[tuple[str, int], ...]
    cast: tuple[CastLine, ...]
    elements: tuple[ElementList, ...]
    names: tuple[NameCheck, ...]
    dood: DoodTable | None
    pages_per_hour: float


def minutes_for(eighths: int, pages_per_hour: float) -> int:
    """Estimated shooting minutes for ``eighths`` at ``pages_per_hour`` (0.5: a page in 2 h)."""
    if pages_per_hour <= 0:
        raise ValueError("pages_per_hour must be positive")
    return round(eighths / 8 / pages_per_hour * 60)


def build(
    script: Script,
    breakdown: Breakdown | None = None,
    elements: Sequence[BreakdownElement] = (),
    schedule: Schedule | None = None,
    cast: Sequence[CastMember] = (),
    pages_per_hour: float = DEFAULT_PAGES_PER_HOUR,
) -> Reports:
    """All reports for ``script``; ``schedule`` enables the day out of days."""
    cast_lines = cast_list(script, cast)
    ids = {c.character: c.id for c in cast_lines}
    return Reports(
        scenes=scene_list(script, breakdown, ids, pages_per_hour),
        sets=scenes_by_set(script, pages_per_hour),
        by_time=_by_time(script.scenes),
        cast=cast_lines,
        elements=element_lists(script, elements),
        names=name_check(script),
        dood=dood_table(schedule, script, cast, ids) if schedule is not None else None,
        pages_per_hour=pages_per_hour,
    )


def scene_list(
    script: Script,
    breakdown: Breakdown | None = None,
    cast_ids: dict[str, int] | None = None,
    pages_per_hour: float = DEFAULT_PAGES_PER_HOUR,
) -> tuple[SceneLine, ...]:
    """Every scene in continuity order, with cast ids and the public intimacy marker."""
    ids = cast_ids if cast_ids is not None else {c.character: c.id for c in cast_list(script)}
    public: dict[str, tuple[str, bool]] = {}
    if breakdown is not None:
        for entry in breakdown.active():
            marker = "ic" if entry.status == "confirmed" else "to_review"
            public[entry.scene_id] = (marker, entry.review.closed_set == "yes")
    lines = []
    for scene in script.scenes:
        marker, closed = public.get(scene.id, ("", False))
        lines.append(
            SceneLine(
                scene=scene,
                cast_ids=tuple(sorted(ids[c] for c in scene.characters if c in ids)),
                present=tuple(c for c in scene.characters if c not in scene.speaking),
                minutes=minutes_for(scene.eighths, pages_per_hour),
                intimacy=marker,
                closed_set=closed,
            )
        )
    return tuple(lines)


def scenes_by_set(script: Script, pages_per_hour: float = DEFAULT_PAGES_PER_HOUR) -> tuple[SetGroup, ...]:
    """Scenes grouped by set (first appearance order), then sub-set, INT/EXT and time of day."""
    groups: dict[str, dict[tuple[str, str, str], list[Scene]]] = {}
    for scene in script.scenes:
        rows = groups.setdefault(scene.set, {})
        rows.setdefault((scene.subset or "", scene.int_ext or "", scene.time_of_day or ""), []).append(scene)
    out = []
    for set_name, rows in groups.items():
        set_rows = []
        for (subset, int_ext, time_of_day), scenes in rows.items():
            eighths = sum(s.eighths for s in scenes)
            set_rows.append(
                SetRow(
                    subset,
                    int_ext,
                    time_of_day,
                    tuple(s.id for s in scenes),
                    eighths,
                    minutes_for(eighths, pages_per_hour),
                )
            )
        all_scenes = [s for scenes in rows.values() for s in scenes]
        eighths = sum(s.eighths for s in all_scenes)
        out.append(
            SetGroup(
                set_name,
                tuple(set_rows),
                len(all_scenes),
                eighths,
                minutes_for(eighths, pages_per_hour),
                _by_time(sorted(all_scenes, key=lambda s: s.index)),
            )
        )
    return tuple(out)


def _by_time(scenes: Iterable[Scene]) -> tuple[tuple[str, int], ...]:
    totals: dict[str, int] = {}
    for scene in scenes:
        key = scene.time_of_day or ""
        totals[key] = totals.get(key, 0) + scene.eighths
    return tuple(totals.items())


def cast_list(script: Script, cast: Sequence[CastMember] = ()) -> tuple[CastLine, ...]:
    """Characters with ids: the config's ids first, then by number of scenes (lead first).

    Ties go to the character who appears first. A character the config gives an id keeps it;
    the others are numbered after the highest configured id.
    """
    scenes: dict[str, list[Scene]] = {}
    for scene in script.scenes:
        for character in scene.characters:
            scenes.setdefault(character, []).append(scene)
    order = list(scenes)
    configured = {c.character.strip().upper(): c for c in cast}
    fixed = {name: configured[name].id for name in scenes if name in configured and configured[name].id}
    next_id = max((i for i in fixed.values() if i), default=0) + 1
    ranked = sorted(scenes, key=lambda n: (-len(scenes[n]), order.index(n)))
    ids: dict[str, int] = {}
    for name in ranked:
        if name in fixed:
            ids[name] = fixed[name] or 0
        else:
            ids[name] = next_id
            next_id += 1
    lines = [
        CastLine(
            id=ids[name],
            character=name,
            actor=configured[name].actor if name in configured else "",
            scenes=tuple(s.id for s in scenes[name]),
            speaking=sum(1 for s in scenes[name] if name in s.speaking),
            eighths=sum(s.eighths for s in scenes[name]),
        )
        for name in scenes
    ]
    return tuple(sorted(lines, key=lambda c: (c.id, order.index(c.character))))


def element_lists(script: Script, elements: Sequence[BreakdownElement]) -> tuple[ElementList, ...]:
    """Elements by category (keyed on category Id, in the file's category order), each sorted
    by first appearance, then name; elements tagged in no scene come last."""
    by_index = {s.index: s for s in script.scenes}
    categories: dict[str, list[BreakdownElement]] = {}
    for element in elements:
        categories.setdefault(element.category_id, []).append(element)
    out = []
    for category_id, members in categories.items():
        members = sorted(members, key=lambda e: (min(e.scenes, default=10**9), fold(e.name), e.definition_id))
        lines = []
        for element in members:
            scenes = [by_index[i] for i in sorted(element.scenes) if i in by_index]
            first_heading = scenes[0].heading if scenes else ""
            lines.append(ElementLine(element.name, tuple(s.id for s in scenes), first_heading, element.tags))
        out.append(ElementList(category_id, members[0].category, members[0].category_number, tuple(lines)))
    return tuple(out)


# --- name check --------------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d")


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in load("breakdown_labels")["nicknames"]["groups"]:
        names = {fold(n) for n in group}
        for name in names:
            out.setdefault(name, set()).update(names - {name})
    return {k: frozenset(v) for k, v in out.items()}


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _NON_ALNUM.sub(" ", fold(name)).split() if t)


def similar(a: str, b: str) -> str | None:
    """Why ``a`` and ``b`` may name one character (a ``name_reasons`` key), or ``None``."""
    if a == b:
        return None
    if fold(a) == fold(b):
        return "accents"
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return None
    if "".join(ta) == "".join(tb):
        return "punctuation"
    if _DIGITS.search(a) or _DIGITS.search(b):
        return None  # COP 1 / COP 2, MAN #1 / MAN #2: numbered roles are distinct on purpose
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < len(long_) and all(t in long_ for t in short) and max(len(t) for t in short) >= 3:
        return "contains"
    if ta[0] in _nicknames().get(tb[0], ()) and ta[1:] == tb[1:]:
        return "nickname"
    fa, fb = "".join(ta), "".join(tb)
    if min(len(fa), len(fb)) >= 4 and _one_edit(fa, fb):
        return "spelling"
    return None


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
        i, j = diff
        return a[i] == b[j] and a[j] == b[i]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def name_check(script: Script) -> tuple[NameCheck, ...]:
    """Pairs of character names that may be one person, in order of first appearance."""
    scenes: dict[str, list[str]] = {}
    for scene in script.scenes:
        for character in scene.characters:
            scenes.setdefault(character, []).append(scene.id)
    names = list(scenes)
    out = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            reason = similar(a, b)
            if reason:
                out.append(NameCheck(a, b, reason, tuple(scenes[a]), tuple(scenes[b])))
    return tuple(out)


# --- day out of days ---------------------------------------------------------------------------


def dood_table(
    schedule: Schedule,
    script: Script | None,
    cast: Sequence[CastMember] = (),
    cast_ids: dict[str, int] | None = None,
) -> DoodTable:
    """The day out of days (``analysis.dood``) as rows in cast-list order, one code per day."""
    from prodbridge.analysis.dood import day_out_of_days

    dood = day_out_of_days(schedule, script, cast)
    days = tuple(sorted(schedule.days, key=lambda d: d.number))
    ids = cast_ids or {}
    lines = [
        DoodLine(ids.get(p), p, tuple(dood.status(p, d.number) for d in days)) for p in dood.performers
    ]
    lines.sort(key=lambda line: (line.id is None, line.id or 0, line.character))
    return DoodTable(days, tuple(lines))
