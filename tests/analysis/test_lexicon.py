"""Lexicon data: loading, pattern conveniences, traps, overlaps, prefilter."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

from prodbridge.analysis.lexicon import (
    LANGUAGES,
    PatternCache,
    Words,
    _cache_dir,
    compile_patterns,
    expand,
    inflect,
    load_lexicon,
    load_minors,
    said_either_way,
    triggers,
)
from prodbridge.data import load
from prodbridge.model import CODES

EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"


@contextmanager
def pattern_cache_at(folder: Path, name: str) -> Iterator[PatternCache]:
    """A pattern cache writing to ``folder`` (saved on exit, like ``pattern_cache``)."""
    cache = PatternCache(name, folder)
    yield cache
    cache.save()


def cues(lang: str, text: str) -> list[tuple[str, str]]:
    """(cue id, text found) for every cue the lexicon finds in ``text``."""
    return [(m.cue.id, text[m.start : m.end]) for m in load_lexicon(lang).matches(text)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_lexicon_loads_once_and_is_cached(lang):
    assert load_lexicon(lang) is load_lexicon(lang)


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no intimacy lexicon for language 'de'"):
        load_lexicon("de")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_cue_names_known_codes(lang):
    for cue in load_lexicon(lang).cues:
        assert set(cue.weights) <= set(CODES), cue.id
        assert cue.near is None or cue.near in CODES, cue.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_but_min_has_a_cue(lang):
    covered = {code for cue in load_lexicon(lang).cues for code in cue.weights}
    assert covered == set(CODES) - {"MIN"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_other_cue_shares_the_id_of_a_sequence_cue(lang):
    # ``Lexicon.matches(skip=...)`` leaves out a sequence with nothing to follow by its id: a
    # second cue under that id would vanish with it.
    cues = load_lexicon(lang).cues
    sequences = {cue.id for cue in cues if cue.after}
    assert [cue.id for cue in cues if cue.id in sequences and not cue.after] == []
    assert len(sequences) == sum(1 for cue in cues if cue.after)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_enabling_rules_are_data_and_name_known_codes(lang):
    settings = load_lexicon(lang).settings
    assert settings.not_enabling == {"TEN", "GRP", "MIN"}
    assert dict(settings.not_enabling_for) == {"SXV": {"SLF"}}
    assert settings.named_sign == 0.5
    named = settings.not_enabling | set(settings.not_enabling_for) | set().union(*settings.not_enabling_for.values())
    assert named <= set(CODES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_question_template_formats(lang):
    lexicon = load_lexicon(lang)
    values = {"cue": "x", "first": "y", "name": "ANNA", "age": " (16)", "names": "A, B, C", "adult": 30}
    for template in [*lexicon.questions.values(), *(c.question for c in lexicon.cues if c.question)]:
        assert template.format(**values)


def test_patterns_match_whole_words_only():
    pattern = compile_patterns(["viol"])
    assert [m.group() for m in pattern.finditer("violon, violence, viol, violet")] == ["viol"]


@cache
def data_patterns(lang: str) -> tuple[str, ...]:
    """Every pattern as written in the lexicon file (cues, sequences, traps), before expansion."""
    path = Path(__file__).resolve().parents[2] / "src" / "prodbridge" / "data" / f"lexicon_{lang}.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return (*(p for c in (*data["cue"], *data.get("sequence", [])) for p in c["patterns"]), *data["traps"]["patterns"])


#: A pattern that opens on a sentence stop ("[.!] la main reste") or on a comma (", sous
#: l'ourlet") can never match after a word: every pattern is held to whole words, so the
#: character before its start must not be a letter. An optional one (",? frozen") is fine.
_OPENS_ON_PUNCTUATION = re.compile(r"^(?:\(\?:\^\|)?(?:\[[^\]\w\\]+\]|[,;:!?…](?![?*]))")


#: A literal backslash in a pattern is always an escape written twice (``\\\\.`` in the TOML
#: file for ``\\.``): a screenplay line never holds a backslash, so the pattern never matches.
_LITERAL_BACKSLASH = re.compile(r"(?<!\\)(?:\\\\)+(?!\\)")


def test_a_doubled_escape_is_caught_by_that_check():
    assert _LITERAL_BACKSLASH.search("on me\\\\.? always")
    assert not _LITERAL_BACKSLASH.search("on me\\.? always")
    assert not _LITERAL_BACKSLASH.search("(?<=[.!?]\\s)mature")


def test_a_pattern_opening_on_a_sentence_stop_is_caught_by_that_check():
    assert _OPENS_ON_PUNCTUATION.match("(?:^|[.!] )la main reste")
    assert _OPENS_ON_PUNCTUATION.match("[.?!] or it can't")
    assert not _OPENS_ON_PUNCTUATION.match("(?:^|(?<=[.!]\\s))la main reste")
    assert _OPENS_ON_PUNCTUATION.match(", sous l'ourlet de sa jupe")
    assert not _OPENS_ON_PUNCTUATION.match(",? frozen")


#: An alternative that opens on an apostrophe after a space (``wife (?:is|'s)``) can only match
#: "wife 's", never "wife's": the space belongs inside the other alternatives (``wife(?: is|'s)``).
_SPACE_BEFORE_APOSTROPHE = re.compile(r" \(\?:(?:[^()|]*\|)*'")


#: Ways a data pattern is written that make it never match, each caught by the check named.
_NEVER_MATCHES = {
    "opens on a sentence stop": _OPENS_ON_PUNCTUATION.match,
    "asks for a literal backslash": _LITERAL_BACKSLASH.search,
    "puts a space before a contraction": _SPACE_BEFORE_APOSTROPHE.search,
}


@pytest.mark.parametrize("flaw", _NEVER_MATCHES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_pattern_is_written_so_that_it_never_matches(lang, flaw):
    assert [s for s in data_patterns(lang) if _NEVER_MATCHES[flaw](s)] == []


def test_a_space_before_a_contraction_is_caught_by_that_check():
    assert _SPACE_BEFORE_APOSTROPHE.search("my wife (?:is|'s) away")
    assert _SPACE_BEFORE_APOSTROPHE.search("it (?:'ll|will) go")
    assert not _SPACE_BEFORE_APOSTROPHE.search("my wife(?: is|'s) away")
    assert not _SPACE_BEFORE_APOSTROPHE.search("(?:i'm|i am) the one")


def test_a_text_message_spelling_without_its_apostrophe_is_a_contraction():
    assert compile_patterns(["don't tell your mum"]).search("dont tell your mum")


def test_a_hyphen_is_part_of_a_word():
    assert compile_patterns(["nu"]).search("nu-pieds") is None


def test_a_straight_apostrophe_in_a_pattern_matches_a_curly_one():
    assert compile_patterns(["s'embrassent"]).search("Ils s’embrassent.")


def test_a_space_in_a_pattern_matches_a_non_breaking_space():
    assert compile_patterns(["fondu au noir"]).search("FONDU\u00a0AU NOIR")


def test_an_accented_letter_also_matches_its_bare_capital():
    assert compile_patterns(["déshabille"]).search("IL LA DESHABILLE")


def test_an_optional_space_stays_optional():
    pattern = compile_patterns(["blow ?jobs?"])
    assert pattern.search("a blowjob") and pattern.search("a blow job")


def test_an_elided_word_runs_into_the_next():
    assert compile_patterns(["n'"]).search("Il n'ose pas")


def test_expand_leaves_escapes_and_classes_usable():
    assert re.fullmatch(expand(r"[é-]\d"), "e5")


def test_a_contraction_in_a_pattern_also_finds_the_words_spelled_out():
    assert compile_patterns(["don't touch me"]).search("Do not touch me.")


def test_words_spelled_out_in_a_pattern_also_find_the_contraction():
    assert compile_patterns(["you are not going anywhere"]).search("You’re not going anywhere.")


def test_cannot_is_found_three_ways():
    pattern = compile_patterns(["i can't breathe"])
    assert all(pattern.search(line) for line in ("I can't breathe", "I cannot breathe", "I can not breathe"))


def test_only_whole_words_are_read_as_contractions():
    assert said_either_way("pardon't|don'ts|\\bdon't") == "pardon't|don'ts|\\bdon't"


def test_every_contraction_is_a_group_of_two_or_more_plain_forms():
    groups = load("contractions")["same"]
    forms = [form for group in groups for form in group]
    assert all(len(group) >= 2 for group in groups)
    assert len(forms) == len(set(forms))
    assert all(re.fullmatch(r"[a-z]+(?:'[a-z]+| [a-z]+)?", form) for form in forms)


def test_a_trap_hides_the_cue_it_overlaps():
    assert cues("en", "It was the kiss of death.") == []


def test_a_longer_cue_that_holds_a_trap_survives_it():
    assert cues("fr", "Une fouille à nu.") == [("exposition", "fouille à nu")]


def test_the_longest_overlapping_cue_wins():
    assert cues("en", "She lies naked under the sheets.") == [("implied nudity", "naked under the sheets")]


def test_triggers_are_literals_every_match_contains():
    assert triggers("kiss(?:es|ed|ing)?") == frozenset({"kiss"})
    assert triggers("(?:takes?|took) off") == frozenset({"take", "took"})
    assert triggers("(?:make|makes|made|making) love") == frozenset({"love"})


def test_a_rare_word_is_chosen_over_a_function_word_as_the_trigger():
    assert triggers("(?:into|in|out of) the (?:tub|bath|bathtub)") == frozenset({"tub", "bath"})
    assert triggers("(?:gets?|got|getting) off with (?:him|her)") is not None


def test_a_pattern_without_a_useful_literal_has_no_trigger():
    assert triggers("[a-z]+ness") is None


def test_a_two_letter_word_is_a_useful_trigger():
    assert triggers("nu(?:e|s|es)?") == frozenset({"nu"})


def test_a_long_word_family_is_indexed_by_shorter_prefixes():
    family = "(?:" + "|".join(f"w{i:03d}x" for i in range(300)) + ")"
    found = triggers(family)
    assert found is not None and len(found) <= 160
    assert all(any(f"w{i:03d}x".startswith(t) for t in found) for i in range(300))


def _eval_paragraphs(lang: str) -> list[str]:
    """Every distinct paragraph of the dev scenes in ``lang``, the language its lexicon reads
    (a character cue or a "(beat)" written a thousand times is checked once)."""
    texts: dict[str, None] = {}
    # Only the dev files: the held-out ones (*_holdout.toml) are never read by tests.
    for path in sorted(EVAL.glob(f"{lang}_dev*.toml")):
        for script in tomllib.loads(path.read_text(encoding="utf-8"))["script"]:
            for scene in script["scene"]:
                texts.update((text, None) for _kind, text in scene["paragraphs"])
    return list(texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_prefilter_never_changes_what_is_found(lang):
    lexicon = load_lexicon(lang)
    unfiltered = dataclasses.replace(lexicon, prefilter=None)
    texts = _eval_paragraphs(lang)
    assert len(texts) > 20_000
    assert [lexicon.matches(t) for t in texts] == [unfiltered.matches(t) for t in texts]


# --- word families and inflection ------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "lang", "forms", "not_forms"),
    [
        ("peel+v", "en", ["peel", "peels", "peeled", "peeling"], ["peeler"]),
        ("strip+v", "en", ["strips", "stripped", "stripping"], ["striper"]),
        ("remove+v", "en", ["remove", "removes", "removed", "removing"], ["removeing"]),
        ("carry+v", "en", ["carries", "carried", "carrying"], ["carrys"]),
        ("dress+n", "en", ["dress", "dresses"], ["dresss"]),
        ("retirer+v", "fr", ["retire", "retirent", "retiré", "retirée", "retirant"], ["retir"]),
        ("enlever+v", "fr", ["enlève", "enlèvent", "enlever", "enlevé"], ["enlev"]),
        ("nu+a", "fr", ["nu", "nue", "nus", "nues"], ["nux"]),
        ("sein+n", "fr", ["sein", "seins"], ["seinx"]),
    ],
)
def test_a_family_item_with_a_part_of_speech_gets_its_regular_inflections(item, lang, forms, not_forms):
    pattern = re.compile(rf"(?:{inflect(item, lang)})", re.IGNORECASE)
    assert all(pattern.fullmatch(f) for f in forms)
    assert not any(pattern.fullmatch(f) for f in not_forms)


def test_a_family_name_in_a_pattern_stands_for_the_whole_family():
    words = Words({"garment": ["shirt+n", "dress+n"], "remove": ["peel+v", "took"]}, "en")
    pattern = compile_patterns(["{remove} off (?:his|her) {garment}"], families=words)
    assert [m.group() for m in pattern.finditer("He peeled off his shirts. She took off her dress.")] == [
        "peeled off his shirts",
        "took off her dress",
    ]


def test_an_unknown_family_name_is_an_error():
    with pytest.raises(ValueError, match="unknown word family"):
        Words({}, "en").alternation("garment")


def test_strict_accents_tell_the_participle_from_the_verb_but_accept_bare_capitals():
    pattern = compile_patterns(["dénudée?"], strict_accents=True)
    assert pattern.search("une épaule dénudée") and pattern.search("ELLE EST DENUDEE")
    assert pattern.search("il dénude les fils") is None


# --- conditions on a cue ---------------------------------------------------------------------


def test_a_cue_with_requires_counts_only_with_one_of_them_in_its_sentence():
    assert cues("fr", "Torse nu, JEANNE observe la cicatrice sous son sein.") == [
        ("torse nu, une femme", "Torse nu")
    ]
    assert cues("fr", "Torse nu, DANNY martèle le sac.") == [("torse nu", "Torse nu")]


def test_a_cue_with_unless_is_dropped_when_one_of_them_is_in_its_sentence():
    assert cues("en", "Shirtless, she reads on the deck.") == [("bare torso, a woman", "Shirtless")]
    assert cues("en", "Shirtless, he naps under a newspaper.") == [("bare torso", "Shirtless")]


def test_readings_give_the_line_again_without_its_conditional_cues():
    lexicon = load_lexicon("fr")
    shown, unconditional = lexicon.readings("Nadia se fige.", "Action")
    assert [(m.cue.id, m.cue.with_codes != frozenset()) for m in shown] == [("réticence au contact", True)]
    assert [(m.cue.id, m.cue.context) for m in unconditional] == [("sidération", True)]
    assert shown == lexicon.matches("Nadia se fige.", "Action")


def test_readings_of_a_line_without_a_conditional_cue_have_nothing_under_them():
    assert load_lexicon("fr").readings("Il l'embrasse.", "Action")[1] == []


def test_a_cue_limited_to_headings_does_not_hide_an_action_line_cue():
    lexicon = load_lexicon("en")
    assert [m.cue.id for m in lexicon.matches("INT. SAUNA - DAY", "Scene Heading")] == ["exposed venue"]
    assert [m.cue.id for m in lexicon.matches("They sit in the sauna.", "Action")] == ["exposed"]


# --- compiled patterns kept between runs -----------------------------------------------------


def test_the_pattern_cache_reads_back_what_it_wrote(tmp_path):
    sources = [r"(?<![\w-])(?:kiss(?:es|ed)?)(?![\w-])", r"nu(?:e|s)?\s+(?P<x>sous)"]
    with pattern_cache_at(tmp_path, "probe") as first:
        compiled = [first.compile(s, re.IGNORECASE) for s in sources]
    assert first.changed and list(tmp_path.iterdir())
    with pattern_cache_at(tmp_path, "probe") as second:
        again = [second.compile(s, re.IGNORECASE) for s in sources]
    assert not second.changed
    text = "She KISSES him, nues sous la couette."
    assert [p.findall(text) for p, _ in again] == [p.findall(text) for p, _ in compiled]
    assert [t for _, t in again] == [t for _, t in compiled]
    assert again[1][0].groupindex == {"x": 1}


def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path):
    with pattern_cache_at(tmp_path, "probe") as cache:
        cache.compile("abc", 0)
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"not marshal data")
    with pattern_cache_at(tmp_path, "probe") as cache:
        pattern, _ = cache.compile("abc", 0)
    assert cache.changed and pattern.search("xabcx")


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PRODBRIDGE_CACHE_DIR", "off")
    assert _cache_dir() is None


def test_introductions_load_only_the_minors_part_of_a_lexicon():
    minors = load_minors("fr")
    assert minors is load_lexicon("fr").minors
    assert minors.words.search("une lycéenne")


def test_saving_a_cache_removes_the_files_an_older_version_wrote(tmp_path):
    stale = tmp_path / "probe-cpython-000-0-oldversion.marshal"
    stale.write_bytes(b"old")
    other = tmp_path / "otherpart-cpython-000-0-oldversion.marshal"
    other.write_bytes(b"old")
    with pattern_cache_at(tmp_path, "probe") as cache:
        cache.compile("abc", 0)
    assert not stale.exists() and other.exists()
    assert [p.name.startswith("probe-") for p in tmp_path.iterdir() if p != other] == [True]
