"""Intimacy into a user's ``.uss``: an "Intimacy" category and its elements, linked to scenes.

The input's objects stay as they were: ids, order and unknown keys. prodbridge only adds
PUBLIC-level things (DESIGN §3): one category with a custom UCI id (>= 500, the range UCI
leaves to custom action categories), one element per intimacy code in use (the code only),
the intimacy coordinator, and "closed set". Their element ids go on the scenes that need them.
Ids are uuid5-derived from the schedule's id, so reruns give the same bytes. A rerun refreshes
what an earlier run added (a rejected finding loses its links) and never duplicates it.
Only the changed arrays and objects are touched in the text: every other byte of the input
stays as it was, and new objects follow the input's own layout (indent, separators, one-line
arrays, line ends). Writing a file without changes returns its bytes.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from prodbridge.errors import UsageError
from prodbridge.model import (
    CODES,
    Breakdown,
    BreakdownEntry,
    Finding,
    Review,
    Schedule,
    scene_key,
)
from prodbridge.options import WriteOptions
from prodbridge.readers.uss import category_ucid, is_scene, load, vocabulary

#: Ids prodbridge adds are uuid5(NAMESPACE, "<schedule id>/<role>"), cut to 24 hex digits
#: like the MongoDB ObjectIds scheduling tools write.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://prodbridge.invalid/uss")
ROLES = (*(f"code/{code}" for code in CODES), "coordinator", "closed-set")
#: Key order of USS 1.0.0 objects, used for keys the input's own objects don't show.
CATEGORY_KEYS = ("id", "created", "name", "ucid")
ELEMENT_KEYS = (
    "id", "category", "created", "daysOff", "dropDayCount", "elementId", "events", "isDood",
    "isDrop", "isHold", "isIdLock", "linkedElements", "name",
)  # fmt: skip
_EPOCH = "1970-01-01T00:00:00.000Z"
_BOM = b"\xef\xbb\xbf"

FindingsByScene = Mapping[str, Finding | Sequence[str] | str]


def write(
    original: bytes,
    schedule: Schedule | None,
    breakdown_or_findings_by_scene: Breakdown | FindingsByScene | None,
    opts: WriteOptions | None = None,
    ic_name: str | None = None,
) -> bytes:
    """The ``original`` USS file with prodbridge's intimacy category, elements and links.

    ``breakdown_or_findings_by_scene`` is the merged ``Breakdown`` (its active entries count:
    confirmed and still-to-review), or scene id → ``Finding`` or codes; ``None`` adds nothing
    (and removes what an earlier run added). Scenes match by ``scene_key``, and a board part
    (``12PT1``) also matches scene 12. Only codes, the closed-set decision and ``ic_name`` reach
    the file; evidence, nudity levels and rider details never do. ``schedule`` is the
    schedule read from the same file (``None`` is fine). ``opts.lang`` picks the labels.
    Raises ``InputError`` when ``original`` is not a USS file.
    """
    opts = opts or WriteOptions()
    doc, _ = load(original, "<uss>")
    labels = vocabulary()["write"].get(opts.lang)
    if labels is None:
        raise UsageError(f"no USS labels for language {opts.lang!r}")
    flags = public_flags(schedule, breakdown_or_findings_by_scene)
    changed = _Apply(doc.body, flags, labels, (ic_name or "").strip() or None).run()
    if not changed:
        return original
    before = json.loads(original.removeprefix(_BOM).decode("utf-8"))  # load() accepted it
    return splice(original, before, doc.root)


def public_flags(
    schedule: Schedule | None, source: Breakdown | FindingsByScene | None
) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Scene key → (intimacy codes in taxonomy order, closed set?) for every active scene.

    The closed-set decision is the compliance rules' one (the IC's answer, else the codes).
    """
    from prodbridge.analysis.rules import Policy, scene_flags

    if source is None:
        return {}
    if isinstance(source, Breakdown):
        breakdown = source
    else:
        entries = []
        for scene_id, value in source.items():
            if isinstance(value, Finding):
                finding = value
            else:
                codes = (value,) if isinstance(value, str) else tuple(value)
                finding = Finding(0, codes, 1.0, (), ())
            entries.append(BreakdownEntry(str(scene_id), finding, Review(str(scene_id))))
        breakdown = Breakdown(tuple(entries))
    flags = scene_flags(schedule or Schedule("uss", (), ()), breakdown, Policy())
    return {key: (tuple(c for c in CODES if c in flag.codes), flag.closed_set) for key, flag in flags.items()}


def element_ids(body: dict[str, Any]) -> dict[str, str]:
    """Role (``code/KIS``, ``coordinator``, ``closed-set``, ``category``) → the id prodbridge uses
    in this file; the same for every run on the same schedule."""
    seed = body.get("id") if isinstance(body.get("id"), str) else ""
    return {role: uuid.uuid5(NAMESPACE, f"{seed}/{role}").hex[:24] for role in (*ROLES, "category")}


class _Apply:
    """One pass over the parsed file: bring prodbridge's objects in line with ``flags``."""

    def __init__(
        self,
        body: dict[str, Any],
        flags: dict[str, tuple[tuple[str, ...], bool]],
        labels: dict[str, str],
        ic_name: str | None,
    ) -> None:
        self.body = body
        self.flags = flags
        self.labels = labels
        self.ic_name = ic_name
        self.ids = element_ids(body)
        self.ours = {self.ids[role] for role in ROLES}
        self.changed = False
        self.created = body.get("created") if isinstance(body.get("created"), str) else _EPOCH

    def run(self) -> bool:
        links = self._links()
        wanted = [role for role in ROLES if any(self.ids[role] in ids for ids in links.values())]
        categories = self._list("categories")
        elements = self._list("elements")
        category = next((c for c in categories if c.get("id") == self.ids["category"]), None)
        foreign = any(
            e.get("category") == self.ids["category"] and e.get("id") not in self.ours for e in elements
        )
        if wanted or foreign:
            fresh = self._category(categories, category, [self.ids[r] for r in wanted])
            if category is None:
                categories.append(fresh)
                self.changed = True
            else:
                self._update(category, fresh)
        elif category is not None:
            categories.remove(category)
            self.changed = True
        present = self._elements(elements, wanted)
        for breakdown in self._breakdowns():
            current = breakdown.get("elements")
            want = links.get(id(breakdown), [])
            if not isinstance(current, list):
                if want:
                    breakdown["elements"] = list(want)
                    self.changed = True
                continue
            kept = [x for x in current if x not in self.ours or x in want]
            new = kept + [x for x in want if x not in kept]
            if new != current:
                current[:] = new
                self.changed = True
        for element in elements:  # a user's link to an element prodbridge has removed
            linked = element.get("linkedElements")
            if isinstance(linked, list) and any(x in self.ours and x not in present for x in linked):
                linked[:] = [x for x in linked if x not in self.ours or x in present]
                self.changed = True
        return self.changed

    def _links(self) -> dict[int, list[str]]:
        """``id(breakdown)`` → prodbridge element ids it should carry, in role order."""
        links: dict[int, list[str]] = {}
        for breakdown in self._breakdowns():
            if not is_scene(breakdown):
                continue
            key = scene_key(_text(breakdown.get("scene")))
            if not key:
                continue
            found = self.flags.get(key) or self.flags.get(_base(key))
            if found is None:
                continue
            codes, closed = found
            roles = [f"code/{c}" for c in codes] + ["coordinator"] + (["closed-set"] if closed else [])
            links[id(breakdown)] = [self.ids[r] for r in roles]
        return links

    def _category(
        self, categories: list[dict[str, Any]], ours: dict[str, Any] | None, members: list[str]
    ) -> dict[str, Any]:
        taken = {category_ucid(c) for c in categories if c is not ours}
        ucid = category_ucid(ours) if ours is not None else None
        first = int(vocabulary()["write"]["first_custom_ucid"])
        if ucid is None or ucid < first or ucid in taken:
            ucid = next(n for n in range(first, first + len(taken) + 1) if n not in taken)
        template = next((c for c in categories if c is not ours), {})
        legacy = "catId" in template and "ucid" not in template
        values = {
            "id": self.ids["category"],
            "created": self.created,
            "name": self.labels["category"],
            "catId" if legacy else "ucid": ucid,
        }
        if isinstance(template.get("elements"), list):  # the 0.9 draft: categories list elements
            values["elements"] = members
        return _ordered(values, template, CATEGORY_KEYS)

    def _elements(self, elements: list[dict[str, Any]], wanted: list[str]) -> set[str]:
        existing = {e.get("id"): e for e in elements if e.get("id") in self.ours}
        template = next((e for e in elements if e.get("id") not in self.ours), {})
        keep = {self.ids[r] for r in wanted}
        for element_id, element in existing.items():
            if element_id not in keep:
                elements.remove(element)
                self.changed = True
        for role in wanted:
            fresh = _ordered(self._element(role, keep), template, ELEMENT_KEYS)
            current = existing.get(self.ids[role])
            if current is None:
                elements.append(fresh)
                self.changed = True
            else:
                self._update(current, fresh)
        return keep

    def _element(self, role: str, present: set[str]) -> dict[str, Any]:
        coordinator = self.ids["coordinator"]
        if role.startswith("code/"):
            name = self.labels["code_element"].format(code=role.removeprefix("code/"))
            linked = [coordinator] if coordinator in present else []
        elif role == "coordinator":
            name = (
                self.labels["coordinator_named"].format(name=self.ic_name)
                if self.ic_name
                else self.labels["coordinator"]
            )
            linked = []
        else:
            name = self.labels["closed_set"]
            linked = []
        return {
            "id": self.ids[role],
            "category": self.ids["category"],
            "created": self.created,
            "daysOff": [],
            "dropDayCount": 0,
            "elementId": None,
            "events": [],
            "isDood": role == "coordinator",
            "isDrop": False,
            "isHold": False,
            "isIdLock": False,
            "linkedElements": linked,
            "name": name,
        }

    def _update(self, current: dict[str, Any], fresh: dict[str, Any]) -> None:
        for key, value in fresh.items():
            if key not in current or current[key] != value or type(current[key]) is not type(value):
                current[key] = value
                self.changed = True

    def _list(self, key: str) -> list[dict[str, Any]]:
        value = self.body.get(key)
        if not isinstance(value, list):
            value = self.body[key] = []
        return value

    def _breakdowns(self) -> list[dict[str, Any]]:
        return [b for b in self.body.get("breakdowns") or () if isinstance(b, dict)]


def _ordered(values: dict[str, Any], template: dict[str, Any], schema: Sequence[str]) -> dict[str, Any]:
    """``values`` with keys in the order the file's own objects use, then schema order."""
    order = [k for k in template if k in values]
    order += [k for k in schema if k in values and k not in order]
    order += [k for k in values if k not in order]
    return {k: values[k] for k in order}


def _base(key: str) -> str:
    """``89PT1`` → ``89``: a scene split into parts on the board is still the script's scene."""
    return re.sub(r"(?:PT|PART)\d+$", "", key)


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, bool | dict | list) else str(value).strip()


# --- JSON layout ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JsonStyle:
    """How a JSON file is laid out. ``indent`` ``None`` is one line; ``inline_arrays`` writes
    arrays that hold no objects on one line, their items joined by ``item_sep``."""

    indent: str | None = "  "
    key_sep: str = ": "
    item_sep: str = ","
    inline_arrays: bool = False
    ensure_ascii: bool = False
    newline: str = "\n"
    final_newline: bool = False
    bom: bool = False


_ESCAPED_NON_ASCII = re.compile(r"\\u(?:00[89a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]|[1-9a-fA-F][0-9a-fA-F]{2})")
_KEY_SEP = re.compile(r'"([ \t]*):([ \t]*)(?=\S)')
_SAME_LINE_SEP = re.compile(r'(?<=["\d\]el]),([ \t]*)(?=["\d\[\-tfn])')
_INLINE_OPEN = re.compile(r'\[[ \t]*(?=["\d\[\-tfn])')
_EXPANDED_OPEN = re.compile(r'\[[ \t]*\r?\n[ \t]*(?=["\d\[\-tfn])')
_INDENT = re.compile(r"\n([ \t]+)\S")


def detect_style(data: bytes) -> JsonStyle:
    """The layout of ``data`` (UTF-8 JSON): indent unit, separators, one-line arrays, ASCII
    escaping, line ends, final newline and BOM. Majority votes; ties keep ``json.dumps``'s."""
    bom = data.startswith(_BOM)
    text = data[len(_BOM) :].decode("utf-8") if bom else data.decode("utf-8")
    body = text.strip()
    newline = "\r\n" if "\r\n" in body else "\n"
    indent: str | None = None
    if "\n" in body:
        match = _INDENT.search(body)
        indent = match.group(1) if match else ""
    seps = Counter(f"{a}:{b}" for a, b in _KEY_SEP.findall(body))
    key_sep = seps.most_common(1)[0][0] if seps else (": " if indent is not None else ":")
    items = Counter(_SAME_LINE_SEP.findall(body))
    item_sep = "," + (items.most_common(1)[0][0] if items else "")
    inline = len(_INLINE_OPEN.findall(body)) > len(_EXPANDED_OPEN.findall(body))
    ascii_only = body.isascii() and bool(_ESCAPED_NON_ASCII.search(body))
    return JsonStyle(
        indent=indent,
        key_sep=key_sep,
        item_sep=item_sep,
        inline_arrays=inline or indent is None,
        ensure_ascii=ascii_only,
        newline=newline,
        final_newline=text.endswith("\n"),
        bom=bom,
    )


def dump(value: Any, style: JsonStyle | None = None) -> bytes:
    """``value`` as JSON bytes in ``style`` (default: ``json.dumps(indent=2)`` without ASCII
    escaping). ``dump(json.loads(x), detect_style(x)) == x`` for files laid out regularly."""
    style = style or JsonStyle()
    text = _Emitter(style).emit(value, "")
    if style.final_newline:
        text += style.newline
    return (_BOM if style.bom else b"") + text.encode("utf-8")


def splice(original: bytes, old: Any, new: Any, style: JsonStyle | None = None) -> bytes:
    """``new`` written as an edit of ``original`` (whose parsed value is ``old``): the text of
    every value, member and separator that did not change is kept byte for byte; changed
    arrays and objects keep their unchanged items and take the new ones in their own layout.

    Items are matched by content, so this suits additions, removals and in-place changes, not
    reorderings (those re-render the array, still in ``style``).
    """
    style = style or detect_style(original)
    offset = len(_BOM) if original.startswith(_BOM) else 0
    text = original[offset:].decode("utf-8")
    spans = _Spans(text)
    root = spans.node(0)
    body = _Splicer(spans, style).render(root, old, new)
    return original[:offset] + (text[: root.start] + body + text[root.end :]).encode("utf-8")


class _Emitter:
    """Fresh JSON text in a style; ``prefix`` is the indentation of the line the value starts on."""

    def __init__(self, style: JsonStyle) -> None:
        self.style = style
        self.unit = style.indent or ""
        self.newline = style.newline if style.indent is not None else ""

    def emit(self, value: Any, prefix: str) -> str:
        style = self.style
        if isinstance(value, dict):
            if not value:
                return "{}"
            inner = prefix + self.unit
            members = [self.scalar(str(k)) + style.key_sep + self.emit(v, inner) for k, v in value.items()]
            return self._block("{", "}", members, prefix)
        if isinstance(value, list):
            if not value:
                return "[]"
            if style.indent is None or (style.inline_arrays and _flat(value)):
                return "[" + style.item_sep.join(self.emit(v, prefix) for v in value) + "]"
            return self._block("[", "]", [self.emit(v, prefix + self.unit) for v in value], prefix)
        return self.scalar(value)

    def _block(self, opening: str, closing: str, parts: list[str], prefix: str) -> str:
        if self.style.indent is None:
            return opening + self.style.item_sep.join(parts) + closing
        inner = self.newline + prefix + self.unit
        return opening + inner + ("," + inner).join(parts) + self.newline + prefix + closing

    def scalar(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=self.style.ensure_ascii)


def _flat(values: list[Any]) -> bool:
    """No object anywhere inside: such arrays go on one line in the inline layout."""
    return all(not isinstance(v, dict) and (not isinstance(v, list) or _flat(v)) for v in values)


@dataclass(slots=True)
class _Node:
    """Where a value sits in the text: ``[start, end)``."""

    start: int
    end: int


class _Spans:
    """Positions of values in JSON text that ``json.loads`` has already accepted, found lazily:
    one pass pairs the brackets; an object's or array's children are listed only when asked."""

    _WS = re.compile(r"[ \t\r\n]*")
    _STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
    _SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
    _TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)

    def __init__(self, text: str) -> None:
        self.text = text
        self.close: dict[int, int] = {}
        opened: list[int] = []
        for token in self._TOKEN.finditer(text):
            char = token.group()
            if char in "[{":
                opened.append(token.start())
            elif char in "]}":
                self.close[opened.pop()] = token.start()

    def _skip(self, pos: int) -> int:
        match = self._WS.match(self.text, pos)
        return match.end() if match else pos

    def node(self, pos: int) -> _Node:
        pos = self._skip(pos)
        if self.text[pos] in "[{":
            return _Node(pos, self.close[pos] + 1)
        match = (self._STRING if self.text[pos] == '"' else self._SCALAR).match(self.text, pos)
        if match is None:  # cannot happen for text json.loads accepted
            raise ValueError(f"no JSON value at offset {pos}")
        return _Node(pos, match.end())

    def members(self, node: _Node) -> list[tuple[str, int, _Node]]:
        """An object's (key, key start, value) triples, in text order."""
        text = self.text
        out: list[tuple[str, int, _Node]] = []
        cursor = self._skip(node.start + 1)
        while text[cursor] != "}":
            key = self._STRING.match(text, cursor)
            if key is None:
                raise ValueError(f"no JSON key at offset {cursor}")
            raw = key.group()
            child = self.node(self._skip(key.end()) + 1)
            out.append((raw[1:-1] if "\\" not in raw else json.loads(raw), cursor, child))
            cursor = self._skip(child.end)
            if text[cursor] == ",":
                cursor = self._skip(cursor + 1)
        return out

    def items(self, node: _Node) -> list[_Node]:
        """An array's items, in text order."""
        out: list[_Node] = []
        cursor = self._skip(node.start + 1)
        while self.text[cursor] != "]":
            child = self.node(cursor)
            out.append(child)
            cursor = self._skip(child.end)
            if self.text[cursor] == ",":
                cursor = self._skip(cursor + 1)
        return out


class _Splicer:
    def __init__(self, spans: _Spans, style: JsonStyle) -> None:
        self.spans = spans
        self.text = spans.text
        self.style = style
        self.emitter = _Emitter(style)

    def render(self, node: _Node, old: Any, new: Any) -> str:
        text = self.text
        if type(old) is type(new) and old == new:
            return text[node.start : node.end]
        if isinstance(old, dict) and isinstance(new, dict) and old and text[node.start] == "{":
            members = self.spans.members(node)
            keys = [key for key, _, _ in members]
            if keys == list(old) and list(new)[: len(keys)] == keys:
                return self._object(node, members, old, new)
        if isinstance(old, list) and isinstance(new, list) and old and text[node.start] == "[":
            return self._array(node, self.spans.items(node), old, new)
        return self.emitter.emit(new, self._indent(node.start))

    def _object(
        self, node: _Node, members: list[tuple[str, int, _Node]], old: dict[str, Any], new: dict[str, Any]
    ) -> str:
        text = self.text
        out = [text[node.start : members[0][1]]]
        for index, (key, start, child) in enumerate(members):
            out.append(text[start : child.start])
            out.append(self.render(child, old[key], new[key]))
            if index + 1 < len(members):
                out.append(text[child.end : members[index + 1][1]])
        last_end = members[-1][2].end
        if len(members) > 1:
            sep = text[members[-2][2].end : members[-1][1]]
        else:
            sep = "," + (text[node.start + 1 : members[0][1]] or " ")
        prefix = self._indent(members[-1][1])
        for key in list(new)[len(members) :]:
            rendered = self.emitter.emit(new[key], prefix)
            out.append(sep + self.emitter.scalar(key) + self.style.key_sep + rendered)
        out.append(text[last_end : node.end])
        return "".join(out)

    def _array(self, node: _Node, items: list[_Node], old: list[Any], new: list[Any]) -> str:
        from difflib import SequenceMatcher

        text = self.text
        if len(items) != len(old):  # cannot happen for text json.loads accepted
            return self.emitter.emit(new, self._indent(node.start))
        prints_old = [_print(v) for v in old]
        prints_new = [_print(v) for v in new]
        placed: list[tuple[int | None, str]] = []
        matcher = SequenceMatcher(None, prints_old, prints_new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                placed += [(i, text[items[i].start : items[i].end]) for i in range(i1, i2)]
            elif op == "replace" and i2 - i1 == j2 - j1:
                placed += [
                    (i, self.render(items[i], old[i], new[j]))
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                ]
            elif op in ("replace", "insert"):
                prefix = self._indent(items[min(i1, len(items) - 1)].start)
                placed += [(None, self.emitter.emit(new[j], prefix)) for j in range(j1, j2)]
        if not placed:
            return "[]"
        sep = (
            text[items[0].end : items[1].start]
            if len(items) > 1
            else "," + (text[node.start + 1 : items[0].start] or self.style.item_sep[1:])
        )
        out = [text[node.start : items[0].start]]
        for index, (position, rendered) in enumerate(placed):
            if index:
                before = placed[index - 1][0]
                if before is not None and position == before + 1:
                    out.append(text[items[before].end : items[position].start])
                else:
                    out.append(sep)
            out.append(rendered)
        out.append(text[items[-1].end : node.end])
        return "".join(out)

    def _indent(self, pos: int) -> str:
        """The indentation of the line ``pos`` is on."""
        line = self.text.rfind("\n", 0, pos) + 1
        match = re.match(r"[ \t]*", self.text[line:pos])
        return match.group() if match else ""


def _print(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
