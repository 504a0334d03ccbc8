"""Lexicon data: loading, pattern conveniences, traps, overlaps, prefilter."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from prodbridge.analysis.lexicon import (
    LANGUAGES,
    compile_patterns,
    expand,
    load_lexicon,
    triggers,
)
from prodbridge.model import CODES

EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"


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
def test_every_question_template_formats(lang):
    lexicon = load_lexicon(lang)
    values = {"cue": "x", "first": "y", "name": "ANNA", "age": " (16)", "names": "A, B, C", "adult": 30}
    for template in [*lexicon.questions.values(), *(c.question for c in lexicon.cues if c.question)]:
        assert template.format(**values)


def test_patterns_match_whole_words_only():
    pattern = compile_patterns(["viol"])
    assert [m.group() for m in pattern.finditer("violon, violence, viol, violet")] == ["viol"]


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


def test_a_pattern_without_a_useful_literal_has_no_trigger():
    assert triggers("nu(?:e|s|es)?") is None


def _eval_paragraphs() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.toml")):
        for script in tomllib.loads(path.read_text(encoding="utf-8"))["script"]:
            for scene in script["scene"]:
                texts += [text for _kind, text in scene["paragraphs"]]
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_prefilter_never_changes_what_is_found(lang):
    lexicon = load_lexicon(lang)
    unfiltered = dataclasses.replace(lexicon, prefilter=None)
    texts = _eval_paragraphs()
    assert len(texts) > 500
    assert [lexicon.matches(t) for t in texts] == [unfiltered.matches(t) for t in texts]
