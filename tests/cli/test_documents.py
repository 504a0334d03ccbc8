"""`prodbridge documents` end to end on the fixtures: the IC's documents from a reviewed breakdown."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from prodbridge.cli import cli
from prodbridge.pipeline.scan import scan
from tests.conftest import FIXTURES
from tests.writers.test_callsheet_docx import docx_text
from tests.writers.test_documents_docx import reviewed_breakdown

SCRIPT = FIXTURES / "scripts" / "the-crossing.fdx"
CONFIG = FIXTURES / "prodbridge.toml"
SCHEDULE = FIXTURES / "schedules" / "the-crossing-stripboard.xlsx"
FR_SCRIPT = FIXTURES / "scripts" / "la-traversee.fdx"
FR_SCHEDULE = FIXTURES / "schedules" / "la-traversee-plan.xlsx"

CLAUSES = [
    "clause-1-helen.docx",
    "clause-10-midwife.docx",
    "clause-11-bouncer.docx",
    "clause-2-daniel.docx",
    "clause-3-anna.docx",
    "clause-4-leo.docx",
    "clause-5-kat.docx",
    "clause-6-victor.docx",
    "clause-7-ruth.docx",
    "clause-8-sam.docx",
    "clause-9-dr-nair.docx",
]


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["documents", *(str(a) for a in args)])
    return result.exit_code, result.output


def test_documents_writes_every_kind_with_its_level(tmp_path: Path) -> None:
    breakdown = reviewed_breakdown(tmp_path)
    out = tmp_path / "ic"
    code, output = run(
        "--script", SCRIPT, "--breakdown", breakdown, "--schedule", SCHEDULE, "--config", CONFIG,
        "--day", "2", "--out", out,
    )  # fmt: skip
    assert code == 0, output
    # the 19 the IC has not rejected, and 34 (a ferry rail), which only the second reader asks about
    assert f"20 intimate scene(s) from {breakdown}" in output
    assert f"{out / 'risk-analysis.docx'}: risk (level R)" in output
    assert f"{out / 'rushes-checklist.docx'}: rushes (level R)" in output
    assert f"{out / 'clauses' / 'clause-1-helen.docx'}: clause (level C) — HELEN" in output
    assert f"{out / 'daily-report-day-02.docx'}: daily (level R)" in output
    assert "warning" not in output
    assert sorted(p.name for p in (out / "clauses").iterdir()) == CLAUSES
    assert sorted(p.name for p in out.iterdir()) == [
        "clauses",
        "daily-report-day-02.docx",
        "risk-analysis.docx",
        "rushes-checklist.docx",
    ]


def test_date_picks_the_same_day_and_two_runs_give_identical_files(tmp_path: Path) -> None:
    breakdown = reviewed_breakdown(tmp_path)
    common = ("--script", SCRIPT, "--breakdown", breakdown, "--config", CONFIG)
    assert run(*common, "--day", "2", "--out", tmp_path / "a")[0] == 0
    assert run(*common, "--date", "2026-03-03", "--out", tmp_path / "b")[0] == 0  # schedule from the config
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.docx"))
    assert len(files) == 3 + len(CLAUSES)
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_without_a_reviewed_breakdown_every_finding_is_to_review(tmp_path: Path) -> None:
    code, output = run("--script", SCRIPT, "--config", CONFIG, "--out", tmp_path)
    assert code == 0, output
    # The fixture labels 20 intimate scenes; the detector also proposes sc. 20 (a false positive
    # the IC would reject) and, depending on the second reader's training, sc. 28 (a teenager
    # texting in bed). Every one of its findings is listed, none as confirmed.
    findings = len(scan(SCRIPT, config=CONFIG).findings)
    assert findings >= 21
    assert f"{findings} intimate scene(s) from detection only (no reviewed breakdown)" in output
    assert not list(tmp_path.glob("daily-report-*"))  # no day asked
    text = docx_text((tmp_path / "risk-analysis.docx").read_bytes())
    assert "confirmed by the IC" not in text.splitlines()
    assert text.count("to review — proposed by prodbridge, not yet confirmed by the IC") == findings


def test_a_french_script_without_config_gives_french_documents(tmp_path: Path) -> None:
    code, output = run(
        "--script", FR_SCRIPT, "--schedule", FR_SCHEDULE, "--date", "2026-04-14", "--out", tmp_path
    )
    assert code == 0, output
    assert "cast id 1 is not in the config's cast list: no clause for it" in output
    daily = next(tmp_path.glob("daily-report-day-*.docx"))
    assert "RAPPORT QUOTIDIEN À LA PRODUCTION" in docx_text(daily.read_bytes())
    risk = docx_text((tmp_path / "risk-analysis.docx").read_bytes())
    assert "Séquence 7 — INT. CABARET LE PHARE - BUREAU DE VIDAL - SUITE" in risk
    assert "Contrainte ou immobilisation" in risk
    clause = docx_text((tmp_path / "clauses" / "clause-lea.docx").read_bytes())
    assert "PERSONNEL ET CONFIDENTIEL — NIVEAU C — pour LÉA uniquement" in clause
    assert "Le ou la comédien·ne a moins de 18 ans" in clause


def test_a_day_needs_a_schedule(tmp_path: Path) -> None:
    code, output = run("--script", FR_SCRIPT, "--day", "2", "--out", tmp_path)
    assert code == 2
    assert "--day/--date need a schedule: give --schedule (or [files] schedule in the config)" in output
    assert not any(tmp_path.iterdir())


def test_no_such_day_and_a_file_as_output_are_usage_errors(tmp_path: Path) -> None:
    code, output = run("--script", SCRIPT, "--config", CONFIG, "--day", "40", "--out", tmp_path / "o")
    assert code == 2
    assert "the schedule has no day 40 (days 1-8)" in output
    target = tmp_path / "file.docx"
    target.write_bytes(b"x")
    code, output = run("--script", SCRIPT, "--config", CONFIG, "--out", target)
    assert code == 2
    assert f"Invalid value for '--out': Directory '{target}' is a file." in output
