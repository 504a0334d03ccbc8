"""Hostile scripts given to scan, tag (and tag --remove) and breakdown: entity attacks, bombs,
deep nesting, damaged and disguised files. Each is refused with exit 3 and one stderr line
naming the file, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.runner import assert_refused, invoke, listing, measured

#: name → (bytes of the .fdx, what the one stderr line must say)
SCRIPTS: dict[str, tuple[Callable[[], bytes], str]] = {
    "xxe-file": (inputs.xxe_file, "refused: the file declares a DOCTYPE"),
    "xxe-http": (inputs.xxe_http, "refused: the file declares a DOCTYPE"),
    "external-dtd": (inputs.external_dtd, "refused: the file declares a DOCTYPE"),
    "billion-laughs": (inputs.billion_laughs, "refused: the file declares a DOCTYPE"),
    "quadratic-blowup": (inputs.quadratic_blowup, "refused: the file declares a DOCTYPE"),
    "utf16-billion-laughs": (
        inputs.doctype_in_utf16,
        "not a screenplay prodbridge can read (found: unknown)",
    ),
    "deeply-nested": (inputs.deeply_nested, "not well-formed XML: Excessive depth in document: 256"),
    "truncated": (inputs.truncated_fdx, "not well-formed XML"),
    "empty": (lambda: b"", "the file is empty"),
    "blank": (lambda: b" \r\n\t\n", "the file is empty"),
    "binary-junk": (inputs.junk, "not a screenplay prodbridge can read (found: unknown)"),
    "xlsx-named-fdx": (inputs.STRIPBOARD.read_bytes, "not a screenplay prodbridge can read (found: xlsx)"),
    "truncated-zip": (
        lambda: inputs.truncated_zip(inputs.STRIPBOARD.read_bytes()),
        "not a screenplay prodbridge can read (found: unknown)",
    ),
}

#: command → its arguments for a script and an output folder
COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "scan": lambda script, out: ["scan", str(script), "--json"],
    "tag": lambda script, out: ["tag", str(script), "-o", str(out / "tagged.fdx")],
    "tag --remove": lambda script, out: ["tag", str(script), "--remove", "-o", str(out / "untagged.fdx")],
    "breakdown": lambda script, out: ["breakdown", str(script), "-o", str(out / "breakdown.xlsx")],
}

#: tag --remove reads the file itself and names what it found instead of the reader's line.
REMOVE_SAYS = {
    "utf16-billion-laughs": "tag --remove works on Final Draft files; this file is unknown",
    "binary-junk": "tag --remove works on Final Draft files; this file is unknown",
    "xlsx-named-fdx": "tag --remove works on Final Draft files; this file is xlsx",
    "truncated-zip": "tag --remove works on Final Draft files; this file is unknown",
}


@pytest.mark.parametrize("case", list(SCRIPTS))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_hostile_script_is_one_line_exit_3_and_nothing_written(tmp_path: Path, command: str, case: str):
    build, says = SCRIPTS[case]
    script = tmp_path / f"{case}.fdx"
    script.write_bytes(build())
    out = tmp_path / "out"
    out.mkdir()
    run = invoke(*COMMANDS[command](script, out))
    if command == "tag --remove":
        says = REMOVE_SAYS.get(case, says)
    assert_refused(run, script, says)
    assert run.stdout == ""
    assert listing(out) == []
    assert listing(tmp_path) == sorted([f"{case}.fdx", "out"])


def test_no_entity_is_ever_resolved_into_the_output(tmp_path: Path):
    """Even the reader's error line never quotes what an external entity would have loaded."""
    script = tmp_path / "xxe.fdx"
    script.write_bytes(inputs.xxe_file())
    run = invoke("scan", str(script), "--json")
    assert "root:" not in run.stdout + run.stderr


# --- big inputs, measured in a fresh process -----------------------------------------------------


@pytest.mark.parametrize(
    ("writer", "says"),
    [
        (inputs.write_big_text, "not a screenplay prodbridge can read (found: unknown)"),
        (inputs.write_big_fdx, "the file is 50 MB, larger than any screenplay (limit 32 MB)"),
    ],
    ids=["50MB-text-named-fdx", "50MB-finaldraft"],
)
@pytest.mark.parametrize("command", ["scan", "tag", "breakdown"])
def test_a_50_mb_file_named_fdx_is_refused_within_a_memory_bound(tmp_path, writer, says, command):
    script = writer(tmp_path / "huge.fdx")
    out = tmp_path / "out"
    out.mkdir()
    run = measured(tmp_path, *COMMANDS[command](script, out))
    assert_refused(run, script, says)
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []
