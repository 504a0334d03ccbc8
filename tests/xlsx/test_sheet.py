"""Worksheet proxy: values decoded as Excel shows them; writes are inline strings in schema order."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from prodbridge.xlsx.sheet import Worksheet, escape_text, read_shared_strings, unescape_text
from prodbridge.xlsx.styles import Styles

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

STYLES = f"""<styleSheet xmlns="{NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="ddd dd/mm/yyyy"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>
</styleSheet>"""

STRINGS = f"""<sst xmlns="{NS}" count="3" uniqueCount="3">
<si><t>Sc.</t></si>
<si><r><t>INT</t></r><r><rPr><b/></rPr><t>ERIOR</t></r><rPh><t>ignored</t></rPh></si>
<si><t>line_x000A_break</t></si>
</sst>"""


def sheet(body: str, extra: str = "") -> Worksheet:
    root = etree.fromstring(f'<worksheet xmlns="{NS}"><sheetData>{body}</sheetData>{extra}</worksheet>')
    strings = read_shared_strings(etree.fromstring(STRINGS))
    return Worksheet(root, strings, Styles(etree.fromstring(STYLES)))


def xml(ws: Worksheet) -> str:
    return etree.tostring(ws.root, encoding="unicode").replace(f' xmlns="{NS}"', "")


def test_values_are_decoded_by_type_and_style():
    ws = sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" s="1"><v>46083</v></c><c r="B2" s="2"><v>46084.5</v></c>'
        '<c r="C2" s="3"><v>1.375</v></c><c r="D2" t="b"><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>=SUM(A1)</t></is></c><c r="B3" t="str"><f>A1</f><v>Sc.</v></c>'
        '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" s="3"/></row>'
    )
    assert list(ws.iter_cells()) == [
        (1, 1, "Sc.", None),
        (1, 2, "INTERIOR", None),
        (1, 3, "line\nbreak", None),
        (2, 1, datetime(2026, 3, 2), 1),
        (2, 2, datetime(2026, 3, 3, 12, 0), 2),
        (2, 3, 1.375, 3),
        (2, 4, True, None),
        (3, 1, "=SUM(A1)", None),
        (3, 2, "Sc.", None),
        (3, 3, "#N/A", None),
    ]


def test_rows_and_cells_without_references_take_their_implied_positions():
    ws = sheet(
        '<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>'
        "<row><c><v>3</v></c></row>"
    )
    assert [(r, c, v) for r, c, v, _ in ws.iter_cells()] == [(1, 1, "a"), (1, 2, "b"), (2, 1, 3.0)]
    ws.set_text(2, 3, "new")
    assert '<row r="1"><c t="inlineStr">' in xml(ws)
    assert '<row r="2"><c r="A2"><v>3</v></c><c r="C2" t="inlineStr"><is><t>new</t></is></c></row>' in xml(ws)
    assert [(r, c, v) for r, c, v, _ in ws.iter_cells()] == [
        (1, 1, "a"),
        (1, 2, "b"),
        (2, 1, 3.0),
        (2, 3, "new"),
    ]


def test_text_that_looks_like_a_formula_is_written_as_an_inline_string():
    ws = sheet('<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>')
    ws.set_text(2, 1, '=HYPERLINK("http://x")')
    ws.set_text(2, 2, "+44 7700 900123")
    ws.set_text(2, 3, "@SUM(1)")
    out = xml(ws)
    assert "<f>" not in out
    assert out.count('t="inlineStr"') == 3
    assert [v for _, _, v, _ in ws.iter_cells()] == ['=HYPERLINK("http://x")', "+44 7700 900123", "@SUM(1)"]


def test_new_cells_and_rows_are_inserted_in_order_and_spans_widen():
    ws = sheet(
        '<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>'
        '<row r="5"><c r="A5"><v>5</v></c></row>'
    )
    ws.set_text(2, 2, "b")
    ws.set_text(2, 5, "e")
    ws.set_text(4, 1, "row four")
    out = xml(ws)
    assert out.index('r="A2"') < out.index('r="B2"') < out.index('r="C2"') < out.index('r="E2"')
    assert out.index('r="4"') < out.index('r="5"')
    assert 'spans="1:5"' in out


def test_writing_keeps_the_cell_style_unless_one_is_given():
    ws = sheet('<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="2"><v>1</v></c></row>')
    ws.set_text(1, 1, "kept")
    ws.set_text(1, 2, "given", style=0)
    assert ws.style_of(1, 1) == 3
    assert ws.style_of(1, 2) == 0


def test_clearing_removes_an_unstyled_cell_and_empties_a_styled_one():
    ws = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c>'
        '<c r="B1" s="3" t="inlineStr"><is><t>y</t></is></c></row>'
    )
    ws.clear(1, 1)
    ws.clear(1, 2)
    ws.clear(1, 9)
    assert '<row r="1"><c r="B1" s="3"/></row>' in xml(ws)


def test_control_characters_and_literal_escapes_round_trip():
    text = "tab\tvertical\x0bliteral _x000D_ kept"
    stored = escape_text(text)
    assert stored == "tab\tvertical_x000B_literal _x005F_x000D_ kept"
    assert unescape_text(stored) == text
    ws = sheet("")
    ws.set_text(1, 1, text)
    assert next(ws.iter_cells())[2] == text


def test_a_column_width_is_added_only_where_no_col_range_covers_it():
    ws = sheet('<row r="1"><c r="A1"><v>1</v></c></row>')
    ws.root.insert(
        0,
        etree.fromstring(
            f'<cols xmlns="{NS}"><col min="1" max="3" width="9"/><col min="9" max="9" width="4"/></cols>'
        ),
    )
    ws.set_column_width(2, 20)
    ws.set_column_width(5, 16)
    assert (
        '<cols><col min="1" max="3" width="9"/><col min="5" max="5" width="16" customWidth="1"/><col min="9" max="9" width="4"/></cols>'
        in xml(ws)
    )


def test_top_level_elements_go_where_the_schema_puts_them():
    ws = sheet(
        "",
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'
        '<dataValidations count="0"/><pageMargins left="0.7" right="0.7" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>',
    )
    ws.insert_child(etree.Element(f"{{{NS}}}conditionalFormatting"))
    ws.set_column_width(1, 10)
    names = [etree.QName(child).localname for child in ws.root]
    assert names == [
        "cols",
        "sheetData",
        "mergeCells",
        "conditionalFormatting",
        "dataValidations",
        "pageMargins",
    ]


def test_merged_ranges_and_the_dimension():
    ws = sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B6:D6"/></mergeCells>',
    )
    ws.root.insert(0, etree.fromstring(f'<dimension xmlns="{NS}" ref="A1:D6"/>'))
    assert ws.merged_ranges() == [(2, 1, 4, 1), (6, 2, 6, 4)]
    ws.extend_dimension(6, 9)
    assert '<dimension ref="A1:I6"/>' in xml(ws)
    ws.extend_dimension(3, 2)
    assert '<dimension ref="A1:I6"/>' in xml(ws)
