"""The annotated schedule: the user's workbook patched in place, or a new one for CSV/xls/ods input.

What gets edited (nothing else, byte for byte): the schedule sheet's XML (new columns after
the last used one, a conditional format that fills intimate rows), ``styles.xml`` (one fill
``dxf`` and one bold cell style, appended once), ``workbook.xml``, its rels and
``[Content_Types].xml`` (the new "Intimacy" sheet). A re-run finds its columns and its sheet
by their header texts and updates them. Every text goes in as an inline string, never a
formula. PUBLIC level only: codes, IC required, closed set, rider deadline, review status.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from lxml import etree

from prodbridge.analysis.rules import SceneFlags, base_key
from prodbridge.data import load
from prodbridge.model import Alert, Schedule, ShootDay
from prodbridge.options import ReadOptions, WriteOptions
from prodbridge.xlsx.cells import column_letter
from prodbridge.xlsx.package import NS_MAIN, NS_REL, serialize_xml
from prodbridge.xlsx.sheet import Worksheet, escape_text
from prodbridge.xlsx.workbook import SheetInfo, Workbook

#: The columns prodbridge adds, in order.
COLUMNS = ("codes", "ic", "closed_set", "rider_deadline", "review")
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r", "\x00")


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything the writer shows: the schedule as read, per-scene flags (by scene key),
    alerts, the ids to display (scene key → script id), and the IC's booked dates."""

    schedule: Schedule
    flags: Mapping[str, SceneFlags]
    alerts: tuple[Alert, ...] = ()
    scene_ids: Mapping[str, str] = field(default_factory=dict)
    ic_dates: frozenset[date] = frozenset()


def labels(lang: str) -> dict[str, Any]:
    """The label set for ``lang`` (``en`` when unknown)."""
    table = load("plan_labels")
    return table.get(lang, table["en"])


def _all_headers(kind: str) -> set[str]:
    from prodbridge.readers.schedule import header_key

    table = load("plan_labels")
    return {header_key(table[lang]["columns"][kind]) for lang in ("en", "fr")}


def _our_titles() -> set[str]:
    table = load("plan_labels")
    return {table[lang]["title"] for lang in ("en", "fr")}


def _sheet_names() -> list[str]:
    table = load("plan_labels")
    return [table[lang]["sheet"] for lang in ("en", "fr")]


# --- per-row values --------------------------------------------------------------------------


def row_values(flags: list[SceneFlags], text: Mapping[str, Any]) -> dict[str, str]:
    """The five public cells for a strip holding these intimate scenes (``{}`` if none)."""
    if not flags:
        return {}
    codes: list[str] = []
    for flag in flags:
        codes.extend(c for c in flag.codes if c not in codes)
    deadlines = [f.rider_deadline for f in flags if f.rider_deadline]
    needs_rider = any(f.rider_needed for f in flags)
    return {
        "codes": ", ".join(codes) or text["yes"],
        "ic": text["yes"],
        "closed_set": text["closed_set"] if any(f.closed_set for f in flags) else "",
        "rider_deadline": min(deadlines).strftime("%Y-%m-%d %H:%M")
        if deadlines
        else (text["unknown"] if needs_rider else ""),
        "review": text["proposed"] if any(f.review != "confirmed" for f in flags) else text["confirmed"],
    }


def _flags_by_row(plan: Plan) -> dict[int, list[SceneFlags]]:
    found: dict[int, list[SceneFlags]] = {}
    for row in plan.schedule.rows:
        flag = plan.flags.get(row.scene)
        if flag is None:
            flag = plan.flags.get(base_key(row.scene))
        if flag is not None:
            found.setdefault(row.row, [])
            if flag not in found[row.row]:
                found[row.row].append(flag)
    return found


# --- the workbook patch --------------------------------------------------------------------------


def write(
    plan: Plan,
    opts: WriteOptions | None = None,
    original: bytes | None = None,
    *,
    source: ReadOptions | None = None,
    columns: Mapping[str, str] | None = None,
) -> bytes:
    """Annotated workbook bytes.

    For an ``xlsx``/``xlsm`` schedule, ``original`` is patched in place. For ``csv``, ``xls``
    and ``ods`` a new workbook is made from the same cells (``source``/``columns`` are the
    reader's options, to find the same table again), then patched the same way.
    """
    opts = opts or WriteOptions()
    if original is None:
        raise ValueError("the plan writer needs the original schedule bytes")
    schedule = plan.schedule
    name = source.name if source else "<schedule>"
    if schedule.format not in ("xlsx", "xlsm"):
        original = _new_workbook(original, source, columns, opts.lang)
    book = Workbook.read(original, name)
    info = next((s for s in book.sheets() if s.name == schedule.sheet), None)
    if info is None:
        info = book.sheets()[0]
    sheet = book.worksheet(info)
    text = labels(opts.lang)
    _patch_schedule_sheet(book, sheet, plan, text)
    book.commit(info, sheet)
    _write_intimacy_sheet(book, plan, text)
    part = book.styles_part
    if part and book.styles.changed:
        book.package.mark_changed(part)
    return book.save()


def _patch_schedule_sheet(book: Workbook, sheet: Worksheet, plan: Plan, text: Mapping[str, Any]) -> None:
    schedule = plan.schedule
    header_row = schedule.header_row or 1
    cells = list(sheet.iter_cells())
    header_cells = {col: value for row, col, value, _ in cells if row == header_row}
    ours: dict[str, int] = {}
    from prodbridge.readers.schedule import header_key

    for kind in COLUMNS:
        known = _all_headers(kind)
        for col, value in sorted(header_cells.items()):
            if isinstance(value, str) and header_key(value) in known and col not in ours.values():
                ours[kind] = col
                break
    table_cols = [c for c in header_cells if c not in ours.values()]
    last_table_col = max(table_cols, default=1)
    last_used = max((col for _, col, _, _ in cells), default=0)
    next_col = last_used + 1
    for kind in COLUMNS:
        if kind not in ours:
            ours[kind] = next_col
            next_col += 1
    last_row = max((row for row, _, _, _ in cells), default=header_row)

    header_style = sheet.style_of(header_row, last_table_col)
    for kind in COLUMNS:
        sheet.set_text(header_row, ours[kind], text["columns"][kind], style=header_style)
        sheet.set_column_width(ours[kind], float(load("plan_labels")["style"]["column_width"]))

    by_row = _flags_by_row(plan)
    for row in range(header_row + 1, last_row + 1):
        values = row_values(by_row.get(row, []), text)
        for kind in COLUMNS:
            value = values.get(kind, "")
            if value:
                style = sheet.style_of(row, ours[kind])
                if sheet.cell(row, ours[kind]) is None:
                    style = sheet.style_of(row, last_table_col)
                sheet.set_text(row, ours[kind], value, style=style)
            else:
                sheet.clear(row, ours[kind])
    sheet.extend_dimension(last_row, max(ours.values()))
    if book.styles.root is not None and last_row > header_row:
        spans = [(1, last_table_col), (min(ours.values()), max(ours.values()))]
        if spans[1][0] <= last_table_col + 1:
            spans = [(1, spans[1][1])]
        _highlight(book, sheet, header_row + 1, last_row, spans, ours["codes"])


def _highlight(
    book: Workbook,
    sheet: Worksheet,
    first: int,
    last: int,
    spans: list[tuple[int, int]],
    codes_col: int,
) -> None:
    """One conditional format over the table's columns and ours: rows whose codes cell is not
    empty get the highlight fill, and lose it as soon as the cell is cleared."""
    rgb = load("plan_labels")["style"]["highlight"]
    dxf = book.styles.fill_dxf(rgb)
    q = sheet._q
    priority = None
    for block in sheet.conditional_formats():
        rules = block.findall(q("cfRule"))
        if rules and all(
            r.get("type") == "expression"
            and r.get("dxfId") == str(dxf)
            and (r.findtext(q("formula")) or "").startswith("LEN($")
            for r in rules
        ):
            priority = priority or rules[0].get("priority")
            sheet.root.remove(block)
    block = etree.Element(q("conditionalFormatting"))
    block.set(
        "sqref",
        " ".join(f"{column_letter(a)}{first}:{column_letter(b)}{last}" for a, b in spans),
    )
    rule = etree.SubElement(block, q("cfRule"))
    rule.set("type", "expression")
    rule.set("dxfId", str(dxf))
    rule.set("priority", priority or str(sheet.max_cf_priority() + 1))
    etree.SubElement(rule, q("formula")).text = f"LEN(${column_letter(codes_col)}{first})>0"
    sheet.insert_child(block)


# --- the Intimacy sheet --------------------------------------------------------------------------


def summary_rows(plan: Plan, text: Mapping[str, Any]) -> list[list[Any]]:
    """Per-day summary rows (public level), then one row for intimate scenes on no day."""

    def shown(key: str) -> str:
        return plan.scene_ids.get(key, key)

    rows: list[list[Any]] = []
    scheduled: set[str] = set()
    for day in sorted(plan.schedule.days, key=lambda d: d.number):
        scheduled.update(day.scenes)
        scheduled.update(base_key(k) for k in day.scenes)
        rows.append(_day_row(day, plan, text, shown))
    loose = [k for k in plan.flags if k not in scheduled]
    if loose:
        flags = [plan.flags[k] for k in loose]
        codes: list[str] = []
        for f in flags:
            codes.extend(c for c in f.codes if c not in codes)
        rows.append(
            [
                text["unscheduled"],
                "",
                "",
                ", ".join(shown(k) for k in loose),
                ", ".join(codes),
                "",
                ", ".join(shown(f.scene) for f in flags if f.closed_set),
                "",
                ", ".join(shown(f.scene) for f in flags if f.review != "confirmed"),
            ]
        )
    return rows


def _day_row(day: ShootDay, plan: Plan, text: Mapping[str, Any], shown: Any) -> list[Any]:
    keys = [plan.flags.get(k) or plan.flags.get(base_key(k)) for k in day.scenes]
    flags = list(dict.fromkeys(f for f in keys if f is not None))
    codes: list[str] = []
    for f in flags:
        codes.extend(c for c in f.codes if c not in codes)
    if not flags:
        ic = ""
    elif day.date is None:
        ic = text["unknown"]
    else:
        ic = text["booked"] if day.date in plan.ic_dates else text["not_booked"]
    deadlines = [f.rider_deadline for f in flags if f.rider_deadline and f.day == day.number]
    return [
        day.number,
        day.date.isoformat() if day.date else "",
        ", ".join(shown(k) for k in day.scenes),
        ", ".join(shown(f.scene) for f in flags) or text["none"],
        ", ".join(codes),
        ic,
        ", ".join(shown(f.scene) for f in flags if f.closed_set),
        min(deadlines).strftime("%Y-%m-%d %H:%M") if deadlines else "",
        ", ".join(shown(f.scene) for f in flags if f.review != "confirmed"),
    ]


def intimacy_sheet_xml(plan: Plan, text: Mapping[str, Any], bold: int | None) -> bytes:
    """The whole "Intimacy" worksheet part: title, per-day summary, alerts."""
    rows: list[tuple[list[Any], bool]] = [([text["title"]], True), ([], False)]
    rows.append(([text["days_heading"]], True))
    rows.append(([text["summary"][k] for k in _SUMMARY_KEYS], True))
    rows.extend((r, False) for r in summary_rows(plan, text))
    rows.append(([], False))
    rows.append(([text["alerts_heading"]], True))
    if plan.alerts:
        rows.append(([text["alert_columns"][k] for k in ("level", "code", "day", "scene", "text")], True))
        for alert in plan.alerts:
            level = text["levels"].get(alert.level, alert.level)
            rows.append(([level, alert.code, alert.day or "", alert.scene or "", alert.text], False))
    else:
        rows.append(([text["no_alerts"]], False))

    root = etree.Element(f"{{{NS_MAIN}}}worksheet", nsmap={None: NS_MAIN, "r": NS_REL})
    width = max(len(r) for r, _ in rows)
    etree.SubElement(root, f"{{{NS_MAIN}}}dimension").set("ref", f"A1:{column_letter(width)}{len(rows)}")
    views = etree.SubElement(root, f"{{{NS_MAIN}}}sheetViews")
    etree.SubElement(views, f"{{{NS_MAIN}}}sheetView").set("workbookViewId", "0")
    etree.SubElement(root, f"{{{NS_MAIN}}}sheetFormatPr").set("defaultRowHeight", "15")
    cols = etree.SubElement(root, f"{{{NS_MAIN}}}cols")
    for index, col_width in enumerate((12, 12, 28, 22, 22, 16, 20, 18, 80), start=1):
        col = etree.SubElement(cols, f"{{{NS_MAIN}}}col")
        for key, value in (("min", index), ("max", index), ("width", col_width), ("customWidth", 1)):
            col.set(key, str(value))
    data = etree.SubElement(root, f"{{{NS_MAIN}}}sheetData")
    for number, (values, strong) in enumerate(rows, start=1):
        row = etree.SubElement(data, f"{{{NS_MAIN}}}row")
        row.set("r", str(number))
        for index, value in enumerate(values, start=1):
            if value == "" or value is None:
                continue
            cell = etree.SubElement(row, f"{{{NS_MAIN}}}c")
            cell.set("r", f"{column_letter(index)}{number}")
            if strong and bold is not None:
                cell.set("s", str(bold))
            if isinstance(value, int | float) and not isinstance(value, bool):
                etree.SubElement(cell, f"{{{NS_MAIN}}}v").text = str(value)
            else:
                cell.set("t", "inlineStr")
                t = etree.SubElement(etree.SubElement(cell, f"{{{NS_MAIN}}}is"), f"{{{NS_MAIN}}}t")
                t.text = escape_text(str(value))
    margins = etree.SubElement(root, f"{{{NS_MAIN}}}pageMargins")
    for key, value in (("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75")):
        margins.set(key, value)
    margins.set("header", "0.3")
    margins.set("footer", "0.3")
    return serialize_xml(root, None)


_SUMMARY_KEYS = (
    "day",
    "date",
    "scenes",
    "intimate",
    "codes",
    "ic",
    "closed_set",
    "rider_deadline",
    "to_review",
)


def _write_intimacy_sheet(book: Workbook, plan: Plan, text: Mapping[str, Any]) -> None:
    bold = book.styles.bold_style() if book.styles.root is not None else None
    xml = intimacy_sheet_xml(plan, text, bold)
    existing = _our_sheet(book)
    if existing is not None:
        book.replace_sheet(existing, xml)
        return
    taken = {s.name.lower() for s in book.sheets()}
    name = text["sheet"]
    if name.lower() in taken:
        name = f"{name} (prodbridge)"
    book.add_sheet(name, xml)


def _our_sheet(book: Workbook) -> SheetInfo | None:
    """The sheet an earlier run added: one of our sheet names with our title in A1."""
    titles = _our_titles()
    for info in book.sheets():
        base = info.name.removesuffix(" (prodbridge)")
        if base not in _sheet_names():
            continue
        sheet = book.worksheet(info)
        cell = sheet.cell(1, 1)
        if cell is not None and sheet.value(cell) in titles:
            return info
    return None


# --- new workbooks from CSV / xls / ods ---------------------------------------------------------


def _new_workbook(
    original: bytes, source: ReadOptions | None, columns: Mapping[str, str] | None, lang: str
) -> bytes:
    """The table of a CSV/xls/ods schedule as a fresh .xlsx (openpyxl), texts kept as texts."""
    from openpyxl import Workbook as NewWorkbook

    from prodbridge.readers.schedule import locate

    _, grid, _, _ = locate(original, source, columns)
    book = NewWorkbook()
    ws = book.active
    ws.title = grid.sheet or labels(lang).get("schedule_sheet", "Schedule")
    for row, cells in grid.cells.items():
        for col, value in cells.items():
            cell = ws.cell(row=row, column=col)
            if isinstance(value, str) and grid.delimiter and _is_integer_text(value):
                cell.value = int(value)
            elif isinstance(value, str):
                cell.value = value
                cell.data_type = "s"  # never a formula, whatever the text starts with
            else:
                cell.value = value
                if isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
    for r1, c1, r2, c2 in grid.merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _is_integer_text(text: str) -> bool:
    stripped = text.strip()
    return stripped.isdigit() and stripped == text and (len(stripped) == 1 or not stripped.startswith("0"))


def _fixed_zip_times(data: bytes) -> bytes:
    """openpyxl stamps the current time on zip entries and docProps: pin both for reproducibility."""
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>2000-01-01T00:00:00Z\g<2>",
                    payload,
                )
            fresh = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fresh.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fresh, payload)
    return out.getvalue()


# --- CSV output ----------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """CSV only: a cell that a spreadsheet would run as a formula gets a leading apostrophe.

    Plain numbers (``-2``, ``+3,5``) are left alone (OWASP; research/ecosystem.md §4.4).
    """
    if value.startswith(_FORMULA_LEAD) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"[+-]?\d+(?:[.,]\d+)?", text.strip()))


def write_csv(
    plan: Plan,
    opts: WriteOptions | None = None,
    original: bytes | None = None,
    *,
    source: ReadOptions | None = None,
    columns: Mapping[str, str] | None = None,
) -> bytes:
    """The CSV schedule with the five columns added (or updated), as UTF-8 with a BOM.

    Same delimiter and line ending as the input; every cell that could run as a formula gets
    a leading apostrophe. Only CSV input can be written back as CSV.
    """
    opts = opts or WriteOptions()
    if original is None or plan.schedule.format != "csv":
        raise ValueError("only a CSV schedule can be written back as CSV")
    from prodbridge.readers import csv_table
    from prodbridge.readers.schedule import header_key, locate

    _, grid, _, _ = locate(original, source, columns)
    name = source.name if source else "<csv>"
    decoded = csv_table.decode(original, name, source.encoding if source else None)
    delimiter = grid.delimiter or ","
    records = csv_table.split(decoded.text, delimiter, name)
    text = labels(opts.lang)
    header_index = (plan.schedule.header_row or 1) - 1
    header = records[header_index]
    ours: dict[str, int] = {}
    for kind in COLUMNS:
        known = _all_headers(kind)
        for index, value in enumerate(header):
            if header_key(value) in known and index not in ours.values():
                ours[kind] = index
                break
    width = max(len(r) for r in records)
    for kind in COLUMNS:
        if kind not in ours:
            ours[kind] = width
            width += 1
    by_row = _flags_by_row(plan)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=csv_table.line_terminator(decoded.text))
    for number, record in enumerate(records, start=1):
        record = list(record)
        if number - 1 >= header_index:
            record += [""] * (width - len(record))
            values = (
                {k: text["columns"][k] for k in COLUMNS}
                if number - 1 == header_index
                else row_values(by_row.get(number, []), text)
            )
            for kind in COLUMNS:
                record[ours[kind]] = values.get(kind, "")
        writer.writerow([neutralise(cell) for cell in record])
    return out.getvalue().encode("utf-8-sig")


def days_json(schedule: Schedule, scene_ids: Mapping[str, str]) -> list[dict[str, Any]]:
    """``plan --json`` days: ``[{"day": 1, "date": "2026-03-02", "scenes": ["12", "14A"]}]``."""
    return [
        {
            "day": day.number,
            "date": day.date.isoformat() if day.date else None,
            "scenes": [scene_ids.get(k, k) for k in day.scenes],
        }
        for day in sorted(schedule.days, key=lambda d: d.number)
    ]


def alerts_json(alerts: tuple[Alert, ...]) -> list[dict[str, Any]]:
    """Alerts as plain JSON objects (code, level, text, scene, day)."""
    return [
        {"code": a.code, "level": a.level, "text": a.text, "scene": a.scene, "day": a.day} for a in alerts
    ]
