"""Rushes conformity checklist (vérification des rushs, level R): per intimate scene, what was
agreed against what the intimacy coordinator checks in the footage.

What each performer's clause allows is level C, so this restricted document never copies it:
it names each performer's clause file and rider status (level R, as in the annex) and the
checks are made against those clauses.
"""

from __future__ import annotations

from typing import Any

from prodbridge.options import WriteOptions
from prodbridge.writers.annex_docx import rider_text
from prodbridge.writers.callsheet_docx import protocol
from prodbridge.writers.documents_docx import (
    SCENE_DOCUMENT_FIELDS,
    Dossier,
    IntimateScene,
    base_context,
    clause_file_name,
    code_list,
    days_text,
    groups,
    labels,
    recipients_text,
    render_document,
    scene_title,
    status_text,
)
from prodbridge.writers.risk_docx import has_minor

RUSHES_FIELDS = SCENE_DOCUMENT_FIELDS


def _clauses(item: IntimateScene, dossier: Dossier, lang: str) -> list[str]:
    lab = labels(lang)["rushes"]
    out = []
    for key in item.performers:
        performer = dossier.performer(key)
        if performer is None:
            continue
        rider = rider_text(item.rider_for(key), item.deadline, lang)
        out.append(
            lab["clause_ref"].format(name=performer.display, file=clause_file_name(performer), rider=rider)
        )
    return out


def _scene(item: IntimateScene, dossier: Dossier, lang: str) -> dict[str, Any]:
    lab = labels(lang)
    rushes = lab["rushes"]
    review = item.review
    clauses = _clauses(item, dossier, lang)
    acts = [c for c in item.codes if c in groups()["acts"]]
    references = {
        "clauses": rushes["see_clauses"] if clauses else lab["common"]["none"],
        "garments": review.garments or protocol(lang)["annex"]["garments_default"],
        "codes": code_list(acts, lang) or lab["clause"]["acts_none"],
        "notes": review.notes or lab["risk"]["notes_none"],
        "minor": lab["risk"]["child_present"].format(name=dossier.config.child_supervisor.name)
        if dossier.config.child_supervisor.name
        else lab["risk"]["child_unassigned"],
    }
    minor = has_minor(item, dossier)
    checks = []
    for spec in rushes["checks"]:
        if spec.get("only_minor") and not minor:
            continue
        agreed = references[spec["agreed"]] if "agreed" in spec else spec.get("text", "")
        checks.append({"label": spec["label"], "agreed": agreed, "result": rushes["result_choice"]})
    performers = [dossier.display(k) for k in item.performers]
    return {
        "id": item.scene.id,
        "heading": item.scene.heading,
        "title": scene_title(item.scene, lang),
        "days": days_text(item, lang),
        "performers": ", ".join(performers),
        "facts": [
            {"label": rushes["facts_codes"], "value": code_list(item.codes, lang) or lab["common"]["none"]},
            {"label": rushes["facts_performers"], "value": "\n".join(clauses) or lab["common"]["none"]},
            {"label": rushes["facts_shooting"], "value": days_text(item, lang)},
            {"label": lab["risk"]["status"], "value": status_text(item, lang)},
            {"label": rushes["facts_garments"], "value": references["garments"]},
            {"label": rushes["facts_notes"], "value": references["notes"]},
        ],
        "checks": checks,
    }


def rushes_context(dossier: Dossier, lang: str) -> dict[str, Any]:
    """The rushes checklist (names in ``RUSHES_FIELDS``): ``scenes`` lists ``id``, ``heading``,
    ``title``, ``days``, ``performers``, ``facts`` (``label``, ``value``) and ``checks``
    (``label``, ``agreed``, ``result``); ``summary`` is ``scenes`` itself (one row each)."""
    lab = labels(lang)
    roles, config = lab["roles"], dossier.config
    recipients = [
        {"role": roles["director"], "name": config.director},
        {"role": roles["producer"], "name": config.producer},
        {"role": roles["ic"], "name": config.intimacy_coordinator.name},
        {"role": roles["editor"], "name": ""},
    ]
    scenes = [_scene(s, dossier, lang) for s in dossier.scenes]
    return {
        **base_context(dossier, "rushes", lang),
        "recipients": recipients,
        "recipients_text": recipients_text(recipients, lang),
        "summary": [{k: s[k] for k in ("id", "days", "performers")} for s in scenes],
        "scenes": scenes,
        "has_scenes": bool(scenes),
        "empty": lab["rushes"]["empty"],
    }


def write_rushes_checklist(dossier: Dossier, opts: WriteOptions, template: bytes | None = None) -> bytes:
    """The rushes conformity checklist as .docx bytes (the bundled ``rushes_<lang>.docx``)."""
    context = rushes_context(dossier, opts.lang)
    return render_document("rushes", context, RUSHES_FIELDS, dossier, opts, template)
