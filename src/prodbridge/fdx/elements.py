"""Thin stateless wrappers over Final Draft's tagging chain and text runs (python-docx proxies).

``Text@TagNumber → Tags/Tag@Number → Tag/DefId → TagDefinitions/TagDefinition@Id → @CatId →
TagCategories/TagCategory@Id``. Each wrapper keeps only its element and reads attributes on every
access; two wrappers are equal when they wrap the same element. Nothing here edits the tree.
``range_starts`` gives Final Draft's character counting for the ``Range`` of script notes.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from prodbridge.fdx.tree import paragraph_texts


def int_attribute(element: etree._Element, name: str) -> int | None:
    """An integer attribute, or ``None`` when absent or not a whole number."""
    value = (element.get(name) or "").strip()
    return int(value) if value.isdigit() else None


class _Proxy:
    __slots__ = ("_element",)

    def __init__(self, element: etree._Element) -> None:
        self._element = element

    @property
    def element(self) -> etree._Element:
        return self._element

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._element is self._element  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._element)

    def __repr__(self) -> str:
        attrs = " ".join(f'{k}="{v}"' for k, v in self._element.attrib.items())
        return f"<{type(self).__name__} {attrs}>"


class TextRun(_Proxy):
    """A ``<Text>`` run. ``text`` is exactly as stored ('' for an empty run)."""

    @property
    def text(self) -> str:
        return self._element.text or ""

    @property
    def tag_number(self) -> int | None:
        """The ``TagNumber`` (a ``Tag@Number``), ``None`` when the run is not tagged."""
        return int_attribute(self._element, "TagNumber")


class TagCategory(_Proxy):
    """A breakdown category. Key on ``id``: Number and Name vary between programs."""

    @property
    def id(self) -> str:
        return self._element.get("Id", "")

    @property
    def name(self) -> str:
        return self._element.get("Name", "")

    @property
    def number(self) -> int | None:
        return int_attribute(self._element, "Number")


class TagDefinition(_Proxy):
    """A breakdown element (``Label``) of one category (``cat_id``)."""

    @property
    def id(self) -> str:
        return self._element.get("Id", "")

    @property
    def cat_id(self) -> str:
        return self._element.get("CatId", "")

    @property
    def label(self) -> str:
        return self._element.get("Label", "")

    @property
    def number(self) -> int | None:
        return int_attribute(self._element, "Number")


class Tag(_Proxy):
    """One tagged occurrence: runs with ``TagNumber == number`` carry the elements ``def_ids``."""

    @property
    def number(self) -> int | None:
        return int_attribute(self._element, "Number")

    @property
    def def_ids(self) -> tuple[str, ...]:
        return tuple((d.text or "").strip() for d in self._element.iterchildren("DefId"))

    def def_id_elements(self) -> Iterator[etree._Element]:
        return self._element.iterchildren("DefId")


class TagData(_Proxy):
    """The document's ``<TagData>``: categories, definitions and tags (each list may be empty)."""

    @classmethod
    def find(cls, root: etree._Element) -> TagData | None:
        """The ``<TagData>`` child of ``<FinalDraft>``; ``None`` when the file has none."""
        element = root.find("TagData")
        return cls(element) if element is not None else None

    def container(self, name: str) -> etree._Element | None:
        """``TagCategories``, ``TagDefinitions`` or ``Tags``; ``None`` when absent."""
        return self._element.find(name)

    @property
    def categories(self) -> list[TagCategory]:
        """Direct children of ``TagCategories`` only (some tools nest empty categories)."""
        box = self.container("TagCategories")
        return [] if box is None else [TagCategory(c) for c in box.iterchildren("TagCategory")]

    @property
    def definitions(self) -> list[TagDefinition]:
        box = self.container("TagDefinitions")
        return [] if box is None else [TagDefinition(d) for d in box.iterchildren("TagDefinition")]

    @property
    def tags(self) -> list[Tag]:
        box = self.container("Tags")
        return [] if box is None else [Tag(t) for t in box.iterchildren("Tag")]

    def category(self, category_id: str) -> TagCategory | None:
        return next((c for c in self.categories if c.id == category_id), None)


def tagged_runs(root: etree._Element) -> Iterator[TextRun]:
    """Every ``<Text>`` in the document that carries a ``TagNumber``."""
    for element in root.iter("Text"):
        if element.get("TagNumber") is not None:
            yield TextRun(element)


def highest_tag_number(root: etree._Element) -> int:
    """The highest ``Tag@Number`` or ``Text@TagNumber`` in the file (0 when there is none)."""
    numbers = [r.tag_number or 0 for r in tagged_runs(root)]
    data = TagData.find(root)
    if data is not None:
        numbers += [t.number or 0 for t in data.tags]
    return max(numbers, default=0)


def resolve(root: etree._Element, run: TextRun) -> list[tuple[TagDefinition, TagCategory | None]]:
    """The definitions (and their categories) a run's ``TagNumber`` leads to; [] if untagged."""
    data = TagData.find(root)
    number = run.tag_number
    if data is None or number is None:
        return []
    definitions = {d.id: d for d in data.definitions}
    categories = {c.id: c for c in data.categories}
    out: list[tuple[TagDefinition, TagCategory | None]] = []
    for tag in data.tags:
        if tag.number == number:
            for def_id in tag.def_ids:
                definition = definitions.get(def_id)
                if definition is not None:
                    out.append((definition, categories.get(definition.cat_id)))
    return out


def range_starts(root: etree._Element) -> dict[etree._Element, int]:
    """Where each body paragraph starts in Final Draft's note ``Range`` counting.

    Checked on the 50 note Ranges of the corpus' FD12/FD13 files: each ``Content/Paragraph``
    counts its text plus one; a paragraph holding a ``DualDialogue`` or ``OmittedScene``
    counts two more (before its text); a New Act pair (an empty paragraph and the card, sharing
    one ``id``) counts one in all. The plain "text plus one" rule drifts by 2 per dual dialogue.
    """
    content = root.find("Content")
    offsets: dict[etree._Element, int] = {}
    if content is None:
        return offsets
    paragraphs = list(content.iterchildren("Paragraph"))
    # One pass each for the texts and the blocks, not lxml lookups per paragraph (most of
    # the time of the tagger's notes on a feature).
    texts = paragraph_texts(root, paragraphs)
    blocked = {block.getparent() for block in content.iter("DualDialogue", "OmittedScene")}
    pos = 0
    for i, (paragraph, text) in enumerate(zip(paragraphs, texts, strict=True)):
        if paragraph.get("Type") == "New Act":
            following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            offsets[paragraph] = pos
            pair = (
                following is not None
                and following.get("Type") == "New Act"
                and following.get("id") == paragraph.get("id")
            )
            if not (not text and pair):
                pos += 1
            continue
        if paragraph in blocked:
            pos += 2
        offsets[paragraph] = pos
        pos += len(text) + 1
    return offsets
