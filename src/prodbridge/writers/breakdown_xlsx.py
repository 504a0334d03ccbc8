"""The breakdown workbook (breakdown.xlsx): a new one, or an update of the IC's own copy.

The Intimacy sheet is updated in place: columns are found by header text (either language),
detection cells are refreshed, new scenes are appended, scenes that left the script are
marked, and review cells are never written except when a rejected finding is reopened (its
status and note). The report sheets are prodbridge's and are rebuilt on every run (the titles
it wrote are kept in the custom document property ``prodbridge.sheets``).

What survives an update (openpyxl load → save): every value and style of the IC's cells
(fills, fonts, number formats), cell comments (text kept, the note box is redrawn), columns and
sheets the IC added, column widths, row heights, freeze panes, merged cells, defined names,
their own data validations and classic conditional formats, images (Pillow) and charts
(re-drawn). Lost, and reported as Issues: shapes and text boxes, x14 extensions (data bars,
sparklines, slicers) and macros.

Nudity levels sit in one column, "Nudity (per performer)", written ``ANNA: none; MARC: partial``
(``readers.review.parse_nudity``): the performers differ from scene to scene, so one column per
performer would make a wide, mostly empty sheet whose columns change with every cast change.

Bytes are deterministic: fixed document dates, zip entries with a fixed timestamp.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from prodbridge.analysis.merge import follow_up
from prodbridge.analysis.reports import Reports
from prodbridge.errors import InputError, Issue
from prodbridge.files.safety import open_zip
from prodbridge.model import Breakdown, BreakdownEntry, Scene, Script, scene_key
from prodbridge.options import WriteOptions
from prodbridge.readers.review import Layout, find_layout, sheet_rows
from prodbridge.writers.breakdown_sheets import (
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    REVIEW_FILL,
    THIN,
    TOP,
    WRAP,
    add_report_sheets,
    freeze_at,
    labels,
    put,
    scene_value,
    sheet_title,
    style,
    text,
)

FIXED_TIME = datetime(1980, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
SHEETS_PROPERTY = "prodbridge.sheets"
#: Longest quote put in the Evidence cell for one line of the script.
MAX_QUOTE = 400
#: Data validations reach this far below the last row, so typed rows get the drop-down too.
VALIDATION_MARGIN = 500

_WRAPPED = {"heading", "characters", "evidence", "questions", "nudity", "garments", "rehearsal", "notes"}
_FOLLOW_UP_FILL = {
    "to_review": "FFF2CC",
    "evidence_changed": "FFE699",
    "check_changed": "FCE4D6",
    "no_longer_detected": "EDEDED",
    "removed": "D9D9D9",
    "reviewed": "E2EFDA",
}


@dataclass(frozen=True, slots=True)
class BreakdownBook:
    """What the workbook shows. ``heading_ids`` maps ``Scene.index`` → FD13 heading id."""

    script: Script
    breakdown: Breakdown
    reports: Reports
    heading_ids: Mapping[int, str] = field(default_factory=dict)


def write(book: BreakdownBook, opts: WriteOptions | None = None, original: bytes | None = None) -> bytes:
    """The workbook bytes (see ``write_with_issues``)."""
    return write_with_issues(book, opts, original)[0]


def write_with_issues(
    book: BreakdownBook,
    opts: WriteOptions | None = None,
    original: bytes | None = None,
    name: str = "breakdown.xlsx",
) -> tuple[bytes, list[Issue]]:
    """Write a new workbook, or update ``original`` (the IC's breakdown.xlsx).

    Returns the bytes and what of the original will not survive. Raises ``InputError`` when
    ``original`` is not a breakdown workbook (no sheet with Scene and Status columns).
    """
    lang = (opts or WriteOptions()).lang
    issues: list[Issue] = []
    if original is None:
        wb = Workbook()
        ws = wb.active
        ws.title = sheet_title("intimacy", lang)
        layout = _new_intimacy(ws, lang)
        wb.properties.created = FIXED_TIME
        wb.properties.creator = "prodbridge"
    else:
        wb, issues = _load(original, name)
        found = find_layout([(sheet.title, sheet_rows(sheet)) for sheet in wb.worksheets])
        if found is None:
            raise InputError(
                "not a prodbridge breakdown workbook: no sheet with 'Scene' and 'Status' columns",
                name,
            )
        layout = found
        ws = wb[layout.sheet]
    _update_intimacy(ws, layout, book, lang, new=original is None)
    _replace_reports(wb, ws, book.reports, lang)
    return _save(wb), issues


# --- the intimacy sheet -------------------------------------------------------------------------


def _columns() -> dict[str, dict[str, Any]]:
    return {c["key"]: c for c in labels()["intimacy_columns"]}


def _style_header(ws: Worksheet, row: int, col: int, kind: str) -> None:
    fill = REVIEW_FILL if kind == "review" else HEADER_FILL
    style(ws.cell(row, col), font=HEADER_FONT, alignment=HEADER_ALIGN, border=THIN, fill=fill)


def _new_intimacy(ws: Worksheet, lang: str) -> Layout:
    columns = {}
    for col, (key, spec) in enumerate(_columns().items(), start=1):
        put(ws.cell(1, col), spec.get(lang, spec["en"]))
        _style_header(ws, 1, col, spec["kind"])
        ws.column_dimensions[get_column_letter(col)].width = spec["width"]
        columns[key] = col
    ws.row_dimensions[1].height = 30
    freeze_at(ws, "B2")
    return Layout(ws.title, 1, columns)


def _update_intimacy(ws: Worksheet, layout: Layout, book: BreakdownBook, lang: str, new: bool) -> None:
    cols = dict(layout.columns)
    header = layout.header_row
    last_col = max([ws.max_column, *cols.values()])
    for key, spec in _columns().items():
        if key not in cols:  # a column the IC deleted, or one added by a newer prodbridge
            last_col += 1
            cols[key] = last_col
            put(ws.cell(header, last_col), spec.get(lang, spec["en"]))
            _style_header(ws, header, last_col, spec["kind"])
            ws.column_dimensions[get_column_letter(last_col)].width = spec["width"]
    last_row = header
    for row in range(header + 1, ws.max_row + 1):
        if any(ws.cell(row, c).value not in (None, "") for c in range(1, last_col + 1)):
            last_row = row
    by_key: dict[str, Scene] = {}
    for scene in book.script.scenes:
        by_key.setdefault(scene_key(scene.id), scene)
    by_index = {scene.index: scene for scene in book.script.scenes}
    for entry in book.breakdown.entries:
        row = entry.review.row
        fresh = row is None
        if row is None:
            last_row += 1
            row = last_row
        found = by_index.get(entry.finding.scene) if entry.finding else by_key.get(scene_key(entry.scene_id))
        _fill_row(ws, row, cols, entry, None if entry.removed else found, book, lang, fresh)
    _validations(ws, cols, header, last_row, lang)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(last_col)}{max(last_row, header)}"
    if new:  # page setup is the IC's once the workbook exists
        ws.print_title_rows = f"{header}:{header}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


def _fill_row(
    ws: Worksheet,
    row: int,
    cols: dict[str, int],
    entry: BreakdownEntry,
    scene: Scene | None,
    book: BreakdownBook,
    lang: str,
    fresh: bool,
) -> None:
    def cell(key: str) -> Cell:
        return ws.cell(row, cols[key])

    if fresh:
        for key, col in cols.items():
            style(ws.cell(row, col), alignment=WRAP if key in _WRAPPED else TOP)
        put(cell("scene"), scene_value(entry.scene_id))
        put(cell("status"), text("status", entry.review.status, lang))
        cell("rider_date").number_format = "yyyy-mm-dd"
    if not entry.removed:
        if scene_key(_str(cell("scene").value)) != scene_key(entry.scene_id):
            put(cell("scene"), scene_value(entry.scene_id))  # renumbered in the script
        _detection(cell, entry, scene, book)
        put(cell("digest"), entry.review.evidence_digest or None)
    if entry.reopened:
        put(cell("status"), text("status", entry.review.status, lang))
        put(cell("notes"), entry.review.notes)
    state = follow_up(entry)
    style(put(cell("follow_up"), text("follow_up", state, lang)), fill=_fill(_FOLLOW_UP_FILL[state]))


def _detection(
    cell: Callable[[str], Cell], entry: BreakdownEntry, scene: Scene | None, book: BreakdownBook
) -> None:
    finding = entry.finding
    put(cell("heading"), scene.heading if scene else None)
    put(cell("codes"), ", ".join(finding.codes) if finding else None)
    confidence = put(cell("confidence"), round(finding.confidence, 2) if finding else None)
    confidence.number_format = "0%"
    characters = finding.characters if finding else (scene.characters if scene else ())
    put(cell("characters"), ", ".join(characters) or None)
    put(cell("evidence"), _evidence(entry) or None)
    put(cell("questions"), "\n".join(finding.questions) if finding and finding.questions else None)
    put(cell("ref"), book.heading_ids.get(scene.index) if scene else None)


def _evidence(entry: BreakdownEntry) -> str:
    """One line per quoted paragraph: ``KIS, UND: "They kiss…"`` (codes of that line first)."""
    if entry.finding is None:
        return ""
    lines: dict[int, tuple[list[str], str]] = {}
    for evidence in entry.finding.evidence:
        codes, quote = lines.setdefault(evidence.paragraph, ([], evidence.text))
        if evidence.code not in codes:
            codes.append(evidence.code)
    out = []
    for codes, quote in lines.values():
        quote = " ".join(quote.split())
        if len(quote) > MAX_QUOTE:
            quote = quote[: MAX_QUOTE - 1] + "…"
        out.append(f"{', '.join(codes)}: “{quote}”")
    return "\n".join(out)


def _validations(ws: Worksheet, cols: dict[str, int], header: int, last_row: int, lang: str) -> None:
    """Drop-downs on status, rider status and closed set (earlier prodbridge ones replaced)."""
    lists = {
        "status": ("status", ("proposed", "confirmed", "rejected")),
        "rider_status": ("rider", ("signed", "pending", "not_needed")),
        "closed_set": ("yes_no", ("yes", "no")),
    }
    ours = set()
    for section, keys in lists.values():
        for language in ("en", "fr"):
            ours.add('"' + ",".join(text(section, k, language) for k in keys) + '"')
    kept = [dv for dv in ws.data_validations.dataValidation if dv.formula1 not in ours]
    ws.data_validations.dataValidation = kept
    end = max(last_row + VALIDATION_MARGIN, 1000)
    for key, (section, keys) in lists.items():
        letter = get_column_letter(cols[key])
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(text(section, k, lang) for k in keys) + '"',
            allow_blank=True,
        )
        dv.add(f"{letter}{header + 1}:{letter}{end}")
        ws.add_data_validation(dv)


# --- report sheets ------------------------------------------------------------------------------


def _replace_reports(wb: Workbook, intimacy: Worksheet, reports: Reports, lang: str) -> None:
    previous = _previous_titles(wb)
    for title in previous:
        if title in wb.sheetnames and wb[title] is not intimacy:
            wb.remove(wb[title])
    index = wb.worksheets.index(intimacy) + 1
    titles = add_report_sheets(wb, reports, lang, index)
    props = [p for p in wb.custom_doc_props.props if p.name != SHEETS_PROPERTY]
    props.append(StringProperty(name=SHEETS_PROPERTY, value=json.dumps(titles, ensure_ascii=False)))
    wb.custom_doc_props.props = props
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is intimacy
    wb.active = wb.worksheets.index(intimacy)


def _previous_titles(wb: Workbook) -> list[str]:
    """Titles of the report sheets an earlier run wrote (property, else the fixed titles)."""
    for prop in wb.custom_doc_props.props:
        if prop.name == SHEETS_PROPERTY:
            try:
                titles = json.loads(prop.value or "[]")
            except ValueError:
                break
            if isinstance(titles, list):
                return [str(t) for t in titles]
    fixed = []
    for key in ("scenes", "sets", "cast", "dood", "names", "legend"):
        entry = labels()["sheets"][key]
        fixed += [entry["en"], entry["fr"]]
    return fixed


# --- load and save ------------------------------------------------------------------------------

_SHAPE = re.compile(rb"<(?:\w+:)?sp[\s>]")


def _load(original: bytes, name: str) -> tuple[Workbook, list[Issue]]:
    archive = open_zip(original, name, kind="Excel workbook")
    issues: list[Issue] = []
    names = archive.namelist()
    if any(n.startswith("xl/vbaProject") for n in names):
        issues.append(Issue("breakdown-lost", name, "", "macros (VBA) are not kept"))
    for part in names:
        if re.match(r"xl/drawings/drawing\d+\.xml$", part) and _SHAPE.search(archive.read(part)):
            issues.append(Issue("breakdown-lost", name, part, "shapes and text boxes are not kept"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wb = load_workbook(io.BytesIO(original), rich_text=True)
        except Exception as exc:  # openpyxl raises many kinds for damaged parts
            raise InputError(f"cannot be read as an Excel workbook ({exc})", name) from None
    for warning in caught:
        message = str(warning.message)
        if re.search(r"remov|not supported|lost|discard", message, re.IGNORECASE):
            issues.append(Issue("breakdown-lost", name, "", f"not kept by the update: {message}"))
    return wb, issues


def _save(wb: Workbook) -> bytes:
    """Serialise with fixed document dates, then rezip every entry with a fixed timestamp."""
    wb.properties.created = wb.properties.created or FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = "prodbridge"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            fixed.create_system = 0
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


@cache
def _fill(color: str) -> PatternFill:
    """One fill object per colour, so ``style`` knows it again."""
    return PatternFill("solid", fgColor=color)


def _str(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)
