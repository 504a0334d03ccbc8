"""Script language from function words and accents."""

from __future__ import annotations

from prodbridge.analysis.language import detect_language, language_scores


def test_empty_input_is_english():
    assert detect_language([]) == "en"


def test_blank_paragraphs_are_english():
    assert detect_language(["", "   "]) == "en"


def test_english_action_lines_are_english():
    texts = ["She crosses the room and kisses him.", "The door closes behind them."]
    assert detect_language(texts) == "en"


def test_french_action_lines_are_french():
    texts = ["Elle traverse la pièce et l’embrasse.", "La porte se referme sur eux."]
    assert detect_language(texts) == "fr"


def test_french_headings_alone_are_french():
    assert detect_language(["INT. CHAMBRE - NUIT", "EXT. RUE - JOUR"]) == "fr"


def test_accents_tip_text_without_function_words_towards_french():
    assert detect_language(["Éléonore, Hélène, Bérénice"]) == "fr"


def test_a_generator_is_accepted():
    assert detect_language(t for t in ["Il pleut sur la ville."]) == "fr"


def test_a_french_script_with_some_english_lines_stays_french():
    texts = ["Il entre dans le bar.", "Elle le regarde.", "OK, let's go.", "Ils sortent ensemble."]
    assert detect_language(texts) == "fr"


def test_scores_count_function_words_for_each_language():
    en, fr = language_scores(["the cat and the dog", "le chat"])
    assert (en, fr) == (3.0, 1.0)
