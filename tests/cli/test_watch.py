"""`prodbridge watch --once` end to end: settled files processed once, junk ignored, memory kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from prodbridge.cli import cli
from tests.cli.test_batch import EXPECTED, EXPECTED_OUTPUTS
from tests.ops_fixtures import CROSSING, STRIPBOARD, build, tree_hashes


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["watch", *args], catch_exceptions=False)


def reported(stdout: str, root: Path) -> dict[str, tuple[str, str]]:
    """``status: path [kind] detail`` lines → {relative path: (status, detail)}."""
    out = {}
    for line in stdout.splitlines():
        status, rest = line.split(": ", 1)
        path, detail = rest.split(" [", 1)
        out[Path(path).relative_to(root).as_posix()] = (status, detail.split("] ", 1)[-1])
    return out


def test_once_processes_every_settled_file_like_batch(tmp_path: Path) -> None:
    root = build(tmp_path / "drop")
    before = tree_hashes(root / "film") | tree_hashes(root / "épisode 2 (final)")
    result = run(str(root), "--once", "--settle", "0")
    assert result.exit_code == 1  # broken, empty and encrypted files failed
    lines = reported(result.stdout, root)
    assert {k: v[0] for k, v in lines.items()} == {k: v[1] for k, v in EXPECTED.items()}
    out = root / "prodbridge-out"
    for name, outputs in EXPECTED_OUTPUTS.items():
        assert all((out / o).is_file() for o in outputs), name
    assert lines["film/empty.fdx"] == ("failed", "the file is empty")
    assert tree_hashes(root / "film") | tree_hashes(root / "épisode 2 (final)") == before


def test_an_unchanged_file_is_never_processed_again(tmp_path: Path) -> None:
    root = build(tmp_path / "drop")
    out = tmp_path / "out"
    run(str(root), "--once", "--settle", "0", "--out", str(out))
    outputs = tree_hashes(out)
    again = run(str(root), "--once", "--settle", "0", "--out", str(out))
    assert (again.exit_code, again.stdout) == (0, "")  # nothing new, failures not retried
    assert tree_hashes(out) == outputs


def test_a_touched_file_is_not_reprocessed_but_a_changed_one_is(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copyfile(CROSSING, drop / "the-crossing.fdx")
    shutil.copyfile(STRIPBOARD, drop / "stripboard.xlsx")
    assert run(str(drop), "--once", "--settle", "0").exit_code == 0
    info = (drop / "stripboard.xlsx").stat()
    os.utime(drop / "stripboard.xlsx", ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    touched = run(str(drop), "--once", "--settle", "0")
    assert (touched.exit_code, touched.stdout) == (0, "")
    (drop / "stripboard.xlsx").write_bytes(b"Scene;Day\n12;1\n")
    changed = run(str(drop), "--once", "--settle", "0")
    assert [line.split(" [")[0] for line in changed.stdout.splitlines()] == [
        f"failed: {drop / 'stripboard.xlsx'}"
    ]
    assert "not a .xlsx workbook: the content is plain text" in changed.stdout


def test_a_schedule_waits_for_its_script_then_is_planned(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copyfile(STRIPBOARD, drop / "the-crossing-stripboard.xlsx")
    first = run(str(drop), "--once", "--settle", "0")
    assert first.exit_code == 0
    assert first.stdout.startswith(f"skipped: {drop / 'the-crossing-stripboard.xlsx'} [schedule (xlsx)] no script")
    shutil.copyfile(CROSSING, drop / "the-crossing.fdx")
    second = run(str(drop), "--once", "--settle", "0")
    assert second.exit_code == 0
    assert f"ok: {drop / 'the-crossing-stripboard.xlsx'} [schedule (xlsx)] the-crossing-stripboard.plan.xlsx" in (
        second.stdout
    )
    assert (drop / "prodbridge-out" / "the-crossing-stripboard.plan.xlsx").is_file()


def test_once_with_a_settle_time_processes_files_that_stay_still(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copyfile(CROSSING, drop / "the-crossing.fdx")
    result = run(str(drop), "--once", "--settle", "0.2")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"ok: {drop / 'the-crossing.fdx'} [script (fdx)] the-crossing.scan.json")


def test_watching_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nowhere"), "--once")
    assert result.exit_code == 2
    assert result.stderr == f"prodbridge: {tmp_path / 'nowhere'}: no such folder to watch\n"
