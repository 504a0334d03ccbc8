"""Error lines: one line naming the file, whatever characters the file name holds."""

from __future__ import annotations

from click.testing import CliRunner

from prodbridge.cli import cli
from prodbridge.errors import InputError, Issue, printable


def test_control_and_bidi_characters_in_names_are_escaped():
    assert printable("a\nb\u202etxt.fdx") == "a\\nb\\u202etxt.fdx"
    assert printable("Séq. 12 – l’été.fdx") == "Séq. 12 – l’été.fdx"


def test_an_error_line_stays_one_line_with_a_newline_in_the_file_name():
    assert str(InputError("the file is empty", "in\nbox/x.fdx")) == "in\\nbox/x.fdx: the file is empty"
    assert "\n" not in str(Issue("c", "a\rb.csv", "row 2", "odd"))


def test_batch_reports_a_broken_file_with_a_newline_in_its_name_on_one_line(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "bad\nname.fdx").write_bytes(b"<FinalDraft><Content></FinalDraft>")
    result = CliRunner().invoke(cli, ["batch", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert "bad\\nname.fdx" in errors[0] and "not well-formed XML" in errors[0]
