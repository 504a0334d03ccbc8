"""The plan job: schedule + script (+ the IC's breakdown, + config) → annotated schedule and alerts."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prodbridge.config import Config
from prodbridge.errors import Issue, UsageError
from prodbridge.model import Alert, Schedule, Script, scene_key
from prodbridge.options import ReadOptions, WriteOptions
from prodbridge.pipeline.common import (
    find_config,
    introduced_minors,
    load_breakdown,
    load_schedule,
    load_script,
    output_lang,
)

if TYPE_CHECKING:
    from prodbridge.analysis.rules import Policy

#: Output suffixes per schedule format (a macro workbook must keep its .xlsm name: Excel
#: refuses a macro-enabled workbook saved as .xlsx).
_OUTPUTS = {
    "xlsx": (".xlsx",),
    "xlsm": (".xlsm",),
    "csv": (".xlsx", ".csv"),
    "xls": (".xlsx",),
    "ods": (".xlsx",),
    "uss": (".uss",),
}


@dataclass(frozen=True, slots=True)
class PlanResult:
    """What ``plan`` produced: the schedule as read, alerts, the ids to show, issues, output."""

    schedule: Schedule
    alerts: tuple[Alert, ...]
    scene_ids: dict[str, str]
    issues: tuple[Issue, ...]
    output: Path | None
    lang: str


def plan(
    schedule_path: str | os.PathLike[str],
    script_path: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    breakdown_path: str | os.PathLike[str] | None = None,
    config: str | os.PathLike[str] | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    board: str | None = None,
    now: datetime | None = None,
) -> PlanResult:
    """Read, check and (when ``output`` is given) write the annotated schedule atomically.

    ``lang`` picks the labels (``None``/``"auto"``: the config's language, else the script's).
    ``now`` is the moment rider deadlines are compared to (default: the current time).
    Raises ``InputError`` (unreadable inputs), ``UsageError`` (an output kind the schedule
    can't be written as), ``OutputError`` (the output can't be written).
    """
    from prodbridge.analysis.rules import check, scene_flags
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers import plan_xlsx

    schedule_file = Path(schedule_path)
    cfg = find_config(config, schedule_file.parent)
    loaded = load_script(script_path)
    script = loaded.script
    schedule, issues, data = load_schedule(
        schedule_file, cfg, encoding=encoding, delimiter=delimiter, sheet=sheet, board=board
    )
    source = ReadOptions(name=str(schedule_file), encoding=encoding, delimiter=delimiter, sheet=sheet)
    columns = cfg.schedule_columns if cfg else {}
    if output is not None:
        _check_output(Path(output), schedule.format)
    label_lang = output_lang(lang, cfg, script)
    breakdown, breakdown_issues = load_breakdown(loaded, breakdown_path, cfg, label_lang)
    policy = policy_from(cfg, label_lang, now or datetime.now(), script)
    alerts = check(schedule, breakdown, policy, script)
    ids = scene_ids(schedule, script)
    written = None
    if output is not None:
        flags = scene_flags(schedule, breakdown, policy)
        model = plan_xlsx.Plan(schedule, flags, alerts, ids, policy.ic_dates)
        options = WriteOptions(lang=label_lang)
        if schedule.format == "uss":
            from prodbridge.writers import uss

            blob = uss.write(data, schedule, breakdown, options, ic_name=policy.ic_name)
        elif Path(output).suffix.lower() == ".csv":
            blob = plan_xlsx.write_csv(model, options, data, source=source, columns=columns)
        else:
            blob = plan_xlsx.write(model, options, data, source=source, columns=columns)
        inputs = [schedule_file, loaded.path]
        if breakdown_path:
            inputs.append(Path(breakdown_path))
        written = write_atomic(output, blob, inputs=inputs)
    all_issues = (*loaded.issues, *issues, *breakdown_issues)
    return PlanResult(schedule, alerts, ids, tuple(all_issues), written, label_lang)


def _check_output(output: Path, fmt: str) -> None:
    allowed = _OUTPUTS.get(fmt, (".xlsx",))
    if output.suffix.lower() not in allowed:
        raise UsageError(
            f"a {fmt} schedule is written as {' or '.join(allowed)}, not {output.suffix or 'no suffix'}",
            str(output),
        )


def policy_from(cfg: Config | None, lang: str, now: datetime | None, script: Script | None = None) -> Policy:
    """The rules' view of the config (no config: no IC booked). Minors are the config's cast
    minors plus characters the script introduces with an age under 18 ("ANNA (16)")."""
    from prodbridge.analysis.rules import Policy

    minors = set(introduced_minors(script)) if script is not None else set()
    if cfg is None:
        return Policy(lang=lang, now=now, minors=frozenset(minors))
    return Policy(
        ic_name=cfg.intimacy_coordinator.name or None,
        ic_dates=frozenset(cfg.ic_available),
        minors=frozenset(minors | {c.character for c in cfg.cast if c.minor}),
        cast_ids={str(c.id): c.character for c in cfg.cast if c.id is not None},
        crew_call=cfg.calls.crew_call,
        day_calls={d: calls.crew_call for d, calls in cfg.days.items() if calls.crew_call},
        now=now,
        lang=lang,
    )


def scene_ids(schedule: Schedule, script: Script) -> dict[str, str]:
    """Scene key → the id to show: the script's (``14 BIS``) when it has the scene, else the
    schedule's as written."""
    ids = {row.scene: row.scene_id for row in schedule.rows}
    for scene in script.scenes:
        key = scene_key(scene.id)
        if key in ids:
            ids[key] = scene.id
    return ids
