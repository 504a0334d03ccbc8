"""Daily report to production (rapport à la production, level R): a summary page for the
shooting day, then one checklist per intimate scene shot that day, prefilled from the protocol
and the IC's review for the intimacy coordinator to complete at wrap."""

from __future__ import annotations

from typing import Any

from prodbridge.analysis.rules import base_key
from prodbridge.model import ShootDay, scene_key
from prodbridge.options import WriteOptions
from prodbridge.writers.callsheet_docx import day_title, fmt_date, is_closed, protocol
from prodbridge.writers.documents_docx import (
    Dossier,
    IntimateScene,
    base_context,
    code_list,
    day_text,
    known_extra,
    labels,
    recipients_text,
    render_document,
    rider_summary,
    scene_title,
    status_text,
)
from prodbridge.writers.risk_docx import has_minor

DAILY_FIELDS = frozenset(
    {
        "production",
        "subtitle",
        "mark",
        "label",
        "day",
        "recipients",
        "recipients_text",
        "ic",
        "summary",
        "scenes",
        "has_scenes",
        "none_today",
    }
)


def day_scenes(dossier: Dossier, day: ShootDay) -> tuple[IntimateScene, ...]:
    """The intimate scenes scheduled on ``day``, in shooting order."""
    out: list[IntimateScene] = []
    for key in day.scenes:
        for item in dossier.scenes:
            own = scene_key(item.scene.id)
            if (own == key or own == base_key(key)) and item not in out:
                out.append(item)
    return tuple(out)


def _planned(item: IntimateScene, dossier: Dossier, what: str, lang: str) -> str:
    annex = protocol(lang)["annex"]
    risk = labels(lang)["risk"]
    review = item.review
    if what == "closed_set":
        return risk["closed_yes"] if is_closed(item.entry) else risk["closed_no"]
    if what == "essential_crew":
        return known_extra(review, "essential_crew") or ", ".join(annex["default_essential_crew"])
    if what == "monitors":
        return known_extra(review, "monitors") or annex["monitors_default"]
    if what == "garments":
        return review.garments or annex["garments_default"]
    if what == "rehearsal":
        return review.rehearsal or annex["rehearsal_default"]
    if what == "closure":
        return known_extra(review, "closure") or annex["closure_default"]
    if what == "minor":
        child = dossier.config.child_supervisor.name
        return risk["child_present"].format(name=child) if child else risk["child_unassigned"]
    return ""


def _scene(item: IntimateScene, dossier: Dossier, lang: str) -> dict[str, Any]:
    lab = labels(lang)
    daily = lab["daily"]
    items = []
    minor = has_minor(item, dossier)
    for spec in daily["items"]:
        if spec.get("only_minor") and not minor:
            continue
        planned = (
            _planned(item, dossier, spec["planned"], lang) if "planned" in spec else spec.get("text", "")
        )
        items.append(
            {"label": spec["label"], "planned": planned, "done": spec.get("choice", lab["common"]["yes_no"])}
        )
    performers = [dossier.display(k) for k in item.performers]
    return {
        "id": item.scene.id,
        "heading": item.scene.heading,
        "title": scene_title(item.scene, lang),
        "performers": ", ".join(performers),
        "facts": [
            {"label": daily["facts_performers"], "value": ", ".join(performers)},
            {"label": daily["facts_codes"], "value": code_list(item.codes, lang) or lab["common"]["none"]},
            {"label": daily["facts_status"], "value": status_text(item, lang)},
            {"label": daily["facts_rider"], "value": rider_summary(item, lang)},
        ],
        "checklist": items,
    }


def daily_context(dossier: Dossier, day: ShootDay, total_days: int | None, lang: str) -> dict[str, Any]:
    """The daily report of ``day`` (names in ``DAILY_FIELDS``).

    ``day`` has ``number``, ``total``, ``date``, ``title``; ``summary`` lists ``label``/``value``
    lines of the summary page; ``scenes`` lists ``id``, ``heading``, ``title``, ``performers``,
    ``facts`` (``label``, ``value``) and ``checklist`` (``label``, ``planned``, ``done``).
    """
    lab = labels(lang)
    daily = lab["daily"]
    config = dossier.config
    producer_roles = lab["roles"]
    recipients = [
        {"role": producer_roles["producer"], "name": config.producer},
        {"role": producer_roles["first_ad"], "name": config.first_ad},
        {"role": producer_roles["ic"], "name": config.intimacy_coordinator.name},
    ]
    scenes = [_scene(s, dossier, lang) for s in day_scenes(dossier, day)]
    ic = config.intimacy_coordinator
    ic_text = (
        " · ".join(x for x in (ic.name, ic.phone, ic.email) if x) or protocol(lang)["crew"]["ic_unassigned"]
    )
    title = " — ".join(x for x in (day_title(day, total_days, lang), fmt_date(day.date, lang)) if x)
    return {
        **base_context(dossier, "daily", lang),
        "day": {
            "number": day.number,
            "total": total_days or "",
            "date": day.date.isoformat() if day.date else "",
            "title": title,
        },
        "recipients": recipients,
        "recipients_text": recipients_text(recipients, lang),
        "ic": ic_text,
        "summary": [
            {"label": daily["ic"], "value": ic_text},
            {"label": daily["scenes"], "value": ", ".join(s["id"] for s in scenes) or lab["common"]["none"]},
            {"label": daily["shot"], "value": daily["shot_choice"]},
            {"label": daily["protocol"], "value": lab["common"]["yes_no"]},
            {"label": daily["incidents"], "value": daily["incidents_choice"]},
            {"label": daily["follow_up"], "value": lab["common"]["blank"]},
        ],
        "scenes": scenes,
        "has_scenes": bool(scenes),
        "none_today": daily["none"],
    }


def write_daily_report(
    dossier: Dossier, day: ShootDay, total_days: int | None, opts: WriteOptions, template: bytes | None = None
) -> bytes:
    """The daily report of ``day`` as .docx bytes; a day without intimate scene gives a
    one-line report saying so (a nightly run always has its file)."""
    context = daily_context(dossier, day, total_days, opts.lang)
    return render_document(
        "daily", context, DAILY_FIELDS, dossier, opts, template, day_text(day, opts.lang), day.date
    )
