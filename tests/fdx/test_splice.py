"""Byte-exact splicing: element spans match lxml, edits keep every other byte."""

from __future__ import annotations

import pytest

from prodbridge.errors import InputError
from prodbridge.fdx.splice import (
    Source,
    Splice,
    attribute_raw,
    split_content,
    with_attribute,
    without_attribute,
)
from prodbridge.fdx.tree import parse
from tests.conftest import CORPUS_FDX, corpus_manifest

SMALL = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\r\n'
    b"<!-- saved by hand -->\r\n"
    b'<FinalDraft DocumentType="Script" Template="No" Version="1">\r\n'
    b"  <Content>\r\n"
    b'    <Paragraph Type="Action">\r\n'
    b"      <Text Style=\"Bold\" Font='Courier'>Caf&#233; &amp; cr\xc3\xa8me &gt; all</Text>\r\n"
    b"      <Text></Text>\r\n"
    b"      <Text/>\r\n"
    b"    </Paragraph>\r\n"
    b'    <Paragraph Type="Note" Label="a &gt; b"/>\r\n'
    b"  </Content>\r\n"
    b"</FinalDraft>\r\n"
)


def source(data: bytes = SMALL) -> Source:
    return Source(data, parse(data).getroot())


def test_an_edit_free_splice_gives_back_the_original_bytes():
    assert Splice(source()).result() == SMALL


@pytest.mark.parametrize("name", sorted(n for n, r in corpus_manifest().items() if r["well_formed"] == "yes"))
def test_every_corpus_file_is_located_and_spliced_back_byte_for_byte(name):
    data = (CORPUS_FDX / name).read_bytes()
    src = Source(data, parse(data).getroot())
    texts = [src.inner(t) for t in src.root.iter("Text")]
    assert Splice(src).result() == data
    assert len(texts) == sum(1 for _ in src.root.iter("Text"))


def test_spans_cover_start_tag_content_and_end_tag():
    src = source()
    first, empty, closed = src.root.iter("Text")
    assert src.start_tag(first) == "<Text Style=\"Bold\" Font='Courier'>"
    assert src.inner(first) == "Caf&#233; &amp; crème &gt; all"
    assert src.end_tag(first) == "</Text>"
    assert (src.outer(empty), src.span(empty).empty) == ("<Text></Text>", False)
    assert (src.outer(closed), src.span(closed).empty) == ("<Text/>", True)


def test_a_greater_than_sign_inside_an_attribute_does_not_end_the_tag():
    src = source()
    note = src.root.find("Content")[1]
    assert src.outer(note) == '<Paragraph Type="Note" Label="a &gt; b"/>'
    other = source(SMALL.replace(b'Label="a &gt; b"', b'Label="a > b"'))
    assert other.outer(other.root.find("Content")[1]).endswith('Label="a > b"/>')


def test_leading_space_and_indent_follow_the_file_crlf_included():
    src = source()
    paragraph = src.root.find("Content")[0]
    assert src.leading_space(paragraph) == "\r\n    "
    assert src.indent(paragraph) == "    "
    assert (src.newline, src.pretty, src.unit) == ("\r\n", True, "  ")


def test_a_minified_file_has_no_layout():
    data = b'<FinalDraft Version="1"><Content><Paragraph><Text>a</Text></Paragraph></Content></FinalDraft>'
    src = source(data)
    assert (src.pretty, src.unit, src.leading_space(src.root[0])) == (False, "", "")


def test_edits_are_applied_in_position_order_and_overlaps_refused():
    src = source()
    text = next(src.root.iter("Text"))
    span = src.span(text)
    splice = Splice(src)
    splice.insert(span.end, "<Text>+</Text>")
    splice.replace(span.start, span.open_end, "<Text>")
    out = splice.result()
    assert b"<Text>Caf&#233; &amp; cr\xc3\xa8me &gt; all</Text><Text>+</Text>\r\n" in out
    assert (
        out.replace(b"<Text>+</Text>", b"").replace(b"<Text>C", b"<Text Style=\"Bold\" Font='Courier'>C")
        == SMALL
    )
    bad = Splice(src)
    bad.replace(span.start, span.end, "")
    bad.replace(span.open_end, span.open_end + 1, "")
    with pytest.raises(ValueError, match="overlapping"):
        bad.result()


def test_inserted_characters_the_encoding_lacks_become_character_references():
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<FinalDraft><Content/></FinalDraft>'
    src = source(data)
    splice = Splice(src)
    splice.insert(src.span(src.root[0]).start, '<X L="KIS – é"/>')
    assert splice.result() == data.replace(
        b"<Content/>", '<X L="KIS &#8211; é"/><Content/>'.encode("latin-1")
    )


def test_a_utf8_bom_is_kept():
    data = b"\xef\xbb\xbf" + SMALL
    assert Splice(source(data)).result() == data


def test_bytes_that_do_not_decode_are_refused_for_in_place_editing():
    data = b'<?xml version="1.0" encoding="ascii"?><FinalDraft><Content/></FinalDraft>'
    assert Splice(source(data)).result() == data
    with pytest.raises(InputError, match="UTF-8"):
        Source(b"<FinalDraft>\xff</FinalDraft>", parse(b"<FinalDraft>x</FinalDraft>").getroot())


def test_split_content_cuts_at_characters_and_never_inside_a_reference():
    raw = "Caf&#233; &amp; crème &gt; all"
    text = "Café & crème > all"
    assert split_content(raw, text, [3, 4, 7]) == ["Caf", "&#233;", " &amp; ", "crème &gt; all"]
    assert split_content(raw, text, [len(text)]) == [raw, ""]


def test_split_content_counts_a_crlf_as_one_character():
    assert split_content("a\r\nb", "a\nb", [2]) == ["a\r\n", "b"]


def test_split_content_refuses_markup_or_a_mismatch():
    assert split_content("<![CDATA[a]]>", "a", [0]) is None
    assert split_content("abc", "abd", [1]) is None


def test_attributes_are_added_after_the_last_one_and_removed_with_their_space():
    assert with_attribute('<Text Style="" >', "TagNumber", "7") == '<Text Style="" TagNumber="7" >'
    assert with_attribute("<Text>", "TagNumber", "7") == '<Text TagNumber="7">'
    assert without_attribute('<Text Style="" TagNumber="7" >', "TagNumber") == '<Text Style="" >'
    assert (
        without_attribute("<Text Label='TagNumber=\"7\"'>", "TagNumber") == "<Text Label='TagNumber=\"7\"'>"
    )
    assert attribute_raw("<Tag Number='12'>", "Number") == "12"
