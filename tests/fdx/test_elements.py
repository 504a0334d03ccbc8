"""The tagging-chain wrappers read Final Draft's TagData as it is, keyed on Ids."""

from __future__ import annotations

import pytest

from prodbridge.fdx.elements import (
    Tag,
    TagData,
    TextRun,
    highest_tag_number,
    int_attribute,
    range_starts,
    resolve,
    tagged_runs,
)
from prodbridge.fdx.tree import paragraph_text, parse
from tests.conftest import CORPUS_FDX

CAST = "01fc9642-84ff-4366-b37c-a3068dee57e8"
WARDROBE = "0726fa85-1e65-4ab8-87de-bf21d09b01f0"

TAGGED = f"""<FinalDraft Version="6">
  <Content>
    <Paragraph Type="Action">
      <Text>Meet </Text>
      <Text TagNumber="461">TANGLE</Text>
      <Text>, 12.</Text>
    </Paragraph>
  </Content>
  <TagData>
    <TagCategories>
      <TagCategory Color="#00003600B700" Id="{CAST}" Name="Cast Members" Number="2" Style="Bold"/>
      <TagCategory Color="#94AA11150000" Id="{WARDROBE}" Name="Wardrobe" Number="9" Style="Bold"/>
    </TagCategories>
    <TagDefinitions>
      <TagDefinition CatId="{WARDROBE}" Id="aa55f97f-9dad-4d58-a7cd-cf28eeeca08c" Label="scarf" Number="4"/>
      <TagDefinition CatId="{CAST}" Id="ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e" Label="TANGLE" Number="207"/>
    </TagDefinitions>
    <Tags>
      <Tag Number="461">
        <DefId>aa55f97f-9dad-4d58-a7cd-cf28eeeca08c</DefId>
        <DefId>ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e</DefId>
      </Tag>
      <Tag Number="12">
        <DefId>ea85483d-1daf-4bf7-a6ca-de5ad9bf0b9e</DefId>
      </Tag>
    </Tags>
  </TagData>
</FinalDraft>""".encode()


def test_a_run_resolves_through_tag_definition_and_category():
    root = parse(TAGGED).getroot()
    run = next(tagged_runs(root))
    assert (run.text, run.tag_number) == ("TANGLE", 461)
    chain = [(d.label, c.name if c else None) for d, c in resolve(root, run)]
    assert chain == [("scarf", "Wardrobe"), ("TANGLE", "Cast Members")]


def test_tag_data_lists_categories_definitions_and_tags_in_file_order():
    data = TagData.find(parse(TAGGED).getroot())
    assert [(c.id, c.number) for c in data.categories] == [(CAST, 2), (WARDROBE, 9)]
    assert [d.number for d in data.definitions] == [4, 207]
    assert [(t.number, len(t.def_ids)) for t in data.tags] == [(461, 2), (12, 1)]
    assert data.category(WARDROBE).name == "Wardrobe"
    assert data.category("missing") is None


def test_the_highest_number_counts_tags_and_tagged_runs():
    assert highest_tag_number(parse(TAGGED).getroot()) == 461
    assert highest_tag_number(parse(b"<FinalDraft><Content/></FinalDraft>").getroot()) == 0


def test_a_file_without_tag_data_has_none():
    assert TagData.find(parse(b"<FinalDraft><Content/></FinalDraft>").getroot()) is None


def test_wrappers_are_equal_when_they_wrap_the_same_element():
    root = parse(TAGGED).getroot()
    first = TagData.find(root).tags[0]
    assert first == Tag(root.find("TagData/Tags/Tag"))
    assert first != TagData.find(root).tags[1]
    assert first != TextRun(first.element)
    assert len({first, Tag(first.element)}) == 1


def test_numbers_that_are_not_whole_numbers_read_as_none():
    root = parse(
        b'<FinalDraft><Content><Paragraph><Text TagNumber="x1">a</Text></Paragraph></Content></FinalDraft>'
    ).getroot()
    assert int_attribute(next(root.iter("Text")), "TagNumber") is None
    assert TextRun(next(root.iter("Text"))).tag_number is None


def test_nested_empty_categories_of_a_tool_written_file_are_not_listed():
    root = parse((CORPUS_FDX / "ptbr-scriptbreakdown-tagged.fdx").read_bytes()).getroot()
    data = TagData.find(root)
    assert (len(data.categories), len(data.definitions), len(data.tags)) == (29, 25, 25)


def test_the_fully_tagged_fd13_file_has_its_highest_tag_number():
    root = parse((CORPUS_FDX / "fd13-tagged-acts-draftfirst.fdx").read_bytes()).getroot()
    assert highest_tag_number(root) == 831


def range_text(root) -> str:
    """The script as Final Draft counts it for note Ranges, built from ``range_starts``."""
    starts = range_starts(root)
    size = max((at + len(paragraph_text(p)) + 1 for p, at in starts.items()), default=0)
    chars = ["\n"] * size
    for paragraph, at in starts.items():
        for i, char in enumerate(paragraph_text(paragraph)):
            chars[at + i] = char
    return "".join(chars)


NOTE_ANCHORS = {
    "fd12-sample-goldkey.fdx": {
        "174,194": "close on: A gold key",
        "322,333": "Meet TANGLE",
        "10376,10417": "She looks at him, as if: Who is this guy?",
        "18487,18493": "MOSSY!",
    },
    "fd13-sample-goldkey.fdx": {
        "392,403": "Meet TANGLE",
        "2272,2280": "Perhaps.",
        "10769,10810": "She looks at him, as if: Who is this guy?",
        "18979,18985": "MOSSY!",
    },
    "fd13-tagged-acts-draftfirst.fdx": {  # four New Act pairs added in Final Draft
        "2185,2193": "Xxxxxxx.",
        "10604,10645": "Xxx xxxxx xx xxx, xx xx: Xxx xx xxxx xxx?",
        "18217,18223": "Xxxxx!",
    },
    "fd13-tagged-sample02-draftfirst.fdx": {"18213,18219": "Xxxxx!"},  # after an OmittedScene
    "fr-scenariofd-complet.fdx": {"0,3": "EXT", "188,201": "couleur verte"},
}


@pytest.mark.parametrize("name", sorted(NOTE_ANCHORS))
def test_note_ranges_of_final_draft_files_land_on_their_words(name):
    root = parse((CORPUS_FDX / name).read_bytes()).getroot()
    text = range_text(root)
    found = {}
    for note in root.iter("ScriptNote"):
        start, end = map(int, note.get("Range", "0,0").split(","))
        found[note.get("Range")] = text[start:end]
    assert {r: found[r] for r in NOTE_ANCHORS[name]} == NOTE_ANCHORS[name]
    ends = [int(r.split(",")[1]) for r in found if r]
    assert max(ends) <= len(text)
