"""The ``scan --json`` and ``plan --json`` documents (DESIGN §3 and §7)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from prodbridge.model import Alert, Finding, Schedule, Script


def scan_document(script: Script, findings: Iterable[Finding], path: Path | str) -> dict[str, Any]:
    """The scan contract: script metadata and one entry per scene, ``intimacy`` null if none."""
    by_scene = {f.scene: f for f in findings}
    return {
        "script": {
            "path": str(path),
            "format": script.format,
            "language": script.language,
            "title": script.title,
        },
        "scenes": [
            {
                "id": scene.id,
                "index": scene.index,
                "number": scene.number,
                "heading": scene.heading,
                "int_ext": scene.int_ext,
                "set": scene.set,
                "time_of_day": scene.time_of_day,
                "eighths": scene.eighths,
                "page": scene.page,
                "characters": list(scene.characters),
                "intimacy": _intimacy(by_scene.get(scene.index)),
            }
            for scene in script.scenes
        ],
    }


def _intimacy(finding: Finding | None) -> dict[str, Any] | None:
    if finding is None:
        return None
    return {
        "codes": list(finding.codes),
        "confidence": round(finding.confidence, 2),
        "characters": list(finding.characters),
        "evidence": [
            {"paragraph": e.paragraph, "code": e.code, "cue": e.cue, "text": e.text}
            for e in finding.evidence
        ],
        "questions": list(finding.questions),
    }


def plan_document(schedule: Schedule, alerts: Sequence[Alert]) -> dict[str, Any]:
    """The plan contract: shooting days with their scene ids, and the compliance alerts."""
    return {
        "days": [
            {
                "day": day.number,
                "date": day.date.isoformat() if day.date else None,
                "scenes": list(day.scenes),
            }
            for day in schedule.days
        ],
        "alerts": [
            {
                "code": a.code,
                "level": a.level,
                "scene": a.scene,
                "day": a.day,
                "text": a.text,
            }
            for a in alerts
        ],
    }


def dumps(document: dict[str, Any]) -> str:
    """Stable, human-diffable JSON (UTF-8 kept readable: accents are not escaped)."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
