"""The AD report sheets of the breakdown workbook (scene list, by set, cast, day out of days,
name check, element lists, legend) and the cell helpers the intimacy sheet shares.

These sheets belong to prodbridge: they are rebuilt on every run. Labels come from
``data/breakdown_labels.toml``; text is always stored as text (never turned into a formula).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from copy import copy
from functools import cache
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from prodbridge.analysis.length import format_eighths
from prodbridge.analysis.reports import ElementList, Reports
from prodbridge.data import load
from prodbridge.model import CODES

HEADER_FONT = Font(bold=True)
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
REVIEW_FILL = PatternFill("solid", fgColor="E2EFDA")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
HOLD_FILL = PatternFill("solid", fgColor="D9D9D9")
WORK_FILL = PatternFill("solid", fgColor="E2EFDA")
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="top")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
THIN = Border(bottom=Side(style="thin", color="808080"))
TIME_FORMAT = "[h]:mm"

_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@cache
def labels() -> dict[str, Any]:
    return load("breakdown_labels")


def text(section: str, key: str, lang: str) -> str:
    """A label of ``section.key`` in ``lang`` (English when the language is missing)."""
    entry = labels()[section][key]
    return entry.get(lang, entry["en"])


def sheet_title(key: str, lang: str) -> str:
    return text("sheets", key, lang)


#: Per workbook: (style array before, assignments) → (style array after, the assigned objects,
#: kept so that their ids stay theirs while the workbook lives).
_STYLED: weakref.WeakKeyDictionary[Workbook, dict[tuple, tuple[Any, tuple]]] = weakref.WeakKeyDictionary()


def style(cell: Cell, **styles: object) -> Cell:
    """Assign ``styles`` (``font=``, ``fill=``, ``alignment=``, ``border=``…) to ``cell`` in order,
    with the result the assignments one by one give.

    openpyxl hashes the whole style object (colours included) on every assignment, a fifth of
    the report sheets' time; each combination is worked out once per workbook, later cells
    get a copy of the resulting style array (what openpyxl's own ``copy`` of a cell does).
    """
    book = cell.parent.parent
    done = _STYLED.get(book)
    if done is None:
        done = _STYLED[book] = {}
    before = cell._style  # None until the cell is first styled
    key = (before and tuple(before), *[(name, id(value)) for name, value in styles.items()])
    known = done.get(key)
    if known is None:
        for name, value in styles.items():
            setattr(cell, name, value)
        done[key] = (copy(cell._style), tuple(styles.values()))
    else:
        cell._style = copy(known[0])
    return cell


def put(cell: Cell, value: object) -> Cell:
    """Store ``value``; a string that starts with ``=`` stays text, never a formula."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def scene_value(scene_id: str) -> str | int:
    """Scene ids are stored as numbers when they are plain numbers (so they sort as numbers)."""
    return int(scene_id) if scene_id.isdigit() and str(int(scene_id)) == scene_id else scene_id


def write_header(ws: Worksheet, section: str, lang: str, row: int = 1) -> list[str]:
    """Header cells from a ``[*_columns]`` table; returns the column keys in order."""
    keys = []
    for col, (key, entry) in enumerate(labels()[section].items(), start=1):
        cell = put(ws.cell(row, col), entry.get(lang, entry["en"]))
        style(cell, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=THIN)
        if "width" in entry:
            ws.column_dimensions[get_column_letter(col)].width = entry["width"]
        keys.append(key)
    return keys


def finish_table(ws: Worksheet, columns: int, last_row: int, header_row: int = 1, freeze: str = "A2") -> None:
    """Frozen header, autofilter over the table, header repeated on printed pages, landscape."""
    freeze_at(ws, freeze)
    if columns:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def freeze_at(ws: Worksheet, cell: str) -> None:
    """Freeze panes with explicit selections (what Excel and openpyxl write back on save, so a
    rerun on our own output changes nothing)."""
    ws.freeze_panes = cell
    for selection in ws.sheet_view.selection:
        if selection.activeCell is None:
            selection.activeCell = "A1"
            selection.sqref = "A1"


def unique_title(wanted: str, taken: set[str]) -> str:
    """A valid sheet title (31 characters, no ``[]:*?/\\``) not in ``taken`` (any case)."""
    base = _BAD_TITLE.sub("-", wanted).strip().strip("'") or "Sheet"
    base = base[:31]
    title, n = base, 2
    lowered = {t.lower() for t in taken}
    while title.lower() in lowered:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    return title


def _row(ws: Worksheet, row: int, values: Sequence[object], keys: Sequence[str], wrap: set[str]) -> None:
    # Style the first cell, then copy its style arrays to the rest of the row.
    first = ws.cell(row, 1)
    wrapped = copy(style(first, alignment=WRAP)._style)
    top = copy(style(first, alignment=TOP)._style)
    for col, (key, value) in enumerate(zip(keys, values, strict=True), start=1):
        cell = put(ws.cell(row, col), value)
        cell._style = copy(wrapped if key in wrap else top)


def _minutes(minutes: int) -> float:
    return minutes / 1440


def _bold_row(ws: Worksheet, row: int, columns: int) -> None:
    for col in range(1, columns + 1):
        style(ws.cell(row, col), font=BOLD, fill=TOTAL_FILL)


# --- scene list ---------------------------------------------------------------------------------


def write_scene_list(ws: Worksheet, reports: Reports, lang: str) -> None:
    keys = write_header(ws, "scene_columns", lang)
    row = 1
    for line in reports.scenes:
        s = line.scene
        row += 1
        marker = ""
        if line.intimacy:
            marker = text("text", "intimacy_ic" if line.intimacy == "ic" else "intimacy_to_review", lang)
            if line.closed_set:
                marker += f" · {text('text', 'closed_set', lang)}"
        values = {
            "scene": scene_value(s.id),
            "int_ext": s.int_ext or "",
            "set": s.set,
            "subset": s.subset or "",
            "time_of_day": s.time_of_day or "",
            "pages": format_eighths(s.eighths),
            "eighths": s.eighths,
            "page": s.page or "",
            "cast_ids": ", ".join(str(i) for i in line.cast_ids),
            "speaking": ", ".join(s.speaking),
            "present": ", ".join(line.present),
            "synopsis": s.synopsis or "",
            "time": _minutes(line.minutes),
            "intimacy": marker,
        }
        _row(ws, row, [values[k] for k in keys], keys, {"set", "speaking", "present", "synopsis"})
        ws.cell(row, keys.index("time") + 1).number_format = TIME_FORMAT
    last = row
    eighths = sum(line.scene.eighths for line in reports.scenes)
    row += 2
    totals = {
        "scene": text("text", "total", lang),
        "pages": format_eighths(eighths),
        "eighths": eighths,
        "time": _minutes(sum(line.minutes for line in reports.scenes)),
    }
    for key, value in totals.items():
        put(ws.cell(row, keys.index(key) + 1), value)
    ws.cell(row, keys.index("time") + 1).number_format = TIME_FORMAT
    _bold_row(ws, row, len(keys))
    finish_table(ws, len(keys), last, freeze="B2")


# --- scenes by set ------------------------------------------------------------------------------


def _by_time_text(by_time: Sequence[tuple[str, int]]) -> str:
    return " · ".join(f"{t or '—'} {format_eighths(e)}" for t, e in by_time)


def write_sets(ws: Worksheet, reports: Reports, lang: str) -> None:
    keys = write_header(ws, "set_columns", lang)
    total_label = text("text", "set_total", lang)
    row = 1
    for group in reports.sets:
        for item in group.rows:
            row += 1
            values = {
                "set": group.set,
                "subset": item.subset,
                "int_ext": item.int_ext,
                "time_of_day": item.time_of_day,
                "scenes": ", ".join(item.scenes),
                "count": len(item.scenes),
                "pages": format_eighths(item.eighths),
                "eighths": item.eighths,
                "time": _minutes(item.minutes),
                "by_time": "",
            }
            _row(ws, row, [values[k] for k in keys], keys, {"set", "scenes"})
            ws.cell(row, keys.index("time") + 1).number_format = TIME_FORMAT
        row += 1
        values = {
            "set": group.set,
            "subset": total_label,
            "int_ext": "",
            "time_of_day": "",
            "scenes": "",
            "count": group.scenes,
            "pages": format_eighths(group.eighths),
            "eighths": group.eighths,
            "time": _minutes(group.minutes),
            "by_time": _by_time_text(group.by_time),
        }
        _row(ws, row, [values[k] for k in keys], keys, {"set", "by_time"})
        ws.cell(row, keys.index("time") + 1).number_format = TIME_FORMAT
        _bold_row(ws, row, len(keys))
    last = row
    row += 2
    eighths = sum(g.eighths for g in reports.sets)
    totals = {
        "set": text("text", "total", lang),
        "count": sum(g.scenes for g in reports.sets),
        "pages": format_eighths(eighths),
        "eighths": eighths,
        "time": _minutes(sum(g.minutes for g in reports.sets)),
        "by_time": _by_time_text(reports.by_time),
    }
    for key, value in totals.items():
        put(ws.cell(row, keys.index(key) + 1), value)
    ws.cell(row, keys.index("time") + 1).number_format = TIME_FORMAT
    ws.cell(row, keys.index("by_time") + 1).alignment = WRAP
    _bold_row(ws, row, len(keys))
    finish_table(ws, len(keys), last, freeze="B2")


# --- cast list ----------------------------------------------------------------------------------


def write_cast(ws: Worksheet, reports: Reports, lang: str) -> None:
    keys = write_header(ws, "cast_columns", lang)
    row = 1
    for line in reports.cast:
        row += 1
        values = {
            "id": line.id,
            "character": line.character,
            "actor": line.actor,
            "scenes": len(line.scenes),
            "speaking": line.speaking,
            "pages": format_eighths(line.eighths),
            "first": scene_value(line.first),
            "last": scene_value(line.last),
            "list": ", ".join(line.scenes),
        }
        _row(ws, row, [values[k] for k in keys], keys, {"list"})
    finish_table(ws, len(keys), row, freeze="C2")


# --- day out of days ----------------------------------------------------------------------------


def _day_label(number: int, when: Any, lang: str) -> str:
    prefix = text("dood_columns", "day", lang)
    if when is None:
        return f"{prefix}{number}"
    months = labels()["text"]["months_short"][lang if lang in ("en", "fr") else "en"]
    return f"{prefix}{number}\n{when.day} {months[when.month - 1]}"


def write_dood(ws: Worksheet, reports: Reports, lang: str) -> None:
    if reports.dood is None:
        put(ws.cell(1, 1), text("text", "no_schedule", lang)).font = BOLD
        ws.column_dimensions["A"].width = 70
        return
    table = reports.dood
    columns = labels()["dood_columns"]
    heads: list[tuple[str, str, float]] = [
        ("id", text("dood_columns", "id", lang), columns["id"]["width"]),
        ("character", text("dood_columns", "character", lang), columns["character"]["width"]),
    ]
    heads += [(f"day{d.number}", _day_label(d.number, d.date, lang), 7) for d in table.days]
    heads += [
        (k, text("dood_columns", k, lang), columns[k]["width"])
        for k in ("work", "hold", "total", "start", "finish")
    ]
    for col, (_, label, width) in enumerate(heads, start=1):
        cell = put(ws.cell(1, col), label)
        style(cell, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=THIN)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[1].height = 30
    row = 1
    first_day = 3
    for line in table.lines:
        row += 1
        put(ws.cell(row, 1), line.id)
        put(ws.cell(row, 2), line.character)
        for offset, code in enumerate(line.codes):
            cell = put(ws.cell(row, first_day + offset), code)
            if code == "H":
                style(cell, alignment=CENTER, fill=HOLD_FILL)
            elif code:
                style(cell, alignment=CENTER, fill=WORK_FILL)
            else:
                style(cell, alignment=CENTER)
        col = first_day + len(table.days)
        start, finish = table.start(line), table.finish(line)
        for value in (line.work, line.hold, line.work + line.hold, start, finish):
            style(put(ws.cell(row, col), value), alignment=CENTER)
            col += 1
    finish_table(ws, len(heads), row, freeze="C2")


# --- name check ---------------------------------------------------------------------------------


def write_names(ws: Worksheet, reports: Reports, lang: str) -> None:
    keys = write_header(ws, "name_columns", lang)
    advice = labels()["name_advice"].get(lang, labels()["name_advice"]["en"])
    row = 1
    for check in reports.names:
        row += 1
        values = {
            "first": check.first,
            "second": check.second,
            "reason": text("name_reasons", check.reason, lang),
            "first_scenes": ", ".join(check.first_scenes),
            "second_scenes": ", ".join(check.second_scenes),
            "advice": advice,
        }
        _row(ws, row, [values[k] for k in keys], keys, {"reason", "first_scenes", "second_scenes", "advice"})
    if not reports.names:
        row += 1
        put(ws.cell(row, 1), text("text", "no_names", lang))
    finish_table(ws, len(keys), row)


# --- element lists ------------------------------------------------------------------------------


def write_elements(ws: Worksheet, elements: ElementList, lang: str) -> None:
    keys = write_header(ws, "element_columns", lang)
    row = 1
    for line in elements.elements:
        row += 1
        values = {
            "element": line.name,
            "count": len(line.scenes),
            "scenes": ", ".join(line.scenes),
            "first": scene_value(line.scenes[0]) if line.scenes else "",
            "first_heading": line.first_heading,
            "occurrences": line.occurrences,
        }
        _row(ws, row, [values[k] for k in keys], keys, {"element", "scenes", "first_heading"})
    finish_table(ws, len(keys), row, freeze="B2")


# --- legend -------------------------------------------------------------------------------------


def write_legend(ws: Worksheet, lang: str) -> None:
    lab = labels()["legend"]
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 62
    cell = put(ws.cell(1, 1), lab["confidentiality"].get(lang, lab["confidentiality"]["en"]))
    cell.font, cell.alignment = BOLD, WRAP
    ws.merge_cells("A1:C1")
    ws.row_dimensions[1].height = 62
    row = 3

    def table_header(title_key: str) -> None:
        nonlocal row
        put(ws.cell(row, 1), lab[title_key].get(lang, lab[title_key]["en"])).font = TITLE_FONT
        row += 1
        for col, value in enumerate((lab["code_header"][lang], "English", "Français"), start=1):
            c = put(ws.cell(row, col), value)
            c.font, c.fill, c.border = HEADER_FONT, HEADER_FILL, THIN
        row += 1

    table_header("title")
    codes = labels()["codes"]
    for code in CODES:
        put(ws.cell(row, 1), code).font = BOLD
        put(ws.cell(row, 2), codes[code]["en"]).alignment = WRAP
        put(ws.cell(row, 3), codes[code]["fr"]).alignment = WRAP
        row += 1
    row += 1
    put(ws.cell(row, 1), lab["review_title"].get(lang, lab["review_title"]["en"])).font = TITLE_FONT
    row += 1
    for line in lab["review_text"]:
        put(ws.cell(row, 2), line["en"]).alignment = WRAP
        put(ws.cell(row, 3), line["fr"]).alignment = WRAP
        row += 1
    row += 1
    table_header("dood_title")
    for code, meaning in labels()["dood_codes"].items():
        put(ws.cell(row, 1), code).font = BOLD
        put(ws.cell(row, 2), meaning["en"]).alignment = WRAP
        put(ws.cell(row, 3), meaning["fr"]).alignment = WRAP
        row += 1


#: Report sheets in workbook order: (label key, writer). Element sheets follow the name check.
REPORT_SHEETS = (
    ("scenes", write_scene_list),
    ("sets", write_sets),
    ("cast", write_cast),
    ("dood", write_dood),
    ("names", write_names),
)


def add_report_sheets(wb: Workbook, reports: Reports, lang: str, index: int) -> list[str]:
    """Create every report sheet from position ``index`` on; returns their titles."""
    taken = {ws.title for ws in wb.worksheets}
    titles = []

    def new(title: str) -> Worksheet:
        nonlocal index
        name = unique_title(title, taken)
        taken.add(name)
        titles.append(name)
        ws = wb.create_sheet(name, index)
        index += 1
        return ws

    for key, writer in REPORT_SHEETS:
        writer(new(sheet_title(key, lang)), reports, lang)
    for element_list in reports.elements:
        write_elements(new(element_list.category or element_list.category_id), element_list, lang)
    write_legend(new(sheet_title("legend", lang)), lang)
    return titles
