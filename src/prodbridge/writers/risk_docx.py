"""Risk analysis of the intimate scenes (analyse des risques, level R): one page per scene with
its codes, performers, minors, physical risks from the script, exposure, environment,
mitigation, open questions, the IC's notes and a risk level for the IC to tick."""

from __future__ import annotations

from typing import Any

from prodbridge.analysis.characters import fold
from prodbridge.options import WriteOptions
from prodbridge.writers.callsheet_docx import is_closed, protocol
from prodbridge.writers.documents_docx import (
    SCENE_DOCUMENT_FIELDS,
    Dossier,
    IntimateScene,
    base_context,
    box,
    code_list,
    days_text,
    document_recipients,
    groups,
    known_extra,
    labels,
    pages_text,
    recipients_text,
    render_document,
    rider_summary,
    scene_title,
    short_status,
    status_text,
)

RISK_FIELDS = SCENE_DOCUMENT_FIELDS


def _fact(label: str, value: str) -> dict[str, str]:
    return {"label": label, "value": value}


def _minors(item: IntimateScene, dossier: Dossier, lang: str) -> str:
    lab = labels(lang)["risk"]
    lines = []
    for key in item.performers:
        p = dossier.performer(key)
        if p is not None and p.minor:
            lines.append(
                lab["minor"].format(name=p.display, age=p.age)
                if p.age
                else lab["minor_noage"].format(name=p.display)
            )
    return "\n".join(lines) or lab["minors_none"]


def has_minor(item: IntimateScene, dossier: Dossier) -> bool:
    """A performer under 18 is in the scene, or the detector flagged a minor (``MIN``)."""
    return "MIN" in item.codes or any(
        (p := dossier.performer(k)) is not None and p.minor for k in item.performers
    )


def _environment(item: IntimateScene, lang: str) -> list[dict[str, str]]:
    lab = labels(lang)["risk"]
    exposed = [c for c in item.codes if c in groups()["exposure"]]
    categories = item.risks.categories
    scene = item.scene
    where = " · ".join(x for x in (scene.int_ext, scene.set, scene.subset, scene.time_of_day) if x)
    location = item.location.name if item.location else ""
    if item.location and item.location.parking:
        location = f"{location}\n{item.location.parking}"
    heating: list[str] = []
    if exposed:
        exterior = (scene.int_ext or "").upper().startswith(("EXT", "I/E", "INT./EXT"))
        heating.append(lab["heating_exterior"] if exterior else lab["heating_interior"])
    if "water" in categories or "temperature" in categories:
        heating.append(lab["heating_water"])
    return [
        _fact(lab["exposure_content"], code_list(exposed, lang) if exposed else lab["exposure_none"]),
        _fact("", lab["exposure_levels"]) if exposed else _fact("", ""),
        _fact(lab["environment"], where or labels(lang)["common"]["none"]),
        _fact(lab["location"], location or labels(lang)["common"]["none"]),
        _fact(lab["heating"], "\n".join(heating) or lab["heating_none"]),
        _fact(lab["changing"], lab["changing_required"] if exposed else lab["changing_none"]),
    ]


def _mental_health(dossier: Dossier, lang: str) -> str:
    words = [fold(w) for w in labels("en")["review_columns"]["mental_health_roles"]]
    words += [fold(w) for w in labels("fr")["review_columns"]["mental_health_roles"]]
    for person in dossier.config.support:
        if person.name and any(w in fold(person.role) for w in words):
            contact = " · ".join(x for x in (person.phone, person.email) if x)
            return " — ".join(x for x in (f"{person.name} ({person.role})", contact) if x)
    return labels(lang)["risk"]["mental_health_none"]


def _mitigation(item: IntimateScene, dossier: Dossier, lang: str) -> list[dict[str, str]]:
    lab = labels(lang)["risk"]
    annex = protocol(lang)["annex"]
    review = item.review
    codes = set(item.codes)
    categories = item.risks.categories
    choreography = lab["choreography_none"]
    if codes & set(groups()["choreography"]):
        choreography = lab["choreography_text"]
        if codes & set(groups()["stunt"]) or {"stunt", "restraint"} & set(categories):
            choreography = f"{choreography}\n{lab['choreography_stunt']}"
    crew = known_extra(review, "essential_crew") or (
        f"{', '.join(annex['default_essential_crew'])} {annex['default_crew_note']}"
    )
    measures = [
        f"{lab_cat['label']}: {lab_cat['measure']}" for lab_cat in (lab["categories"][c] for c in categories)
    ]
    rows = [
        _fact(lab["garments"], review.garments or annex["garments_default"]),
        _fact(
            lab["barriers"],
            lab["barriers_needed"] if codes & set(groups()["barriers"]) else lab["barriers_none"],
        ),
        _fact(lab["choreography"], choreography),
        _fact(lab["rehearsal"], review.rehearsal or annex["rehearsal_default"]),
        _fact(lab["closed_set"], lab["closed_yes"] if is_closed(item.entry) else lab["closed_no"]),
        _fact(lab["essential_crew"], crew),
        _fact(lab["monitors"], known_extra(review, "monitors") or annex["monitors_default"]),
        _fact(lab["closure"], known_extra(review, "closure") or annex["closure_default"]),
        _fact(lab["mental_health"], _mental_health(dossier, lang)),
    ]
    if has_minor(item, dossier):
        child = dossier.config.child_supervisor.name
        rows.append(
            _fact(
                lab["child_supervisor"],
                lab["child_present"].format(name=child) if child else lab["child_unassigned"],
            )
        )
    rows.append(_fact(lab["measures"], "\n".join(measures) or lab["measures_none"]))
    return rows


def _level(item: IntimateScene, lang: str) -> tuple[str, str]:
    """The tick-box line and, when the IC typed a level in the breakdown, what they typed."""
    lab = labels(lang)["risk"]
    typed = known_extra(item.review, "risk_level")
    chosen = None
    if typed:
        words = fold(typed).split()
        for level in lab["levels"]:
            if any(fold(w) in words or fold(w) == fold(typed) for w in level["words"]):
                chosen = level["key"]
                break
    line = "   ".join(f"{box(level['key'] == chosen, lang)} {level['label']}" for level in lab["levels"])
    return line, lab["level_typed"].format(value=typed) if typed else ""


def _scene(item: IntimateScene, dossier: Dossier, lang: str) -> dict[str, Any]:
    lab = labels(lang)["risk"]
    categories = lab["categories"]
    review = item.review
    level, typed = _level(item, lang)
    questions = list(item.questions) + [categories[c]["question"] for c in item.risks.categories]
    notes = [_fact(lab["notes"], review.notes or lab["notes_none"])]
    notes += [_fact(f"{lab['other_columns']}: {header}", value) for header, value in item.shared]
    facts = [
        _fact(lab["pages"], pages_text(item.scene, lang)),
        _fact(lab["shooting"], days_text(item, lang)),
        _fact(lab["status"], status_text(item, lang)),
        _fact(lab["codes"], code_list(item.codes, lang) or labels(lang)["common"]["none"]),
        _fact(lab["performers"], ", ".join(dossier.display(k) for k in item.performers)),
        _fact(lab["minors"], _minors(item, dossier, lang)),
        _fact(lab["rider"], rider_summary(item, lang)),
    ]
    return {
        "id": item.scene.id,
        "heading": item.scene.heading,
        "title": scene_title(item.scene, lang),
        "codes": ", ".join(item.codes),
        "risk_names": ", ".join(categories[c]["label"] for c in item.risks.categories),
        "status": short_status(item, lang),
        "facts": facts,
        "risks": [
            {"category": categories[h.category]["label"], "cue": h.cue, "text": h.text}
            for h in item.risks.hits
        ],
        "risks_none": "" if item.risks.hits else lab["physical_none"],
        "environment": [f for f in _environment(item, lang) if f["label"] or f["value"]],
        "mitigation": _mitigation(item, dossier, lang),
        "questions": questions or [lab["questions_none"]],
        "notes": notes,
        "level": level,
        "level_typed": typed,
    }


def risk_context(dossier: Dossier, lang: str) -> dict[str, Any]:
    """The template context of the risk analysis (names in ``RISK_FIELDS``).

    ``scenes`` lists, per intimate scene: ``id``, ``heading``, ``title``, ``codes``,
    ``risk_names``, ``status`` (short: confirmed / to review); ``facts``, ``environment``,
    ``mitigation`` and ``notes`` (lists of ``label``, ``value``); ``risks`` (``category``,
    ``cue``, ``text``) and ``risks_none``; ``questions`` (texts); ``level`` (the tick boxes)
    and ``level_typed``. No per-performer nudity level, limit or clause (level C) is in it.
    """
    lab = labels(lang)
    recipients = document_recipients(dossier.config, lang)
    scenes = [_scene(s, dossier, lang) for s in dossier.scenes]
    return {
        **base_context(dossier, "risk", lang),
        "recipients": recipients,
        "recipients_text": recipients_text(recipients, lang),
        "summary": [{k: s[k] for k in ("id", "heading", "codes", "risk_names", "status")} for s in scenes],
        "scenes": scenes,
        "has_scenes": bool(scenes),
        "empty": lab["risk"]["empty"],
    }


def write_risk_analysis(dossier: Dossier, opts: WriteOptions, template: bytes | None = None) -> bytes:
    """The risk analysis as .docx bytes (the bundled ``risk_<lang>.docx`` unless ``template``)."""
    return render_document("risk", risk_context(dossier, opts.lang), RISK_FIELDS, dossier, opts, template)
