"""Intimate scenes: lexicon cues per scene → Findings with codes, evidence, confidence, questions.

Everything the detector knows about words lives in ``data/lexicon_<lang>.toml``; this module
applies it scene by scene:

1. find cues paragraph by paragraph (traps removed, negation checked in the cue's clause);
2. weigh them by paragraph kind (action lines count, dialogue barely does) and score each code;
3. add ``GRP`` when an intimate sentence names more than two of the scene's characters;
4. overlay ``MIN`` when a minor (introduction, words, cast list) is in a scene that has a code;
5. recall net: a scene with no finding but weak signals from several families (a bed, bare
   skin, a waistband, a door closing...) gets a low-confidence finding and a question;
6. second reader (``scene_model``): a scene the lexicon passes over but the learned model rates
   as intimate gets a low-confidence finding quoting the words that weighed most, and a scene
   whose words resemble coercion gets ``SXV`` added with a question (in a scene with no other
   code, only at the model's stricter ``sxv_alone`` and in a scene long enough).

Recall is favoured over precision (DESIGN §3: an IC reviews every finding).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from prodbridge.analysis.characters import NameFinder, fold, given_name, normalize_cue
from prodbridge.analysis.language import detect_language
from prodbridge.analysis.lexicon import (
    LANGUAGES,
    Cue,
    LazyPattern,
    Lexicon,
    Match,
    Minors,
    Negation,
    Prefilter,
    cached_compile,
    compile_patterns,
    load_lexicon,
    load_minors,
    pattern_cache,
    sentence_span,
    words_for,
)
from prodbridge.analysis.scene_model import SceneModel, features, locate, packaged, top_words
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
#: Quoted spans in an action line (titles, signs, headlines, reported speech): said, not shown.
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|‘[^’]*’(?!\w)|(?<!\w)'[^'\n]+'(?!\w)")

#: Paragraph kinds that describe what is seen (read for introductions and minor words).
_SEEN = frozenset({"Action", "General", "Shot", "Scene Heading", "Summary", "Outline", "Note"})
_INTRO_KINDS = frozenset({"Action", "General", "Shot", "Cast List", "Summary", "Note"})
_SPOKEN = frozenset({"Dialogue", "Lyrics"})
# "(6 ans, tambourinant)", "(15, sulking)": what opens a parenthetical, up to its first comma.
_PARENTHETICAL_AGE = re.compile(r"\s*\(\s*(?P<inside>[^,;)]+)")

_UP = "A-ZÀ-ÖØ-ÞŒ"
_LOW = "a-zà-öø-ÿœ"
_CAPS_NAME = rf"[{_UP}][{_UP}'’\-]*\.?(?:[ \t]+[{_UP}][{_UP}'’\-]*\.?){{0,3}}"
_TITLE_NAME = rf"[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+)?"
_START = r"(?<![\w'’])"
# "9 PM, 10:30": capitals right after a number are a unit or a time, not a name with an age.
_AFTER_NO_NUMBER = _START + r"(?<!\d[ \t])"


# --- introductions and minors ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _IntroPatterns:
    caps_parens: re.Pattern[str]
    title_parens: re.Pattern[str]
    caps_comma: re.Pattern[str]
    #: « ÉLOÏSE, la fille de Sabine, quinze ans, » : the age after a short apposition
    caps_apposed_age: re.Pattern[str]
    title_comma: re.Pattern[str]
    caps_apposition: re.Pattern[str]
    plain_age: re.Pattern[str]
    minor_before: re.Pattern[str] | None
    after_age: re.Pattern[str]
    minors: Minors


@cache
def _intro_patterns_for(lang: str) -> _IntroPatterns:
    minors = load_minors(lang)
    with pattern_cache(f"intros-{lang}"):
        return _intro_patterns(minors)


def _intro_patterns(minors: Minors) -> _IntroPatterns:
    units = f"(?:{minors.age_units})" if minors.age_units else "(?!)"
    age = r"(?<!\d)(?P<age>\d{1,2})(?!\d)"
    # "LACHIE, nine," / « ZÉLIE, quinze ans, »: after a name in capitals, an age in words too.
    spelled = rf"\d{{1,2}}|(?i:{minors.spelled})(?![\w-])" if minors.spelled else r"\d{1,2}"
    age_or_word = rf"(?<!\d)(?P<age>{spelled})(?!\d)"
    comma_end = r"(?=\s*(?:[,.;:)–—\-]|$))"
    # "SATURDAY, 3:47 PM." / « LUNDI, 9h30 » : a clock time after a day or a place, not an age.
    minutes = r"[:.,h]\d"
    not_a_time = rf"(?!{minutes})"
    words = minors.words.pattern
    links = rf"(?:(?i:{minors.links})\s+)?" if minors.links else ""
    return _IntroPatterns(
        caps_parens=cached_compile(rf"{_START}(?P<name>{_CAPS_NAME})\s*\((?P<inside>[^()\n]{{1,80}})\)"),
        title_parens=cached_compile(rf"{_START}(?P<name>{_TITLE_NAME})\s*\(\s*{age}\s*(?i:{units})?\s*\)"),
        caps_comma=cached_compile(
            rf"{_AFTER_NO_NUMBER}(?P<name>{_CAPS_NAME}),\s*{age_or_word}{not_a_time}\s*(?i:{units})?{comma_end}"
        ),
        title_comma=cached_compile(rf"{_START}(?P<name>{_TITLE_NAME}),\s*{age}{not_a_time}\s*(?i:{units}){comma_end}"),
        caps_apposed_age=cached_compile(
            rf"{_AFTER_NO_NUMBER}(?P<name>{_CAPS_NAME}),\s*[^,.;:()\n\d]{{1,40}},\s*{age_or_word}\s*(?i:{units})?{not_a_time}{comma_end}"
        ),
        caps_apposition=cached_compile(
            rf"{_AFTER_NO_NUMBER}(?P<name>{_CAPS_NAME}),(?!\s*\d{{1,2}}{minutes})\s*(?P<inside>[^,.;:()\n]{{1,60}})"
        ),
        plain_age=cached_compile(
            r"^\s*(?i:about |around |approx\.? |environ |~|now |aged? |maintenant |désormais "
            rf"|only |just |à peine )?{age}\s*(?i:{units})?\s*(?i:ish|\+|or so)?"
            r"\s*(?:[,;/]\s*.*|(?i:(?:with|and|avec|et)\b.*))?$"
        ),
        minor_before=cached_compile(rf"(?i:{words})\s+{links}(?P<name>{_CAPS_NAME}|{_TITLE_NAME})(?![\w'’])"),
        after_age=cached_compile(rf"[ \t,]+{links}(?P<name>{_CAPS_NAME})(?![\w'’])"),
        minors=minors,
    )


class _MinorTraps:
    """Where ``text`` holds a minor word or age that is not one ("like guilty children", « mariés
    depuis quinze ans »); searched only once a candidate needs checking, as most lines have none."""

    __slots__ = ("_minors", "_spans", "_text")

    def __init__(self, minors: Minors, text: str) -> None:
        self._minors, self._text = minors, text
        self._spans: list[tuple[int, int]] | None = None

    def cover(self, start: int, end: int) -> bool:
        if self._spans is None:
            traps = self._minors.traps
            self._spans = [m.span() for m in traps.finditer(self._text)] if traps else []
        return any(s < end and start < e for s, e in self._spans)


def _minor_word(
    minors: Minors,
    text: str,
    *,
    blockers: bool = True,
    written: Sequence[tuple[int, int]] = (),
    names: frozenset[str] = frozenset(),
) -> re.Match[str] | None:
    """The first minor word in ``text`` that is not a trap, a possessive, inside one of the
    ``written`` spans (a song title, a sign), one of the folded ``names`` (« Bébé », an adult
    dancer's name), or (with ``blockers``, for introductions) after a word that shows it
    describes someone else."""
    if not minors.may_mention(text):
        return None
    traps = _MinorTraps(minors, text)
    for m in minors.words.finditer(text):
        if traps.cover(m.start(), m.end()) or any(s <= m.start() and m.end() <= e for s, e in written):
            continue
        if names and fold(m.group(0)) in names:
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

    if paragraph.kind in _SPOKEN:
        # In a dialogue block an age counts only as NAME (15) / « NOÉ (15 ans) »: a character
        # introduced in a speech, or an action line typed as dialogue. Words ("the kids") are
        # what characters say, not who is there.
        for m in pats.caps_parens.finditer(text):
            plain = pats.plain_age.match(m.group("inside"))
            if plain:
                age = int(plain.group("age"))
                add(m.group("name"), age, age < 18)
        return found
    named = []
    for m in pats.caps_parens.finditer(text):
        named.append(m.span("name"))
        add(m.group("name"), *_read_inside(pats, m.group("inside")))
    for pattern in (pats.title_parens, pats.caps_comma, pats.caps_apposed_age, pats.title_comma):
        for m in pattern.finditer(text):
            age = pats.minors.age_value(m.group("age"))
            add(m.group("name"), age, age < 18)
    for m in pats.caps_apposition.finditer(text):
        # An apposition describes the name in its first words ("ANNA, a teenage girl in a
        # parka,"); "CAL, leans in the doorway and blows the baby a kiss" is what CAL does.
        age, minor = _read_inside(pats, " ".join(m.group("inside").split()[:4]))
        if minor is not None:
            add(m.group("name"), age, minor)
    if pats.minor_before:
        # A trap read in the whole line ("A text: PICK UP THE KIDS AT 8") holds here too, and a
        # quoted title ("Baby Love" on the jukebox) introduces nobody.
        traps = _MinorTraps(pats.minors, text)
        quoted = [q.span() for q in _QUOTED.finditer(text)]
        for m in pats.minor_before.finditer(text):
            if any(s <= m.start() and m.end() <= e for s, e in quoted):
                continue
            if any(s <= m.start() < e for s, e in named):
                continue  # "BÉBÉ LA ROSE (28 ans)": the word is part of a stage name
            word = _minor_word(pats.minors, m.group(0))
            if word is not None and word.start() == 0 and not traps.cover(m.start(), m.end()):
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
    previous: Paragraph | None = None
    for paragraph in script.paragraphs:
        cue, previous = previous, paragraph
        if paragraph.kind == "Parenthetical" and cue is not None and cue.kind == "Character":
            # A bare age reads the same in both languages: the first pattern set that finds it is enough.
            intro = next(
                (i for pats in patterns if (i := _intro_in_parenthetical(cue, paragraph, pats))), None
            )
            if intro is not None:
                seen.setdefault((intro.name, intro.paragraph, intro.age, intro.minor), intro)
            continue
        if paragraph.kind not in _INTRO_KINDS | _SPOKEN or not paragraph.text.strip():
            continue
        for pats in patterns:
            for intro in _intros_in(paragraph, pats):
                seen.setdefault((intro.name, intro.paragraph, intro.age, intro.minor), intro)
    # "KID ROCCO (34)", then "Kid Rocco takes the stage": a minor word before a name is part of
    # the name of a character introduced as an adult, not a description of a young ROCCO.
    billed = [i.name for i in seen.values() if i.minor is False and " " in i.name]
    return tuple(
        i
        for i in seen.values()
        if not (i.minor and i.age is None and any(n.endswith(" " + i.name) for n in billed))
    )


def _intro_in_parenthetical(
    cue: Paragraph, paragraph: Paragraph, pats: _IntroPatterns
) -> CharacterIntro | None:
    """« LOU (O.S.) » then « (6 ans, tambourinant à la porte) »: an age that opens the
    parenthetical under a character cue is that character's. Only a bare age counts here
    ("(15, sulking)"), never a word: "(to the kids)" is a direction, not an age."""
    m = _PARENTHETICAL_AGE.match(paragraph.text)
    plain = pats.plain_age.match(m.group("inside")) if m else None
    if plain is None:
        return None
    name = normalize_cue(cue.text)
    if sum(c.isalpha() for c in name) < 2:
        return None
    age = int(plain.group("age"))
    return CharacterIntro(name, age, paragraph.index, paragraph.text, age < 18)


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
class _Person:
    """A character the script or the cast says is (or once was) under 18.

    ``ages`` are the introductions in script order: ``(paragraph, age, minor)``. ``cast`` is
    set when the cast list says the performer is a minor: that holds in every scene.
    """

    name: str
    ages: tuple[tuple[int, int | None, bool], ...]
    cast: bool = False
    cast_age: int | None = None


@dataclass(frozen=True, slots=True)
class _Minor:
    """A character who is a minor in one scene (``ambiguous``: introduced both as a minor and
    as an adult, and this scene does not say which)."""

    name: str
    age: int | None
    adult_age: int | None = None
    ambiguous: bool = False


def _known_minors(intros: Iterable[CharacterIntro], cast: Sequence[CastMember] | None) -> list[_Person]:
    """Every character ever introduced or cast as under 18, with all their introductions."""
    intros = [i for i in intros if i.minor is not None]
    people: list[_Person] = []
    for intro in intros:
        if not intro.minor or any(_same_character(intro.name, p.name) for p in people):
            continue
        ages = tuple(
            (i.paragraph, i.age, bool(i.minor)) for i in intros if _same_character(i.name, intro.name)
        )
        people.append(_Person(intro.name, ages))
    for member in cast or ():
        under = member.age is not None and member.age < 18
        if not (member.minor or under):
            continue
        name = normalize_cue(member.character)
        known = next((p for p in people if _same_character(name, p.name)), None)
        age = member.age if under else None
        if known is None:
            people.append(_Person(name, (), True, age))
        else:
            people[people.index(known)] = _Person(known.name, known.ages, True, age)
    return people


def _minor_in_scene(
    person: _Person, script: Script, scene: Scene, continuous: re.Pattern[str] | None
) -> _Minor | None:
    """Whether ``person`` is a minor in ``scene``: the cast list says so; else the age given in
    the scene (or in the scenes it continues: CONTINUOUS, LATER...); else the only kind of age
    the script ever gives. Introduced as a child and as an adult with nothing in the scene to
    decide (flashbacks, time jumps): ambiguous, the IC is asked."""
    adults = [age for _, age, minor in person.ages if not minor and age is not None]
    adult = adults[-1] if adults else None
    if person.cast:
        return _Minor(person.name, person.cast_age, adult)
    current = scene
    by_index = {s.index: s for s in script.scenes}
    while True:
        first, stop = current.paragraphs
        stated = [(age, minor) for p, age, minor in person.ages if first <= p < stop]
        if stated:
            age, minor = stated[-1]
            return _Minor(person.name, age, adult) if minor else None
        previous = by_index.get(current.index - 1)
        if previous is None or continuous is None or not continuous.search(current.heading):
            break
        current = previous
    kinds = {minor for _, _, minor in person.ages}
    young = [age for _, age, minor in person.ages if minor]
    if kinds == {True}:
        return _Minor(person.name, young[-1] if young else None, None)
    if kinds == {True, False}:
        return _Minor(person.name, young[-1] if young else None, adult, ambiguous=True)
    return None


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
    source: Cue | None = None
    #: What the line reads under a conditional cue, counted if its condition fails.
    fallback: tuple[_Hit, ...] = ()

    @property
    def cue(self) -> str:
        return self.paragraph.text[self.start : self.end]

    @property
    def conditional(self) -> bool:
        """Counts only beside a cue of its ``with_codes`` (see ``_with_codes``)."""
        return self.source is not None and bool(self.source.with_codes)


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


_sentence = sentence_span


def _earlier(hits: Sequence[_Hit], codes: Sequence[str], minimum: float) -> _Hit | None:
    return next((h for h in hits if h.code in codes and h.weight >= minimum), None)


_CAPS_RUN = re.compile(rf"(?<![\w'’])[{_UP}][{_UP}'’&\-]*(?:[ \t]+[{_UP}&][{_UP}'’&\-]*)+(?![\w'’])")


def _quoted_spans(lexicon: Lexicon, text: str) -> list[tuple[int, int]]:
    """Spans of an action line that are written, not shown: quotations, and words in capitals
    on a sign, billboard, label or screen ("A billboard for NAKED JUICE", « une enseigne :
    PEAU NUE »). A line typed all in capitals has no such spans."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    if lexicon.signs is None:
        return spans
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return spans
    for m in _CAPS_RUN.finditer(text):
        s, e = _sentence(text, m.start(), m.end())
        if lexicon.signs.search(text, s, e):
            spans.append(m.span())
    return spans


#: What a sentence (or a quotation, a title after a colon) opens with.
_OPENERS = frozenset(".!?:;«»\"“”‘’(—–-…")


def _titled_mid_sentence(text: str, start: int, written: str) -> bool:
    """A one-word cue written with a capital inside a sentence is a name or a title, not an act:
    a horse ("Tendre Caresse finit dernière"), a song, a boat, a bar. Capitals for emphasis ("she
    KISSES him") are not titles, and a longer cue may open on a character's name. The caller keeps
    a named group ("Two Platoon") and a rank ("the Assistant Scout Leader") at full weight."""
    if not written[:1].isupper() or written.isupper() or not written.isalpha():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _OPENERS


def _scene_hits(
    ctx: _Context, paragraphs: Sequence[Paragraph], negated: set[str] | None = None
) -> list[_Hit]:
    """Every cue of the scene, weighed by paragraph kind (see ``_weighed``). A cue read as
    negated makes no hit; its id and codes go into ``negated`` when one is given, for the second
    reader (« sans l'embrasser » still holds the word a bag of words reads as a kiss)."""
    lexicon = ctx.lexicon
    settings = lexicon.settings
    spoken = settings.kind_weight("Dialogue")
    hits: list[_Hit] = []
    for paragraph in paragraphs:
        kind_weight = settings.kind_weight(paragraph.kind)
        if not paragraph.text.strip():
            continue
        matches, unconditional = lexicon.readings(paragraph.text, paragraph.kind)
        if matches and (dead := _unfollowed(lexicon, matches, hits)):
            # "He locks the door" with no kiss before it is no implied sex, but it is still a
            # locked door: read the line again without the sequence, so it cannot hide the sign.
            matches, unconditional = lexicon.readings(paragraph.text, paragraph.kind, skip=dead)
        said = _said_in_action(lexicon, paragraph, matches)
        if not matches and not said:
            continue
        quoted = _quoted_spans(lexicon, paragraph.text) if kind_weight > spoken else []
        # A line of dialogue read from a statement, a letter or a text ("\"He said there were other
        # ways to pay.\"") reports words: a cue made for speech weighs there as speech.
        reported = [m.span() for m in _QUOTED.finditer(paragraph.text)] if paragraph.kind in _SPOKEN else []
        line = _Line(paragraph, kind_weight, spoken, quoted, reported, negated)
        under = _under_conditional(matches, unconditional)
        for match, hidden in zip(matches, under, strict=True):
            found = _weighed(ctx, line, match, hits)
            if hidden:
                fallback = tuple(h for m in hidden for h in _weighed(ctx, line, m, hits))
                found = [dataclasses.replace(h, fallback=fallback) for h in found]
            hits.extend(found)
        if said:
            sent = dataclasses.replace(paragraph, kind="Dialogue")
            for match in said:
                hits.extend(_hits_for(lexicon, sent, match, spoken, hits, negated=negated))
    return hits


@dataclass(frozen=True, slots=True)
class _Line:
    """A paragraph as ``_scene_hits`` weighs it: its kind's weight, the weight of speech (for the
    spans it quotes), those spans and the words it reports from a statement or a text."""

    paragraph: Paragraph
    kind_weight: float
    spoken: float
    quoted: list[tuple[int, int]]
    reported: list[tuple[int, int]]
    negated: set[str] | None = None


def _weighed(ctx: _Context, line: _Line, match: Match, before: list[_Hit]) -> list[_Hit]:
    """The hits of one match, weighed by where it stands in the line. A cue that is a character's
    name ("Shag", "Candy") is that character, not the word."""
    paragraph = line.paragraph
    written = paragraph.text[match.start : match.end]
    if (written[:1].isupper() or paragraph.kind == "Scene Heading") and fold(written) in ctx.names:
        return []
    weight = line.kind_weight
    if any(s <= match.start and match.end <= e for s, e in line.quoted) or (
        paragraph.kind != "Scene Heading"
        and not match.cue.context
        and "GRP" not in match.cue.weights
        and _titled_mid_sentence(paragraph.text, match.start, written)
    ):
        weight = line.spoken
    told = any(s <= match.start and match.end <= e for s, e in line.reported)
    return _hits_for(ctx.lexicon, paragraph, match, weight, before, reported=told, negated=line.negated)


def _under_conditional(shown: Sequence[Match], unconditional: Sequence[Match]) -> list[list[Match]]:
    """The context cues each conditional cue of the line hides: "se fige" is a firm refusal
    beside a touch of the same paragraph (``with_codes``) and a frozen reaction anywhere else,
    but overlaps let only one cue hold the words. ``unconditional`` is the line read without its
    conditional cues (``Lexicon.readings``); each conditional match keeps the context cues found
    there under its span (one list per match, in order), to count if its condition fails
    (``_with_codes``). Only context cues: they still need an intimate act beside them, where a
    plain word under "three lovers" ("residents") would not. (The other matches of ``shown`` never
    overlap a conditional one, so nothing found here is already counted.)"""
    return [
        [a for a in unconditional if a.cue.context and a.start < m.end and m.start < a.end]
        if m.cue.with_codes
        else []
        for m in shown
    ]


#: A message of a chat or text thread typed as an action line: who sent it, in capitals, then
#: what was sent ("JAY: delete our chats", « LUDO : « Tu me dois au moins ça. » »).
_MESSAGE = re.compile(
    rf"^\s*[{_UP}0-9][{_UP}0-9_'’.\-]*(?:[ ][{_UP}0-9_'’.\-]+){{0,3}}"  # the sender
    r"(?:\s*\([^)]*\))?\s?:\s*(?P<body>\S.*)$",
    re.S,
)


def _said_in_action(lexicon: Lexicon, paragraph: Paragraph, shown: Sequence[Match]) -> list[Match]:
    """The cues made for speech in what an action line quotes or shows sent: a threat in a text
    thread on screen is said, though typed as action, and the cues read only in dialogue would
    never see it. Only those cues, and only where the action reading (``shown``) found nothing."""
    if paragraph.kind not in _SEEN or paragraph.kind == "Scene Heading":
        return []
    text = paragraph.text
    message = _MESSAGE.match(text)
    spans = [message.span("body")] if message else []
    spans += [q.span() for q in _QUOTED.finditer(text)]
    if not spans:
        return []
    return [
        m
        for m in lexicon.matches(text, "Dialogue")
        if m.cue.kinds is not None
        and "Action" not in m.cue.kinds
        and any(s <= m.start and m.end <= e for s, e in spans)
        and not any(k.start < m.end and m.start < k.end for k in shown)
    ]


def _unfollowed(lexicon: Lexicon, matches: Sequence[Match], before: Sequence[_Hit]) -> frozenset[str]:
    """The sequence cues among ``matches`` with nothing to follow: no earlier hit of the scene,
    nor an earlier cue of the same line, has one of their ``after`` codes at the sequence weight."""
    minimum = lexicon.settings.sequence_min_weight
    dead = set()
    for match in matches:
        after = match.cue.after
        if not after or _earlier(before, after, minimum) is not None:
            continue
        if not any(m.end <= match.start and _weighs(m.cue, after, minimum) for m in matches):
            dead.add(match.cue.id)
    return frozenset(dead)


def _weighs(cue: Cue, codes: Iterable[str], minimum: float) -> bool:
    return any(cue.weights.get(code, 0.0) >= minimum for code in codes)


def _hits_for(
    lexicon: Lexicon,
    paragraph: Paragraph,
    match: Match,
    kind_weight: float,
    before: list[_Hit],
    *,
    reported: bool = False,
    negated: set[str] | None = None,
) -> list[_Hit]:
    cue = match.cue
    cue_text = paragraph.text[match.start : match.end]
    if cue.kinds is not None:
        if paragraph.kind not in cue.kinds:
            return []
        if not reported:
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
        if negated is not None:
            negated.add(cue.id)
            negated.update(code for code, weight in cue.weights.items() if weight > 0)
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
            cue,
        )
        for code, weight in weights.items()
    ]


def _total(weights: Iterable[float]) -> float:
    """Weights added up as the lexicon writes them: three cues of 0.3 reach a threshold of 0.9
    (a float sum gives 0.8999…, which would quietly miss it)."""
    return round(sum(weights), 9)


#: Paragraph kinds that only say who speaks or how: not a beat of their own.
_NOT_A_BEAT = frozenset({"Character", "Parenthetical"})


def _beats(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """Each paragraph's beat number (by ``Paragraph.index``): a cue, its speaker and its line
    count as one beat, so a scene told in dialogue is measured like one told in action lines.
    Worked out once per scene for the context rules."""
    beats: dict[int, int] = {}
    n = 0
    for p in paragraphs:
        if p.kind not in _NOT_A_BEAT:
            n += 1
        beats[p.index] = n
    return beats


def _without_lone_context(lexicon: Lexicon, hits: list[_Hit], beat: Mapping[int, int]) -> list[_Hit]:
    """Context cues (a struggle, pinned wrists, "the trio") count only beside another cue of
    an intimate code, so a fist fight or a group of friends is not read as intimate. The cues
    that enable them must weigh ``context_enabling`` together, in what is seen: a word said in
    dialogue ("kiss") or one weak cue ("condoms") is not enough, nor are the codes of
    ``not_enabling``. Self-pleasure enables its own context (a bitten lip) but not a struggle's
    (``not_enabling_for``): she stares at the ceiling alone."""
    settings = lexicon.settings
    anchors = [
        h
        for h in hits
        if not h.context
        and not h.conditional
        and h.code not in settings.not_enabling
        and h.paragraph.kind not in _SPOKEN
    ]

    def near(usable: Sequence[_Hit]) -> set[int] | None:
        """The beats where context cues count beside ``usable`` (``None``: all of them)."""
        if _total(a.weight for a in usable) < settings.context_enabling:
            return set()
        if not settings.context_window:
            return None
        # In a long scene, a "no" or a "she freezes" far from the intimate beat is about something else.
        window = range(-settings.context_window, settings.context_window + 1)
        return {beat[a.paragraph.index] + d for a in usable for d in window}

    default = near(anchors)
    per_code = {
        code: near([a for a in anchors if a.code not in excluded])
        for code, excluded in settings.not_enabling_for.items()
    }

    def allowed(hit: _Hit) -> bool:
        beats = per_code.get(hit.code, default)
        return beats is None or beat[hit.paragraph.index] in beats

    return [h for h in hits if not h.context or allowed(h)]


def _in_scope(scope: str, a: _Hit, b: _Hit) -> bool:
    if scope == "scene":
        return True
    if a.paragraph.index != b.paragraph.index:
        return False
    if scope == "paragraph":
        return True
    return _sentence(a.paragraph.text, a.start, a.end) == _sentence(b.paragraph.text, b.start, b.end)


def _with_codes(lexicon: Lexicon, hits: list[_Hit]) -> list[_Hit]:
    """A conditional cue ("three lovers", "no", "stands frozen") counts only when a firm cue of
    one of its ``with_codes`` is in the same sentence, paragraph or scene (its ``within``)."""
    if not any(h.conditional for h in hits):
        return hits
    minimum = lexicon.settings.threshold_intimate
    anchors = [h for h in hits if not h.conditional and not h.context and h.weight >= minimum]
    kept = []
    fell: set[tuple[int, int, int]] = set()  # conditional matches whose fallback is in (one per match)
    for hit in hits:
        cue = hit.source
        if (
            cue is None
            or not cue.with_codes
            or any(a.code in cue.with_codes and _in_scope(cue.within, a, hit) for a in anchors)
        ):
            kept.append(hit)
        elif hit.fallback and (key := (hit.paragraph.index, hit.start, hit.end)) not in fell:
            # the cue's condition fails: what its words read without it counts instead
            fell.add(key)
            kept.extend(hit.fallback)
    return kept


def _yielded(lexicon: Lexicon, hits: list[_Hit]) -> list[_Hit]:
    """Drop the cues that yield to a code found firmly in the scene (closeness is part of the
    kiss when there is one)."""
    if not any(h.source is not None and h.source.yields for h in hits):
        return hits
    minimum = lexicon.settings.sequence_min_weight
    firm = {h.code for h in hits if not h.context and not h.conditional and h.weight >= minimum}
    return [h for h in hits if h.source is None or not (h.source.yields & firm)]


def _context_alone(lexicon: Lexicon, hits: Sequence[_Hit], beat: Mapping[int, int]) -> list[_Hit]:
    """Sexual violence where no intimate act is named: a locked door, "she's slurring", "I want to
    go home" and "he says shh" are each nothing, together an assault to ask about. The cues of a
    ``context_alone_codes`` code (context and conditional ones included, each family once at its
    best weight, none lighter than ``context_alone_min_weight``) give it when at least
    ``context_alone_families`` families weigh ``context_alone`` together within
    ``2 × context_window`` beats (one moment, not a long scene's scattered "no" and "again").
    Marked implied: the confidence stays low and the IC is asked."""
    settings = lexicon.settings
    if not settings.context_alone or not settings.context_alone_codes:
        return []
    span = 2 * settings.context_window if settings.context_window else None
    for code in sorted(settings.context_alone_codes):
        usable = [
            h
            for h in hits
            if h.code == code
            and h.cue_id not in settings.context_alone_skip
            and h.weight >= settings.context_alone_min_weight
        ]
        for first in usable:
            best: dict[str, _Hit] = {}
            start = beat[first.paragraph.index]
            for hit in usable:
                if span is not None and not 0 <= beat[hit.paragraph.index] - start <= span:
                    continue
                key = hit.cue_id or hit.cue.casefold()
                if key not in best or hit.weight > best[key].weight:
                    best[key] = hit
            if len(best) < settings.context_alone_families or (
                _total(h.weight for h in best.values()) < settings.context_alone
            ):
                continue
            chosen = sorted(best.values(), key=lambda h: (h.paragraph.index, h.start))
            template = lexicon.questions.get("context_alone")
            question = template.format(cue=" / ".join(h.cue for h in chosen)) if template else None
            found = [dataclasses.replace(h, implied=True, question=None) for h in chosen]
            if question:
                asked = dataclasses.replace(chosen[0], implied=True, question=question, cue_id="alone")
                found.append(asked)
            return found
    return []


def _exclusive(lexicon: Lexicon, codes: set[str]) -> set[str]:
    """Keep the first code of each ``exclusive`` group that is present (the nudity level of a
    scene is the highest one: full, else partial, else implied)."""
    for group in lexicon.settings.exclusive:
        present = [c for c in group if c in codes]
        codes -= set(present[1:])
    return codes


def _codes(lexicon: Lexicon, hits: Sequence[_Hit]) -> set[str]:
    settings = lexicon.settings
    # The same words said again ("the trio" ... "the trio") add nothing: each distinct cue text
    # counts once per code, at its best weight.
    # A ``once`` cue (a power word, a bare "no") counts once per scene whatever its wording.
    best: dict[tuple[str, str, str], float] = {}
    for hit in hits:
        once = hit.source is not None and hit.source.once
        key = (hit.code, hit.cue_id, "" if once else hit.cue.casefold())
        best[key] = max(best.get(key, 0.0), hit.weight)
    by_code: dict[str, list[float]] = defaultdict(list)
    for (code, _, _), weight in best.items():
        by_code[code].append(weight)
    scores = {code: _total(weights) for code, weights in by_code.items()}
    strong = {c for c, s in scores.items() if s >= settings.threshold_for(c, intimate=False)}
    if not strong and settings.threshold_combined:
        # Two different intimate codes, each too weak alone ("out cold" + "undoing her zip"),
        # make an intimate scene when their firm cues (0.5 and up, seen, not said) weigh
        # ``threshold_combined`` together.
        seen = [
            h
            for h in hits
            if not h.context
            and not h.conditional
            and h.code not in settings.not_enabling
            and h.paragraph.kind not in _SPOKEN
            and h.weight >= 0.5
        ]
        if len({h.code for h in seen}) >= 2 and _total(h.weight for h in seen) >= settings.threshold_combined:
            strong = {c for c, s in scores.items() if s >= settings.threshold_for(c, intimate=True)}
    if not strong:
        return set()
    # Codes in ``context_full_threshold`` (sexual violence) backed only by context cues ("she
    # freezes", "he locks the door") keep their own threshold in an intimate scene.
    firm = {h.code for h in hits if not h.context}
    return _exclusive(
        lexicon,
        {
            c
            for c, s in scores.items()
            if s >= settings.threshold_for(c, intimate=c in firm or c not in settings.context_full_threshold)
        }
        | strong,
    )


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
    minors: list[_Person]
    #: the script's character names and their words, folded ("shag", "candy")
    names: frozenset[str] = frozenset()
    model: SceneModel | None = None
    #: minor words that begin the name of a character introduced as an adult ("bébé" of « BÉBÉ
    #: LA ROSE (28 ans) »), folded: in that script the word names her, not a baby
    adult_names: frozenset[str] = frozenset()


def character_words(script: Script) -> frozenset[str]:
    """Folded one-word names of the script's characters ("SHAG", "CANDY")."""
    names: set[str] = set()
    for scene in script.scenes:
        names.update(scene.characters)
    for p in script.paragraphs:
        if p.speaker:
            names.add(p.speaker)
    words = (_words(n) for n in names)
    return frozenset(w[0] for w in words if len(w) == 1 and len(w[0]) > 2)


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
        names = finder.find(_unwritten(lexicon, hit.paragraph.text)[s:e])
        if len(names) >= settings.grp_min_characters:
            question = template.format(names=", ".join(names)) if template else None
            return [_Hit(hit.paragraph, hit.start, hit.end, "GRP", 1.0, False, question)]
    return []


def _unwritten(lexicon: Lexicon, text: str) -> str:
    """``text`` with what is written in it blanked out (quotations, a sign's capitals): a name on
    a door sign ('NO ENTRY - MATT'S ROOM') is not a third person in the room."""
    for s, e in _quoted_spans(lexicon, text):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _minor_hits(
    ctx: _Context, script: Script, scene: Scene, paragraphs: Sequence[Paragraph], names: Sequence[str]
) -> tuple[list[_Hit], list[str]]:
    """Evidence that a minor is in the scene (a known minor's name, a minor word, a young age),
    and questions for characters whose age in this scene the script leaves open."""
    lexicon = ctx.lexicon
    questions = lexicon.questions
    hits: list[_Hit] = []
    open_questions: list[str] = []
    continuous = lexicon.minors.continuous
    for person in ctx.minors:
        spot = _first_mention(person.name, paragraphs) or _heard_nearby(person.name, paragraphs)
        if spot is None and (
            not any(_same_character(person.name, n) for n in names) or _heard_only(person.name, paragraphs)
        ):
            continue
        minor = _minor_in_scene(person, script, scene, continuous)
        if minor is None:
            continue
        age = f" ({minor.age})" if minor.age is not None else ""
        if minor.ambiguous:
            template = questions.get("minor_ambiguous", "")
            if template:
                open_questions.append(template.format(name=minor.name, age=age, adult=minor.adult_age))
            continue
        question = questions.get("minor", "").format(name=minor.name, age=age) or None
        if question and minor.adult_age is not None:
            question += " " + questions.get("minor_adult", "").format(adult=minor.adult_age)
        if spot is None:
            hits.append(_Hit(paragraphs[0], 0, 0, "MIN", 1.0, False, question))
        else:
            p, s, e = spot
            hits.append(_Hit(p, s, e, "MIN", 1.0, False, question))
    words: list[str] = []
    for p in paragraphs:
        if p.kind in _SEEN:
            written = _quoted_spans(lexicon, p.text) if lexicon.minors.may_mention(p.text) else ()
            word = _minor_word(lexicon.minors, p.text, blockers=False, written=written, names=ctx.adult_names)
            age = _young_age(lexicon.minors, p.text)
            spot = word.span() if word else age
        elif p.kind == "Character":
            word = _minor_word(lexicon.minors, p.text, blockers=False, names=ctx.adult_names)
            spot = word.span() if word else None
        else:
            continue
        if spot is not None:
            words.append(p.text[spot[0] : spot[1]])
            hits.append(_Hit(p, spot[0], spot[1], "MIN", 1.0, False, None))
    if words and not any(h.question for h in hits):
        # One question for all the minor words of the scene ("newborn", "baby"): same child.
        cues = " / ".join(dict.fromkeys(words))
        question = questions.get("minor_word", "").format(cue=cues) or None
        first = next(h for h in hits if h.code == "MIN" and h.question is None)
        hits[hits.index(first)] = dataclasses.replace(first, question=question)
    return hits, open_questions


def _young_age(minors: Minors, text: str) -> tuple[int, int] | None:
    """The first age under 18 written in ``text`` that is not a trap (« mariés depuis quinze
    ans » is a duration)."""
    if not minors.may_mention(text):
        return None
    traps = _MinorTraps(minors, text)
    for pattern in minors.ages:
        for m in pattern.finditer(text):
            if minors.age_value(m.group("age")) < 18 and not traps.cover(m.start(), m.end()):
                return m.span()
    return None


@cache
def _cue_extensions(key: str) -> re.Pattern[str]:
    """A character cue's extension from the ``[offscreen]`` list ``key`` of stopwords.toml:
    ``extensions`` (not in the room) or ``nearby`` (off camera but in the place)."""
    words = "|".join(re.escape(w) for w in load("stopwords")["offscreen"][key])
    return re.compile(rf"\(\s*(?:{words})\s*\)", re.IGNORECASE)


def _heard_only(name: str, paragraphs: Sequence[Paragraph]) -> bool:
    """``name`` speaks in the scene only off screen, by voice-over or on the phone."""
    cues = [p for p in paragraphs if p.kind == "Character" and _same_character(normalize_cue(p.text), name)]
    return bool(cues) and all(_cue_extensions("extensions").search(p.text) for p in cues)


def _heard_nearby(name: str, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, int, int] | None:
    """``name``'s cue off camera but in the place ("LOU (O.S.)" behind the bedroom door): a
    minor heard that way is on set beside the intimate scene. A phone or a voice-over is not.
    French « (OFF) » is both, so the parenthetical under the cue decides: « (derrière la
    porte) » puts the voice in the place."""
    for i, p in enumerate(paragraphs):
        if p.kind != "Character" or not _same_character(normalize_cue(p.text), name):
            continue
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if _cue_extensions("nearby").search(p.text) or (
            _cue_extensions("extensions").search(p.text) and _placed_nearby(following)
        ):
            return p, 0, len(p.text.rstrip())
    return None


def _placed_nearby(following: Paragraph | None) -> bool:
    """Whether the parenthetical right under a cue puts the voice in the place (« derrière la
    porte », "from the hallway"): the ``places`` list of stopwords.toml ``[offscreen]``."""
    if following is None or not (
        following.kind == "Parenthetical" or (following.kind == "Dialogue" and following.text.startswith("("))
    ):
        return False
    aside = following.text[: following.text.find(")") + 1 or None]
    places = _nearby_places()
    return places is not None and places.search(aside) is not None


@cache
def _nearby_places() -> re.Pattern[str] | None:
    return compile_patterns(load("stopwords")["offscreen"]["places"])


def _first_mention(name: str, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, int, int] | None:
    """Where ``name`` first shows up in a scene: a cue, or the name in what is seen. A heading's
    possessive ("INT. ANNA'S FLAT", « CHAMBRE DE LÉA ») names a place, not someone present; a
    voice off screen ("ANNA (O.S.)") is not someone in the room. "NOÉ BERTHIER" is also found
    as "Noé", the way the action lines write a character after the introduction."""
    given = given_name(name)
    written = [name, given] if given else [name]
    for p in paragraphs:
        if p.kind == "Character" and _same_character(normalize_cue(p.text), name):
            if _cue_extensions("extensions").search(p.text):
                continue
            return p, 0, len(p.text.rstrip())
        if p.kind in _SEEN:
            spans = _name_spans(written, p.text)
            if p.kind == "Scene Heading":
                spans = [
                    sp
                    for sp in spans
                    if not _POSSESSIVE.match(p.text, sp[2]) and not _OWNER_BEFORE.search(p.text, 0, sp[1])
                ]
            if spans:
                return p, spans[0][1], spans[0][2]
    return None


_POSSESSIVE = re.compile(r"['’]S?(?![\w])", re.IGNORECASE)
#: « APPARTEMENT DE LÉA », "HOUSE OF ANNA": the name owns the place.
_OWNER_BEFORE = re.compile(r"(?:\b(?:DE|DU|D['’]|CHEZ|OF)\s*)$", re.IGNORECASE)


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


_SINGULAR = re.compile(r"(?:^|[.!?]\s+)(?:She|He|Elle|Il)\b")
_PLURAL = re.compile(r"\b(?:they|them|their|ils|elles|leurs?|eux)\b", re.IGNORECASE)


def _involved(
    scene: Scene, names: Sequence[str], evidence: Sequence[Evidence], script: Script
) -> tuple[str, ...]:
    finder = NameFinder(names)
    found: set[str] = set()
    first, _stop = scene.paragraphs
    for paragraph_index in {ev.paragraph for ev in evidence}:
        p = script.paragraphs[paragraph_index]
        if p.kind == "Character":
            found.update(n for n in names if _same_character(normalize_cue(p.text), n))
            continue
        named = finder.find(p.text)
        # "She touches herself": nobody named, so it is who the scene named last, and only the
        # first of them (the subject carried on) when the pronoun is singular.
        back = paragraph_index - 1
        while not named and back > first:
            earlier = script.paragraphs[back]
            if earlier.kind in _SEEN and earlier.kind != "Scene Heading":
                named = finder.find(earlier.text)
                if named and _SINGULAR.search(p.text) and not _PLURAL.search(p.text):
                    spans = _name_spans(named, earlier.text)
                    named = [min(spans, key=lambda sp: sp[1])[0]] if spans else named[:1]
            back -= 1
        found.update(named)
        if p.speaker and p.kind in _SPOKEN | {"Parenthetical"}:
            found.add(p.speaker)
    ordered = tuple(n for n in names if n in found)
    return ordered or tuple(scene.characters)


def _questions(hits: Sequence[_Hit], codes: set[str]) -> list[str]:
    """The IC's questions, each asked once: one per cue family (not per wording), one per
    minor."""
    chosen: dict[str, _Hit] = {}
    for hit in hits:
        if hit.code not in codes or not hit.question:
            continue
        key = hit.cue_id or hit.question
        best = chosen.get(key)
        # the firmest, then the longest wording of the family ("They make love" over "make love")
        if best is None or (hit.weight, len(hit.cue)) > (best.weight, len(best.cue)):
            chosen[key] = hit
    order = {id(h): i for i, h in enumerate(hits)}
    picked = sorted(chosen.values(), key=lambda h: order[id(h)])
    return list(dict.fromkeys(h.question for h in picked if h.question))


# --- recall net ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _WeakFamily:
    id: str
    weight: float
    codes: tuple[str, ...]
    pattern: re.Pattern[str]
    #: also read in the scene heading (a setting: "BEDROOM", "SHOWERS")
    heading: bool


@dataclass(frozen=True, slots=True)
class _WeakNet:
    families: tuple[_WeakFamily, ...]
    threshold: float
    min_families: int
    confidence: float
    confidence_step: float
    confidence_max: float
    default_codes: tuple[str, ...]
    question: str
    #: which (family number, pattern) may match a text: literals every match contains
    prefilter: Prefilter | None = None


@cache
def _weak_net(lang: str) -> _WeakNet | None:
    """The ``[weak]`` part of ``lang``'s lexicon (``None`` when it has none)."""
    table = load(f"lexicon_{lang}").get("weak")
    if not table:
        return None
    words = words_for(lang)
    families = []
    entries: list[tuple[frozenset[str] | None, int]] = []
    with pattern_cache(f"weak-{lang}"):
        for i, fam in enumerate(table.get("family", [])):
            codes = tuple(fam.get("codes", ()))
            for code in codes:
                if code not in CODES:
                    raise ValueError(f"lexicon {lang} weak family {i + 1}: unknown code {code!r}")
            pattern = compile_patterns(fam["patterns"], families=words)
            if pattern is None:
                raise ValueError(f"lexicon {lang} weak family {i + 1}: no patterns")
            parts = [LazyPattern(s, families=words) for s in fam["patterns"]]
            entries += [(part.triggers, (i, part)) for part in parts]
            families.append(
                _WeakFamily(fam["id"], float(fam["weight"]), codes, pattern, bool(fam.get("heading", False)))
            )
    return _WeakNet(
        families=tuple(families),
        threshold=float(table["threshold"]),
        min_families=int(table.get("min_families", 2)),
        confidence=float(table["confidence"]),
        confidence_step=float(table.get("confidence_step", 0.0)),
        confidence_max=float(table["confidence_max"]),
        default_codes=tuple(table.get("default_codes", ("TEN",))),
        question=str(table["question"]),
        prefilter=Prefilter(entries),
    )


#: Weak signals of a scene: family id → (family, paragraph, start, end) of its first sighting.
_Signals = dict[str, tuple[_WeakFamily, Paragraph, int, int]]


def _weak_signals(ctx: _Context, paragraphs: Sequence[Paragraph], *, complete: bool = False) -> _Signals:
    """The weak-signal families seen in a scene, each at its first place. Only what is seen
    counts (dialogue and quoted words do not), a negated signal ("doesn't undress") is none,
    and neither is one inside a trap ("straddling his chest, throwing punches") or inside
    another family's words ("bare thigh" is not also "thigh"). Unless
    ``complete``, gives up early (``{}``) when the families present cannot reach the net's
    threshold; the second reader reads them all."""
    lexicon = ctx.lexicon
    net = _weak_net(lexicon.lang)
    if net is None or not net.families:
        return {}
    seen = [p for p in paragraphs if p.kind in _SEEN and p.text.strip()]
    # One search per family over the whole scene first: most families are absent from most
    # scenes, and this is most of the net's cost on a long script.
    whole = "\n".join(p.text for p in seen)
    if net.prefilter is not None:
        present = {i for i, part in net.prefilter.select(whole) if part.search(whole)}
        families = [f for i, f in enumerate(net.families) if i in present]
    else:
        families = [f for f in net.families if f.pattern.search(whole)]
    weight = _total(f.weight for f in families)
    if not complete and (len(families) < net.min_families or weight < net.threshold):
        return {}
    best: _Signals = {}
    for paragraph in seen:
        heading = paragraph.kind == "Scene Heading"
        quoted: list[tuple[int, int]] | None = [] if heading else None
        trapped: list[tuple[int, int]] | None = None
        for family in families:
            if family.id in best or (heading and not family.heading):
                continue
            for m in family.pattern.finditer(paragraph.text):
                if quoted is None:
                    quoted = _quoted_spans(lexicon, paragraph.text)
                if m.start() == m.end() or any(s <= m.start() and m.end() <= e for s, e in quoted):
                    continue
                if trapped is None:
                    trapped = lexicon.trap_spans(paragraph.text)
                if any(s < m.end() and m.start() < e for s, e in trapped):
                    continue
                written = m.group(0)
                if written[:1].isupper() and fold(written) in ctx.names:
                    continue
                if negation_state(lexicon.negation, paragraph.text, m.start(), m.end()) == "block":
                    continue
                if any(q is paragraph and _nested((s, e), m.span()) for _, q, s, e in best.values()):
                    continue  # the same words are one signal ("torse nu" is not also "torse")
                best[family.id] = (family, paragraph, m.start(), m.end())
                break
    return best


def _nested(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether one span lies within the other."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _weak_hits(ctx: _Context, best: _Signals) -> tuple[list[_Hit], float]:
    """The recall net: no cue made a finding, but signals from at least ``min_families``
    different families, each counted once, weigh ``threshold`` together. Codes come from the
    strongest family that suggests one; the confidence stays at or under ``confidence_max`` and
    the IC is asked to read the scene."""
    net = _weak_net(ctx.lexicon.lang)
    if net is None or not best:
        return [], 0.0
    score = _total(f.weight for f, *_ in best.values())
    if len(best) < net.min_families or score < net.threshold:
        return [], 0.0
    coded = [f for f, *_ in best.values() if f.codes]
    top = max((f.weight for f in coded), default=0.0)
    codes = [c for f in coded if f.weight == top for c in f.codes] or list(net.default_codes)
    primary = min(codes, key=_ORDER.__getitem__)
    chosen = sorted(best.values(), key=lambda b: (b[1].index, b[2]))
    hits = [
        _Hit(p, s, e, f.codes[0] if f.codes and f.codes[0] in codes else primary, 0.3, True, None)
        for f, p, s, e in chosen
    ]
    extra = [c for c in dict.fromkeys(codes) if c not in {h.code for h in hits}]
    hits += [dataclasses.replace(hits[0], code=c) for c in extra]
    cues = " / ".join(dict.fromkeys(p.text[s:e] for _, p, s, e in chosen))
    hits[0] = dataclasses.replace(hits[0], question=net.question.format(cue=cues), cue_id="weak")
    confidence = min(
        net.confidence_max, net.confidence + net.confidence_step * (len(best) - net.min_families)
    )
    return hits, round(confidence, 2)


def _model_features(
    ctx: _Context,
    paragraphs: Sequence[Paragraph],
    raw: Sequence[_Hit],
    signals: _Signals,
    negated: Iterable[str] = (),
) -> set[str]:
    """What the second reader reads: the scene's words (``scene_model.features``) and what
    the lexicon saw in it even when that made no finding (each cue family, each code it
    pointed to, each weak-signal family, each cue and code it read as negated), so the model
    learns from the lexicon's knowledge as well as from words."""
    present = features(paragraphs, ctx.names)
    present.update(f"cue:{h.cue_id}" for h in raw if h.cue_id)
    present.update(f"code:{h.code}" for h in raw)
    present.update(f"weak:{family}" for family in signals)
    present.update(f"neg:{what}" for what in negated)
    return present


def scene_features(
    script: Script, *, lang: str | None = None, cast: Sequence[CastMember] | None = None
) -> list[set[str]]:
    """Per scene, in order, the features the second reader scores (for training it)."""
    ctx = _context(script, lang, cast, None)
    out = []
    for scene in script.scenes:
        paragraphs = script.scene_paragraphs(scene)
        negated: set[str] = set()
        raw = _scene_hits(ctx, paragraphs, negated)
        signals = _weak_signals(ctx, paragraphs, complete=True)
        out.append(_model_features(ctx, paragraphs, raw, signals, negated))
    return out


def _model_hits(
    ctx: _Context,
    model: SceneModel,
    paragraphs: Sequence[Paragraph],
    present: set[str],
    minor: Callable[[], bool],
) -> tuple[list[_Hit], float]:
    """The second reader's finding for a scene the lexicon passed over: the codes its code
    models rate likely (the most likely one when none reaches its threshold, never ``SXV``:
    the model claims coercion only at its threshold, as ``_model_sxv`` does), evidence where
    the strongest words are written, and a request to read the scene.

    A code the lexicon read as negated in the scene (``neg:KIS`` for « sans l'embrasser ») is
    never claimed: a bag of words weighs "doesn't kiss" as a kiss, and the lexicon has read the
    sentence. When that leaves no code, the model says nothing. ``minor`` tells whether a minor
    is in the scene, for the model's lower bar there (``SceneModel.minor_threshold``)."""
    probability = model.flagged(present, minor)
    if probability is None:
        return [], 0.0
    likely = model.likely_codes(present) or [
        max(
            ((c, m.probability(present)) for c, m in model.codes.items() if c != "SXV"),
            key=lambda cp: cp[1],
        )
    ]
    codes = [c for c, _ in likely if f"neg:{c}" not in present]
    if not codes:
        return [], 0.0
    spots = [
        spot
        for feature in model.intimate.strongest(present, 6)
        if (spot := locate(paragraphs, ctx.names, feature)) is not None
    ][:3]
    if not spots:
        return [], 0.0
    words = top_words(model.intimate, present, paragraphs, ctx.names)
    question = ctx.lexicon.questions["model"].format(cue=", ".join(words))
    hits = [_Hit(p, s, e, codes[0], 0.3, True, None, cue_id="model") for p, s, e in spots]
    hits += [dataclasses.replace(hits[0], code=c) for c in codes[1:]]
    hits[0] = dataclasses.replace(hits[0], question=question)
    return hits, model.confidence_of(probability)


def _model_sxv(
    ctx: _Context,
    model: SceneModel,
    paragraphs: Sequence[Paragraph],
    present: set[str],
    alone: bool = False,
) -> _Hit | None:
    """``SXV`` from the second reader where the wording resembles coercion the lexicon has no
    cue for ("you owe me", a locked door, a job on the line): at the model's own threshold in a
    scene with other codes; ``alone`` (a scene with none), at ``model.sxv_alone`` and only in a
    scene of ``model.sxv_alone_features``."""
    sxv = model.codes.get("SXV")
    if sxv is None or not model.reads(present):
        return None
    if alone and len(present) < model.sxv_alone_features:
        return None
    if sxv.probability(present) < (model.sxv_alone if alone else sxv.threshold):
        return None
    for feature in sxv.strongest(present, 6):
        spot = locate(paragraphs, ctx.names, feature)
        if spot is not None:
            p, s, e = spot
            words = top_words(sxv, present, paragraphs, ctx.names)
            question = ctx.lexicon.questions["model_sxv"].format(cue=", ".join(words))
            return _Hit(p, s, e, "SXV", 0.3, True, question, cue_id="model-sxv")
    return None


def _named_sign(lexicon: Lexicon, hits: Sequence[_Hit]) -> bool:
    """Whether signs gathered by ``_context_alone`` include one that names coercion (a favour
    asked, a threat: ``named_sign`` and up) rather than only reactions to it (a frozen look, a
    locked door, weighed lighter)."""
    minimum = lexicon.settings.named_sign
    return any(h.weight >= minimum and not h.context and not h.conditional for h in hits)


def _scene_finding(ctx: _Context, script: Script, scene: Scene) -> Finding | None:
    lexicon = ctx.lexicon
    paragraphs = script.scene_paragraphs(scene)
    if not paragraphs:
        return None
    negated: set[str] = set()
    raw = _scene_hits(ctx, paragraphs, negated)
    beat = _beats(paragraphs)
    hits = _without_lone_context(lexicon, _yielded(lexicon, _with_codes(lexicon, raw)), beat)
    codes = _codes(lexicon, hits)
    if not codes:
        hits = _context_alone(lexicon, raw, beat)
        codes = {h.code for h in hits}
    elif not codes & lexicon.settings.context_alone_codes:
        # Signs of coercion that no act of the scene enables (a coerced faked climax: self-pleasure
        # does not enable a struggle's cues) still add up on their own, when one of them names it.
        alone = _context_alone(lexicon, raw, beat)
        if _named_sign(lexicon, alone):
            added = {h.code for h in alone}
            hits = [h for h in hits if h.code not in added] + alone
            codes |= added
    weak_confidence = None
    model = ctx.model
    signals = None
    if not codes:
        signals = _weak_signals(ctx, paragraphs, complete=model is not None)
        hits, weak_confidence = _weak_hits(ctx, signals)
        codes = {h.code for h in hits}
    if model is not None and "SXV" not in codes:
        if signals is None:
            signals = _weak_signals(ctx, paragraphs, complete=True)
        present = _model_features(ctx, paragraphs, raw, signals, negated)
        if not codes:

            def minor() -> bool:
                return bool(_minor_hits(ctx, script, scene, paragraphs, _scene_names(scene, paragraphs))[0])

            hits, weak_confidence = _model_hits(ctx, model, paragraphs, present, minor)
            codes = {h.code for h in hits}
            if not codes and (coercion := _model_sxv(ctx, model, paragraphs, present, alone=True)):
                hits, weak_confidence, codes = [coercion], model.confidence[0], {"SXV"}
        elif coercion := _model_sxv(ctx, model, paragraphs, present):
            hits.append(coercion)
            codes.add("SXV")
    if not codes:
        return None
    names = _scene_names(scene, paragraphs)
    if "GRP" not in codes:
        group = _group_hits(lexicon, hits, codes, NameFinder(names))
        if group:
            hits.extend(group)
            codes.add("GRP")
    minor_hits, open_questions = _minor_hits(ctx, script, scene, paragraphs, names)
    if minor_hits:
        hits.extend(minor_hits)
        codes.add("MIN")
    evidence = _evidence(hits, codes)
    questions = _questions(hits, codes) + open_questions
    return Finding(
        scene=scene.index,
        codes=tuple(sorted(codes, key=_ORDER.__getitem__)),
        confidence=_confidence(lexicon, hits, codes) if weak_confidence is None else weak_confidence,
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


def _context(
    script: Script, lang: str | None, cast: Sequence[CastMember] | None, model: SceneModel | bool | None
) -> _Context:
    language = _language(script, lang)
    second = packaged(language) if model is True else (model or None)
    intros = find_intros(script)
    lexicon = load_lexicon(language)
    return _Context(
        lexicon,
        _known_minors(intros, cast),
        character_words(script),
        second,
        _adult_name_words(lexicon, intros),
    )


def _adult_name_words(lexicon: Lexicon, intros: Sequence[CharacterIntro]) -> frozenset[str]:
    """Minor words that begin the name of a character the script introduces as an adult (a
    dancer billed as « BÉBÉ LA ROSE (28 ans) », "KID MCCOY (40s)")."""
    words: set[str] = set()
    for intro in intros:
        first, _, rest = intro.name.partition(" ")
        if intro.minor is False and rest and lexicon.minors.words.fullmatch(first):
            words.add(fold(first))
    return frozenset(words)


def detect(
    script: Script,
    *,
    lang: str | None = None,
    cast: Sequence[CastMember] | None = None,
    model: SceneModel | bool = True,
) -> tuple[Finding, ...]:
    """One Finding per scene that has any intimacy code, in scene order.

    ``lang`` picks the lexicon (``"en"``/``"fr"``); ``None`` uses ``script.language`` and
    ``"auto"`` detects it from the text. ``cast`` adds minors the script does not state
    (``minor`` or ``age < 18``); a cast entry never makes a character an adult.
    ``model``: the second reader (``True``: the one shipped for the language, if any;
    ``False``: the lexicon alone; or a ``SceneModel``, as the evaluation's cross-validation
    passes).
    """
    ctx = _context(script, lang, cast, model)
    findings = (_scene_finding(ctx, script, scene) for scene in script.scenes)
    return tuple(f for f in findings if f is not None)
