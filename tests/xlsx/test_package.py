"""The zip package: parts kept as raw bytes, only changed parts rewritten, bad input refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.xlsx.package import REL_WORKSHEET, Package
from tests.conftest import FIXTURES

RICH = FIXTURES / "schedules" / "rich-xlsxwriter.xlsx"


def parts(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def test_saving_an_unchanged_package_keeps_every_part_and_the_entry_order():
    data = RICH.read_bytes()
    saved = Package.read(data, "rich.xlsx").save()
    assert parts(saved) == parts(data)
    assert zipfile.ZipFile(io.BytesIO(saved)).namelist() == zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_parsing_a_part_without_marking_it_changed_keeps_its_bytes():
    data = RICH.read_bytes()
    package = Package.read(data, "rich.xlsx")
    package.xml("xl/worksheets/sheet1.xml").set("changedButNotMarked", "1")
    assert parts(package.save()) == parts(data)


def test_only_the_part_marked_changed_is_reserialised_behind_its_original_prolog():
    data = RICH.read_bytes()
    package = Package.read(data, "rich.xlsx")
    root = package.xml("xl/workbook.xml")
    root.set("probe", "1")
    package.mark_changed("xl/workbook.xml")
    before, after = parts(data), parts(package.save())
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"xl/workbook.xml"}
    prolog = before["xl/workbook.xml"][: before["xl/workbook.xml"].index(b"<workbook")]
    assert prolog.startswith(b"<?xml")
    assert after["xl/workbook.xml"].startswith(prolog + b"<workbook ")
    assert b'probe="1"' in after["xl/workbook.xml"]


def test_relationship_targets_resolve_to_part_names():
    package = Package.read(RICH.read_bytes(), "rich.xlsx")
    sheets = [r.target for r in package.rels("xl/workbook.xml") if r.is_type(REL_WORKSHEET)]
    assert sheets == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
    drawing = [r.target for r in package.rels("xl/worksheets/sheet1.xml") if r.type.endswith("/drawing")]
    assert drawing == ["xl/drawings/drawing1.xml"]


def test_a_new_relationship_gets_the_next_free_id_and_a_relative_target():
    package = Package.read(RICH.read_bytes(), "rich.xlsx")
    existing = {r.id for r in package.rels("xl/workbook.xml")}
    new_id = package.add_rel("xl/workbook.xml", REL_WORKSHEET, "xl/worksheets/sheet9.xml")
    assert new_id not in existing
    rel = next(r for r in package.rels("xl/workbook.xml") if r.id == new_id)
    assert rel.target == "xl/worksheets/sheet9.xml"
    assert b'Target="worksheets/sheet9.xml"' in package.read_part("xl/_rels/workbook.xml.rels")


def test_a_new_part_gets_a_content_type_override():
    package = Package.read(RICH.read_bytes(), "rich.xlsx")
    package.write_part("xl/worksheets/sheet9.xml", b"<worksheet/>", "application/x-test+xml")
    assert package.content_type("xl/worksheets/sheet9.xml") == "application/x-test+xml"
    saved = parts(package.save())
    assert saved["xl/worksheets/sheet9.xml"] == b"<worksheet/>"
    assert b'PartName="/xl/worksheets/sheet9.xml"' in saved["[Content_Types].xml"]


def test_part_names_are_found_whatever_their_case():
    package = Package.read(RICH.read_bytes(), "rich.xlsx")
    assert "XL/Workbook.xml" in package
    assert package.read_part("XL/Workbook.xml") == package.read_part("xl/workbook.xml")


def test_an_empty_file_is_refused():
    with pytest.raises(InputError, match="empty"):
        Package.read(b"", "plan.xlsx")


def test_a_truncated_workbook_is_refused_as_damaged():
    data = RICH.read_bytes()
    with pytest.raises(InputError, match="damaged or truncated") as error:
        Package.read(data[: len(data) // 2], "plan.xlsx")
    assert str(error.value).startswith("plan.xlsx: ")


def test_an_encrypted_workbook_is_refused_as_password_protected():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(InputError, match="password-protected"):
        Package.read(ole, "plan.xlsx")


def test_an_opendocument_spreadsheet_named_xlsx_is_refused():
    data = (FIXTURES / "schedules" / "the-crossing-week2.ods").read_bytes()
    with pytest.raises(InputError, match=r"OpenDocument spreadsheet \(\.ods\)"):
        Package.read(data, "plan.xlsx")


def test_a_word_document_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(InputError, match=r"not an Excel workbook: the main part is .*wordprocessingml"):
        Package.read(buffer.getvalue(), "plan.xlsx")


def test_a_part_declaring_a_doctype_is_refused():
    source = zipfile.ZipFile(io.BytesIO(RICH.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            payload = source.read(name)
            if name == "xl/workbook.xml":
                payload = (
                    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + payload.split(b"?>", 1)[1]
                )
            archive.writestr(name, payload)
    package = Package.read(buffer.getvalue(), "plan.xlsx")
    with pytest.raises(UnsafeInputError, match=r"part 'xl/workbook\.xml' declares a DOCTYPE"):
        package.xml("xl/workbook.xml")
