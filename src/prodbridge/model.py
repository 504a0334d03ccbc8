"""The document model: the only thing readers produce and writers consume.

Plain frozen dataclasses. Readers build them; analysis adds findings and reviews; writers read
them. Nothing here knows about XML, zips or paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

# --- script -----------------------------------------------------------------------------------

#: Paragraph kinds the analysis understands. A reader maps its own element types onto these and
#: keeps the original in ``Paragraph.raw_type``; an unknown type becomes ``"Action"``.
KINDS = frozenset(
    {
        "Scene Heading",
        "Action",
        "Character",
        "Dialogue",
        "Parenthetical",
        "Transition",
        "Shot",
        "General",
        "Summary",
        "Note",
        "Outline",
        "Act",
        "Cast List",
        "Lyrics",
    }
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph, in reading order.

    ``index`` is its 0-based position in the body walk of the source file (for FDX, the walk of
    ``prodbridge.fdx.tree.body_paragraphs``), so a writer can find the same element again.
    ``text`` is exactly the concatenation of the source runs: never trimmed or re-spaced.
    ``speaker`` is the normalised character name for Dialogue/Parenthetical (``None`` elsewhere).
    ``dual`` is true inside a dual-dialogue block.
    """

    index: int
    kind: str
    text: str
    raw_type: str = ""
    scene: int | None = None
    speaker: str | None = None
    dual: bool = False


@dataclass(frozen=True, slots=True)
class Scene:
    """A scene: its heading and the paragraphs up to the next heading.

    ``id`` follows DESIGN §3: the scene number when there is one, else ``#<index>``.
    ``index`` is 1-based. ``eighths`` is the length in eighths of a page; ``eighths_source`` says
    whether it was read from the file (``"file"``) or estimated from the text (``"estimate"``).
    ``paragraphs`` is the half-open range of ``Paragraph.index`` values (heading included).
    ``characters`` lists speaking characters first (in order of appearance), then characters
    only named in action; ``speaking`` only the former.
    """

    index: int
    id: str
    number: str | None
    heading: str
    int_ext: str | None
    set: str
    subset: str | None
    time_of_day: str | None
    eighths: int
    eighths_source: str
    page: str | None
    paragraphs: tuple[int, int]
    characters: tuple[str, ...] = ()
    speaking: tuple[str, ...] = ()
    title: str | None = None
    synopsis: str | None = None


@dataclass(frozen=True, slots=True)
class CharacterIntro:
    """A character as introduced in the script, with an age when the script gives one.

    ``minor`` is ``True`` when the introduction makes the character under 18 (an age, or words
    such as "teenager", « lycéenne »), ``False`` when it says adult, ``None`` when it says neither.
    """

    name: str
    age: int | None
    paragraph: int
    text: str
    minor: bool | None = None


@dataclass(frozen=True, slots=True)
class Script:
    """A whole screenplay. ``format`` is the reader's name (``fdx``, ``fountain``)."""

    format: str
    title: str | None
    language: str
    paragraphs: tuple[Paragraph, ...]
    scenes: tuple[Scene, ...]
    version: str | None = None
    _by_key: dict[str, Scene] = field(default_factory=dict, init=False, repr=False, compare=False)

    def scene_paragraphs(self, scene: Scene) -> tuple[Paragraph, ...]:
        """The paragraphs of ``scene``, heading first."""
        start, end = scene.paragraphs
        return self.paragraphs[start:end]

    def scene_by_id(self, scene_id: str) -> Scene | None:
        """The scene whose id matches ``scene_id`` once normalised; ``None`` if absent.

        The first scene wins when a script repeats a number. The index is built on first use
        (schedules look scenes up once per strip: a scan per lookup was quadratic).
        """
        if not self._by_key:
            for scene in reversed(self.scenes):
                self._by_key[scene_key(scene.id)] = scene
        return self._by_key.get(scene_key(scene_id))


_SCENE_PREFIX = re.compile(
    r"^\s*(?:sc(?:[eè]ne)?|s[eé]q(?:uence)?|seq(?:uence)?|scn|no|n°)?\.?\s*[-:#]?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def scene_key(raw: str | int | float | None) -> str:
    """Normalise a scene id for matching: ``"Sc. 12a"`` → ``"12A"``, ``"Séq. 14 bis"`` → ``"14BIS"``.

    Integral floats from spreadsheets (``12.0``) become ``"12"``; ``"#3"`` ids stay as they are.
    Returns ``""`` for empty input.
    """
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    if text.startswith("#"):
        return text
    text = _SCENE_PREFIX.sub("", text, count=1)
    text = re.sub(r"[\s.\-]+", "", text).upper()
    return text.lstrip("0") or ("0" if text else "")


@dataclass(frozen=True, slots=True)
class CastMember:
    """A cast-list entry (from prodbridge.toml). ``minor`` is derived from ``age < 18`` by the
    config loader when not given; ``limits`` are the performer's agreed limits (level C)."""

    character: str
    actor: str = ""
    id: int | None = None
    age: int | None = None
    minor: bool = False
    contact: str = ""
    limits: str = ""


# --- intimacy findings ------------------------------------------------------------------------

#: DESIGN §3 taxonomy, in display order.
CODES = (
    "KIS",
    "TCH",
    "NUD-I",
    "NUD-P",
    "NUD-F",
    "UND",
    "SEX-S",
    "SLF",
    "SXV",
    "EXP",
    "PERF",
    "TEN",
    "GRP",
    "MIN",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a code was given: the script's own words.

    ``paragraph`` is ``Paragraph.index``; ``start``/``end`` are character offsets of ``cue``'s
    match inside that paragraph's text (used by the tag writer); ``text`` quotes the line.
    """

    paragraph: int
    code: str
    cue: str
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """Detector output for one scene (``scene`` is ``Scene.index``)."""

    scene: int
    codes: tuple[str, ...]
    confidence: float
    characters: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    questions: tuple[str, ...] = ()


# --- the coordinator's review -----------------------------------------------------------------

REVIEW_STATUSES = ("proposed", "confirmed", "rejected")


@dataclass(frozen=True, slots=True)
class Review:
    """What the intimacy coordinator typed in the breakdown workbook for one scene.

    Every field is the IC's; prodbridge only reads it back. ``nudity`` maps performer or
    character name → agreed nudity level; ``evidence_digest`` is the detection fingerprint the
    review was made against (a rejected finding stays rejected while it is unchanged).
    ``heading`` and ``paragraph_id`` (FD13 heading ``id``) are what the row said about its scene
    when last written; they help re-match the row when scene numbers change. ``row`` is the
    worksheet row it was read from (``None`` for a review prodbridge has just created).
    """

    scene_id: str
    status: str = "proposed"
    nudity: dict[str, str] = field(default_factory=dict)
    rider_status: str = ""
    rider_date: date | None = None
    garments: str = ""
    closed_set: str = ""
    rehearsal: str = ""
    notes: str = ""
    evidence_digest: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    heading: str = ""
    paragraph_id: str = ""
    row: int | None = None


@dataclass(frozen=True, slots=True)
class BreakdownEntry:
    """A scene of the breakdown: the detector's finding (if any) and the IC's review.

    ``changed``: the evidence differs from the fingerprint the review was made against.
    ``reopened``: a rejected finding whose evidence changed, set back to ``proposed``.
    """

    scene_id: str
    finding: Finding | None
    review: Review
    removed: bool = False
    changed: bool = False
    reopened: bool = False

    @property
    def status(self) -> str:
        return self.review.status


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Findings merged with the IC's review (human columns always win)."""

    entries: tuple[BreakdownEntry, ...]

    def entry(self, scene_id: str) -> BreakdownEntry | None:
        key = scene_key(scene_id)
        return next((e for e in self.entries if scene_key(e.scene_id) == key), None)

    def active(self) -> tuple[BreakdownEntry, ...]:
        """Entries still in the script and not rejected: what tags, plans and call sheets use."""
        return tuple(e for e in self.entries if not e.removed and e.status != "rejected")


@dataclass(frozen=True, slots=True)
class BreakdownElement:
    """A breakdown element already tagged in the script (Final Draft's tag chain).

    ``category_id`` is the ``TagCategory@Id`` (the key: names and numbers vary between files),
    ``definition_id`` the ``TagDefinition@Id``. ``paragraphs`` are the ``Paragraph.index`` values
    of the tagged runs, ``scenes`` the ``Scene.index`` values (1-based) in script order;
    ``tags`` counts the ``<Tag>`` entries that point at the definition.
    """

    category_id: str
    category: str
    name: str
    definition_id: str = ""
    category_number: str = ""
    paragraphs: tuple[int, ...] = ()
    scenes: tuple[int, ...] = ()
    tags: int = 0


# --- schedule ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One scene strip of a schedule.

    ``row`` is the 1-based row number in the source sheet (or CSV line), ``scene_id`` the id as
    written, ``scene`` its ``scene_key``. ``day`` is the shooting day number, ``None`` when the
    strip is not scheduled (boneyard).
    """

    row: int
    scene_id: str
    scene: str
    day: int | None
    date: date | None = None
    int_ext: str | None = None
    set: str | None = None
    time_of_day: str | None = None
    eighths: int | None = None
    cast: tuple[str, ...] = ()
    location: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ShootDay:
    """A shooting day: its number, date (if known), scene keys in shooting order."""

    number: int
    date: date | None
    scenes: tuple[str, ...]
    call: datetime | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    """A shooting schedule read from a spreadsheet, CSV or USS file.

    ``sheet`` and ``header_row`` say where the table was found (for the writer);
    ``columns`` maps field name → 1-based column number in that sheet.
    """

    format: str
    rows: tuple[ScheduleRow, ...]
    days: tuple[ShootDay, ...]
    sheet: str | None = None
    header_row: int | None = None
    columns: dict[str, int] = field(default_factory=dict)

    def day(self, number: int) -> ShootDay | None:
        return next((d for d in self.days if d.number == number), None)

    def day_on(self, when: date) -> ShootDay | None:
        return next((d for d in self.days if d.date == when), None)


# --- compliance -------------------------------------------------------------------------------

ALERT_LEVELS = ("info", "warning", "blocking")


@dataclass(frozen=True, slots=True)
class Alert:
    """A compliance alert (DESIGN §3). ``code`` is stable (``rider-late``, ``minor-blocking``)."""

    code: str
    level: str
    text: str
    scene: str | None = None
    day: int | None = None
