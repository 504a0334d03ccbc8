"""FDX bytes → the breakdown data Final Draft keeps beside the text: tagged elements and
FD13 heading paragraph ids.

Tags resolve through Final Draft's chain ``Text@TagNumber → Tag@Number → DefId →
TagDefinition@Id → CatId → TagCategory@Id``. Categories are keyed on their ``Id``: names and
numbers differ between Final Draft versions, Fade In and hand-made files, and anonymised files
give several categories the same name. Paragraph positions come from the same body walk as the
script reader (``fdx.tree.body_paragraphs``), so ``Paragraph.index`` and ``Scene.index`` agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from prodbridge.errors import Issue
from prodbridge.fdx.tree import body, body_paragraphs, parse
from prodbridge.model import BreakdownElement
from prodbridge.options import ReadOptions


@dataclass(frozen=True, slots=True)
class FdxBreakdown:
    """Elements in category order then definition order; ``heading_ids`` maps ``Scene.index``
    → the heading paragraph's ``id`` attribute (FD13; empty for files without ids)."""

    elements: tuple[BreakdownElement, ...] = ()
    heading_ids: dict[int, str] = field(default_factory=dict)


@dataclass
class _Definition:
    id: str
    category_id: str
    label: str
    number: str
    paragraphs: dict[int, None] = field(default_factory=dict)
    scenes: dict[int, None] = field(default_factory=dict)
    tags: int = 0
    run_text: str = ""


def read(data: bytes, opts: ReadOptions | None = None) -> tuple[FdxBreakdown, list[Issue]]:
    """Read every tag element and heading id; raise ``InputError`` for unreadable input.

    An element is a definition at least one ``<Tag>`` points at; it may have no scene when
    no text carries that tag any more. Unused definitions, broken links in the chain and
    tagged text outside the script body (omitted scenes) are reported as Issues, never
    silently dropped.
    """
    opts = opts or ReadOptions()
    name = opts.name
    root = parse(data, name).getroot()
    issues: list[Issue] = []
    categories, definitions, tags = _tag_data(root)

    for defs in tags.values():
        for def_id in defs:
            if def_id in definitions:
                definitions[def_id].tags += 1

    heading_ids: dict[int, str] = {}
    scene = 0
    walked = 0
    missing_tags: dict[str, int] = {}
    missing_defs: dict[str, int] = {}
    for index, item in enumerate(body_paragraphs(root)):
        element = item.element
        if element.get("Type") == "Scene Heading":
            scene += 1
            if element.get("id"):
                heading_ids[scene] = element.get("id", "")
        for run in element.iterchildren("Text"):
            number = (run.get("TagNumber") or "").strip()
            if not number:
                continue
            walked += 1
            if number not in tags:
                missing_tags.setdefault(number, index)
                continue
            for def_id in tags[number]:
                definition = definitions.get(def_id)
                if definition is None:
                    missing_defs.setdefault(def_id, index)
                    continue
                definition.paragraphs.setdefault(index)
                if scene:
                    definition.scenes.setdefault(scene)
                if not definition.run_text:
                    definition.run_text = " ".join((run.text or "").split())

    if missing_tags:
        number, index = next(iter(missing_tags.items()))
        issues.append(
            Issue(
                "tag-missing",
                name,
                f"paragraph {index}",
                f"{len(missing_tags)} tag number(s) used in the text have no <Tag> entry "
                f"(first: {number}); that text is not counted",
            )
        )
    if missing_defs:
        def_id, index = next(iter(missing_defs.items()))
        issues.append(
            Issue(
                "tag-definition-missing",
                name,
                f"paragraph {index}",
                f"{len(missing_defs)} tag link(s) point at no <TagDefinition> (first: {def_id}); "
                "that text is not counted",
            )
        )
    outside = _tagged_runs(root) - walked
    if outside:
        issues.append(
            Issue(
                "tag-outside-body",
                name,
                "",
                f"{outside} tagged text run(s) sit in omitted scenes or outside the script body; "
                "their elements are not counted for any scene",
            )
        )

    unused = [d for d in definitions.values() if not d.tags]
    if unused:
        issues.append(
            Issue(
                "tag-definition-unused",
                name,
                "",
                f"{len(unused)} element definition(s) are used by no tag (first: {unused[0].label!r}); "
                "they are not listed",
            )
        )
    elements = []
    order = {cat_id: i for i, cat_id in enumerate(categories)}
    used = [d for d in definitions.values() if d.tags]
    for definition in sorted(used, key=lambda d: order.get(d.category_id, len(order))):
        category = categories.get(definition.category_id)
        if category is None:
            issues.append(
                Issue(
                    "tag-category-missing",
                    name,
                    "",
                    f"element {definition.label!r} points at unknown category {definition.category_id}",
                )
            )
        cat_name, cat_number = category or (definition.category_id, "")
        elements.append(
            BreakdownElement(
                category_id=definition.category_id,
                category=cat_name,
                name=definition.label or definition.run_text,
                definition_id=definition.id,
                category_number=cat_number,
                paragraphs=tuple(definition.paragraphs),
                scenes=tuple(definition.scenes),
                tags=definition.tags,
            )
        )
    return FdxBreakdown(tuple(elements), heading_ids), issues


def read_elements(data: bytes) -> list[BreakdownElement]:
    """Just the elements (see ``read``); Issues are dropped, so jobs should call ``read``."""
    return list(read(data)[0].elements)


def _tag_data(
    root: etree._Element,
) -> tuple[dict[str, tuple[str, str]], dict[str, _Definition], dict[str, list[str]]]:
    """Categories (Id → (Name, Number)), definitions by Id, tags (Number → DefIds)."""
    categories: dict[str, tuple[str, str]] = {}
    definitions: dict[str, _Definition] = {}
    tags: dict[str, list[str]] = {}
    data = root.find("TagData")
    if data is None:
        return categories, definitions, tags
    for category in data.iter("TagCategory"):
        cat_id = (category.get("Id") or "").strip()
        if cat_id and cat_id not in categories:
            categories[cat_id] = (category.get("Name") or "", category.get("Number") or "")
    for definition in data.iter("TagDefinition"):
        def_id = (definition.get("Id") or "").strip()
        if def_id and def_id not in definitions:
            definitions[def_id] = _Definition(
                def_id,
                (definition.get("CatId") or "").strip(),
                " ".join((definition.get("Label") or "").split()),
                definition.get("Number") or "",
            )
    for tag in data.iter("Tag"):
        number = (tag.get("Number") or "").strip()
        if number and number not in tags:
            ids = ((d.text or "").strip() for d in tag.iterchildren("DefId"))
            tags[number] = [i for i in ids if i]
    return categories, definitions, tags


def _tagged_runs(root: etree._Element) -> int:
    content = body(root)
    if content is None:
        return 0
    return sum(1 for run in content.iter("Text") if (run.get("TagNumber") or "").strip())

