"""`prodbridge nightly` end to end: dated folder, report, idempotence, lock and exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.ops_fixtures import FIXTURES, broken_fdx, tree_hashes

CONFIG_FILES = ("prodbridge.toml", "scripts/the-crossing.fdx", "schedules/the-crossing-stripboard.xlsx")
DAY2_OUTPUTS = [
    "annex-restricted.docx",
    "callsheet.docx",
    "performers/performer-1-helen.docx",
    "performers/performer-2-daniel.docx",
    "plan.xlsx",
]


def production(root: Path) -> Path:
    """The Crossing's production folder (config + the files it names); returns the config."""
    for name in CONFIG_FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, root / name)
    return root / "prodbridge.toml"


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["nightly", *args], catch_exceptions=False)


def report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def day2(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("nightly")
    config = production(root)
    result = run("--config", str(config), "--date", "2026-03-03")
    return {"root": root, "config": config, "result": result, "folder": root / "prodbridge-out" / "2026-03-03"}


def test_builds_the_days_documents_in_a_dated_folder(day2: dict) -> None:
    folder: Path = day2["folder"]
    assert day2["result"].exit_code == 0, day2["result"].output
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert files == sorted([*DAY2_OUTPUTS, "report.json"])
    written = ["callsheet.docx", "annex-restricted.docx", *DAY2_OUTPUTS[2:]]  # in writing order
    assert day2["result"].stdout.splitlines() == [str(folder / name) for name in written]


def test_report_lists_inputs_with_sha256_outputs_and_alerts(day2: dict) -> None:
    root: Path = day2["root"]
    document = report(day2["folder"])
    assert document["date"] == "2026-03-03"
    assert document["day"] == 2
    assert document["status"] == "alert"
    assert document["exit_code"] == 0
    assert document["deadlines_as_of"] == "2026-03-02T00:00"
    assert document["inputs"] == [
        {"role": role, "path": name, "sha256": hashlib.sha256((root / name).read_bytes()).hexdigest()}
        for role, name in zip(("config", "script", "schedule"), CONFIG_FILES, strict=True)
    ]
    assert [o["path"] for o in document["outputs"]] == DAY2_OUTPUTS
    for output in document["outputs"]:
        assert output["sha256"] == hashlib.sha256((day2["folder"] / output["path"]).read_bytes()).hexdigest()
    assert {a["day"] for a in document["alerts"]} == {2}
    assert {(a["code"], a["scene"]) for a in document["alerts"] if a["level"] == "blocking"} == {
        ("rider-late", "12"),
        ("rider-late", "12A"),
        ("rider-late", "23"),
    }


def test_a_second_run_gives_byte_identical_files_report_included(day2: dict) -> None:
    out = day2["root"] / "prodbridge-out"
    before = tree_hashes(out)
    again = run("--config", str(day2["config"]), "--date", "2026-03-03")
    assert again.exit_code == 0
    after = tree_hashes(out)
    del before[".prodbridge-nightly.lock"], after[".prodbridge-nightly.lock"]  # holds the pid
    assert after == before


def test_strict_exits_4_on_an_alert_and_still_writes_everything(tmp_path: Path) -> None:
    config = production(tmp_path)
    result = run("--config", str(config), "--date", "2026-03-03", "--strict")
    assert result.exit_code == 4
    folder = tmp_path / "prodbridge-out" / "2026-03-03"
    assert report(folder)["exit_code"] == 4
    assert (folder / "callsheet.docx").is_file()
    assert "blocking: Scene 12 (day 2): rider not signed" in result.stderr


def test_no_shooting_that_day_exits_0_with_a_report_saying_so(tmp_path: Path) -> None:
    config = production(tmp_path)
    result = run("--config", str(config), "--date", "2026-03-07", "--strict", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0
    folder = tmp_path / "o" / "2026-03-07"
    assert [p.name for p in folder.iterdir()] == ["report.json"]
    document = report(folder)
    assert (document["status"], document["day"], document["outputs"]) == ("no-shooting", None, [])
    assert "no shooting on 2026-03-07" in result.stderr


def test_an_unreadable_input_exits_3_and_the_report_says_why(tmp_path: Path) -> None:
    config = production(tmp_path)
    (tmp_path / "scripts" / "the-crossing.fdx").write_bytes(broken_fdx())
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 3
    document = report(tmp_path / "prodbridge-out" / "2026-03-03")
    assert document["status"] == "failed"
    assert document["error"].startswith(f"{tmp_path / 'scripts' / 'the-crossing.fdx'}: not well-formed XML")
    assert f"prodbridge: {document['error']}" in result.stderr


def test_stale_outputs_of_an_earlier_run_are_removed(tmp_path: Path) -> None:
    config = production(tmp_path)
    folder = tmp_path / "prodbridge-out" / "2026-03-03"
    assert run("--config", str(config), "--date", "2026-03-03").exit_code == 0
    stale = folder / "performers" / "performer-5-kat.docx"
    stale.write_bytes(b"an earlier run's sheet")
    document = report(folder)
    document["outputs"].append({"path": "performers/performer-5-kat.docx", "sha256": "x"})
    (folder / "report.json").write_text(json.dumps(document), encoding="utf-8")
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 0
    assert not stale.exists()
    assert f"removed {stale}" in result.stderr
    assert [o["path"] for o in report(folder)["outputs"]] == DAY2_OUTPUTS


def test_config_errors_name_the_key_and_the_line_and_exit_2(tmp_path: Path) -> None:
    config = production(tmp_path)
    text = config.read_text(encoding="utf-8").replace('language = "en"', 'language = "de"')
    config.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith('language = "de"'))
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 2
    assert result.stderr == (
        f"prodbridge: {config}: line {line}: production.language: must be 'en' or 'fr', not 'de'\n"
    )
    assert not (tmp_path / "prodbridge-out").exists()


def test_a_missing_config_exits_2(tmp_path: Path) -> None:
    result = run("--config", str(tmp_path / "nope.toml"))
    assert result.exit_code == 2
    assert "config file not found" in result.stderr


def test_a_second_run_while_the_lock_is_held_exits_1_and_touches_nothing(tmp_path: Path) -> None:
    config = production(tmp_path)
    out = tmp_path / "prodbridge-out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from prodbridge.files.lock import exclusive\n"
            f"with exclusive(Path({str(out / '.prodbridge-nightly.lock')!r})):\n"
            "    print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        result = run("--config", str(config), "--date", "2026-03-03")
        assert result.exit_code == 1
        assert f"(pid {holder.pid}) holds the lock" in result.stderr
        assert not (out / "2026-03-03").exists()
    finally:
        holder.communicate("")
    assert run("--config", str(config), "--date", "2026-03-03").exit_code == 0


def test_uses_the_config_in_the_current_folder_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    production(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("--date", "2026-03-07")
    assert result.exit_code == 0
    assert report(tmp_path / "prodbridge-out" / "2026-03-07")["status"] == "no-shooting"


def test_with_the_ics_breakdown_the_ic_documents_are_built_too(tmp_path: Path) -> None:
    from prodbridge.pipeline.breakdown import breakdown

    config = production(tmp_path)
    breakdown(tmp_path / "scripts" / "the-crossing.fdx", tmp_path / "breakdown.xlsx")  # [files] breakdown
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "prodbridge-out" / "2026-03-03"
    document = report(folder)
    assert [i["role"] for i in document["inputs"]] == ["config", "script", "schedule", "breakdown"]
    documents = [o["path"] for o in document["outputs"] if o["path"].startswith("ic-documents/")]
    assert "ic-documents/risk-analysis.docx" in documents
    assert "ic-documents/daily-report-day-02.docx" in documents
    assert all((folder / p).is_file() for p in documents)
    before = tree_hashes(folder)
    assert run("--config", str(config), "--date", "2026-03-03").exit_code == 0
    assert tree_hashes(folder) == before


def test_a_document_open_in_word_gets_one_message_naming_it_and_exit_1(tmp_path: Path) -> None:
    config = production(tmp_path)
    folder = tmp_path / "prodbridge-out" / "2026-03-03"
    folder.mkdir(parents=True)
    (folder / "~$llsheet.docx").write_bytes(b"\x0bTom Reyes")  # Word drops the first two letters
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 1
    expected = (
        f"{folder / 'callsheet.docx'}: the file is open in another program "
        "(LibreOffice/Word/Excel lock file found); close it and run again"
    )
    assert f"prodbridge: {expected}\n" in result.stderr
    assert (report(folder)["status"], report(folder)["error"]) == ("failed", expected)
    assert not (folder / "callsheet.docx").exists()


def test_a_uss_schedule_gives_an_updated_uss_plan(tmp_path: Path) -> None:
    config = production(tmp_path)
    shutil.copyfile(FIXTURES / "schedules" / "the-crossing.uss", tmp_path / "schedules" / "the-crossing.uss")
    text = config.read_text(encoding="utf-8").replace("the-crossing-stripboard.xlsx", "the-crossing.uss")
    config.write_text(text, encoding="utf-8")
    result = run("--config", str(config), "--date", "2026-03-03")
    assert result.exit_code == 0, result.output
    document = report(tmp_path / "prodbridge-out" / "2026-03-03")
    assert (document["day"], document["inputs"][2]["path"]) == (2, "schedules/the-crossing.uss")
    assert "plan.uss" in [o["path"] for o in document["outputs"]]
