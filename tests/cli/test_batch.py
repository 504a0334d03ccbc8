"""`prodbridge batch` end to end on a messy folder: every input reported, failures isolated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.ops_fixtures import CROSSING, STRIPBOARD, TRAVERSEE, build, tree_hashes

#: Status and kind of every input of tests.ops_fixtures.build, by path relative to the root.
EXPECTED = {
    "film/broken.fdx": ("fdx", "failed"),
    "film/budget.xlsx": ("encrypted", "failed"),
    "film/empty.fdx": ("empty", "failed"),
    "film/notes.pdf": ("unknown", "skipped"),
    "film/photo.png": ("unknown", "skipped"),
    "film/the-crossing-stripboard.xlsx": ("xlsx", "ok"),
    "film/the-crossing.fdx": ("fdx", "ok"),
    "épisode 2 (final)/la traversée..v2.fdx": ("fdx", "ok"),
    "épisode 2 (final)/la-traversee-plan.xlsx": ("xlsx", "ok"),
    "épisode 2 (final)/the-crossing.fdx": ("fdx", "ok"),
}
#: Outputs, sanitised (no ".."), with the clashing the-crossing stems prefixed by their folder.
EXPECTED_OUTPUTS = {
    "film/the-crossing.fdx": [
        "film-the-crossing.scan.json",
        "film-the-crossing.breakdown.xlsx",
        "film-the-crossing.tagged.fdx",
    ],
    "film/the-crossing-stripboard.xlsx": ["the-crossing-stripboard.plan.xlsx"],
    "épisode 2 (final)/la traversée..v2.fdx": [
        "la traversée.v2.scan.json",
        "la traversée.v2.breakdown.xlsx",
        "la traversée.v2.tagged.fdx",
    ],
    "épisode 2 (final)/la-traversee-plan.xlsx": ["la-traversee-plan.plan.xlsx"],
    "épisode 2 (final)/the-crossing.fdx": [
        "épisode 2 (final)-the-crossing.scan.json",
        "épisode 2 (final)-the-crossing.breakdown.xlsx",
        "épisode 2 (final)-the-crossing.tagged.fdx",
    ],
}


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["batch", *args], catch_exceptions=False)


def by_input(document: dict, root: Path) -> dict[str, dict]:
    return {Path(entry["path"]).relative_to(root).as_posix(): entry for entry in document["inputs"]}


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One JSON batch over the messy folder (shared: each run takes a few seconds)."""
    base = tmp_path_factory.mktemp("batch")
    root = build(base / "inputs")
    before = tree_hashes(root)
    out = base / "out"
    result = run(str(root), "--out", str(out), "--json", "--jobs", "1")
    return {"root": root, "out": out, "before": before, "result": result}


def test_every_input_is_reported_once_with_its_kind_and_status(messy: dict) -> None:
    document = json.loads(messy["result"].stdout)
    entries = by_input(document, messy["root"])
    assert {k: (v["kind"], v["status"]) for k, v in entries.items()} == EXPECTED
    assert document["summary"] == {"ok": 5, "failed": 3, "skipped": 2}


def test_lock_temp_hidden_files_and_output_folders_are_not_inputs(messy: dict) -> None:
    paths = set(by_input(json.loads(messy["result"].stdout), messy["root"]))
    assert not any("~$" in p or ".~lock" in p or p.endswith(".tmp") or "/." in p for p in paths)
    assert not any(p.startswith("prodbridge-out/") for p in paths)


def test_failures_name_the_file_and_the_problem(messy: dict) -> None:
    entries = by_input(json.loads(messy["result"].stdout), messy["root"])
    assert entries["film/empty.fdx"]["message"] == "the file is empty"
    assert entries["film/budget.xlsx"]["message"] == (
        "the Office file is password-protected (encrypted); save an unprotected copy"
    )
    assert entries["film/broken.fdx"]["message"].startswith("not well-formed XML")
    assert entries["film/broken.fdx"]["file"] is None  # the message is about the input itself
    errors = [line for line in messy["result"].stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert any(line.endswith("film/empty.fdx: the file is empty") for line in errors)


def test_a_failing_file_does_not_stop_the_others_and_the_exit_code_is_1(messy: dict) -> None:
    assert messy["result"].exit_code == 1
    entries = by_input(json.loads(messy["result"].stdout), messy["root"])
    assert {k: [Path(p).name for p in v["outputs"]] for k, v in entries.items() if v["outputs"]} == EXPECTED_OUTPUTS


def test_outputs_are_real_files_and_valid(messy: dict) -> None:
    out: Path = messy["out"]
    scan = json.loads((out / "la traversée.v2.scan.json").read_text(encoding="utf-8"))
    assert scan["script"]["language"] == "fr"
    assert len(scan["scenes"]) == 33
    assert (out / "film-the-crossing.tagged.fdx").read_bytes().startswith(b"<?xml")
    assert (out / "the-crossing-stripboard.plan.xlsx").read_bytes()[:2] == b"PK"
    assert json.loads((out / "batch-report.json").read_text(encoding="utf-8")) == json.loads(messy["result"].stdout)


def test_schedules_are_paired_with_their_script(messy: dict) -> None:
    entries = by_input(json.loads(messy["result"].stdout), messy["root"])
    assert entries["film/the-crossing-stripboard.xlsx"]["message"].startswith("planned against the-crossing.fdx")
    assert entries["épisode 2 (final)/la-traversee-plan.xlsx"]["message"].startswith(
        "planned against la traversée..v2.fdx"
    )


def test_inputs_are_never_modified(messy: dict) -> None:
    assert tree_hashes(messy["root"]) == messy["before"]


def test_json_goes_to_stdout_alone_without_progress_output(messy: dict) -> None:
    json.loads(messy["result"].stdout)
    assert "Processing" not in messy["result"].stderr


def test_a_rerun_gives_byte_identical_outputs(messy: dict) -> None:
    out: Path = messy["out"]
    first = tree_hashes(out)
    again = run(str(messy["root"]), "--out", str(out), "--json", "--jobs", "1")
    assert again.exit_code == 1
    assert again.stdout == messy["result"].stdout
    assert tree_hashes(out) == first


def test_two_workers_give_the_same_outputs_in_the_same_order(messy: dict, tmp_path: Path) -> None:
    out = tmp_path / "parallel"
    result = run(str(messy["root"]), "--out", str(out), "--json", "--jobs", "2")
    assert result.exit_code == 1
    serial = json.loads(messy["result"].stdout)["inputs"]
    parallel = json.loads(result.stdout)["inputs"]
    assert [(e["path"], e["status"], [Path(p).name for p in e["outputs"]]) for e in parallel] == [
        (e["path"], e["status"], [Path(p).name for p in e["outputs"]]) for e in serial
    ]
    serial_hashes = tree_hashes(messy["out"])
    parallel_hashes = tree_hashes(out)
    del serial_hashes["batch-report.json"], parallel_hashes["batch-report.json"]  # holds the out path
    assert parallel_hashes == serial_hashes


def test_missing_path_is_one_error_line_and_the_rest_runs(tmp_path: Path) -> None:
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    missing = tmp_path / "nope.fdx"
    result = run(str(missing), str(tmp_path / "the-crossing.fdx"), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr.count(f"error: {missing}: no such file or folder") == 1
    assert (tmp_path / "out" / "the-crossing.scan.json").is_file()


def test_a_clean_batch_exits_0_with_a_summary_table(tmp_path: Path) -> None:
    folder = tmp_path / "two films"
    folder.mkdir()
    for source in (CROSSING, TRAVERSEE, STRIPBOARD):
        shutil.copyfile(source, folder / source.name)
    result = run(str(folder), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Input", "Kind", "Status", "Outputs", "/", "reason"]
    assert any("the-crossing-stripboard.xlsx" in line and " ok " in line for line in lines)
    assert "3 ok, 0 failed, 0 skipped" in result.stderr
    # two scripts in the folder: the schedule goes to the one its name matches
    assert "(planned against the-crossing.fdx;" in result.stdout


def test_default_output_folder_is_beside_the_first_input(tmp_path: Path) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    shutil.copyfile(CROSSING, folder / "the-crossing.fdx")
    result = run(str(folder), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "prodbridge-out" / "the-crossing.scan.json").is_file()
    assert (tmp_path / "prodbridge-out" / ".prodbridge-output").is_file()


def test_an_output_never_overwrites_an_input(tmp_path: Path) -> None:
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    precious = tmp_path / "the-crossing.scan.json"
    precious.write_text("the AD's own notes\n", encoding="utf-8")
    result = run(str(tmp_path / "the-crossing.fdx"), str(precious), "--out", str(tmp_path), "--json", "--jobs", "1")
    assert result.exit_code == 1
    assert precious.read_text(encoding="utf-8") == "the AD's own notes\n"
    entry = json.loads(result.stdout)["inputs"][0]
    assert entry["status"] == "failed"
    assert "refusing to overwrite an input" in entry["message"]


def test_a_target_open_in_excel_gets_one_message_naming_the_file(tmp_path: Path) -> None:
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    out = tmp_path / "out"
    out.mkdir()
    (out / "~$the-crossing.breakdown.xlsx").write_bytes(b"\x0bTom Reyes")
    result = run(str(tmp_path / "the-crossing.fdx"), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {out / 'the-crossing.breakdown.xlsx'}: the file is open in another program "
        "(LibreOffice/Word/Excel lock file found); close it and run again"
    ]
    assert "the-crossing.breakdown.xlsx: the file is open in another program" in result.stdout
    assert (out / "the-crossing.scan.json").is_file()  # the other jobs still ran


def _stderr_on_a_terminal(args: list[str]) -> tuple[int, str, str]:
    """Run the real console script with stderr on a pseudo-terminal: (exit code, stdout, stderr)."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "prodbridge", *args], stdout=subprocess.PIPE, stderr=follower
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the child has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    stdout = process.stdout.read().decode() if process.stdout else ""
    code = process.wait()
    os.close(leader)
    return code, stdout, b"".join(chunks).decode(errors="replace")


def test_progress_bar_on_a_terminal_but_never_with_json(tmp_path: Path) -> None:
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    code, stdout, stderr = _stderr_on_a_terminal(["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", "1"])
    assert code == 0
    assert "Processing" in stderr and "100%" in stderr
    code, stdout, stderr = _stderr_on_a_terminal(
        ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", "1", "--json"]
    )
    assert code == 0
    assert json.loads(stdout)["summary"] == {"ok": 1, "failed": 0, "skipped": 0}
    assert "Processing" not in stderr
