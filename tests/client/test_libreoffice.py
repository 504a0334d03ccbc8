"""A real client opens every kind of output: LibreOffice headless converts each .docx and .xlsx
prodbridge writes to PDF, and pdftotext finds the expected text in it.

One soffice run converts every file (private profile per session, with a timeout). Its exit
status means nothing (it is 0 even when a file fails to load), so each PDF is checked: it
exists, starts with %PDF-, has pages, and holds the text. These tests fail, never skip, when
LibreOffice or poppler is missing: CI installs them (.ci/run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.conftest import FIXTURES

SCRIPTS = FIXTURES / "scripts"
SCHEDULES = FIXTURES / "schedules"
CONFIG = str(FIXTURES / "prodbridge.toml")
CROSSING = str(SCRIPTS / "the-crossing.fdx")
STRIPBOARD = str(SCHEDULES / "the-crossing-stripboard.xlsx")

#: converted file → (where the command wrote it, text the PDF must hold, text it must not hold)
EXPECTED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "callsheet.docx": (
        "callsheet.docx",
        ("CALL SHEET", "Day 2 of 8", "Closed-set scenes: 12, 12A, 23, 31", "Claire Dubois", "15:00"),
        ("SEX-S", "Topless", "nudity level"),  # a crew call sheet never shows level R or C details
    ),
    "annex.docx": (
        "annex.docx",
        (
            "INTIMACY PROTOCOL ANNEX",
            "Scene 12 — INT. DANIEL’S HOUSEBOAT - SALOON - NIGHT",
            "SEX-S (simulated sex)",
        ),
        (),
    ),
    "performer-1-helen.docx": (
        "performers/performer-1-helen.docx",
        (
            "PERSONAL SHEET — INTIMATE SCENES",
            "For: Claire Whitfield",
            "Topless agreed for sc. 16 and 23 only",
        ),
        ("Kwame Asante",),  # another performer's sheet holds nothing about Daniel's actor
    ),
    "with-protocol.docx": (
        "with-protocol.docx",
        (
            "CALL SHEET - DAY 2 - made by another tool",
            "Sc. 12A · INT · DANIEL'S HOUSEBOAT - CABIN · NIGHT · CLOSED SET / PLATEAU FERMÉ",
            "Intimacy coordinator on set: Claire Dubois",
        ),
        ("SEX-S",),
    ),
    "risk-analysis.docx": (
        "ic/risk-analysis.docx",
        ("RESTRICTED — LEVEL R", "RISK ANALYSIS — INTIMATE SCENES", "DANIEL’S HOUSEBOAT"),
        (),
    ),
    "rushes-checklist.docx": (
        "ic/rushes-checklist.docx",
        ("RESTRICTED — LEVEL R", "RUSHES CONFORMITY CHECKLIST"),
        (),
    ),
    "clause-1-helen.docx": (
        "ic/clauses/clause-1-helen.docx",
        ("PERSONAL AND CONFIDENTIAL — LEVEL C", "NUDITY AND INTIMACY CLAUSE", "Claire Whitfield"),
        (),
    ),
    "daily-report-day-02.docx": (
        "ic/daily-report-day-02.docx",
        ("DAILY INTIMACY REPORT TO PRODUCTION", "Day 2 of 8 — Tuesday 3 March 2026"),
        (),
    ),
    "breakdown.xlsx": (
        "breakdown.xlsx",
        ("Questions for the IC", "INT. DANIEL’S HOUSEBOAT - SALOON -", "KIS, TCH, SEX-S", "to review"),
        (),
    ),
    "plan-stripboard.xlsx": (
        "plan-stripboard.xlsx",
        (
            "End of Day 2 -- Tuesday, March 3, 2026",
            "IC required Closed set Rider deadline",
            "KIS, TCH, SEX-S",
        ),
        (),
    ),
    "plan-csv.xlsx": (
        "plan-csv.xlsx",
        ("Plan de travail LA TRAVERSÉE", "Plateau fermé", "PLATEAU FERMÉ", "KIS, SEX-S"),
        (),
    ),
}


def invoke(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr


def write_outputs(out: Path) -> None:
    """Every kind of output, from the fixtures, as the commands write them."""
    invoke(
        "callsheet", "--schedule", STRIPBOARD, "--script", CROSSING, "--config", CONFIG, "--day", "2",
        "-o", str(out / "callsheet.docx"), "--annex", str(out / "annex.docx"),
        "--performer-sheets", str(out / "performers"),
    )  # fmt: skip
    import docx

    theirs = docx.Document()
    theirs.add_paragraph("CALL SHEET - DAY 2 - made by another tool")
    theirs.save(out / "theirs.docx")
    invoke(
        "annex", str(out / "theirs.docx"), "--schedule", STRIPBOARD, "--script", CROSSING,
        "--config", CONFIG, "--day", "2", "-o", str(out / "with-protocol.docx"),
    )  # fmt: skip
    invoke(
        "documents", "--script", CROSSING, "--schedule", STRIPBOARD, "--config", CONFIG,
        "--day", "2", "--out", str(out / "ic"),
    )  # fmt: skip
    invoke(
        "breakdown", CROSSING, "--schedule", STRIPBOARD, "--config", CONFIG, "-o", str(out / "breakdown.xlsx")
    )
    invoke(
        "plan", STRIPBOARD, "--script", CROSSING, "--config", CONFIG, "-o", str(out / "plan-stripboard.xlsx")
    )
    invoke(
        "plan", str(SCHEDULES / "flat-cp1252.csv"), "--script", str(SCRIPTS / "la-traversee.fdx"),
        "-o", str(out / "plan-csv.xlsx"),
    )  # fmt: skip


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Write every output, then convert them all to PDF in one soffice run."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed for client tests: .ci/run installs it"
    assert shutil.which("pdftotext") and shutil.which("pdfinfo"), "poppler-utils is needed for client tests"
    base = tmp_path_factory.mktemp("libreoffice")
    out, inbox, pdf = base / "out", base / "inbox", base / "pdf"
    for folder in (out, inbox, pdf):
        folder.mkdir()
    write_outputs(out)
    for name, (rel, _, _) in EXPECTED.items():
        shutil.copyfile(out / rel, inbox / name)
    done = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(base / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf),
            *sorted(str(p) for p in inbox.iterdir()),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HOME": str(base)},
    )
    return {"pdf": pdf, "stdout": done.stdout, "stderr": done.stderr}


@pytest.mark.client
@pytest.mark.parametrize("name", list(EXPECTED))
def test_libreoffice_converts_the_output_to_a_pdf_holding_its_text(converted: dict, name: str):
    pdf: Path = converted["pdf"] / (Path(name).stem + ".pdf")
    errors = [line for line in converted["stderr"].splitlines() if "Error" in line and name in line]
    assert not errors, errors
    assert pdf.is_file(), f"no PDF for {name}: {converted['stdout']} {converted['stderr']}"
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    flat = " ".join(text.split())
    _, present, absent = EXPECTED[name]
    for item in present:
        assert item in flat, item
    for item in absent:
        assert item not in flat, item
