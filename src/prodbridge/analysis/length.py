"""Scene length in eighths of a page: read from the file, or estimated with a page model.

The page model (documented in the README): a US Letter screenplay page holds 55 lines in
Courier 12. Each paragraph takes ``ceil(len / width)`` lines at the width of its element
(action 61 characters, dialogue 35, parenthetical 26, character and heading 1 line each, others
61), plus the blank lines that precede it (2 before a heading, 1 before action, character,
transition and shot, 0 inside a dialogue block). Line breaks inside a paragraph start new lines.
A scene's eighths are ``round(lines / 55 * 8)``, at least 1 — the industry never prints 0/8.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from prodbridge.model import Paragraph

LINES_PER_PAGE = 55

_WIDTH = {"Dialogue": 35, "Parenthetical": 26, "Lyrics": 35}
_SPACE_BEFORE = {
    "Scene Heading": 2,
    "Action": 1,
    "Character": 1,
    "Transition": 1,
    "Shot": 1,
    "General": 1,
}
_NOT_PRINTED = {"Summary", "Note", "Outline"}
_LENGTH = re.compile(r"^\s*(?:(?P<whole>\d+)\s*)?(?:(?P<num>\d+)\s*/\s*8)?\s*$")


def parse_length(value: str | None) -> int | None:
    """``SceneProperties@Length`` → eighths: ``"1 3/8"`` → 11, ``"4/8"`` → 4, ``"2"`` → 16.

    ``None`` for a missing, empty or unreadable value (the caller then estimates).
    """
    if not value or not value.strip():
        return None
    match = _LENGTH.match(value)
    if not match or not (match.group("whole") or match.group("num")):
        return None
    return int(match.group("whole") or 0) * 8 + int(match.group("num") or 0)


def paragraph_lines(paragraph: Paragraph) -> int:
    """Printed lines a paragraph takes, blank lines before it included (0 if not printed)."""
    if paragraph.kind in _NOT_PRINTED:
        return 0
    width = _WIDTH.get(paragraph.kind, 61)
    if paragraph.kind in ("Character", "Scene Heading"):
        body = 1
    else:
        body = sum(max(1, math.ceil(len(line) / width)) for line in paragraph.text.split("\n"))
    return body + _SPACE_BEFORE.get(paragraph.kind, 0)


def estimate_eighths(paragraphs: Iterable[Paragraph]) -> int:
    """Estimated eighths of a page for a run of paragraphs (a scene), at least 1."""
    lines = sum(paragraph_lines(p) for p in paragraphs)
    return max(1, round(lines / LINES_PER_PAGE * 8))


def format_eighths(eighths: int) -> str:
    """11 → ``"1 3/8"``, 4 → ``"4/8"``, 16 → ``"2"``: how ADs write page counts."""
    whole, rest = divmod(eighths, 8)
    if not rest:
        return str(whole)
    return f"{whole} {rest}/8" if whole else f"{rest}/8"
