"""Cell references, Excel serial dates (1900 and 1904 systems) and date number formats."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")

#: Built-in number formats that display a date or time (ECMA-376 Part 1 §18.8.30, plus the
#: East Asian date ids Excel assigns in CJK locales).
BUILTIN_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.')
_BRACKETS = re.compile(r"\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]", re.IGNORECASE)
_DATE_TOKENS = re.compile(r"[dmyhs]", re.IGNORECASE)

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)


def column_letter(col: int) -> str:
    """1 → ``A``, 27 → ``AA``."""
    if col < 1:
        raise ValueError(f"column numbers start at 1, not {col}")
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """``A`` → 1, ``AA`` → 27."""
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def ref(row: int, col: int) -> str:
    """(5, 2) → ``B5``."""
    return f"{column_letter(col)}{row}"


def parse_ref(text: str) -> tuple[int, int]:
    """``B5`` (or ``$B$5``) → (5, 2). Raises ``ValueError`` for anything else."""
    match = _REF.match(text.strip().upper())
    if not match:
        raise ValueError(f"not a cell reference: {text!r}")
    return int(match.group(2)), column_number(match.group(1))


def parse_range(text: str) -> tuple[int, int, int, int]:
    """``A5:C9`` → (first row, first col, last row, last col); a single cell is a 1x1 range."""
    first, _, last = text.partition(":")
    r1, c1 = parse_ref(first)
    r2, c2 = parse_ref(last) if last else (r1, c1)
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def is_date_format(code: str) -> bool:
    """True when a custom number format shows a date or time (``dd/mm/yyyy``, ``[h]:mm``).

    Quoted literals, escaped characters and colour/locale brackets are ignored, so
    ``"Day "0`` or ``[Red]0.00`` are not dates.
    """
    if not code or code.strip().lower() == "general":
        return False
    section = code.split(";", 1)[0]
    section = _QUOTED.sub("", section)
    section = _BRACKETS.sub("", section)
    return bool(_DATE_TOKENS.search(section))


def from_serial(value: float, date1904: bool = False) -> datetime | time:
    """An Excel serial number → ``datetime``; a pure fraction (< 1) → a ``time`` of day.

    The 1900 system keeps Lotus's phantom 29 February 1900: serials below 61 are shifted by
    one day so that 1 is 1900-01-01.
    """
    if 0 <= value < 1:
        seconds = min(round(value * 86400), 86399)
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
    if not date1904 and value < 61:
        value += 1
    moment = epoch + timedelta(days=value)
    # Excel stores times as binary fractions: round to the second.
    return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)


def to_serial(when: date | datetime, date1904: bool = False) -> float:
    """``date``/``datetime`` → Excel serial number in the given date system."""
    moment = when if isinstance(when, datetime) else datetime(when.year, when.month, when.day)
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
    days = (moment - epoch) / timedelta(days=1)
    if not date1904 and days < 61:
        days -= 1
    return days
