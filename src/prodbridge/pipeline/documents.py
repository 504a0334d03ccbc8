"""The documents job: script + reviewed breakdown (+ schedule, config) → the intimacy
coordinator's documents in one folder (risk analysis, clauses, daily report, rushes checklist)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from prodbridge.config import Config
from prodbridge.errors import Issue, UsageError
from prodbridge.model import Schedule, ShootDay
from prodbridge.options import WriteOptions
from prodbridge.pipeline.callsheet import pick_day
from prodbridge.pipeline.common import (
    find_config,
    load_breakdown,
    load_schedule,
    load_script,
    output_lang,
)

if TYPE_CHECKING:
    from prodbridge.writers.documents_docx import Dossier

PathLike = str | os.PathLike[str]

#: File names inside the output folder (stable, ASCII: cron jobs and scripts rely on them).
RISK_FILE = "risk-analysis.docx"
RUSHES_FILE = "rushes-checklist.docx"
CLAUSE_FOLDER = "clauses"


def daily_file(day: ShootDay) -> str:
    """``daily-report-day-02.docx``."""
    return f"daily-report-day-{day.number:02d}.docx"


@dataclass(frozen=True, slots=True)
class Written:
    """One written document: its path, kind (risk, clause, daily, rushes) and level (R/C)."""

    path: Path
    kind: str
    level: str
    performer: str = ""


@dataclass(frozen=True, slots=True)
class DocumentsResult:
    """What the job wrote, from which breakdown, and what it could not place."""

    dossier: Dossier
    lang: str
    written: tuple[Written, ...]
    day: ShootDay | None
    breakdown: Path | None
    schedule: Path | None
    issues: tuple[Issue, ...]


def documents(
    script_path: PathLike,
    out_dir: PathLike,
    *,
    breakdown_path: PathLike | None = None,
    schedule_path: PathLike | None = None,
    config: PathLike | None = None,
    lang: str | None = None,
    day: int | None = None,
    when: date | None = None,
) -> DocumentsResult:
    """Write the IC's documents into ``out_dir``.

    The breakdown is ``breakdown_path``, else the config's ``[files] breakdown`` when it exists,
    else detection only (every finding "to review"); the schedule likewise (``[files]
    schedule``). The daily report is written only for ``day``/``when`` (which need a
    schedule). Every document is rendered before any is written; writes are atomic and never
    overwrite an input. Raises ``UsageError`` (exit 2: a day without a schedule, no such day,
    ``out_dir`` is a file), ``InputError`` (exit 3), ``OutputError`` (exit 1).
    """
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers.clause_docx import write_clause
    from prodbridge.writers.daily_docx import write_daily_report
    from prodbridge.writers.documents_docx import LEVELS, assemble, clause_file_name
    from prodbridge.writers.risk_docx import write_risk_analysis
    from prodbridge.writers.rushes_docx import write_rushes_checklist

    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise UsageError("--out must be a folder", str(folder))
    loaded = load_script(script_path)
    cfg = find_config(config, loaded.path.parent)
    settings = cfg or Config()
    if not settings.title and loaded.script.title:
        settings = replace(settings, title=loaded.script.title)
    label_lang = output_lang(lang, cfg, loaded.script)
    inputs: list[Path] = [loaded.path]
    if config:
        inputs.append(Path(config))

    chosen = Path(breakdown_path) if breakdown_path else None
    if chosen is None and cfg and cfg.breakdown and cfg.breakdown.is_file():
        chosen = cfg.breakdown
    breakdown, issues = load_breakdown(loaded, chosen, cfg, label_lang)
    issues = [*loaded.issues, *issues]
    if chosen:
        inputs.append(chosen)

    schedule_file = Path(schedule_path) if schedule_path else None
    if schedule_file is None and cfg and cfg.schedule and cfg.schedule.is_file():
        schedule_file = cfg.schedule
    schedule: Schedule | None = None
    if schedule_file is not None:
        schedule, schedule_issues, _ = load_schedule(schedule_file, cfg)
        issues.extend(schedule_issues)
        inputs.append(schedule_file)

    shoot_day: ShootDay | None = None
    if day is not None or when is not None:
        if schedule is None:
            raise UsageError(
                "--day/--date need a schedule: give --schedule (or [files] schedule in the config)"
            )
        number = pick_day(schedule, day, when, str(schedule_file))
        shoot_day = schedule.day(number)

    dossier = assemble(
        loaded.script,
        breakdown,
        settings,
        schedule,
        name=str(chosen or "breakdown"),
        schedule_name=str(schedule_file or "schedule"),
    )
    issues.extend(dossier.issues)
    opts = WriteOptions(lang=label_lang)
    planned: list[tuple[Written, bytes]] = [
        (Written(folder / RISK_FILE, "risk", LEVELS["risk"]), write_risk_analysis(dossier, opts)),
        (Written(folder / RUSHES_FILE, "rushes", LEVELS["rushes"]), write_rushes_checklist(dossier, opts)),
    ]
    for performer in dossier.performers:
        path = folder / CLAUSE_FOLDER / clause_file_name(performer)
        planned.append(
            (
                Written(path, "clause", LEVELS["clause"], performer.key),
                write_clause(dossier, performer.key, opts),
            )
        )
    if shoot_day is not None and schedule is not None:
        total = settings.total_days or max((d.number for d in schedule.days), default=shoot_day.number)
        planned.append(
            (
                Written(folder / daily_file(shoot_day), "daily", LEVELS["daily"]),
                write_daily_report(dossier, shoot_day, total, opts),
            )
        )
    seen: set[Path] = set()
    for item, _ in planned:
        key = item.path.resolve()
        if key in seen:
            raise UsageError("two documents would be written to the same file", str(item.path))
        seen.add(key)
    for item, blob in planned:
        write_atomic(item.path, blob, inputs=inputs)
    return DocumentsResult(
        dossier=dossier,
        lang=label_lang,
        written=tuple(w for w, _ in planned),
        day=shoot_day,
        breakdown=chosen,
        schedule=schedule_file,
        issues=tuple(issues),
    )
