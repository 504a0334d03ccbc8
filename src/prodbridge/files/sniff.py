"""What a file is, from its content rather than its extension."""

from __future__ import annotations

import io
import json
import re
import zipfile

from prodbridge.files.safety import DAMAGED, OLE_MAGIC, ZIP_MAGIC

_BOM = b"\xef\xbb\xbf"
_XML_ROOT = re.compile(rb"<(?!\?|!)([A-Za-z_][\w.\-]*)")
_DOCTYPE_ROOT = re.compile(rb"<!DOCTYPE\s+([A-Za-z_][\w.\-]*)", re.IGNORECASE)
#: A workbook's main part lists its sheets: kilobytes. Larger is a bomb, not a workbook.
MAX_MAIN_PART = 16 * 1024 * 1024
_FOUNTAIN_HEADING = re.compile(
    r"^(?:INT|EXT|EST|INT\./EXT|INT/EXT|I/E)[. ].+|^\.[A-Z0-9]", re.MULTILINE | re.IGNORECASE
)
_FOUNTAIN_TITLE = re.compile(r"^(Title|Credit|Author|Draft date)\s*:", re.MULTILINE | re.IGNORECASE)

#: Kinds ``sniff`` returns.
KINDS = ("fdx", "fountain", "xlsx", "docx", "csv", "uss", "encrypted", "xls", "ods", "empty", "unknown")


def sniff(data: bytes, name: str = "") -> str:
    """Classify ``data``: one of ``KINDS``. Cheap: looks at the head and the zip directory, and
    inflates a workbook's small main part (a damaged or oversized one makes it ``unknown``).

    ``name`` is a hint used only to tell Fountain from CSV when the text could be either.
    """
    head = data[:4096]
    if not data.strip():
        return "empty"
    if head.startswith(OLE_MAGIC):
        return "encrypted" if b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data else "xls"
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(data)
    text = head[len(_BOM) :] if head.startswith(_BOM) else head
    stripped = text.lstrip()
    if stripped.startswith(b"<"):
        rest = _skip_prolog(stripped)
        # A DOCTYPE names the root; an entity-laden one can push the root past the head. The
        # parser refuses the DOCTYPE itself, with a clearer message than "unknown" would give.
        declared = _DOCTYPE_ROOT.match(rest)
        if declared and declared.group(1) == b"FinalDraft":
            return "fdx"
        match = _XML_ROOT.search(rest)
        return "fdx" if match and match.group(1) == b"FinalDraft" else "unknown"
    if stripped.startswith(b"{"):
        return "uss" if _looks_like_uss(data) else "unknown"
    if b"\x00" in head:
        return "unknown"
    decoded = text.decode("utf-8", errors="replace")
    lower = name.lower()
    if lower.endswith((".fountain", ".spmd")) or _FOUNTAIN_TITLE.search(decoded):
        return "fountain"
    if _FOUNTAIN_HEADING.search(decoded) and not _looks_tabular(decoded):
        return "fountain"
    if _looks_tabular(decoded):
        return "csv"
    return "unknown"


def _skip_prolog(text: bytes) -> bytes:
    while True:
        text = text.lstrip()
        if text.startswith(b"<?"):
            end = text.find(b"?>")
        elif text.startswith(b"<!--"):
            end = text.find(b"-->")
        else:
            return text
        if end < 0:
            return b""
        text = text[end + 2 :]


def _zip_kind(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        return "unknown"
    if "xl/workbook.xml" in names:
        return "xlsx" if _inflates(archive, "xl/workbook.xml") else "unknown"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    return "unknown"


def _inflates(archive: zipfile.ZipFile, member: str) -> bool:
    """The part is of a plausible size and decompresses without a CRC or deflate error (so
    callers that peek into it, like batch, never meet a zlib error)."""
    if archive.getinfo(member).file_size > MAX_MAIN_PART:
        return False
    try:
        archive.read(member)
    except (*DAMAGED, OSError, ValueError):
        return False
    return True


def _looks_like_uss(data: bytes) -> bool:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    if isinstance(doc, dict) and isinstance(doc.get("universalScheduleStandard"), dict):
        doc = doc["universalScheduleStandard"]  # real files wrap everything in this object
    keys = {"breakdowns", "stripboards", "elements", "categories", "calendars"}
    return isinstance(doc, dict) and len(keys & set(doc)) >= 2


def _looks_tabular(text: str) -> bool:
    """Most lines split into the same number of fields (a title line above the header is fine)."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if len(lines) < 2:
        return False
    for sep in (",", ";", "\t"):
        counts = [line.count(sep) for line in lines]
        common = max(set(counts), key=counts.count)
        if common >= 1 and counts.count(common) >= 0.6 * len(lines):
            return True
    return False
