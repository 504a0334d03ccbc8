"""Final Draft tag chain → breakdown elements, keyed on the category Id."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import etree

from prodbridge.options import ReadOptions
from prodbridge.readers import fdx
from prodbridge.readers.fdx_tags import read, read_elements
from tests.conftest import CORPUS_FDX

PROPS = "05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa"
CAST = "01fc9642-84ff-4366-b37c-a3068dee57e8"
WARDROBE = "0726fa85-1e65-4ab8-87de-bf21d09b01f0"

TAGGED = f"""<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Action"><Text>Before any heading, a </Text><Text TagNumber="1">key</Text></Paragraph>
    <Paragraph Number="1" Type="Scene Heading" id="h-one"><Text>INT. FLAT - NIGHT</Text></Paragraph>
    <Paragraph Type="Action"><Text TagNumber="2">ANNA</Text><Text> picks up the </Text><Text TagNumber="1">key</Text></Paragraph>
    <Paragraph Type="Action"><Text>She wears a </Text><Text TagNumber="3">red coat</Text><Text TagNumber="9">.</Text></Paragraph>
    <Paragraph Number="2" Type="Scene Heading" id="h-two"><Text>EXT. PIER - DAY</Text></Paragraph>
    <Paragraph>
      <DualDialogue>
        <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Give me the </Text><Text TagNumber="4">key</Text></Paragraph>
      </DualDialogue>
    </Paragraph>
    <Paragraph Type="Action"><Text TagNumber="5">ghost</Text></Paragraph>
  </Content>
  <TagData>
    <TagCategories>
      <TagCategory Color="#000000000000" Id="{CAST}" Name="Cast Members" Number="2" Style="Bold"/>
      <TagCategory Color="#000000000000" Id="{PROPS}" Name="Props" Number="6" Style="Bold"/>
      <TagCategory Color="#000000000000" Id="{WARDROBE}" Name="Props" Number="9" Style="Bold"/>
    </TagCategories>
    <TagDefinitions>
      <TagDefinition CatId="{PROPS}" Id="d-key" Label="KEY" Number="1"/>
      <TagDefinition CatId="{CAST}" Id="d-anna" Label="Anna" Number="2"/>
      <TagDefinition CatId="{WARDROBE}" Id="d-coat" Label="red coat" Number="3"/>
      <TagDefinition CatId="{PROPS}" Id="d-unused" Label="umbrella" Number="4"/>
    </TagDefinitions>
    <Tags>
      <Tag Number="1"><DefId>d-key</DefId></Tag>
      <Tag Number="2"><DefId>d-anna</DefId></Tag>
      <Tag Number="3"><DefId>d-coat</DefId><DefId>d-anna</DefId></Tag>
      <Tag Number="4"><DefId>d-key</DefId></Tag>
      <Tag Number="5"><DefId>d-missing</DefId></Tag>
    </Tags>
  </TagData>
</FinalDraft>
""".encode()


def by_name(elements):
    return {e.name: e for e in elements}


def test_tags_resolve_through_the_chain_to_elements_with_their_scenes():
    result, _ = read(TAGGED)
    elements = by_name(result.elements)
    assert set(elements) == {"KEY", "Anna", "red coat"}
    key = elements["KEY"]
    assert (key.category_id, key.category, key.category_number) == (PROPS, "Props", "6")
    assert key.paragraphs == (0, 2, 6)
    assert key.scenes == (1, 2)  # the tag before the first heading belongs to no scene
    assert key.tags == 2


def test_one_run_can_carry_several_elements():
    elements = by_name(read(TAGGED)[0].elements)
    assert elements["red coat"].scenes == (1,)
    assert elements["Anna"].paragraphs == (2, 3)
    assert elements["Anna"].tags == 2


def test_categories_are_keyed_on_id_even_when_two_share_a_name():
    elements = by_name(read(TAGGED)[0].elements)
    assert elements["red coat"].category == "Props"
    assert elements["red coat"].category_id == WARDROBE != elements["KEY"].category_id


def test_elements_come_in_the_files_category_order():
    assert [e.category_id for e in read(TAGGED)[0].elements] == [CAST, PROPS, WARDROBE]


def test_paragraph_and_scene_numbers_agree_with_the_script_reader():
    script, _ = fdx.read(TAGGED)
    key = by_name(read_elements(TAGGED))["KEY"]
    assert [script.paragraphs[i].text for i in key.paragraphs] == [
        "Before any heading, a key",
        "ANNA picks up the key",
        "Give me the key",
    ]
    assert [script.paragraphs[i].scene for i in key.paragraphs] == [None, 1, 2]


def test_heading_paragraph_ids_are_read_per_scene():
    assert read(TAGGED)[0].heading_ids == {1: "h-one", 2: "h-two"}


def test_broken_links_and_unused_definitions_are_reported_not_dropped():
    _, issues = read(TAGGED, ReadOptions(name="s.fdx"))
    assert [str(i) for i in issues] == [
        's.fdx (paragraph 3): 1 tag number(s) used in the text have no <Tag> entry (first: 9); '
        "that text is not counted",
        "s.fdx (paragraph 7): 1 tag link(s) point at no <TagDefinition> (first: d-missing); "
        "that text is not counted",
        "s.fdx: 1 element definition(s) are used by no tag (first: 'umbrella'); they are not listed",
    ]


def test_a_file_without_tag_data_has_no_elements():
    data = b'<FinalDraft Version="1"><Content><Paragraph Type="Scene Heading"><Text>INT. A</Text></Paragraph></Content></FinalDraft>'
    result, issues = read(data)
    assert result.elements == () and issues == [] and result.heading_ids == {}


# --- corpus: counts made independently with lxml -------------------------------------------------


def chain_counts(path) -> tuple[Counter, dict[str, set[str]]]:
    """(Tag→DefId links per category Id, definition ids referenced per category Id)."""
    root = etree.parse(str(path)).getroot()
    data = root.find("TagData")
    categories = {c.get("Id") for c in data.iter("TagCategory") if c.get("Id")}
    definitions = {d.get("Id"): d.get("CatId") for d in data.iter("TagDefinition")}
    links: Counter = Counter()
    referenced: dict[str, set[str]] = {}
    for tag in data.iter("Tag"):
        for def_id in (d.text.strip() for d in tag.findall("DefId")):
            category = definitions.get(def_id)
            if category in categories:
                links[category] += 1
                referenced.setdefault(category, set()).add(def_id)
    return links, referenced


def independent_scenes(path) -> dict[str, set[int]]:
    """Definition id → scene numbers, walking the body with XPath (dual dialogue included)."""
    root = etree.parse(str(path)).getroot()
    definitions = {d.get("Id") for d in root.iter("TagDefinition")}
    tags = {
        t.get("Number"): [d.text.strip() for d in t.findall("DefId") if d.text.strip() in definitions]
        for t in root.iter("Tag")
    }
    scenes: dict[str, set[int]] = {}
    scene = 0
    for paragraph in root.xpath("Content/Paragraph[not(DualDialogue)] | Content/Paragraph/DualDialogue/Paragraph"):
        if paragraph.get("Type") == "Scene Heading":
            scene += 1
        for run in paragraph.findall("Text[@TagNumber]"):
            for def_id in tags.get(run.get("TagNumber"), []):
                if scene:
                    scenes.setdefault(def_id, set()).add(scene)
    return scenes


@pytest.mark.corpus
@pytest.mark.parametrize(
    "name",
    ["fd13-tagged-acts-draftfirst.fdx", "fd13-tagged-sample02-draftfirst.fdx", "ptbr-scriptbreakdown-tagged.fdx"],
)
def test_corpus_element_lists_match_the_tags_the_file_carries(name):
    path = CORPUS_FDX / name
    result, _ = read(path.read_bytes())
    links, referenced = chain_counts(path)
    mine_links: Counter = Counter()
    mine_defs: dict[str, set[str]] = {}
    for element in result.elements:
        mine_links[element.category_id] += element.tags
        mine_defs.setdefault(element.category_id, set()).add(element.definition_id)
    assert mine_links == links
    assert mine_defs == referenced
    expected = independent_scenes(path)
    assert {e.definition_id: set(e.scenes) for e in result.elements if e.scenes} == expected


@pytest.mark.corpus
def test_corpus_acts_file_keeps_categories_apart_by_id_when_names_collide():
    result, issues = read((CORPUS_FDX / "fd13-tagged-acts-draftfirst.fdx").read_bytes())
    categories = {e.category_id for e in result.elements}
    names = Counter(e.category for e in result.elements)
    assert len(categories) == 19
    assert len(result.elements) == 234
    assert len(names) == 13  # anonymised names collide; the ids keep the categories apart
    assert [i.code for i in issues] == ["tag-outside-body", "tag-definition-unused"]
    assert issues[0].text.startswith("5 tagged text run(s)")


@pytest.mark.corpus
def test_corpus_sample02_masked_def_ids_break_the_chain_and_say_so():
    result, issues = read((CORPUS_FDX / "fd13-tagged-sample02-draftfirst.fdx").read_bytes())
    assert result.elements == ()
    assert [i.code for i in issues] == ["tag-definition-missing", "tag-outside-body", "tag-definition-unused"]
    assert len(result.heading_ids) == 35


@pytest.mark.corpus
def test_corpus_portuguese_tags_give_named_elements():
    result, issues = read((CORPUS_FDX / "ptbr-scriptbreakdown-tagged.fdx").read_bytes())
    assert issues == []
    marcelo = by_name(result.elements)["Marcelo"]
    assert (marcelo.category, marcelo.scenes, marcelo.paragraphs) == ("Cast Members", (1,), (3, 7, 12))
    assert Counter(e.category for e in result.elements) == {
        "Background Actors": 6,
        "Props": 5,
        "Camera": 3,
        "Sound": 3,
        "Security": 2,
        "Animals": 1,
        "Set Dressing": 1,
        "Vehicles": 1,
        "Visual Effects": 1,
        "Cast Members": 1,
        "Special Effects": 1,
    }
