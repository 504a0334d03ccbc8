"""CSV syntax only: bytes → text (BOM, UTF-8, cp1252) → rows of cells for a given delimiter.

Mapping rows to a schedule is ``readers/schedule.py``'s job; this module never guesses what a
column means. Encoding order (research/ecosystem.md §4.3): BOM, strict UTF-8, then cp1252
(Excel's "CSV" on Western Windows), never a statistical guess.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from prodbridge.errors import InputError

#: Delimiters tried, in order, when the user gives none.
CANDIDATES = (",", ";", "\t", "|")

_NAMED = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """CSV text and how it was decoded; ``bom`` is true when the bytes started with one."""

    text: str
    encoding: str
    bom: bool


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Bytes → text. ``encoding`` forces a codec; otherwise BOM → UTF-8 → cp1252.

    Raises ``InputError`` for an empty file, NUL bytes (a binary file, not CSV) or an unknown
    or failing forced encoding.
    """
    if not data.strip():
        raise InputError("the file is empty", name)
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
            text = data.decode(codec)
            return Decoded(text.removeprefix("\ufeff"), codec, text.startswith("\ufeff"))
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", name) from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot be decoded as {encoding} (byte {exc.start}); try another --encoding", name
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {codec} text after its BOM ({exc.reason})", name) from None
            return Decoded(text.lstrip("\ufeff"), "utf-8" if codec == "utf-8-sig" else codec, True)
    if b"\x00" in data:
        raise InputError("not a text (CSV) file: it contains NUL bytes", name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", False)
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: latin-1 keeps them as C1 controls.
        return Decoded(data.decode("latin-1"), "latin-1", False)


def delimiter_option(value: str | None) -> str | None:
    """``--delimiter`` value → one character (``tab``/``\\t``/``semicolon`` accepted)."""
    if value is None:
        return None
    value = _NAMED.get(value.lower(), value)
    if len(value) != 1:
        raise ValueError(f"a delimiter is one character (or tab/comma/semicolon/pipe), not {value!r}")
    return value


def split(text: str, delimiter: str, name: str) -> list[list[str]]:
    """Text → records (quoted fields may span lines). A record is one row of the result."""
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise InputError(f"cannot be read as CSV ({exc})", name) from None


def line_terminator(text: str) -> str:
    """The line ending the file uses (``\\r\\n`` for Excel's CSVs)."""
    return "\r\n" if "\r\n" in text else "\n"
