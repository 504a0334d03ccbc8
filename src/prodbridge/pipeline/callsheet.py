"""The callsheet and annex jobs: schedule + script (+ breakdown, config) → the day's documents."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from prodbridge.config import Config
from prodbridge.errors import Issue, UsageError
from prodbridge.model import Schedule
from prodbridge.options import WriteOptions
from prodbridge.pipeline.common import (
    find_config,
    load_breakdown,
    load_schedule,
    load_script,
    output_lang,
    read_bytes,
)

if TYPE_CHECKING:
    from prodbridge.writers.callsheet_docx import CallDay

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class DayInputs:
    """Everything read for one day, with the files it came from (never to be overwritten)."""

    day: CallDay
    lang: str
    inputs: tuple[Path, ...]
    issues: tuple[Issue, ...]
    breakdown: Path | None


@dataclass(frozen=True, slots=True)
class CallsheetResult:
    """What ``callsheet`` wrote: the crew sheet, the annex and performer sheets when asked."""

    day: CallDay
    lang: str
    callsheet: Path
    annex: Path | None
    performer_sheets: tuple[Path, ...]
    issues: tuple[Issue, ...]
    breakdown: Path | None


@dataclass(frozen=True, slots=True)
class AnnexResult:
    """What ``annex`` wrote; ``appended`` is false on a day without intimate scene (copied)."""

    day: CallDay
    lang: str
    output: Path
    appended: bool
    issues: tuple[Issue, ...]
    breakdown: Path | None


def pick_day(schedule: Schedule, day: int | None, when: date | None, name: str) -> int:
    """The shooting-day number asked for by ``--day`` or ``--date`` (exactly one of them)."""
    if (day is None) == (when is None):
        raise UsageError("give exactly one of --day N or --date YYYY-MM-DD")
    numbers = sorted(d.number for d in schedule.days)
    if not numbers:
        raise UsageError("the schedule has no shooting days", name)
    if day is not None:
        if schedule.day(day) is None:
            raise UsageError(f"the schedule has no day {day} (days {_ranges(numbers)})", name)
        return day
    assert when is not None
    found = schedule.day_on(when)
    if found is None:
        dates = sorted(d.date for d in schedule.days if d.date)
        if not dates:
            raise UsageError("the schedule gives no dates for its days; use --day N", name)
        raise UsageError(
            f"no shooting day on {when.isoformat()} (the schedule runs from "
            f"{dates[0].isoformat()} to {dates[-1].isoformat()})",
            name,
        )
    return found.number


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def load_day(
    schedule_path: PathLike,
    script_path: PathLike,
    *,
    day: int | None = None,
    when: date | None = None,
    config: PathLike | None = None,
    lang: str | None = None,
    breakdown_path: PathLike | None = None,
    board: str | None = None,
) -> DayInputs:
    """Read the schedule, script, config and breakdown, and assemble the asked day.

    The breakdown is ``breakdown_path``, else the config's ``[files] breakdown`` when that
    file exists, else none (detection only).
    """
    from prodbridge.writers.callsheet_docx import assemble

    schedule_file = Path(schedule_path)
    cfg = find_config(config, schedule_file.parent)
    loaded = load_script(script_path)
    schedule, issues, _ = load_schedule(schedule_file, cfg, board=board)
    number = pick_day(schedule, day, when, str(schedule_file))
    label_lang = output_lang(lang, cfg, loaded.script)
    chosen = Path(breakdown_path) if breakdown_path else None
    if chosen is None and cfg and cfg.breakdown and cfg.breakdown.is_file():
        chosen = cfg.breakdown
    breakdown, breakdown_issues = load_breakdown(loaded, chosen, cfg, label_lang)
    config_name = str(config) if config else str(cfg.base / "prodbridge.toml") if cfg else "prodbridge.toml"
    settings = cfg or Config()
    if not settings.title and loaded.script.title:
        settings = replace(settings, title=loaded.script.title)
    call_day = assemble(schedule, loaded.script, breakdown, settings, number, config_name)
    inputs = [schedule_file, loaded.path]
    if config:
        inputs.append(Path(config))
    if chosen:
        inputs.append(chosen)
    all_issues = (*loaded.issues, *issues, *breakdown_issues, *call_day.issues)
    return DayInputs(call_day, label_lang, tuple(inputs), tuple(all_issues), chosen)


def _distinct(paths: list[Path]) -> None:
    seen: dict[Path, Path] = {}
    for path in paths:
        key = path.resolve()
        if key in seen:
            raise UsageError("two outputs would be written to the same file", str(path))
        seen[key] = path


def callsheet(
    schedule_path: PathLike,
    script_path: PathLike,
    output: PathLike,
    *,
    day: int | None = None,
    when: date | None = None,
    annex: PathLike | None = None,
    performer_dir: PathLike | None = None,
    config: PathLike | None = None,
    template: PathLike | None = None,
    lang: str | None = None,
    draft: bool = False,
    breakdown_path: PathLike | None = None,
    board: str | None = None,
) -> CallsheetResult:
    """Write the crew call sheet of one day, and its restricted annex and performer sheets
    when asked. Every document is rendered before any is written, each write is atomic, and
    no output may overwrite an input or another output.

    Raises ``UsageError`` (exit 2: no such day, clashing outputs), ``InputError`` (exit 3:
    unreadable inputs, a template asking for unknown fields), ``OutputError`` (exit 1).
    """
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers.annex_docx import (
        day_performers,
        performer_file_name,
        write_annex,
        write_performer_sheet,
    )
    from prodbridge.writers.callsheet_docx import write_callsheet

    loaded = load_day(
        schedule_path,
        script_path,
        day=day,
        when=when,
        config=config,
        lang=lang,
        breakdown_path=breakdown_path,
        board=board,
    )
    call_day, opts = loaded.day, WriteOptions(lang=loaded.lang, draft=draft)
    issues = list(loaded.issues)
    inputs = list(loaded.inputs)
    template_bytes = None
    if template is not None:
        inputs.append(Path(template))
        template_bytes = read_bytes(template)
    documents: list[tuple[Path, bytes]] = [
        (Path(output), write_callsheet(call_day, opts, template_bytes, str(template or "")))
    ]
    if annex is not None:
        documents.append((Path(annex), write_annex(call_day, opts)))
    sheets: list[Path] = []
    if performer_dir is not None:
        folder = Path(performer_dir)
        if folder.exists() and not folder.is_dir():
            raise UsageError("--performer-sheets must be a folder", str(folder))
        for key in day_performers(call_day):
            path = folder / performer_file_name(call_day, key)
            documents.append((path, write_performer_sheet(call_day, key, opts)))
            sheets.append(path)
        unnamed = sorted({p for s in call_day.intimate_scenes() for p in s.performers if p.startswith("#")})
        issues.extend(
            Issue(
                "unknown-cast-id",
                str(schedule_path),
                f"day {call_day.plan.number}",
                f"cast id {p[1:]} is not in the config's cast list: no performer sheet for it",
            )
            for p in unnamed
        )
    _distinct([p for p, _ in documents])
    for path, blob in documents:
        write_atomic(path, blob, inputs=inputs)
    return CallsheetResult(
        call_day,
        loaded.lang,
        Path(output),
        Path(annex) if annex is not None else None,
        tuple(sheets),
        tuple(issues),
        loaded.breakdown,
    )


def annex(
    callsheet_path: PathLike,
    schedule_path: PathLike,
    script_path: PathLike,
    output: PathLike,
    *,
    day: int | None = None,
    when: date | None = None,
    config: PathLike | None = None,
    lang: str | None = None,
    breakdown_path: PathLike | None = None,
    board: str | None = None,
) -> AnnexResult:
    """Append the day's crew-level intimacy protocol to a call sheet made by another tool.

    ``callsheet_path`` is never modified; ``output`` gets a copy whose only change is the
    added section (an unchanged copy on a day without intimate scene).
    """
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers.annex_docx import append_crew_protocol
    from prodbridge.writers.docx_common import check_docx

    original = read_bytes(callsheet_path)
    check_docx(original, str(callsheet_path))
    loaded = load_day(
        schedule_path,
        script_path,
        day=day,
        when=when,
        config=config,
        lang=lang,
        breakdown_path=breakdown_path,
        board=board,
    )
    blob = append_crew_protocol(original, loaded.day, loaded.lang, str(callsheet_path))
    inputs = [*loaded.inputs, Path(callsheet_path)]
    written = write_atomic(output, blob, inputs=inputs)
    return AnnexResult(
        loaded.day,
        loaded.lang,
        written,
        blob != original,
        loaded.issues,
        loaded.breakdown,
    )
