"""Physical-risk cues of intimate scenes: each category found in realistic EN/FR lines, traps
and names ignored, dialogue not read, and the fixtures' stunt, water and vehicle scenes."""

from __future__ import annotations

import pytest

from prodbridge.analysis.risks import detect_risks, risk_categories, scene_risks
from prodbridge.data import load
from prodbridge.model import Paragraph, Scene, Script
from prodbridge.options import ReadOptions
from prodbridge.readers import fdx
from tests.conftest import FIXTURES


def make_script(lines: list[tuple[str, str]], lang: str = "en", heading: str = "INT. FLAT - NIGHT") -> Script:
    """One scene: its heading, then ``(kind, text)`` paragraphs."""
    paragraphs = [Paragraph(0, "Scene Heading", heading, scene=1)]
    paragraphs += [Paragraph(i, kind, text, scene=1) for i, (kind, text) in enumerate(lines, start=1)]
    scene = Scene(
        index=1,
        id="1",
        number="1",
        heading=heading,
        int_ext="INT",
        set="FLAT",
        subset=None,
        time_of_day="NIGHT",
        eighths=8,
        eighths_source="estimate",
        page="1",
        paragraphs=(0, len(paragraphs)),
    )
    return Script("fdx", "Test", lang, tuple(paragraphs), (scene,))


def cues(
    lines: list[tuple[str, str]], lang: str = "en", heading: str = "INT. FLAT - NIGHT"
) -> list[tuple[str, str]]:
    script = make_script(lines, lang, heading)
    return [(h.category, h.cue) for h in scene_risks(script, script.scenes[0]).hits]


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        (
            "en",
            "He presses against her and pins her wrist to the wall.",
            ("restraint", "presses against her"),
        ),
        ("en", "She stamps down hard on his instep and wrenches free.", ("stunt", "stamps down")),
        ("en", "They walk into the lake stark naked.", ("water", "the lake")),
        ("en", "Anna and Leo sit on the harbour wall, legs dangling.", ("heights", "harbour wall")),
        ("en", "She traces an ice cube down his spine.", ("props", "ice cube")),
        ("en", "A candle stub on the cistern.", ("fire", "candle stub")),
        ("en", "She straddles him in the driver's seat.", ("vehicle", "driver's seat")),
        ("en", "They lie in the snow, shivering.", ("temperature", "snow")),
        ("fr", "Il la plaque contre le mur et lui bloque le poignet.", ("restraint", "la plaque contre")),
        ("fr", "D'un coup de talon, elle lui écrase le pied.", ("stunt", "lui écrase le pied")),
        ("fr", "Karim sort de la douche, entièrement nu.", ("water", "douche")),
        ("fr", "Ils sont assis sur le muret, jambes dans le vide.", ("heights", "muret")),
        ("fr", "Elle fait glisser un glaçon le long de son dos.", ("props", "glaçon")),
        ("fr", "Une bougie brûle près du lit.", ("fire", "bougie")),
        ("fr", "Le frein à main dans les côtes, ils s'embrassent.", ("props", "frein à main")),
        ("fr", "Ils grelottent sous la pluie.", ("temperature", "grelottent")),
    ],
)
def test_each_category_is_found_with_its_cue(lang: str, line: str, expected: tuple[str, str]) -> None:
    assert expected in cues([("Action", line)], lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "She falls asleep on his shoulder."),
        ("en", "He pours a glass of water and drinks it."),
        ("en", "In a raised booth sits VICTOR FELL (58), the owner."),
        ("en", "She unhooks her bra and lets it fall."),
        ("en", "The needle falls back into the green."),
        ("fr", "La nuit tombe sur le port."),
        ("fr", "On frappe. Karim ouvre."),
        ("fr", "Elle dégrafe son corset et le laisse tomber."),
        ("fr", "Il boit un verre d'eau."),
    ],
)
def test_traps_and_names_are_not_risks(lang: str, line: str) -> None:
    assert cues([("Action", line)], lang) == []


def test_dialogue_is_said_not_shot() -> None:
    assert cues([("Dialogue", "Water's lovely. Jump off the roof with me.")]) == []


def test_the_heading_counts_and_each_category_is_quoted_once_per_line() -> None:
    found = cues(
        [("Action", "Mist on the water. They swim, wade, dive into the water.")],
        heading="EXT. PORTISHEAD MARINE LAKE - DAWN",
    )
    assert found == [
        ("water", "LAKE"),
        ("temperature", "DAWN"),
        ("stunt", "dive into"),
        ("water", "water"),
        ("temperature", "Mist"),
    ]


def test_categories_come_in_the_lexicons_display_order() -> None:
    script = make_script([("Action", "Rain on the van. He pins her arms; she falls.")])
    risks = scene_risks(script, script.scenes[0])
    assert risks.categories == ("stunt", "restraint", "vehicle", "temperature")
    assert [h.text for h in risks.hits] == ["Rain on the van. He pins her arms; she falls."] * 4


def test_every_category_has_patterns_and_document_texts_in_both_languages() -> None:
    lexicon = load("risk_lexicon")
    for lang in ("en", "fr"):
        texts = load(f"documents_{lang}")["risk"]["categories"]
        for category in risk_categories():
            assert lexicon[lang][category]["patterns"], (lang, category)
            assert set(texts[category]) == {"label", "measure", "question"}, (lang, category)


def _fixture(name: str) -> Script:
    path = FIXTURES / "scripts" / name
    return fdx.read(path.read_bytes(), ReadOptions(name=str(path)))[0]


def test_the_crossing_marks_the_assault_the_lake_and_the_van() -> None:
    script = _fixture("the-crossing.fdx")
    risks = detect_risks(script)
    by_id = {s.id: risks[s.index] for s in script.scenes}
    assert by_id["17"].categories == ("stunt", "restraint")
    assert ("restraint", "presses against her") in [(h.category, h.cue) for h in by_id["17"].hits]
    assert by_id["10"].categories == ("water", "temperature")
    assert by_id["31"].categories == ("stunt", "props", "vehicle")
    assert by_id["19"].categories == ()  # alone in bed: no physical risk


def test_la_traversee_marks_the_assault_and_the_hammam() -> None:
    script = _fixture("la-traversee.fdx")
    risks = detect_risks(script, lang="fr")
    by_id = {s.id: risks[s.index] for s in script.scenes}
    assert by_id["7"].categories == ("stunt", "restraint")
    assert by_id["8"].categories == ("water", "temperature")
    assert by_id["21"].categories == ()
