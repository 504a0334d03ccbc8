"""CSV syntax: BOM, UTF-8 then cp1252, forced encodings, delimiter names, quoted line breaks."""

from __future__ import annotations

import codecs

import pytest

from prodbridge.errors import InputError
from prodbridge.readers.csv_table import decode, delimiter_option, line_terminator, split

TEXT = "Séq.;Décor;Rôles\r\n14 BIS;APPARTEMENT DE LÉA - ENTRÉE;1, 3\r\n"


def test_a_utf8_bom_is_recognised_and_removed():
    decoded = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "plan.csv")
    assert (decoded.text, decoded.encoding, decoded.bom) == (TEXT, "utf-8", True)


def test_plain_utf8_is_read_as_utf8():
    assert decode(TEXT.encode("utf-8"), "plan.csv").encoding == "utf-8"


def test_bytes_that_are_not_utf8_are_read_as_cp1252():
    decoded = decode(TEXT.encode("cp1252"), "plan.csv")
    assert (decoded.text, decoded.encoding) == (TEXT, "cp1252")


def test_utf16_with_bom_is_excel_unicode_text():
    decoded = decode(TEXT.replace(";", "\t").encode("utf-16"), "plan.txt")
    assert decoded.text == TEXT.replace(";", "\t")


def test_a_forced_encoding_wins_and_a_wrong_one_is_one_clear_line():
    assert decode("Décor".encode("mac_roman"), "plan.csv", "mac_roman").text == "Décor"
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        decode("Décor".encode("cp1252"), "plan.csv", "utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"a;b", "plan.csv", "klingon")


def test_empty_and_binary_files_are_refused():
    with pytest.raises(InputError, match="empty"):
        decode(b"  \r\n", "plan.csv")
    with pytest.raises(InputError, match="NUL bytes"):
        decode(b"Sc\x00ene;Set", "plan.csv")


@pytest.mark.parametrize(
    ("value", "expected"), [(";", ";"), ("tab", "\t"), ("\\t", "\t"), ("semicolon", ";"), (None, None)]
)
def test_delimiter_names_are_accepted(value, expected):
    assert delimiter_option(value) == expected


def test_a_long_delimiter_is_refused():
    with pytest.raises(ValueError, match="one character"):
        delimiter_option(";;")


def test_quoted_fields_keep_their_delimiters_and_line_breaks():
    records = split('Sc;Notes\r\n12;"Night; rain\r\nmachine"\r\n', ";", "plan.csv")
    assert records == [["Sc", "Notes"], ["12", "Night; rain\r\nmachine"]]
    assert line_terminator("a\r\nb") == "\r\n"
    assert line_terminator("a\nb") == "\n"
