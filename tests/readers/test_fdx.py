"""FDX reader rules: text runs, dual dialogue, types, numbers, properties, synopses, encodings."""

from __future__ import annotations

import pytest

from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.options import ReadOptions
from prodbridge.readers.fdx import read


def fdx(body: str, version: str | None = "5", prolog: str = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n', tail: str = "") -> bytes:
    v = f' Version="{version}"' if version else ""
    return (
        f'{prolog}<FinalDraft DocumentType="Script" Template="No"{v}>\n'
        f"<Content>\n{body}\n</Content>\n{tail}</FinalDraft>\n"
    ).encode()


def texts(data: bytes) -> list[tuple[str, str]]:
    script, _ = read(data)
    return [(p.kind, p.text) for p in script.paragraphs]


def test_paragraph_text_is_the_concatenation_of_runs_never_trimmed():
    data = fdx(
        '<Paragraph Type="Action"><Text Style="Bold">She kis</Text><Text>ses him.  </Text>'
        "<Text> Then leaves.</Text></Paragraph>"
    )
    assert texts(data) == [("Action", "She kisses him.   Then leaves.")]


def test_line_breaks_and_leading_spaces_inside_runs_are_kept():
    data = fdx('<Paragraph Type="Action"><Text>  One\nTwo</Text></Paragraph>')
    assert texts(data) == [("Action", "  One\nTwo")]


def test_nested_elements_that_are_not_direct_runs_are_not_text():
    data = fdx(
        '<Paragraph Type="Action"><ScriptNote><Paragraph><Text>note</Text></Paragraph></ScriptNote>'
        "<Text>Body.</Text></Paragraph>"
    )
    assert texts(data) == [("Action", "Body.")]


def test_dual_dialogue_is_walked_in_order_and_marked_dual():
    data = fdx(
        '<Paragraph Type="Scene Heading"><Text>INT. HALL - DAY</Text></Paragraph>'
        '<Paragraph Type="General"><DualDialogue>'
        '<Paragraph Type="Character"><Text>MOSSY </Text></Paragraph>'
        '<Paragraph Type="Dialogue"><Text>You?</Text></Paragraph>'
        '<Paragraph Type="Character"><Text>TANGLE </Text></Paragraph>'
        '<Paragraph Type="Dialogue"><Text>You.</Text></Paragraph>'
        "</DualDialogue></Paragraph>"
        '<Paragraph Type="Action"><Text>They laugh.</Text></Paragraph>'
    )
    script, _ = read(data)
    assert [(p.kind, p.text, p.dual, p.speaker) for p in script.paragraphs] == [
        ("Scene Heading", "INT. HALL - DAY", False, None),
        ("Character", "MOSSY ", True, None),
        ("Dialogue", "You?", True, "MOSSY"),
        ("Character", "TANGLE ", True, None),
        ("Dialogue", "You.", True, "TANGLE"),
        ("Action", "They laugh.", False, None),
    ]
    assert script.scenes[0].speaking == ("MOSSY", "TANGLE")


def test_unknown_paragraph_type_is_read_as_action_and_reported_once():
    data = fdx(
        '<Paragraph Type="Centré"><Text>FIN</Text></Paragraph>'
        '<Paragraph Type="Centré"><Text>Encore</Text></Paragraph>'
    )
    script, issues = read(data, ReadOptions(name="complet.fdx"))
    assert [(p.kind, p.raw_type) for p in script.paragraphs] == [("Action", "Centré")] * 2
    assert [(i.code, i.location) for i in issues] == [("unknown-paragraph-type", "paragraph 0")]


def test_scene_number_comes_from_the_heading_number_attribute():
    data = fdx(
        '<Paragraph Number="150C" Type="Scene Heading"><Text>EXT. ROAD - NIGHT</Text></Paragraph>'
        '<Paragraph Type="Scene Heading"><Text>INT. CAR - NIGHT</Text></Paragraph>'
    )
    script, _ = read(data)
    assert [(s.id, s.number, s.index) for s in script.scenes] == [("150C", "150C", 1), ("#2", None, 2)]


def test_scene_number_written_in_a_french_heading_is_the_id():
    data = fdx(
        '<Paragraph Type="Scene Heading"><Text>SÉQ. 14 BIS - INT. APPARTEMENT - CHAMBRE - NUIT</Text></Paragraph>'
    )
    scene = read(data)[0].scenes[0]
    assert (scene.id, scene.int_ext, scene.set, scene.subset, scene.time_of_day) == (
        "14 BIS",
        "INT",
        "APPARTEMENT",
        "CHAMBRE",
        "NUIT",
    )


def test_scene_properties_give_length_page_title_and_fd12_synopsis():
    data = fdx(
        '<Paragraph Type="Scene Heading"><SceneProperties Length="1 3/8" Page="2A" Title="Meet">'
        "<Summary><Paragraph><Text>Set up the key.</Text></Paragraph></Summary></SceneProperties>"
        "<Text>INT. LIBRARY - DAY</Text></Paragraph>"
    )
    scene = read(data)[0].scenes[0]
    assert (scene.eighths, scene.eighths_source, scene.page, scene.title, scene.synopsis) == (
        11,
        "file",
        "2A",
        "Meet",
        "Set up the key.",
    )


def test_fd13_synopsis_is_the_summary_paragraph_after_the_heading():
    data = fdx(
        '<Paragraph Type="Scene Heading"><Text>INT. LIBRARY - DAY</Text></Paragraph>'
        '<Paragraph Type="Summary"><Text>Tangle finds the key.</Text></Paragraph>'
        '<Paragraph Type="Action"><Text>Dust.</Text></Paragraph>',
        version="6",
    )
    assert read(data)[0].scenes[0].synopsis == "Tangle finds the key."


def test_length_is_estimated_when_the_file_has_none():
    action = "Rain hammers the windows of the empty flat while the kettle screams. " * 12
    data = fdx(
        '<Paragraph Type="Scene Heading"><Text>INT. FLAT - NIGHT</Text></Paragraph>'
        f'<Paragraph Type="Action"><Text>{action}</Text></Paragraph>'
    )
    scene = read(data)[0].scenes[0]
    # 2 + 1 heading lines, 1 + ceil(828 / 61) = 15 action lines: 18 / 55 * 8 = 2.6 → 3
    assert (scene.eighths, scene.eighths_source) == (3, "estimate")


def test_paragraphs_before_the_first_heading_belong_to_no_scene():
    data = fdx(
        '<Paragraph Type="Transition"><Text>FADE IN:</Text></Paragraph>'
        '<Paragraph Type="Scene Heading"><Text>EXT. SEA - DAWN</Text></Paragraph>'
    )
    script, _ = read(data)
    assert [p.scene for p in script.paragraphs] == [None, 1]
    assert script.scenes[0].paragraphs == (1, 2)


def test_characters_are_speakers_first_then_named_in_action():
    data = fdx(
        '<Paragraph Type="Scene Heading"><Text>INT. KITCHEN - DAY</Text></Paragraph>'
        '<Paragraph Type="Action"><Text>Marc watches ANNA pour coffee.</Text></Paragraph>'
        "<Paragraph Type=\"Character\"><Text>ANNA (CONT'D)</Text></Paragraph>"
        '<Paragraph Type="Dialogue"><Text>Sugar?</Text></Paragraph>'
        '<Paragraph Type="Scene Heading"><Text>INT. HALL - DAY</Text></Paragraph>'
        '<Paragraph Type="Character"><Text>MARC (V.O.)</Text></Paragraph>'
        '<Paragraph Type="Dialogue"><Text>Later.</Text></Paragraph>'
    )
    first, second = read(data)[0].scenes
    assert first.characters == ("ANNA", "MARC")
    assert first.speaking == ("ANNA",)
    assert second.characters == ("MARC",)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>'),
        fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>', prolog=""),
        fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>').replace(b"\n", b"\r\n"),
        fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>').replace(b"\n", b""),
        fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>', version=None),
        fdx('<Paragraph Type="Scene Heading"><Text>INT. A - DAY</Text></Paragraph>', version="1"),
    ],
    ids=["bom", "no-declaration", "crlf", "single-line", "no-version", "version-1"],
)
def test_encodings_and_layouts_all_read_the_same_scene(data):
    script, _ = read(data)
    assert [(s.heading, s.set) for s in script.scenes] == [("INT. A - DAY", "A")]


def test_crlf_inside_text_is_normalised_by_xml_to_newline():
    data = fdx('<Paragraph Type="Action"><Text>One\r\nTwo</Text></Paragraph>')
    assert texts(data) == [("Action", "One\nTwo")]


def test_title_is_the_first_title_page_paragraph_with_letters():
    data = fdx(
        "",
        tail="<TitlePage><Content><Paragraph><Text>.</Text></Paragraph>"
        "<Paragraph><Text>THE CROSSING</Text></Paragraph></Content></TitlePage>\n",
    )
    assert read(data)[0].title == "THE CROSSING"


def test_malformed_xml_is_one_clear_input_error_naming_the_file():
    with pytest.raises(InputError) as err:
        read(b"<FinalDraft><Content></FinalDraft>", ReadOptions(name="bad.fdx"))
    assert str(err.value).startswith("bad.fdx: not well-formed XML: ")
    assert "\n" not in str(err.value)


def test_empty_file_is_rejected():
    with pytest.raises(InputError, match="empty"):
        read(b"  \n", ReadOptions(name="e.fdx"))


def test_other_xml_root_is_not_a_final_draft_file():
    with pytest.raises(InputError, match=r"not a Final Draft file: the root element is <html>"):
        read(b"<html><body/></html>")


def test_external_entity_is_refused_before_parsing():
    data = (
        b'<?xml version="1.0"?>\n<!DOCTYPE FinalDraft [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<FinalDraft><Content><Paragraph Type="Action"><Text>&x;</Text></Paragraph></Content></FinalDraft>'
    )
    with pytest.raises(UnsafeInputError, match="DOCTYPE"):
        read(data)


def test_entity_expansion_bomb_is_refused():
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    data = f'<!DOCTYPE FinalDraft [{"".join(laughs)}]><FinalDraft>&lol9;</FinalDraft>'.encode()
    with pytest.raises(UnsafeInputError):
        read(data)


def test_doctype_after_a_comment_is_still_refused():
    data = b'<?xml version="1.0"?><!-- exported --><!DOCTYPE x SYSTEM "http://example.com/x.dtd"><FinalDraft/>'
    with pytest.raises(UnsafeInputError):
        read(data)


def test_deeply_nested_xml_is_rejected_not_crashed():
    data = b"<FinalDraft>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</FinalDraft>"
    with pytest.raises(InputError):
        read(data)
