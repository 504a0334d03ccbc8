"""Script language (English or French) from function words and diacritics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from prodbridge.data import load

#: Languages the analysis has lexicons for; the first is the default.
LANGUAGES = ("en", "fr")

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], float]:
    data = load("stopwords")
    diacritics = data["diacritics"]
    return (
        frozenset(data["en"]["words"]),
        frozenset(data["fr"]["words"]),
        frozenset(diacritics["fr"]),
        float(diacritics["weight"]),
    )


def language_scores(texts: Iterable[str]) -> tuple[float, float]:
    """``(english, french)`` evidence in ``texts``: stop-word hits, plus accents for French."""
    english, french, accents, accent_weight = _vocabulary()
    en = fr = 0.0
    for text in texts:
        lowered = text.lower()
        for word in _WORD.findall(lowered):
            if word in english:
                en += 1
            elif word in french:
                fr += 1
        fr += accent_weight * sum(1 for char in lowered if char in accents)
    return en, fr


def detect_language(texts: Iterable[str]) -> str:
    """``"fr"`` when ``texts`` look more French than English, else ``"en"``.

    Ties (including empty input or text with no function words at all) give ``"en"``, the
    default lexicon, so a caller always gets a language the detector supports.
    """
    en, fr = language_scores(texts)
    return "fr" if fr > en else "en"
