"""One worksheet part: read cell values, write text cells; text never becomes a formula.

Cells are written as inline strings (``t="inlineStr"``), so ``sharedStrings.xml`` stays as it
is and a value such as ``=HYPERLINK(...)`` or ``+44 7700`` is stored as text, never as a
formula. Rows and cells are inserted in the order the schema requires; everything else in
the part (formulas, merged cells, conditional formats, data validations, drawings) is left
in the tree as it came.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

from lxml import etree

from prodbridge.xlsx.cells import column_letter, column_number, from_serial, parse_range, parse_ref, ref
from prodbridge.xlsx.styles import Styles

#: Child order of <worksheet> (ECMA-376 Part 1 §18.3.1.99).
WORKSHEET_ORDER = (
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)

_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Value = str | float | bool | datetime | time | None


def unescape_text(text: str) -> str:
    """Undo OOXML's ``_xHHHH_`` escapes (how control characters are stored)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def escape_text(text: str) -> str:
    """Store control characters (illegal in XML) and literal ``_xHHHH_`` the way Excel does."""
    return _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def rich_text(element: etree._Element, ns: str) -> str:
    """Text of an ``<si>`` or ``<is>``: its ``<t>`` or its runs' ``<t>``, phonetic runs left out."""
    parts = []
    t, r = f"{{{ns}}}t", f"{{{ns}}}r"
    for child in element:
        if child.tag == t:
            parts.append(child.text or "")
        elif child.tag == r:
            text = child.find(t)
            if text is not None:
                parts.append(text.text or "")
    return unescape_text("".join(parts))


def read_shared_strings(root: etree._Element | None) -> list[str]:
    """All strings of ``sharedStrings.xml`` in index order (``[]`` when the part is absent)."""
    if root is None:
        return []
    ns = etree.QName(root).namespace
    return [rich_text(si, ns) for si in root.iter(f"{{{ns}}}si")]


def _column_of(address: str) -> int:
    """The column of a cell reference (``B5`` → 2), as ``parse_ref`` gives it.

    Plain ``B5`` (what every writer stores) skips the regular expression: it is read for every
    cell of a sheet.
    """
    letters = address.rstrip("0123456789")
    plain = letters.isascii() and letters.isalpha() and letters.isupper()
    if plain and len(letters) <= 3 and len(letters) < len(address):
        return column_number(letters)
    return parse_ref(address)[1]


class Worksheet:
    """A proxy over one parsed worksheet root; reads decode values, writes edit the tree."""

    def __init__(
        self,
        root: etree._Element,
        strings: list[str],
        styles: Styles,
        date1904: bool = False,
    ) -> None:
        self.root = root
        self.ns = etree.QName(root).namespace or ""
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        self.changed = False
        self._rows: dict[int, etree._Element] | None = None
        self._refs_done = False
        self._row_cells: dict[int, dict[int, etree._Element]] = {}
        # Qualified names of the tags read for every cell, built once, not per cell.
        self._c, self._v, self._is = self._q("c"), self._q("v"), self._q("is")

    def _q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name

    @property
    def sheet_data(self) -> etree._Element:
        data = self.root.find(self._q("sheetData"))
        if data is None:
            data = etree.Element(self._q("sheetData"))
            self.insert_child(data)
        return data

    # --- reading ------------------------------------------------------------------------------

    def _row_index(self) -> dict[int, etree._Element]:
        """Row number → <row>, giving rows and cells without ``r`` their implied numbers."""
        if self._rows is None:
            self._rows = {}
            number = 0
            for row in self.sheet_data.iterchildren(self._q("row")):
                number = int(row.get("r") or number + 1)
                self._rows[number] = row
        return self._rows

    def _cells(self, row_number: int, row: etree._Element) -> Iterator[tuple[int, etree._Element]]:
        col = 0
        for cell in row.iterchildren(self._c):
            address = cell.get("r")
            col = _column_of(address) if address else col + 1
            yield col, cell

    def iter_cells(self) -> Iterator[tuple[int, int, Value, int | None]]:
        """Every cell with a value, row by row: (row, col, value, style index)."""
        for row_number, row in self._row_index().items():
            for col, cell in self._cells(row_number, row):
                value = self.value(cell)
                if value is None or value == "":
                    continue
                style = cell.get("s")
                yield row_number, col, value, int(style) if style else None

    def value(self, cell: etree._Element) -> Value:
        """Decoded value of a ``<c>``: text, number, bool, date/time (date styles), or ``None``."""
        kind = cell.get("t", "n")
        # The children are looked at directly: ``find`` goes through lxml's path machinery,
        # most of the cost of reading a sheet's cells.
        if kind == "inlineStr":
            inline = next((c for c in cell if c.tag == self._is), None)
            return rich_text(inline, self.ns) if inline is not None else None
        raw = next(((c.text or "") for c in cell if c.tag == self._v), None)
        if raw is None:
            return None
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                return None
        if kind in ("str", "e"):
            return unescape_text(raw)
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(raw.strip().rstrip("Z"))
            except ValueError:
                return raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        style = cell.get("s")
        if style and self.styles.is_date(int(style)):
            try:
                return from_serial(number, self.date1904)
            except (OverflowError, ValueError):
                return number
        return number

    def merged_ranges(self) -> list[tuple[int, int, int, int]]:
        """Merged areas as (first row, first col, last row, last col)."""
        found = []
        merges = self.root.find(self._q("mergeCells"))
        if merges is not None:
            for merge in merges.iterchildren(self._q("mergeCell")):
                try:
                    found.append(parse_range(merge.get("ref", "")))
                except ValueError:
                    continue
        return found

    def max_column(self) -> int:
        """The last column holding a value anywhere on the sheet (0 for an empty sheet)."""
        return max((col for _, col, _, _ in self.iter_cells()), default=0)

    def _cells_of(self, row: int) -> dict[int, etree._Element]:
        """Column → ``<c>`` for one row (cached; kept up to date by the writers below)."""
        found = self._row_cells.get(row)
        if found is None:
            row_element = self._row_index().get(row)
            found = dict(self._cells(row, row_element)) if row_element is not None else {}
            self._row_cells[row] = found
        return found

    def cell(self, row: int, col: int) -> etree._Element | None:
        """The ``<c>`` at (row, col), or ``None``."""
        return self._cells_of(row).get(col)

    def style_of(self, row: int, col: int) -> int | None:
        """The style index of (row, col), ``None`` when the cell is absent or unstyled."""
        cell = self.cell(row, col)
        style = cell.get("s") if cell is not None else None
        return int(style) if style else None

    # --- writing ------------------------------------------------------------------------------

    def _row(self, number: int) -> etree._Element:
        rows = self._row_index()
        if not self._refs_done:
            for implied, element in rows.items():
                if element.get("r") is None:
                    element.set("r", str(implied))
            self._refs_done = True
        if number in rows:
            return rows[number]
        row = etree.Element(self._q("row"))
        row.set("r", str(number))
        following = [n for n in rows if n > number]
        if following:
            rows[min(following)].addprevious(row)
        else:
            self.sheet_data.append(row)
        rows[number] = row
        self._rows = dict(sorted(rows.items()))
        return row

    def _cell(self, row_number: int, col: int) -> etree._Element:
        row = self._row(row_number)
        cells = self._cells_of(row_number)
        existing = cells.get(col)
        if existing is not None:
            return existing
        for number, cell in cells.items():
            if cell.get("r") is None:
                cell.set("r", ref(row_number, number))
        new = etree.Element(self._q("c"))
        new.set("r", ref(row_number, col))
        following = [n for n in cells if n > col]
        if following:
            cells[min(following)].addprevious(new)
        else:
            row.append(new)
            self._widen_spans(row, col)
        cells[col] = new
        self._row_cells[row_number] = dict(sorted(cells.items()))
        return new

    @staticmethod
    def _widen_spans(row: etree._Element, col: int) -> None:
        spans = row.get("spans")
        if not spans:
            return
        try:
            first, last = (int(x) for x in spans.split()[-1].split(":"))
        except ValueError:
            row.attrib.pop("spans")
            return
        if col > last:
            head = spans.split()[:-1]
            row.set("spans", " ".join([*head, f"{first}:{col}"]))

    def _reset(self, cell: etree._Element, style: int | None) -> None:
        for child in list(cell):
            cell.remove(child)
        for attribute in ("t", "cm", "vm", "ph"):
            cell.attrib.pop(attribute, None)
        if style is not None:
            cell.set("s", str(style))
        self.changed = True

    def set_text(self, row: int, col: int, text: str, style: int | None = None) -> None:
        """Write ``text`` as an inline string (never a formula); ``style`` ``None`` keeps the cell's."""
        cell = self._cell(row, col)
        self._reset(cell, style)
        cell.set("t", "inlineStr")
        t = etree.SubElement(etree.SubElement(cell, self._q("is")), self._q("t"))
        t.text = escape_text(text)
        if text != text.strip() or "\n" in text:
            t.set(XML_SPACE, "preserve")

    def set_number(self, row: int, col: int, number: float, style: int | None = None) -> None:
        """Write a number; ``style`` ``None`` keeps the cell's."""
        cell = self._cell(row, col)
        self._reset(cell, style)
        value = etree.SubElement(cell, self._q("v"))
        value.text = repr(number) if isinstance(number, float) else str(number)

    def clear(self, row: int, col: int) -> None:
        """Empty (row, col): a styled cell keeps its style, an unstyled one disappears."""
        cell = self.cell(row, col)
        if cell is None:
            return
        if cell.get("s") in (None, "0"):
            cell.getparent().remove(cell)
            self._cells_of(row).pop(col, None)
            self.changed = True
        elif len(cell) or cell.get("t"):
            self._reset(cell, None)

    # --- sheet-level structure ----------------------------------------------------------------

    def insert_child(self, element: etree._Element) -> None:
        """Insert a top-level element where the schema wants it (after its own kind)."""
        name = etree.QName(element).localname
        position = WORKSHEET_ORDER.index(name)
        later = {self._q(n) for n in WORKSHEET_ORDER[position + 1 :]}
        for child in self.root:
            if child.tag in later:
                child.addprevious(element)
                break
        else:
            self.root.append(element)
        self.changed = True

    def set_column_width(self, col: int, width: float) -> None:
        """Give column ``col`` a width unless a ``<col>`` range already covers it."""
        cols = self.root.find(self._q("cols"))
        if cols is None:
            cols = etree.Element(self._q("cols"))
            self.insert_child(cols)
        entries = cols.findall(self._q("col"))
        for entry in entries:
            if int(entry.get("min", "0")) <= col <= int(entry.get("max", "0")):
                return
        new = etree.Element(self._q("col"))
        new.set("min", str(col))
        new.set("max", str(col))
        new.set("width", f"{width:g}")
        new.set("customWidth", "1")
        following = [e for e in entries if int(e.get("min", "0")) > col]
        if following:
            following[0].addprevious(new)
        else:
            cols.append(new)
        self.changed = True

    def extend_dimension(self, last_row: int, last_col: int) -> None:
        """Grow ``<dimension ref>`` to cover (last_row, last_col); nothing if it already does."""
        dimension = self.root.find(self._q("dimension"))
        if dimension is None:
            return
        try:
            r1, c1, r2, c2 = parse_range(dimension.get("ref", "A1"))
        except ValueError:
            return
        if last_row <= r2 and last_col <= c2:
            return
        r2, c2 = max(r2, last_row), max(c2, last_col)
        dimension.set("ref", f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}")
        self.changed = True

    def conditional_formats(self) -> list[etree._Element]:
        """The sheet's ``<conditionalFormatting>`` elements (not the x14 ones in ``extLst``)."""
        return self.root.findall(self._q("conditionalFormatting"))

    def max_cf_priority(self) -> int:
        """Highest ``priority`` in use by any rule, x14 extensions included."""
        best = 0
        for rule in self.root.iter("{*}cfRule"):
            try:
                best = max(best, int(rule.get("priority", "0")))
            except ValueError:
                continue
        return best


def table_of(sheet: Worksheet) -> dict[int, dict[int, Any]]:
    """Row → column → value for every non-empty cell."""
    table: dict[int, dict[int, Any]] = {}
    for row, col, value, _ in sheet.iter_cells():
        table.setdefault(row, {})[col] = value
    return table
