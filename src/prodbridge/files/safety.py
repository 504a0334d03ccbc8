"""Limits for untrusted containers: zip bombs, oversized parts, encrypted Office files."""

from __future__ import annotations

import io
import zipfile
import zlib

from prodbridge.errors import InputError, UnsafeInputError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

#: Total uncompressed size a workbook or document may declare.
MAX_UNCOMPRESSED = 256 * 1024 * 1024
#: Ratio beyond which a part is treated as a bomb (real XML compresses ~10-30x).
MAX_RATIO = 200
MAX_MEMBERS = 10_000
#: What a damaged member raises while it is inflated (CRC mismatch, bad deflate data, cut short).
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError)


class CheckedZip(zipfile.ZipFile):
    """A ZipFile whose ``read`` turns a damaged member into one clear ``InputError`` naming the
    file, so code that reads parts directly never lets a zlib or CRC error through."""

    display_name = ""

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        try:
            return super().read(name, pwd)
        except DAMAGED as exc:
            member = name.filename if isinstance(name, zipfile.ZipInfo) else name
            raise InputError(f"part {member!r} is damaged ({exc})", self.display_name) from None


def open_zip(data: bytes, name: str, kind: str = "Office file") -> zipfile.ZipFile:
    """Open an OOXML package after checking it is a zip within the limits.

    Raises ``InputError`` for encrypted Office files (an OLE container), legacy ``.xls``/
    ``.doc``, truncated or corrupt zips, and ``UnsafeInputError`` for zip bombs.
    """
    if not data:
        raise InputError("the file is empty", name)
    if data.startswith(OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise InputError(
                f"the {kind} is password-protected (encrypted); save an unprotected copy", name
            )
        raise InputError(
            f"this is a legacy binary Office file (.xls/.doc), not an {kind} in OOXML format; "
            "save it as .xlsx/.docx",
            name,
        )
    if not data.startswith(ZIP_MAGIC):
        raise InputError(f"not an {kind}: the content is not a zip package", name)
    try:
        archive = CheckedZip(io.BytesIO(data))
        archive.display_name = name
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputError(f"the {kind} is damaged or truncated ({exc})", name) from None
    if len(infos) > MAX_MEMBERS:
        raise UnsafeInputError(f"refused: the package holds {len(infos)} parts", name)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO and info.file_size > 1024 * 1024:
            raise UnsafeInputError(
                f"refused: part {info.filename!r} expands {ratio:.0f} times (zip bomb)", name
            )
    if total > MAX_UNCOMPRESSED:
        raise UnsafeInputError(
            f"refused: the package expands to {total // (1024 * 1024)} MB (zip bomb)", name
        )
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """Read one part, turning CRC and truncation errors into one clear ``InputError``."""
    try:
        return archive.read(member)
    except KeyError:
        raise InputError(f"the package has no part {member!r}", name) from None
    except InputError:
        raise
    except (*DAMAGED, OSError, ValueError) as exc:
        raise InputError(f"part {member!r} is damaged ({exc})", name) from None
