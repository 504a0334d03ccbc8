"""FDX bytes → Script. Knows Final Draft's XML and nothing else."""

from __future__ import annotations

from lxml import etree

from prodbridge.analysis.length import parse_length
from prodbridge.errors import Issue
from prodbridge.fdx.tree import body, body_paragraphs, paragraph_text, paragraph_texts, parse
from prodbridge.model import Paragraph, Script
from prodbridge.options import ReadOptions
from prodbridge.readers.assemble import HeadingInfo, assemble

#: Final Draft paragraph types → model kinds. Anything else is read as Action (with an Issue).
KIND_OF_TYPE = {
    "Scene Heading": "Scene Heading",
    "Action": "Action",
    "Character": "Character",
    "Dialogue": "Dialogue",
    "Parenthetical": "Parenthetical",
    "Transition": "Transition",
    "Shot": "Shot",
    "General": "General",
    "Summary": "Summary",
    "Note": "Note",
    "Cast List": "Cast List",
    "Lyrics": "Lyrics",
    "New Act": "Act",
    "End of Act": "Act",
    "Act Break": "Act",
    "Sequence": "Outline",
    "Outline Body": "Outline",
}


def read(data: bytes, opts: ReadOptions | None = None) -> tuple[Script, list[Issue]]:
    """Parse FDX bytes into a Script; raise ``InputError`` for unreadable or unsafe input.

    Paragraph text is the exact concatenation of each paragraph's direct ``<Text>`` runs.
    Unknown paragraph types are read as Action and reported once per type. The language is
    left as ``opts.lang`` (or ``"en"``): detecting it is the analysis' job.
    """
    opts = opts or ReadOptions()
    tree = parse(data, opts.name)
    root = tree.getroot()
    issues: list[Issue] = []
    if body(root) is None:
        issues.append(Issue("no-content", opts.name, "", "the file has no <Content>: no script text"))

    paragraphs: list[Paragraph] = []
    headings: dict[int, HeadingInfo] = {}
    unknown: dict[str, int] = {}
    walk = list(body_paragraphs(root))
    texts = paragraph_texts(root, [item.element for item in walk])
    for index, (item, text) in enumerate(zip(walk, texts, strict=True)):
        element = item.element
        raw_type = element.get("Type", "")
        kind = _kind(raw_type)
        if kind is None:
            unknown.setdefault(raw_type, index)
            kind = "Action"
        paragraphs.append(Paragraph(index, kind, text, raw_type, dual=item.dual))
        if kind == "Scene Heading":
            headings[index] = _heading_info(element)

    for raw_type, index in unknown.items():
        issues.append(
            Issue(
                "unknown-paragraph-type",
                opts.name,
                f"paragraph {index}",
                f"paragraph type {raw_type!r} is not a Final Draft type; read as Action",
            )
        )
    _attach_fd13_synopses(paragraphs, headings)
    script = assemble(
        "fdx",
        paragraphs,
        headings,
        title=_title(root),
        version=root.get("Version"),
        language=opts.lang or "en",
    )
    return script, issues


def _kind(raw_type: str) -> str | None:
    if not raw_type:
        return "General"
    if raw_type in KIND_OF_TYPE:
        return KIND_OF_TYPE[raw_type]
    if raw_type.startswith("Outline"):
        return "Outline"
    return None


def _heading_info(element: etree._Element) -> HeadingInfo:
    props = element.find("SceneProperties")
    number = (element.get("Number") or "").strip() or None
    if props is None:
        return HeadingInfo(number=number)
    synopsis = None
    summary = props.find("Summary")
    if summary is not None:
        synopsis = "\n".join(paragraph_text(p) for p in summary.iterchildren("Paragraph")) or None
    return HeadingInfo(
        number=number,
        eighths=parse_length(props.get("Length")),
        page=(props.get("Page") or "").strip() or None,
        title=(props.get("Title") or "").strip() or None,
        synopsis=synopsis,
    )


def _attach_fd13_synopses(paragraphs: list[Paragraph], headings: dict[int, HeadingInfo]) -> None:
    """FD13 writes the synopsis as ``Summary`` paragraphs right after the heading (one per
    synopsis paragraph, empty ones included), joined here with newlines as FD12 stores them."""
    for index, info in headings.items():
        if info.synopsis:
            continue
        lines = []
        for p in paragraphs[index + 1 :]:
            if p.kind != "Summary":
                break
            lines.append(p.text)
        if lines:
            headings[index] = _with_synopsis(info, "\n".join(lines).strip("\n"))


def _with_synopsis(info: HeadingInfo, text: str) -> HeadingInfo:
    return HeadingInfo(info.number, info.eighths, info.page, info.title, text or None)


def _title(root: etree._Element) -> str | None:
    """The first non-empty title-page paragraph (title pages have no typed fields)."""
    page = root.find("TitlePage")
    if page is None:
        return None
    for p in page.iter("Paragraph"):
        text = " ".join(paragraph_text(p).split())
        if any(c.isalnum() for c in text):
            return text
    return None
