"""styles.xml: date styles recognised; appended styles are found again instead of duplicated."""

from __future__ import annotations

from lxml import etree

from prodbridge.xlsx.styles import Styles

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STYLES = f"""<styleSheet xmlns="{NS}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-40C]dddd d mmmm yyyy"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
<tableStyles count="0"/>
</styleSheet>"""


def styles() -> Styles:
    return Styles(etree.fromstring(STYLES))


def test_date_styles_are_custom_date_formats_and_builtin_date_ids():
    found = styles()
    assert [found.is_date(i) for i in range(5)] == [False, True, False, True, True]
    assert found.is_date(None) is False


def test_the_highlight_dxf_is_added_once_before_table_styles():
    found = styles()
    first = found.fill_dxf("FFF6D5DF")
    assert found.changed
    assert found.fill_dxf("fff6d5df") == first == 0
    names = [etree.QName(c).localname for c in found.root]
    assert names.index("dxfs") == names.index("cellStyles") + 1
    assert found.root.find(f"{{{NS}}}dxfs").get("count") == "1"


def test_the_bold_style_is_appended_once_and_reused():
    found = styles()
    first = found.bold_style()
    serialised = etree.tostring(found.root)
    assert first == 5
    assert found.bold_style() == 5
    assert etree.tostring(found.root) == serialised
    fonts = found.root.find(f"{{{NS}}}fonts")
    assert fonts.get("count") == "2"
    assert (
        etree.tostring(fonts[1])
        == f'<font xmlns="{NS}"><b/><sz val="11"/><name val="Calibri"/></font>'.encode()
    )


def test_a_workbook_without_styles_reports_no_dates():
    assert Styles(None).is_date(1) is False
