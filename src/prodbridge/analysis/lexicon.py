"""Intimacy lexicons: ``data/lexicon_<lang>.toml`` loaded once and compiled to regular expressions.

The data files hold every cue, trap, negation word and question; this module only knows how to
turn them into patterns. A pattern in the data is a Python regular expression with four
conveniences applied here, so the data can be written the way scripts are typed:

* it only matches whole words (hyphens count as part of a word: ``nu`` is not in ``nu-pieds``);
* ``'`` matches any apostrophe (``'``, ``’``, ``ʼ``), so ``s'embrassent`` finds ``s’embrassent``;
* a space matches any run of white space, non-breaking spaces included;
* accented letters also match their bare form (``é`` finds ``E`` in ``DESHABILLE``).

Matching is case-insensitive.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from prodbridge.data import load
from prodbridge.model import CODES

try:  # the regular-expression parser: used to find literals every match must contain
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11 layout
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

LANGUAGES = ("en", "fr")

_APOSTROPHES = "'’ʼ‘"
_FOLD = {
    "à": "a", "â": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
    "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ç": "c", "ÿ": "y",
}  # fmt: skip
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w-])"


def expand(source: str) -> str:
    """The data pattern ``source`` as a plain regular expression (apostrophes, spaces, accents)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
                out.append(char)
            elif char in _APOSTROPHES:
                out.append(_APOSTROPHES)
            else:
                out.append(char + _FOLD.get(char, ""))
        elif char == "[":
            in_class = True
            out.append(char)
        elif char in _APOSTROPHES:
            out.append(f"[{_APOSTROPHES}]")
        elif char == " " and source[i + 1 : i + 2] == "?":
            out.append(r"\s*")
            i += 1
        elif char == " ":
            out.append(r"\s+")
        elif char in _FOLD:
            out.append(f"[{char}{_FOLD[char]}]")
        elif char == "œ":
            out.append("(?:œ|oe)")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def compile_patterns(sources: Iterable[str], *, words: bool = True) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of ``sources`` (``None`` when there are none).

    With ``words`` each alternative must stand as whole words in the text.
    """
    sources = list(sources)
    if not sources:
        return None
    if words:
        # An elided word ("n'", "qu'") runs straight into the next one: no end boundary.
        parts = [
            f"{_BEFORE}(?:{expand(s)}){'' if s.endswith(tuple(_APOSTROPHES)) else _AFTER}" for s in sources
        ]
    else:
        parts = [expand(s) for s in sources]
    return re.compile("|".join(parts), re.IGNORECASE)


# --- prefilter: literals every match must contain --------------------------------------------
#
# Running ~300 case-insensitive patterns over every paragraph of a feature is slow, and almost
# every paragraph matches none of them. Each pattern gets a set of "triggers": lower-case
# literals, each starting a word in the text, at least one of which every match contains
# ("kiss" for kiss(?:es|ed)?, {"take", "took", ...} for (?:takes?|took) off ...). A paragraph
# only runs the patterns whose trigger it contains. The triggers are derived from Python's own
# parse of the pattern, so the data never has to list them.

_TRIGGER_LEN = 8
_MAX_TRIGGERS = 64
_SEPARATORS = frozenset(" -\t" + _APOSTROPHES)
_Candidate = frozenset  # a set of literals, one of which every match contains


def _literal_chars(item: tuple[Any, Any]) -> frozenset[str] | None:
    """The characters a one-character item matches, when it is a small literal set."""
    op, av = item
    if op is _sre.LITERAL:
        return frozenset(chr(av).lower())
    if op is _sre.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not _sre.LITERAL:
                return None
            chars.add(chr(sub_av).lower())
        return frozenset(chars)
    return None


def _is_separator(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op is _sre.IN and any(
        sub_op is _sre.CATEGORY and sub_av is _sre.CATEGORY_SPACE for sub_op, sub_av in av
    ):
        return True
    chars = _literal_chars(item)
    return chars is not None and chars <= _SEPARATORS


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    def quality(c: frozenset[str] | None) -> tuple[int, int]:
        return (min(map(len, c)), -len(c)) if c else (-1, 0)

    return a if quality(a) >= quality(b) else b


def _sequence_triggers(
    items: list[Any], word_start: bool, runs_in: set[str] | None = None
) -> tuple[frozenset[str] | None, bool]:
    """Best trigger set for a sequence of parsed items, and whether it ends at a word start.

    ``runs_in`` are literal runs still open when the sequence starts: the parser factors a
    common prefix out of alternatives ("t" + (akes?|ook)), so a group continues them.
    """
    best: frozenset[str] | None = None
    runs: set[str] | None = set(runs_in) if runs_in else None

    def close() -> None:
        nonlocal best, runs
        if runs:
            best = _better(best, frozenset(r[:_TRIGGER_LEN] for r in runs))
        runs = None

    for item in items:
        op, av = item
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if _is_separator(item):
            close()
            word_start = True
            continue
        chars = _literal_chars(item)
        if chars is not None and len(chars) <= 4:
            if runs is not None:
                runs = {r + c for r in runs for c in chars}
            elif word_start:
                runs = set(chars)
            if runs is not None and len(runs) > _MAX_TRIGGERS:
                runs = None
            word_start = False
            continue
        open_runs = runs
        if op not in (_sre.SUBPATTERN, _sre.BRANCH):
            open_runs = None
        close()
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _high, sub = av
            inner, inner_end = _sequence_triggers(list(sub), word_start)
            if low >= 1:
                best = _better(best, inner)
                word_start = inner_end
            else:
                word_start = word_start and inner_end
        elif op is _sre.SUBPATTERN:
            inner, inner_end = _sequence_triggers(list(av[-1]), word_start, open_runs)
            best = _better(best, inner)
            word_start = inner_end
        elif op is _sre.BRANCH:
            union: set[str] = set()
            ends = True
            for alternative in av[1]:
                inner, inner_end = _sequence_triggers(list(alternative), word_start, open_runs)
                ends = ends and inner_end
                if inner is None:
                    union = set()
                    break
                union |= inner
            if union and len(union) <= _MAX_TRIGGERS:
                best = _better(best, frozenset(union))
            word_start = ends
        else:
            word_start = False
    close()
    return best, word_start


def triggers(source: str) -> frozenset[str] | None:
    """Literals (lower case, ≤ 8 characters, each starting a word) one of which every match of
    the data pattern ``source`` contains; ``None`` when no useful set exists (always run it)."""
    found, _ = _sequence_triggers(list(_sre_parse.parse(expand(source))), True)
    if not found or min(map(len, found)) < 3:
        return None
    return found


_WORD_START = re.compile(r"(?<!\w)[^\W_]")


class _Prefilter:
    """Which of a list of (triggers, item) entries can match a text, in one pass over it."""

    def __init__(self, entries: Iterable[tuple[frozenset[str] | None, Any]]) -> None:
        self.always: list[int] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.items: list[Any] = []
        for number, (found, item) in enumerate(entries):
            self.items.append(item)
            if found is None:
                self.always.append(number)
            else:
                for literal in found:
                    self.index[literal].append(number)
        self.lengths = sorted({len(k) for k in self.index})

    def select(self, text: str) -> list[Any]:
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: no shortcut
            return list(self.items)
        starts = [m.start() for m in _WORD_START.finditer(low)]
        present = {low[i : i + n] for i in starts for n in self.lengths} & self.index.keys()
        chosen = set(self.always)
        for literal in present:
            chosen.update(self.index[literal])
        return [self.items[n] for n in sorted(chosen)]


def _required(pattern: re.Pattern[str] | None, what: str) -> re.Pattern[str]:
    if pattern is None:
        raise ValueError(f"lexicon: {what} needs at least one pattern")
    return pattern


@dataclass(frozen=True, slots=True)
class Cue:
    """A family of patterns that are evidence for one or more codes.

    ``weights`` maps code → weight (1.0 alone makes a code in an action line). ``near`` is the
    code an "almost"/"about to" cue turns into (``None``: the cue counts as written).
    A ``context`` cue (a struggle, a pinned wrist) only counts in a scene where some other cue
    was found, so a fist fight is not read as sexual violence.
    ``after`` is set for implied-intimacy sequences: the cue only counts when a cue for one of
    those codes came earlier in the scene. ``kinds`` limits the paragraph kinds it is read in.
    """

    id: str
    weights: Mapping[str, float]
    pattern: re.Pattern[str]
    parts: tuple[tuple[frozenset[str] | None, re.Pattern[str]], ...] = ()
    question: str | None = None
    near: str | None = None
    negatable: bool = True
    implied: bool = False
    after: tuple[str, ...] = ()
    kinds: frozenset[str] | None = None
    context: bool = False


@dataclass(frozen=True, slots=True)
class Negation:
    """Words that cancel (``block``) or weaken (``near``) a cue written before it in its clause."""

    block: re.Pattern[str]
    near: re.Pattern[str] | None
    near_after: re.Pattern[str] | None
    exceptions: re.Pattern[str] | None
    after: re.Pattern[str] | None
    window: int
    after_window: int
    clause_break: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Minors:
    """How a script says a character is a minor: words, ages, and the words around a name."""

    words: re.Pattern[str]
    traps: re.Pattern[str] | None
    ages: tuple[re.Pattern[str], ...]
    numbers: Mapping[str, int]
    age_units: str
    links: str
    blockers: re.Pattern[str] | None
    adult: re.Pattern[str] | None
    gate: re.Pattern[str] | None = None

    def may_mention(self, text: str) -> bool:
        """Cheap necessary test: could ``text`` hold a minor word or a written age at all?"""
        return self.gate is None or self.gate.search(text.lower()) is not None

    def age_value(self, written: str) -> int:
        """The age a pattern's ``age`` group captured: ``16`` or ``sixteen`` → 16."""
        return int(written) if written.isdigit() else self.numbers[written.lower()]


@dataclass(frozen=True, slots=True)
class Settings:
    """Scoring knobs (see the data file's ``[settings]`` comments)."""

    threshold: float
    threshold_intimate: float
    thresholds: Mapping[str, float]
    kind_weights: Mapping[str, float]
    confidence_base: float
    implied_factor: float
    grp_min_characters: int
    grp_codes: frozenset[str]
    sequence_min_weight: float

    def kind_weight(self, kind: str) -> float:
        return self.kind_weights.get(kind, 0.0)

    def threshold_for(self, code: str, *, intimate: bool) -> float:
        base = self.thresholds.get(code, self.threshold)
        return min(base, self.threshold_intimate) if intimate else base


@dataclass(frozen=True, slots=True)
class Match:
    """One cue found in a text: ``text[start:end]`` is the cue as written."""

    cue: Cue
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A compiled lexicon for one language."""

    lang: str
    cues: tuple[Cue, ...]
    traps: re.Pattern[str] | None
    negation: Negation
    minors: Minors
    settings: Settings
    questions: Mapping[str, str]
    prefilter: _Prefilter | None = None

    def matches(self, text: str) -> list[Match]:
        """Cues in ``text``, left to right, with traps removed and overlaps resolved.

        A cue overlapping a trap ("kiss of death") is dropped, unless the cue is longer and holds
        the whole trap ("fouille à nu" keeps its "à nu"). When cues overlap, the longest match
        wins ("naked under the sheets" over "naked"), so specific cues override generic ones;
        ties go to the cue listed first in the data.
        """
        if self.prefilter is not None:
            parts = self.prefilter.select(text)
        else:
            parts = [(n, cue, pattern) for n, cue in enumerate(self.cues) for _, pattern in cue.parts]
        found: list[tuple[int, int, int, Cue]] = []
        for order, cue, pattern in parts:
            for m in pattern.finditer(text):
                if m.start() != m.end():
                    found.append((m.start(), m.end(), order, cue))
        if not found:
            return []
        if self.traps:
            blocked = [m.span() for m in self.traps.finditer(text)]
            found = [
                f
                for f in found
                if not any(
                    s < f[1] and f[0] < e and not (f[0] <= s and e <= f[1] and e - s < f[1] - f[0])
                    for s, e in blocked
                )
            ]
        found.sort(key=lambda f: (f[0] - f[1], f[0], f[2]))
        kept: list[Match] = []
        for start, end, _, cue in found:
            if all(k.end <= start or end <= k.start for k in kept):
                kept.append(Match(cue, start, end))
        kept.sort(key=lambda m: (m.start, m.end))
        return kept


def _cue(table: Mapping[str, Any], where: str, *, sequence: bool = False) -> Cue:
    weights = dict(table.get("weights", {}))
    for code in weights:
        if code not in CODES:
            raise ValueError(f"lexicon {where}: unknown code {code!r}")
    if not weights:
        raise ValueError(f"lexicon {where}: a cue needs weights")
    near = table.get("near")
    if near is not None and near not in CODES:
        raise ValueError(f"lexicon {where}: unknown near code {near!r}")
    after = tuple(table.get("after", ()))
    if sequence and not after:
        raise ValueError(f"lexicon {where}: a sequence needs 'after' codes")
    kinds = table.get("kinds")
    sources = list(table.get("patterns", []))
    return Cue(
        id=table.get("id", where),
        weights=MappingProxyType(weights),
        pattern=_required(compile_patterns(sources), where),
        parts=tuple((triggers(src), _required(compile_patterns([src]), where)) for src in sources),
        question=table.get("question"),
        near=near,
        negatable=bool(table.get("negatable", True)),
        implied=bool(table.get("implied", sequence)),
        after=after,
        kinds=frozenset(kinds) if kinds is not None else None,
        context=bool(table.get("context", False)),
    )


def _negation(table: Mapping[str, Any]) -> Negation:
    marks = re.escape(table.get("clause_marks", ".;:!?…—–,()"))
    words = table.get("clause_words", [])
    breaks = [f"[{marks}]"]
    if words:
        breaks.append(_required(compile_patterns(words), "clause_words").pattern)
    return Negation(
        block=_required(compile_patterns(table.get("block", [])), "negation.block"),
        near=compile_patterns(table.get("near", [])),
        near_after=compile_patterns(table.get("near_after", [])),
        exceptions=compile_patterns(table.get("exceptions", [])),
        after=compile_patterns(table.get("after", [])),
        window=int(table.get("window", 5)),
        after_window=int(table.get("after_window", 2)),
        clause_break=re.compile("|".join(breaks), re.IGNORECASE),
    )


def _minors(table: Mapping[str, Any]) -> Minors:
    links = [expand(w) for w in table.get("links", [])]
    numbers = {word.lower(): int(value) for word, value in table.get("numbers", {}).items()}
    number = "|".join([r"\d{1,2}", *(expand(w) for w in sorted(numbers, key=len, reverse=True))])
    return Minors(
        words=_required(compile_patterns(table.get("words", [])), "minors.words"),
        traps=compile_patterns(table.get("traps", [])),
        ages=tuple(
            re.compile(
                f"{_BEFORE}(?:{expand(p).replace('{n}', f'(?P<age>{number})')}){_AFTER}",
                re.IGNORECASE,
            )
            for p in table.get("ages", [])
        ),
        numbers=MappingProxyType(numbers),
        age_units="|".join(expand(u) for u in table.get("age_units", [])),
        links="|".join(links),
        blockers=compile_patterns(table.get("blockers", [])),
        adult=compile_patterns(table.get("adult", [])),
        # Lower-case, no boundaries: a superset of what ``words`` and ``ages`` match, found fast.
        gate=re.compile(
            "|".join(
                [r"\d"]
                + [expand(w).lower() for w in table.get("words", [])]
                + [expand(a).replace("{n}", f"(?:{number})").lower() for a in table.get("ages", [])]
            )
        ),
    )


def _settings(table: Mapping[str, Any]) -> Settings:
    return Settings(
        threshold=float(table["threshold"]),
        threshold_intimate=float(table["threshold_intimate"]),
        thresholds=MappingProxyType(dict(table.get("thresholds", {}))),
        kind_weights=MappingProxyType(dict(table["kind_weights"])),
        confidence_base=float(table.get("confidence_base", 0.9)),
        implied_factor=float(table.get("implied_factor", 0.75)),
        grp_min_characters=int(table.get("grp_min_characters", 3)),
        grp_codes=frozenset(table.get("grp_codes", ())),
        sequence_min_weight=float(table.get("sequence_min_weight", 0.7)),
    )


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon for ``lang`` (``"en"`` or ``"fr"``), built once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"no intimacy lexicon for language {lang!r} (expected one of {LANGUAGES})")
    data = load(f"lexicon_{lang}")
    questions = dict(data.get("questions", {}))
    cues = [_cue(t, f"{lang} cue {i + 1}") for i, t in enumerate(data.get("cue", []))]
    cues += [
        _cue({"question": questions.get("sequence"), **t}, f"{lang} sequence {i + 1}", sequence=True)
        for i, t in enumerate(data.get("sequence", []))
    ]
    prefilter = _Prefilter(
        (found, (order, cue, pattern)) for order, cue in enumerate(cues) for found, pattern in cue.parts
    )
    return Lexicon(
        lang=lang,
        prefilter=prefilter,
        cues=tuple(cues),
        traps=compile_patterns(data.get("traps", {}).get("patterns", [])),
        negation=_negation(data["negation"]),
        minors=_minors(data["minors"]),
        settings=_settings(data["settings"]),
        questions=MappingProxyType(questions),
    )
