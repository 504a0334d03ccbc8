"""Intimate scenes: lexicon cues per scene → Findings with codes, evidence, confidence, questions.

Everything the detector knows about words lives in ``data/lexicon_<lang>.toml``; this module
applies it scene by scene:

1. find cues paragraph by paragraph (traps removed, negation checked in the cue's clause);
2. weigh them by paragraph kind (action lines count, dialogue barely does) and score each code;
3. add ``GRP`` when an intimate sentence names more than two of the scene's characters;
4. overlay ``MIN`` when a minor (introduction, words, cast list) is in a scene that has a code.

Recall is favoured over precision (DESIGN §3: an IC reviews every finding).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from prodbridge.analysis.characters import NameFinder, fold, normalize_cue
from prodbridge.analysis.language import detect_language
from prodbridge.analysis.lexicon import LANGUAGES, Lexicon, Match, Minors, Negation, load_lexicon
from prodbridge.data import load
from prodbridge.model import (
    CODES,
    CastMember,
    CharacterIntro,
    Evidence,
    Finding,
    Paragraph,
    Scene,
    Script,
)

_ORDER = {code: i for i, code in enumerate(CODES)}
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s|$)")
#: Quoted spans in an action line (titles, signs, headlines, reported speech): said, not shown.
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|‘[^’]*’(?!\w)|(?<!\w)'[^'\n]+'(?!\w)")

#: Paragraph kinds that describe what is seen (read for introductions and minor words).
_SEEN = frozenset({"Action", "General", "Shot", "Scene Heading", "Summary", "Outline", "Note"})
_INTRO_KINDS = frozenset({"Action", "General", "Shot", "Cast List", "Summary", "Note"})
_SPOKEN = frozenset({"Dialogue", "Lyrics"})

_UP = "A-ZÀ-ÖØ-ÞŒ"
_LOW = "a-zà-öø-ÿœ"
_CAPS_NAME = rf"[{_UP}][{_UP}'’\-]*\.?(?:[ \t]+[{_UP}][{_UP}'’\-]*\.?){{0,3}}"
_TITLE_NAME = rf"[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+)?"
_START = r"(?<![\w'’])"


# --- introductions and minors ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _IntroPatterns:
    caps_parens: re.Pattern[str]
    title_parens: re.Pattern[str]
    caps_comma: re.Pattern[str]
    title_comma: re.Pattern[str]
    caps_apposition: re.Pattern[str]
    plain_age: re.Pattern[str]
    minor_before: re.Pattern[str] | None
    after_age: re.Pattern[str]
    minors: Minors


@cache
def _intro_patterns_for(lang: str) -> _IntroPatterns:
    return _intro_patterns(load_lexicon(lang).minors)


def _intro_patterns(minors: Minors) -> _IntroPatterns:
    units = f"(?:{minors.age_units})" if minors.age_units else "(?!)"
    age = r"(?<!\d)(?P<age>\d{1,2})(?!\d)"
    comma_end = r"(?=\s*(?:[,.;:)–—\-]|$))"
    words = minors.words.pattern
    links = rf"(?:(?i:{minors.links})\s+)?" if minors.links else ""
    return _IntroPatterns(
        caps_parens=re.compile(rf"{_START}(?P<name>{_CAPS_NAME})\s*\((?P<inside>[^()\n]{{1,40}})\)"),
        title_parens=re.compile(rf"{_START}(?P<name>{_TITLE_NAME})\s*\(\s*{age}\s*(?i:{units})?\s*\)"),
        caps_comma=re.compile(rf"{_START}(?P<name>{_CAPS_NAME}),\s*{age}\s*(?i:{units})?{comma_end}"),
        title_comma=re.compile(rf"{_START}(?P<name>{_TITLE_NAME}),\s*{age}\s*(?i:{units}){comma_end}"),
        caps_apposition=re.compile(rf"{_START}(?P<name>{_CAPS_NAME}),\s*(?P<inside>[^,.;:()\n]{{1,60}})"),
        plain_age=re.compile(
            r"^\s*(?i:about |around |approx\.? |environ |~|now |aged? |maintenant |désormais "
            rf"|only |just |à peine )?{age}\s*(?i:{units})?\s*(?i:ish|\+|or so)?"
            r"\s*(?i:(?:with|and|avec|et)\b.*)?$"
        ),
        minor_before=re.compile(rf"(?i:{words})\s+{links}(?P<name>{_CAPS_NAME}|{_TITLE_NAME})(?![\w'’])"),
        after_age=re.compile(rf"[ \t,]+{links}(?P<name>{_CAPS_NAME})(?![\w'’])"),
        minors=minors,
    )


def _minor_word(minors: Minors, text: str, *, blockers: bool = True) -> re.Match[str] | None:
    """The first minor word in ``text`` that is not a trap, a possessive, or (with
    ``blockers``, for introductions) after a word that shows it describes someone else."""
    traps = [m.span() for m in minors.traps.finditer(text)] if minors.traps else []
    for m in minors.words.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in traps):
            continue
        if text[m.end() : m.end() + 1] in ("'", "’"):
            continue  # "the kids' babysitter"
        if blockers and minors.blockers and minors.blockers.search(text, 0, m.start()):
            continue  # "mother of a teenager"
        return m
    return None


def _age_in(minors: Minors, text: str) -> int | None:
    for pattern in minors.ages:
        m = pattern.search(text)
        if m:
            return minors.age_value(m.group("age"))
    return None


def _read_inside(pats: _IntroPatterns, inside: str) -> tuple[int | None, bool | None]:
    """``(age, minor)`` from what follows a name: ``16``, ``15 ans``, ``a teenager``, ``40s``."""
    minors = pats.minors
    plain = pats.plain_age.match(inside)
    if plain:
        age = int(plain.group("age"))
        return age, age < 18
    if minors.adult and minors.adult.search(inside):
        return None, False
    age = _age_in(minors, inside)
    if age is not None:
        return age, age < 18
    if _minor_word(minors, inside):
        return None, True
    return None, None


def _intros_in(paragraph: Paragraph, pats: _IntroPatterns) -> list[CharacterIntro]:
    text = paragraph.text
    found: list[CharacterIntro] = []
    if not pats.minors.may_mention(text):
        return found

    def add(name: str, age: int | None, minor: bool | None) -> None:
        clean = normalize_cue(name)
        if sum(c.isalpha() for c in clean) >= 2 and minor is not None:
            found.append(CharacterIntro(clean, age, paragraph.index, text, minor))

    for m in pats.caps_parens.finditer(text):
        add(m.group("name"), *_read_inside(pats, m.group("inside")))
    for pattern in (pats.title_parens, pats.caps_comma, pats.title_comma):
        for m in pattern.finditer(text):
            age = int(m.group("age"))
            add(m.group("name"), age, age < 18)
    for m in pats.caps_apposition.finditer(text):
        age, minor = _read_inside(pats, m.group("inside"))
        if minor is not None:
            add(m.group("name"), age, minor)
    if pats.minor_before:
        for m in pats.minor_before.finditer(text):
            word = _minor_word(pats.minors, m.group(0))
            if word is not None and word.start() == 0:
                add(m.group("name"), None, True)
    for pattern in pats.minors.ages:
        for m in pattern.finditer(text):
            after = pats.after_age.match(text, m.end())
            if after:
                age = pats.minors.age_value(m.group("age"))
                add(after.group("name"), age, age < 18)
    return found


def find_intros(script: Script) -> tuple[CharacterIntro, ...]:
    """Characters whose introduction gives an age or says they are young, in script order.

    Reads action-like paragraphs for ``ANNA (16)``, ``ANNA, 16,``, « LÉA (15 ans) »,
    « Léa, 15 ans, », ``ANNA (late teens)``, ``ANNA, a schoolgirl,``, « la lycéenne LÉA »,
    ``16-year-old TOM``. English and French wording are both read, whatever the script's
    language. ``minor`` is ``True`` under 18 or for minor words, ``False`` for an adult age or
    ``(30s)``. A name introduced twice gives two entries.
    """
    patterns = [_intro_patterns_for(lang) for lang in LANGUAGES]
    seen: dict[tuple[str, int, int | None, bool | None], CharacterIntro] = {}
    for paragraph in script.paragraphs:
        if paragraph.kind not in _INTRO_KINDS or not paragraph.text.strip():
            continue
        for pats in patterns:
            for intro in _intros_in(paragraph, pats):
                seen.setdefault((intro.name, intro.paragraph, intro.age, intro.minor), intro)
    return tuple(seen.values())


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(".", " ").split())


def _same_character(a: str, b: str) -> bool:
    """``ANNA`` ≈ ``ANNA KOVACS`` ≈ ``Anna`` (one is a word-prefix of the other); not ``YOUNG ANNA``."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return long_[: len(short)] == short


@dataclass(frozen=True, slots=True)
class _Minor:
    name: str
    age: int | None
    adult_age: int | None = None


def _known_minors(intros: Iterable[CharacterIntro], cast: Sequence[CastMember] | None) -> list[_Minor]:
    """Every character ever introduced or cast as under 18.

    A character introduced both as a child and as an adult (flashbacks, time jumps) stays a
    minor everywhere: MIN must never be missed, and the IC's question says both ages.
    """
    intros = list(intros)
    adults = [i for i in intros if i.minor is False and i.age is not None]
    minors: list[_Minor] = []
    for intro in intros:
        if intro.minor and not any(_same_character(intro.name, m.name) for m in minors):
            adult = next((a.age for a in adults if _same_character(a.name, intro.name)), None)
            minors.append(_Minor(intro.name, intro.age, adult))
    for member in cast or ():
        under = member.age is not None and member.age < 18
        name = normalize_cue(member.character)
        if (member.minor or under) and not any(_same_character(name, m.name) for m in minors):
            minors.append(_Minor(name, member.age if under else None))
    return minors


# --- cue matching and scoring ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    paragraph: Paragraph
    start: int
    end: int
    code: str
    weight: float
    implied: bool
    question: str | None
    context: bool = False
    cue_id: str = ""

    @property
    def cue(self) -> str:
        return self.paragraph.text[self.start : self.end]


def _clause_window(negation: Negation, text: str, start: int) -> str:
    before = text[:start]
    cut = 0
    for b in negation.clause_break.finditer(before):
        cut = b.end()
    window = before[cut:]
    words = list(_WORD.finditer(window))
    if len(words) > negation.window:
        window = window[words[-negation.window].start() :]
    return window


def negation_state(negation: Negation, text: str, start: int, end: int) -> str | None:
    """``"block"`` if the cue at ``text[start:end]`` is negated in its clause ("doesn't kiss"),
    ``"near"`` if it is only approached ("almost kisses"), else ``None``."""
    window = _clause_window(negation, text, start)
    for m in negation.block.finditer(window):
        if not (negation.exceptions and negation.exceptions.search(window, m.end())):
            return "block"
    if negation.near and negation.near.search(window):
        return "near"
    rest = text[end:]
    stop = negation.clause_break.search(rest)
    rest = rest[: stop.start()] if stop else rest
    words = list(_WORD.finditer(rest))[: negation.after_window]
    following = rest[: words[-1].end()] if words else ""
    if negation.after and negation.after.search(following):
        return "block"
    if negation.near_after and negation.near_after.search(following):
        return "near"
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]``, white space trimmed."""
    s, e = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
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


def _earlier(hits: Sequence[_Hit], codes: Sequence[str], minimum: float) -> _Hit | None:
    return next((h for h in hits if h.code in codes and h.weight >= minimum), None)


def _scene_hits(lexicon: Lexicon, paragraphs: Sequence[Paragraph]) -> list[_Hit]:
    settings = lexicon.settings
    spoken = settings.kind_weight("Dialogue")
    hits: list[_Hit] = []
    for paragraph in paragraphs:
        kind_weight = settings.kind_weight(paragraph.kind)
        if not paragraph.text.strip():
            continue
        quoted = [m.span() for m in _QUOTED.finditer(paragraph.text)] if kind_weight > spoken else []
        for match in lexicon.matches(paragraph.text):
            weight = kind_weight
            if any(s <= match.start and match.end <= e for s, e in quoted):
                weight = spoken
            hits.extend(_hits_for(lexicon, paragraph, match, weight, hits))
    return hits


def _hits_for(
    lexicon: Lexicon, paragraph: Paragraph, match: Match, kind_weight: float, before: list[_Hit]
) -> list[_Hit]:
    cue = match.cue
    cue_text = paragraph.text[match.start : match.end]
    if cue.kinds is not None:
        if paragraph.kind not in cue.kinds:
            return []
        kind_weight = 1.0
    if kind_weight <= 0:
        return []
    first = None
    if cue.after:
        first = _earlier(before, cue.after, lexicon.settings.sequence_min_weight)
        if first is None:
            return []
    state = (
        negation_state(lexicon.negation, paragraph.text, match.start, match.end) if cue.negatable else None
    )
    if state == "block":
        return []
    weights = dict(cue.weights)
    question = cue.question
    if state == "near" and cue.near:
        weights = {cue.near: max(weights.values())}
        question = lexicon.questions.get("near")
    if question:
        question = question.format(cue=cue_text, first=first.cue if first else "")
    return [
        _Hit(
            paragraph,
            match.start,
            match.end,
            code,
            weight * kind_weight,
            cue.implied,
            question,
            cue.context,
            cue.id,
        )
        for code, weight in weights.items()
    ]


#: Codes whose cues do not make a struggle or a "the three of them" meaningful on their own.
_NOT_ENABLING = frozenset({"TEN", "GRP", "MIN"})


def _without_lone_context(hits: list[_Hit]) -> list[_Hit]:
    """Context cues (a struggle, pinned wrists, "the trio") count only beside another cue of
    an intimate code, so a fist fight or a group of friends is not read as intimate."""
    if any(not h.context and h.code not in _NOT_ENABLING for h in hits):
        return hits
    return [h for h in hits if not h.context]


def _codes(lexicon: Lexicon, hits: Sequence[_Hit]) -> set[str]:
    settings = lexicon.settings
    # The same words said again ("the trio" ... "the trio") add nothing: each distinct cue text
    # counts once per code, at its best weight.
    best: dict[tuple[str, str, str], float] = {}
    for hit in hits:
        key = (hit.code, hit.cue_id, hit.cue.casefold())
        best[key] = max(best.get(key, 0.0), hit.weight)
    scores: dict[str, float] = defaultdict(float)
    for (code, _, _), weight in best.items():
        scores[code] += weight
    strong = {c for c, s in scores.items() if s >= settings.threshold_for(c, intimate=False)}
    if not strong:
        return set()
    return {c for c, s in scores.items() if s >= settings.threshold_for(c, intimate=True)} | strong


# --- per scene -------------------------------------------------------------------------------


def _name_spans(names: Sequence[str], text: str) -> list[tuple[str, int, int]]:
    """Where each of ``names`` is written in ``text`` (as ``ANNA`` or ``Anna``)."""
    out = []
    for name in names:
        variants = {name, name.title(), name.capitalize()}
        alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w’'])(?:{alternatives})(?!\w)", text):
            out.append((name, m.start(), m.end()))
    return out


@dataclass(frozen=True, slots=True)
class _Context:
    lexicon: Lexicon
    minors: list[_Minor]


_CAPS_WORD = re.compile(rf"(?<![\w'’])[{_UP}][{_UP}'’\-]*[{_UP}](?![\w'’])")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load("stopwords")["caps"]["not_names"])


def _scene_names(scene: Scene, paragraphs: Sequence[Paragraph]) -> list[str]:
    """The scene's characters, its speakers, then names written in capitals in its action."""
    names: dict[str, None] = dict.fromkeys(scene.characters)
    for p in paragraphs:
        if p.speaker:
            names.setdefault(p.speaker)
    ignore = _not_names()
    for p in paragraphs:
        if p.kind not in _SEEN or p.kind == "Scene Heading":
            continue
        run: list[str] = []
        end = -1
        for m in [*_CAPS_WORD.finditer(p.text), None]:
            joined = m is not None and p.text[end : m.start()] in (" ", ". ")
            if m is not None and fold(m.group(0)) not in ignore and (joined or not run):
                run.append(m.group(0))
            else:
                name = " ".join(run)
                if name and not any(_same_character(name, n) for n in names):
                    names.setdefault(name)
                run = [m.group(0)] if m is not None and fold(m.group(0)) not in ignore else []
            end = m.end() if m is not None else end
    return list(names)


def _group_hits(lexicon: Lexicon, hits: Sequence[_Hit], codes: set[str], finder: NameFinder) -> list[_Hit]:
    settings = lexicon.settings
    template = lexicon.questions.get("group")
    for hit in hits:
        if hit.code not in codes or hit.code not in settings.grp_codes or hit.weight < 0.5:
            continue
        s, e = _sentence(hit.paragraph.text, hit.start, hit.end)
        names = finder.find(hit.paragraph.text[s:e])
        if len(names) >= settings.grp_min_characters:
            question = template.format(names=", ".join(names)) if template else None
            return [_Hit(hit.paragraph, hit.start, hit.end, "GRP", 1.0, False, question)]
    return []


def _minor_hits(ctx: _Context, paragraphs: Sequence[Paragraph], names: Sequence[str]) -> list[_Hit]:
    """Evidence that a minor is in the scene: a known minor's name, a minor word, a young age."""
    lexicon = ctx.lexicon
    questions = lexicon.questions
    hits: list[_Hit] = []
    present = [m for m in ctx.minors if any(_same_character(m.name, n) for n in names)]
    present += [m for m in ctx.minors if m not in present and _first_mention(m.name, paragraphs) is not None]
    for minor in present:
        age = f" ({minor.age})" if minor.age is not None else ""
        question = questions.get("minor", "").format(name=minor.name, age=age) or None
        if question and minor.adult_age is not None:
            question += " " + questions.get("minor_adult", "").format(adult=minor.adult_age)
        spot = _first_mention(minor.name, paragraphs)
        if spot is None:
            hits.append(_Hit(paragraphs[0], 0, 0, "MIN", 1.0, False, question))
        else:
            p, s, e = spot
            hits.append(_Hit(p, s, e, "MIN", 1.0, False, question))
    for p in paragraphs:
        if p.kind in _SEEN:
            word = _minor_word(lexicon.minors, p.text, blockers=False)
            age = _young_age(lexicon.minors, p.text)
            spot = word.span() if word else age
        elif p.kind == "Character":
            word = _minor_word(lexicon.minors, p.text, blockers=False)
            spot = word.span() if word else None
        else:
            continue
        if spot is not None:
            cue = p.text[spot[0] : spot[1]]
            question = questions.get("minor_word", "").format(cue=cue) or None
            hits.append(_Hit(p, spot[0], spot[1], "MIN", 1.0, False, question))
    return hits


def _young_age(minors: Minors, text: str) -> tuple[int, int] | None:
    for pattern in minors.ages:
        for m in pattern.finditer(text):
            if minors.age_value(m.group("age")) < 18:
                return m.span()
    return None


def _first_mention(name: str, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, int, int] | None:
    for p in paragraphs:
        if p.kind == "Character" and _same_character(normalize_cue(p.text), name):
            return p, 0, len(p.text.rstrip())
        if p.kind in _SEEN:
            spans = _name_spans([name], p.text)
            if spans:
                return p, spans[0][1], spans[0][2]
    return None


def _confidence(lexicon: Lexicon, hits: Sequence[_Hit], codes: set[str]) -> float:
    settings = lexicon.settings
    best = 0.0
    for code in codes - {"MIN"}:
        missing = 1.0
        for hit in hits:
            if hit.code == code:
                strength = min(1.0, hit.weight) * settings.confidence_base
                if hit.implied:
                    strength *= settings.implied_factor
                missing *= 1.0 - strength
        best = max(best, 1.0 - missing)
    return round(min(1.0, max(0.0, best)), 2)


def _evidence(hits: Sequence[_Hit], codes: set[str]) -> tuple[Evidence, ...]:
    out: dict[tuple[int, str, int, int], Evidence] = {}
    for hit in hits:
        if hit.code not in codes or hit.end <= hit.start:
            continue
        text = hit.paragraph.text
        s, e = _sentence(text, hit.start, hit.end)
        key = (hit.paragraph.index, hit.code, hit.start, hit.end)
        out.setdefault(key, Evidence(hit.paragraph.index, hit.code, hit.cue, text[s:e], hit.start, hit.end))
    return tuple(sorted(out.values(), key=lambda ev: (ev.paragraph, ev.start, _ORDER[ev.code])))


def _involved(
    scene: Scene, names: Sequence[str], evidence: Sequence[Evidence], script: Script
) -> tuple[str, ...]:
    finder = NameFinder(names)
    found: set[str] = set()
    for paragraph_index in {ev.paragraph for ev in evidence}:
        p = script.paragraphs[paragraph_index]
        if p.kind == "Character":
            found.update(n for n in names if _same_character(normalize_cue(p.text), n))
            continue
        found.update(finder.find(p.text))
        if p.speaker and p.kind in _SPOKEN | {"Parenthetical"}:
            found.add(p.speaker)
    ordered = tuple(n for n in names if n in found)
    return ordered or tuple(scene.characters)


def _scene_finding(ctx: _Context, script: Script, scene: Scene) -> Finding | None:
    lexicon = ctx.lexicon
    paragraphs = script.scene_paragraphs(scene)
    if not paragraphs:
        return None
    hits = _without_lone_context(_scene_hits(lexicon, paragraphs))
    codes = _codes(lexicon, hits)
    if not codes:
        return None
    names = _scene_names(scene, paragraphs)
    if "GRP" not in codes:
        group = _group_hits(lexicon, hits, codes, NameFinder(names))
        if group:
            hits.extend(group)
            codes.add("GRP")
    minor_hits = _minor_hits(ctx, paragraphs, names)
    if minor_hits:
        hits.extend(minor_hits)
        codes.add("MIN")
    evidence = _evidence(hits, codes)
    questions = dict.fromkeys(h.question for h in hits if h.code in codes and h.question)
    return Finding(
        scene=scene.index,
        codes=tuple(sorted(codes, key=_ORDER.__getitem__)),
        confidence=_confidence(lexicon, hits, codes),
        characters=_involved(scene, names, evidence, script),
        evidence=evidence,
        questions=tuple(questions),
    )


def _language(script: Script, lang: str | None) -> str:
    if lang in LANGUAGES:
        return lang
    if lang is None and script.language in LANGUAGES:
        return script.language
    return detect_language(p.text for p in script.paragraphs)


def detect(
    script: Script,
    *,
    lang: str | None = None,
    cast: Sequence[CastMember] | None = None,
) -> tuple[Finding, ...]:
    """One Finding per scene that has any intimacy code, in scene order.

    ``lang`` picks the lexicon (``"en"``/``"fr"``); ``None`` uses ``script.language`` and
    ``"auto"`` detects it from the text. ``cast`` adds minors the script does not state
    (``minor`` or ``age < 18``); a cast entry never makes a character an adult.
    """
    lexicon = load_lexicon(_language(script, lang))
    ctx = _Context(lexicon, _known_minors(find_intros(script), cast))
    findings = (_scene_finding(ctx, script, scene) for scene in script.scenes)
    return tuple(f for f in findings if f is not None)
