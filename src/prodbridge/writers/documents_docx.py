"""The intimacy coordinator's documents: the reviewed breakdown assembled once, scene by scene
and performer by performer, for the risk analysis, the clauses, the daily report and the
rushes checklist (``risk_docx``, ``clause_docx``, ``daily_docx``, ``rushes_docx``).

Where each of the IC's review cells goes (nothing typed is dropped without an ``Issue``):

* status — ``rejected`` scenes are in no document; ``proposed`` ones are marked "to review";
* nudity per performer (level C) — only that performer's clause; never a restricted document;
* rider status and date — the restricted documents (scene status, as in the annex) and each
  concerned performer's clause (their own entry when the cell is ``NAME: status; …``);
* garments, closed set, rehearsal, IC notes — the risk analysis, the daily report, the rushes
  checklist;
* added columns — essential crew / monitors / closure (the annex's words) and a risk level go
  to the restricted documents; columns about one performer (body double, limits, consent…,
  ``personal`` in ``documents_<lang>.toml``) go entry by entry to that performer's clause
  only; any other added column is listed in the risk analysis.

Performers of a scene: its speaking characters, the characters the detector found in its
intimate lines (when the script or the cast list knows them), the schedule strip's cast and
anyone the IC named in the nudity or rider cells. A character only mentioned in the action
("a message from Daniel") is not a performer of the scene unless one of those says so.

Isolation rule for the clauses (level C): a performer's clause holds their own nudity level,
rider, limits and personal entries, and never another performer's name as an actor, review
data or clause. It does quote script lines, which may name other *characters*: a line is
quoted when it names the performer's character or names no character of the scene ("She
pulls his jumper over his head"); a line naming only other characters is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from prodbridge.analysis.characters import fold
from prodbridge.analysis.dood import cast_order, resolve_cast
from prodbridge.analysis.risks import SceneRisks, scene_risks
from prodbridge.analysis.rules import Policy, base_key, rider_deadline
from prodbridge.config import Config, Location
from prodbridge.data import load
from prodbridge.errors import Issue
from prodbridge.model import (
    CODES,
    Breakdown,
    BreakdownEntry,
    CastMember,
    Evidence,
    Review,
    Scene,
    Schedule,
    ScheduleRow,
    Script,
    ShootDay,
    scene_key,
)
from prodbridge.options import WriteOptions
from prodbridge.readers.review import parse_nudity
from prodbridge.writers.annex_docx import rider_text
from prodbridge.writers.callsheet_docx import (
    find_location,
    fmt_date,
    pages,
    production_context,
    protocol,
    slug,
)
from prodbridge.writers.docx_common import packaged_template, render_template, restricted_recipients

#: The four document kinds and their confidentiality level (DESIGN §3).
LEVELS = {"risk": "R", "clause": "C", "daily": "R", "rushes": "R"}


@cache
def labels(lang: str) -> dict[str, Any]:
    """``data/documents_<lang>.toml`` (every text and label of the four documents)."""
    return load(f"documents_{lang}")


def groups() -> dict[str, list[str]]:
    """Code groups of ``risk_lexicon.toml`` (exposure, acts, barriers, choreography, stunt)."""
    return load("risk_lexicon")["groups"]


# --- the assembled breakdown --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Performer:
    """Someone in at least one intimate scene: ``key`` is the character in capitals (as in
    the day out of days), ``actor`` the cast list's name (``""`` when unknown)."""

    key: str
    actor: str = ""
    member: CastMember | None = None
    minor: bool = False
    age: int | None = None

    @property
    def display(self) -> str:
        return f"{self.key} ({self.actor})" if self.actor else self.key


@dataclass(frozen=True, slots=True)
class IntimateScene:
    """An active breakdown entry (not rejected, still in the script) with what the documents
    need. ``nudity``, ``riders`` and ``personal`` are keyed by performer key (level C);
    ``shared`` holds the added columns that are scene-level (level R)."""

    scene: Scene
    entry: BreakdownEntry
    performers: tuple[str, ...]
    days: tuple[ShootDay, ...]
    deadline: datetime | None
    risks: SceneRisks
    location: Location | None
    nudity: Mapping[str, str] = field(default_factory=dict)
    riders: Mapping[str, str] = field(default_factory=dict)
    personal: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    shared: tuple[tuple[str, str], ...] = ()

    @property
    def review(self) -> Review:
        return self.entry.review

    @property
    def codes(self) -> tuple[str, ...]:
        found = self.entry.finding.codes if self.entry.finding else ()
        return tuple(c for c in CODES if c in found)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self.entry.finding.evidence if self.entry.finding else ()

    @property
    def questions(self) -> tuple[str, ...]:
        return self.entry.finding.questions if self.entry.finding else ()

    def rider_for(self, key: str) -> Review:
        """The review as seen by performer ``key``: their own rider status when the cell is
        written per performer, else the scene's."""
        if key in self.riders:
            return replace(self.review, rider_status=self.riders[key])
        return self.review


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything the four documents draw on. ``scenes`` in script order; ``performers`` in
    cast-list order; ``issues`` are what the documents could not place (named, never silent)."""

    script: Script
    config: Config
    scenes: tuple[IntimateScene, ...]
    performers: tuple[Performer, ...]
    schedule: Schedule | None = None
    issues: tuple[Issue, ...] = ()

    def performer(self, key: str) -> Performer | None:
        return next((p for p in self.performers if p.key == key), None)

    def display(self, key: str) -> str:
        """``HELEN (Claire Whitfield)``, or the key alone when the cast list has no actor."""
        performer = self.performer(key)
        return performer.display if performer else key

    def scenes_of(self, key: str) -> tuple[IntimateScene, ...]:
        return tuple(s for s in self.scenes if key in s.performers)


def _same_name(a: str, b: str) -> bool:
    """``ANNA`` ≈ ``Anna`` ≈ ``ANNA MARSH``: one name is a word-prefix of the other."""
    wa, wb = fold(a).replace(".", " ").split(), fold(b).replace(".", " ").split()
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return long_[: len(short)] == short


def _resolve(name: str, candidates: Sequence[str], cast: Sequence[CastMember]) -> str | None:
    """A name the IC typed (character or actor, any case) → a performer key, or ``None``."""
    for member in cast:
        if fold(name) in (fold(member.character), fold(member.actor)):
            return member.character.upper()
    for key in candidates:
        if _same_name(name, key):
            return key
    for member in cast:
        if _same_name(name, member.character):
            return member.character.upper()
    return None


def _words_match(header: str, words: Iterable[str]) -> bool:
    folded = fold(header)
    return any(fold(w) in folded for w in words)


def _column_words(section: str, key: str) -> list[str]:
    out: list[str] = []
    for lang in ("en", "fr"):
        source = labels(lang) if section == "documents" else protocol(lang)
        out.extend(source["review_columns"][key])
    return out


def known_extra(review: Review, key: str) -> str:
    """The value of an added column the annex knows (``essential_crew``, ``monitors``,
    ``closure``) or of the risk-level column (``risk_level``); ``""`` when absent."""
    section = "documents" if key == "risk_level" else "protocol"
    words = _column_words(section, key)
    for header, value in review.extra.items():
        if value and _words_match(header, words):
            return value
    return ""


def _is_personal(header: str) -> bool:
    return _words_match(header, _column_words("documents", "personal"))


def _is_known_shared(header: str) -> bool:
    keys = (("protocol", "essential_crew"), ("protocol", "monitors"), ("protocol", "closure"))
    return any(_words_match(header, _column_words(s, k)) for s, k in keys) or _words_match(
        header, _column_words("documents", "risk_level")
    )


def _schedule_rows(schedule: Schedule | None, key: str) -> tuple[ScheduleRow, ...]:
    if schedule is None:
        return ()
    return tuple(r for r in schedule.rows if scene_key(r.scene) == key or base_key(scene_key(r.scene)) == key)


def _days(schedule: Schedule | None, key: str) -> tuple[ShootDay, ...]:
    if schedule is None:
        return ()
    return tuple(
        sorted(
            (d for d in schedule.days if any(k == key or base_key(k) == key for k in d.scenes)),
            key=lambda d: d.number,
        )
    )


def policy_for(config: Config) -> Policy:
    """The call times the 48 h rider deadline is counted from (as the plan's alerts do)."""
    calls = {d: c.crew_call for d, c in config.days.items() if c.crew_call}
    return Policy(crew_call=config.calls.crew_call, day_calls=calls)


def assemble(
    script: Script,
    breakdown: Breakdown,
    config: Config,
    schedule: Schedule | None = None,
    name: str = "breakdown",
    schedule_name: str = "schedule",
) -> Dossier:
    """The active entries of ``breakdown`` (not rejected, still in the script) with their
    performers, shooting days, 48 h deadline, physical risks and the IC's cells placed per
    performer. ``name`` and ``schedule_name`` are the files named in issues."""
    from prodbridge.analysis.detect import find_intros

    issues: list[Issue] = []
    unknown_ids: dict[str, list[str]] = {}
    policy = policy_for(config)
    intros = find_intros(script)
    scenes: list[IntimateScene] = []
    for entry in breakdown.active():
        scene = script.scene_by_id(entry.scene_id)
        if scene is None:
            issues.append(
                Issue(
                    "documents-no-scene",
                    name,
                    f"scene {entry.scene_id}",
                    "the scene is not in the script; it is left out of the documents",
                )
            )
            continue
        scenes.append(
            _intimate_scene(script, scene, entry, config, schedule, policy, issues, name, unknown_ids)
        )
    for cast_id, where in unknown_ids.items():
        issues.append(
            Issue(
                "unknown-cast-id",
                str(schedule_name),
                f"{'scenes' if len(where) > 1 else 'scene'} {', '.join(where)}",
                f"cast id {cast_id} is not in the config's cast list: no clause for it",
            )
        )
    keys: list[str] = []
    for s in scenes:
        keys.extend(p for p in s.performers if p not in keys)
    performers = tuple(_performer(k, config, intros) for k in cast_order(keys, config.cast))
    return Dossier(script, config, tuple(scenes), performers, schedule, tuple(issues))


def _performer(key: str, config: Config, intros: Sequence[Any]) -> Performer:
    member = config.cast_member(key)
    if member is not None:
        age = member.age
        minor = member.minor or (age is not None and age < 18)
        return Performer(key, member.actor, member, minor, age)
    intro = next((i for i in intros if i.minor is not None and _same_name(i.name, key)), None)
    return Performer(key, "", None, bool(intro and intro.minor), intro.age if intro else None)


def _intimate_scene(
    script: Script,
    scene: Scene,
    entry: BreakdownEntry,
    config: Config,
    schedule: Schedule | None,
    policy: Policy,
    issues: list[Issue],
    name: str,
    unknown_ids: dict[str, list[str]],
) -> IntimateScene:
    key = scene_key(scene.id)
    rows = _schedule_rows(schedule, key)
    where = f"scene {scene.id}"
    found = [c.upper() for c in scene.speaking]
    if entry.finding is not None:
        named = {c.upper() for c in scene.characters}
        found += [
            c.upper()
            for c in entry.finding.characters
            if c.upper() in named or config.cast_member(c) is not None
        ]
    for row in rows:
        found.extend(resolve_cast(row.cast, config.cast))
    for p in dict.fromkeys(p for p in found if p.startswith("#")):
        unknown_ids.setdefault(p[1:], []).append(scene.id)
    performers = [p for p in dict.fromkeys(found) if not p.startswith("#")]
    review = entry.review

    def place(values: Mapping[str, str], what: str) -> dict[str, str]:
        placed: dict[str, str] = {}
        for who, value in values.items():
            if not who:
                if len(performers) == 1:
                    placed[performers[0]] = value
                else:
                    issues.append(
                        Issue(
                            "documents-unnamed-entry",
                            name,
                            where,
                            f"{what} {value!r} names no performer; write 'NAME: {value}' "
                            "so that it reaches that performer's clause",
                        )
                    )
                continue
            target = _resolve(who, performers, config.cast)
            if target is None:
                issues.append(
                    Issue(
                        "documents-unknown-name",
                        name,
                        where,
                        f"{what} for {who!r}: nobody of that name in the scene or the "
                        "cast list; it is in no clause",
                    )
                )
                continue
            if target not in performers:
                performers.append(target)
            placed[target] = value
        return placed

    nudity = place(review.nudity, "nudity")
    riders: dict[str, str] = {}
    written_riders = parse_nudity(review.rider_status)
    if any(who and _resolve(who, performers, config.cast) for who in written_riders):
        riders = place(written_riders, "rider status")
    personal: dict[str, list[tuple[str, str]]] = {}
    shared: list[tuple[str, str]] = []
    for header, value in review.extra.items():
        if not value:
            continue
        if _is_personal(header):
            for who, text in place(parse_nudity(value), header).items():
                personal.setdefault(who, []).append((header, text))
        elif not _is_known_shared(header):
            shared.append((header, value))
    days = _days(schedule, key)
    deadline = rider_deadline(days[0], policy) if days else None
    written = rows[0].location if rows else None
    set_name = (rows[0].set if rows and rows[0].set else None) or scene.set
    return IntimateScene(
        scene=scene,
        entry=entry,
        performers=cast_order(performers, config.cast),
        days=days,
        deadline=deadline,
        risks=scene_risks(script, scene),
        location=find_location(config, set_name, scene.heading, written),
        nudity=nudity,
        riders=riders,
        personal={k: tuple(v) for k, v in personal.items()},
        shared=tuple(shared),
    )


# --- shared formatting ----------------------------------------------------------------------


def box(checked: bool, lang: str) -> str:
    common = labels(lang)["common"]
    return common["box_checked"] if checked else common["box"]


def code_list(codes: Iterable[str], lang: str) -> str:
    """``"KIS (kissing), SEX-S (simulated sex)"``: meanings from ``protocol_<lang>.toml``."""
    meanings = protocol(lang)["annex"]["codes"]
    return ", ".join(f"{c} ({meanings.get(c, '')})" for c in codes)


def meanings(codes: Iterable[str], lang: str) -> str:
    """``"kissing, simulated sex"`` (no codes: for performers' own documents)."""
    table = protocol(lang)["annex"]["codes"]
    return ", ".join(table.get(c, c) for c in codes)


def status_text(item: IntimateScene, lang: str) -> str:
    common = labels(lang)["common"]
    text = common["status"].get(item.entry.status, item.entry.status)
    if item.entry.changed or item.entry.reopened:
        text = f"{text} — {common['changed']}"
    return text


def short_status(item: IntimateScene, lang: str) -> str:
    """``confirmed`` / ``to review`` / ``text changed: check``, for summary tables."""
    short = labels(lang)["common"]["status_short"]
    if item.entry.changed or item.entry.reopened:
        return short["changed"]
    return short.get(item.entry.status, item.entry.status)


def day_text(day: ShootDay, lang: str) -> str:
    common = labels(lang)["common"]
    if day.date is None:
        return common["day_nodate"].format(number=day.number)
    return common["day"].format(number=day.number, date=fmt_date(day.date, lang))


def days_text(item: IntimateScene, lang: str) -> str:
    if not item.days:
        return labels(lang)["common"]["not_scheduled"]
    return " · ".join(day_text(d, lang) for d in item.days)


def pages_text(scene: Scene, lang: str) -> str:
    common = labels(lang)["common"]
    parts = []
    if scene.page:
        parts.append(common["page"].format(page=scene.page))
    if scene.eighths:
        parts.append(common["length"].format(eighths=pages(scene.eighths)))
    return " · ".join(parts) or common["none"]


def scene_title(scene: Scene, lang: str) -> str:
    """``Scene 12 — INT. BEDROOM - NIGHT`` (a number already written in the heading, as in
    ``SÉQ. 12 - INT. …``, is not repeated)."""
    written = re.compile(
        rf"^\s*(?:s[eé]q(?:uence)?|sc(?:[eè]ne)?)?\.?\s*{re.escape(scene.id)}\s*[-–—:.]\s*", re.IGNORECASE
    )
    heading = written.sub("", scene.heading, count=1) if scene.id else scene.heading
    return labels(lang)["common"]["scene_title"].format(id=scene.id, heading=heading)


def rider_summary(item: IntimateScene, lang: str) -> str:
    """The scene's rider status for the restricted documents (per performer when typed so)."""
    if not item.riders:
        return rider_text(item.review, item.deadline, lang)
    colon = labels(lang)["common"]["colon"]
    return " · ".join(
        f"{who}{colon}{rider_text(item.rider_for(who), item.deadline, lang)}" for who in item.riders
    )


def mark(kind: str, lang: str, name: str = "") -> dict[str, str]:
    """The confidentiality mark of a document kind: ``level``, ``text`` and ``note``."""
    level = LEVELS[kind]
    lev = labels(lang)["levels"]
    return {"level": level, "text": lev[level].format(name=name), "note": lev[f"{level}_note"]}


def recipients_text(recipients: Sequence[dict[str, str]], lang: str) -> str:
    colon = labels(lang)["common"]["colon"]
    return " · ".join(f"{r['role']}{colon}{r['name']}" if r["name"] else r["role"] for r in recipients)


def document_recipients(config: Config, lang: str, extra: Sequence[str] = ()) -> list[dict[str, str]]:
    """The recipients of an IC document (restricted level), labelled in ``lang``."""
    roles = labels(lang)["roles"]
    return restricted_recipients(config, roles, roles["heads_of_department"], extra)


def base_context(dossier: Dossier, kind: str, lang: str, name: str = "") -> dict[str, Any]:
    """Names every template of the four kinds receives: ``production``, ``subtitle`` (title and
    company), ``mark`` (``level``, ``text``, ``note``: the confidentiality mark), ``label``."""
    production = production_context(dossier.config)
    return {
        "production": production,
        "subtitle": " · ".join(x for x in (production["title"], production["company"]) if x),
        "mark": mark(kind, lang, name),
        "label": labels(lang),
    }


#: Template names of the per-scene documents (risk analysis, rushes checklist): a summary
#: table and one page per scene.
SCENE_DOCUMENT_FIELDS = frozenset(
    {
        "production",
        "subtitle",
        "mark",
        "label",
        "recipients",
        "recipients_text",
        "summary",
        "scenes",
        "has_scenes",
        "empty",
    }
)


def render_document(
    kind: str,
    context: Mapping[str, Any],
    fields: Iterable[str],
    dossier: Dossier,
    opts: WriteOptions,
    template: bytes | None = None,
    detail: str = "",
    stamp: date | None = None,
) -> bytes:
    """One IC document as .docx bytes: the bundled ``<kind>_<lang>.docx`` unless ``template``,
    titled with the production, the document's name and ``detail`` (a performer, a day)."""
    data = template if template is not None else packaged_template(kind, opts.lang)
    title = document_title(dossier.config, labels(opts.lang)[kind]["title"].lower(), detail)
    return render_template(data, context, fields, f"{kind}_{opts.lang}.docx", title=title, stamp=stamp)


def document_title(config: Config, title: str, *extra: str) -> str:
    """Core-properties title: production and document (never intimacy detail)."""
    return " — ".join(p for p in (config.title, title.capitalize(), *extra) if p)


def clause_file_name(performer: Performer) -> str:
    """``clause-1-helen.docx``: cast id (when known) and character, ASCII only."""
    prefix = f"{performer.member.id}-" if performer.member and performer.member.id is not None else ""
    return f"clause-{prefix}{slug(performer.key)}.docx"


_NAME_WORDS = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def name_pattern(name: str) -> re.Pattern[str] | None:
    """Whole-word pattern for the words of a character name (``DR. NAIR`` → ``Nair``)."""
    words = [w for w in _NAME_WORDS.findall(name)]
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
