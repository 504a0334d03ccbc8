"""The OOXML zip package: every part kept as raw bytes; only parts marked changed are rewritten.

python-docx's ``opc`` layer without its weak spot: a part is parsed only when asked for, and
re-serialised only when the caller changed it, so every other part leaves exactly as it came
(charts, drawings, comments, VBA, printer settings...). Relationships and content types are
read and extended here; nothing else knows about the zip.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.files.safety import open_zip, read_member

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"

REL_OFFICE_DOCUMENT = f"{NS_REL}/officeDocument"
REL_WORKSHEET = f"{NS_REL}/worksheet"
REL_SHARED_STRINGS = f"{NS_REL}/sharedStrings"
REL_STYLES = f"{NS_REL}/styles"
#: Strict OOXML uses a different namespace for the same relationship kinds.
_STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"

CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
CT_MACRO_TEMPLATE_MAIN = "application/vnd.ms-excel.template.macroEnabled.main+xml"
WORKBOOK_TYPES = frozenset({CT_SHEET_MAIN, CT_MACRO_MAIN, CT_TEMPLATE_MAIN, CT_MACRO_TEMPLATE_MAIN})

#: Largest XML part we agree to parse (a 100,000-row schedule sheet is ~40 MB).
MAX_XML_PART = 128 * 1024 * 1024

_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def xml_parser() -> etree.XMLParser:
    """The one parser for package XML: no DTD, no entities, no network, blank text kept."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def parse_xml(data: bytes, name: str, part: str) -> etree._Element:
    """Parse one part; a DOCTYPE or malformed XML is one clear ``InputError`` naming the part."""
    if len(data) > MAX_XML_PART:
        raise UnsafeInputError(f"refused: part {part!r} is larger than {MAX_XML_PART >> 20} MB", name)
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while match := _PROLOG_ITEM.match(data, pos):
        pos = match.end()
    if data[pos : pos + 64].lstrip()[:9].upper() == b"<!DOCTYPE":
        raise UnsafeInputError(f"refused: part {part!r} declares a DOCTYPE", name)
    try:
        return etree.fromstring(data, xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"part {part!r} is not well-formed XML ({exc})", name) from None


def serialize_xml(root: etree._Element, original: bytes | None) -> bytes:
    """The element as bytes, behind the original prolog (XML declaration, comments) verbatim."""
    prolog = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    if original is not None:
        pos = 3 if original.startswith(b"\xef\xbb\xbf") else 0
        while match := _PROLOG_ITEM.match(original, pos):
            pos = match.end()
        while pos < len(original) and original[pos : pos + 1].isspace():
            pos += 1
        prolog = original[:pos]
    return prolog + etree.tostring(root, encoding="UTF-8", xml_declaration=False)


@dataclass(frozen=True, slots=True)
class Relationship:
    """One ``<Relationship>``: ``target`` is resolved to a part name (no leading slash)."""

    id: str
    type: str
    target: str
    external: bool = False

    def is_type(self, rel: str) -> bool:
        """True for ``rel`` in transitional or strict namespace."""
        return self.type == rel or self.type == rel.replace(NS_REL, _STRICT_REL)


class Package:
    """A zip package held in memory: original entry order and metadata, raw part bytes.

    ``read_part`` returns bytes exactly as stored; ``xml`` parses on demand (cached);
    ``mark_changed`` queues a parsed part for re-serialisation at ``save``; ``write_part``
    replaces or adds raw bytes. Every other part is written back byte for byte.
    """

    def __init__(self, name: str, infos: list[zipfile.ZipInfo], parts: dict[str, bytes]) -> None:
        self.name = name
        self._infos = infos
        self._parts = parts
        self._by_lower = {part.lower(): part for part in parts}
        self._trees: dict[str, etree._Element] = {}
        self._changed: set[str] = set()

    # --- reading ------------------------------------------------------------------------------

    @classmethod
    def read(cls, data: bytes, name: str = "<xlsx>") -> Package:
        """Open workbook bytes; ``InputError`` for anything that is not an OOXML workbook."""
        archive = open_zip(data, name, kind="Excel workbook")
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "mimetype" in names:
            mimetype = read_member(archive, "mimetype", name)[:100].decode("ascii", "replace")
            if "opendocument" in mimetype:
                raise InputError(
                    "this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; "
                    "give it its .ods name",
                    name,
                )
        if "[Content_Types].xml" not in names:
            raise InputError("not an Excel workbook: the zip has no [Content_Types].xml", name)
        parts: dict[str, bytes] = {}
        kept: list[zipfile.ZipInfo] = []
        for info in infos:
            if info.is_dir():
                continue
            parts[info.filename] = read_member(archive, info.filename, name)
            kept.append(info)
        package = cls(name, kept, parts)
        main = package.main_part()
        if main is None or package.content_type(main) not in WORKBOOK_TYPES:
            kind = package.content_type(main) if main else "nothing"
            raise InputError(f"not an Excel workbook: the main part is {kind}", name)
        return package

    def __contains__(self, part: str) -> bool:
        return part.lower() in self._by_lower

    def part_names(self) -> list[str]:
        """Part names in zip order (new parts last)."""
        return list(self._parts)

    def read_part(self, part: str) -> bytes:
        """Raw bytes of ``part`` as stored (after pending XML edits are serialised)."""
        actual = self._actual(part)
        if actual in self._changed:
            return serialize_xml(self._trees[actual], self._parts[actual])
        return self._parts[actual]

    def xml(self, part: str) -> etree._Element:
        """The parsed root of ``part``; edit it in place, then call ``mark_changed(part)``."""
        actual = self._actual(part)
        if actual not in self._trees:
            self._trees[actual] = parse_xml(self._parts[actual], self.name, actual)
        return self._trees[actual]

    def mark_changed(self, part: str) -> None:
        """Re-serialise ``part`` from its parsed tree at ``save``."""
        actual = self._actual(part)
        if actual not in self._trees:
            raise KeyError(f"part {part!r} was never parsed")
        self._changed.add(actual)

    def write_part(self, part: str, data: bytes, content_type: str | None = None) -> None:
        """Replace or add a part as raw bytes; a new part gets a content-type override."""
        actual = self._by_lower.get(part.lower())
        if actual is None:
            actual = part
            self._by_lower[part.lower()] = part
            if content_type:
                self._add_override(part, content_type)
        self._parts[actual] = data
        self._trees.pop(actual, None)
        self._changed.discard(actual)

    def _actual(self, part: str) -> str:
        try:
            return self._by_lower[part.lower().lstrip("/")]
        except KeyError:
            raise InputError(f"the workbook has no part {part!r}", self.name) from None

    # --- relationships and content types -------------------------------------------------------

    @staticmethod
    def rels_name(part: str) -> str:
        """``xl/workbook.xml`` → ``xl/_rels/workbook.xml.rels``; ``""`` (package) → ``_rels/.rels``."""
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", f"{base}.rels")

    def rels(self, part: str) -> list[Relationship]:
        """Relationships of ``part`` (``""`` for the package), targets resolved to part names."""
        rels_part = self.rels_name(part)
        if rels_part not in self:
            return []
        folder = posixpath.dirname(part)
        found = []
        for rel in self.xml(rels_part):
            if not isinstance(rel.tag, str) or etree.QName(rel).localname != "Relationship":
                continue
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external:
                if target.startswith("/"):
                    target = target.lstrip("/")
                else:
                    target = posixpath.normpath(posixpath.join(folder, target))
            found.append(Relationship(rel.get("Id", ""), rel.get("Type", ""), target, external))
        return found

    def add_rel(self, part: str, rel_type: str, target_part: str) -> str:
        """Add a relationship from ``part`` to ``target_part``; returns its new ``rId``."""
        rels_part = self.rels_name(part)
        if rels_part in self:
            root = self.xml(rels_part)
        else:
            root = etree.Element(f"{{{NS_PKG_REL}}}Relationships", nsmap={None: NS_PKG_REL})
            self.write_part(rels_part, serialize_xml(root, None))
            root = self.xml(rels_part)
        used = {rel.get("Id") for rel in root}
        number = len(used) + 1
        while f"rId{number}" in used:
            number += 1
        new_id = f"rId{number}"
        target = posixpath.relpath(target_part, posixpath.dirname(part) or ".")
        element = etree.SubElement(root, f"{{{NS_PKG_REL}}}Relationship")
        element.set("Id", new_id)
        element.set("Type", rel_type)
        element.set("Target", target)
        indent_like_siblings(root, element)
        self.mark_changed(rels_part)
        return new_id

    def main_part(self) -> str | None:
        """The workbook part named by the package's officeDocument relationship."""
        for rel in self.rels(""):
            if rel.is_type(REL_OFFICE_DOCUMENT) and rel.target in self:
                return self._actual(rel.target)
        return None

    def content_type(self, part: str) -> str | None:
        """The declared content type of ``part`` (override first, then extension default)."""
        root = self.xml("[Content_Types].xml")
        wanted = "/" + part.lower().lstrip("/")
        extension = part.rsplit(".", 1)[-1].lower()
        default = None
        for item in root:
            if not isinstance(item.tag, str):
                continue
            kind = etree.QName(item).localname
            if kind == "Override" and item.get("PartName", "").lower() == wanted:
                return item.get("ContentType")
            if kind == "Default" and item.get("Extension", "").lower() == extension:
                default = item.get("ContentType")
        return default

    def _add_override(self, part: str, content_type: str) -> None:
        root = self.xml("[Content_Types].xml")
        element = etree.SubElement(root, f"{{{NS_CT}}}Override")
        element.set("PartName", "/" + part.lstrip("/"))
        element.set("ContentType", content_type)
        indent_like_siblings(root, element)
        self.mark_changed("[Content_Types].xml")

    # --- writing ------------------------------------------------------------------------------

    def save(self) -> bytes:
        """The package as zip bytes: original entry order and timestamps, untouched parts verbatim.

        New parts get a fixed 1980-01-01 timestamp, so two runs on the same input are identical.
        """
        buffer = io.BytesIO()
        written = set()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in self._infos:
                written.add(info.filename)
                archive.writestr(_fresh_info(info), self.read_part(info.filename))
            for part in self._parts:
                if part not in written:
                    info = zipfile.ZipInfo(part, date_time=_FIXED_TIME)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o600 << 16
                    archive.writestr(info, self.read_part(part))
        return buffer.getvalue()


def _fresh_info(old: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A clean ZipInfo with the old name, time, compression and attributes (no stale extras)."""
    info = zipfile.ZipInfo(old.filename, date_time=old.date_time)
    info.compress_type = (
        old.compress_type
        if old.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        else zipfile.ZIP_DEFLATED
    )
    info.external_attr = old.external_attr
    info.create_system = old.create_system
    info.comment = old.comment
    return info


def indent_like_siblings(parent: etree._Element, element: etree._Element) -> None:
    """Give an appended child the whitespace its previous sibling has (pretty-printed parts)."""
    previous = element.getprevious()
    if previous is None:
        return
    before = previous.getprevious()
    gap = before.tail if before is not None else parent.text
    if gap and not gap.strip():
        element.tail = previous.tail
        previous.tail = gap
