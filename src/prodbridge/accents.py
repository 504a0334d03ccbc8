"""Accent-insensitive text: one way to drop accents, for every comparison that ignores them.

Readers, analysis and writers all compare what people typed with what they expect (« Séq. » and
"SEQ", « Léa » and "LEA"); each decides the case it compares in.
"""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``text`` without combining marks after NFKD (``Déshabillée`` → ``Deshabillee``)."""
    if text.isascii():  # nothing to decompose: most script text
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
