"""Atomic writes: whole file or nothing, never over an input, clear message when locked."""

from __future__ import annotations

import os

import pytest

from prodbridge.errors import OutputError
from prodbridge.files import atomic
from prodbridge.files.atomic import write_atomic


def test_writes_the_bytes_and_leaves_no_temp_file(tmp_path):
    target = write_atomic(tmp_path / "out" / "plan.xlsx", b"data")
    assert target.read_bytes() == b"data"
    assert os.listdir(tmp_path / "out") == ["plan.xlsx"]


def test_refuses_to_overwrite_an_input(tmp_path):
    source = tmp_path / "script.fdx"
    source.write_bytes(b"original")
    with pytest.raises(OutputError, match="refusing to overwrite an input"):
        write_atomic(tmp_path / "." / "script.fdx", b"new", inputs=[source])
    assert source.read_bytes() == b"original"


def test_a_libreoffice_lock_file_names_the_file_to_close(tmp_path):
    (tmp_path / "plan.xlsx").write_bytes(b"old")
    (tmp_path / ".~lock.plan.xlsx#").write_text("user,host")
    with pytest.raises(OutputError, match="open in another program") as err:
        write_atomic(tmp_path / "plan.xlsx", b"new")
    assert str(err.value).startswith(str(tmp_path / "plan.xlsx"))
    assert (tmp_path / "plan.xlsx").read_bytes() == b"old"


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "callsheet.docx"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["callsheet.docx"]


def test_a_new_file_gets_the_usual_mode_not_mkstemps_0600(tmp_path):
    umask = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "callsheet.docx", b"x")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_atomic(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o664
