"""Intimacy findings → Final Draft breakdown tags, edited into the user's FDX byte for byte.

Uses Final Draft's own chain (``Text@TagNumber → Tag → DefId → TagDefinition → TagCategory``) in a
custom "Intimacy" category, plus an optional scene note (document-level ``ScriptNotes`` with a
``Range`` for Version 5/6, an inline ``ScriptNote`` for older files). Existing categories,
definitions, tags, TagNumbers and notes are never changed; new numbers start above the highest
existing ones. Every byte outside the edited runs and the TagData/ScriptNotes additions is kept.

Ids are fixed (uuid5), so a rerun gives identical bytes, and ``write`` first takes out what an
earlier run added. What prodbridge added is recognised by those ids and by whitespace inside end
tags, which every XML reader ignores: ``</Text >`` joins a run prodbridge split to the next piece,
``</X >`` closes a container it created, ``</X  >`` one it expanded from ``<X/>``. ``remove``
undoes exactly that, so on a file prodbridge tagged it gives back the untagged bytes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from lxml import etree

from prodbridge.data import load
from prodbridge.errors import Issue
from prodbridge.fdx.elements import TagData, highest_tag_number, int_attribute, range_starts
from prodbridge.fdx.splice import (
    Source,
    Splice,
    escape_attribute,
    escape_text,
    split_content,
    with_attribute,
    without_attribute,
)
from prodbridge.fdx.tree import body_paragraphs, paragraph_text, paragraph_texts, parse
from prodbridge.model import CODES, Evidence, Finding, Scene, Script

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:prodbridge:fdx-tags")
#: The Intimacy TagCategory's Id: the same in every file prodbridge tags.
CATEGORY_ID = str(uuid.uuid5(_NAMESPACE, "prodbridge-intimacy"))
#: One TagDefinition Id per code.
DEFINITION_IDS = {code: str(uuid.uuid5(_NAMESPACE, f"prodbridge-intimacy/{code}")) for code in CODES}
#: ``WriterID`` of prodbridge's document-level notes (``Author`` marks inline ones).
WRITER_ID = str(uuid.uuid5(_NAMESPACE, "prodbridge"))
AUTHOR = "prodbridge"

SPLIT_CLOSE = "</Text >"
_CREATED = " "
_EXPANDED = "  "
_CONTAINERS = ("TagData", "TagCategories", "TagDefinitions", "Tags", "ScriptNotes")
#: Root children Final Draft writes after TagData / after ScriptNotes (FD12/13 order).
_AFTER_TAG_DATA = ("Characters", "ScriptNotes", "Images", "Outlines", "Navigator")
_AFTER_SCRIPT_NOTES = ("Images", "Outlines", "Navigator")
_DEFAULT_TIME = "20000101T000000"
_TIMESTAMP = re.compile(r"\d{8}T\d{6}")


@dataclass(frozen=True, slots=True)
class TagOptions:
    """How to tag. ``lang`` picks the labels (en/fr); ``notes`` adds one note per scene;
    ``timestamp`` (``yyyymmddThhmmss``) dates the notes, ``None``: the newest date already in
    the file, so reruns stay byte-identical. ``name`` is used in messages."""

    lang: str = "en"
    notes: bool = True
    name: str = "<fdx>"
    timestamp: str | None = None


@dataclass(frozen=True, slots=True)
class TagResult:
    """The tagged file and what went into it. ``scenes`` are ``Scene.index`` values."""

    data: bytes
    tags: int = 0
    notes: int = 0
    codes: tuple[str, ...] = ()
    scenes: tuple[int, ...] = ()
    issues: tuple[Issue, ...] = field(default_factory=tuple)


def write(
    script: Script, findings: Sequence[Finding], original: bytes, opts: TagOptions | None = None
) -> bytes:
    """``original`` with ``findings`` as Intimacy tags (and notes); see ``write_report``."""
    return write_report(script, findings, original, opts).data


def write_report(
    script: Script, findings: Sequence[Finding], original: bytes, opts: TagOptions | None = None
) -> TagResult:
    """Tag every evidence cue of ``findings`` (already filtered: rejected ones left out).

    ``script`` must be the reading of ``original``. A finding code without usable evidence
    tags the scene heading. A cue inside text another tag already covers is not tagged (that
    Tag stays untouched); the heading carries the code instead when it can. No finding gives
    back ``original`` (once prodbridge's earlier tags are taken out).
    """
    opts = opts or TagOptions()
    base, tree = _remove(original, opts.name)
    if not any(f.codes or f.evidence for f in findings):
        return TagResult(base)
    writer = _Writer(script, tree.getroot(), Source(base, tree.getroot(), opts.name), opts)
    result = writer.run(findings)
    _verify(tree.getroot(), result.data, opts.name)
    return result


def remove(original: bytes, name: str = "<fdx>") -> bytes:
    """``original`` without anything prodbridge's tagging added (other bytes untouched).

    Split runs are joined where prodbridge split them; containers it created go, and the ones
    it expanded become ``<X/>`` again. A file without prodbridge tags comes back unchanged.
    Raises ``InputError`` for a file that is not well-formed FDX.
    """
    return _remove(original, name)[0]


def _remove(original: bytes, name: str) -> tuple[bytes, etree._ElementTree]:
    """``remove``, also giving the parsed tree of the bytes it returns."""
    tree = parse(original, name)
    if not _mentions_prodbridge(original):
        return original, tree
    root = tree.getroot()
    source = Source(original, root, name)
    splice = Splice(source)
    gone, numbers = _removal(root, source, splice)
    _unsplit(root, source, splice, gone, numbers)
    if not splice:
        return original, tree
    data = splice.result()
    return data, _verify(root, data, name)


# --- tagging ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a new element is laid out: the file's line break and indentation, or none."""

    nl: str = ""
    indent: str = ""
    unit: str = ""

    def deeper(self) -> _Layout:
        return _Layout(self.nl, self.indent + self.unit, self.unit)

    @property
    def line(self) -> str:
        """What goes before an element at this level: a line break and the indentation."""
        return self.nl + self.indent


_Render = Callable[[_Layout], str]


@dataclass(slots=True)
class _Occurrence:
    paragraph: int
    start: int
    end: int
    codes: set[str]
    number: int = 0


class _FreeRanges:
    """Per paragraph, the character ranges of its runs that carry no tag yet (the only ones
    prodbridge tags). Worked out on first use: only paragraphs with a cue or a tagged heading
    are ever asked, a few dozen of a feature's thousands."""

    def __init__(self, paragraphs: Sequence[etree._Element]) -> None:
        self._paragraphs = paragraphs
        self._ranges: dict[int, list[tuple[int, int]]] = {}

    def __getitem__(self, index: int) -> list[tuple[int, int]]:
        ranges = self._ranges.get(index)
        if ranges is None:
            ranges, offset = [], 0
            for run in self._paragraphs[index].iterchildren("Text"):
                length = len(run.text or "")
                if length and run.get("TagNumber") is None:
                    ranges.append((offset, offset + length))
                offset += length
            self._ranges[index] = ranges
        return ranges


class _Writer:
    def __init__(self, script: Script, root: etree._Element, source: Source, opts: TagOptions) -> None:
        self.script = script
        self.root = root
        self.source = source
        self.opts = opts
        self.splice = Splice(source)
        self.issues: list[Issue] = []
        self.paragraphs = [p.element for p in body_paragraphs(root)]
        self.used: set[int] = set()  # Tag numbers some run carries
        self.by_number: dict[int, _Occurrence] = {}
        labels = load("tag_labels")
        self.lang = opts.lang if opts.lang in labels["labels"] else "en"
        self.labels = labels

    # the plan

    def run(self, findings: Sequence[Finding]) -> TagResult:
        scenes = {s.index: s for s in self.script.scenes}
        free = _FreeRanges(self.paragraphs)
        occurrences: list[_Occurrence] = []
        scene_codes: dict[int, set[str]] = {}
        for finding in findings:
            codes = {c for c in finding.codes if self._known(c, finding)}
            tagged: set[str] = set()
            for evidence in finding.evidence:
                if not self._known(evidence.code, finding):
                    continue
                codes.add(evidence.code)
                span = self._evidence_span(evidence)
                if span is None:
                    continue
                if not _overlaps(free[evidence.paragraph], *span):
                    self._issue(
                        evidence.paragraph,
                        f"the {evidence.code} cue lies in text another tag covers; not tagged",
                    )
                    continue
                occurrences.append(_Occurrence(evidence.paragraph, *span, {evidence.code}))
                tagged.add(evidence.code)
            if not codes:
                continue
            scene_codes.setdefault(finding.scene, set()).update(codes)
            missing = codes - tagged
            if missing:
                occurrences.extend(self._heading_occurrence(scenes.get(finding.scene), missing, free))
        merged = _merge(occurrences)
        for number, occurrence in enumerate(merged, start=highest_tag_number(self.root) + 1):
            occurrence.number = number
        self.by_number = {o.number: o for o in merged}
        by_paragraph: dict[int, list[_Occurrence]] = {}
        for occurrence in merged:
            by_paragraph.setdefault(occurrence.paragraph, []).append(occurrence)
        for index, items in by_paragraph.items():
            self._tag_runs(self.paragraphs[index], items)
        merged = [o for o in merged if o.number in self.used]
        used = [c for c in CODES if any(c in o.codes for o in merged)]
        if merged:
            self._tag_data(used, merged)
        notes = 0
        if self.opts.notes:
            notes = self._notes(scenes, scene_codes)
        data = self.splice.result() if self.splice else self.source.encode(self.source.text)
        all_codes = sorted({c for cs in scene_codes.values() for c in cs}, key=CODES.index)
        return TagResult(
            data,
            tags=len(merged),
            notes=notes,
            codes=tuple(all_codes),
            scenes=tuple(sorted(scene_codes)),
            issues=tuple(self.issues),
        )

    def _known(self, code: str, finding: Finding) -> bool:
        if code in DEFINITION_IDS:
            return True
        self._issue(None, f"unknown intimacy code {code!r} in scene #{finding.scene}; not tagged")
        return False

    def _issue(self, paragraph: int | None, text: str) -> None:
        where = f"paragraph {paragraph}" if paragraph is not None else ""
        issue = Issue("tag-skipped", self.opts.name, where, text)
        if issue not in self.issues:
            self.issues.append(issue)

    def _evidence_span(self, evidence: Evidence) -> tuple[int, int] | None:
        """The evidence's character range in its paragraph, checked against the file."""
        index = evidence.paragraph
        if not 0 <= index < len(self.paragraphs):
            self._issue(index, "evidence points past the end of the script; not tagged")
            return None
        text = paragraph_text(self.paragraphs[index])
        model = self.script.paragraphs[index].text if index < len(self.script.paragraphs) else None
        if model != text:
            self._issue(index, "the script read does not match the file here; not tagged")
            return None
        start, end = evidence.start, evidence.end
        if start == end == 0 and evidence.cue:
            found = text.casefold().find(evidence.cue.casefold())
            if found < 0 or len(text.casefold()) != len(text):
                self._issue(index, f"the {evidence.code} cue is not in the paragraph; not tagged")
                return None
            start, end = found, found + len(evidence.cue)
        if not 0 <= start < end <= len(text):
            self._issue(index, f"the {evidence.code} evidence offsets are outside the paragraph; not tagged")
            return None
        return start, end

    def _heading_occurrence(
        self, scene: Scene | None, codes: set[str], free: _FreeRanges
    ) -> list[_Occurrence]:
        if scene is None:
            self._issue(None, f"finding for an unknown scene; {', '.join(sorted(codes))} not tagged")
            return []
        heading = scene.paragraphs[0]
        length = len(paragraph_text(self.paragraphs[heading])) if heading < len(self.paragraphs) else 0
        if not length or not _overlaps(free[heading], 0, length):
            self._issue(
                heading,
                f"scene {scene.id}: no untagged cue or heading text for "
                f"{', '.join(sorted(codes, key=CODES.index))}; not tagged",
            )
            return []
        return [_Occurrence(heading, 0, length, set(codes))]

    # runs

    def _tag_runs(self, paragraph: etree._Element, occurrences: list[_Occurrence]) -> None:
        """Give the runs under each occurrence its TagNumber, splitting a run only at its edges."""
        offset = 0
        for run in paragraph.iterchildren("Text"):
            text = run.text or ""
            start, end = offset, offset + len(text)
            offset = end
            if not text or run.get("TagNumber") is not None:
                continue
            pieces: list[tuple[int, int, int]] = []
            pos = start
            for occurrence in occurrences:
                a, b = max(occurrence.start, start), min(occurrence.end, end)
                if a >= b:
                    continue
                if a > pos:
                    pieces.append((pos, a, 0))
                pieces.append((a, b, occurrence.number))
                pos = b
            if not pieces:
                continue
            if pos < end:
                pieces.append((pos, end, 0))
            self._rewrite_run(run, start, text, pieces)

    def _rewrite_run(
        self, run: etree._Element, start: int, text: str, pieces: list[tuple[int, int, int]]
    ) -> None:
        source = self.source
        span = source.span(run)
        open_tag = source.start_tag(run)
        if len(pieces) > 1:
            parts = split_content(source.inner(run), text, [a - start for a, _, _ in pieces[1:]])
            if parts is not None:
                out = []
                for i, ((_, _, number), part) in enumerate(zip(pieces, parts, strict=True)):
                    opened = with_attribute(open_tag, "TagNumber", str(number)) if number else open_tag
                    closed = source.end_tag(run) if i == len(pieces) - 1 else SPLIT_CLOSE
                    out.append(opened + part + closed)
                self.splice.replace(span.start, span.end, "".join(out))
                self.used.update(n for _, _, n in pieces if n)
                return
            parent = run.getparent()
            index = next((i for i, p in enumerate(self.paragraphs) if p is parent), None)
            self._issue(index, "a run holds markup and cannot be split; the whole run is tagged")
        numbers = [n for _, _, n in pieces if n]
        number = numbers[0]
        for other in numbers[1:]:  # one run, one TagNumber: its Tag carries every code
            self.by_number[number].codes |= self.by_number[other].codes
        self.used.add(number)
        self.splice.replace(span.start, span.open_end, with_attribute(open_tag, "TagNumber", str(number)))

    # TagData

    def _tag_data(self, codes: list[str], occurrences: list[_Occurrence]) -> None:
        data = TagData.find(self.root)
        first_number = 1
        if data is not None:
            first_number = max((d.number or 0 for d in data.definitions), default=0) + 1
        category = self._category_xml(data)
        definitions = [self._definition_xml(c, n) for n, c in enumerate(codes, start=first_number)]
        tags = [self._tag_xml(o) for o in occurrences]
        if data is None:
            boxes = [
                self._box("TagCategories", [category]),
                self._box("TagDefinitions", definitions),
                self._box("Tags", tags),
            ]
            self._add(self.root, [self._box("TagData", boxes)], **self._root_slot(_AFTER_TAG_DATA))
            return
        element = data.element
        categories = data.container("TagCategories")
        if categories is None:
            self._add(element, [self._box("TagCategories", [category])], before=_first_child(element))
        elif data.category(CATEGORY_ID) is None:
            self._add(categories, [category])
        box = data.container("TagDefinitions")
        if box is None:
            box_xml = self._box("TagDefinitions", definitions)
            self._add(element, [box_xml], **_after_or_first(element, categories))
        else:
            self._add(box, definitions)
        tags_box = data.container("Tags")
        if tags_box is None:
            previous = box if box is not None else categories
            self._add(element, [self._box("Tags", tags)], **_after_or_first(element, previous))
        else:
            self._add(tags_box, tags)

    def _category_xml(self, data: TagData | None) -> _Render:
        number = max((c.number or 0 for c in data.categories), default=0) + 1 if data else 1
        attrs = {
            "Color": self.labels["category"]["color"],
            "Id": CATEGORY_ID,
            "Name": self.labels["category"]["name"][self.lang],
            "Number": str(number),
        }
        return lambda layout: _element("TagCategory", attrs)

    def _definition_xml(self, code: str, number: int) -> _Render:
        meaning = self.labels["labels"][self.lang][code]
        label = self.labels["label_format"].format(code=code, meaning=meaning)
        attrs = {"CatId": CATEGORY_ID, "Id": DEFINITION_IDS[code], "Label": label, "Number": str(number)}
        return lambda layout: _element("TagDefinition", attrs)

    def _tag_xml(self, occurrence: _Occurrence) -> _Render:
        def render(layout: _Layout) -> str:
            inner = layout.deeper().line
            ids = "".join(
                f"{inner}<DefId>{DEFINITION_IDS[c]}</DefId>" for c in CODES if c in occurrence.codes
            )
            return f'<Tag Number="{occurrence.number}">{ids}{layout.line}</Tag>'

        return render

    # notes

    def _notes(self, scenes: dict[int, Scene], scene_codes: dict[int, set[str]]) -> int:
        """One note per scene naming its codes (public level); returns how many were added."""
        version = int_attribute(self.root, "Version") or 0
        time = self.opts.timestamp or _newest_time(self.root)
        offsets = range_starts(self.root) if version >= 5 else {}
        next_id = max((int_attribute(n, "Id") or 0 for n in self.root.iter("ScriptNote")), default=0) + 1
        modern: list[_Render] = []
        added = 0
        for scene_index in sorted(scene_codes):
            scene = scenes.get(scene_index)
            if scene is None or scene.paragraphs[0] >= len(self.paragraphs):
                self._issue(None, f"finding for scene #{scene_index}, which the script lacks; no note")
                continue
            at = scene.paragraphs[0]
            heading = self.paragraphs[at]
            codes = ", ".join(c for c in CODES if c in scene_codes[scene_index])
            if version >= 5:
                start = offsets.get(heading)
                if start is None:
                    self._issue(at, f"scene {scene.id}: its heading is not a body paragraph; no note")
                    continue
                span = (start, start + len(paragraph_text(heading)))
                modern.append(self._modern_note(version, codes, span, next_id, time, at))
                next_id += 1
            else:
                if self.source.span(heading).empty:
                    self._issue(at, f"scene {scene.id}: the heading is empty; no note")
                    continue
                before = next(
                    (
                        c
                        for c in heading
                        if isinstance(c.tag, str) and c.tag not in ("SceneProperties", "ScriptNote")
                    ),
                    None,
                )
                self._add(heading, [self._legacy_note(codes, time)], before=before)
            added += 1
        if modern:
            box = self.root.find("ScriptNotes")
            if box is None:
                self._add(
                    self.root, [self._box("ScriptNotes", modern)], **self._root_slot(_AFTER_SCRIPT_NOTES)
                )
            else:
                self._add(box, modern)
        return added

    def _note_texts(self, codes: str) -> tuple[str, str, str]:
        note = self.labels["note"]
        return (
            note["name"][self.lang].format(codes=codes),
            note["type"][self.lang],
            note["text"][self.lang].format(codes=codes),
        )

    def _modern_note(
        self, version: int, codes: str, span: tuple[int, int], note_id: int, time: str, paragraph: int
    ) -> _Render:
        """The shape Final Draft 12 (Version 5) or 13 (Version 6) writes in ``ScriptNotes``."""
        name, kind, text = self._note_texts(codes)
        attrs = {
            "Color": self.labels["note"]["color"],
            "DateModified": time,
            "DateTime": time,
            "Id": str(note_id),
            "Name": name,
            "Range": f"{span[0]},{span[1]}",
        }
        if version >= 6:
            attrs["RefId"] = str(uuid.uuid5(_NAMESPACE, f"prodbridge-intimacy/note/{paragraph}"))
        attrs.update({"Type": kind, "WriterID": WRITER_ID, "WriterName": AUTHOR})
        para = {"Alignment": "Left", "FirstIndent": "0.00", "Leading": "Regular", "LeftIndent": "0.00"}
        if version >= 6:
            para["OutlineLevel"] = "1"
        para.update({"RightIndent": "1.39", "SpaceBefore": "0", "Spacing": "1", "StartsNewPage": "No"})
        run = {"AdornmentStyle": "0"}
        if version == 5:
            run.update({"Background": "#FFFFFFFFFFFF", "Color": "#000000000000"})
        run.update({"Font": "Arial", "RevisionID": "0", "Size": "12", "Style": ""})
        return self._note(attrs, para, run, text)

    def _legacy_note(self, codes: str, time: str) -> _Render:
        """The inline shape older Final Draft files carry inside the annotated paragraph."""
        name, kind, text = self._note_texts(codes)
        attrs = {
            "Author": AUTHOR,
            "Color": self.labels["note"]["color"],
            "DateModified": time,
            "DateTime": time,
            "Name": name,
            "Type": kind,
        }
        para = {
            "Alignment": "Left",
            "FirstIndent": "0.00",
            "Leading": "Regular",
            "LeftIndent": "0.00",
            "RightIndent": "1.39",
            "SpaceBefore": "0",
            "Spacing": "1",
            "StartsNewPage": "No",
        }
        run = {
            "AdornmentStyle": "0",
            "Background": "#FFFFFFFFFFFF",
            "Color": "#000000000000",
            "Font": "Courier Final Draft",
            "RevisionID": "0",
            "Size": "12",
            "Style": "",
        }
        return self._note(attrs, para, run, text)

    def _note(self, attrs: dict[str, str], para: dict[str, str], run: dict[str, str], text: str) -> _Render:
        def render(layout: _Layout) -> str:
            one = layout.deeper()
            two = one.deeper()
            return (
                f"{_open('ScriptNote', attrs)}{one.line}{_open('Paragraph', para)}{two.line}"
                f"{_open('Text', run)}{escape_text(text)}</Text>{one.line}</Paragraph>"
                f"{layout.line}</ScriptNote>"
            )

        return render

    # placing new elements

    def _box(self, name: str, children: list[_Render]) -> _Render:
        """A container prodbridge creates (marked so that ``remove`` takes it out whole)."""

        def render(layout: _Layout) -> str:
            inner = layout.deeper()
            body = "".join(inner.line + child(inner) for child in children)
            return f"<{name}>{body}{layout.line}</{name}{_CREATED}>"

        return render

    def _root_slot(self, followers: tuple[str, ...]) -> dict[str, etree._Element]:
        """Before the first root child Final Draft writes later, else after the last child."""
        before = next((c for c in self.root if isinstance(c.tag, str) and c.tag in followers), None)
        return {"before": before} if before is not None else {}

    def _layout(self, space: str, indent: str) -> _Layout:
        if "\n" not in space:
            return _Layout()
        return _Layout(self.source.newline, indent, self.source.unit)

    def _add(
        self,
        parent: etree._Element,
        items: Iterable[_Render],
        *,
        before: etree._Element | None = None,
        after: etree._Element | None = None,
    ) -> None:
        """Insert children into ``parent`` with the file's own line breaks and indentation.

        Default: after the last child element. Each item gets the whitespace its neighbour has,
        so deleting an item with the whitespace before it gives the file back.
        """
        source = self.source
        items = list(items)
        span = source.span(parent)
        if span.empty or (before is None and after is None and _last_child(parent) is None):
            outer = self._layout(source.leading_space(parent), source.indent(parent))
            inner = outer.deeper()
            body = "".join(inner.line + item(inner) for item in items)
            if span.empty:
                opened = source.start_tag(parent)[:-2] + ">"
                closing = f"{outer.line}</{parent.tag}{_EXPANDED}>"
                self.splice.replace(span.start, span.end, opened + body + closing)
            else:
                self.splice.insert(span.open_end, body)
            return
        if before is None:
            after = after if after is not None else _last_child(parent)
            space = source.leading_space(after)
            layout = self._layout(space, source.indent(after))
            self.splice.insert(source.span(after).end, "".join(space + item(layout) for item in items))
        else:
            space = source.leading_space(before)
            layout = self._layout(space, source.indent(before))
            self.splice.insert(source.span(before).start, "".join(item(layout) + space for item in items))


# --- removal ------------------------------------------------------------------------------------


def _mentions_prodbridge(data: bytes) -> bool:
    markers = [CATEGORY_ID, WRITER_ID, f'"{AUTHOR}"', SPLIT_CLOSE, *DEFINITION_IDS.values()]
    return any(marker.encode("ascii") in data for marker in markers)


def _removal(root: etree._Element, source: Source, splice: Splice) -> tuple[set[etree._Element], set[int]]:
    """Plan the removal of prodbridge's tags, definitions, category, notes and containers.

    Returns the elements that go (or collapse back to ``<X/>``) and prodbridge's Tag numbers.
    """
    ours = set(DEFINITION_IDS.values())
    doomed: set[etree._Element] = set()
    numbers: set[int] = set()
    data = TagData.find(root)
    if data is not None:
        for tag in data.tags:
            ids = tag.def_ids
            if ids and all(i in ours for i in ids):
                doomed.add(tag.element)
                if tag.number is not None:
                    numbers.add(tag.number)
            else:
                doomed.update(d for d in tag.def_id_elements() if (d.text or "").strip() in ours)
        doomed.update(d.element for d in data.definitions if d.id in ours)
        if not any(d.cat_id == CATEGORY_ID and d.id not in ours for d in data.definitions):
            doomed.update(c.element for c in data.categories if c.id == CATEGORY_ID)
    for note in root.iter("ScriptNote"):
        if note.get("WriterID") == WRITER_ID or note.get("Author") == AUTHOR:
            doomed.add(note)
    collapsed: set[etree._Element] = set()
    unmarked: list[etree._Element] = []
    for element in reversed(list(root.iter(*_CONTAINERS))):
        closing = source.end_tag(element)
        created = closing == f"</{element.tag}{_CREATED}>"
        if not created and closing != f"</{element.tag}{_EXPANDED}>":
            continue
        if all(c in doomed or c in collapsed for c in element if isinstance(c.tag, str)):
            (doomed if created else collapsed).add(element)
        else:
            unmarked.append(element)
    gone = doomed | collapsed
    for element in doomed:
        if not _inside(element, gone):
            span = source.span(element)
            splice.replace(span.start - len(source.leading_space(element)), span.end, "")
    for element in collapsed:
        if not _inside(element, gone):
            span = source.span(element)
            splice.replace(span.start, span.end, source.start_tag(element)[:-1] + "/>")
    for element in unmarked:
        if not _inside(element, gone):
            span = source.span(element)
            splice.replace(span.close_start, span.end, f"</{element.tag}>")
    return gone, numbers


def _unsplit(root: etree._Element, source: Source, splice: Splice, gone: set, numbers: set[int]) -> None:
    """Drop prodbridge's TagNumbers from runs and join the runs it split."""
    content = root.find("Content")
    if content is None:
        return

    def untagged(run: etree._Element) -> str:
        opened = source.start_tag(run)
        if int_attribute(run, "TagNumber") in numbers:
            return without_attribute(opened, "TagNumber")
        return opened

    done: set[etree._Element] = set()
    for run in content.iter("Text"):
        if run in done or _inside(run, gone):
            continue
        chain = [run]
        while source.end_tag(chain[-1]) == SPLIT_CLOSE:
            following = chain[-1].getnext()
            if following is None or following.tag != "Text" or chain[-1].tail or source.span(following).empty:
                break
            chain.append(following)
        done.update(chain)
        opened = [untagged(r) for r in chain]
        if len(chain) > 1 and len(set(opened)) == 1:
            closing = source.end_tag(chain[-1])
            closing = "</Text>" if closing == SPLIT_CLOSE else closing
            inner = "".join(source.inner(r) for r in chain)
            splice.replace(
                source.span(chain[0]).start, source.span(chain[-1]).end, opened[0] + inner + closing
            )
            continue
        for piece, tag in zip(chain, opened, strict=True):
            span = source.span(piece)
            if tag != source.start_tag(piece):
                splice.replace(span.start, span.open_end, tag)
            if source.end_tag(piece) == SPLIT_CLOSE:
                splice.replace(span.close_start, span.end, "</Text>")


# --- helpers ------------------------------------------------------------------------------------


def _verify(before: etree._Element, data: bytes, name: str) -> etree._ElementTree:
    """The edited file must re-parse with every paragraph's text unchanged; else nothing is
    written (a bug in prodbridge, never a reason to damage a script). Returns its tree."""
    tree = parse(data, name)
    if _body_texts(before) != _body_texts(tree.getroot()):
        raise RuntimeError(f"{name}: tagging would change the script text; nothing written")
    return tree


def _body_texts(root: etree._Element) -> list[str]:
    return paragraph_texts(root, [p.element for p in body_paragraphs(root)])


def _merge(occurrences: list[_Occurrence]) -> list[_Occurrence]:
    """Overlapping ranges of one paragraph become one occurrence (one Tag with several DefIds)."""
    out: list[_Occurrence] = []
    for item in sorted(occurrences, key=lambda o: (o.paragraph, o.start, o.end)):
        last = out[-1] if out else None
        if last is not None and last.paragraph == item.paragraph and item.start < last.end:
            last.end = max(last.end, item.end)
            last.codes |= item.codes
        else:
            out.append(_Occurrence(item.paragraph, item.start, item.end, set(item.codes)))
    return out


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(max(a, start) < min(b, end) for a, b in ranges)


def _newest_time(root: etree._Element) -> str:
    times = [
        value
        for element in root.iter("ScriptNote", "DocumentRef")
        for value in (element.get("DateModified"), element.get("DateTime"))
        if value and _TIMESTAMP.fullmatch(value)
    ]
    return max(times, default=_DEFAULT_TIME)


def _open(name: str, attrs: dict[str, str]) -> str:
    return "<" + " ".join([name, *(f'{k}="{escape_attribute(v)}"' for k, v in attrs.items())]) + ">"


def _element(name: str, attrs: dict[str, str]) -> str:
    return _open(name, attrs)[:-1] + "/>"


def _inside(element: etree._Element, group: set) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent in group:
            return True
        parent = parent.getparent()
    return False


def _first_child(element: etree._Element) -> etree._Element | None:
    return next((c for c in element if isinstance(c.tag, str)), None)


def _last_child(element: etree._Element) -> etree._Element | None:
    children = [c for c in element if isinstance(c.tag, str)]
    return children[-1] if children else None


def _after_or_first(parent: etree._Element, previous: etree._Element | None) -> dict:
    if previous is not None:
        return {"after": previous}
    first = _first_child(parent)
    return {"before": first} if first is not None else {}
