"""Input folders for the batch, watch and nightly tests: good, broken, encrypted, empty, unrelated
and odd-named files side by side, as a production office's shared folder really looks."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CROSSING = FIXTURES / "scripts" / "the-crossing.fdx"
TRAVERSEE = FIXTURES / "scripts" / "la-traversee.fdx"
NIGHT_SHIFT = FIXTURES / "scripts" / "night-shift.fountain"
STRIPBOARD = FIXTURES / "schedules" / "the-crossing-stripboard.xlsx"
PLAN_FR = FIXTURES / "schedules" / "la-traversee-plan.xlsx"

#: An encrypted Office file as Excel saves it: an OLE container holding an EncryptedPackage.
ENCRYPTED = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + b"\x00" * 504
    + "EncryptionInfo".encode("utf-16-le")
    + b"\x00" * 50
    + "EncryptedPackage".encode("utf-16-le")
    + b"\x00" * 1000
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def broken_fdx() -> bytes:
    """The English fixture cut off in the middle of an attribute: malformed XML."""
    return CROSSING.read_bytes()[:5000]


def build(root: Path) -> Path:
    """A folder with every kind of input batch must cope with; returns the folder.

    film/                         one script, its schedule, and the junk around them
    épisode 2 (final)/            two scripts (one with ".." and accents in its name), one
                                  French schedule paired by name, and a second the-crossing.fdx
                                  whose stem clashes with film/'s
    prodbridge-out/               an output folder from an earlier run (never an input)
    """
    film = root / "film"
    film.mkdir(parents=True)
    shutil.copyfile(CROSSING, film / "the-crossing.fdx")
    shutil.copyfile(STRIPBOARD, film / "the-crossing-stripboard.xlsx")
    (film / "broken.fdx").write_bytes(broken_fdx())
    (film / "empty.fdx").write_bytes(b"")
    (film / "budget.xlsx").write_bytes(ENCRYPTED)
    (film / "photo.png").write_bytes(PNG)
    (film / "notes.pdf").write_bytes(PDF)
    (film / "~$the-crossing-stripboard.xlsx").write_bytes(b"\x0bTom Reyes" + b"\x00" * 150)
    (film / ".~lock.the-crossing.fdx#").write_text("Tom,tom,office-pc,21.11.2026 10:02,file:///tmp;\n")
    (film / "export.tmp").write_bytes(CROSSING.read_bytes()[:100])
    (film / ".hidden.fdx").write_bytes(CROSSING.read_bytes())
    odd = root / "épisode 2 (final)"
    odd.mkdir()
    shutil.copyfile(TRAVERSEE, odd / "la traversée..v2.fdx")
    shutil.copyfile(PLAN_FR, odd / "la-traversee-plan.xlsx")
    shutil.copyfile(CROSSING, odd / "the-crossing.fdx")
    old = root / "prodbridge-out"
    old.mkdir()
    shutil.copyfile(CROSSING, old / "the-crossing.tagged.fdx")
    return root


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (hidden ones too), by relative path."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
