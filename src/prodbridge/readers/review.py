"""breakdown.xlsx → the IC's reviews, tolerant of what a person does to a spreadsheet.

Columns are found by header text in English or French (case, accents and punctuation ignored,
aliases from ``data/breakdown_labels.toml``), wherever they were moved; the header row may sit
below a title the IC added. Blank rows are skipped; statuses may be typed in either language
and any case; dates may be real dates, serial numbers or text (ISO, day/month/year, or with
the month written out). Columns prodbridge does not know are returned in ``Review.extra``.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from prodbridge.analysis.characters import fold
from prodbridge.data import load
from prodbridge.errors import InputError, Issue
from prodbridge.files.safety import open_zip
from prodbridge.model import Review, scene_key
from prodbridge.options import ReadOptions

#: Rows searched for the header (an IC may add a title and a blank line above it).
HEADER_SEARCH_ROWS = 20


def normalize(text: object) -> str:
    """Header or value → comparison key: ``"Nudité (par interprète)"`` → ``"nudite par interprete"``."""
    folded = fold(str(text or "")).lower()
    return " ".join(re.sub(r"[^\w]+", " ", folded).replace("_", " ").split())


@cache
def labels() -> dict[str, Any]:
    return load("breakdown_labels")


@cache
def _header_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for column in labels()["intimacy_columns"]:
        for text in (column["en"], column["fr"], *column.get("aliases", [])):
            out.setdefault(normalize(text), column["key"])
    return out


@cache
def _value_index(section: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, words in labels()[section].items():
        for text in (canonical.replace("_", " "), words["en"], words["fr"], *words["accept"]):
            out.setdefault(normalize(text) or text.strip(), canonical)
    return out


def header_key(text: object) -> str | None:
    """The intimacy-sheet column a header names (``"scene"``, ``"status"``…), or ``None``."""
    return _header_index().get(normalize(text)) if text not in (None, "") else None


def canonical(section: str, value: object) -> str | None:
    """A typed value → its canonical word in ``section`` (``status``, ``rider``, ``yes_no``).

    ``"Confirmé"`` → ``"confirmed"``, ``"non nécessaire"`` → ``"not_needed"``; ``None`` if
    unknown. Reviews hold the English word (``"not needed"``); other commands fold and compare.
    """
    text = str(value).strip()
    return _value_index(section).get(normalize(text) or text)


def sheet_titles(key: str) -> tuple[str, str]:
    """The English and French titles of a sheet prodbridge writes."""
    entry = labels()["sheets"][key]
    return entry["en"], entry["fr"]


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the intimacy table sits: the sheet, its header row, its columns (1-based).

    ``columns`` maps column key → column number; ``extra`` maps other non-empty headers'
    column numbers → header text (columns the IC added).
    """

    sheet: str
    header_row: int
    columns: dict[str, int]
    extra: dict[int, str] = field(default_factory=dict)


def find_layout(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> Layout | None:
    """Locate the intimacy table among ``(title, rows)`` pairs (rows are value tuples).

    A sheet titled Intimacy/Intimité is preferred; otherwise the first sheet whose header row
    has both a scene and a status column. ``None`` when there is none.
    """
    titles = {normalize(t) for t in sheet_titles("intimacy")}
    ordered = sorted(sheets, key=lambda s: normalize(s[0]) not in titles)
    for title, rows in ordered:
        named = normalize(title) in titles
        for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
            columns: dict[str, int] = {}
            extra: dict[int, str] = {}
            for col, value in enumerate(row, start=1):
                key = header_key(value)
                if key and key not in columns:
                    columns[key] = col
                elif value not in (None, "") and str(value).strip():
                    extra[col] = str(value).strip()
            if "scene" in columns and ("status" in columns or (named and len(columns) >= 2)):
                return Layout(title, number, columns, extra)
    return None


def sheet_rows(ws: Any) -> list[tuple[object, ...]]:
    """All rows of an openpyxl worksheet as value tuples, row 1 first (row n at index n-1)."""
    return [tuple(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]


def read(data: bytes, opts: ReadOptions | None = None) -> tuple[dict[str, Review], list[Issue]]:
    """The IC's reviews by scene key, in row order, and what could not be read as typed.

    Raises ``InputError`` when the bytes are not a workbook or hold no intimacy table.
    A scene listed twice keeps its first row (an Issue names the other).
    """
    opts = opts or ReadOptions()
    name = opts.name
    open_zip(data, name, kind="Excel workbook")
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged parts
        raise InputError(f"cannot be read as an Excel workbook ({exc})", name) from None
    sheets = [(ws.title, sheet_rows(ws)) for ws in workbook.worksheets]
    layout = find_layout(sheets)
    if layout is None:
        raise InputError(
            "not a prodbridge breakdown workbook: no sheet with 'Scene' and 'Status' columns "
            "(choose another output, or restore the Intimacy sheet's headers)",
            name,
        )
    rows = dict(sheets)[layout.sheet]
    return rows_to_reviews(rows, layout, name)


def rows_to_reviews(
    rows: Sequence[Sequence[object]], layout: Layout, name: str = "<breakdown>"
) -> tuple[dict[str, Review], list[Issue]]:
    """The data rows below ``layout.header_row`` → reviews (see ``read``)."""
    issues: list[Issue] = []
    reviews: dict[str, Review] = {}
    first_row: dict[str, int] = {}
    for number, row in enumerate(rows[layout.header_row :], start=layout.header_row + 1):
        if all(_blank(v) for v in row):
            continue
        where = f"{layout.sheet} row {number}"
        raw_id = _cell(row, layout, "scene")
        key = scene_key(raw_id) if not _blank(raw_id) else ""
        if not key:
            issues.append(Issue("review-no-scene", name, where, "a row without a scene number is ignored"))
            continue
        if key in reviews:
            issues.append(
                Issue(
                    "review-duplicate-scene",
                    name,
                    where,
                    f"scene {_text(raw_id)} is already listed in row {first_row[key]}; "
                    "this row is not read",
                )
            )
            continue
        first_row[key] = number
        reviews[key] = _review(row, number, layout, name, where, issues)
    return reviews, issues


def _cell(row: Sequence[object], layout: Layout, key: str) -> object:
    col = layout.columns.get(key)
    return row[col - 1] if col and col <= len(row) else None


def _review(
    row: Sequence[object], row_number: int, layout: Layout, name: str, where: str, issues: list[Issue]
) -> Review:
    def cell(key: str) -> object:
        return _cell(row, layout, key)

    status_raw = cell("status")
    status = "proposed"
    if not _blank(status_raw):
        known = canonical("status", status_raw)
        if known is None:
            issues.append(
                Issue(
                    "review-status",
                    name,
                    where,
                    f"status {_text(status_raw)!r} is not proposed/confirmed/rejected "
                    "(or proposé/confirmé/rejeté); read as proposed",
                )
            )
        else:
            status = known
    rider = _word("rider", cell("rider_status"))
    closed = _word("yes_no", cell("closed_set"))
    rider_date = None
    date_raw = cell("rider_date")
    if not _blank(date_raw):
        rider_date = parse_date(date_raw)
        if rider_date is None:
            issues.append(
                Issue("review-date", name, where, f"rider date {_text(date_raw)!r} is not a date")
            )
    extra = {
        header: _text(row[col - 1])
        for col, header in layout.extra.items()
        if col <= len(row) and not _blank(row[col - 1])
    }
    return Review(
        scene_id=_text(cell("scene")),
        status=status,
        nudity=parse_nudity(cell("nudity")),
        rider_status=rider,
        rider_date=rider_date,
        garments=_text(cell("garments")),
        closed_set=closed,
        rehearsal=_text(cell("rehearsal")),
        notes=_text(cell("notes")),
        evidence_digest=_text(cell("digest")),
        extra=extra,
        heading=_text(cell("heading")),
        paragraph_id=_text(cell("ref")),
        row=row_number,
    )


_NUDITY_SPLIT = re.compile(r"[;\n]+")
_NUDITY_PAIR = re.compile(r"^\s*([^:=]+?)\s*[:=]\s*(.*?)\s*$")


def parse_nudity(value: object) -> dict[str, str]:
    """``"ANNA: none; Marc : partial"`` → ``{"ANNA": "none", "MARC": "partial"}``.

    Entries are split on ``;`` or line breaks; an entry without a name (``"none"``) is kept
    under ``""`` (the whole scene); names without a level are skipped.
    """
    if _blank(value):
        return {}
    out: dict[str, str] = {}
    for part in _NUDITY_SPLIT.split(_text(value)):
        if not part.strip():
            continue
        match = _NUDITY_PAIR.match(part)
        if match:
            who, level = match.group(1).strip().upper(), match.group(2).strip()
            if level:
                out[who] = level
        else:
            out.setdefault("", part.strip())
    return out


def format_nudity(levels: dict[str, str]) -> str:
    """The inverse of ``parse_nudity``: ``"ANNA: none; MARC: partial"``."""
    return "; ".join(f"{who}: {level}" if who else level for who, level in levels.items())


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_WORDS = re.compile(
    r"^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d]+)\.?,?\s+(\d{4})"
    r"|([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))$"
)


def parse_date(value: object) -> date | None:
    """A date as a person types it, or ``None``.

    Accepts real dates, Excel serial numbers, ``2026-03-02``, ``02/03/2026`` (day first, as in
    France and the UK; month first only when the day-first reading is impossible), ``2/3/26``,
    ``2 mars 2026`` and ``March 2, 2026``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # 1954-2119 as an Excel serial
            return date(1899, 12, 30) + timedelta(days=int(value))
        return None
    text = " ".join(str(value).split()).strip()
    try:
        if m := _ISO.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC.match(text):
            first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            year += 2000 if year < 100 else 0
            if second > 12 >= first:
                return date(year, first, second)
            return date(year, second, first)
        if m := _WORDS.match(text):
            if m.group(1):
                day, month_name, year = m.group(1), m.group(2), m.group(3)
            else:
                day, month_name, year = m.group(5), m.group(4), m.group(6)
            month = _month(month_name)
            return date(int(year), month, int(day)) if month else None
    except ValueError:
        return None
    return None


def _month(word: str) -> int | None:
    wanted = normalize(word)
    if len(wanted) < 3:
        return None
    months = labels()["text"]["months"]
    for names in (months["en"], months["fr"]):
        for number, name in enumerate(names, start=1):
            if normalize(name) == wanted or normalize(name).startswith(wanted):
                return number
    return None


def _word(section: str, value: object) -> str:
    """A typed value → the English word for it (``"Signé"`` → ``"signed"``), else as typed."""
    if _blank(value):
        return ""
    key = canonical(section, value)
    return labels()[section][key]["en"] if key else _text(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    """A cell value as the IC would read it: ``12.0`` → ``"12"``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
