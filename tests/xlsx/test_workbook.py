"""workbook.xml: sheets in tab order, the date system, appending a sheet at the end."""

from __future__ import annotations

import io
import zipfile

import xlsxwriter

from prodbridge.xlsx.package import CT_WORKSHEET
from prodbridge.xlsx.workbook import Workbook, valid_sheet_name
from tests.conftest import FIXTURES

RICH = FIXTURES / "schedules" / "rich-xlsxwriter.xlsx"


def test_worksheets_are_listed_in_tab_order_with_their_parts():
    book = Workbook.read(RICH.read_bytes(), "rich.xlsx")
    assert [(s.name, s.sheet_id, s.part) for s in book.sheets()] == [
        ("Schedule", 1, "xl/worksheets/sheet1.xml"),
        ("Cast", 2, "xl/worksheets/sheet2.xml"),
    ]
    assert book.date1904 is False


def test_the_1904_date_system_is_read_from_workbook_properties():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "date_1904": True})
    book.add_worksheet().write_string(0, 0, "x")
    book.close()
    assert Workbook.read(buffer.getvalue(), "old-mac.xlsx").date1904 is True


def test_a_sheet_added_goes_last_and_keeps_defined_names_and_other_parts():
    data = RICH.read_bytes()
    book = Workbook.read(data, "rich.xlsx")
    info = book.add_sheet(
        "Intimacy", b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    )
    assert (info.name, info.sheet_id, info.part) == ("Intimacy", 3, "xl/worksheets/sheet3.xml")
    saved = book.save()
    reopened = Workbook.read(saved, "out.xlsx")
    assert [s.name for s in reopened.sheets()] == ["Schedule", "Cast", "Intimacy"]
    assert reopened.package.content_type("xl/worksheets/sheet3.xml") == CT_WORKSHEET
    workbook_xml = zipfile.ZipFile(io.BytesIO(saved)).read("xl/workbook.xml")
    assert b'<definedName name="BlockOne" localSheetId="0">Schedule!$A$4:$I$18</definedName>' in workbook_xml


def test_sheet_names_follow_excel_rules():
    assert valid_sheet_name("Plan: day 1/2 [v2]") == "Plan  day 1 2  v2"
    assert valid_sheet_name("A" * 40) == "A" * 31
    assert valid_sheet_name("  ") == "Sheet"
