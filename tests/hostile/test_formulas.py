"""Cells that start with =, +, -, @ (CSV/formula injection) go through plan and breakdown and
come out as text: no <f> element and no formula-result string type in any written sheet, and
a CSV output neutralises them with a leading apostrophe."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from tests.hostile import inputs
from tests.hostile.runner import invoke

FORMULA_CELL = re.compile(rb"<(?:\w+:)?f[\s>/]")
FORMULA_RESULT = re.compile(rb'\bt="str"')


def sheet_parts(workbook: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(workbook) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        }


def stored_texts(workbook: Path) -> str:
    """Every string the workbook stores (shared strings and inline strings), unescaped."""
    import html

    with zipfile.ZipFile(workbook) as archive:
        blobs = [archive.read(n) for n in archive.namelist() if n.endswith(".xml") and n.startswith("xl/")]
    found = []
    for blob in blobs:
        found += re.findall(rb"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</(?:\w+:)?t>", blob)
    return "\n".join(html.unescape(t.decode("utf-8")) for t in found)


def assert_no_formulas(workbook: Path) -> None:
    parts = sheet_parts(workbook)
    assert parts
    for name, xml in parts.items():
        assert not FORMULA_CELL.search(xml), name
        assert not FORMULA_RESULT.search(xml), name


def test_plan_of_a_csv_schedule_writes_formula_like_cells_as_text(tmp_path: Path):
    schedule = tmp_path / "schedule.csv"
    schedule.write_bytes(inputs.csv_with_formulas())
    out = tmp_path / "plan.xlsx"
    run = invoke("plan", str(schedule), "--script", str(inputs.CROSSING), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert_no_formulas(out)
    texts = stored_texts(out)
    for value in inputs.FORMULA_TEXTS:
        assert value in texts, value


def test_plan_written_back_as_csv_neutralises_formula_like_cells(tmp_path: Path):
    schedule = tmp_path / "schedule.csv"
    schedule.write_bytes(inputs.csv_with_formulas())
    out = tmp_path / "plan.csv"
    run = invoke("plan", str(schedule), "--script", str(inputs.CROSSING), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    text = out.read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    for value in inputs.FORMULA_TEXTS:
        assert f"'{value}" in cells, value


def script_with_formula_text() -> bytes:
    """A small FDX whose heading, cues and intimate action lines start with formula characters."""
    paragraphs = [
        ("Scene Heading", 'INT. =HYPERLINK("http://example.invalid";"x") CABIN - NIGHT', ' Number="1"'),
        ("Action", "=cmd|' /C calc'!A0 Anna kisses Marc slowly.", ""),
        ("Character", "@ANNA", ""),
        ("Dialogue", "+1 Not tonight.", ""),
        ("Scene Heading", "EXT. -BEACH- - DAY", ' Number="2"'),
        ("Action", "-Marc undresses and slips under the sheets.", ""),
        ("Action", "@SUM(A1:A9) She kisses him.", ""),
    ]
    body = "".join(
        f'<Paragraph{extra} Type="{kind}"><Text>{text.replace("&", "&amp;").replace("<", "&lt;")}</Text></Paragraph>'
        for kind, text, extra in paragraphs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
        f'<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>{body}</Content></FinalDraft>\n'
    ).encode()


def test_breakdown_writes_script_text_that_looks_like_a_formula_as_text(tmp_path: Path):
    script = tmp_path / "script.fdx"
    script.write_bytes(script_with_formula_text())
    out = tmp_path / "breakdown.xlsx"
    run = invoke("breakdown", str(script), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert_no_formulas(out)
    texts = stored_texts(out)
    for value in (
        "=cmd|' /C calc'!A0 Anna kisses Marc slowly.",
        "-Marc undresses and slips under the sheets.",
        "@SUM(A1:A9) She kisses him.",
        'INT. =HYPERLINK("http://example.invalid";"x") CABIN - NIGHT',
    ):
        assert value in texts, value


def test_plan_of_a_workbook_with_formula_like_text_keeps_it_text(tmp_path: Path):
    """The stripboard's Set cells rewritten to formula-like text survive the write-back as text."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    sheet = book.add_worksheet("Board")
    sheet.write_row(0, 0, ["Day", "Date", "Sc.", "Set", "Cast"])
    rows = [("1", "2026-03-02", "12", "=1+1", "+44"), ("1", "2026-03-02", "12A", "@SUM(1)", "-1")]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    schedule = tmp_path / "board.xlsx"
    schedule.write_bytes(buffer.getvalue())
    out = tmp_path / "plan.xlsx"
    run = invoke("plan", str(schedule), "--script", str(inputs.CROSSING), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert_no_formulas(out)
    texts = stored_texts(out)
    for value in ("=1+1", "+44", "@SUM(1)", "-1"):
        assert value in texts, value
