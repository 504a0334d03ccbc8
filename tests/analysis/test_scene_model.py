"""The second reader: features, scoring, where evidence is quoted, and how detect uses it."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from prodbridge.analysis import scene_model
from prodbridge.analysis.detect import detect, scene_features
from prodbridge.analysis.scene_model import (
    Linear,
    SceneModel,
    features,
    from_json,
    locate,
    packaged,
    quote,
    to_json,
    top_words,
)
from prodbridge.model import Paragraph
from prodbridge.readers.assemble import assemble

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def _script(*paragraphs: tuple[str, str], lang: str = "en"):
    items = [Paragraph(i, kind, text) for i, (kind, text) in enumerate(paragraphs)]
    return assemble("test.fdx", items, {}, title="T", language=lang)


# --- features --------------------------------------------------------------------------------


def test_features_are_folded_words_pairs_and_stems():
    found = features([Paragraph(0, "Action", "Elle déshabille Marc.")])
    assert found == {"deshabille", "elle_deshabille", "~desha", "marc", "deshabille_marc"}


def test_function_words_count_only_inside_a_pair_with_a_content_word():
    found = features([Paragraph(0, "Action", "She kisses him on the mouth.")])
    assert "she" not in found and "him" not in found and "on_the" not in found
    assert {"she_kisses", "kisses_him", "the_mouth", "mouth"} <= found


def test_a_heading_gives_its_location_words_only():
    found = features([Paragraph(0, "Scene Heading", "INT. MOTEL ROOM - NIGHT (CONTINUOUS)")])
    assert found == {"h:motel", "h:room"}


def test_dialogue_and_heading_words_are_kept_apart_from_action_lines():
    found = features(
        [Paragraph(0, "Scene Heading", "INT. MOTEL - NIGHT"), Paragraph(1, "Dialogue", "Stop.")]
    )
    assert "h:motel" in found and "d:stop" in found
    assert "motel" not in found and "stop" not in found


def test_character_names_become_one_token():
    found = features([Paragraph(0, "Action", "Candy waits.")], frozenset({"CANDY"}))
    assert "<name>" in found and "candy" not in found
    assert "<name>_waits" in found


def test_character_cues_are_not_read():
    assert features([Paragraph(0, "Character", "ANNA")]) == set()


# --- scoring ---------------------------------------------------------------------------------


def test_probability_is_the_logistic_of_bias_plus_present_weights():
    model = Linear(bias=-1.0, weights={"kiss": 2.0, "door": 0.5}, threshold=0.5)
    # each present feature weighs 1/√n: the scene is a unit vector
    assert model.margin({"kiss", "door", "other"}) == pytest.approx(-1.0 + 2.5 / 3**0.5)
    assert model.probability({"kiss", "door"}) == pytest.approx(1 / (1 + math.exp(1.0 - 2.5 / 2**0.5)))


def test_a_long_scene_of_mildly_suggestive_words_does_not_add_up_to_a_finding():
    model = Linear(bias=-1.0, weights={f"w{i}": 0.3 for i in range(400)}, threshold=0.7)
    assert model.probability({f"w{i}" for i in range(9)}) < model.probability({f"w{i}" for i in range(400)})
    assert model.probability({f"w{i}" for i in range(400)}) > 0.7  # many mild words do count ...
    assert model.probability({"w1", *{f"other{i}" for i in range(399)}}) < 0.3  # ... one among many does not


def test_strongest_lists_only_features_that_pushed_the_score_up():
    model = Linear(bias=0.0, weights={"a": 0.2, "b": 1.0, "c": -3.0}, threshold=0.5)
    assert model.strongest({"a", "b", "c", "d"}, 5) == ["b", "a"]


def test_confidence_of_a_model_only_finding_stays_low():
    model = _model(intimate={"x": 5.0})
    assert model.confidence_of(model.intimate.threshold) == 0.2
    assert model.confidence_of(1.0) == 0.35


def test_json_round_trip_keeps_the_model():
    model = _model(intimate={"kiss": 1.25}, sxv={"d:stop": 2.0})
    assert from_json(json.loads(json.dumps(to_json(model)))) == model


def test_json_round_trip_keeps_a_lower_bar_for_scenes_with_a_minor():
    model = replace(_model(intimate={"kiss": 1.25}), minor_threshold=0.45)
    assert from_json(json.loads(json.dumps(to_json(model)))).minor_threshold == 0.45


def test_a_model_file_without_a_minor_bar_uses_the_intimate_threshold_everywhere():
    data = to_json(_model(intimate={"kiss": 1.25}))
    del data["minor_threshold"]
    assert from_json(data).minor_threshold is None


def test_whether_a_minor_is_present_is_asked_only_between_the_two_bars():
    def never() -> bool:
        raise AssertionError("asked")

    model = replace(_model(intimate={"a": 10.0, "b": -10.0}), min_features=1, minor_threshold=0.3)
    assert model.flagged({"a"}, never) is not None  # above the intimate threshold
    assert model.flagged({"b"}, never) is None  # below both


# --- evidence ------------------------------------------------------------------------------


ROOM = [
    Paragraph(0, "Scene Heading", "SÉQ. 9 - INT. CHAMBRE - NUIT"),
    Paragraph(1, "Action", "Elle éteint la lumière et referme la porte."),
]


def test_a_stem_is_quoted_as_the_whole_word_the_scene_writes():
    assert quote(ROOM, frozenset(), "~lumie") == "lumière"


def test_a_pair_is_quoted_as_both_its_words():
    assert quote(ROOM, frozenset(), "la_porte") == "la porte"


def test_a_heading_word_is_quoted_without_its_capitals():
    assert quote(ROOM, frozenset(), "h:chambre") == "chambre"


def test_a_feature_no_read_paragraph_holds_is_not_quoted():
    assert quote(ROOM, frozenset(), "d:porte") is None


def test_the_words_of_a_question_are_the_scenes_own_strongest_words():
    model = Linear(0.0, {"~lumie": 3.0, "la_porte": 2.0, "~refer": 1.0, "referme": 0.5}, 0.5)
    present = features(ROOM)
    assert top_words(model, present, ROOM, frozenset()) == ["lumière", "la porte", "referme"]


def test_locate_quotes_the_original_word_of_a_folded_feature():
    paragraphs = [
        Paragraph(0, "Dialogue", "Arrête."),
        Paragraph(1, "Action", "Il la plaque contre le mur, sa main remonte."),
    ]
    found = locate(paragraphs, frozenset(), "main_remonte")
    assert found is not None
    paragraph, start, end = found
    assert paragraph.index == 1 and paragraph.text[start:end] == "remonte"
    spoken = locate(paragraphs, frozenset(), "d:arrete")
    assert spoken is not None and spoken[0].text[spoken[1] : spoken[2]] == "Arrête"


def test_locate_finds_a_stem_in_its_inflected_word():
    paragraphs = [Paragraph(0, "Action", "Ils s'embrassèrent longuement.")]
    found = locate(paragraphs, frozenset(), "~embra")
    assert found is not None and found[0].text[found[1] : found[2]] == "embrassèrent"


# --- in the detector ---------------------------------------------------------------------------


def _model(intimate: dict[str, float], sxv: dict[str, float] | None = None) -> SceneModel:
    return SceneModel(
        lang="en",
        intimate=Linear(-4.0, intimate, 0.7),
        codes={
            "TCH": Linear(-4.0, dict(intimate), 0.5),
            "SXV": Linear(-4.0, sxv or {}, 0.5),
        },
        trained_on="test",
        min_features=8,
    )


OBLIQUE = (
    ("Scene Heading", "INT. CAMPER VAN - NIGHT"),
    ("Action", "Rain on the roof. The van shudders on its springs. A sock lands on the dashboard."),
)


def test_a_scene_only_the_model_rates_intimate_gets_a_low_confidence_finding():
    script = _script(*OBLIQUE)
    model = _model({"van_shudders": 40.0, "springs": 20.0})
    assert detect(script, lang="en", model=False) == ()
    (finding,) = detect(script, lang="en", model=model)
    assert finding.codes == ("TCH",)
    assert finding.confidence <= 0.35
    assert finding.evidence[0].cue == "shudders"
    assert finding.evidence[0].text == "The van shudders on its springs."
    assert "please read this scene" in finding.questions[0]
    assert "van shudders" in finding.questions[0]


def test_a_scene_too_short_for_the_model_is_left_to_the_lexicon():
    script = _script(("Scene Heading", "INT. VAN - NIGHT"), ("Action", "The van shudders."))
    assert detect(script, lang="en", model=_model({"van_shudders": 400.0})) == ()


def test_a_scene_below_the_threshold_is_not_flagged():
    assert detect(_script(*OBLIQUE), lang="en", model=_model({"springs": 4.0})) == ()


def test_the_model_adds_sxv_with_a_question_to_a_scene_with_other_codes():
    script = _script(
        ("Scene Heading", "INT. OFFICE - NIGHT"),
        ("Action", "He kisses her. She turns her face away."),
        ("Character", "DALE"),
        ("Dialogue", "Mind your contract."),
    )
    (plain,) = detect(script, lang="en", model=False)
    assert plain.codes == ("KIS",)
    (finding,) = detect(script, lang="en", model=_model({}, sxv={"d:your_contract": 40.0}))
    assert finding.codes == ("KIS", "SXV")
    sxv = [e for e in finding.evidence if e.code == "SXV"]
    # the model's word, and the lexicon's context cue that now has a code to support
    assert [(e.cue, e.text) for e in sxv] == [
        ("turns her face away", "She turns her face away."),
        ("contract", "Mind your contract."),
    ]
    assert any("consented" in q for q in finding.questions)


NIGHT_DRIVE = (
    ("Scene Heading", "INT. PICK-UP TRUCK - NIGHT"),
    ("Action", "Rain on the roof. The truck shudders on its springs. A sock lands on the dashboard."),
    ("Action", "ROSIE (15) pulls the blanket up to her chin in the passenger seat."),
)
NIGHT_DRIVE_ADULT = (*NIGHT_DRIVE[:2], ("Action", "ROSIE (25) pulls the blanket up to her chin in the passenger seat."))


def _between_the_bars(script) -> SceneModel:
    """A model whose intimate score for ``script`` falls between its minor bar and its threshold."""
    model = _model({"truck_shudders": 15.0, "springs": 15.0})  # probability ≈ 0.62
    (present,) = scene_features(script, lang="en")
    p = model.intimate.probability(present)
    return replace(
        model, intimate=replace(model.intimate, threshold=p + 0.05), minor_threshold=p - 0.05
    )


def test_a_scene_with_a_minor_is_flagged_at_the_lower_bar_for_minors():
    script = _script(*NIGHT_DRIVE)
    model = _between_the_bars(script)
    (finding,) = detect(script, lang="en", model=model)
    assert finding.codes == ("TCH", "MIN")
    assert finding.confidence == model.confidence[0]


def test_the_same_score_without_a_minor_is_not_flagged():
    script = _script(*NIGHT_DRIVE_ADULT)
    assert detect(script, lang="en", model=_between_the_bars(script)) == ()


def test_without_a_bar_for_minors_a_scene_with_a_minor_needs_the_intimate_threshold():
    script = _script(*NIGHT_DRIVE)
    assert detect(script, lang="en", model=replace(_between_the_bars(script), minor_threshold=None)) == ()


LEVERAGE = (
    ("Scene Heading", "INT. SHIP'S OFFICE - NIGHT"),
    ("Character", "PURSER"),
    ("Dialogue", "The renewal form needs my signature. Drop by after the last sitting, and bring the form."),
    ("Action", "She nods. He goes back to his ledger."),
)


def test_the_model_asks_about_coercion_in_a_scene_with_no_code_at_its_stricter_threshold():
    script = _script(*LEVERAGE)  # 31 features
    assert detect(script, lang="en", model=False) == ()
    model = replace(_model({}, sxv={"d:my_signature": 40.0}), sxv_alone_features=30)  # probability ≈ 0.96
    (finding,) = detect(script, lang="en", model=model)
    assert finding.codes == ("SXV",)
    assert finding.confidence == model.confidence[0]
    assert finding.evidence[0].text.startswith("The renewal form needs my signature.")
    assert any("coercion" in q for q in finding.questions)


def test_a_coercion_score_between_the_two_thresholds_adds_nothing_to_a_scene_with_no_code():
    model = replace(
        _model({}, sxv={"d:my_signature": 27.0}), sxv_alone=0.75, sxv_alone_features=30
    )  # probability ≈ 0.7
    assert model.codes["SXV"].threshold < 0.7 < model.sxv_alone
    assert detect(_script(*LEVERAGE), lang="en", model=model) == ()


def test_a_scene_too_short_for_a_coercion_question_with_no_other_code_gets_none():
    model = replace(_model({}, sxv={"d:my_signature": 40.0}), sxv_alone_features=32)  # LEVERAGE has 31
    assert detect(_script(*LEVERAGE), lang="en", model=model) == ()


LEAVING = (
    ("Scene Heading", "INT. APPARTEMENT - ENTRÉE - JOUR"),
    ("Action", "Léa enfile sa veste. Sa mère lui tend les bras. Elle sort sans l’embrasser et claque la porte."),
)


def test_a_cue_read_as_negated_reaches_the_second_reader_as_negated():
    (present,) = scene_features(_script(*LEAVING, lang="fr"), lang="fr")
    assert {"neg:embrasser", "neg:KIS"} <= present
    assert not any(f.startswith(("cue:", "code:")) for f in present)
    assert "embrasser" in present  # the word itself is still there: the model weighs both


def test_a_negated_kiss_weighed_by_the_model_keeps_a_scene_of_suggestive_words_unflagged():
    suggestive = {"embrasser": 30.0, "porte": 30.0}
    script = _script(*LEAVING, lang="fr")
    (flagged,) = detect(script, lang="fr", model=replace(_model(suggestive), lang="fr"))
    assert flagged.codes == ("TCH",)
    read = replace(_model({**suggestive, "neg:KIS": -60.0}), lang="fr")
    assert detect(script, lang="fr", model=read) == ()


def test_the_model_never_claims_a_code_the_lexicon_read_as_negated():
    suggestive = {"embrasser": 30.0, "porte": 30.0}
    script = _script(*LEAVING, lang="fr")
    kiss = SceneModel("fr", Linear(-4.0, suggestive, 0.7), {"KIS": Linear(-4.0, suggestive, 0.5)}, "test", min_features=8)
    assert detect(script, lang="fr", model=kiss) == ()


def test_the_model_never_removes_what_the_lexicon_found():
    script = _script(("Scene Heading", "INT. FLAT - NIGHT"), ("Action", "Anna kisses Marc."))
    against = _model({"kisses": -50.0}, sxv={})
    assert detect(script, lang="en", model=against) == detect(script, lang="en", model=False)


# --- the shipped models ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_model_is_shipped_for_each_language(lang):
    model = packaged(lang)
    assert model is not None and model.lang == lang
    assert "SXV" in model.codes and "MIN" not in model.codes
    assert 0.5 <= model.intimate.threshold < 1.0


def test_the_shipped_models_were_trained_on_the_current_dev_files_and_lexicon(monkeypatch):
    """Whoever edits the evaluation scenes, the lexicons or the feature code retrains:
    ``python benchmarks/train_scene_model.py``."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import train_scene_model

    stamp = train_scene_model.fingerprint(train_scene_model.detection.dev_files())
    assert {packaged("en").trained_on, packaged("fr").trained_on} == {stamp}


def test_scoring_needs_nothing_beyond_the_standard_library():
    source = Path(scene_model.__file__).read_text(encoding="utf-8")
    assert "sklearn" not in source.split('"""', 2)[2].replace("scikit-learn", "")


# --- cross-validation folds ---------------------------------------------------------------------


@pytest.fixture
def trainer(monkeypatch):
    """``benchmarks/train_scene_model.py``, imported as the benchmark runs it."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import train_scene_model

    return train_scene_model


def test_cross_validation_deals_whole_batches_into_folds_of_near_equal_size(trainer):
    folds_of = trainer.folds_of
    sizes = {"dev": 400, "devb": 300, "devc": 160, "devzza": 160, "devzzb": 160, "devzzc": 120}
    # loads 400, 300 + 160, 160 + 160 + 120: each batch goes to the lightest fold so far
    assert folds_of(sizes, 3) == [["dev"], ["devb", "devzzb"], ["devc", "devzza", "devzzc"]]


@pytest.mark.parametrize("count", [0, 6, 9])
def test_cross_validation_gives_one_fold_per_batch_when_asked_or_when_folds_outnumber_batches(
    trainer, count
):
    folds_of = trainer.folds_of
    sizes = {"devb": 300, "dev": 400, "devc": 160, "devzza": 160, "devzzb": 160, "devzzc": 120}
    assert folds_of(sizes, count) == [["dev"], ["devb"], ["devc"], ["devzza"], ["devzzb"], ["devzzc"]]


def test_the_code_models_keep_their_own_number_of_features(trainer, monkeypatch):
    # which size each model is fitted with (scikit-learn itself is not needed to check that)
    sizes = {}

    def fit(rows, labels, threshold, keep):
        sizes[tuple(labels)] = keep
        return Linear(0.0, {}, threshold)

    data = [
        trainer.Example("en", "dev", frozenset({f"w{i}"}), frozenset(codes))
        for i, codes in enumerate([["KIS"], ["SXV"], [], ["KIS", "SXV"], []] * 3)
    ]
    monkeypatch.setattr(trainer, "_fit", fit)
    monkeypatch.setattr(trainer, "KEEP", 5)
    monkeypatch.setattr(trainer, "KEEP_CODES", 2)
    trainer.train(data, "en")
    assert sizes[tuple(bool(e.codes) for e in data)] == 5
    assert sizes[tuple("SXV" in e.codes for e in data)] == 5
    assert sizes[tuple("KIS" in e.codes for e in data)] == 2


def test_the_batches_cross_validation_reports_as_unread_are_dev_batches_whose_headers_say_so(trainer):
    files = trainer.detection.dev_files()
    unread = [p for p in files if trainer.batch_of(p) in trainer.FOLDED_UNREAD]
    assert {trainer.batch_of(p) for p in unread} == trainer.FOLDED_UNREAD
    for path in unread:
        header = path.read_text(encoding="utf-8").split("\nlang = ", 1)[0]
        assert "no cue was written" in header or "Not read" in header, path.name


def test_cross_validation_tries_each_bar_for_minors_beside_the_shipped_setting(trainer, monkeypatch):
    grids = []
    monkeypatch.setattr(trainer, "cross_validate", lambda files, grid, folds: grids.append(grid))
    trainer.main(["--cv", "--intimate", "0.55", "--alone", "0.6", "--minor", "0.45", "0.4"])
    shipped = (trainer.INTIMATE_THRESHOLD, trainer.SXV_THRESHOLD, trainer.SXV_ALONE, trainer.MINOR_THRESHOLD)
    intimate, sxv, alone, _ = shipped
    assert grids == [[shipped, (intimate, sxv, alone, 0.45), (intimate, sxv, alone, 0.4)]]


def test_a_setting_with_a_bar_for_minors_reaches_the_model(trainer):
    model = trainer.with_thresholds(_model({"kiss": 1.0}), (0.55, 0.5, 0.6, 0.4))
    assert (model.intimate.threshold, model.codes["SXV"].threshold, model.sxv_alone) == (0.55, 0.5, 0.6)
    assert model.minor_threshold == 0.4


def test_a_paragraph_whose_word_split_folding_changed_is_located_whole_but_not_quoted(monkeypatch):
    monkeypatch.setattr(scene_model, "_tokens", lambda text, names: ["lumiere"])
    paragraphs = [Paragraph(0, "Action", "Elle éteint la lumière.")]
    assert locate(paragraphs, frozenset(), "lumiere") == (paragraphs[0], 0, len(paragraphs[0].text))
    assert quote(paragraphs, frozenset(), "lumiere") is None
