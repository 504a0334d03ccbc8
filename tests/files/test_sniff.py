"""Content sniffing: the kind of a file from its bytes, not its name."""

from __future__ import annotations

import io
import zipfile

import pytest

from prodbridge.files.sniff import sniff


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b'<?xml version="1.0"?>\n<FinalDraft Version="5"><Content/></FinalDraft>', "a.txt", "fdx"),
        (b"\xef\xbb\xbf<FinalDraft><Content/></FinalDraft>", "x", "fdx"),
        (b"<?xml version='1.0'?><!-- c --><html/>", "a.fdx", "unknown"),
        (b"Title: X\n\nINT. HOUSE - DAY\n\nHello.\n", "x.txt", "fountain"),
        (b"INT. HOUSE - DAY\n\nShe waits.\n", "draft", "fountain"),
        (b"Sc;Set;D/N\n1;Kitchen;D\n2;Hall;N\n", "plan.fdx", "csv"),
        (b"Scenes:  3\nSet\tScene\tPage\nKITCHEN\t1\t1\nHALL\t2\t1\nGS\t3\t2\n", "s.txt", "csv"),
        (zipped("xl/workbook.xml"), "plan.csv", "xlsx"),
        (zipped("word/document.xml"), "x.xlsx", "docx"),
        (zipped("mimetype", "content.xml"), "x.xlsx", "ods"),
        (b'{"breakdowns": [], "elements": [], "stripboards": []}', "x.json", "uss"),
        (b'{"universalScheduleStandard": {"breakdowns": [], "stripboards": []}}', "x.uss", "uss"),
        (b'{"name": "package", "version": "1.0"}', "x.uss", "unknown"),
        (b"", "x.fdx", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "x.fdx", "unknown"),
    ],
)
def test_sniff(data, name, kind):
    assert sniff(data, name) == kind
