"""workbook.xml: the sheet list, the date system, shared strings, styles, adding a sheet."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from lxml import etree

from prodbridge.errors import InputError
from prodbridge.xlsx.package import (
    CT_WORKSHEET,
    NS_REL,
    REL_SHARED_STRINGS,
    REL_STYLES,
    REL_WORKSHEET,
    Package,
    indent_like_siblings,
)
from prodbridge.xlsx.sheet import Worksheet, read_shared_strings
from prodbridge.xlsx.styles import Styles

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A worksheet as listed in workbook.xml. ``part`` is its zip part name."""

    name: str
    sheet_id: int
    rel_id: str
    part: str
    state: str = "visible"


class Workbook:
    """Workbook-level view over a ``Package``; worksheets come back as ``Worksheet`` proxies."""

    def __init__(self, package: Package) -> None:
        self.package = package
        main = package.main_part()
        assert main is not None  # Package.read checked it
        self.part = main
        self.root = package.xml(main)
        self.ns = etree.QName(self.root).namespace or ""
        self._strings: list[str] | None = None
        self._styles: Styles | None = None

    @classmethod
    def read(cls, data: bytes, name: str = "<xlsx>") -> Workbook:
        return cls(Package.read(data, name))

    def _q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"

    @property
    def date1904(self) -> bool:
        """True for the 1904 date system (old Mac Excel workbooks)."""
        pr = self.root.find(self._q("workbookPr"))
        return pr is not None and pr.get("date1904", "0").lower() in ("1", "true")

    def sheets(self) -> list[SheetInfo]:
        """Worksheets in tab order (chart sheets and dialog sheets left out)."""
        targets = {
            rel.id: rel.target
            for rel in self.package.rels(self.part)
            if rel.is_type(REL_WORKSHEET) and not rel.external
        }
        found = []
        sheets = self.root.find(self._q("sheets"))
        for sheet in sheets.iterchildren(self._q("sheet")) if sheets is not None else ():
            rel_id = sheet.get(f"{{{NS_REL}}}id") or sheet.get(
                "{http://purl.oclc.org/ooxml/officeDocument/relationships}id", ""
            )
            if rel_id in targets and targets[rel_id] in self.package:
                found.append(
                    SheetInfo(
                        sheet.get("name", ""),
                        int(sheet.get("sheetId", "0")),
                        rel_id,
                        targets[rel_id],
                        sheet.get("state", "visible"),
                    )
                )
        return found

    def _related(self, rel_type: str) -> str | None:
        for rel in self.package.rels(self.part):
            if rel.is_type(rel_type) and not rel.external and rel.target in self.package:
                return rel.target
        return None

    @property
    def strings(self) -> list[str]:
        """The shared string table (read once)."""
        if self._strings is None:
            part = self._related(REL_SHARED_STRINGS)
            self._strings = read_shared_strings(self.package.xml(part) if part else None)
        return self._strings

    @property
    def styles(self) -> Styles:
        """The styles wrapper; ``Styles.root`` is ``None`` when the workbook has no styles part."""
        if self._styles is None:
            part = self._related(REL_STYLES)
            self._styles = Styles(self.package.xml(part) if part else None)
        return self._styles

    @property
    def styles_part(self) -> str | None:
        return self._related(REL_STYLES)

    def worksheet(self, info: SheetInfo) -> Worksheet:
        """A proxy over ``info``'s part; call ``commit`` to keep its edits."""
        return Worksheet(self.package.xml(info.part), self.strings, self.styles, self.date1904)

    def commit(self, info: SheetInfo, sheet: Worksheet) -> None:
        """Queue a worksheet (and styles, if they changed) for saving."""
        if sheet.changed:
            self.package.mark_changed(info.part)
        part = self.styles_part
        if part and self.styles.changed:
            self.package.mark_changed(part)

    def add_sheet(self, name: str, xml: bytes) -> SheetInfo:
        """Append a worksheet tab at the end (defined names keep their sheet indexes)."""
        name = valid_sheet_name(name)
        if any(s.name.lower() == name.lower() for s in self.sheets()):
            raise ValueError(f"a sheet named {name!r} already exists")
        folder = posixpath.join(posixpath.dirname(self.part), "worksheets")
        number = 1
        while posixpath.join(folder, f"sheet{number}.xml") in self.package:
            number += 1
        part = posixpath.join(folder, f"sheet{number}.xml")
        self.package.write_part(part, xml, CT_WORKSHEET)
        rel_id = self.package.add_rel(self.part, REL_WORKSHEET, part)
        sheets = self.root.find(self._q("sheets"))
        if sheets is None:
            raise InputError("the workbook lists no sheets", self.package.name)
        used = [int(s.get("sheetId", "0")) for s in sheets.iterchildren(self._q("sheet"))]
        sheet_id = max(used, default=0) + 1
        element = etree.SubElement(sheets, self._q("sheet"))
        element.set("name", name)
        element.set("sheetId", str(sheet_id))
        element.set(f"{{{NS_REL}}}id", rel_id)
        indent_like_siblings(sheets, element)
        self.package.mark_changed(self.part)
        return SheetInfo(name, sheet_id, rel_id, part)

    def replace_sheet(self, info: SheetInfo, xml: bytes) -> None:
        """Replace a worksheet part wholesale (a sheet prodbridge wrote on an earlier run)."""
        self.package.write_part(info.part, xml)

    def save(self) -> bytes:
        return self.package.save()


def valid_sheet_name(name: str) -> str:
    """Excel's sheet-name rules: no ``[]:*?/\\``, not blank, at most 31 characters."""
    cleaned = _BAD_SHEET_CHARS.sub(" ", name).strip().strip("'")[:31]
    return cleaned or "Sheet"
