"""`prodbridge callsheet` and `prodbridge annex` end to end on the bundled fixtures."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from prodbridge.cli import cli
from tests.writers.test_callsheet_docx import docx_text, leaks, package_text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SCHEDULE = FIXTURES / "schedules" / "the-crossing-stripboard.xlsx"
SCRIPT = FIXTURES / "scripts" / "the-crossing.fdx"
CONFIG = FIXTURES / "prodbridge.toml"
TRAVERSEE = FIXTURES / "scripts" / "la-traversee.fdx"
TRAVERSEE_PLAN = FIXTURES / "schedules" / "la-traversee-plan.xlsx"
FR_SCHEDULE = FIXTURES / "schedules" / "la-traversee-plan.xlsx"
FR_SCRIPT = FIXTURES / "scripts" / "la-traversee.fdx"

#: Level R/C material of day 2 of The Crossing (script lines, config limits) and intimacy words.
DAY2_RESTRICTED = (
    "They kiss; the cabin door closes behind them.",  # scene 12 evidence
    "Tangled sheets",  # scene 12A evidence
    "They make love",  # scene 23 evidence
    "making out like teenagers",  # scene 31 evidence
    "Topless agreed for sc. 16 and 23 only",  # HELEN's limits (C)
    "Full nudity for sc. 10 agreed in rider",  # DANIEL's limits (C)
    "nudity",
    "kiss",
    "simulated",
    "rider",
    "Modesty",
    "Confidential",
)
DAY2_CODES = ("KIS", "TCH", "SEX-S", "NUD-P", "NUD-F", "NUD-I", "UND", "MIN")


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.output


def callsheet_args(out: Path, *extra: str | Path) -> list[str | Path]:
    return ["callsheet", "--schedule", SCHEDULE, "--script", SCRIPT, "--config", CONFIG, "-o", out, *extra]


def test_fixtures_are_present() -> None:
    for path in (SCHEDULE, SCRIPT, CONFIG, FR_SCHEDULE, FR_SCRIPT):
        assert path.is_file(), path


def test_callsheet_writes_the_crew_sheet_annex_and_performer_sheets(tmp_path: Path) -> None:
    out, annex, perf = tmp_path / "day2.docx", tmp_path / "day2-annex.docx", tmp_path / "performers"
    code, output = run(*callsheet_args(out, "--day", "2", "--annex", annex, "--performer-sheets", perf))
    assert code == 0, output
    assert f"{out}: day 2 of 8, 2026-03-03, 4 scene(s), 4 with the intimacy protocol" in output
    crew = docx_text(out.read_bytes())
    for expected in (
        "The Crossing",
        "CALL SHEET · Day 2 of 8 · Tuesday 3 March 2026",
        "Closed-set scenes: 12, 12A, 23, 31",
        "Intimacy coordinator on set: Claire Dubois",
        "No photos, no personal recording devices on set or at the monitors.",
        "Essential crew only during closed-set scenes — see the 1st AD.",
        "CLOSED SET / PLATEAU FERMÉ",
        "15:00",  # the [[days]] crew call of 3 March
        "16:00",
        "Bristol Royal Infirmary - Emergency Department",
        "Houseboat, Bathurst Basin",
        "Claire Whitfield",
        "Kwame Asante",
        "Day 3 of 8 — Wednesday 4 March 2026",
    ):
        assert expected in crew, expected
    assert leaks(package_text(out.read_bytes()), DAY2_RESTRICTED, DAY2_CODES) == []

    restricted = docx_text(annex.read_bytes())
    for expected in (
        "CONFIDENTIAL — restricted",
        "Director: Maya Okafor",
        "They kiss; the cabin door closes behind them.",
        "Tangled sheets",
        "SEX-S (simulated sex)",
        "NOT RECORDED — deadline Sunday 1 March 2026 15:00",
        "Jo Pemberton",
    ):
        assert expected in restricted, expected
    assert leaks(restricted, ("Topless agreed", "Full nudity for sc. 10"), ()) == []

    sheets = sorted(p.name for p in perf.iterdir())
    assert sheets == ["performer-1-helen.docx", "performer-2-daniel.docx"]
    helen = docx_text((perf / "performer-1-helen.docx").read_bytes())
    daniel = docx_text((perf / "performer-2-daniel.docx").read_bytes())
    assert "Topless agreed for sc. 16 and 23 only" in helen
    assert "Full nudity for sc. 10 agreed in rider" in daniel
    # sets such as DANIEL'S HOUSEBOAT are public; the other performer's person and limits are not
    assert leaks(helen, ("Kwame Asante", "Full nudity for sc. 10", "Character: DANIEL"), ()) == []
    assert leaks(daniel, ("Claire Whitfield", "Topless agreed", "HELEN"), ()) == []


def test_two_runs_by_day_and_by_date_give_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    assert run(*callsheet_args(first, "--day", "2", "--annex", tmp_path / "a-annex.docx"))[0] == 0
    assert run(*callsheet_args(second, "--date", "2026-03-03", "--annex", tmp_path / "b-annex.docx"))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert (tmp_path / "a-annex.docx").read_bytes() == (tmp_path / "b-annex.docx").read_bytes()


def test_french_sheet_from_the_french_fixtures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no prodbridge.toml around: detection only, no cast list
    out = tmp_path / "jour2.docx"
    code, output = run(
        "callsheet", "--schedule", FR_SCHEDULE, "--script", FR_SCRIPT, "--day", "2", "-o", out,
        "--performer-sheets", tmp_path / "fiches",
    )  # fmt: skip
    assert code == 0, output
    text = docx_text(out.read_bytes())
    assert "FEUILLE DE SERVICE · Jour 2 sur 8 · mardi 14 avril 2026" in text
    assert "PLATEAU FERMÉ / CLOSED SET" in text
    assert "Coordination d'intimité : à confirmer par la production" in text
    assert "cast id 1 is not in the config's cast list: no performer sheet for it" in output
    assert sorted(p.name for p in (tmp_path / "fiches").iterdir()) == [
        "performer-karim.docx",
        "performer-mathilde.docx",
    ]


def test_draft_flag_marks_the_header(tmp_path: Path) -> None:
    out = tmp_path / "draft.docx"
    assert run(*callsheet_args(out, "--day", "1", "--draft"))[0] == 0
    header = Document(io.BytesIO(out.read_bytes())).sections[0].header
    assert "DRAFT — NOT FINAL, DO NOT DISTRIBUTE" in [p.text for p in header.paragraphs]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ((), "give exactly one of --day N or --date YYYY-MM-DD"),
        (("--day", "2", "--date", "2026-03-03"), "give exactly one of --day N or --date YYYY-MM-DD"),
        (("--day", "9"), "the schedule has no day 9 (days 1-8)"),
        (("--date", "2026-05-01"), "no shooting day on 2026-05-01 (the schedule runs from 2026-03-02"),
    ],
)
def test_day_selection_errors_exit_2_with_one_line(tmp_path: Path, extra, message) -> None:
    out = tmp_path / "x.docx"
    code, output = run(*callsheet_args(out, *extra))
    assert code == 2
    assert message in output
    assert not out.exists()


def test_user_template_with_unknown_fields_exits_3_listing_them(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("{{ production.title }} {{ catering_menu }} {{ budget }}")
    template = tmp_path / "ours.docx"
    doc.save(template)
    out = tmp_path / "x.docx"
    code, output = run(*callsheet_args(out, "--day", "2", "--template", template))
    assert code == 3
    lines = [line for line in output.splitlines() if line]
    assert len(lines) == 1
    assert lines[0].startswith(
        f"prodbridge: {template}: the template asks for unknown fields: budget, catering_menu"
    )
    assert not out.exists()


def test_user_template_renders_with_documented_fields(tmp_path: Path) -> None:
    doc = Document()
    p = doc.add_paragraph()
    for part in ("{{ day.", "title }} / {{ intimacy.", "scenes }}"):
        p.add_run(part).italic = True
    template = tmp_path / "ours.docx"
    doc.save(template)
    out = tmp_path / "mine.docx"
    code, output = run(*callsheet_args(out, "--day", "2", "--template", template))
    assert code == 0, output
    assert "Day 2 of 8 / 12, 12A, 23, 31" in docx_text(out.read_bytes())


def test_outputs_never_overwrite_an_input_or_each_other(tmp_path: Path) -> None:
    code, output = run(*callsheet_args(tmp_path / "a.docx", "--day", "2", "--annex", tmp_path / "a.docx"))
    assert code == 2 and "two outputs would be written to the same file" in output
    copy = tmp_path / "script.fdx"
    copy.write_bytes(SCRIPT.read_bytes())
    code, output = run(
        "callsheet", "--schedule", SCHEDULE, "--script", copy, "--config", CONFIG, "--day", "2", "-o", copy,
    )  # fmt: skip
    assert code == 1 and "refusing to overwrite an input file" in output
    assert copy.read_bytes() == SCRIPT.read_bytes()


# --- prodbridge annex -------------------------------------------------------------------------


def _their_callsheet(path: Path) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "MADE WITH ANOTHER TOOL"
    doc.add_paragraph("Call sheet — day 2", style="Title")
    doc.add_table(rows=1, cols=2).cell(0, 0).text = "Crew call 15:00"
    doc.save(path)


def test_annex_appends_the_crew_protocol_and_keeps_the_original(tmp_path: Path) -> None:
    theirs, out = tmp_path / "theirs.docx", tmp_path / "with-protocol.docx"
    _their_callsheet(theirs)
    before = theirs.read_bytes()
    code, output = run(
        "annex", theirs, "--schedule", SCHEDULE, "--script", SCRIPT, "--config", CONFIG,
        "--date", "2026-03-03", "-o", out,
    )  # fmt: skip
    assert code == 0, output
    assert f"{out}: intimacy protocol added for scene(s) 12, 12A, 23, 31" in output
    assert theirs.read_bytes() == before
    with zipfile.ZipFile(theirs) as a, zipfile.ZipFile(out) as b:
        assert [n for n in a.namelist() if a.read(n) != b.read(n)] == ["word/document.xml"]
    text = docx_text(out.read_bytes())
    assert "MADE WITH ANOTHER TOOL" in text and "Crew call 15:00" in text
    assert "Intimacy protocol — Day 2 of 8 — Tuesday 3 March 2026" in text
    assert "Sc. 12A · INT · DANIEL'S HOUSEBOAT - CABIN · NIGHT · CLOSED SET / PLATEAU FERMÉ" in text
    assert leaks(package_text(out.read_bytes()), DAY2_RESTRICTED, DAY2_CODES) == []


def test_annex_on_a_quiet_day_copies_unchanged(tmp_path: Path) -> None:
    # La Traversée's day 5 (scenes 1, 27, 30, 32) has no intimate scene; The Crossing's day 5 has
    # none either, but the second reader asks about its ferry-rail scene (34), a false alarm.
    theirs, out = tmp_path / "theirs.docx", tmp_path / "copy.docx"
    _their_callsheet(theirs)
    code, output = run(
        "annex", theirs, "--schedule", TRAVERSEE_PLAN, "--script", TRAVERSEE, "--config", CONFIG,
        "--day", "5", "-o", out,
    )  # fmt: skip
    assert code == 0, output
    assert "no intimate scene on day 5; copied unchanged" in output
    assert out.read_bytes() == theirs.read_bytes()


def test_annex_refuses_a_file_that_is_not_a_word_document(tmp_path: Path) -> None:
    bogus = tmp_path / "callsheet.docx"
    bogus.write_bytes(b"%PDF-1.7 not a docx")
    code, output = run(
        "annex", bogus, "--schedule", SCHEDULE, "--script", SCRIPT, "--day", "2", "-o", tmp_path / "o.docx",
    )  # fmt: skip
    assert code == 3
    assert f"prodbridge: {bogus}: not an OOXML (.docx) document: the content is not a zip package" in output


def test_the_ics_reviewed_breakdown_drives_markers_annex_and_performer_sheets(tmp_path: Path) -> None:
    import openpyxl

    breakdown = tmp_path / "breakdown.xlsx"
    code, output = run("breakdown", SCRIPT, "-o", breakdown)
    assert code == 0, output
    workbook = openpyxl.load_workbook(breakdown)
    sheet = workbook["Intimacy"]
    column = {cell.value: cell.column for cell in sheet[1]}
    rows = {str(sheet.cell(r, 1).value): r for r in range(2, sheet.max_row + 1)}
    for name, value in (
        ("Status", "confirmed"),
        ("Nudity (per performer)", "HELEN: topless, back to camera"),
        ("Rider status", "signed"),
        ("Rider date", "2026-02-26"),
        ("Modesty garments", "Nude strapless bra for Helen"),
    ):
        sheet.cell(rows["12"], column[name]).value = value
    sheet.cell(rows["31"], column["Status"]).value = "rejected"
    workbook.save(breakdown)

    out, annex, perf = tmp_path / "day2.docx", tmp_path / "annex.docx", tmp_path / "perf"
    code, output = run(
        *callsheet_args(
            out, "--day", "2", "--breakdown", breakdown, "--annex", annex, "--performer-sheets", perf
        )
    )
    assert code == 0, output
    crew = docx_text(out.read_bytes())
    assert "Closed-set scenes: 12, 12A, 23" in crew  # 31 rejected by the IC
    scenes = Document(io.BytesIO(out.read_bytes())).tables[1]
    notes = {row.cells[0].text: row.cells[7].text for row in scenes.rows[1:]}
    marker = "CLOSED SET / PLATEAU FERMÉ"
    assert notes == {"12": marker, "12A": marker, "23": marker, "31": ""}
    assert leaks(package_text(out.read_bytes()), (*DAY2_RESTRICTED, "topless", "strapless"), DAY2_CODES) == []
    restricted = docx_text(annex.read_bytes())
    assert "confirmed by the IC" in restricted
    assert "signed Thursday 26 February 2026 — on time" in restricted
    assert "Nude strapless bra for Helen" in restricted
    assert "Scene 31" not in restricted
    assert "back to camera" not in restricted  # nudity level is level C
    helen = docx_text((perf / "performer-1-helen.docx").read_bytes())
    assert "Sc. 12: topless, back to camera" in helen
    daniel = docx_text((perf / "performer-2-daniel.docx").read_bytes())
    assert "back to camera" not in daniel
