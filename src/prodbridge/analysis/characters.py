"""Character names: one normalisation for every report (cues, action mentions, cast lists)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from prodbridge.accents import strip_accents
from prodbridge.data import load

_TRAILING_PARENS = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")


@cache
def _extensions() -> re.Pattern[str]:
    words = load("characters")["extensions"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternatives})\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def normalize_cue(text: str) -> str:
    """A character cue → the character's name: ``"JIM (V.O.) (CONT'D)"`` → ``"JIM"``.

    Strips every trailing parenthesised extension (V.O., O.S., CONT'D, OFF, VOIX OFF, SUITE…),
    bare extensions written without brackets, Fountain's ``@`` and ``^`` markers, and collapses
    spaces; upper-cases with accents kept (``Léa`` → ``LÉA``). Returns ``""`` for an empty cue.
    """
    name = " ".join(text.replace("\u00a0", " ").split()).strip()
    name = name.lstrip("@").rstrip("^").strip()
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING_PARENS.sub("", name)
        name = _extensions().sub("", name).strip(" :.-")
    return unicodedata.normalize("NFC", name).upper()


def fold(name: str) -> str:
    """Accent- and case-insensitive key for comparing names (``Léa`` ≈ ``LEA``)."""
    return strip_accents(name).upper()


class NameFinder:
    """Finds known character names in action text, compiled once per script.

    A name counts when written as a whole word in capitals or capitalised (``ANNA``, ``Anna``);
    lower-case mentions are not counted, so ``rose`` the flower is not ``ROSE``.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._order = {name: i for i, name in enumerate(n for n in names if n)}
        variants: dict[str, str] = {}
        for name in self._order:
            for variant in (name, name.title(), name.capitalize()):
                variants.setdefault(variant, name)
        self._variant = variants
        alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        self._pattern = (
            re.compile(rf"(?<![\w’'])(?:{alternatives})(?!\w)") if alternatives else None
        )

    def find(self, text: str) -> list[str]:
        """The names written in ``text``, in the order they were given to the finder."""
        if self._pattern is None:
            return []
        found = {self._variant[m.group(0)] for m in self._pattern.finditer(text)}
        return sorted(found, key=self._order.__getitem__)


@cache
def _titles() -> frozenset[str]:
    return frozenset(load("characters")["titles"])


@cache
def _particles() -> frozenset[str]:
    return frozenset(load("characters")["particles"])


def given_name(name: str) -> str | None:
    """The first word of a two-word name, as the action lines later write it: ``"NOÉ BERTHIER"``
    → ``"NOÉ"``, also across particles (``"ANNE DE MONTBRUN"`` → ``"ANNE"``); ``None`` for one
    word, other longer names, or a title (``"MR. TAN"``, ``"OLD JOE"``, ``"BARON DE SAUVE"``)."""
    words = name.replace(".", " ").split()
    surname = words[1:]
    while len(surname) > 1 and surname[0].upper() in _particles():
        surname = surname[1:]
    if len(words) < 2 or len(surname) != 1 or words[0].upper() in _titles():
        return None
    return words[0] if sum(c.isalpha() for c in words[0]) >= 3 else None
