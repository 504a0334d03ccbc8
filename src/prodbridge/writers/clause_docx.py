"""Nudity and intimacy clause per performer (clause de nudité / nudity rider, level C): the
performer's scenes, pages and quoted lines, their own agreed nudity level, the simulated acts,
body double, limits on footage and stills, the right to withdraw consent and the 48 h notice.

Isolation (DESIGN §3, level C): the context is built from this performer's cells only. No
other performer's actor name, nudity level, rider, limits or personal entry is read into it;
script lines naming only other characters are not quoted (see ``documents_docx``).
"""

from __future__ import annotations

from typing import Any

from prodbridge.model import Evidence
from prodbridge.options import WriteOptions
from prodbridge.writers.annex_docx import rider_text
from prodbridge.writers.callsheet_docx import fmt_datetime, protocol
from prodbridge.writers.documents_docx import (
    Dossier,
    IntimateScene,
    Performer,
    base_context,
    day_text,
    groups,
    labels,
    meanings,
    name_pattern,
    pages_text,
    render_document,
    scene_title,
    status_text,
)

CLAUSE_FIELDS = frozenset(
    {
        "production",
        "subtitle",
        "mark",
        "label",
        "performer",
        "recipients",
        "recipients_text",
        "minor",
        "scenes",
        "has_scenes",
        "limits",
        "ic",
        "ic_contact",
    }
)


def quoted_lines(item: IntimateScene, performer: Performer, dossier: Dossier) -> list[str]:
    """The evidence lines of ``item`` that concern ``performer``: those naming their character,
    and those naming no character of the scene at all; each line once, in script order (the
    heading is not a description)."""
    own = name_pattern(performer.key)
    others = [name_pattern(k) for k in (*item.scene.characters, *item.performers) if k != performer.key]
    others = [p for p in others if p is not None]
    heading = item.scene.paragraphs[0]
    seen: dict[int, Evidence] = {}
    for e in sorted(item.evidence, key=lambda e: e.paragraph):
        if e.paragraph != heading:
            seen.setdefault(e.paragraph, e)
    out = []
    for e in seen.values():
        text = " ".join(e.text.split())
        mine = bool(own and own.search(text))
        theirs = any(p.search(text) for p in others)
        if mine or not theirs:
            out.append(f"“{text}”")
    return out


def _scene(item: IntimateScene, performer: Performer, dossier: Dossier, lang: str) -> dict[str, Any]:
    lab = labels(lang)["clause"]
    key = performer.key
    acts = [c for c in item.codes if c in groups()["acts"]]
    personal = item.personal.get(key, ())
    doubles = [v for h, v in personal if _is_double(h)]
    others = [f"{h}: {v}" for h, v in personal if not _is_double(h)]
    first = item.days[0] if item.days else None
    if first is not None and item.deadline is not None:
        notice = lab["notice_text"].format(
            deadline=fmt_datetime(item.deadline, lang), day=day_text(first, lang)
        )
    else:
        notice = lab["notice_unscheduled"]
    facts = [
        {"label": lab["pages"], "value": pages_text(item.scene, lang)},
        {
            "label": lab["shooting"],
            "value": day_text(first, lang) if first else labels(lang)["common"]["not_scheduled"],
        },
        {"label": lab["status"], "value": status_text(item, lang)},
        {"label": lab["content"], "value": meanings(item.codes, lang) or lab["content_none"]},
        {"label": lab["nudity"], "value": item.nudity.get(key) or lab["nudity_none"]},
        {"label": lab["acts"], "value": meanings(acts, lang) or lab["acts_none"]},
        {"label": lab["body_double"], "value": "\n".join(doubles) or lab["body_double_blank"]},
        {"label": lab["notice"], "value": notice},
        {"label": lab["rider"], "value": rider_text(item.rider_for(key), item.deadline, lang)},
    ]
    if others:
        facts.append({"label": lab["other"], "value": "\n".join(others)})
    lines = quoted_lines(item, performer, dossier)
    return {
        "id": item.scene.id,
        "title": scene_title(item.scene, lang),
        "facts": facts,
        "lines": lines or [lab["lines_none"]],
    }


def _is_double(header: str) -> bool:
    from prodbridge.analysis.characters import fold

    words = labels("en")["review_columns"]["body_double"] + labels("fr")["review_columns"]["body_double"]
    return any(fold(w) in fold(header) for w in words)


def clause_context(dossier: Dossier, key: str, lang: str) -> dict[str, Any]:
    """The clause of performer ``key`` (names in ``CLAUSE_FIELDS``).

    ``performer`` has ``name`` (actor, else character), ``character``, ``actor``, ``id``,
    ``contact``; ``scenes`` lists ``id``,
    ``title``, ``facts`` (``label``, ``value``) and ``lines`` (quoted script lines); ``limits``
    is the config's text for this performer; ``minor`` the legal-representative line or ``""``.
    """
    performer = dossier.performer(key)
    if performer is None:
        raise KeyError(f"{key} is in no intimate scene")
    lab = labels(lang)
    roles = lab["roles"]
    config = dossier.config
    member = performer.member
    name = performer.actor or performer.key
    recipients = [
        {"role": roles["performer"], "name": name},
        {"role": roles["legal_representative"] if performer.minor else roles["representative"],
         "name": member.contact if member else ""},
        {"role": roles["ic"], "name": config.intimacy_coordinator.name},
        {"role": roles["producer"], "name": config.producer},
    ]  # fmt: skip
    child = config.child_supervisor.name
    minor = ""
    if performer.minor:
        minor = lab["clause"]["minor"].format(name=child) if child else lab["clause"]["minor_unassigned"]
    ic = config.intimacy_coordinator
    scenes = [_scene(s, performer, dossier, lang) for s in dossier.scenes_of(key)]
    colon = lab["common"]["colon"]
    return {
        **base_context(dossier, "clause", lang, name),
        "performer": {
            "name": name,
            "character": performer.key,
            "actor": performer.actor,
            "id": str(member.id) if member and member.id is not None else "",
            "contact": member.contact if member else "",
        },
        "recipients": recipients,
        "recipients_text": " · ".join(
            f"{r['role']}{colon}{r['name']}" if r["name"] else r["role"] for r in recipients
        ),
        "minor": minor,
        "scenes": scenes,
        "has_scenes": bool(scenes),
        "limits": (member.limits if member and member.limits else lab["clause"]["limits_none"]),
        "ic": ic.name or protocol(lang)["crew"]["ic_unassigned"],
        "ic_contact": " · ".join(x for x in (ic.phone, ic.email) if x),
    }


def write_clause(dossier: Dossier, key: str, opts: WriteOptions, template: bytes | None = None) -> bytes:
    """Performer ``key``'s clause as .docx bytes (the bundled ``clause_<lang>.docx``)."""
    detail = key if dossier.performer(key) else ""
    context = clause_context(dossier, key, opts.lang)
    return render_document("clause", context, CLAUSE_FIELDS, dossier, opts, template, detail)
