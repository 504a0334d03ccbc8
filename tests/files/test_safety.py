"""Container limits: encrypted and legacy Office files, damaged zips, zip bombs."""

from __future__ import annotations

import io
import zipfile

import pytest

from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.files.safety import OLE_MAGIC, open_zip


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_encrypted_office_file_says_it_is_password_protected():
    data = OLE_MAGIC + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    with pytest.raises(InputError, match="password-protected"):
        open_zip(data, "plan.xlsx", "Excel workbook")


def test_legacy_xls_says_to_save_as_xlsx():
    with pytest.raises(InputError, match=r"legacy binary Office file"):
        open_zip(OLE_MAGIC + b"\x00" * 500, "plan.xlsx")


def test_truncated_zip_is_damaged():
    data = zipped({"xl/workbook.xml": b"<workbook/>" * 100})
    with pytest.raises(InputError, match="damaged or truncated"):
        open_zip(data[: len(data) // 2], "plan.xlsx")


def test_zip_bomb_is_refused():
    data = zipped({"xl/worksheets/sheet1.xml": b"\x00" * (50 * 1024 * 1024)})
    with pytest.raises(UnsafeInputError, match="zip bomb"):
        open_zip(data, "plan.xlsx")


def test_text_renamed_to_xlsx_is_not_a_zip():
    with pytest.raises(InputError, match="not a zip package"):
        open_zip(b"Scene;Set\n1;Kitchen\n", "plan.xlsx", "Excel workbook")
