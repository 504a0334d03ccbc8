"""`prodbridge scan` end to end: the JSON contract on stdout, exit codes and one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.conftest import CORPUS_FDX, FIXTURES

CROSSING = FIXTURES / "scripts" / "the-crossing.fdx"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_goes_to_stdout_alone_and_follows_the_contract():
    code, out, _ = run("scan", str(CROSSING), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["script"] == {"path": str(CROSSING), "format": "fdx", "language": "en", "title": "THE CROSSING"}
    scene = doc["scenes"][11]
    assert {k: scene[k] for k in ("id", "index", "number", "heading", "int_ext", "set", "time_of_day")} == {
        "id": "12",
        "index": 12,
        "number": "12",
        "heading": "INT. DANIEL’S HOUSEBOAT - SALOON - NIGHT",
        "int_ext": "INT",
        "set": "DANIEL’S HOUSEBOAT",
        "time_of_day": "NIGHT",
    }
    assert list(scene) == [
        "id", "index", "number", "heading", "int_ext", "set", "time_of_day",
        "eighths", "page", "characters", "intimacy",
    ]


def test_a_scene_without_findings_has_null_intimacy():
    _, out, _ = run("scan", str(CROSSING), "--json")
    first = json.loads(out)["scenes"][0]
    assert first["intimacy"] is None


def test_evidence_quotes_the_script_line_verbatim():
    _, out, _ = run("scan", str(CROSSING), "--json")
    from prodbridge.readers.fdx import read

    script, _ = read(CROSSING.read_bytes())
    texts = {p.index: p.text for p in script.paragraphs}
    for scene in json.loads(out)["scenes"]:
        for evidence in (scene["intimacy"] or {}).get("evidence", []):
            assert evidence["text"] in texts[evidence["paragraph"]]
            assert evidence["cue"].lower() in evidence["text"].lower()


def test_french_script_is_detected_as_french():
    _, out, _ = run("scan", str(FIXTURES / "scripts" / "la-traversee.fdx"), "--json")
    doc = json.loads(out)
    assert doc["script"]["language"] == "fr"
    assert [s["id"] for s in doc["scenes"]][13:15] == ["14", "14 BIS"]


def test_fountain_script_scans_to_the_same_contract():
    code, out, _ = run("scan", str(FIXTURES / "scripts" / "night-shift.fountain"), "--json")
    assert code == 0
    assert json.loads(out)["script"]["format"] == "fountain"


def test_table_lists_every_scene():
    code, out, _ = run("scan", str(CROSSING))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Scene", "I/E", "Set", "D/N", "Pages", "Characters", "Intimacy"]
    assert len(lines) == 2 + 36


def test_reader_issues_are_warnings_on_stderr():
    code, out, err = run("scan", str(FIXTURES / "scripts" / "la-traversee.fdx"), "--json")
    assert code == 0
    assert "warning: " in err and "'Centré'" in err
    json.loads(out)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"<FinalDraft><Content></FinalDraft>", "not well-formed XML"),
        (
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><FinalDraft>&e;</FinalDraft>',
            "refused: the file declares a DOCTYPE",
        ),
        (b"PK\x03\x04" + b"\x00" * 64, "not a screenplay prodbridge can read"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a screenplay prodbridge can read"),
    ],
    ids=["empty", "malformed", "xxe", "zip", "binary"],
)
def test_bad_input_is_exit_3_with_one_line_naming_the_file(tmp_path, content, message):
    bad = tmp_path / "script.fdx"
    bad.write_bytes(content)
    code, out, err = run("scan", str(bad))
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"prodbridge: {bad}: ") and message in err


def test_missing_file_is_exit_3():
    code, _, err = run("scan", "no/such/script.fdx")
    assert (code, err) == (3, "prodbridge: no/such/script.fdx: no such file\n")


def test_malformed_corpus_file_is_refused():
    code, _, err = run("scan", str(CORPUS_FDX / "malformed-venkatgoud.fdx"))
    assert code == 3
    assert "not well-formed XML: Opening and ending tag mismatch" in err


def test_unknown_language_is_a_usage_error():
    code, _, _ = run("scan", str(CROSSING), "--lang", "de")
    assert code == 2
