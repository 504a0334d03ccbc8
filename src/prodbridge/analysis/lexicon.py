"""Intimacy lexicons: ``data/lexicon_<lang>.toml`` loaded once and compiled to regular expressions.

The data files hold every cue, trap, negation word and question; this module only knows how to
turn them into patterns. A pattern in the data is a Python regular expression with these
conveniences applied here, so the data can be written the way scripts are typed:

* it only matches whole words (hyphens count as part of a word: ``nu`` is not in ``nu-pieds``);
* ``'`` matches any apostrophe (``'``, ``’``, ``ʼ``), so ``s'embrassent`` finds ``s’embrassent``;
* a contraction and its words spelled out are one (``data/contractions.toml``): ``don't touch
  me`` finds ``Do not touch me`` and ``you are`` finds ``you're``;
* a space matches any run of white space, non-breaking spaces included;
* accented letters also match their bare form (``é`` finds ``E`` in ``DESHABILLE``);
* ``{name}`` stands for a word family from the data's ``[words]`` table (garments, removal
  verbs, body parts...), so one pattern covers a whole construction. A family item ending in
  ``+v``, ``+n`` or ``+a`` is inflected (verb, noun, adjective) by the language's simple rules;
  irregular forms are listed as items of their own.

Matching is case-insensitive. Patterns are parsed once when the lexicon loads (to index them
by the literals they need) and compiled the first time a text can match them.
"""

from __future__ import annotations

import _sre as _sre_engine
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from prodbridge.analysis.scene_model import fold_text, function_words
from prodbridge.data import load
from prodbridge.model import CODES

try:  # the regular-expression parser: used to find literals every match must contain
    from re import _compiler as _sre_compile
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11 layout
    import sre_compile as _sre_compile  # type: ignore[no-redef]
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


@cache
def _same_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding, in a data pattern, any word form of ``data/contractions.toml``, and
    the alternation of its whole group by form (lower case, straight apostrophe)."""
    groups = load("contractions")["same"]
    alternation = {form: "(?:" + "|".join(group) + ")" for group in groups for form in group}
    written = (form.replace("'", f"[{_APOSTROPHES}]") for form in sorted(alternation, key=len, reverse=True))
    found = re.compile(rf"(?<![\w\\])(?:{'|'.join(written)})(?![\w{_APOSTROPHES}])", re.IGNORECASE)
    return found, alternation


def said_either_way(source: str) -> str:
    """``source`` with each contracted or spelled-out form ("don't", "do not") widened to its
    whole group, so a pattern finds a line however the writer spelled it."""
    found, alternation = _same_forms()

    def widen(m: re.Match[str]) -> str:
        form = re.sub(f"[{_APOSTROPHES}]", "'", m.group(0).lower())
        return alternation[form]

    return found.sub(widen, source)


def expand(source: str, *, strict_accents: bool = False) -> str:
    """The data pattern ``source`` as a plain regular expression (contractions, apostrophes,
    spaces, accents).

    With ``strict_accents`` an accented letter matches itself (any case) or, in capitals only,
    its bare letter: « dénudé » then finds « DENUDE » (capitals often drop accents) but not the
    verb « dénude ».
    """
    source = said_either_way(source)
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
        elif char in _FOLD and strict_accents:
            out.append(f"(?:{char}|(?-i:{_FOLD[char].upper()}))")
        elif char in _FOLD:
            out.append(f"[{char}{_FOLD[char]}]")
        elif char == "œ":
            out.append("(?:œ|oe)")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _bounded(source: str, *, strict_accents: bool = False, families: Words | None = None) -> str:
    """``source`` expanded, its ``{family}`` names replaced, held to whole words (an elided
    "n'" runs into the next word)."""
    end = "" if source.endswith(tuple(_APOSTROPHES)) else _AFTER
    return f"{_BEFORE}(?:{_expanded(source, strict_accents, families)}){end}"


def _expanded(source: str, strict_accents: bool, families: Words | None) -> str:
    body = expand(source, strict_accents=strict_accents)
    return families.substitute_expanded(body, strict_accents) if families is not None else body


def compile_patterns(
    sources: Iterable[str],
    *,
    words: bool = True,
    strict_accents: bool = False,
    families: Words | None = None,
) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of ``sources`` (``None`` when there are none).

    With ``words`` each alternative must stand as whole words in the text; ``families``
    resolves the ``{name}`` word families the sources use.
    """
    sources = list(sources)
    if not sources:
        return None
    if words:
        parts = [_bounded(s, strict_accents=strict_accents, families=families) for s in sources]
    else:
        parts = [_expanded(s, strict_accents, families) for s in sources]
    return cached_compile("|".join(parts), re.IGNORECASE)


# --- compiled patterns kept between runs -----------------------------------------------------
#
# Parsing and compiling a lexicon's ~700 regular expressions takes most of a short run, and the
# result only depends on the pattern text and the Python version. While a lexicon part loads
# (``with pattern_cache("lexicon-en")``) every pattern it compiles is looked up in, or added to,
# a small file in the user's cache folder (``$PRODBRIDGE_CACHE_DIR``, else
# ``$XDG_CACHE_HOME/prodbridge`` or ``~/.cache/prodbridge``; ``PRODBRIDGE_CACHE_DIR=off``
# disables it). The file holds the regular-expression engine's own compiled code (``marshal``,
# plain numbers and strings), keyed by the exact pattern text, in a file named after the Python
# version and this module's own digest: an edited lexicon misses and rewrites it, an edited
# module starts a new file (older ones of the same part are removed). Any problem reading or
# writing it falls back to compiling as usual.


@cache
def _code_version() -> str:
    """A digest of this module: the literals kept with each pattern come from its code, so an
    edited module must not read a cache written by an older one."""
    try:
        return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    except OSError:  # pragma: no cover - no source file (frozen build): never reuse a cache
        return f"nosource{os.getpid()}"


def _cache_dir() -> Path | None:
    value = os.environ.get("PRODBRIDGE_CACHE_DIR")
    if value is not None:
        value = value.strip()
        return Path(value) if value and value.lower() not in ("0", "off", "no", "none", "false") else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "prodbridge"


_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...], tuple[str, ...] | None]


class PatternCache:
    """The compiled patterns of one lexicon part, read from and written to one cache file."""

    def __init__(self, name: str, folder: Path | None) -> None:
        self.name = name
        tag = f"{sys.implementation.cache_tag}-{_sre_engine.MAGIC}-{_code_version()}"
        self.path = folder / f"{name}-{tag}.marshal" if folder is not None else None
        self.stored: dict[tuple[str, int], _Entry] = self._read()
        self.used: dict[tuple[str, int], _Entry] = {}
        self.changed = False

    def _read(self) -> dict[tuple[str, int], _Entry]:
        if self.path is None:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
            return {(source, flags): tuple(entry) for source, flags, *entry in data}  # type: ignore[misc]
        except (OSError, EOFError, ValueError, TypeError):
            return {}

    def compile(self, source: str, flags: int) -> tuple[re.Pattern[str], frozenset[str] | None]:
        """``source`` compiled with ``flags``, and the literals every match contains."""
        flags = int(flags)
        key = (source, flags)
        entry = self.stored.get(key)
        if entry is not None:
            try:
                state_flags, code, groups, groupindex, indexgroup, found = entry
                pattern = _sre_engine.compile(source, state_flags, code, groups - 1, groupindex, indexgroup)
                self.used[key] = entry
                return pattern, frozenset(found) if found is not None else None
            except Exception:  # a stale or damaged entry: compile it again
                pass
        tree = _sre_parse.parse(source, flags)
        found_set = _tree_triggers(tree)
        try:
            code = _sre_compile._code(tree, flags)
        except Exception:  # pragma: no cover - the engine's private API changed: no caching
            self.path = None
            return re.compile(source, flags), found_set
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for group_name, number in groupindex.items():
            indexgroup[number] = group_name
        entry = (
            int(flags | tree.state.flags),
            [int(op) for op in code],
            tree.state.groups,
            groupindex,
            tuple(indexgroup),
            tuple(sorted(found_set)) if found_set is not None else None,
        )
        try:
            pattern = _sre_engine.compile(source, entry[0], entry[1], entry[2] - 1, groupindex, entry[4])
        except Exception:  # pragma: no cover - the engine's private API changed
            pattern = re.compile(source, flags)
            self.path = None
        self.used[key] = entry
        self.changed = True
        return pattern, found_set

    def save(self) -> None:
        """Write the patterns used by this load if they differ from the file (atomically)."""
        if self.path is None or not (self.changed or self.used.keys() != self.stored.keys()):
            return
        try:
            data = marshal.dumps([(source, flags, *entry) for (source, flags), entry in self.used.items()])
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temp, self.path)
            except BaseException:
                os.unlink(temp)
                raise
            for older in self.path.parent.glob(f"{self.name}-*.marshal"):
                if older != self.path:
                    older.unlink(missing_ok=True)
        except (OSError, ValueError):
            pass


_ACTIVE: list[PatternCache] = []


@contextmanager
def pattern_cache(name: str) -> Iterator[PatternCache]:
    """Compile the patterns of one lexicon part through its cache file (saved at the end)."""
    cache = PatternCache(name, _cache_dir())
    _ACTIVE.append(cache)
    try:
        yield cache
    finally:
        _ACTIVE.pop()
    cache.save()


def cached_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, through the active ``pattern_cache`` if there is one."""
    if _ACTIVE:
        return _ACTIVE[-1].compile(source, flags)[0]
    return re.compile(source, flags)


# --- word families ---------------------------------------------------------------------------
#
# ``[words]`` in a lexicon names lists of words ("garment", "remove") that patterns use as
# ``{garment}``. Items are regular-expression fragments; a trailing ``+v`` / ``+n`` / ``+a``
# asks for the regular inflections of a verb, noun or adjective in the lexicon's language
# (over-generating is harmless: a form that is not a word never occurs in a script).

_FAMILY = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_CVC = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")


def _en_verb(base: str) -> set[str]:
    if base.endswith("ee"):
        forms = {base + "s", base + "d", base + "ing"}
    elif base.endswith("ie"):
        forms = {base + "s", base + "d", base[:-2] + "ying"}
    elif base.endswith("e"):
        forms = {base + "s", base + "d", base[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", base):
        forms = {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms = {base + "es", base + "ed", base + "ing"}
    else:
        forms = {base + "s", base + "ed", base + "ing"}
    if _CVC.search(base):  # strip → stripped, unzip → unzipped (both spellings are produced)
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return {base} | forms


def _en_noun(base: str) -> set[str]:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es"}
    if re.search(r"[^aeiou]y$", base):
        return {base, base[:-1] + "ies"}
    return {base, base + "s"}


def _en_adjective(base: str) -> set[str]:
    return {base}


_FR_ER = ("e", "es", "ent", "er", "é", "ée", "és", "ées", "ant", "ait", "aient", "ais", "a", "ons",
          "ez", "èrent", "era", "eront", "erait", "eraient", "era", "ant")  # fmt: skip
_FR_IR = ("ir", "is", "it", "issent", "i", "ie", "ies", "issant", "issait", "issaient", "issons",
          "issez", "ira", "iront", "irait")  # fmt: skip


def _fr_verb(base: str) -> set[str]:
    if base.endswith("ir"):
        stem = base[:-2]
        return {stem + end for end in _FR_IR}
    if not base.endswith("er"):
        return {base}
    stem = base[:-2]
    forms = {stem + end for end in _FR_ER}
    soft = {"ant", "ait", "aient", "ais", "a", "ons"}
    if stem.endswith("c"):  # lancer → lançant
        forms |= {stem[:-1] + "ç" + end for end in soft}
    if stem.endswith("g"):  # allonger → allongeant
        forms |= {stem + "e" + end for end in soft}
    grave = re.search(r"[eé]([^aeiouyéèêë]+)$", stem)
    if grave:  # enlever → enlève, pénétrer → pénètre
        changed = stem[: grave.start()] + "è" + grave.group(1)
        forms |= {changed + end for end in ("e", "es", "ent", "era", "eront", "erait")}
    return forms


def _fr_noun(base: str) -> set[str]:
    if base.endswith(("s", "x", "z")):
        return {base}
    if base.endswith(("eau", "au", "eu")):
        return {base, base + "x"}
    if base.endswith("al"):
        return {base, base[:-2] + "aux", base + "s"}
    return {base, base + "s"}


def _fr_adjective(base: str) -> set[str]:
    if base.endswith("eux"):
        return {base, base[:-1] + "se", base[:-1] + "ses"}
    if base.endswith("if"):
        return {base, base + "s", base[:-1] + "ve", base[:-1] + "ves"}
    if base.endswith("e") and not base.endswith("é"):
        return {base, base + "s"}
    if base.endswith(("s", "x")):
        return {base, base + "e", base + "es"}
    return {base, base + "e", base + "s", base + "es"}


_INFLECT = {
    "en": {"v": _en_verb, "n": _en_noun, "a": _en_adjective},
    "fr": {"v": _fr_verb, "n": _fr_noun, "a": _fr_adjective},
}


def inflect(item: str, lang: str) -> str:
    """One ``[words]`` item as a pattern: ``"peel+v"`` → ``peel(?:ing|ed|s)?``."""
    if not (len(item) > 2 and item[-2] == "+" and item[-1] in "vna"):
        return item
    rules = _INFLECT.get(lang, _INFLECT["en"])
    forms = rules[item[-1]](item[:-2])
    first, last = min(forms), max(forms)  # the common prefix of the sorted ends is everyone's
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    stem = first[:size]
    endings = sorted({f[len(stem) :] for f in forms}, key=lambda e: (-len(e), e))
    optional = "" in endings
    endings = [e for e in endings if e]
    if not endings:
        return stem
    return f"{stem}(?:{'|'.join(endings)}){'?' if optional else ''}"


class Words:
    """A lexicon's word families, each resolved once to a regular-expression alternation."""

    def __init__(self, table: Mapping[str, Iterable[str]], lang: str) -> None:
        self._items = {name: list(items) for name, items in table.items()}
        self._lang = lang
        self._resolved: dict[str, str] = {}
        self._expanded: dict[tuple[str, bool], str] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def alternation(self, name: str, _seen: tuple[str, ...] = ()) -> str:
        """``(?:form|form|...)`` for the family ``name`` (families may use other families)."""
        if name in self._resolved:
            return self._resolved[name]
        if name in _seen:
            raise ValueError(f"lexicon words: {name!r} refers to itself")
        if name not in self._items:
            raise ValueError(f"lexicon: unknown word family {{{name}}}")
        forms: dict[str, None] = {}
        for item in self._items[name]:
            forms.setdefault(self.substitute(inflect(item, self._lang), (*_seen, name)))
        self._resolved[name] = "(?:" + "|".join(forms) + ")"
        return self._resolved[name]

    def substitute_expanded(self, expanded: str, strict_accents: bool = False) -> str:
        """An already expanded pattern with its ``{family}`` names replaced by the families,
        expanded once each (a family is long; patterns using it are many)."""

        def replace(m: re.Match[str]) -> str:
            key = (m.group(1), strict_accents)
            if key not in self._expanded:
                self._expanded[key] = expand(self.alternation(m.group(1)), strict_accents=strict_accents)
            return self._expanded[key]

        return _FAMILY.sub(replace, expanded)

    def substitute(self, source: str, _seen: tuple[str, ...] = (), keep: frozenset[str] = frozenset()) -> str:
        """``source`` with every ``{family}`` replaced by its alternation (``keep`` left as is)."""

        def replace(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in keep:
                return m.group(0)
            return self.alternation(name, _seen)

        return _FAMILY.sub(replace, source)


_NO_WORDS = Words({}, "en")


# --- prefilter: literals every match must contain --------------------------------------------
#
# Running ~300 case-insensitive patterns over every paragraph of a feature is slow, and almost
# every paragraph matches none of them. Each pattern gets a set of "triggers": lower-case
# literals, each starting a word in the text, at least one of which every match contains
# ("kiss" for kiss(?:es|ed)?, {"take", "took", ...} for (?:takes?|took) off ...). A paragraph
# only runs the patterns whose trigger it contains. The triggers are derived from Python's own
# parse of the pattern, so the data never has to list them.

_TRIGGER_LEN = 8
_MAX_TRIGGERS = 160
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


def _literal_cost(literal: str) -> int:
    """How often a literal is expected at a word start (a rough rank, not a frequency): function
    words are everywhere, and a short literal starts many words ("in" starts "into", "inside")."""
    if len(literal) < 2:
        return 10_000  # no use as a trigger at all
    if fold_text(literal) in function_words():
        return 100
    return {2: 30, 3: 10, 4: 3}.get(len(literal), 1)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The trigger set that lets fewer texts through: "tub"/"bath" rather than "the"."""

    def cost(c: frozenset[str] | None) -> float:
        return sum(map(_literal_cost, c)) if c else float("inf")

    return a if cost(a) <= cost(b) else b


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
            shrunk = _shrink(union) if union else None
            if shrunk:
                best = _better(best, shrunk)
            word_start = ends
        else:
            word_start = False
    close()
    return best, word_start


def _shrink(found: set[str]) -> frozenset[str] | None:
    """``found`` cut to shorter prefixes until at most ``_MAX_TRIGGERS`` remain (a prefix of a
    literal that starts a word still starts a word): a whole word family stays indexable."""
    for size in (_TRIGGER_LEN, 6, 5, 4, 3, 2):
        cut = sorted({f[:size] for f in found})
        minimal: list[str] = []
        for literal in cut:  # sorted: a prefix comes right before the words it starts
            if not minimal or not literal.startswith(minimal[-1]):
                minimal.append(literal)
        if len(minimal) <= _MAX_TRIGGERS:
            return frozenset(minimal)
    return None


def _tree_triggers(tree: Any) -> frozenset[str] | None:
    found, _ = _sequence_triggers(list(tree), True)
    if not found or min(map(len, found)) < 2:
        return None
    return found


def triggers(source: str) -> frozenset[str] | None:
    """Literals (lower case, ≤ 8 characters, each starting a word) one of which every match of
    the data pattern ``source`` contains; ``None`` when no useful set exists (always run it)."""
    return _tree_triggers(_sre_parse.parse(expand(source)))


class LazyPattern:
    """A whole-word, case-insensitive pattern: read back from the pattern cache when a lexicon
    loads, else parsed now (for the prefilter's literals) and compiled on its first use."""

    __slots__ = ("_compiled", "_tree", "source", "triggers")

    def __init__(self, source: str, *, strict_accents: bool = False, families: Words | None = None) -> None:
        self.source = _bounded(source, strict_accents=strict_accents, families=families)
        self._compiled: re.Pattern[str] | None = None
        self._tree: Any = None
        #: literals one of which every match contains (``None``: no useful set)
        self.triggers: frozenset[str] | None
        if _ACTIVE:  # compiled (or read back) now, with its literals, by the load's cache
            self._compiled, self.triggers = _ACTIVE[-1].compile(self.source, re.IGNORECASE)
        else:
            self._tree = _sre_parse.parse(self.source, re.IGNORECASE)
            self.triggers = _tree_triggers(self._tree)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            try:
                self._compiled = _sre_compile.compile(self._tree, re.IGNORECASE)
            except Exception:  # pragma: no cover - a private API changed: compile the text again
                self._compiled = re.compile(self.source, re.IGNORECASE)
            self._tree = None
        return self._compiled

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.compiled.finditer(text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.search(text, pos, len(text) if endpos is None else endpos)


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, branching one character at a time (a trie), so the
    engine tries a handful of characters at each position instead of every word in turn."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class Prefilter:
    """Which of a list of (triggers, item) entries can match a text, in one pass over it.

    Every trigger starts a word; one zero-width search at each word start captures the longest
    trigger written there, and the shorter triggers found at the same place are its prefixes,
    so each captured literal stands for a precomputed set of entries."""

    def __init__(self, entries: Iterable[tuple[frozenset[str] | None, Any]]) -> None:
        self.always: list[int] = []
        index: dict[str, list[int]] = defaultdict(list)
        self.items: list[Any] = []
        for number, (found, item) in enumerate(entries):
            self.items.append(item)
            if found is None:
                self.always.append(number)
            else:
                for literal in found:
                    index[literal].append(number)
        #: entries of a literal and of every shorter trigger that is a prefix of it
        self.entries: dict[str, frozenset[int]] = {
            literal: frozenset(n for k in range(1, len(literal) + 1) for n in index.get(literal[:k], ()))
            for literal in index
        }
        finder = r"(?<!\w)(?=(" + _trie_alternation(index) + "))"
        self.finder = cached_compile(finder) if index else None  # read back with the lexicon's cache

    def select(self, text: str) -> list[Any]:
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: no shortcut
            return list(self.items)
        chosen = set(self.always)
        if self.finder is not None:
            for m in self.finder.finditer(low):
                if m.group(1):
                    chosen.update(self.entries[m.group(1)])
        return [self.items[n] for n in sorted(chosen)]


def _required(pattern: re.Pattern[str] | None, what: str) -> re.Pattern[str]:
    if pattern is None:
        raise ValueError(f"lexicon: {what} needs at least one pattern")
    return pattern


#: End of a sentence: . ! ? … (with closing quotes or brackets) before white space or the end.
SENTENCE_END = re.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s|$)")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]``, white space trimmed."""
    s, e = 0, len(text)
    for m in SENTENCE_END.finditer(text):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.end()
            break
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


SCOPES = ("sentence", "paragraph", "scene")


@dataclass(frozen=True, slots=True)
class Cue:
    """A family of patterns that are evidence for one or more codes.

    ``weights`` maps code → weight (1.0 alone makes a code in an action line). ``near`` is the
    code an "almost"/"about to" cue turns into (``None``: the cue counts as written).
    A ``context`` cue (a struggle, a pinned wrist) only counts in a scene where some other cue
    was found, so a fist fight is not read as sexual violence. ``with_codes`` is narrower: the
    cue only counts when a cue for one of those codes is found ``within`` the same sentence,
    paragraph or scene ("three lovers" in the sentence of a kiss is a group; "no" in a scene
    with a kiss is a refusal to ask about).
    ``requires`` / ``unless``: the cue only counts when some / none of those patterns is in the
    same ``scope`` (sentence or paragraph) of the text ("torse nu" is partial nudity next to
    « elle »; "kisses" is no kiss when the sentence kisses a trout).
    A ``once`` cue counts once per scene, however many of its wordings are found. A cue that
    ``yields`` to codes is dropped from a scene where one of them is found ("nose to nose" is
    tension on its own, part of the kiss in a kissing scene).
    ``after`` is set for implied-intimacy sequences: the cue only counts when a cue for one of
    those codes came earlier in the scene. ``kinds`` limits the paragraph kinds it is read in
    (and reads it at full weight there, dialogue included).
    """

    id: str
    weights: Mapping[str, float]
    parts: tuple[tuple[frozenset[str] | None, LazyPattern], ...] = ()
    question: str | None = None
    near: str | None = None
    negatable: bool = True
    implied: bool = False
    after: tuple[str, ...] = ()
    kinds: frozenset[str] | None = None
    context: bool = False
    with_codes: frozenset[str] = frozenset()
    within: str = "scene"
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    scope: str = "sentence"
    once: bool = False
    yields: frozenset[str] = frozenset()

    @property
    def pattern(self) -> re.Pattern[str]:
        """All of the cue's patterns as one compiled expression."""
        return re.compile("|".join(part.source for _, part in self.parts), re.IGNORECASE)

    def allowed(self, text: str, start: int, end: int) -> bool:
        """Whether the cue's ``requires`` / ``unless`` conditions hold around ``text[start:end]``."""
        if self.requires is None and self.unless is None:
            return True
        s, e = sentence_span(text, start, end) if self.scope == "sentence" else (0, len(text))
        if self.requires is not None and not self.requires.search(text, s, e):
            return False
        return not (self.unless is not None and self.unless.search(text, s, e))


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
    #: ``numbers`` as one alternation, longest first ("dix-sept" before "sept"), as ages read them
    spelled: str
    age_units: str
    links: str
    blockers: re.Pattern[str] | None
    adult: re.Pattern[str] | None
    gate: re.Pattern[str] | None = None
    continuous: re.Pattern[str] | None = None

    def may_mention(self, text: str) -> bool:
        """Cheap necessary test: could ``text`` hold a minor word or a written age at all?"""
        return self.gate is None or self.gate.search(text.lower()) is not None

    def age_value(self, written: str) -> int:
        """The age a pattern's ``age`` group captured: ``16``, ``sixteen`` or « trente et un » (a
        line break inside counts as a space)."""
        return int(written) if written.isdigit() else self.numbers[" ".join(written.lower().split())]


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
    context_enabling: float = 0.0
    context_window: int = 0
    exclusive: tuple[tuple[str, ...], ...] = ()
    threshold_combined: float = 0.0
    context_full_threshold: frozenset[str] = frozenset()
    #: codes a cluster of their own weak cues may give with no intimate act named
    context_alone_codes: frozenset[str] = frozenset()
    context_alone: float = 0.0
    context_alone_families: int = 3
    #: cue ids that never count as one of those families (a role word says who, not what)
    context_alone_skip: frozenset[str] = frozenset()
    context_alone_min_weight: float = 0.0
    #: codes whose cues never enable context cues (tension, a group, a minor say who or how, not what)
    not_enabling: frozenset[str] = frozenset()
    #: code → codes whose cues do not enable that code's context cues (self-pleasure is no struggle)
    not_enabling_for: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    #: the weight from which a sign of coercion names it (a favour asked) rather than reacts to it
    named_sign: float = 0.5

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
    prefilter: Prefilter | None = None
    signs: re.Pattern[str] | None = None
    #: each trap alone, and which of them can match a text (the same literals rule as cues)
    trap_parts: tuple[LazyPattern, ...] = ()
    trap_filter: Prefilter | None = None

    def trap_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the traps ("kiss of death", "kiss my arse") match in ``text``."""
        if self.trap_parts:
            traps = self.trap_filter.select(text) if self.trap_filter is not None else self.trap_parts
            return [m.span() for trap in traps for m in trap.finditer(text)]
        if self.traps:
            return [m.span() for m in self.traps.finditer(text)]
        return []

    def matches(self, text: str, kind: str | None = None, skip: frozenset[str] = frozenset()) -> list[Match]:
        """Cues in ``text``, left to right, with traps removed and overlaps resolved.

        ``kind`` (a paragraph kind) leaves out the cues that are not read in such paragraphs
        before overlaps are resolved, so a heading-only cue never hides an action-line one;
        ``skip`` (cue ids) leaves those out the same way (a sequence with nothing before it).

        A cue overlapping a trap ("kiss of death") is dropped, unless the cue is longer and holds
        the whole trap ("fouille à nu" keeps its "à nu"). A cue whose ``requires`` / ``unless``
        conditions fail is dropped before overlaps are resolved. When cues overlap, the longest
        match wins ("naked under the sheets" over "naked"), so specific cues override generic
        ones; ties go to the cue listed first in the data.
        """
        found = self._found(text, kind, skip)
        return self._resolved(found, self.trap_spans(text)) if found else []

    def readings(
        self, text: str, kind: str | None = None, skip: frozenset[str] = frozenset()
    ) -> tuple[list[Match], list[Match]]:
        """``matches``, and the same line read without the conditional cues (``with_codes``)
        among them (empty when there are none), from one pass of the patterns: what those cues
        hold counts instead when their condition fails (see ``detect._under_conditional``)."""
        found = self._found(text, kind, skip)
        if not found:
            return [], []
        blocked = self.trap_spans(text)
        kept = self._resolved(found, blocked)
        conditional = {m.cue.id for m in kept if m.cue.with_codes}
        if not conditional:
            return kept, []
        return kept, self._resolved([f for f in found if f[3].id not in conditional], blocked)

    def _found(self, text: str, kind: str | None, skip: frozenset[str]) -> list[tuple[int, int, int, Cue]]:
        """Every match of every cue read in ``kind`` paragraphs, overlaps and traps still in."""
        if self.prefilter is not None:
            parts = self.prefilter.select(text)
        else:
            parts = [(n, cue, pattern) for n, cue in enumerate(self.cues) for _, pattern in cue.parts]
        found: list[tuple[int, int, int, Cue]] = []
        for order, cue, pattern in parts:
            if (kind is not None and cue.kinds is not None and kind not in cue.kinds) or cue.id in skip:
                continue
            for m in pattern.finditer(text):
                if m.start() != m.end() and cue.allowed(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), order, cue))
        return found

    @staticmethod
    def _resolved(found: list[tuple[int, int, int, Cue]], blocked: list[tuple[int, int]]) -> list[Match]:
        """Traps and overlaps resolved (see ``matches``)."""
        if blocked:
            found = [
                f
                for f in found
                if not any(
                    s < f[1] and f[0] < e and not (f[0] <= s and e <= f[1] and e - s < f[1] - f[0])
                    for s, e in blocked
                )
            ]
        kept: list[Match] = []
        for start, end, _, cue in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[2])):
            if all(k.end <= start or end <= k.start for k in kept):
                kept.append(Match(cue, start, end))
        kept.sort(key=lambda m: (m.start, m.end))
        return kept


def _cue(table: Mapping[str, Any], where: str, words: Words, *, sequence: bool = False) -> Cue:
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
    with_codes = frozenset(table.get("with_codes", ()))
    for code in (*after, *with_codes, *table.get("yields", ())):
        if code not in CODES:
            raise ValueError(f"lexicon {where}: unknown code {code!r}")
    within = table.get("within", "scene")
    scope = table.get("scope", "sentence")
    if within not in SCOPES or scope not in SCOPES[:2]:
        raise ValueError(f"lexicon {where}: unknown scope {within!r} / {scope!r}")
    accents = table.get("accents", "fold")
    if accents not in ("fold", "strict"):
        raise ValueError(f"lexicon {where}: accents must be 'fold' or 'strict'")
    strict = accents == "strict"
    kinds = table.get("kinds")
    sources = list(table.get("patterns", []))
    if not sources:
        raise ValueError(f"lexicon: {where} needs at least one pattern")
    parts = []
    for src in sources:
        part = LazyPattern(src, strict_accents=strict, families=words)
        parts.append((part.triggers, part))
    return Cue(
        id=table.get("id", where),
        weights=MappingProxyType(weights),
        parts=tuple(parts),
        question=table.get("question"),
        near=near,
        negatable=bool(table.get("negatable", True)),
        implied=bool(table.get("implied", sequence)),
        after=after,
        kinds=frozenset(kinds) if kinds is not None else None,
        context=bool(table.get("context", False)),
        with_codes=with_codes,
        within=within,
        requires=compile_patterns(table.get("requires", []), families=words),
        unless=compile_patterns(table.get("unless", []), families=words),
        scope=scope,
        once=bool(table.get("once", False)),
        yields=frozenset(table.get("yields", ())),
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
        clause_break=cached_compile("|".join(breaks), re.IGNORECASE),
    )


def _minors_gate(word_sources: list[str], numbers: Mapping[str, int]) -> re.Pattern[str]:
    """Lower case: a superset of what the minor words and written ages match, found fast.

    Every written age holds a number (a digit or a number word); every minor word starts a
    word with one of its literals. Both are looked up through one trie at word starts, as the
    cue prefilter does; a word source without such literals joins the alternation whole."""
    literals = {word.lower() for word in numbers}
    whole: list[str] = []
    for source in word_sources:
        found = triggers(source)
        if found is None:
            whole.append(expand(source).lower())
        else:
            literals |= found
    parts = [r"\d", *whole]
    if literals:
        parts.append(r"(?<!\w)" + _trie_alternation(literals))
    return cached_compile("|".join(parts))


def _minors(table: Mapping[str, Any], words: Words = _NO_WORDS) -> Minors:
    links = [expand(w) for w in table.get("links", [])]
    numbers = {word.lower(): int(value) for word, value in table.get("numbers", {}).items()}
    spelled = "|".join(expand(w) for w in sorted(numbers, key=len, reverse=True))
    number = "|".join([r"\d{1,2}", spelled]) if spelled else r"\d{1,2}"
    word_sources = [words.substitute(w) for w in table.get("words", [])]
    age_sources = [words.substitute(a, keep=frozenset({"n"})) for a in table.get("ages", [])]
    return Minors(
        words=_required(compile_patterns(word_sources), "minors.words"),
        traps=compile_patterns(table.get("traps", []), families=words),
        ages=tuple(
            cached_compile(
                f"{_BEFORE}(?:{expand(p).replace('{n}', f'(?P<age>{number})')}){_AFTER}",
                re.IGNORECASE,
            )
            for p in age_sources
        ),
        numbers=MappingProxyType(numbers),
        spelled=spelled,
        age_units="|".join(expand(u) for u in table.get("age_units", [])),
        links="|".join(links),
        blockers=compile_patterns(table.get("blockers", [])),
        adult=compile_patterns(table.get("adult", [])),
        gate=_minors_gate(word_sources, numbers),
        continuous=compile_patterns(table.get("continuous", [])),
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
        context_enabling=float(table.get("context_enabling", 0.0)),
        context_window=int(table.get("context_window", 0)),
        exclusive=tuple(tuple(group) for group in table.get("exclusive", ())),
        threshold_combined=float(table.get("threshold_combined", 0.0)),
        context_full_threshold=frozenset(table.get("context_full_threshold", ())),
        context_alone_codes=frozenset(table.get("context_alone_codes", ())),
        context_alone=float(table.get("context_alone", 0.0)),
        context_alone_families=int(table.get("context_alone_families", 3)),
        context_alone_skip=frozenset(table.get("context_alone_skip", ())),
        context_alone_min_weight=float(table.get("context_alone_min_weight", 0.0)),
        not_enabling=frozenset(table.get("not_enabling", ())),
        not_enabling_for=MappingProxyType(
            {code: frozenset(codes) for code, codes in table.get("not_enabling_for", {}).items()}
        ),
        named_sign=float(table.get("named_sign", 0.5)),
    )


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"no intimacy lexicon for language {lang!r} (expected one of {LANGUAGES})")


@cache
def words_for(lang: str) -> Words:
    """The word families of ``lang``'s lexicon."""
    _check_language(lang)
    return Words(load(f"lexicon_{lang}").get("words", {}), lang)


@cache
def load_minors(lang: str) -> Minors:
    """Only the ``[minors]`` part of ``lang``'s lexicon: reading introductions needs no cues."""
    _check_language(lang)
    with pattern_cache(f"minors-{lang}"):
        return _minors(load(f"lexicon_{lang}")["minors"], words_for(lang))


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon for ``lang`` (``"en"`` or ``"fr"``), built once per process."""
    _check_language(lang)
    minors = load_minors(lang)
    with pattern_cache(f"lexicon-{lang}"):
        return _lexicon(lang, minors)


def _lexicon(lang: str, minors: Minors) -> Lexicon:
    data = load(f"lexicon_{lang}")
    words = words_for(lang)
    questions = dict(data.get("questions", {}))
    cues = [_cue(t, f"{lang} cue {i + 1}", words) for i, t in enumerate(data.get("cue", []))]
    cues += [
        _cue({"question": questions.get("sequence"), **t}, f"{lang} sequence {i + 1}", words, sequence=True)
        for i, t in enumerate(data.get("sequence", []))
    ]
    prefilter = Prefilter(
        (found, (order, cue, pattern)) for order, cue in enumerate(cues) for found, pattern in cue.parts
    )
    signs = data.get("signs", {}).get("words", [])
    trap_sources = list(data.get("traps", {}).get("patterns", []))
    trap_parts = tuple(LazyPattern(t, families=words) for t in trap_sources)
    return Lexicon(
        lang=lang,
        prefilter=prefilter,
        cues=tuple(cues),
        traps=compile_patterns(trap_sources, families=words),
        trap_parts=trap_parts,
        trap_filter=Prefilter((t.triggers, t) for t in trap_parts),
        negation=_negation(data["negation"]),
        minors=minors,
        settings=_settings(data["settings"]),
        questions=MappingProxyType(questions),
        signs=compile_patterns(signs),
    )
