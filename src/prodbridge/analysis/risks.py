"""Physical risks of a scene (stunts, water, heights, restraint, props near the body…) from its text.

Driven by ``data/risk_lexicon.toml``: one pattern list per category and language, plus traps
("falls asleep", "glass of water"). Only what is shot is read (headings, action, shots,
synopses; not dialogue). Every hit quotes its line, because the intimacy coordinator decides:
the risk analysis lists hits as prompts, not as conclusions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from prodbridge.analysis.lexicon import LANGUAGES, compile_patterns
from prodbridge.data import load
from prodbridge.model import Scene, Script


@dataclass(frozen=True, slots=True)
class RiskHit:
    """One risk cue: ``category`` (a ``risk_lexicon`` category), where it is and the line."""

    category: str
    paragraph: int
    cue: str
    text: str


@dataclass(frozen=True, slots=True)
class SceneRisks:
    """The risk cues of one scene (``scene`` is ``Scene.index``), in reading order."""

    scene: int
    hits: tuple[RiskHit, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """Categories found, in the lexicon's display order."""
        found = {h.category for h in self.hits}
        return tuple(c for c in risk_categories() if c in found)


@dataclass(frozen=True, slots=True)
class _RiskLexicon:
    kinds: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    traps: re.Pattern[str] | None


def risk_categories() -> tuple[str, ...]:
    """The categories of ``risk_lexicon.toml`` in display order."""
    return tuple(load("risk_lexicon")["categories"])


@cache
def _lexicon(lang: str) -> _RiskLexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"no risk lexicon for language {lang!r} (expected one of {LANGUAGES})")
    data = load("risk_lexicon")
    table = data[lang]
    patterns = []
    for category in data["categories"]:
        # Longer patterns first, so the fuller cue wins ("candle stub" over "candle").
        sources = sorted(table.get(category, {}).get("patterns", []), key=len, reverse=True)
        compiled = compile_patterns(sources)
        if compiled is not None:
            patterns.append((category, compiled))
    return _RiskLexicon(frozenset(data["kinds"]), tuple(patterns), compile_patterns(table.get("traps", [])))


_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised cue right after another capitalised word is part of a name or a title
    ("Victor Fell", "the DAWN DIPPERS"), not an action."""
    if not text[start].isupper():
        return False
    before = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
    return bool(before and before.group(1)[0].isupper() and before.group(1)[-1] not in ".!?:;")


def _hits_in(text: str, lexicon: _RiskLexicon, heading: bool = False) -> list[tuple[str, str]]:
    """``(category, cue)`` pairs found in ``text``: the first cue of each category, traps and
    names removed (a heading is all capitals, so the name rule does not apply to it)."""
    blocked = [m.span() for m in lexicon.traps.finditer(text)] if lexicon.traps else []
    out: list[tuple[str, str]] = []
    for category, pattern in lexicon.patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(s < end and start < e for s, e in blocked):
                continue
            if not heading and _in_a_name(text, start):
                continue
            out.append((category, match.group(0)))
            break
    return out


def scene_risks(script: Script, scene: Scene, lang: str | None = None) -> SceneRisks:
    """The risk cues of ``scene``, one per category and paragraph (``lang``: the script's)."""
    lexicon = _lexicon(_language(script, lang))
    hits: list[RiskHit] = []
    for paragraph in script.scene_paragraphs(scene):
        if paragraph.kind not in lexicon.kinds or not paragraph.text.strip():
            continue
        heading = paragraph.kind == "Scene Heading"
        for category, cue in _hits_in(paragraph.text, lexicon, heading):
            hits.append(RiskHit(category, paragraph.index, cue, " ".join(paragraph.text.split())))
    return SceneRisks(scene.index, tuple(hits))


def detect_risks(
    script: Script, scenes: Iterable[Scene] | None = None, lang: str | None = None
) -> dict[int, SceneRisks]:
    """Risk cues of ``scenes`` (default: every scene), keyed by ``Scene.index``."""
    chosen = script.scenes if scenes is None else tuple(scenes)
    return {s.index: scene_risks(script, s, lang) for s in chosen}


def _language(script: Script, lang: str | None) -> str:
    if lang in LANGUAGES:
        return lang
    return script.language if script.language in LANGUAGES else "en"
