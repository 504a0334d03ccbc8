"""The breakdown job: script (+ schedule, + the IC's breakdown.xlsx) → updated breakdown.xlsx."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from prodbridge.errors import Issue, UsageError
from prodbridge.model import Breakdown, BreakdownElement, Finding
from prodbridge.options import WriteOptions
from prodbridge.pipeline.common import (
    LoadedScript,
    detect_findings,
    find_config,
    load_reviews,
    load_schedule,
    load_script,
    output_lang,
    read_bytes,
    script_tags,
)


@dataclass(frozen=True, slots=True)
class BreakdownResult:
    """What the job wrote: the merged breakdown, counts for the summary, issues, the path."""

    loaded: LoadedScript
    findings: tuple[Finding, ...]
    breakdown: Breakdown
    element_categories: int
    updated: bool
    output: Path
    lang: str
    issues: tuple[Issue, ...]


def breakdown(
    script_path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    schedule_path: str | os.PathLike[str] | None = None,
    lang: str | None = None,
    config: str | os.PathLike[str] | None = None,
) -> BreakdownResult:
    """Detect, merge with the review already in ``output`` (if it exists) and write it atomically.

    ``lang`` (``en``/``fr``) picks the labels; ``None``: the config's ``[production].language``,
    else the script's. Raises ``UsageError`` for an output that is not ``.xlsx``,
    ``InputError`` for unreadable inputs (an existing ``output`` that is not a breakdown
    workbook included), ``OutputError`` when the file cannot be replaced (open in Excel).
    """
    from prodbridge.analysis.merge import merge
    from prodbridge.analysis.reports import build
    from prodbridge.files.atomic import write_atomic
    from prodbridge.writers.breakdown_xlsx import BreakdownBook, write_with_issues

    out = Path(output)
    if out.suffix.lower() != ".xlsx":
        suffix = out.suffix or "no suffix"
        raise UsageError(f"the breakdown is an Excel workbook: name it .xlsx, not {suffix}", str(out))
    loaded = load_script(script_path)
    script = loaded.script
    cfg = find_config(config, loaded.path.parent)
    label_lang = output_lang(lang, cfg, script)
    issues: list[Issue] = list(loaded.issues)

    findings = detect_findings(loaded, cfg)
    elements: tuple[BreakdownElement, ...] = ()
    heading_ids: dict[int, str] = {}
    tags, tag_issues = script_tags(loaded)
    issues.extend(tag_issues)
    if tags is not None:
        # prodbridge's own Intimacy tags (from `tag`) are the Intimacy sheet already.
        from prodbridge.writers.fdx_tags import CATEGORY_ID

        elements = tuple(e for e in tags.elements if e.category_id != CATEGORY_ID)
        heading_ids = dict(tags.heading_ids)

    original = read_bytes(out) if out.exists() else None
    reviews, review_issues = load_reviews(out if original is not None else None)
    issues.extend(review_issues)
    merged = merge(script, findings, reviews, heading_ids, label_lang)

    schedule = None
    inputs = [loaded.path]
    if schedule_path is not None:
        schedule_file = Path(schedule_path)
        inputs.append(schedule_file)
        schedule, schedule_issues, _ = load_schedule(schedule_file, cfg)
        issues.extend(schedule_issues)

    pages_per_hour = cfg.pages_per_hour if cfg else 0.5
    if pages_per_hour <= 0:
        raise UsageError("[calls].pages_per_hour must be a positive number", str(cfg.base) if cfg else None)
    reports = build(
        script,
        merged,
        elements,
        schedule=schedule,
        cast=cfg.cast if cfg else (),
        pages_per_hour=pages_per_hour,
    )
    book = BreakdownBook(script, merged, reports, heading_ids)
    data, write_issues = write_with_issues(book, WriteOptions(lang=label_lang), original, name=str(out))
    issues.extend(write_issues)
    written = write_atomic(out, data, inputs=inputs)
    return BreakdownResult(
        loaded=loaded,
        findings=findings,
        breakdown=merged,
        element_categories=len(reports.elements),
        updated=original is not None,
        output=written,
        lang=label_lang,
        issues=tuple(issues),
    )
