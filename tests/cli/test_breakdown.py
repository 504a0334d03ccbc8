"""`prodbridge breakdown` end to end: fixtures, corpus, and the IC's review surviving a new draft."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from prodbridge.analysis import detect as detect_module
from prodbridge.analysis.dood import day_out_of_days
from prodbridge.cli import cli
from prodbridge.config import load_config
from prodbridge.model import Evidence, Finding
from prodbridge.readers import fdx, fdx_tags
from prodbridge.readers import schedule as schedule_reader
from tests.conftest import CORPUS_FDX, FIXTURES

CROSSING = FIXTURES / "scripts" / "the-crossing.fdx"
TRAVERSEE = FIXTURES / "scripts" / "la-traversee.fdx"
CONFIG = FIXTURES / "prodbridge.toml"
STRIPBOARD = FIXTURES / "schedules" / "the-crossing-stripboard.xlsx"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["breakdown", *args])
    return result.exit_code, result.stdout, result.stderr


def table(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True) if any(r)]


# --- fixtures and corpus, with the real detector ---------------------------------------------


def test_fixture_breakdown_lists_every_finding_and_every_scene(tmp_path):
    out = tmp_path / "breakdown.xlsx"
    code, stdout, _ = run(str(CROSSING), "-o", str(out), "--config", str(CONFIG))
    assert code == 0
    script = fdx.read(CROSSING.read_bytes())[0]
    findings = detect_module.detect(script, lang="en", cast=load_config(CONFIG).cast)
    wb = openpyxl.load_workbook(out)
    intimacy = table(wb["Intimacy"])
    assert [str(r["Scene"]) for r in intimacy] == [script.scenes[f.scene - 1].id for f in findings]
    assert {r["Status"] for r in intimacy} == {"proposed"}
    assert [str(r["Scene"]) for r in table(wb["Scene list"])[: len(script.scenes)]] == [s.id for s in script.scenes]
    assert stdout.startswith(f"wrote {out}: {len(findings)} scene(s) in the Intimacy sheet")


def test_rerun_with_identical_inputs_gives_identical_bytes(tmp_path):
    out = tmp_path / "breakdown.xlsx"
    args = (str(CROSSING), "-o", str(out), "--config", str(CONFIG), "--schedule", str(STRIPBOARD))
    assert run(*args)[0] == 0
    first = out.read_bytes()
    code, stdout, _ = run(*args)
    assert code == 0 and stdout.startswith(f"updated {out}")
    assert out.read_bytes() == first
    other = tmp_path / "again.xlsx"
    assert run(str(CROSSING), "-o", str(other), "--config", str(CONFIG), "--schedule", str(STRIPBOARD))[0] == 0
    assert other.read_bytes() == first


def test_day_out_of_days_sheet_matches_the_schedule(tmp_path):
    out = tmp_path / "breakdown.xlsx"
    assert run(str(CROSSING), "-o", str(out), "--config", str(CONFIG), "--schedule", str(STRIPBOARD))[0] == 0
    script = fdx.read(CROSSING.read_bytes())[0]
    cast = load_config(CONFIG).cast
    schedule, _ = schedule_reader.read(STRIPBOARD.read_bytes())
    dood = day_out_of_days(schedule, script, cast)
    ws = openpyxl.load_workbook(out)["Day out of days"]
    days = sorted(d.number for d in schedule.days)
    sheet = {row[1]: row[2 : 2 + len(days)] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert set(sheet) == set(dood.performers)
    for performer in dood.performers:
        assert [c or "" for c in sheet[performer]] == [dood.status(performer, d) for d in days]


def test_element_sheets_come_from_the_scripts_final_draft_tags(tmp_path):
    out = tmp_path / "breakdown.xlsx"
    assert run(str(CROSSING), "-o", str(out))[0] == 0
    elements, _ = fdx_tags.read(CROSSING.read_bytes())
    categories = list(dict.fromkeys(e.category for e in elements.elements))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[6:-1] == [c.replace("/", "-") for c in categories]
    for category in categories:
        names = sorted(e.name for e in elements.elements if e.category == category)
        assert sorted(r["Element"] for r in table(wb[category.replace("/", "-")])) == names


@pytest.mark.corpus
def test_corpus_tagged_file_gets_one_sheet_per_category_id(tmp_path):
    out = tmp_path / "acts.xlsx"
    code, _, stderr = run(str(CORPUS_FDX / "fd13-tagged-acts-draftfirst.fdx"), "-o", str(out), "--lang", "en")
    assert code == 0
    assert "5 tagged text run(s) sit in omitted scenes" in stderr
    wb = openpyxl.load_workbook(out)
    element_sheets = wb.sheetnames[6:-1]
    assert len(element_sheets) == 19 == len(set(element_sheets))
    assert sum(len(table(wb[t])) for t in element_sheets) == 234


def test_french_script_gets_a_french_workbook(tmp_path):
    out = tmp_path / "depouillement.xlsx"
    assert run(str(TRAVERSEE), "-o", str(out), "--lang", "fr")[0] == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Intimité", "Dépouillement"]
    assert {r["Statut"] for r in table(wb["Intimité"])} == {"proposé"}


def test_output_that_is_not_xlsx_is_a_usage_error(tmp_path):
    code, _, stderr = run(str(CROSSING), "-o", str(tmp_path / "breakdown.csv"))
    assert code == 2
    assert "name it .xlsx" in stderr
    assert not (tmp_path / "breakdown.csv").exists()


def test_an_existing_workbook_that_is_not_a_breakdown_is_left_alone(tmp_path):
    out = tmp_path / "schedule.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Day", "Scene", "Set"])
    wb.save(out)
    before = out.read_bytes()
    code, _, stderr = run(str(CROSSING), "-o", str(out))
    assert code == 3
    assert stderr.strip() == f"prodbridge: {out}: not a prodbridge breakdown workbook: no sheet with 'Scene' and " \
        "'Status' columns (choose another output, or restore the Intimacy sheet's headers)"
    assert out.read_bytes() == before


def test_missing_script_is_one_line_and_exit_3(tmp_path):
    code, _, stderr = run(str(tmp_path / "nope.fdx"), "-o", str(tmp_path / "b.xlsx"))
    assert code == 3
    assert stderr == f"prodbridge: {tmp_path / 'nope.fdx'}: no such file\n"


# --- the IC's review survives a new draft ------------------------------------------------------


def draft(scenes: list[tuple[str, str, str, str]]) -> bytes:
    """An FD13-style script: (number, heading id, heading, action) per scene."""
    body = []
    for number, pid, heading, action in scenes:
        body.append(f'<Paragraph Number="{number}" Type="Scene Heading" id="{pid}"><Text>{heading}</Text></Paragraph>')
        body.append(f'<Paragraph Type="Action" id="{pid}-a"><Text>{action}</Text></Paragraph>')
        body.append('<Paragraph Type="Character"><Text>ANNA</Text></Paragraph>')
        body.append('<Paragraph Type="Dialogue"><Text>Yes.</Text></Paragraph>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
        '<FinalDraft DocumentType="Script" Template="No" Version="6"><Content>'
        + "".join(body)
        + "</Content></FinalDraft>"
    ).encode()


V1 = draft(
    [
        ("1", "h1", "INT. KITCHEN - DAY", "ANNA makes coffee while MARC reads."),
        ("2", "h2", "INT. BEDROOM - NIGHT", "ANNA kisses MARC."),
        ("3", "h3", "EXT. LAKE - DAWN", "MARC swims naked."),
        ("4", "h4", "INT. CAR - NIGHT", "ANNA kisses LEO goodbye."),
        ("5", "h5", "INT. HALL - DAY", "LEO kisses ANNA on the hand."),
    ]
)
V2 = draft(
    [
        ("1", "h1", "INT. KITCHEN - DAY", "ANNA makes coffee while MARC reads."),
        ("1A", "h9", "INT. STAIRS - NIGHT", "ANNA kisses MARC on the stairs."),
        ("2", "h2", "INT. BEDROOM - NIGHT", "ANNA kisses MARC."),
        ("3", "h3", "EXT. LAKE - DAWN", "MARC swims naked. ANNA joins him, naked too."),
        ("7", "h4", "INT. CAR - NIGHT", "ANNA kisses LEO goodbye."),
    ]
)


def fake_detect(script, lang=None, cast=()):
    """A stand-in detector with exact, known findings: 'kisses' → KIS, 'naked' → NUD-F."""
    findings = []
    for scene in script.scenes:
        evidence = []
        for p in script.scene_paragraphs(scene):
            if p.kind != "Action":
                continue
            for cue, code in (("kisses", "KIS"), ("naked", "NUD-F")):
                if cue in p.text:
                    start = p.text.index(cue)
                    evidence.append(Evidence(p.index, code, cue, p.text, start, start + len(cue)))
        if evidence:
            codes = tuple(dict.fromkeys(e.code for e in evidence))
            findings.append(Finding(scene.index, codes, 0.9, scene.characters, tuple(evidence)))
    return tuple(findings)


REVIEW_HEADERS = (
    "Status",
    "Nudity (per performer)",
    "Rider status",
    "Rider date",
    "Modesty garments",
    "Closed set",
    "Rehearsal",
    "IC notes",
    "Costume fitting",
)


def edit_like_a_person(path) -> None:
    """Open in a spreadsheet, type in review cells, move a column, add a column and a blank row."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Intimacy"]
    col = {c.value: c.column for c in ws[1]}
    rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
    typed = {
        "2": {
            "Status": "Confirmé",
            "Nudity (per performer)": "ANNA: none; MARC: partial",
            "Rider status": "Signé",
            "Rider date": datetime(2026, 3, 2),
            "Modesty garments": "pouch for MARC",
            "Closed set": "oui",
            "Rehearsal": "Tue 10:00, studio B",
            "IC notes": "agreed with director",
        },
        "3": {"Status": "REJETÉ", "IC notes": "back view only", "Rider date": "02/03/2026"},
        "4": {"Status": "rejected", "IC notes": "a peck on the cheek"},
    }
    for scene, values in typed.items():
        for header, value in values.items():
            ws.cell(rows[scene], col[header]).value = value
    notes = ws.cell(rows["2"], col["IC notes"])
    notes.fill = PatternFill("solid", fgColor="FFC7CE")
    notes.comment = Comment("ask Marc's agent", "Claire")
    extra = ws.max_column + 1
    ws.cell(1, extra).value = "Costume fitting"
    ws.cell(rows["2"], extra).value = "Mon 9:00"
    # Move Status to the far right: copy it after the new column, then delete the original.
    status_col = col["Status"]
    for r in range(1, ws.max_row + 1):
        ws.cell(r, extra + 1).value = ws.cell(r, status_col).value
    ws.delete_cols(status_col)
    ws.insert_rows(3)  # a blank line between scene 2 and scene 3
    wb.save(path)


def review_cells(path) -> dict[str, dict[str, object]]:
    ws = openpyxl.load_workbook(path)["Intimacy"]
    header = [c.value for c in ws[1]]
    out = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[0] is None:
            continue
        out[str(row[0])] = {h: row[header.index(h)] for h in REVIEW_HEADERS if h in header}
    return out


def test_every_review_cell_survives_a_new_draft(tmp_path, monkeypatch):
    monkeypatch.setattr(detect_module, "detect", fake_detect)
    script = tmp_path / "script.fdx"
    out = tmp_path / "breakdown.xlsx"
    script.write_bytes(V1)
    assert run(str(script), "-o", str(out), "--lang", "en")[0] == 0
    assert [r["Scene"] for r in table(openpyxl.load_workbook(out)["Intimacy"])] == [2, 3, 4, 5]

    edit_like_a_person(out)
    before = review_cells(out)
    script.write_bytes(V2)
    code, stdout, stderr = run(str(script), "-o", str(out), "--lang", "en")
    assert code == 0, stderr
    assert stderr == ""
    assert stdout.startswith(
        f"updated {out}: 4 scene(s) in the Intimacy sheet (2 to review, 1 confirmed, 1 rejected), "
        "1 removed from the script; 5 scenes"
    )

    after = review_cells(out)
    # Scene 4 was renumbered 7 (same FD13 heading id): its row follows it.
    assert after["2"] == before["2"]
    assert after["7"] == before["4"]
    assert after["5"] == before["5"]
    reopened = dict(before["3"], **{"Status": "proposed", "IC notes": "[was rejected; the script text changed since] back view only"})
    assert after["3"] == reopened
    assert after["1A"] == {h: None for h in REVIEW_HEADERS} | {"Status": "proposed"}

    wb = openpyxl.load_workbook(out)
    ws = wb["Intimacy"]
    header = [c.value for c in ws[1]]
    assert header[-2:] == ["Costume fitting", "Status"]
    assert ws.cell(3, 1).value is None  # the blank row is still there
    follow = {str(r["Scene"]): r["Follow-up"] for r in table(ws)}
    assert follow == {
        "2": "reviewed",
        "3": "text changed: to review again",
        "7": "reviewed",
        "5": "removed from script",
        "1A": "to review",
    }
    notes = ws.cell(2, header.index("IC notes") + 1)
    assert notes.value == "agreed with director"
    assert notes.fill.fgColor.rgb == "00FFC7CE"
    assert notes.comment.text == "ask Marc's agent"
    assert [str(r["Scene"]) for r in table(wb["Scene list"])[:5]] == ["1", "1A", "2", "3", "7"]

    # A third run on the same draft changes nothing.
    saved = out.read_bytes()
    assert run(str(script), "-o", str(out), "--lang", "en")[0] == 0
    assert out.read_bytes() == saved


def test_the_review_reader_sees_what_the_ic_typed(tmp_path, monkeypatch):
    from prodbridge.readers.review import read

    monkeypatch.setattr(detect_module, "detect", fake_detect)
    script = tmp_path / "script.fdx"
    out = tmp_path / "breakdown.xlsx"
    script.write_bytes(V1)
    assert run(str(script), "-o", str(out))[0] == 0
    edit_like_a_person(out)
    reviews, issues = read(io.BytesIO(out.read_bytes()).getvalue())
    assert issues == []
    two = reviews["2"]
    assert (two.status, two.rider_status, two.closed_set, str(two.rider_date)) == ("confirmed", "signed", "yes", "2026-03-02")
    assert two.nudity == {"ANNA": "none", "MARC": "partial"}
    assert two.extra == {"Costume fitting": "Mon 9:00"}
    assert (reviews["3"].status, str(reviews["3"].rider_date)) == ("rejected", "2026-03-02")


@pytest.mark.client
def test_a_workbook_saved_by_libreoffice_is_updated_without_losing_the_review(tmp_path, monkeypatch):
    import shutil
    import subprocess

    monkeypatch.setattr(detect_module, "detect", fake_detect)
    script = tmp_path / "script.fdx"
    out = tmp_path / "breakdown.xlsx"
    script.write_bytes(V1)
    assert run(str(script), "-o", str(out))[0] == 0
    edit_like_a_person(out)
    soffice = shutil.which("soffice") or "soffice"
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), str(out)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    shutil.copy(tmp_path / "lo" / "breakdown.xlsx", out)
    before = review_cells(out)
    assert run(str(script), "-o", str(out))[0] == 0
    assert review_cells(out) == before
    assert openpyxl.load_workbook(out).sheetnames.count("Scene list") == 1


def test_a_script_tagged_by_prodbridge_gets_no_extra_intimacy_tag_sheet(tmp_path):
    import openpyxl

    from tests.conftest import FIXTURES

    script = str(FIXTURES / "scripts" / "the-crossing.fdx")
    tagged = tmp_path / "tagged.fdx"
    assert CliRunner().invoke(cli, ["tag", script, "-o", str(tagged)]).exit_code == 0
    plain, again = tmp_path / "plain.xlsx", tmp_path / "tagged.xlsx"
    assert CliRunner().invoke(cli, ["breakdown", script, "-o", str(plain)]).exit_code == 0
    assert CliRunner().invoke(cli, ["breakdown", str(tagged), "-o", str(again)]).exit_code == 0
    assert openpyxl.load_workbook(again).sheetnames == openpyxl.load_workbook(plain).sheetnames
