"""Intimacy tags written into FDX files: Final Draft's chain, byte-exact, idempotent, removable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

import pytest

from prodbridge.errors import InputError
from prodbridge.fdx.splice import Source
from prodbridge.fdx.tree import body_paragraphs, parse
from prodbridge.model import CODES, Evidence, Finding, Script
from prodbridge.options import ReadOptions
from prodbridge.readers.fdx import read
from prodbridge.writers.fdx_tags import (
    CATEGORY_ID,
    DEFINITION_IDS,
    WRITER_ID,
    TagOptions,
    remove,
    write,
    write_report,
)
from tests.conftest import CORPUS_FDX, corpus_manifest

KIS = DEFINITION_IDS["KIS"]
TCH = DEFINITION_IDS["TCH"]
MIN = DEFINITION_IDS["MIN"]
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'


def fdx(body: str, version: str = "6", tail: str = "") -> bytes:
    """A small Final Draft file laid out the way Final Draft 13 writes it."""
    root = f'<FinalDraft DocumentType="Script" Template="No" Version="{version}">'
    return f"{HEAD}{root}\n\n  <Content>\n{body}  </Content>\n{tail}\n</FinalDraft>\n".encode()


BEDROOM = (
    '    <Paragraph Type="Scene Heading">\n'
    '      <SceneProperties Length="1/8" Page="1" Title=""/>\n'
    "      <Text>INT. BEDROOM - NIGHT</Text>\n"
    "    </Paragraph>\n"
    '    <Paragraph Type="Action">\n'
    '      <Text AdornmentStyle="-1" Style="Italic">She kisses his neck, slowly.</Text>\n'
    "    </Paragraph>\n"
    '    <Paragraph Type="Action">\n'
    "      <Text>Caf&#233; &amp; cr\u00e8me. Anna kisses</Text>\n"
    "      <Text></Text>\n"
    "    </Paragraph>\n"
)


def load(data: bytes) -> Script:
    return read(data, ReadOptions(name="test.fdx"))[0]


def cue(script: Script, paragraph: int, code: str, text: str, nth: int = 0) -> Evidence:
    """Evidence for the ``nth`` occurrence of ``text`` in a paragraph, with its offsets."""
    body = script.paragraphs[paragraph].text
    starts = [m.start() for m in re.finditer(re.escape(text), body)]
    start = starts[nth]
    return Evidence(paragraph, code, text, body, start, start + len(text))


def finding(scene: int, *evidence: Evidence, codes: tuple[str, ...] = ()) -> Finding:
    all_codes = tuple(sorted(set(codes) | {e.code for e in evidence}, key=CODES.index))
    return Finding(scene, all_codes, 0.9, (), evidence)


def paragraph_xml(data: bytes, index: int) -> str:
    root = parse(data).getroot()
    src = Source(data, root)
    return src.outer([p.element for p in body_paragraphs(root)][index])


def body_stdlib(data: bytes) -> list[ET.Element]:
    """Body paragraphs in reading order, found with the standard library (not lxml)."""
    out: list[ET.Element] = []
    for p in ET.fromstring(data).find("Content"):
        blocks = p.findall("DualDialogue") if p.tag == "Paragraph" else [p] if p.tag == "DualDialogue" else []
        if p.tag == "Paragraph" and not blocks:
            out.append(p)
        for block in blocks:
            out += block.findall("Paragraph")
    return out


def texts_stdlib(data: bytes) -> list[str]:
    return ["".join(t.text or "" for t in p.findall("Text")) for p in body_stdlib(data)]


def intimacy_chain_stdlib(data: bytes) -> dict[int, tuple[int, list[str], list[str]]]:
    """Tag number → (paragraph index, tagged run texts, labels) for every tag of the Intimacy
    category, resolving TagNumber → Tag → DefId → TagDefinition → TagCategory with xml.etree."""
    root = ET.fromstring(data)
    tag_data = root.find("TagData")
    if tag_data is None:
        return {}
    category = [c for c in tag_data.iter("TagCategory") if c.get("Id") == CATEGORY_ID]
    assert len(category) == 1
    defs = {d.get("Id"): d for d in tag_data.iter("TagDefinition") if d.get("CatId") == CATEGORY_ID}
    tags = {
        int(t.get("Number")): [defs[i.text].get("Label") for i in t.findall("DefId") if i.text in defs]
        for t in tag_data.iter("Tag")
    }
    out: dict[int, tuple[int, list[str], list[str]]] = {}
    for index, paragraph in enumerate(body_stdlib(data)):
        for run in paragraph.findall("Text"):
            number = int(run.get("TagNumber") or 0)
            if tags.get(number):
                where, runs, _ = out.setdefault(number, (index, [], tags[number]))
                assert where == index, "one tag spans two paragraphs"
                runs.append(run.text or "")
    return out


def intimacy_tags_stdlib(data: bytes) -> dict[int, tuple[str, list[str]]]:
    """Tag number → (tagged text, labels) of the Intimacy category (xml.etree)."""
    return {n: ("".join(runs), labels) for n, (_, runs, labels) in intimacy_chain_stdlib(data).items()}


# --- runs ---------------------------------------------------------------------------------------


def test_no_finding_gives_back_the_original_bytes():
    data = fdx(BEDROOM)
    assert write(load(data), [], data) == data
    assert write(load(data), [Finding(1, (), 0.0, (), ())], data) == data


def test_a_cue_inside_a_run_splits_it_copying_every_attribute():
    data = fdx(BEDROOM)
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False))
    assert paragraph_xml(out, 1) == (
        '<Paragraph Type="Action">\n'
        '      <Text AdornmentStyle="-1" Style="Italic">She </Text >'
        '<Text AdornmentStyle="-1" Style="Italic" TagNumber="1">kisses</Text >'
        '<Text AdornmentStyle="-1" Style="Italic"> his neck, slowly.</Text>\n'
        "    </Paragraph>"
    )
    assert texts_stdlib(out) == texts_stdlib(data)


def test_a_cue_that_is_a_whole_run_only_gains_the_attribute():
    data = fdx(BEDROOM.replace("She kisses his neck, slowly.", "Kiss"))
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "Kiss"))], data, TagOptions(notes=False))
    assert '<Text AdornmentStyle="-1" Style="Italic" TagNumber="1">Kiss</Text>\n' in out.decode()


def test_a_cue_across_a_run_boundary_tags_both_pieces_with_one_tag():
    body = BEDROOM.replace(
        '<Text AdornmentStyle="-1" Style="Italic">She kisses his neck, slowly.</Text>',
        '<Text>She kis</Text>\n      <Text RevisionID="2">ses his neck.</Text>',
    )
    data = fdx(body)
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False))
    assert paragraph_xml(out, 1) == (
        '<Paragraph Type="Action">\n'
        '      <Text>She </Text ><Text TagNumber="1">kis</Text>\n'
        '      <Text RevisionID="2" TagNumber="1">ses</Text ><Text RevisionID="2"> his neck.</Text>\n'
        "    </Paragraph>"
    )
    assert intimacy_tags_stdlib(out) == {1: ("kisses", ["KIS – Kissing"])}


def test_character_references_and_empty_runs_survive_a_split():
    data = fdx(BEDROOM)
    script = load(data)
    out = write(script, [finding(1, cue(script, 2, "KIS", "kisses"))], data, TagOptions(notes=False))
    assert paragraph_xml(out, 2) == (
        '<Paragraph Type="Action">\n'
        '      <Text>Caf&#233; &amp; crème. Anna </Text ><Text TagNumber="1">kisses</Text>\n'
        "      <Text></Text>\n"
        "    </Paragraph>"
    )


def test_overlapping_cues_become_one_tag_with_both_definitions():
    data = fdx(BEDROOM)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), cue(script, 1, "TCH", "kisses his neck"))
    out = write(script, [found], data, TagOptions(notes=False))
    assert intimacy_tags_stdlib(out) == {
        1: ("kisses his neck", ["KIS – Kissing", "TCH – Intimate touch / caress"])
    }
    assert (
        f'<Tag Number="1">\n        <DefId>{KIS}</DefId>\n        <DefId>{TCH}</DefId>\n      </Tag>'
        in out.decode()
    )


def test_each_occurrence_gets_its_own_tag_sharing_one_definition():
    data = fdx(BEDROOM)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), cue(script, 2, "KIS", "kisses"))
    out = write(script, [found], data, TagOptions(notes=False))
    assert intimacy_tags_stdlib(out) == {1: ("kisses", ["KIS – Kissing"]), 2: ("kisses", ["KIS – Kissing"])}
    assert out.decode().count("<TagDefinition ") == 1


def test_a_run_holding_markup_is_tagged_whole_and_reported():
    data = fdx(BEDROOM.replace("She kisses his neck, slowly.", "She <![CDATA[kisses]]> him."))
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), cue(script, 1, "TCH", "him"))
    result = write_report(script, [found], data, TagOptions(notes=False))
    assert 'Style="Italic" TagNumber="1">She <![CDATA[kisses]]> him.</Text>' in result.data.decode()
    assert [i.code for i in result.issues] == ["tag-skipped"]
    assert "cannot be split" in result.issues[0].text
    assert result.tags == 1 and '<Tag Number="2">' not in result.data.decode()
    assert intimacy_tags_stdlib(result.data) == {
        1: ("She kisses him.", ["KIS – Kissing", "TCH – Intimate touch / caress"])
    }


# --- the chain ------------------------------------------------------------------------------------


def test_tag_data_is_created_where_final_draft_writes_it():
    tail = '\n  <WriterMarkup State="Off"/>\n\n  <Characters/>\n\n  <ScriptNotes/>\n'
    data = fdx(BEDROOM, tail=tail)
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False))
    assert out.decode().endswith(
        '  <WriterMarkup State="Off"/>\n\n'
        "  <TagData>\n"
        "    <TagCategories>\n"
        f'      <TagCategory Color="#CCCC00006666" Id="{CATEGORY_ID}" Name="Intimacy" Number="1"/>\n'
        "    </TagCategories >\n"
        "    <TagDefinitions>\n"
        f'      <TagDefinition CatId="{CATEGORY_ID}" Id="{KIS}" Label="KIS – Kissing" Number="1"/>\n'
        "    </TagDefinitions >\n"
        "    <Tags>\n"
        '      <Tag Number="1">\n'
        f"        <DefId>{KIS}</DefId>\n"
        "      </Tag>\n"
        "    </Tags >\n"
        "  </TagData >\n\n"
        "  <Characters/>\n\n  <ScriptNotes/>\n\n</FinalDraft>\n"
    )


def test_a_file_with_content_only_gets_tag_data_at_the_end():
    data = fdx(BEDROOM, version="1")
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False))
    text = out.decode()
    assert text.index("  </Content>\n\n  <TagData>\n") == text.index("</Content>") - 2
    assert text.endswith("    </Tags >\n  </TagData >\n\n</FinalDraft>\n")


EXISTING = """
  <TagData>
    <TagCategories>
      <TagCategory Color="#00003600B700" Id="01fc9642-84ff-4366-b37c-a3068dee57e8" Name="Cast Members" Number="2" Style="Bold"/>
      <TagCategory Color="#0000541A932B" Id="5a56e428-b3d4-4306-b16c-3f77874d89fd" Name="Mine" Number="31"/>
    </TagCategories>
    <TagDefinitions>
      <TagDefinition CatId="01fc9642-84ff-4366-b37c-a3068dee57e8" Id="ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e" Label="ANNA" Number="315"/>
    </TagDefinitions>
    <Tags>
      <Tag Number="830">
        <DefId>ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e</DefId>
      </Tag>
    </Tags>
  </TagData>
"""


def tagged_anna() -> bytes:
    return fdx(
        BEDROOM.replace("crème. Anna kisses", 'crème. </Text><Text TagNumber="831">Anna kisses'),
        tail=EXISTING,
    )


def test_new_numbers_start_after_the_highest_existing_ones():
    data = tagged_anna()
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False)).decode()
    assert f'<TagCategory Color="#CCCC00006666" Id="{CATEGORY_ID}" Name="Intimacy" Number="32"/>' in out
    assert f'Id="{KIS}" Label="KIS – Kissing" Number="316"/>\n    </TagDefinitions>' in out
    assert '<Tag Number="832">' in out and 'TagNumber="832">kisses</Text >' in out


def test_existing_tags_stay_untouched_and_a_cue_they_cover_falls_back_to_the_heading():
    data = tagged_anna()
    script = load(data)
    result = write_report(
        script, [finding(1, cue(script, 2, "KIS", "kisses"))], data, TagOptions(notes=False)
    )
    out = result.data.decode()
    assert EXISTING.split("<TagCategories>")[1].split("</TagCategories>")[0].rstrip() in out
    assert '<Text TagNumber="831">Anna kisses</Text>' in out
    assert (
        '<Tag Number="830">\n        <DefId>ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e</DefId>\n      </Tag>' in out
    )
    assert intimacy_tags_stdlib(result.data) == {832: ("INT. BEDROOM - NIGHT", ["KIS – Kissing"])}
    assert [i.text for i in result.issues] == ["the KIS cue lies in text another tag covers; not tagged"]


def test_a_code_without_evidence_tags_the_scene_heading():
    data = fdx(BEDROOM)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), codes=("MIN",))
    out = write(script, [found], data, TagOptions(notes=False))
    assert intimacy_tags_stdlib(out) == {
        1: ("INT. BEDROOM - NIGHT", ["MIN – Minor involved or present"]),
        2: ("kisses", ["KIS – Kissing"]),
    }


def test_empty_tag_containers_of_fade_in_are_expanded_then_restored():
    tail = "  <TagData>\n    <TagCategories>\n    </TagCategories>\n    <TagDefinitions/>\n    <Tags/>\n  </TagData>\n"
    data = fdx(BEDROOM, version="2", tail=tail)
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False))
    text = out.decode()
    assert "    <TagCategories>\n      <TagCategory " in text
    assert f'    <TagDefinitions>\n      <TagDefinition CatId="{CATEGORY_ID}"' in text
    assert "\n    </TagDefinitions  >\n    <Tags>\n" in text and "\n    </Tags  >\n  </TagData>" in text
    assert remove(out) == data


def test_labels_follow_the_language():
    data = fdx(BEDROOM)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), codes=("NUD-F",))
    out = write(script, [found], data, TagOptions(lang="fr")).decode()
    assert 'Name="Intimité"' in out
    assert 'Label="KIS – Baiser"' in out and 'Label="NUD-F – Nudité intégrale"' in out
    assert 'Name="Intimité : KIS, NUD-F"' in out


def test_ids_are_fixed_so_every_file_and_rerun_shares_them():
    assert CATEGORY_ID == "958a5df6-a465-5602-8871-c1768a9059d7"
    assert KIS == "e216872a-04a6-5705-b85c-b3b9e9658877"
    assert len(set(DEFINITION_IDS.values())) == len(CODES)
    data = fdx(BEDROOM)
    script = load(data)
    found = [finding(1, cue(script, 1, "KIS", "kisses"))]
    assert write(script, found, data) == write(script, found, data)


def test_unknown_codes_bad_offsets_and_a_stale_script_are_reported_not_tagged():
    data = fdx(BEDROOM)
    script = load(data)
    stale = load(data.replace(b"She kisses", b"He kisses"))
    bad = [
        Finding(1, ("KIS",), 0.9, (), (Evidence(1, "XXX", "kisses", "", 4, 10),)),
        finding(1, Evidence(1, "KIS", "kisses", "", 40, 50)),
        finding(1, Evidence(9, "KIS", "kisses", "", 0, 3)),
        finding(1, Evidence(1, "KIS", "hugs", "", 0, 0)),
    ]
    result = write_report(script, bad, data, TagOptions(notes=False))
    texts = [i.text for i in result.issues]
    assert texts[:4] == [
        "unknown intimacy code 'XXX' in scene #1; not tagged",
        "the KIS evidence offsets are outside the paragraph; not tagged",
        "evidence points past the end of the script; not tagged",
        "the KIS cue is not in the paragraph; not tagged",
    ]
    assert intimacy_tags_stdlib(result.data) == {1: ("INT. BEDROOM - NIGHT", ["KIS – Kissing"])}
    stale_result = write_report(stale, [finding(1, cue(stale, 1, "KIS", "kisses"))], data)
    assert "does not match the file" in stale_result.issues[0].text


def test_evidence_without_offsets_is_found_by_its_cue():
    data = fdx(BEDROOM)
    script = load(data)
    out = write(script, [finding(1, Evidence(1, "KIS", "Kisses", "", 0, 0))], data, TagOptions(notes=False))
    assert intimacy_tags_stdlib(out) == {1: ("kisses", ["KIS – Kissing"])}


def test_the_breakdown_reader_lists_the_intimacy_elements_per_scene():
    from prodbridge.readers import fdx_tags as tag_reader

    data = fdx(BEDROOM)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), codes=("MIN",))
    elements, issues = tag_reader.read(write(script, [found], data))
    ours = [(e.category, e.name, e.scenes, e.tags) for e in elements.elements if e.category_id == CATEGORY_ID]
    assert ours == [
        ("Intimacy", "KIS – Kissing", (1,), 1),
        ("Intimacy", "MIN – Minor involved or present", (1,), 1),
    ]
    assert issues == []


# --- notes ----------------------------------------------------------------------------------------


def test_a_version_6_file_gets_a_document_level_note_with_a_range_on_the_heading():
    notes = (
        "  <ScriptNotes>\n"
        '    <ScriptNote Color="#000000000000" DateModified="20201201T005725" DateTime="20201201T003451" '
        'Id="204" Name="Old" Range="0,4" Type="Producer" WriterID="b63f" WriterName="Joe">\n'
        "    </ScriptNote>\n"
        "  </ScriptNotes>\n"
    )
    data = fdx(BEDROOM, tail=notes)
    script = load(data)
    found = finding(1, cue(script, 1, "KIS", "kisses"), codes=("UND",))
    result = write_report(script, [found], data)
    assert result.notes == 1
    assert result.data.decode().endswith(
        "    </ScriptNote>\n"
        '    <ScriptNote Color="#CCCC00006666" DateModified="20201201T005725" DateTime="20201201T005725" '
        'Id="205" Name="Intimacy: KIS, UND" Range="0,20" RefId="551a05a8-a9ee-511d-9e56-a43fffc93598" '
        f'Type="Intimacy" WriterID="{WRITER_ID}" WriterName="prodbridge">\n'
        '      <Paragraph Alignment="Left" FirstIndent="0.00" Leading="Regular" LeftIndent="0.00" '
        'OutlineLevel="1" RightIndent="1.39" SpaceBefore="0" Spacing="1" StartsNewPage="No">\n'
        '        <Text AdornmentStyle="0" Font="Arial" RevisionID="0" Size="12" Style="">Intimacy review '
        "for this scene: KIS, UND. See the intimacy breakdown; speak to the intimacy coordinator.</Text>\n"
        "      </Paragraph>\n"
        "    </ScriptNote>\n"
        "  </ScriptNotes>\n\n</FinalDraft>\n"
    )


def test_a_version_5_note_carries_the_run_colours_final_draft_12_writes():
    data = fdx(BEDROOM, version="5", tail="  <ScriptNotes/>\n\n  <Images/>\n")
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data).decode()
    assert "  <ScriptNotes>\n    <ScriptNote " in out and "</ScriptNotes  >\n\n  <Images/>" in out
    assert 'Range="0,20" Type="Intimacy"' in out and "RefId" not in out and "OutlineLevel" not in out
    assert '<Text AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" Font="Arial"' in out
    assert remove(out.encode()) == data


def test_the_range_counts_dual_dialogue_and_new_act_pairs_like_final_draft():
    body = (
        '    <Paragraph Type="New Act" id="a1"/>\n'
        '    <Paragraph Type="New Act" id="a1">\n      <Text>ACT ONE</Text>\n    </Paragraph>\n'
        '    <Paragraph Type="General">\n      <DualDialogue>\n'
        '        <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>\n'
        '        <Paragraph Type="Dialogue"><Text>You?</Text></Paragraph>\n'
        "      </DualDialogue>\n    </Paragraph>\n" + BEDROOM
    )
    data = fdx(body)
    script = load(data)
    heading = next(p.index for p in script.paragraphs if p.kind == "Scene Heading")
    out = write(script, [finding(1, cue(script, heading + 1, "KIS", "kisses"))], data).decode()
    # New Act pair: 1; the dual dialogue paragraph: 2 + its own (empty) text + 1.
    assert 'Range="4,24"' in out


def test_an_older_file_gets_an_inline_note_after_the_scene_properties():
    data = fdx(BEDROOM, version="2")
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data)
    assert paragraph_xml(out, 0) == (
        '<Paragraph Type="Scene Heading">\n'
        '      <SceneProperties Length="1/8" Page="1" Title=""/>\n'
        '      <ScriptNote Author="prodbridge" Color="#CCCC00006666" DateModified="20000101T000000" '
        'DateTime="20000101T000000" Name="Intimacy: KIS" Type="Intimacy">\n'
        '        <Paragraph Alignment="Left" FirstIndent="0.00" Leading="Regular" LeftIndent="0.00" '
        'RightIndent="1.39" SpaceBefore="0" Spacing="1" StartsNewPage="No">\n'
        '          <Text AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" '
        'Font="Courier Final Draft" RevisionID="0" Size="12" Style="">Intimacy review for this scene: '
        "KIS. See the intimacy breakdown; speak to the intimacy coordinator.</Text>\n"
        "        </Paragraph>\n"
        "      </ScriptNote>\n"
        "      <Text>INT. BEDROOM - NIGHT</Text>\n"
        "    </Paragraph>"
    )
    assert remove(out) == data


def test_notes_quote_no_script_words_and_can_be_turned_off():
    data = fdx(BEDROOM, version="2")
    script = load(data)
    found = [finding(1, cue(script, 1, "KIS", "kisses his neck"))]
    out = write(script, found, data).decode()
    note = out[out.index("<ScriptNote") : out.index("</ScriptNote>")]
    assert "neck" not in note and "kisses" not in note
    assert "<ScriptNote" not in write(script, found, data, TagOptions(notes=False)).decode()


# --- reruns and removal ---------------------------------------------------------------------------


def test_tagging_its_own_output_changes_nothing():
    data = tagged_anna()
    script = load(data)
    found = [finding(1, cue(script, 1, "KIS", "kisses"), cue(script, 1, "TCH", "neck"), codes=("MIN",))]
    once = write(script, found, data)
    assert write(load(once), found, once) == once


def test_remove_gives_back_the_untagged_bytes_and_leaves_other_files_alone():
    for data in (fdx(BEDROOM), tagged_anna(), fdx(BEDROOM, version="1")):
        script = load(data)
        found = [finding(1, cue(script, 1, "KIS", "kisses"), cue(script, 1, "TCH", "neck"), codes=("MIN",))]
        out = write(script, found, data)
        assert out != data
        assert remove(out) == data
        assert remove(data) is data


def test_remove_after_a_final_draft_save_still_takes_the_tags_out():
    data = tagged_anna()
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data).decode()
    resaved = re.sub(r"</(\w+) +>", r"</\1>", out).encode()  # Final Draft rewrites whitespace
    cleaned = remove(resaved)
    text = cleaned.decode()
    assert CATEGORY_ID not in text and KIS not in text and WRITER_ID not in text
    assert 'TagNumber="832"' not in text and 'TagNumber="831"' in text
    assert texts_stdlib(cleaned) == texts_stdlib(data)
    assert '<Text AdornmentStyle="-1" Style="Italic">She </Text>' in text  # split stays split


def test_remove_keeps_a_category_the_user_added_elements_to():
    data = fdx(BEDROOM)
    script = load(data)
    out = write(script, [finding(1, cue(script, 1, "KIS", "kisses"))], data, TagOptions(notes=False)).decode()
    mine = f'\n      <TagDefinition CatId="{CATEGORY_ID}" Id="11111111-2222-3333-4444-555555555555" Label="hug" Number="9"/>'
    out = out.replace("</TagDefinitions >", mine + "\n    </TagDefinitions >")
    text = remove(out.encode()).decode()
    assert f'Id="{CATEGORY_ID}" Name="Intimacy"' in text and 'Label="hug"' in text and KIS not in text
    assert "</TagDefinitions>" in text


def test_a_malformed_file_is_refused():
    data = (CORPUS_FDX / "malformed-venkatgoud.fdx").read_bytes()
    with pytest.raises(InputError, match="not well-formed XML"):
        remove(data, "malformed.fdx")


# --- the whole corpus -----------------------------------------------------------------------------

ROWS = corpus_manifest()
READABLE = sorted(n for n, r in ROWS.items() if r["well_formed"] == "yes")
WORD = re.compile(r"[^\W\d_]{5,}")


def corpus_findings(script: Script) -> list[Finding]:
    """Realistic shapes: per scene one or two cues in its first prose paragraph, a code
    rotating through the taxonomy, and MIN without evidence on every third scene."""
    out = []
    for k, scene in enumerate(script.scenes):
        evidence: list[Evidence] = []
        for p in script.scene_paragraphs(scene)[1:]:
            words = list(WORD.finditer(p.text))[:2]
            for m, code in zip(words, (CODES[k % 13], "TCH"), strict=False):
                evidence.append(Evidence(p.index, code, m.group(0), p.text, m.start(), m.end()))
            if words:
                break
        out.append(finding(scene.index, *evidence, codes=("MIN",) if k % 3 == 0 else ()))
    if not script.scenes:
        p = next(p for p in script.paragraphs if WORD.search(p.text))
        m = WORD.search(p.text)
        out.append(finding(1, Evidence(p.index, "KIS", m.group(0), p.text, m.start(), m.end())))
    return out


@cache
def corpus_case(name: str):
    data = (CORPUS_FDX / name).read_bytes()
    script = load(data)
    findings = corpus_findings(script)
    return data, script, findings, write_report(script, findings, data, TagOptions(name=name))


def test_the_malformed_corpus_file_gives_an_input_error():
    assert [n for n, r in ROWS.items() if r["well_formed"] == "no"] == ["malformed-venkatgoud.fdx"]
    data = (CORPUS_FDX / "malformed-venkatgoud.fdx").read_bytes()
    with pytest.raises(InputError, match=r"malformed-venkatgoud\.fdx: not well-formed XML"):
        write_report(Script("fdx", None, "en", (), ()), [], data, TagOptions(name="malformed-venkatgoud.fdx"))


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_file_without_findings_comes_back_byte_for_byte(name):
    data = (CORPUS_FDX / name).read_bytes()
    assert write(load(data), [], data) == data
    assert remove(data) == data


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_tagging_keeps_every_tag_note_and_dual_dialogue_and_adds_its_own(name):
    result = corpus_case(name)[3]
    row = ROWS[name]
    root = ET.fromstring(result.data)
    ours = intimacy_tags_stdlib(result.data)
    our_runs = sum(
        1 for t in root.find("Content").iter("Text") if t.get("TagNumber") and int(t.get("TagNumber")) in ours
    )
    counts = {
        "tagnumber_runs": sum(1 for t in root.iter("Text") if t.get("TagNumber") is not None),
        "tag_defs": sum(1 for _ in root.iter("TagDefinition")),
        "tag_categories": sum(len(b.findall("TagCategory")) for b in root.iter("TagCategories")),
        "script_notes": sum(1 for _ in root.iter("ScriptNote")),
        "dual_dialogues": sum(1 for _ in root.iter("DualDialogue")),
    }
    assert result.tags == len(ours) > 0
    assert counts == {
        "tagnumber_runs": int(row["tagnumber_runs"]) + our_runs,
        "tag_defs": int(row["tag_defs"]) + len({label for _, labels in ours.values() for label in labels}),
        "tag_categories": int(row["tag_categories"]) + 1,
        "script_notes": int(row["script_notes"]) + result.notes,
        "dual_dialogues": int(row["dual_dialogues"]),
    }
    if row["scene_headings"] != "0":  # else there is no heading to hang a note on
        empty = [i for i in result.issues if i.text.endswith("the heading is empty; no note")]
        assert result.notes == len(result.scenes) - len(empty) > 0
        assert len(empty) == (name == "extractor-test1-minified.fdx")  # its last heading is <Paragraph/>


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_tagging_changes_no_paragraph_text_and_reparses(name):
    data, _, _, result = corpus_case(name)
    assert texts_stdlib(result.data) == texts_stdlib(data)
    assert [p.text for p in load(result.data).paragraphs] == [p.text for p in load(data).paragraphs]


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_tagging_changes_no_byte_outside_edited_paragraphs_tag_data_and_notes(name):
    data, script, findings, result = corpus_case(name)
    edited = {e.paragraph for f in findings for e in f.evidence}
    edited |= {s.paragraphs[0] for s in script.scenes if s.index in {f.scene for f in findings}}

    def outside(raw: bytes) -> str:
        root = parse(raw).getroot()
        src = Source(raw, root)
        paragraphs = [p.element for p in body_paragraphs(root)]
        cuts = [(src.span(paragraphs[i]).start, src.span(paragraphs[i]).end, f"\0{i}") for i in edited]
        for region in (root.find("TagData"), root.find("ScriptNotes")):
            if region is not None:
                cuts.append(
                    (src.span(region).start - len(src.leading_space(region)), src.span(region).end, "")
                )
        text, pos, out = src.text, 0, []
        for start, end, mark in sorted(cuts):
            out += [text[pos:start], mark]
            pos = end
        return "".join([*out, text[pos:]])

    assert outside(result.data) == outside(data)
    assert result.data.startswith(data[: data.index(b"<FinalDraft")])


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_tagging_its_own_output_changes_nothing(name):
    _, _, findings, result = corpus_case(name)
    assert write(load(result.data), findings, result.data, TagOptions(name=name)) == result.data


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_remove_gives_back_the_original_bytes(name):
    data, _, _, result = corpus_case(name)
    assert remove(result.data, name) == data


@pytest.mark.corpus
@pytest.mark.parametrize("name", READABLE)
def test_corpus_an_independent_reader_resolves_every_intimacy_tag_to_a_cue(name):
    data, script, findings, result = corpus_case(name)
    chain = intimacy_chain_stdlib(result.data)
    texts = texts_stdlib(data)
    scenes = {s.index: s for s in script.scenes}
    codes_at: dict[int, set[str]] = {}
    cues_at: dict[int, set[str]] = {}
    for f in findings:
        if f.scene in scenes:
            codes_at.setdefault(scenes[f.scene].paragraphs[0], set()).update(f.codes)
        for e in f.evidence:
            codes_at.setdefault(e.paragraph, set()).update(f.codes)
            cues_at.setdefault(e.paragraph, set()).add(e.cue)
    assert len(chain) == result.tags
    for index, runs, labels in chain.values():
        text = "".join(runs)
        assert index in codes_at and all(run in texts[index] for run in runs)
        assert index in {s.paragraphs[0] for s in script.scenes} or any(text in c for c in cues_at[index])
        assert {label.split(" – ")[0] for label in labels} <= codes_at[index]
    if ROWS[name]["tagnumber_runs"] == "0":  # nothing covers a cue: each is tagged exactly
        tagged = {(index, "".join(runs)) for index, runs, _ in chain.values()}
        assert {(i, c) for i, cues in cues_at.items() for c in cues} <= tagged
