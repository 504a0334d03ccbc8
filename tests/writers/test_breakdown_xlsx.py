"""The breakdown workbook: a new one styled for people, and updates that keep the IC's work."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from prodbridge.analysis.merge import digest, merge
from prodbridge.analysis.reports import build
from prodbridge.errors import InputError
from prodbridge.model import BreakdownElement, Evidence, Finding
from prodbridge.options import WriteOptions
from prodbridge.readers import fdx
from prodbridge.readers.review import read as read_review
from prodbridge.writers.breakdown_xlsx import BreakdownBook, write, write_with_issues

FDX = b"""<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Number="1" Type="Scene Heading" id="p1"><Text>INT. FLAT - KITCHEN - DAY</Text></Paragraph>
    <Paragraph Type="Action"><Text>ANNA makes coffee. MARC reads.</Text></Paragraph>
    <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Morning.</Text></Paragraph>
    <Paragraph Type="Character"><Text>MARC</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Morning.</Text></Paragraph>
    <Paragraph Number="2" Type="Scene Heading" id="p2"><Text>INT. FLAT - BEDROOM - NIGHT</Text></Paragraph>
    <Paragraph Type="Action"><Text>=ANNA kisses MARC and unbuttons his shirt.</Text></Paragraph>
    <Paragraph Type="Character"><Text>MARC</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Stay.</Text></Paragraph>
    <Paragraph Number="3" Type="Scene Heading" id="p3"><Text>EXT. PIER - NIGHT</Text></Paragraph>
    <Paragraph Type="Action"><Text>ANNA swims naked under the moon.</Text></Paragraph>
    <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Cold!</Text></Paragraph>
  </Content>
</FinalDraft>
"""

SCRIPT = fdx.read(FDX)[0]
IDS = {1: "p1", 2: "p2", 3: "p3"}
KISS = Finding(
    2,
    ("KIS", "UND"),
    0.92,
    ("ANNA", "MARC"),
    (
        Evidence(7, "KIS", "kisses", SCRIPT.paragraphs[7].text),
        Evidence(7, "UND", "unbuttons", SCRIPT.paragraphs[7].text),
    ),
    ("'unbuttons his shirt': how far?",),
)
SWIM = Finding(3, ("NUD-F",), 0.8, ("ANNA",), (Evidence(11, "NUD-F", "naked", SCRIPT.paragraphs[11].text),))
ELEMENTS = (
    BreakdownElement("c-makeup", "Makeup/Hair", "wet hair", "d1", "10", (11,), (3,), 1),
    BreakdownElement("c-props", "Props", "coffee pot", "d2", "6", (1,), (1,), 1),
    BreakdownElement("c-props2", "Props", "towel", "d3", "32", (11,), (3,), 1),
)


def book(findings=(KISS, SWIM), reviews=None, lang="en", elements=ELEMENTS) -> BreakdownBook:
    merged = merge(SCRIPT, findings, reviews or {}, IDS, lang)
    return BreakdownBook(SCRIPT, merged, build(SCRIPT, merged, elements), IDS)


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True)]


def saved(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- a new workbook ---------------------------------------------------------------------------


def test_new_workbook_has_the_review_sheet_first_then_the_reports_and_the_legend():
    wb = load(write(book()))
    assert wb.sheetnames == [
        "Intimacy",
        "Scene list",
        "By set",
        "Cast list",
        "Day out of days",
        "Name check",
        "Makeup-Hair",
        "Props",
        "Props (2)",
        "Legend",
    ]
    assert wb.active.title == "Intimacy"


def test_french_workbook_has_french_sheet_names_headers_and_statuses():
    wb = load(write(book(lang="fr"), WriteOptions(lang="fr")))
    assert wb.sheetnames[:6] == [
        "Intimité",
        "Dépouillement",
        "Par décor",
        "Liste des rôles",
        "Présence comédiens",
        "Noms à vérifier",
    ]
    ws = wb["Intimité"]
    assert [c.value for c in ws[1]][:3] == ["Séquence", "Suivi", "Intitulé"]
    assert [r["Statut"] for r in rows(ws)] == ["proposé", "proposé"]
    assert [r["Suivi"] for r in rows(ws)] == ["à vérifier", "à vérifier"]


def test_intimacy_sheet_has_detection_and_review_columns_one_row_per_finding():
    ws = load(write(book()))["Intimacy"]
    assert [c.value for c in ws[1]] == [
        "Scene", "Follow-up", "Heading", "Codes", "Confidence", "Characters", "Evidence",
        "Questions for the IC", "Status", "Nudity (per performer)", "Rider status", "Rider date",
        "Modesty garments", "Closed set", "Rehearsal", "IC notes", "Detection digest", "Script ref",
    ]  # fmt: skip
    first, second = rows(ws)
    assert first["Scene"] == 2
    assert first["Heading"] == "INT. FLAT - BEDROOM - NIGHT"
    assert first["Codes"] == "KIS, UND"
    assert first["Confidence"] == 0.92
    assert first["Characters"] == "ANNA, MARC"
    assert first["Evidence"] == "KIS, UND: “=ANNA kisses MARC and unbuttons his shirt.”"
    assert first["Questions for the IC"] == "'unbuttons his shirt': how far?"
    assert (first["Status"], first["Follow-up"]) == ("proposed", "to review")
    assert first["Detection digest"] == digest(KISS)
    assert first["Script ref"] == "p2"
    assert first["IC notes"] is None and first["Nudity (per performer)"] is None
    assert second["Scene"] == 3 and second["Codes"] == "NUD-F"


def test_intimacy_sheet_is_styled_for_people():
    ws = load(write(book()))["Intimacy"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == "A1:R3"
    assert ws.column_dimensions["G"].width == 60
    assert ws["G2"].alignment.wrap_text
    assert ws["E2"].number_format == "0%"
    assert ws["A1"].font.b
    validations = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert validations == {
        '"proposed,confirmed,rejected"': "I2:I1000",
        '"signed,pending,not needed"': "K2:K1000",
        '"yes,no"': "N2:N1000",
    }


def test_script_text_that_looks_like_a_formula_stays_text():
    data = write(book())
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert load(data)["Intimacy"]["G2"].data_type == "s"


def test_report_sheets_show_the_scene_list_cast_and_elements():
    wb = load(write(book()))
    scenes = rows(wb["Scene list"])
    assert [r["Scene"] for r in scenes[:3]] == [1, 2, 3]
    assert scenes[1]["Intimacy"] == "IC (to review)"
    assert "KIS" not in json.dumps([str(v) for r in scenes for v in r.values()])
    cast = rows(wb["Cast list"])
    assert [(r["ID"], r["Character"], r["Scenes"]) for r in cast] == [(1, "ANNA", 3), (2, "MARC", 2)]
    assert rows(wb["Props"])[0]["Element"] == "coffee pot"
    assert rows(wb["Props (2)"])[0]["Element"] == "towel"
    assert wb["Day out of days"]["A1"].value == "No schedule given: run with --schedule to fill this sheet."


def test_legend_explains_every_code_in_both_languages():
    ws = load(write(book()))["Legend"]
    values = {(r[0], r[1], r[2]) for r in ws.iter_rows(values_only=True) if r[0]}
    assert ("NUD-F", "Full (frontal) nudity", "Nudité totale (frontale)") in values
    assert ("SW", "Start / work: first working day", "Premier jour de travail") in values
    assert ws["A1"].value.startswith("Confidentiality: this workbook is RESTRICTED.")


def test_identical_inputs_give_identical_bytes_with_fixed_dates():
    data = write(book())
    assert write(book()) == data
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:created" in core and "1980-01-01T00:00:00Z" in core


# --- updating the IC's workbook -----------------------------------------------------------------


def edited(data: bytes) -> bytes:
    """What an IC does in Excel: fill review cells, colour one, comment one, add a column and a
    sheet, move the Status column to the far right."""
    wb = load(data)
    ws = wb["Intimacy"]
    ws["I2"] = "Confirmé"
    ws["J2"] = "ANNA: none; MARC: partial"
    ws["K2"] = "signed"
    ws["L2"] = "02/03/2026"
    ws["P2"] = "Agreed with director"
    ws["P2"].fill = PatternFill("solid", fgColor="FFFF00")
    ws["P2"].comment = Comment("check the rider wording", "Claire")
    ws["I3"] = "rejected"
    ws["P3"] = "swim is back view only"
    ws["S1"] = "Costume fitting"
    ws["S2"] = "Mon 9:00"
    status = [ws.cell(r, 9).value for r in range(1, ws.max_row + 1)]
    ws.delete_cols(9)
    for r, value in enumerate(status, start=1):
        ws.cell(r, ws.max_column + 1 if r == 1 else 19).value = value
    wb.create_sheet("Claire")["A1"] = "my own notes"
    return saved(wb)


def test_update_keeps_every_review_cell_extra_columns_comments_and_colours():
    original = edited(write(book()))
    reviews, _ = read_review(original)
    updated = write(book(reviews=reviews), WriteOptions(lang="en"), original)
    wb = load(updated)
    ws = wb["Intimacy"]
    header = [c.value for c in ws[1]]
    assert header[-2:] == ["Costume fitting", "Status"]
    by_scene = {r["Scene"]: r for r in rows(ws)}
    kiss = by_scene[2]
    assert kiss["Status"] == "Confirmé"
    assert kiss["Nudity (per performer)"] == "ANNA: none; MARC: partial"
    assert (kiss["Rider status"], kiss["Rider date"], kiss["IC notes"]) == (
        "signed",
        "02/03/2026",
        "Agreed with director",
    )
    assert kiss["Costume fitting"] == "Mon 9:00"
    assert kiss["Follow-up"] == "reviewed"
    assert by_scene[3]["Status"] == "rejected" and by_scene[3]["IC notes"] == "swim is back view only"
    notes = ws.cell(2, header.index("IC notes") + 1)
    assert notes.fill.fgColor.rgb == "00FFFF00"
    assert notes.comment.text == "check the rider wording"
    assert wb["Claire"]["A1"].value == "my own notes"


def test_update_replaces_the_report_sheets_without_duplicating_them():
    original = edited(write(book()))
    once = write(book(reviews=read_review(original)[0]), WriteOptions(), original)
    twice = write(book(reviews=read_review(once)[0]), WriteOptions(), once)
    wb = load(twice)
    assert wb.sheetnames == [
        "Intimacy", "Scene list", "By set", "Cast list", "Day out of days", "Name check",
        "Makeup-Hair", "Props", "Props (2)", "Legend", "Claire",
    ]  # fmt: skip
    assert len(wb["Intimacy"].data_validations.dataValidation) == 3
    assert twice == write(book(reviews=read_review(twice)[0]), WriteOptions(), twice)


def test_rerun_on_its_own_output_changes_nothing():
    first = write(book())
    second = write(book(reviews=read_review(first)[0]), WriteOptions(), first)
    assert second == first


def test_new_scene_is_appended_and_a_row_for_a_cut_scene_is_marked_not_deleted():
    wb = load(write(book(findings=(KISS, SWIM))))
    ws = wb["Intimacy"]
    ws.append(["9", None, "INT. ATTIC - DAY"])
    ws["I4"], ws["P4"] = "confirmed", "cut in the blue pages?"
    original = saved(wb)
    kitchen = Finding(
        1, ("TEN",), 0.5, ("ANNA", "MARC"), (Evidence(1, "TEN", "reads", SCRIPT.paragraphs[1].text),)
    )
    wb = load(
        write(
            book(findings=(kitchen, KISS, SWIM), reviews=read_review(original)[0]), WriteOptions(), original
        )
    )
    table = rows(wb["Intimacy"])
    assert [(r["Scene"], r["Follow-up"], r["Status"]) for r in table] == [
        (2, "to review", "proposed"),
        (3, "to review", "proposed"),
        ("9", "removed from script", "confirmed"),
        (1, "to review", "proposed"),
    ]
    assert table[2]["IC notes"] == "cut in the blue pages?"
    assert wb["Intimacy"].auto_filter.ref == "A1:R5"


def test_unreviewed_finding_that_disappeared_stays_visible():
    first = write(book(findings=(KISS, SWIM)))
    wb = load(write(book(findings=(KISS,), reviews=read_review(first)[0]), WriteOptions(), first))
    assert [(r["Scene"], r["Follow-up"], r["Codes"]) for r in rows(wb["Intimacy"])] == [
        (2, "to review", "KIS, UND"),
        (3, "no longer detected", None),
    ]


def test_scene_that_left_the_script_keeps_its_last_detection_and_is_marked():
    first = write(book())
    shorter = replace(SCRIPT, scenes=SCRIPT.scenes[:2])
    merged = merge(shorter, [KISS], read_review(first)[0], {1: "p1", 2: "p2"})
    wb = load(write(BreakdownBook(shorter, merged, build(shorter, merged)), WriteOptions(), first))
    removed = rows(wb["Intimacy"])[1]
    assert (removed["Scene"], removed["Follow-up"], removed["Codes"]) == (3, "removed from script", "NUD-F")
    assert removed["Status"] == "proposed"


def test_reopened_rejection_writes_proposed_and_the_marked_note():
    wb = load(write(book()))
    wb["Intimacy"]["I2"] = "rejected"
    wb["Intimacy"]["P2"] = "only a hug"
    original = saved(wb)
    changed = replace(KISS, evidence=(Evidence(7, "KIS", "kisses", "ANNA kisses MARC hungrily."),))
    wb = load(
        write(book(findings=(changed, SWIM), reviews=read_review(original)[0]), WriteOptions(), original)
    )
    kiss = rows(wb["Intimacy"])[0]
    assert (kiss["Status"], kiss["Follow-up"]) == ("proposed", "text changed: to review again")
    assert kiss["IC notes"] == "[was rejected; the script text changed since] only a hug"


def test_renumbered_scene_gets_its_new_number_in_the_same_row():
    first = write(book())
    renumbered = replace(
        SCRIPT,
        scenes=tuple(replace(s, id=str(int(s.id) + 10), number=str(int(s.id) + 10)) for s in SCRIPT.scenes),
    )
    merged = merge(renumbered, [KISS, SWIM], read_review(first)[0], IDS)
    wb = load(write(BreakdownBook(renumbered, merged, build(renumbered, merged)), WriteOptions(), first))
    assert [(r["Scene"], r["Follow-up"]) for r in rows(wb["Intimacy"])] == [
        (12, "to review"),
        (13, "to review"),
    ]


def test_features_openpyxl_cannot_keep_are_reported():
    import xlsxwriter  # a declared test dependency: missing it must fail, not skip
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet("Intimacy")
    ws.write_row(0, 0, ["Scene", "Status", "Confidence"])
    ws.write_row(1, 0, ["2", "confirmed", 0.9])
    ws.conditional_format("C2:C10", {"type": "data_bar", "data_bar_2010": True})
    wb.close()
    data, issues = write_with_issues(book(), WriteOptions(), out.getvalue(), name="b.xlsx")
    assert [i.text for i in issues] == [
        "not kept by the update: Unknown extension is not supported and will be removed",
        "not kept by the update: Conditional Formatting extension is not supported and will be removed",
    ]
    assert "Intimacy" in load(data).sheetnames


def test_a_workbook_that_is_not_a_breakdown_is_refused():
    wb = openpyxl.Workbook()
    wb.active.append(["Day", "Scene", "Set"])
    with pytest.raises(InputError, match="not a prodbridge breakdown workbook"):
        write(book(), WriteOptions(), saved(wb))


def test_the_ics_own_validations_conditional_formats_and_rich_text_survive():
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = load(write(book()))
    ws = wb["Intimacy"]
    ws["S1"] = "Body double"
    mine = DataValidation(type="list", formula1='"needed,not needed"')
    mine.add("S2:S50")
    ws.add_data_validation(mine)
    ws.conditional_formatting.add("I2:I50", CellIsRule(operator="equal", formula=['"rejected"'], fill=PatternFill("solid", fgColor="C0C0C0")))
    ws["P2"] = CellRichText(["Closed set, ", TextBlock(InlineFont(b=True), "no monitors"), "."])
    original = saved(wb)
    updated = openpyxl.load_workbook(io.BytesIO(write(book(reviews=read_review(original)[0]), WriteOptions(), original)), rich_text=True)
    ws = updated["Intimacy"]
    formulas = sorted(dv.formula1 for dv in ws.data_validations.dataValidation)
    assert formulas == ['"needed,not needed"', '"proposed,confirmed,rejected"', '"signed,pending,not needed"', '"yes,no"']
    assert [str(r.sqref) for r in ws.conditional_formatting] == ["I2:I50"]
    assert isinstance(ws["P2"].value, CellRichText)
    assert str(ws["P2"].value) == "Closed set, no monitors."
