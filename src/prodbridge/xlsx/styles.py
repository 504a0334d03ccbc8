"""styles.xml: which cell styles show dates, and the few styles prodbridge appends (reused on re-runs)."""

from __future__ import annotations

import copy

from lxml import etree

from prodbridge.xlsx.cells import BUILTIN_DATE_FORMATS, is_date_format

#: Child order of <styleSheet> (ECMA-376 Part 1 §18.8.39), to insert a missing container.
_ORDER = (
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
)


class Styles:
    """A thin wrapper over the parsed ``styles.xml`` root (``None`` when the part is absent).

    Reading never changes the tree. ``add_*`` methods return an existing identical entry when
    one is there, so running twice adds nothing the second time; ``changed`` tells the caller
    to mark the part for saving.
    """

    def __init__(self, root: etree._Element | None) -> None:
        self.root = root
        self.changed = False
        self._date_xfs = self._find_date_xfs()

    def _ns(self, name: str) -> str:
        assert self.root is not None
        return f"{{{etree.QName(self.root).namespace}}}{name}"

    def _child(self, name: str) -> etree._Element | None:
        if self.root is None:
            return None
        return self.root.find(self._ns(name))

    def _find_date_xfs(self) -> frozenset[int]:
        if self.root is None:
            return frozenset()
        custom = {}
        numfmts = self._child("numFmts")
        if numfmts is not None:
            for fmt in numfmts.iter(self._ns("numFmt")):
                try:
                    custom[int(fmt.get("numFmtId", "-1"))] = fmt.get("formatCode", "")
                except ValueError:
                    continue
        xfs = self._child("cellXfs")
        dates = set()
        if xfs is not None:
            for index, xf in enumerate(xfs.findall(self._ns("xf"))):
                try:
                    fmt_id = int(xf.get("numFmtId", "0"))
                except ValueError:
                    continue
                if fmt_id in custom:
                    if is_date_format(custom[fmt_id]):
                        dates.add(index)
                elif fmt_id in BUILTIN_DATE_FORMATS:
                    dates.add(index)
        return frozenset(dates)

    def is_date(self, style: int | None) -> bool:
        """True when cell style ``style`` (the ``s`` attribute) displays a date or time."""
        return style is not None and style in self._date_xfs

    # --- additions ----------------------------------------------------------------------------

    def _container(self, name: str) -> etree._Element:
        assert self.root is not None
        found = self._child(name)
        if found is not None:
            return found
        element = etree.Element(self._ns(name))
        element.set("count", "0")
        position = _ORDER.index(name)
        for later in _ORDER[position + 1 :]:
            anchor = self._child(later)
            if anchor is not None:
                anchor.addprevious(element)
                break
        else:
            self.root.append(element)
        return element

    def _append(self, container: etree._Element, element: etree._Element) -> int:
        container.append(element)
        count = len(container.findall(element.tag))
        container.set("count", str(count))
        self.changed = True
        return count - 1

    def fill_dxf(self, rgb: str) -> int:
        """Index of a differential style that only sets a solid ``rgb`` fill (ARGB hex)."""
        dxfs = self._child("dxfs")
        if dxfs is not None:
            for index, dxf in enumerate(dxfs.findall(self._ns("dxf"))):
                children = [c for c in dxf if isinstance(c.tag, str)]
                if len(children) != 1 or children[0].tag != self._ns("fill"):
                    continue
                colour = children[0].find(f"{self._ns('patternFill')}/{self._ns('bgColor')}")
                if colour is not None and (colour.get("rgb") or "").upper() == rgb.upper():
                    return index
        dxf = etree.Element(self._ns("dxf"))
        pattern = etree.SubElement(etree.SubElement(dxf, self._ns("fill")), self._ns("patternFill"))
        pattern.set("patternType", "solid")
        etree.SubElement(pattern, self._ns("fgColor")).set("rgb", rgb.upper())
        etree.SubElement(pattern, self._ns("bgColor")).set("rgb", rgb.upper())
        return self._append(self._container("dxfs"), dxf)

    def bold_style(self) -> int:
        """Index of a cell style like the default one with a bold font (for our sheet's headings)."""
        fonts = self._container("fonts")
        font_list = fonts.findall(self._ns("font"))
        bold_font = None
        base = font_list[0] if font_list else None
        for index, font in enumerate(font_list):
            if font.find(self._ns("b")) is not None and _same_except_bold(font, base):
                bold_font = index
                break
        xfs = self._container("cellXfs")
        if bold_font is not None:
            for index, xf in enumerate(xfs.findall(self._ns("xf"))):
                if (
                    xf.get("fontId") == str(bold_font)
                    and xf.get("numFmtId", "0") == "0"
                    and xf.get("fillId", "0") == "0"
                    and xf.get("borderId", "0") == "0"
                    and len(xf) == 0
                ):
                    return index
        if bold_font is None:
            font = copy.deepcopy(base) if base is not None else etree.Element(self._ns("font"))
            font.tail = None
            font.insert(0, etree.Element(self._ns("b")))
            bold_font = self._append(fonts, font)
        xf = etree.Element(self._ns("xf"))
        for key, value in (
            ("numFmtId", "0"),
            ("fontId", str(bold_font)),
            ("fillId", "0"),
            ("borderId", "0"),
            ("xfId", "0"),
            ("applyFont", "1"),
        ):
            xf.set(key, value)
        return self._append(xfs, xf)


def _same_except_bold(font: etree._Element, base: etree._Element | None) -> bool:
    if base is None:
        return True
    strip = [c for c in font if isinstance(c.tag, str) and etree.QName(c).localname != "b"]
    plain = [c for c in base if isinstance(c.tag, str) and etree.QName(c).localname != "b"]
    return [etree.tostring(c, with_tail=False) for c in strip] == [
        etree.tostring(c, with_tail=False) for c in plain
    ]
