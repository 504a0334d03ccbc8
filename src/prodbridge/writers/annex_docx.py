"""Intimacy documents of a shooting day: the restricted annex (level R), the per-performer
sheets (level C), and the crew-level protocol (level P) appended to a call sheet made elsewhere."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from lxml import etree

from prodbridge.config import Config
from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.files.safety import open_zip, read_member
from prodbridge.model import CODES, Review
from prodbridge.options import WriteOptions
from prodbridge.writers.callsheet_docx import (
    CallDay,
    DayCast,
    DayScene,
    cast_ids,
    crew_protocol,
    day_title,
    fmt_date,
    fmt_datetime,
    fmt_time,
    fold,
    labels,
    pages,
    production_context,
    protocol,
    rider_deadline,
)
from prodbridge.writers.docx_common import (
    check_docx,
    packaged_template,
    render_template,
    restricted_recipients,
)

ANNEX_FIELDS = frozenset(
    {
        "production",
        "day",
        "confidential",
        "distribution",
        "recipients",
        "recipients_text",
        "scenes",
        "has_scenes",
        "none_today",
        "performer_note",
        "support",
        "label",
        "protocol",
    }
)
PERFORMER_FIELDS = frozenset(
    {
        "production",
        "day",
        "personal",
        "performer",
        "scenes",
        "limits",
        "nudity",
        "ic",
        "ic_contact",
        "withdraw",
        "label",
        "protocol",
    }
)


# --- who is in an intimate scene ------------------------------------------------------------


def _character_of(name: str, config: Config) -> str:
    """A name typed in the review (character or actor) → the character key."""
    wanted = fold(name)
    for member in config.cast:
        if wanted in (fold(member.character), fold(member.actor)):
            return member.character.upper()
    return name.strip().upper()


def intimate_performers(scene: DayScene, config: Config) -> tuple[str, ...]:
    """Performers concerned by an intimate scene: everyone the script and the strip put in the
    scene, plus the finding's characters and the review's nudity entries (recall first: a
    detector that names one partner of a kiss must not leave the other without a sheet)."""
    entry = scene.entry
    out: list[str] = list(scene.performers)
    if entry is not None:
        if entry.finding is not None:
            out.extend(c.upper() for c in entry.finding.characters)
        out.extend(_character_of(k, config) for k in entry.review.nudity)
    order = {p: i for i, p in enumerate(scene.performers)}
    unique = list(dict.fromkeys(out))
    return tuple(sorted(unique, key=lambda p: (order.get(p, len(order)), unique.index(p))))


def day_performers(day: CallDay) -> tuple[str, ...]:
    """Everyone concerned by at least one intimate scene of the day, in cast order.

    A schedule cast id the cast list does not resolve (``#7``) names nobody, so it gets no
    personal sheet (the caller reports it)."""
    seen: list[str] = []
    for scene in day.intimate_scenes():
        for p in intimate_performers(scene, day.config):
            if p not in seen and not p.startswith("#"):
                seen.append(p)
    order = {c.key: i for i, c in enumerate(day.cast)}
    return tuple(sorted(seen, key=lambda p: (order.get(p, len(order)), seen.index(p))))


def _display(key: str, day: CallDay) -> str:
    member = day.config.cast_member(key) if not key.startswith("#") else None
    name = key.lstrip("#")
    return f"{name} ({member.actor})" if member and member.actor else name


def _nudity_for(review: Review, key: str, config: Config) -> str:
    for name, level in review.nudity.items():
        if _character_of(name, config) == key:
            return level
    return ""


def _extra(review: Review, field: str) -> str:
    words = protocol("en")["review_columns"][field] + protocol("fr")["review_columns"][field]
    for header, value in review.extra.items():
        if value and any(fold(w) in fold(header) for w in words):
            return value
    return ""


def rider_text(review: Review, deadline: datetime | None, lang: str) -> str:
    """The rider status against the 48 h deadline; never compares with the clock (the same
    inputs give the same words on every run)."""
    annex = protocol(lang)["annex"]
    signed_words = {fold(w) for w in protocol("en")["rider"]["signed"] + protocol("fr")["rider"]["signed"]}
    status = review.rider_status.strip()
    if fold(status) in signed_words:
        if review.rider_date is None:
            return annex["rider_signed_nodate"]
        when = fmt_date(review.rider_date, lang)
        if deadline and review.rider_date > deadline.date():
            return annex["rider_late"].format(date=when)
        return annex["rider_signed"].format(date=when)
    if status:
        return annex["rider_missing"].format(status=status)
    return annex["rider_unknown"].format(deadline=fmt_datetime(deadline, lang) or "—")


# --- restricted annex (R) ---------------------------------------------------------------------


def _recipients(config: Config, lang: str) -> list[dict[str, str]]:
    annex = protocol(lang)["annex"]
    return restricted_recipients(config, annex["recipient_roles"], annex["heads_of_department"])


def _support(config: Config, lang: str) -> list[dict[str, str]]:
    roles = protocol(lang)["annex"]["recipient_roles"]
    child_role = labels(lang)["callsheet"]["child_supervisor_department"]
    people = []
    for person, default_role in (
        (config.intimacy_coordinator, roles["ic"]),
        (config.child_supervisor, child_role),
        *((p, "") for p in config.support),
    ):
        if person.name:
            people.append(
                {
                    "role": person.role or default_role,
                    "name": person.name,
                    "phone": person.phone,
                    "email": person.email,
                }
            )
    return people


def _annex_scene(scene: DayScene, day: CallDay, lang: str) -> dict[str, Any]:
    entry = scene.entry
    assert entry is not None
    annex = protocol(lang)["annex"]
    meanings = annex["codes"]
    review, finding = entry.review, entry.finding
    codes = [c for c in CODES if finding and c in finding.codes]
    performers = intimate_performers(scene, day.config)
    minor = "MIN" in codes or any(
        (m := day.config.cast_member(p)) is not None and m.minor for p in scene.performers
    )
    child = day.config.child_supervisor.name
    crew = _extra(review, "essential_crew")
    deadline = rider_deadline(day)
    return {
        "id": scene.id,
        "heading": scene.heading or " ".join(x for x in (scene.int_ext, scene.set, scene.time_of_day) if x),
        "pages": pages(scene.eighths),
        "cast": cast_ids(scene.performers, day.config),
        "status": annex["status"].get(review.status, review.status),
        "codes": [{"code": c, "meaning": meanings.get(c, "")} for c in codes],
        "codes_text": ", ".join(f"{c} ({meanings.get(c, '')})" for c in codes),
        "confidence": f"{round(finding.confidence * 100)} %" if finding else "",
        "evidence": [
            {"code": e.code, "cue": e.cue, "text": e.text} for e in (finding.evidence if finding else ())
        ],
        "questions": list(finding.questions) if finding else [],
        "questions_text": " · ".join(finding.questions) if finding else "",
        "performers": ", ".join(_display(p, day) for p in performers),
        "rider": rider_text(review, deadline, lang),
        "rider_deadline": fmt_datetime(deadline, lang),
        "garments": review.garments or annex["garments_default"],
        "rehearsal": review.rehearsal or annex["rehearsal_default"],
        "essential_crew": crew
        or f"{', '.join(annex['default_essential_crew'])} {annex['default_crew_note']}",
        "monitors": _extra(review, "monitors") or annex["monitors_default"],
        "closure": _extra(review, "closure") or annex["closure_default"],
        "notes": review.notes,
        "closed_set": protocol(lang)["crew"]["closed_set"] if scene.closed else "",
        "minor": (annex["minor"].format(name=child) if child else annex["minor_unassigned"]) if minor else "",
    }


def annex_context(day: CallDay, lang: str) -> dict[str, Any]:
    """The template context of the restricted annex (level R; names in ``ANNEX_FIELDS``).

    ``scenes`` lists each intimate scene of the day with ``id``, ``heading``, ``pages``,
    ``cast``, ``status``, ``codes`` (``code``, ``meaning``), ``codes_text``, ``confidence``,
    ``evidence`` (``code``, ``cue``, ``text``), ``questions``, ``questions_text``,
    ``performers``, ``rider``, ``rider_deadline``, ``garments``, ``rehearsal``,
    ``essential_crew``, ``monitors``, ``closure``, ``notes``, ``closed_set`` and ``minor``;
    ``recipients`` and ``support`` are lists of ``role``/``name`` (+ ``phone``, ``email``).
    Nudity levels and performers' limits (level C) are not in it.
    """
    annex = protocol(lang)["annex"]
    lab = labels(lang)
    recipients = _recipients(day.config, lang)
    scenes = [_annex_scene(s, day, lang) for s in day.intimate_scenes()]
    return {
        "production": production_context(day.config),
        "day": _day(day, lang),
        "confidential": annex["confidential"],
        "distribution": annex["distribution"],
        "recipients": recipients,
        "recipients_text": " · ".join(
            f"{r['role']}{lab['colon']}{r['name']}" if r["name"] else r["role"] for r in recipients
        ),
        "scenes": scenes,
        "has_scenes": bool(scenes),
        "none_today": lab["annex"]["none_today"],
        "performer_note": lab["annex"]["performer_sheets"],
        "support": _support(day.config, lang),
        "label": lab,
        "protocol": {"crew": protocol(lang)["crew"], "annex": annex},
    }


def _day(day: CallDay, lang: str) -> dict[str, Any]:
    plan = day.plan
    return {
        "number": plan.number,
        "total": day.total_days,
        "title": day_title(plan, day.total_days, lang),
        "date": fmt_date(plan.date, lang),
        "iso_date": plan.date.isoformat() if plan.date else "",
        "crew_call": fmt_time(day.call or day.calls.crew_call, lang),
    }


def _title(day: CallDay, lang: str, kind: str) -> str:
    parts = [day.config.title, labels(lang)[kind]["title"], day_title(day.plan, day.total_days, lang)]
    return " — ".join(p for p in parts if p)


def write_annex(day: CallDay, opts: WriteOptions, template: bytes | None = None, name: str = "") -> bytes:
    """The restricted intimacy annex of ``day`` (.docx bytes; a day without intimate scene
    gives a one-line annex saying so, so nightly runs always have the file)."""
    data = template if template is not None else packaged_template("annex", opts.lang)
    return render_template(
        data,
        annex_context(day, opts.lang),
        ANNEX_FIELDS,
        name or f"annex_{opts.lang}.docx",
        title=_title(day, opts.lang, "annex"),
        stamp=day.plan.date,
    )


# --- per-performer sheets (C) -----------------------------------------------------------------


def performer_context(day: CallDay, key: str, lang: str) -> dict[str, Any]:
    """One performer's own sheet: their scenes, agreed limits and nudity entries, nothing about
    anyone else (level C; names in ``PERFORMER_FIELDS``).

    ``performer`` has ``character``, ``actor``, ``id``; ``scenes`` lists ``id``, ``int_ext``,
    ``set``, ``time_of_day``, ``pages``, ``call``; ``limits`` is the config's text and
    ``nudity`` the review's entries for this performer ("Sc. 12: …"), each with a "not recorded
    yet" line when empty.
    """
    lab = labels(lang)["performer"]
    config = day.config
    member = config.cast_member(key) if not key.startswith("#") else None
    cast: DayCast | None = day.performer(key)
    actor = member.actor if member else (cast.actor if cast else "")
    character = key.lstrip("#")
    scenes, nudity = [], []
    for scene in day.intimate_scenes():
        if key not in intimate_performers(scene, config):
            continue
        scenes.append(
            {
                "id": scene.id,
                "int_ext": scene.int_ext,
                "set": scene.set,
                "time_of_day": scene.time_of_day,
                "pages": pages(scene.eighths),
                "call": (cast.on_set if cast and cast.on_set else "")
                or fmt_time(day.call or day.calls.crew_call, lang),
            }
        )
        assert scene.entry is not None
        level = _nudity_for(scene.entry.review, key, config)
        if level:
            lab_all = labels(lang)
            nudity.append(f"{lab_all['callsheet']['scene']} {scene.id}{lab_all['colon']}{level}")
    ic = config.intimacy_coordinator
    return {
        "production": production_context(config),
        "day": _day(day, lang),
        "personal": protocol(lang)["performer"]["personal"].format(name=actor or character),
        "performer": {
            "character": character,
            "actor": actor,
            "id": str(member.id) if member and member.id is not None else "",
        },
        "scenes": scenes,
        "limits": (member.limits if member and member.limits else lab["not_recorded"]),
        "nudity": nudity or [lab["not_recorded"]],
        "ic": ic.name or protocol(lang)["crew"]["ic_unassigned"],
        "ic_contact": " · ".join(x for x in (ic.phone, ic.email) if x),
        "withdraw": lab["withdraw"],
        "label": labels(lang),
        "protocol": {},
    }


def write_performer_sheet(
    day: CallDay, key: str, opts: WriteOptions, template: bytes | None = None, name: str = ""
) -> bytes:
    """The personal sheet of performer ``key`` (a ``DayCast.key``) as .docx bytes."""
    data = template if template is not None else packaged_template("performer", opts.lang)
    return render_template(
        data,
        performer_context(day, key, opts.lang),
        PERFORMER_FIELDS,
        name or f"performer_{opts.lang}.docx",
        title=_title(day, opts.lang, "performer"),
        stamp=day.plan.date,
    )


# --- crew-level protocol appended to an existing call sheet (P) -------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
R_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_PROLOG = re.compile(rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*\?>)?\s*")


def _parse_xml(data: bytes, part: str, name: str) -> etree._Element:
    head = _PROLOG.match(data)
    rest = data[head.end() if head else 0 :].lstrip()
    if rest[:9].upper() == b"<!DOCTYPE":
        raise UnsafeInputError(f"refused: part {part!r} declares a DOCTYPE", name)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"part {part!r} is not well-formed XML: {exc.msg}", name) from None


def _rels_target(rels: etree._Element, rel_type: str, base: str) -> str | None:
    for rel in rels.iter(f"{{{PKG_RELS}}}Relationship"):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
            parts: list[str] = []
            for piece in (folder + target).split("/"):
                if piece == "..":
                    if parts:
                        parts.pop()
                elif piece and piece != ".":
                    parts.append(piece)
            return "/".join(parts)
    return None


def _heading_style(archive: zipfile.ZipFile, main: str, name: str) -> str | None:
    """The styleId of the document's own "heading 1" style, whatever its language."""
    rels_name = f"{main.rsplit('/', 1)[0]}/_rels/{main.rsplit('/', 1)[-1]}.rels"
    if rels_name not in archive.namelist():
        return None
    rels = _parse_xml(read_member(archive, rels_name, name), rels_name, name)
    styles = _rels_target(rels, R_STYLES, main)
    if not styles or styles not in archive.namelist():
        return None
    root = _parse_xml(read_member(archive, styles, name), styles, name)
    for style in root.iter(f"{{{W}}}style"):
        style_name = style.find(f"{{{W}}}name")
        if style_name is not None and style_name.get(f"{{{W}}}val", "").lower() == "heading 1":
            return style.get(f"{{{W}}}styleId")
    return None


def _w(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(f"{{{W}}}{tag}", nsmap={"w": W})
    for key, value in attrs.items():
        element.set(f"{{{W}}}{key}", value)
    return element


def _paragraph(text: str, style: str | None = None, bold: bool = False, size: int = 0) -> etree._Element:
    p = _w("p")
    if style:
        ppr = etree.SubElement(p, f"{{{W}}}pPr")
        etree.SubElement(ppr, f"{{{W}}}pStyle").set(f"{{{W}}}val", style)
    r = etree.SubElement(p, f"{{{W}}}r")
    if bold or size:
        rpr = etree.SubElement(r, f"{{{W}}}rPr")
        if bold:
            etree.SubElement(rpr, f"{{{W}}}b")
        if size:
            etree.SubElement(rpr, f"{{{W}}}sz").set(f"{{{W}}}val", str(size))
    t = etree.SubElement(r, f"{{{W}}}t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


def _page_break() -> etree._Element:
    p = _w("p")
    r = etree.SubElement(p, f"{{{W}}}r")
    etree.SubElement(r, f"{{{W}}}br").set(f"{{{W}}}type", "page")
    return p


def crew_section(day: CallDay, lang: str) -> list[str]:
    """The lines of the crew-level protocol section, title first (level P: scene ids, sets,
    the closed-set marker, the coordinator, no photos, essential crew; nothing else)."""
    block = crew_protocol(day, lang)
    crew = protocol(lang)["crew"]
    title = day_title(day.plan, day.total_days, lang)
    when = fmt_date(day.plan.date, lang)
    lines = [crew["section_title"].format(day=" — ".join(x for x in (title, when) if x))]
    scene_label = labels(lang)["callsheet"]["scene"]
    for scene in day.intimate_scenes():
        marker = crew["closed_set"] if scene.closed else crew["ic_present"]
        parts = [f"{scene_label} {scene.id}", scene.int_ext, scene.set, scene.time_of_day, marker]
        lines.append(" · ".join(p for p in parts if p))
    lines += [x for x in (block["ic"], block["ic_contact"]) if x]
    if block["scenes"]:
        lines += [block["no_photos"], block["essential_crew"]]
    return lines


def append_crew_protocol(original: bytes, day: CallDay, lang: str, name: str) -> bytes:
    """``original`` (a .docx made by any tool) with the day's crew-level intimacy section added
    at the end of its body, before the final section properties.

    Only the main document part changes, by added paragraphs; every other part (styles,
    headers, footers, images, settings) is copied byte for byte with its zip entry. A day
    without intimate scenes returns ``original`` unchanged.
    """
    if not day.intimate_scenes():
        return original
    check_docx(original, name)
    archive = open_zip(original, name, kind="OOXML (.docx) document")
    rels = _parse_xml(read_member(archive, "_rels/.rels", name), "_rels/.rels", name)
    main = _rels_target(rels, R_OFFICE, "")
    if not main or main not in archive.namelist():
        raise InputError("the package has no main document part", name)
    raw = read_member(archive, main, name)
    root = _parse_xml(raw, main, name)
    body = root.find(f"{{{W}}}body")
    if body is None:
        raise InputError(f"part {main!r} has no <w:body>", name)
    style = _heading_style(archive, main, name)
    lines = crew_section(day, lang)
    new: list[etree._Element] = [_page_break()]
    new.append(_paragraph(lines[0], style=style, bold=style is None, size=0 if style else 28))
    new += [_paragraph(line) for line in lines[1:]]
    children = list(body)
    position = len(children)
    if children and children[-1].tag == f"{{{W}}}sectPr":
        position -= 1
    for offset, element in enumerate(new):
        body.insert(position + offset, element)
    head = _PROLOG.match(raw)
    prolog = raw[: head.end()] if head else b""
    document = prolog + etree.tostring(root, encoding="UTF-8")
    return _replace_part(archive, main, document)


def _replace_part(archive: zipfile.ZipFile, part: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in archive.infolist():
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            copy.comment = info.comment
            copy.extra = info.extra
            body = data if info.filename == part else archive.read(info.filename)
            target.writestr(copy, body)
    return out.getvalue()


def performer_file_name(day: CallDay, key: str) -> str:
    """``performer-1-anna.docx``: cast id (when known) and character, ASCII only."""
    from prodbridge.writers.callsheet_docx import slug

    member = day.config.cast_member(key) if not key.startswith("#") else None
    prefix = f"{member.id}-" if member and member.id is not None else ""
    return f"performer-{prefix}{slug(key.lstrip('#'))}.docx"
