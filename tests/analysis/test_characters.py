"""Character names: cue extensions stripped once, for every report."""

from __future__ import annotations

import pytest

from prodbridge.analysis.characters import NameFinder, fold, given_name, normalize_cue


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("JIM", "JIM"),
        ("JIM (V.O.)", "JIM"),
        ("JIM (O.S.)", "JIM"),
        ("JIM (CONT'D)", "JIM"),
        ("JIM (CONT’D)", "JIM"),
        ("JIM (V.O.) (CONT'D)", "JIM"),
        ("JIM CONT'D", "JIM"),
        ("MOSSY ", "MOSSY"),
        ("LÉA (OFF)", "LÉA"),
        ("Léa (VOIX OFF)", "LÉA"),
        ("MARC (SUITE)", "MARC"),
        ("CARLOS", "CARLOS"),
        ("BRICK ^", "BRICK"),
        ("@McCLANE", "MCCLANE"),
    ],
)
def test_normalize_cue(cue, name):
    assert normalize_cue(cue) == name


def test_fold_ignores_accents_and_case():
    assert fold("Léa") == fold("LEA") == "LEA"


def test_names_in_action_count_in_capitals_or_capitalised_only():
    finder = NameFinder(["ANNA", "ROSE", "MARC"])
    assert finder.find("Anna puts a rose in the vase. MARC watches.") == ["ANNA", "MARC"]


def test_a_name_inside_another_word_is_not_a_mention():
    assert NameFinder(["ANN"]).find("ANNA and Annabel leave.") == []


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("NOÉ BERTHIER", "NOÉ"),
        ("ANNE DE MONTBRUN", "ANNE"),
        ("PIETER VAN DER BERG", "PIETER"),
        ("MADAME DE MONTBRUN", None),
        ("BARON DE SAINT-AULAIRE", None),
        ("MARY ANN JONES", None),
        ("EARL JONES", "EARL"),
        ("LEA", None),
    ],
)
def test_given_name_reads_across_particles_but_not_titles(name, given):
    assert given_name(name) == given
