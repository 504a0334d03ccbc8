"""Byte-exact edits of an FDX file: where every element sits in the source text, and splicing.

lxml cannot give back the bytes it read (it rewrites the declaration, CRLF, ``<Text></Text>``,
character references). So the tree is only used to decide *what* to change; the change itself is
spliced into the original text, and every byte outside the edited spans is kept. Start tags of
edited runs are copied verbatim, and run contents are cut at character offsets without being
re-escaped, so ``&#233;`` stays ``&#233;``.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass

from lxml import etree

from prodbridge.errors import InputError

#: Attribute text is matched a run at a time, possessively, not a character at a time: a
#: third less scanning time on a feature. Same matches (each run has only one way to match).
_MARKUP = re.compile(
    r"""<(/?)([^\s/>!?]+)((?:[^"'>]++|"[^"]*+"|'[^']*+')*+)>"""
    r"|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>",
    re.S,
)
_ATTRIBUTE = re.compile(r"""(\s+)([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")
_TAG_END = re.compile(r"\s*/?>\Z")
_CONTENT_TOKEN = re.compile(r"&#[xX]([0-9a-fA-F]+);|&#([0-9]+);|&([A-Za-z_][\w.-]*);|\r\n?|[^&\r]+")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": '"'}
_SPACE = " \t\r\n"


@dataclass(frozen=True, slots=True)
class Span:
    """Where an element sits: ``start``..``open_end`` is its start tag, ``close_start``..``end``
    its end tag (both equal ``open_end`` for a self-closing ``<X/>``, where ``empty`` is true)."""

    start: int
    open_end: int
    close_start: int
    end: int
    empty: bool


class Source:
    """The decoded text of an FDX file and the span of each of its elements.

    ``root`` must be the root of a tree parsed from ``data`` (``fdx.tree.parse``). Raises
    ``InputError`` when the bytes do not decode and re-encode to themselves (then no byte-exact
    edit is possible).
    """

    def __init__(self, data: bytes, root: etree._Element, name: str = "<fdx>") -> None:
        self.name = name
        self.root = root
        self._bom, self._codec, self.text = _decode(data, root, name)
        self._elements = list(root.iter(etree.Element))  # elements only: no comments or PIs
        scanned = _scan(self.text, name)
        if len(scanned) != len(self._elements):
            raise InputError("cannot locate the XML elements for an in-place edit", name)
        if [found[0] for found in scanned] != [element.tag for element in self._elements]:
            # Prefixed names (``x:Tag`` in the text, ``{uri}Tag`` in the tree): by local name.
            for element, found in zip(self._elements, scanned, strict=True):
                if found[0].rpartition(":")[2] != element.tag.rpartition("}")[2]:
                    raise InputError("cannot locate the XML elements for an in-place edit", name)
        self._offsets = dict(zip(self._elements, scanned, strict=True))
        self.newline = "\r\n" if "\r\n" in self.text else "\n"
        self.pretty, self.unit = self._layout()

    def span(self, element: etree._Element) -> Span:
        _, start, open_end, close_start, end = self._offsets[element]
        return Span(start, open_end, close_start, end, open_end == end)

    def start_tag(self, element: etree._Element) -> str:
        span = self.span(element)
        return self.text[span.start : span.open_end]

    def end_tag(self, element: etree._Element) -> str:
        span = self.span(element)
        return self.text[span.close_start : span.end]

    def inner(self, element: etree._Element) -> str:
        span = self.span(element)
        return self.text[span.open_end : span.close_start]

    def outer(self, element: etree._Element) -> str:
        span = self.span(element)
        return self.text[span.start : span.end]

    def leading_space(self, element: etree._Element) -> str:
        """The whitespace between the previous markup and this element ('' when text precedes)."""
        start = self.span(element).start
        pos = start
        while pos > 0 and self.text[pos - 1] in _SPACE:
            pos -= 1
        if pos > 0 and self.text[pos - 1] != ">":
            return ""
        return self.text[pos:start]

    def indent(self, element: etree._Element) -> str:
        """The indentation of the line the element starts ('' when it does not start a line)."""
        space = self.leading_space(element)
        return space.rpartition("\n")[2] if "\n" in space else ""

    def encode(self, text: str) -> bytes:
        """``text`` back to bytes in the file's own encoding (and BOM)."""
        return self._bom + text.encode(self._codec, errors="xmlcharrefreplace")

    def _layout(self) -> tuple[bool, str]:
        """Whether elements sit on their own lines, and the indentation step the file uses."""
        first = next((c for c in self.root if isinstance(c.tag, str)), None)
        if first is None or "\n" not in self.leading_space(first):
            return False, ""
        for element in self._elements[1:200]:
            parent = element.getparent()
            if parent is None or parent is self.root.getparent():
                continue
            own, outer = self.indent(element), self.indent(parent)
            if "\n" in self.leading_space(element) and own.startswith(outer) and own != outer:
                return True, own[len(outer) :]
        return True, "  "


class Splice:
    """Edits on a ``Source``: replacements and insertions, applied together by ``result``."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self._edits: list[tuple[int, int, int, str]] = []

    def replace(self, start: int, end: int, text: str) -> None:
        self._edits.append((start, end, len(self._edits), text))

    def insert(self, pos: int, text: str) -> None:
        self.replace(pos, pos, text)

    def __len__(self) -> int:
        return len(self._edits)

    def result(self) -> bytes:
        """The edited file. Raises ``ValueError`` for overlapping edits (a writer bug)."""
        text = self.source.text
        out: list[str] = []
        pos = 0
        for start, end, _, new in sorted(self._edits):
            if start < pos:
                raise ValueError(f"overlapping edits at {start}")
            out.append(text[pos:start])
            out.append(new)
            pos = end
        out.append(text[pos:])
        return self.source.encode("".join(out))


def _decode(data: bytes, root: etree._Element, name: str) -> tuple[bytes, str, str]:
    declared = root.getroottree().docinfo.encoding or "UTF-8"
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        raise InputError(f"unknown encoding {declared!r}", name) from None
    bom = codecs.BOM_UTF8 if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom) :]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"the bytes are not valid {declared}", name) from None
    if text.encode(codec) != body:
        raise InputError(f"cannot be edited byte for byte in {declared}", name)
    return bom, codec, text


def _scan(text: str, name: str) -> list[tuple[str, int, int, int, int]]:
    """Every element's tag name and offsets (start, open_end, close_start, end), in document
    order (the order of ``root.iter()``). Kept lean: it runs over every tag of a feature."""
    found: list = []
    stack: list[tuple[int, int, int]] = []
    append, push, pop = found.append, stack.append, stack.pop
    for match in _MARKUP.finditer(text):
        slash, tag, rest = match.groups()
        if tag is None:  # comment, CDATA, processing instruction
            continue
        if slash:
            if not stack or found[stack[-1][0]][0] != tag:
                raise InputError("cannot locate the XML elements for an in-place edit", name)
            index, start, open_end = pop()
            found[index] = (tag, start, open_end, match.start(), match.end())
        elif rest.endswith("/"):
            end = match.end()
            append((tag, match.start(), end, end, end))
        else:
            push((len(found), match.start(), match.end()))
            append((tag, -1, -1, -1, -1))
    if stack:
        raise InputError("cannot locate the XML elements for an in-place edit", name)
    return found


def with_attribute(start_tag: str, name: str, value: str) -> str:
    """``start_tag`` with ``name="value"`` added after its last attribute, spacing kept."""
    cut = _TAG_END.search(start_tag).start()
    return f'{start_tag[:cut]} {name}="{escape_attribute(value)}"{start_tag[cut:]}'


def without_attribute(start_tag: str, name: str) -> str:
    """``start_tag`` without attribute ``name`` (and the whitespace before it)."""
    for match in _ATTRIBUTE.finditer(start_tag):
        if match.group(2) == name:
            return start_tag[: match.start()] + start_tag[match.end() :]
    return start_tag


def attribute_raw(start_tag: str, name: str) -> str | None:
    """The value of ``name`` as written in ``start_tag`` (quotes removed, not unescaped)."""
    for match in _ATTRIBUTE.finditer(start_tag):
        if match.group(2) == name:
            return match.group(3)[1:-1]
    return None


def split_content(raw: str, expected: str, cuts: list[int]) -> list[str] | None:
    """Cut the raw content of a run at character offsets of its decoded text.

    Returns ``len(cuts) + 1`` raw pieces whose concatenation is ``raw``; character and entity
    references are never cut. ``None`` when ``raw`` holds markup (CDATA, comments) or does not
    decode to ``expected``: then the run cannot be split safely.
    """
    if "<" in raw:
        return None
    bounds: dict[int, int] = {0: 0}
    decoded: list[str] = []
    chars = 0
    for match in _CONTENT_TOKEN.finditer(raw):
        token = match.group(0)
        if token.startswith("&"):
            if match.group(1):
                char = chr(int(match.group(1), 16))
            elif match.group(2):
                char = chr(int(match.group(2)))
            else:
                char = _PREDEFINED.get(match.group(3), "")
                if not char:
                    return None
            decoded.append(char)
            chars += len(char)
        elif token.startswith("\r"):
            decoded.append("\n")
            chars += 1
        else:
            decoded.append(token)
            for i in range(1, len(token)):
                bounds[chars + i] = match.start() + i
            chars += len(token)
        bounds[chars] = match.end()
    if "".join(decoded) != expected:
        return None
    points = [0]
    for cut in cuts:
        if cut not in bounds:
            return None
        points.append(bounds[cut])
    points.append(len(raw))
    return [raw[a:b] for a, b in itertools.pairwise(points)]


def escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(value: str) -> str:
    return (
        escape_text(value)
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )
