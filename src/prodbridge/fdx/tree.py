"""Hardened lxml parse of FDX bytes, the body walk shared by readers and writers, and serialising.

Parsing refuses DOCTYPEs outright (FDX never has one; they carry external entities and entity
bombs), loads no DTD, resolves no entity and touches no network. Blank text is kept, so a writer
that changes one element can serialise a tree whose other bytes are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lxml import etree

from prodbridge.errors import InputError, UnsafeInputError

#: Larger than any real feature (the biggest corpus file is 0.9 MB); refuses junk early.
MAX_FDX_BYTES = 32 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        strip_cdata=False,
    )


def check_prolog(data: bytes, name: str) -> None:
    """Refuse a DOCTYPE before the root element, the carrier of every entity attack."""
    pos = len(_BOM) if data.startswith(_BOM) else 0
    while True:
        match = _PROLOG_ITEM.match(data, pos)
        if not match:
            break
        pos = match.end()
    rest = data[pos : pos + 64].lstrip()
    if rest[:9].upper() == b"<!DOCTYPE":
        raise UnsafeInputError(
            "refused: the file declares a DOCTYPE (external entities or entity expansion); "
            "Final Draft files never do",
            name,
        )


def parse(data: bytes, name: str = "<fdx>") -> etree._ElementTree:
    """Parse FDX bytes safely; raise ``InputError`` with one clear line otherwise.

    ``name`` is only used in messages. The root must be ``<FinalDraft>``.
    """
    if not data.strip():
        raise InputError("the file is empty", name)
    if len(data) > MAX_FDX_BYTES:
        raise InputError(
            f"the file is {len(data) // (1024 * 1024)} MB, larger than any screenplay "
            f"(limit {MAX_FDX_BYTES // (1024 * 1024)} MB)",
            name,
        )
    check_prolog(data, name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {_syntax_message(exc)}", name) from None
    except ValueError as exc:  # e.g. unsupported encoding declaration
        raise InputError(f"cannot be read as XML: {exc}", name) from None
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise UnsafeInputError("refused: the file declares a DOCTYPE", name)
    if not isinstance(root.tag, str) or etree.QName(root).localname != "FinalDraft":
        tag = etree.QName(root).localname if isinstance(root.tag, str) else "?"
        raise InputError(f"not a Final Draft file: the root element is <{tag}>", name)
    return tree


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    msg = (exc.msg or str(exc)).strip().rstrip(".")
    line = getattr(exc, "lineno", None)
    return f"{msg} (line {line})" if line and "line" not in msg else msg


def body(root: etree._Element) -> etree._Element | None:
    """The script body: the ``<Content>`` that is a direct child of ``<FinalDraft>``."""
    return root.find("Content")


@dataclass(frozen=True, slots=True)
class BodyParagraph:
    """A paragraph met by the body walk: the element and whether it sits in a dual dialogue."""

    element: etree._Element
    dual: bool


def body_paragraphs(root: etree._Element) -> Iterator[BodyParagraph]:
    """Walk the body in reading order, entering ``DualDialogue`` blocks explicitly.

    A paragraph that holds a ``DualDialogue`` is not yielded itself (it carries no script text);
    the paragraphs inside the block are, with ``dual=True``. A ``DualDialogue`` placed directly in
    the body is walked the same way. This walk defines ``Paragraph.index`` for every reader and
    writer, so the two always agree on which element is meant.
    """
    content = body(root)
    if content is None:
        return
    # One pass over the body finds every block: asking each paragraph for its blocks
    # (``findall``, an lxml path lookup per paragraph) made the walk three times slower.
    blocks: dict[etree._Element, list[etree._Element]] = {}
    for block in content.iter("DualDialogue"):
        blocks.setdefault(block.getparent(), []).append(block)
    for child in content:
        tag = child.tag
        if tag == "Paragraph":
            dual_blocks = blocks.get(child)
            if dual_blocks:
                for block in dual_blocks:
                    for inner in block.iterchildren("Paragraph"):
                        yield BodyParagraph(inner, True)
            else:
                yield BodyParagraph(child, False)
        elif tag == "DualDialogue":
            for inner in child.iterchildren("Paragraph"):
                yield BodyParagraph(inner, True)


def paragraph_text(element: etree._Element) -> str:
    """Concatenation of the direct ``<Text>`` runs, exactly as stored (never trimmed)."""
    return "".join([run.text or "" for run in element.iterchildren("Text")])


def paragraph_texts(root: etree._Element, paragraphs: Sequence[etree._Element]) -> list[str]:
    """``paragraph_text`` of each of ``paragraphs`` (elements inside ``root``'s body), in one pass.

    One walk over the body's runs costs half of one ``paragraph_text`` call per paragraph
    (lxml's per-call set-up dominates); the reader reads every paragraph, the tagger checks
    every paragraph twice.
    """
    content = body(root)
    position = {element: i for i, element in enumerate(paragraphs)}
    runs: list[list[str]] = [[] for _ in paragraphs]
    if content is not None and position:
        for run in content.iter("Text"):
            i = position.get(run.getparent())
            if i is not None:
                runs[i].append(run.text or "")
    return ["".join(texts) for texts in runs]
