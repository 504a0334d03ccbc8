"""Schedule spreadsheets (xlsx/xlsm, csv, xls/ods) → ``Schedule``: header, strips, shooting days.

Two steps, pandoc style: a format-specific loader turns bytes into a ``Grid`` (row → column →
value, plus merged ranges), then one mapper finds the header row (wherever it is, in English
or French, ``data/headers_*.toml``), classifies every row below it as a scene strip or a
banner, and assigns shooting days from, in this order: a Day/Jour column (merged cells and
blank cells under a value continue that day), "End of Day N" banners, "Day N" banners, or the
distinct dates of a Date column. Nothing is dropped silently: every oddity is an ``Issue``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from pathlib import PurePath
from typing import Any

from prodbridge.accents import strip_accents
from prodbridge.data import load
from prodbridge.errors import InputError, Issue
from prodbridge.files.safety import OLE_MAGIC, ZIP_MAGIC, open_zip
from prodbridge.model import Schedule, ScheduleRow, ShootDay, scene_key
from prodbridge.options import ReadOptions
from prodbridge.readers import csv_table

#: Rows scanned for the header (title blocks above it are common; 50 is generous).
HEADER_SCAN = 50
FIELDS = (
    "scene",
    "int_ext",
    "set",
    "time_of_day",
    "pages",
    "eighths",
    "cast",
    "day",
    "date",
    "call",
    "location",
    "description",
)
LANGS = ("en", "fr")

#: A scene number once normalised: 12, 12A, 14BIS, 12PT1, A12 (one prefix letter at most).
_VALID_SCENE = re.compile(r"^[A-Z]?\d{1,4}(?:[A-Z]{1,6}\d{0,2})?$")
_MULTI_SCENE = re.compile(r"\s*(?:[,;&+/]|\bet\b|\band\b)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(
    r"^\s*(?:(?:shoot(?:ing)?\s*)?day|jour(?:nee)?|j|d|jt)?\s*(?:#|n°|no\.?)?\s*(\d{1,3})"
    r"\s*(?:(?:/|of|sur)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)
_PAGES_IN_TEXT = re.compile(r"(\d+\s+[1-7]\s*/\s*8|[1-7]\s*/\s*8|\d+)\s*(?:pages?|pgs?\b|p\.)")
_TIME_TEXT = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.])\s*(\d{2})?\s*$")


@dataclass
class Grid:
    """One sheet's cells whatever the file format: ``cells[row][col]`` (1-based) and merges."""

    cells: dict[int, dict[int, Any]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    sheet: str | None = None
    date1904: bool = False
    delimiter: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Header:
    """Where the table starts: header row, field → column, the language its headers are in."""

    row: int
    columns: dict[str, int]
    lang: str
    texts: dict[int, str]


# --- format sniffing and loaders -----------------------------------------------------------------


def sniff(data: bytes, name: str) -> str:
    """The schedule format from content, checked against the extension: xlsx, xlsm, xls, ods, csv.

    Raises ``InputError`` for an empty file, an encrypted workbook, and content that
    contradicts the extension (an ``.xls`` or ``.ods`` saved under an ``.xlsx`` name).
    """
    suffix = PurePath(name).suffix.lower()
    if not data.strip():
        raise InputError("the file is empty", name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError("the workbook is password-protected (encrypted); save an unprotected copy", name)
        if suffix in ("", ".xls"):
            return "xls"
        raise InputError(
            f"this is an Excel 97-2003 (.xls) workbook, not {suffix or 'CSV'} content; give it its .xls name",
            name,
        )
    if data.startswith(ZIP_MAGIC):
        if suffix == ".ods":
            return "ods"
        if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in data[:200]:
            if suffix == "":
                return "ods"
            raise InputError(
                f"this is an OpenDocument spreadsheet (.ods), not {suffix} content; give it its .ods name",
                name,
            )
        if suffix == ".csv":
            raise InputError("this is a zip package (a workbook?), not a CSV file", name)
        return "xlsm" if suffix == ".xlsm" else "xlsx"
    if suffix in (".xlsx", ".xlsm", ".ods"):
        kind = "binary data of an unknown kind" if b"\x00" in data[:4096] else "plain text"
        raise InputError(f"not a {suffix} workbook: the content is {kind}", name)
    return "csv"


def load_grids(data: bytes, opts: ReadOptions | None = None) -> tuple[str, list[Grid], list[Issue]]:
    """Bytes → (format, candidate grids in order, issues). CSV gives one grid per delimiter tried."""
    opts = opts or ReadOptions()
    fmt = sniff(data, opts.name)
    if fmt in ("xlsx", "xlsm"):
        return _xlsx_grids(data, opts.name)
    if fmt in ("xls", "ods"):
        return fmt, _calamine_grids(data, opts.name), []
    return "csv", *_csv_grids(data, opts)


def _xlsx_grids(data: bytes, name: str) -> tuple[str, list[Grid], list[Issue]]:
    """Visible sheets first; the format is ``xlsm`` when the workbook holds macros."""
    from prodbridge.xlsx.package import CT_MACRO_MAIN, CT_MACRO_TEMPLATE_MAIN
    from prodbridge.xlsx.sheet import table_of
    from prodbridge.xlsx.workbook import Workbook

    book = Workbook.read(data, name)
    macro = book.package.content_type(book.part) in (CT_MACRO_MAIN, CT_MACRO_TEMPLATE_MAIN)
    grids = []
    for info in sorted(book.sheets(), key=lambda s: s.state != "visible"):
        sheet = book.worksheet(info)
        grids.append(Grid(table_of(sheet), sheet.merged_ranges(), info.name, book.date1904))
    return ("xlsm" if macro else "xlsx"), grids, []


def _calamine_grids(data: bytes, name: str) -> list[Grid]:
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError(".xls/.ods schedules need the python-calamine package", name) from None
    if data.startswith(ZIP_MAGIC):
        # .ods is a zip: the same bomb limits as every other package before calamine inflates it.
        open_zip(data, name, "OpenDocument spreadsheet")
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        grids = []
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            values = sheet.to_python(skip_empty_area=False)
            cells: dict[int, dict[int, Any]] = {}
            for r, row in enumerate(values, start=1):
                for c, value in enumerate(row, start=1):
                    if value is not None and value != "":
                        cells.setdefault(r, {})[c] = value
            merges = []
            for (r1, c1), (r2, c2) in getattr(sheet, "merged_cell_ranges", None) or ():
                merges.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
            grids.append(Grid(cells, merges, sheet_name))
        return grids
    except python_calamine.PasswordError:
        raise InputError("the workbook is password-protected; save an unprotected copy", name) from None
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise InputError(f"cannot be read as a spreadsheet ({exc})", name) from None


#: A CSV schedule of a whole series is well under 1 MB; past this it is not a schedule, and
#: trying four delimiters over it would cost seconds and gigabytes.
MAX_CSV_BYTES = 16 * 1024 * 1024


def _csv_grids(data: bytes, opts: ReadOptions) -> tuple[list[Grid], list[Issue]]:
    if len(data) > MAX_CSV_BYTES:
        raise InputError(
            f"the file is {len(data) // (1024 * 1024)} MB of text: too large for a schedule "
            f"(limit {MAX_CSV_BYTES // (1024 * 1024)} MB)",
            opts.name,
        )
    decoded = csv_table.decode(data, opts.name, opts.encoding)
    issues = []
    if decoded.encoding not in ("utf-8", "ascii"):
        issues.append(Issue("csv-encoding", opts.name, "", f"read as {decoded.encoding} (not UTF-8)"))
    try:
        forced = csv_table.delimiter_option(opts.delimiter)
    except ValueError as exc:
        raise InputError(str(exc), opts.name) from None
    grids = []
    for delimiter in (forced,) if forced else csv_table.CANDIDATES:
        records = csv_table.split(decoded.text, delimiter, opts.name)
        cells = {
            r: {c: v for c, v in enumerate(record, start=1) if v.strip()}
            for r, record in enumerate(records, start=1)
        }
        grids.append(
            Grid(
                {r: row for r, row in cells.items() if row},
                [],
                None,
                delimiter=delimiter,
                encoding=decoded.encoding,
            )
        )
    return grids, issues


# --- header detection ----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Accent-free, case-folded text (for banners and free-text answers)."""
    return strip_accents(text).casefold()


def header_key(text: str) -> str:
    """How header texts are compared: ``"Séq. #"`` → ``"seq#"``, ``"I/E"`` → ``"ie"``."""
    return re.sub(r"[^0-9a-z#°]", "", fold(str(text)))


@cache
def _vocabulary(lang: str) -> dict[str, Any]:
    return load(f"headers_{lang}")


@cache
def _synonyms(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, texts in _vocabulary(lang)["fields"].items():
        for text in texts:
            table.setdefault(header_key(text), name)
    return table


def find_header(grid: Grid, overrides: Mapping[str, str] | None = None) -> Header | None:
    """The best header row in the first ``HEADER_SCAN`` rows, or ``None``.

    A header needs a scene column and at least one other known field. ``overrides`` maps a
    field to the exact header text a project uses (``[schedule.columns]``); it wins over the
    synonyms. Ties go to the earliest row.
    """
    forced = {header_key(text): name for name, text in (overrides or {}).items()}
    best: Header | None = None
    best_score = 1
    for row in sorted(grid.cells)[:HEADER_SCAN]:
        texts = {c: str(v).strip() for c, v in grid.cells[row].items() if isinstance(v, str)}
        columns: dict[str, int] = {}
        votes = dict.fromkeys(LANGS, 0)
        for col in sorted(texts):
            key = header_key(texts[col])
            matches = {lang: _synonyms(lang).get(key) for lang in LANGS}
            for lang, name in matches.items():
                votes[lang] += name is not None
            name = forced.get(key) or next((n for n in matches.values() if n), None)
            if name and name not in columns:
                columns[name] = col
        if "scene" in columns and len(columns) > best_score:
            lang = max(LANGS, key=lambda code: votes[code])
            best, best_score = Header(row, columns, lang, texts), len(columns)
    return best


# --- values ---------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def scene_ids(value: Any) -> list[tuple[str, str]]:
    """A scene cell → [(id as written, scene key)]; ``"12, 13"`` gives two; ``[]`` if not a scene."""
    if value is None or isinstance(value, bool | datetime | date | time):
        return []
    if isinstance(value, int | float):
        if value != value or value < 0 or (isinstance(value, float) and not value.is_integer()):
            return []
        key = scene_key(float(value))
        return [(key, key)] if _VALID_SCENE.match(key) else []
    text = str(value).strip()
    parts = [p for p in _MULTI_SCENE.split(text) if p.strip()] or [text]
    found = []
    for part in parts:
        key = scene_key(part)
        if not _VALID_SCENE.match(key):
            return []
        found.append((part.strip(), key))
    return found


class DateReader:
    """Reads dates written as text; the numeric order (d/m or m/d) is settled per table."""

    _ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
    _NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])")
    _DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?\s+([a-z]+)\.?,?\s+(\d{4})")
    _MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")

    def __init__(self, lang: str, samples: Iterable[str] = ()) -> None:
        self.months: dict[str, int] = {}
        for code in (lang, *[x for x in LANGS if x != lang]):
            for word, number in _vocabulary(code)["dates"]["months"].items():
                self.months.setdefault(word, number)
        self.order = _vocabulary(lang)["dates"]["numeric_order"]
        for sample in samples:
            for a, b, _ in self._NUMERIC.findall(sample):
                if int(a) > 12:
                    self.order = "dmy"
                    break
                if int(b) > 12:
                    self.order = "mdy"
                    break

    def parse(self, text: str) -> date | None:
        """The first date written in ``text``, or ``None``."""
        text = fold(text)
        if match := self._ISO.search(text):
            return _date(*(int(x) for x in match.groups()))
        if match := self._NUMERIC.search(text):
            a, b, year = (int(x) for x in match.groups())
            year += 2000 if year < 100 else 0
            return _date(year, b, a) if self.order == "dmy" else _date(year, a, b)
        for match in self._DAY_MONTH.finditer(text):
            month = self.months.get(match.group(2))
            if month:
                return _date(int(match.group(3)), month, int(match.group(1)))
        for match in self._MONTH_DAY.finditer(text):
            month = self.months.get(match.group(1))
            if month:
                return _date(int(match.group(3)), month, int(match.group(2)))
        return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _as_date(value: Any, grid: Grid, dates: DateReader) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        from prodbridge.xlsx.cells import from_serial

        moment = from_serial(float(value), grid.date1904)
        return moment.date() if isinstance(moment, datetime) else None
    if isinstance(value, str):
        return dates.parse(value)
    return None


def _as_time(value: Any) -> time | None:
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, float) and 0 <= value < 1:
        from prodbridge.xlsx.cells import from_serial

        moment = from_serial(value)
        return moment if isinstance(moment, time) else None
    if isinstance(value, str) and (match := _TIME_TEXT.match(value)):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def _eighths(value: Any, as_eighths: bool) -> int | None:
    from prodbridge.analysis.length import parse_length

    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return round(value) if as_eighths else round(value * 8)
    if isinstance(value, datetime):
        # "4/8" typed into Excel becomes 8 April: undo it.
        return value.month if value.day == 8 and value.month < 8 else None
    text = re.sub(r"\s*(?:pages?|pgs?\.?|p\.)\s*$", "", str(value).strip(), flags=re.IGNORECASE)
    return parse_length(text.replace(",", "."))


def _cast(value: Any) -> tuple[str, ...]:
    text = _text(value)
    if not text:
        return ()
    parts = [p.strip() for p in re.split(r"[,;/\n]+", text) if p.strip()]
    if len(parts) == 1 and re.fullmatch(r"\d+(?:\s+\d+)+", parts[0]):
        parts = parts[0].split()
    return tuple(parts)


def _day_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 0 < value < 1000 else None
    match = _DAY_VALUE.match(fold(str(value)))
    return int(match.group(1)) if match else None


# --- banners ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Banner:
    """A non-strip row: ``kind`` end/start/boneyard/other, with what its text says."""

    row: int
    kind: str
    text: str
    day: int | None = None
    date: date | None = None
    eighths: int | None = None


@cache
def _banner_patterns(lang: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    found: dict[str, list[re.Pattern[str]]] = {"end_of_day": [], "start_of_day": [], "boneyard": []}
    for code in (lang, *[x for x in LANGS if x != lang]):
        for kind, patterns in _vocabulary(code)["banners"].items():
            found[kind].extend(re.compile(p, re.IGNORECASE) for p in patterns)
    return {kind: tuple(items) for kind, items in found.items()}


def classify_banner(row: int, text: str, lang: str, dates: DateReader) -> Banner:
    """What a non-strip row announces (day breaks in either language are recognised)."""
    folded = fold(text)
    patterns = _banner_patterns(lang)
    for kind, label in (("end_of_day", "end"), ("start_of_day", "start"), ("boneyard", "boneyard")):
        for pattern in patterns[kind]:
            match = pattern.search(folded)
            if match:
                day = match.groupdict().get("day")
                pages = _PAGES_IN_TEXT.search(folded[match.end() :])
                eighths = None
                if pages:
                    from prodbridge.analysis.length import parse_length

                    eighths = parse_length(re.sub(r"\s*/\s*", "/", pages.group(1)))
                return Banner(row, label, text, int(day) if day else None, dates.parse(text), eighths)
    return Banner(row, "other", text)


# --- the mapper ---------------------------------------------------------------------------------


@dataclass
class _Strip:
    row: int
    ids: list[tuple[str, str]]
    cells: dict[int, Any]
    day: int | None = None


def locate(
    data: bytes,
    opts: ReadOptions | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[str, Grid, Header, list[Issue]]:
    """Bytes → (format, the grid holding the schedule, its header, issues).

    ``opts.sheet`` picks a worksheet by name (default: the first sheet with a header row);
    for CSV the delimiter whose parse gives the richest header wins unless one is forced.
    Raises ``InputError`` when no header row is found.
    """
    opts = opts or ReadOptions()
    fmt, grids, issues = load_grids(data, opts)
    for name in columns or {}:
        if name not in FIELDS:
            issues.append(
                Issue(
                    "unknown-column-field",
                    opts.name,
                    "",
                    f"[schedule.columns] {name!r} is not a schedule field ({', '.join(FIELDS)})",
                )
            )
    if opts.sheet:
        grids = [g for g in grids if g.sheet == opts.sheet]
        if not grids:
            raise InputError(f"the workbook has no sheet named {opts.sheet!r}", opts.name)
    chosen: tuple[Grid, Header] | None = None
    for grid in grids:
        header = find_header(grid, columns)
        if header and (chosen is None or (fmt == "csv" and _better(header, chosen[1]))):
            chosen = (grid, header)
            if fmt != "csv":
                break
    if chosen is None:
        raise InputError(
            "no schedule header row found: looked for a scene column (Sc., Scene, Séq., ...) "
            f"next to another known column in the first {HEADER_SCAN} rows"
            + ("" if fmt != "csv" else "; try --delimiter or --encoding"),
            opts.name,
        )
    grid, header = chosen
    for name, text in (columns or {}).items():
        if name in FIELDS and header_key(text) not in {header_key(t) for t in header.texts.values()}:
            issues.append(
                Issue(
                    "column-not-found",
                    opts.name,
                    f"row {header.row}",
                    f"[schedule.columns] {name} = {text!r}: no such header; synonyms used instead",
                )
            )
    return fmt, grid, header, issues


def read(
    data: bytes,
    opts: ReadOptions | None = None,
    *,
    columns: Mapping[str, str] | None = None,
) -> tuple[Schedule, list[Issue]]:
    """Schedule bytes → (Schedule, issues).

    ``opts.sheet`` picks a worksheet by name (default: the first sheet with a header row);
    ``opts.encoding``/``opts.delimiter`` override CSV sniffing; ``columns`` maps field names
    (``scene``, ``day``, ``date``...) to a project's own header texts. Raises ``InputError``
    when no header row is found or the bytes are not a schedule at all.
    """
    opts = opts or ReadOptions()
    fmt, grid, header, issues = locate(data, opts, columns)
    return _map(grid, header, fmt, opts, issues), issues


def _better(new: Header, old: Header) -> bool:
    return len(new.columns) > len(old.columns)


def _map(grid: Grid, header: Header, fmt: str, opts: ReadOptions, issues: list[Issue]) -> Schedule:
    cols = header.columns
    lang = opts.lang if opts.lang in LANGS else header.lang
    where = f"sheet {grid.sheet!r}, " if grid.sheet else ""
    merged = _merge_lookup(grid, [cols[f] for f in ("day", "date", "call") if f in cols])
    samples = [str(v) for r in grid.cells for v in grid.cells[r].values() if isinstance(v, str)]
    dates = DateReader(lang, samples)
    header_texts = {header_key(t) for t in header.texts.values()}

    strips: list[_Strip] = []
    banners: list[Banner] = []
    events: list[_Strip | Banner] = []
    for row in sorted(r for r in grid.cells if r > header.row):
        cells = dict(grid.cells[row])
        for col in merged:
            if (row, col) in merged[col] and col not in cells:
                cells[col] = merged[col][(row, col)]
        values = [v for v in grid.cells[row].values() if _text(v)]
        lone = classify_banner(row, _text(values[0]), lang, dates) if len(values) == 1 else None
        ids = scene_ids(cells.get(cols["scene"])) if lone is None or lone.kind == "other" else []
        if ids:
            strip = _Strip(row, ids, cells)
            strips.append(strip)
            events.append(strip)
            continue
        texts = [_text(grid.cells[row][c]) for c in sorted(grid.cells[row])]
        text = " ".join(t for t in texts if t)
        if not text:
            continue
        if {header_key(t) for t in texts if t} <= header_texts:
            continue  # a repeated header row (page header of a long export)
        banner = lone if lone is not None else classify_banner(row, text, lang, dates)
        if banner.kind == "other":
            raw = _text(grid.cells[row].get(cols["scene"]))
            if raw and re.search(r"\d", raw) and not re.search(r"[a-z]{4,}", fold(raw)):
                issues.append(
                    Issue(
                        "schedule-row-skipped",
                        opts.name,
                        f"{where}row {row}",
                        f"{raw!r} is not a scene number; row skipped",
                    )
                )
        banners.append(banner)
        events.append(banner)

    day_dates: dict[int, date] = {}
    day_calls: dict[int, time] = {}
    if "day" in cols and any(_day_number(s.cells.get(cols["day"])) for s in strips):
        _days_from_column(strips, events, cols["day"], opts, where, issues)
        _banner_dates_by_number(banners, day_dates)
    elif any(b.kind == "end" for b in banners):
        _days_from_end_banners(events, day_dates, opts, where, issues)
    elif any(b.kind == "start" for b in banners):
        _days_from_start_banners(events, day_dates, opts, where, issues)
    elif "date" in cols and any(_as_date(s.cells.get(cols["date"]), grid, dates) for s in strips):
        _days_from_dates(strips, cols["date"], grid, dates)
    elif strips:
        issues.append(
            Issue(
                "no-shooting-days",
                opts.name,
                where.rstrip(", "),
                f"no Day/Jour or Date column and no day-break rows: all {len(strips)} strips are unscheduled",
            )
        )

    for strip in strips:
        if strip.day is None:
            continue
        if "date" in cols:
            found = _as_date(strip.cells.get(cols["date"]), grid, dates)
            if found:
                if strip.day in day_dates and day_dates[strip.day] != found:
                    issues.append(
                        Issue(
                            "day-date-conflict",
                            opts.name,
                            f"{where}row {strip.row}",
                            f"day {strip.day} is dated {day_dates[strip.day].isoformat()} "
                            f"elsewhere, {found.isoformat()} here; the first date is kept",
                        )
                    )
                else:
                    day_dates.setdefault(strip.day, found)
        if "call" in cols:
            call = _as_time(strip.cells.get(cols["call"]))
            if call:
                day_calls.setdefault(strip.day, call)

    rows = []
    length_col = cols.get("pages", cols.get("eighths"))
    for strip in strips:

        def get(name: str, cells: dict[int, Any] = strip.cells) -> str | None:
            return (_text(cells.get(cols[name])) or None) if name in cols else None

        eighths = _eighths(strip.cells.get(length_col), "pages" not in cols) if length_col else None
        for written, key in strip.ids:
            rows.append(
                ScheduleRow(
                    row=strip.row,
                    scene_id=written,
                    scene=key,
                    day=strip.day,
                    date=day_dates.get(strip.day) if strip.day else None,
                    int_ext=(get("int_ext") or "").upper() or None,
                    set=get("set"),
                    time_of_day=(get("time_of_day") or "").upper() or None,
                    eighths=eighths if len(strip.ids) == 1 else None,
                    cast=_cast(strip.cells.get(cols["cast"])) if "cast" in cols else (),
                    location=get("location"),
                    description=get("description"),
                )
            )
    _check_banner_pages(events, rows, opts, where, issues)
    if not rows:
        issues.append(
            Issue("no-scenes", opts.name, f"{where}row {header.row}", "no scene rows under the header")
        )
    days = []
    for number in sorted({r.day for r in rows if r.day is not None}):
        keys: list[str] = []
        for r in rows:
            if r.day == number and r.scene not in keys:
                keys.append(r.scene)
        when = day_dates.get(number)
        call = day_calls.get(number)
        days.append(
            ShootDay(number, when, tuple(keys), datetime.combine(when, call) if when and call else None)
        )
    return Schedule(
        format=fmt,
        rows=tuple(rows),
        days=tuple(days),
        sheet=grid.sheet,
        header_row=header.row,
        columns=dict(cols),
    )


def _merge_lookup(grid: Grid, columns: list[int]) -> dict[int, dict[tuple[int, int], Any]]:
    """For each column: cells covered by a merged range → the range's top-left value."""
    found: dict[int, dict[tuple[int, int], Any]] = {c: {} for c in columns}
    for r1, c1, r2, c2 in grid.merges:
        for col in columns:
            if c1 <= col <= c2:
                value = grid.cells.get(r1, {}).get(c1)
                if value is None:
                    continue
                for row in range(r1, r2 + 1):
                    found[col][(row, col)] = value
    return found


def _days_from_column(
    strips: list[_Strip],
    events: list[_Strip | Banner],
    col: int,
    opts: ReadOptions,
    where: str,
    issues: list[Issue],
) -> None:
    current: int | None = None
    for event in events:
        if isinstance(event, Banner):
            if event.kind == "boneyard":
                current = None
            continue
        value = event.cells.get(col)
        if value is None or _text(value) == "":
            event.day = current
            continue
        number = _day_number(value)
        if number is None:
            issues.append(
                Issue(
                    "day-unreadable",
                    opts.name,
                    f"{where}row {event.row}",
                    f"day {_text(value)!r} is not a day number; the strip is unscheduled",
                )
            )
        event.day = current = number


def _banner_dates_by_number(banners: list[Banner], day_dates: dict[int, date]) -> None:
    for banner in banners:
        if banner.kind in ("end", "start") and banner.day and banner.date:
            day_dates.setdefault(banner.day, banner.date)


def _days_from_end_banners(
    events: list[_Strip | Banner],
    day_dates: dict[int, date],
    opts: ReadOptions,
    where: str,
    issues: list[Issue],
) -> None:
    pending: list[_Strip] = []
    last = 0
    in_boneyard = False
    for event in events:
        if isinstance(event, _Strip):
            if not in_boneyard:
                pending.append(event)
            continue
        if event.kind == "boneyard":
            in_boneyard = True
            pending = []
        elif event.kind == "end":
            if in_boneyard:
                in_boneyard = False
                continue
            number = event.day or last + 1
            last = max(last, number)
            for strip in pending:
                strip.day = number
            if event.date:
                day_dates.setdefault(number, event.date)
            pending = []
    if pending:
        issues.append(
            Issue(
                "strips-after-last-day",
                opts.name,
                f"{where}row {pending[0].row}",
                f"{len(pending)} strip(s) after the last end-of-day row are not on any shooting day",
            )
        )


def _days_from_start_banners(
    events: list[_Strip | Banner],
    day_dates: dict[int, date],
    opts: ReadOptions,
    where: str,
    issues: list[Issue],
) -> None:
    current: int | None = None
    last = 0
    orphans: list[_Strip] = []
    for event in events:
        if isinstance(event, Banner):
            if event.kind == "boneyard":
                current = None
            elif event.kind == "start":
                current = event.day or last + 1
                last = max(last, current)
                if event.date:
                    day_dates.setdefault(current, event.date)
            continue
        event.day = current
        if current is None and last == 0:
            orphans.append(event)
    if orphans:
        issues.append(
            Issue(
                "strips-before-first-day",
                opts.name,
                f"{where}row {orphans[0].row}",
                f"{len(orphans)} strip(s) before the first day row are not on any shooting day",
            )
        )


def _days_from_dates(strips: list[_Strip], col: int, grid: Grid, dates: DateReader) -> None:
    found = {id(s): _as_date(s.cells.get(col), grid, dates) for s in strips}
    numbers = {d: n for n, d in enumerate(sorted({d for d in found.values() if d}), start=1)}
    for strip in strips:
        when = found[id(strip)]
        strip.day = numbers[when] if when else None


def _check_banner_pages(
    events: list[_Strip | Banner],
    rows: list[ScheduleRow],
    opts: ReadOptions,
    where: str,
    issues: list[Issue],
) -> None:
    """An end-of-day row that states a page count is checked against its strips."""
    by_row: dict[int, list[ScheduleRow]] = {}
    for r in rows:
        by_row.setdefault(r.row, []).append(r)
    total: int | None = 0
    for event in events:
        if isinstance(event, _Strip):
            for r in by_row.get(event.row, []):
                total = None if total is None or r.eighths is None else total + r.eighths
            continue
        if event.kind == "end" and event.eighths is not None and total and total != event.eighths:
            from prodbridge.analysis.length import format_eighths

            issues.append(
                Issue(
                    "day-pages-mismatch",
                    opts.name,
                    f"{where}row {event.row}",
                    f"the day-break row says {format_eighths(event.eighths)} pages; its strips "
                    f"add up to {format_eighths(total)}",
                )
            )
        if event.kind in ("end", "start", "boneyard"):
            total = 0
