"""Hostile inputs, built in memory: entity attacks, bombs, damaged and disguised containers.

Every builder returns bytes; the big ones (50 MB text, zip bombs) are made on demand in the
test's tmp_path, never stored in the repository.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
CROSSING = FIXTURES / "scripts" / "the-crossing.fdx"
STRIPBOARD = FIXTURES / "schedules" / "the-crossing-stripboard.xlsx"
ODS = FIXTURES / "schedules" / "the-crossing-week2.ods"
CSV = FIXTURES / "schedules" / "flat-cp1252.csv"
CONFIG = FIXTURES / "prodbridge.toml"

PROLOG = b'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
BODY = (
    b'<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>'
    b'<Paragraph Number="1" Type="Scene Heading"><Text>INT. CABIN - NIGHT</Text></Paragraph>'
    b'<Paragraph Type="Action"><Text>&x;</Text></Paragraph>'
    b"</Content></FinalDraft>\n"
)


def fdx_with_doctype(doctype: bytes) -> bytes:
    """A small Final Draft file whose second paragraph references the entity ``x``."""
    return PROLOG + doctype + b"\n" + BODY


def xxe_file() -> bytes:
    return fdx_with_doctype(b'<!DOCTYPE FinalDraft [<!ENTITY x SYSTEM "file:///etc/passwd">]>')


def xxe_http() -> bytes:
    return fdx_with_doctype(b'<!DOCTYPE FinalDraft [<!ENTITY x SYSTEM "http://127.0.0.1:9/steal">]>')


def external_dtd() -> bytes:
    """A DOCTYPE pulling a remote DTD and a parameter entity (the out-of-band XXE form)."""
    return fdx_with_doctype(
        b'<!DOCTYPE FinalDraft SYSTEM "http://127.0.0.1:9/fd.dtd" '
        b'[<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote; <!ENTITY x "y">]>'
    )


def billion_laughs() -> bytes:
    lines = [b'<!ENTITY l0 "lol">']
    lines += [b'<!ENTITY l%d "%s">' % (n, (b"&l%d;" % (n - 1)) * 10) for n in range(1, 10)]
    lines.append(b'<!ENTITY x "&l9;">')
    return fdx_with_doctype(b"<!DOCTYPE FinalDraft [" + b"".join(lines) + b"]>")


def quadratic_blowup() -> bytes:
    """One 100 KB entity referenced 20,000 times: no nesting, 2 GB of text if expanded."""
    entity = b'<!DOCTYPE FinalDraft [<!ENTITY a "' + b"A" * 100_000 + b'">]>'
    body = BODY.replace(b"&x;", b"&a;" * 20_000)
    return PROLOG + entity + b"\n" + body


def doctype_in_utf16() -> bytes:
    """The billion laughs re-encoded as UTF-16: byte-level prolog checks do not see it."""
    text = billion_laughs().decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return text.encode("utf-16")


def deeply_nested(depth: int = 100_000) -> bytes:
    return PROLOG + b"<FinalDraft><Content>" + b"<a>" * depth + b"</a>" * depth + b"</Content></FinalDraft>"


def truncated_fdx() -> bytes:
    data = CROSSING.read_bytes()
    return data[: len(data) // 2]


def junk(size: int = 64 * 1024, seed: int = 3) -> bytes:
    """Random bytes (seeded): no magic number, NULs and invalid UTF-8 everywhere."""
    return random.Random(seed).randbytes(size)


def write_big_text(path: Path, megabytes: int = 50) -> Path:
    """``megabytes`` MB of plain prose lines, written in chunks (never held twice in memory)."""
    line = b"The quick brown fox jumps over the lazy dog while the harbour lights flicker on.\n"
    chunk = line * (1024 * 1024 // len(line) + 1)
    with path.open("wb") as handle:
        for _ in range(megabytes):
            handle.write(chunk[: 1024 * 1024])
    return path


def write_big_fdx(path: Path, megabytes: int = 50) -> Path:
    """A well-formed-looking Final Draft file of ``megabytes`` MB (one huge action paragraph)."""
    with path.open("wb") as handle:
        handle.write(PROLOG + b'<FinalDraft Version="5"><Content><Paragraph Type="Action"><Text>')
        for _ in range(megabytes):
            handle.write(b"x" * (1024 * 1024))
        handle.write(b"</Text></Paragraph></Content></FinalDraft>\n")
    return path


# --- containers ------------------------------------------------------------------------------------


def rezip(source: bytes, replace: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """``source`` with some members replaced (same order, same names)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w", compression) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
    return out.getvalue()


def truncated_zip(source: bytes) -> bytes:
    """A package cut short: the central directory at the end is gone."""
    return source[: len(source) * 2 // 3]


def corrupt_zip(source: bytes) -> bytes:
    """A package whose members' compressed bytes are overwritten (CRC and inflate errors),
    while the local headers and the central directory stay intact."""
    data = bytearray(source)
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        for info in archive.infolist():
            name_len, extra_len = struct.unpack(
                "<HH", data[info.header_offset + 26 : info.header_offset + 30]
            )
            start = info.header_offset + 30 + name_len + extra_len
            for i in range(start, start + min(info.compress_size, 64)):
                data[i] ^= 0x5A
    return bytes(data)


def zip_bomb(source: bytes, member: str, megabytes: int = 200) -> bytes:
    """``source`` with ``member`` replaced by ``megabytes`` MB of highly compressible XML
    (deflated to well under 1 MB): a structurally valid package that explodes when read.
    Written in 1 MB chunks, so building it never holds the expanded part in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info.filename, old.read(info.filename))
                continue
            bomb = zipfile.ZipInfo(member, date_time=info.date_time)
            bomb.compress_type = zipfile.ZIP_DEFLATED
            with new.open(bomb, "w", force_zip64=True) as handle:
                handle.write(b'<?xml version="1.0"?><x>')
                for _ in range(megabytes):
                    handle.write(b" " * (1024 * 1024))
                handle.write(b"</x>")
    return out.getvalue()


def word_document() -> bytes:
    """A minimal real .docx (python-docx's default template) with one paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph("CALL SHEET - DAY 2 - made by another tool")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_doctype(source: bytes) -> bytes:
    """A .docx whose main part declares an external entity and uses it."""
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        xml = archive.read("word/document.xml")
    head, rest = xml.split(b"?>", 1)
    evil = (
        head
        + b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + rest.replace(b"made by another tool", b"&x;")
    )
    return rezip(source, {"word/document.xml": evil})


def encrypted(source: bytes) -> bytes:
    """``source`` (an .xlsx or .docx) encrypted with a password, as Excel and Word save it:
    an OLE compound file holding EncryptionInfo and EncryptedPackage streams."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(source)).encrypt("secret", out)
    return out.getvalue()


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (CFB v3) with root-level streams of 4096 bytes or more, as
    a legacy .xls (``Workbook`` stream) or .doc is stored. Enough for magic-number, directory
    and olefile checks; the stream contents are whatever is given."""
    sector = 512
    names = list(streams)
    blobs = [streams[n] + b"\x00" * (-len(streams[n]) % sector) for n in names]
    for name, data in streams.items():
        assert len(data) >= 4096, f"{name}: streams under 4096 bytes belong in the mini stream"
    data_sectors = sum(len(b) // sector for b in blobs)
    dir_sectors = -(-(len(names) + 1) * 128 // sector)
    total = data_sectors + dir_sectors
    fat_sectors = 1
    while fat_sectors * 128 < total + fat_sectors:
        fat_sectors += 1
    end, fat_sect, free = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    fat: list[int] = [fat_sect] * fat_sectors
    starts = []
    for blob in blobs:
        count = len(blob) // sector
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
    dir_start = len(fat)
    fat += [len(fat) + i + 1 for i in range(dir_sectors - 1)] + [end]
    fat += [free] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", free, right, child)
            + b"\x00" * 16  # CLSID
            + b"\x00" * 4  # state bits
            + b"\x00" * 16  # creation and modification times
            + struct.pack("<IQ", start, size)
        )

    # Root's child is the first stream; the others hang as right siblings (a degenerate tree).
    entries = [entry("Root Entry", 5, end, 0, child=1 if names else free)]
    for i, (name, start) in enumerate(zip(names, starts, strict=True)):
        entries.append(entry(name, 2, start, len(streams[name]), right=i + 2 if i + 1 < len(names) else free))
    directory = b"".join(entries)
    directory += b"\x00" * (dir_sectors * sector - len(directory))
    difat = list(range(fat_sectors)) + [free] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, end, 0, end, 0)
        + struct.pack("<109I", *difat)
    )
    return header + struct.pack(f"<{len(fat)}I", *fat) + b"".join(blobs) + directory


def legacy_xls() -> bytes:
    """An Excel 97-2003 file's shape: a compound file with a ``Workbook`` stream opening on a
    BIFF8 BOF record."""
    bof = struct.pack("<HHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0)
    return compound_file({"Workbook": bof + b"\x00" * (4096 - len(bof))})


def csv_with_formulas() -> bytes:
    """A schedule CSV whose text cells start with =, +, -, @ (what a spreadsheet would run)."""
    rows = [
        "Day,Date,Scene,Set,Cast,Description",
        '1,2026-03-02,3,=HYPERLINK("http://example.invalid/x";"click"),+44 7700 900123,-2+3 rewrite',
        "1,2026-03-02,8,@SUM(A1:A9),=1+1,=cmd|' /C calc'!A0",
        '2,2026-03-03,12,"-IMPORTXML(""http://example.invalid"";""//a"")",+SUM(1;2),@echo',
        '2,2026-03-03,12A,DANIEL\'S HOUSEBOAT - CABIN,\t=TAB,="quoted"',
    ]
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


FORMULA_TEXTS = (
    '=HYPERLINK("http://example.invalid/x";"click")',
    "+44 7700 900123",
    "-2+3 rewrite",
    "@SUM(A1:A9)",
    "=1+1",
    "=cmd|' /C calc'!A0",
    '-IMPORTXML("http://example.invalid";"//a")',
    "+SUM(1;2)",
    "@echo",
)
