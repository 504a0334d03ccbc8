"""Fountain text → Script, through screenplain's parser (MIT, maintained since 2011).

screenplain drops notes (``[[…]]``) and boneyard (``/* … */``) before its model sees them; this
reader counts them first and reports each kind as an Issue, so nothing disappears silently.
Fountain has no page lengths: every scene's eighths are estimated.
"""

from __future__ import annotations

import io
import re

from prodbridge.errors import InputError, Issue
from prodbridge.model import Paragraph, Script
from prodbridge.options import ReadOptions
from prodbridge.readers.assemble import HeadingInfo, assemble

_NOTE = re.compile(r"\[\[.*?\]\]", re.DOTALL)
_BONEYARD = re.compile(r"/\*.*?\*/", re.DOTALL)


def read(data: bytes, opts: ReadOptions | None = None) -> tuple[Script, list[Issue]]:
    """Parse Fountain (UTF-8, BOM allowed) into a Script; ``InputError`` if it is not text."""
    from screenplain.parsers import fountain
    from screenplain.types import Action, Dialog, DualDialog, Section, Slug, Transition

    opts = opts or ReadOptions()
    if not data.strip():
        raise InputError("the file is empty", opts.name)
    if b"\x00" in data[:8192]:
        raise InputError("not a Fountain screenplay: the file is binary", opts.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    issues = _dropped(text, opts.name)
    screenplay = fountain.parse(io.StringIO(text))

    paragraphs: list[Paragraph] = []
    headings: dict[int, HeadingInfo] = {}

    def add(kind: str, value: object, raw: str, dual: bool = False) -> int:
        paragraphs.append(Paragraph(len(paragraphs), kind, str(value), raw, dual=dual))
        return len(paragraphs) - 1

    def add_dialog(dialog: Dialog, dual: bool) -> None:
        add("Character", dialog.character, "Character", dual)
        for is_parenthetical, line in dialog.blocks:
            kind = "Parenthetical" if is_parenthetical else "Dialogue"
            add(kind, line, kind, dual)

    for item in screenplay.paragraphs:
        if isinstance(item, Slug):
            index = add("Scene Heading", item.line, "Scene Heading")
            number = str(item.scene_number) if item.scene_number else None
            synopsis = str(item.synopsis) if item.synopsis else None
            headings[index] = HeadingInfo(number=number, synopsis=synopsis)
        elif isinstance(item, Action):
            add("Action", "\n".join(str(line) for line in item.lines), "Action")
        elif isinstance(item, Dialog):
            add_dialog(item, False)
        elif isinstance(item, DualDialog):
            add_dialog(item.left, True)
            add_dialog(item.right, True)
        elif isinstance(item, Transition):
            add("Transition", item.line, "Transition")
        elif isinstance(item, Section):
            add("Outline", item.text, "Section")
        # PageBreak carries no text; nothing else exists in screenplain's model.

    title = _title(screenplay.title_page)
    script = assemble("fountain", paragraphs, headings, title=title, language=opts.lang or "en")
    return script, issues


def _dropped(text: str, name: str) -> list[Issue]:
    issues = []
    notes = len(_NOTE.findall(text))
    boneyard = len(_BONEYARD.findall(text))
    if notes:
        issues.append(
            Issue("fountain-notes", name, "", f"{notes} note(s) [[…]] are not part of the script text")
        )
    if boneyard:
        issues.append(
            Issue("fountain-boneyard", name, "", f"{boneyard} boneyard block(s) /* … */ are ignored")
        )
    return issues


_EMPHASIS = re.compile(r"(\*{1,3}|_)(.+?)\1")


def _title(title_page: dict[str, list[str]]) -> str | None:
    """The Title key, emphasis markers (``**NIGHT SHIFT**``) removed."""
    for key in ("Title", "title"):
        lines = title_page.get(key)
        if lines:
            text = " ".join(str(line).strip() for line in lines if str(line).strip())
            return _EMPHASIS.sub(r"\2", text) or None
    return None
