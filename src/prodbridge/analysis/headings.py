"""Scene headings: INT/EXT, set and sub-set, time of day (EN/FR), and numbers in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from prodbridge.data import load

_SEPARATOR = re.compile(r"\s+[-–—]+\s+|\s+[-–—]+$|^[-–—]+\s+")


@dataclass(frozen=True, slots=True)
class Heading:
    """A parsed heading. ``number`` is a scene number found in the text (``None`` if absent)."""

    int_ext: str | None
    set: str
    subset: str | None
    time_of_day: str | None
    number: str | None


@cache
def _vocabulary() -> tuple[tuple[tuple[str, str], ...], frozenset[str], re.Pattern[str]]:
    data = load("headings")
    prefixes = tuple(sorted(data["int_ext"].items(), key=lambda kv: -len(kv[0])))
    times = frozenset(t.upper() for lang in data["time_of_day"].values() for t in lang)
    words = "|".join(
        re.escape(p) for p in sorted(data["scene_number"]["prefixes"], key=len, reverse=True)
    )
    suffixes = "|".join(data["scene_number"]["suffixes"])
    number = re.compile(
        rf"^(?:(?:{words})\b\.?\s*(?:N°|NO\.?|#)?\s*)"
        rf"(?P<num>\d+(?:\s*(?:{suffixes})\b|[A-Z]{{1,2}}\b)?)\s*[-–—:.]*\s*",
        re.IGNORECASE,
    )
    return prefixes, times, number


_LEADING_NUMBER = re.compile(r"^(?P<num>\d+[A-Z]{0,2})(?:\.|\s)\s*(?=\S)")
_FOUNTAIN_NUMBER = re.compile(r"\s*#(?P<num>[\w.\-]+)#\s*$")
_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*$")


def parse_heading(text: str) -> Heading:
    """Split a heading such as ``SÉQ. 14 BIS - INT. APPARTEMENT - CHAMBRE - NUIT``.

    The set and time are upper-cased (headings are printed in capitals whatever was typed);
    ``int_ext`` is ``INT``, ``EXT`` or ``INT/EXT``, or ``None`` for headings without one
    (stage plays, ``Back``). A time of day is only recognised from the vocabulary in
    ``data/headings.toml``; an unknown last segment stays part of the set.
    """
    prefixes, times, number_re = _vocabulary()
    rest = " ".join(text.split())
    number: str | None = None

    match = _FOUNTAIN_NUMBER.search(rest)
    if match:
        number = _clean_number(match.group("num"))
        rest = rest[: match.start()].rstrip()
    match = number_re.match(rest)
    if not match:
        # A bare leading number counts only before INT./EXT. ("12 INT. HOUSE"), so that
        # "1969 - WOODSTOCK" keeps its year.
        match = _LEADING_NUMBER.match(rest)
        if match and not _starts_with_int_ext(rest[match.end() :], prefixes):
            match = None
    if match:
        number = number or _clean_number(match.group("num"))
        rest = rest[match.end() :]

    int_ext: str | None = None
    upper = rest.upper()
    for prefix, value in prefixes:
        if upper.startswith(prefix) and (
            len(upper) == len(prefix) or not upper[len(prefix)].isalnum() or prefix.endswith(".")
        ):
            int_ext = value
            rest = rest[len(prefix) :].lstrip(" .-–—")
            break

    segments = [s.strip() for s in _SEPARATOR.split(rest) if s and s.strip()]
    time_of_day: str | None = None
    # A lone segment is a set, unless the heading has no INT/EXT and is only a time ("NIGHT").
    if segments and _is_time(segments[-1], times) and (len(segments) > 1 or int_ext is None):
        time_of_day = segments.pop().upper()
    if not segments:
        return Heading(int_ext, "", None, time_of_day, number)
    set_name = segments[0].upper()
    subset = " - ".join(segments[1:]).upper() or None
    return Heading(int_ext, set_name, subset, time_of_day, number)


def _starts_with_int_ext(text: str, prefixes: tuple[tuple[str, str], ...]) -> bool:
    upper = text.upper()
    return any(upper.startswith(p) for p, _ in prefixes if len(p) > 2)


def _is_time(segment: str, times: frozenset[str]) -> bool:
    upper = segment.upper().strip(" .")
    if upper in times:
        return True
    bare = _PARENTHESES.sub("", upper).strip(" .")
    return bare in times or any(part.strip() in times for part in bare.split("/"))


def _clean_number(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.strip()).upper()
